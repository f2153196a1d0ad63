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
    fn render(&self, report: &Report<'_>) -> anyhow::Result<Vec<u8>> {
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
        // The ids of the secteur, objectif stratégique and opérationnel last written.
        let mut last: [&str; 3] = ["", "", ""];
        for (p, o) in &report.lines {
            let [s, os, oo] = p.chemin();
            if last[0] != s {
                end_table(&mut out);
                let _ = writeln!(
                    out,
                    "## {}\n",
                    cell(&words::secteur(s, &p.secteur.intitule))
                );
                last = [s, "", ""];
            }
            if last[1] != os {
                end_table(&mut out);
                let title = words::strategique(os, &p.strategique.domaine);
                let _ = writeln!(out, "### {}\n", cell(&title));
                last[1] = os;
                last[2] = "";
            }
            if last[2] != oo {
                end_table(&mut out);
                let title = words::operationnel(oo, &p.operationnel.intitule);
                let _ = writeln!(out, "**{}**\n", cell(&title));
                let _ = writeln!(out, "| {} |", words::HEADERS[1..].join(" | "));
                let _ = writeln!(out, "|---|---|---:|---:|---|");
                last[2] = oo;
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
        Ok(out.into_bytes())
    }
}
