//! The privacy scan (national register numbers, e-mail addresses): `log::privacy::scan`
//! and `scan_cell`.
//!
//! Beyond "no panic": a clean cell's quote is at most 40 characters and `…`, and is
//! itself clean (what a message shows never holds what the scan refuses); a numeric
//! spreadsheet cell is scanned at least as strictly as text.
#![no_main]

use csc::log::privacy::{self, QUOTE_CHARS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let text_scan = privacy::scan_cell(text, false);
    let numeric_scan = privacy::scan_cell(text, true);
    assert_eq!(privacy::scan(text), text_scan);
    assert_eq!(privacy::private_data(text), text_scan.err());
    if text_scan.is_err() {
        assert!(
            numeric_scan.is_err(),
            "a numeric cell is scanned less strictly"
        );
    }
    if let Ok(clean) = text_scan {
        assert_eq!(clean.text(), text);
        let quote = clean.quote();
        assert!(
            quote.chars().count() <= QUOTE_CHARS + 1,
            "a quote of {} characters",
            quote.chars().count()
        );
        assert!(
            privacy::scan(&quote).is_ok(),
            "the quote of a clean cell holds private data"
        );
    }
});
