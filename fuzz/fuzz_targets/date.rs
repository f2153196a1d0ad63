//! The date grammar: `text::date::parse` (log cells, `--as-of`: `14/02/2023`,
//! `2023-02-14`, `14.02.23`…) and `text::date::parse_plan` (plan dates).
//!
//! Beyond "no panic": a date read is displayed (`31/12/2023`, as reports write it) in a
//! form both grammars read back to the same date; a plan date is a log date.
#![no_main]

use csc::text::date;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(d) = date::parse(text) {
        let shown = date::display(d);
        assert_eq!(
            date::parse(&shown),
            Some(d),
            "{text:?} is {shown:?}, read back"
        );
    }
    if let Some(d) = date::parse_plan(text) {
        let shown = date::display(d);
        assert_eq!(
            date::parse_plan(&shown),
            Some(d),
            "{text:?} is {shown:?}, read back"
        );
        assert_eq!(
            date::parse(text),
            Some(d),
            "a plan date {text:?} is not a log date"
        );
    }
});
