//! A CSV log across the 64 KiB block boundary of `log::source` (where the encoding is
//! decided, a UTF-8 sequence or a UTF-16 surrogate pair may be cut, a CRLF split, a
//! quoted cell continued): differential.
//!
//! The input is a log `X`. It is read twice with `log::read_csv_bytes`: as it is, and
//! with blank lines inserted after its first line, so many that the rest of `X` starts
//! just before the block boundary (up to 1 KiB before, as the input's second and third
//! bytes say). Blank lines change nothing but line numbers: both reads must find the same
//! encoding, delimiter, rows, errors and duplicates, each line moved by the number of
//! lines inserted.
//!
//! The first byte picks how `X` is written: 0 UTF-8 (the input, lossily), 1 the same
//! with a BOM, 2 UTF-16LE with a BOM, 3 UTF-16BE with a BOM, else the raw bytes (when
//! both reads must decide the same encoding from what they see: all UTF-8, or a
//! first line that is already not UTF-8; and no UTF-16 BOM, which would make the
//! one-byte filler no blank lines). NUL bytes become spaces outside UTF-16 (a NUL
//! is refused only in the first block, by design).
#![no_main]

use csc::diag::Diagnostic;
use csc::log::{self, Options, Summary, source::BLOCK};
use csc_fuzz::{Visited, check_read};
use libfuzzer_sys::fuzz_target;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Raw,
}

fn encode(mode: Mode, text: &str) -> Vec<u8> {
    match mode {
        Mode::Utf8 | Mode::Raw => text.as_bytes().to_vec(),
        Mode::Utf8Bom => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        Mode::Utf16Le => {
            let mut out = vec![0xFF, 0xFE];
            text.encode_utf16()
                .for_each(|u| out.extend(u.to_le_bytes()));
            out
        }
        Mode::Utf16Be => {
            let mut out = vec![0xFE, 0xFF];
            text.encode_utf16()
                .for_each(|u| out.extend(u.to_be_bytes()));
            out
        }
    }
}

/// The end of the first line and the index after its line break (CRLF, CR or LF).
fn first_line(x: &[u8]) -> Option<(usize, usize)> {
    let end = x.iter().position(|&b| b == b'\r' || b == b'\n')?;
    let crlf = x[end] == b'\r' && x.get(end + 1) == Some(&b'\n');
    Some((end, end + if crlf { 2 } else { 1 }))
}

/// What a read found, with lines after the first moved back by `moved`.
#[derive(Debug, PartialEq)]
struct Found {
    ok: bool,
    encoding: &'static str,
    delimiter: u8,
    header_line: u64,
    rows: u64,
    error_count: usize,
    errors: Vec<(String, Option<usize>, Option<usize>, String)>,
    duplicates: Vec<(u64, u64)>,
    duplicate_count: usize,
    good: Vec<(u64, String, String, u64)>,
}

fn back(line: u64, moved: u64) -> u64 {
    if line > 1 { line - moved } else { line }
}

fn found(result: &Result<Summary, log::IoFailure>, seen: &Visited, moved: u64) -> Found {
    let diag = |d: &Diagnostic| {
        (
            d.code.id.to_owned(),
            d.loc.map(|l| back(l.line as u64, moved) as usize),
            d.loc.map(|l| l.column),
            format!("{:?}", d.args),
        )
    };
    match result {
        Err(log::IoFailure(d)) => Found {
            ok: false,
            encoding: "",
            delimiter: 0,
            header_line: 0,
            rows: 0,
            error_count: 0,
            errors: vec![diag(d)],
            duplicates: vec![],
            duplicate_count: 0,
            good: vec![],
        },
        Ok(s) => Found {
            ok: true,
            encoding: s.encoding,
            delimiter: s.delimiter,
            header_line: back(s.header_line, moved),
            rows: s.rows,
            error_count: s.error_count,
            errors: s.errors.iter().map(diag).collect(),
            duplicates: s
                .duplicates
                .iter()
                .map(|&(l, f)| (back(l, moved), back(f, moved)))
                .collect(),
            duplicate_count: s.duplicate_count,
            good: seen
                .good
                .iter()
                .map(|(l, d, a, q)| (back(*l, moved), d.clone(), a.clone(), *q))
                .collect(),
        },
    }
}

