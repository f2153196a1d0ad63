//! `csc explain PLAN INDICATOR_ID`: every row counted, every row of the same activity left
//! out and why, and the arithmetic, so that the figure of the report can be checked by hand.

use std::fmt::Write as _;

use crate::cli::ExplainArgs;
use crate::diag::Diagnostic;
use crate::eval::{Effect, Value};
use crate::export::{expected_text_pub, value_text_pub};
use crate::msg::{Lang, Msg, explain as words, report as rwords};
use crate::plan::{Agregat, Mesure, Source};
use crate::report::{self, Failure, nearest};
use crate::target::number;

use super::Outcome;

pub fn run(args: &ExplainArgs) -> Outcome {
    let printer = super::stderr_printer();
    let (loaded, plan) = match super::load_plan(&args.plan, &printer) {
        Ok(p) => p,
        Err(outcome) => return outcome,
    };
    let Some(index) = plan
        .indicators()
        .position(|p| p.indicateur.id == args.indicator)
    else {
        let ids: Vec<&str> = plan
            .indicators()
            .map(|p| p.indicateur.id.as_str())
            .collect();
        let d = Diagnostic::error(
            &loaded.file,
            None,
            Msg::UnknownIndicator {
                id: args.indicator.clone(),
                nearest: nearest(&args.indicator, &ids),
            },
        );
        eprint!("{}", printer.render(&[d], None));
        return Outcome::Usage;
    };

    let mut counted = String::new();
    let mut skipped = String::new();
    let mut terms: Vec<(&'static str, f64)> = Vec::new();
    let mut n_counted = 0usize;
    let mut n_skipped = 0usize;
    let mut hear = |file: &str, row: &crate::log::Row<'_>, effect: Effect| {
        let place = format!("{file}:{}", row.line);
        let date = row.date.format("%d/%m/%Y");
        match effect {
            Effect::Counted {
                part,
                amount,
                new_value,
            } => {
                n_counted += 1;
                let added = match amount {
                    Some(a) => {
                        terms.push((part, a));
                        format!("+{}", number(a))
                    }
                    None => words::distinct(new_value),
                };
                let _ = writeln!(
                    counted,
                    "  {place}  {date}  {}  {added}{}",
                    row.activite_texte,
                    words::part(part)
                );
            }
            Effect::Skipped(reason) => {
                n_skipped += 1;
                let _ = writeln!(
                    skipped,
                    "  {place}  {date}  {}  {}",
                    row.activite_texte,
                    words::skip(&reason)
                );
            }
        }
    };
    let report = match report::build(
        &args.plan,
        &loaded.file,
        &plan,
        &args.logs.inputs(),
        Some((index, &mut hear)),
    ) {
        Ok(r) => r,
        Err(Failure::Io(d)) => {
            eprint!("{}", printer.render(&d, None));
            return Outcome::Usage;
        }
    };
    let errors: Vec<Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == crate::msg::Severity::Error)
        .cloned()
        .collect();
    if !errors.is_empty() {
        eprint!("{}", printer.render(&errors, None));
        return Outcome::Findings;
    }
    let (placed, outcome) = &report.lines[index];
    let ind = placed.indicateur;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        words::title(&ind.id, &ind.intitule, &placed.chemin().join("/"))
    );
    let _ = writeln!(
        out,
        "{}",
        words::target(&ind.cible_texte, &ind.cible.to_string())
    );
    let _ = writeln!(out, "{}", words::source(&ind.source));
    let d = |date: chrono::NaiveDate| date.format("%d/%m/%Y").to_string();
    let _ = writeln!(
        out,
        "{}\n",
        words::period(&d(report.cal.du), &d(report.cal.au), &d(report.cal.as_of))
    );
    let _ = writeln!(out, "{}", words::counted_heading(n_counted));
    out.push_str(&counted);
    let _ = writeln!(out, "\n{}", words::skipped_heading(n_skipped));
    out.push_str(&skipped);
    let _ = writeln!(out, "\n{}", words::arithmetic_heading());
    let sum = |part: &str| -> (String, f64) {
        let items: Vec<f64> = terms
            .iter()
            .filter(|(p, _)| *p == part)
            .map(|(_, a)| *a)
            .collect();
        let total: f64 = items.iter().sum();
        let shown = if items.is_empty() {
            "0".to_owned()
        } else if items.len() <= 40 {
            items
                .iter()
                .map(|a| number(*a))
                .collect::<Vec<_>>()
                .join(" + ")
        } else {
            words::many_terms(items.len())
        };
        (shown, total)
    };
    match &ind.source {
        Source::Mesure(Mesure::Simple(sel)) => match sel.agregat {
            Agregat::Distincts(_) => {
                let _ = writeln!(
                    out,
                    "  {}",
                    words::distinct_total(&value_text_pub(outcome, false))
                );
            }
            _ => {
                let (shown, total) = sum("");
                let _ = writeln!(out, "  {shown} = {}", number(total));
            }
        },
        Source::Mesure(Mesure::Ratio {
            numerateur,
            denominateur,
        }) => {
            let part_value = |part: &str, sel: &crate::plan::Selection| match sel.agregat {
                Agregat::Distincts(_) => words::distinct_part(part),
                _ => {
                    let (shown, total) = sum(part);
                    format!("{part} = {shown} = {}", number(total))
                }
            };
            let _ = writeln!(out, "  {}", part_value("numérateur", numerateur));
            let _ = writeln!(out, "  {}", part_value("dénominateur", denominateur));
            let _ = writeln!(out, "  {}", words::ratio(&value_text_pub(outcome, true)));
        }
        Source::Declare { .. } | Source::Aucune => {}
    }
    let _ = writeln!(
        out,
        "\n{}",
        words::result(
            &value_text_pub(outcome, ind.cible.is_percent()),
            &expected_text_pub(outcome),
            outcome.projection.map(number).as_deref(),
            rwords::statut(Lang::Fr, outcome.statut),
            outcome.lignes,
        )
    );
    if outcome.realise == Value::Missing {
        let _ = writeln!(out, "{}", words::missing());
    }
    print!("{out}");
    Outcome::Success
}
