//! The compliance table of `csc check` and `csc report --format table`.

use comfy_table::{Cell, Color, ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};

use super::{Exporter, expected_text, value_text};
use crate::eval::Statut;
use crate::msg::{Lang, report as words};
use crate::report::Report;

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
    fn render(&self, report: &Report<'_>) -> anyhow::Result<Vec<u8>> {
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
        for (placed, o) in &report.lines {
            if current_sector != Some(placed.secteur.id.as_str()) {
                flush(&mut table, &mut out);
                current_sector = Some(placed.secteur.id.as_str());
                out.push_str(&words::secteur(
                    &placed.secteur.id,
                    &placed.secteur.intitule,
                ));
                out.push('\n');
                let mut t = Table::new();
                t.load_style(UTF8_FULL_CONDENSED)
                    .set_content_arrangement(ContentArrangement::Dynamic)
                    .set_width(110)
                    .set_header(words::HEADERS);
                if self.color {
                    t.enforce_styling();
                } else {
                    t.force_no_tty();
                }
                table = Some(t);
                last_objective = (String::new(), String::new());
            }
            let objective = (
                placed.strategique.id.clone(),
                placed.operationnel.id.clone(),
            );
            let objective_cell = if objective == last_objective {
                String::new()
            } else {
                format!("{} › {}", objective.0, objective.1)
            };
            last_objective = objective;
            let ind = placed.indicateur;
            let status = format!(
                "{} {}",
                words::symbol(o.statut),
                words::statut(Lang::Fr, o.statut)
            );
            let mut status_cell = Cell::new(status);
            if self.color {
                status_cell = status_cell.fg(color(o.statut));
            }
            if let Some(t) = table.as_mut() {
                t.add_row(vec![
                    Cell::new(objective_cell),
                    Cell::new(format!("{}\n{}", ind.id, ind.intitule)),
                    Cell::new(&ind.cible_texte),
                    Cell::new(value_text(o, ind.cible.is_percent())),
                    Cell::new(expected_text(o)),
                    status_cell,
                ]);
            }
        }
        flush(&mut table, &mut out);
        Ok(out.into_bytes())
    }
}
