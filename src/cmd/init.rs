//! `csc init [DIR]` (spec §10): a plan to fill in, with the official hierarchy (secteur →
//! objectif général → objectif stratégique (domaine, pôle) → objectif opérationnel →
//! résultats attendus → indicateurs), one example per level and a comment on each key in
//! the chosen language (Dutch keys for Dutch); an empty log (CSV as a Belgian Excel
//! writes it, and the same as a workbook); and the plan's JSON Schema beside it, named on
//! the plan's first line for yaml-language-server. Nothing is ever overwritten: when one
//! of the files exists, nothing is written (exit 2).

use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use chrono::Datelike as _;
use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::cli::InitArgs;
use super::schema::{self, Key, Object};
use super::{Context, Outcome, eprint_diagnostics};
use crate::diag::{Diagnostic, codes, io_reason};
use crate::i18n::{Catalog, Lang, keys};

/// The plan's file name.
pub const PLAN_FILE: &str = "plan.yaml";
/// The schema's file name, beside the plan.
pub const SCHEMA_FILE: &str = "plan.schema.json";
/// Comments are wrapped at this width.
const WIDTH: usize = 88;

/// The log's headers in each language (names the log reader knows, spec §4).
fn log_headers(lang: Lang) -> [&'static str; 6] {
    match lang {
        Lang::Fr => [
            "date",
            "activite",
            "quantite",
            "dossier",
            "participants",
            "commentaire",
        ],
        Lang::Nl => [
            "datum",
            "activiteit",
            "aantal",
            "dossier",
            "deelnemers",
            "opmerking",
        ],
        Lang::En => [
            "date",
            "activity",
            "quantity",
            "case",
            "participants",
            "comment",
        ],
    }
}

pub fn run(args: &InitArgs, ctx: &Context<'_>) -> Outcome {
    let lang = ctx.lang_flag.unwrap_or_else(|| ctx.messages.lang());
    let catalog = Catalog::new(lang);
    let annee = args
        .annee
        .unwrap_or_else(|| chrono::Local::now().date_naive().year());
    let commune = args
        .commune
        .clone()
        .unwrap_or_else(|| example(&catalog, "commune"));
    let log = format!("{}-{annee}", example(&catalog, "log-name"));
    let template = Template {
        catalog: &catalog,
        lang,
        commune: &commune,
        annee,
        log: &log,
    };
    // `plan.yaml` rather than `./plan.yaml` in messages when the folder is the current one.
    let at = |name: &str| {
        if args.dir == Path::new(".") {
            PathBuf::from(name)
        } else {
            args.dir.join(name)
        }
    };
    let files: Vec<(PathBuf, Result<Vec<u8>, XlsxError>)> = vec![
        (at(PLAN_FILE), Ok(template.plan().into_bytes())),
        (at(&format!("{log}.csv")), Ok(template.csv())),
        (at(&format!("{log}.xlsx")), template.xlsx()),
        (at(SCHEMA_FILE), Ok(schema::text(&catalog).into_bytes())),
    ];

    let existing: Vec<Diagnostic> = files
        .iter()
        .filter(|(path, _)| path.exists() || path.is_symlink())
        .map(|(path, _)| {
            let p = path.display().to_string();
            Diagnostic::error(&p, None, codes::FILE_EXISTS).arg("path", p.as_str())
        })
        .collect();
    if !existing.is_empty() {
        return refuse(ctx, &existing);
    }
    if let Err(e) = fs::create_dir_all(&args.dir) {
        return refuse(ctx, &[unwritable(&args.dir, io_reason(e.kind()))]);
    }
    let mut written: Vec<&Path> = Vec::new();
    for (path, bytes) in &files {
        let result = match bytes {
            Ok(b) => create_new(path, b),
            Err(_) => Err(std::io::Error::other("xlsx")),
        };
        if let Err(e) = result {
            // Nothing half-done: what this run wrote goes away again.
            for p in &written {
                let _ = fs::remove_file(p);
            }
            let reason = if e.kind() == std::io::ErrorKind::AlreadyExists {
                "other"
            } else {
                io_reason(e.kind())
            };
            return refuse(ctx, &[unwritable(path, reason)]);
        }
        written.push(path);
    }

    let names: Vec<String> = files.iter().map(|(p, _)| p.display().to_string()).collect();
    let done = ctx.messages.get(
        keys::INIT_DONE,
        &[
            ("files", names.join(", ").into()),
            ("plan", at(PLAN_FILE).display().to_string().into()),
        ],
    );
    let _ = super::output::stdout(format!("{done}\n").as_bytes());
    Outcome::Success
}

