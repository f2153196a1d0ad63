//! Spreadsheet logs (XLSX, XLSM, XLSB, XLS, ODS) through calamine: cells become the text
//! a CSV export would hold, so that the same row rules apply to every format.
//!
//! A sheet is read once into [`Cells`]: the cells that hold something, in row order, their
//! text end to end, about 16 bytes a cell besides the text (a 7-column log: some 100
//! bytes a row). An XLSX sheet is read in one pass over its XML, values and formulas
//! together, an XLSB sheet cell by cell too; XLS and ODS through calamine's ranges, dropped
//! once copied (their size is bounded: see `guard`).

use std::path::Path;

use calamine::{Data, Reader as _, Sheets};

use super::guard;

mod cells;

use crate::text::slug::slug;
pub use cells::Cells;

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

/// The cells of a calamine cells reader as `(row, value)`: XLSX's and XLSB's readers have
/// the same methods and no trait in common.
macro_rules! written_cells {
    ($reader:expr) => {{
        let mut reader = $reader;
        std::iter::from_fn(move || {
            reader
                .next_cell()
                .ok()
                .flatten()
                .map(|c| (c.get_position().0, Data::from(c.get_value().clone())))
        })
    }};
}

/// Whether a sheet's first non-empty row names a `date` and an `activite` column. XLSX and
/// XLSB sheets are read cell by cell up to that row: calamine's ranges are dense, and a
/// sheet with two cells far apart would fill gigabytes.
fn has_log_header(book: &mut Sheets<std::io::BufReader<std::fs::File>>, name: &str) -> bool {
    let row: Vec<String> = match book {
        Sheets::Xlsx(xlsx) => xlsx
            .worksheet_cells_reader(name)
            .ok()
            .map(|reader| first_row(written_cells!(reader))),
        Sheets::Xlsb(xlsb) => xlsb
            .worksheet_cells_reader(name)
            .ok()
            .map(|reader| first_row(written_cells!(reader))),
        _ => book.worksheet_range(name).ok().map(|range| {
            range
                .rows()
                .find(|row| row.iter().any(|c| !matches!(c, Data::Empty)))
                .map(|row| row.iter().map(cell_text).collect())
                .unwrap_or_default()
        }),
    }
    .unwrap_or_default();
    let names: Vec<String> = row.iter().map(|c| super::resolve::canonical(c)).collect();
    names.iter().any(|n| n == "date") && names.iter().any(|n| n == "activite")
}

/// The texts of the first row that holds a value, from cells in row order.
fn first_row(cells: impl Iterator<Item = (u32, Data)>) -> Vec<String> {
    let mut cells = cells
        .filter(|(_, value)| !matches!(value, Data::Empty))
        .peekable();
    let Some(&(row, _)) = cells.peek() else {
        return Vec::new();
    };
    cells
        .take_while(|(r, _)| *r == row)
        .map(|(_, value)| cell_text(&value))
        .collect()
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
    if !matches!(extension.as_deref(), Some("xlsx" | "xlsm" | "ods")) {
        return true;
    }
    // Without a readable archive, calamine says so itself.
    let archive = std::fs::File::open(file)
        .ok()
        .and_then(|f| zip::ZipArchive::new(std::io::BufReader::new(f)).ok());
    let Some(mut archive) = archive else {
        return true;
    };
    if extension.as_deref() == Some("ods") {
        archive.by_name("content.xml").map_or(true, |c| {
            guard::ods_content_is_sound(std::io::BufReader::new(c))
        })
    } else {
        guard::xlsx_strings_are_sound(&mut archive)
    }
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
    if let Sheets::Xlsb(xlsb) = &mut book {
        return Cells::from_xlsb(xlsb, &name).map(|cells| (name, cells));
    }
    let data = book
        .worksheet_range(&name)
        .map_err(|_| OpenError::Unreadable)?;
    // Which cells hold a formula; a format that cannot tell has none.
    let formulas = book.worksheet_formula(&name).unwrap_or_default();
    Ok((name, Cells::from_ranges(&data, &formulas)?))
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
