//! The status rules of spec §5, applied to one value.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::calendar::{Calendar, sub_periods};
use super::{Outcome, Statut, Value};
use crate::plan::target::{Bound, Period, Target};

/// Applies the rules of spec §5 to one value. `as_stated`: a declared value, compared
/// as it stands. `buckets`: the values per calendar sub-period, for a rate per
/// sub-period measured from the logs.
pub fn evaluate(
    cible: &Target,
    value: Value,
    as_stated: bool,
    cal: &Calendar,
    buckets: Option<&(Period, BTreeMap<NaiveDate, f64>)>,
) -> Outcome {
    let mut o = Outcome {
        realise: value,
        attendu: Value::Missing,
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
            o.attendu = Value::YesNo(*expected);
            o.statut = if v == *expected {
                Statut::Atteint
            } else {
                late
            };
        }
        (Target::YesNo { expected }, Value::Number(n)) => {
            o.attendu = Value::YesNo(*expected);
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
                let (s, running_broken) = sub_periods(*bound, *per, values, cal);
                if s.total == 0 {
                    // No sub-period lies wholly inside the period: it cannot be judged.
                    return o;
                }
                o.sous_periodes = Some(s);
                o.statut = if s.atteintes < s.ecoulees || running_broken {
                    Statut::NonAtteint
                } else if cal.ended() {
                    Statut::Atteint
                } else {
                    Statut::EnBonneVoie
                };
                return o;
            }
            // A rate per year is scaled to the length of the period, measured or declared.
            let bound = if *per == Some(Period::Year) && !*percent {
                bound.scaled(cal.year_factor())
            } else {
                *bound
            };
            o.objectif = Some(bound.reference());
            if *percent || as_stated {
                o.attendu = Value::Number(bound.reference());
                o.statut = if bound.holds(v) {
                    Statut::Atteint
                } else {
                    late
                };
                return o;
            }
            counted(&mut o, bound, v, cal);
        }
    }
    o
}

