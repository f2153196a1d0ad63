//! `csc explain PLAN INDICATOR_ID`: every row counted, every row of the same activity left
//! out and why, and the arithmetic, so that the figure of the report can be checked by hand.

use std::fmt::Write as _;

use super::cli::ExplainArgs;
use super::{Context, Outcome};
use crate::diag::{Diagnostic, codes};
use crate::eval::{Effect, Part, Skip, Value};
use crate::export::{Cell, View, cell_text, target_read};
use crate::i18n::{Catalog, keys};
use crate::plan::{Agregat, Declared, Mesure, Selection, Source};
use crate::report::{self, Failure, nearest};

pub fn run(args: &ExplainArgs, ctx: &Context<'_>) -> Outcome {
    let messages = ctx.messages;
    let (loaded, plan) = match super::load_plan(&args.plan, messages) {
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
        let near = nearest(&args.indicator, &ids);
        let d = Diagnostic::error(&loaded.file, None, codes::UNKNOWN_INDICATOR)
            .arg("id", args.indicator.as_str())
            .arg("has_nearest", near.is_some())
            .arg("nearest", near.unwrap_or_default());
        super::eprint_diagnostics(messages, &[d], None);
        return Outcome::Usage;
    };
    // What explain prints is about the plan: it speaks the plan's language.
    let words = ctx.report_catalog(&plan);
    let c = &words;

    let mut counted = String::new();
    let mut skipped = String::new();
    let mut terms: Vec<(Part, f64)> = Vec::new();
    let mut n_counted = 0usize;
    let mut n_skipped = 0usize;
    let mut hear = |file: &str, row: &crate::log::Row<'_>, effect: Effect| {
        let place = format!("{file}:{}", row.line);
        let day = c.date(row.date);
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
                        format!("+{}", c.number(a))
                    }
                    None => c.get(keys::EXPLAIN_DISTINCT, &[("new", new_value.into())]),
                };
                let _ = writeln!(
                    counted,
                    "  {place}  {day}  {}  {added}{}",
                    row.activite_texte,
                    part_suffix(part, c)
                );
            }
            Effect::Skipped(reason) => {
                n_skipped += 1;
                let _ = writeln!(
                    skipped,
                    "  {place}  {day}  {}  {}",
                    row.activite_texte,
                    skip(&reason, c)
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
            super::eprint_diagnostics(messages, &d, None);
            return Outcome::Usage;
        }
    };
    let errors = super::errors(&report.diagnostics);
    if !errors.is_empty() {
        super::eprint_diagnostics(messages, &errors, None);
        return Outcome::Findings;
    }
    let view = View::new(&report);
    let line = &view.lines[index];
    let (placed, outcome) = (line.placed, line.outcome);
    let ind = placed.indicateur;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        c.get(
            keys::EXPLAIN_TITLE,
            &[
                ("id", ind.id.as_str().into()),
                ("path", placed.chemin().join("/").into()),
                ("title", ind.intitule.as_str().into()),
            ],
        )
    );
    let _ = writeln!(
        out,
        "{}",
        c.get(
            keys::EXPLAIN_TARGET,
            &[
                ("written", ind.cible_texte.as_str().into()),
                ("read", target_read(&ind.cible, c).into()),
            ],
        )
    );
    let _ = writeln!(out, "{}", source(&ind.source, c));
    let _ = writeln!(
        out,
        "{}\n",
        c.get(
            keys::EXPLAIN_PERIOD,
            &[
                ("du", report.cal.du.into()),
                ("au", report.cal.au.into()),
                ("as_of", report.cal.as_of.into()),
            ],
        )
    );
    let _ = writeln!(
        out,
        "{}",
        c.get(keys::EXPLAIN_COUNTED, &[("count", n_counted.into())])
    );
    out.push_str(&counted);
    let _ = writeln!(
        out,
        "\n{}",
        c.get(keys::EXPLAIN_SKIPPED, &[("count", n_skipped.into())])
    );
    out.push_str(&skipped);
    let _ = writeln!(out, "\n{}", c.word(keys::EXPLAIN_ARITHMETIC));
    let sum = |part: Part| -> (String, f64) {
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
                .map(|a| c.number(*a))
                .collect::<Vec<_>>()
                .join(" + ")
        } else {
            c.get(keys::EXPLAIN_MANY_TERMS, &[("count", items.len().into())])
        };
        (shown, total)
    };
    match &ind.source {
        Source::Mesure(Mesure::Simple(sel)) => match sel.agregat {
            Agregat::Distincts(_) => {
                let _ = writeln!(
                    out,
                    "  {}",
                    c.get(
                        keys::EXPLAIN_DISTINCT_TOTAL,
                        &[("value", cell_text(&line.value, c).into())],
                    )
                );
            }
            _ => {
                let (shown, total) = sum(Part::Simple);
                let _ = writeln!(out, "  {shown} = {}", c.number(total));
            }
        },
        Source::Mesure(Mesure::Ratio {
            numerateur,
            denominateur,
        }) => {
            let part_value = |part: Part, sel: &Selection| {
                let word = c.get(keys::EXPLAIN_PART, &[("part", part.key().into())]);
                match sel.agregat {
                    Agregat::Distincts(_) => {
                        c.get(keys::EXPLAIN_DISTINCT_PART, &[("part", word.into())])
                    }
                    _ => {
                        let (shown, total) = sum(part);
                        format!("{word} = {shown} = {}", c.number(total))
                    }
                }
            };
            let _ = writeln!(out, "  {}", part_value(Part::Numerator, numerateur));
            let _ = writeln!(out, "  {}", part_value(Part::Denominator, denominateur));
            let ratio = match outcome.realise {
                Value::Number(n) => cell_text(&Cell::Percent(n), c),
                _ => cell_text(&line.value, c),
            };
            let _ = writeln!(
                out,
                "  {}",
                c.get(keys::EXPLAIN_RATIO, &[("value", ratio.into())])
            );
        }
        Source::Declare { .. } | Source::Aucune => {}
    }
    let projection = outcome.projection.map(|p| c.number(p));
    let _ = writeln!(
        out,
        "\n{}",
        c.get(
            keys::EXPLAIN_RESULT,
            &[
                ("value", cell_text(&line.value, c).into()),
                ("expected", cell_text(&line.expected, c).into()),
                ("has_projection", projection.is_some().into()),
                ("projection", projection.unwrap_or_default().into()),
                ("status", c.status(outcome.statut.key()).into()),
                ("rows", outcome.lignes.into()),
            ],
        )
    );
    if outcome.realise == Value::Missing {
        let _ = writeln!(out, "{}", c.word(keys::EXPLAIN_MISSING));
    }
    let _ = super::output::stdout(out.as_bytes());
    Outcome::Success
}

