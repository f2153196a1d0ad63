//! Activity logs (spec §4): CSV as a Belgian Excel writes it, read row by row.
//!
//! A log is read in one streaming pass: each good row is handed to the caller and
//! forgotten; bad rows become diagnostics (all counted, the first ones kept). What is
//! kept grows with distinct values (activity codes, a fingerprint per distinct row for
//! duplicate detection), never with the rows themselves.

use std::collections::HashMap;
use std::fs::File;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};
use encoding_rs_io::DecodeReaderBytesBuilder;

use crate::diag::{Diagnostic, Loc};
use crate::msg::{Msg, PrivateKind, Severity};
use crate::slug::slug;

/// How many bad rows are shown; the rest are counted.
pub const MAX_ROW_ERRORS: usize = 20;

/// The columns with a meaning, by their canonical slug, and the headers accepted for them.
const ALIASES: &[(&str, &[&str])] = &[
    ("date", &["date", "datum"]),
    ("activite", &["activite", "activiteit", "activity"]),
    ("quantite", &["quantite", "nombre", "aantal", "quantity"]),
    ("dossier", &["dossier", "case"]),
    ("participants", &["participants", "deelnemers"]),
    (
        "commentaire",
        &[
            "commentaire",
            "opmerking",
            "comment",
            "description",
            "beschrijving",
        ],
    ),
];

/// The canonical name of a header: `Datum` → `date`, `Aantal` → `quantite`.
pub fn canonical(header: &str) -> String {
    let s = slug(header);
    ALIASES
        .iter()
        .find(|(_, names)| names.contains(&s.as_str()))
        .map_or(s, |(canon, _)| (*canon).to_owned())
}

/// One good row of a log.
#[derive(Debug)]
pub struct Row<'a> {
    pub line: u64,
    pub date: NaiveDate,
    /// The activity code as a slug.
    pub activite: &'a str,
    /// The activity as written (for `explain`).
    pub activite_texte: &'a str,
    /// `quantite`, 1 when empty or absent.
    pub quantite: f64,
    pub(crate) columns: &'a HashMap<String, usize>,
    pub(crate) record: &'a csv::StringRecord,
}

impl Row<'_> {
    /// The cell of a column given by its canonical slug; `None` when the log has no such
    /// column, `Some("")` when the cell is empty.
    pub fn cell(&self, column: &str) -> Option<&str> {
        self.columns
            .get(column)
            .map(|&i| self.record.get(i).unwrap_or("").trim())
    }
}

/// How places in a log are named: `journal.csv:12:3`, or `journal.xlsx:Feuille!C12`.
#[derive(Debug, Default, Clone)]
pub struct Place {
    pub file: String,
    pub sheet: Option<String>,
    /// Columns before the table in a spreadsheet (its range may not start at A).
    pub first_column: usize,
}

/// What reading a log found besides its rows.
#[derive(Debug, Default)]
pub struct Summary {
    pub place: Place,
    pub rows: u64,
    pub errors: Vec<Diagnostic>,
    pub error_count: usize,
    /// The encoding and delimiter found, for `explain` and reports.
    pub encoding: &'static str,
    pub delimiter: u8,
    /// Fingerprints of the rows seen (with their line), to warn about identical duplicates.
    seen: HashMap<u64, u64>,
    /// `(line, line of the first identical row)`, the first ones.
    pub duplicates: Vec<(u64, u64)>,
    pub duplicate_count: usize,
}

impl Summary {
    /// A diagnostic at `loc` in this log, named the way its format names places.
    pub fn diagnostic(&self, severity: Severity, loc: Option<Loc>, msg: Msg) -> Diagnostic {
        let loc = loc.map(|mut l| {
            l.column += self.place.first_column;
            l
        });
        Diagnostic {
            severity,
            msg,
            file: self.place.file.clone(),
            loc,
            sheet: self.place.sheet.clone(),
        }
    }

    pub fn error(&self, loc: Option<Loc>, msg: Msg) -> Diagnostic {
        self.diagnostic(Severity::Error, loc, msg)
    }

    pub fn warning(&self, loc: Option<Loc>, msg: Msg) -> Diagnostic {
        self.diagnostic(Severity::Warning, loc, msg)
    }
}

/// Options from the command line.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub delimiter: Option<u8>,
}

