//! Activity logs (spec §4): CSV as a Belgian Excel writes it, read row by row.
//!
//! A log is read in one streaming pass: each good row is handed to the caller and
//! forgotten; bad rows become diagnostics (all counted, the first ones kept). What is
//! kept grows with distinct values (activity codes, a fingerprint per distinct row for
//! duplicate detection), never with the rows themselves.
//!
//! [`source`] reads a CSV file's bytes in one pass (encoding, delimiter, records),
//! [`sheet`] reads spreadsheets,
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
use std::collections::hash_map::Entry;
use std::fs::File;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io;
use std::path::Path;

use chrono::NaiveDate;

pub use resolve::{Resolved, Twin, canonical, resolve, twins};
pub use sheet::split_sheet;

use crate::diag::{Args, Code, Diagnostic, Loc, Severity, codes};
use crate::text::{date, number, slug::slug};

/// How many bad rows are shown; the rest are counted.
pub const MAX_ROW_ERRORS: usize = 20;

/// The largest log read: past it, a log is refused rather than read for ever (spec §4).
pub const MAX_LOG_BYTES: u64 = 1024 * 1024 * 1024;

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

impl Place {
    /// The name of the column at `index` (0-based, from the table's first): its letter
    /// in a sheet (`H`), its number in a CSV file (`8`), as places name them.
    pub fn column_name(&self, index: usize) -> String {
        match self.sheet {
            Some(_) => crate::diag::column_letters(self.first_column + index + 1),
            None => (index + 1).to_string(),
        }
    }
}

/// What reading a log found besides its rows.
#[derive(Debug, Default)]
pub struct Summary {
    pub place: Place,
    /// The line (row) of the header, once found.
    pub header_line: u64,
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

    /// Counts an error of a row, keeping the first ones.
    fn row_error(&mut self, loc: Loc, code: Code, args: Args) {
        self.error_count += 1;
        if self.errors.len() < MAX_ROW_ERRORS {
            let mut d = self.error(Some(loc), code);
            d.args = args;
            self.errors.push(d);
        }
    }
}

/// Options from the command line.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub delimiter: Option<u8>,
    /// The log is inside the plan's folder: its header cells may be listed in a message
    /// when it does not look like a log. A file elsewhere (`../../etc/passwd`) is read,
    /// but its content is quoted only once it parsed as a log (spec §4).
    pub quote_headers: bool,
}

/// An I/O failure: the file is missing or unreadable (exit code 2).
#[derive(Debug)]
pub struct IoFailure(pub Box<Diagnostic>);

/// The rows of a log, whatever its format.
#[derive(Debug)]
enum Records {
    Csv(source::CsvReader<Box<dyn io::Read>>),
    Sheet(sheet::Cells),
}

/// What reading one record found.
enum Step {
    Row(u64),
    End,
    /// A quote that opened here was never closed.
    Unclosed(Loc),
}

impl Records {
    fn next(&mut self, record: &mut csv::StringRecord) -> io::Result<Step> {
        match self {
            Records::Csv(reader) => Ok(match reader.read_record(record)? {
                source::Record::Row(line) => Step::Row(line),
                source::Record::End => Step::End,
                source::Record::Unclosed { line, field } => {
                    Step::Unclosed(Loc::new(line as usize, field))
                }
            }),
            Records::Sheet(cells) => Ok(cells.next(record).map_or(Step::End, Step::Row)),
        }
    }

    /// Columns of the last row whose formula has no cached value (spreadsheets).
    fn unvalued(&self) -> &[usize] {
        match self {
            Records::Csv(_) => &[],
            Records::Sheet(cells) => cells.unvalued(),
        }
    }

    fn numeric(&self) -> &[usize] {
        match self {
            Records::Csv(_) => &[],
            Records::Sheet(cells) => cells.numeric(),
        }
    }
}

/// A log larger than [`MAX_LOG_BYTES`]: its refusal, with its size in MiB (rounded up).
pub fn too_large(display: &str, size: u64) -> Option<Diagnostic> {
    const MIB: u64 = 1024 * 1024;
    (size > MAX_LOG_BYTES).then(|| {
        Diagnostic::error(display, None, codes::LOG_TOO_LARGE)
            .arg("path", display)
            .arg("size_mib", size.div_ceil(MIB))
            .arg("limit_mib", MAX_LOG_BYTES / MIB)
    })
}

