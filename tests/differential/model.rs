//! A second evaluation of spec §5, written from the spec text alone, with exact rational
//! arithmetic (`exact.rs`): no f64 in any decision.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, Months, NaiveDate};

pub use super::exact::{Cmp, Q, Test};

/// The calendar sub-periods of a rate (§5: weeks are ISO weeks).
#[derive(Debug, Clone, Copy)]
pub enum Sub {
    Semestre,
    Trimestre,
    Mois,
    Semaine,
}

#[derive(Debug, Clone)]
pub enum Target {
    /// A count or sum; `per_year` for `/an`.
    Quantity {
        test: Test,
        per_year: bool,
    },
    Rate {
        test: Test,
        per: Sub,
    },
    YesNo(bool),
    Percent(Test),
}

#[derive(Debug, Clone, Copy)]
pub enum Agg {
    /// No `somme`/`distincts`, or `somme: quantite` (§5: "keeps its meaning").
    Quantite {
        explicit: bool,
    },
    Participants,
    Dossiers,
}

/// A selection (§3): the plan activities it lists (a bit per code; a code may be
/// listed twice), an optional filter on the `public` column, and what is added up.
#[derive(Debug, Clone, Copy)]
pub struct Sel {
    pub activities: u8,
    pub listed_twice: bool,
    pub filtered: bool,
    pub agg: Agg,
    /// `somme: deelnemers` / `distincts: case` instead of `participants` / `dossier`.
    pub alias: bool,
}

impl Sel {
    pub fn codes(self) -> impl Iterator<Item = usize> {
        (0..8).filter(move |k| self.activities & (1 << k) != 0)
    }
}

#[derive(Debug, Clone, Copy)]
pub enum Declared {
    YesNo(bool),
    Number(Q),
    Percent(Q),
}

#[derive(Debug, Clone)]
pub enum Source {
    Measure(Sel),
    Ratio(Sel, Sel),
    Declared(Declared),
    Nothing,
}

/// A log row, as the model sees it: `code` is the plan activity its spelling slugs to.
#[derive(Debug, Clone)]
pub struct Row {
    pub date: NaiveDate,
    pub code: Option<usize>,
    /// The `public` cell equals the filter value as slugs.
    pub public_matches: bool,
    pub quantite: Option<Q>,
    pub participants: Option<Q>,
    pub dossier: Option<String>,
}

/// Period P and evaluation date A.
#[derive(Debug, Clone, Copy)]
pub struct Cal {
    pub du: NaiveDate,
    pub au: NaiveDate,
    pub as_of: NaiveDate,
}

impl Cal {
    fn days(self) -> i64 {
        (self.au - self.du).num_days() + 1
    }

    /// "Elapsed days count both ends: A = first day of P → 1 day; A ≥ last day → all
    /// days; A before P → 0 days."
    fn elapsed(self) -> i64 {
        if self.as_of < self.du {
            0
        } else {
            (self.as_of.min(self.au) - self.du).num_days() + 1
        }
    }

    /// "At the end of P (A ≥ last day)".
    fn ended(self) -> bool {
        self.as_of >= self.au
    }

    /// Rows inside P and not after A are the only ones counted.
    fn counts(self, d: NaiveDate) -> bool {
        self.du <= d && d <= self.au && d <= self.as_of
    }

    /// "a full year, i.e. P ends the day before the same date one year later, 28 February
    /// when P starts on 29 February".
    fn full_year(self) -> bool {
        let (y, m, d) = (self.du.year(), self.du.month(), self.du.day());
        if (m, d) == (2, 29) {
            return self.au == NaiveDate::from_ymd_opt(y + 1, 2, 28).expect("a date");
        }
        let next = NaiveDate::from_ymd_opt(y + 1, m, d).expect("a date");
        self.au == next.pred_opt().expect("a date")
    }

