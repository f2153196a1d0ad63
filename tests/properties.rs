//! Invariants a user relies on, checked on generated logs through the library (the JSON
//! report of §7 and the diagnostics): more rows never lower a count, rows that do not
//! count change nothing, how a log is split, encoded, delimited or headed changes
//! nothing, and every row is counted, reported as unused, or rejected.

#[path = "differential/journal.rs"]
mod journal;
#[path = "differential/support.rs"]
mod support;

use chrono::{Days, NaiveDate};
use journal::{BAD, CODES, Dialect, Encoding, PLAIN, Row, SPELLINGS};
use journal::{dialect, log_bytes, row, shift};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value as Json;
use support::{Run, Scratch, figures, plan_yaml, ymd};

/// Indicators of every kind over `CODES`, as (id, target, measure).
const INDICATORS: [(&str, &str, &str); 10] = [
    ("total", ">= 10/an", "{activite: Formation}"),
    (
        "participants",
        ">= 30/an",
        "{activite: Formation, somme: participants}",
    ),
    (
        "dossiers",
        ">= 3/an",
        "{activite: Prise en charge, distincts: dossier}",
    ),
    ("maximum", "<= 5", "{activite: Réunion réseau}"),
    ("fourchette", "entre 2 et 6", "{activite: Séance d'écoute}"),
    (
        "trimestre",
        ">= 1/trimestre",
        "{activites: [Formation, Prise en charge]}",
    ),
    (
        "mois",
        "<= 3/mois",
        "{activite: Réunion réseau, somme: quantite}",
    ),
    (
        "ratio",
        ">= 50 %",
        "{numerateur: {activite: Prise en charge}, denominateur: {activite: Formation}}",
    ),
    ("oui", "Oui/Non", "{activite: Échange de pratiques}"),
    (
        "jeunes",
        ">= 2/an",
        "{activite: Formation, filtre: {public: jeunes}}",
    ),
];
/// Indicators whose target is a minimum (`>=`, bare, yes/no, rate `>=`).
const AT_LEAST: [usize; 7] = [0, 1, 2, 5, 8, 9, EVERY_KNOWN_CODE];
const RATIO: usize = 7;
/// `tout`, added after `INDICATORS`: `>= 1` over every code of `CODES`.
const EVERY_KNOWN_CODE: usize = 10;

/// Which plan codes need each log column: `participants` and the filter on `public`
/// for Formation, `dossier` for Prise en charge (`quantite` is never needed).
fn needed_by(column: usize) -> &'static [usize] {
    match column {
        3 | 5 => &[0],
        4 => &[2],
        _ => &[],
    }
}

/// The period and evaluation date of a run.
#[derive(Debug, Clone, Copy)]
struct When {
    du: NaiveDate,
    au: NaiveDate,
    as_of: NaiveDate,
}

impl When {
    fn year_2023() -> Self {
        let (du, au) = (ymd(2023, 1, 1), ymd(2023, 12, 31));
        When { du, au, as_of: au }
    }

    fn inside(self, r: &Row) -> bool {
        self.du <= r.date && r.date <= self.au
    }

    /// §5: rows are counted when inside P and not after A.
    fn counts(self, r: &Row) -> bool {
        self.inside(r) && r.date <= self.as_of
    }
}

/// Writes the plan (naming `logs` in `journaux`) and the logs, and runs csc.
fn evaluate(when: When, logs: &[(&str, Vec<u8>)]) -> Run {
    let dir = Scratch::new("properties");
    let names: Vec<&str> = logs.iter().map(|(n, _)| *n).collect();
    let mut inds: Vec<String> = INDICATORS
        .iter()
        .map(|(id, cible, mesure)| {
            format!("{{id: {id}, intitule: I, cible: \"{cible}\", mesure: {mesure}}}")
        })
        .collect();
    let every = CODES.join(", ");
    inds.push(format!(
        "{{id: tout, intitule: A, cible: \">= 1\", mesure: {{activites: [{every}]}}}}"
    ));
    let plan = plan_yaml(2023, Some((when.du, when.au)), &names, &inds);
    let plan = dir.write("plan.yaml", plan);
    for (name, bytes) in logs {
        dir.write(name, bytes);
    }
    support::run(&plan, when.as_of)
}

