//! The compliance table of `csc check` and `csc report --format table`.

use comfy_table::{
    Cell as TableCell, Color, ContentArrangement, Table, presets::UTF8_FULL_CONDENSED,
};

use super::{Entry, ExportError, Exporter, View, cell_text, heading, symbol};
use crate::eval::Statut;
use crate::i18n::{Catalog, keys};

#[derive(Debug)]
pub struct TableExporter {
    pub color: bool,
}

fn color(s: Statut) -> Color {
    match s {
        Statut::Atteint => Color::Green,
        Statut::EnBonneVoie => Color::Cyan,
        Statut::EnRetard => Color::Yellow,
        Statut::NonAtteint => Color::Red,
        Statut::NonMesure => Color::Grey,
    }
}

impl Exporter for TableExporter {
    fn render(&self, view: &View<'_>, catalog: &Catalog) -> Result<Vec<u8>, ExportError> {
        let headers: Vec<String> = [
            keys::COL_OBJECTIVE,
            keys::COL_INDICATOR,
            keys::COL_TARGET,
            keys::COL_VALUE,
            keys::COL_EXPECTED,
            keys::COL_STATUS,
        ]
        .into_iter()
        .map(|k| catalog.word(k))
        .collect();
        let mut out = String::new();
        let mut current_sector = None;
        let mut table: Option<Table> = None;
        let mut last_objective = (String::new(), String::new());
        let flush = |table: &mut Option<Table>, out: &mut String| {
            if let Some(t) = table.take() {
                out.push_str(&t.to_string());
                out.push_str("\n\n");
            }
        };
        for entry in &view.entries {
            let (secteur, os, oo) = entry.path(&view.lines);
            if current_sector != Some(secteur.id.as_str()) {
                flush(&mut table, &mut out);
                current_sector = Some(secteur.id.as_str());
                out.push_str(&heading(
                    catalog,
                    keys::SECTOR_HEADING,
                    &secteur.id,
                    &secteur.intitule,
                ));
                out.push('\n');
                let mut t = Table::new();
                t.load_style(UTF8_FULL_CONDENSED)
                    .set_content_arrangement(ContentArrangement::Dynamic)
                    .set_width(110)
                    .set_header(headers.clone());
                if self.color {
                    t.enforce_styling();
                } else {
                    t.force_no_tty();
                }
                table = Some(t);
                last_objective = (String::new(), String::new());
            }
            let objective = (
                os.map(|o| o.id.clone()).unwrap_or_default(),
                oo.map(|o| o.id.clone()).unwrap_or_default(),
            );
            let objective_cell = if objective == last_objective {
                String::new()
            } else if objective.1.is_empty() {
                objective.0.clone()
            } else {
                format!("{} › {}", objective.0, objective.1)
            };
            last_objective = objective;
            let Entry::Line(i) = *entry else {
                let missing = match entry {
                    Entry::EmptySector(_) => catalog.word(keys::NO_OBJECTIVE),
                    _ => catalog.word(keys::NO_INDICATOR),
                };
                if let Some(t) = table.as_mut() {
                    t.add_row(vec![
                        TableCell::new(objective_cell),
                        TableCell::new(missing),
                        TableCell::new(""),
                        TableCell::new(""),
                        TableCell::new(""),
                        TableCell::new(""),
                    ]);
                }
                continue;
            };
            let line = &view.lines[i];
            let ind = line.indicator();
            let status = format!(
                "{} {}",
                symbol(line.statut),
                catalog.status(line.statut.key())
            );
            let mut status_cell = TableCell::new(status);
            if self.color {
                status_cell = status_cell.fg(color(line.statut));
            }
            if let Some(t) = table.as_mut() {
                t.add_row(vec![
                    TableCell::new(objective_cell),
                    TableCell::new(format!("{}\n{}", ind.id, ind.intitule)),
                    TableCell::new(&ind.cible_texte),
                    TableCell::new(cell_text(&line.value, catalog)),
                    TableCell::new(cell_text(&line.expected, catalog)),
                    status_cell,
                ]);
            }
        }
        flush(&mut table, &mut out);
        Ok(out.into_bytes())
    }
}
