//! The roll-up in Markdown, to paste into an evaluation note: one table per section.

use crate::export::markdown_text as cell;
use std::fmt::Write as _;

use super::{
    Model, count_cells, count_headings, evaluated, evolution_cells, evolution_headings,
    first_error, group_heading, group_label, identity, m, title, word,
};
use crate::i18n::Catalog;

/// A table: headers, `text` left-aligned columns then right-aligned ones, rows, and a
/// total row in bold.
fn table(
    out: &mut String,
    headers: &[String],
    text: usize,
    rows: &[Vec<String>],
    total: Option<Vec<String>>,
) {
    let line = |cells: &[String]| {
        format!(
            "| {} |",
            cells
                .iter()
                .map(|c| cell(c))
                .collect::<Vec<_>>()
                .join(" | ")
        )
    };
    let bold = |cells: &[String]| {
        let cells: Vec<String> = cells
            .iter()
            .map(|c| {
                if c.is_empty() {
                    String::new()
                } else {
                    format!("**{}**", cell(c))
                }
            })
            .collect();
        format!("| {} |", cells.join(" | "))
    };
    let _ = writeln!(out, "{}", line(headers));
    let rule: Vec<&str> = (0..headers.len())
        .map(|i| if i < text { "---" } else { "---:" })
        .collect();
    let _ = writeln!(out, "|{}|", rule.join("|"));
    for r in rows {
        let _ = writeln!(out, "{}", line(r));
    }
    if let Some(t) = total {
        let _ = writeln!(out, "{}", bold(&t));
    }
    out.push('\n');
}

pub fn render(model: &Model<'_>, catalog: &Catalog) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", cell(&title(model, catalog)));
    let _ = writeln!(out, "{}\n", cell(&evaluated(model, catalog)));
    if model.total.plans == 0 {
        let _ = writeln!(out, "_{}_\n", cell(&word(catalog, m::NO_PLAN_EVALUATED)));
    }

    let _ = writeln!(out, "## {}\n", cell(&word(catalog, m::HEADING_PLANS)));
    let mut headers = vec![
        word(catalog, m::COL_COMMUNE),
        word(catalog, m::COL_YEAR),
        word(catalog, m::COL_FILE),
    ];
    headers.extend(count_headings(catalog));
    let rows: Vec<Vec<String>> = model
        .rollup
        .evaluated()
        .map(|(p, _, _)| {
            let (commune, annee) = identity(p);
            let mut row = vec![commune, annee, p.file.clone()];
            row.extend(count_cells(&p.counts(), catalog));
            row
        })
        .collect();
    let mut total = vec![word(catalog, m::TOTAL), String::new(), String::new()];
    total.extend(count_cells(&model.total, catalog));
    table(&mut out, &headers, 3, &rows, Some(total));

    if let Some(par) = model.par {
        let _ = writeln!(
            out,
            "## {}\n",
            cell(&catalog.get(m::HEADING_GROUPS, &[("par", par.key().into())]))
        );
        let mut headers = vec![group_heading(par, catalog), word(catalog, m::COL_PLANS)];
        headers.extend(count_headings(catalog));
        let rows: Vec<Vec<String>> = model
            .groups
            .iter()
            .map(|g| {
                let mut row = vec![
                    group_label(g, catalog),
                    catalog.number(g.counts.plans as f64),
                ];
                row.extend(count_cells(&g.counts, catalog));
                row
            })
            .collect();
        let mut total = vec![
            word(catalog, m::TOTAL),
            catalog.number(model.total.plans as f64),
        ];
        total.extend(count_cells(&model.total, catalog));
        table(&mut out, &headers, 1, &rows, Some(total));
    }

    let _ = writeln!(out, "## {}\n", cell(&word(catalog, m::HEADING_EVOLUTIONS)));
    if model.evolutions.is_empty() {
        let _ = writeln!(out, "_{}_\n", cell(&word(catalog, m::NO_EVOLUTION)));
    } else {
        let rows: Vec<Vec<String>> = model
            .evolutions
            .iter()
            .map(|e| evolution_cells(e, catalog))
            .collect();
        table(&mut out, &evolution_headings(catalog), 2, &rows, None);
    }

    let broken: Vec<_> = model.rollup.broken().collect();
    if !broken.is_empty() {
        let _ = writeln!(
            out,
            "## {}\n",
            cell(&catalog.get(m::HEADING_ERRORS, &[("count", broken.len().into())]))
        );
        for (p, b) in broken {
            let _ = writeln!(
                out,
                "- {} — {}",
                cell(&p.file),
                cell(&first_error(b, catalog))
            );
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn text_never_becomes_markup() {
        assert_eq!(cell("a | b\n<c>"), "a \\| b \\<c>");
    }
}