fn one_log(when: When, rows: &[Row], d: Dialect) -> Run {
    evaluate(when, &[("journal.csv", log_bytes(rows, d))])
}

/// Rows a warning says it covers, over every log.
fn warned_rows(run: &Run, code: &str) -> u64 {
    let rows = |f: &support::Finding| f.arg("rows").and_then(|r| r.parse::<u64>().ok());
    run.findings
        .iter()
        .filter(|f| f.code == code)
        .filter_map(rows)
        .sum()
}

fn finding<'r>(run: &'r Run, code: &str) -> Option<&'r support::Finding> {
    run.findings.iter().find(|f| f.code == code)
}

fn lignes_of_every_known_code(run: &Run) -> Option<u64> {
    run.json["indicateurs"][EVERY_KNOWN_CODE]["lignes"].as_u64()
}

/// Statuses from best to worst (`non_mesure` last).
fn rank(statut: &Json) -> u8 {
    let order = ["atteint", "en_bonne_voie", "en_retard", "non_atteint"];
    let position = order.iter().position(|s| statut.as_str() == Some(s));
    position.map_or(4, |p| p as u8)
}

fn when() -> impl Strategy<Value = When> {
    let periods = prop_oneof![
        Just((ymd(2023, 1, 1), ymd(2023, 12, 31))),
        Just((ymd(2023, 3, 15), ymd(2024, 3, 14))),
        Just((ymd(2023, 2, 1), ymd(2023, 6, 30))),
    ];
    periods.prop_flat_map(|(du, au)| {
        let len = (au - du).num_days();
        (-10..=len + 10).prop_map(move |k| When {
            du,
            au,
            as_of: shift(du, k),
        })
    })
}

fn rows() -> impl Strategy<Value = Vec<Row>> {
    prop::collection::vec(row(0..SPELLINGS.len()), 0..30)
}

