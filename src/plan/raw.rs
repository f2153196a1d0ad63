//! The plan file exactly as written (spec §1), every value that may need a diagnostic
//! kept with its location. [`super::build`] turns it into the checked model.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use super::yaml::Spanned;
use crate::text::{number, yesno};

/// The Dutch spelling of each French key (spec §1 v1.1); the serde aliases below follow
/// this table, and a test checks that they do.
pub const DUTCH_KEYS: &[(&str, &str)] = &[
    ("commune", "gemeente"),
    ("annee", "jaar"),
    ("allocation", "toelage"),
    ("base_legale", "rechtsgrond"),
    ("du", "van"),
    ("au", "tot"),
    ("echeance", "termijn"),
    ("langue", "taal"),
    ("journaux", "logboeken"),
    ("secteurs", "sectoren"),
    ("intitule", "omschrijving"),
    ("objectif_general", "algemene_doelstelling"),
    ("objectifs_strategiques", "strategische_doelstellingen"),
    ("domaine", "domein"),
    ("pole", "pool"),
    ("objectifs_operationnels", "operationele_doelstellingen"),
    ("resultats_attendus", "verwachte_resultaten"),
    ("indicateurs", "indicatoren"),
    ("cible", "doel"),
    ("mesure", "meting"),
    ("declare", "verklaard"),
    ("justification", "verantwoording"),
    ("activite", "activiteit"),
    ("activites", "activiteiten"),
    ("filtre", "filter"),
    ("somme", "som"),
    ("distincts", "uniek"),
    ("numerateur", "teller"),
    ("denominateur", "noemer"),
];

/// The Dutch spelling of a French key; `id`, `csc` and `periode` are the same.
pub fn dutch_key(french: &str) -> &str {
    DUTCH_KEYS
        .iter()
        .find(|(fr, _)| *fr == french)
        .map_or(french, |(_, nl)| nl)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub csc: Spanned<Scalar>,
    #[serde(alias = "gemeente")]
    pub commune: Spanned<String>,
    #[serde(alias = "année", alias = "jaar")]
    pub annee: Spanned<i64>,
    #[serde(alias = "toelage")]
    pub allocation: Option<String>,
    #[serde(alias = "base_légale", alias = "rechtsgrond")]
    pub base_legale: Option<String>,
    #[serde(alias = "période")]
    pub periode: Option<Periode>,
    #[serde(alias = "échéance", alias = "termijn")]
    pub echeance: Option<Spanned<Scalar>>,
    #[serde(alias = "taal")]
    pub langue: Option<Spanned<String>>,
    #[serde(default, alias = "logboeken")]
    pub journaux: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default, alias = "sectoren")]
    pub secteurs: Vec<Secteur>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Periode {
    #[serde(alias = "van")]
    pub du: Spanned<Scalar>,
    #[serde(alias = "tot")]
    pub au: Spanned<Scalar>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Secteur {
    pub id: Spanned<Scalar>,
    #[serde(alias = "intitulé", alias = "omschrijving")]
    pub intitule: String,
    #[serde(alias = "objectif_général", alias = "algemene_doelstelling")]
    pub objectif_general: Option<String>,
    #[serde(
        default,
        alias = "objectifs_stratégiques",
        alias = "strategische_doelstellingen"
    )]
    pub objectifs_strategiques: Vec<ObjectifStrategique>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectifStrategique {
    pub id: Spanned<Scalar>,
    #[serde(alias = "domein")]
    pub domaine: String,
    #[serde(alias = "pôle", alias = "pool")]
    pub pole: Option<String>,
    #[serde(
        default,
        alias = "objectifs_opérationnels",
        alias = "operationele_doelstellingen"
    )]
    pub objectifs_operationnels: Vec<ObjectifOperationnel>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObjectifOperationnel {
    pub id: Spanned<Scalar>,
    #[serde(alias = "intitulé", alias = "omschrijving")]
    pub intitule: String,
    #[serde(default, alias = "résultats_attendus", alias = "verwachte_resultaten")]
    pub resultats_attendus: Vec<String>,
    #[serde(default, alias = "indicatoren")]
    pub indicateurs: Vec<Indicateur>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicateur {
    pub id: Spanned<Scalar>,
    #[serde(alias = "intitulé", alias = "omschrijving")]
    pub intitule: String,
    #[serde(alias = "doel")]
    pub cible: Spanned<Scalar>,
    #[serde(alias = "meting")]
    pub mesure: Option<Spanned<Mesure>>,
    #[serde(alias = "déclaré", alias = "verklaard")]
    pub declare: Option<Spanned<Scalar>>,
    #[serde(alias = "verantwoording")]
    pub justification: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mesure {
    #[serde(alias = "activité", alias = "activiteit")]
    pub activite: Option<String>,
    #[serde(alias = "activités", alias = "activiteiten")]
    pub activites: Option<Vec<String>>,
    /// Values keep their location, so that a number is compared as written.
    #[serde(alias = "filter")]
    pub filtre: Option<Spanned<BTreeMap<String, Spanned<Scalar>>>>,
    #[serde(alias = "som")]
    pub somme: Option<String>,
    #[serde(alias = "uniek")]
    pub distincts: Option<String>,
    #[serde(alias = "numérateur", alias = "teller")]
    pub numerateur: Option<Box<Spanned<Mesure>>>,
    #[serde(alias = "dénominateur", alias = "noemer")]
    pub denominateur: Option<Box<Spanned<Mesure>>>,
}

/// A YAML scalar that officials may write as text, number or yes/no:
/// `cible: 10`, `cible: ">= 10/an"`, `declare: Oui`, `id: 1`. A number is YAML's reading
/// of it (`1.000` is 1, `0x10` is 16): the plan reads its text again instead
/// (`Builder::written`, spec §1 v1.1).
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

#[cfg(test)]
mod tests {
    use super::DUTCH_KEYS;

    /// Every Dutch key of the table is accepted where its French key is.
    #[test]
    fn the_dutch_aliases_follow_the_table() {
        let source = include_str!("raw.rs");
        let code = &source[..source.find("#[cfg(test)]").unwrap_or(source.len())];
        for (fr, nl) in DUTCH_KEYS {
            assert!(
                code.contains(&format!("alias = \"{nl}\"")),
                "`{nl}` (for `{fr}`) has no serde alias"
            );
            assert!(
                code.contains(&format!("pub {fr}:")),
                "`{fr}` is not a field of the plan"
            );
        }
    }
}
