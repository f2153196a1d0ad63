//! What the fuzz targets share: the invariants of a log read (CSV or spreadsheet), of
//! diagnostics, and a scratch folder for the entry points that need a file.
//!
//! Every check panics with a message naming the invariant, so that libFuzzer keeps the
//! input as a crash.

use std::path::{Path, PathBuf};

use csc::diag::{Arg, Diagnostic};
use csc::i18n::{Catalog, Lang};
use csc::log::{IoFailure, Row, Summary, privacy};
use csc::text::{date, number, slug::slug};

/// What the visitor of a log saw, row by row, for the checks after the read.
#[derive(Debug, Default)]
pub struct Visited {
    pub rows: u64,
    pub lines: Vec<u64>,
    /// `(line, date, activite, quantite)` of each good row, for differential targets.
    pub good: Vec<(u64, String, String, u64)>,
}

impl Visited {
    /// Checks one good row and remembers it.
    pub fn row(&mut self, row: &Row<'_>) {
        assert!(
            row.quantite.is_finite() && row.quantite >= 0.0,
            "quantite {} not finite and >= 0",
            row.quantite
        );
        assert!(
            !row.activite.is_empty(),
            "a good row with an empty activity"
        );
        assert_eq!(
            row.activite,
            slug(row.activite_texte),
            "activite is the slug of its text"
        );
        let date_cell = row.cell("date").expect("a good row has a date column");
        assert_eq!(
            date::parse(date_cell),
            Some(row.date),
            "the date is the date cell's"
        );
        assert_eq!(row.cell("activite"), Some(row.activite_texte));
        match row.cell("quantite").map(number::parse) {
            None | Some(Ok(None)) => assert!(
                (row.quantite - 1.0).abs() < f64::EPSILON,
                "no quantite is 1"
            ),
            Some(Ok(Some(n))) => assert!(
                (row.quantite - n).abs() < f64::EPSILON,
                "quantite is its cell"
            ),
            Some(Err(e)) => panic!("a good row with a bad quantite: {e:?}"),
        }
        if let Some(&last) = self.lines.last() {
            assert!(row.line > last, "rows come in line order");
        }
        // Nothing a row hands on is private data.
        for c in ["date", "activite", "quantite", "participants"] {
            if let Some(cell) = row.cell(c) {
                assert!(
                    privacy::scan(cell).is_ok(),
                    "a good row's {c} cell holds private data"
                );
            }
        }
        self.rows += 1;
        self.lines.push(row.line);
        self.good.push((
            row.line,
            date::display(row.date),
            row.activite.to_owned(),
            row.quantite.to_bits(),
        ));
    }
}

/// The encodings a summary may name.
const ENCODINGS: &[&str] = &["UTF-8", "Windows-1252", "UTF-16", "Excel", "OpenDocument"];

/// Checks what reading a log returned against what its visitor saw.
pub fn check_read(result: &Result<Summary, IoFailure>, seen: &Visited) {
    match result {
        Err(IoFailure(d)) => check_diagnostic(d),
        Ok(s) => {
            assert!(
                ENCODINGS.contains(&s.encoding),
                "unknown encoding {:?}",
                s.encoding
            );
            assert!(
                s.errors.len() <= s.error_count,
                "more errors kept than counted"
            );
            assert!(seen.rows <= s.rows, "more rows visited than counted");
            if s.error_count == 0 {
                assert_eq!(seen.rows, s.rows, "a log without error visits every row");
            }
            assert!(s.duplicates.len() <= s.duplicate_count);
            for &(line, first) in &s.duplicates {
                assert!(first < line, "a duplicate comes after its first");
            }
            if let Some(&first) = seen.lines.first() {
                assert!(first > s.header_line, "a row above its header");
            }
            for d in &s.errors {
                check_diagnostic(d);
            }
        }
    }
}

thread_local! {
    /// Leaked on purpose: a thread-local without drop glue registers no destructor, whose
    /// registration LeakSanitizer would report in the first input that touches it.
    static CATALOGS: &'static [Catalog] =
        Box::leak(Lang::ALL.iter().map(|&l| Catalog::new(l)).collect::<Vec<_>>().into_boxed_slice());
}

/// Runs `f` with the catalog of `lang` (built once per process: it parses every
/// message file).
pub fn with_catalog<T>(lang: Lang, f: impl FnOnce(&Catalog) -> T) -> T {
    let catalogs = CATALOGS.with(|c| *c);
    let i = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    f(&catalogs[i])
}

