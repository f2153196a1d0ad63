//! `csc check PLAN...`: validates plans and their logs, prints every finding with its
//! place, then the compliance table of each valid plan.

use std::io::Write as _;

use super::cli::CheckArgs;
use super::{Context, Outcome};
use crate::diag::{Diagnostic, Severity};
use crate::emit::{self, Format};
use crate::eval::Statut;
use crate::export::{self, TableExporter};
use crate::i18n::{Catalog, keys};
use crate::plan;
use crate::report::{self, Failure};

pub fn run(args: &CheckArgs, ctx: &Context<'_>) -> Outcome {
    let catalog = ctx.messages;
    let color = super::stdout_color();
    let step_summary = super::step_summary(args.format);
    let mut emitter = emit::emitter(
        args.format,
        catalog,
        emit::Options {
            color,
            strict: args.strict,
            fail_unmet: args.fail_unmet,
            step_summary: step_summary.clone(),
        },
    );
    let mut out = std::io::stdout().lock();
    let mut errors = 0usize;
    let mut warnings = 0usize;
    let mut io_error = false;
    let mut unmet = false;
    let inputs = args.logs.inputs();

    for path in &args.plans {
        let loaded = plan::load(path);
        io_error |= loaded.io_error;
        let mut diags = loaded.diagnostics;
        let mut table = None;
        let mut evaluated = None;
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
                        if !ctx.quiet {
                            table = Some(render_table(&r, color, &ctx.report_catalog(p)));
                        }
                    }
                    let markdown = (step_summary.is_some() && !r.has_errors())
                        .then(|| super::markdown_table(&r, &ctx.report_catalog(p)))
                        .flatten();
                    evaluated = Some((r, markdown));
                }
                Err(Failure::Io(d)) => {
                    io_error = true;
                    diags.extend(d);
                }
            }
        }
        let _ = emitter.plan(
            &mut out,
            &emit::Checked {
                file: &loaded.file,
                report: evaluated.as_ref().map(|(r, _)| r),
                markdown: evaluated.as_ref().and_then(|(_, m)| m.as_deref()),
            },
        );
        let source = loaded.source.as_deref().map(|s| (loaded.file.as_str(), s));
        let _ = write!(
            out,
            "{}",
            emit::render(emitter.as_mut(), &ctx.shown(&diags), source)
        );
        if args.format == Format::Text && !ctx.quiet {
            if let Some(t) = table {
                let _ = write!(out, "{t}");
            } else if let Some(p) = &loaded.plan
                && !diags.iter().any(|d| d.severity == Severity::Error)
            {
                let _ = writeln!(out, "{}", plan_summary(catalog, &loaded.file, p));
            }
        }
        let e = count_errors(&diags);
        errors += e;
        warnings += diags.len() - e;
    }

    let _ = emitter.finish(&mut out);
    if args.format == Format::Text && !(ctx.quiet && errors == 0) {
        let _ = writeln!(
            out,
            "{}",
            catalog.get(
                keys::CHECK_TOTALS,
                &[
                    ("files", args.plans.len().into()),
                    ("errors", errors.into()),
                    ("warnings", warnings.into()),
                ],
            )
        );
    }

    if io_error {
        Outcome::Usage
    } else if errors > 0 || (args.strict && warnings > 0) || (args.fail_unmet && unmet) {
        Outcome::Findings
    } else {
        Outcome::Success
    }
}

fn count_errors(diags: &[Diagnostic]) -> usize {
    diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count()
}

/// What a plan without logs holds.
fn plan_summary(catalog: &Catalog, file: &str, p: &plan::Plan) -> String {
    let c = plan::counts(p);
    catalog.get(
        keys::PLAN_SUMMARY,
        &[
            ("file", file.into()),
            ("annee", p.annee.into()),
            ("commune", p.commune.as_str().into()),
            ("sectors", c.sectors.into()),
            ("strategic", c.strategic.into()),
            ("operational", c.operational.into()),
            ("indicators", c.indicators.into()),
            ("measured", c.measured.into()),
            ("declared", c.declared.into()),
            ("unmeasured", c.unmeasured.into()),
            ("count", c.count.into()),
            ("percent", c.percent.into()),
            ("yes_no", c.yes_no.into()),
        ],
    )
}

/// The table, the one-line summary and the days left before the deadline.
fn render_table(r: &report::Report<'_>, color: bool, catalog: &Catalog) -> String {
    let plan = r.plan;
    let mut s = String::new();
    s.push_str(&export::evaluated_on(r, catalog));
    s.push('\n');
    if r.logs.is_empty() {
        s.push_str(&catalog.word(keys::NO_LOG_READ));
    } else {
        s.push_str(&catalog.get(
            keys::LOGS_USED,
            &[("logs", export::logs_list(r, catalog, false).into())],
        ));
    }
    s.push_str("\n\n");
    if let Ok(table) = export::render(r, &TableExporter { color }, catalog) {
        s.push_str(&String::from_utf8_lossy(&table));
    }
    s.push_str(&export::summary_line(r, catalog));
    s.push('\n');
    let today = chrono::Local::now().date_naive();
    let days = (plan.echeance - today).num_days();
    let key = if days < 0 {
        keys::DAYS_PAST
    } else {
        keys::DAYS_LEFT
    };
    s.push_str(&catalog.get(
        key,
        &[("date", plan.echeance.into()), ("days", days.abs().into())],
    ));
    s.push('\n');
    s
}
