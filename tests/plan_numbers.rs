//! Numbers in plans and logs as a user meets them (spec §1 and §2 v1.1): the one number
//! grammar, and plan scalars read from the text the user wrote, never from YAML's number.
//! Each test writes a small plan (and log), runs the `csc` binary on it and reads its
//! JSON output.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

/// A fresh directory for one case.
fn scratch() -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "plan_numbers-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

/// A plan with `head` after `csc`/`commune`/`annee` and `indicators` (YAML list items,
/// indented by 14 spaces), written as `plan.yaml` in a fresh directory. The indicators
/// start at line 14 (after the lines of `head`).
fn plan(head: &str, indicators: &str) -> PathBuf {
    let dir = scratch();
    let text = format!(
        "csc: 1\ncommune: Ixelles\nannee: 2024\n{head}secteurs:\n  - id: S1\n    intitule: Projets communaux\n    objectifs_strategiques:\n      - id: OS1\n        domaine: Travail socio-préventif\n        objectifs_operationnels:\n          - id: OO1\n            intitule: Accompagner les jeunes\n            indicateurs:\n{indicators}"
    );
    let head_lines = head.matches('\n').count();
    assert_eq!(
        text.lines()
            .nth(13 + head_lines)
            .map(|l| l.trim_start().starts_with("- ")),
        Some(true),
        "indicators start at line {}",
        14 + head_lines
    );
    std::fs::write(dir.join("plan.yaml"), text).expect("the plan is written");
    dir
}

