//! Rows identical to an earlier one (spec §4: a warning), found exactly in bounded memory.
//!
//! Keeping every row (or a fingerprint of each) grows with the log: 16 bytes a row was 48
//! MiB of a million-row report. Instead, the reading pass puts a 63-bit fingerprint of each
//! good row in a fixed-size filter (a blocked Bloom filter: one 64-byte line per row, 8
//! bits set in it) and notes the fingerprints the filter had already seen: the
//! *candidates*. A filter never forgets, so a row without a candidate fingerprint has no
//! earlier twin; a candidate may be a false alarm. When there are candidates, a confirming
//! pass reads the log again and compares the rows of candidate fingerprints cell by cell
//! with the first row of each: what is counted are rows equal to an earlier one, exactly.
//!
//! A log without duplicates (the usual case) is read once. A few duplicates cost one more
//! read. Memory stays bounded however many there are: past [`MAX_CANDIDATES`] candidates,
//! or [`MAX_KEPT_BYTES`] of first rows kept while confirming, the fingerprints are split in
//! ranges (halving the one at work), each confirmed in turn, the later ranges found again
//! by a filtering pass of their own.

use csv::StringRecord;
use std::hash::{BuildHasher as _, Hasher as _};

use super::{MAX_ROW_ERRORS, trimmed};

/// The largest filter: 16 MiB, 128 bits a row at a million rows (no false alarm there in
/// practice), still a candidate in a thousand at ten million.
const MAX_FILTER_BYTES: usize = 16 << 20;
const MIN_FILTER_BYTES: usize = 64 << 10;
/// Candidate fingerprints kept at once (8 bytes each).
const MAX_CANDIDATES: usize = 1 << 17;
/// First rows kept while confirming, in bytes of their cells.
const MAX_KEPT_BYTES: usize = 8 << 20;
/// Fingerprints put in the filter together.
const BATCH: usize = 64;
/// Fingerprints are below this (63 bits), so that a range end fits in a `u64`.
const END: u64 = 1 << 63;

/// The duplicate rows of one log.
pub(super) struct Duplicates {
    hasher: foldhash::quality::RandomState,
    filter: Vec<Line>,
    /// Fingerprints below `settled` are done with.
    settled: u64,
    /// The range at work is `settled..until`: its candidates are all in `candidates`.
    until: u64,
    candidates: Vec<u64>,
    /// Fingerprints of the reading pass not yet in the filter.
    batch: Vec<u64>,
    /// The cells of the current row ([`Self::key`]).
    key: Vec<u8>,
    /// The fingerprint of the row [`Self::wants`] was last asked about.
    wanted: u64,
    /// `(line, line of the first identical row)`, the first ones in line order.
    pub found: Vec<(u64, u64)>,
    pub count: usize,
    max_candidates: usize,
    max_kept_bytes: usize,
}

impl std::fmt::Debug for Duplicates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Duplicates")
            .field("candidates", &self.candidates.len())
            .field("count", &self.count)
            .finish_non_exhaustive()
    }
}

/// A line of the filter: 512 bits, one cache line.
#[derive(Clone, Copy, Default)]
#[repr(align(64))]
struct Line([u64; 8]);

/// What a pass over the log does with the good rows it is handed.
pub(super) enum Pass {
    /// Fills the filter (cleared) with the rows of fingerprints from `settled`, noting
    /// candidates.
    Filter,
    /// Compares the rows of candidate fingerprints with the first row of each.
    Confirm(Confirm),
}

/// A row's cells (as in [`Duplicates::key`]) and its line.
type First = (Box<[u8]>, u64);

/// The first row of each candidate fingerprint met so far in a confirming pass.
#[derive(Default)]
pub(super) struct Confirm {
    firsts: foldhash::HashMap<u64, Vec<First>>,
    kept_bytes: usize,
    found: Vec<(u64, u64)>,
    count: usize,
}

impl Duplicates {
    /// A finder for a log of about `size_hint` bytes: the filter has a byte for six of
    /// the log's (a power of two between 64 KiB and 16 MiB).
    pub fn new(size_hint: u64) -> Self {
        let bytes = usize::try_from(size_hint / 6)
            .unwrap_or(MAX_FILTER_BYTES)
            .clamp(MIN_FILTER_BYTES, MAX_FILTER_BYTES)
            .next_power_of_two();
        Self::with_limits(bytes, MAX_CANDIDATES, MAX_KEPT_BYTES)
    }

