//! The calendar of an evaluation: the period, the evaluation date, elapsed days, and the
//! calendar sub-periods a rate is judged on (spec §5).

use std::collections::BTreeMap;

use chrono::{Datelike, Days, Months, NaiveDate};

use super::SubPeriods;
use crate::plan::target::{Bound, Period};

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

pub(super) fn sub_periods(
    bound: Bound,
    per: Period,
    values: &BTreeMap<NaiveDate, f64>,
    cal: &Calendar,
) -> SubPeriods {
    let mut s = SubPeriods {
        periode: per.key(),
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
