//! The roll-up as one self-contained, printable HTML page (inline CSS and SVG, nothing
//! from elsewhere), with one small chart per row: the share of each status, as a
//! stacked bar whose text equivalent lists the counts (the table beside it has them too).

use crate::export::escape_html as escape;
use std::fmt::Write as _;

use super::{
    Model, count_cells, count_headings, evaluated, evolution_cells, evolution_headings,
    first_error, group_heading, group_label, identity, m, symbol, title, word,
};
use crate::eval::Statut;
use crate::i18n::{Catalog, keys};
use crate::rollup::Counts;

const CSS: &str = r#"
:root { --ink: #1f2937; --muted: #4b5563; --line: #d1d5db; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 "DejaVu Sans", "Segoe UI", Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 277mm; padding: 8mm 0; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 2px solid var(--ink); padding-bottom: 1mm; }
p { margin: 1mm 0; }
.muted { color: var(--muted); }
table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; }
caption { text-align: left; font-weight: bold; padding: 1mm 0; }
th, td { border: 1px solid var(--line); padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; overflow-wrap: break-word; }
thead th { background: #eef2f7; font-size: 9.5pt; }
th.num, td.num { text-align: right; }
td.num { white-space: nowrap; }
tbody th { min-width: 45mm; }
tbody th .muted { font-weight: normal; }
tr.total th, tr.total td { font-weight: bold; border-top: 2px solid var(--ink); }
tr { break-inside: avoid; page-break-inside: avoid; }
.chart { display: block; width: 32mm; }
.legend span { margin-right: 4mm; white-space: nowrap; }
.key { display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm; vertical-align: middle; }
footer { margin-top: 8mm; font-size: 9pt; color: var(--muted); }
@page { size: A4 landscape; margin: 10mm; }
@media print { body { padding: 0; max-width: none; } h2 { break-after: avoid; } }
"#;

/// The colour of a status (the status is also written in words in the legend and the
/// chart's text equivalent).
fn color(s: Statut) -> &'static str {
    match s {
        Statut::Atteint => "#15803d",
        Statut::EnBonneVoie => "#1d4ed8",
        Statut::EnRetard => "#b45309",
        Statut::NonAtteint => "#b91c1c",
        Statut::NonMesure => "#9ca3af",
    }
}

