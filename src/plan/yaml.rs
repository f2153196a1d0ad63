//! The one place that knows about the YAML library.
//!
//! Plans are read with `serde-saphyr`: pure Rust, maintained, it keeps the location of
//! every value (`Spanned<T>`), locates serde's own errors (unknown key, wrong type) at
//! the offending value, and has budgets against alias bombs. Its messages are English;
//! this module turns each error into a diagnostic code with plain arguments and a [`Loc`].

use serde::de::DeserializeOwned;
use serde_saphyr::{Budget, Error, Location, NonFiniteFloatPolicy, Options};

use crate::diag::{Arg, Args, Code, Loc, codes};
use crate::text::slug::slug;

pub use serde_saphyr::Spanned;

/// Limits far above any real plan, far below what an alias bomb needs.
fn options() -> Options {
    let mut budget = Budget::default();
    budget.max_events = 200_000;
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_depth = 32;
    budget.max_nodes = 100_000;
    // A second document is reported as such (`syntaxe-yaml`), not as a budget.
    budget.max_documents = 2;
    let mut options = Options::default();
    options.budget = Some(budget);
    // Snippets are drawn by `emit`, in the user's language.
    options.with_snippet = false;
    // `.inf` and `.nan` reach the plan as numbers, whose text the plan then reads with
    // its own grammar and refuses (spec §1 v1.1), instead of failing as YAML.
    options.non_finite_float_policy = NonFiniteFloatPolicy::PassThrough;
    options
}

/// What is wrong with a YAML text: a diagnostic code, its arguments, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct YamlError {
    pub code: Code,
    pub args: Args,
    pub loc: Option<Loc>,
}

fn error(code: Code, args: &[(&'static str, &str)]) -> (Code, Args) {
    (
        code,
        args.iter().map(|(k, v)| (*k, Arg::from(*v))).collect(),
    )
}

/// Deserialises `text`; on failure, says what is wrong and where.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    serde_saphyr::from_str_with_options(text, options()).map_err(|e| {
        // One key under two spellings (`annee` and `année`, `intitule` and `omschrijving`):
        // serde says "duplicate field" without a place; find both lines.
        let english = e.to_string();
        if let Some(field) = english
            .split_once("duplicate field `")
            .and_then(|(_, rest)| rest.split_once('`'))
            .map(|(f, _)| f)
            && let Some((first, second)) = spelled_twice(text, field)
        {
            return YamlError {
                code: codes::DUPLICATE_KEY,
                args: vec![("key", field.into()), ("first_line", first.line.into())],
                loc: Some(widen(text, second, Widen::Key)),
            };
        }
        let (code, mut args, widen_as) = translate(&e);
        let mut inner = &e;
        while let Error::AliasError { error, .. } | Error::WithSnippet { error, .. } = inner {
            inner = error;
        }
        let loc = inner
            .location()
            .map(|l| loc(&l))
            .map(|l| widen(text, l, widen_as));
        if code == codes::DUPLICATE_KEY {
            // The same spelling twice: name the first line too.
            let key = args
                .iter()
                .find(|(n, _)| *n == "key")
                .map(|(_, v)| match v {
                    Arg::Str(s) => s.clone(),
                    _ => String::new(),
                })
                .unwrap_or_default();
            let first = loc
                .and_then(|l| spelled_twice(&text[..line_start(text, l.line)], &key))
                .map_or(0, |(a, _)| a.line);
            let first = if first == 0 {
                loc.and_then(|l| earlier_key(text, &key, l.line))
                    .unwrap_or(0)
            } else {
                first
            };
            args.push(("first_line", first.into()));
        }
        YamlError { code, args, loc }
    })
}

/// The byte where a 1-based line starts.
fn line_start(text: &str, line: usize) -> usize {
    text.split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum()
}

/// A key's canonical French name: accents removed, the Dutch spelling mapped back.
fn canonical_key(key: &str) -> String {
    let folded = slug(key).replace('-', "_");
    super::raw::DUTCH_KEYS
        .iter()
        .find(|(_, nl)| *nl == folded)
        .map_or(folded.clone(), |(fr, _)| (*fr).to_owned())
}

