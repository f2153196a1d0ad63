//! The roll-up as JSON (`csc-rollup/1`, spec §11): keys, status codes and change codes
//! are never translated; only the `message` of an error is in the report's language, as
//! in `check --format json`. Fields are declared in alphabetical order, as in
//! `csc-report/1`, and every number is rounded to 2 decimals (spec §7).

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Change, Counts, Evolution, Group, Par, PlanResult, Rollup};
use crate::eval::Statut;
use crate::i18n::Catalog;

#[derive(Debug, Serialize)]
pub struct Document<'a> {
    /// `--as-of`, when given; each plan has its own `as_of` too.
    pub as_of: Option<String>,
    pub evolutions: Vec<EvolutionDoc<'a>>,
    pub format: &'static str,
    /// The groups of `--par` (empty without it).
    pub groupes: Vec<GroupDoc<'a>>,
    pub par: Option<&'static str>,
    pub plans: Vec<PlanDoc<'a>>,
    pub total: TotalDoc,
}

#[derive(Debug, Serialize)]
pub struct PlanDoc<'a> {
    pub allocation: Option<&'a str>,
    pub annee: Option<i32>,
    pub as_of: Option<String>,
    pub avertissements: usize,
    pub commune: Option<&'a str>,
    /// Empty for a plan that was evaluated.
    pub erreurs: Vec<ErrorDoc>,
    pub fichier: &'a str,
    pub indicateurs: Option<usize>,
    pub mesures: Option<usize>,
    #[serde(serialize_with = "crate::report::opt_number")]
    pub part_atteint: Option<f64>,
    pub periode: Option<PeriodDoc>,
    pub resume: Option<BTreeMap<Statut, usize>>,
    #[serde(serialize_with = "crate::report::opt_number")]
    pub taux_de_mesure: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct PeriodDoc {
    pub au: String,
    pub du: String,
}

#[derive(Debug, Serialize)]
pub struct ErrorDoc {
    pub code: &'static str,
    pub colonne: Option<usize>,
    pub fichier: String,
    pub ligne: Option<usize>,
    pub message: String,
}

#[derive(Debug, Serialize)]
pub struct GroupDoc<'a> {
    /// What groups compare on: a slug, or the year.
    pub cle: &'a str,
    /// The group as first written; `null` for indicators without a pôle.
    pub groupe: Option<&'a str>,
    pub indicateurs: usize,
    pub mesures: usize,
    #[serde(serialize_with = "crate::report::opt_number")]
    pub part_atteint: Option<f64>,
    pub plans: usize,
    pub resume: BTreeMap<Statut, usize>,
    #[serde(serialize_with = "crate::report::opt_number")]
    pub taux_de_mesure: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct TotalDoc {
    pub indicateurs: usize,
    pub mesures: usize,
    #[serde(serialize_with = "crate::report::opt_number")]
    pub part_atteint: Option<f64>,
    /// Plans evaluated.
    pub plans: usize,
    /// Plans that could not be evaluated (listed in `plans` with their `erreurs`).
    pub plans_en_erreur: usize,
    pub resume: BTreeMap<Statut, usize>,
    #[serde(serialize_with = "crate::report::opt_number")]
    pub taux_de_mesure: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct EvolutionDoc<'a> {
    pub ameliores: usize,
    pub apres: SideDoc<'a>,
    pub avant: SideDoc<'a>,
    pub commune: &'a str,
    /// Indicators found in both plans.
    pub compares: usize,
    pub degrades: usize,
    pub indicateurs: Vec<ChangeDoc<'a>>,
    pub non_comparables: usize,
    pub stables: usize,
}

#[derive(Debug, Serialize)]
pub struct SideDoc<'a> {
    pub annee: i32,
    pub fichier: &'a str,
}

#[derive(Debug, Serialize)]
pub struct ChangeDoc<'a> {
    pub apres: Statut,
    pub avant: Statut,
    pub evolution: &'static str,
    pub id: &'a str,
}

/// Every status, 0 included.
fn resume(c: &Counts) -> BTreeMap<Statut, usize> {
    c.by_status().into_iter().collect()
}

