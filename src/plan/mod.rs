//! The plan de projet (spec §1): the checked model, and how a file becomes one.
//!
//! Loading never stops at the first problem it can get past: the YAML structure must be
//! right (one error at a time, from the YAML reader), but every rule on the content
//! (ids, targets, measures, dates) is checked and reported in one run.

mod raw;

use std::collections::HashMap;
use std::path::Path;

use chrono::{Datelike, NaiveDate};

pub use raw::Scalar;

use crate::diag::{Diagnostic, Loc};
use crate::msg::{Msg, Severity};
use crate::slug::slug;
use crate::target::{self, Target};
use crate::yaml::{self, Spanned};

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

impl Placed<'_> {
    /// `["S1", "OS1", "OO2"]`
    pub fn chemin(&self) -> [&str; 3] {
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

/// The outcome of reading one plan file.
#[derive(Debug)]
pub struct Loaded {
    /// The file name as the user gave it.
    pub file: String,
    /// The text, when it could be read as UTF-8 (for snippets).
    pub source: Option<String>,
    /// The plan, when it has no error.
    pub plan: Option<Plan>,
    pub diagnostics: Vec<Diagnostic>,
    /// The file could not be read at all (exit code 2).
    pub io_error: bool,
}

/// Reads and checks a plan file.
pub fn load(path: &Path) -> Loaded {
    let file = path.display().to_string();
    let mut loaded = Loaded {
        file: file.clone(),
        source: None,
        plan: None,
        diagnostics: Vec::new(),
        io_error: false,
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            loaded.io_error = true;
            let msg = if e.kind() == std::io::ErrorKind::NotFound {
                Msg::FileNotFound { path: file.clone() }
            } else {
                Msg::FileUnreadable {
                    path: file.clone(),
                    reason: crate::msg::io_reason(e.kind()),
                }
            };
            loaded.diagnostics.push(Diagnostic::error(&file, None, msg));
            return loaded;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            // The valid prefix is UTF-8 by definition.
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            let line = prefix.matches('\n').count() + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            loaded.diagnostics.push(Diagnostic::error(
                &file,
                Some(Loc::new(line, column)),
                Msg::NotUtf8,
            ));
            // Shown with the bad bytes replaced, so the caret has a line to point into.
            loaded.source = Some(String::from_utf8_lossy(e.as_bytes()).into_owned());
            return loaded;
        }
    };
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text);
    if text.lines().all(|l| {
        let l = l.trim();
        l.is_empty() || l.starts_with('#') || l == "---"
    }) {
        loaded.diagnostics.push(Diagnostic::error(
            &file,
            Some(Loc::new(1, 1)),
            Msg::EmptyFile,
        ));
        loaded.source = Some(text);
        return loaded;
    }
    match yaml::from_str::<raw::Plan>(&text) {
        Ok(raw) => {
            let mut b = Builder {
                file: &file,
                text: &text,
                diagnostics: Vec::new(),
            };
            let plan = b.plan(raw);
            loaded.diagnostics = b.diagnostics;
            if !loaded
                .diagnostics
                .iter()
                .any(|d| d.severity == Severity::Error)
            {
                loaded.plan = plan;
            }
        }
        Err((msg, loc)) => loaded.diagnostics.push(Diagnostic::error(&file, loc, msg)),
    }
    loaded.source = Some(text);
    loaded
}

struct Builder<'a> {
    file: &'a str,
    text: &'a str,
    diagnostics: Vec<Diagnostic>,
}