/// Detects the encoding of a file: a BOM, else UTF-8 if every byte is valid UTF-8, else
/// Windows-1252 (what Excel writes on a Belgian Windows). Reads the file once, in chunks.
pub fn detect_encoding(path: &Path) -> io::Result<&'static Encoding> {
    let mut f = File::open(path)?;
    let mut buf = vec![0u8; 64 * 1024];
    let mut carry = 0usize;
    let mut first = true;
    loop {
        let n = f.read(&mut buf[carry..])?;
        let len = carry + n;
        if first {
            first = false;
            if let Some((enc, _)) = Encoding::for_bom(&buf[..len]) {
                return Ok(enc);
            }
        }
        if n == 0 {
            return Ok(if carry == 0 { UTF_8 } else { WINDOWS_1252 });
        }
        match std::str::from_utf8(&buf[..len]) {
            Ok(_) => carry = 0,
            Err(e) if e.error_len().is_none() => {
                // An incomplete sequence at the end of the chunk: keep it for the next one.
                let valid = e.valid_up_to();
                buf.copy_within(valid..len, 0);
                carry = len - valid;
            }
            Err(_) => return Ok(WINDOWS_1252),
        }
    }
}

fn encoding_name(enc: &'static Encoding) -> &'static str {
    if enc == UTF_8 {
        "UTF-8"
    } else if enc == UTF_16LE || enc == UTF_16BE {
        "UTF-16"
    } else {
        "Windows-1252"
    }
}

/// Picks the delimiter that splits the header line most: `;`, `,` or tab.
fn detect_delimiter(header: &str) -> u8 {
    [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|&d| (header.matches(char::from(d)).count(), d == b';'))
        .unwrap_or(b';')
}

fn decoded(path: &Path, enc: &'static Encoding) -> io::Result<impl Read + use<>> {
    Ok(DecodeReaderBytesBuilder::new()
        .encoding(Some(enc))
        .bom_override(true)
        .build(File::open(path)?))
}

/// An I/O failure: the file is missing or unreadable (exit code 2).
#[derive(Debug)]
pub struct IoFailure(pub Box<Diagnostic>);

/// Spreadsheet formats read through calamine.
const SPREADSHEETS: &[&str] = &["xlsx", "xlsm", "xlsb", "xls", "ods"];

fn is_spreadsheet(path: &str) -> bool {
    Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| SPREADSHEETS.contains(&e.to_ascii_lowercase().as_str()))
}

/// `journal.xlsx#Feuille` → (`journal.xlsx`, `Some("Feuille")`); anything else unchanged.
pub fn split_sheet(spec: &str) -> (&str, Option<&str>) {
    match spec.rsplit_once('#') {
        Some((file, sheet)) if is_spreadsheet(file) && !sheet.is_empty() => (file, Some(sheet)),
        _ => (spec, None),
    }
}

/// The rows of a log, whatever its format.
enum Records {
    Csv(csv::Reader<Box<dyn Read>>),
    Sheet {
        range: calamine::Range<calamine::Data>,
        next: usize,
        first_row: u64,
    },
}

impl Records {
    /// Reads the next record; returns its 1-based line (row) number, `None` at the end.
    fn next(&mut self, record: &mut csv::StringRecord) -> Result<Option<u64>, String> {
        match self {
            Records::Csv(reader) => match reader.read_record(record) {
                Ok(true) => Ok(Some(record.position().map_or(0, csv::Position::line))),
                Ok(false) => Ok(None),
                Err(e) => Err(e.to_string()),
            },
            Records::Sheet {
                range,
                next,
                first_row,
            } => {
                let Some(row) = range.rows().nth(*next) else {
                    return Ok(None);
                };
                record.clear();
                for cell in row {
                    record.push_field(&cell_text(cell));
                }
                *next += 1;
                Ok(Some(*first_row + *next as u64))
            }
        }
    }
}

