//! The message catalog: every sentence `csc` shows, in Fluent files under `locales/`,
//! looked up by a stable id ([`crate::diag::Code`]) with plain arguments.
//!
//! The catalogs are compiled into the binary (no file to install next to it). A language
//! is a folder of `.ftl` files and one line in [`Lang::sources`]; a test fails when any
//! language misses a message or uses an argument its code does not pass.

pub mod keys;

use std::borrow::Cow;

use chrono::NaiveDate;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::diag::{Arg, Args, Code, Diagnostic};
use crate::text;

/// The languages of messages and reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Fr,
}

impl Lang {
    pub const ALL: &[Lang] = &[Lang::Fr];

    /// The BCP 47 code: `fr`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
        }
    }

    /// The catalog files of the language: (file name, text).
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        macro_rules! ftl {
            ($lang:literal) => {
                &[
                    (
                        "cli.ftl",
                        include_str!(concat!("../../locales/", $lang, "/cli.ftl")),
                    ),
                    (
                        "diagnostics.ftl",
                        include_str!(concat!("../../locales/", $lang, "/diagnostics.ftl")),
                    ),
                    (
                        "explain.ftl",
                        include_str!(concat!("../../locales/", $lang, "/explain.ftl")),
                    ),
                    (
                        "report.ftl",
                        include_str!(concat!("../../locales/", $lang, "/report.ftl")),
                    ),
                ]
            };
        }
        match self {
            Lang::Fr => ftl!("fr"),
        }
    }
}

/// The messages of one language.
pub struct Catalog {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

impl Catalog {
    pub fn new(lang: Lang) -> Self {
        let langid = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![langid]);
        // No Unicode isolation marks around arguments: the output is read in terminals,
        // CSV cells and CI logs, where they show as garbage.
        bundle.set_use_isolating(false);
        for (_, source) in lang.sources() {
            // The catalogs are checked by a test; a broken entry is skipped, never fatal.
            let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        Self { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = match attribute {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let v: FluentValue<'_> = match value {
                Arg::Str(s) => FluentValue::String(Cow::Borrowed(s.as_str())),
                Arg::Int(n) => FluentValue::from(*n),
                Arg::Date(d) => FluentValue::String(Cow::Owned(self.date(*d))),
            };
            fluent_args.set(*name, v);
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }

    /// The text of a message; its id when the catalog lacks it (a test prevents that).
    pub fn get(&self, key: Code, args: &[(&str, Arg)]) -> String {
        self.format(key.id, None, args)
            .unwrap_or_else(|| key.id.to_owned())
    }

    /// A message without arguments.
    pub fn word(&self, key: Code) -> String {
        self.get(key, &[])
    }

    /// An attribute of a message (`.csv`, `.help`), `None` when absent or empty.
    pub fn attribute(&self, key: Code, attribute: &str, args: &[(&str, Arg)]) -> Option<String> {
        self.format(key.id, Some(attribute), args)
            .filter(|s| !s.is_empty())
    }

    /// What a diagnostic says.
    pub fn message(&self, d: &Diagnostic) -> String {
        self.get(d.code, &d.args)
    }

    /// How to fix it, when the catalog says something.
    pub fn help(&self, d: &Diagnostic) -> Option<String> {
        self.attribute(d.code, "help", &d.args)
    }

    /// A diagnostic's severity as a word.
    pub fn severity(&self, d: &Diagnostic) -> String {
        self.get(keys::SEVERITY, &[("severity", d.severity.key().into())])
    }

    /// A status word, from its JSON code (`en_bonne_voie`).
    pub fn status(&self, code: &str) -> String {
        self.get(keys::STATUS, &[("status", code.into())])
    }

    /// A number as the language writes it in a report.
    pub fn number(&self, n: f64) -> String {
        match self.lang {
            Lang::Fr => text::number::display(n),
        }
    }

    /// A date as the language writes it in a report.
    pub fn date(&self, d: NaiveDate) -> String {
        match self.lang {
            Lang::Fr => text::date::display(d),
        }
    }
}

/// Builds an argument list: `args![("file", f), ("rows", n)]`.
pub fn args<const N: usize>(items: [(&'static str, Arg); N]) -> Args {
    items.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Loc, codes};

    #[test]
    fn plurals_and_selectors() {
        let c = Catalog::new(Lang::Fr);
        let d = Diagnostic::warning("j.csv", Some(Loc::new(2, 1)), codes::LOG_OUTSIDE_PERIOD)
            .arg("rows", 1u64)
            .arg("du", "01/01/2023")
            .arg("au", "31/12/2023");
        assert_eq!(
            c.message(&d),
            "1 ligne hors de la période du 01/01/2023 au 31/12/2023, non comptée"
        );
        let d = d.clone();
        let d = Diagnostic {
            args: vec![
                ("rows", 3u64.into()),
                ("du", "a".into()),
                ("au", "b".into()),
            ],
            ..d
        };
        assert_eq!(
            c.message(&d),
            "3 lignes hors de la période du a au b, non comptées"
        );
        assert_eq!(c.status("en_bonne_voie"), "en bonne voie");
    }
}
