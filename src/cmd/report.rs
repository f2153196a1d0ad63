//! `csc report PLAN --format table|csv|json|markdown [-o FILE]`.

use std::io::Write as _;

use crate::cli::ReportArgs;
use crate::export::{self, ReportFormat};
use crate::msg::Msg;
use crate::report::{self, Failure};

use super::Outcome;

pub fn run(args: &ReportArgs) -> Outcome {
    let printer = super::stderr_printer();
    let (loaded, plan) = match super::load_plan(&args.plan, &printer) {
        Ok(p) => p,
        Err(outcome) => return outcome,
    };
    let report = match report::build(&args.plan, &loaded.file, &plan, &args.logs.inputs(), None) {
        Ok(r) => r,
        Err(Failure::Io(d)) => {
            eprint!("{}", printer.render(&d, None));
            return Outcome::Usage;
        }
    };
    let source = loaded.source.as_deref().map(|s| (loaded.file.as_str(), s));
    eprint!("{}", printer.render(&report.diagnostics, source));
    if report.has_errors() {
        return Outcome::Findings;
    }
    let color =
        args.output.is_none() && args.format == ReportFormat::Table && super::stdout_color();
    let bytes = export::exporter(args.format, args.virgule, color).render(&report);
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
