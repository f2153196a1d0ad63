//! JUnit XML (spec §9), for GitLab, Jenkins and Azure test reports: one test suite per
//! plan; one test case per file checked (the plan and each log) and per indicator. A file
//! fails with its errors (and its warnings under `--strict`); an indicator fails when it
//! would fail the run (`--fail-unmet`), and is skipped when it was not evaluated. A clean
//! run has passing cases, never an empty suite. The XML is written by hand: four elements.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::{Checked, Emitter};
use crate::diag::{Diagnostic, Severity};
use crate::eval::{Statut, Value};
use crate::i18n::{Catalog, keys};

#[derive(Debug)]
pub struct Junit<'c> {
    catalog: &'c Catalog,
    strict: bool,
    fail_unmet: bool,
    suites: Vec<Suite>,
}

impl<'c> Junit<'c> {
    pub fn new(catalog: &'c Catalog, strict: bool, fail_unmet: bool) -> Self {
        Self {
            catalog,
            strict,
            fail_unmet,
            suites: Vec::new(),
        }
    }
}

#[derive(Debug)]
struct Suite {
    plan: String,
    files: Vec<FileCase>,
    indicators: Vec<IndicatorCase>,
}

#[derive(Debug)]
struct FileCase {
    file: String,
    /// Rendered findings, errors then warnings.
    errors: Vec<String>,
    warnings: Vec<String>,
}

#[derive(Debug)]
struct IndicatorCase {
    name: String,
    text: String,
    verdict: Verdict,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Verdict {
    Pass,
    /// The status code (`non_atteint`) and the message.
    Failure(&'static str, String),
    Skipped(String),
}

impl Suite {
    fn new(plan: &str) -> Self {
        Self {
            plan: plan.to_owned(),
            files: vec![FileCase::new(plan)],
            indicators: Vec::new(),
        }
    }

    fn file(&mut self, file: &str) -> &mut FileCase {
        let i = match self.files.iter().position(|f| f.file == file) {
            Some(i) => i,
            None => {
                self.files.push(FileCase::new(file));
                self.files.len() - 1
            }
        };
        &mut self.files[i]
    }
}

impl Suite {
    /// The case of a diagnostic's file: a workbook's finding names its sheet apart
    /// (`journal.xlsx` and `Activités`), the log read is `journal.xlsx#Activités`.
    fn case_of(&mut self, d: &Diagnostic) -> &mut FileCase {
        if let Some(sheet) = &d.sheet {
            let with_sheet = format!("{}#{sheet}", d.file);
            let prefix = format!("{}#", d.file);
            let known = self
                .files
                .iter()
                .find(|f| f.file == with_sheet || f.file == d.file)
                .or_else(|| self.files.iter().find(|f| f.file.starts_with(&prefix)))
                .map(|f| f.file.clone());
            return self.file(&known.unwrap_or(with_sheet));
        }
        self.file(&d.file)
    }
}

impl FileCase {
    fn new(file: &str) -> Self {
        Self {
            file: file.to_owned(),
            errors: Vec::new(),
            warnings: Vec::new(),
        }
    }
}

impl Emitter for Junit<'_> {
    fn emit(&mut self, _: &mut dyn Write, d: &Diagnostic, _: Option<&str>) -> io::Result<()> {
        if self.suites.is_empty() {
            self.suites.push(Suite::new(&d.file));
        }
        let text = self.finding(d);
        if let Some(suite) = self.suites.last_mut() {
            let case = suite.case_of(d);
            match d.severity {
                Severity::Error => case.errors.push(text),
                Severity::Warning => case.warnings.push(text),
            }
        }
        Ok(())
    }

    fn plan(&mut self, _: &mut dyn Write, checked: &Checked<'_>) -> io::Result<()> {
        let mut suite = Suite::new(checked.file);
        if let Some(r) = checked.report {
            for log in &r.logs {
                suite.file(&log.file);
            }
            let evaluated = !r.has_errors();
            for (placed, outcome) in &r.lines {
                let [s, os, oo] = placed.chemin();
                let text = if evaluated {
                    self.indicator_text(&placed.indicateur.cible_texte, outcome)
                } else {
                    String::new()
                };
                let verdict = if !evaluated {
                    Verdict::Skipped(self.catalog.word(keys::JUNIT_NOT_EVALUATED))
                } else if self.fail_unmet
                    && matches!(
                        outcome.statut,
                        Statut::NonAtteint | Statut::EnRetard | Statut::NonMesure
                    )
                {
                    Verdict::Failure(
                        outcome.statut.key(),
                        self.catalog.status(outcome.statut.key()),
                    )
                } else if outcome.statut == Statut::NonMesure {
                    Verdict::Skipped(self.catalog.status(outcome.statut.key()))
                } else {
                    Verdict::Pass
                };
                suite.indicators.push(IndicatorCase {
                    name: format!("{s}/{os}/{oo}/{}", placed.indicateur.id),
                    text,
                    verdict,
                });
            }
        }
        self.suites.push(suite);
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let xml = self.xml();
        out.write_all(xml.as_bytes())
    }
}

impl Junit<'_> {
    /// `file:line:column: erreur[code]: message`, then the help.
    fn finding(&self, d: &Diagnostic) -> String {
        let mut s = format!(
            "{}: {}[{}]: {}",
            d.place(),
            self.catalog.severity(d),
            d.code.id,
            self.catalog.message(d)
        );
        if let Some(h) = self.catalog.help(d) {
            let _ = write!(s, "\n  {h}");
        }
        s
    }

