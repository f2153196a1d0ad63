//! GitLab Code Quality (spec §9): one JSON array of issues, each with a description, the
//! code as `check_name`, a fingerprint that survives lines moving, a severity (error
//! `major`, warning `minor`) and the file and line.

use std::io::{self, Write};

use serde::Serialize;

use super::{Emitter, Fingerprints};
use crate::diag::{Diagnostic, Severity};
use crate::i18n::Catalog;

#[derive(Debug)]
pub struct Gitlab<'c> {
    catalog: &'c Catalog,
    issues: Vec<Issue>,
    fingerprints: Fingerprints,
}

impl<'c> Gitlab<'c> {
    pub fn new(catalog: &'c Catalog) -> Self {
        Self {
            catalog,
            issues: Vec::new(),
            fingerprints: Fingerprints::default(),
        }
    }
}

#[derive(Debug, Serialize)]
struct Issue {
    description: String,
    check_name: &'static str,
    fingerprint: String,
    severity: &'static str,
    location: Location,
}

#[derive(Debug, Serialize)]
struct Location {
    path: String,
    lines: Lines,
}

#[derive(Debug, Serialize)]
struct Lines {
    begin: usize,
}

impl Emitter for Gitlab<'_> {
    fn emit(&mut self, _: &mut dyn Write, d: &Diagnostic, _: Option<&str>) -> io::Result<()> {
        let mut description = self.catalog.message(d);
        if d.sheet.is_some() {
            description = format!("{} : {description}", d.place());
        }
        self.issues.push(Issue {
            description,
            check_name: d.code.id,
            fingerprint: self.fingerprints.next(d),
            severity: match d.severity {
                Severity::Error => "major",
                Severity::Warning => "minor",
            },
            location: Location {
                path: d
                    .file
                    .replace('\\', "/")
                    .trim_start_matches("./")
                    .to_owned(),
                // A whole-file finding (or a spreadsheet cell) is shown on the first line.
                lines: Lines {
                    begin: d.loc.filter(|_| d.sheet.is_none()).map_or(1, |l| l.line),
                },
            },
        });
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let text = serde_json::to_string_pretty(&self.issues).map_err(io::Error::other)?;
        writeln!(out, "{text}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Loc, codes};
    use crate::i18n::Lang;

    #[test]
    fn issues_have_every_field_gitlab_reads() {
        let catalog = Catalog::new(Lang::Nl);
        let mut g = Gitlab::new(&catalog);
        let mut out = Vec::new();
        for line in [4, 9] {
            let d = Diagnostic::warning("p.yaml", Some(Loc::new(line, 3)), codes::EMPTY_STRATEGIC)
                .arg("id", "OS1");
            g.emit(&mut out, &d, None).unwrap();
        }
        g.finish(&mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let a = &v[0];
        assert_eq!(a["check_name"], "objectif-strategique-vide");
        assert_eq!(a["severity"], "minor");
        assert_eq!(a["location"]["path"], "p.yaml");
        assert_eq!(a["location"]["lines"]["begin"], 4);
        assert_ne!(a["fingerprint"], v[1]["fingerprint"]);
    }
}
