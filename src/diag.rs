//! Diagnostics: what is wrong, where, and how it is shown (text with a source snippet,
//! JSON for programs, GitHub Actions annotations).

use std::fmt::Write as _;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use serde::Serialize;

use crate::msg::{Lang, Msg, Severity};

/// A place in a text file: 1-based line and column (in characters), and how many
/// characters are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loc {
    pub line: usize,
    pub column: usize,
    pub len: usize,
}

impl Loc {
    pub fn new(line: usize, column: usize) -> Self {
        Self {
            line: line.max(1),
            column: column.max(1),
            len: 1,
        }
    }

    #[must_use]
    pub fn with_len(mut self, len: usize) -> Self {
        self.len = len.max(1);
        self
    }
}

/// One finding about one file.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub msg: Msg,
    pub file: String,
    pub loc: Option<Loc>,
    /// The sheet, for a spreadsheet log: places read `file:Sheet!C12`.
    pub sheet: Option<String>,
}

impl Diagnostic {
    pub fn error(file: &str, loc: Option<Loc>, msg: Msg) -> Self {
        Self {
            severity: Severity::Error,
            msg,
            file: file.to_owned(),
            loc,
            sheet: None,
        }
    }

    pub fn warning(file: &str, loc: Option<Loc>, msg: Msg) -> Self {
        Self {
            severity: Severity::Warning,
            msg,
            file: file.to_owned(),
            loc,
            sheet: None,
        }
    }

    /// `file:line:column`, `file.xlsx:Sheet!C12`, or just the file when the place is
    /// unknown.
    pub fn place(&self) -> String {
        match (self.loc, &self.sheet) {
            (Some(l), Some(sheet)) => format!(
                "{}:{sheet}!{}{}",
                self.file,
                crate::log::column_letters(l.column),
                l.line
            ),
            (Some(l), None) => format!("{}:{}:{}", self.file, l.line, l.column),
            (None, _) => self.file.clone(),
        }
    }
}

/// How diagnostics are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Github,
}

/// Writes diagnostics about files whose text is known (for snippets).
#[derive(Debug)]
pub struct Printer {
    pub format: Format,
    pub color: bool,
    pub lang: Lang,
}

impl Printer {
    /// Renders diagnostics; those about the file `source.0` get a snippet of its text
    /// `source.1`. JSON is written by [`Printer::json`] once for all files.
    pub fn render(&self, diags: &[Diagnostic], source: Option<(&str, &str)>) -> String {
        let mut out = String::new();
        for d in diags {
            match self.format {
                Format::Text => {
                    let text = source.and_then(|(file, text)| (file == d.file).then_some(text));
                    out.push_str(&self.text(d, text));
                    out.push('\n');
                }
                Format::Github => {
                    out.push_str(&self.github(d));
                    out.push('\n');
                }
                Format::Json => {}
            }
        }
        out
    }

