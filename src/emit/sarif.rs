//! SARIF 2.1.0 (spec §9), for GitHub code scanning and GitLab: one run, the tool `csc`
//! with one rule per diagnostic code, one result per finding. ruff's SARIF emitter is the
//! model. Codes, levels and fingerprints are never translated; the texts are in the
//! language of the messages.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::{Emitter, Fingerprints, relative_uri};
use crate::diag::{Arg, Code, Diagnostic, Severity, codes};
use crate::i18n::{Catalog, keys};

/// The key of our fingerprint in `partialFingerprints` (versioned: a new way of
/// computing it gets a new key).
pub const FINGERPRINT_KEY: &str = "csc/v1";

/// Codes whose findings are warnings; every other code is an error.
const WARNING_CODES: &[Code] = &[
    codes::ACTIVITY_LISTED_TWICE,
    codes::AS_OF_BEFORE_PERIOD,
    codes::EMPTY_OPERATIONAL,
    codes::EMPTY_STRATEGIC,
    codes::LOG_DUPLICATE,
    codes::LOG_OUTSIDE_PERIOD,
    codes::LOG_TWICE,
    codes::LOG_UNKNOWN_ACTIVITY,
    codes::NO_LOGS,
    codes::NO_SECTORS,
    codes::SUB_PERIOD_IMPOSSIBLE,
];

#[derive(Debug)]
pub struct Sarif<'c> {
    catalog: &'c Catalog,
    results: Vec<Value>,
    fingerprints: Fingerprints,
}

impl<'c> Sarif<'c> {
    pub fn new(catalog: &'c Catalog) -> Self {
        Self {
            catalog,
            results: Vec::new(),
            fingerprints: Fingerprints::default(),
        }
    }

    /// The rule of a code: its name, descriptions and help from the catalog.
    fn rule(&self, code: Code) -> Value {
        let c = self.catalog;
        let short = c.get(keys::RULE_DESCRIPTION, &[("code", code.id.into())]);
        // The help of a finding names its values; the rule's shows where they go.
        let placeholders: Vec<(&str, Arg)> = code.args.iter().map(|a| (*a, "…".into())).collect();
        let help = c.attribute(code, "help", &placeholders);
        let full = match &help {
            Some(h) => c.get(
                keys::RULE_FULL_DESCRIPTION,
                &[
                    ("description", short.as_str().into()),
                    ("help", h.as_str().into()),
                ],
            ),
            None => short.clone(),
        };
        json!({
            "id": code.id,
            "name": code.id,
            "shortDescription": {"text": short},
            "fullDescription": {"text": full},
            "help": {"text": help.unwrap_or_else(|| short.clone())},
            "defaultConfiguration": {"level": level(default_severity(code))},
        })
    }
}

/// The severity a code's findings have.
pub fn default_severity(code: Code) -> Severity {
    if WARNING_CODES.contains(&code) {
        Severity::Warning
    } else {
        Severity::Error
    }
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

impl Emitter for Sarif<'_> {
    fn emit(&mut self, _: &mut dyn Write, d: &Diagnostic, _: Option<&str>) -> io::Result<()> {
        let mut text = self.catalog.message(d);
        if d.sheet.is_some() {
            // A spreadsheet has no lines and columns of text: the cell goes in the message.
            text = format!("{} : {text}", d.place());
        }
        if let Some(h) = self.catalog.help(d) {
            text.push('\n');
            text.push_str(&h);
        }
        let mut physical = json!({
            "artifactLocation": {"uri": relative_uri(&d.file), "uriBaseId": "%SRCROOT%"},
        });
        if let (Some(l), None) = (d.loc, &d.sheet) {
            physical["region"] = json!({"startLine": l.line, "startColumn": l.column});
        }
        let mut result = json!({
            "ruleId": d.code.id,
            "level": level(d.severity),
            "message": {"text": text},
            "locations": [{"physicalLocation": physical}],
            "partialFingerprints": {FINGERPRINT_KEY: self.fingerprints.next(d)},
        });
        if let Some(i) = codes::ALL.iter().position(|c| *c == d.code) {
            result["ruleIndex"] = json!(i);
        }
        self.results.push(result);
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let rules: Vec<Value> = codes::ALL.iter().map(|c| self.rule(*c)).collect();
        let log = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {
                    "name": "csc",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }},
                "columnKind": "unicodeCodePoints",
                "results": std::mem::take(&mut self.results),
            }],
        });
        let text = serde_json::to_string_pretty(&log).map_err(io::Error::other)?;
        writeln!(out, "{text}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Loc;
    use crate::i18n::Lang;

    #[test]
    fn a_result_points_at_its_rule_and_place() {
        let catalog = Catalog::new(Lang::Fr);
        let mut sarif = Sarif::new(&catalog);
        let d = Diagnostic::error("./plans/a b.yaml", Some(Loc::new(3, 7)), codes::BAD_DATE)
            .arg("value", "x");
        let mut out = Vec::new();
        sarif.emit(&mut out, &d, None).unwrap();
        sarif.finish(&mut out).unwrap();
        let log: Value = serde_json::from_slice(&out).unwrap();
        let run = &log["runs"][0];
        let r = &run["results"][0];
        assert_eq!(r["ruleId"], "date-invalide");
        let i = r["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(run["tool"]["driver"]["rules"][i]["id"], "date-invalide");
        let loc = &r["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], "plans/a%20b.yaml");
        assert_eq!(loc["region"]["startLine"], 3);
        assert_eq!(loc["region"]["startColumn"], 7);
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        assert_eq!(
            run["tool"]["driver"]["rules"].as_array().unwrap().len(),
            codes::ALL.len()
        );
    }

    #[test]
    fn rule_texts_never_show_a_missing_argument() {
        for lang in Lang::ALL {
            let catalog = Catalog::new(*lang);
            let s = Sarif::new(&catalog);
            for code in codes::ALL {
                let rule = s.rule(*code);
                // Each code has its own description (the catalog's default is the code).
                assert_ne!(rule["shortDescription"]["text"], code.id, "{}", lang.code());
                for field in ["shortDescription", "fullDescription", "help"] {
                    let text = rule[field]["text"].as_str().unwrap();
                    assert!(
                        !text.is_empty() && !text.contains("{$"),
                        "{}: {text}",
                        code.id
                    );
                }
            }
        }
    }
}
