//! Diagnostics for a person at a terminal: a source snippet with a caret, as rustc draws
//! them (annotate-snippets), colour only on a terminal.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::Emitter;
use crate::diag::{Diagnostic, Loc, Severity};
use crate::i18n::{Catalog, keys};

#[derive(Debug)]
pub struct Text<'c> {
    pub catalog: &'c Catalog,
    pub color: bool,
}

impl Emitter for Text<'_> {
    fn emit(
        &mut self,
        out: &mut dyn Write,
        d: &Diagnostic,
        source: Option<&str>,
    ) -> io::Result<()> {
        writeln!(out, "{}", self.render(d, source))
    }
}

impl Text<'_> {
    fn render(&self, d: &Diagnostic, source: Option<&str>) -> String {
        let c = self.catalog;
        let severity = c.severity(d);
        let title = c.message(d);
        let help = c.help(d);
        let help_word = c.word(keys::HELP_LABEL);
        let span = match (source, d.loc) {
            (Some(src), Some(loc)) => byte_span(src, loc),
            _ => None,
        };
        let (Some(src), Some(span)) = (source, span) else {
            // No text to show (a log row, a sheet cell, a missing file): the title, the
            // place when there is one, and the help; no empty frame.
            let mut s = format!("{severity}[{}]: {title}", d.code.id);
            if d.loc.is_some() {
                let _ = write!(s, "\n  --> {}", d.place());
            }
            if let Some(h) = help {
                let _ = write!(s, "\n{help_word}: {h}");
            }
            return s;
        };
        let renderer = if self.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let level = match d.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        }
        .with_name(severity.as_str());
        let mut report: Vec<Group<'_>> = Vec::with_capacity(2);
        report.push(
            level.primary_title(title.as_str()).id(d.code.id).element(
                Snippet::source(src)
                    .path(d.file.as_str())
                    .annotation(AnnotationKind::Primary.span(span)),
            ),
        );
        if let Some(h) = &help {
            report.push(Group::with_title(
                Level::HELP
                    .with_name(help_word.as_str())
                    .secondary_title(h.as_str()),
            ));
        }
        renderer.render(&report)
    }
}

/// The byte range of `loc` in `src`, clamped to the line it is on. A line ends at LF,
/// CRLF or a lone CR, as the YAML reader counts them.
fn byte_span(src: &str, loc: Loc) -> Option<Range<usize>> {
    let bytes = src.as_bytes();
    let mut line_start = 0;
    for _ in 1..loc.line {
        let end = bytes[line_start..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .map(|i| line_start + i)?;
        line_start = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
            end + 2
        } else {
            end + 1
        };
    }
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
}