/// `✔ 10 atteint, ● 0 en bonne voie, …`
fn counts_text(c: &Counts, catalog: &Catalog) -> String {
    c.by_status()
        .iter()
        .map(|(s, n)| {
            catalog.get(
                keys::SUMMARY_ITEM,
                &[
                    ("symbol", symbol(*s).into()),
                    ("count", (*n).into()),
                    ("status", catalog.status(s.key()).into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A stacked bar of the statuses of `c`, with its text equivalent.
fn chart(name: &str, c: &Counts, catalog: &Catalog) -> String {
    const W: f64 = 120.0;
    let label = catalog.get(
        m::CHART_LABEL,
        &[
            ("group", name.into()),
            ("counts", counts_text(c, catalog).into()),
        ],
    );
    let mut svg = format!(
        r##"<svg class="chart" role="img" aria-label="{label}" width="100%" height="12" viewBox="0 0 {W} 12" preserveAspectRatio="none"><title>{label}</title><rect width="{W}" height="12" fill="#f3f4f6"/>"##,
        label = escape(&label)
    );
    let total = c.indicators();
    if total > 0 {
        let mut x = 0.0;
        for (s, n) in c.by_status() {
            if n == 0 {
                continue;
            }
            let w = W * n as f64 / total as f64;
            let _ = write!(
                svg,
                r#"<rect x="{x:.2}" width="{w:.2}" height="12" fill="{}"/>"#,
                color(s)
            );
            x += w;
        }
    }
    svg.push_str("</svg>");
    svg
}

fn head(out: &mut String, headers: &[String], numbers_from: usize, chart: &str) {
    out.push_str("<thead><tr>");
    for (i, h) in headers.iter().enumerate() {
        let class = if i >= numbers_from {
            r#" class="num""#
        } else {
            ""
        };
        let _ = write!(out, r#"<th scope="col"{class}>{}</th>"#, escape(h));
    }
    if !chart.is_empty() {
        let _ = write!(out, r#"<th scope="col">{}</th>"#, escape(chart));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
}

/// A row: its first cell a header cell, then `numbers_from` on right-aligned numbers.
fn row(out: &mut String, cells: &[String], numbers_from: usize, chart: &str, total: bool) {
    out.push_str(if total {
        r#"<tr class="total">"#
    } else {
        "<tr>"
    });
    for (i, c) in cells.iter().enumerate() {
        let class = if i >= numbers_from {
            r#" class="num""#
        } else {
            ""
        };
        if i == 0 {
            let _ = write!(out, r#"<th scope="row">{c}</th>"#);
        } else {
            let _ = write!(out, "<td{class}>{c}</td>");
        }
    }
    if !chart.is_empty() {
        let _ = write!(out, "<td>{chart}</td>");
    }
    out.push_str("</tr>\n");
}

/// A row of `counts` after the `lead` cells (escaped already), with their chart named
/// `name`; numbers start at `numbers_from`.
fn counts_row(
    out: &mut String,
    mut lead: Vec<String>,
    numbers_from: usize,
    (name, counts): (&str, &Counts),
    total: bool,
    catalog: &Catalog,
) {
    lead.extend(escaped(&count_cells(counts, catalog)));
    row(
        out,
        &lead,
        numbers_from,
        &chart(name, counts, catalog),
        total,
    );
}

fn escaped(cells: &[String]) -> Vec<String> {
    cells.iter().map(|c| escape(c)).collect()
}

pub fn render(model: &Model<'_>, catalog: &Catalog) -> String {
    let title = title(model, catalog);
    let distribution = word(catalog, m::COL_DISTRIBUTION);
    let total_word = word(catalog, m::TOTAL);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n<p class=\"muted\">{}</p>",
        catalog.lang().code(),
        escape(&title),
        escape(&title),
        escape(&evaluated(model, catalog)),
    );
    // The legend of the charts, and the total's chart.
    out.push_str(r#"<p class="legend">"#);
    for s in Statut::ALL {
        let _ = write!(
            out,
            r#"<span><span class="key" style="background:{}"></span>{} {}</span>"#,
            color(s),
            symbol(s),
            escape(&catalog.status(s.key()))
        );
    }
    out.push_str("</p>\n</header>\n<main>\n");
    if model.total.plans == 0 {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong></p>",
            escape(&word(catalog, m::NO_PLAN_EVALUATED))
        );
    }

    // Plans
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"plans\">\n<h2 id=\"plans\">{}</h2>\n<table>",
        escape(&word(catalog, m::HEADING_PLANS))
    );
    let mut headers = vec![word(catalog, m::COL_COMMUNE), word(catalog, m::COL_YEAR)];
    headers.extend(count_headings(catalog));
    head(&mut out, &headers, 2, &distribution);
    for (p, _, _) in model.rollup.evaluated() {
        let (commune, annee) = identity(p);
        let counts = p.counts();
        let lead = vec![
            format!(
                "{}<br><span class=\"muted\">{}</span>",
                escape(&commune),
                escape(&p.file)
            ),
            escape(&annee),
        ];
        let name = format!("{commune} {annee}");
        counts_row(&mut out, lead, 2, (&name, &counts), false, catalog);
    }
    let lead = vec![escape(&total_word), String::new()];
    counts_row(
        &mut out,
        lead,
        2,
        (&total_word, &model.total),
        true,
        catalog,
    );
    out.push_str("</tbody>\n</table>\n</section>\n");

    // Groups
    if let Some(par) = model.par {
        let heading = catalog.get(m::HEADING_GROUPS, &[("par", par.key().into())]);
        let _ = writeln!(
            out,
            "<section aria-labelledby=\"groupes\">\n<h2 id=\"groupes\">{}</h2>\n<table>",
            escape(&heading)
        );
        let mut headers = vec![group_heading(par, catalog), word(catalog, m::COL_PLANS)];
        headers.extend(count_headings(catalog));
        head(&mut out, &headers, 1, &distribution);
        for g in &model.groups {
            let label = group_label(g, catalog);
            let lead = vec![escape(&label), catalog.number(g.counts.plans as f64)];
            counts_row(&mut out, lead, 1, (&label, &g.counts), false, catalog);
        }
        let lead = vec![
            escape(&total_word),
            catalog.number(model.total.plans as f64),
        ];
        counts_row(
            &mut out,
            lead,
            1,
            (&total_word, &model.total),
            true,
            catalog,
        );
        out.push_str("</tbody>\n</table>\n</section>\n");
    }

    // Evolutions
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"evolutions\">\n<h2 id=\"evolutions\">{}</h2>",
        escape(&word(catalog, m::HEADING_EVOLUTIONS))
    );
    if model.evolutions.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"muted\">{}</p>",
            escape(&word(catalog, m::NO_EVOLUTION))
        );
    } else {
        out.push_str("<table>\n");
        head(&mut out, &evolution_headings(catalog), 2, "");
        for e in &model.evolutions {
            row(
                &mut out,
                &escaped(&evolution_cells(e, catalog)),
                2,
                "",
                false,
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");

    // Plans in error
    let broken: Vec<_> = model.rollup.broken().collect();
    if !broken.is_empty() {
        let _ = writeln!(
            out,
            "<section aria-labelledby=\"erreurs\">\n<h2 id=\"erreurs\">{}</h2>\n<ul>",
            escape(&catalog.get(m::HEADING_ERRORS, &[("count", broken.len().into())]))
        );
        for (p, b) in broken {
            let _ = writeln!(
                out,
                "<li><strong>{}</strong> — {}</li>",
                escape(&p.file),
                escape(&first_error(b, catalog))
            );
        }
        out.push_str("</ul>\n</section>\n");
    }
    let _ = writeln!(
        out,
        "</main>\n<footer>{}</footer>\n</body>\n</html>",
        escape(&catalog.get(
            m::HTML_FOOTER,
            &[("version", env!("CARGO_PKG_VERSION").into())]
        ))
    );
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_every_special_character() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}
