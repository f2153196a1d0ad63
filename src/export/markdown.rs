//! Markdown to paste into the evaluation document: one heading per objective, a table of
//! its indicators.

use std::fmt::Write as _;

use super::{Exporter, expected_text, value_text};
use crate::msg::{Lang, report as words};
use crate::report::Report;

#[derive(Debug)]
pub struct MarkdownExporter;

/// A blank line closes a table before the next heading.
fn end_table(out: &mut String) {
    if out.ends_with("|\n") {
        out.push('\n');
    }
}

/// Table cells cannot hold `|` or line breaks.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace(['\n', '\r'], " ")
}

impl Exporter for MarkdownExporter {
    fn render(&self, report: &Report<'_>) -> Vec<u8> {
        let plan = report.plan;
        let mut out = String::new();
        let d = |date: chrono::NaiveDate| date.format("%d/%m/%Y").to_string();
        let _ = writeln!(
            out,
            "# {}\n",
            words::evaluated_on(
                &plan.commune,
                plan.annee,
                &d(report.cal.as_of),
                &d(plan.periode.du),
                &d(plan.periode.au)
            )
        );
        let counts: Vec<_> = report.resume().into_iter().collect();
        let _ = writeln!(out, "{}\n", words::summary_line(&counts));
        let mut last = (String::new(), String::new());
        for (p, o) in &report.lines {
            if last.0 != p.secteur.id {
                end_table(&mut out);
                let _ = writeln!(
                    out,
                    "## {}\n",
                    cell(&words::secteur(&p.secteur.id, &p.secteur.intitule))
                );
                last = (p.secteur.id.clone(), String::new());
            }
            let os = format!("{}/{}", p.strategique.id, p.operationnel.id);
            if last.1 != os {
                end_table(&mut out);
                let _ = writeln!(
                    out,
                    "### {}\n",
                    cell(&words::strategique(
                        &p.strategique.id,
                        &p.strategique.domaine
                    ))
                );
                let _ = writeln!(
                    out,
                    "**{}**\n",
                    cell(&words::operationnel(
                        &p.operationnel.id,
                        &p.operationnel.intitule
                    ))
                );
                let _ = writeln!(out, "| {} |", words::HEADERS[1..].join(" | "));
                let _ = writeln!(out, "|---|---|---:|---:|---|");
                last.1 = os;
            }
            let ind = p.indicateur;
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} {} |",
                cell(&ind.intitule),
                cell(&ind.cible_texte),
                value_text(o, ind.cible.is_percent()),
                expected_text(o),
                words::symbol(o.statut),
                words::statut(Lang::Fr, o.statut),
            );
        }
        out.into_bytes()
    }
}
