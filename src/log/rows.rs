//! The header of a log and the rules every row passes (spec §4): privacy first, then
//! formulas without a value, cells beyond the header, the date, the activity, the numbers.
//!
//! Columns are resolved once, from the header; a good row costs no allocation: activities
//! are interned (each spelling slugged once per log), cells are read where they stand.

use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::NaiveDate;
use csv::StringRecord;

use super::{Place, Summary, canonical, number_error_key, privacy, quote, trimmed};
use crate::diag::{Args, Code, Loc, codes};
use crate::text::{date, number, slug::slug};

/// The columns of one log by canonical name (`Datum` → `date`), and a number that tells
/// this log from every other one read by the process.
#[derive(Debug, Clone)]
pub struct Columns {
    id: u64,
    by_name: HashMap<String, usize>,
}

impl Columns {
    /// The index of a column given by its canonical slug.
    pub fn index(&self, column: &str) -> Option<usize> {
        self.by_name.get(column).copied()
    }

    /// Tells this log's columns (and activity numbers) from another log's.
    pub fn log_id(&self) -> u64 {
        self.id
    }
}

/// A bad row: each problem, at its place.
pub(super) type Bad = Vec<(Loc, Code, Args)>;

/// What a good row holds besides its cells.
#[derive(Debug, Clone, Copy)]
pub(super) struct Good {
    pub date: Option<NaiveDate>,
    /// The activity's number in [`Header::activities`].
    pub activity: usize,
    pub quantite: f64,
}

/// A log's header, once read: what each row is checked against, and the activities met.
#[derive(Debug)]
pub(super) struct Header {
    pub rules: Rules,
    pub activities: Activities,
}

/// The rules of a log's rows, from its header: read-only once made, so that the thread
/// that counts rows can judge them ([`Rules::judge`]) while the reading thread scans the
/// next ones ([`Header::scan`]).
#[derive(Debug, Clone)]
pub(super) struct Rules {
    /// Each header cell as quoted in messages (a private one by its column's name).
    names: Vec<String>,
    /// Cells right of the last named column have no header.
    width: usize,
    pub columns: Columns,
    date: usize,
    activite: usize,
    quantite: Option<usize>,
    /// `quantite` and `participants`, when present: read as numbers.
    numeric: Vec<usize>,
}

/// What the reading thread finds in a row, for [`Rules::judge`]: the cells the privacy
/// scan refused (nothing else may quote them), the activity, the formulas without a value.
/// Empty lists cost no allocation.
#[derive(Debug, Default)]
pub(super) struct Scan {
    private: Vec<(usize, privacy::PrivateKind)>,
    activity: usize,
    activity_blank: bool,
    unvalued: Vec<usize>,
}

/// The activities of a log: each spelling met → its number; each number → its slug (two
/// spellings of one slug share a number).
#[derive(Debug, Default)]
pub(super) struct Activities {
    spellings: foldhash::HashMap<Box<str>, usize>,
    slugs: Vec<String>,
    /// Per number: whether its slug fails the privacy scan. A clean cell can have a
    /// private slug (`x@y_.be` → `x@y-.be`), and `activite-inconnue` shows slugs.
    private: Vec<Option<privacy::PrivateKind>>,
    by_slug: foldhash::HashMap<String, usize>,
}

impl Activities {
    /// The number of an activity as written: its slug is computed once per spelling.
    fn intern(&mut self, written: &str) -> usize {
        if let Some(&id) = self.spellings.get(written) {
            return id;
        }
        let s = slug(written);
        let next = self.slugs.len();
        let id = *self.by_slug.entry(s.clone()).or_insert(next);
        if id == next {
            self.private.push(privacy::scan(&s).err());
            self.slugs.push(s);
        }
        self.spellings.insert(written.into(), id);
        id
    }

    /// The slug of an activity by its number.
    pub fn slug(&self, id: usize) -> &str {
        &self.slugs[id]
    }

    /// Why the slug of an activity may not be shown, if it may not.
    pub fn private(&self, id: usize) -> Option<privacy::PrivateKind> {
        self.private[id]
    }

    /// How many activities were met.
    pub fn len(&self) -> usize {
        self.slugs.len()
    }
}

/// Numbers logs apart within the process.
static NEXT_LOG: AtomicU64 = AtomicU64::new(0);

/// Whether every cell of a record is blank.
pub(super) fn blank(record: &StringRecord) -> bool {
    // The cells end to end: all blank if and only if each is.
    trimmed(record.as_slice()).is_empty()
}

