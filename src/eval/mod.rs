//! Evaluation (spec §5): from the rows of the logs to a value and a status per indicator.
//!
//! [`Evaluator`] is fed rows one at a time ([`Evaluator::add`]) and keeps, per indicator,
//! a sum, a row count and the distinct values asked for; nothing per row. [`Evaluator::finish`]
//! turns that into [`Outcome`]s.
//!
//! Names are resolved once per log, not once per row: at a log's first row, each measure's
//! columns become indices; each activity number of the log ([`Row::activite_id`]) is
//! looked up once, then found by its index.
//!
//! Why this file is long: the row loop ([`Evaluator::add`]) and [`Evaluator::finish`]
//! share private accumulators; the status rules and the calendar are in their own files.

mod calendar;
mod rules;

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Serialize;

pub use calendar::{Calendar, bucket_start};
pub use rules::evaluate;

use crate::log::{Columns, Row};
use crate::plan::target::{Period, Target};
use crate::plan::{Agregat, Declared, Mesure, Plan, Selection, Source};
use crate::text::{number, slug::slug};

/// The five statuses of the spec, with their JSON names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Statut {
    Atteint,
    EnBonneVoie,
    EnRetard,
    NonAtteint,
    NonMesure,
}

impl Statut {
    pub const ALL: [Statut; 5] = [
        Statut::Atteint,
        Statut::EnBonneVoie,
        Statut::EnRetard,
        Statut::NonAtteint,
        Statut::NonMesure,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Statut::Atteint => "atteint",
            Statut::EnBonneVoie => "en_bonne_voie",
            Statut::EnRetard => "en_retard",
            Statut::NonAtteint => "non_atteint",
            Statut::NonMesure => "non_mesure",
        }
    }
}

/// An indicator's value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Number(f64),
    YesNo(bool),
    /// No measure, no declaration, no log, or a ratio over zero.
    Missing,
}

/// How many calendar sub-periods met a rate such as `>= 2/trimestre`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SubPeriods {
    pub periode: &'static str,
    pub atteintes: usize,
    pub ecoulees: usize,
    pub total: usize,
}

/// The result for one indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub realise: Value,
    /// What should have been reached by the evaluation date (a count), the target (a
    /// percentage, a declared value), the expected answer (yes/no); `Missing` when the
    /// indicator is not measured (spec §5).
    pub attendu: Value,
    /// The number the whole period aims at (a yearly rate scaled to the period), for
    /// progress bars; `None` for yes/no and sub-period rates.
    pub objectif: Option<f64>,
    /// The value at the end of the period at the current pace (before the end).
    pub projection: Option<f64>,
    pub statut: Statut,
    /// Log rows that contributed.
    pub lignes: u64,
    pub sous_periodes: Option<SubPeriods>,
}

#[derive(Debug, Default, Clone)]
struct Agg {
    sum: f64,
    rows: u64,
    distinct: Distinct,
}

/// A set of cell values. Short ones (most: case numbers, names) are kept inline, so that
/// looking one up reads no other memory.
#[derive(Debug, Default, Clone)]
struct Distinct {
    /// The value's bytes, zero-padded, and its length in the last byte.
    short: foldhash::HashSet<[u8; 24]>,
    long: foldhash::HashSet<Box<str>>,
}

impl Distinct {
    /// Adds a value; whether it was new.
    fn insert(&mut self, value: &str) -> bool {
        let bytes = value.as_bytes();
        if bytes.len() < 24 {
            let mut key = [0u8; 24];
            key[..bytes.len()].copy_from_slice(bytes);
            key[23] = bytes.len() as u8;
            self.short.insert(key)
        } else if self.long.contains(value) {
            false
        } else {
            self.long.insert(value.into())
        }
    }

    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }
}

