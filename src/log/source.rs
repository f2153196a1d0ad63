//! The bytes of a CSV log, read in one pass (spec §4 v1.1): its encoding (a BOM, UTF-16 by
//! its zero bytes, UTF-8, else Windows-1252), an Excel `sep=;` line and the delimiter (`;`,
//! `,` or tab, from the header line) are decided from the first block; then the records
//! are cut from the decoded text, one block at a time.
//!
//! UTF-8 or Windows-1252 without reading twice: while every byte is ASCII the two agree,
//! so nothing needs deciding. The first block holding a non-ASCII byte decides, from that
//! byte to the end of the block: valid UTF-8 is UTF-8, anything else Windows-1252. A
//! UTF-8 log with an invalid sequence further on (a line pasted from another file) keeps
//! its UTF-8 and reads that sequence as Windows-1252.
//!
//! Why this file is long: decoding and cutting records share the block being read; the
//! record cutter is here rather than in a CSV library because none reports where an
//! unclosed quote opened, nor counts lines ended by a lone CR.

use std::io::{self, Read};

use encoding_rs::{Decoder, Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// The size of a block: the first one decides the encoding and the delimiter.
pub const BLOCK: usize = 64 * 1024;

/// A record (a row, with every line of its quoted cells) longer than this is not a log
/// row: inside quotes, a quote that was never closed; outside, a file that is not a log.
pub const MAX_RECORD: usize = 1024 * 1024;

/// How the bytes are being decoded.
enum Mode {
    /// Every byte so far was ASCII: UTF-8 and Windows-1252 agree.
    Ascii,
    Utf8,
    Windows1252,
    Utf16(Box<Decoder>),
}

/// The decoded text of a log, one block at a time.
struct Decoded<R> {
    reader: R,
    mode: Mode,
    buf: Vec<u8>,
    /// How many bytes of an incomplete UTF-8 sequence, at the end of the last block, wait
    /// in `buf` past `BLOCK` for the next one.
    carry: usize,
    done: bool,
}

/// Reads until `buf` is full or the file ends.
fn fill(reader: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match reader.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// UTF-16 without a BOM: the zero high bytes of Latin text, every other byte.
pub fn utf16_by_zeros(block: &[u8]) -> Option<&'static Encoding> {
    let pairs = block.len() / 2;
    if pairs == 0 {
        return None;
    }
    let count = |parity: usize| {
        block
            .chunks_exact(2)
            .filter(|pair| pair[parity] == 0)
            .count()
    };
    let (even, odd) = (count(0), count(1));
    if odd * 2 >= pairs && even * 10 <= odd {
        Some(UTF_16LE)
    } else if even * 2 >= pairs && odd * 10 <= even {
        Some(UTF_16BE)
    } else {
        None
    }
}

impl<R: Read> Decoded<R> {
    /// Reads the first block and decides what can be decided from it; its text is put in
    /// `out`. Zero bytes that are not UTF-16 are not text: `InvalidData`.
    fn open(mut reader: R, out: &mut String) -> io::Result<Self> {
        let mut buf = vec![0u8; BLOCK + 4];
        let n = fill(&mut reader, &mut buf[..BLOCK])?;
        let block = &buf[..n];
        let (mode, skip) = if let Some((enc, len)) = Encoding::for_bom(block) {
            if enc == UTF_8 {
                (Mode::Utf8, len)
            } else {
                (
                    Mode::Utf16(Box::new(enc.new_decoder_without_bom_handling())),
                    len,
                )
            }
        } else if let Some(enc) = utf16_by_zeros(block) {
            (
                Mode::Utf16(Box::new(enc.new_decoder_without_bom_handling())),
                0,
            )
        } else if block.contains(&0) {
            return Err(io::Error::from(io::ErrorKind::InvalidData));
        } else {
            (Mode::Ascii, 0)
        };
        let mut decoded = Self {
            reader,
            mode,
            buf,
            carry: 0,
            done: n < BLOCK,
        };
        out.clear();
        decoded.decode(skip, n, out);
        Ok(decoded)
    }

    /// The next block of text in `out`; `false` at the end of the file.
    fn next_chunk(&mut self, out: &mut String) -> io::Result<bool> {
        out.clear();
        while out.is_empty() {
            if self.done {
                return Ok(false);
            }
            let carry = self.carry;
            self.buf.copy_within(BLOCK..BLOCK + carry, 0);
            let n = fill(&mut self.reader, &mut self.buf[carry..carry + BLOCK])?;
            self.done = n < BLOCK;
            self.carry = 0;
            self.decode(0, carry + n, out);
        }
        Ok(true)
    }

    /// Decodes `buf[start..end]` into `out`; an incomplete UTF-8 sequence at the end is
    /// kept for the next block (moved past `BLOCK`).
    fn decode(&mut self, start: usize, end: usize, out: &mut String) {
        let last = self.done;
        let mut bytes = &self.buf[start..end];
        if let Mode::Ascii = self.mode {
            let ascii = bytes
                .iter()
                .position(|b| !b.is_ascii())
                .unwrap_or(bytes.len());
            out.push_str(std::str::from_utf8(&bytes[..ascii]).unwrap_or_default());
            bytes = &bytes[ascii..];
            if bytes.is_empty() {
                return;
            }
            self.mode = match std::str::from_utf8(bytes) {
                Ok(_) => Mode::Utf8,
                Err(e) if e.error_len().is_none() && !last => {
                    if e.valid_up_to() == 0 {
                        // Only the start of one sequence: the next block decides.
                        self.keep(end - bytes.len(), end);
                        return;
                    }
                    Mode::Utf8
                }
                Err(_) => Mode::Windows1252,
            };
        }
        match &mut self.mode {
            Mode::Ascii => {}
            Mode::Windows1252 => {
                // Decoded straight into `out` (its room kept from block to block), not
                // into a new string then copied.
                let mut decoder = WINDOWS_1252.new_decoder_without_bom_handling();
                out.reserve(
                    decoder
                        .max_utf8_buffer_length(bytes.len())
                        .unwrap_or(bytes.len() * 3),
                );
                let _ = decoder.decode_to_string(bytes, out, true);
            }
            Mode::Utf16(decoder) => {
                out.reserve(
                    decoder
                        .max_utf8_buffer_length(bytes.len())
                        .unwrap_or(bytes.len() * 3),
                );
                let _ = decoder.decode_to_string(bytes, out, last);
            }
            Mode::Utf8 => loop {
                match std::str::from_utf8(bytes) {
                    Ok(s) => {
                        out.push_str(s);
                        return;
                    }
                    Err(e) => {
                        let (valid, rest) = bytes.split_at(e.valid_up_to());
                        out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                        match e.error_len() {
                            Some(n) => {
                                let (bad, after) = rest.split_at(n);
                                out.push_str(&WINDOWS_1252.decode_without_bom_handling(bad).0);
                                bytes = after;
                            }
                            None if last => {
                                out.push_str(&WINDOWS_1252.decode_without_bom_handling(rest).0);
                                return;
                            }
                            None => {
                                self.keep(end - rest.len(), end);
                                return;
                            }
                        }
                    }
                }
            },
        }
    }

    /// Keeps `buf[from..to]` (at most 3 bytes) for the next block.
    fn keep(&mut self, from: usize, to: usize) {
        self.buf.copy_within(from..to, BLOCK);
        self.carry = to - from;
    }

    fn encoding_name(&self) -> &'static str {
        match self.mode {
            Mode::Ascii | Mode::Utf8 => "UTF-8",
            Mode::Windows1252 => "Windows-1252",
            Mode::Utf16(..) => "UTF-16",
        }
    }
}