fn read(bytes: &[u8], moved: u64) -> Found {
    let mut seen = Visited::default();
    let result = log::read_csv_bytes(
        bytes,
        "journal.csv",
        Options {
            delimiter: None,
            quote_headers: true,
        },
        |row| seen.row(row),
    );
    check_read(&result, &seen);
    found(&result, &seen, moved)
}

fuzz_target!(init: csc_fuzz::init(), |data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let mode = match data[0] {
        0 => Mode::Utf8,
        1 => Mode::Utf8Bom,
        2 => Mode::Utf16Le,
        3 => Mode::Utf16Be,
        _ => Mode::Raw,
    };
    let before = usize::from(u16::from_le_bytes([data[1], data[2]]) % 1024);
    let input = &data[3..];
    // The log as text (bytes in raw mode), and its first line.
    let x: Vec<u8> = match mode {
        Mode::Raw => input
            .iter()
            .map(|&b| if b == 0 { b' ' } else { b })
            .collect(),
        Mode::Utf16Le | Mode::Utf16Be => String::from_utf8_lossy(input).into_owned().into_bytes(),
        _ => String::from_utf8_lossy(input)
            .replace('\0', " ")
            .into_bytes(),
    };
    let Some((end, after)) = first_line(&x) else {
        let _ = read(&x, 0);
        return;
    };
    let header = &x[..end];
    // In raw mode both reads decide the same encoding only when it is decided before the
    // filler, or when everything is UTF-8; and a UTF-16 BOM makes the one-byte filler no
    // blank lines.
    let utf16_bom = x.starts_with(b"\xFF\xFE") || x.starts_with(b"\xFE\xFF");
    let decided_in_header = header
        .iter()
        .position(|b| !b.is_ascii())
        .is_some_and(|first| {
            std::str::from_utf8(&x[first..after]).is_err_and(|e| e.error_len().is_some())
        });
    let comparable_encoding =
        mode != Mode::Raw || (!utf16_bom && (std::str::from_utf8(&x).is_ok() || decided_in_header));
    // A quote in the first line may open a cell the filler would land in; a blank first
    // line lets the delimiter be looked for past the filler.
    let comparable = comparable_encoding
        && !header.contains(&b'"')
        && !header.iter().all(u8::is_ascii_whitespace);
    let (head, rest) = x.split_at(after);
    // Where the rest of the log starts in the encoded file, filler excluded.
    let unit = if matches!(mode, Mode::Utf16Le | Mode::Utf16Be) {
        2
    } else {
        1
    };
    let head_bytes = match mode {
        Mode::Raw => head.len(),
        _ => encode(mode, std::str::from_utf8(head).unwrap_or_default()).len(),
    };
    let Some(filler_bytes) = (BLOCK - before).checked_sub(head_bytes) else {
        let _ = read(&x, 0);
        return;
    };
    // `\r\n` lines, and one ` \r\n` line when the count is odd (blank: no record).
    let filler_units = filler_bytes / unit;
    let (pairs, odd) = if filler_units % 2 == 1 && filler_units >= 3 {
        ((filler_units - 3) / 2, true)
    } else {
        (filler_units / 2, false)
    };
    let mut filler = "\r\n".repeat(pairs);
    if odd {
        filler.push_str(" \r\n");
    }
    let moved = (pairs + usize::from(odd)) as u64;
    let (plain, padded) = match mode {
        Mode::Raw => (x.clone(), [head, filler.as_bytes(), rest].concat()),
        _ => {
            let (head, rest) = (
                std::str::from_utf8(head).unwrap_or_default(),
                std::str::from_utf8(rest).unwrap_or_default(),
            );
            (
                encode(mode, &format!("{head}{rest}")),
                encode(mode, &format!("{head}{filler}{rest}")),
            )
        }
    };
    let reference = read(&plain, 0);
    let across = read(&padded, moved);
    if comparable {
        assert_eq!(
            reference, across,
            "blank lines before the block boundary changed the log"
        );
    }
});
