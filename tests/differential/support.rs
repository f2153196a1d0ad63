//! Shared by `tests/differential.rs` and `tests/properties.rs`: scratch folders, plan and
//! CSV text, and csc run through the library exactly as `csc report --format json` runs it.
#![allow(dead_code, reason = "each test file uses its own part of this module")]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::NaiveDate;
use csc::report::{self, Document, Inputs};
use serde_json::Value as Json;

/// A fresh folder under the system's temp dir, removed when dropped.
pub struct Scratch {
    dir: PathBuf,
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

impl Scratch {
    pub fn new(tag: &str) -> Self {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("csc-{tag}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        Self { dir }
    }

    /// Writes `name` in the folder and returns its path.
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.join(name);
        std::fs::write(&path, bytes).expect("write a scratch file");
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

pub fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid date")
}

/// A plan with one secteur, objective and operational objective holding `indicators`
/// (each a YAML flow mapping). `periode` is omitted when `None` (the calendar year).
pub fn plan_yaml(
    annee: i32,
    periode: Option<(NaiveDate, NaiveDate)>,
    journaux: &[&str],
    indicators: &[String],
) -> String {
    let mut y = format!("csc: 1\ncommune: Test\nannee: {annee}\n");
    if let Some((du, au)) = periode {
        let _ = writeln!(y, "periode: {{du: {du}, au: {au}}}");
    }
    let _ = writeln!(y, "journaux: [{}]", journaux.join(", "));
    y += "secteurs:\n  - id: S1\n    intitule: S\n    objectifs_strategiques:\n      - id: OS1\n";
    y += "        domaine: D\n        objectifs_operationnels:\n          - id: OO1\n";
    y += "            intitule: O\n            indicateurs:\n";
    for ind in indicators {
        let _ = writeln!(y, "              - {ind}");
    }
    y
}

/// The default period of a plan for `annee`.
pub fn calendar_year(annee: i32) -> (NaiveDate, NaiveDate) {
    (ymd(annee, 1, 1), ymd(annee, 12, 31))
}

/// One CSV line (with its `\n`), quoting a field only when it must be.
pub fn csv_line<S: AsRef<str>>(fields: &[S], delimiter: char) -> String {
    let mut line = String::new();
    for (i, f) in fields.iter().enumerate() {
        let f = f.as_ref();
        if i > 0 {
            line.push(delimiter);
        }
        if f.contains([delimiter, '"', '\n', '\r']) {
            line.push('"');
            line.push_str(&f.replace('"', "\"\""));
            line.push('"');
        } else {
            line.push_str(f);
        }
    }
    line.push('\n');
    line
}

/// A diagnostic as a test reads it.
#[derive(Debug, Clone)]
pub struct Finding {
    pub error: bool,
    pub code: &'static str,
    pub line: Option<usize>,
    pub args: Vec<(String, String)>,
}

impl Finding {
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The JSON report (`csc-report/1`) and every diagnostic of the logs.
#[derive(Debug)]
pub struct Run {
    pub json: Json,
    pub findings: Vec<Finding>,
}

/// Loads the plan and evaluates it at `as_of`, as `csc report --format json` would.
pub fn run(plan_path: &Path, as_of: NaiveDate) -> Run {
    let loaded = csc::plan::load(plan_path);
    let Some(plan) = loaded.plan else {
        panic!(
            "csc rejected the plan: {:#?}\n{}",
            loaded.diagnostics,
            loaded.source.unwrap_or_default()
        );
    };
    let inputs = Inputs {
        as_of: Some(as_of),
        ..Inputs::default()
    };
    let report = report::build(plan_path, &loaded.file, &plan, &inputs, None)
        .unwrap_or_else(|f| panic!("csc could not read a log: {f:?}"));
    let json = serde_json::to_value(Document::new(&report)).expect("the report serialises");
    let findings = report
        .diagnostics
        .iter()
        .map(|d| Finding {
            error: d.severity == csc::diag::Severity::Error,
            code: d.code.id,
            line: d.loc.map(|l| l.line),
            args: d
                .code
                .args
                .iter()
                .filter_map(|a| Some(((*a).to_owned(), d.arg_text(a)?)))
                .collect(),
        })
        .collect();
    Run { json, findings }
}

/// What a user reads of each indicator (§7), without the texts copied from the plan.
pub fn figures(json: &Json) -> Vec<Json> {
    json["indicateurs"]
        .as_array()
        .expect("an array of indicators")
        .iter()
        .map(|i| {
            serde_json::json!({
                "id": i["id"], "statut": i["statut"], "realise": i["realise"],
                "attendu": i["attendu"], "projection": i["projection"],
                "lignes": i["lignes"], "sous_periodes": i["sous_periodes"],
            })
        })
        .collect()
}