/// Picks the delimiter that splits the header line most: `;`, `,` or tab.
pub fn detect_delimiter(header: &str) -> u8 {
    [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|&d| (header.matches(char::from(d)).count(), d == b';'))
        .unwrap_or(b';')
}

/// Excel's first line `sep=;` (also `"sep=;"`, or `sep=;;;` once saved again): the
/// delimiter it sets.
pub fn sep_line(line: &str) -> Option<u8> {
    let line = line.trim_matches(' ');
    let line = line
        .strip_prefix('"')
        .and_then(|l| l.strip_suffix('"'))
        .unwrap_or(line);
    let rest = line
        .get(..4)?
        .eq_ignore_ascii_case("sep=")
        .then(|| &line[4..])?;
    let d = *rest.as_bytes().first()?;
    let only_d = rest.bytes().all(|b| b == d || b == b' ');
    (d.is_ascii() && d != b' ' && d != b'"' && only_d).then_some(d)
}

/// The end of the line that starts at `from` (the index of its CR or LF, or the end), and
/// the index after its line break.
fn line_end(text: &str, from: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    match bytes[from..].iter().position(|&b| b == b'\r' || b == b'\n') {
        None => (text.len(), text.len()),
        Some(i) => {
            let end = from + i;
            let crlf = bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n');
            (end, end + if crlf { 2 } else { 1 })
        }
    }
}

