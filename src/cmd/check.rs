//! `csc check PLAN...`: validates plans and their logs, prints every finding with its
//! place, then the compliance table of each valid plan.

use std::io::Write as _;

use crate::cli::CheckArgs;
use crate::diag::{Diagnostic, Format, Printer};
use crate::eval::Statut;
use crate::export::{Exporter, TableExporter};
use crate::msg::{self, Lang, Severity, report as words};
use crate::plan;
use crate::report::{self, Failure};

use super::Outcome;

pub fn run(args: &CheckArgs) -> Outcome {
    let lang = Lang::Fr;
    let color = super::stdout_color();
    let printer = Printer {
        format: args.format,
        color,
        lang,
    };
    let mut out = std::io::stdout().lock();
    let mut all: Vec<Diagnostic> = Vec::new();
    let mut io_error = false;
    let mut unmet = false;
    let inputs = args.logs.inputs();

    for path in &args.plans {
        let loaded = plan::load(path);
        io_error |= loaded.io_error;
        let mut diags = loaded.diagnostics;
        let mut table = None;
        if let Some(p) = &loaded.plan {
            match report::build(path, &loaded.file, p, &inputs, None) {
                Ok(r) => {
                    diags.extend(r.diagnostics.iter().cloned());
                    if !r.has_errors() {
                        unmet |= r.lines.iter().any(|(_, o)| {
                            matches!(
                                o.statut,
                                Statut::NonAtteint | Statut::EnRetard | Statut::NonMesure
                            )
                        });
                        table = Some(render_table(&r, color));
                    }
                }
                Err(Failure::Io(d)) => {
                    io_error = true;
                    diags.extend(d);
                }
            }
        }
        if args.format != Format::Json {
            let source = loaded.source.as_deref().map(|s| (loaded.file.as_str(), s));
            let _ = write!(out, "{}", printer.render(&diags, source));
        }
        if args.format == Format::Text {
            if let Some(t) = table {
                let _ = write!(out, "{t}");
            } else if let Some(p) = &loaded.plan
                && !diags.iter().any(|d| d.severity == Severity::Error)
            {
                let counts = plan::counts(p);
                let _ = writeln!(
                    out,
                    "{}",
                    msg::summary::plan(lang, &loaded.file, &p.commune, p.annee, counts)
                );
            }
        }
        all.extend(diags);
    }

    let errors = all.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = all.len() - errors;
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

    if io_error {
        Outcome::Usage
    } else if errors > 0 || (args.strict && warnings > 0) || (args.fail_unmet && unmet) {
        Outcome::Findings
    } else {
        Outcome::Success
    }
}

/// The table, the one-line summary and the days left before the deadline.
fn render_table(r: &report::Report<'_>, color: bool) -> String {
    let plan = r.plan;
    let d = |date: chrono::NaiveDate| date.format("%d/%m/%Y").to_string();
    let mut s = String::new();
    s.push_str(&words::evaluated_on(
        &plan.commune,
        plan.annee,
        &d(r.cal.as_of),
        &d(plan.periode.du),
        &d(plan.periode.au),
    ));
    s.push('\n');
    let logs: Vec<(String, u64)> = r.logs.iter().map(|l| (l.file.clone(), l.rows)).collect();
    s.push_str(&words::logs_used(&logs));
    s.push_str("\n\n");
    if let Ok(table) = (TableExporter { color }).render(r) {
        s.push_str(&String::from_utf8_lossy(&table));
    }
    let counts: Vec<_> = r.resume().into_iter().collect();
    s.push_str(&words::summary_line(&counts));
    s.push('\n');
    let today = chrono::Local::now().date_naive();
    let days = (plan.echeance - today).num_days();
    s.push_str(&words::days_left(days, &d(plan.echeance)));
    s.push('\n');
    s
}