/// Runs `csc` in `dir`; returns the exit code and the JSON it printed.
fn csc(dir: &Path, args: &[&str]) -> (i32, Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_csc"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("CSC_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .expect("csc runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let json = serde_json::from_str(&stdout).unwrap_or_else(|e| {
        panic!(
            "{args:?}: not JSON ({e}):\n{stdout}\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().unwrap_or(-1), json)
}

/// `(code, line, column, message)` of every diagnostic of `csc check --format json`.
fn check(dir: &Path) -> (i32, Vec<(String, u64, u64, String)>) {
    let (code, json) = csc(dir, &["check", "plan.yaml", "--format", "json"]);
    let diagnostics = json
        .as_array()
        .expect("an array of diagnostics")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or_default().to_owned(),
                d["ligne"].as_u64().unwrap_or(0),
                d["colonne"].as_u64().unwrap_or(0),
                d["message"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    (code, diagnostics)
}

/// The errors only, without the message: `(code, line, column)`.
fn errors(dir: &Path) -> Vec<(String, u64, u64)> {
    let (_, diagnostics) = check(dir);
    diagnostics
        .into_iter()
        .filter(|(code, ..)| code != "aucun-journal")
        .map(|(code, line, column, _)| (code, line, column))
        .collect()
}

/// `csc report --format json`: the `realise` of each indicator, by id.
fn realised(dir: &Path) -> Vec<(String, Value)> {
    let (code, json) = csc(dir, &["report", "plan.yaml", "--format", "json"]);
    assert_eq!(code, 0, "{json:#}");
    json["indicateurs"]
        .as_array()
        .expect("indicators")
        .iter()
        .map(|i| {
            (
                i["id"].as_str().unwrap_or_default().to_owned(),
                i["realise"].clone(),
            )
        })
        .collect()
}

fn indicator(id: &str, lines: &str) -> String {
    let mut out = format!("              - id: {id}\n                intitule: Indicateur {id}\n");
    for l in lines.lines() {
        out.push_str("                ");
        out.push_str(l);
        out.push('\n');
    }
    out
}

fn e(code: &str, line: u64, column: u64) -> (String, u64, u64) {
    (code.to_owned(), line, column)
}

#[test]
fn a_target_written_as_a_yaml_number_is_read_from_its_text() {
    // Each indicator takes 3 lines; `cible:` is on the third, its value at column 24.
    let values = [
        ("1.000", e("cible-invalide", 16, 24)),
        ("1.234", e("cible-invalide", 19, 24)),
        ("0x10", e("cible-invalide", 22, 25)),
        ("1e3", e("cible-invalide", 25, 25)),
        (".inf", e("cible-invalide", 28, 24)),
        (".nan", e("cible-invalide", 31, 24)),
        ("-3", e("nombre-invalide", 34, 24)),
        ("12345678901234567890", e("nombre-invalide", 37, 24)),
    ];
    let indicators: String = values
        .iter()
        .enumerate()
        .map(|(i, (v, _))| indicator(&format!("i{i}"), &format!("cible: {v}")))
        .collect();
    let dir = plan("", &indicators);
    let (code, diagnostics) = check(&dir);
    assert_eq!(code, 1);
    let found: Vec<_> = diagnostics
        .iter()
        .map(|(c, l, col, _)| (c.clone(), *l, *col))
        .collect();
    let expected: Vec<_> = values.iter().map(|(_, e)| e.clone()).collect();
    assert_eq!(found, expected, "{diagnostics:#?}");
    let messages: Vec<&str> = diagnostics.iter().map(|d| d.3.as_str()).collect();
    assert!(messages[0].contains("ambiguë"), "{}", messages[0]);
    assert!(messages[2].contains("« x »"), "{}", messages[2]);
    assert!(messages[3].contains("« e »"), "{}", messages[3]);
    assert!(messages[4].contains("« . »"), "{}", messages[4]);
    assert!(messages[6].contains("« -3 »"), "{}", messages[6]);
    assert!(messages[7].contains("trop grand"), "{}", messages[7]);
}

#[test]
fn a_yaml_number_keeps_its_text_in_flow_style_and_before_a_comment() {
    let lines = [
        "              - {id: a, intitule: A, cible: 1.000}",
        "              - {id: b, intitule: B, cible: 0x10 }",
        "              - id: c",
        "                intitule: C",
        "                cible: 1.000   # mille ?",
    ];
    let dir = plan("", &(lines.join("\n") + "\n"));
    let column = |line: &str, of: &str| line.find(of).expect("there") as u64 + 1;
    assert_eq!(
        errors(&dir),
        vec![
            e("cible-invalide", 14, column(lines[0], "1.000")),
            e("cible-invalide", 15, column(lines[1], "x10")),
            e("cible-invalide", 18, column(lines[4], "1.000")),
        ]
    );
}

#[test]
fn targets_with_thousands_and_dashes_pass() {
    let dir = plan(
        "",
        &[
            indicator("a", "cible: \">= 1 000/an\""),
            indicator("b", "cible: \">= 12 345,5\""),
            indicator("c", "cible: \">= 1\\u00a0000 par an\""),
            indicator("d", "cible: \">= 1\\u202f000 par an\""),
            indicator("e", "cible: \">= 1'000.5\""),
            indicator("f", "cible: 5 – 10"),
            indicator("g", "cible: 5—10"),
            indicator("h", "cible: entre 5 et 10"),
            indicator("i", "cible: 5 à 10"),
            indicator("j", "cible: 1 000 – 2 000"),
            indicator("k", "cible: 10"),
            indicator("l", "cible: 2.5"),
        ]
        .concat(),
    );
    let (code, diagnostics) = check(&dir);
    assert_eq!(code, 0, "{diagnostics:#?}");
    assert!(errors(&dir).is_empty());
    // The report shows the target as written.
    let (_, json) = csc(&dir, &["report", "plan.yaml", "--format", "json"]);
    let cibles: Vec<&str> = json["indicateurs"]
        .as_array()
        .expect("indicators")
        .iter()
        .map(|i| i["cible"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(cibles[0], ">= 1 000/an");
    assert_eq!(cibles[10..], ["10", "2.5"]);
}

#[test]
fn a_bad_group_in_a_target_points_at_it() {
    let dir = plan("", &indicator("a", "cible: \">= 1 00/an\""));
    // `>= 1 00/an`: the `0` after the space is where the number goes wrong.
    assert_eq!(errors(&dir), vec![e("cible-invalide", 16, 30)]);
}

#[test]
fn declared_values_use_the_same_grammar() {
    let ok = [
        ("a", "1.5", 1.5),
        ("b", "\"2,5\"", 2.5),
        ("c", "1 000", 1000.0),
        ("d", "\"1 000,5\"", 1000.5),
        ("e", "12", 12.0),
    ];
    let indicators: String = ok
        .iter()
        .map(|(id, v, _)| {
            indicator(
                id,
                &format!("cible: \">= 1\"\ndeclare: {v}\njustification: Registre"),
            )
        })
        .collect();
    let dir = plan("", &indicators);
    let values = realised(&dir);
    for ((id, _, expected), (found_id, value)) in ok.iter().zip(&values) {
        assert_eq!(id, found_id);
        assert_eq!(value.as_f64(), Some(*expected), "{id}");
    }

    // Each indicator takes 5 lines; `declare:` is on the fourth.
    let bad = [
        "\"1.500\"",
        "1.500",
        "0x10",
        "1e3",
        "-2",
        ".inf",
        "\"1 00\"",
        "1234567890123",
    ];
    let indicators: String = bad
        .iter()
        .enumerate()
        .map(|(i, v)| {
            indicator(
                &format!("i{i}"),
                &format!("cible: \">= 1\"\ndeclare: {v}\njustification: Registre"),
            )
        })
        .collect();
    let dir = plan("", &indicators);
    let (code, diagnostics) = check(&dir);
    assert_eq!(code, 1);
    for (i, v) in bad.iter().enumerate() {
        let (c, line, column, message) = &diagnostics[i];
        let quoted = v.starts_with('"');
        assert_eq!(
            (c.as_str(), *line, *column),
            (
                "declare-invalide",
                17 + 5 * i as u64,
                26 + u64::from(quoted)
            ),
            "{v}"
        );
        assert!(
            message.contains(&format!("« {} »", v.trim_matches('"'))),
            "{message}"
        );
    }
    assert_eq!(diagnostics.len(), bad.len(), "{diagnostics:#?}");
}

#[test]
fn the_other_numbers_of_a_plan_keep_their_text() {
    // `csc: 1` and `annee: 2024` are fine.
    let dir = plan("", &indicator("a", "cible: 1"));
    assert!(errors(&dir).is_empty());
    // `csc: 1.000` is the ambiguous text, not YAML's 1.
    let dir = plan("", &indicator("a", "cible: 1"));
    let text = std::fs::read_to_string(dir.join("plan.yaml")).expect("written");
    std::fs::write(
        dir.join("plan.yaml"),
        text.replacen("csc: 1", "csc: 1.000", 1),
    )
    .expect("rewritten");
    let (_, diagnostics) = check(&dir);
    assert_eq!(diagnostics[0].0, "nombre-invalide");
    assert_eq!((diagnostics[0].1, diagnostics[0].2), (1, 6));
    assert!(
        diagnostics[0].3.contains("« 1.000 »"),
        "{}",
        diagnostics[0].3
    );
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    // `annee: 0x7E8` is 2024 for YAML, not for csc.
    std::fs::write(
        dir.join("plan.yaml"),
        text.replacen("annee: 2024", "annee: 0x7E8", 1),
    )
    .expect("rewritten");
    assert_eq!(errors(&dir), vec![e("nombre-invalide", 3, 8)]);
    // Ids are names: `1.10` stays `1.10` (YAML's 1.1 would be written `1,1`, a bad id).
    let dir = plan("", &indicator("a", "cible: 1"));
    let text = std::fs::read_to_string(dir.join("plan.yaml")).expect("written");
    std::fs::write(
        dir.join("plan.yaml"),
        text.replacen("id: S1", "id: 1.10", 1)
            .replacen("id: OS1", "id: 01", 1),
    )
    .expect("rewritten");
    assert!(errors(&dir).is_empty());
    let (_, json) = csc(&dir, &["report", "plan.yaml", "--format", "json"]);
    assert_eq!(
        json["indicateurs"][0]["chemin"],
        serde_json::json!(["1.10", "01", "OO1"])
    );
}

/// A log with `date;activite;quantite` and these quantities, all on activity `contact`.
fn plan_with_log(quantities: &[&str]) -> PathBuf {
    let dir = plan(
        "journaux: [journal.csv]\n",
        &indicator(
            "contacts",
            "cible: \">= 1 000/an\"\nmesure: {activite: contact}",
        ),
    );
    let mut log = String::from("date;activite;quantite\n");
    for (i, q) in quantities.iter().enumerate() {
        let _ = writeln!(log, "{:02}/01/2024;contact;{q}", i + 1);
    }
    std::fs::write(dir.join("journal.csv"), log).expect("the log is written");
    dir
}

#[test]
fn log_cells_with_thousands_are_read() {
    let dir = plan_with_log(&[
        "1 000",
        "12 345,5",
        "1\u{a0}000",
        "1'000.5",
        "999 999 999 999",
    ]);
    let values = realised(&dir);
    assert_eq!(
        values[0].1.as_f64(),
        Some(1000.0 + 12345.5 + 1000.0 + 1000.5 + 999_999_999_999.0)
    );
}

#[test]
fn huge_numbers_in_a_log_are_refused_never_infinite() {
    let huge = "9".repeat(400);
    let dir = plan_with_log(&["1 000", "1234567890123", &huge, "1.000", "1 00", "-1"]);
    let (code, diagnostics) = check(&dir);
    assert_eq!(code, 1);
    let found: Vec<(&str, u64, u64)> = diagnostics
        .iter()
        .map(|(c, l, col, _)| (c.as_str(), *l, *col))
        .collect();
    assert_eq!(
        found,
        [
            ("nombre-illisible", 3, 3),
            ("nombre-illisible", 4, 3),
            ("nombre-illisible", 5, 3),
            ("nombre-illisible", 6, 3),
            ("nombre-illisible", 7, 3),
        ],
        "{diagnostics:#?}"
    );
    assert!(diagnostics[0].3.contains("trop grand « 1234567890123 »"));
    assert!(diagnostics[1].3.contains("trop grand"));
    assert!(diagnostics[2].3.contains("ambigu"));
    assert!(diagnostics[3].3.contains("« 1 00 » n'est pas un nombre"));
    assert!(diagnostics[4].3.contains("négatif"));
    // No report is produced from a log that holds a bad number.
    let out = Command::new(env!("CARGO_BIN_EXE_csc"))
        .args(["report", "plan.yaml", "--format", "json"])
        .current_dir(&dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("csc runs");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        !stdout.contains("inf") && !stdout.contains("NaN"),
        "{stdout}"
    );
}

#[test]
fn a_filter_value_written_as_a_number_is_compared_as_written() {
    let dir = plan(
        "journaux: [journal.csv]\n",
        &indicator(
            "version",
            "cible: \">= 1\"\nmesure: {activite: contact, filtre: {code: 1.10}}",
        ),
    );
    std::fs::write(
        dir.join("journal.csv"),
        "date;activite;quantite;code\n02/01/2024;contact;2;1.10\n03/01/2024;contact;5;1.1\n",
    )
    .expect("the log is written");
    assert_eq!(realised(&dir)[0].1.as_f64(), Some(2.0));
}
