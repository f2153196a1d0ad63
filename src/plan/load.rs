//! How a plan file becomes a checked [`Plan`]: the YAML structure first (one error at a
//! time, from the YAML reader), then every rule on the content in one run.

use std::collections::HashMap;
use std::path::Path;

use chrono::{Datelike, NaiveDate};

use super::raw::{self, Scalar};
use super::yaml::{self, Spanned};
use super::{DateRange, Langue, ObjectifOperationnel, ObjectifStrategique, Plan, Secteur};
use crate::diag::{Code, Diagnostic, Loc, Severity, codes};
use crate::text::{date, number, slug::slug};

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
    match std::fs::read(path) {
        Ok(bytes) => load_bytes(&file, bytes),
        Err(e) => Loaded {
            diagnostics: vec![crate::diag::io_error(&file, &e)],
            file,
            source: None,
            plan: None,
            io_error: true,
        },
    }
}

/// Checks a plan from its bytes, named `file` in messages: the entry point of the fuzzer
/// and of tests that need no file.
pub fn load_bytes(file: &str, bytes: Vec<u8>) -> Loaded {
    let file = file.to_owned();
    let mut loaded = Loaded {
        file: file.clone(),
        source: None,
        plan: None,
        diagnostics: Vec::new(),
        io_error: false,
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
                codes::NOT_UTF8,
            ));
            // Shown with the bad bytes replaced, so the caret has a line to point into.
            loaded.source = Some(String::from_utf8_lossy(e.as_bytes()).into_owned());
            return loaded;
        }
    };
    // Keys typed on a Mac may hold decomposed accents (`e` + U+0301): compose them, so that
    // `année` is the key it looks like.
    let text = if text.is_ascii() {
        text
    } else {
        use unicode_normalization::UnicodeNormalization as _;
        text.nfc().collect()
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
            codes::EMPTY_FILE,
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
        Err(e) => {
            let mut d = Diagnostic::error(&file, e.loc, e.code);
            d.args = e.args;
            loaded.diagnostics.push(d);
        }
    }
    loaded.source = Some(text);
    loaded
}

pub(super) struct Builder<'a> {
    pub(super) file: &'a str,
    pub(super) text: &'a str,
    pub(super) diagnostics: Vec<Diagnostic>,
}

