//! The one place that knows about the YAML library.
//!
//! Plans are read with `serde-saphyr`: pure Rust, maintained, it keeps the location of
//! every value (`Spanned<T>`), locates serde's own errors (unknown key, wrong type) at
//! the offending value, and has budgets against alias bombs. Its messages are English;
//! this module turns each error into a [`Msg`] in plain words and a [`Loc`].

use serde::de::DeserializeOwned;
use serde_saphyr::{Budget, Error, Location, Options};

use crate::diag::Loc;
use crate::msg::{Kind, Msg};
use crate::slug::slug;

pub use serde_saphyr::Spanned;

/// Limits far above any real plan, far below what an alias bomb needs.
fn options() -> Options {
    let mut budget = Budget::default();
    budget.max_events = 200_000;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_depth = 32;
    budget.max_nodes = 100_000;
    budget.max_documents = 1;
    let mut options = Options::default();
    options.budget = Some(budget);
    // Snippets are drawn by `diag`, in French.
    options.with_snippet = false;
    options
}

/// Deserialises `text`; on failure, says what is wrong and where.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, (Msg, Option<Loc>)> {
    serde_saphyr::from_str_with_options(text, options()).map_err(|e| {
        let (msg, loc) = translate(&e);
        let loc = loc.map(|l| widen(text, l, &msg));
        (msg, loc)
    })
}

/// Underlines the whole key or value the error is about, not just its first character.
fn widen(text: &str, loc: Loc, msg: &Msg) -> Loc {
    let Some(line) = text.lines().nth(loc.line - 1) else {
        return loc;
    };
    let rest: String = line.chars().skip(loc.column - 1).collect();
    let len = match msg {
        Msg::UnknownKey { .. } | Msg::DuplicateKey { .. } => {
            rest.find(':').map(|i| rest[..i].chars().count())
        }
        Msg::WrongType { found: Some(k), .. } if !matches!(k, Kind::List | Kind::Object) => {
            let value = rest.split(" #").next().unwrap_or_default().trim_end();
            Some(value.chars().count())
        }
        _ => None,
    };
    len.map_or(loc, |n| loc.with_len(n))
}

/// Converts a library location into ours.
pub fn loc(l: &Location) -> Loc {
    Loc::new(l.line() as usize, l.column() as usize)
}

/// The byte offset of a location in the text, when the library knows it.
pub fn byte_offset(l: &Location) -> Option<usize> {
    l.span().byte_offset().map(|o| o as usize)
}

fn translate(e: &Error) -> (Msg, Option<Loc>) {
    let at = e.location().map(|l| loc(&l));
    let msg = match e {
        Error::SerdeUnknownField {
            field, expected, ..
        } => unknown_key(field, expected),
        Error::SerdeMissingField { field, .. } => Msg::MissingKey {
            key: (*field).to_owned(),
        },
        Error::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | Error::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => Msg::WrongType {
            expected: expected_kind(expected),
            found: Some(found_kind(unexpected)),
        },
        Error::InvalidScalar { ty, .. } => Msg::WrongType {
            expected: expected_kind(ty),
            found: Some(Kind::Text),
        },
        Error::NullIntoString { .. } => Msg::WrongType {
            expected: Kind::Text,
            found: Some(Kind::Empty),
        },
        Error::Unexpected { expected, .. } => Msg::WrongType {
            expected: expected_kind(expected),
            found: None,
        },
        Error::DuplicateMappingKey { key, .. } => Msg::DuplicateKey {
            key: key.clone().unwrap_or_default(),
        },
        Error::Budget { .. }
        | Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. }
        | Error::AliasReplayCounterOverflow { .. } => Msg::TooComplex,
        Error::AliasError { error, .. } | Error::WithSnippet { error, .. } => {
            return translate(error);
        }
        Error::Eof { .. } => Msg::EmptyFile,
        Error::MultipleDocuments { .. } => Msg::YamlSyntax {
            detail: "un plan tient en un seul document (retirez les lignes « --- » en trop)".into(),
        },
        Error::UnknownAnchor { .. } => Msg::YamlSyntax {
            detail: "alias « * » vers une ancre « & » qui n'existe pas".into(),
        },
        Error::Message { msg, .. } | Error::ExternalMessage { msg, .. } => Msg::YamlSyntax {
            detail: syntax_detail(msg),
        },
        other => Msg::YamlSyntax {
            detail: syntax_detail(&other.to_string()),
        },
    };
    (msg, at)
}

