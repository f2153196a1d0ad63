//! Year-over-year evolutions (spec §11): when a commune has plans for two consecutive
//! years, each indicator id found in both is compared on the order `atteint` >
//! `en_bonne_voie` > `en_retard` > `non_atteint`; `non_mesure` on either side is counted
//! apart, as not comparable.
//!
//! A commune may have several plans in one year (one per allocation): then plans are
//! paired by allocation (as slugs). When one year has a single plan on each side they are
//! paired whatever their allocation says (its wording changes from year to year).

use std::collections::{BTreeMap, HashMap};

use super::{Evaluated, Meta, PlanResult, Rollup};
use crate::eval::Statut;
use crate::text::slug::slug;

/// How an indicator's status moved from one year to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Change {
    Improved,
    Worsened,
    Unchanged,
    NotComparable,
}

impl Change {
    pub const ALL: [Change; 4] = [
        Change::Improved,
        Change::Worsened,
        Change::Unchanged,
        Change::NotComparable,
    ];

    /// The JSON value and the catalog's selector.
    pub fn key(self) -> &'static str {
        match self {
            Change::Improved => "ameliore",
            Change::Worsened => "degrade",
            Change::Unchanged => "stable",
            Change::NotComparable => "non_comparable",
        }
    }

    pub fn between(before: Statut, after: Statut) -> Change {
        match (rank(before), rank(after)) {
            (Some(b), Some(a)) if a > b => Change::Improved,
            (Some(b), Some(a)) if a < b => Change::Worsened,
            (Some(_), Some(_)) => Change::Unchanged,
            _ => Change::NotComparable,
        }
    }
}

/// The order of §11; `non_mesure` has none.
fn rank(s: Statut) -> Option<u8> {
    match s {
        Statut::Atteint => Some(3),
        Statut::EnBonneVoie => Some(2),
        Statut::EnRetard => Some(1),
        Statut::NonAtteint => Some(0),
        Statut::NonMesure => None,
    }
}

/// One side of an evolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    pub annee: i32,
    pub file: String,
}

/// A commune's plans of two consecutive years, compared indicator by indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Evolution {
    /// As the later plan writes it.
    pub commune: String,
    pub before: Side,
    pub after: Side,
    /// Indicators found in both plans, in the later plan's order: id, status before,
    /// status after, change.
    pub indicators: Vec<(String, Statut, Statut, Change)>,
}

impl Evolution {
    pub fn count(&self, c: Change) -> usize {
        self.indicators.iter().filter(|i| i.3 == c).count()
    }

    /// Indicators found in both years.
    pub fn compared(&self) -> usize {
        self.indicators.len()
    }
}

/// Plans of one commune and year that their allocation cannot tell apart: no evolution
/// is computed for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SameYear {
    pub commune: String,
    pub annee: i32,
    pub files: Vec<String>,
}

type Entry<'r> = (&'r PlanResult, &'r Meta, &'r Evaluated);

impl Rollup {
    /// Every evolution, by commune and year, and the plans that could not be paired.
    pub fn evolutions(&self) -> (Vec<Evolution>, Vec<SameYear>) {
        let mut communes: BTreeMap<String, BTreeMap<i32, Vec<Entry<'_>>>> = BTreeMap::new();
        for e in self.evaluated() {
            communes
                .entry(slug(&e.1.commune))
                .or_default()
                .entry(e.1.annee)
                .or_default()
                .push(e);
        }
        let mut evolutions = Vec::new();
        let mut same_year = Vec::new();
        for years in communes.values() {
            for (annee, plans) in years {
                if has_twins(plans) {
                    same_year.push(SameYear {
                        commune: plans[0].1.commune.clone(),
                        annee: *annee,
                        files: plans.iter().map(|p| p.0.file.clone()).collect(),
                    });
                }
                let Some(next) = years.get(&(annee + 1)) else {
                    continue;
                };
                for (before, after) in pairs(plans, next) {
                    evolutions.push(compare(before, after));
                }
            }
        }
        (evolutions, same_year)
    }
}

fn allocation(e: &Entry<'_>) -> String {
    e.1.allocation.as_deref().map(slug).unwrap_or_default()
}

/// Whether two plans of a year have the same allocation.
fn has_twins(plans: &[Entry<'_>]) -> bool {
    let mut seen = std::collections::HashSet::new();
    plans.iter().any(|p| !seen.insert(allocation(p)))
}

/// The plans of two consecutive years that follow each other.
fn pairs<'a, 'r>(
    before: &'a [Entry<'r>],
    after: &'a [Entry<'r>],
) -> Vec<(&'a Entry<'r>, &'a Entry<'r>)> {
    if let ([b], [a]) = (before, after) {
        return vec![(b, a)];
    }
    let count =
        |plans: &[Entry<'_>], key: &str| plans.iter().filter(|p| allocation(p) == key).count();
    before
        .iter()
        .filter_map(|b| {
            let key = allocation(b);
            if count(before, &key) != 1 || count(after, &key) != 1 {
                return None;
            }
            after.iter().find(|a| allocation(a) == key).map(|a| (b, a))
        })
        .collect()
}

fn compare(before: &Entry<'_>, after: &Entry<'_>) -> Evolution {
    let old: HashMap<&str, Statut> = before
        .2
        .indicators
        .iter()
        .map(|i| (i.id.as_str(), i.statut))
        .collect();
    Evolution {
        commune: after.1.commune.clone(),
        before: Side {
            annee: before.1.annee,
            file: before.0.file.clone(),
        },
        after: Side {
            annee: after.1.annee,
            file: after.0.file.clone(),
        },
        indicators: after
            .2
            .indicators
            .iter()
            .filter_map(|i| {
                old.get(i.id.as_str())
                    .map(|b| (i.id.clone(), *b, i.statut, Change::between(*b, i.statut)))
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_order_of_the_spec() {
        use Statut::*;
        assert_eq!(Change::between(NonAtteint, EnRetard), Change::Improved);
        assert_eq!(Change::between(EnRetard, EnBonneVoie), Change::Improved);
        assert_eq!(Change::between(Atteint, EnBonneVoie), Change::Worsened);
        assert_eq!(Change::between(Atteint, Atteint), Change::Unchanged);
        assert_eq!(Change::between(NonMesure, NonMesure), Change::NotComparable);
        assert_eq!(Change::between(Atteint, NonMesure), Change::NotComparable);
        assert_eq!(
            Change::between(NonMesure, NonAtteint),
            Change::NotComparable
        );
    }
}
