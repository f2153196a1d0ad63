//! A plan from its bytes: `plan::load_bytes` (UTF-8 check, YAML, every content rule),
//! then its diagnostics rendered as `csc check` prints them, with a snippet of the plan.
//!
//! Beyond "no panic": a plan is returned exactly when no error was found; every error
//! has a place inside the text (or none); declared values and bounds are finite and ≥ 0.
#![no_main]

use csc::diag::Severity;
use csc::plan::{self, Declared, Source, Target, target::Bound};
use csc_fuzz::{check_words, render_text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let loaded = plan::load_bytes("plan.yaml", data.to_vec());
    assert!(!loaded.io_error, "bytes cannot fail to be read");
    let errors = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    match &loaded.plan {
        Some(p) => {
            assert_eq!(errors, 0, "a plan returned with errors");
            let _ = plan::counts(p);
            for placed in p.indicators() {
                let ind = placed.indicateur;
                if let Target::Quantity { bound, .. } = ind.cible {
                    assert!(bound.reference().is_finite() && bound.reference() >= 0.0);
                }
                if let Target::Quantity {
                    bound: Bound::Between(a, b),
                    ..
                } = ind.cible
                {
                    assert!(a <= b);
                }
                if let Source::Declare {
                    valeur: Declared::Number(n) | Declared::Percent(n),
                    ..
                } = ind.source
                {
                    assert!(n.is_finite() && n >= 0.0, "declared {n}");
                }
            }
            assert!(p.periode.du <= p.periode.au || errors > 0);
        }
        None => assert!(errors > 0, "no plan and no error"),
    }
    // Lines as YAML counts them: a CR alone ends one too.
    let lines = loaded.source.as_deref().map_or(1, |s| {
        s.replace("\r\n", "\n").matches(['\r', '\n']).count() + 2
    });
    for d in &loaded.diagnostics {
        check_words(d);
        if let Some(loc) = d.loc {
            assert!(
                loc.line <= lines,
                "{}: line {} of {lines}",
                d.code.id,
                loc.line
            );
        }
    }
    let source = loaded.source.as_deref().map(|s| (loaded.file.as_str(), s));
    render_text(&loaded.diagnostics, source);
});