fn unknown_key(field: &str, expected: &[&str]) -> Msg {
    // Suggest among the ASCII spellings; accented aliases are accepted but not advertised.
    let names: Vec<String> = expected
        .iter()
        .filter(|k| k.is_ascii())
        .map(|k| (*k).to_owned())
        .collect();
    let wanted = slug(field).replace('-', "_");
    let suggestion = names
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&wanted, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k.clone());
    Msg::UnknownKey {
        key: field.to_owned(),
        suggestion,
        expected: names,
    }
}

/// serde's "expected" phrases, as Rust types or English words.
fn expected_kind(e: &str) -> Kind {
    let e = e.trim();
    if e.contains("sequence") || e.starts_with("a list") {
        Kind::List
    } else if e.starts_with("struct") || e.contains("map") {
        Kind::Object
    } else if e.contains("string") || e == "str" || e.contains("char") {
        Kind::Text
    } else if e.starts_with('i') || e.starts_with('u') || e.contains("integer") {
        Kind::Integer
    } else if e.starts_with('f') || e.contains("float") || e.contains("number") {
        Kind::Number
    } else if e.contains("bool") {
        Kind::YesNoBool
    } else if e.contains("date") {
        Kind::Date
    } else {
        Kind::Other(e.to_owned())
    }
}

/// serde's "unexpected" phrases: `string "abc"`, `integer `5``, `sequence`, `map`…
fn found_kind(u: &str) -> Kind {
    let u = u.trim();
    if u.starts_with("string") || u.starts_with("char") {
        Kind::Text
    } else if u.starts_with("integer") || u.starts_with("unsigned") {
        Kind::Integer
    } else if u.starts_with("floating") {
        Kind::Number
    } else if u.starts_with("boolean") {
        Kind::YesNoBool
    } else if u.starts_with("sequence") {
        Kind::List
    } else if u.starts_with("map") {
        Kind::Object
    } else if u.starts_with("unit") || u.starts_with("null") || u.starts_with("none") {
        Kind::Empty
    } else {
        Kind::Other(u.to_owned())
    }
}

/// Plain words for the YAML scanner's English messages.
fn syntax_detail(english: &str) -> String {
    let e = english.to_ascii_lowercase();
    let words = if e.contains("mapping values are not allowed") {
        "« : » inattendu ; un texte qui contient « : » s'écrit entre guillemets"
    } else if e.contains("tab") {
        "une tabulation sert d'indentation ; n'utilisez que des espaces"
    } else if e.contains("did not find expected key")
        || e.contains("expected block mapping key")
        || e.contains("block mapping")
        || e.contains("indentation")
    {
        "l'indentation ne correspond pas à celle des lignes voisines"
    } else if e.contains("did not find expected '-'") || e.contains("block sequence") {
        "élément de liste mal aligné"
    } else if e.contains("quoted scalar") || e.contains("unterminated") || e.contains("quote") {
        "guillemets non refermés"
    } else if e.contains("flow sequence") || e.contains("']'") {
        "crochet « [ » non refermé ou virgule manquante"
    } else if e.contains("flow mapping") || e.contains("'}'") {
        "accolade « { » non refermée ou virgule manquante"
    } else if e.contains("alias") || e.contains("anchor") {
        "ancre « & » ou alias « * » incorrect"
    } else if e.contains("end of stream") || e.contains("eof") {
        "le fichier se termine au milieu d'une structure"
    } else {
        "structure incorrecte à cet endroit"
    };
    words.to_owned()
}
