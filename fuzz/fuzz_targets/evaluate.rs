//! The whole evaluation: a plan and a CSV log, as `csc check` and `csc report` take
//! them. The input is cut at its first 0xFF byte (never in UTF-8 YAML): the plan's text
//! before it, the log's bytes after it. Both are written to a scratch folder; the plan is
//! loaded (`plan::load_bytes`), its own `journaux` dropped (a fuzzed glob must not read
//! the machine's files) and the log given as on the command line; then `report::build`
//! evaluates it (tracing the first indicator, as `explain` does) at a fixed date, the
//! report is rendered in every text format of `csc report` and the diagnostics as
//! `csc check` prints them.
//!
//! Beyond "no panic": one outcome per indicator, with finite numbers; no diagnostic about
//! the log quotes private data.
#![no_main]

use csc::eval::Value;
use csc::export::{self, ReportFormat};
use csc::i18n::Lang;
use csc::plan::{self, Langue};
use csc::report::{self, Failure, Inputs};
use csc_fuzz::{check_diagnostic, check_words, render_text, scratch, with_catalog};
use libfuzzer_sys::fuzz_target;

const FORMATS: &[ReportFormat] = &[
    ReportFormat::Table,
    ReportFormat::Csv,
    ReportFormat::Json,
    ReportFormat::Markdown,
    ReportFormat::Html,
];

fn finite(v: Value) -> bool {
    match v {
        Value::Number(n) => n.is_finite(),
        Value::YesNo(_) | Value::Missing => true,
    }
}

fuzz_target!(init: csc_fuzz::init(), |data: &[u8]| {
    let (plan_bytes, log_bytes) = match data.iter().position(|&b| b == 0xFF) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let loaded = plan::load_bytes("plan.yaml", plan_bytes.to_vec());
    let Some(mut plan) = loaded.plan.clone() else {
        return;
    };
    plan.journaux.clear();
    let dir = scratch();
    let plan_path = dir.join("plan.yaml");
    let log_path = dir.join("journal.csv");
    std::fs::write(&plan_path, plan_bytes).expect("scratch write");
    std::fs::write(&log_path, log_bytes).expect("scratch write");
    let inputs = Inputs {
        logs: vec![log_path.clone()],
        as_of: csc::text::date::parse("2024-06-30"),
        delimiter: None,
    };
    let mut traced = 0u64;
    let mut tracer = |_: &str, _: &csc::log::Row<'_>, _: csc::eval::Effect| traced += 1;
    let result = report::build(
        &plan_path,
        "plan.yaml",
        &plan,
        &inputs,
        Some((0, &mut tracer)),
    );
    let report = match result {
        Ok(r) => r,
        Err(Failure::Io(diags)) => {
            diags.iter().for_each(check_words);
            return;
        }
    };
    let count = plan.indicators().count();
    assert_eq!(report.lines.len(), count, "one outcome per indicator");
    for (_, o) in &report.lines {
        assert!(finite(o.realise) && finite(o.attendu), "{o:?}");
        assert!(o.objectif.is_none_or(f64::is_finite), "{o:?}");
        assert!(o.projection.is_none_or(f64::is_finite), "{o:?}");
    }
    let _ = report.resume();
    for d in &report.diagnostics {
        if d.file == "plan.yaml" {
            check_words(d);
        } else {
            check_diagnostic(d);
        }
    }
    let lang = match plan.langue {
        Langue::Fr => Lang::Fr,
        Langue::Nl => Lang::Nl,
        Langue::En => Lang::En,
    };
    with_catalog(lang, |catalog| {
        for &format in FORMATS {
            let _ = export::render(
                &report,
                export::exporter(format, false, false).as_ref(),
                catalog,
            );
        }
        let _ = export::summary_line(&report, catalog);
        let _ = export::evaluated_on(&report, catalog);
        let _ = export::logs_list(&report, catalog, true);
    });
    let source = loaded.source.as_deref().map(|s| ("plan.yaml", s));
    render_text(&report.diagnostics, source);
});