/// A line's key and indentation: `  intitule: x` → (2, "intitule").
fn key_of(line: &str) -> Option<(usize, &str)> {
    let body = line.trim_start();
    let indent = line.len() - body.len();
    let body = body.strip_prefix("- ").unwrap_or(body);
    let (key, _) = body.split_once(':')?;
    let key = key.trim().trim_matches(['"', '\'']);
    (!key.is_empty() && !key.starts_with('#')).then_some((indent, key))
}

/// The two lines of one block that name the same key (under any spelling).
fn spelled_twice(text: &str, field: &str) -> Option<(Loc, Loc)> {
    let mut seen: Vec<(usize, usize)> = Vec::new(); // (line, indent)
    for (i, line) in text.lines().enumerate() {
        let Some((indent, key)) = key_of(line) else {
            continue;
        };
        // A line less indented closes the blocks below it.
        seen.retain(|&(_, ind)| ind <= indent);
        if canonical_key(key) == field {
            if let Some(&(first, _)) = seen.iter().find(|&&(_, ind)| ind == indent) {
                let column = line.chars().take_while(|c| c.is_whitespace()).count() + 1;
                return Some((Loc::new(first, 1), Loc::new(i + 1, column)));
            }
            seen.push((i + 1, indent));
        }
    }
    None
}

/// The last line before `before` that holds `key` (for a key written twice the same way).
fn earlier_key(text: &str, key: &str, before: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .take(before.saturating_sub(1))
        .filter(|(_, l)| key_of(l).is_some_and(|(_, k)| k == key))
        .map(|(i, _)| i + 1)
        .last()
}

/// How much of the line an error underlines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Widen {
    /// The key, up to its `:`.
    Key,
    /// The scalar value, up to a comment.
    Value,
    None,
}

/// Underlines the whole key or value the error is about, not just its first character.
fn widen(text: &str, loc: Loc, how: Widen) -> Loc {
    let Some(line) = text.lines().nth(loc.line - 1) else {
        return loc;
    };
    let rest: String = line.chars().skip(loc.column - 1).collect();
    let len = match how {
        Widen::Key => rest.find(':').map(|i| rest[..i].chars().count()),
        Widen::Value => {
            let value = rest.split(" #").next().unwrap_or_default().trim_end();
            Some(value.chars().count())
        }
        Widen::None => None,
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

/// The text of a plain (unquoted) scalar as the user wrote it in `text`, read where it is
/// defined (an alias points there); `None` when the library does not know where that is
/// or the scalar is not plain. See [`plain_scalar`].
pub fn plain_text<'t, T>(text: &'t str, s: &Spanned<T>) -> Option<&'t str> {
    byte_offset(&s.defined).and_then(|offset| plain_scalar(text, offset))
}

/// The text of the plain (unquoted) scalar that starts at byte `offset` of `text`, as the
/// user wrote it: up to the end of its line or a comment (` #`), or a `,`, `]` or `}`
/// that ends it in flow style (`{cible: 1.000, …}`; a YAML number never holds one).
/// `None` when the scalar there is quoted, a block scalar or an alias.
pub fn plain_scalar(text: &str, offset: usize) -> Option<&str> {
    let rest = text.get(offset..)?;
    if rest.starts_with(['"', '\'', '|', '>', '*']) {
        return None;
    }
    let line_end = rest.find(['\n', '\r', ',', ']', '}']).unwrap_or(rest.len());
    let line = &rest[..line_end];
    let end = [" #", "\t#"]
        .iter()
        .filter_map(|c| line.find(c))
        .min()
        .unwrap_or(line.len());
    let scalar = line[..end].trim_end();
    (!scalar.is_empty()).then_some(scalar)
}

fn wrong_type(expected: &str, found: Option<&str>) -> (Code, Args, Widen) {
    let widen = match found {
        Some("list" | "object") | None => Widen::None,
        Some(_) => Widen::Value,
    };
    let (code, args) = error(
        codes::WRONG_TYPE,
        &[("expected", expected), ("found", found.unwrap_or("none"))],
    );
    (code, args, widen)
}

