//! The JSON report of spec §7 (`csc-report/1`): the report's language-neutral
//! [`Document`], serialised by serde.

use super::{ExportError, Exporter, View};
use crate::i18n::Catalog;
use crate::report::Document;

#[derive(Debug)]
pub struct JsonExporter;

impl Exporter for JsonExporter {
    fn render(&self, view: &View<'_>, _: &Catalog) -> Result<Vec<u8>, ExportError> {
        let mut out = serde_json::to_vec_pretty(&Document::new(view.report))
            .map_err(|_| ExportError("other"))?;
        out.push(b'\n');
        Ok(out)
    }
}