    fn indicator_text(&self, target: &str, o: &crate::eval::Outcome) -> String {
        let c = self.catalog;
        let value = |v: Value| match v {
            Value::Number(n) => c.number(n),
            Value::YesNo(true) => c.word(keys::YES),
            Value::YesNo(false) => c.word(keys::NO),
            Value::Missing => "—".to_owned(),
        };
        c.get(
            keys::JUNIT_INDICATOR,
            &[
                ("status", c.status(o.statut.key()).into()),
                ("code", o.statut.key().into()),
                ("value", value(o.realise).into()),
                ("expected", value(o.attendu).into()),
                ("target", target.into()),
                ("rows", o.lignes.into()),
            ],
        )
    }

    fn xml(&self) -> String {
        let mut body = String::new();
        let (mut tests, mut failures, mut skipped) = (0, 0, 0);
        for suite in &self.suites {
            let (t, f, s, xml) = self.suite(suite);
            tests += t;
            failures += f;
            skipped += s;
            body.push_str(&xml);
        }
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"csc\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\">\n{body}</testsuites>\n"
        )
    }

    /// One suite: (tests, failures, skipped, its XML).
    fn suite(&self, suite: &Suite) -> (usize, usize, usize, String) {
        let class = escape(&suite.plan);
        let mut cases = String::new();
        let (mut failures, mut skipped) = (0, 0);
        for f in &suite.files {
            let name = escape(&f.file);
            let _ = write!(
                cases,
                "    <testcase name=\"{name}\" classname=\"{class}\" file=\"{name}\""
            );
            let failing = !f.errors.is_empty() || (self.strict && !f.warnings.is_empty());
            if !failing && f.warnings.is_empty() {
                cases.push_str("/>\n");
                continue;
            }
            cases.push_str(">\n");
            let message = self.catalog.get(
                keys::JUNIT_FAILURE,
                &[
                    ("errors", f.errors.len().into()),
                    ("warnings", f.warnings.len().into()),
                ],
            );
            if failing {
                failures += 1;
                let kind = if f.errors.is_empty() {
                    Severity::Warning.key()
                } else {
                    Severity::Error.key()
                };
                let all: Vec<&str> = f
                    .errors
                    .iter()
                    .chain(&f.warnings)
                    .map(String::as_str)
                    .collect();
                let _ = writeln!(
                    cases,
                    "      <failure message=\"{}\" type=\"{kind}\">{}</failure>",
                    escape(&message),
                    escape_text(&all.join("\n"))
                );
            } else {
                let _ = writeln!(
                    cases,
                    "      <system-out>{}</system-out>",
                    escape_text(&f.warnings.join("\n"))
                );
            }
            cases.push_str("    </testcase>\n");
        }
        for i in &suite.indicators {
            let _ = writeln!(
                cases,
                "    <testcase name=\"{}\" classname=\"{class}\" file=\"{class}\">",
                escape(&i.name)
            );
            match &i.verdict {
                Verdict::Pass => {}
                Verdict::Failure(code, message) => {
                    failures += 1;
                    let _ = writeln!(
                        cases,
                        "      <failure message=\"{}\" type=\"{code}\">{}</failure>",
                        escape(message),
                        escape_text(&i.text)
                    );
                }
                Verdict::Skipped(message) => {
                    skipped += 1;
                    let _ = writeln!(cases, "      <skipped message=\"{}\"/>", escape(message));
                }
            }
            if !i.text.is_empty() {
                let _ = writeln!(
                    cases,
                    "      <system-out>{}</system-out>",
                    escape_text(&i.text)
                );
            }
            cases.push_str("    </testcase>\n");
        }
        let tests = suite.files.len() + suite.indicators.len();
        let xml = format!(
            "  <testsuite name=\"{class}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\">\n{cases}  </testsuite>\n"
        );
        (tests, failures, skipped, xml)
    }
}

/// Text for an XML attribute: the five entities escaped, and the control characters XML
/// 1.0 forbids dropped.
fn escape(s: &str) -> String {
    escape_xml(s, true)
}

/// Text for an XML element: quotes may stay as they are.
fn escape_text(s: &str) -> String {
    escape_xml(s, false)
}

fn escape_xml(s: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\'' if attribute => out.push_str("&apos;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\n' | '\t' => out.push(c),
            '\r' => out.push_str("&#13;"),
            c if u32::from(c) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Loc, codes};
    use crate::i18n::Lang;

    #[test]
    fn a_plan_that_did_not_load_has_a_failing_case() {
        let catalog = Catalog::new(Lang::Fr);
        let mut j = Junit::new(&catalog, false, false);
        let mut out = Vec::new();
        let checked = Checked {
            file: "p<1>.yaml",
            report: None,
            markdown: None,
        };
        j.plan(&mut out, &checked).unwrap();
        let d = Diagnostic::error("p<1>.yaml", Some(Loc::new(2, 1)), codes::BAD_DATE)
            .arg("value", "a & b");
        j.emit(&mut out, &d, None).unwrap();
        j.finish(&mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert!(
            xml.contains("<testsuite name=\"p&lt;1&gt;.yaml\" tests=\"1\" failures=\"1\""),
            "{xml}"
        );
        assert!(xml.contains("a &amp; b"), "{xml}");
        assert!(xml.contains("type=\"erreur\""), "{xml}");
    }

    #[test]
    fn escaping_drops_what_xml_forbids() {
        assert_eq!(escape("a\u{1}b<\"'>"), "ab&lt;&quot;&apos;&gt;");
        assert_eq!(escape_text("l'a\n\"b\""), "l'a\n\"b\"");
    }
}
