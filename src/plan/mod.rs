//! The plan de projet (spec §1): the checked model, and how a file becomes one.
//!
//! Loading never stops at the first problem it can get past: the YAML structure must be
//! right (one error at a time, from the YAML reader), but every rule on the content
//! (ids, targets, measures, dates) is checked and reported in one run.

mod indicator;
mod load;
mod raw;
pub mod target;
pub mod yaml;

use chrono::NaiveDate;

pub use load::{Loaded, load, load_bytes};
pub use raw::Scalar;
pub use target::Target;

use crate::diag::Loc;

/// A checked plan.
#[derive(Debug, Clone)]
pub struct Plan {
    pub commune: String,
    pub annee: i32,
    pub allocation: Option<String>,
    pub base_legale: Option<String>,
    pub periode: DateRange,
    pub echeance: NaiveDate,
    pub langue: Langue,
    /// Log paths or globs as written, relative to the plan file, with where they stand.
    pub journaux: Vec<(String, Loc)>,
    /// Where the `journaux` list stands, when the plan has one (even empty).
    pub journaux_loc: Option<Loc>,
    pub secteurs: Vec<Secteur>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    pub du: NaiveDate,
    pub au: NaiveDate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Langue {
    Fr,
    Nl,
    En,
}

#[derive(Debug, Clone)]
pub struct Secteur {
    pub id: String,
    pub intitule: String,
    pub objectif_general: Option<String>,
    pub objectifs: Vec<ObjectifStrategique>,
}

#[derive(Debug, Clone)]
pub struct ObjectifStrategique {
    pub id: String,
    pub domaine: String,
    pub pole: Option<String>,
    pub objectifs: Vec<ObjectifOperationnel>,
}

#[derive(Debug, Clone)]
pub struct ObjectifOperationnel {
    pub id: String,
    pub intitule: String,
    pub resultats_attendus: Vec<String>,
    pub indicateurs: Vec<Indicateur>,
}

#[derive(Debug, Clone)]
pub struct Indicateur {
    pub id: String,
    pub intitule: String,
    /// The target as the plan writes it (shown in reports).
    pub cible_texte: String,
    pub cible: Target,
    pub source: Source,
    /// Where the indicator's `id` stands.
    pub loc: Loc,
}

/// Where an indicator's value comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    Mesure(Mesure),
    Declare {
        valeur: Declared,
        justification: String,
    },
    Aucune,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Mesure {
    Simple(Selection),
    Ratio {
        numerateur: Selection,
        denominateur: Selection,
    },
}

/// Which log rows count, and what is added up.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    /// Activity codes, as slugs.
    pub activites: Vec<String>,
    /// `column = value` conditions, both as slugs.
    pub filtre: Vec<(String, String)>,
    pub agregat: Agregat,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Agregat {
    /// Sum of `quantite` (an empty cell counts 1).
    Quantite,
    /// Sum of a numeric column (slug of its header).
    Somme(String),
    /// Number of distinct non-empty values of a column (slug of its header).
    Distincts(String),
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Declared {
    YesNo(bool),
    Number(f64),
    Percent(f64),
}

/// An indicator with the ids of the objectives above it.
#[derive(Debug, Clone, Copy)]
pub struct Placed<'a> {
    pub secteur: &'a Secteur,
    pub strategique: &'a ObjectifStrategique,
    pub operationnel: &'a ObjectifOperationnel,
    pub indicateur: &'a Indicateur,
}

impl<'a> Placed<'a> {
    /// `["S1", "OS1", "OO2"]`
    pub fn chemin(&self) -> [&'a str; 3] {
        [
            &self.secteur.id,
            &self.strategique.id,
            &self.operationnel.id,
        ]
    }
}

impl Plan {
    /// Every indicator, in plan order, with its place.
    pub fn indicators(&self) -> impl Iterator<Item = Placed<'_>> {
        self.secteurs.iter().flat_map(|s| {
            s.objectifs.iter().flat_map(move |os| {
                os.objectifs.iter().flat_map(move |oo| {
                    oo.indicateurs.iter().map(move |i| Placed {
                        secteur: s,
                        strategique: os,
                        operationnel: oo,
                        indicateur: i,
                    })
                })
            })
        })
    }
}

/// How many of each thing a plan holds (the `check` summary of a plan without logs).
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub sectors: usize,
    pub strategic: usize,
    pub operational: usize,
    pub indicators: usize,
    pub measured: usize,
    pub declared: usize,
    pub unmeasured: usize,
    pub yes_no: usize,
    pub percent: usize,
    pub count: usize,
}

/// Counts for the `check` summary.
pub fn counts(plan: &Plan) -> Counts {
    let mut c = Counts {
        sectors: plan.secteurs.len(),
        ..Default::default()
    };
    for s in &plan.secteurs {
        c.strategic += s.objectifs.len();
        for os in &s.objectifs {
            c.operational += os.objectifs.len();
        }
    }
    for p in plan.indicators() {
        let i = p.indicateur;
        c.indicators += 1;
        match i.source {
            Source::Mesure(_) => c.measured += 1,
            Source::Declare { .. } => c.declared += 1,
            Source::Aucune => c.unmeasured += 1,
        }
        if i.cible.is_yes_no() {
            c.yes_no += 1;
        } else if i.cible.is_percent() {
            c.percent += 1;
        } else {
            c.count += 1;
        }
    }
    c
}
