//! Spreadsheet logs (XLSX, XLSM, XLSB, XLS, ODS) through calamine: cells become the text
//! a CSV export would hold, so that the same row rules apply to every format.
//!
//! A sheet is read once into [`Cells`]: the cells that hold something, in row order, their
//! text end to end, about 16 bytes a cell besides the text (a 7-column log: some 100
//! bytes a row). An XLSX sheet is read in one pass over its XML, values and formulas
//! together; other formats through calamine's ranges, dropped once copied.

use std::path::Path;

use calamine::{Data, Range, Reader as _, Sheets};

use super::guard;
use crate::text::slug::slug;

/// Spreadsheet formats read through calamine.
const SPREADSHEETS: &[&str] = &["xlsx", "xlsm", "xlsb", "xls", "ods"];

pub fn is_spreadsheet(path: &str) -> bool {
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

/// A spreadsheet cell as the text a CSV export would hold: real dates as ISO dates,
/// numbers with a decimal comma (so that `1.234` typed as a number is never ambiguous).
pub fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DurationIso(s) => s.clone(),
        Data::DateTimeIso(s) => s.split('T').next().unwrap_or_default().to_owned(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => format!("{f}").replace('.', ","),
        Data::Bool(b) => crate::text::yesno::canonical(*b).to_owned(),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(d) if dt.is_datetime() => d.date().format("%Y-%m-%d").to_string(),
            _ => format!("{}", dt.as_f64()).replace('.', ","),
        },
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// Why a workbook could not be read.
#[derive(Debug)]
pub enum OpenError {
    Unreadable,
    /// The sheet asked for is not there; the sheets that are.
    UnknownSheet(Vec<String>),
}

/// Whether a sheet's first non-empty row names a `date` and an `activite` column.
fn has_log_header(book: &mut Sheets<std::io::BufReader<std::fs::File>>, name: &str) -> bool {
    let Ok(range) = book.worksheet_range(name) else {
        return false;
    };
    range
        .rows()
        .find(|row| row.iter().any(|c| !matches!(c, Data::Empty)))
        .is_some_and(|row| {
            let names: Vec<String> = row
                .iter()
                .map(|c| super::resolve::canonical(&cell_text(c)))
                .collect();
            names.iter().any(|n| n == "date") && names.iter().any(|n| n == "activite")
        })
}

/// Opens the sheet of a workbook: the one named (exactly, or as a slug), else the first.
/// A workbook calamine cannot be handed (see [`guard`]), or that makes it panic, is
/// unreadable.
pub fn open(file: &Path, sheet: Option<&str>) -> Result<(String, Cells), OpenError> {
    if !guard::quietly(|| sound(file)).unwrap_or(false) {
        return Err(OpenError::Unreadable);
    }
    guard::quietly(|| read(file, sheet)).unwrap_or(Err(OpenError::Unreadable))
}

/// Whether calamine can be handed the file: an XLS's allocation tables and sheets, an
/// XLSX's shared strings, an ODS's XML.
/// A compound file is checked whatever its extension: calamine opens one inside an XLSX
/// or XLSB too, looking for a password-protected workbook.
fn sound(file: &Path) -> bool {
    let extension = file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let mut head = [0u8; 8];
    let compound = std::fs::File::open(file)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
        .is_ok()
        && guard::is_compound_file(&head);
    if compound || extension.as_deref() == Some("xls") {
        return std::fs::read(file).is_ok_and(|b| guard::compound_file_is_sound(&b));
    }
    if matches!(extension.as_deref(), Some("xlsx" | "xlsm")) {
        // Without a readable archive, calamine says so itself.
        let Ok(archive) = std::fs::File::open(file).map(std::io::BufReader::new) else {
            return true;
        };
        return zip::ZipArchive::new(archive).map_or(true, |mut archive| {
            guard::xlsx_strings_are_sound(&mut archive)
        });
    }
    if extension.as_deref() == Some("ods") {
        // Without a readable archive or content, calamine says so itself.
        let Ok(archive) = std::fs::File::open(file).map(std::io::BufReader::new) else {
            return true;
        };
        let Ok(mut archive) = zip::ZipArchive::new(archive) else {
            return true;
        };
        return archive.by_name("content.xml").map_or(true, |c| {
            guard::ods_content_is_sound(std::io::BufReader::new(c))
        });
    }
    true
}

fn read(file: &Path, sheet: Option<&str>) -> Result<(String, Cells), OpenError> {
    let mut book = calamine::open_workbook_auto(file).map_err(|_| OpenError::Unreadable)?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.as_str() == s || slug(n) == slug(s))
            .cloned(),
        // The first sheet with a `date` and an `activite` header (spec §4 v1.1): a workbook
        // often opens on a notes or summary sheet.
        None if names.len() > 1 => names
            .iter()
            .find(|n| has_log_header(&mut book, n))
            .or_else(|| names.first())
            .cloned(),
        None => names.first().cloned(),
    };
    let Some(name) = name else {
        return Err(OpenError::UnknownSheet(names));
    };
    if let Sheets::Xlsx(xlsx) = &mut book {
        return Cells::from_xlsx(xlsx, &name).map(|cells| (name, cells));
    }
    let data = book
        .worksheet_range(&name)
        .map_err(|_| OpenError::Unreadable)?;
    // Which cells hold a formula; a format that cannot tell has none.
    let formulas = book.worksheet_formula(&name).unwrap_or_default();
    Ok((name, Cells::from_ranges(&data, &formulas)?))
}

