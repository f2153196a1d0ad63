//! The target grammar (`>/= 10/an`, `entre 5 et 10`, `Oui/Non`…): `plan::target::parse`.
//!
//! Beyond "no panic": an error points inside the text (a caret has a character to stand
//! on), a bound holds finite numbers ≥ 0 in order, and ASCII case changes nothing but the
//! characters an error quotes (the parser reads folded characters).
#![no_main]

use csc::plan::target::{self, Bound, Target, TargetError, TargetErrorKind};
use libfuzzer_sys::fuzz_target;

fn numbers(b: Bound) -> Vec<f64> {
    match b {
        Bound::AtLeast(n)
        | Bound::MoreThan(n)
        | Bound::AtMost(n)
        | Bound::LessThan(n)
        | Bound::Exactly(n) => vec![n],
        Bound::Between(a, b) => vec![a, b],
    }
}

/// An error without the original characters it quotes.
fn shape(e: &TargetError) -> (usize, usize, String) {
    let kind = match &e.kind {
        TargetErrorKind::Unexpected(_) => "unexpected".to_owned(),
        TargetErrorKind::UnknownPeriod(w) if w.is_empty() => "missing-period".to_owned(),
        TargetErrorKind::UnknownPeriod(_) => "unknown-period".to_owned(),
        other => format!("{other:?}"),
    };
    (e.at, e.len, kind)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let n = text.chars().count();
    let parsed = target::parse(text);
    match &parsed {
        Ok(Target::Quantity { bound, .. }) => {
            for x in numbers(*bound) {
                assert!(x.is_finite() && x >= 0.0, "bound number {x}");
            }
            if let Bound::Between(a, b) = bound {
                assert!(a <= b, "reversed range accepted: {a} > {b}");
            }
            let _ = bound.reference();
            let _ = bound.scaled(0.5);
        }
        Ok(Target::YesNo { .. }) => {}
        Err(e) => {
            assert!(e.len >= 1, "an error of no character: {e:?}");
            if n > 0 {
                assert!(e.at < n, "error at {} past the text ({n} chars)", e.at);
                assert!(
                    e.at + e.len <= n,
                    "error {}..{} past the text ({n} chars)",
                    e.at,
                    e.at + e.len
                );
            } else {
                assert_eq!(e.kind, TargetErrorKind::Empty);
            }
            let _ = e.kind.key();
        }
    }
    let upper = target::parse(&text.to_ascii_uppercase());
    match (&parsed, &upper) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "ASCII case changed the target"),
        (Err(a), Err(b)) => assert_eq!(shape(a), shape(b), "ASCII case changed the error"),
        _ => panic!("ASCII case changed the outcome: {parsed:?} / {upper:?}"),
    }
});