    /// "A rate per year is scaled to the length of P (a full year: as written; otherwise
    /// × days/365)."
    fn scale(self, test: Test, per_year: bool) -> Test {
        if per_year && !self.full_year() {
            test.map(|t| t * Q::int(self.days()) / Q::int(365))
        } else {
            test
        }
    }

    /// The calendar sub-periods that lie wholly inside P.
    pub fn judged(self, per: Sub) -> Vec<(NaiveDate, NaiveDate)> {
        let (y, m) = (self.du.year(), self.du.month());
        let first_month =
            |months: u32| NaiveDate::from_ymd_opt(y, (m - 1) / months * months + 1, 1);
        let (mut start, step) = match per {
            Sub::Mois => (first_month(1), Months::new(1)),
            Sub::Trimestre => (first_month(3), Months::new(3)),
            Sub::Semestre => (first_month(6), Months::new(6)),
            Sub::Semaine => {
                let back = self.du.weekday().num_days_from_monday();
                let monday = self.du - Days::new(back.into());
                return std::iter::successors(Some(monday), |d| Some(*d + Days::new(7)))
                    .take_while(|d| *d <= self.au)
                    .map(|d| (d, d + Days::new(6)))
                    .filter(|(s, e)| *s >= self.du && *e <= self.au)
                    .collect();
            }
        };
        let mut out = Vec::new();
        while let Some(s) = start.filter(|s| *s <= self.au) {
            let next = s + step;
            let e = next.pred_opt().expect("a date");
            if s >= self.du && e <= self.au {
                out.push((s, e));
            }
            start = Some(next);
        }
        out
    }
}

/// A figure of the JSON report.
#[derive(Debug, Clone, Copy)]
pub enum V {
    Num(Q),
    Bool(bool),
    Null,
}

#[derive(Debug)]
pub struct Expected {
    pub statut: &'static str,
    pub realise: V,
    pub attendu: V,
    pub projection: Option<Q>,
    pub lignes: usize,
    /// `(atteintes, ecoulees, total)`
    pub sous_periodes: Option<(usize, usize, usize)>,
}

/// "No measure and no declaration, a ratio with a zero denominator, …: `non_mesure`
/// (no data is never zero), with `attendu` null."
fn not_measured(lignes: usize) -> Expected {
    Expected {
        statut: "non_mesure",
        realise: V::Null,
        attendu: V::Null,
        projection: None,
        lignes,
        sous_periodes: None,
    }
}

/// The value of a selection over the counted rows in `[from, to]` (a row listed twice
/// counts once, §3), and the rows that contributed: "for `somme`/`distincts` only
/// those whose cell is not empty"; an empty `quantite` counts 1; `distincts` compares
/// values as written, trimmed.
fn measure(
    sel: Sel,
    rows: &[Row],
    cal: Cal,
    from: NaiveDate,
    to: NaiveDate,
) -> (Q, BTreeSet<usize>) {
    let mut sum = Q::int(0);
    let mut lines = BTreeSet::new();
    let mut seen = BTreeSet::new();
    for (i, r) in rows.iter().enumerate() {
        let listed = r.code.is_some_and(|c| sel.activities & (1 << c) != 0);
        let filtered_out = sel.filtered && !r.public_matches;
        if !listed || filtered_out || !cal.counts(r.date) || r.date < from || r.date > to {
            continue;
        }
        let cell = match sel.agg {
            Agg::Quantite { .. } => Some(r.quantite.unwrap_or(Q::int(1))),
            Agg::Participants => r.participants,
            Agg::Dossiers => r
                .dossier
                .as_deref()
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(|d| {
                    seen.insert(d.to_owned());
                    Q::int(0)
                }),
        };
        if let Some(v) = cell {
            sum = sum + v;
            lines.insert(i);
        }
    }
    match sel.agg {
        Agg::Dossiers => (Q::int(i64::try_from(seen.len()).expect("few")), lines),
        _ => (sum, lines),
    }
}

