//! `csc check PLAN...`: validates plan files, prints every finding with its place.

use std::io::Write as _;

use crate::cli::CheckArgs;
use crate::diag::{Diagnostic, Format, Printer};
use crate::msg::{self, Lang, Severity};
use crate::plan;

use super::Outcome;

pub fn run(args: &CheckArgs) -> Outcome {
    let lang = Lang::Fr;
    let printer = Printer {
        format: args.format,
        color: super::stdout_color(),
        lang,
    };
    let mut out = std::io::stdout().lock();
    let mut all: Vec<Diagnostic> = Vec::new();
    let mut outcome = Outcome::Success;
    let (mut errors, mut warnings) = (0, 0);

    for path in &args.plans {
        let loaded = plan::load(path);
        if loaded.io_error {
            outcome = Outcome::Usage;
        }
        for d in &loaded.diagnostics {
            match d.severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
            }
        }
        if args.format != Format::Json {
            let _ = write!(
                out,
                "{}",
                printer.render(&loaded.diagnostics, loaded.source.as_deref())
            );
        }
        if args.format == Format::Text
            && let Some(p) = &loaded.plan
        {
            let counts = plan::counts(p);
            let _ = writeln!(
                out,
                "{}",
                msg::summary::plan(lang, &loaded.file, &p.commune, p.annee, counts)
            );
        }
        all.extend(loaded.diagnostics);
    }

    match args.format {
        Format::Json => {
            let _ = writeln!(out, "{}", printer.json(&all));
        }
        Format::Text => {
            let _ = writeln!(
                out,
                "{}",
                msg::summary::totals(lang, args.plans.len(), errors, warnings)
            );
        }
        Format::Github => {}
    }

    if outcome == Outcome::Usage {
        return outcome;
    }
    if errors > 0 || (args.strict && warnings > 0) {
        Outcome::Findings
    } else {
        Outcome::Success
    }
}
