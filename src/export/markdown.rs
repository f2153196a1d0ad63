//! Markdown to paste into the evaluation document: one heading per objective, a table of
//! its indicators.

use std::fmt::Write as _;

use super::{
    Entry, ExportError, Exporter, View, cell_text, evaluated_on, heading, summary_line, symbol,
};
use crate::i18n::{Catalog, keys};

#[derive(Debug)]
pub struct MarkdownExporter;

/// A blank line closes a table before the next heading.
fn end_table(out: &mut String) {
    if out.ends_with("|\n") {
        out.push('\n');
    }
}

/// Plan text as Markdown text: never markup. `|` and line breaks would break a table;
/// `<` would open raw HTML or an autolink (`<javascript:…>`), `[…](…)` a link, `*`, `_`
/// and `` ` `` emphasis or code: each is escaped with a backslash.
pub fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '|' | '<' | '[' | ']' | '*' | '_' | '`' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

impl Exporter for MarkdownExporter {
    fn render(&self, view: &View<'_>, catalog: &Catalog) -> Result<Vec<u8>, ExportError> {
        let report = view.report;
        let mut out = String::new();
        let _ = writeln!(out, "# {}\n", evaluated_on(report, catalog));
        let _ = writeln!(out, "{}\n", summary_line(report, catalog));
        let headers: Vec<String> = [
            keys::COL_INDICATOR,
            keys::COL_TARGET,
            keys::COL_VALUE,
            keys::COL_EXPECTED,
            keys::COL_STATUS,
        ]
        .into_iter()
        .map(|k| catalog.word(k))
        .collect();
        // The ids of the secteur, objectif stratégique and opérationnel last written.
        let mut last: [&str; 3] = ["", "", ""];
        for entry in &view.entries {
            let (secteur, os, oo) = entry.path(&view.lines);
            let s = secteur.id.as_str();
            if last[0] != s {
                end_table(&mut out);
                let title = heading(catalog, keys::SECTOR_HEADING, s, &secteur.intitule);
                let _ = writeln!(out, "## {}\n", cell(&title));
                last = [s, "", ""];
            }
            let Some(os) = os else {
                let _ = writeln!(out, "_{}_\n", catalog.word(keys::NO_OBJECTIVE));
                continue;
            };
            if last[1] != os.id {
                end_table(&mut out);
                let title = heading(catalog, keys::STRATEGIC_HEADING, &os.id, &os.domaine);
                let _ = writeln!(out, "### {}\n", cell(&title));
                last[1] = &os.id;
                last[2] = "";
            }
            let Some(oo) = oo else {
                let _ = writeln!(out, "_{}_\n", catalog.word(keys::NO_INDICATOR));
                continue;
            };
            if last[2] != oo.id {
                end_table(&mut out);
                let title = heading(catalog, keys::OPERATIONAL_HEADING, &oo.id, &oo.intitule);
                let _ = writeln!(out, "**{}**\n", cell(&title));
                last[2] = &oo.id;
                let Entry::Line(_) = entry else {
                    let _ = writeln!(out, "_{}_\n", catalog.word(keys::NO_INDICATOR));
                    continue;
                };
                let _ = writeln!(out, "| {} |", headers.join(" | "));
                let _ = writeln!(out, "|---|---|---:|---:|---|");
            }
            let Entry::Line(i) = *entry else { continue };
            let line = &view.lines[i];
            let ind = line.indicator();
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} {} |",
                cell(&ind.intitule),
                cell(&ind.cible_texte),
                cell(&cell_text(&line.value, catalog)),
                cell_text(&line.expected, catalog),
                symbol(line.statut),
                catalog.status(line.statut.key()),
            );
        }
        Ok(out.into_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn plan_text_never_becomes_markup() {
        assert_eq!(
            cell("<script>alert(1)</script>"),
            "\\<script>alert(1)\\</script>"
        );
        assert_eq!(
            cell("[cliquez](javascript:alert(1))"),
            "\\[cliquez\\](javascript:alert(1))"
        );
        assert_eq!(cell("a | b\nc"), "a \\| b c");
        assert_eq!(cell(">= 10/an"), ">= 10/an");
    }
}