fn translate(e: &Error) -> (Code, Args, Widen) {
    let plain = |code: Code, args: &[(&'static str, &str)]| {
        let (c, a) = error(code, args);
        (c, a, Widen::None)
    };
    match e {
        Error::SerdeUnknownField {
            field, expected, ..
        } => {
            let (c, a) = unknown_key(field, expected);
            (c, a, Widen::Key)
        }
        Error::SerdeMissingField { field, .. } => plain(codes::MISSING_KEY, &[("key", field)]),
        Error::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | Error::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => wrong_type(&expected_kind(expected), Some(&found_kind(unexpected))),
        Error::InvalidScalar { ty, .. } => wrong_type(&expected_kind(ty), Some("text")),
        Error::NullIntoString { .. } => wrong_type("text", Some("empty")),
        Error::Unexpected { expected, .. } => wrong_type(&expected_kind(expected), None),
        Error::DuplicateMappingKey { key, .. } => {
            let (c, a) = error(
                codes::DUPLICATE_KEY,
                &[("key", key.as_deref().unwrap_or_default())],
            );
            (c, a, Widen::Key)
        }
        Error::Budget { .. }
        | Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. }
        | Error::AliasReplayCounterOverflow { .. } => plain(codes::TOO_COMPLEX, &[]),
        Error::AliasError { error, .. } | Error::WithSnippet { error, .. } => translate(error),
        Error::Eof { .. } => plain(codes::EMPTY_FILE, &[]),
        Error::MultipleDocuments { .. } => plain(codes::YAML_SYNTAX, &[("detail", "documents")]),
        Error::UnknownAnchor { .. } => plain(codes::YAML_SYNTAX, &[("detail", "unknown-anchor")]),
        Error::Message { msg, .. } | Error::ExternalMessage { msg, .. } => {
            plain(codes::YAML_SYNTAX, &[("detail", syntax_detail(msg))])
        }
        other => plain(
            codes::YAML_SYNTAX,
            &[("detail", syntax_detail(&other.to_string()))],
        ),
    }
}