/// The places of one byte in a line, eight bytes at a time: cells are short, and a
/// search call per cell (`memchr_iter`) cost more than the cell's bytes.
struct Delimiters<'a> {
    words: std::slice::ChunksExact<'a, u8>,
    /// The last bytes, fewer than eight, padded with a byte that is not the delimiter.
    tail: Option<[u8; 8]>,
    /// The index of the current word's first byte.
    at: usize,
    /// The high bit of each byte of the current word that is the delimiter.
    found: u64,
    /// The delimiter in every byte.
    pattern: u64,
}

impl<'a> Delimiters<'a> {
    fn new(line: &'a [u8], delimiter: u8) -> Self {
        let words = line.chunks_exact(8);
        let rest = words.remainder();
        let tail = (!rest.is_empty()).then(|| {
            let mut tail = [!delimiter; 8];
            tail[..rest.len()].copy_from_slice(rest);
            tail
        });
        Self {
            words,
            tail,
            at: 0,
            found: 0,
            pattern: 0x0101_0101_0101_0101 * u64::from(delimiter),
        }
    }

    /// The high bit of each byte of `word` that is the delimiter (exactly: no carry
    /// crosses a byte).
    fn matches(&self, word: [u8; 8]) -> u64 {
        const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
        let x = u64::from_le_bytes(word) ^ self.pattern;
        !(((x & LOW7) + LOW7) | x | LOW7)
    }
}

impl Iterator for Delimiters<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        while self.found == 0 {
            let word = match self.words.next() {
                Some(w) => <[u8; 8]>::try_from(w).ok()?,
                None => self.tail.take()?,
            };
            self.at += 8;
            self.found = self.matches(word);
        }
        let i = self.at - 8 + (self.found.trailing_zeros() / 8) as usize;
        self.found &= self.found - 1;
        Some(i)
    }
}

/// What a call to [`CsvReader::read_record`] found.
#[derive(Debug, PartialEq, Eq)]
pub enum Record {
    /// A record, starting on this line.
    Row(u64),
    End,
    /// A quote opened on this line, in this field (1-based), and never closed.
    Unclosed {
        line: u64,
        field: usize,
    },
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    FieldStart,
    Unquoted,
    Quoted,
    /// A quote inside a quoted field: its end, or the first of `""`.
    QuoteInQuoted,
}

/// The records of a CSV log, cut as Excel writes them: cells quoted with `"` (a quote
/// inside doubled) may hold the delimiter and line breaks; a line ends with CRLF, LF or
/// CR alone; empty lines are skipped.
pub struct CsvReader<R> {
    text: Decoded<R>,
    chunk: String,
    pos: usize,
    delimiter: u8,
    /// The line `pos` is on, 1-based.
    line: u64,
    /// The last byte was a CR: an LF right after it ends the same line.
    after_cr: bool,
    field: String,
}

impl<R> std::fmt::Debug for CsvReader<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CsvReader")
            .field("delimiter", &self.delimiter)
            .field("line", &self.line)
            .finish_non_exhaustive()
    }
}