impl Header {
    /// Reads the header record (the first that is not blank): its names, each scanned,
    /// and the columns that must be there. `None` when the log cannot be read further;
    /// the reasons are in `summary`.
    pub fn read(
        record: &StringRecord,
        line: u64,
        numeric_cells: &[usize],
        quote_headers: bool,
        summary: &mut Summary,
    ) -> Option<Self> {
        summary.header_line = line;
        // Every header cell is scanned first; a private one is named by its column only.
        let mut names: Vec<String> = Vec::with_capacity(record.len());
        for (i, h) in record.iter().enumerate() {
            match privacy::scan_cell(h, numeric_cells.contains(&i)) {
                Ok(clean) => names.push(clean.quote()),
                Err(kind) => {
                    let column = summary.place.column_name(i);
                    summary.row_error(
                        Loc::new(line as usize, i + 1),
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
        let width = names
            .iter()
            .rposition(|n| !n.is_empty())
            .map_or(0, |i| i + 1);
        let header_at = |i: usize| Loc::new(line as usize, i + 1);
        let mut by_name: HashMap<String, usize> = HashMap::new();
        for (i, h) in names.iter().enumerate() {
            let name = canonical(h);
            if name.is_empty() {
                continue;
            }
            match by_name.entry(name) {
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
            if !by_name.contains_key(required) {
                let found = if quote_headers && !names.iter().all(String::is_empty) {
                    // Empty header cells say nothing: they are left out of the list.
                    names
                        .iter()
                        .filter(|n| !n.is_empty())
                        .map(String::as_str)
                        .collect::<Vec<_>>()
                        .join(", ")
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
            return None;
        }
        let numeric = ["quantite", "participants"]
            .iter()
            .filter_map(|c| by_name.get(*c).copied())
            .collect();
        Some(Self {
            rules: Rules {
                width,
                date: by_name["date"],
                activite: by_name["activite"],
                quantite: by_name.get("quantite").copied(),
                numeric,
                names,
                columns: Columns {
                    id: NEXT_LOG.fetch_add(1, Ordering::Relaxed),
                    by_name,
                },
            },
            activities: Activities::default(),
        })
    }

    /// Checks a row (not blank). `numeric_cells`: cells that are numbers in a spreadsheet;
    /// `unvalued_cells`: formulas without a cached value.
    pub fn check(
        &mut self,
        record: &StringRecord,
        line: u64,
        numeric_cells: &[usize],
        unvalued_cells: &[usize],
        place: &Place,
    ) -> Result<Good, Bad> {
        let scan = self.scan(record, numeric_cells, unvalued_cells);
        self.rules.judge(record, line, &scan, place)
    }

    /// The part of a row's check that comes first and needs the log's state: the privacy
    /// scan of every cell, and the activity's number.
    pub fn scan(
        &mut self,
        record: &StringRecord,
        numeric_cells: &[usize],
        unvalued_cells: &[usize],
    ) -> Scan {
        let rules = &self.rules;
        let mut scan = Scan::default();
        // A formula without its value, in a column with a header: its cell is not read.
        scan.unvalued.extend(
            unvalued_cells
                .iter()
                .copied()
                .filter(|&i| i < rules.width && !rules.names[i].is_empty()),
        );
        // The privacy scan comes before any other check: a cell that fails it is never
        // quoted, not even as a bad date or number.
        for (i, c) in record.iter().enumerate() {
            if let Err(kind) = privacy::scan_cell(c, numeric_cells.contains(&i)) {
                scan.private.push((i, kind));
            }
        }
        let act_col = rules.activite;
        scan.activity = self
            .activities
            .intern(trimmed(record.get(act_col).unwrap_or("")));
        if let Some(kind) = self.activities.private(scan.activity)
            && !scan.private.iter().any(|&(i, _)| i == act_col)
        {
            scan.private.push((act_col, kind));
        }
        scan.activity_blank = self.activities.slug(scan.activity).is_empty();
        scan
    }
}

impl Rules {
    /// The index of the activity column.
    pub fn activite_column(&self) -> usize {
        self.activite
    }

    /// The rest of a row's check, given its [`Header::scan`]: formulas without a value,
    /// cells beyond the header, the date, the activity, the numbers.
    pub fn judge(
        &self,
        record: &StringRecord,
        line: u64,
        scan: &Scan,
        place: &Place,
    ) -> Result<Good, Bad> {
        let mut bad: Bad = Vec::new();
        let at = |i: usize| Loc::new(line as usize, i + 1);
        let cell = |i: usize| trimmed(record.get(i).unwrap_or(""));
        let names = &self.names;
        let readable = |i: usize| !scan.unvalued.contains(&i);
        for &(i, kind) in &scan.private {
            let column = names
                .get(i)
                .cloned()
                .unwrap_or_else(|| place.column_name(i));
            bad.push((
                at(i),
                codes::LOG_PRIVATE_DATA,
                vec![("column", column.into()), ("kind", kind.key().into())],
            ));
        }
        let quotable = |i: usize| !scan.private.iter().any(|&(p, _)| p == i);
        for &i in &scan.unvalued {
            bad.push((
                at(i),
                codes::FORMULA_WITHOUT_VALUE,
                vec![("column", names[i].clone().into())],
            ));
        }
        if let Some(i) = (self.width..record.len()).find(|&i| !cell(i).is_empty()) {
            bad.push((
                at(i),
                codes::CELL_BEYOND_HEADER,
                vec![("column", place.column_name(i).into())],
            ));
        }
        let date_col = self.date;
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
        let act_col = self.activite;
        let activity = scan.activity;
        if scan.activity_blank && readable(act_col) {
            bad.push((
                at(act_col),
                codes::LOG_EMPTY_CELL,
                vec![("column", names[act_col].clone().into())],
            ));
        }
        let mut quantite = 1.0;
        for &i in self.numeric.iter().filter(|&&i| readable(i) && quotable(i)) {
            match number::parse(cell(i)) {
                Ok(Some(n)) if Some(i) == self.quantite => quantite = n,
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
        if bad.is_empty() {
            Ok(Good {
                date,
                activity,
                quantite,
            })
        } else {
            Err(bad)
        }
    }
}
