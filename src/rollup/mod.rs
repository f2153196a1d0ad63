//! The roll-up of many plans (spec §11): each plan evaluated with its own logs, one row per
//! plan, groups (`--par`), a total, and year-over-year evolutions of each commune.
//!
//! [`find`] turns paths and folders into plan files, [`evaluate`] evaluates them (in
//! parallel when there are many) into a [`Rollup`]: a language-neutral value that keeps,
//! per plan, only what the roll-up needs (its identity and each indicator's status), so
//! that memory does not grow with logs. [`Rollup::groups`], [`Rollup::total`] and
//! [`Rollup::evolutions`] count; [`document`] is the JSON shape (`csc-rollup/1`) and
//! [`render`] writes every report format in the catalog's language.
//!
//! Decisions where §11 is silent: the measurement rate is measured indicators over all
//! indicators and the share `atteint` is `atteint` over all indicators (both `null` when
//! there is no indicator: no data is never 0 %); a plan whose logs have errors is broken
//! like a plan that fails to load; evolutions compare a commune's plans of two
//! consecutive years, told apart by their allocation when a year has several.

mod document;
mod evaluate;
mod evolution;
mod find;
pub mod messages;
pub mod render;

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;

pub use document::Document;
pub use evaluate::{evaluate, evaluate_one};
pub use evolution::{Change, Evolution, SameYear};
pub use find::{Found, find, is_plan};

use crate::diag::Diagnostic;
use crate::eval::Statut;
use crate::plan::{DateRange, Langue};
use crate::text::slug::slug;

/// How `--par` groups the rows. The values are the plan's French keys; the Dutch keys
/// (and English words) are accepted too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Par {
    /// By pôle of the objectifs stratégiques: indicators are counted per group.
    #[value(alias = "pool")]
    Pole,
    /// By domaine of the objectifs stratégiques: indicators are counted per group.
    #[value(alias = "domein", alias = "domain")]
    Domaine,
    /// By commune: plans are counted per group.
    #[value(alias = "gemeente")]
    Commune,
    /// By reporting year: plans are counted per group.
    #[value(alias = "jaar", alias = "year")]
    Annee,
}

impl Par {
    pub const ALL: [Par; 4] = [Par::Pole, Par::Domaine, Par::Commune, Par::Annee];

    /// The JSON value and the catalog's selector.
    pub fn key(self) -> &'static str {
        match self {
            Par::Pole => "pole",
            Par::Domaine => "domaine",
            Par::Commune => "commune",
            Par::Annee => "annee",
        }
    }
}

/// Every plan of the roll-up, in a stable order: by commune (as a slug), year,
/// allocation and file; plans that could not even be read come last, by file.
#[derive(Debug, Clone)]
pub struct Rollup {
    /// `--as-of`, when given (otherwise each plan has its own evaluation date).
    pub as_of: Option<NaiveDate>,
    pub plans: Vec<PlanResult>,
}

/// One plan file and what became of it.
#[derive(Debug, Clone)]
pub struct PlanResult {
    /// The path as found (to refuse `-o` onto it).
    pub path: PathBuf,
    /// The path as shown (`examples/communes/schaerbeek-2024.yaml`).
    pub file: String,
    /// The plan's identity, when it loaded.
    pub meta: Option<Meta>,
    pub outcome: Result<Evaluated, Broken>,
}

/// Who and when a plan is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub commune: String,
    pub annee: i32,
    pub allocation: Option<String>,
    pub langue: Langue,
    pub periode: DateRange,
}

/// A plan evaluated against its logs.
#[derive(Debug, Clone)]
pub struct Evaluated {
    pub as_of: NaiveDate,
    /// Every indicator, in plan order.
    pub indicators: Vec<IndicatorStatus>,
    /// Warnings of the plan and its logs (counted; `csc check` lists them).
    pub warnings: usize,
    /// The logs read, to refuse `-o` onto one of them.
    pub logs: Vec<PathBuf>,
}

/// What the roll-up keeps of an indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorStatus {
    pub id: String,
    /// The pôle of its objectif stratégique, as written.
    pub pole: Option<String>,
    /// The domaine of its objectif stratégique, as written.
    pub domaine: String,
    pub statut: Statut,
}