impl<R: Read> CsvReader<R> {
    /// Reads the first block: encoding, `sep=` line, delimiter (`delimiter` when given).
    pub fn new(reader: R, delimiter: Option<u8>) -> io::Result<Self> {
        let mut chunk = String::new();
        let text = Decoded::open(reader, &mut chunk)?;
        let (first_end, after_first) = line_end(&chunk, 0);
        let sep = sep_line(&chunk[..first_end]);
        let (pos, line, after_cr) = match sep {
            Some(_) => (
                after_first,
                2,
                chunk.as_bytes().get(first_end) == Some(&b'\r'),
            ),
            None => (0, 1, false),
        };
        let after_cr = after_cr && after_first == first_end + 1;
        let delimiter = delimiter.or(sep).unwrap_or_else(|| {
            // The header: the first line that is not blank.
            let mut from = pos;
            loop {
                let (end, next) = line_end(&chunk, from);
                let l = &chunk[from..end];
                if !l.trim().is_empty() || next >= chunk.len() {
                    break detect_delimiter(l);
                }
                from = next;
            }
        });
        Ok(Self {
            text,
            chunk,
            pos,
            delimiter,
            line,
            after_cr,
            field: String::new(),
        })
    }

    pub fn delimiter(&self) -> u8 {
        self.delimiter
    }