/// A log must be a regular file (not a folder, nor a device that never ends) of at most
/// [`MAX_LOG_BYTES`]; looked at without opening it (a pipe would block).
fn check_file(file: &Path, display: &str) -> Result<(), IoFailure> {
    let fail = |d: Diagnostic| IoFailure(Box::new(d));
    let meta = std::fs::metadata(file).map_err(|e| fail(crate::diag::io_error(display, &e)))?;
    if !meta.is_file() {
        return Err(fail(
            Diagnostic::error(display, None, codes::FILE_UNREADABLE)
                .arg("path", display)
                .arg("reason", "not-a-file"),
        ));
    }
    too_large(display, meta.len()).map_or(Ok(()), |d| Err(fail(d)))
}

fn open_records(
    path: &Path,
    display: &str,
    options: Options,
    summary: &mut Summary,
) -> Result<Records, IoFailure> {
    let fail = |d: Diagnostic| IoFailure(Box::new(d));
    let io_fail = |e: &io::Error| fail(crate::diag::io_error(display, e));
    let spec = path.to_string_lossy();
    let (file, sheet) = split_sheet(&spec);
    check_file(Path::new(file), display)?;
    if sheet::is_spreadsheet(file) {
        let (name, cells) = sheet::open(Path::new(file), sheet).map_err(|e| match e {
            sheet::OpenError::Unreadable => io_fail(&io::Error::from(io::ErrorKind::InvalidData)),
            sheet::OpenError::UnknownSheet(names) => fail(
                Diagnostic::error(display, None, codes::UNKNOWN_SHEET)
                    .arg("sheet", sheet.unwrap_or_default())
                    .arg("available", names.join(", ")),
            ),
        })?;
        summary.encoding = if file.to_ascii_lowercase().ends_with(".ods") {
            "OpenDocument"
        } else {
            "Excel"
        };
        summary.place = Place {
            file: display.split('#').next().unwrap_or(display).to_owned(),
            sheet: Some(name),
            first_column: cells.first_column(),
        };
        return Ok(Records::Sheet(cells));
    }
    let reader = File::open(file)
        .and_then(|f| source::CsvReader::new(Box::new(f) as Box<dyn io::Read>, options.delimiter))
        .map_err(|e| io_fail(&e))?;
    summary.encoding = reader.encoding_name();
    summary.delimiter = reader.delimiter();
    Ok(Records::Csv(reader))
}

