//! Golden outputs: every command and format on `plans/`, `examples/` and broken inputs,
//! compared byte for byte with what was recorded in `tests/golden/`. The cases are in
//! `tests/golden/cases.txt`. After a deliberate change of output, record again with
//! `CSC_GOLDEN=record cargo test --test golden` and review the diff in git.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader as _};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The "days left before the deadline" line depends on today: it is masked.
fn mask_today(s: &str) -> String {
    s.lines()
        .map(|l| {
            if l.starts_with("Échéance de remise le ") {
                "Échéance de remise le <date> : <jours>."
            } else {
                l
            }
        })
        .fold(String::new(), |mut out, l| {
            out.push_str(l);
            out.push('\n');
            out
        })
}

fn dump_workbook(path: &Path) -> String {
    let mut wb = calamine::open_workbook_auto(path).expect("the report is a workbook");
    let mut out = String::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).expect("sheet");
        let _ = writeln!(out, "== {name}");
        for row in range.rows() {
            let cells: Vec<String> = row
                .iter()
                .map(|c| match c {
                    Data::Empty => String::new(),
                    Data::String(s) => format!("s:{s}"),
                    Data::Float(f) => format!("n:{f}"),
                    Data::Int(i) => format!("n:{i}"),
                    Data::Bool(b) => format!("b:{b}"),
                    Data::DateTime(d) => format!("d:{}", d.as_f64()),
                    other => format!("?:{other}"),
                })
                .collect();
            let _ = writeln!(out, "{}", cells.join(" | "));
        }
    }
    out
}

fn run_case(args: &str, scratch: &Path) -> String {
    let out_file = scratch.join("rapport.xlsx");
    let argv: Vec<String> = args
        .split_whitespace()
        .map(|a| {
            a.replace('~', " ")
                .replace("{out}", &out_file.display().to_string())
        })
        .collect();
    let _ = std::fs::remove_file(&out_file);
    let output = Command::new(env!("CARGO_BIN_EXE_csc"))
        .args(&argv)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .env_remove("CSC_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .expect("csc runs");
    let mut text = format!("exit: {}\n", output.status.code().unwrap_or(-1));
    text.push_str("--- stdout\n");
    text.push_str(&mask_today(&String::from_utf8_lossy(&output.stdout)));
    text.push_str("--- stderr\n");
    text.push_str(&mask_today(&String::from_utf8_lossy(&output.stderr)));
    if args.contains("{out}") && out_file.exists() {
        text.push_str("--- workbook\n");
        text.push_str(&dump_workbook(&out_file));
    }
    text
}

#[test]
fn outputs_are_unchanged() {
    let dir = root().join("tests/golden");
    let cases = std::fs::read_to_string(dir.join("cases.txt")).expect("cases.txt");
    let record = std::env::var("CSC_GOLDEN").is_ok_and(|v| v == "record");
    let scratch = std::env::temp_dir().join(format!("csc-golden-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch folder");
    let mut failures = Vec::new();
    let mut seen = 0;
    for line in cases.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, args) = line.split_once('|').expect("`name | args`");
        let (name, args) = (name.trim(), args.trim());
        let actual = run_case(args, &scratch);
        let file = dir.join(format!("{name}.txt"));
        seen += 1;
        if record {
            std::fs::write(&file, &actual).expect("record");
            continue;
        }
        let expected = std::fs::read_to_string(&file).unwrap_or_default();
        if expected != actual {
            failures.push(format!(
                "== {name} (csc {args})\n--- expected\n{expected}\n--- actual\n{actual}"
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(seen >= 80, "the case list was cut short: {seen} cases");
    assert!(
        failures.is_empty(),
        "{} of {seen} outputs changed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