    /// The encoding found; final once the whole file is read.
    pub fn encoding_name(&self) -> &'static str {
        self.text.encoding_name()
    }

    /// The next record into `record`.
    pub fn read_record(&mut self, record: &mut csv::StringRecord) -> io::Result<Record> {
        record.clear();
        if let Some(line) = self.plain_line(record) {
            return Ok(Record::Row(line));
        }
        self.read_quoted(record)
    }

    /// The common record, read where it stands: a whole line in this block, not empty,
    /// without a quote; its cells are what lies between delimiters. `None` (and nothing
    /// read) for any other record.
    fn plain_line(&mut self, record: &mut csv::StringRecord) -> Option<u64> {
        let bytes = self.chunk.as_bytes();
        let mut pos = self.pos;
        if self.after_cr && bytes.get(pos) == Some(&b'\n') {
            pos += 1; // the LF of a CRLF: its line was counted at the CR
        }
        let rest = bytes.get(pos..).filter(|r| !r.is_empty())?;
        let len = memchr::memchr2(b'\r', b'\n', rest).filter(|&n| n > 0)?;
        if memchr::memchr(b'"', &rest[..len]).is_some() {
            return None;
        }
        let mut start = pos;
        for i in Delimiters::new(&rest[..len], self.delimiter) {
            record.push_field(&self.chunk[start..pos + i]);
            start = pos + i + 1;
        }
        record.push_field(&self.chunk[start..pos + len]);
        self.after_cr = rest[len] == b'\r';
        self.pos = pos + len + 1;
        self.line += 1;
        Some(self.line - 1)
    }

    /// Any record, byte by byte: quoted cells, empty lines, a line cut by the end of a
    /// block, the end of the file.
    fn read_quoted(&mut self, record: &mut csv::StringRecord) -> io::Result<Record> {
        self.field.clear();
        let mut state = State::FieldStart;
        let mut start: Option<u64> = None;
        let mut opened = (0, 0);
        loop {
            if self.pos >= self.chunk.len() {
                if self.text.next_chunk(&mut self.chunk)? {
                    self.pos = 0;
                    continue;
                }
                return Ok(match (state, start) {
                    (State::Quoted, _) => Record::Unclosed {
                        line: opened.0,
                        field: opened.1,
                    },
                    (_, Some(line)) => {
                        record.push_field(&self.field);
                        Record::Row(line)
                    }
                    (_, None) => Record::End,
                });
            }
            let bytes = self.chunk.as_bytes();
            let b = bytes[self.pos];
            if std::mem::take(&mut self.after_cr) && b == b'\n' {
                self.pos += 1; // the LF of a CRLF: its line was counted at the CR
                continue;
            }
            let line_break = b == b'\r' || b == b'\n';
            if line_break {
                self.line += 1;
                self.after_cr = b == b'\r';
            }
            let ordinary = |c: u8, quoted: bool| {
                c != b'\r'
                    && c != b'\n'
                    && if quoted {
                        c != b'"'
                    } else {
                        c != self.delimiter
                    }
            };
            match state {
                State::Quoted if b == b'"' => {
                    self.pos += 1;
                    state = State::QuoteInQuoted;
                }
                State::Quoted if line_break => {
                    self.pos += 1;
                    self.field.push('\n');
                }
                State::Quoted => {
                    let end = bytes[self.pos..]
                        .iter()
                        .position(|&c| !ordinary(c, true))
                        .map_or(bytes.len(), |i| self.pos + i);
                    self.field.push_str(&self.chunk[self.pos..end]);
                    self.pos = end;
                }
                _ if b == self.delimiter => {
                    self.pos += 1;
                    start.get_or_insert(self.line);
                    record.push_field(&self.field);
                    self.field.clear();
                    state = State::FieldStart;
                }
                _ if line_break => {
                    self.pos += 1;
                    if let Some(line) = start {
                        record.push_field(&self.field);
                        return Ok(Record::Row(line));
                    }
                    // an empty line
                }
                State::FieldStart if b == b'"' => {
                    self.pos += 1;
                    start.get_or_insert(self.line);
                    opened = (self.line, record.len() + 1);
                    state = State::Quoted;
                }
                State::QuoteInQuoted if b == b'"' => {
                    self.pos += 1;
                    self.field.push('"');
                    state = State::Quoted;
                }
                _ => {
                    // A plain cell, or text after a closing quote (`"a"b` reads `ab`, as
                    // in Excel).
                    start.get_or_insert(self.line);
                    state = State::Unquoted;
                    let end = bytes[self.pos..]
                        .iter()
                        .position(|&c| !ordinary(c, false))
                        .map_or(bytes.len(), |i| self.pos + i);
                    self.field.push_str(&self.chunk[self.pos..end]);
                    self.pos = end;
                }
            }
            if self.field.len() + record.as_slice().len() > MAX_RECORD {
                return if state == State::Quoted {
                    Ok(Record::Unclosed {
                        line: opened.0,
                        field: opened.1,
                    })
                } else {
                    Err(io::Error::from(io::ErrorKind::InvalidData))
                };
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that counts the bytes handed out, and hands them in small pieces.
    struct Counting<'a> {
        bytes: &'a [u8],
        read: std::rc::Rc<std::cell::Cell<usize>>,
    }

    impl Read for Counting<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = buf.len().min(self.bytes.len()).min(7000);
            buf[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            self.read.set(self.read.get() + n);
            Ok(n)
        }
    }

    /// Every record of `bytes`: its line and cells, or where a quote was left open.
    fn records(bytes: &[u8], delimiter: Option<u8>) -> (Vec<(u64, Vec<String>)>, Record, String) {
        let read = std::rc::Rc::new(std::cell::Cell::new(0));
        let reader = Counting {
            bytes,
            read: read.clone(),
        };
        let mut csv = CsvReader::new(reader, delimiter).expect("readable");
        let mut record = csv::StringRecord::new();
        let mut out = Vec::new();
        let end = loop {
            match csv.read_record(&mut record).expect("readable") {
                Record::Row(line) => out.push((line, record.iter().map(str::to_owned).collect())),
                other => break other,
            }
        };
        // One pass: every byte was read once, none twice.
        if end == Record::End {
            assert_eq!(read.get(), bytes.len());
        }
        (out, end, csv.encoding_name().to_owned())
    }

    fn cells(rows: &[(u64, Vec<String>)]) -> Vec<Vec<&str>> {
        rows.iter()
            .map(|(_, c)| c.iter().map(String::as_str).collect())
            .collect()
    }

    fn lines(rows: &[(u64, Vec<String>)]) -> Vec<u64> {
        rows.iter().map(|(l, _)| *l).collect()
    }

    #[test]
    fn delimiters_are_found_eight_bytes_at_a_time() {
        for line in [
            "",
            ";",
            "a;b",
            ";;;;;;;;;;;;;;;;;",
            "28/02/2023;Contact police;;D-00966;16;jeunes;\u{e9}t\u{e9};x",
            "\u{ff}\u{bb};\u{7f}\u{80};;\u{3b}\u{bb}",
        ] {
            for d in [b';', b',', b'\t', 0xbb, 0xff, 0x7f, 0x80] {
                let expected: Vec<usize> = line
                    .bytes()
                    .enumerate()
                    .filter(|&(_, b)| b == d)
                    .map(|(i, _)| i)
                    .collect();
                let found: Vec<usize> = Delimiters::new(line.as_bytes(), d).collect();
                assert_eq!(found, expected, "{line:?} {d}");
            }
        }
    }

    #[test]
    fn delimiter_from_the_header() {
        assert_eq!(detect_delimiter("date;activite;quantite"), b';');
        assert_eq!(detect_delimiter("date,activite,quantite"), b',');
        assert_eq!(detect_delimiter("date\tactivite\tquantite"), b'\t');
        assert_eq!(detect_delimiter("date"), b';');
    }

    #[test]
    fn line_endings_crlf_lf_and_cr_alone() {
        for nl in ["\r\n", "\n", "\r"] {
            let text = ["a;b", "1;2", "", "3;4"].join(nl) + nl;
            let (rows, end, _) = records(text.as_bytes(), None);
            assert_eq!(end, Record::End);
            assert_eq!(cells(&rows), [["a", "b"], ["1", "2"], ["3", "4"]], "{nl:?}");
            assert_eq!(lines(&rows), [1, 2, 4], "{nl:?}");
        }
    }

    #[test]
    fn quoted_cells_hold_delimiters_quotes_and_line_breaks() {
        let text = "a;b\r\n\"x;y\";\"il dit \"\"oui\"\"\"\r\n\"deux\r\nlignes\";z\r\n4;\"\"\r\n";
        let (rows, end, _) = records(text.as_bytes(), None);
        assert_eq!(end, Record::End);
        assert_eq!(
            cells(&rows),
            [
                vec!["a", "b"],
                vec!["x;y", "il dit \"oui\""],
                vec!["deux\nlignes", "z"],
                vec!["4", ""]
            ]
        );
        assert_eq!(lines(&rows), [1, 2, 3, 5]);
    }

    #[test]
    fn an_unclosed_quote_is_found_where_it_opened() {
        let text = "a;b;c\n1;2;3\n4;\"5;6\n7;8;9\n10;11;12\n";
        let (rows, end, _) = records(text.as_bytes(), None);
        assert_eq!(cells(&rows), [["a", "b", "c"], ["1", "2", "3"]]);
        assert_eq!(end, Record::Unclosed { line: 3, field: 2 });
    }

    #[test]
    fn a_runaway_quote_does_not_grow_memory() {
        let mut text = b"a;b\n\"x;1\n".to_vec();
        while text.len() <= MAX_RECORD + BLOCK {
            text.extend_from_slice(b"14/02/2023;formation\r\n");
        }
        let (_, end, _) = records(&text, None);
        assert_eq!(end, Record::Unclosed { line: 2, field: 1 });
    }

    #[test]
    fn an_excel_sep_line_sets_the_delimiter_and_is_not_the_header() {
        let (rows, _, _) = records(b"sep=,\r\na;b,c\r\n1;2,3\r\n", None);
        assert_eq!(cells(&rows), [["a;b", "c"], ["1;2", "3"]]);
        assert_eq!(lines(&rows), [2, 3]);
        let (rows, _, _) = records(b"sep=;\ra;b\r1;2\r", None);
        assert_eq!(lines(&rows), [2, 3]);
        assert_eq!(sep_line("\"sep=;\""), Some(b';'));
        assert_eq!(sep_line("SEP=\t"), Some(b'\t'));
        assert_eq!(sep_line("sep=;;;"), Some(b';'));
        assert_eq!(sep_line("sep=;date"), None);
        assert_eq!(sep_line("separateur;date"), None);
        // --delimiter wins; the line is still not the header.
        let (rows, _, _) = records(b"sep=,\na;b\n", Some(b';'));
        assert_eq!(cells(&rows), [["a", "b"]]);
    }

    #[test]
    fn encodings() {
        let (rows, _, enc) = records(b"a;b\n\xe9t\xe9;1\n", None);
        assert_eq!(
            (cells(&rows)[1][0], enc.as_str()),
            ("\u{e9}t\u{e9}", "Windows-1252")
        );
        let (rows, _, enc) = records("a;b\n\u{e9}t\u{e9};1\n".as_bytes(), None);
        assert_eq!(
            (cells(&rows)[1][0], enc.as_str()),
            ("\u{e9}t\u{e9}", "UTF-8")
        );
        let (rows, _, enc) = records(b"\xef\xbb\xbfa;b\n", None);
        assert_eq!((cells(&rows)[0][0], enc.as_str()), ("a", "UTF-8"));
        let (_, _, enc) = records(b"a;b\n", None);
        assert_eq!(enc, "UTF-8");
        // UTF-16, with or without its BOM, either way round.
        let utf16 = |text: &str, big: bool| -> Vec<u8> {
            text.encode_utf16()
                .flat_map(|u| {
                    if big {
                        u.to_be_bytes()
                    } else {
                        u.to_le_bytes()
                    }
                })
                .collect()
        };
        for big in [false, true] {
            for text in ["a;\u{e9}\n1;2\n", "\u{feff}a;\u{e9}\n1;2\n"] {
                let (rows, _, enc) = records(&utf16(text, big), None);
                assert_eq!(
                    cells(&rows),
                    [["a", "\u{e9}"], ["1", "2"]],
                    "{big} {text:?}"
                );
                assert_eq!(enc, "UTF-16");
            }
        }
        // Zero bytes that are not UTF-16: not a text file.
        let reader = Counting {
            bytes: b"PK\x03\x04\x14\x00\x00\x00\x08\x00abcdefgh",
            read: std::rc::Rc::default(),
        };
        let err = CsvReader::new(reader, None).expect_err("not text");
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
    }

    #[test]
    fn the_encoding_is_decided_by_the_first_non_ascii_block_in_one_pass() {
        // ASCII for more than a block, then Windows-1252: read once, all as Windows-1252.
        let mut text = b"a;b\n".to_vec();
        while text.len() < 3 * BLOCK {
            text.extend_from_slice(b"x;y\n");
        }
        text.extend_from_slice(b"\xe9;\x80\n");
        let (rows, end, enc) = records(&text, None);
        assert_eq!(end, Record::End);
        assert_eq!(enc, "Windows-1252");
        assert_eq!(cells(&rows).last().expect("a row"), &["\u{e9}", "\u{20ac}"]);
        // A UTF-8 character cut by the end of a block is whole.
        let mut text = b"a;b\n".to_vec();
        while text.len() < BLOCK - 1 {
            text.push(b'x');
        }
        text.extend_from_slice("\u{e9};\u{e9}\n".as_bytes());
        let (rows, _, enc) = records(&text, None);
        assert_eq!(enc, "UTF-8");
        assert!(cells(&rows)[1][0].ends_with("x\u{e9}"));
        // UTF-8, then one Windows-1252 byte further on: that byte alone is read as such.
        let mut text = "a;b\n\u{e9};1\n".as_bytes().to_vec();
        while text.len() < 2 * BLOCK {
            text.extend_from_slice(b"x;y\n");
        }
        text.extend_from_slice(b"\xe9;2\n");
        let (rows, _, enc) = records(&text, None);
        assert_eq!(enc, "UTF-8");
        assert_eq!(cells(&rows)[1][0], "\u{e9}");
        assert_eq!(cells(&rows).last().expect("a row"), &["\u{e9}", "2"]);
    }

    #[test]
    fn utf16_is_recognised_by_its_zero_bytes() {
        assert_eq!(utf16_by_zeros(b"d\0a\0t\0e\0"), Some(UTF_16LE));
        assert_eq!(utf16_by_zeros(b"\0d\0a\0t\0e"), Some(UTF_16BE));
        assert_eq!(utf16_by_zeros(b"date;activite"), None);
        assert_eq!(utf16_by_zeros(b"\0\0\0\0"), None);
    }
}
