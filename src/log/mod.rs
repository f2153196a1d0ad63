//! Activity logs (spec §4): CSV as a Belgian Excel writes it, read row by row.
//!
//! A log is read in one streaming pass: each good row is handed to the caller and
//! forgotten; bad rows become diagnostics (all counted, the first ones kept). What is
//! kept grows with distinct values (activity spellings), never with the rows themselves:
//! duplicate rows are found in a fixed-size filter, confirmed by a second read of the
//! log when it found candidates ([`duplicates`]).
//!
//! [`source`] reads a CSV file's bytes in one pass (encoding, delimiter, records),
//! [`sheet`] reads spreadsheets, [`rows`] holds the header and the rules of a row,
//! [`privacy`] scans every cell, [`resolve`] maps headers to columns and plan paths to
//! files.
//!
//! Why this file is long: opening a log (and opening it again, for duplicates) and the
//! passes over its rows share the reader state; bytes, sheets, rows, duplicates, privacy
//! and names are in their own files.

mod duplicates;
mod guard;
mod pass;
pub mod privacy;
pub mod resolve;
mod rows;
pub mod sheet;
pub mod source;

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

pub use resolve::{Resolved, Twin, canonical, resolve, twins};
pub use rows::Columns;
pub use sheet::split_sheet;

use crate::diag::{Args, Code, Diagnostic, Loc, Severity, codes};
use crate::text::number;

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
    /// The activity's number in this log: rows of one slug share it (see
    /// [`Columns::log_id`]).
    pub activite_id: usize,
    pub columns: &'a Columns,
    pub(crate) record: &'a csv::StringRecord,
}

impl Row<'_> {
    /// The cell of a column given by its canonical slug; `None` when the log has no such
    /// column, `Some("")` when the cell is empty.
    pub fn cell(&self, column: &str) -> Option<&str> {
        self.columns.index(column).map(|i| self.cell_at(i))
    }

    /// The cell of a column given by its index ([`Columns::index`]), trimmed.
    pub fn cell_at(&self, index: usize) -> &str {
        trimmed(self.record.get(index).unwrap_or(""))
    }
}

/// `cell.trim()`, at once when the cell starts and ends with a visible ASCII character
/// (most cells do).
pub(crate) fn trimmed(cell: &str) -> &str {
    let visible = |b: Option<&u8>| b.is_some_and(|&b| b > b' ' && b < 0x7f);
    let bytes = cell.as_bytes();
    if visible(bytes.first()) && visible(bytes.last()) {
        cell
    } else {
        cell.trim()
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
    /// `(line, line of the first identical row)`, the first ones in line order.
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

/// Where a CSV log's bytes come from, to read them again.
enum Origin<'b> {
    File(PathBuf),
    Bytes(&'b [u8]),
}

/// The rows of a log, whatever its format.
enum Records<'b> {
    Csv {
        reader: source::CsvReader<Box<dyn io::Read + Send + 'b>>,
        origin: Origin<'b>,
        delimiter: Option<u8>,
    },
    Sheet(sheet::Cells),
}

impl std::fmt::Debug for Records<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Records::Csv { reader, .. } => reader.fmt(f),
            Records::Sheet(cells) => cells.fmt(f),
        }
    }
}

/// What reading one record found.
enum Step {
    Row(u64),
    End,
    /// A quote that opened here was never closed.
    Unclosed(Loc),
}

