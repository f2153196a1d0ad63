//! A self-contained HTML report (inline CSS and SVG, no script, font or image from
//! elsewhere), printable on A4 through the browser's "print to PDF".
//!
//! Accessibility: real tables with captions and header cells, statuses as a symbol and a
//! word (never colour alone), progress bars with a text equivalent, dark text on light
//! backgrounds.

use std::fmt::Write as _;

use super::{Cell, ExportError, Exporter, Line, NONE, View, cell_text, heading, logs_list, symbol};
use crate::eval::{Statut, Value};
use crate::i18n::{Catalog, keys};
use crate::plan::target::Target;
use crate::plan::{ObjectifStrategique, Plan};

#[derive(Debug)]
pub struct HtmlExporter;

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The page's style, kept in its own file (it is CSS, not text for a reader).
const CSS: &str = include_str!("report.css");

/// The bar's fill colour per status (the status is also written in words beside it).
fn bar_color(s: Statut) -> &'static str {
    match s {
        Statut::Atteint => "#15803d",
        Statut::EnBonneVoie => "#1d4ed8",
        Statut::EnRetard => "#b45309",
        Statut::NonAtteint => "#b91c1c",
        Statut::NonMesure => "#6b7280",
    }
}

/// Value against target as a bar, with the expected-by-date mark while the period runs.
fn progress(line: &Line<'_>, running: bool, catalog: &Catalog) -> String {
    const W: f64 = 150.0;
    let (ind, o) = (line.indicator(), line.outcome);
    let (share, expected, label) = match (&ind.cible, o.realise, o.sous_periodes) {
        (_, _, Some(s)) if s.total > 0 => (
            s.atteintes as f64 / s.total as f64,
            None,
            catalog.get(
                keys::SUB_PERIODS,
                &[
                    ("met", s.atteintes.into()),
                    ("total", s.total.into()),
                    ("period", super::period_selector(s.periode).into()),
                ],
            ),
        ),
        (Target::Quantity { .. }, Value::Number(v), _) => {
            let Some(target) = o.objectif.filter(|t| *t > 0.0) else {
                return String::new();
            };
            let expected = if running {
                match o.attendu {
                    Value::Number(a) => Some(a / target),
                    _ => None,
                }
            } else {
                None
            };
            (
                v / target,
                expected,
                catalog.get(
                    keys::PROGRESS_LABEL,
                    &[
                        ("value", catalog.number(v).into()),
                        ("target", catalog.number(target).into()),
                    ],
                ),
            )
        }
        (Target::YesNo { .. }, Value::YesNo(b), _) => (
            if b { 1.0 } else { 0.0 },
            None,
            cell_text(&Cell::YesNo(b), catalog),
        ),
        _ => return String::new(),
    };
    let fill = (share.clamp(0.0, 1.0) * W).round();
    let mut svg = format!(
        r##"<svg class="bar" role="img" aria-label="{label}" width="100%" height="12" viewBox="0 0 {W} 12" preserveAspectRatio="none"><title>{label}</title><rect width="{W}" height="12" rx="2" fill="#e5e7eb"/><rect width="{fill}" height="12" rx="2" fill="{color}"/>"##,
        label = escape(&label),
        color = bar_color(o.statut),
    );
    if let Some(e) = expected {
        let x = (e.clamp(0.0, 1.0) * W).round();
        let _ = write!(
            svg,
            r##"<line x1="{x}" x2="{x}" y1="0" y2="12" stroke="#111827" stroke-width="2"><title>{}</title></line>"##,
            escape(&catalog.word(keys::EXPECTED_MARK))
        );
    }
    svg.push_str("</svg>");
    svg
}

fn status(s: Statut, catalog: &Catalog) -> String {
    format!(
        r#"<span class="status s-{}">{} {}</span>"#,
        s.key(),
        symbol(s),
        catalog.status(s.key())
    )
}

fn identity(out: &mut String, view: &View<'_>, catalog: &Catalog) {
    let report = view.report;
    let plan: &Plan = report.plan;
    let mut row = |k: crate::diag::Code, v: &str| {
        if !v.is_empty() {
            let _ = writeln!(
                out,
                "<dt>{}</dt><dd>{}</dd>",
                escape(&catalog.word(k)),
                escape(v)
            );
        }
    };
    row(
        keys::FIELD_ALLOCATION,
        plan.allocation.as_deref().unwrap_or_default(),
    );
    row(
        keys::FIELD_LEGAL_BASIS,
        plan.base_legale.as_deref().unwrap_or_default(),
    );
    row(
        keys::FIELD_PERIOD,
        &catalog.get(
            keys::HTML_PERIOD,
            &[
                ("du", plan.periode.du.into()),
                ("au", plan.periode.au.into()),
            ],
        ),
    );
    row(keys::FIELD_EVALUATED_ON, &catalog.date(report.cal.as_of));
    row(keys::FIELD_DEADLINE, &catalog.date(plan.echeance));
    row(keys::FIELD_LOGS, &logs_list(report, catalog, true));
}

