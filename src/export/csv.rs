//! CSV that opens right in Excel in the report's language (spec §8): in French and Dutch
//! `;`, UTF-8 with a BOM, decimal comma; in English, and with `--virgule`, plain RFC 4180
//! CSV: `,`, no BOM, decimal point. Numbers never have a thousands separator.

use super::{Cell, ExportError, Exporter, View, cell_text};
use crate::i18n::{Catalog, Lang};

#[derive(Debug)]
pub struct CsvExporter {
    /// `--virgule`: comma-separated whatever the language.
    pub comma: bool,
}

/// A cell Excel would run as a formula (`=`, `+`, `-`, `@`, tab, CR) is prefixed with `'`.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

impl CsvExporter {
    /// Belgian Excel's dialect (`;`, decimal comma, BOM), or plain CSV.
    fn excel(&self, catalog: &Catalog) -> bool {
        !self.comma && catalog.lang() != Lang::En
    }

    /// A number for a CSV cell: no thousands separator, so that Excel reads a number.
    fn num(&self, n: f64, catalog: &Catalog) -> String {
        let s = catalog.plain_number(n);
        if self.excel(catalog) {
            s
        } else {
            s.replace(',', ".")
        }
    }

    fn cell(&self, c: &Cell, catalog: &Catalog) -> String {
        match c {
            Cell::Number(n) | Cell::Percent(n) => self.num(*n, catalog),
            Cell::Missing | Cell::SubPeriods(_) => String::new(),
            Cell::YesNo(_) => cell_text(c, catalog),
        }
    }
}

impl Exporter for CsvExporter {
    fn render(&self, view: &View<'_>, catalog: &Catalog) -> Result<Vec<u8>, ExportError> {
        let failed = |_| ExportError("csv");
        let excel = self.excel(catalog);
        let mut bytes = Vec::new();
        if excel {
            bytes.extend_from_slice("\u{feff}".as_bytes());
        }
        let mut w = csv::WriterBuilder::new()
            .delimiter(if excel { b';' } else { b',' })
            .from_writer(bytes);
        let headers: Vec<String> = super::FLAT_COLUMNS
            .iter()
            .map(|k| catalog.attribute(*k, "csv", &[]).unwrap_or_default())
            .collect();
        w.write_record(&headers).map_err(failed)?;
        for line in &view.lines {
            let p = line.placed;
            let ind = line.indicator();
            let sub_periods = match line.expected {
                Cell::SubPeriods(_) => cell_text(&line.expected, catalog),
                _ => String::new(),
            };
            let row = [
                p.secteur.id.clone(),
                p.strategique.id.clone(),
                p.operationnel.id.clone(),
                ind.id.clone(),
                ind.intitule.clone(),
                ind.cible_texte.clone(),
                self.cell(&line.value, catalog),
                self.cell(&line.expected, catalog),
                self.cell(&line.projection, catalog),
                sub_periods,
                catalog.status(line.statut.key()),
                line.outcome.lignes.to_string(),
            ];
            w.write_record(row.iter().map(|c| neutralise(c)))
                .map_err(failed)?;
        }
        w.into_inner().map_err(|_| ExportError("csv"))
    }
}
