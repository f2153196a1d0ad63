//! `csc diff OLD NEW`: what changed between two versions of a plan (spec §12), in text
//! (grouped by class, with both lines), JSON, Markdown (for a pull-request comment) or
//! GitHub annotations on NEW. `REV:path` reads a version from git, as `git show` does.

use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use super::{Context, Outcome};
use crate::diag::{self, Diagnostic};
use crate::diff::{self, Change, Class, messages};
use crate::i18n::Catalog;
use crate::plan::{self, Loaded, Plan};

/// `csc diff OLD NEW [--format text|json|markdown|github] [--fail-on erreur|avertissement|jamais]`
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    // The old version: a file, or `REV:path` read from git (help from the catalog).
    #[arg(value_name = "OLD")]
    pub old: String,

    // The new version: a file, or `REV:path`.
    #[arg(value_name = "NEW")]
    pub new: String,

    #[arg(
        long,
        value_enum,
        default_value = "text",
        value_name = "FORMAT",
        hide_default_value = true,
        hide_possible_values = true
    )]
    pub format: DiffFormat,

    #[arg(
        long,
        value_enum,
        default_value = "erreur",
        value_name = "CLASSE",
        hide_default_value = true,
        hide_possible_values = true
    )]
    pub fail_on: FailOn,
}

/// How `csc diff` writes the changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
    Markdown,
    Github,
}

/// From which class of change `csc diff` fails (exit 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    Erreur,
    Avertissement,
    Jamais,
}

/// A version of a plan: its name in messages and its bytes.
fn read(spec: &str) -> Result<(String, Vec<u8>), Box<Diagnostic>> {
    let path = Path::new(spec);
    if path.exists() {
        return std::fs::read(path)
            .map(|b| (spec.to_owned(), b))
            .map_err(|e| Box::new(diag::io_error(spec, &e)));
    }
    // `REV:path` (not `C:\…`, a Windows drive)
    if let Some((rev, file)) = spec.split_once(':')
        && rev.len() > 1
        && !file.is_empty()
    {
        let out = std::process::Command::new("git")
            .args(["show", &format!("{rev}:{file}")])
            .output();
        return match out {
            Ok(o) if o.status.success() => Ok((spec.to_owned(), o.stdout)),
            _ => Err(Box::new(diag::io_error(
                spec,
                &std::io::Error::from(std::io::ErrorKind::NotFound),
            ))),
        };
    }
    Err(Box::new(diag::io_error(
        spec,
        &std::io::Error::from(std::io::ErrorKind::NotFound),
    )))
}

/// Loads one version; its errors are printed and end the run.
fn version(spec: &str, ctx: &Context<'_>) -> Result<(Loaded, Plan), Outcome> {
    let (name, bytes) = read(spec).map_err(|d| {
        super::eprint_diagnostics(ctx.messages, &[*d], None);
        Outcome::Usage
    })?;
    let mut loaded = plan::load_bytes(&name, bytes);
    let errors = super::errors(&loaded.diagnostics);
    let source = loaded.source.as_deref().map(|s| (loaded.file.as_str(), s));
    if !errors.is_empty() {
        super::eprint_diagnostics(ctx.messages, &errors, source);
    }
    match loaded.plan.take() {
        Some(p) => Ok((loaded, p)),
        None => Err(Outcome::Findings),
    }
}

pub fn run(args: &DiffArgs, ctx: &Context<'_>) -> Outcome {
    let (old_loaded, old) = match version(&args.old, ctx) {
        Ok(v) => v,
        Err(o) => return o,
    };
    let (new_loaded, new) = match version(&args.new, ctx) {
        Ok(v) => v,
        Err(o) => return o,
    };
    let today = chrono::Local::now().date_naive();
    let changes = diff::compare(&old, &new, today);
    let c = ctx.messages;
    let files = (old_loaded.file.as_str(), new_loaded.file.as_str());
    let text = match args.format {
        DiffFormat::Text => text(&changes, files, c),
        DiffFormat::Json => json(&changes, files, c),
        DiffFormat::Markdown => markdown(&changes, c),
        DiffFormat::Github => github(&changes, files.1, c),
    };
    let _ = super::output::stdout(text.as_bytes());
    let threshold = match args.fail_on {
        FailOn::Erreur => Some(Class::Erreur),
        FailOn::Avertissement => Some(Class::Avertissement),
        FailOn::Jamais => None,
    };
    if threshold.is_some_and(|t| changes.iter().any(|ch| ch.class >= t)) {
        Outcome::Findings
    } else {
        Outcome::Success
    }
}

fn message(ch: &Change, c: &Catalog) -> String {
    messages::of(ch.code).map_or_else(|| ch.code.to_owned(), |m| c.get(m, &ch.args))
}