/// Reads a log (CSV, or a spreadsheet: `journal.xlsx`, `journal.ods#Feuille`), calling
/// `visit` for each good row.
pub fn read(
    path: &Path,
    display: &str,
    options: Options,
    visit: impl FnMut(&Row<'_>),
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
    let result = read_rows(&mut records, &mut summary, options.quote_headers, visit);
    if let Records::Csv(reader) = &records {
        // Known for sure once every byte is read.
        summary.encoding = reader.encoding_name();
    }
    summary.seen = HashMap::new();
    // A file that cannot be read any more, or bytes that are no text.
    result.map_err(|e| IoFailure(Box::new(crate::diag::io_error(display, &e))))?;
    Ok(summary)
}

/// Reads a CSV log from its bytes, as [`read`] reads a file: the entry point of the
/// fuzzer and of tests that need no file.
pub fn read_csv_bytes(
    bytes: &[u8],
    display: &str,
    options: Options,
    visit: impl FnMut(&Row<'_>),
) -> Result<Summary, IoFailure> {
    let mut summary = Summary {
        place: Place {
            file: display.to_owned(),
            sheet: None,
            first_column: 0,
        },
        ..Summary::default()
    };
    let source: Box<dyn io::Read> = Box::new(io::Cursor::new(bytes.to_vec()));
    let reader = source::CsvReader::new(source, options.delimiter)
        .map_err(|e| IoFailure(Box::new(crate::diag::io_error(display, &e))))?;
    summary.delimiter = reader.delimiter();
    let mut records = Records::Csv(reader);
    let result = read_rows(&mut records, &mut summary, options.quote_headers, visit);
    if let Records::Csv(reader) = &records {
        summary.encoding = reader.encoding_name();
    }
    summary.seen = HashMap::new();
    result.map_err(|e| IoFailure(Box::new(crate::diag::io_error(display, &e))))?;
    Ok(summary)
}

/// The header, then every row: each good row to `visit`, each bad one to `summary`.
fn read_rows(
    records: &mut Records,
    summary: &mut Summary,
    quote_headers: bool,
    mut visit: impl FnMut(&Row<'_>),
) -> io::Result<()> {
    let mut record = csv::StringRecord::new();
    // Shown even past the first errors: the rows after it were not read.
    let unclosed = |summary: &mut Summary, loc: Loc| {
        let d = summary.error(Some(loc), codes::UNCLOSED_QUOTE);
        summary.errors.push(d);
        summary.error_count += 1;
    };
    let header_line = loop {
        match records.next(&mut record)? {
            Step::End => {
                let d = summary.error(Some(Loc::new(1, 1)), codes::LOG_EMPTY);
                summary.errors.push(d);
                summary.error_count = 1;
                return Ok(());
            }
            Step::Unclosed(loc) => {
                unclosed(summary, loc);
                return Ok(());
            }
            // Spreadsheets often start with blank rows above the table.
            Step::Row(_) if record.iter().all(|c| c.trim().is_empty()) => {}
            Step::Row(line) => break line,
        }
    };
    summary.header_line = header_line;
    // Every header cell is scanned first; a private one is named by its column only.
    let mut names: Vec<String> = Vec::with_capacity(record.len());
    for (i, h) in record.iter().enumerate() {
        match privacy::scan_cell(h, records.numeric().contains(&i)) {
            Ok(clean) => names.push(clean.quote()),
            Err(kind) => {
                let column = summary.place.column_name(i);
                summary.row_error(
                    Loc::new(header_line as usize, i + 1),
                    codes::LOG_PRIVATE_DATA,
                    vec![
                        ("column", column.clone().into()),
                        ("kind", kind.key().into()),
                    ],
                );
                names.push(column);
            }
        }
    }
    // Cells right of the last named column have no header.
    let width = names
        .iter()
        .rposition(|n| !n.is_empty())
        .map_or(0, |i| i + 1);
    let header_at = |i: usize| Loc::new(header_line as usize, i + 1);
    let mut columns: HashMap<String, usize> = HashMap::new();
    for (i, h) in names.iter().enumerate() {
        let name = canonical(h);
        if name.is_empty() {
            continue;
        }
        match columns.entry(name) {
            Entry::Vacant(e) => {
                e.insert(i);
            }
            Entry::Occupied(e) => {
                let first = *e.get();
                summary.row_error(
                    header_at(i),
                    codes::DUPLICATE_COLUMN,
                    vec![
                        ("column", h.clone().into()),
                        ("first", names[first].clone().into()),
                        ("first_column", summary.place.column_name(first).into()),
                    ],
                );
            }
        }
    }
    for required in ["date", "activite"] {
        if !columns.contains_key(required) {
            let found = if quote_headers && !names.iter().all(String::is_empty) {
                names.join(", ")
            } else {
                "none".to_owned()
            };
            let d = summary
                .error(Some(header_at(0)), codes::LOG_MISSING_COLUMN)
                .arg("column", required)
                .arg("found", found);
            summary.errors.push(d);
            summary.error_count += 1;
        }
    }
    if summary.error_count > 0 {
        return Ok(());
    }
    let (date_col, act_col) = (columns["date"], columns["activite"]);
    let quantite_col = columns.get("quantite").copied();
    let numeric: Vec<usize> = ["quantite", "participants"]
        .iter()
        .filter_map(|c| columns.get(*c).copied())
        .collect();

    loop {
        let line = match records.next(&mut record)? {
            Step::Row(line) => line,
            Step::End => break,
            Step::Unclosed(loc) => {
                unclosed(summary, loc);
                break;
            }
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue; // a blank line, as Excel leaves at the end
        }
        let mut bad: Vec<(Loc, Code, Args)> = Vec::new();
        let at = |i: usize| Loc::new(line as usize, i + 1);
        let cell = |i: usize| record.get(i).unwrap_or("").trim();
        // A formula without its value, in a column with a header: its cell is not read.
        let unvalued: Vec<usize> = records
            .unvalued()
            .iter()
            .copied()
            .filter(|&i| i < width && !names[i].is_empty())
            .collect();
        let readable = |i: usize| !unvalued.contains(&i);

        // The privacy scan comes before any other check: a cell that fails it is never
        // quoted, not even as a bad date or number.
        let mut private: Vec<usize> = Vec::new();
        for (i, c) in record.iter().enumerate() {
            if let Err(kind) = privacy::scan_cell(c, records.numeric().contains(&i)) {
                private.push(i);
                bad.push((
                    at(i),
                    codes::LOG_PRIVATE_DATA,
                    vec![
                        (
                            "column",
                            names
                                .get(i)
                                .cloned()
                                .unwrap_or_else(|| summary.place.column_name(i))
                                .into(),
                        ),
                        ("kind", kind.key().into()),
                    ],
                ));
            }
        }
        let quotable = |i: usize| !private.contains(&i);
        for &i in &unvalued {
            bad.push((
                at(i),
                codes::FORMULA_WITHOUT_VALUE,
                vec![("column", names[i].clone().into())],
            ));
        }
        if let Some(i) = (width..record.len()).find(|&i| !cell(i).is_empty()) {
            bad.push((
                at(i),
                codes::CELL_BEYOND_HEADER,
                vec![("column", summary.place.column_name(i).into())],
            ));
        }
        let date = date::parse(cell(date_col));
        if date.is_none() && readable(date_col) && quotable(date_col) {
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
                    vec![("value", quote(cell(date_col)).into())],
                )
            });
        }
        let activite_texte = cell(act_col);
        let activite = slug(activite_texte);
        if activite.is_empty() && readable(act_col) {
            bad.push((
                at(act_col),
                codes::LOG_EMPTY_CELL,
                vec![("column", names[act_col].clone().into())],
            ));
        }
        let mut quantite = 1.0;
        for &i in numeric.iter().filter(|&&i| readable(i) && quotable(i)) {
            match number::parse(cell(i)) {
                Ok(Some(n)) if Some(i) == quantite_col => quantite = n,
                Ok(_) => {}
                Err(kind) => bad.push((
                    at(i),
                    codes::LOG_BAD_NUMBER,
                    vec![
                        ("column", names[i].clone().into()),
                        ("value", quote(cell(i)).into()),
                        ("kind", number_error_key(kind).into()),
                    ],
                )),
            }
        }
        summary.rows += 1;
        if !bad.is_empty() {
            for (loc, code, args) in bad {
                summary.row_error(loc, code, args);
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
    Ok(())
}

/// A cell for a message: scanned, cut at 40 characters; nothing if it is not clean.
fn quote(cell: &str) -> String {
    privacy::scan(cell).map_or_else(|_| String::new(), privacy::Clean::quote)
}

/// The catalog's selector for a refused number.
pub fn number_error_key(e: number::NumberError) -> &'static str {
    // ambiguous, negative, too-large, not-a-number
    e.key()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_log_over_one_gib_is_refused_with_its_size() {
        assert!(too_large("j.csv", MAX_LOG_BYTES).is_none());
        let d = too_large("j.csv", MAX_LOG_BYTES + 1).expect("refused");
        assert_eq!(d.code, codes::LOG_TOO_LARGE);
        assert_eq!(d.arg_text("size_mib").as_deref(), Some("1025"));
        assert_eq!(d.arg_text("limit_mib").as_deref(), Some("1024"));
        let d = too_large("j.csv", 3 * MAX_LOG_BYTES).expect("refused");
        assert_eq!(d.arg_text("size_mib").as_deref(), Some("3072"));
    }

    #[test]
    fn columns_are_named_as_places_name_them() {
        let csv = Place::default();
        assert_eq!(csv.column_name(7), "8");
        let sheet = Place {
            sheet: Some("Journal".into()),
            first_column: 1,
            ..Place::default()
        };
        assert_eq!(sheet.column_name(7), "I");
    }
}