fn unknown_key(field: &str, expected: &[&str]) -> (Code, Args) {
    // Suggest among the ASCII spellings of both vocabularies; accented aliases are
    // accepted but not advertised.
    let names: Vec<&str> = expected.iter().copied().filter(|k| k.is_ascii()).collect();
    let wanted = slug(field).replace('-', "_");
    let suggestion = names
        .iter()
        .map(|k| (strsim::damerau_levenshtein(&wanted, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| (*k).to_owned());
    // The keys possible here, in each vocabulary: the catalog shows the one of its language.
    let dutch: Vec<&str> = super::raw::DUTCH_KEYS.iter().map(|(_, nl)| *nl).collect();
    let french: Vec<&str> = names
        .iter()
        .copied()
        .filter(|k| !dutch.contains(k) || super::raw::DUTCH_KEYS.iter().any(|(fr, _)| fr == k))
        .collect();
    let in_dutch: Vec<&str> = french.iter().map(|k| super::raw::dutch_key(k)).collect();
    let list = |keys: &[&str]| {
        if keys.is_empty() {
            "none".to_owned()
        } else {
            keys.join(", ")
        }
    };
    (
        codes::UNKNOWN_KEY,
        vec![
            ("key", field.into()),
            ("has_suggestion", suggestion.is_some().into()),
            ("suggestion", suggestion.unwrap_or_default().into()),
            ("expected", list(&french).into()),
            ("expected_nl", list(&in_dutch).into()),
        ],
    )
}

/// serde's "expected" phrases, as Rust types or English words.
fn expected_kind(e: &str) -> String {
    let e = e.trim();
    if e.contains("sequence") || e.starts_with("a list") {
        "list".into()
    } else if e.starts_with("struct") || e.contains("map") {
        "object".into()
    } else if e.contains("string") || e == "str" || e.contains("char") {
        "text".into()
    } else if e.starts_with('i') || e.starts_with('u') || e.contains("integer") {
        "integer".into()
    } else if e.starts_with('f') || e.contains("float") || e.contains("number") {
        "number".into()
    } else if e.contains("bool") {
        "bool".into()
    } else if e.contains("date") {
        "date".into()
    } else {
        e.to_owned()
    }
}

/// serde's "unexpected" phrases: `string "abc"`, `integer `5``, `sequence`, `map`…
fn found_kind(u: &str) -> String {
    let u = u.trim();
    if u.starts_with("string") || u.starts_with("char") {
        "text".into()
    } else if u.starts_with("integer") || u.starts_with("unsigned") {
        "integer".into()
    } else if u.starts_with("floating") {
        "number".into()
    } else if u.starts_with("boolean") {
        "bool".into()
    } else if u.starts_with("sequence") {
        "list".into()
    } else if u.starts_with("map") {
        "object".into()
    } else if u.starts_with("unit") || u.starts_with("null") || u.starts_with("none") {
        "empty".into()
    } else {
        u.to_owned()
    }
}

/// The catalog's selector for the YAML scanner's English messages.
fn syntax_detail(english: &str) -> &'static str {
    let e = english.to_ascii_lowercase();
    if e.contains("mapping values are not allowed") {
        "colon"
    } else if e.contains("tab") {
        "tab"
    } else if e.contains("did not find expected key")
        || e.contains("expected block mapping key")
        || e.contains("block mapping")
        || e.contains("indentation")
    {
        "indentation"
    } else if e.contains("did not find expected '-'") || e.contains("block sequence") {
        "list-item"
    } else if e.contains("quoted scalar") || e.contains("unterminated") || e.contains("quote") {
        "quote"
    } else if e.contains("flow sequence") || e.contains("']'") {
        "bracket"
    } else if e.contains("flow mapping") || e.contains("'}'") {
        "brace"
    } else if e.contains("alias") || e.contains("anchor") {
        "anchor"
    } else if e.contains("end of stream") || e.contains("eof") {
        "eof"
    } else {
        "other"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain scalar after `key: ` on the first line of `text`.
    fn after(text: &str, key: &str) -> Option<String> {
        let offset = text.find(key).expect("the key") + key.len() + 2;
        plain_scalar(text, offset).map(str::to_owned)
    }

    #[test]
    fn a_plain_scalar_ends_at_the_line_a_comment_or_a_flow_delimiter() {
        assert_eq!(
            after("cible: 1.000\nx: 1", "cible").as_deref(),
            Some("1.000")
        );
        assert_eq!(
            after("cible: 1.000   # mille\n", "cible").as_deref(),
            Some("1.000")
        );
        assert_eq!(
            after("cible: 1.000\t# mille\n", "cible").as_deref(),
            Some("1.000")
        );
        assert_eq!(after("cible: 1.000\r\n", "cible").as_deref(), Some("1.000"));
        assert_eq!(after("cible: 0x10", "cible").as_deref(), Some("0x10"));
        assert_eq!(
            after("{cible: 1.000, id: a}", "cible").as_deref(),
            Some("1.000")
        );
        assert_eq!(
            after("{id: a, cible: .inf}", "cible").as_deref(),
            Some(".inf")
        );
        assert_eq!(after("[1.5, 0x10 ,3]", "[1.5").as_deref(), Some("0x10"));
        assert_eq!(after("cible: \"1.000\"", "cible"), None);
        assert_eq!(after("cible: '1.000'", "cible"), None);
        assert_eq!(after("cible: |\n  1.000", "cible"), None);
        assert_eq!(after("cible: ", "cible"), None);
        assert_eq!(plain_scalar("é", 1), None);
    }

    #[derive(Debug, serde::Deserialize)]
    struct Probe {
        a: Spanned<crate::plan::Scalar>,
        b: Spanned<crate::plan::Scalar>,
    }

    #[test]
    fn the_library_locates_numbers_and_lets_infinities_through() {
        let text = "a: &x 1.000 # mille\nb: .inf\n";
        let p: Probe = from_str(text).expect("valid YAML");
        assert_eq!(plain_text(text, &p.a), Some("1.000"));
        assert_eq!(plain_text(text, &p.b), Some(".inf"));
        let text = "a: &y 1e3\nb: *y\n";
        let p: Probe = from_str(text).expect("valid YAML");
        assert_eq!(plain_text(text, &p.b), Some("1e3"));
    }
}
