//! CSV that opens right in a Belgian Excel by default: `;`, UTF-8 with a BOM, decimal
//! comma. With `excel: false`, plain RFC 4180 CSV: `,`, no BOM, decimal point.

use super::{Exporter, expected_text};
use crate::eval::Value;
use crate::msg::report as words;
use crate::report::Report;
use crate::target::number;

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

impl CsvExporter {
    fn num(&self, n: f64) -> String {
        let s = number(n);
        if self.excel { s } else { s.replace(',', ".") }
    }
}

impl Exporter for CsvExporter {
    fn render(&self, report: &Report<'_>) -> anyhow::Result<Vec<u8>> {
        let mut bytes = Vec::new();
        if self.excel {
            bytes.extend_from_slice("\u{feff}".as_bytes());
        }
        let mut w = csv::WriterBuilder::new()
            .delimiter(if self.excel { b';' } else { b',' })
            .from_writer(bytes);
        w.write_record(words::CSV_HEADERS)?;
        for (p, o) in &report.lines {
            let ind = p.indicateur;
            let realise = match o.realise {
                Value::Number(n) => self.num(n),
                Value::YesNo(true) => words::YES.into(),
                Value::YesNo(false) => words::NO.into(),
                Value::Missing => String::new(),
            };
            let row = [
                p.secteur.id.clone(),
                p.strategique.id.clone(),
                p.operationnel.id.clone(),
                ind.id.clone(),
                ind.intitule.clone(),
                ind.cible_texte.clone(),
                realise,
                o.attendu.map(|n| self.num(n)).unwrap_or_default(),
                o.projection.map(|n| self.num(n)).unwrap_or_default(),
                o.sous_periodes
                    .map(|_| expected_text(o))
                    .unwrap_or_default(),
                o.statut.key().to_owned(),
                o.lignes.to_string(),
            ];
            w.write_record(row.iter().map(|c| neutralise(c)))?;
        }
        Ok(w.into_inner()?)
    }
}
