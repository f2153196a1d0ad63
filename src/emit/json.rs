//! All diagnostics of a run as one JSON array (keys are stable, messages in the user's
//! language).

use std::io::{self, Write};

use serde::Serialize;

use super::Emitter;
use crate::diag::Diagnostic;
use crate::i18n::Catalog;

#[derive(Debug)]
pub struct Json<'c> {
    catalog: &'c Catalog,
    items: Vec<Item>,
}

impl<'c> Json<'c> {
    pub fn new(catalog: &'c Catalog) -> Self {
        Self {
            catalog,
            items: Vec::new(),
        }
    }
}

#[derive(Debug, Serialize)]
struct Item {
    fichier: String,
    ligne: Option<usize>,
    colonne: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    feuille: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cellule: Option<String>,
    gravite: &'static str,
    code: &'static str,
    message: String,
    aide: Option<String>,
}

impl Emitter for Json<'_> {
    fn emit(&mut self, _: &mut dyn Write, d: &Diagnostic, _: Option<&str>) -> io::Result<()> {
        self.items.push(Item {
            fichier: d.file.clone(),
            ligne: d.loc.map(|l| l.line),
            colonne: d.loc.map(|l| l.column),
            feuille: d.sheet.clone(),
            cellule: d.cell(),
            gravite: d.severity.key(),
            code: d.code.id,
            message: self.catalog.message(d),
            aide: self.catalog.help(d),
        });
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let text = serde_json::to_string_pretty(&self.items).unwrap_or_else(|_| "[]".into());
        writeln!(out, "{text}")
    }
}