/// Some rows made bad, each by one of `BAD`.
fn bad_rows() -> impl Strategy<Value = Vec<(Index, usize)>> {
    prop::collection::vec((any::<Index>(), 0..BAD.len()), 0..3)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 64,
        failure_persistence: None,
        max_shrink_time: 60_000,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// "adding a matching row never lowers a count or a sum"; for a minimum, the status
    /// never gets worse; yes/no never goes from yes to no; `lignes` never drops.
    #[test]
    fn a_matching_row_never_lowers_a_count_or_a_sum(
        when in when(), rows in rows(), extra in row(0..8),
    ) {
        let before = one_log(when, &rows, PLAIN).json;
        let mut more = rows.clone();
        more.push(extra);
        let after = one_log(when, &more, PLAIN).json;
        for (i, (b, a)) in figures(&before).iter().zip(&figures(&after)).enumerate() {
            prop_assert!(a["lignes"].as_u64() >= b["lignes"].as_u64(), "{i}: {b} then {a}");
            if i != RATIO && b["realise"].is_number() {
                prop_assert!(a["realise"].as_f64() >= b["realise"].as_f64(), "{i}: {b} then {a}");
            }
            if b["realise"] == Json::Bool(true) {
                prop_assert_eq!(&a["realise"], &Json::Bool(true), "{}", i);
            }
            if AT_LEAST.contains(&i) {
                prop_assert!(rank(&a["statut"]) <= rank(&b["statut"]), "{i}: {b} then {a}");
            }
        }
    }

    /// §5: "Rows after A are not counted"; rows outside P are only warned about.
    #[test]
    fn a_row_outside_the_period_or_after_the_evaluation_date_changes_no_figure(
        when in when(), rows in rows(), extra in row(0..SPELLINGS.len()), place in 0..3u8,
        k in 1..40u64,
    ) {
        let mut extra = extra;
        extra.date = match place {
            0 => when.du - Days::new(k),
            1 => when.au + Days::new(k),
            _ => when.as_of + Days::new(k),
        };
        let before = one_log(when, &rows, PLAIN).json;
        let mut more = rows.clone();
        more.push(extra);
        prop_assert_eq!(figures(&before), figures(&one_log(when, &more, PLAIN).json));
    }

    /// A log split in two files named by `journaux: [a.csv, b.csv]` is the same log:
    /// same figures, and the same rows warned about.
    #[test]
    fn splitting_the_log_in_two_files_gives_the_same_report(
        when in when(), rows in rows(), cut in any::<Index>(),
    ) {
        let cut = cut.index(rows.len() + 1);
        let whole = one_log(when, &rows, PLAIN);
        let (a, b) = (log_bytes(&rows[..cut], PLAIN), log_bytes(&rows[cut..], PLAIN));
        let split = evaluate(when, &[("a.csv", a), ("b.csv", b)]);
        prop_assert_eq!(figures(&whole.json), figures(&split.json));
        for code in ["activite-inconnue", "hors-periode"] {
            prop_assert_eq!(warned_rows(&whole, code), warned_rows(&split, code), "{}", code);
        }
    }

    /// §4: `;`, `,` or tab, or `sep=`; UTF-8 with or without BOM, Windows-1252, UTF-16;
    /// header aliases; CRLF or CR; §3: "a decomposed `é` from a Mac equals a composed
    /// one". None of it changes a figure.
    #[test]
    fn re_encoding_the_log_gives_the_same_report(when in when(), rows in rows(), d in dialect()) {
        let plain = one_log(when, &rows, PLAIN);
        let other = one_log(when, &rows, d);
        prop_assert!(!other.findings.iter().any(|f| f.error), "{:?}", other.findings);
        prop_assert_eq!(figures(&plain.json), figures(&other.json), "{:?}", d);
        let non_ascii = log_bytes(&rows, d).iter().any(|b| *b >= 0x80);
        if d.encoding == Encoding::Windows1252 && non_ascii {
            prop_assert_eq!(&other.json["journaux"][0]["encodage"], "Windows-1252");
        }
    }

    /// §4: "Every bad row is reported with file:line:column and nothing is dropped
    /// silently": each row is counted by an indicator, or warned about (unknown
    /// activity, outside the period), or an error at its line. Evaluated at the end of
    /// P: rows inside P after A are left out without a word (see the report).
    #[test]
    fn every_row_is_counted_reported_as_unused_or_rejected(
        when in when(), rows in rows(), bad in bad_rows(),
    ) {
        let when = When { as_of: when.au, ..when };
        let mut rows = rows;
        for (at, kind) in &bad {
            if !rows.is_empty() {
                let i = at.index(rows.len());
                rows[i].bad = Some(*kind);
            }
        }
        let run = one_log(when, &rows, PLAIN);
        let good: Vec<&Row> = rows.iter().filter(|r| r.bad.is_none()).collect();
        let known = |r: &Row| SPELLINGS[r.spelling].1.is_some();
        let count = |f: &dyn Fn(&Row) -> bool| good.iter().filter(|r| f(r)).count() as u64;
        let counted = count(&|r| known(r) && when.inside(r));
        let unknown = count(&|r| !known(r));
        let unknown_inside = count(&|r| !known(r) && when.inside(r));
        let known_outside = count(&|r| known(r) && !when.inside(r));
        // line 1 is the header: row i is on line i + 2
        let errors: Vec<usize> =
            run.findings.iter().filter(|f| f.error).filter_map(|f| f.line).collect();
        for (i, r) in rows.iter().enumerate() {
            if let Some(b) = r.bad {
                let line = i + 2;
                prop_assert!(errors.contains(&line), "{line}, {:?}: {:?}", BAD[b], run.findings);
            }
        }
        for line in &errors {
            let bad_row = rows.get(line - 2).is_some_and(|r| r.bad.is_some());
            prop_assert!(bad_row, "an error at the good line {line}: {:?}", run.findings);
        }
        if bad.is_empty() {
            prop_assert_eq!(lignes_of_every_known_code(&run), Some(counted));
        }
        // A row both outside P and of an unknown activity may be warned about under
        // either code (the spec does not say which), but once.
        let unused = warned_rows(&run, "activite-inconnue");
        let outside = warned_rows(&run, "hors-periode");
        prop_assert_eq!(unused + outside, unknown + known_outside, "{:?}", run.findings);
        prop_assert!(unused >= unknown_inside && outside >= known_outside, "{:?}", run.findings);
    }

    /// §5: "A log that has rows selected by an indicator (by activity and date) but lacks
    /// its somme/distincts/filter column is an error (colonne-de-mesure-manquante); a
    /// missing quantite column is never an error (each row counts 1)."
    #[test]
    fn a_missing_column_is_an_error_only_when_a_selected_row_needs_it(
        when in when(), rows in rows(), column in 2..6usize,
    ) {
        let run = one_log(when, &rows, Dialect { without: Some(column), ..PLAIN });
        let code = |r: &Row| SPELLINGS[r.spelling].1;
        let needs = |r: &Row| code(r).is_some_and(|c| needed_by(column).contains(&c));
        let selected = rows.iter().any(|r| when.counts(r) && needs(r));
        let missing = finding(&run, "colonne-de-mesure-manquante");
        prop_assert_eq!(missing.is_some(), selected, "column {}: {:?}", column, run.findings);
        prop_assert!(missing.is_none_or(|f| f.error));
        if column == 2 {
            let empty: Vec<Row> =
                rows.iter().map(|r| Row { quantite: None, ..r.clone() }).collect();
            prop_assert_eq!(figures(&run.json), figures(&one_log(when, &empty, PLAIN).json));
        }
    }

    /// §5: "Duplicate rows are counted (and warned about)"; §4: "identical duplicate rows".
    #[test]
    fn a_repeated_row_is_counted_again_and_warned_about(
        when in when(), rows in rows(), pick in any::<Index>(),
    ) {
        prop_assume!(!rows.is_empty());
        let again = rows[pick.index(rows.len())].clone();
        let before = one_log(when, &rows, PLAIN);
        let mut more = rows.clone();
        more.push(again.clone());
        let after = one_log(when, &more, PLAIN);
        prop_assert!(finding(&after, "ligne-en-double").is_some(), "{:?}", after.findings);
        let counted = when.counts(&again) && SPELLINGS[again.spelling].1.is_some();
        let before = lignes_of_every_known_code(&before).unwrap_or(0);
        prop_assert_eq!(lignes_of_every_known_code(&after), Some(before + u64::from(counted)));
    }
}