/// A spreadsheet cell as the text a CSV export would hold: real dates as ISO dates,
/// numbers with a decimal comma (so that `1.234` typed as a number is never ambiguous).
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DurationIso(s) => s.clone(),
        Data::DateTimeIso(s) => s.split('T').next().unwrap_or_default().to_owned(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => format!("{f}").replace('.', ","),
        Data::Bool(b) => if *b { "Oui" } else { "Non" }.to_owned(),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(d) if dt.is_datetime() => d.date().format("%Y-%m-%d").to_string(),
            _ => format!("{}", dt.as_f64()).replace('.', ","),
        },
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// Spreadsheet columns are named by letters: 1 → A, 27 → AA.
pub fn column_letters(mut n: usize) -> String {
    let mut s = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        s.push(b'A' + r as u8);
        n = (n - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

fn open_records(
    path: &Path,
    display: &str,
    options: Options,
    summary: &mut Summary,
) -> Result<Records, IoFailure> {
    let fail = |msg: Msg| IoFailure(Box::new(Diagnostic::error(display, None, msg)));
    let io_fail = |e: &io::Error| {
        fail(if e.kind() == io::ErrorKind::NotFound {
            Msg::FileNotFound {
                path: display.to_owned(),
            }
        } else {
            Msg::FileUnreadable {
                path: display.to_owned(),
                reason: crate::msg::io_reason(e.kind()),
            }
        })
    };
    let spec = path.to_string_lossy();
    let (file, sheet) = split_sheet(&spec);
    if is_spreadsheet(file) {
        use calamine::Reader as _;
        let file_path = Path::new(file);
        if !file_path.exists() {
            return Err(io_fail(&io::Error::from(io::ErrorKind::NotFound)));
        }
        let mut book = calamine::open_workbook_auto(file_path).map_err(|_| {
            fail(Msg::FileUnreadable {
                path: display.to_owned(),
                reason: crate::msg::io_reason(io::ErrorKind::InvalidData),
            })
        })?;
        let names = book.sheet_names();
        let name = match sheet {
            Some(s) => names
                .iter()
                .find(|n| n.as_str() == s || slug(n) == slug(s))
                .cloned(),
            None => names.first().cloned(),
        };
        let Some(name) = name else {
            return Err(fail(Msg::UnknownSheet {
                sheet: sheet.unwrap_or_default().to_owned(),
                available: names,
            }));
        };
        let range = book.worksheet_range(&name).map_err(|_| {
            fail(Msg::FileUnreadable {
                path: display.to_owned(),
                reason: crate::msg::io_reason(io::ErrorKind::InvalidData),
            })
        })?;
        let (first_row, first_col) = range.start().unwrap_or((0, 0));
        summary.encoding = "Excel";
        if file.to_ascii_lowercase().ends_with(".ods") {
            summary.encoding = "OpenDocument";
        }
        summary.place = Place {
            file: display.split('#').next().unwrap_or(display).to_owned(),
            sheet: Some(name),
            first_column: first_col as usize,
        };
        return Ok(Records::Sheet {
            range,
            next: 0,
            first_row: u64::from(first_row),
        });
    }
    let enc = detect_encoding(path).map_err(|e| io_fail(&e))?;
    let delimiter = match options.delimiter {
        Some(d) => d,
        None => {
            let mut head = String::new();
            BufReader::new(decoded(path, enc).map_err(|e| io_fail(&e))?)
                .take(64 * 1024)
                .read_to_string(&mut head)
                .map_err(|e| io_fail(&e))?;
            detect_delimiter(head.lines().next().unwrap_or(""))
        }
    };
    summary.encoding = encoding_name(enc);
    summary.delimiter = delimiter;
    let source: Box<dyn Read> = Box::new(decoded(path, enc).map_err(|e| io_fail(&e))?);
    Ok(Records::Csv(
        csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(false)
            // `\n` alone ends a record, so that line numbers are right for CRLF files too
            // (the `\r` left at the end of the last cell is trimmed like any space).
            .terminator(csv::Terminator::Any(b'\n'))
            .from_reader(source),
    ))
}

/// Reads a log (CSV, or a spreadsheet: `journal.xlsx`, `journal.ods#Feuille`), calling
/// `visit` for each good row.
pub fn read(
    path: &Path,
    display: &str,
    options: Options,
    mut visit: impl FnMut(&Row<'_>),
) -> Result<Summary, IoFailure> {
    let mut summary = Summary {
        place: Place {
            file: display.to_owned(),
            sheet: None,
            first_column: 0,
        },
        ..Summary::default()
    };
    let mut records = open_records(path, display, options, &mut summary)?;
    let read_failed = |e: String| {
        IoFailure(Box::new(Diagnostic::error(
            display,
            None,
            Msg::FileUnreadable {
                path: display.to_owned(),
                reason: e,
            },
        )))
    };

    let mut record = csv::StringRecord::new();
    let header_line = loop {
        match records.next(&mut record).map_err(read_failed)? {
            None => {
                let d = summary.error(Some(Loc::new(1, 1)), Msg::LogEmpty);
                summary.errors.push(d);
                summary.error_count = 1;
                return Ok(summary);
            }
            // Spreadsheets often start with blank rows above the table.
            Some(_) if record.iter().all(|c| c.trim().is_empty()) => {}
            Some(line) => break line,
        }
    };
    let mut columns: HashMap<String, usize> = HashMap::new();
    for (i, h) in record.iter().enumerate() {
        columns.entry(canonical(h)).or_insert(i);
    }
    let names: Vec<String> = record.iter().map(|h| h.trim().to_owned()).collect();
    for required in ["date", "activite"] {
        if !columns.contains_key(required) {
            let d = summary.error(
                Some(Loc::new(header_line as usize, 1)),
                Msg::LogMissingColumn {
                    column: required.to_owned(),
                    found: names.clone(),
                },
            );
            summary.errors.push(d);
            summary.error_count += 1;
        }
    }
    if summary.error_count > 0 {
        return Ok(summary);
    }
    let (date_col, act_col) = (columns["date"], columns["activite"]);
    let quantite_col = columns.get("quantite").copied();
    let numeric: Vec<usize> = ["quantite", "participants"]
        .iter()
        .filter_map(|c| columns.get(*c).copied())
        .collect();

    while let Some(line) = records.next(&mut record).map_err(read_failed)? {
        if record.iter().all(|c| c.trim().is_empty()) {
            continue; // a blank line, as Excel leaves at the end
        }
        let mut bad = Vec::new();
        let at = |i: usize| Loc::new(line as usize, i + 1);
        let cell = |i: usize| record.get(i).unwrap_or("").trim();

        for (i, c) in record.iter().enumerate() {
            if let Some(kind) = private_data(c) {
                bad.push((
                    at(i),
                    Msg::LogPrivateData {
                        kind,
                        column: names.get(i).cloned().unwrap_or_default(),
                    },
                ));
            }
        }
        let date = parse_date(cell(date_col));
        if date.is_none() {
            bad.push((
                at(date_col),
                if cell(date_col).is_empty() {
                    Msg::LogEmptyCell {
                        column: names[date_col].clone(),
                    }
                } else {
                    Msg::LogBadDate {
                        value: shorten(cell(date_col)),
                    }
                },
            ));
        }
        let activite_texte = cell(act_col);
        let activite = slug(activite_texte);
        if activite.is_empty() {
            bad.push((
                at(act_col),
                Msg::LogEmptyCell {
                    column: names[act_col].clone(),
                },
            ));
        }
        let mut quantite = 1.0;
        for &i in &numeric {
            match parse_number(cell(i)) {
                Ok(Some(n)) if Some(i) == quantite_col => quantite = n,
                Ok(_) => {}
                Err(kind) => bad.push((
                    at(i),
                    Msg::LogBadNumber {
                        column: names[i].clone(),
                        value: shorten(cell(i)),
                        kind,
                    },
                )),
            }
        }
        summary.rows += 1;
        if !bad.is_empty() {
            for (loc, msg) in bad {
                summary.error_count += 1;
                if summary.errors.len() < MAX_ROW_ERRORS {
                    let d = summary.error(Some(loc), msg);
                    summary.errors.push(d);
                }
            }
            continue;
        }
        let mut h = DefaultHasher::new();
        record.iter().for_each(|c| c.trim().hash(&mut h));
        let first = *summary.seen.entry(h.finish()).or_insert(line);
        if first != line {
            summary.duplicate_count += 1;
            if summary.duplicates.len() < MAX_ROW_ERRORS {
                summary.duplicates.push((line, first));
            }
        }
        if let Some(date) = date {
            visit(&Row {
                line,
                date,
                activite: &activite,
                activite_texte,
                quantite,
                columns: &columns,
                record: &record,
            });
        }
    }
    summary.seen = HashMap::new();
    Ok(summary)
}

/// Keeps error messages short (a cell can hold a paragraph).
fn shorten(s: &str) -> String {
    if s.chars().count() > 24 {
        let mut t: String = s.chars().take(24).collect();
        t.push('…');
        t
    } else {
        s.to_owned()
    }
}

/// Every date form of the spec: `2023-02-14`, `14/02/2023`, `14/2/2023`, `14-02-2023`,
/// `14.02.2023`, `14/02/23`. A time after the date (Excel sometimes adds `00:00`) is ignored.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.split_whitespace().next().unwrap_or("");
    if s.is_empty() {
        return None;
    }
    for fmt in ["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, fmt) {
            // chrono reads "14/02/23" as year 23 with %Y: refuse short years here
            if s.split(['/', '-', '.']).any(|p| p.len() == 4) {
                return Some(d);
            }
        }
    }
    for fmt in ["%d/%m/%y", "%d-%m-%y", "%d.%m.%y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, fmt) {
            return Some(d);
        }
    }
    None
}

