//! An ODS log from the XML parts of its document: the input is cut at each 0xFF byte
//! into `content.xml`, `meta.xml` and `META-INF/manifest.xml` (a part the input does not
//! reach is left out); they are stored in a zip after the right `mimetype`, written to a
//! scratch `journal.ods` and read with `log::read`.
//!
//! So the fuzzer mutates the XML calamine parses (repeated rows and columns, value
//! types, dates) and the cells `log::sheet::Cells` turns into records.
#![no_main]

use csc_fuzz::{read_file_log, split, stored_zip};
use libfuzzer_sys::fuzz_target;

const MIMETYPE: &[u8] = b"application/vnd.oasis.opendocument.spreadsheet";

fuzz_target!(init: csc_fuzz::init(), |data: &[u8]| {
    let parts = split(data, 0xFF, 3);
    let mut files: Vec<(&str, &[u8])> = vec![("mimetype", MIMETYPE)];
    for (name, i) in [
        ("content.xml", 0),
        ("meta.xml", 1),
        ("META-INF/manifest.xml", 2),
    ] {
        if let Some(part) = parts.get(i) {
            files.push((name, part));
        }
    }
    let _ = read_file_log("journal.ods", &stored_zip(&files), None);
});