impl Agg {
    /// Counts one row: `amount` to the sum, `distinct` to the set of values (allocating
    /// only for a value not seen yet). Returns whether `distinct` was new.
    fn add(&mut self, amount: Option<f64>, distinct: Option<&str>) -> bool {
        self.rows += 1;
        self.sum += amount.unwrap_or(0.0);
        match distinct {
            Some(v) => self.distinct.insert(v),
            None => false,
        }
    }

    fn value(&self, agregat: &Agregat) -> f64 {
        match agregat {
            Agregat::Distincts(_) => self.distinct.len() as f64,
            _ => self.sum,
        }
    }
}

#[derive(Debug, Default, Clone)]
struct Acc {
    total: Agg,
    /// By sub-period start, for sub-period rates.
    buckets: BTreeMap<NaiveDate, Agg>,
}

/// Which part of a measure a row counts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Simple,
    Numerator,
    Denominator,
}

impl Part {
    /// The catalog's selector (`explain-part`).
    pub fn key(self) -> &'static str {
        match self {
            Part::Simple => "simple",
            Part::Numerator => "numerator",
            Part::Denominator => "denominator",
        }
    }
}

/// Why a row of an indicator's activity did not count (for `explain`).
#[derive(Debug, Clone, PartialEq)]
pub enum Skip {
    OutsidePeriod,
    AfterAsOf,
    Filtered {
        column: String,
    },
    NotANumber {
        column: String,
    },
    /// The summed or counted cell is empty (spec §5: such a row is not in `lignes`).
    EmptyCell {
        column: String,
    },
}

/// What one row did to one indicator.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// `part`: which part of the measure; `amount`: what was added (`None` for a distinct
    /// count, with `new_value` saying if it was new).
    Counted {
        part: Part,
        amount: Option<f64>,
        new_value: bool,
    },
    Skipped(Skip),
}

/// Feeds log rows into every indicator of a plan.
#[derive(Debug)]
pub struct Evaluator<'p> {
    plan: &'p Plan,
    cal: Calendar,
    /// Activity slug → its number in `targets`.
    codes: HashMap<String, usize>,
    /// For each activity code: (indicator index, which part of it).
    targets: Vec<Vec<(usize, Part)>>,
    /// Each indicator's selections, with log columns resolved through the header aliases
    /// (`somme: deelnemers` reads `participants`) and each activity once.
    sels: Vec<Vec<(Part, Selection)>>,
    /// Activity codes listed twice in one selection: (indicator index, code).
    pub listed_twice: Vec<(usize, String)>,
    accs: Vec<[Acc; 2]>,
    lignes: Vec<u64>,
    /// Sub-period of each indicator with a sub-period rate.
    periods: Vec<Option<Period>>,
    /// Rows whose activity no indicator uses: code → (rows, first line).
    pub unknown: BTreeMap<String, (u64, u64)>,
    pub outside: u64,
    /// The first lines of rows outside the period (cleared by the caller for each log).
    pub outside_lines: Vec<u64>,
    /// Columns a measure needs that a log lacks: (column, indicator index).
    pub missing_columns: Vec<(String, usize)>,
    /// Numbers that could not be read in a `somme` column: (line, column, value, kind).
    pub bad_numbers: Vec<(u64, String, String, &'static str)>,
    row_seq: u64,
    last_seen: Vec<u64>,
    /// Names resolved for the log being read.
    log: LogNames,
}

/// What the names of a measure are in the log being read.
#[derive(Debug, Default)]
struct LogNames {
    /// The log ([`Columns::log_id`]).
    id: Option<u64>,
    /// The log's activity number → its code's number in `targets`, filled as activities
    /// are met.
    codes: Vec<Lookup>,
    /// Per indicator and part (numerator, denominator): each filter's column and the
    /// summed or counted column, as indices (`None`: the log lacks it).
    columns: Vec<[Resolved; 2]>,
    /// Filter cells as written → their slug.
    slugs: foldhash::HashMap<Box<str>, String>,
}

/// What an activity of the log is to the plan.
#[derive(Debug, Clone, Copy)]
enum Lookup {
    NotYet,
    /// No indicator uses it.
    Unused,
    Code(usize),
}