/// Why a number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    NotANumber,
    Negative,
    /// `1.234`: thousands or decimal?
    Ambiguous,
}

/// A number as fr-BE writes it: `12`, `12,5`, `12.5`; empty is `None`. `1.234` is refused.
pub fn parse_number(s: &str) -> Result<Option<f64>, NumberError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if let Some(rest) = s.strip_prefix('-')
        && parse_number(rest).is_ok()
    {
        return Err(NumberError::Negative);
    }
    if let Some((int, frac)) = s.split_once('.')
        && frac.len() == 3
        && !int.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(NumberError::Ambiguous);
    }
    let valid = s
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        && s.bytes().filter(|b| *b == b',' || *b == b'.').count() <= 1
        && s.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && s.bytes().last().is_some_and(|b| b.is_ascii_digit());
    if !valid {
        return Err(NumberError::NotANumber);
    }
    s.replace(',', ".")
        .parse()
        .map(Some)
        .map_err(|_| NumberError::NotANumber)
}

/// A national register number or an e-mail address in a cell (spec §4, privacy).
pub fn private_data(cell: &str) -> Option<PrivateKind> {
    if is_national_number(cell) || cell.split_whitespace().any(is_national_number) {
        return Some(PrivateKind::NationalNumber);
    }
    if cell.split_whitespace().any(is_email) {
        return Some(PrivateKind::Email);
    }
    None
}