impl Builder<'_> {
    pub(super) fn push(
        &mut self,
        severity: Severity,
        loc: Loc,
        code: Code,
        args: &[(&'static str, crate::diag::Arg)],
    ) {
        let mut d = Diagnostic::new(severity, self.file, Some(loc), code);
        d.args = args.to_vec();
        self.diagnostics.push(d);
    }

    pub(super) fn error(&mut self, loc: Loc, code: Code) {
        self.push(Severity::Error, loc, code, &[]);
    }

    pub(super) fn error_with(
        &mut self,
        loc: Loc,
        code: Code,
        args: &[(&'static str, crate::diag::Arg)],
    ) {
        self.push(Severity::Error, loc, code, args);
    }

    pub(super) fn warning_with(
        &mut self,
        loc: Loc,
        code: Code,
        args: &[(&'static str, crate::diag::Arg)],
    ) {
        self.push(Severity::Warning, loc, code, args);
    }

    /// Where a scalar's text stands, underlined over its whole length.
    pub(super) fn span_of<T: std::fmt::Display>(&self, s: &Spanned<T>) -> Loc {
        self.text_start(s)
            .with_len(s.value.to_string().chars().count())
    }

    /// The text of a scalar as the user wrote it (spec §1 v1.1): a YAML number is read
    /// again from the source, so that `1.000` stays `1.000` (not 1), `1.10` stays `1.10`
    /// and `0x10` stays `0x10`; text and yes/no are their value.
    pub(super) fn written(&self, s: &Spanned<Scalar>) -> String {
        match (&s.value, yaml::plain_text(self.text, s)) {
            (Scalar::Number(_), Some(text)) => text.to_owned(),
            (value, _) => value.to_string(),
        }
    }

    /// Where a scalar's text stands as the user wrote it, underlined over its length.
    pub(super) fn written_span(&self, s: &Spanned<Scalar>) -> Loc {
        self.text_start(s).with_len(self.written(s).chars().count())
    }

    /// A number of the plan read from its text with the number grammar (spec §2 v1.1);
    /// a refused one is reported as `nombre-invalide`.
    fn plan_number<T>(&mut self, s: &Spanned<T>, text: &str) -> Option<f64> {
        match number::parse(text) {
            Ok(n) => n,
            Err(e) => {
                let at = self.text_start(s).with_len(text.chars().count());
                let args = [("value", text.into()), ("kind", e.key().into())];
                self.error_with(at, codes::BAD_NUMBER, &args);
                None
            }
        }
    }

    /// Where a scalar's text starts: after its opening quote, if any.
    pub(super) fn text_start<T>(&self, s: &Spanned<T>) -> Loc {
        let mut loc = yaml::loc(&s.referenced);
        if let Some(off) = yaml::byte_offset(&s.referenced)
            && matches!(self.text.as_bytes().get(off), Some(b'"' | b'\''))
        {
            loc.column += 1;
        }
        loc
    }

    fn plan(&mut self, raw: raw::Plan) -> Option<Plan> {
        // `csc: 1.000` is refused as ambiguous, `csc: 0x1` as not a number (reported
        // as such: not as an unknown version).
        let version_ok = match raw.csc.value {
            Scalar::Number(_) => {
                let text = self.written(&raw.csc);
                self.plan_number(&raw.csc, &text)
                    .is_none_or(|n| (n - 1.0).abs() < f64::EPSILON)
            }
            _ => false,
        };
        if !version_ok {
            self.error_with(
                yaml::loc(&raw.csc.referenced),
                codes::UNSUPPORTED_VERSION,
                &[("found", self.written(&raw.csc).into())],
            );
        }
        // `annee: 0x7E8` is 2024 for YAML, not for the number grammar.
        let source = self.text;
        if let Some(text) = yaml::plain_text(source, &raw.annee) {
            self.plan_number(&raw.annee, text);
        }
        let annee_loc = yaml::loc(&raw.annee.referenced);
        let annee = match i32::try_from(raw.annee.value) {
            Ok(y) if (2000..=2100).contains(&y) => y,
            _ => {
                self.error_with(
                    annee_loc,
                    codes::BAD_YEAR,
                    &[("value", raw.annee.value.into())],
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
                    self.error(yaml::loc(&p.au.referenced), codes::PERIOD_REVERSED);
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
                "en" | "english" => Langue::En,
                _ => {
                    self.error_with(
                        self.span_of(&l),
                        codes::BAD_LANG,
                        &[("value", l.value.clone().into())],
                    );
                    Langue::Fr
                }
            },
        };
        let journaux_loc = raw.journaux.as_ref().map(|j| yaml::loc(&j.referenced));
        let journaux = raw
            .journaux
            .iter()
            .flat_map(|list| list.value.iter())
            .map(|j| (j.value.clone(), yaml::loc(&j.referenced)))
            .collect();

        if raw.secteurs.is_empty() {
            self.warning_with(Loc::new(1, 1), codes::NO_SECTORS, &[]);
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
                    self.warning_with(
                        self.written_span(&os.id),
                        codes::EMPTY_STRATEGIC,
                        &[("id", os_id.clone().into())],
                    );
                }
                let mut oo_ids = HashMap::new();
                let mut oos = Vec::with_capacity(os.objectifs_operationnels.len());
                for oo in os.objectifs_operationnels {
                    let oo_id = self.id(&oo.id, &mut oo_ids);
                    if oo.indicateurs.is_empty() {
                        self.warning_with(
                            self.written_span(&oo.id),
                            codes::EMPTY_OPERATIONAL,
                            &[("id", oo_id.clone().into())],
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
            journaux_loc,
            secteurs,
        })
    }

    pub(super) fn date(&mut self, s: &Spanned<Scalar>) -> Option<NaiveDate> {
        let text = self.written(s);
        let parsed = date::parse_plan(&text);
        if parsed.is_none() {
            self.error_with(
                self.written_span(s),
                codes::BAD_DATE,
                &[("value", text.into())],
            );
        }
        parsed
    }

    /// Checks an id's spelling and its uniqueness among `seen` (id → line).
    pub(super) fn id(&mut self, s: &Spanned<Scalar>, seen: &mut HashMap<String, usize>) -> String {
        let id = self.written(s);
        let loc = self.written_span(s);
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        {
            self.error_with(loc, codes::BAD_ID, &[("id", id.clone().into())]);
        } else if let Some(&first_line) = seen.get(&id) {
            self.error_with(
                loc,
                codes::DUPLICATE_ID,
                &[
                    ("id", id.clone().into()),
                    ("first_line", first_line.into()),
                    ("whole_plan", false.into()),
                ],
            );
        } else {
            seen.insert(id.clone(), loc.line);
        }
        id
    }
}
