//! Activity logs (spec §4): CSV as a Belgian Excel writes it, read row by row.
//!
//! A log is read in one streaming pass: each good row is handed to the caller and
//! forgotten; bad rows become diagnostics (all counted, the first ones kept). What is
//! kept grows with distinct values (activity codes, a fingerprint per distinct row for
//! duplicate detection), never with the rows themselves.
//!
//! [`source`] finds a CSV file's encoding and delimiter, [`sheet`] reads spreadsheets,
//! [`privacy`] scans every cell, [`resolve`] maps headers to columns and plan paths to
//! files.
//!
//! Why this file is long: opening a log and its single streaming pass over the rows share
//! the reader state; bytes, sheets, privacy and names are in their own files.

pub mod privacy;
pub mod resolve;
pub mod sheet;
pub mod source;

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::{self, BufReader, Read};
use std::path::Path;

use chrono::NaiveDate;

pub use resolve::{Resolved, canonical, resolve};
pub use sheet::split_sheet;

use crate::diag::{Args, Code, Diagnostic, Loc, Severity, codes};
use crate::text::{date, number, slug::slug};

/// How many bad rows are shown; the rest are counted.
pub const MAX_ROW_ERRORS: usize = 20;

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
    pub fn diagnostic(&self, severity: Severity, loc: Option<Loc>, code: Code) -> Diagnostic {
        let loc = loc.map(|mut l| {
            l.column += self.place.first_column;
            l
        });
        let mut d = Diagnostic::new(severity, &self.place.file, loc, code);
        d.sheet.clone_from(&self.place.sheet);
        d
    }

    pub fn error(&self, loc: Option<Loc>, code: Code) -> Diagnostic {
        self.diagnostic(Severity::Error, loc, code)
    }

    pub fn warning(&self, loc: Option<Loc>, code: Code) -> Diagnostic {
        self.diagnostic(Severity::Warning, loc, code)
    }
}

/// Options from the command line.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub delimiter: Option<u8>,
}

/// An I/O failure: the file is missing or unreadable (exit code 2).
#[derive(Debug)]
pub struct IoFailure(pub Box<Diagnostic>);

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
                    record.push_field(&sheet::cell_text(cell));
                }
                *next += 1;
                Ok(Some(*first_row + *next as u64))
            }
        }
    }
}