/// 11 digits, with or without `.`, `-` or space separators, whose last two are
/// 97 − (first nine mod 97), or the same with a 2 before them (born in 2000 or later).
pub fn is_national_number(s: &str) -> bool {
    let s = s.trim();
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | ' '))
    {
        return false;
    }
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    if digits.len() != 11 {
        return false;
    }
    let (Ok(base), Ok(check)) = (digits[..9].parse::<u64>(), digits[9..].parse::<u64>()) else {
        return false;
    };
    97 - base % 97 == check || 97 - (2_000_000_000 + base) % 97 == check
}

fn is_email(token: &str) -> bool {
    let token = token.trim_matches(|c: char| matches!(c, '<' | '>' | '(' | ')' | ',' | ';' | '"'));
    let Some((local, domain)) = token.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'))
}

/// Resolves the logs a plan names (paths and globs relative to the plan file), plus the
/// `--log` files (relative to the current directory). A glob matching nothing is reported.
pub fn resolve(plan_path: &Path, named: &[(String, Loc)], extra: &[PathBuf]) -> Resolved {
    let base = plan_path.parent().unwrap_or_else(|| Path::new(""));
    let base = &normalise(base);
    let mut out = Resolved::default();
    for (written, loc) in named {
        let (pattern, sheet) = split_sheet(written);
        let joined = normalise(&base.join(pattern));
        if pattern.contains(['*', '?', '[']) {
            let matches: Vec<PathBuf> = glob::glob(&joined.to_string_lossy())
                .map(|paths| paths.filter_map(Result::ok).collect::<Vec<_>>())
                .unwrap_or_default()
                .into_iter()
                .map(|p| with_sheet(p, sheet))
                .collect();
            if matches.is_empty() {
                out.empty_globs.push((written.clone(), *loc));
            }
            out.files.extend(matches);
        } else {
            out.files.push(with_sheet(joined, sheet));
        }
    }
    out.files.extend(extra.iter().cloned());
    out
}

