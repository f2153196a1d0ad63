//! What calamine 0.38 must not be handed, and its panics caught: a workbook log is a file
//! from outside, and a malformed one must give `fichier-illisible`, never a crash, a hang
//! or all the memory there is (each case below was found by `fuzz/`, and has a test in
//! `tests/fuzz_regressions.rs`).
//!
//! - A compound file (XLS, or the envelope of an encrypted XLSX) whose sector chains loop:
//!   calamine follows a chain until it ends, appending each sector, for ever; or an XLS
//!   sheet whose cells or dimensions span more than an XLS sheet holds: calamine fills a
//!   dense range over the box ([`compound_file_is_sound`]).
//! - An ODS whose content is not well-formed XML: calamine reads a table to its end tag
//!   and can wait for it for ever ([`ods_content_is_sound`]).
//! - An XLSX whose shared strings announce more strings than they could hold: calamine
//!   reserves room for all of them first ([`xlsx_strings_are_sound`]).
//! - Anything else calamine panics on (a truncated sector, an overflowing cell reference):
//!   [`quietly`] turns the panic into an error, without printing it.
//!
//! The checks read the file once more, before calamine does; both are linear.

use std::cell::Cell;
use std::io::BufRead;
use std::panic::{AssertUnwindSafe, catch_unwind};

mod xls;

pub use xls::{compound_file_is_sound, is_compound_file};

/// Whether calamine can read an ODS `content.xml` to its end: the XML is well formed
/// (every end tag closes the element open, and none is open at the end). calamine reads
/// a table to its end tag and a cell to the first `</table:table-cell>` by name, taking
/// the end of the file or another element's end for any other event: in a malformed
/// document a table's end can be swallowed or missing, and it waits for it for ever. In a
/// well-formed one each element's end tag comes before its parent's, so none is.
pub fn ods_content_is_sound(content: impl BufRead) -> bool {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(content);
    let config = reader.config_mut();
    config.check_end_names = true;
    config.trim_text(false);
    config.check_comments = false;
    config.expand_empty_elements = true;
    let mut buf = Vec::new();
    let mut depth: usize = 0;
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(_)) => depth += 1,
            Ok(Event::End(_)) => match depth.checked_sub(1) {
                Some(d) => depth = d,
                None => return false,
            },
            Ok(Event::Eof) => return depth == 0,
            Err(_) => return false,
            Ok(_) => {}
        }
    }
}

/// Most strings a shared-strings part may announce before its size is looked at.
const ANNOUNCED_STRINGS: u64 = 1 << 20;

/// Whether calamine can read an XLSX's shared strings: it reserves room for as many
/// strings as the part's `uniqueCount` announces (24 bytes each) before reading one, and
/// a count of 400 billion aborts the process. A count over a million must not exceed the
/// part's size in bytes (each string takes at least five: `<si/>`).
pub fn xlsx_strings_are_sound<R: std::io::Read + std::io::Seek>(
    archive: &mut zip::ZipArchive<R>,
) -> bool {
    let parts: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| n.to_ascii_lowercase().ends_with("sharedstrings.xml"))
        .map(std::borrow::Cow::into_owned)
        .collect();
    parts.iter().all(|name| {
        let Ok(part) = archive.by_name(name) else {
            return true;
        };
        let announced = announced_strings(std::io::BufReader::new(part));
        if announced <= ANNOUNCED_STRINGS {
            return true;
        }
        archive.by_name(name).is_ok_and(|part| {
            let mut bytes = std::io::Read::take(part, announced);
            std::io::copy(&mut bytes, &mut std::io::sink()).is_ok_and(|n| n >= announced)
        })
    })
}

const UNIQUE_COUNT: &[u8] = b"uniqueCount";

/// The `uniqueCount` of a shared-strings part's `sst` element: the largest number written
/// after `uniqueCount=` anywhere in the tag (its digits, saturated), so that a malformed tag
/// read leniently, as calamine reads attributes, announces no more than this; 0 when
/// there is none.
fn announced_strings(part: impl BufRead) -> u64 {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(part);
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "sst" => {
                let tag: &str = e.as_ref();
                let tag = tag.as_bytes();
                return (0..tag.len())
                    .filter(|&i| tag[i..].starts_with(UNIQUE_COUNT))
                    .map(|i| {
                        let value = tag[i + UNIQUE_COUNT.len()..]
                            .iter()
                            .skip_while(|&&b| b.is_ascii_whitespace())
                            .skip_while(|&&b| b == b'=')
                            .skip_while(|&&b| b.is_ascii_whitespace() || b == b'"' || b == b'\'')
                            .skip_while(|&&b| b == b'+');
                        value
                            .take_while(|b| b.is_ascii_digit())
                            .fold(0u64, |n, &d| {
                                n.saturating_mul(10).saturating_add(u64::from(d - b'0'))
                            })
                    })
                    .max()
                    .unwrap_or(0);
            }
            Ok(Event::Eof) | Err(_) => return 0,
            Ok(_) => {}
        }
    }
}

thread_local! {
    /// Whether a panic on this thread is expected and caught: not printed.
    static QUIET: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`; `None` if it panicked. The panic is not printed: the caller reports the file
/// as unreadable. The process's panic hook is wrapped once, so that other panics are
/// printed as before.
pub fn quietly<T>(f: impl FnOnce() -> T) -> Option<T> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                previous(info);
            }
        }));
    });
    let was = QUIET.with(|q| q.replace(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(was));
    result.ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ods() {
        let sound = |xml: &str| ods_content_is_sound(xml.as_bytes());
        assert!(sound(
            "<office:body><table:table><table:table-row><table:table-cell/></table:table-row></table:table></office:body>"
        ));
        assert!(sound("<table:table/>"));
        assert!(!sound("<table:table table:name=\"A\">"));
        assert!(!sound(
            "<table:table><table:table-row><table:table-cell></table:table></table:table-cell></table:table-row>"
        ));
        assert!(!sound(
            "<table:table><table:table-row><table:table-cell><office:annotation>"
        ));
        // fuzz target `ods_parts`: a cell read to the first `</table:table-cell>` by name
        // swallows the end of its table when an end tag in it is garbled.
        assert!(!sound(
            "<table:table><table:table-row><table:table-cell><text:p>x</text:\u{11}</table:table-cell></table:table-row></table:table><table:table-cell></table:table-cell>"
        ));
        assert!(!sound("<a></a></b>"));
    }

    #[test]
    fn announced() {
        let count = |xml: &str| announced_strings(xml.as_bytes());
        assert_eq!(
            count(r#"<?xml version="1.0"?><sst uniqueCount="12" count="20">"#),
            12
        );
        assert_eq!(
            count(r#"<x:sst uniqueCount="400000000000">"#),
            400_000_000_000
        );
        assert_eq!(
            count(r#"<sst uniqueCount="99999999999999999999999">"#),
            u64::MAX
        );
        assert_eq!(count("<sst>"), 0);
        // fuzz target `xlsx_parts`: a malformed attribute hides the count from a strict
        // reader, not from calamine's lenient one.
        assert_eq!(
            count(r#"<sst count=1 uniqueCount="44444444444444"/>"#),
            44_444_444_444_444
        );
    }

    #[test]
    fn quiet_panics() {
        assert_eq!(quietly(|| 1), Some(1));
        assert_eq!(quietly(|| -> u8 { std::panic::panic_any(0) }), None);
    }
}
