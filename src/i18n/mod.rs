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
    Nl,
    En,
}

impl Lang {
    pub const ALL: &[Lang] = &[Lang::Fr, Lang::Nl, Lang::En];

    /// The BCP 47 code: `fr`, `nl`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// A language from a code or a locale: `nl`, `nl-NL`, `nl_BE.UTF-8`, `NL`, `french`.
    pub fn parse(s: &str) -> Option<Lang> {
        let code: String = s
            .trim()
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect::<String>()
            .to_ascii_lowercase();
        match code.as_str() {
            "fr" | "fra" | "fre" | "french" | "francais" => Some(Lang::Fr),
            "nl" | "nld" | "dut" | "dutch" | "nederlands" | "vlaams" => Some(Lang::Nl),
            "en" | "eng" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of messages (spec §8): `CSC_LANG`, else the first of `LC_ALL`,
    /// `LC_MESSAGES`, `LANG` that is set and not `C`/`POSIX`, else the system's UI
    /// language (Windows), else French. `--lang` is applied before this by the caller.
    /// `get` reads a variable (the environment, or a test's map).
    pub fn from_environment(get: impl Fn(&str) -> Option<String>, system: Option<&str>) -> Lang {
        if let Some(l) = get("CSC_LANG").as_deref().and_then(Lang::parse) {
            return l;
        }
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            match get(var) {
                Some(v) if !v.is_empty() && v != "C" && v != "POSIX" && !v.starts_with("C.") => {
                    // The first one set decides, even for a language csc does not speak.
                    return Lang::parse(&v).unwrap_or_default();
                }
                _ => {}
            }
        }
        system.and_then(Lang::parse).unwrap_or_default()
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
                    (
                        "ci.ftl",
                        include_str!(concat!("../../locales/", $lang, "/ci.ftl")),
                    ),
                    (
                        "diff.ftl",
                        include_str!(concat!("../../locales/", $lang, "/diff.ftl")),
                    ),
                    (
                        "rollup.ftl",
                        include_str!(concat!("../../locales/", $lang, "/rollup.ftl")),
                    ),
                ]
            };
        }
        match self {
            Lang::Fr => ftl!("fr"),
            Lang::Nl => ftl!("nl"),
            Lang::En => ftl!("en"),
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

    /// A number as the language writes it in a report (spec §8): fr `12 345,5` (narrow
    /// no-break space), nl `12.345,5`, en `12,345.5`; two decimals at most.
    pub fn number(&self, n: f64) -> String {
        let (group, decimal) = match self.lang {
            Lang::Fr => ('\u{202f}', ','),
            Lang::Nl => ('.', ','),
            Lang::En => (',', '.'),
        };
        let plain = text::number::display(n);
        let (int, frac) = match plain.split_once(',') {
            Some((i, f)) => (i, Some(f)),
            None => (plain.as_str(), None),
        };
        let (sign, digits) = match int.strip_prefix('-') {
            Some(d) => ("-", d),
            None => ("", int),
        };
        let mut out = String::from(sign);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(c);
        }
        if let Some(f) = frac {
            out.push(decimal);
            out.push_str(f);
        }
        out
    }

    /// A number for a CSV cell: no thousands separator (so that Excel reads a number),
    /// the language's decimal separator.
    pub fn plain_number(&self, n: f64) -> String {
        match self.lang {
            Lang::Fr | Lang::Nl => text::number::display(n),
            Lang::En => text::number::display(n).replace(',', "."),
        }
    }

    /// A date as the language writes it in a report.
    pub fn date(&self, d: NaiveDate) -> String {
        match self.lang {
            Lang::Fr | Lang::Nl => text::date::display(d),
            Lang::En => d.format("%Y-%m-%d").to_string(),
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

    fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |k| vars.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
    }

    #[test]
    fn the_message_language_follows_the_spec_order() {
        let sys = || Some("en-GB");
        assert_eq!(Lang::from_environment(env(&[]), None), Lang::Fr);
        assert_eq!(Lang::from_environment(env(&[]), sys()), Lang::En);
        assert_eq!(
            Lang::from_environment(env(&[("LANG", "nl_BE.UTF-8")]), sys()),
            Lang::Nl
        );
        assert_eq!(
            Lang::from_environment(
                env(&[("LANG", "nl_BE.UTF-8"), ("LC_MESSAGES", "en_US")]),
                None
            ),
            Lang::En
        );
        assert_eq!(
            Lang::from_environment(
                env(&[
                    ("LC_ALL", "fr_BE"),
                    ("LC_MESSAGES", "en_US"),
                    ("LANG", "nl")
                ]),
                None
            ),
            Lang::Fr
        );
        assert_eq!(
            Lang::from_environment(env(&[("CSC_LANG", "nl"), ("LC_ALL", "fr_BE")]), None),
            Lang::Nl
        );
        // C and POSIX say nothing about a language
        assert_eq!(
            Lang::from_environment(env(&[("LC_ALL", "C"), ("LANG", "nl-NL")]), None),
            Lang::Nl
        );
        assert_eq!(
            Lang::from_environment(env(&[("LANG", "POSIX")]), sys()),
            Lang::En
        );
        // a language csc does not speak falls back to French
        assert_eq!(
            Lang::from_environment(env(&[("LANG", "de_DE.UTF-8")]), sys()),
            Lang::Fr
        );
        assert_eq!(Lang::parse("nl-NL"), Some(Lang::Nl));
        assert_eq!(Lang::parse("NL"), Some(Lang::Nl));
        assert_eq!(Lang::parse("de"), None);
    }

    #[test]
    fn plurals_and_selectors() {
        let c = Catalog::new(Lang::Fr);
        let d = Diagnostic::warning("j.csv", Some(Loc::new(2, 1)), codes::LOG_OUTSIDE_PERIOD)
            .arg("rows", 1u64)
            .arg("du", "01/01/2023")
            .arg("au", "31/12/2023")
            .arg("lines", "7");
        assert_eq!(
            c.message(&d),
            "1 ligne hors de la période du 01/01/2023 au 31/12/2023, non comptée (ligne 7)"
        );
        let mut d = d.clone();
        d.args = vec![
            ("rows", 8u64.into()),
            ("du", "a".into()),
            ("au", "b".into()),
            ("lines", "2, 3, 5, 8, 13".into()),
        ];
        assert_eq!(
            c.message(&d),
            "8 lignes hors de la période du a au b, non comptées (lignes 2, 3, 5, 8, 13…)"
        );
        assert_eq!(c.status("en_bonne_voie"), "en bonne voie");
    }

    #[test]
    fn numbers_and_dates_as_each_language_writes_them() {
        let d = NaiveDate::from_ymd_opt(2023, 12, 31).unwrap();
        let fr = Catalog::new(Lang::Fr);
        let nl = Catalog::new(Lang::Nl);
        let en = Catalog::new(Lang::En);
        assert_eq!(fr.number(12345.5), "12\u{202f}345,5");
        assert_eq!(nl.number(12345.5), "12.345,5");
        assert_eq!(en.number(12345.5), "12,345.5");
        assert_eq!(fr.number(999.0), "999");
        assert_eq!(en.number(1_234_567.0), "1,234,567");
        assert_eq!(fr.plain_number(12345.5), "12345,5");
        assert_eq!(en.plain_number(12345.5), "12345.5");
        assert_eq!(fr.date(d), "31/12/2023");
        assert_eq!(nl.date(d), "31/12/2023");
        assert_eq!(en.date(d), "2023-12-31");
    }
}