#[derive(Debug, Default, Clone)]
struct Resolved {
    filters: Vec<Option<usize>>,
    agregat: Option<usize>,
}

fn selections(source: &Source) -> Vec<(Part, &Selection)> {
    match source {
        Source::Mesure(Mesure::Simple(s)) => vec![(Part::Simple, s)],
        Source::Mesure(Mesure::Ratio {
            numerateur,
            denominateur,
        }) => vec![
            (Part::Numerator, numerateur),
            (Part::Denominator, denominateur),
        ],
        _ => Vec::new(),
    }
}

impl<'p> Evaluator<'p> {
    pub fn new(plan: &'p Plan, cal: Calendar) -> Self {
        let mut codes: HashMap<String, usize> = HashMap::new();
        let mut targets: Vec<Vec<(usize, Part)>> = Vec::new();
        let mut periods = Vec::new();
        let mut sels = Vec::new();
        let mut listed_twice = Vec::new();
        for (i, p) in plan.indicators().enumerate() {
            let mut own = Vec::new();
            for (part, sel) in selections(&p.indicateur.source) {
                let mut sel = resolved(sel);
                let mut seen: Vec<String> = Vec::new();
                for a in &sel.activites {
                    if seen.contains(a) {
                        listed_twice.push((i, a.clone()));
                        continue;
                    }
                    seen.push(a.clone());
                    let code = *codes.entry(a.clone()).or_insert(targets.len());
                    if code == targets.len() {
                        targets.push(Vec::new());
                    }
                    targets[code].push((i, part));
                }
                sel.activites = seen;
                own.push((part, sel));
            }
            sels.push(own);
            periods.push(match p.indicateur.cible {
                Target::Quantity { per: Some(per), .. } if per != Period::Year => Some(per),
                _ => None,
            });
        }
        let n = periods.len();
        Self {
            plan,
            cal,
            codes,
            targets,
            sels,
            listed_twice,
            accs: vec![Default::default(); n],
            lignes: vec![0; n],
            periods,
            unknown: BTreeMap::new(),
            outside: 0,
            outside_lines: Vec::new(),
            missing_columns: Vec::new(),
            bad_numbers: Vec::new(),
            row_seq: 0,
            last_seen: vec![u64::MAX; n],
            log: LogNames::default(),
        }
    }

    /// The activity codes some indicator uses.
    pub fn known_codes(&self) -> impl Iterator<Item = &str> {
        self.codes.keys().map(String::as_str)
    }

    /// Resolves the names of every measure in a new log's columns.
    fn enter(&mut self, columns: &Columns) {
        let index = |c: &str| columns.index(c);
        let resolved = self
            .sels
            .iter()
            .map(|own| {
                let mut parts: [Resolved; 2] = Default::default();
                for (part, sel) in own {
                    parts[usize::from(*part == Part::Denominator)] = Resolved {
                        filters: sel.filtre.iter().map(|(c, _)| index(c)).collect(),
                        agregat: match &sel.agregat {
                            Agregat::Quantite => None,
                            Agregat::Somme(c) | Agregat::Distincts(c) => index(c),
                        },
                    };
                }
                parts
            })
            .collect();
        self.log = LogNames {
            id: Some(columns.log_id()),
            codes: Vec::new(),
            columns: resolved,
            slugs: foldhash::HashMap::default(),
        };
    }

    /// The number of a row's activity code in `targets`; `None` when no indicator uses it.
    fn code(&mut self, row: &Row<'_>) -> Option<usize> {
        let id = row.activite_id;
        if self.log.codes.len() <= id {
            self.log.codes.resize(id + 1, Lookup::NotYet);
        }
        if let Lookup::NotYet = self.log.codes[id] {
            self.log.codes[id] = self
                .codes
                .get(row.activite)
                .map_or(Lookup::Unused, |&c| Lookup::Code(c));
        }
        match self.log.codes[id] {
            Lookup::Code(c) => Some(c),
            Lookup::NotYet | Lookup::Unused => None,
        }
    }

