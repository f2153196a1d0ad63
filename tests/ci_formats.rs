//! CI and editors (spec §9, §10): the SARIF log against the OASIS SARIF 2.1.0 schema
//! (`tests/fixtures/sarif-2.1.0.json`, vendored from oasis-tcs/sarif-spec), JUnit and
//! GitLab Code Quality, the GitHub step summary, fingerprints that survive lines moving,
//! the plan's JSON Schema (fresh, complete, and the example plans valid against it),
//! `csc init`, completions and the man page, and the pre-commit hook, the GitHub action
//! and the GitLab component, each run as CI would run it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use calamine::Reader as _;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn csc_command(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_csc"));
    c.current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("CSC_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("GITHUB_STEP_SUMMARY");
    c
}

/// Runs csc from the repository root.
fn csc(args: &[&str]) -> Output {
    csc_in(&root(), args)
}

fn csc_in(dir: &Path, args: &[&str]) -> Output {
    csc_command(dir).args(args).output().expect("csc runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8")
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

fn yaml(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).expect("readable");
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("a valid schema")
}

fn assert_valid(v: &jsonschema::Validator, instance: &Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

// --- SARIF -------------------------------------------------------------------------

fn sarif_schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join("tests/fixtures/sarif-2.1.0.json"))
        .expect("the vendored schema");
    validator(&serde_json::from_str(&text).expect("JSON"))
}

#[test]
fn sarif_is_valid_against_the_oasis_schema() {
    let schema = sarif_schema();
    for (plan, code) in [
        ("plans/molenbeek-2023.yaml", 0),
        ("tests/cmd/check.in/cible.yaml", 1),
        ("tests/cmd/logs.in/plan-mauvais-xlsx.yaml", 1),
        ("tests/cmd/check.in/syntaxe.yaml", 1),
        ("absent.yaml", 2),
    ] {
        for lang in ["fr", "nl", "en"] {
            let out = csc(&["check", plan, "--format", "sarif", "--lang", lang]);
            assert_eq!(out.status.code(), Some(code), "{plan}");
            let log = json(&out);
            assert_valid(&schema, &log, plan);
            let run = &log["runs"][0];
            assert_eq!(log["runs"].as_array().unwrap().len(), 1);
            assert_eq!(run["columnKind"], "unicodeCodePoints");
            let driver = &run["tool"]["driver"];
            assert_eq!(driver["name"], "csc");
            let rules = driver["rules"].as_array().unwrap();
            assert_eq!(rules.len(), csc::diag::codes::ALL.len());
            for rule in rules {
                for field in ["shortDescription", "fullDescription", "help"] {
                    assert!(!rule[field]["text"].as_str().unwrap().is_empty(), "{rule}");
                }
                assert!(rule["defaultConfiguration"]["level"].is_string());
            }
            let results = run["results"].as_array().unwrap();
            assert!(!results.is_empty(), "{plan}");
            for r in results {
                let i = usize::try_from(r["ruleIndex"].as_u64().unwrap()).unwrap();
                assert_eq!(rules[i]["id"], r["ruleId"]);
                assert!(matches!(r["level"].as_str(), Some("error" | "warning")));
                assert!(!r["message"]["text"].as_str().unwrap().is_empty());
                let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap();
                assert!(!uri.starts_with('/') && !uri.contains(':'), "{uri}");
                assert!(r["partialFingerprints"]["csc/v1"].is_string());
            }
        }
    }
    // Places in a text file have a line and a column.
    let out = csc(&[
        "check",
        "tests/cmd/check.in/cible.yaml",
        "--format",
        "sarif",
    ]);
    let region = &json(&out)["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 19);
    assert_eq!(region["startColumn"], 39);
}

/// A copy of a broken plan, then the same plan with lines added above everything.
fn moved_plan() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let text = std::fs::read_to_string(root().join("tests/cmd/check.in/cible.yaml"))
        .expect("the broken plan");
    let before = dir.path().join("a.yaml");
    std::fs::write(&before, &text).expect("written");
    let moved = dir.path().join("b");
    std::fs::create_dir(&moved).expect("created");
    let after = moved.join("a.yaml");
    std::fs::write(&after, format!("# one\n# two\n\n{text}")).expect("written");
    (dir, before, after)
}