/// A diagnostic about a log: its place is a place, its words quote no private data, and
/// every language can say it.
pub fn check_diagnostic(d: &Diagnostic) {
    check_words(d);
    for (name, value) in &d.args {
        if let Arg::Str(s) = value {
            assert!(
                privacy::scan(s).is_ok(),
                "{}: argument `{name}` quotes private data",
                d.code.id
            );
        }
    }
}

/// Any diagnostic (a plan's may quote the plan: plans are not scanned for privacy): its
/// place is a place and every language can say it.
pub fn check_words(d: &Diagnostic) {
    if let Some(loc) = d.loc {
        assert!(loc.line >= 1 && loc.column >= 1 && loc.len >= 1, "{loc:?}");
    }
    for &lang in Lang::ALL {
        with_catalog(lang, |c| {
            let _ = c.message(d);
            let _ = c.help(d);
            let _ = c.severity(d);
        });
    }
}

/// A folder of this process for the entry points that read files; `/dev/shm` when
/// there is one, so that a run does not wear a disk.
pub fn scratch() -> PathBuf {
    thread_local! {
        // Leaked, as `CATALOGS`.
        static DIR: &'static Path = {
            let base = if Path::new("/dev/shm").is_dir() {
                PathBuf::from("/dev/shm")
            } else {
                std::env::temp_dir()
            };
            let dir = base.join(format!("csc-fuzz-{}", std::process::id()));
            std::fs::create_dir_all(&dir).expect("scratch folder");
            Box::leak(dir.into_boxed_path())
        };
    }
    DIR.with(|d| d.to_path_buf())
}

/// Reads the log at `path` (a CSV file or a workbook) as `csc` does, and checks it.
pub fn read_log(path: &std::path::Path, options: csc::log::Options) -> Visited {
    let mut seen = Visited::default();
    let display = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let read = csc::log::read(path, &display, options, |row| seen.row(row));
    check_read(&read, &seen);
    seen
}

/// Splits `data` at each `sep` byte into at most `n` parts (the last keeps the rest).
pub fn split(data: &[u8], sep: u8, n: usize) -> Vec<&[u8]> {
    data.splitn(n, |&b| b == sep).collect()
}

/// Renders diagnostics as `csc check` prints them (with a snippet of `source` under each
/// one that has a place), in every language, in colour and without.
pub fn render_text(diags: &[Diagnostic], source: Option<(&str, &str)>) {
    for &lang in Lang::ALL {
        with_catalog(lang, |catalog| {
            for color in [false, true] {
                let mut text = csc::emit::Text { catalog, color };
                let out = csc::emit::render(&mut text, diags, source);
                assert!(
                    diags.is_empty() || !out.is_empty(),
                    "diagnostics rendered as nothing"
                );
            }
        });
    }
}

/// A zip archive of stored (uncompressed) files, in order: the fuzzer mutates the
/// files' bytes, not a deflate stream (and the CRCs are right).
pub fn stored_zip(files: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write as _;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in files {
        zip.start_file(*name, options).expect("zip entry");
        zip.write_all(bytes).expect("zip write");
    }
    zip.finish().expect("zip end").into_inner()
}

/// Writes `bytes` to `name` in the scratch folder and reads it as a log (`#sheet`
/// appended when given), as `csc` reads a log it was given.
pub fn read_file_log(name: &str, bytes: &[u8], sheet: Option<&str>) -> Visited {
    let path = scratch().join(name);
    std::fs::write(&path, bytes).expect("scratch write");
    let spec = match sheet {
        Some(s) => PathBuf::from(format!("{}#{s}", path.display())),
        None => path,
    };
    read_log(
        &spec,
        csc::log::Options {
            delimiter: None,
            quote_headers: true,
        },
    )
}

/// Once, before the first input (`fuzz_target!(init: csc_fuzz::init(), …)`): builds what
/// is built once per process, so that LeakSanitizer does not take it for a leak of the
/// input that first needs it (a thread-local destructor's registration: std's channel
/// context on the thread that waits for the reading thread of `log::read`; the reading
/// thread's own exit still races with the check, hence `-detect_leaks=0`).
pub fn init() {
    let _ = scratch();
    with_catalog(Lang::Fr, |_| ());
    // A receiver that waits registers the channel's thread-local context.
    let (_send, receive) = std::sync::mpsc::sync_channel::<()>(0);
    let _ = receive.recv_timeout(std::time::Duration::from_millis(1));
    let mut seen = Visited::default();
    let log = b"date;activite;quantite\n14/02/2023;Formation;2\n15/02/2023;Suivi;\n";
    let options = csc::log::Options {
        delimiter: None,
        quote_headers: true,
    };
    let result = csc::log::read_csv_bytes(log, "journal.csv", options, |row| seen.row(row));
    check_read(&result, &seen);
}
