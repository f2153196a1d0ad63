//! Report exporters: one file per format behind [`Exporter`], as hyperfine's `export/`.

mod csv;
mod html;
mod json;
mod markdown;
mod table;
mod xlsx;

use crate::eval::{Outcome, Value};
use crate::msg::report as words;
use crate::report::Report;
use crate::target::number;

pub use self::csv::{CsvExporter, neutralise};
pub use html::HtmlExporter;
pub use json::JsonExporter;
pub use markdown::MarkdownExporter;
pub use table::TableExporter;
pub use xlsx::XlsxExporter;

/// Turns an evaluated plan into the bytes of one format.
pub trait Exporter {
    fn render(&self, report: &Report<'_>) -> anyhow::Result<Vec<u8>>;
}

/// The formats of `csc report --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    Table,
    Csv,
    Json,
    Markdown,
    Html,
    Xlsx,
}

impl ReportFormat {
    /// Formats that are files, not text for a terminal: they need `-o`.
    pub fn is_binary(self) -> bool {
        self == ReportFormat::Xlsx
    }
}

/// The exporter for a format; `comma_csv` asks for plain comma-separated CSV.
pub fn exporter(format: ReportFormat, comma_csv: bool, color: bool) -> Box<dyn Exporter> {
    match format {
        ReportFormat::Table => Box::new(TableExporter { color }),
        ReportFormat::Csv => Box::new(CsvExporter { excel: !comma_csv }),
        ReportFormat::Json => Box::new(JsonExporter),
        ReportFormat::Markdown => Box::new(MarkdownExporter),
        ReportFormat::Html => Box::new(HtmlExporter),
        ReportFormat::Xlsx => Box::new(XlsxExporter),
    }
}

/// The value as a reader writes it: `12`, `85 %`, `Oui`, `—`.
pub(crate) fn value_text(o: &Outcome, percent: bool) -> String {
    match o.realise {
        Value::Number(n) if percent => format!("{} %", number(n)),
        Value::Number(n) => number(n),
        Value::YesNo(true) => words::YES.into(),
        Value::YesNo(false) => words::NO.into(),
        Value::Missing => words::NONE.into(),
    }
}

/// Expected by the evaluation date, or how many sub-periods met the rate.
pub(crate) fn expected_text(o: &Outcome) -> String {
    if let Some(s) = o.sous_periodes {
        return words::sub_periods(s.atteintes, s.ecoulees, s.periode);
    }
    o.attendu.map_or_else(|| words::NONE.into(), number)
}

/// [`value_text`] for the commands that explain a figure.
pub fn value_text_pub(o: &Outcome, percent: bool) -> String {
    value_text(o, percent)
}

/// [`expected_text`] for the commands that explain a figure.
pub fn expected_text_pub(o: &Outcome) -> String {
    expected_text(o)
}