/// A plan that could not be evaluated: its errors (the plan's, or its logs').
#[derive(Debug, Clone)]
pub struct Broken {
    /// Errors only, in the order found.
    pub errors: Vec<Diagnostic>,
    /// The plan's file name as its diagnostics give it, and its text: for snippets under
    /// the plan's own errors.
    pub source: Option<(String, String)>,
}

impl PlanResult {
    pub fn evaluated(&self) -> Option<&Evaluated> {
        self.outcome.as_ref().ok()
    }

    pub fn is_broken(&self) -> bool {
        self.outcome.is_err()
    }

    /// The counts of this plan (empty when broken).
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        if let Ok(e) = &self.outcome {
            c.plans = 1;
            for i in &e.indicators {
                c.add(i.statut);
            }
        }
        c
    }
}

/// Indicators per status, and how many plans they come from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub plans: usize,
    /// Indicators per status; a status no indicator has may be absent ([`Counts::by_status`]
    /// and [`Counts::count`] give 0 for it).
    pub resume: BTreeMap<Statut, usize>,
}

impl Counts {
    fn add(&mut self, s: Statut) {
        *self.resume.entry(s).or_default() += 1;
    }

    fn merge(&mut self, other: &Counts) {
        self.plans += other.plans;
        for (s, n) in &other.resume {
            *self.resume.entry(*s).or_default() += n;
        }
    }

    /// Every status with its count, in the spec's order (`atteint` first).
    pub fn by_status(&self) -> [(Statut, usize); 5] {
        Statut::ALL.map(|s| (s, self.count(s)))
    }

    pub fn count(&self, s: Statut) -> usize {
        self.resume.get(&s).copied().unwrap_or(0)
    }

    pub fn indicators(&self) -> usize {
        self.resume.values().sum()
    }

    /// Indicators with a value (every status but `non_mesure`).
    pub fn measured(&self) -> usize {
        self.indicators() - self.count(Statut::NonMesure)
    }

    /// Measured indicators over all, in percent (as DHIS2 reports a reporting rate);
    /// `None` without indicators.
    pub fn measure_rate(&self) -> Option<f64> {
        share(self.measured(), self.indicators())
    }

    /// Indicators `atteint` over all, in percent; `None` without indicators.
    pub fn share_met(&self) -> Option<f64> {
        share(self.count(Statut::Atteint), self.indicators())
    }
}

fn share(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}

/// One group of `--par`.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// What rows are compared on: a slug (pôle, domaine, commune) or the year.
    pub key: String,
    /// The group as first written (the first plan's spelling); `None` for the
    /// indicators whose objectif stratégique has no pôle.
    pub label: Option<String>,
    pub counts: Counts,
}

impl Rollup {
    /// The plans that were evaluated.
    pub fn evaluated(&self) -> impl Iterator<Item = (&PlanResult, &Meta, &Evaluated)> {
        self.plans
            .iter()
            .filter_map(|p| match (&p.meta, &p.outcome) {
                (Some(m), Ok(e)) => Some((p, m, e)),
                _ => None,
            })
    }

    pub fn broken(&self) -> impl Iterator<Item = (&PlanResult, &Broken)> {
        self.plans
            .iter()
            .filter_map(|p| p.outcome.as_ref().err().map(|b| (p, b)))
    }

    /// Every evaluated plan together; broken plans are counted apart
    /// ([`Rollup::broken`]).
    pub fn total(&self) -> Counts {
        let mut t = Counts::default();
        for p in &self.plans {
            t.merge(&p.counts());
        }
        t
    }