#[test]
fn fingerprints_survive_lines_moving() {
    let (dir, _, _) = moved_plan();
    let sarif = |cwd: &Path| {
        let log = json(&csc_in(cwd, &["check", "a.yaml", "--format", "sarif"]));
        log["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["partialFingerprints"]["csc/v1"]
                        .as_str()
                        .unwrap()
                        .to_owned(),
                    r["locations"][0]["physicalLocation"]["region"]["startLine"]
                        .as_u64()
                        .unwrap(),
                )
            })
            .collect::<Vec<_>>()
    };
    let gitlab = |cwd: &Path| {
        let issues = json(&csc_in(cwd, &["check", "a.yaml", "--format", "gitlab"]));
        issues
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                (
                    i["fingerprint"].as_str().unwrap().to_owned(),
                    i["location"]["lines"]["begin"].as_u64().unwrap(),
                )
            })
            .collect::<Vec<_>>()
    };
    for results in [
        (sarif(dir.path()), sarif(&dir.path().join("b"))),
        (gitlab(dir.path()), gitlab(&dir.path().join("b"))),
    ] {
        let (before, after) = results;
        assert_eq!(before.len(), 2);
        for ((fa, la), (fb, lb)) in before.iter().zip(&after) {
            assert_eq!(fa, fb, "the same finding keeps its fingerprint");
            assert_eq!(la + 3, *lb, "its line moved");
        }
        assert_ne!(before[0].0, before[1].0);
    }
    // The language of the messages changes nothing either.
    let fr = csc_in(dir.path(), &["check", "a.yaml", "--format", "gitlab"]);
    let nl = csc_in(
        dir.path(),
        &["check", "a.yaml", "--format", "gitlab", "--lang", "nl"],
    );
    assert_eq!(json(&fr)[0]["fingerprint"], json(&nl)[0]["fingerprint"]);
    assert_ne!(json(&fr)[0]["description"], json(&nl)[0]["description"]);
}

// --- GitLab, JUnit, GitHub -------------------------------------------------------------

