//! The roll-up in every report format (spec §6: table, csv, json, markdown, html, xlsx),
//! in the language of the catalog given (spec §8). Each format renders the same
//! [`Model`]: the plans, the groups of `--par`, the total, the evolutions.

mod csv;
mod html;
mod markdown;
mod table;
mod xlsx;

use super::{Broken, Counts, Document, Evolution, Group, Par, PlanResult, Rollup, SameYear};
use crate::diag::Code;
use crate::eval::Statut;
pub use crate::export::symbol;
use crate::i18n::{Catalog, keys};

use super::messages as m;

/// A report format, with its options.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Tables for a terminal; `color` on a terminal only.
    Table {
        color: bool,
    },
    /// `comma`: plain CSV (`,`, decimal point, no BOM) whatever the language.
    Csv {
        comma: bool,
    },
    Json,
    Markdown,
    Html,
    Xlsx,
}

/// Why a roll-up could not be rendered: the catalog's selector of `rapport-impossible`
/// (`xlsx`, `csv`, `other`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RenderError(pub &'static str);

/// What every format shows, computed once.
#[derive(Debug)]
pub struct Model<'r> {
    pub rollup: &'r Rollup,
    pub par: Option<Par>,
    /// The groups of `par` (empty without it).
    pub groups: Vec<Group>,
    pub total: Counts,
    pub evolutions: Vec<Evolution>,
    pub same_year: Vec<SameYear>,
}

impl<'r> Model<'r> {
    pub fn new(rollup: &'r Rollup, par: Option<Par>) -> Self {
        let (evolutions, same_year) = rollup.evolutions();
        Self {
            rollup,
            par,
            groups: par.map(|p| rollup.groups(p)).unwrap_or_default(),
            total: rollup.total(),
            evolutions,
            same_year,
        }
    }
}

/// Renders the roll-up in one format.
pub fn render(
    model: &Model<'_>,
    format: Format,
    catalog: &Catalog,
) -> Result<Vec<u8>, RenderError> {
    match format {
        Format::Table { color } => Ok(table::render(model, catalog, color).into_bytes()),
        Format::Csv { comma } => csv::render(model, catalog, comma),
        Format::Json => {
            let doc = Document::new(
                model.rollup,
                model.par,
                &model.groups,
                &model.evolutions,
                catalog,
            );
            let mut text = serde_json::to_string_pretty(&doc).map_err(|_| RenderError("other"))?;
            text.push('\n');
            Ok(text.into_bytes())
        }
        Format::Markdown => Ok(markdown::render(model, catalog).into_bytes()),
        Format::Html => Ok(html::render(model, catalog).into_bytes()),
        Format::Xlsx => xlsx::render(model, catalog).map_err(|_| RenderError("xlsx")),
    }
}

/// What a reader sees for a value that does not exist.
pub const NONE: &str = "—";

/// `✔ atteint`: the heading of a status's count.
fn status_heading(s: Statut, catalog: &Catalog) -> String {
    format!("{} {}", symbol(s), catalog.status(s.key()))
}

/// `92,31 %`, or `—` when there is no indicator.
fn percent(p: Option<f64>, catalog: &Catalog) -> String {
    match p {
        Some(p) => catalog.get(
            keys::PERCENT_VALUE,
            &[("value", catalog.number(crate::report::round2(p)).into())],
        ),
        None => NONE.to_owned(),
    }
}

/// The name of a group as a reader sees it.
fn group_label(g: &Group, catalog: &Catalog) -> String {
    g.label.clone().unwrap_or_else(|| catalog.word(m::NO_POLE))
}

/// `Consolidation de 6 plans`
fn title(model: &Model<'_>, catalog: &Catalog) -> String {
    catalog.get(m::TITLE, &[("plans", model.rollup.plans.len().into())])
}

/// `évalués au 31/12/2024`, or how each plan got its date.
fn evaluated(model: &Model<'_>, catalog: &Catalog) -> String {
    let as_of = model.rollup.as_of;
    catalog.get(
        m::EVALUATED,
        &[
            ("has_as_of", as_of.is_some().into()),
            (
                "as_of",
                as_of.map(|d| catalog.date(d)).unwrap_or_default().into(),
            ),
        ],
    )
}

/// A column heading with no argument.
fn word(catalog: &Catalog, key: Code) -> String {
    catalog.word(key)
}

/// The heading of the group column: `Pôle`, `Domaine`…
fn group_heading(par: Par, catalog: &Catalog) -> String {
    catalog.get(m::COL_GROUP, &[("par", par.key().into())])
}

/// `2023 → 2024`
fn years(e: &Evolution, catalog: &Catalog) -> String {
    catalog.get(
        m::YEARS,
        &[
            ("from", e.before.annee.into()),
            ("to", e.after.annee.into()),
        ],
    )
}

/// A broken plan's first error with its place, and how many more it has.
fn first_error(b: &Broken, catalog: &Catalog) -> String {
    let Some(d) = b.errors.first() else {
        return String::new();
    };
    catalog.get(
        m::FIRST_ERROR,
        &[
            ("place", d.place().into()),
            ("message", catalog.message(d).into()),
            ("more", (b.errors.len() - 1).into()),
        ],
    )
}

/// A plan's commune and year, `—` when it could not be read.
fn identity(p: &PlanResult) -> (String, String) {
    match &p.meta {
        Some(m) => (m.commune.clone(), m.annee.to_string()),
        None => (NONE.to_owned(), NONE.to_owned()),
    }
}

/// The headings of the count columns: indicators, each status, the two rates.
fn count_headings(catalog: &Catalog) -> Vec<String> {
    let mut h = vec![word(catalog, m::COL_INDICATORS)];
    h.extend(Statut::ALL.iter().map(|s| status_heading(*s, catalog)));
    h.push(word(catalog, m::COL_MEASURE_RATE));
    h.push(word(catalog, m::COL_SHARE_MET));
    h
}

/// The count cells, as text, in the order of [`count_headings`].
fn count_cells(c: &Counts, catalog: &Catalog) -> Vec<String> {
    let mut cells = vec![catalog.number(c.indicators() as f64)];
    cells.extend(c.by_status().iter().map(|(_, n)| catalog.number(*n as f64)));
    cells.push(percent(c.measure_rate(), catalog));
    cells.push(percent(c.share_met(), catalog));
    cells
}

/// The headings of the evolution counts.
fn evolution_headings(catalog: &Catalog) -> Vec<String> {
    [
        m::COL_COMMUNE,
        m::COL_YEARS,
        m::COL_COMPARED,
        m::COL_IMPROVED,
        m::COL_WORSENED,
        m::COL_UNCHANGED,
        m::COL_NOT_COMPARABLE,
    ]
    .iter()
    .map(|k| word(catalog, *k))
    .collect()
}

/// The evolution counts in the order of [`evolution_headings`].
fn evolution_cells(e: &Evolution, catalog: &Catalog) -> Vec<String> {
    let mut cells = vec![e.commune.clone(), years(e, catalog)];
    cells.push(catalog.number(e.compared() as f64));
    cells.extend(
        super::Change::ALL
            .iter()
            .map(|c| catalog.number(e.count(*c) as f64)),
    );
    cells
}
