//! The number grammar (`12`, `2,5`, `1 000`, refused `1.234`): `text::number::parse` for
//! a whole cell and `text::number::scan` at every position of a target.
//!
//! Beyond "no panic": a number read is finite and ≥ 0; `scan` reads at least one
//! character and never past the text; `parse` and `scan` agree on a whole text; a number
//! displayed reads back to itself (to the two decimals shown; except 999 999 999 999,995
//! and above, displayed as 13 digits).
#![no_main]

use csc::text::number::{self, NumberError};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = number::parse(text);
    let trimmed: Vec<char> = text.trim().chars().collect();
    match parsed {
        Ok(None) => assert!(trimmed.is_empty(), "a number read as nothing"),
        Ok(Some(n)) => {
            assert!(n.is_finite() && n >= 0.0, "parse read {n}");
            assert_eq!(
                number::scan(&trimmed, 0),
                Ok((n, trimmed.len())),
                "scan disagrees with parse"
            );
            let shown = number::display(n);
            // Just under 10^12, two decimals round to 13 digits: too large to read back.
            match number::parse(&shown) {
                Err(NumberError::TooLarge) if n >= 999_999_999_999.995 => {}
                Ok(Some(back)) => assert!(
                    (back - n).abs() <= 0.005 + 1e-9 * n.max(1.0),
                    "{n} is displayed {shown:?}, read back as {back}"
                ),
                other => panic!("{n} is displayed {shown:?}, read back as {other:?}"),
            }
        }
        Err(NumberError::NotANumber) => assert!(!trimmed.is_empty()),
        Err(e) => assert_eq!(
            number::scan(&trimmed, 0),
            Err((e, trimmed.len())),
            "scan disagrees with parse"
        ),
    }
    let chars: Vec<char> = text.chars().collect();
    for start in 0..=chars.len() {
        match number::scan(&chars, start) {
            Ok((n, len)) => {
                assert!(n.is_finite() && n >= 0.0, "scan read {n}");
                assert!(
                    len >= 1 && start + len <= chars.len(),
                    "scan read {len} at {start}"
                );
            }
            Err((NumberError::NotANumber, len)) => assert_eq!(len, 1),
            Err((_, len)) => {
                assert!(
                    len >= 1 && start + len <= chars.len(),
                    "refusal of {len} at {start}"
                );
            }
        }
    }
});
