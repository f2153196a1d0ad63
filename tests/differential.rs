//! Differential testing of spec §5 (evaluation): generated plans and logs are evaluated
//! by csc and by `differential/model.rs`, a second evaluation written from the spec text
//! alone with exact rational arithmetic, and every figure of every indicator must agree
//! (`statut`, `realise` and `attendu` and `projection` rounded to 2 decimals as §7 says,
//! `lignes`, `sous_periodes`).
//!
//! Knife-edges: csc decides in f64 with a 1e-9 tolerance. Generated numbers have at
//! most one decimal and periods at most 500 days, so two values that §5 compares and
//! that differ, differ by more than 1e-4 (e.g. `365·v − t·E` is a multiple of 1/10): no
//! decision sits at the tolerance, and exact ties (`> 5` against 5, `= 3` against 3) are
//! real ties csc must see as ties. The one leeway is output rounding: a value exactly
//! half-way between two hundredths is accepted rounded either way, since an f64 product
//! may land a hair below the half (none did in 5,000 cases checked strictly).

#[path = "differential/cases.rs"]
mod cases;
#[path = "differential/exact.rs"]
mod exact;
#[path = "differential/model.rs"]
mod model;
#[path = "differential/support.rs"]
mod support;

use std::fmt::Write as _;

use cases::{
    CODES, CODES_AGAIN, Case, DATE_FORMATS, PUBLICS, SPELLINGS, between, case, cmp, written,
};
use chrono::Datelike;
use model::{Agg, Cmp, Declared, Expected, Q, Row, Sel, Source, Target, V};
use proptest::prelude::*;
use serde_json::Value as Json;
use support::{Scratch, csv_line, plan_yaml};

fn selection_yaml(s: Sel) -> String {
    let mut codes: Vec<&str> = s.codes().map(|k| CODES[k]).collect();
    if s.listed_twice {
        codes.push(CODES_AGAIN[s.codes().next().expect("one code")]);
    }
    let mut y = match codes.as_slice() {
        [one] => format!("{{activite: {one}"),
        many => format!("{{activites: [{}]", many.join(", ")),
    };
    if s.filtered {
        y += ", filtre: {public: jeunes}";
    }
    y += match (s.agg, s.alias) {
        (Agg::Quantite { explicit: false }, _) => "}",
        (Agg::Quantite { explicit: true }, _) => ", somme: quantite}",
        (Agg::Participants, false) => ", somme: participants}",
        (Agg::Participants, true) => ", somme: deelnemers}",
        (Agg::Dossiers, false) => ", distincts: dossier}",
        (Agg::Dossiers, true) => ", distincts: case}",
    };
    y
}

fn plan_text(case: &Case) -> String {
    let inds: Vec<String> = case
        .indicators
        .iter()
        .enumerate()
        .map(|(k, (cible, _, source))| {
            let source = match source {
                Source::Measure(s) => format!("mesure: {}", selection_yaml(*s)),
                Source::Ratio(n, d) => format!(
                    "mesure: {{numerateur: {}, denominateur: {}}}",
                    selection_yaml(*n),
                    selection_yaml(*d)
                ),
                Source::Declared(v) => {
                    let v = match v {
                        Declared::YesNo(b) => (if *b { "Oui" } else { "Non" }).to_owned(),
                        Declared::Number(q) => written(tenths_of(*q)),
                        Declared::Percent(q) => format!("{} %", written(tenths_of(*q))),
                    };
                    format!("declare: \"{v}\", justification: Relevé manuel")
                }
                Source::Nothing => String::new(),
            };
            format!("{{id: i{k}, intitule: Indicateur {k}, cible: \"{cible}\", {source}}}")
        })
        .collect();
    let periode = (!case.default_period).then_some((case.cal.du, case.cal.au));
    let journaux: &[&str] = if case.no_log { &[] } else { &["journal.csv"] };
    plan_yaml(case.cal.du.year(), periode, journaux, &inds)
}

fn tenths_of(q: Q) -> i64 {
    i64::try_from(q.hundredths().0 / 10).expect("small")
}

fn log_text(case: &Case) -> String {
    let mut csv = csv_line(
        &[
            "date",
            "activite",
            "quantite",
            "participants",
            "dossier",
            "public",
        ],
        ';',
    );
    for (r, w) in &case.rows {
        let date = r.date.format(DATE_FORMATS[w.format]).to_string();
        let q = r
            .quantite
            .map(|q| written(tenths_of(q)))
            .unwrap_or_default();
        let p = r
            .participants
            .map(|p| written(tenths_of(p)))
            .unwrap_or_default();
        let dossier = r.dossier.clone().unwrap_or_default();
        let fields = [
            date,
            SPELLINGS[w.spelling].0.to_owned(),
            q,
            p,
            dossier,
            PUBLICS[w.public].0.to_owned(),
        ];
        csv += &csv_line(&fields, ';');
    }
    csv
}

/// A number of the report against the model's exact value, both in hundredths.
fn same_number(json: &Json, q: Q) -> bool {
    let Some(x) = json.as_f64() else { return false };
    let got = (x * 100.0).round() as i128;
    let (want, half) = q.hundredths();
    got == want || (half && got == want - want.signum())
}

fn same_value(json: &Json, v: V) -> bool {
    match v {
        V::Num(q) => same_number(json, q),
        V::Bool(b) => json.as_bool() == Some(b),
        V::Null => json.is_null(),
    }
}

