//! GitHub Actions workflow commands: `::error file=F,line=L,col=C::message`.
//!
//! GitHub shows at most 10 error and 10 warning annotations per step: past 10 of a
//! severity, findings are written as plain log lines and one `::notice` says how many
//! were not annotated (spec §9). With `GITHUB_STEP_SUMMARY` set, the compliance table of
//! each plan (its Markdown report, rendered by the command) is appended to that file.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::PathBuf;

use super::{Checked, Emitter};
use crate::diag::{Diagnostic, Severity, codes, io_reason};
use crate::i18n::{Catalog, keys};

/// Annotations GitHub shows per severity and step.
pub const MAX_ANNOTATIONS: usize = 10;

#[derive(Debug)]
pub struct Github<'c> {
    pub catalog: &'c Catalog,
    /// Annotations written, then findings left as plain lines: [errors, warnings].
    annotated: [usize; 2],
    hidden: [usize; 2],
    /// `GITHUB_STEP_SUMMARY`, and what goes there: one entry per plan.
    step_summary: Option<PathBuf>,
    plans: Vec<SummaryEntry>,
}

#[derive(Debug)]
struct SummaryEntry {
    file: String,
    markdown: Option<String>,
    errors: usize,
    warnings: usize,
}

impl<'c> Github<'c> {
    pub fn new(catalog: &'c Catalog, step_summary: Option<PathBuf>) -> Self {
        Self {
            catalog,
            annotated: [0; 2],
            hidden: [0; 2],
            step_summary,
            plans: Vec::new(),
        }
    }
}

fn slot(s: Severity) -> usize {
    match s {
        Severity::Error => 0,
        Severity::Warning => 1,
    }
}

impl Emitter for Github<'_> {
    fn emit(&mut self, out: &mut dyn Write, d: &Diagnostic, _: Option<&str>) -> io::Result<()> {
        let i = slot(d.severity);
        if let Some(entry) = self.plans.last_mut() {
            match d.severity {
                Severity::Error => entry.errors += 1,
                Severity::Warning => entry.warnings += 1,
            }
        }
        if self.annotated[i] < MAX_ANNOTATIONS {
            self.annotated[i] += 1;
            writeln!(out, "{}", self.line(d))
        } else {
            self.hidden[i] += 1;
            writeln!(out, "{}", self.plain(d))
        }
    }

    fn plan(&mut self, _: &mut dyn Write, checked: &Checked<'_>) -> io::Result<()> {
        if self.step_summary.is_none() {
            return Ok(());
        }
        self.plans.push(SummaryEntry {
            file: checked.file.to_owned(),
            markdown: checked.markdown.map(str::to_owned),
            errors: 0,
            warnings: 0,
        });
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let [errors, warnings] = self.hidden;
        if errors + warnings > 0 {
            let text = self.catalog.get(
                keys::GITHUB_MORE,
                &[
                    ("errors", errors.into()),
                    ("warnings", warnings.into()),
                    ("limit", MAX_ANNOTATIONS.into()),
                ],
            );
            writeln!(out, "::notice title=csc::{}", escape_data(&text))?;
        }
        if let Some(path) = &self.step_summary
            && !self.plans.is_empty()
            && let Err(e) = append(path, &self.summary())
        {
            let file = path.to_string_lossy();
            let d = Diagnostic::warning(&file, None, codes::FILE_UNWRITABLE)
                .arg("path", file.as_ref())
                .arg("reason", io_reason(e.kind()));
            writeln!(out, "{}", self.line(&d))?;
        }
        Ok(())
    }
}

impl Github<'_> {
    fn line(&self, d: &Diagnostic) -> String {
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
            escape_property(&format!("csc {}", d.code.id))
        );
        let mut message = self.catalog.message(d);
        if d.sheet.is_some() {
            message = format!("{} : {message}", d.place());
        }
        if let Some(h) = self.catalog.help(d) {
            message.push('\n');
            message.push_str(&h);
        }
        format!("::{kind} {props}::{}", escape_data(&message))
    }

    /// A finding past the annotation limit: one plain line of the job's log.
    fn plain(&self, d: &Diagnostic) -> String {
        let message = self.catalog.message(d).replace(['\r', '\n'], " ");
        format!(
            "{}: {}[{}]: {message}",
            d.place(),
            self.catalog.severity(d),
            d.code.id
        )
    }

    /// The Markdown of every plan of the run, in order.
    fn summary(&self) -> String {
        let mut s = String::new();
        for entry in &self.plans {
            match &entry.markdown {
                Some(m) => s.push_str(m),
                None => {
                    let _ = writeln!(
                        s,
                        "{}",
                        self.catalog.get(
                            keys::GITHUB_SUMMARY_FAILED,
                            &[
                                ("file", entry.file.as_str().into()),
                                ("errors", entry.errors.into()),
                                ("warnings", entry.warnings.into()),
                            ],
                        )
                    );
                }
            }
            s.push('\n');
        }
        s
    }
}

/// Appends to the step summary (other steps write there too).
fn append(path: &std::path::Path, text: &str) -> io::Result<()> {
    let mut f = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    f.write_all(text.as_bytes())
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
    use crate::diag::{Loc, codes};
    use crate::i18n::Lang;

    #[test]
    fn github_escapes_separators() {
        let catalog = Catalog::new(Lang::Fr);
        let g = Github::new(&catalog, None);
        let d = Diagnostic::error("plans/a,b.yaml", Some(Loc::new(3, 7)), codes::BAD_DATE)
            .arg("value", "50%");
        let out = g.line(&d);
        assert!(
            out.starts_with("::error file=plans/a%2Cb.yaml,line=3,col=7,title=csc date-invalide::")
        );
        assert!(out.contains("50%25"));
        assert!(!out.contains('\n'));
    }

    #[test]
    fn past_ten_annotations_per_severity_one_notice_sums_up() {
        let catalog = Catalog::new(Lang::En);
        let mut g = Github::new(&catalog, None);
        let mut out = Vec::new();
        for line in 1..=13 {
            let d = Diagnostic::error("p.yaml", Some(Loc::new(line, 1)), codes::BAD_DATE)
                .arg("value", "x");
            g.emit(&mut out, &d, None).unwrap();
        }
        for line in 1..=4 {
            let d = Diagnostic::warning("p.yaml", Some(Loc::new(line, 1)), codes::NO_LOGS);
            g.emit(&mut out, &d, None).unwrap();
        }
        g.finish(&mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text.lines().filter(|l| l.starts_with("::error ")).count(),
            10
        );
        assert_eq!(
            text.lines().filter(|l| l.starts_with("::warning ")).count(),
            4
        );
        let notices: Vec<&str> = text.lines().filter(|l| l.starts_with("::notice")).collect();
        assert_eq!(notices.len(), 1, "{text}");
        assert!(notices[0].contains('3'), "{}", notices[0]);
        assert!(text.contains("p.yaml:13:1: "), "{text}");
    }
}
