//! Reports seen from the outside: the same log in two dialects gives the same report,
//! exporter output is pinned by snapshots, and evaluation invariants hold.

use std::fmt::Write as _;
use std::path::Path;

use chrono::NaiveDate;
use csc::export::{ReportFormat, exporter};
use csc::plan;
use csc::report::{self, Inputs};
use proptest::prelude::*;

fn render(plan_path: &str, format: ReportFormat, inputs: &Inputs) -> String {
    let loaded = plan::load(Path::new(plan_path));
    let plan = loaded.plan.expect("the plan is valid");
    let report = report::build(Path::new(plan_path), plan_path, &plan, inputs, None)
        .expect("the logs are readable");
    assert!(!report.has_errors(), "{:?}", report.diagnostics);
    String::from_utf8(
        csc::export::render(
            &report,
            exporter(format, false, false).as_ref(),
            &csc::i18n::Catalog::new(csc::i18n::Lang::Fr),
        )
        .expect("rendered"),
    )
    .expect("UTF-8")
}

fn at_year_end() -> Inputs {
    Inputs {
        as_of: NaiveDate::from_ymd_opt(2023, 12, 31),
        ..Inputs::default()
    }
}

fn indicators(json: &str) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_str(json).expect("valid JSON");
    serde_json::json!({"indicateurs": v["indicateurs"], "resume": v["resume"]})
}

#[test]
fn windows_1252_and_utf8_logs_give_the_same_report() {
    let excel = render(
        "tests/cmd/logs.in/plan.yaml",
        ReportFormat::Json,
        &at_year_end(),
    );
    let utf8 = render(
        "tests/cmd/logs.in/plan-utf8.yaml",
        ReportFormat::Json,
        &at_year_end(),
    );
    assert_eq!(indicators(&excel), indicators(&utf8));
    assert!(excel.contains("\"encodage\": \"Windows-1252\""));
    assert!(utf8.contains("\"encodage\": \"UTF-8\""));
}

#[test]
fn xlsx_xls_and_ods_logs_give_the_same_report_as_csv() {
    let csv = render(
        "tests/cmd/logs.in/plan.yaml",
        ReportFormat::Json,
        &at_year_end(),
    );
    for plan in ["plan-xlsx", "plan-xls", "plan-ods"] {
        let sheet = render(
            &format!("tests/cmd/logs.in/{plan}.yaml"),
            ReportFormat::Json,
            &at_year_end(),
        );
        assert_eq!(indicators(&csv), indicators(&sheet), "{plan}");
    }
}

#[test]
fn snapshots_of_every_format_on_the_molenbeek_example() {
    let plan = "plans/molenbeek-2023.yaml";
    insta::assert_snapshot!(
        "molenbeek-table",
        render(plan, ReportFormat::Table, &at_year_end())
    );
    insta::assert_snapshot!(
        "molenbeek-csv",
        render(plan, ReportFormat::Csv, &at_year_end())
    );
    insta::assert_snapshot!(
        "molenbeek-json",
        render(plan, ReportFormat::Json, &at_year_end())
    );
    insta::assert_snapshot!(
        "molenbeek-html",
        render(plan, ReportFormat::Html, &at_year_end())
    );
    insta::assert_snapshot!(
        "molenbeek-markdown",
        render(plan, ReportFormat::Markdown, &at_year_end())
    );
}

#[test]
fn excel_csv_has_a_bom_semicolons_and_neutralised_formulas() {
    let csv = render(
        "plans/molenbeek-2023.yaml",
        ReportFormat::Csv,
        &at_year_end(),
    );
    assert!(csv.starts_with('\u{feff}'));
    assert!(
        csv.lines()
            .next()
            .is_some_and(|h| h.contains(";indicateur;"))
    );
    // targets such as ">/= 10/an" are safe; a cell starting with = or - would be prefixed
    assert_eq!(csc::export::neutralise("=SOMME(A1)"), "'=SOMME(A1)");
    assert_eq!(csc::export::neutralise("-2"), "'-2");
    assert_eq!(csc::export::neutralise(">/= 10/an"), ">/= 10/an");
}

const PLAN: &str = "csc: 1\ncommune: Test\nannee: 2023\njournaux: [journal.csv]\nsecteurs:\n  - id: S1\n    intitule: S\n    objectifs_strategiques:\n      - id: OS1\n        domaine: D\n        objectifs_operationnels:\n          - id: OO1\n            intitule: O\n            indicateurs:\n              - {id: total, intitule: T, cible: \">= 10/an\", mesure: {activite: a}}\n              - {id: somme, intitule: S, cible: \">= 10/an\", mesure: {activite: a, somme: participants}}\n              - {id: dossiers, intitule: D, cible: \">= 3/an\", mesure: {activite: a, distincts: dossier}}\n              - {id: trimestre, intitule: Q, cible: \">= 1/trimestre\", mesure: {activite: a}}\n";

fn evaluate_rows(dir: &Path, rows: &[(u32, u32, u8, u8)]) -> serde_json::Value {
    std::fs::write(dir.join("plan.yaml"), PLAN).expect("write plan");
    let mut csv = String::from("date;activite;quantite;participants;dossier\n");
    for (m, d, q, p) in rows {
        let _ = writeln!(csv, "{d:02}/{m:02}/2023;a;{q};{p};D-{}", p % 4);
    }
    std::fs::write(dir.join("journal.csv"), csv).expect("write log");
    let plan_path = dir.join("plan.yaml");
    indicators(&render(
        plan_path.to_str().expect("UTF-8 path"),
        ReportFormat::Json,
        &at_year_end(),
    ))
}

