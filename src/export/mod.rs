//! Report exporters: one file per format behind [`Exporter`], as hyperfine's `export/`.
//! Each renders the same [`View`] (built once from the [`Report`]); words, numbers and
//! dates come from the [`Catalog`] of the report's language.

mod csv;
mod html;
mod json;
mod markdown;
mod table;
mod view;
mod xlsx;

use crate::eval::Statut;
use crate::i18n::{Catalog, keys};
use crate::report::Report;

pub use self::csv::{CsvExporter, neutralise};
pub use html::{HtmlExporter, escape as escape_html};
pub use json::JsonExporter;
pub use markdown::{MarkdownExporter, cell as markdown_text};
pub use table::TableExporter;
pub use view::{Cell, Entry, Line, View};
pub use xlsx::XlsxExporter;

/// Why a report could not be rendered: the catalog's selector for `rapport-impossible`
/// (`xlsx`, `csv`, `other`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportError(pub &'static str);

/// Turns an evaluated plan into the bytes of one format.
pub trait Exporter {
    fn render(&self, view: &View<'_>, catalog: &Catalog) -> Result<Vec<u8>, ExportError>;
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
        ReportFormat::Csv => Box::new(CsvExporter { comma: comma_csv }),
        ReportFormat::Json => Box::new(JsonExporter),
        ReportFormat::Markdown => Box::new(MarkdownExporter),
        ReportFormat::Html => Box::new(HtmlExporter),
        ReportFormat::Xlsx => Box::new(XlsxExporter),
    }
}

/// Renders a report in one format.
pub fn render(
    report: &Report<'_>,
    exporter: &dyn Exporter,
    catalog: &Catalog,
) -> Result<Vec<u8>, ExportError> {
    exporter.render(&View::new(report), catalog)
}

/// A symbol, so that a status reads without colour.
pub fn symbol(s: Statut) -> &'static str {
    match s {
        Statut::Atteint => "✔",
        Statut::EnBonneVoie => "●",
        Statut::EnRetard => "▲",
        Statut::NonAtteint => "✘",
        Statut::NonMesure => "?",
    }
}

/// The columns of a flat report, one row per indicator (CSV, the workbook's first sheet).
pub const FLAT_COLUMNS: [crate::diag::Code; 12] = [
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

/// What a reader sees for a cell with nothing in it.
pub const NONE: &str = "—";

/// A cell as a reader reads it: `12`, `85 %`, `Oui`, `3/4 trimestres`, `—`.
pub fn cell_text(c: &Cell, catalog: &Catalog) -> String {
    match c {
        Cell::Number(n) => catalog.number(*n),
        Cell::Percent(n) => {
            catalog.get(keys::PERCENT_VALUE, &[("value", catalog.number(*n).into())])
        }
        Cell::YesNo(true) => catalog.word(keys::YES),
        Cell::YesNo(false) => catalog.word(keys::NO),
        Cell::SubPeriods(s) => catalog.get(
            keys::SUB_PERIODS,
            &[
                ("met", s.atteintes.into()),
                ("total", s.ecoulees.into()),
                ("period", period_selector(s.periode).into()),
            ],
        ),
        Cell::Missing => NONE.to_owned(),
    }
}

/// The catalog selector of a period code (`trimestre` → `quarter`).
pub fn period_selector(code: &str) -> &'static str {
    match code {
        "semaine" => "week",
        "mois" => "month",
        "trimestre" => "quarter",
        "semestre" => "semester",
        _ => "year",
    }
}

/// `Bilan : ✔ 3 atteint, ● 1 en bonne voie, …`
pub fn summary_line(report: &Report<'_>, catalog: &Catalog) -> String {
    let items: Vec<String> = report
        .resume()
        .into_iter()
        .map(|(s, n)| {
            catalog.get(
                keys::SUMMARY_ITEM,
                &[
                    ("symbol", symbol(s).into()),
                    ("count", n.into()),
                    ("status", catalog.status(s.key()).into()),
                ],
            )
        })
        .collect();
    catalog.get(keys::SUMMARY_LINE, &[("counts", items.join(", ").into())])
}

/// `journal.csv (80 lignes), …`, or the word for none. `sent`: for a report meant to be
/// sent, files are named relative to the plan's folder.
pub fn logs_list(report: &Report<'_>, catalog: &Catalog, sent: bool) -> String {
    if report.logs.is_empty() {
        return catalog.word(keys::LOGS_NONE);
    }
    report
        .logs
        .iter()
        .map(|l| {
            catalog.get(
                keys::LOG_ITEM,
                &[
                    (
                        "file",
                        if sent {
                            report.shown_path(&l.file)
                        } else {
                            l.file.clone()
                        }
                        .into(),
                    ),
                    ("rows", l.rows.into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `Plan 2023 de Molenbeek — période du … au …, évaluée au …`
pub fn evaluated_on(report: &Report<'_>, catalog: &Catalog) -> String {
    let plan = report.plan;
    catalog.get(
        keys::EVALUATED_ON,
        &[
            ("annee", plan.annee.into()),
            ("commune", plan.commune.as_str().into()),
            ("du", plan.periode.du.into()),
            ("au", plan.periode.au.into()),
            ("as_of", report.cal.as_of.into()),
        ],
    )
}

/// A heading `Secteur S1 — …` (and the like), from its key.
pub fn heading(catalog: &Catalog, key: crate::diag::Code, id: &str, title: &str) -> String {
    catalog.get(key, &[("id", id.into()), ("title", title.into())])
}

/// A target as csc reads it, the same whatever the notation: `≥ 10/an`, `5 à 10 %`, `Oui`.
pub fn target_read(t: &crate::plan::Target, catalog: &Catalog) -> String {
    use crate::plan::target::{Bound, Period, Target};
    let (bound, percent, per) = match t {
        Target::YesNo { expected } => return cell_text(&Cell::YesNo(*expected), catalog),
        Target::Quantity {
            bound,
            percent,
            per,
        } => (bound, percent, per),
    };
    let (cmp, a, b) = match *bound {
        Bound::AtLeast(n) => ("at-least", n, None),
        Bound::MoreThan(n) => ("more-than", n, None),
        Bound::AtMost(n) => ("at-most", n, None),
        Bound::LessThan(n) => ("less-than", n, None),
        Bound::Exactly(n) => ("exactly", n, None),
        Bound::Between(a, b) => ("between", a, Some(b)),
    };
    let per = match per {
        None => "none",
        Some(Period::Week) => "week",
        Some(Period::Month) => "month",
        Some(Period::Quarter) => "quarter",
        Some(Period::Semester) => "semester",
        Some(Period::Year) => "year",
    };
    catalog.get(
        keys::TARGET_READ,
        &[
            ("cmp", cmp.into()),
            ("a", catalog.number(a).into()),
            ("b", b.map(|b| catalog.number(b)).unwrap_or_default().into()),
            ("percent", (*percent).into()),
            ("per", per.into()),
        ],
    )
}
