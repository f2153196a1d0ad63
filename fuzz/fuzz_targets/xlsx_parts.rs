//! An XLSX log from the XML parts of its workbook: the input is cut at each 0xFF byte
//! into `xl/worksheets/sheet1.xml`, `xl/sharedStrings.xml`, `xl/styles.xml`,
//! `xl/workbook.xml`, `xl/_rels/workbook.xml.rels` (a part the input does not reach is
//! left out, or for the last two is a one-sheet default); they are stored in a zip
//! with `_rels/.rels`, written to a scratch `journal.xlsx` and read with `log::read`.
//!
//! So the fuzzer mutates the XML calamine parses and the cells `log::sheet::Cells`
//! turns into records (numbers, dates by style, shared strings, formulas without a
//! value), not a compressed stream.
#![no_main]

use csc_fuzz::{read_file_log, split, stored_zip};
use libfuzzer_sys::fuzz_target;

const PACKAGE_RELS: &[u8] = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;

const WORKBOOK: &[u8] = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Journal" sheetId="1" r:id="rId1"/></sheets></workbook>"#;

const WORKBOOK_RELS: &[u8] = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#;

fuzz_target!(init: csc_fuzz::init(), |data: &[u8]| {
    let parts = split(data, 0xFF, 5);
    let mut files: Vec<(&str, &[u8])> = vec![("_rels/.rels", PACKAGE_RELS)];
    files.push(("xl/workbook.xml", parts.get(3).copied().unwrap_or(WORKBOOK)));
    files.push((
        "xl/_rels/workbook.xml.rels",
        parts.get(4).copied().unwrap_or(WORKBOOK_RELS),
    ));
    for (name, i) in [
        ("xl/worksheets/sheet1.xml", 0),
        ("xl/sharedStrings.xml", 1),
        ("xl/styles.xml", 2),
    ] {
        if let Some(part) = parts.get(i) {
            files.push((name, part));
        }
    }
    let _ = read_file_log("journal.xlsx", &stored_zip(&files), None);
});