/// Excel's last row and column (0-based, exclusive): a cell past them is no real
/// workbook's, and a row that long would be walked cell by cell.
const MAX_ROWS: u32 = 1 << 20;
const MAX_COLUMNS: u32 = 1 << 14;

/// The first and last cells of a box, `(row, column)`, absolute, 0-based.
type Bounds = ((u32, u32), (u32, u32));

/// A cell that holds a value or a formula.
#[derive(Debug, Clone, Copy)]
struct Cell {
    row: u32,
    column: u32,
    /// Where its text ends in [`Cells::text`] (it starts where the previous one ends).
    end: u32,
    /// A number (for the privacy scan: Excel drops the leading zero of a national
    /// register number typed as a number).
    numeric: bool,
    /// A formula whose value was not saved.
    unvalued: bool,
}

/// The rows of a sheet as records, over the cells that hold a value or a formula.
#[derive(Debug, Default)]
pub struct Cells {
    text: String,
    /// In row order, then column order.
    used: Vec<Cell>,
    /// The first cell of the next row in `used`.
    cursor: usize,
    /// The first and last columns (absolute, 0-based).
    columns: (u32, u32),
    /// A cell past Excel's last row or column was met.
    outside: bool,
    /// Columns (from the first) of the last row whose cell holds a formula without a
    /// cached value.
    unvalued: Vec<usize>,
    /// Columns of the last row whose cell is a number.
    numeric: Vec<usize>,
}

impl Cells {
    /// Adds a cell, in any order (sorted by [`Self::finish`]): its value, and whether it
    /// holds a formula. An empty cell without a formula holds nothing.
    fn push(&mut self, (row, column): (u32, u32), value: &Data, formula: bool) {
        if matches!(value, Data::Empty) && !formula {
            return;
        }
        if row >= MAX_ROWS || column >= MAX_COLUMNS {
            self.outside = true;
            return;
        }
        let text = cell_text(value);
        self.text.push_str(&text);
        self.used.push(Cell {
            row,
            column,
            end: u32::try_from(self.text.len()).unwrap_or(u32::MAX),
            numeric: matches!(value, Data::Int(_) | Data::Float(_)),
            // A formula without a cached value, or whose value is an error (`#REF!`):
            // nothing usable to count.
            unvalued: (text.is_empty() && formula) || matches!(value, Data::Error(_)),
        });
    }

    /// Order and bounds (those given, else the cells'), once every cell is in.
    fn finish(mut self, bounds: Option<Bounds>) -> Result<Self, OpenError> {
        if self.outside {
            return Err(OpenError::Unreadable);
        }
        if !self.used.is_sorted_by_key(|c| (c.row, c.column)) {
            // Rare (cells written out of order): the text is laid out again in order.
            let mut start = 0;
            let mut cells: Vec<(Cell, u32)> = Vec::with_capacity(self.used.len());
            for c in &self.used {
                cells.push((*c, start));
                start = c.end;
            }
            cells.sort_by_key(|(c, _)| (c.row, c.column));
            let old = std::mem::take(&mut self.text);
            for (c, start) in &mut cells {
                self.text.push_str(&old[*start as usize..c.end as usize]);
                c.end = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
            }
            self.used = cells.into_iter().map(|(c, _)| c).collect();
        }
        let columns = self.used.iter().map(|c| c.column);
        self.columns = match bounds {
            Some(((_, first), (_, last))) => (first, last),
            None => (
                columns.clone().min().unwrap_or(0),
                columns.max().unwrap_or(0),
            ),
        };
        Ok(self)
    }

