//! The roll-up as one CSV table that opens right in Excel in the report's language (spec
//! §8): in French and Dutch `;`, UTF-8 with a BOM, decimal comma; in English, and with
//! `--virgule`, `,`, no BOM, decimal point. Numbers have no thousands separator.
//!
//! Without `--par`: one row per plan (a plan in error has its first error in the last
//! column) and a total row; with it, one row per group and a total row. Evolutions are
//! in the other formats (a CSV file holds one table).

use super::{Model, RenderError, group_label, m};
use crate::diag::Code;
use crate::eval::Statut;
use crate::export::neutralise;
use crate::i18n::{Catalog, Lang};
use crate::rollup::Counts;

struct Writer<'c> {
    catalog: &'c Catalog,
    excel: bool,
}

impl Writer<'_> {
    /// A column name: the message's `.csv` attribute.
    fn name(&self, key: Code, args: &[(&str, crate::diag::Arg)]) -> String {
        self.catalog
            .attribute(key, "csv", args)
            .unwrap_or_else(|| self.catalog.get(key, args))
    }

    fn number(&self, n: f64) -> String {
        let s = self.catalog.plain_number(n);
        if self.excel { s } else { s.replace(',', ".") }
    }

    fn percent(&self, p: Option<f64>) -> String {
        p.map(|p| self.number(crate::report::round2(p)))
            .unwrap_or_default()
    }

    fn count_names(&self) -> Vec<String> {
        let mut h = vec![self.name(m::COL_INDICATORS, &[])];
        h.extend(
            Statut::ALL
                .iter()
                .map(|s| self.name(m::COL_STATUS, &[("status", s.key().into())])),
        );
        h.push(self.name(m::COL_MEASURED, &[]));
        h.push(self.name(m::COL_MEASURE_RATE, &[]));
        h.push(self.name(m::COL_SHARE_MET, &[]));
        h
    }

    fn counts(&self, c: &Counts) -> Vec<String> {
        let mut cells = vec![self.number(c.indicators() as f64)];
        cells.extend(c.by_status().iter().map(|(_, n)| self.number(*n as f64)));
        cells.push(self.number(c.measured() as f64));
        cells.push(self.percent(c.measure_rate()));
        cells.push(self.percent(c.share_met()));
        cells
    }
}

pub fn render(model: &Model<'_>, catalog: &Catalog, comma: bool) -> Result<Vec<u8>, RenderError> {
    let failed = |_| RenderError("csv");
    let w = Writer {
        catalog,
        excel: !comma && catalog.lang() != Lang::En,
    };
    let mut bytes = Vec::new();
    if w.excel {
        bytes.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut out = csv::WriterBuilder::new()
        .delimiter(if w.excel { b';' } else { b',' })
        .flexible(false)
        .from_writer(bytes);
    let mut rows: Vec<Vec<String>> = Vec::new();
    match model.par {
        None => {
            let mut h = vec![
                w.name(m::COL_COMMUNE, &[]),
                w.name(m::COL_YEAR, &[]),
                w.name(m::COL_FILE, &[]),
            ];
            h.extend(w.count_names());
            h.push(w.name(m::COL_ERROR, &[]));
            rows.push(h);
            let width = rows[0].len();
            for p in &model.rollup.plans {
                let mut row = match &p.meta {
                    Some(meta) => vec![meta.commune.clone(), meta.annee.to_string()],
                    None => vec![String::new(), String::new()],
                };
                row.push(p.file.clone());
                match &p.outcome {
                    Ok(_) => {
                        row.extend(w.counts(&p.counts()));
                        row.push(String::new());
                    }
                    Err(b) => {
                        row.resize(width - 1, String::new());
                        row.push(super::first_error(b, catalog));
                    }
                }
                rows.push(row);
            }
            let mut total = vec![catalog.word(m::TOTAL), String::new(), String::new()];
            total.extend(w.counts(&model.total));
            total.push(String::new());
            rows.push(total);
        }
        Some(par) => {
            let mut h = vec![
                w.name(m::COL_GROUP, &[("par", par.key().into())]),
                w.name(m::COL_PLANS, &[]),
            ];
            h.extend(w.count_names());
            rows.push(h);
            for g in &model.groups {
                let mut row = vec![group_label(g, catalog), w.number(g.counts.plans as f64)];
                row.extend(w.counts(&g.counts));
                rows.push(row);
            }
            let mut total = vec![catalog.word(m::TOTAL), w.number(model.total.plans as f64)];
            total.extend(w.counts(&model.total));
            rows.push(total);
        }
    }
    for row in rows {
        out.write_record(row.iter().map(|c| neutralise(c)))
            .map_err(failed)?;
    }
    out.into_inner().map_err(|_| RenderError("csv"))
}