    /// A finder with these limits (tests use tiny ones, to take every path).
    fn with_limits(filter_bytes: usize, max_candidates: usize, max_kept_bytes: usize) -> Self {
        Self {
            max_candidates,
            max_kept_bytes,
            hasher: foldhash::quality::RandomState::default(),
            filter: vec![Line::default(); (filter_bytes / 64).max(1)],
            settled: 0,
            until: END,
            candidates: Vec::new(),
            batch: Vec::with_capacity(BATCH),
            key: Vec::new(),
            wanted: 0,
            found: Vec::new(),
            count: 0,
        }
    }

    /// The fingerprint of a row: its trimmed cells, in order (their bytes end to end, then
    /// their lengths). Most cells need no trimming: the record's bytes are then hashed
    /// where they lie, not copied.
    fn fingerprint(&mut self, record: &StringRecord) -> u64 {
        let mut h = self.hasher.build_hasher();
        if record.iter().all(|c| trimmed(c).len() == c.len()) {
            h.write(record.as_slice().as_bytes());
            for cell in record {
                h.write_usize(cell.len());
            }
        } else {
            self.key.clear();
            for cell in record {
                self.key.extend_from_slice(trimmed(cell).as_bytes());
            }
            h.write(&self.key);
            for cell in record {
                h.write_usize(trimmed(cell).len());
            }
        }
        h.finish() >> 1
    }

    /// The key a confirming pass compares: the row's trimmed cells, each followed by 0xFF
    /// (never in UTF-8).
    fn key(&mut self, record: &StringRecord) {
        self.key.clear();
        for cell in record {
            self.key.extend_from_slice(trimmed(cell).as_bytes());
            self.key.push(0xFF);
        }
    }

    /// Puts a good row's fingerprint in the filter (the reading pass). Fingerprints wait
    /// in a small batch: the filter's lines, far apart in memory, are then fetched
    /// together rather than one at a time between rows.
    pub fn see(&mut self, record: &StringRecord) {
        let fp = self.fingerprint(record);
        self.batch.push(fp);
        if self.batch.len() == BATCH {
            self.flush();
        }
    }

    fn flush(&mut self) {
        let batch = std::mem::take(&mut self.batch);
        // First a load from each line: independent of one another, the loads are in
        // flight together, so the lines arrive in the time of about one; the inserts then
        // find them in the cache.
        let lines = self.filter.len();
        let touched = batch.iter().fold(0u64, |t, &fp| {
            t ^ self.filter[(fp as usize) & (lines - 1)].0[0]
        });
        std::hint::black_box(touched);
        for &fp in &batch {
            self.insert(fp);
        }
        self.batch = batch;
        self.batch.clear();
    }

