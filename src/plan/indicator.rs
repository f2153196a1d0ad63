//! The checks of one indicator: its target, and its measure or declared value, with the
//! rules that tie them (a percentage needs a ratio, a yes/no target a yes/no value).

use std::collections::HashMap;

use super::load::Builder;
use super::raw::{self, Scalar};
use super::target::{self, Target, TargetErrorKind};
use super::yaml::{self, Spanned};
use super::{Agregat, Declared, Indicateur, Mesure, Selection, Source};
use crate::diag::{Loc, codes};
use crate::text::{number, slug::slug, yesno};

impl Builder<'_> {
    pub(super) fn indicator(
        &mut self,
        raw: raw::Indicateur,
        seen: &mut HashMap<String, usize>,
    ) -> Option<Indicateur> {
        let id = self.written(&raw.id);
        let loc = self.written_span(&raw.id);
        if let Some(&first_line) = seen.get(&id) {
            self.error_with(
                loc,
                codes::DUPLICATE_ID,
                &[
                    ("id", id.clone().into()),
                    ("first_line", first_line.into()),
                    ("whole_plan", true.into()),
                ],
            );
        } else {
            let mut none = HashMap::new();
            self.id(&raw.id, &mut none);
            seen.insert(id.clone(), loc.line);
        }

        // `cible: 1.000` is the ambiguous text `1.000`, not YAML's 1 (spec §1 v1.1).
        let cible_texte = self.written(&raw.cible);
        let cible = match &raw.cible.value {
            Scalar::Bool(b) => Some(Target::YesNo { expected: *b }),
            _ => match target::parse(&cible_texte) {
                Ok(t) => Some(t),
                Err(e) => {
                    let start = self.text_start(&raw.cible);
                    let loc = Loc::new(start.line, start.column + e.at).with_len(e.len);
                    if let TargetErrorKind::RefusedNumber(refused) = e.kind {
                        let value: String = cible_texte.chars().skip(e.at).take(e.len).collect();
                        self.error_with(
                            loc,
                            codes::BAD_NUMBER,
                            &[("value", value.into()), ("kind", refused.key().into())],
                        );
                    } else {
                        let (kind, word) = e.kind.key();
                        self.error_with(
                            loc,
                            codes::BAD_TARGET,
                            &[("kind", kind.into()), ("word", word.into())],
                        );
                    }
                    None
                }
            },
        };

        let source = match (raw.mesure, raw.declare) {
            (Some(m), Some(_)) => {
                self.error(yaml::loc(&m.referenced), codes::MEASURE_AND_DECLARE);
                None
            }
            (Some(m), None) => self.measure(&m).map(Source::Mesure),
            (None, Some(d)) => self.declared(&d, raw.justification.as_ref()),
            (None, None) => Some(Source::Aucune),
        };

        let (cible, source) = (cible?, source?);
        let cible_loc = self.written_span(&raw.cible);
        match (&cible, &source) {
            (Target::Quantity { percent: true, .. }, Source::Mesure(Mesure::Simple(_))) => {
                self.error(cible_loc, codes::PERCENT_NEEDS_RATIO);
            }
            (
                Target::Quantity { percent: false, .. },
                Source::Mesure(Mesure::Ratio { .. })
                | Source::Declare {
                    valeur: Declared::Percent(_),
                    ..
                },
            ) => {
                self.error(cible_loc, codes::RATIO_NEEDS_PERCENT);
            }
            (
                Target::YesNo { .. },
                Source::Declare {
                    valeur: Declared::Number(_) | Declared::Percent(_),
                    ..
                },
            ) => {
                self.error_with(
                    cible_loc,
                    codes::DECLARED_MISMATCH,
                    &[("target_yes_no", true.into())],
                );
            }
            (
                Target::Quantity { .. },
                Source::Declare {
                    valeur: Declared::YesNo(_),
                    ..
                },
            ) => {
                self.error_with(
                    cible_loc,
                    codes::DECLARED_MISMATCH,
                    &[("target_yes_no", false.into())],
                );
            }
            _ => {}
        }
        Some(Indicateur {
            id,
            intitule: raw.intitule,
            cible_texte,
            cible,
            source,
            loc,
        })
    }

    fn declared(
        &mut self,
        d: &Spanned<Scalar>,
        justification: Option<&Spanned<String>>,
    ) -> Option<Source> {
        let loc = self.written_span(d);
        // `declare: 1.5` is read from its text, with the grammar of a written number.
        let written = self.written(d);
        let valeur = match &d.value {
            Scalar::Bool(b) => Some(Declared::YesNo(*b)),
            Scalar::Number(_) | Scalar::Text(_) => declared_text(&written),
        };
        let Some(valeur) = valeur else {
            self.error_with(loc, codes::BAD_DECLARED, &[("value", written.into())]);
            return None;
        };
        match justification {
            Some(j) if !j.value.trim().is_empty() => Some(Source::Declare {
                valeur,
                justification: j.value.trim().to_owned(),
            }),
            _ => {
                self.error(loc, codes::MISSING_JUSTIFICATION);
                None
            }
        }
    }

    fn measure(&mut self, m: &Spanned<raw::Mesure>) -> Option<Mesure> {
        let loc = yaml::loc(&m.referenced);
        let v = &m.value;
        if v.numerateur.is_some() || v.denominateur.is_some() {
            if v.activite.is_some()
                || v.activites.is_some()
                || v.filtre.is_some()
                || v.somme.is_some()
                || v.distincts.is_some()
            {
                self.error(loc, codes::RATIO_MIXED);
                return None;
            }
            let (Some(n), Some(d)) = (&v.numerateur, &v.denominateur) else {
                let missing = if v.numerateur.is_none() {
                    "numerateur"
                } else {
                    "denominateur"
                };
                self.error_with(loc, codes::RATIO_INCOMPLETE, &[("missing", missing.into())]);
                return None;
            };
            let numerateur = self.selection(n);
            let denominateur = self.selection(d);
            return Some(Mesure::Ratio {
                numerateur: numerateur?,
                denominateur: denominateur?,
            });
        }
        self.selection(m).map(Mesure::Simple)
    }

    fn selection(&mut self, m: &Spanned<raw::Mesure>) -> Option<Selection> {
        let loc = yaml::loc(&m.referenced);
        let v = &m.value;
        if v.numerateur.is_some() || v.denominateur.is_some() {
            self.error(loc, codes::RATIO_MIXED);
            return None;
        }
        let activites: Vec<String> = match (&v.activite, &v.activites) {
            (Some(_), Some(_)) => {
                self.error(loc, codes::ACTIVITY_TWICE);
                return None;
            }
            (Some(a), None) => vec![slug(a)],
            (None, Some(list)) => list.iter().map(|a| slug(a)).collect(),
            (None, None) => Vec::new(),
        };
        if activites.iter().all(String::is_empty) {
            self.error(loc, codes::MEASURE_WITHOUT_ACTIVITY);
            return None;
        }
        let agregat = match (&v.somme, &v.distincts) {
            (Some(_), Some(_)) => {
                self.error(loc, codes::SUM_AND_DISTINCT);
                return None;
            }
            (Some(c), None) => Agregat::Somme(slug(c)),
            (None, Some(c)) => Agregat::Distincts(slug(c)),
            (None, None) => Agregat::Quantite,
        };
        let filtre = match &v.filtre {
            None => Vec::new(),
            Some(f) if f.value.is_empty() => {
                self.error(yaml::loc(&f.referenced), codes::EMPTY_FILTER);
                return None;
            }
            // Compared as written: `{code: 1.10}` is `1.10`, not YAML's 1.1.
            Some(f) => f
                .value
                .iter()
                .map(|(k, val)| (slug(k), slug(&self.written(val))))
                .collect(),
        };
        Some(Selection {
            activites: activites.into_iter().filter(|a| !a.is_empty()).collect(),
            filtre,
            agregat,
        })
    }
}

/// `Oui`, `Non`, `12`, `2,5`, `1 000`, `85 %`, with the one number grammar (spec §2
/// v1.1): `1.500` (ambiguous), `-3`, `0x10` are refused.
fn declared_text(t: &str) -> Option<Declared> {
    if let Some(b) = yesno::answer(&slug(t)) {
        return Some(Declared::YesNo(b));
    }
    let t = t.trim();
    let (num, percent) = match t.strip_suffix('%') {
        Some(n) => (n.trim(), true),
        None => (t, false),
    };
    let n = number::parse(num).ok().flatten()?;
    Some(if percent {
        Declared::Percent(n)
    } else {
        Declared::Number(n)
    })
}