#[test]
fn gitlab_code_quality_has_what_gitlab_reads() {
    let out = csc(&[
        "check",
        "plans/molenbeek-2023.yaml",
        "tests/cmd/check.in/cible.yaml",
        "--format",
        "gitlab",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let issues = json(&out);
    let issues = issues.as_array().unwrap();
    assert_eq!(issues.len(), 6);
    let mut fingerprints = BTreeSet::new();
    for i in issues {
        assert!(!i["description"].as_str().unwrap().is_empty());
        assert!(i["check_name"].is_string());
        assert!(fingerprints.insert(i["fingerprint"].as_str().unwrap().to_owned()));
        assert!(i["location"]["path"].is_string());
        assert!(i["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
    }
    assert_eq!(issues[0]["severity"], "minor");
    assert_eq!(issues[0]["check_name"], "objectif-strategique-vide");
    assert_eq!(issues[0]["location"]["path"], "plans/molenbeek-2023.yaml");
    assert_eq!(issues[0]["location"]["lines"]["begin"], 193);
    assert_eq!(issues[5]["severity"], "major");
}

fn junit(args: &[&str]) -> (Output, String) {
    let out = csc(args);
    let xml = stdout(&out);
    roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}:\n{xml}"));
    (out, xml)
}

fn attr<'a>(n: &roxmltree::Node<'a, '_>, name: &str) -> &'a str {
    n.attribute(name).unwrap_or_default()
}

#[test]
fn junit_has_a_case_per_file_and_per_indicator() {
    let (out, xml) = junit(&[
        "check",
        "plans/molenbeek-2023.yaml",
        "examples/plan-mechelen-2024.yaml",
        "--as-of",
        "2023-12-31",
        "--format",
        "junit",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let suites: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    assert_eq!(suites.len(), 2);
    let molenbeek = &suites[0];
    assert_eq!(attr(molenbeek, "name"), "plans/molenbeek-2023.yaml");
    let cases: Vec<_> = molenbeek
        .children()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    // the plan, its log, 13 indicators
    assert_eq!(cases.len(), 15);
    assert_eq!(attr(molenbeek, "tests"), "15");
    assert_eq!(attr(&cases[0], "name"), "plans/molenbeek-2023.yaml");
    assert_eq!(
        attr(&cases[1], "name"),
        "examples/journal-molenbeek-2023.csv"
    );
    assert_eq!(attr(&cases[3], "name"), "S1/OS1/OO2/prises-en-charge");
    // a clean run: no failure; the warnings are in the plan's output
    assert!(!xml.contains("<failure"), "{xml}");
    assert!(xml.contains("objectif-strategique-vide"));

    // --fail-unmet and --strict make the same cases fail as the exit code says.
    let (out, xml) = junit(&[
        "check",
        "plans/molenbeek-2023.yaml",
        "--format",
        "junit",
        "--fail-unmet",
        "--strict",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let failures = doc
        .descendants()
        .filter(|n| n.has_tag_name("failure"))
        .count();
    assert_eq!(failures, 1 + 3, "{xml}");
    assert!(xml.contains("type=\"non_atteint\""));

    // A plan that does not load still has its suite, with a failing case.
    let (out, xml) = junit(&[
        "check",
        "tests/cmd/check.in/syntaxe.yaml",
        "--format",
        "junit",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    assert_eq!(attr(&suite, "tests"), "1");
    assert_eq!(attr(&suite, "failures"), "1");
    assert!(xml.contains("syntaxe-yaml"));
}

#[test]
fn github_appends_the_compliance_table_to_the_step_summary() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    std::fs::write(&summary, "earlier step\n").unwrap();
    let out = csc_command(&root())
        .args([
            "check",
            "plans/molenbeek-2023.yaml",
            "tests/cmd/check.in/cible.yaml",
        ])
        .args(["--as-of", "2023-12-31", "--format", "github"])
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = std::fs::read_to_string(&summary).unwrap();
    assert!(text.starts_with("earlier step\n"), "appended, not replaced");
    assert!(
        text.contains("| Nombre de prise en charge individuelle |"),
        "{text}"
    );
    assert!(text.contains("## "), "{text}");
    assert!(text.contains("**tests/cmd/check.in/cible.yaml**"), "{text}");
    // Annotations are unchanged.
    assert!(stdout(&out).starts_with("::warning file=plans/molenbeek-2023.yaml,line=193"));
    // Without the variable, nothing is written anywhere.
    let out = csc(&["check", "plans/molenbeek-2023.yaml", "--format", "github"]);
    assert_eq!(out.status.code(), Some(0));
}

// --- The plan's JSON Schema -------------------------------------------------------------

fn plan_schema() -> Value {
    let text = std::fs::read_to_string(root().join("schema/plan.schema.json"))
        .expect("schema/plan.schema.json");
    serde_json::from_str(&text).expect("JSON")
}

#[test]
fn the_committed_schema_is_what_csc_schema_prints() {
    let out = csc(&["schema", "--lang", "fr"]);
    assert_eq!(out.status.code(), Some(0));
    let committed = std::fs::read_to_string(root().join("schema/plan.schema.json")).unwrap();
    assert!(
        stdout(&out) == committed,
        "schema/plan.schema.json is stale: run `cargo run -- schema --lang fr > schema/plan.schema.json`"
    );
    assert!(jsonschema::meta::is_valid(&plan_schema()));
    assert_eq!(
        plan_schema()["$schema"],
        "http://json-schema.org/draft-07/schema#"
    );
    // Descriptions follow the language of the messages.
    let nl: Value = json(&csc(&["schema", "--lang", "nl"]));
    assert_ne!(
        nl["properties"]["gemeente"]["description"],
        plan_schema()["properties"]["gemeente"]["description"]
    );
}

/// Every property name of the schema, at any depth, with its description.
fn properties(v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = map.get("properties") {
                for (k, p) in props {
                    let d = p["description"].as_str().unwrap_or_default().to_owned();
                    out.push((k.clone(), d));
                }
            }
            for child in map.values() {
                properties(child, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|i| properties(i, out)),
        _ => {}
    }
}

#[test]
fn the_schema_names_every_key_the_plan_reader_accepts() {
    let mut props = Vec::new();
    properties(&plan_schema(), &mut props);
    for (key, description) in &props {
        assert!(!description.is_empty(), "`{key}` has no description");
    }
    let names: BTreeSet<&str> = props.iter().map(|(k, _)| k.as_str()).collect();
    // The serde structs of the plan: every field and every alias.
    let raw = std::fs::read_to_string(root().join("src/plan/raw.rs")).unwrap();
    let code = &raw[..raw.find("#[cfg(test)]").unwrap_or(raw.len())];
    let mut expected = BTreeSet::new();
    for line in code.lines().map(str::trim) {
        if let Some(rest) = line.strip_prefix("pub ")
            && let Some((field, _)) = rest.split_once(':')
            && field.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            && !rest.starts_with("const")
            && !rest.starts_with("fn")
        {
            expected.insert(field.to_owned());
        }
        for part in line.split("alias = \"").skip(1) {
            expected.insert(part.split('"').next().unwrap().to_owned());
        }
    }
    // And the Dutch table.
    let table = &code[code.find("DUTCH_KEYS").unwrap()..];
    let table = &table[..table.find("];").unwrap()];
    for pair in table.split("(\"").skip(1) {
        let mut words = pair
            .split('"')
            .filter(|w| w.chars().all(|c| c.is_alphanumeric() || c == '_') && !w.is_empty());
        expected.extend(words.by_ref().take(2).map(str::to_owned));
    }
    assert!(expected.len() > 60, "{expected:?}");
    let missing: Vec<&String> = expected
        .iter()
        .filter(|k| !names.contains(k.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "keys the plan reader accepts but the schema lacks: {missing:?}"
    );
}

#[test]
fn the_example_plans_validate_against_the_schema() {
    let v = validator(&plan_schema());
    for plan in [
        "plans/molenbeek-2023.yaml",
        "examples/plan-mechelen-2024.yaml",
    ] {
        assert_valid(&v, &yaml(&root().join(plan)), plan);
    }
    // and the schema is not a blank cheque
    let mut bad = yaml(&root().join("examples/plan-mechelen-2024.yaml"));
    bad["sectoren"][0]["omschrijvingg"] = Value::from("typo");
    assert!(!v.is_valid(&bad));
    let mut bad = yaml(&root().join("plans/molenbeek-2023.yaml"));
    bad.as_object_mut().unwrap().remove("commune");
    assert!(!v.is_valid(&bad));
    bad["gemeente"] = Value::from("Molenbeek");
    assert!(v.is_valid(&bad), "a Dutch key stands for a French one");
}

// --- csc init -------------------------------------------------------------------------

#[test]
fn init_writes_a_plan_that_passes_check_in_every_language() {
    for lang in ["fr", "nl", "en"] {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("nouveau");
        let out = csc_in(
            dir.path(),
            &[
                "init",
                "nouveau",
                "--lang",
                lang,
                "--annee",
                "2024",
                "--commune",
                "Jette: « test »",
            ],
        );
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let plan = std::fs::read_to_string(target.join("plan.yaml")).unwrap();
        assert!(plan.starts_with("# yaml-language-server: $schema=plan.schema.json\n"));
        // One example per level of the official hierarchy, in the plan's language.
        let doc = yaml(&target.join("plan.yaml"));
        let (secteurs, os, oo, ind) = if lang == "nl" {
            (
                "sectoren",
                "strategische_doelstellingen",
                "operationele_doelstellingen",
                "indicatoren",
            )
        } else {
            (
                "secteurs",
                "objectifs_strategiques",
                "objectifs_operationnels",
                "indicateurs",
            )
        };
        let indicators = &doc[secteurs][0][os][0][oo][0][ind];
        assert_eq!(indicators.as_array().unwrap().len(), 2, "{plan}");
        assert_eq!(
            doc[if lang == "nl" { "gemeente" } else { "commune" }],
            "Jette: « test »"
        );
        // Every key has its comment.
        let comments = plan
            .lines()
            .filter(|l| l.trim_start().starts_with('#'))
            .count();
        assert!(comments > 30, "{plan}");
        // The plan and the schema beside it agree.
        let schema: Value = serde_json::from_str(
            &std::fs::read_to_string(target.join("plan.schema.json")).unwrap(),
        )
        .unwrap();
        assert_valid(&validator(&schema), &doc, lang);
        // csc check: no error, no warning, with the CSV log and with the workbook.
        let check = csc_in(
            &target,
            &["check", "plan.yaml", "--strict", "--format", "json"],
        );
        assert_eq!(check.status.code(), Some(0), "{lang}: {}", stdout(&check));
        assert_eq!(json(&check), Value::Array(Vec::new()));
        let csv_name = std::fs::read_dir(&target)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .find(|n| Path::new(n).extension().is_some_and(|e| e == "csv"))
            .unwrap();
        let csv = std::fs::read(target.join(&csv_name)).unwrap();
        assert!(csv.starts_with(b"\xEF\xBB\xBF"), "a BOM for Excel");
        assert_eq!(String::from_utf8_lossy(&csv).matches(';').count(), 5);
        let xlsx = csv_name.replace(".csv", ".xlsx");
        let check = csc_in(
            &target,
            &[
                "check",
                "plan.yaml",
                "--log",
                &xlsx,
                "--strict",
                "--format",
                "json",
            ],
        );
        // the same empty log twice: read, and warned about as identical content? no: one
        // is CSV and one a workbook, both empty, no warning
        assert_eq!(check.status.code(), Some(0), "{lang}: {}", stdout(&check));
        let mut wb = calamine::open_workbook_auto(target.join(&xlsx)).unwrap();
        let sheet = wb.sheet_names()[0].clone();
        let range = wb.worksheet_range(&sheet).unwrap();
        let headers: Vec<String> = range
            .rows()
            .next()
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect();
        let csv_headers: Vec<String> = String::from_utf8_lossy(&csv[3..])
            .trim_end()
            .split(';')
            .map(str::to_owned)
            .collect();
        assert_eq!(headers, csv_headers);
    }
}

#[test]
fn init_never_overwrites_a_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("plan.yaml"), "mine").unwrap();
    let out = csc_in(dir.path(), &["init", ".", "--annee", "2024"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("fichier-existant") && err.contains("plan.yaml"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("plan.yaml")).unwrap(),
        "mine"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "nothing else written"
    );
    // A second init over a first one writes nothing either.
    let sub = dir.path().join("sub");
    assert_eq!(csc_in(dir.path(), &["init", "sub"]).status.code(), Some(0));
    let before: Vec<_> = std::fs::read_dir(&sub)
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    assert_eq!(
        csc_in(dir.path(), &["init", "sub", "--commune", "Autre"])
            .status
            .code(),
        Some(2)
    );
    let after: Vec<_> = std::fs::read_dir(&sub)
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    assert_eq!(before, after);
}

// --- Completions and man page ---------------------------------------------------------------

#[test]
fn completions_and_man_page_come_from_the_command_definition() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = csc(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = stdout(&out);
        for word in ["check", "report", "explain", "init", "schema", "format"] {
            assert!(script.contains(word), "{shell}: {word}");
        }
    }
    assert_eq!(csc(&["completions", "tcsh"]).status.code(), Some(2));
    let out = csc(&["manpage"]);
    assert_eq!(out.status.code(), Some(0));
    let page = stdout(&out);
    assert!(page.contains(".TH csc 1"), "{page}");
    assert!(page.contains("check") && page.contains("init"));
    assert!(!stdout(&csc(&["--help"])).contains("manpage"));
}

// --- pre-commit, GitHub action, GitLab component --------------------------------------------

/// A shell whose `PATH` finds the `csc` just built.
fn shell(script: &str, cwd: &Path, env: &[(&str, &str)]) -> Output {
    let bin = Path::new(env!("CARGO_BIN_EXE_csc"))
        .parent()
        .expect("the binary's folder");
    let path = std::env::join_paths(std::iter::once(bin.to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .expect("a PATH");
    let mut c = Command::new("bash");
    c.arg("-c")
        .arg(script)
        .current_dir(cwd)
        .env("PATH", path)
        .env("NO_COLOR", "1");
    for var in [
        "CSC_LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "GITHUB_STEP_SUMMARY",
    ] {
        c.env_remove(var);
    }
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("bash runs")
}

#[test]
fn the_pre_commit_hook_runs_csc_check_on_the_staged_plans() {
    let hooks = yaml(&root().join(".pre-commit-hooks.yaml"));
    let hook = &hooks[0];
    assert_eq!(hook["id"], "csc-check");
    assert_eq!(hook["language"], "rust");
    let entry = hook["entry"].as_str().unwrap();
    assert_eq!(entry, "csc check");
    // pre-commit runs `entry` followed by the staged files its `files` pattern selects.
    let files = hook["files"].as_str().unwrap();
    for (path, selected) in [
        ("plans/molenbeek-2023.yaml", true),
        ("communes/plannen/mechelen.yml", true),
        ("examples/plan-mechelen-2024.yaml", true),
        ("nouveau/plan.yaml", true),
        (".github/workflows/ci.yml", false),
        ("action.yml", false),
    ] {
        assert_eq!(matches_hook_pattern(files, path), selected, "{path}");
    }
    let out = shell(&format!("{entry} plans/molenbeek-2023.yaml"), &root(), &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = shell(
        &format!("{entry} tests/cmd/check.in/cible.yaml"),
        &root(),
        &[],
    );
    assert_eq!(out.status.code(), Some(1), "a broken plan stops the commit");
}

/// The hook's `files` pattern, which is `(^|/)(plans?|plannen)/[^/]+\.ya?ml$|(^|/)plan[^/]*\.ya?ml$`:
/// checked here without a regex engine.
fn matches_hook_pattern(pattern: &str, path: &str) -> bool {
    assert_eq!(
        pattern, r"(^|/)(plans?|plannen)/[^/]+\.ya?ml$|(^|/)plan[^/]*\.ya?ml$",
        "update this test's reading of the pattern"
    );
    let yaml = Path::new(path)
        .extension()
        .is_some_and(|e| e == "yaml" || e == "yml");
    let parts: Vec<&str> = path.split('/').collect();
    let name = parts[parts.len() - 1];
    let folder = parts.len() >= 2 && matches!(parts[parts.len() - 2], "plan" | "plans" | "plannen");
    yaml && (folder || name.starts_with("plan"))
}

#[test]
fn the_github_action_installs_a_release_and_runs_csc_check() {
    let action = yaml(&root().join("action.yml"));
    assert_eq!(action["runs"]["using"], "composite");
    for input in ["plans", "format", "args", "output", "version"] {
        assert!(
            action["inputs"][input]["description"].is_string(),
            "{input}"
        );
    }
    assert_eq!(action["inputs"]["format"]["default"], "github");
    let steps = action["runs"]["steps"].as_array().unwrap();
    let install = steps[0]["run"].as_str().unwrap();
    assert!(install.contains("releases/latest/download/csc-$target.tar.gz"));
    assert!(install.contains("GITHUB_PATH"));
    // The check step, as the runner would run it (the install step needs the network).
    let run = steps[1]["run"].as_str().unwrap();
    assert_eq!(steps[1]["shell"], "bash");
    for (k, v) in steps[1]["env"].as_object().unwrap() {
        let v = v.as_str().unwrap();
        let input = v.trim_start_matches("${{ inputs.").trim_end_matches(" }}");
        assert!(action["inputs"][input].is_object(), "{k}: {v}");
    }
    let out = shell(
        run,
        &root(),
        &[
            ("CSC_PLANS", "plans/molenbeek-2023.yaml"),
            ("CSC_FORMAT", "github"),
            ("CSC_ARGS", "--as-of 2023-12-31"),
            ("CSC_OUTPUT", ""),
        ],
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout(&out).starts_with("::warning file=plans/molenbeek-2023.yaml"));
    // SARIF into a file, for github/codeql-action/upload-sarif.
    let dir = tempfile::tempdir().unwrap();
    let sarif = dir.path().join("csc.sarif");
    let out = shell(
        run,
        &root(),
        &[
            ("CSC_PLANS", "plans/*.yaml"),
            ("CSC_FORMAT", "sarif"),
            ("CSC_ARGS", ""),
            ("CSC_OUTPUT", sarif.to_str().unwrap()),
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let log: Value = serde_json::from_str(&std::fs::read_to_string(&sarif).unwrap()).unwrap();
    assert_valid(&sarif_schema(), &log, "action output");
}

#[test]
fn the_gitlab_component_reports_code_quality_and_tests() {
    let text = std::fs::read_to_string(root().join("templates/csc-check.yml")).unwrap();
    let docs: Vec<Value> = serde_saphyr::from_multiple(&text).expect("two YAML documents");
    assert_eq!(docs.len(), 2);
    let inputs = &docs[0]["spec"]["inputs"];
    assert!(inputs["repository"].is_object());
    assert_eq!(inputs["plans"]["default"], "plans/*.yaml");
    let job = &docs[1]["csc-check"];
    assert_eq!(
        job["artifacts"]["reports"]["codequality"],
        "gl-code-quality-report.json"
    );
    assert_eq!(job["artifacts"]["reports"]["junit"], "csc-junit.xml");
    // The job's script, as the runner would run it, with the inputs filled in.
    let mut env: Vec<(String, String)> = Vec::new();
    for (k, v) in job["variables"].as_object().unwrap() {
        let input = v
            .as_str()
            .unwrap()
            .trim_start_matches("$[[ inputs.")
            .trim_end_matches(" ]]");
        assert!(inputs[input].is_object(), "{k}");
        let value = match input {
            "plans" => root()
                .join("plans/molenbeek-2023.yaml")
                .display()
                .to_string(),
            "args" => "--as-of 2023-12-31".to_owned(),
            _ => inputs[input]["default"]
                .as_str()
                .unwrap_or("OWNER/csc")
                .to_owned(),
        };
        env.push((k.clone(), value));
    }
    let script: Vec<&str> = job["script"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let out = shell(&script.join("\n"), dir.path(), &env);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let quality: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("gl-code-quality-report.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(quality.as_array().unwrap().len(), 4);
    let xml = std::fs::read_to_string(dir.path().join("csc-junit.xml")).unwrap();
    roxmltree::Document::parse(&xml).unwrap();
    // A broken plan fails the job, and the reports are still written.
    let broken = root()
        .join("tests/cmd/check.in/cible.yaml")
        .display()
        .to_string();
    let env: Vec<(&str, &str)> = env
        .iter()
        .map(|(k, v)| {
            if *k == "CSC_PLANS" {
                (*k, broken.as_str())
            } else {
                (*k, *v)
            }
        })
        .collect();
    let out = shell(&script.join("\n"), dir.path(), &env);
    assert_eq!(out.status.code(), Some(1));
    let quality: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("gl-code-quality-report.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(quality.as_array().unwrap().len(), 2);
}

// --- The report's schema and the release workflow ----------------------------------

/// `schema/report.schema.json` (spec §7: it ships beside the plan's) accepts every JSON
/// report csc writes, in every language, mid-year and at the end of the period.
#[test]
fn the_json_report_follows_its_schema() {
    let text = std::fs::read_to_string(root().join("schema/report.schema.json"))
        .expect("schema/report.schema.json");
    let schema: Value = serde_json::from_str(&text).expect("JSON");
    assert!(jsonschema::meta::is_valid(&schema));
    let v = validator(&schema);
    for (plan, as_of) in [
        ("plans/molenbeek-2023.yaml", "2023-06-30"),
        ("plans/molenbeek-2023.yaml", "2023-12-31"),
        ("examples/plan-mechelen-2024.yaml", "2024-09-30"),
        ("examples/molenbeek-2024.yaml", "2024-12-31"),
    ] {
        let out = csc(&["report", plan, "--as-of", as_of, "--format", "json"]);
        assert_eq!(out.status.code(), Some(0), "{plan}");
        assert_valid(&v, &json(&out), plan);
    }
    // A report that breaks the schema is refused: the test can fail.
    let mut broken = json(&csc(&[
        "report",
        "plans/molenbeek-2023.yaml",
        "--format",
        "json",
    ]));
    broken["indicateurs"][0]["statut"] = Value::from("presque");
    assert!(!v.is_valid(&broken));
}

/// The release workflow builds the assets `action.yml` downloads (`csc-<target>.tar.gz`)
/// with the man page.
#[test]
fn the_release_workflow_builds_what_the_action_downloads() {
    let workflow = yaml(&root().join(".github/workflows/release.yml"));
    let text = std::fs::read_to_string(root().join(".github/workflows/release.yml")).unwrap();
    assert!(workflow["on"]["push"]["tags"].is_array());
    let targets: Vec<String> = workflow["jobs"]["build"]["strategy"]["matrix"]["include"]
        .as_array()
        .expect("a matrix")
        .iter()
        .map(|t| t["target"].as_str().unwrap().to_owned())
        .collect();
    assert!(targets.iter().any(|t| t.contains("linux-musl")));
    assert!(targets.iter().any(|t| t.contains("windows")));
    assert!(text.contains("csc-${{ matrix.target }}.tar.gz"));
    assert!(text.contains("manpage"));
    let action = std::fs::read_to_string(root().join("action.yml")).unwrap();
    assert!(
        action.contains("tar.gz"),
        "the action downloads a tar.gz asset"
    );
}
