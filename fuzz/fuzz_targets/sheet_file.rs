//! A spreadsheet log from its raw bytes: written to a scratch file and read with
//! `log::read`, as `csc` reads `journal.xlsx` (calamine's zip and XML or BIFF readers,
//! then `log::sheet::Cells` and the row rules).
//!
//! The first byte picks the extension (its low 3 bits: xlsx, xlsm, xlsb, xls, ods) and
//! whether a sheet is asked for by name (bit 3: `#journal`, matched as a slug).
//!
//! Mutating a whole zip mostly exercises the zip reader (a changed byte inside breaks a
//! CRC); `xlsx_parts` and `ods_parts` reach the XML inside.
#![no_main]

use csc_fuzz::read_file_log;
use libfuzzer_sys::fuzz_target;

const EXTENSIONS: &[&str] = &["xlsx", "xlsm", "xlsb", "xls", "ods"];

fuzz_target!(init: csc_fuzz::init(), |data: &[u8]| {
    let Some((&flags, bytes)) = data.split_first() else {
        return;
    };
    let ext = EXTENSIONS[usize::from(flags & 7) % EXTENSIONS.len()];
    let sheet = (flags & 8 != 0).then_some("journal");
    let _ = read_file_log(&format!("journal.{ext}"), bytes, sheet);
});
