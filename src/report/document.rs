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
    pub fichier: String,
    pub lignes: u64,
}

#[derive(Debug, Serialize)]
pub struct Indicator<'a> {
    pub attendu: Realise,
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

/// Every number rounded to 2 decimals, half away from zero (spec §7); whole numbers as
/// integers (`12`, not `12.0`).
fn number<S: Serializer>(n: f64, s: S) -> Result<S::Ok, S::Error> {
    let r = round2(n);
    if r.fract() == 0.0 && r.abs() < 9e15 {
        s.serialize_i64(r as i64)
    } else {
        s.serialize_f64(r)
    }
}

/// Rounds to 2 decimals, half away from zero, on the number as it is written (its
/// shortest decimal form): 2.675 → 2.68, although the binary value is 2.67499….
pub fn round2(n: f64) -> f64 {
    if !n.is_finite() {
        return n;
    }
    // Rust writes a float in its shortest decimal form that reads back the same, never
    // with an exponent.
    let written = format!("{}", n.abs());
    let (int, frac) = written.split_once('.').unwrap_or((written.as_str(), ""));
    if frac.len() <= 2 {
        return n;
    }
    let mut units: f64 = format!("{int}{}", &frac[..2]).parse().unwrap_or(0.0);
    if frac.as_bytes()[2] >= b'5' {
        units += 1.0;
    }
    let r = units / 100.0;
    if n < 0.0 { -r } else { r }
}

/// An optional number as the JSON reports write it (for `serialize_with`, which passes a
/// reference).
pub fn opt_number<S: Serializer>(n: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
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
                    attendu: Realise(o.attendu),
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
                    fichier: report.shown_path(&l.file),
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

#[cfg(test)]
mod tests {
    use super::round2;

    #[test]
    fn rounding_is_half_away_from_zero_on_the_written_number() {
        let r = |n: f64| round2(n).to_string();
        assert_eq!(r(2.675), "2.68");
        assert_eq!(r(1.005), "1.01");
        assert_eq!(r(-2.675), "-2.68");
        assert_eq!(r(11.966), "11.97");
        assert_eq!(r(5.0137), "5.01");
        assert_eq!(r(12.0), "12");
        assert_eq!(r(0.125), "0.13");
        assert_eq!(r(1e21), "1000000000000000000000");
    }
}
