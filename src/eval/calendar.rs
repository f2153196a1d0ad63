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

    /// Whether the period is a full year: it ends the day before the same date one year
    /// later (28 February when it starts on 29 February), spec §5.
    pub fn is_full_year(&self) -> bool {
        let end = if self.du.month() == 2 && self.du.day() == 29 {
            NaiveDate::from_ymd_opt(self.du.year() + 1, 2, 28)
        } else {
            (self.du + Months::new(12)).pred_opt()
        };
        end == Some(self.au)
    }

    /// How a yearly rate scales to the period: 1 for a full year, else days / 365.
    pub fn year_factor(&self) -> f64 {
        if self.is_full_year() {
            1.0
        } else {
            self.total_days() as f64 / 365.0
        }
    }

    /// The calendar sub-periods wholly inside the period (the ones a rate is judged on):
    /// `(first day, last day)`, in order. Weeks are ISO weeks, Monday to Sunday.
    pub fn judged(&self, per: Period) -> Vec<(NaiveDate, NaiveDate)> {
        let mut out = Vec::new();
        let mut start = bucket_start(self.du, per);
        while start <= self.au {
            let next = next_bucket(start, per);
            let Some(end) = next.pred_opt() else { break };
            if start >= self.du && end <= self.au {
                out.push((start, end));
            }
            start = next;
        }
        out
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

/// How a rate per sub-period stands: judged sub-periods met, completed, in all; and
/// whether a running one already broke a maximum.
pub(super) fn sub_periods(
    bound: Bound,
    per: Period,
    values: &BTreeMap<NaiveDate, f64>,
    cal: &Calendar,
) -> (SubPeriods, bool) {
    let mut s = SubPeriods {
        periode: per.key(),
        atteintes: 0,
        ecoulees: 0,
        total: 0,
    };
    let mut running_broken = false;
    for (start, end) in cal.judged(per) {
        let value = values.get(&start).copied().unwrap_or(0.0);
        s.total += 1;
        if end <= cal.as_of {
            s.ecoulees += 1;
            if bound.holds(value) {
                s.atteintes += 1;
            }
        } else if start <= cal.as_of && bound.upper_passed(value) {
            running_broken = true;
        }
    }
    (s, running_broken)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cal(du: &str, au: &str) -> Calendar {
        Calendar {
            du: du.parse().unwrap(),
            au: au.parse().unwrap(),
            as_of: au.parse().unwrap(),
        }
    }

    #[test]
    fn full_years() {
        assert!(cal("2023-01-01", "2023-12-31").is_full_year());
        assert!(cal("2023-07-01", "2024-06-30").is_full_year());
        assert!(cal("2024-02-29", "2025-02-28").is_full_year());
        // 366 days without a 29 February: not a year, scaled
        let c = cal("2023-01-01", "2024-01-01");
        assert!(!c.is_full_year());
        assert!((c.year_factor() - 366.0 / 365.0).abs() < 1e-12);
    }

    #[test]
    fn only_whole_sub_periods_are_judged() {
        // 2023 starts on a Sunday: its first ISO week is not wholly inside, 52 are.
        assert_eq!(
            cal("2023-01-01", "2023-12-31").judged(Period::Week).len(),
            52
        );
        assert_eq!(
            cal("2023-01-01", "2023-12-31")
                .judged(Period::Quarter)
                .len(),
            4
        );
        // four months hold no whole semester
        assert!(
            cal("2023-01-01", "2023-04-30")
                .judged(Period::Semester)
                .is_empty()
        );
        assert_eq!(
            cal("2023-01-15", "2023-04-30").judged(Period::Month).len(),
            3
        );
    }
}
