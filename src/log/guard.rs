//! What calamine 0.38 must not be handed, and its panics caught: a workbook log is a file
//! from outside, and a malformed one must give `fichier-illisible`, never a crash, a hang
//! or all the memory there is (each case below was found by `fuzz/`, and has a test in
//! `tests/fuzz_regressions.rs`).
//!
//! - A compound file (XLS, or the envelope of an encrypted XLSX) whose sector chains loop: calamine follows a chain until it
//!   ends, appending each sector, for ever ([`compound_file_is_sound`]).
//! - An ODS whose content is not well-formed XML: calamine reads a table to its end tag
//!   and can wait for it for ever ([`ods_content_is_sound`]).
//! - Anything else calamine panics on (a truncated sector, an overflowing cell reference):
//!   [`quietly`] turns the panic into an error, without printing it.
//!
//! The checks read the file once more, before calamine does; both are linear.

use std::cell::Cell;
use std::io::BufRead;
use std::panic::{AssertUnwindSafe, catch_unwind};

/// The signature of a compound file.
const COMPOUND_MAGIC: &[u8; 8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
/// Sector numbers from here on are markers (free, end of chain, FAT or DIFAT sector).
const RESERVED: u32 = 0xFFFF_FFFA;
/// A DIFAT entry at or past this is no FAT sector.
const DIFSECT: u32 = 0xFFFF_FFFC;

/// Whether a file starting with `head` is a compound file (XLS, or an encrypted XLSX).
pub fn is_compound_file(head: &[u8]) -> bool {
    head.starts_with(COMPOUND_MAGIC)
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at + 4)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

fn u32s(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    bytes
        .chunks_exact(4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

/// Whether calamine can read this compound file's allocation tables and follow its
/// chains to their ends: the header is whole, the DIFAT chain ends within the file, every
/// FAT sector is whole and no chain of the FAT loops. Read as calamine reads it
/// (`cfb::Cfb::new`): sector `n` starts at `(n + 1) × size`. A sound file has no loop
/// anywhere in its FAT, so the whole table is checked, not only the chains calamine
/// follows.
pub fn compound_file_is_sound(bytes: &[u8]) -> bool {
    if bytes.len() < 512 || &bytes[..8] != COMPOUND_MAGIC {
        return false;
    }
    let size: usize = match bytes.get(30..32) {
        Some([9, 0]) => 512,
        Some([12, 0]) => 4096,
        _ => return false,
    };
    let sector = |id: u32| {
        let start = (id as usize + 1) * size;
        bytes.get(start..start + size)
    };
    let most = bytes.len() / size + 1;
    // The DIFAT: 109 entries in the header, then a chain whose last entry links on.
    let mut difat: Vec<u32> = u32s(&bytes[76..512]).collect();
    let mut next = u32_at(bytes, 68).unwrap_or(RESERVED);
    let mut steps = 0;
    while next < RESERVED {
        steps += 1;
        let Some(s) = sector(next).filter(|_| steps <= most) else {
            return false;
        };
        difat.extend(u32s(s));
        let Some(link) = difat.pop() else {
            return false;
        };
        next = link;
    }
    let mut fat: Vec<u32> = Vec::new();
    for id in difat.into_iter().filter(|&id| id < DIFSECT) {
        let Some(s) = sector(id) else {
            return false;
        };
        fat.extend(u32s(s));
    }
    !has_loop(&fat)
}

/// Whether following `next` from some entry comes back to an entry of the same walk.
/// Entries at or past `next.len()` end a walk (markers, or sectors calamine refuses).
fn has_loop(next: &[u32]) -> bool {
    const NEW: u8 = 0;
    const WALKING: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; next.len()];
    let mut walk = Vec::new();
    for start in 0..next.len() {
        let mut at = start;
        while state.get(at) == Some(&NEW) {
            state[at] = WALKING;
            walk.push(at);
            at = next[at] as usize;
        }
        if state.get(at) == Some(&WALKING) {
            return true;
        }
        for &i in &walk {
            state[i] = DONE;
        }
        walk.clear();
    }
    false
}

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
    fn loops() {
        // 0 → 1 → end; 2 → 3 → 2
        assert!(has_loop(&[1, 0xFFFF_FFFE, 3, 2]));
        assert!(has_loop(&[0]));
        assert!(!has_loop(&[1, 0xFFFF_FFFE, 1, 0xFFFF_FFFF, 2]));
        assert!(!has_loop(&[]));
    }

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
    fn quiet_panics() {
        assert_eq!(quietly(|| 1), Some(1));
        assert_eq!(quietly(|| -> u8 { std::panic::panic_any(0) }), None);
    }
}
