//! Spreadsheet logs (XLSX, XLSM, XLSB, XLS, ODS) through calamine: cells become the text
//! a CSV export would hold, so that the same row rules apply to every format.
//!
//! A sheet is read once into [`Cells`]: the cells that hold something, in row order, their
//! text end to end, about 16 bytes a cell besides the text (a 7-column log: some 100
//! bytes a row). An XLSX sheet is read in one pass over its XML, values and formulas
//! together; other formats through calamine's ranges, dropped once copied.

use std::path::Path;

use calamine::{Data, Range, Reader as _, Sheets};

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

/// Opens the sheet of a workbook: the one named (exactly, or as a slug), else the first.
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

pub fn open(file: &Path, sheet: Option<&str>) -> Result<(String, Cells), OpenError> {
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
        return Cells::from_xlsx(xlsx, &name)
            .map(|cells| (name, cells))
            .map_err(|_| OpenError::Unreadable);
    }
    let data = book
        .worksheet_range(&name)
        .map_err(|_| OpenError::Unreadable)?;
    // Which cells hold a formula; a format that cannot tell has none.
    let formulas = book.worksheet_formula(&name).unwrap_or_default();
    Ok((name, Cells::from_ranges(&data, &formulas)))
}

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
    /// The first row, the next one and the last one (absolute, 0-based).
    first: u32,
    next: u32,
    last: u32,
    /// The first cell of the next row in `cells`.
    cursor: usize,
    /// The first and last columns (absolute, 0-based).
    columns: (u32, u32),
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
    fn finish(mut self, bounds: Option<Bounds>) -> Self {
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
        let ((first_row, first_col), (last_row, last_col)) = bounds.unwrap_or_else(|| {
            let rows = self.used.iter().map(|c| c.row);
            let columns = self.used.iter().map(|c| c.column);
            (
                (
                    rows.clone().min().unwrap_or(0),
                    columns.clone().min().unwrap_or(0),
                ),
                (rows.max().unwrap_or(0), columns.max().unwrap_or(0)),
            )
        });
        self.first = first_row;
        self.next = first_row;
        self.last = last_row;
        self.columns = (first_col, last_col);
        self
    }

    /// The cells of calamine's ranges (XLS, XLSB, ODS), over the box that holds both.
    fn from_ranges(data: &Range<Data>, formulas: &Range<String>) -> Self {
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
        let mut cells = Self::default();
        if let Some(((first_row, first_col), (last_row, last_col))) = bounds {
            for row in first_row..=last_row {
                for col in first_col..=last_col {
                    let value = data.get_value((row, col)).unwrap_or(&Data::Empty);
                    let formula = formulas
                        .get_value((row, col))
                        .is_some_and(|f| !f.is_empty());
                    cells.push((row, col), value, formula);
                }
            }
        }
        cells.finish(bounds)
    }

    /// The cells of an XLSX sheet, values and formulas in one pass over its XML.
    fn from_xlsx<RS: std::io::Read + std::io::Seek>(
        book: &mut calamine::Xlsx<RS>,
        name: &str,
    ) -> Result<Self, calamine::XlsxError> {
        let mut cells = Self::default();
        let mut reader = book.worksheet_cells_reader(name)?;
        while let Some(cell) = reader.next_cell_with_formula_metadata()? {
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
        Ok(cells.finish(None))
    }

    /// Columns before the table (its range may not start at A).
    pub fn first_column(&self) -> usize {
        self.columns.0 as usize
    }

    /// Back to the first row.
    pub fn rewind(&mut self) {
        self.next = self.first;
        self.cursor = 0;
    }

    /// About how many bytes the rows would take as CSV.
    pub fn size_hint(&self) -> u64 {
        (self.text.len() + 2 * self.used.len()) as u64
    }

    /// Reads the next row into `record`; its 1-based row number, `None` at the end.
    pub fn next(&mut self, record: &mut csv::StringRecord) -> Option<u64> {
        if self.used.is_empty() || self.next > self.last {
            return None;
        }
        let row = self.next;
        self.next += 1;
        record.clear();
        self.unvalued.clear();
        self.numeric.clear();
        for (i, column) in (self.columns.0..=self.columns.1).enumerate() {
            let Some(cell) = self
                .used
                .get(self.cursor)
                .filter(|c| (c.row, c.column) == (row, column))
            else {
                record.push_field("");
                continue;
            };
            let start = match self.cursor {
                0 => 0,
                k => self.used[k - 1].end as usize,
            };
            record.push_field(&self.text[start..cell.end as usize]);
            if cell.numeric {
                self.numeric.push(i);
            }
            if cell.unvalued {
                self.unvalued.push(i);
            }
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