    /// The cells of calamine's ranges (XLS, XLSB, ODS): those that hold something, the
    /// columns counted from the box that holds both ranges.
    fn from_ranges(data: &Range<Data>, formulas: &Range<String>) -> Result<Self, OpenError> {
        let mut bounds: Option<Bounds> = None;
        for (start, end) in [
            (data.start(), data.end()),
            (formulas.start(), formulas.end()),
        ] {
            if let (Some(s), Some(e)) = (start, end) {
                bounds = Some(match bounds {
                    None => (s, e),
                    Some((bs, be)) => (
                        (bs.0.min(s.0), bs.1.min(s.1)),
                        (be.0.max(e.0), be.1.max(e.1)),
                    ),
                });
            }
        }
        let absolute = |start: Option<(u32, u32)>, (row, column): (usize, usize)| {
            let (r, c) = start.unwrap_or_default();
            (
                r.saturating_add(u32::try_from(row).unwrap_or(u32::MAX)),
                c.saturating_add(u32::try_from(column).unwrap_or(u32::MAX)),
            )
        };
        // Formulas are few: their places, taken off as their values come.
        let mut with_formula: foldhash::HashSet<(u32, u32)> = formulas
            .used_cells()
            .filter(|(_, _, f)| !f.is_empty())
            .map(|(r, c, _)| absolute(formulas.start(), (r, c)))
            .collect();
        let mut cells = Self::default();
        for (r, c, value) in data.used_cells() {
            let at = absolute(data.start(), (r, c));
            cells.push(at, value, with_formula.remove(&at));
        }
        for at in with_formula {
            cells.push(at, &Data::Empty, true);
        }
        cells.finish(bounds)
    }

    /// The cells of an XLSX sheet, values and formulas in one pass over its XML.
    fn from_xlsx<RS: std::io::Read + std::io::Seek>(
        book: &mut calamine::Xlsx<RS>,
        name: &str,
    ) -> Result<Self, OpenError> {
        let mut cells = Self::default();
        let mut reader = book
            .worksheet_cells_reader(name)
            .map_err(|_| OpenError::Unreadable)?;
        while let Some(cell) = reader
            .next_cell_with_formula_metadata()
            .map_err(|_| OpenError::Unreadable)?
        {
            let formula = match &cell.formula {
                Some(
                    calamine::XlsxFormulaMetadata::Normal { formula }
                    | calamine::XlsxFormulaMetadata::Shared { formula, .. },
                ) => !formula.is_empty(),
                Some(_) => true,
                None => false,
            };
            cells.push(cell.pos, &Data::from(cell.value), formula);
        }
        cells.finish(None)
    }

    /// Columns before the table (its range may not start at A).
    pub fn first_column(&self) -> usize {
        self.columns.0 as usize
    }

    /// Back to the first row.
    pub fn rewind(&mut self) {
        self.cursor = 0;
    }

    /// About how many bytes the rows would take as CSV.
    pub fn size_hint(&self) -> u64 {
        (self.text.len() + 2 * self.used.len()) as u64
    }

    /// Reads the next row that holds a cell into `record`, up to its last cell (rows and
    /// cells nobody wrote are never walked): its 1-based row number, `None` at the end.
    pub fn next(&mut self, record: &mut csv::StringRecord) -> Option<u64> {
        let row = self.used.get(self.cursor)?.row;
        record.clear();
        self.unvalued.clear();
        self.numeric.clear();
        let mut column = self.columns.0;
        while let Some(cell) = self.used.get(self.cursor).filter(|c| c.row == row) {
            for _ in column..cell.column {
                record.push_field("");
            }
            let start = match self.cursor {
                0 => 0,
                k => self.used[k - 1].end as usize,
            };
            record.push_field(&self.text[start..cell.end as usize]);
            let i = record.len() - 1;
            if cell.numeric {
                self.numeric.push(i);
            }
            if cell.unvalued {
                self.unvalued.push(i);
            }
            column = cell.column + 1;
            self.cursor += 1;
        }
        Some(u64::from(row) + 1)
    }

    /// The cells of the last row that hold a formula without a cached value.
    pub fn unvalued(&self) -> &[usize] {
        &self.unvalued
    }

    /// The cells of the last row that are numbers.
    pub fn numeric(&self) -> &[usize] {
        &self.numeric
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheets() {
        assert_eq!(
            split_sheet("journal.xlsx#Activités"),
            ("journal.xlsx", Some("Activités"))
        );
        assert_eq!(split_sheet("journal.ods"), ("journal.ods", None));
        assert_eq!(split_sheet("notes#1.csv"), ("notes#1.csv", None));
    }
}