fn unwritable(path: &Path, reason: &str) -> Diagnostic {
    let p = path.display().to_string();
    Diagnostic::error(&p, None, codes::FILE_UNWRITABLE)
        .arg("path", p.as_str())
        .arg("reason", reason)
}

/// Says why nothing was written; exit 2.
fn refuse(ctx: &Context<'_>, diags: &[Diagnostic]) -> Outcome {
    eprint_diagnostics(ctx.messages, diags, None);
    let line = format!("{}\n", ctx.messages.word(keys::INIT_REFUSED));
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
    Outcome::Usage
}

/// Creates a file that must not exist yet.
fn create_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// An example value of the template, in the catalog's language.
fn example(catalog: &Catalog, item: &str) -> String {
    catalog.get(keys::INIT_EXAMPLE, &[("item", item.into())])
}

/// The words of a paragraph, French punctuation kept with its word: `«` with the word
/// after it, `»`, `:`, `;`, `?` and `!` with the word before it.
fn unbreakable(paragraph: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut glue_next = false;
    for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
        let glue_previous = matches!(word, "»" | ":" | ";" | "?" | "!");
        match words.last_mut() {
            Some(last) if glue_next || glue_previous => {
                last.push(' ');
                last.push_str(word);
            }
            _ => words.push(word.to_owned()),
        }
        glue_next = word == "«";
    }
    words
}

/// A text as a YAML double-quoted scalar (JSON's escaping is YAML's).
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

struct Template<'a> {
    catalog: &'a Catalog,
    lang: Lang,
    commune: &'a str,
    annee: i32,
    log: &'a str,
}

/// The YAML being written: comment lines, then `key: value` lines.
struct Writer<'a> {
    catalog: &'a Catalog,
    lang: Lang,
    out: String,
    /// Keys already explained (each is explained once, where it first appears).
    explained: Vec<&'static str>,
}

impl Writer<'_> {
    fn comment(&mut self, indent: usize, text: &str) {
        let pad = " ".repeat(indent);
        for paragraph in text.lines() {
            let mut line = String::new();
            for word in unbreakable(paragraph) {
                if !line.is_empty() && indent + 2 + line.len() + 1 + word.len() > WIDTH {
                    let _ = writeln!(self.out, "{pad}# {line}");
                    line.clear();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&word);
            }
            let _ = writeln!(self.out, "{pad}# {}", line.trim_end());
        }
    }

    fn explain(&mut self, indent: usize, key: &Key) {
        if !self.explained.contains(&key.fr) {
            self.explained.push(key.fr);
            let text = schema::describe(self.catalog, key.fr);
            self.comment(indent, &text);
        }
    }

    /// `key: value` (an empty value opens a block), explained the first time; `item`
    /// starts a list item (`- key: value`), explained with what the item is.
    fn entry(&mut self, indent: usize, object: Object, fr: &str, value: &str, item: bool) {
        let Some(key) = object.keys().iter().find(|k| k.fr == fr) else {
            return;
        };
        let comment_indent = if item {
            indent.saturating_sub(2)
        } else {
            indent
        };
        self.explain(comment_indent, key);
        let name = key.name(self.lang);
        let sep = if value.is_empty() { "" } else { " " };
        if item {
            let pad = " ".repeat(indent - 2);
            let _ = writeln!(self.out, "{pad}- {name}:{sep}{value}");
        } else {
            let pad = " ".repeat(indent);
            let _ = writeln!(self.out, "{pad}{name}:{sep}{value}");
        }
    }

    fn list_item(&mut self, indent: usize, value: &str) {
        let pad = " ".repeat(indent);
        let _ = writeln!(self.out, "{pad}- {value}");
    }
}

