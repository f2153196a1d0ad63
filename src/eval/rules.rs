//! The status rules of spec §5, applied to one value.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::calendar::{Calendar, sub_periods};
use super::{Outcome, Statut, SubPeriods, Value};
use crate::plan::target::{Bound, Period, Target};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::Calendar;
    use crate::plan::target::parse;

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