/// A count or a sum against a bound, before or at the end of the period.
fn counted(o: &mut Outcome, bound: Bound, v: f64, cal: &Calendar) {
    let total = cal.total_days() as f64;
    let elapsed = cal.elapsed_days() as f64;
    if cal.ended() {
        o.attendu = Value::Number(bound.reference());
        o.statut = if bound.holds(v) {
            Statut::Atteint
        } else {
            Statut::NonAtteint
        };
        return;
    }
    let share = if total > 0.0 { elapsed / total } else { 1.0 };
    o.attendu = Value::Number(bound.reference() * share);
    let projection = (elapsed > 0.0).then(|| v * total / elapsed);
    o.projection = projection;
    let on_pace = |test: Bound| projection.is_none_or(|p| test.holds(p));
    o.statut = match bound {
        Bound::AtLeast(_) | Bound::MoreThan(_) => {
            if bound.holds(v) {
                Statut::Atteint
            } else if on_pace(bound) {
                Statut::EnBonneVoie
            } else {
                Statut::EnRetard
            }
        }
        Bound::AtMost(_) | Bound::LessThan(_) => {
            if !bound.holds(v) {
                Statut::NonAtteint
            } else if on_pace(bound) {
                Statut::EnBonneVoie
            } else {
                Statut::EnRetard
            }
        }
        Bound::Exactly(n) | Bound::Between(n, _) => {
            if bound.upper_passed(v) {
                Statut::NonAtteint
            } else if bound.holds(v) {
                Statut::Atteint
            } else if projection.is_some_and(|p| bound.upper_passed(p)) {
                Statut::EnRetard
            } else if on_pace(Bound::AtLeast(n)) {
                Statut::EnBonneVoie
            } else {
                Statut::EnRetard
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::Calendar;
    use crate::plan::target::parse;

    fn r2(x: f64) -> f64 {
        (x * 100.0).round() / 100.0
    }

    fn rounded(v: Value) -> Option<f64> {
        match v {
            Value::Number(n) => Some(r2(n)),
            _ => None,
        }
    }

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
        assert_eq!(rounded(o.attendu), Some(5.01));
        assert_eq!(o.projection.map(r2), Some(11.97));
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
            (o.statut, rounded(o.attendu)),
            (Statut::NonAtteint, Some(5.04))
        );
        let o = evaluate(&t, Value::Number(6.0), false, &c, None);
        assert_eq!(o.statut, Statut::Atteint);
    }

    #[test]
    fn more_than_is_on_track_only_when_the_pace_passes_strictly() {
        // 5 by 2023-07-02 (day 183 of 365) projects to 9.97: not > 10, and not ≥ 10
        assert_eq!(
            status("> 10/an", Value::Number(5.0), "2023-07-02"),
            Statut::EnRetard
        );
        // 5.5 projects to 10.97 > 10
        assert_eq!(
            status("> 10/an", Value::Number(5.5), "2023-07-02"),
            Statut::EnBonneVoie
        );
        // exactly on the pace of 10 (183/365 × 10 = 5.0137) is enough for ≥, not for >
        let v = 10.0 * 183.0 / 365.0;
        assert_eq!(
            status(">= 10/an", Value::Number(v), "2023-07-02"),
            Statut::EnBonneVoie
        );
        assert_eq!(
            status("> 10/an", Value::Number(v), "2023-07-02"),
            Statut::EnRetard
        );
    }

    #[test]
    fn ranges_before_the_end() {
        // inside → met; above → not met; below → as a minimum on the lower bound
        assert_eq!(
            status("entre 5 et 10", Value::Number(6.0), "2023-03-01"),
            Statut::Atteint
        );
        assert_eq!(
            status("entre 5 et 10", Value::Number(11.0), "2023-03-01"),
            Statut::NonAtteint
        );
        assert_eq!(
            status("entre 5 et 10", Value::Number(3.0), "2023-07-02"),
            Statut::EnBonneVoie
        );
        assert_eq!(
            status("entre 5 et 10", Value::Number(1.0), "2023-07-02"),
            Statut::EnRetard
        );
        // below the range, but at this pace it ends above it
        assert_eq!(
            status("entre 5 et 10", Value::Number(4.0), "2023-02-01"),
            Statut::EnRetard
        );
        assert_eq!(
            status("= 1", Value::Number(1.0), "2023-03-01"),
            Statut::Atteint
        );
        assert_eq!(
            status("= 1", Value::Number(2.0), "2023-03-01"),
            Statut::NonAtteint
        );
    }

    #[test]
    fn before_the_period_nothing_is_late() {
        let o = evaluate(
            &parse(">= 10/an").unwrap(),
            Value::Number(0.0),
            false,
            &cal("2022-12-15"),
            None,
        );
        assert_eq!(o.statut, Statut::EnBonneVoie);
        assert_eq!(o.attendu, Value::Number(0.0));
        assert_eq!(o.projection, None);
        assert_eq!(
            status("<= 5", Value::Number(0.0), "2022-12-15"),
            Statut::EnBonneVoie
        );
    }

    #[test]
    fn a_declared_yearly_rate_is_scaled_to_a_short_period() {
        let c = Calendar {
            du: NaiveDate::from_ymd_opt(2023, 7, 1).unwrap(),
            au: NaiveDate::from_ymd_opt(2023, 12, 31).unwrap(),
            as_of: NaiveDate::from_ymd_opt(2023, 12, 31).unwrap(),
        };
        // 10/an over 184 days is 5.04: a declared 6 meets it
        let o = evaluate(
            &parse(">= 10/an").unwrap(),
            Value::Number(6.0),
            true,
            &c,
            None,
        );
        assert_eq!(o.statut, Statut::Atteint);
        assert_eq!(rounded(o.attendu), Some(5.04));
    }

    #[test]
    fn a_running_sub_period_over_a_maximum_is_not_met() {
        let d = |m| NaiveDate::from_ymd_opt(2023, m, 1).unwrap();
        let values: BTreeMap<_, _> = [(d(1), 1.0), (d(2), 4.0)].into();
        let o = evaluate(
            &parse("<= 3/mois").unwrap(),
            Value::Number(5.0),
            false,
            &cal("2023-02-10"),
            Some(&(Period::Month, values)),
        );
        assert_eq!(o.statut, Statut::NonAtteint);
    }

    #[test]
    fn a_sub_period_that_never_fits_is_not_measured() {
        let c = Calendar {
            du: NaiveDate::from_ymd_opt(2023, 1, 1).unwrap(),
            au: NaiveDate::from_ymd_opt(2023, 4, 30).unwrap(),
            as_of: NaiveDate::from_ymd_opt(2023, 4, 30).unwrap(),
        };
        let o = evaluate(
            &parse(">= 1/semestre").unwrap(),
            Value::Number(3.0),
            false,
            &c,
            Some(&(Period::Semester, BTreeMap::new())),
        );
        assert_eq!(o.statut, Statut::NonMesure);
        assert_eq!(o.sous_periodes, None);
        assert_eq!(o.attendu, Value::Missing);
    }

    #[test]
    fn yes_no_and_percentages_say_what_was_expected() {
        let o = evaluate(
            &parse("Oui").unwrap(),
            Value::YesNo(true),
            false,
            &cal("2023-03-01"),
            None,
        );
        assert_eq!(o.attendu, Value::YesNo(true));
        let o = evaluate(
            &parse(">= 80 %").unwrap(),
            Value::Number(70.0),
            false,
            &cal("2023-03-01"),
            None,
        );
        assert_eq!(o.attendu, Value::Number(80.0));
        let o = evaluate(
            &parse(">= 80 %").unwrap(),
            Value::Missing,
            false,
            &cal("2023-03-01"),
            None,
        );
        assert_eq!(o.attendu, Value::Missing);
    }
}