/// `plan-2023.yaml:12 → plan-2024.yaml:14`
fn places(ch: &Change, (old, new): (&str, &str)) -> String {
    match (ch.old, ch.new) {
        (Some(a), Some(b)) => format!("{old}:{} → {new}:{}", a.line, b.line),
        (Some(a), None) => format!("{old}:{}", a.line),
        (None, Some(b)) => format!("{new}:{}", b.line),
        (None, None) => new.to_owned(),
    }
}

fn counts(changes: &[Change]) -> [usize; 3] {
    let n = |k: Class| changes.iter().filter(|ch| ch.class == k).count();
    [n(Class::Erreur), n(Class::Avertissement), n(Class::Info)]
}

fn totals(changes: &[Change], c: &Catalog) -> String {
    let [e, w, i] = counts(changes);
    c.get(
        messages::TOTALS,
        &[
            ("errors", e.into()),
            ("warnings", w.into()),
            ("infos", i.into()),
        ],
    )
}

/// Changes grouped by class, most serious first: a heading per class, a line per change,
/// then the totals. Text and Markdown differ only in how a heading and a line look.
fn grouped(
    changes: &[Change],
    c: &Catalog,
    heading: impl Fn(String) -> String,
    line: impl Fn(&Change) -> String,
) -> String {
    if changes.is_empty() {
        return format!("{}\n", c.word(messages::NONE));
    }
    let mut out = String::new();
    for class in [Class::Erreur, Class::Avertissement, Class::Info] {
        let group: Vec<&Change> = changes.iter().filter(|ch| ch.class == class).collect();
        if group.is_empty() {
            continue;
        }
        let title = c.get(
            messages::CLASS,
            &[("class", class.key().into()), ("count", group.len().into())],
        );
        let _ = writeln!(out, "{}", heading(title));
        for ch in group {
            let _ = writeln!(out, "{}", line(ch));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "{}", totals(changes, c));
    out
}

fn text(changes: &[Change], files: (&str, &str), c: &Catalog) -> String {
    grouped(
        changes,
        c,
        |title| title,
        |ch| format!("  {}  [{}] {}", places(ch, files), ch.code, message(ch, c)),
    )
}

fn markdown(changes: &[Change], c: &Catalog) -> String {
    let line = |l: Option<crate::diag::Loc>| l.map_or("—".to_owned(), |l| l.line.to_string());
    grouped(
        changes,
        c,
        |title| format!("### {title}\n"),
        |ch| {
            format!(
                "- `{}` {} ({} → {})",
                ch.code,
                message(ch, c).replace('|', "\\|").replace('<', "\\<"),
                line(ch.old),
                line(ch.new)
            )
        },
    )
}

#[derive(Serialize)]
struct Place<'a> {
    fichier: &'a str,
    ligne: Option<usize>,
}

#[derive(Serialize)]
struct Item<'a> {
    classe: &'static str,
    code: &'static str,
    chemin: &'a str,
    ancien: Place<'a>,
    nouveau: Place<'a>,
    message: String,
}

#[derive(Serialize)]
struct Document<'a> {
    format: &'static str,
    ancien: &'a str,
    nouveau: &'a str,
    changements: Vec<Item<'a>>,
}

fn json(changes: &[Change], (old, new): (&str, &str), c: &Catalog) -> String {
    let doc = Document {
        format: "csc-diff/1",
        ancien: old,
        nouveau: new,
        changements: changes
            .iter()
            .map(|ch| Item {
                classe: ch.class.key(),
                code: ch.code,
                chemin: &ch.path,
                ancien: Place {
                    fichier: old,
                    ligne: ch.old.map(|l| l.line),
                },
                nouveau: Place {
                    fichier: new,
                    ligne: ch.new.map(|l| l.line),
                },
                message: message(ch, c),
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_default();
    s.push('\n');
    s
}

fn github(changes: &[Change], new: &str, c: &Catalog) -> String {
    let escape = |s: &str| {
        s.replace('%', "%25")
            .replace('\r', "%0D")
            .replace('\n', "%0A")
    };
    let prop = |s: &str| escape(s).replace(':', "%3A").replace(',', "%2C");
    let mut out = String::new();
    for ch in changes {
        let kind = match ch.class {
            Class::Erreur => "error",
            Class::Avertissement => "warning",
            Class::Info => "notice",
        };
        let mut props = format!("file={}", prop(new));
        if let Some(l) = ch.new {
            let _ = write!(props, ",line={},col={}", l.line, l.column);
        }
        let _ = write!(props, ",title={}", prop(&format!("csc {}", ch.code)));
        let _ = writeln!(out, "::{kind} {props}::{}", escape(&message(ch, c)));
    }
    out
}
