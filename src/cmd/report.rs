//! `csc report PLAN --format table|csv|json|markdown|html|xlsx [-o FILE]`.

use super::cli::ReportArgs;
use super::{Context, Outcome};
use crate::diag::{Diagnostic, codes};
use crate::export::{self, ReportFormat};
use crate::report::{self, Failure};

pub fn run(args: &ReportArgs, ctx: &Context<'_>) -> Outcome {
    let catalog = ctx.messages;
    let eprint = |diags: &[Diagnostic]| super::eprint_diagnostics(catalog, diags, None);
    if args.format.is_binary() && args.output.is_none() {
        let d = Diagnostic::error(
            &args.plan.display().to_string(),
            None,
            codes::OUTPUT_REQUIRED,
        )
        .arg("format", "xlsx");
        eprint(&[d]);
        return Outcome::Usage;
    }
    let (loaded, plan) = match super::load_plan(&args.plan, catalog) {
        Ok(p) => p,
        Err(outcome) => return outcome,
    };
    let mut report = match report::build(&args.plan, &loaded.file, &plan, &args.logs.inputs(), None)
    {
        Ok(r) => r,
        Err(Failure::Io(d)) => {
            eprint(&d);
            return Outcome::Usage;
        }
    };
    // The plan's warnings belong to the report too (the workbook lists them).
    report
        .diagnostics
        .splice(0..0, loaded.diagnostics.iter().cloned());
    let source = loaded.source.as_deref().map(|s| (loaded.file.as_str(), s));
    super::eprint_diagnostics(catalog, &ctx.shown(&report.diagnostics), source);
    if report.has_errors() {
        return Outcome::Findings;
    }
    let color =
        args.output.is_none() && args.format == ReportFormat::Table && super::stdout_color();
    let exporter = export::exporter(args.format, args.virgule, color);
    let words = ctx.report_catalog(&plan);
    let bytes = match export::render(&report, exporter.as_ref(), &words) {
        Ok(b) => b,
        Err(e) => {
            let d = Diagnostic::error(&loaded.file, None, codes::REPORT_FAILED).arg("reason", e.0);
            eprint(&[d]);
            return Outcome::Findings;
        }
    };
    let inputs: Vec<&std::path::Path> = std::iter::once(args.plan.as_path())
        .chain(report.logs.iter().map(|l| l.path.as_path()))
        .collect();
    if let Err(d) = super::output::report(args.output.as_deref(), &bytes, &inputs) {
        eprint(&[*d]);
        return Outcome::Usage;
    }
    Outcome::Success
}
