//! Diagnostic sinks: one small trait, one file per format (typos' reporter is the model).
//! A sink hears each diagnostic as it comes and may write something at the end (the JSON
//! array). Words come from the [`Catalog`]; codes and places are never translated.

mod github;
mod json;
mod text;

use std::io::{self, Write};

use crate::diag::Diagnostic;
use crate::i18n::Catalog;

pub use github::Github;
pub use json::Json;
pub use text::Text;

/// Writes diagnostics in one format.
pub trait Emitter {
    /// One diagnostic; `source` is the text of its file, when known, for a snippet.
    fn emit(&mut self, out: &mut dyn Write, d: &Diagnostic, source: Option<&str>)
    -> io::Result<()>;

    /// After the last diagnostic of the run.
    fn finish(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// How `csc check` writes diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Github,
}

/// The sink for a format.
pub fn emitter<'c>(format: Format, catalog: &'c Catalog, color: bool) -> Box<dyn Emitter + 'c> {
    match format {
        Format::Text => Box::new(Text { catalog, color }),
        Format::Json => Box::new(Json::new(catalog)),
        Format::Github => Box::new(Github { catalog }),
    }
}

/// Emits diagnostics about one file (whose text, if known, is `source`) into a string.
pub fn render(
    emitter: &mut dyn Emitter,
    diags: &[Diagnostic],
    source: Option<(&str, &str)>,
) -> String {
    let mut out = Vec::new();
    for d in diags {
        let text = source.and_then(|(file, text)| (file == d.file).then_some(text));
        let _ = emitter.emit(&mut out, d, text);
    }
    String::from_utf8_lossy(&out).into_owned()
}