fn row() -> impl Strategy<Value = (u32, u32, u8, u8)> {
    (1u32..=12, 1u32..=28, 0u8..5, 0u8..30)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn row_order_never_changes_a_result(rows in prop::collection::vec(row(), 1..30), seed in any::<u64>()) {
        let dir = tempdir("order");
        let before = evaluate_rows(&dir, &rows);
        let mut shuffled = rows.clone();
        let n = shuffled.len();
        for i in 0..n {
            shuffled.swap(i, (seed as usize).wrapping_add(i * 7) % n);
        }
        prop_assert_eq!(before, evaluate_rows(&dir, &shuffled));
    }

    #[test]
    fn a_matching_row_never_lowers_a_count_or_a_sum(rows in prop::collection::vec(row(), 0..20), extra in row()) {
        let dir = tempdir("monotone");
        let before = evaluate_rows(&dir, &rows);
        let mut more = rows.clone();
        more.push(extra);
        let after = evaluate_rows(&dir, &more);
        for i in 0..4 {
            let a = before["indicateurs"][i]["realise"].as_f64().unwrap_or(0.0);
            let b = after["indicateurs"][i]["realise"].as_f64().unwrap_or(0.0);
            prop_assert!(b >= a, "indicator {i}: {a} then {b}");
        }
    }
}

fn tempdir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("csc-test-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn the_xlsx_report_reads_back_with_the_right_cells() {
    use calamine::{Data, Reader, open_workbook_auto};

    let plan_path = Path::new("plans/molenbeek-2023.yaml");
    let loaded = plan::load(plan_path);
    let plan = loaded.plan.clone().expect("valid plan");
    let mut report = report::build(
        plan_path,
        "plans/molenbeek-2023.yaml",
        &plan,
        &at_year_end(),
        None,
    )
    .expect("logs readable");
    // as `csc report` does: the plan's warnings go into the report
    report.diagnostics.splice(0..0, loaded.diagnostics);
    let bytes = csc::export::render(
        &report,
        exporter(ReportFormat::Xlsx, false, false).as_ref(),
        &csc::i18n::Catalog::new(csc::i18n::Lang::Fr),
    )
    .expect("rendered");
    let dir = tempdir("xlsx");
    let file = dir.join("rapport.xlsx");
    std::fs::write(&file, bytes).expect("write");

    let mut book = open_workbook_auto(&file).expect("a workbook");
    assert_eq!(
        book.sheet_names(),
        ["Indicateurs", "Plan", "Avertissements"]
    );

    let sheet = book.worksheet_range("Indicateurs").expect("sheet");
    let cell = |r: u32, c: u32| sheet.get_value((r, c)).cloned().unwrap_or(Data::Empty);
    assert_eq!(cell(0, 3), Data::String("Indicateur".into()));
    assert_eq!(cell(0, 10), Data::String("Statut".into()));
    assert_eq!(
        sheet.height(),
        1 + 13 + 4,
        "a header, the 13 indicators and the 4 police-zone objectives without indicators"
    );
    assert_eq!(cell(17, 0), Data::String("S2".into()));
    assert_eq!(cell(17, 4), Data::String("Aucun indicateur".into()));
    let row = (1..14)
        .find(|r| cell(*r, 3) == Data::String("prises-en-charge".into()))
        .expect("prises-en-charge is listed");
    assert_eq!(cell(row, 0), Data::String("S1".into()));
    assert_eq!(cell(row, 5), Data::String(">/= 10/an".into()));
    // numbers are stored as numbers
    assert_eq!(cell(row, 6), Data::Float(12.0));
    assert_eq!(cell(row, 7), Data::Float(10.0));
    assert_eq!(cell(row, 10), Data::String("✔ atteint".into()));
    assert_eq!(cell(row, 11), Data::Float(26.0));
    let yes_no = (1..14)
        .find(|r| cell(*r, 3) == Data::String("espace-ecoute".into()))
        .expect("espace-ecoute is listed");
    assert_eq!(cell(yes_no, 6), Data::String("Oui".into()));

    let identity = book.worksheet_range("Plan").expect("sheet");
    let text: Vec<String> = identity.rows().flatten().map(ToString::to_string).collect();
    assert!(text.contains(&"Molenbeek-Saint-Jean".to_owned()));
    // named relative to the plan's folder, as in every report meant to be sent
    assert!(text.contains(&"../examples/journal-molenbeek-2023.csv".to_owned()));
    assert!(
        text.contains(&"80".to_owned()),
        "the log's row count: {text:?}"
    );

    let warnings = book.worksheet_range("Avertissements").expect("sheet");
    assert_eq!(
        warnings.height(),
        1 + 4,
        "the four empty police-zone objectives"
    );
    assert_eq!(
        warnings.get_value((1, 1)).cloned(),
        Some(Data::String("objectif-strategique-vide".into()))
    );
}

#[test]
fn html_escapes_every_text_of_the_plan() {
    let dir = tempdir("html");
    let plan = PLAN
        .replace("commune: Test", "commune: \"<script>alert('x')</script>\"")
        .replace("intitule: T,", "intitule: \"<b>Réunions & co</b>\",");
    std::fs::write(dir.join("plan.yaml"), plan).expect("write plan");
    std::fs::write(
        dir.join("journal.csv"),
        "date;activite;participants;dossier\n14/02/2023;a;3;D-1\n",
    )
    .expect("write log");
    let path = dir.join("plan.yaml");
    let html = render(
        path.to_str().expect("UTF-8"),
        ReportFormat::Html,
        &at_year_end(),
    );
    assert!(
        !html.contains("<script>"),
        "the commune's name must be escaped"
    );
    assert!(
        !html.contains("<b>"),
        "an indicator's title must be escaped"
    );
    assert!(html.contains("&lt;b&gt;Réunions &amp; co&lt;/b&gt;"));
    assert!(
        !html.contains("http"),
        "self-contained: no external resource"
    );
}
