//! Spreadsheet logs (XLSX, XLSM, XLSB, XLS, ODS) through calamine: cells become the text
//! a CSV export would hold, so that the same row rules apply to every format.

use std::path::Path;

use calamine::{Data, Range, Reader as _};

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
pub fn open(file: &Path, sheet: Option<&str>) -> Result<(String, Cells), OpenError> {
    let mut book = calamine::open_workbook_auto(file).map_err(|_| OpenError::Unreadable)?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.as_str() == s || slug(n) == slug(s))
            .cloned(),
        None => names.first().cloned(),
    };
    let Some(name) = name else {
        return Err(OpenError::UnknownSheet(names));
    };
    let data = book
        .worksheet_range(&name)
        .map_err(|_| OpenError::Unreadable)?;
    // Which cells hold a formula; a format that cannot tell has none.
    let formulas = book.worksheet_formula(&name).unwrap_or_default();
    Ok((name, Cells::new(data, formulas)))
}

/// The rows of a sheet as records, over the cells that hold a value or a formula.
#[derive(Debug)]
pub struct Cells {
    data: Range<Data>,
    formulas: Range<String>,
    /// The next row and the last one (absolute, 0-based).
    next: u32,
    last: u32,
    /// The first and last columns (absolute, 0-based).
    columns: (u32, u32),
    empty: bool,
    /// Columns (from the first) of the last row whose cell holds a formula without a
    /// cached value.
    unvalued: Vec<usize>,
    /// Columns of the last row whose cell is a number (for the privacy scan: Excel drops
    /// the leading zero of a national register number typed as a number).
    numeric: Vec<usize>,
}

impl Cells {
    fn new(data: Range<Data>, formulas: Range<String>) -> Self {
        let boxes = [
            (data.start(), data.end()),
            (formulas.start(), formulas.end()),
        ];
        let mut bounds: Option<((u32, u32), (u32, u32))> = None;
        for (start, end) in boxes {
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
        let ((first_row, first_col), (last_row, last_col)) = bounds.unwrap_or(((0, 0), (0, 0)));
        Self {
            data,
            formulas,
            next: first_row,
            last: last_row,
            columns: (first_col, last_col),
            empty: bounds.is_none(),
            unvalued: Vec::new(),
            numeric: Vec::new(),
        }
    }

    /// Columns before the table (its range may not start at A).
    pub fn first_column(&self) -> usize {
        self.columns.0 as usize
    }

    /// Reads the next row into `record`; its 1-based row number, `None` at the end.
    pub fn next(&mut self, record: &mut csv::StringRecord) -> Option<u64> {
        if self.empty || self.next > self.last {
            return None;
        }
        let row = self.next;
        self.next += 1;
        record.clear();
        self.unvalued.clear();
        self.numeric.clear();
        for (i, col) in (self.columns.0..=self.columns.1).enumerate() {
            let value = self.data.get_value((row, col));
            if matches!(value, Some(Data::Int(_) | Data::Float(_))) {
                self.numeric.push(i);
            }
            let text = value.map(cell_text).unwrap_or_default();
            if text.is_empty()
                && self
                    .formulas
                    .get_value((row, col))
                    .is_some_and(|f| !f.is_empty())
            {
                self.unvalued.push(i);
            }
            record.push_field(&text);
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