fn objective(
    out: &mut String,
    view: &View<'_>,
    os: &ObjectifStrategique,
    secteur: &str,
    catalog: &Catalog,
) {
    let report = view.report;
    let _ = writeln!(
        out,
        "<h3>{}</h3>",
        escape(&heading(
            catalog,
            keys::STRATEGIC_HEADING,
            &os.id,
            &os.domaine
        ))
    );
    if let Some(pole) = &os.pole {
        let _ = writeln!(out, r#"<p class="muted">{}</p>"#, escape(pole));
    }
    let lines: Vec<&Line<'_>> = view
        .lines
        .iter()
        .filter(|l| l.placed.secteur.id == secteur && l.placed.strategique.id == os.id)
        .collect();
    if lines.is_empty() {
        let _ = writeln!(
            out,
            r#"<p class="muted">{}</p>"#,
            escape(&catalog.word(keys::HTML_NO_INDICATOR))
        );
        return;
    }
    let running = !report.cal.ended();
    let _ = writeln!(
        out,
        "<table class=\"indicators\">\n<caption>{}</caption>\n<colgroup><col style=\"width:21%\"><col style=\"width:22%\"><col style=\"width:11%\"><col style=\"width:13%\"><col style=\"width:15%\"><col style=\"width:18%\"></colgroup>\n<thead><tr>{}</tr></thead>\n<tbody>",
        escape(&catalog.get(keys::HTML_CAPTION, &[("id", os.id.as_str().into())])),
        [
            keys::COL_OPERATIONAL,
            keys::COL_INDICATOR,
            keys::COL_TARGET,
            keys::COL_VALUE,
            keys::COL_PROGRESS,
            keys::COL_STATUS,
        ]
        .iter()
        .fold(String::new(), |mut row, h| {
            let _ = write!(row, r#"<th scope="col">{}</th>"#, escape(&catalog.word(*h)));
            row
        })
    );
    for (i, line) in lines.iter().enumerate() {
        let p = line.placed;
        let ind = line.indicator();
        let expected = cell_text(&line.expected, catalog);
        // The objectif opérationnel spans the rows of its indicators.
        let oo = &p.operationnel.id;
        let first_of_oo = i == 0 || lines[i - 1].placed.operationnel.id != *oo;
        let oo_cell = if first_of_oo {
            let span = lines[i..]
                .iter()
                .take_while(|q| q.placed.operationnel.id == *oo)
                .count();
            format!(
                "<td rowspan=\"{span}\">{}</td>",
                escape(&heading(
                    catalog,
                    keys::OPERATIONAL_HEADING,
                    oo,
                    &p.operationnel.intitule
                ))
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<tr>{oo_cell}<th scope=\"row\">{}<br><span class=\"muted\">{}</span></th><td>{}</td><td class=\"num\">{}</td><td>{}<span class=\"muted\">{}</span></td><td>{}</td></tr>",
            escape(&ind.intitule),
            escape(&ind.id),
            escape(&ind.cible_texte),
            escape(&cell_text(&line.value, catalog)),
            progress(line, running, catalog),
            if expected == NONE {
                String::new()
            } else {
                escape(&catalog.get(keys::EXPECTED_LABEL, &[("expected", expected.into())]))
            },
            status(line.statut, catalog),
        );
    }
    let _ = writeln!(out, "</tbody>\n</table>");
}

impl Exporter for HtmlExporter {
    fn render(&self, view: &View<'_>, catalog: &Catalog) -> Result<Vec<u8>, ExportError> {
        let report = view.report;
        let plan = report.plan;
        let title = catalog.get(
            keys::HTML_TITLE,
            &[
                ("annee", plan.annee.into()),
                ("commune", plan.commune.as_str().into()),
            ],
        );
        let mut out = String::new();
        let _ = writeln!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n<dl class=\"identity\">",
            catalog.lang().code(),
            escape(&title),
            escape(&title)
        );
        identity(&mut out, view, catalog);
        let _ = writeln!(out, "</dl>\n</header>\n<main>");

        let _ = writeln!(
            out,
            "<section aria-labelledby=\"bilan\">\n<h2 id=\"bilan\">{}</h2>\n<table class=\"summary\">\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            escape(&catalog.word(keys::HTML_SUMMARY)),
            escape(&catalog.word(keys::HTML_SUMMARY_CAPTION)),
            escape(&catalog.word(keys::COL_STATUS)),
            escape(&catalog.word(keys::HTML_COUNT))
        );
        for (s, n) in report.resume() {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td class=\"num\">{n}</td></tr>",
                status(s, catalog)
            );
        }
        let _ = writeln!(out, "</tbody>\n</table>\n</section>");

        for (i, s) in plan.secteurs.iter().enumerate() {
            let _ = writeln!(
                out,
                "<section aria-labelledby=\"secteur-{i}\">\n<h2 id=\"secteur-{i}\">{}</h2>",
                escape(&heading(catalog, keys::SECTOR_HEADING, &s.id, &s.intitule))
            );
            if let Some(g) = &s.objectif_general {
                let _ = writeln!(
                    out,
                    "<p><strong>{}</strong> {}</p>",
                    escape(&catalog.word(keys::HTML_GENERAL_OBJECTIVE)),
                    escape(g)
                );
            }
            for os in &s.objectifs {
                objective(&mut out, view, os, &s.id, catalog);
            }
            let _ = writeln!(out, "</section>");
        }
        let _ = writeln!(
            out,
            "</main>\n<footer>{}</footer>\n</body>\n</html>",
            escape(&catalog.get(
                keys::HTML_FOOTER,
                &[("version", env!("CARGO_PKG_VERSION").into())]
            ))
        );
        Ok(out.into_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_every_special_character() {
        assert_eq!(
            escape(r#"<script>alert("x") & 'y'</script>"#),
            "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }
}
