//! The report as a language-neutral value (spec §7, `csc-report/1`): what the JSON export
//! serialises. Keys, status codes and period codes are never translated.
//!
//! Fields are declared in alphabetical order: that is the order `csc-report/1` has
//! always been written in, and scripts may diff reports as text.

use std::collections::BTreeMap;

use serde::{Serialize, Serializer};

use super::Report;
use crate::eval::{Statut, SubPeriods, Value};

/// The whole report.
#[derive(Debug, Serialize)]
pub struct Document<'a> {
    pub annee: i32,
    pub as_of: String,
    pub commune: &'a str,
    pub echeance: String,
    pub format: &'static str,
    pub indicateurs: Vec<Indicator<'a>>,
    pub journaux: Vec<Log<'a>>,
    pub periode: Period,
    pub resume: BTreeMap<Statut, usize>,
}

#[derive(Debug, Serialize)]
pub struct Period {
    pub au: String,
    pub du: String,
}

#[derive(Debug, Serialize)]
pub struct Log<'a> {
    pub encodage: &'a str,
    pub fichier: &'a str,
    pub lignes: u64,
}

#[derive(Debug, Serialize)]
pub struct Indicator<'a> {
    #[serde(serialize_with = "opt_number")]
    pub attendu: Option<f64>,
    pub chemin: [&'a str; 3],
    pub cible: &'a str,
    pub id: &'a str,
    pub intitule: &'a str,
    pub lignes: u64,
    #[serde(serialize_with = "opt_number")]
    pub projection: Option<f64>,
    pub realise: Realise,
    pub sous_periodes: Option<SubPeriodsDoc>,
    pub statut: Statut,
}

/// A value: a number, yes/no, or `null` when not measured.
#[derive(Debug, Clone, Copy)]
pub struct Realise(pub Value);

impl Serialize for Realise {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Number(n) => number(n, s),
            Value::YesNo(b) => s.serialize_bool(b),
            Value::Missing => s.serialize_none(),
        }
    }
}

#[derive(Debug, Serialize)]
pub struct SubPeriodsDoc {
    pub atteintes: usize,
    pub ecoulees: usize,
    pub periode: &'static str,
    pub total: usize,
}

impl From<SubPeriods> for SubPeriodsDoc {
    fn from(s: SubPeriods) -> Self {
        Self {
            atteintes: s.atteintes,
            ecoulees: s.ecoulees,
            periode: s.periode,
            total: s.total,
        }
    }
}

/// Whole numbers as integers (`12`, not `12.0`), others with two decimals at most.
fn number<S: Serializer>(n: f64, s: S) -> Result<S::Ok, S::Error> {
    if (n - n.round()).abs() < 1e-9 && n.abs() < 9e15 {
        s.serialize_i64(n.round() as i64)
    } else {
        s.serialize_f64((n * 100.0).round() / 100.0)
    }
}

#[expect(
    clippy::ref_option,
    reason = "serde's serialize_with passes a reference"
)]
fn opt_number<S: Serializer>(n: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match n {
        Some(n) => number(*n, s),
        None => s.serialize_none(),
    }
}

impl<'a> Document<'a> {
    pub fn new(report: &'a Report<'a>) -> Self {
        let plan = report.plan;
        Self {
            annee: plan.annee,
            as_of: report.cal.as_of.to_string(),
            commune: &plan.commune,
            echeance: plan.echeance.to_string(),
            format: "csc-report/1",
            indicateurs: report
                .lines
                .iter()
                .map(|(p, o)| Indicator {
                    attendu: o.attendu,
                    chemin: p.chemin(),
                    cible: &p.indicateur.cible_texte,
                    id: &p.indicateur.id,
                    intitule: &p.indicateur.intitule,
                    lignes: o.lignes,
                    projection: o.projection,
                    realise: Realise(o.realise),
                    sous_periodes: o.sous_periodes.map(Into::into),
                    statut: o.statut,
                })
                .collect(),
            journaux: report
                .logs
                .iter()
                .map(|l| Log {
                    encodage: l.encoding,
                    fichier: &l.file,
                    lignes: l.rows,
                })
                .collect(),
            periode: Period {
                au: plan.periode.au.to_string(),
                du: plan.periode.du.to_string(),
            },
            resume: report.resume(),
        }
    }
}
