//! Diagnostic sinks: one small trait, one file per format (typos' reporter is the model).
//! A sink hears each diagnostic as it comes and may write something at the end (the JSON
//! array, the SARIF log, the JUnit report). Words come from the [`Catalog`]; codes and
//! places are never translated.

mod github;
mod gitlab;
mod json;
mod junit;
mod sarif;
mod text;

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::PathBuf;

use crate::diag::{Arg, Diagnostic};
use crate::i18n::Catalog;
use crate::report::Report;

pub use github::Github;
pub use gitlab::Gitlab;
pub use json::Json;
pub use junit::Junit;
pub use sarif::Sarif;
pub use text::Text;

/// Writes diagnostics in one format.
pub trait Emitter {
    /// One diagnostic; `source` is the text of its file, when known, for a snippet.
    fn emit(&mut self, out: &mut dyn Write, d: &Diagnostic, source: Option<&str>)
    -> io::Result<()>;

    /// Before the diagnostics of each plan of the run: what was checked (the formats that
    /// list every file and indicator, JUnit; the GitHub step summary). Most ignore it.
    fn plan(&mut self, _out: &mut dyn Write, _checked: &Checked<'_>) -> io::Result<()> {
        Ok(())
    }

    /// After the last diagnostic of the run.
    fn finish(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}

/// A plan of the run, as [`Emitter::plan`] hears it.
#[derive(Debug, Clone, Copy)]
pub struct Checked<'a> {
    /// The plan file, as its diagnostics name it.
    pub file: &'a str,
    /// The plan evaluated against its logs, when it loaded and its logs could be opened.
    pub report: Option<&'a Report<'a>>,
    /// The plan's Markdown report, for the GitHub step summary (rendered by the command
    /// only when a step summary is asked for and the plan has no error).
    pub markdown: Option<&'a str>,
}

/// How `csc check` writes diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Github,
    Sarif,
    Junit,
    Gitlab,
}

/// What the sinks need besides the catalog.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Colour in the text format (a terminal, no `NO_COLOR`).
    pub color: bool,
    /// `--strict`: a warning fails the run (a JUnit failure).
    pub strict: bool,
    /// `--fail-unmet`: an unmet indicator fails the run (a JUnit failure).
    pub fail_unmet: bool,
    /// `GITHUB_STEP_SUMMARY`: where `github` appends a Markdown compliance table.
    pub step_summary: Option<PathBuf>,
}

/// The sink for a format.
pub fn emitter<'c>(
    format: Format,
    catalog: &'c Catalog,
    options: Options,
) -> Box<dyn Emitter + 'c> {
    match format {
        Format::Text => Box::new(Text {
            catalog,
            color: options.color,
        }),
        Format::Json => Box::new(Json::new(catalog)),
        Format::Github => Box::new(Github::new(catalog, options.step_summary)),
        Format::Sarif => Box::new(Sarif::new(catalog)),
        Format::Junit => Box::new(Junit::new(catalog, options.strict, options.fail_unmet)),
        Format::Gitlab => Box::new(Gitlab::new(catalog)),
    }
}

