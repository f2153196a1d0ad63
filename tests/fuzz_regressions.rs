//! Inputs the fuzzers of `fuzz/` found (or that review of their findings led to), each
//! kept at its smallest. A test marked `#[ignore = "fuzz crash: …"]` still fails: its fix
//! belongs in `src/`; remove the mark (and the matching `csc_fuzz::known` check in
//! `fuzz/src/lib.rs`) with the fix.

use chrono::{Datelike as _, NaiveDate};
use csc::diag::Severity;
use csc::text::date;

/// A plan of one measured indicator, for inputs that need a valid plan around them.
const PLAN_2023: &str = "csc: 1
commune: Test
annee: 2023
secteurs:
  - id: S1
    intitule: Projets
    objectifs_strategiques:
      - id: OS1
        domaine: Travail de réseau
        objectifs_operationnels:
          - id: OO1
            intitule: Se réunir
            indicateurs:
              - id: reunions
                intitule: Réunions
                cible: \">= 4/an\"
                mesure: {activite: reunion}
";

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

/// fuzz target `date`: `31/12/23` in a plan is the year 23, while a log reads it as
/// 2023 (`text::date::parse_plan` hands `%d/%m/%Y` to chrono, which takes any number of
/// year digits; `text::date::parse` refuses a short year for `%Y`).
#[test]
fn a_plan_date_with_a_short_year_is_not_the_first_century() {
    assert_eq!(date::parse("14/2/23"), Some(ymd(2023, 2, 14)));
    let plan = date::parse_plan("14/2/23");
    assert!(
        plan.is_none_or(|d| d == ymd(2023, 2, 14)),
        "parse_plan(\"14/2/23\") = {plan:?}"
    );
}

/// The same through a plan file: a period written with short years loads without an
/// error and runs from the year 23 to the year 23.
#[test]
fn a_plan_period_with_short_years_is_refused_or_read_as_2023() {
    let yaml = format!("{PLAN_2023}periode: {{du: 1/1/23, au: 31/12/23}}\n");
    let loaded = csc::plan::load_bytes("plan.yaml", yaml.as_bytes().to_vec());
    let errors = loaded
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error);
    if let Some(plan) = &loaded.plan {
        assert_eq!(plan.periode.du.year(), 2023, "errors: {errors}");
    }
}

/// Found while triaging the `date` finding (plan dates go to chrono unchecked), not by a
/// fuzzer: a plan whose period ends on chrono's last day, +262142-12-31, and that names no
/// `echeance`, loads as no plan and no diagnostic at all (`plan::load`: the default
/// deadline, the year after, does not exist, and `?` returns `None` without an error).
#[test]
fn a_plan_without_a_possible_deadline_has_an_error() {
    let yaml = format!("{PLAN_2023}periode: {{du: 2023-01-01, au: \"+262142-12-31\"}}\n");
    let loaded = csc::plan::load_bytes("plan.yaml", yaml.into_bytes());
    let errors = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    assert!(
        loaded.plan.is_some() || errors > 0,
        "no plan and no error: {:?}",
        loaded.diagnostics
    );
}

/// Found with the previous one: a plan whose period starts in the year +262142 loads
/// without an error, then evaluating it panics in `eval::calendar::Calendar::is_full_year`
/// (`du + Months::new(12)` overflows chrono's last date; `judged`, `bucket_start` and
/// `next_bucket` add days and months the same way).
#[test]
fn a_period_at_the_end_of_time_does_not_panic() {
    let yaml = format!(
        "{PLAN_2023}periode: {{du: \"+262142-06-01\", au: \"+262142-12-31\"}}\necheance: 2024-01-01\n"
    );
    let loaded = csc::plan::load_bytes("plan.yaml", yaml.into_bytes());
    let Some(plan) = &loaded.plan else {
        return; // refused with an error: fixed in `plan::load`
    };
    let dir = tempfile::tempdir().expect("a scratch folder");
    let log = dir.path().join("journal.csv");
    std::fs::write(&log, "date;activite\n01/07/2023;reunion\n").expect("a log");
    let inputs = csc::report::Inputs {
        logs: vec![log],
        as_of: Some(ymd(2024, 6, 30)),
        delimiter: None,
    };
    let plan_path = dir.path().join("plan.yaml");
    let built = std::panic::catch_unwind(|| {
        csc::report::build(&plan_path, "plan.yaml", plan, &inputs, None).is_ok()
    });
    assert!(built.is_ok(), "report::build panicked");
}