fn open_records(
    path: &Path,
    display: &str,
    options: Options,
    summary: &mut Summary,
) -> Result<Records, IoFailure> {
    let fail = |d: Diagnostic| IoFailure(Box::new(d));
    let io_fail = |e: &io::Error| fail(crate::diag::io_error(display, e));
    let unreadable = || {
        fail(
            Diagnostic::error(display, None, codes::FILE_UNREADABLE)
                .arg("path", display)
                .arg("reason", crate::diag::io_reason(io::ErrorKind::InvalidData)),
        )
    };
    let spec = path.to_string_lossy();
    let (file, sheet) = split_sheet(&spec);
    if sheet::is_spreadsheet(file) {
        use calamine::Reader as _;
        let file_path = Path::new(file);
        if !file_path.exists() {
            return Err(io_fail(&io::Error::from(io::ErrorKind::NotFound)));
        }
        let mut book = calamine::open_workbook_auto(file_path).map_err(|_| unreadable())?;
        let names = book.sheet_names();
        let name = match sheet {
            Some(s) => names
                .iter()
                .find(|n| n.as_str() == s || slug(n) == slug(s))
                .cloned(),
            None => names.first().cloned(),
        };
        let Some(name) = name else {
            return Err(fail(
                Diagnostic::error(display, None, codes::UNKNOWN_SHEET)
                    .arg("sheet", sheet.unwrap_or_default())
                    .arg("available", names.join(", ")),
            ));
        };
        let range = book.worksheet_range(&name).map_err(|_| unreadable())?;
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
    let enc = source::detect_encoding(path).map_err(|e| io_fail(&e))?;
    let delimiter = match options.delimiter {
        Some(d) => d,
        None => {
            let mut head = String::new();
            BufReader::new(source::decoded(path, enc).map_err(|e| io_fail(&e))?)
                .take(64 * 1024)
                .read_to_string(&mut head)
                .map_err(|e| io_fail(&e))?;
            source::detect_delimiter(head.lines().next().unwrap_or(""))
        }
    };
    summary.encoding = source::encoding_name(enc);
    summary.delimiter = delimiter;
    let reader: Box<dyn Read> = Box::new(source::decoded(path, enc).map_err(|e| io_fail(&e))?);
    Ok(Records::Csv(
        csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(false)
            // `\n` alone ends a record, so that line numbers are right for CRLF files too
            // (the `\r` left at the end of the last cell is trimmed like any space).
            .terminator(csv::Terminator::Any(b'\n'))
            .from_reader(reader),
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
    // A CSV reader fails only when the file cannot be read any more (its words are
    // English: they are not shown).
    let read_failed = |_: String| {
        IoFailure(Box::new(
            Diagnostic::error(display, None, codes::FILE_UNREADABLE)
                .arg("path", display)
                .arg("reason", "other"),
        ))
    };

    let mut record = csv::StringRecord::new();
    let header_line = loop {
        match records.next(&mut record).map_err(read_failed)? {
            None => {
                let d = summary.error(Some(Loc::new(1, 1)), codes::LOG_EMPTY);
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
            let d = summary
                .error(
                    Some(Loc::new(header_line as usize, 1)),
                    codes::LOG_MISSING_COLUMN,
                )
                .arg("column", required)
                .arg("found", names.join(", "));
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
        let mut bad: Vec<(Loc, Code, Args)> = Vec::new();
        let at = |i: usize| Loc::new(line as usize, i + 1);
        let cell = |i: usize| record.get(i).unwrap_or("").trim();

        for (i, c) in record.iter().enumerate() {
            if let Some(kind) = privacy::private_data(c) {
                bad.push((
                    at(i),
                    codes::LOG_PRIVATE_DATA,
                    vec![
                        ("column", names.get(i).cloned().unwrap_or_default().into()),
                        ("kind", kind.key().into()),
                    ],
                ));
            }
        }
        let date = date::parse(cell(date_col));
        if date.is_none() {
            bad.push(if cell(date_col).is_empty() {
                (
                    at(date_col),
                    codes::LOG_EMPTY_CELL,
                    vec![("column", names[date_col].clone().into())],
                )
            } else {
                (
                    at(date_col),
                    codes::LOG_BAD_DATE,
                    vec![("value", shorten(cell(date_col)).into())],
                )
            });
        }
        let activite_texte = cell(act_col);
        let activite = slug(activite_texte);
        if activite.is_empty() {
            bad.push((
                at(act_col),
                codes::LOG_EMPTY_CELL,
                vec![("column", names[act_col].clone().into())],
            ));
        }
        let mut quantite = 1.0;
        for &i in &numeric {
            match number::parse(cell(i)) {
                Ok(Some(n)) if Some(i) == quantite_col => quantite = n,
                Ok(_) => {}
                Err(kind) => bad.push((
                    at(i),
                    codes::LOG_BAD_NUMBER,
                    vec![
                        ("column", names[i].clone().into()),
                        ("value", shorten(cell(i)).into()),
                        ("kind", number_error_key(kind).into()),
                    ],
                )),
            }
        }
        summary.rows += 1;
        if !bad.is_empty() {
            for (loc, code, args) in bad {
                summary.error_count += 1;
                if summary.errors.len() < MAX_ROW_ERRORS {
                    let mut d = summary.error(Some(loc), code);
                    d.args = args;
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

/// The catalog's selector for a refused number.
pub fn number_error_key(e: number::NumberError) -> &'static str {
    match e {
        number::NumberError::Ambiguous => "ambiguous",
        number::NumberError::Negative => "negative",
        number::NumberError::NotANumber => "not-a-number",
    }
}