/// Emits diagnostics about one file (whose text, if known, is `source`) into a string.
pub fn render(
    emitter: &mut dyn Emitter,
    diags: &[Diagnostic],
    source: Option<(&str, &str)>,
) -> String {
    let mut out = Vec::new();
    for d in diags {
        let text = source.and_then(|(file, text)| (file == d.file).then_some(text));
        let _ = emitter.emit(&mut out, d, text);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Arguments that hold line numbers: left out of fingerprints, which must survive lines
/// moving.
const LINE_ARGUMENTS: &[&str] = &["first_line", "plan_line", "lines"];

/// Stable identities for the findings of a run (SARIF `partialFingerprints`, GitLab
/// `fingerprint`): a hash of the code, the file, the sheet and the message's arguments,
/// never the line or the language; identical findings are told apart by their rank.
#[derive(Debug, Default)]
pub(crate) struct Fingerprints {
    seen: HashMap<u64, u64>,
}

impl Fingerprints {
    /// The fingerprint of the next diagnostic: 32 hexadecimal digits.
    pub(crate) fn next(&mut self, d: &Diagnostic) -> String {
        let mut h = Fnv::default();
        h.field(d.code.id.as_bytes());
        h.field(
            d.file
                .replace('\\', "/")
                .trim_start_matches("./")
                .as_bytes(),
        );
        h.field(d.sheet.as_deref().unwrap_or_default().as_bytes());
        let mut args: Vec<&(&str, Arg)> = d
            .args
            .iter()
            .filter(|(name, _)| !LINE_ARGUMENTS.contains(name))
            .collect();
        args.sort_by_key(|(name, _)| *name);
        for (name, value) in args {
            h.field(name.as_bytes());
            match value {
                Arg::Str(s) => h.field(s.as_bytes()),
                Arg::Int(n) => h.field(n.to_string().as_bytes()),
                Arg::Date(date) => h.field(date.to_string().as_bytes()),
            }
        }
        let base = h.0;
        let counter = self.seen.entry(base).or_default();
        let rank = *counter;
        *counter += 1;
        let mut first = Fnv(base);
        first.field(&rank.to_le_bytes());
        let mut second = Fnv(base ^ 0x9e37_79b9_7f4a_7c15);
        second.field(&rank.to_le_bytes());
        format!("{:016x}{:016x}", first.0, second.0)
    }
}

/// FNV-1a, 64 bits: small, stable across Rust versions and platforms (the standard
/// library's hasher is not).
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
    }

    /// A field and its end, so that `ab`+`c` and `a`+`bc` differ.
    fn field(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.byte(*b);
        }
        self.byte(0xff);
    }
}

/// A file path as a relative URI reference: `/` separators, no leading `./`, and every
/// byte outside the unreserved and path characters percent-encoded.
pub(crate) fn relative_uri(file: &str) -> String {
    let path = file.replace('\\', "/");
    let path = path.trim_start_matches("./");
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=@".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    // `:` is encoded too: a first segment with it would read as a scheme.
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Loc, codes};

    #[test]
    fn fingerprints_ignore_lines_and_tell_twins_apart() {
        let a = Diagnostic::error("p.yaml", Some(Loc::new(3, 1)), codes::BAD_ID).arg("id", "x y");
        let moved =
            Diagnostic::error("p.yaml", Some(Loc::new(9, 5)), codes::BAD_ID).arg("id", "x y");
        let other = Diagnostic::error("p.yaml", Some(Loc::new(3, 1)), codes::BAD_ID).arg("id", "z");
        let fa = Fingerprints::default().next(&a);
        assert_eq!(fa, Fingerprints::default().next(&moved));
        assert_ne!(fa, Fingerprints::default().next(&other));
        let mut f = Fingerprints::default();
        let first = f.next(&a);
        let second = f.next(&moved);
        assert_eq!(first, fa);
        assert_ne!(first, second);
        assert_eq!(first.len(), 32);
        let dup = |line| {
            Diagnostic::error("p.yaml", Some(Loc::new(line, 1)), codes::DUPLICATE_ID)
                .arg("id", "x")
                .arg("first_line", line - 2)
                .arg("whole_plan", false)
        };
        assert_eq!(
            Fingerprints::default().next(&dup(10)),
            Fingerprints::default().next(&dup(20))
        );
    }

    #[test]
    fn uris_are_relative_and_encoded() {
        assert_eq!(relative_uri("./plans/a b.yaml"), "plans/a%20b.yaml");
        assert_eq!(relative_uri("plans\\été.yaml"), "plans/%C3%A9t%C3%A9.yaml");
        assert_eq!(relative_uri("j.xlsx#Feuil1"), "j.xlsx%23Feuil1");
        assert_eq!(relative_uri("c:x"), "c%3Ax");
    }
}