/// Every difference between csc's figures for one indicator and the model's.
fn differences(got: &Json, want: &Expected) -> Vec<String> {
    let mut out = Vec::new();
    if got["statut"] != want.statut {
        out.push(format!(
            "statut: csc {} / spec {}",
            got["statut"], want.statut
        ));
    }
    let checks = [
        (
            "realise",
            same_value(&got["realise"], want.realise),
            format!("{:?}", want.realise),
        ),
        (
            "attendu",
            same_value(&got["attendu"], want.attendu),
            format!("{:?}", want.attendu),
        ),
        (
            "projection",
            same_value(&got["projection"], want.projection.map_or(V::Null, V::Num)),
            format!("{:?}", want.projection),
        ),
        (
            "lignes",
            got["lignes"].as_u64() == Some(want.lignes as u64),
            want.lignes.to_string(),
        ),
    ];
    for (name, ok, spec) in checks {
        if !ok {
            out.push(format!("{name}: csc {} / spec {spec}", got[name]));
        }
    }
    let sub = &got["sous_periodes"];
    let sub_got = (!sub.is_null()).then(|| {
        let n =
            |k: &str| usize::try_from(sub[k].as_u64().unwrap_or(u64::MAX)).unwrap_or(usize::MAX);
        (n("atteintes"), n("ecoulees"), n("total"))
    });
    if sub_got != want.sous_periodes {
        out.push(format!(
            "sous_periodes: csc {sub} / spec {:?}",
            want.sous_periodes
        ));
    }
    out
}

/// Runs one case through csc and the model; the differences, with what reproduces them.
fn check(case: &Case) -> Result<(), String> {
    let dir = Scratch::new("differential");
    let (plan, log) = (plan_text(case), log_text(case));
    let plan_path = dir.write("plan.yaml", &plan);
    dir.write("journal.csv", &log);
    let run = support::run(&plan_path, case.cal.as_of);
    let rows: Vec<Row> = case.rows.iter().map(|(r, _)| r.clone()).collect();
    let rows = (!case.no_log).then_some(rows.as_slice());
    let mut report = String::new();
    let mut resume = serde_json::Map::new();
    for (k, (cible, target, source)) in case.indicators.iter().enumerate() {
        let got = &run.json["indicateurs"][k];
        let want = model::evaluate(target, source, rows, case.cal);
        for d in differences(got, &want) {
            let _ = writeln!(report, "i{k} `{cible}`: {d}");
        }
        let n = resume.get(want.statut).and_then(Json::as_u64).unwrap_or(0);
        resume.insert(want.statut.to_owned(), (n + 1).into());
    }
    // `resume` counts the statuses (§7).
    for (statut, n) in run.json["resume"].as_object().into_iter().flatten() {
        if resume.get(statut).unwrap_or(&0.into()) != n {
            let _ = writeln!(
                report,
                "resume.{statut}: csc {n} / spec {:?}",
                resume.get(statut)
            );
        }
    }
    // "An A before the start of P is a warning (`date-avant-periode`)."
    let warned = run.findings.iter().any(|f| f.code == "date-avant-periode");
    if warned != (case.cal.as_of < case.cal.du) {
        let _ = writeln!(report, "date-avant-periode: csc {warned}");
    }
    // "A rate whose sub-period never lies wholly inside P … check warns
    // (`sous-periode-impossible`)"; "A code listed twice in `activites` … is warned about".
    let impossible = case.indicators.iter().any(|(_, t, s)| {
        let rate =
            |t: &Target| matches!(t, Target::Rate { per, .. } if case.cal.judged(*per).is_empty());
        rate(t) && matches!(s, Source::Measure(_))
    });
    let twice = case.indicators.iter().any(|(_, _, s)| match s {
        Source::Measure(a) => a.listed_twice,
        Source::Ratio(a, b) => a.listed_twice || b.listed_twice,
        _ => false,
    });
    for (code, expected) in [
        ("sous-periode-impossible", impossible),
        ("activite-en-double", twice),
    ] {
        if run.findings.iter().any(|f| f.code == code) != expected {
            let _ = writeln!(
                report,
                "{code}: expected {expected}, csc {:?}",
                run.findings
            );
        }
    }
    if report.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{report}as_of {}\n--- plan.yaml\n{plan}--- journal.csv\n{log}",
        case.cal.as_of
    ))
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 200,
        failure_persistence: None,
        max_shrink_time: 60_000,
        ..ProptestConfig::default()
    })]

    /// Every figure of every indicator is what §5 says, for any period, date and log.
    #[test]
    fn csc_agrees_with_the_spec_model(case in case()) {
        if let Err(e) = check(&case) {
            prop_assert!(false, "{}", e);
        }
    }
}

#[test]
fn the_model_rounds_and_compares_exactly() {
    assert_eq!(Q::new(2675, 1000).hundredths(), (268, true));
    assert_eq!(Q::new(-2675, 1000).hundredths(), (-268, true));
    assert_eq!(Q::new(1, 3).hundredths(), (33, false));
    assert!(Q::new(1, 3) < Q::new(334, 1000));
    assert!(cmp(Cmp::Gt, 25).holds(Q::int(3)) && !cmp(Cmp::Gt, 30).holds(Q::int(3)));
    assert!(between(2, 3).holds(Q::int(3)) && !between(2, 3).holds(Q::tenths(35)));
}