impl Builder<'_> {
    fn error(&mut self, loc: Loc, msg: Msg) {
        self.diagnostics
            .push(Diagnostic::error(self.file, Some(loc), msg));
    }

    fn warning(&mut self, loc: Loc, msg: Msg) {
        self.diagnostics
            .push(Diagnostic::warning(self.file, Some(loc), msg));
    }

    /// Where a scalar's text stands, underlined over its whole length.
    fn span_of<T: std::fmt::Display>(&self, s: &Spanned<T>) -> Loc {
        self.text_start(s)
            .with_len(s.value.to_string().chars().count())
    }

    /// Where a scalar's text starts: after its opening quote, if any.
    fn text_start<T>(&self, s: &Spanned<T>) -> Loc {
        let mut loc = yaml::loc(&s.referenced);
        if let Some(off) = yaml::byte_offset(&s.referenced)
            && matches!(self.text.as_bytes().get(off), Some(b'"' | b'\''))
        {
            loc.column += 1;
        }
        loc
    }

    fn plan(&mut self, raw: raw::Plan) -> Option<Plan> {
        let version_ok =
            matches!(raw.csc.value, Scalar::Number(n) if (n - 1.0).abs() < f64::EPSILON);
        if !version_ok {
            self.error(
                yaml::loc(&raw.csc.referenced),
                Msg::UnsupportedVersion {
                    found: raw.csc.value.to_string(),
                },
            );
        }
        let annee_loc = yaml::loc(&raw.annee.referenced);
        let annee = match i32::try_from(raw.annee.value) {
            Ok(y) if (2000..=2100).contains(&y) => y,
            _ => {
                self.error(
                    annee_loc,
                    Msg::BadYear {
                        value: raw.annee.value,
                    },
                );
                2000
            }
        };
        let calendar = DateRange {
            du: NaiveDate::from_ymd_opt(annee, 1, 1)?,
            au: NaiveDate::from_ymd_opt(annee, 12, 31)?,
        };
        let periode = match raw.periode {
            None => calendar,
            Some(p) => {
                let du = self.date(&p.du).unwrap_or(calendar.du);
                let au = self.date(&p.au).unwrap_or(calendar.au);
                if au < du {
                    self.error(yaml::loc(&p.au.referenced), Msg::PeriodReversed);
                }
                DateRange { du, au }
            }
        };
        let echeance = raw
            .echeance
            .as_ref()
            .and_then(|e| self.date(e))
            .or_else(|| NaiveDate::from_ymd_opt(periode.au.year() + 1, 3, 31))?;
        let langue = match raw.langue {
            None => Langue::Fr,
            Some(l) => match slug(&l.value).as_str() {
                "fr" | "francais" => Langue::Fr,
                "nl" | "nederlands" => Langue::Nl,
                _ => {
                    self.error(
                        self.span_of(&l),
                        Msg::BadLang {
                            value: l.value.clone(),
                        },
                    );
                    Langue::Fr
                }
            },
        };
        let journaux = raw
            .journaux
            .iter()
            .map(|j| (j.value.clone(), yaml::loc(&j.referenced)))
            .collect();

        if raw.secteurs.is_empty() {
            self.warning(Loc::new(1, 1), Msg::NoSectors);
        }
        let mut indicator_ids: HashMap<String, usize> = HashMap::new();
        let mut sector_ids = HashMap::new();
        let mut secteurs = Vec::with_capacity(raw.secteurs.len());
        for s in raw.secteurs {
            let id = self.id(&s.id, &mut sector_ids);
            let mut os_ids = HashMap::new();
            let mut objectifs = Vec::with_capacity(s.objectifs_strategiques.len());
            for os in s.objectifs_strategiques {
                let os_id = self.id(&os.id, &mut os_ids);
                if os.objectifs_operationnels.is_empty() {
                    self.warning(
                        self.span_of(&os.id),
                        Msg::EmptyStrategic { id: os_id.clone() },
                    );
                }
                let mut oo_ids = HashMap::new();
                let mut oos = Vec::with_capacity(os.objectifs_operationnels.len());
                for oo in os.objectifs_operationnels {
                    let oo_id = self.id(&oo.id, &mut oo_ids);
                    if oo.indicateurs.is_empty() {
                        self.warning(
                            self.span_of(&oo.id),
                            Msg::EmptyOperational { id: oo_id.clone() },
                        );
                    }
                    let indicateurs = oo
                        .indicateurs
                        .into_iter()
                        .filter_map(|i| self.indicator(i, &mut indicator_ids))
                        .collect();
                    oos.push(ObjectifOperationnel {
                        id: oo_id,
                        intitule: oo.intitule,
                        resultats_attendus: oo.resultats_attendus,
                        indicateurs,
                    });
                }
                objectifs.push(ObjectifStrategique {
                    id: os_id,
                    domaine: os.domaine,
                    pole: os.pole,
                    objectifs: oos,
                });
            }
            secteurs.push(Secteur {
                id,
                intitule: s.intitule,
                objectif_general: s.objectif_general,
                objectifs,
            });
        }
        Some(Plan {
            commune: raw.commune.value,
            annee,
            allocation: raw.allocation,
            base_legale: raw.base_legale,
            periode,
            echeance,
            langue,
            journaux,
            secteurs,
        })
    }

    fn date(&mut self, s: &Spanned<Scalar>) -> Option<NaiveDate> {
        let text = s.value.to_string();
        let t = text.trim();
        let parsed = NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .or_else(|_| NaiveDate::parse_from_str(t, "%d/%m/%Y"))
            .ok();
        if parsed.is_none() {
            self.error(self.span_of(s), Msg::BadDate { value: text });
        }
        parsed
    }

    /// Checks an id's spelling and its uniqueness among `seen` (id → line).
    fn id(&mut self, s: &Spanned<Scalar>, seen: &mut HashMap<String, usize>) -> String {
        let id = s.value.to_string();
        let loc = self.span_of(s);
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        {
            self.error(loc, Msg::BadId { id: id.clone() });
        } else if let Some(&first_line) = seen.get(&id) {
            self.error(
                loc,
                Msg::DuplicateId {
                    id: id.clone(),
                    first_line,
                    whole_plan: false,
                },
            );
        } else {
            seen.insert(id.clone(), loc.line);
        }
        id
    }

    fn indicator(
        &mut self,
        raw: raw::Indicateur,
        seen: &mut HashMap<String, usize>,
    ) -> Option<Indicateur> {
        let id = raw.id.value.to_string();
        let loc = self.span_of(&raw.id);
        if let Some(&first_line) = seen.get(&id) {
            self.error(
                loc,
                Msg::DuplicateId {
                    id: id.clone(),
                    first_line,
                    whole_plan: true,
                },
            );
        } else {
            let mut none = HashMap::new();
            self.id(&raw.id, &mut none);
            seen.insert(id.clone(), loc.line);
        }

        let cible_texte = raw.cible.value.to_string();
        let cible = match &raw.cible.value {
            Scalar::Bool(b) => Some(Target::YesNo { expected: *b }),
            _ => match target::parse(&cible_texte) {
                Ok(t) => Some(t),
                Err(e) => {
                    let start = self.text_start(&raw.cible);
                    self.error(
                        Loc::new(start.line, start.column + e.at).with_len(e.len),
                        Msg::BadTarget { kind: e.kind },
                    );
                    None
                }
            },
        };

        let source = match (raw.mesure, raw.declare) {
            (Some(m), Some(_)) => {
                self.error(yaml::loc(&m.referenced), Msg::MeasureAndDeclare);
                None
            }
            (Some(m), None) => self.measure(&m).map(Source::Mesure),
            (None, Some(d)) => self.declared(&d, raw.justification.as_ref()),
            (None, None) => Some(Source::Aucune),
        };

        let (cible, source) = (cible?, source?);
        let cible_loc = self.span_of(&raw.cible);
        match (&cible, &source) {
            (Target::Quantity { percent: true, .. }, Source::Mesure(Mesure::Simple(_))) => {
                self.error(cible_loc, Msg::PercentNeedsRatio);
            }
            (
                Target::Quantity { percent: false, .. },
                Source::Mesure(Mesure::Ratio { .. })
                | Source::Declare {
                    valeur: Declared::Percent(_),
                    ..
                },
            ) => {
                self.error(cible_loc, Msg::RatioNeedsPercent);
            }
            (
                Target::YesNo { .. },
                Source::Declare {
                    valeur: Declared::Number(_) | Declared::Percent(_),
                    ..
                },
            ) => {
                self.error(
                    cible_loc,
                    Msg::DeclaredMismatch {
                        target_yes_no: true,
                    },
                );
            }
            (
                Target::Quantity { .. },
                Source::Declare {
                    valeur: Declared::YesNo(_),
                    ..
                },
            ) => {
                self.error(
                    cible_loc,
                    Msg::DeclaredMismatch {
                        target_yes_no: false,
                    },
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
        let loc = self.span_of(d);
        let valeur = match &d.value {
            Scalar::Bool(b) => Some(Declared::YesNo(*b)),
            Scalar::Number(n) if *n >= 0.0 => Some(Declared::Number(*n)),
            Scalar::Number(_) => None,
            Scalar::Text(t) => declared_text(t),
        };
        let Some(valeur) = valeur else {
            self.error(
                loc,
                Msg::BadDeclared {
                    value: d.value.to_string(),
                },
            );
            return None;
        };
        match justification {
            Some(j) if !j.value.trim().is_empty() => Some(Source::Declare {
                valeur,
                justification: j.value.trim().to_owned(),
            }),
            _ => {
                self.error(loc, Msg::MissingJustification);
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
                self.error(loc, Msg::RatioMixed);
                return None;
            }
            let (Some(n), Some(d)) = (&v.numerateur, &v.denominateur) else {
                let missing = if v.numerateur.is_none() {
                    "numerateur"
                } else {
                    "denominateur"
                };
                self.error(loc, Msg::RatioIncomplete { missing });
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
            self.error(loc, Msg::RatioMixed);
            return None;
        }
        let activites: Vec<String> = match (&v.activite, &v.activites) {
            (Some(_), Some(_)) => {
                self.error(loc, Msg::ActivityTwice);
                return None;
            }
            (Some(a), None) => vec![slug(a)],
            (None, Some(list)) => list.iter().map(|a| slug(a)).collect(),
            (None, None) => Vec::new(),
        };
        if activites.iter().all(String::is_empty) {
            self.error(loc, Msg::MeasureWithoutActivity);
            return None;
        }
        let agregat = match (&v.somme, &v.distincts) {
            (Some(_), Some(_)) => {
                self.error(loc, Msg::SumAndDistinct);
                return None;
            }
            (Some(c), None) => Agregat::Somme(slug(c)),
            (None, Some(c)) => Agregat::Distincts(slug(c)),
            (None, None) => Agregat::Quantite,
        };
        let filtre = match &v.filtre {
            None => Vec::new(),
            Some(f) if f.value.is_empty() => {
                self.error(yaml::loc(&f.referenced), Msg::EmptyFilter);
                return None;
            }
            Some(f) => f
                .value
                .iter()
                .map(|(k, val)| (slug(k), slug(&val.to_string())))
                .collect(),
        };
        Some(Selection {
            activites: activites.into_iter().filter(|a| !a.is_empty()).collect(),
            filtre,
            agregat,
        })
    }
}

/// `Oui`, `Non`, `12`, `2,5`, `85 %`.
fn declared_text(t: &str) -> Option<Declared> {
    let s = slug(t);
    match s.as_str() {
        "oui" | "ja" | "yes" => return Some(Declared::YesNo(true)),
        "non" | "nee" | "no" => return Some(Declared::YesNo(false)),
        _ => {}
    }
    let t = t.trim();
    let (num, percent) = match t.strip_suffix('%') {
        Some(n) => (n.trim(), true),
        None => (t, false),
    };
    let n: f64 = num
        .replace(',', ".")
        .parse()
        .ok()
        .filter(|n: &f64| n.is_finite() && *n >= 0.0)?;
    Some(if percent {
        Declared::Percent(n)
    } else {
        Declared::Number(n)
    })
}

/// Counts for the `check` summary.
pub fn counts(plan: &Plan) -> crate::msg::summary::Counts {
    let mut c = crate::msg::summary::Counts {
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