/// `  (numérateur)` after a counted row of a ratio; nothing for a simple measure.
fn part_suffix(part: Part, c: &Catalog) -> String {
    match part {
        Part::Simple => String::new(),
        _ => format!(
            "  ({})",
            c.get(keys::EXPLAIN_PART, &[("part", part.key().into())])
        ),
    }
}

fn skip(reason: &Skip, c: &Catalog) -> String {
    let (key, column) = match reason {
        Skip::OutsidePeriod => ("outside-period", ""),
        Skip::AfterAsOf => ("after-as-of", ""),
        Skip::Filtered { column } => ("filtered", column.as_str()),
        Skip::NotANumber { column } => ("not-a-number", column.as_str()),
        Skip::EmptyCell { column } => ("empty-cell", column.as_str()),
    };
    c.get(
        keys::EXPLAIN_SKIP,
        &[("reason", key.into()), ("column", column.into())],
    )
}

fn selection(sel: &Selection, c: &Catalog) -> String {
    let acts: Vec<String> = sel
        .activites
        .iter()
        .map(|a| c.get(keys::EXPLAIN_ACTIVITY, &[("code", a.as_str().into())]))
        .collect();
    let filters: String = sel
        .filtre
        .iter()
        .map(|(col, v)| {
            c.get(
                keys::EXPLAIN_FILTER,
                &[
                    ("column", col.as_str().into()),
                    ("value", v.as_str().into()),
                ],
            )
        })
        .collect();
    let rows = c.get(
        keys::EXPLAIN_ROWS,
        &[
            (
                "activities",
                acts.join(&c.word(keys::EXPLAIN_ACTIVITY_OR)).into(),
            ),
            ("filters", filters.into()),
        ],
    );
    let (aggregate, column) = match &sel.agregat {
        Agregat::Quantite => ("quantity", ""),
        Agregat::Somme(col) => ("sum", col.as_str()),
        Agregat::Distincts(col) => ("distinct", col.as_str()),
    };
    c.get(
        keys::EXPLAIN_SELECTION,
        &[
            ("aggregate", aggregate.into()),
            ("column", column.into()),
            ("rows", rows.into()),
        ],
    )
}

fn source(source: &Source, c: &Catalog) -> String {
    match source {
        Source::Mesure(Mesure::Simple(sel)) => c.get(
            keys::EXPLAIN_MEASURE,
            &[("selection", selection(sel, c).into())],
        ),
        Source::Mesure(Mesure::Ratio {
            numerateur,
            denominateur,
        }) => c.get(
            keys::EXPLAIN_RATIO_MEASURE,
            &[
                ("numerator", selection(numerateur, c).into()),
                ("denominator", selection(denominateur, c).into()),
            ],
        ),
        Source::Declare {
            valeur,
            justification,
        } => {
            let value = match valeur {
                Declared::YesNo(b) => cell_text(&Cell::YesNo(*b), c),
                Declared::Number(n) => c.number(*n),
                Declared::Percent(n) => cell_text(&Cell::Percent(*n), c),
            };
            c.get(
                keys::EXPLAIN_DECLARED,
                &[
                    ("value", value.into()),
                    ("justification", justification.as_str().into()),
                ],
            )
        }
        Source::Aucune => c.word(keys::EXPLAIN_NONE),
    }
}