/// A plain row of Formation on `date`.
fn formation_on(date: NaiveDate) -> Row {
    Row {
        date,
        spelling: 0,
        quantite: None,
        participants: None,
        dossier: None,
        public: 0,
        comment: 0,
        bad: None,
    }
}

/// §5: "rows before P are counted in the `hors-periode` warning, with their lines";
/// §6 (v1.1): "every finding, warnings included: `hors-periode` names its first lines".
#[test]

fn the_outside_period_warning_names_its_first_line() {
    let rows = [ymd(2023, 5, 2), ymd(2022, 12, 31), ymd(2024, 1, 1)].map(formation_on);
    let run = one_log(When::year_2023(), &rows, PLAIN);
    let warning = finding(&run, "hors-periode").expect("a hors-periode warning");
    assert_eq!(warning.arg("rows"), Some("2"));
    assert_eq!(
        warning.line,
        Some(3),
        "the first row outside P is on line 3"
    );
}

/// §6 (v1.1): "`colonne-de-mesure-manquante` [names] the plan line of the measure and
/// the log's header line".
#[test]

fn the_missing_column_error_names_the_header_line() {
    let without_participants = Dialect {
        without: Some(3),
        ..PLAIN
    };
    let run = one_log(
        When::year_2023(),
        &[formation_on(ymd(2023, 5, 2))],
        without_participants,
    );
    let error = finding(&run, "colonne-de-mesure-manquante").expect("the error");
    assert_eq!(error.line, Some(1), "the log's header line");
}

/// §6 (v1.1): "`aucun-journal` [names] the plan line of `journaux` or of the first
/// measured indicator".
#[test]

fn the_no_log_warning_names_a_plan_line() {
    let run = evaluate(When::year_2023(), &[]);
    let warning = finding(&run, "aucun-journal").expect("the warning");
    assert_eq!(warning.line, Some(5), "the line of `journaux: []`");
}
