//! CSV that opens right in a Belgian Excel by default: `;`, UTF-8 with a BOM, decimal
//! comma. With `excel: false`, plain RFC 4180 CSV: `,`, no BOM, decimal point.

use super::{Cell, ExportError, Exporter, View, cell_text};
use crate::i18n::{Catalog, keys};

#[derive(Debug)]
pub struct CsvExporter {
    pub excel: bool,
}

/// A cell Excel would run as a formula (`=`, `+`, `-`, `@`, tab, CR) is prefixed with `'`.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

const COLUMNS: [crate::diag::Code; 12] = [
    keys::COL_SECTOR,
    keys::COL_STRATEGIC,
    keys::COL_OPERATIONAL,
    keys::COL_INDICATOR,
    keys::COL_TITLE,
    keys::COL_TARGET,
    keys::COL_VALUE,
    keys::COL_EXPECTED,
    keys::COL_PROJECTION,
    keys::COL_SUB_PERIODS,
    keys::COL_STATUS,
    keys::COL_ROWS,
];

impl CsvExporter {
    /// A number for a CSV cell: no thousands separator, so that Excel reads a number.
    fn num(&self, n: f64, catalog: &Catalog) -> String {
        let s = catalog.number(n);
        if self.excel { s } else { s.replace(',', ".") }
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
        let mut bytes = Vec::new();
        if self.excel {
            bytes.extend_from_slice("\u{feff}".as_bytes());
        }
        let mut w = csv::WriterBuilder::new()
            .delimiter(if self.excel { b';' } else { b',' })
            .from_writer(bytes);
        let headers: Vec<String> = COLUMNS
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
                line.statut.key().to_owned(),
                line.outcome.lignes.to_string(),
            ];
            w.write_record(row.iter().map(|c| neutralise(c)))
                .map_err(failed)?;
        }
        w.into_inner().map_err(|_| ExportError("csv"))
    }
}