/// The status of the first rule that applies, else `otherwise`: §5 lists its rules in
/// order ("already met → …; otherwise …").
fn first(rules: &[(bool, &'static str)], otherwise: &'static str) -> &'static str {
    rules
        .iter()
        .find(|(applies, _)| *applies)
        .map_or(otherwise, |(_, s)| s)
}

/// "a miss is `en_retard` before the end and `non_atteint` after."
fn miss(cal: Cal) -> &'static str {
    first(&[(cal.ended(), "non_atteint")], "en_retard")
}

/// "Percentages and declared values are compared as they stand (no share of elapsed
/// time, no projection); `attendu` is the target (a range's lower bound)."
fn as_it_stands(cal: Cal, value: V, met: bool, attendu: V, lignes: usize) -> Expected {
    Expected {
        statut: if met { "atteint" } else { miss(cal) },
        realise: value,
        attendu,
        projection: None,
        lignes,
        sous_periodes: None,
    }
}

/// Every rule of §5 for one indicator. `rows` is `None` when the plan names no log:
/// "no log at all for a measured indicator: non_mesure".
pub fn evaluate(target: &Target, source: &Source, rows: Option<&[Row]>, cal: Cal) -> Expected {
    let rows = match (rows, source) {
        (_, Source::Nothing) | (None, Source::Measure(_) | Source::Ratio(..)) => {
            return not_measured(0);
        }
        (rows, _) => rows.unwrap_or_default(),
    };
    let all = |sel: Sel| measure(sel, rows, cal, cal.du, cal.au);
    match (target, source) {
        // "Yes/no: "yes" is atteint; "no" is en_retard before the end of P and
        // non_atteint after; an expected "no" mirrors this." A measure is "yes" when
        // the measured value is above zero.
        (Target::YesNo(expected), Source::Measure(_) | Source::Declared(Declared::YesNo(_))) => {
            let (yes, lignes) = match source {
                Source::Measure(sel) => {
                    let (v, l) = all(*sel);
                    (!v.is_zero(), l.len())
                }
                Source::Declared(Declared::YesNo(b)) => (*b, 0),
                _ => unreachable!(),
            };
            as_it_stands(
                cal,
                V::Bool(yes),
                yes == *expected,
                V::Bool(*expected),
                lignes,
            )
        }
        // "value = 100 × numerator / denominator"; lignes: "for a ratio the union of
        // numerator and denominator rows".
        (Target::Percent(test), Source::Ratio(num, den)) => {
            let ((n, ln), (d, ld)) = (all(*num), all(*den));
            let lignes = ln.union(&ld).count();
            if d.is_zero() {
                return not_measured(lignes);
            }
            let v = Q::int(100) * n / d;
            as_it_stands(cal, V::Num(v), test.holds(v), V::Num(test.bound()), lignes)
        }
        (Target::Percent(test), Source::Declared(Declared::Percent(v))) => {
            as_it_stands(cal, V::Num(*v), test.holds(*v), V::Num(test.bound()), 0)
        }
        // "This applies to measured and declared values alike."
        (Target::Quantity { test, per_year }, Source::Declared(Declared::Number(v))) => {
            let test = cal.scale(*test, *per_year);
            as_it_stands(cal, V::Num(*v), test.holds(*v), V::Num(test.bound()), 0)
        }
        (Target::Quantity { test, per_year }, Source::Measure(sel)) => {
            let (v, lines) = all(*sel);
            quantity(cal, v, lines.len(), cal.scale(*test, *per_year))
        }
        (Target::Rate { test, per }, Source::Measure(sel)) => rate(cal, rows, *sel, *test, *per),
        (t, s) => panic!("the generator never pairs {t:?} with {s:?}"),
    }
}