    /// Counts one row; `trace`, if given, hears what the row did to that indicator.
    pub fn add(&mut self, row: &Row<'_>, mut trace: Option<(usize, &mut dyn FnMut(Effect))>) {
        self.row_seq += 1;
        if self.log.id != Some(row.columns.log_id()) {
            self.enter(row.columns);
        }
        let Some(code) = self.code(row) else {
            match self.unknown.get_mut(row.activite) {
                Some(e) => e.0 += 1,
                None => {
                    self.unknown.insert(row.activite.to_owned(), (1, row.line));
                }
            }
            return;
        };
        let targets = &self.targets[code];
        let outside = row.date < self.cal.du || row.date > self.cal.au;
        if outside {
            self.outside += 1;
            if self.outside_lines.len() < 5 {
                self.outside_lines.push(row.line);
            }
        }
        for &(i, part) in targets {
            // The effect is made only when traced: most carry a column name, and a row
            // filtered out by every other indicator would allocate it for nothing.
            let emit = |trace: &mut Option<(usize, &mut dyn FnMut(Effect))>,
                        effect: &dyn Fn() -> Effect| {
                if let Some((t, f)) = trace
                    && *t == i
                {
                    f(effect());
                }
            };
            if outside {
                emit(&mut trace, &|| Effect::Skipped(Skip::OutsidePeriod));
                continue;
            }
            if row.date > self.cal.as_of {
                emit(&mut trace, &|| Effect::Skipped(Skip::AfterAsOf));
                continue;
            }
            let Some((_, sel)) = self.sels[i].iter().find(|(p, _)| *p == part) else {
                continue;
            };
            let slot = usize::from(part == Part::Denominator);
            let names = &self.log.columns[i][slot];
            let mut kept = true;
            for ((column, wanted), &index) in sel.filtre.iter().zip(&names.filters) {
                match index.map(|c| row.cell_at(c)) {
                    None => {
                        note_missing(&mut self.missing_columns, column, i);
                        kept = false;
                    }
                    Some(v) if !slug_is(&mut self.log.slugs, v, wanted) => {
                        emit(&mut trace, &|| {
                            Effect::Skipped(Skip::Filtered {
                                column: column.clone(),
                            })
                        });
                        kept = false;
                    }
                    Some(_) => {}
                }
                if !kept {
                    break;
                }
            }
            if !kept {
                continue;
            }
            let empty = |column: &String| {
                Effect::Skipped(Skip::EmptyCell {
                    column: column.clone(),
                })
            };
            let agregat_cell = names.agregat.map(|c| row.cell_at(c));
            let added = match &sel.agregat {
                Agregat::Quantite => Some(row.quantite),
                // `quantite` keeps its meaning: an empty cell counts 1.
                Agregat::Somme(column) if column == "quantite" => Some(row.quantite),
                Agregat::Somme(column) => match agregat_cell.map(number::parse) {
                    None => {
                        note_missing(&mut self.missing_columns, column, i);
                        continue;
                    }
                    Some(Ok(Some(n))) => Some(n),
                    Some(Ok(None)) => {
                        emit(&mut trace, &|| empty(column));
                        continue;
                    }
                    Some(Err(e)) => {
                        let value = agregat_cell.unwrap_or_default().chars().take(24).collect();
                        self.bad_numbers
                            .push((row.line, column.clone(), value, e.key()));
                        emit(&mut trace, &|| {
                            Effect::Skipped(Skip::NotANumber {
                                column: column.clone(),
                            })
                        });
                        continue;
                    }
                },
                Agregat::Distincts(column) => match agregat_cell {
                    None => {
                        note_missing(&mut self.missing_columns, column, i);
                        continue;
                    }
                    Some("") => {
                        emit(&mut trace, &|| empty(column));
                        continue;
                    }
                    Some(_) => None,
                },
            };
            let bucket = self.periods[i].map(|per| bucket_start(row.date, per));
            let acc = &mut self.accs[i][slot];
            let distinct = match &sel.agregat {
                Agregat::Distincts(_) => agregat_cell.filter(|v| !v.is_empty()),
                _ => None,
            };
            let new_value = acc.total.add(added, distinct);
            if let Some(b) = bucket {
                acc.buckets.entry(b).or_default().add(added, distinct);
            }
            if self.last_seen[i] != self.row_seq {
                self.last_seen[i] = self.row_seq;
                self.lignes[i] += 1;
            }
            emit(&mut trace, &|| Effect::Counted {
                part,
                amount: added,
                new_value,
            });
        }
    }