fn with_sheet(path: PathBuf, sheet: Option<&str>) -> PathBuf {
    match sheet {
        Some(s) => PathBuf::from(format!("{}#{s}", path.display())),
        None => path,
    }
}

/// `plans/../examples/x.csv` → `examples/x.csv`, without touching the file system.
fn normalise(p: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::ParentDir
                if matches!(out.components().next_back(), Some(Component::Normal(_))) =>
            {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[derive(Debug, Default)]
pub struct Resolved {
    pub files: Vec<PathBuf>,
    pub empty_globs: Vec<(String, Loc)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_date_form_of_the_spec() {
        let d = NaiveDate::from_ymd_opt(2023, 2, 14).unwrap();
        for s in [
            "2023-02-14",
            "14/02/2023",
            "14/2/2023",
            "14-02-2023",
            "14.02.2023",
            "14/02/23",
            "14/02/2023 00:00",
        ] {
            assert_eq!(parse_date(s), Some(d), "{s}");
        }
        for s in ["", "31/02/2023", "2023-14-02", "hier", "14/02"] {
            assert!(parse_date(s).is_none(), "{s}");
        }
    }

    #[test]
    fn numbers_as_fr_be_writes_them() {
        assert_eq!(parse_number("12"), Ok(Some(12.0)));
        assert_eq!(parse_number("2,5"), Ok(Some(2.5)));
        assert_eq!(parse_number("2.5"), Ok(Some(2.5)));
        assert_eq!(parse_number(""), Ok(None));
        assert_eq!(parse_number("1.234"), Err(NumberError::Ambiguous));
        assert_eq!(parse_number("-3"), Err(NumberError::Negative));
        assert_eq!(parse_number("douze"), Err(NumberError::NotANumber));
        assert_eq!(parse_number("1,2,3"), Err(NumberError::NotANumber));
    }

    #[test]
    fn national_register_numbers_both_centuries() {
        // 85.07.30-033.28: 850730033 mod 97 = 69, 97 - 69 = 28
        assert!(is_national_number("85.07.30-033.28"));
        assert!(is_national_number("85073003328"));
        assert!(is_national_number("85 07 30 033 28"));
        // born in 2005: the check uses 2 followed by the nine digits
        let base: u64 = 50_101_123;
        let check = 97 - (2_000_000_000 + base) % 97;
        assert!(is_national_number(&format!("{base:09}{check:02}")));
        assert!(!is_national_number("85073003329"));
        assert!(!is_national_number("12345"));
        assert!(!is_national_number("2023-02-14"));
    }

    #[test]
    fn private_data_in_cells() {
        assert_eq!(
            private_data("jean.dupont@example.be"),
            Some(PrivateKind::Email)
        );
        assert_eq!(
            private_data("contact: 85.07.30-033.28 ce matin"),
            Some(PrivateKind::NationalNumber)
        );
        assert_eq!(private_data("Réunion @ la maison"), None);
        assert_eq!(private_data("12"), None);
    }

    #[test]
    fn delimiter_from_the_header() {
        assert_eq!(detect_delimiter("date;activite;quantite"), b';');
        assert_eq!(detect_delimiter("date,activite,quantite"), b',');
        assert_eq!(detect_delimiter("date\tactivite\tquantite"), b'\t');
        assert_eq!(detect_delimiter("date"), b';');
    }

    #[test]
    fn sheets_and_column_letters() {
        assert_eq!(
            split_sheet("journal.xlsx#Activités"),
            ("journal.xlsx", Some("Activités"))
        );
        assert_eq!(split_sheet("journal.ods"), ("journal.ods", None));
        assert_eq!(split_sheet("notes#1.csv"), ("notes#1.csv", None));
        assert_eq!(column_letters(1), "A");
        assert_eq!(column_letters(3), "C");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(27), "AA");
    }

    #[test]
    fn header_aliases() {
        assert_eq!(canonical("Datum"), "date");
        assert_eq!(canonical("Activité"), "activite");
        assert_eq!(canonical("Aantal"), "quantite");
        assert_eq!(canonical("Deelnemers"), "participants");
        assert_eq!(canonical("Public cible"), "public-cible");
    }
}
