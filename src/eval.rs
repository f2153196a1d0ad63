//! Evaluation (spec §5): from the rows of the logs to a value and a status per indicator.
//!
//! [`Evaluator`] is fed rows one at a time ([`Evaluator::add`]) and keeps, per indicator,
//! a sum, a row count and the distinct values asked for; nothing per row. [`Evaluator::finish`]
//! turns that into [`Outcome`]s.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;

use crate::log::{Row, parse_number};
use crate::plan::{Agregat, Declared, Mesure, Plan, Selection, Source};
use crate::slug::slug;
use crate::target::{Bound, Period, Target};

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
    /// What should have been reached by the evaluation date (count targets).
    pub attendu: Option<f64>,
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

/// The period, the evaluation date, and the days that follow from them.
#[derive(Debug, Clone, Copy)]
pub struct Calendar {
    pub du: NaiveDate,
    pub au: NaiveDate,
    pub as_of: NaiveDate,
}

impl Calendar {
    pub fn total_days(&self) -> i64 {
        (self.au - self.du).num_days() + 1
    }

    /// Days of the period up to and including the evaluation date.
    pub fn elapsed_days(&self) -> i64 {
        ((self.as_of.min(self.au) - self.du).num_days() + 1).clamp(0, self.total_days())
    }

    pub fn ended(&self) -> bool {
        self.as_of >= self.au
    }

    /// How a yearly rate scales to the period: 1 for a whole year.
    pub fn year_factor(&self) -> f64 {
        match self.total_days() {
            365 | 366 => 1.0,
            n => n as f64 / 365.0,
        }
    }
}

#[derive(Debug, Default, Clone)]
struct Agg {
    sum: f64,
    rows: u64,
    distinct: HashSet<String>,
}