    fn text(&self, d: &Diagnostic, source: Option<&str>) -> String {
        let renderer = if self.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let level = match d.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        }
        .with_name(d.severity.word(self.lang));
        let title = d.msg.text(self.lang);
        let help = d.msg.help(self.lang);
        let help_level = Level::HELP.with_name("aide");
        let span = match (source, d.loc) {
            (Some(src), Some(loc)) => byte_span(src, loc),
            _ => None,
        };
        let mut report: Vec<Group<'_>> = Vec::with_capacity(2);
        if let (Some(src), Some(span)) = (source, span) {
            report.push(
                level.primary_title(title).id(d.msg.code()).element(
                    Snippet::source(src)
                        .path(d.file.as_str())
                        .annotation(AnnotationKind::Primary.span(span)),
                ),
            );
        } else {
            // No text to show (a log row, a sheet cell, a missing file): the title, the
            // place when there is one, and the help; no empty frame.
            let mut out = format!("{}[{}]: {title}", d.severity.word(self.lang), d.msg.code());
            if d.loc.is_some() {
                let _ = write!(out, "\n  --> {}", d.place());
            }
            if let Some(h) = help {
                let _ = write!(out, "\naide: {h}");
            }
            return out;
        }
        if let Some(h) = help {
            report.push(Group::with_title(help_level.secondary_title(h)));
        }
        renderer.render(&report)
    }

    fn github(&self, d: &Diagnostic) -> String {
        let kind = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let mut props = format!("file={}", escape_property(&d.file));
        if let (Some(l), None) = (d.loc, &d.sheet) {
            let _ = write!(props, ",line={},col={}", l.line, l.column);
        }
        let _ = write!(
            props,
            ",title={}",
            escape_property(&format!("csc {}", d.msg.code()))
        );
        let mut message = d.msg.text(self.lang);
        if d.sheet.is_some() {
            message = format!("{} : {message}", d.place());
        }
        if let Some(h) = d.msg.help(self.lang) {
            message.push('\n');
            message.push_str(&h);
        }
        format!("::{kind} {props}::{}", escape_data(&message))
    }

    /// All diagnostics of a run as one JSON array.
    pub fn json(&self, diags: &[Diagnostic]) -> String {
        #[derive(Serialize)]
        struct Item<'a> {
            fichier: &'a str,
            ligne: Option<usize>,
            colonne: Option<usize>,
            #[serde(skip_serializing_if = "Option::is_none")]
            feuille: Option<&'a str>,
            #[serde(skip_serializing_if = "Option::is_none")]
            cellule: Option<String>,
            gravite: &'static str,
            code: &'static str,
            message: String,
            aide: Option<String>,
        }
        let items: Vec<Item<'_>> = diags
            .iter()
            .map(|d| Item {
                fichier: &d.file,
                ligne: d.loc.map(|l| l.line),
                colonne: d.loc.map(|l| l.column),
                feuille: d.sheet.as_deref(),
                cellule: d
                    .sheet
                    .as_ref()
                    .and(d.loc)
                    .map(|l| format!("{}{}", crate::log::column_letters(l.column), l.line)),
                gravite: d.severity.key(),
                code: d.msg.code(),
                message: d.msg.text(self.lang),
                aide: d.msg.help(self.lang),
            })
            .collect();
        serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".into())
    }
}

/// The byte range of `loc` in `src`, clamped to the line it is on.
fn byte_span(src: &str, loc: Loc) -> Option<Range<usize>> {
    let line_start = if loc.line == 1 {
        0
    } else {
        src.match_indices('\n')
            .nth(loc.line - 2)
            .map(|(i, _)| i + 1)?
    };
    let line_end = src[line_start..]
        .find(['\n', '\r'])
        .map_or(src.len(), |i| line_start + i);
    let line = &src[line_start..line_end];
    let mut chars = line.char_indices().skip(loc.column - 1);
    let start = chars.next().map_or(line.len(), |(i, _)| i);
    let end = line[start..]
        .char_indices()
        .nth(loc.len)
        .map_or(line.len(), |(i, _)| start + i);
    Some(line_start + start..line_start + end.max(start))
}

/// GitHub workflow command escaping of the message part.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// GitHub workflow command escaping of a property value.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_span_counts_characters_not_bytes() {
        let src = "a: 1\nintitulé: é>x\n";
        // line 2, column 12 is '>' (after "intitulé: é", 11 characters)
        let r = byte_span(src, Loc::new(2, 12)).unwrap();
        assert_eq!(&src[r], ">");
    }

    #[test]
    fn github_escapes_separators() {
        let p = Printer {
            format: Format::Github,
            color: false,
            lang: Lang::Fr,
        };
        let d = Diagnostic::error(
            "plans/a,b.yaml",
            Some(Loc::new(3, 7)),
            Msg::BadDate {
                value: "50%".into(),
            },
        );
        let out = p.github(&d);
        assert!(
            out.starts_with("::error file=plans/a%2Cb.yaml,line=3,col=7,title=csc date-invalide::")
        );
        assert!(out.contains("50%25"));
        assert!(!out.contains('\n'));
    }
}