    /// The outcome of every indicator, in plan order. `have_logs`: false when no log was
    /// read at all, so measured values are unknown rather than zero.
    pub fn finish(&self, have_logs: bool) -> Vec<Outcome> {
        self.plan
            .indicators()
            .enumerate()
            .map(|(i, p)| {
                let ind = p.indicateur;
                let measured =
                    |slot: usize, sel: &Selection| self.accs[i][slot].total.value(&sel.agregat);
                let value = match &ind.source {
                    Source::Aucune => Value::Missing,
                    Source::Mesure(_) if !have_logs => Value::Missing,
                    Source::Mesure(Mesure::Simple(s)) => match ind.cible {
                        Target::YesNo { .. } => Value::YesNo(measured(0, s) > 0.0),
                        Target::Quantity { .. } => Value::Number(measured(0, s)),
                    },
                    Source::Mesure(Mesure::Ratio {
                        numerateur,
                        denominateur,
                    }) => {
                        let d = measured(1, denominateur);
                        if d > 0.0 {
                            Value::Number(100.0 * measured(0, numerateur) / d)
                        } else {
                            Value::Missing
                        }
                    }
                    Source::Declare { valeur, .. } => match *valeur {
                        Declared::YesNo(b) => Value::YesNo(b),
                        Declared::Number(n) | Declared::Percent(n) => Value::Number(n),
                    },
                };
                let declared = matches!(ind.source, Source::Declare { .. });
                let buckets = match (&ind.source, self.periods[i]) {
                    (Source::Mesure(Mesure::Simple(s)), Some(per)) if have_logs => Some((
                        per,
                        self.accs[i][0]
                            .buckets
                            .iter()
                            .map(|(k, a)| (*k, a.value(&s.agregat)))
                            .collect::<BTreeMap<_, _>>(),
                    )),
                    _ => None,
                };
                let mut o = evaluate(&ind.cible, value, declared, &self.cal, buckets.as_ref());
                o.lignes = self.lignes[i];
                o
            })
            .collect()
    }
}

/// A selection with its log columns named as the log reader names them (canonical
/// slugs: `deelnemers` → `participants`, `case` → `dossier`).
fn resolved(sel: &Selection) -> Selection {
    let canonical = crate::log::canonical;
    Selection {
        activites: sel.activites.clone(),
        filtre: sel
            .filtre
            .iter()
            .map(|(c, v)| (canonical(c), v.clone()))
            .collect(),
        agregat: match &sel.agregat {
            Agregat::Quantite => Agregat::Quantite,
            Agregat::Somme(c) => Agregat::Somme(canonical(c)),
            Agregat::Distincts(c) => Agregat::Distincts(canonical(c)),
        },
    }
}

/// Whether a cell's slug is `wanted`; each value is slugged once per log.
fn slug_is(slugs: &mut foldhash::HashMap<Box<str>, String>, cell: &str, wanted: &str) -> bool {
    match slugs.get(cell) {
        Some(s) => s == wanted,
        None => {
            let s = slug(cell);
            let is = s == wanted;
            slugs.insert(cell.into(), s);
            is
        }
    }
}

fn note_missing(missing: &mut Vec<(String, usize)>, column: &str, indicator: usize) {
    if !missing.iter().any(|(c, i)| c == column && *i == indicator) {
        missing.push((column.to_owned(), indicator));
    }
}