impl<'b> Records<'b> {
    fn csv(origin: Origin<'b>, delimiter: Option<u8>) -> io::Result<Self> {
        let source: Box<dyn io::Read + Send + 'b> = match &origin {
            Origin::File(path) => Box::new(File::open(path)?),
            Origin::Bytes(bytes) => Box::new(io::Cursor::new(*bytes)),
        };
        Ok(Records::Csv {
            reader: source::CsvReader::new(source, delimiter)?,
            origin,
            delimiter,
        })
    }

    /// Back to the first record, to read the rows again.
    fn rewind(&mut self) -> io::Result<()> {
        match self {
            Records::Csv {
                origin, delimiter, ..
            } => {
                let origin = match origin {
                    Origin::File(path) => Origin::File(std::mem::take(path)),
                    Origin::Bytes(bytes) => Origin::Bytes(bytes),
                };
                *self = Records::csv(origin, *delimiter)?;
            }
            Records::Sheet(cells) => cells.rewind(),
        }
        Ok(())
    }

    /// About how many bytes the rows take (to size the duplicate filter).
    fn size_hint(&self) -> u64 {
        match self {
            Records::Csv {
                origin: Origin::File(path),
                ..
            } => std::fs::metadata(path).map_or(0, |m| m.len()),
            Records::Csv {
                origin: Origin::Bytes(bytes),
                ..
            } => bytes.len() as u64,
            Records::Sheet(cells) => cells.size_hint(),
        }
    }

    fn next(&mut self, record: &mut csv::StringRecord) -> io::Result<Step> {
        match self {
            Records::Csv { reader, .. } => Ok(match reader.read_record(record)? {
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
            Records::Csv { .. } => &[],
            Records::Sheet(cells) => cells.unvalued(),
        }
    }

    fn numeric(&self) -> &[usize] {
        match self {
            Records::Csv { .. } => &[],
            Records::Sheet(cells) => cells.numeric(),
        }
    }

    fn encoding_name(&self) -> Option<&'static str> {
        match self {
            Records::Csv { reader, .. } => Some(reader.encoding_name()),
            Records::Sheet(_) => None,
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
) -> Result<Records<'static>, IoFailure> {
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
    let records = Records::csv(Origin::File(PathBuf::from(file)), options.delimiter)
        .map_err(|e| io_fail(&e))?;
    if let Records::Csv { reader, .. } = &records {
        summary.encoding = reader.encoding_name();
        summary.delimiter = reader.delimiter();
    }
    Ok(records)
}

/// A summary that names places the way `display` is written, before anything is read.
fn new_summary(display: &str) -> Summary {
    Summary {
        place: Place {
            file: display.to_owned(),
            sheet: None,
            first_column: 0,
        },
        ..Summary::default()
    }
}

/// Reads every row of opened records into `summary`, then notes the encoding (known for
/// sure once every byte is read).
fn read_all(
    mut records: Records<'_>,
    mut summary: Summary,
    display: &str,
    options: Options,
    visit: impl FnMut(&Row<'_>),
) -> Result<Summary, IoFailure> {
    let result = read_rows(&mut records, &mut summary, options.quote_headers, visit);
    if let Some(encoding) = records.encoding_name() {
        summary.encoding = encoding;
    }
    // A file that cannot be read any more, or bytes that are no text.
    result.map_err(|e| IoFailure(Box::new(crate::diag::io_error(display, &e))))?;
    Ok(summary)
}

/// Reads a log (CSV, or a spreadsheet: `journal.xlsx`, `journal.ods#Feuille`), calling
/// `visit` for each good row.
pub fn read(
    path: &Path,
    display: &str,
    options: Options,
    visit: impl FnMut(&Row<'_>),
) -> Result<Summary, IoFailure> {
    let mut summary = new_summary(display);
    let records = open_records(path, display, options, &mut summary)?;
    read_all(records, summary, display, options, visit)
}

/// Reads a CSV log from its bytes, as [`read`] reads a file: the entry point of the
/// fuzzer and of tests that need no file.
pub fn read_csv_bytes(
    bytes: &[u8],
    display: &str,
    options: Options,
    visit: impl FnMut(&Row<'_>),
) -> Result<Summary, IoFailure> {
    let mut summary = new_summary(display);
    let records = Records::csv(Origin::Bytes(bytes), options.delimiter)
        .map_err(|e| IoFailure(Box::new(crate::diag::io_error(display, &e))))?;
    if let Records::Csv { reader, .. } = &records {
        summary.delimiter = reader.delimiter();
    }
    read_all(records, summary, display, options, visit)
}

/// The header, then every row: each good row to `visit`, each bad one to `summary`; then
/// the duplicates, which may read the rows again.
fn read_rows(
    records: &mut Records<'_>,
    summary: &mut Summary,
    quote_headers: bool,
    mut visit: impl FnMut(&Row<'_>),
) -> io::Result<()> {
    let mut record = csv::StringRecord::new();
    let Some(line) = header_record(records, &mut record, summary)? else {
        return Ok(());
    };
    let Some(mut header) =
        rows::Header::read(&record, line, records.numeric(), quote_headers, summary)
    else {
        return Ok(());
    };
    let mut duplicates = duplicates::Duplicates::new(records.size_hint());
    // The reading pass: rows are read and checked on another thread, counted on this one.
    let rules = header.rules.clone();
    let columns = &rules.columns;
    let act_col = rules.activite_column();
    let mut slugs: Vec<String> = Vec::new();
    let ((send, batches), (give_back, recycled)) = pass::channels();
    let end = std::thread::scope(|scope| {
        let (records, header) = (&mut *records, &mut header);
        scope.spawn(move || pass::produce(records, header, &send, &recycled));
        for batch in &batches {
            slugs.extend(batch.activities.iter().cloned());
            for (k, (line, scan)) in batch.rows.iter().enumerate() {
                summary.rows += 1;
                let record = &batch.records[k];
                let good = match rules.judge(record, *line, scan, &summary.place) {
                    Ok(good) => good,
                    Err(bad) => {
                        for (loc, code, args) in bad {
                            summary.row_error(loc, code, args);
                        }
                        continue;
                    }
                };
                duplicates.see(record);
                if let Some(date) = good.date {
                    visit(&Row {
                        line: *line,
                        date,
                        activite: &slugs[good.activity],
                        activite_texte: trimmed(record.get(act_col).unwrap_or("")),
                        quantite: good.quantite,
                        activite_id: good.activity,
                        columns,
                        record,
                    });
                }
            }
            if let Some(end) = batch.end {
                return end;
            }
            let _ = give_back.try_send(batch.recycle());
        }
        Ok(None)
    })?;
    if let Some(loc) = end {
        // Shown even past the first errors: the rows after it were not read.
        let d = summary.error(Some(loc), codes::UNCLOSED_QUOTE);
        summary.errors.push(d);
        summary.error_count += 1;
    }
    // Duplicates: more passes only when the filter found candidates.
    while let Some(mut pass) = duplicates.next_pass() {
        records.rewind()?;
        // The same records as the first time: up to the header, then the rows.
        while let Step::Row(_) = records.next(&mut record)? {
            if !rows::blank(&record) {
                break;
            }
        }
        let mut complete = true;
        each_row(records, &mut record, |records, record, line| {
            if complete && duplicates.wants(&pass, record) {
                let checked = header.check(
                    record,
                    line,
                    records.numeric(),
                    records.unvalued(),
                    &summary.place,
                );
                if checked.is_ok() {
                    complete = duplicates.add(&mut pass, record, line);
                }
            }
        })?;
        if complete {
            duplicates.end_pass(pass);
        }
    }
    summary.duplicate_count = duplicates.count;
    summary.duplicates = std::mem::take(&mut duplicates.found);
    Ok(())
}

/// Reads up to the header (the first record that is not blank), into `record`: its line,
/// or `None` when there is none (the reason is in `summary`).
fn header_record(
    records: &mut Records<'_>,
    record: &mut csv::StringRecord,
    summary: &mut Summary,
) -> io::Result<Option<u64>> {
    loop {
        match records.next(record)? {
            Step::End => {
                let d = summary.error(Some(Loc::new(1, 1)), codes::LOG_EMPTY);
                summary.errors.push(d);
                summary.error_count = 1;
                return Ok(None);
            }
            Step::Unclosed(loc) => {
                // Shown even past the first errors: the rows after it were not read.
                let d = summary.error(Some(loc), codes::UNCLOSED_QUOTE);
                summary.errors.push(d);
                summary.error_count += 1;
                return Ok(None);
            }
            // Spreadsheets often start with blank rows above the table.
            Step::Row(_) if rows::blank(record) => {}
            Step::Row(line) => return Ok(Some(line)),
        }
    }
}

/// Every row after the header that is not blank, to `each` with its line; the place of a
/// quote never closed, which ends the rows.
fn each_row<'b>(
    records: &mut Records<'b>,
    record: &mut csv::StringRecord,
    mut each: impl FnMut(&Records<'b>, &csv::StringRecord, u64),
) -> io::Result<Option<Loc>> {
    loop {
        match records.next(record)? {
            Step::Row(line) => {
                // A blank line, as Excel leaves at the end, is no row.
                if !rows::blank(record) {
                    each(records, record, line);
                }
            }
            Step::End => return Ok(None),
            Step::Unclosed(loc) => return Ok(Some(loc)),
        }
    }
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