    fn insert(&mut self, fp: u64) {
        // One line picked by the low bits, eight of its bits by the top bits of products.
        let lines = self.filter.len();
        let line = &mut self.filter[(fp as usize) & (lines - 1)].0;
        let mut seen = true;
        let mut h = fp;
        for _ in 0..8 {
            h = (h ^ (h >> 31)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            let bit = h >> 55;
            let (word, mask) = ((bit >> 6) as usize, 1u64 << (bit & 63));
            seen &= line[word] & mask != 0;
            line[word] |= mask;
        }
        if seen && fp < self.until {
            self.candidates.push(fp);
            if self.candidates.len() > self.max_candidates {
                self.candidates.sort_unstable();
                self.candidates.dedup();
                // Too many: keep the lower half of the range for now.
                while self.candidates.len() > self.max_candidates / 2
                    && self.until - self.settled > 1
                {
                    self.until = self.settled + (self.until - self.settled) / 2;
                    let until = self.until;
                    self.candidates.retain(|&c| c < until);
                }
            }
        }
    }

    /// The next pass over the log, or `None` when every duplicate has been found.
    pub fn next_pass(&mut self) -> Option<Pass> {
        self.flush();
        if self.candidates.is_empty() {
            // No candidate below `until`: no duplicate there.
            self.settled = self.until;
            if self.settled == END {
                return None;
            }
            // Look for the candidates above it.
            self.until = END;
            self.filter.fill(Line::default());
            return Some(Pass::Filter);
        }
        self.candidates.sort_unstable();
        self.candidates.dedup();
        Some(Pass::Confirm(Confirm::default()))
    }

    /// Whether a pass needs this row: a filtering pass every row of its range, a confirming
    /// one the rows of candidate fingerprints. Rows not needed are not checked.
    pub fn wants(&mut self, pass: &Pass, record: &StringRecord) -> bool {
        let fp = self.fingerprint(record);
        self.wanted = fp;
        match pass {
            Pass::Filter => fp >= self.settled,
            Pass::Confirm(_) => self.candidates.binary_search(&fp).is_ok(),
        }
    }

    /// The good row that [`Self::wants`] just accepted. `false` when a confirming pass has
    /// kept too much: its range is halved, and the pass must start again.
    pub fn add(&mut self, pass: &mut Pass, record: &StringRecord, line: u64) -> bool {
        let fp = self.wanted;
        let confirm = match pass {
            Pass::Filter => {
                self.insert(fp);
                return true;
            }
            Pass::Confirm(c) => c,
        };
        self.key(record);
        let firsts = confirm.firsts.entry(fp).or_default();
        if let Some((_, first)) = firsts.iter().find(|(k, _)| **k == self.key[..]) {
            confirm.count += 1;
            if confirm.found.len() < MAX_ROW_ERRORS {
                confirm.found.push((line, *first));
            }
            return true;
        }
        firsts.push((self.key.clone().into_boxed_slice(), line));
        confirm.kept_bytes += self.key.len() + 48;
        if confirm.kept_bytes <= self.max_kept_bytes || self.until - self.settled <= 1 {
            return true;
        }
        self.until = self.settled + (self.until - self.settled) / 2;
        let until = self.until;
        self.candidates.retain(|&c| c < until);
        false
    }

    /// The end of a whole pass: a confirming one settles its range.
    pub fn end_pass(&mut self, pass: Pass) {
        if let Pass::Confirm(confirm) = pass {
            self.count += confirm.count;
            self.found.extend(confirm.found);
            self.found.sort_unstable();
            self.found.truncate(MAX_ROW_ERRORS);
            self.candidates.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pass over `rows` (all good), as the log reader makes them: what was found.
    fn find(rows: &[StringRecord], mut d: Duplicates) -> (usize, Vec<(u64, u64)>, usize) {
        let line = |i: usize| i as u64 + 2;
        for r in rows {
            d.see(r);
        }
        let mut passes = 1;
        while let Some(mut pass) = d.next_pass() {
            passes += 1;
            let mut complete = true;
            for (i, r) in rows.iter().enumerate() {
                if complete && d.wants(&pass, r) {
                    complete = d.add(&mut pass, r, line(i));
                }
            }
            if complete {
                d.end_pass(pass);
            }
        }
        (d.count, d.found, passes)
    }

    /// The same, by keeping every row.
    fn naive(rows: &[StringRecord]) -> (usize, Vec<(u64, u64)>) {
        let mut first: HashMap<Vec<String>, u64> = HashMap::new();
        let (mut count, mut found) = (0, Vec::new());
        for (i, r) in rows.iter().enumerate() {
            let key: Vec<String> = r.iter().map(|c| c.trim().to_owned()).collect();
            let line = i as u64 + 2;
            let f = *first.entry(key).or_insert(line);
            if f != line {
                count += 1;
                if found.len() < MAX_ROW_ERRORS {
                    found.push((line, f));
                }
            }
        }
        (count, found)
    }

    use std::collections::HashMap;

    fn rows(n: usize, copies: usize) -> Vec<StringRecord> {
        (0..n)
            .map(|i| {
                // Every `n / copies`-th row repeats an earlier one; `a ` and `a` are equal.
                let k = if copies > 0 && i % (n / copies).max(1) == 1 {
                    i / 3
                } else {
                    i
                };
                let pad = if i % 2 == 0 { " " } else { "" };
                StringRecord::from(vec![
                    format!("01/02/2023{pad}"),
                    format!("a{}", k % 97),
                    k.to_string(),
                ])
            })
            .collect()
    }

    #[test]
    fn a_log_without_duplicates_is_read_once() {
        let rows = rows(5000, 0);
        let (count, found, passes) = find(&rows, Duplicates::new(1 << 20));
        assert_eq!((count, found, passes), (0, vec![], 1));
    }

    #[test]
    fn duplicates_are_counted_exactly_whatever_the_limits() {
        for copies in [1, 7, 100, 600] {
            let rows = rows(1200, copies);
            let expected = naive(&rows);
            assert!(expected.0 > 0);
            // Roomy, then a filter so small that most rows are false alarms, then so few
            // candidates and kept bytes that the fingerprints are split in many ranges.
            for (filter, candidates, kept) in [
                (1 << 20, 1 << 17, 8 << 20),
                (64, 1 << 17, 8 << 20),
                (64, 8, 256),
            ] {
                let found = find(&rows, Duplicates::with_limits(filter, candidates, kept));
                assert_eq!(
                    (found.0, found.1),
                    expected,
                    "{copies} {filter} {candidates} {kept}"
                );
            }
        }
    }

    #[test]
    fn rows_of_different_lengths_differ() {
        let rows = vec![
            StringRecord::from(vec!["a", "b"]),
            StringRecord::from(vec!["a", "b", ""]),
            StringRecord::from(vec!["ab"]),
            StringRecord::from(vec![" a", "b "]),
        ];
        let (count, found, _) = find(&rows, Duplicates::new(0));
        assert_eq!((count, found), (1, vec![(5, 2)]));
    }
}
