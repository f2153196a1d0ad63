//! A CSV log from its bytes: `log::read_csv_bytes` (encoding detection — BOM, UTF-16 by
//! its zeros, UTF-8, else Windows-1252 —, `sep=` line, delimiter, records, header,
//! privacy scan, every row rule).
//!
//! The first byte picks the options: bits 0–1 the `--delimiter` (none, `;`, `,`, tab),
//! bit 2 whether headers may be quoted; the rest is the file.
//!
//! Beyond "no panic": see `csc_fuzz::Visited::row` and `check_read` (good rows are
//! consistent with their cells, no message quotes private data, counts add up).
#![no_main]

use csc::log::{self, Options};
use csc_fuzz::{Visited, check_read};
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: csc_fuzz::init(), |data: &[u8]| {
    let Some((&flags, bytes)) = data.split_first() else {
        return;
    };
    let options = Options {
        delimiter: [None, Some(b';'), Some(b','), Some(b'\t')][usize::from(flags & 3)],
        quote_headers: flags & 4 != 0,
    };
    let mut seen = Visited::default();
    let result = log::read_csv_bytes(bytes, "journal.csv", options, |row| seen.row(row));
    check_read(&result, &seen);
    if let (Ok(s), Some(d)) = (&result, options.delimiter) {
        assert_eq!(
            s.delimiter, d,
            "the delimiter asked for is not the one used"
        );
    }
});
