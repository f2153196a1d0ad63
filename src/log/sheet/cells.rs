//! A sheet's written cells, in row order, and the rows they make: see [`Cells`].

use calamine::{Data, Range};

use super::{OpenError, cell_text};

/// Excel's last row and column (0-based, exclusive): a cell past them is no real
/// workbook's, and a row that long would be walked cell by cell.
const MAX_ROWS: u32 = 1 << 20;
const MAX_COLUMNS: u32 = 1 << 14;

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
    /// The column records start at (absolute, 0-based).
    first_column: u32,
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

    /// Order, and the first column (the one given, else the cells'), once every cell is in.
    fn finish(mut self, first_column: Option<u32>) -> Result<Self, OpenError> {
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
        self.first_column =
            first_column.unwrap_or_else(|| self.used.iter().map(|c| c.column).min().unwrap_or(0));
        Ok(self)
    }

    /// The cells of calamine's ranges (XLS, ODS): those that hold something, the columns
    /// counted from the first column of either range.
    pub(super) fn from_ranges(
        data: &Range<Data>,
        formulas: &Range<String>,
    ) -> Result<Self, OpenError> {
        let first_column = [data.start(), formulas.start()]
            .into_iter()
            .flatten()
            .map(|(_, column)| column)
            .min();
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
        cells.finish(first_column)
    }

    /// The cells of an XLSX sheet, values and formulas in one pass over its XML.
    pub(super) fn from_xlsx<RS: std::io::Read + std::io::Seek>(
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

    /// The cells of an XLSB sheet, read cell by cell (values, then formulas): never as a
    /// dense range.
    pub(super) fn from_xlsb<RS: std::io::Read + std::io::Seek>(
        book: &mut calamine::Xlsb<RS>,
        name: &str,
    ) -> Result<Self, OpenError> {
        let unreadable = |_| OpenError::Unreadable;
        let mut with_formula: foldhash::HashSet<(u32, u32)> = foldhash::HashSet::default();
        let mut reader = book.worksheet_cells_reader(name).map_err(unreadable)?;
        while let Some(cell) = reader.next_formula().map_err(unreadable)? {
            if !cell.get_value().is_empty() {
                with_formula.insert(cell.get_position());
            }
        }
        drop(reader);
        let mut cells = Self::default();
        let mut reader = book.worksheet_cells_reader(name).map_err(unreadable)?;
        while let Some(cell) = reader.next_cell().map_err(unreadable)? {
            let at = cell.get_position();
            cells.push(
                at,
                &Data::from(cell.get_value().clone()),
                with_formula.remove(&at),
            );
        }
        for at in with_formula {
            cells.push(at, &Data::Empty, true);
        }
        cells.finish(None)
    }

    /// Columns before the table (its range may not start at A).
    pub fn first_column(&self) -> usize {
        self.first_column as usize
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
        let mut column = self.first_column;
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
