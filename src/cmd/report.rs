//! `csc report PLAN --format table|csv|json|markdown [-o FILE]`.

use std::io::Write as _;

use crate::cli::ReportArgs;
use crate::export::{self, ReportFormat};
use crate::msg::Msg;
use crate::report::{self, Failure};

use super::Outcome;

pub fn run(args: &ReportArgs) -> Outcome {
    let printer = super::stderr_printer();
    if args.format.is_binary() && args.output.is_none() {
        let d = crate::diag::Diagnostic::error(
            &args.plan.display().to_string(),
            None,
            Msg::OutputRequired {
                format: "xlsx".to_owned(),
            },
        );
        eprint!("{}", printer.render(&[d], None));
        return Outcome::Usage;
    }
    let (loaded, plan) = match super::load_plan(&args.plan, &printer) {
        Ok(p) => p,
        Err(outcome) => return outcome,
    };
    let mut report = match report::build(&args.plan, &loaded.file, &plan, &args.logs.inputs(), None)
    {
        Ok(r) => r,
        Err(Failure::Io(d)) => {
            eprint!("{}", printer.render(&d, None));
            return Outcome::Usage;
        }
    };
    // The plan's warnings belong to the report too (the workbook lists them).
    report
        .diagnostics
        .splice(0..0, loaded.diagnostics.iter().cloned());
    let source = loaded.source.as_deref().map(|s| (loaded.file.as_str(), s));
    eprint!("{}", printer.render(&report.diagnostics, source));
    if report.has_errors() {
        return Outcome::Findings;
    }
    let color =
        args.output.is_none() && args.format == ReportFormat::Table && super::stdout_color();
    let bytes = match export::exporter(args.format, args.virgule, color).render(&report) {
        Ok(b) => b,
        Err(e) => {
            let d = crate::diag::Diagnostic::error(
                &loaded.file,
                None,
                Msg::ReportFailed {
                    reason: e.to_string(),
                },
            );
            eprint!("{}", printer.render(&[d], None));
            return Outcome::Findings;
        }
    };
    match &args.output {
        Some(path) => {
            if let Err(e) = std::fs::write(path, &bytes) {
                let d = crate::diag::Diagnostic::error(
                    &path.display().to_string(),
                    None,
                    Msg::FileUnwritable {
                        path: path.display().to_string(),
                        reason: crate::msg::io_reason(e.kind()),
                    },
                );
                eprint!("{}", printer.render(&[d], None));
                return Outcome::Usage;
            }
        }
        None => {
            let _ = std::io::stdout().lock().write_all(&bytes);
        }
    }
    Outcome::Success
}