impl<'a> Document<'a> {
    /// The document of a roll-up grouped by `par`; error messages from `catalog`.
    pub fn new(
        rollup: &'a Rollup,
        par: Option<Par>,
        groups: &'a [Group],
        evolutions: &'a [Evolution],
        catalog: &Catalog,
    ) -> Self {
        let total = rollup.total();
        Self {
            as_of: rollup.as_of.map(|d| d.to_string()),
            evolutions: evolutions.iter().map(evolution).collect(),
            format: "csc-rollup/1",
            groupes: groups
                .iter()
                .map(|g| GroupDoc {
                    cle: &g.key,
                    groupe: g.label.as_deref(),
                    indicateurs: g.counts.indicators(),
                    mesures: g.counts.measured(),
                    part_atteint: g.counts.share_met(),
                    plans: g.counts.plans,
                    resume: resume(&g.counts),
                    taux_de_mesure: g.counts.measure_rate(),
                })
                .collect(),
            par: par.map(Par::key),
            plans: rollup.plans.iter().map(|p| plan(p, catalog)).collect(),
            total: TotalDoc {
                indicateurs: total.indicators(),
                mesures: total.measured(),
                part_atteint: total.share_met(),
                plans: total.plans,
                plans_en_erreur: rollup.broken().count(),
                resume: resume(&total),
                taux_de_mesure: total.measure_rate(),
            },
        }
    }
}

fn plan<'a>(p: &'a PlanResult, catalog: &Catalog) -> PlanDoc<'a> {
    let meta = p.meta.as_ref();
    let evaluated = p.evaluated();
    let counts = evaluated.map(|_| p.counts());
    PlanDoc {
        allocation: meta.and_then(|m| m.allocation.as_deref()),
        annee: meta.map(|m| m.annee),
        as_of: evaluated.map(|e| e.as_of.to_string()),
        avertissements: evaluated.map_or(0, |e| e.warnings),
        commune: meta.map(|m| m.commune.as_str()),
        erreurs: match &p.outcome {
            Ok(_) => Vec::new(),
            Err(b) => b
                .errors
                .iter()
                .map(|d| ErrorDoc {
                    code: d.code.id,
                    colonne: d.loc.map(|l| l.column),
                    fichier: d.file.clone(),
                    ligne: d.loc.map(|l| l.line),
                    message: catalog.message(d),
                })
                .collect(),
        },
        fichier: &p.file,
        indicateurs: counts.as_ref().map(Counts::indicators),
        mesures: counts.as_ref().map(Counts::measured),
        part_atteint: counts.as_ref().and_then(Counts::share_met),
        periode: meta.map(|m| PeriodDoc {
            au: m.periode.au.to_string(),
            du: m.periode.du.to_string(),
        }),
        resume: counts.as_ref().map(resume),
        taux_de_mesure: counts.as_ref().and_then(Counts::measure_rate),
    }
}

fn evolution(e: &Evolution) -> EvolutionDoc<'_> {
    EvolutionDoc {
        ameliores: e.count(Change::Improved),
        apres: SideDoc {
            annee: e.after.annee,
            fichier: &e.after.file,
        },
        avant: SideDoc {
            annee: e.before.annee,
            fichier: &e.before.file,
        },
        commune: &e.commune,
        compares: e.compared(),
        degrades: e.count(Change::Worsened),
        indicateurs: e
            .indicators
            .iter()
            .map(|(id, before, after, change)| ChangeDoc {
                apres: *after,
                avant: *before,
                evolution: change.key(),
                id,
            })
            .collect(),
        non_comparables: e.count(Change::NotComparable),
        stables: e.count(Change::Unchanged),
    }
}

#[cfg(test)]
mod tests {
    use crate::report::round2;

    #[test]
    fn rounding_matches_the_report() {
        let r = |n: f64| round2(n).to_string();
        assert_eq!(r(2.675), "2.68");
        assert_eq!(r(100.0 * 2.0 / 3.0), "66.67");
        assert_eq!(r(12.0), "12");
    }
}
