//! One module per subcommand, the command line ([`cli`]) and its errors ([`usage`]).

pub mod check;
pub mod cli;
pub mod completions;
pub mod diff;
pub mod explain;
pub mod init;
pub mod output;
pub mod report;
pub mod rollup;
pub mod schema;
pub mod usage;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Severity};
use crate::emit::{self, Emitter, Format};
use crate::export::{self, MarkdownExporter};
use crate::i18n::{Catalog, Lang};
use crate::plan::{self, Langue, Loaded, Plan};

/// What every command needs besides its own arguments.
#[derive(Debug)]
pub struct Context<'c> {
    /// The catalog of messages (diagnostics, help, errors), in the user's language.
    pub messages: &'c Catalog,
    /// `--lang`, which also sets the language of reports.
    pub lang_flag: Option<Lang>,
    /// `--quiet`: errors only.
    pub quiet: bool,
}

impl Context<'_> {
    /// The catalog of a plan's reports (spec §8): `--lang`, else the plan's `langue`.
    pub fn report_catalog(&self, plan: &Plan) -> Catalog {
        let lang = self.lang_flag.unwrap_or(match plan.langue {
            Langue::Fr => Lang::Fr,
            Langue::Nl => Lang::Nl,
            Langue::En => Lang::En,
        });
        Catalog::new(lang)
    }

    /// Diagnostics worth showing: without `--quiet`, all; with it, errors only.
    pub fn shown(&self, diags: &[Diagnostic]) -> Vec<Diagnostic> {
        diags
            .iter()
            .filter(|d| !self.quiet || d.severity == Severity::Error)
            .cloned()
            .collect()
    }
}

/// The exit codes of the spec (§6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// 0: everything is fine.
    Success = 0,
    /// 1: an error in a plan or log (or a warning with `--strict`, an unmet indicator with
    /// `--fail-unmet`).
    Findings = 1,
    /// 2: a missing file, a bad flag.
    Usage = 2,
}

/// Colour only on a terminal, and never when `NO_COLOR` is set (<https://no-color.org>).
pub fn use_color(stream_is_terminal: bool) -> bool {
    stream_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

pub fn stdout_color() -> bool {
    use_color(std::io::stdout().is_terminal())
}

/// Where `check --format github` appends its Markdown tables: `GITHUB_STEP_SUMMARY`,
/// when set (GitHub Actions sets it in every step).
pub fn step_summary(format: Format) -> Option<PathBuf> {
    if format != Format::Github {
        return None;
    }
    std::env::var_os("GITHUB_STEP_SUMMARY")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// A plan's compliance table in Markdown (the `report --format markdown` page), for the
/// GitHub step summary.
pub fn markdown_table(report: &crate::report::Report<'_>, catalog: &Catalog) -> Option<String> {
    export::render(report, &MarkdownExporter, catalog)
        .ok()
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

/// Diagnostics of `report` and `explain` go to stderr, as text, so their output stays
/// clean.
pub fn eprint_diagnostics(catalog: &Catalog, diags: &[Diagnostic], source: Option<(&str, &str)>) {
    let mut text = emit::Text {
        catalog,
        color: use_color(std::io::stderr().is_terminal()),
    };
    let text = emit::render(&mut text as &mut dyn Emitter, diags, source);
    // A closed stderr is no reason to stop: the exit code still tells.
    let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), text.as_bytes());
}

/// The errors among findings.
pub fn errors(diags: &[Diagnostic]) -> Vec<Diagnostic> {
    diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect()
}

/// Loads a plan for `report` and `explain`; when it has an error, prints its findings on
/// stderr and returns the exit code.
pub fn load_plan(path: &Path, catalog: &Catalog) -> Result<(Loaded, Plan), Outcome> {
    let mut loaded = plan::load(path);
    let source = loaded.source.as_deref().map(|s| (loaded.file.as_str(), s));
    let errors = errors(&loaded.diagnostics);
    if !errors.is_empty() {
        eprint_diagnostics(catalog, &errors, source);
    }
    match loaded.plan.take() {
        Some(plan) => Ok((loaded, plan)),
        None if loaded.io_error => Err(Outcome::Usage),
        None => Err(Outcome::Findings),
    }
}