impl Template<'_> {
    fn plan(&self) -> String {
        let ex = |item: &str| example(self.catalog, item);
        let text = |item: &str| quoted(&ex(item));
        let mut w = Writer {
            catalog: self.catalog,
            lang: self.lang,
            out: format!("# yaml-language-server: $schema={SCHEMA_FILE}\n"),
            explained: Vec::new(),
        };
        let header = self.catalog.get(
            keys::INIT_HEADER,
            &[
                ("commune", self.commune.into()),
                ("annee", self.annee.into()),
                ("plan", PLAN_FILE.into()),
                ("log", self.log.into()),
            ],
        );
        w.comment(0, &header);
        w.out.push('\n');
        let year = self.annee;
        let root = Object::Plan;
        w.entry(0, root, "csc", "1", false);
        w.entry(0, root, "commune", &quoted(self.commune), false);
        w.entry(0, root, "annee", &year.to_string(), false);
        w.entry(0, root, "allocation", &text("allocation"), false);
        w.entry(0, root, "base_legale", &text("legal-basis"), false);
        w.entry(0, root, "periode", "", false);
        w.entry(2, Object::Periode, "du", &format!("{year}-01-01"), false);
        w.entry(2, Object::Periode, "au", &format!("{year}-12-31"), false);
        w.entry(0, root, "echeance", &format!("{}-03-31", year + 1), false);
        w.entry(0, root, "langue", self.lang.code(), false);
        w.entry(0, root, "journaux", "", false);
        w.list_item(2, &format!("{}.csv", self.log));
        w.out.push('\n');
        w.entry(0, root, "secteurs", "", false);
        w.comment(2, &schema::describe(self.catalog, "def-secteur"));
        w.entry(4, Object::Secteur, "id", "S1", true);
        w.entry(4, Object::Secteur, "intitule", &text("sector-title"), false);
        w.entry(
            4,
            Object::Secteur,
            "objectif_general",
            &text("general-objective"),
            false,
        );
        w.entry(4, Object::Secteur, "objectifs_strategiques", "", false);
        w.comment(
            6,
            &schema::describe(self.catalog, "def-objectif-strategique"),
        );
        w.entry(8, Object::Strategique, "id", "OS1", true);
        w.entry(8, Object::Strategique, "domaine", &text("domain"), false);
        w.entry(8, Object::Strategique, "pole", &text("pole"), false);
        w.entry(8, Object::Strategique, "objectifs_operationnels", "", false);
        w.comment(
            10,
            &schema::describe(self.catalog, "def-objectif-operationnel"),
        );
        w.entry(12, Object::Operationnel, "id", "OO1", true);
        w.entry(
            12,
            Object::Operationnel,
            "intitule",
            &text("operational-title"),
            false,
        );
        w.entry(12, Object::Operationnel, "resultats_attendus", "", false);
        w.list_item(14, &text("expected-result"));
        w.entry(12, Object::Operationnel, "indicateurs", "", false);
        w.comment(14, &schema::describe(self.catalog, "def-indicateur"));
        let ind = Object::Indicateur;
        w.entry(16, ind, "id", &ex("indicator-id"), true);
        w.entry(16, ind, "intitule", &text("indicator-title"), false);
        w.entry(16, ind, "cible", &text("target"), false);
        w.entry(16, ind, "mesure", "", false);
        w.entry(18, Object::Mesure, "activite", &ex("activity"), false);
        w.comment(14, &ex("declared-comment"));
        w.entry(16, ind, "id", &ex("declared-id"), true);
        w.entry(16, ind, "intitule", &text("declared-title"), false);
        w.entry(16, ind, "cible", &text("yes-no-target"), false);
        w.entry(16, ind, "declare", &text("declared-value"), false);
        w.entry(16, ind, "justification", &text("justification"), false);
        w.out
    }

    /// The empty log: headers only, `;`, UTF-8 with a BOM, CRLF (as Excel writes it).
    fn csv(&self) -> Vec<u8> {
        format!("\u{feff}{}\r\n", log_headers(self.lang).join(";")).into_bytes()
    }

    /// The same as a workbook: bold headers, a date-formatted first column, frozen
    /// header row.
    fn xlsx(&self) -> Result<Vec<u8>, XlsxError> {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        ws.set_name(example(self.catalog, "sheet"))?;
        let bold = Format::new().set_bold();
        let date = Format::new().set_num_format("dd/mm/yyyy");
        for (col, header) in (0u16..).zip(log_headers(self.lang)) {
            ws.write_string_with_format(0, col, header, &bold)?;
            ws.set_column_width(col, if col == 5 { 50 } else { 14 })?;
        }
        ws.set_column_format(0, &date)?;
        ws.set_freeze_panes(1, 0)?;
        wb.save_to_buffer()
    }
}
