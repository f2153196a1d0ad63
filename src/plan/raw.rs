//! The plan file exactly as written (spec §1), every value that may need a diagnostic
//! kept with its location. [`super::build`] turns it into the checked model.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use super::yaml::Spanned;
use crate::text::{number, yesno};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub csc: Spanned<Scalar>,
    pub commune: Spanned<String>,
    #[serde(alias = "année")]
    pub annee: Spanned<i64>,
    pub allocation: Option<String>,
    #[serde(alias = "base_légale")]
    pub base_legale: Option<String>,
    #[serde(alias = "période")]
    pub periode: Option<Periode>,
    #[serde(alias = "échéance")]
    pub echeance: Option<Spanned<Scalar>>,
    pub langue: Option<Spanned<String>>,
    #[serde(default)]
    pub journaux: Vec<Spanned<String>>,
    #[serde(default)]
    pub secteurs: Vec<Secteur>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Periode {
    pub du: Spanned<Scalar>,
    pub au: Spanned<Scalar>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Secteur {
    pub id: Spanned<Scalar>,
    #[serde(alias = "intitulé")]
    pub intitule: String,
    #[serde(alias = "objectif_général")]
    pub objectif_general: Option<String>,
    #[serde(default, alias = "objectifs_stratégiques")]
    pub objectifs_strategiques: Vec<ObjectifStrategique>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectifStrategique {
    pub id: Spanned<Scalar>,
    pub domaine: String,
    #[serde(alias = "pôle")]
    pub pole: Option<String>,
    #[serde(default, alias = "objectifs_opérationnels")]
    pub objectifs_operationnels: Vec<ObjectifOperationnel>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectifOperationnel {
    pub id: Spanned<Scalar>,
    #[serde(alias = "intitulé")]
    pub intitule: String,
    #[serde(default, alias = "résultats_attendus")]
    pub resultats_attendus: Vec<String>,
    #[serde(default)]
    pub indicateurs: Vec<Indicateur>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicateur {
    pub id: Spanned<Scalar>,
    #[serde(alias = "intitulé")]
    pub intitule: String,
    pub cible: Spanned<Scalar>,
    pub mesure: Option<Spanned<Mesure>>,
    #[serde(alias = "déclaré")]
    pub declare: Option<Spanned<Scalar>>,
    pub justification: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mesure {
    #[serde(alias = "activité")]
    pub activite: Option<String>,
    #[serde(alias = "activités")]
    pub activites: Option<Vec<String>>,
    pub filtre: Option<Spanned<BTreeMap<String, Scalar>>>,
    pub somme: Option<String>,
    pub distincts: Option<String>,
    #[serde(alias = "numérateur")]
    pub numerateur: Option<Box<Spanned<Mesure>>>,
    #[serde(alias = "dénominateur")]
    pub denominateur: Option<Box<Spanned<Mesure>>>,
}

/// A YAML scalar that officials may write as text, number or yes/no:
/// `cible: 10`, `cible: ">= 10/an"`, `declare: Oui`, `id: 1`.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar {
    Text(String),
    Number(f64),
    Bool(bool),
}

impl fmt::Display for Scalar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scalar::Text(s) => f.write_str(s),
            Scalar::Number(n) => f.write_str(&number::display(*n)),
            Scalar::Bool(b) => f.write_str(yesno::canonical(*b)),
        }
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar::Text(v.to_owned()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar::Bool(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar::Number(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar::Number(v as f64))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
                Ok(Scalar::Number(v))
            }
        }
        d.deserialize_any(V)
    }
}