/// Found by review of the `slug` target's invariant (slug(slug(x)) == slug(x)), not yet
/// by a run: the capital sharp s U+1E9E folds to `ß`, which a second pass makes `ss`
/// (`text::slug::slug` matches `ß` before folding, so only the lower-case letter is
/// spelled out). `STRAẞE` and `Straße` are then different activity codes.
#[test]
fn slug_of_capital_sharp_s_is_idempotent() {
    use csc::text::slug::slug;
    let once = slug("\u{1e9e}");
    assert_eq!(slug(&once), once);
    assert_eq!(slug("STRA\u{1e9e}E"), slug("Straße"));
}

/// fuzz target `privacy`: a clean cell longer than 40 characters is quoted cut at 40,
/// and the cut can make what the scan refuses: `…a@b.cd1` (a top-level domain with a
/// digit) is no address, `…a@b.cd…` is one; a 12-digit run is no national number, its
/// first 11 digits may be one (`log::privacy::Clean::quote`). The quote is what a
/// message shows (`date-illisible`, `nombre-illisible`, header names).
#[test]
fn the_quote_of_a_clean_cell_is_clean() {
    use csc::log::privacy;
    // Synthetic: 99.99.99 is no birth date; its check digits are 64.
    for cell in [
        format!("{}a@b.cd1", "x".repeat(34)),
        format!("{}999999999647", "x".repeat(29)),
    ] {
        let clean = privacy::scan(&cell).expect("the whole cell is clean");
        let quote = clean.quote();
        assert!(
            privacy::scan(&quote).is_ok(),
            "{cell:?} is quoted {quote:?}, which the scan refuses"
        );
    }
}

/// The same through a log: the bad date is quoted in `date-illisible`.
#[test]
fn a_bad_date_is_not_quoted_as_an_address() {
    let cell = format!("{}a@b.cd1", "x".repeat(34));
    let csv = format!("date;activite\n{cell};reunion\n");
    let summary = csc::log::read_csv_bytes(
        csv.as_bytes(),
        "journal.csv",
        csc::log::Options {
            delimiter: None,
            quote_headers: true,
        },
        |_| {},
    )
    .expect("read");
    for d in &summary.errors {
        for (name, value) in &d.args {
            if let csc::diag::Arg::Str(s) = value {
                assert!(
                    csc::log::privacy::scan(s).is_ok(),
                    "{}: `{name}` = {s:?}",
                    d.code.id
                );
            }
        }
    }
}

/// fuzz target `plan_yaml`: the YAML reader ends a line at a lone CR, as editors do, but
/// the snippet under a diagnostic finds its line by counting LFs only
/// (`emit::text::byte_span`): after a lone CR, `csc check` underlines the wrong line
/// (here `commune: X` for the unknown key on line 2), or shows none.
#[test]
fn a_snippet_after_a_lone_cr_shows_the_line_of_the_error() {
    let yaml = "csc: 1\rinconnue: 1\ncommune: X\nannee: 2023\n";
    let loaded = csc::plan::load_bytes("plan.yaml", yaml.as_bytes().to_vec());
    let unknown: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.code.id == "cle-inconnue")
        .cloned()
        .collect();
    assert_eq!(unknown.len(), 1, "{:?}", loaded.diagnostics);
    assert_eq!(unknown[0].loc.map(|l| l.line), Some(2));
    let catalog = csc::i18n::Catalog::new(csc::i18n::Lang::Fr);
    let mut text = csc::emit::Text {
        catalog: &catalog,
        color: false,
    };
    let out = csc::emit::render(&mut text, &unknown, Some(("plan.yaml", yaml)));
    assert!(
        !out.contains("commune: X"),
        "the snippet shows another line:\n{out}"
    );
}