/// Counts and sums (§5): expected value, projection and status by kind of target.
fn quantity(cal: Cal, v: Q, lignes: usize, test: Test) -> Expected {
    let (days, elapsed) = (cal.days(), cal.elapsed());
    // "attendu = target × elapsed days / days in P (lower bound of a range)"
    let attendu = test.bound() * Q::int(elapsed) / Q::int(days);
    // "projection = value × days in P / elapsed days, only before the end of P"
    let projection = (elapsed > 0 && !cal.ended()).then(|| v * Q::int(days) / Q::int(elapsed));
    let statut = match (test, projection) {
        // "A before P → … a measured count or sum is en_bonne_voie (an at-most target
        // too) unless a minimum is already met (atteint)"
        _ if elapsed == 0 => first(
            &[(!test.is_maximum() && test.holds(v), "atteint")],
            "en_bonne_voie",
        ),
        // "At the end of P (A ≥ last day): atteint or non_atteint."
        (_, None) => first(&[(test.holds(v), "atteint")], "non_atteint"),
        // "at most: already broken → non_atteint; projection breaks it → en_retard;
        // else en_bonne_voie"
        (Test::Cmp(Cmp::Le | Cmp::Lt, _), Some(p)) => first(
            &[
                (!test.holds(v), "non_atteint"),
                (!test.holds(p), "en_retard"),
            ],
            "en_bonne_voie",
        ),
        // "at least: already met → atteint; otherwise en_bonne_voie when the projection
        // meets the target with the target's own comparator, else en_retard"
        (Test::Cmp(_, _), Some(p)) => first(
            &[(test.holds(v), "atteint"), (test.holds(p), "en_bonne_voie")],
            "en_retard",
        ),
        // "range and `=`: above the upper bound → non_atteint; inside → atteint; below
        // the lower bound → as "at least" on the lower bound, except en_retard when the
        // projection passes the upper bound."
        (Test::Between(lo, hi), Some(p)) => first(
            &[
                (v > hi, "non_atteint"),
                (v >= lo, "atteint"),
                (p > hi, "en_retard"),
                (p >= lo, "en_bonne_voie"),
            ],
            "en_retard",
        ),
    };
    Expected {
        statut,
        realise: V::Num(v),
        attendu: V::Num(attendu),
        projection,
        lignes,
        sous_periodes: None,
    }
}

/// "Rates per sub-period … judged on each calendar sub-period that lies wholly inside P."
fn rate(cal: Cal, rows: &[Row], sel: Sel, test: Test, per: Sub) -> Expected {
    let (v, lines) = measure(sel, rows, cal, cal.du, cal.au);
    let judged = cal.judged(per);
    if judged.is_empty() {
        // "cannot be judged: non_mesure"; "still reports its lignes"; and `realise` is
        // still "the value over P up to A".
        let mut e = not_measured(lines.len());
        e.realise = V::Num(v);
        return e;
    }
    let value = |(s, e): (NaiveDate, NaiveDate)| measure(sel, rows, cal, s, e).0;
    // "Met when every judged, completed sub-period (last day ≤ A) meets the rate."
    let completed: Vec<_> = judged
        .iter()
        .copied()
        .filter(|(_, e)| *e <= cal.as_of)
        .collect();
    let met = completed.iter().filter(|p| test.holds(value(**p))).count();
    // "a judged running sub-period already over a maximum (`< t`: at t) → non_atteint"
    let running_broken = judged
        .iter()
        .any(|&(s, e)| s <= cal.as_of && cal.as_of < e && test.broken(value((s, e))));
    // "Before the end: a completed sub-period that missed it → non_atteint; a judged
    // running sub-period already over a maximum → non_atteint; otherwise en_bonne_voie."
    let missed = met < completed.len();
    let statut = first(
        &[
            (missed || (!cal.ended() && running_broken), "non_atteint"),
            (cal.ended(), "atteint"),
        ],
        "en_bonne_voie",
    );
    Expected {
        statut,
        realise: V::Num(v),
        attendu: V::Null,
        projection: None,
        lignes: lines.len(),
        sous_periodes: Some((met, completed.len(), judged.len())),
    }
}