    /// The rows grouped by `par`, sorted by key (the indicators without a pôle last).
    /// By pôle or domaine a plan counts once in each group it has indicators in.
    pub fn groups(&self, par: Par) -> Vec<Group> {
        // (no label, key): the indicators without a pôle sort last.
        let mut groups: BTreeMap<(bool, String), Group> = BTreeMap::new();
        for (_, meta, e) in self.evaluated() {
            let mut seen = std::collections::BTreeSet::new();
            let mut add = |key: String, label: Option<&str>, statut: Option<Statut>| {
                let k = (label.is_none(), key);
                // The first plan's spelling names the group (plans are sorted).
                let g = groups.entry(k.clone()).or_insert_with(|| Group {
                    key: k.1.clone(),
                    label: label.map(str::to_owned),
                    counts: Counts::default(),
                });
                if seen.insert(k) {
                    g.counts.plans += 1;
                }
                if let Some(s) = statut {
                    g.counts.add(s);
                }
            };
            match par {
                Par::Commune | Par::Annee => {
                    let (key, label) = match par {
                        Par::Commune => (slug(&meta.commune), meta.commune.clone()),
                        _ => (format!("{:04}", meta.annee), meta.annee.to_string()),
                    };
                    add(key.clone(), Some(&label), None);
                    for i in &e.indicators {
                        add(key.clone(), Some(&label), Some(i.statut));
                    }
                }
                Par::Pole | Par::Domaine => {
                    for i in &e.indicators {
                        let (key, label) = indicator_group(i, par);
                        add(key, label, Some(i.statut));
                    }
                }
            }
        }
        groups.into_values().collect()
    }
}

/// The group of an indicator by pôle or domaine: (slug, label as written).
fn indicator_group(i: &IndicatorStatus, par: Par) -> (String, Option<&str>) {
    let label = match par {
        Par::Pole => i.pole.as_deref().filter(|p| !slug(p).is_empty()),
        _ => Some(i.domaine.as_str()),
    };
    (label.map(slug).unwrap_or_default(), label)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(commune: &str, annee: i32, statuses: &[(&str, Option<&str>, Statut)]) -> PlanResult {
        let d = NaiveDate::from_ymd_opt(annee, 1, 1).unwrap();
        PlanResult {
            path: PathBuf::from(format!("{commune}-{annee}.yaml")),
            file: format!("{commune}-{annee}.yaml"),
            meta: Some(Meta {
                commune: commune.to_owned(),
                annee,
                allocation: None,
                langue: Langue::Fr,
                periode: DateRange { du: d, au: d },
            }),
            outcome: Ok(Evaluated {
                as_of: d,
                indicators: statuses
                    .iter()
                    .map(|(id, pole, s)| IndicatorStatus {
                        id: (*id).to_owned(),
                        pole: pole.map(str::to_owned),
                        domaine: "D".to_owned(),
                        statut: *s,
                    })
                    .collect(),
                warnings: 0,
                logs: Vec::new(),
            }),
        }
    }

    #[test]
    fn rates_are_over_all_indicators_and_absent_without_any() {
        let r = Rollup {
            as_of: None,
            plans: vec![plan(
                "A",
                2023,
                &[
                    ("a", None, Statut::Atteint),
                    ("b", None, Statut::NonMesure),
                    ("c", None, Statut::EnRetard),
                    ("d", None, Statut::Atteint),
                ],
            )],
        };
        let t = r.total();
        assert_eq!(t.indicators(), 4);
        assert_eq!(t.measured(), 3);
        assert_eq!(t.measure_rate(), Some(75.0));
        assert_eq!(t.share_met(), Some(50.0));
        assert_eq!(Counts::default().measure_rate(), None);
    }

    #[test]
    fn poles_compare_as_slugs_and_a_plan_counts_once_per_group() {
        let r = Rollup {
            as_of: None,
            plans: vec![
                plan(
                    "A",
                    2023,
                    &[
                        ("a", Some("Pôle radicalisme"), Statut::Atteint),
                        ("b", Some("pole  RADICALISME"), Statut::NonAtteint),
                        ("c", None, Statut::Atteint),
                    ],
                ),
                plan(
                    "B",
                    2024,
                    &[("a", Some("Pole-radicalisme"), Statut::EnRetard)],
                ),
            ],
        };
        let g = r.groups(Par::Pole);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].label.as_deref(), Some("Pôle radicalisme"));
        assert_eq!(g[0].counts.plans, 2);
        assert_eq!(g[0].counts.indicators(), 3);
        assert_eq!(g[1].label, None, "no pôle comes last");
        assert_eq!(g[1].counts.indicators(), 1);
        let y = r.groups(Par::Annee);
        assert_eq!(
            y.iter().map(|g| g.key.as_str()).collect::<Vec<_>>(),
            ["2023", "2024"]
        );
        assert_eq!(y[0].counts.plans, 1);
    }
}