impl Agg {
    /// Counts one row: `amount` to the sum, `distinct` to the set of values (allocating
    /// only for a value not seen yet). Returns whether `distinct` was new.
    fn add(&mut self, amount: Option<f64>, distinct: Option<&str>) -> bool {
        self.rows += 1;
        self.sum += amount.unwrap_or(0.0);
        match distinct {
            Some(v) if !self.distinct.contains(v) => self.distinct.insert(v.to_owned()),
            _ => false,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Simple,
    Numerator,
    Denominator,
}

/// Why a row of an indicator's activity did not count (for `explain`).
#[derive(Debug, Clone, PartialEq)]
pub enum Skip {
    OutsidePeriod,
    AfterAsOf,
    Filtered { column: String },
    NotANumber { column: String },
}

/// What one row did to one indicator.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// `part`: "" for a simple measure, else "numérateur" or "dénominateur"; `amount`:
    /// what was added (`None` for a distinct count, with `new_value` saying if it was new).
    Counted {
        part: &'static str,
        amount: Option<f64>,
        new_value: bool,
    },
    Skipped(Skip),
}

/// Feeds log rows into every indicator of a plan.
#[derive(Debug)]
pub struct Evaluator<'p> {
    plan: &'p Plan,
    /// The indicators in plan order, for direct access from the row loop.
    indicators: Vec<&'p crate::plan::Indicateur>,
    cal: Calendar,
    /// Activity slug → (indicator index, which part of it).
    index: HashMap<String, Vec<(usize, Part)>>,
    accs: Vec<[Acc; 2]>,
    lignes: Vec<u64>,
    /// Sub-period of each indicator with a sub-period rate.
    periods: Vec<Option<Period>>,
    /// Rows whose activity no indicator uses: code → (rows, first line).
    pub unknown: BTreeMap<String, (u64, u64)>,
    pub outside: u64,
    /// Columns a measure needs that a log lacks: (column, indicator id).
    pub missing_columns: Vec<(String, String)>,
    /// Numbers that could not be read in a `somme` column: (line, column, value).
    pub bad_numbers: Vec<(u64, String, String)>,
    row_seq: u64,
    last_seen: Vec<u64>,
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
        let mut index: HashMap<String, Vec<(usize, Part)>> = HashMap::new();
        let mut periods = Vec::new();
        for (i, p) in plan.indicators().enumerate() {
            for (part, sel) in selections(&p.indicateur.source) {
                for a in &sel.activites {
                    index.entry(a.clone()).or_default().push((i, part));
                }
            }
            periods.push(match p.indicateur.cible {
                Target::Quantity { per: Some(per), .. } if per != Period::Year => Some(per),
                _ => None,
            });
        }
        let n = periods.len();
        Self {
            plan,
            indicators: plan.indicators().map(|p| p.indicateur).collect(),
            cal,
            index,
            accs: vec![Default::default(); n],
            lignes: vec![0; n],
            periods,
            unknown: BTreeMap::new(),
            outside: 0,
            missing_columns: Vec::new(),
            bad_numbers: Vec::new(),
            row_seq: 0,
            last_seen: vec![u64::MAX; n],
        }
    }

    /// The activity codes some indicator uses.
    pub fn known_codes(&self) -> impl Iterator<Item = &str> {
        self.index.keys().map(String::as_str)
    }

    /// Counts one row; `trace`, if given, hears what the row did to that indicator.
    pub fn add(&mut self, row: &Row<'_>, mut trace: Option<(usize, &mut dyn FnMut(Effect))>) {
        self.row_seq += 1;
        let Some(targets) = self.index.get(row.activite) else {
            let e = self
                .unknown
                .entry(row.activite.to_owned())
                .or_insert((0, row.line));
            e.0 += 1;
            return;
        };
        let outside = row.date < self.cal.du || row.date > self.cal.au;
        if outside {
            self.outside += 1;
        }
        for &(i, part) in targets {
            let emit = |trace: &mut Option<(usize, &mut dyn FnMut(Effect))>, effect: Effect| {
                if let Some((t, f)) = trace
                    && *t == i
                {
                    f(effect);
                }
            };
            if outside {
                emit(&mut trace, Effect::Skipped(Skip::OutsidePeriod));
                continue;
            }
            if row.date > self.cal.as_of {
                emit(&mut trace, Effect::Skipped(Skip::AfterAsOf));
                continue;
            }
            let ind = self.indicators[i];
            let sel = match (&ind.source, part) {
                (Source::Mesure(Mesure::Simple(s)), _) => s,
                (Source::Mesure(Mesure::Ratio { numerateur, .. }), Part::Numerator) => numerateur,
                (Source::Mesure(Mesure::Ratio { denominateur, .. }), _) => denominateur,
                _ => continue,
            };
            let mut kept = true;
            for (column, wanted) in &sel.filtre {
                match row.cell(column) {
                    None => {
                        note_missing(&mut self.missing_columns, column, &ind.id);
                        kept = false;
                    }
                    Some(v) if slug(v) != *wanted => {
                        emit(
                            &mut trace,
                            Effect::Skipped(Skip::Filtered {
                                column: column.clone(),
                            }),
                        );
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
            let added = match &sel.agregat {
                Agregat::Quantite => Some(row.quantite),
                Agregat::Somme(column) => match row.cell(column).map(parse_number) {
                    None => {
                        note_missing(&mut self.missing_columns, column, &ind.id);
                        continue;
                    }
                    Some(Ok(n)) => Some(n.unwrap_or(0.0)),
                    Some(Err(_)) => {
                        let value = row
                            .cell(column)
                            .unwrap_or_default()
                            .chars()
                            .take(24)
                            .collect();
                        self.bad_numbers.push((row.line, column.clone(), value));
                        emit(
                            &mut trace,
                            Effect::Skipped(Skip::NotANumber {
                                column: column.clone(),
                            }),
                        );
                        continue;
                    }
                },
                Agregat::Distincts(column) => match row.cell(column) {
                    None => {
                        note_missing(&mut self.missing_columns, column, &ind.id);
                        continue;
                    }
                    Some(_) => None,
                },
            };
            let slot = usize::from(part == Part::Denominator);
            let bucket = self.periods[i].map(|per| bucket_start(row.date, per));
            let acc = &mut self.accs[i][slot];
            let distinct = match &sel.agregat {
                Agregat::Distincts(column) => row.cell(column).filter(|v| !v.is_empty()),
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
            emit(
                &mut trace,
                Effect::Counted {
                    part: match part {
                        Part::Simple => "",
                        Part::Numerator => "numérateur",
                        Part::Denominator => "dénominateur",
                    },
                    amount: added,
                    new_value,
                },
            );
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

fn note_missing(missing: &mut Vec<(String, String)>, column: &str, indicator: &str) {
    if !missing.iter().any(|(c, i)| c == column && i == indicator) {
        missing.push((column.to_owned(), indicator.to_owned()));
    }
}

/// The first day of the calendar sub-period holding `d`.
pub fn bucket_start(d: NaiveDate, per: Period) -> NaiveDate {
    let first = |m: u32| NaiveDate::from_ymd_opt(d.year(), m, 1).unwrap_or(d);
    match per {
        Period::Week => d - Days::new(u64::from(d.weekday().num_days_from_monday())),
        Period::Month => first(d.month()),
        Period::Quarter => first((d.month() - 1) / 3 * 3 + 1),
        Period::Semester => first(if d.month() <= 6 { 1 } else { 7 }),
        Period::Year => first(1),
    }
}

fn next_bucket(start: NaiveDate, per: Period) -> NaiveDate {
    match per {
        Period::Week => start + Days::new(7),
        Period::Month => start + Months::new(1),
        Period::Quarter => start + Months::new(3),
        Period::Semester => start + Months::new(6),
        Period::Year => start + Months::new(12),
    }
}

/// Applies the rules of spec §5 to one value.
pub fn evaluate(
    cible: &Target,
    value: Value,
    as_stated: bool,
    cal: &Calendar,
    buckets: Option<&(Period, BTreeMap<NaiveDate, f64>)>,
) -> Outcome {
    let mut o = Outcome {
        realise: value,
        attendu: None,
        objectif: None,
        projection: None,
        statut: Statut::NonMesure,
        lignes: 0,
        sous_periodes: None,
    };
    let late = if cal.ended() {
        Statut::NonAtteint
    } else {
        Statut::EnRetard
    };
    match (cible, value) {
        (_, Value::Missing) | (Target::Quantity { .. }, Value::YesNo(_)) => {}
        (Target::YesNo { expected }, Value::YesNo(v)) => {
            o.statut = if v == *expected {
                Statut::Atteint
            } else {
                late
            };
        }
        (Target::YesNo { expected }, Value::Number(n)) => {
            o.statut = if (n > 0.0) == *expected {
                Statut::Atteint
            } else {
                late
            };
        }
        (
            Target::Quantity {
                bound,
                percent,
                per,
            },
            Value::Number(v),
        ) => {
            if let (Some((per, values)), Some(_)) = (buckets, per) {
                o.sous_periodes = Some(sub_periods(*bound, *per, values, cal));
                let s = o.sous_periodes.unwrap_or(SubPeriods {
                    periode: "",
                    atteintes: 0,
                    ecoulees: 0,
                    total: 0,
                });
                o.statut = if s.atteintes < s.ecoulees {
                    Statut::NonAtteint
                } else if cal.ended() {
                    Statut::Atteint
                } else {
                    Statut::EnBonneVoie
                };
                return o;
            }
            if *percent || as_stated {
                o.objectif = Some(bound.reference());
                o.statut = if bound.holds(v) {
                    Statut::Atteint
                } else {
                    late
                };
                return o;
            }
            let bound = if *per == Some(Period::Year) {
                bound.scaled(cal.year_factor())
            } else {
                *bound
            };
            let total = cal.total_days() as f64;
            let elapsed = cal.elapsed_days() as f64;
            o.objectif = Some(round2(bound.reference()));
            if cal.ended() {
                o.attendu = Some(round2(bound.reference()));
                o.statut = if bound.holds(v) {
                    Statut::Atteint
                } else {
                    Statut::NonAtteint
                };
                return o;
            }
            let share = if total > 0.0 { elapsed / total } else { 1.0 };
            let expected = bound.reference() * share;
            o.attendu = Some(round2(expected));
            let projection = (elapsed > 0.0).then(|| v * total / elapsed);
            o.projection = projection.map(round2);
            o.statut = if bound.has_maximum() {
                // "at most", "exactly", a range: passing the top cannot be undone.
                let upper_passed = match bound {
                    Bound::AtMost(m) | Bound::Exactly(m) | Bound::Between(_, m) => v > m + 1e-9,
                    Bound::LessThan(m) => v >= m - 1e-9,
                    _ => false,
                };
                if upper_passed {
                    Statut::NonAtteint
                } else if projection.is_some_and(|p| !bound.holds(p)) {
                    Statut::EnRetard
                } else {
                    Statut::EnBonneVoie
                }
            } else if bound.holds(v) {
                Statut::Atteint
            } else if v + 1e-9 >= expected {
                Statut::EnBonneVoie
            } else {
                Statut::EnRetard
            };
        }
    }
    o
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn sub_periods(
    bound: Bound,
    per: Period,
    values: &BTreeMap<NaiveDate, f64>,
    cal: &Calendar,
) -> SubPeriods {
    let mut s = SubPeriods {
        periode: per.word_fr(),
        atteintes: 0,
        ecoulees: 0,
        total: 0,
    };
    let mut start = bucket_start(cal.du, per);
    while start <= cal.au {
        let next = next_bucket(start, per);
        let end = next.pred_opt().unwrap_or(next).min(cal.au);
        s.total += 1;
        if end <= cal.as_of {
            s.ecoulees += 1;
            if bound.holds(values.get(&start).copied().unwrap_or(0.0)) {
                s.atteintes += 1;
            }
        }
        start = next;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::target::parse;

    fn cal(as_of: &str) -> Calendar {
        Calendar {
            du: NaiveDate::from_ymd_opt(2023, 1, 1).unwrap(),
            au: NaiveDate::from_ymd_opt(2023, 12, 31).unwrap(),
            as_of: as_of.parse().unwrap(),
        }
    }

    fn status(cible: &str, v: Value, as_of: &str) -> Statut {
        evaluate(&parse(cible).unwrap(), v, false, &cal(as_of), None).statut
    }

    #[test]
    fn at_least_exactly_at_the_target_is_met() {
        assert_eq!(
            status(">= 10/an", Value::Number(10.0), "2023-12-31"),
            Statut::Atteint
        );
        assert_eq!(
            status(">= 10/an", Value::Number(9.0), "2023-12-31"),
            Statut::NonAtteint
        );
        assert_eq!(
            status("> 10/an", Value::Number(10.0), "2023-12-31"),
            Statut::NonAtteint
        );
        assert_eq!(
            status("> 10/an", Value::Number(11.0), "2023-12-31"),
            Statut::Atteint
        );
    }

    #[test]
    fn before_the_end_compared_with_the_share_expected() {
        // 2023-07-02 is day 183 of 365: 10 × 183/365 = 5.01 expected
        assert_eq!(
            status(">= 10/an", Value::Number(6.0), "2023-07-02"),
            Statut::EnBonneVoie
        );
        assert_eq!(
            status(">= 10/an", Value::Number(5.0), "2023-07-02"),
            Statut::EnRetard
        );
        assert_eq!(
            status(">= 10/an", Value::Number(10.0), "2023-07-02"),
            Statut::Atteint
        );
        let o = evaluate(
            &parse(">= 10/an").unwrap(),
            Value::Number(6.0),
            false,
            &cal("2023-07-02"),
            None,
        );
        assert_eq!(o.attendu, Some(5.01));
        assert_eq!(o.projection, Some(11.97));
    }

    #[test]
    fn a_maximum_passed_or_projected_over() {
        // at most 5: 6 already is over
        assert_eq!(
            status("<= 5", Value::Number(6.0), "2023-06-30"),
            Statut::NonAtteint
        );
        // 3 by mid-year projects to just over 5
        assert_eq!(
            status("<= 5", Value::Number(3.0), "2023-07-02"),
            Statut::EnRetard
        );
        assert_eq!(
            status("<= 5", Value::Number(2.0), "2023-07-02"),
            Statut::EnBonneVoie
        );
        assert_eq!(
            status("<= 5", Value::Number(5.0), "2023-12-31"),
            Statut::Atteint
        );
        assert_eq!(
            status("< 5", Value::Number(5.0), "2023-12-31"),
            Statut::NonAtteint
        );
    }

    #[test]
    fn yes_no_before_and_after_the_end() {
        assert_eq!(
            status("Oui/Non", Value::YesNo(true), "2023-03-01"),
            Statut::Atteint
        );
        assert_eq!(
            status("Oui/Non", Value::YesNo(false), "2023-03-01"),
            Statut::EnRetard
        );
        assert_eq!(
            status("Oui/Non", Value::YesNo(false), "2023-12-31"),
            Statut::NonAtteint
        );
    }

    #[test]
    fn missing_is_not_zero() {
        assert_eq!(
            status(">= 10/an", Value::Missing, "2023-12-31"),
            Statut::NonMesure
        );
        let o = evaluate(
            &parse(">= 1/an").unwrap(),
            Value::Number(0.0),
            false,
            &cal("2023-12-31"),
            None,
        );
        assert_eq!(o.statut, Statut::NonAtteint);
    }

    #[test]
    fn percentages_are_compared_as_they_stand() {
        assert_eq!(
            status(">= 80 %", Value::Number(80.0), "2023-03-01"),
            Statut::Atteint
        );
        assert_eq!(
            status(">= 80 %", Value::Number(79.9), "2023-03-01"),
            Statut::EnRetard
        );
        assert_eq!(
            status(">= 80 %", Value::Number(79.9), "2023-12-31"),
            Statut::NonAtteint
        );
    }

    #[test]
    fn a_sub_period_missed_in_the_middle_of_the_year() {
        let d = |m| NaiveDate::from_ymd_opt(2023, m, 1).unwrap();
        let full: BTreeMap<_, _> = [(d(1), 2.0), (d(4), 2.0), (d(7), 3.0), (d(10), 2.0)].into();
        let t = parse(">= 2/trimestre").unwrap();
        let o = evaluate(
            &t,
            Value::Number(9.0),
            false,
            &cal("2023-12-31"),
            Some(&(Period::Quarter, full)),
        );
        assert_eq!(o.statut, Statut::Atteint);
        assert_eq!(
            o.sous_periodes.map(|s| (s.atteintes, s.total)),
            Some((4, 4))
        );

        let missed: BTreeMap<_, _> = [(d(1), 2.0), (d(4), 1.0), (d(7), 3.0), (d(10), 2.0)].into();
        let o = evaluate(
            &t,
            Value::Number(8.0),
            false,
            &cal("2023-12-31"),
            Some(&(Period::Quarter, missed.clone())),
        );
        assert_eq!(o.statut, Statut::NonAtteint);
        assert_eq!(
            o.sous_periodes.map(|s| (s.atteintes, s.total)),
            Some((3, 4))
        );
        // In August: Q2 was missed, it can no longer be met.
        let o = evaluate(
            &t,
            Value::Number(3.0),
            false,
            &cal("2023-08-15"),
            Some(&(Period::Quarter, missed)),
        );
        assert_eq!(o.statut, Statut::NonAtteint);
        assert_eq!(
            o.sous_periodes.map(|s| (s.atteintes, s.ecoulees)),
            Some((1, 2))
        );
    }

    #[test]
    fn months_of_a_year() {
        let t = parse(">= 1/mois").unwrap();
        let values: BTreeMap<_, _> = (1..=12)
            .filter(|m| *m != 6 && *m != 9)
            .map(|m| (NaiveDate::from_ymd_opt(2023, m, 1).unwrap(), 1.0))
            .collect();
        let o = evaluate(
            &t,
            Value::Number(10.0),
            false,
            &cal("2023-12-31"),
            Some(&(Period::Month, values)),
        );
        assert_eq!(
            o.sous_periodes.map(|s| (s.atteintes, s.total)),
            Some((10, 12))
        );
    }

    #[test]
    fn a_yearly_rate_scales_to_a_shorter_period() {
        let c = Calendar {
            du: NaiveDate::from_ymd_opt(2023, 7, 1).unwrap(),
            au: NaiveDate::from_ymd_opt(2023, 12, 31).unwrap(),
            as_of: NaiveDate::from_ymd_opt(2023, 12, 31).unwrap(),
        };
        // 184 days: 10 × 184/365 = 5.04 expected
        let t = parse(">= 10/an").unwrap();
        let o = evaluate(&t, Value::Number(5.0), false, &c, None);
        assert_eq!(
            (o.statut, o.attendu.map(round2)),
            (Statut::NonAtteint, Some(5.04))
        );
        let o = evaluate(&t, Value::Number(6.0), false, &c, None);
        assert_eq!(o.statut, Statut::Atteint);
    }
}
