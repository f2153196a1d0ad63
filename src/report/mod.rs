//! A plan evaluated against its logs: what `check`, `report` and `explain` share.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

mod document;

pub use document::{Document, opt_number, round2};

use crate::diag::{Diagnostic, Loc, Severity, codes};
use crate::eval::{Calendar, Effect, Evaluator, Outcome, Statut};
use crate::log::{self, Row};
use crate::plan::{Placed, Plan};

/// What the user asked for besides the plan.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    pub logs: Vec<PathBuf>,
    pub as_of: Option<NaiveDate>,
    pub delimiter: Option<u8>,
}

/// A log that was read.
#[derive(Debug, Clone)]
pub struct LogInfo {
    /// The path as resolved (with `#Sheet` for a workbook's sheet), to compare with `-o`.
    pub path: PathBuf,
    pub file: String,
    pub rows: u64,
    pub encoding: &'static str,
}

/// The evaluated plan.
#[derive(Debug)]
pub struct Report<'p> {
    pub plan: &'p Plan,
    pub cal: Calendar,
    pub lines: Vec<(Placed<'p>, Outcome)>,
    pub logs: Vec<LogInfo>,
    pub diagnostics: Vec<Diagnostic>,
    /// The plan's folder, absolute: reports meant to be sent name files relative to it.
    pub plan_dir: PathBuf,
}

impl Report<'_> {
    /// A file named as a report meant to be sent names it: relative to the plan's folder,
    /// never by an absolute path (on Windows it holds the user's name).
    pub fn shown_path(&self, file: &str) -> String {
        relative_to(&self.plan_dir, Path::new(file))
    }

    pub fn resume(&self) -> BTreeMap<Statut, usize> {
        let mut r: BTreeMap<Statut, usize> = Statut::ALL.iter().map(|s| (*s, 0)).collect();
        for (_, o) in &self.lines {
            *r.entry(o.statut).or_default() += 1;
        }
        r
    }

    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// Hears, for the traced indicator, each row (with its log file) and what it did.
pub type Tracer<'a> = dyn FnMut(&str, &Row<'_>, Effect) + 'a;

/// Why no report could be made.
#[derive(Debug)]
pub enum Failure {
    /// A log could not be opened: exit 2.
    Io(Vec<Diagnostic>),
}

/// The evaluation date: `--as-of`, else the earlier of today and the end of the period.
pub fn calendar(plan: &Plan, as_of: Option<NaiveDate>) -> Calendar {
    let today = chrono::Local::now().date_naive();
    Calendar {
        du: plan.periode.du,
        au: plan.periode.au,
        as_of: as_of.unwrap_or_else(|| today.min(plan.periode.au)),
    }
}

/// Reads every log of the plan and evaluates every indicator. `trace` follows one
/// indicator (by index) row by row, for `explain`.
pub fn build<'p>(
    plan_path: &Path,
    plan_file: &str,
    plan: &'p Plan,
    inputs: &Inputs,
    mut trace: Option<(usize, &mut Tracer<'_>)>,
) -> Result<Report<'p>, Failure> {
    let cal = calendar(plan, inputs.as_of);
    let resolved = log::resolve(plan_path, &plan.journaux, &inputs.logs);
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    let mut evaluator = Evaluator::new(plan, cal);
    let mut logs = Vec::new();
    // A glob that matches nothing is an I/O error, like a missing file (spec §4 v1.1).
    let mut io_errors: Vec<Diagnostic> = resolved
        .empty_globs
        .iter()
        .map(|(pattern, loc)| {
            let file = if loc.is_some() { plan_file } else { pattern };
            Diagnostic::error(file, *loc, codes::GLOB_EMPTY).arg("pattern", pattern)
        })
        .collect();
    let twins = log::twins(&resolved.files);
    for (path, twin) in resolved.files.iter().zip(twins) {
        let display = display_path(path);
        if let Some(twin) = twin {
            // The same file is read once; another file with the same bytes is read.
            let (first, kind) = match twin {
                log::Twin::SameFile(j) => (j, "same-file"),
                log::Twin::SameContent(j) => (j, "same-content"),
            };
            diagnostics.push(
                Diagnostic::warning(&display, None, codes::LOG_TWICE)
                    .arg("path", path.to_string_lossy().as_ref())
                    .arg("other", resolved.files[first].to_string_lossy().as_ref())
                    .arg("kind", kind),
            );
            if let log::Twin::SameFile(_) = twin {
                continue;
            }
        }
        let before_unknown = evaluator.unknown.clone();
        let before_outside = evaluator.outside;
        evaluator.outside_lines.clear();
        let before_missing = evaluator.missing_columns.len();
        evaluator.bad_numbers.clear();
        let result = log::read(
            path,
            &display,
            log::Options {
                delimiter: inputs.delimiter,
                quote_headers: inside(plan_path, path),
            },
            |row| match trace.as_mut() {
                Some((i, f)) => {
                    let mut hear = |e: Effect| f(&display, row, e);
                    evaluator.add(row, Some((*i, &mut hear)));
                }
                None => evaluator.add(row, None),
            },
        );
        let summary = match result {
            Ok(s) => s,
            Err(log::IoFailure(d)) => {
                // A log the plan names is placed at its line in `journaux`.
                let mut d = *d;
                let shown = path.to_string_lossy();
                if let Some((_, loc)) = plan.journaux.iter().find(|(written, _)| {
                    let written = written.trim_start_matches("./");
                    shown.ends_with(written) || shown.ends_with(&written.replace('\\', "/"))
                }) {
                    plan_file.clone_into(&mut d.file);
                    d.loc = Some(*loc);
                    d.sheet = None;
                }
                io_errors.push(d);
                continue;
            }
        };
        diagnostics.extend(summary.errors.iter().cloned());
        for (line, column, value, kind) in evaluator.bad_numbers.iter().take(log::MAX_ROW_ERRORS) {
            diagnostics.push(
                summary
                    .error(Some(Loc::new(*line as usize, 1)), codes::LOG_BAD_NUMBER)
                    .arg("column", column)
                    .arg("value", value)
                    .arg("kind", *kind),
            );
        }
        let hidden = summary.error_count.saturating_sub(summary.errors.len());
        if hidden > 0 {
            diagnostics.push(
                summary
                    .error(None, codes::LOG_MORE_ERRORS)
                    .arg("count", hidden),
            );
        }
        let indicators: Vec<_> = plan.indicators().map(|p| p.indicateur).collect();
        for (column, i) in &evaluator.missing_columns[before_missing..] {
            // At the log's header; the message names the plan line of the measure.
            diagnostics.push(
                summary
                    .error(
                        Some(Loc::new(summary.header_line as usize, 1)),
                        codes::LOG_MEASURE_COLUMN,
                    )
                    .arg("column", column)
                    .arg("indicator", indicators[*i].id.as_str())
                    .arg("plan_line", indicators[*i].loc.line),
            );
        }
        let known: Vec<&str> = evaluator.known_codes().collect();
        for (code, (rows, first)) in &evaluator.unknown {
            let before = before_unknown.get(code).map_or(0, |(n, _)| *n);
            if *rows > before {
                let near = nearest(code, &known);
                diagnostics.push(
                    summary
                        .warning(
                            Some(Loc::new(*first as usize, 1)),
                            codes::LOG_UNKNOWN_ACTIVITY,
                        )
                        .arg("code", code)
                        .arg("rows", rows - before)
                        .arg("has_nearest", near.is_some())
                        .arg("nearest", near.unwrap_or_default()),
                );
            }
        }
        if evaluator.outside > before_outside {
            let lines: Vec<String> = evaluator.outside_lines.iter().map(u64::to_string).collect();
            let first = evaluator.outside_lines.first().copied().unwrap_or(1);
            diagnostics.push(
                summary
                    .warning(Some(Loc::new(first as usize, 1)), codes::LOG_OUTSIDE_PERIOD)
                    .arg("rows", evaluator.outside - before_outside)
                    .arg("du", cal.du)
                    .arg("au", cal.au)
                    .arg("lines", lines.join(", ")),
            );
        }
        if let Some((line, first)) = summary.duplicates.first() {
            diagnostics.push(
                summary
                    .warning(Some(Loc::new(*line as usize, 1)), codes::LOG_DUPLICATE)
                    .arg("first_line", *first)
                    .arg("more", summary.duplicate_count - 1),
            );
        }
        logs.push(LogInfo {
            path: PathBuf::from(log::split_sheet(&path.to_string_lossy()).0),
            file: display,
            rows: summary.rows,
            encoding: summary.encoding,
        });
    }
    if !io_errors.is_empty() {
        return Err(Failure::Io(io_errors));
    }
    if logs.is_empty()
        && plan
            .indicators()
            .any(|p| matches!(p.indicateur.source, crate::plan::Source::Mesure(_)))
    {
        // At `journaux`, or at the first measured indicator.
        let at = plan.journaux_loc.or_else(|| {
            plan.indicators()
                .find(|p| matches!(p.indicateur.source, crate::plan::Source::Mesure(_)))
                .map(|p| p.indicateur.loc)
        });
        diagnostics.push(Diagnostic::warning(plan_file, at, codes::NO_LOGS));
    }
    diagnostics.extend(plan_warnings(plan, plan_file, &cal, &evaluator));
    let outcomes = evaluator.finish(!logs.is_empty());
    Ok(Report {
        plan,
        cal,
        lines: plan.indicators().zip(outcomes).collect(),
        logs,
        diagnostics,
        plan_dir: absolute(plan_path.parent().unwrap_or_else(|| Path::new(""))),
    })
}

/// What the evaluation finds in the plan itself: an activity listed twice, a rate that
/// cannot be judged over this period, an evaluation date before the period.
fn plan_warnings(
    plan: &Plan,
    plan_file: &str,
    cal: &Calendar,
    evaluator: &Evaluator<'_>,
) -> Vec<Diagnostic> {
    use crate::plan::target::{Period, Target};
    let indicators: Vec<_> = plan.indicators().map(|p| p.indicateur).collect();
    let mut out = Vec::new();
    if cal.as_of < cal.du {
        out.push(
            Diagnostic::warning(plan_file, None, codes::AS_OF_BEFORE_PERIOD)
                .arg("as_of", cal.as_of)
                .arg("du", cal.du),
        );
    }
    for (i, code) in &evaluator.listed_twice {
        out.push(
            Diagnostic::warning(
                plan_file,
                Some(indicators[*i].loc),
                codes::ACTIVITY_LISTED_TWICE,
            )
            .arg("code", code),
        );
    }
    for ind in &indicators {
        if let (Target::Quantity { per: Some(per), .. }, crate::plan::Source::Mesure(_)) =
            (&ind.cible, &ind.source)
            && *per != Period::Year
            && cal.judged(*per).is_empty()
        {
            out.push(
                Diagnostic::warning(plan_file, Some(ind.loc), codes::SUB_PERIOD_IMPOSSIBLE)
                    .arg("id", ind.id.as_str())
                    .arg(
                        "period",
                        match per {
                            Period::Week => "week",
                            Period::Month => "month",
                            Period::Quarter => "quarter",
                            Period::Semester => "semester",
                            Period::Year => "year",
                        },
                    ),
            );
        }
    }
    out
}

/// A path made absolute against the current folder, without touching the file system
/// more than needed (`..` resolved where the folder exists).
fn absolute(p: &Path) -> PathBuf {
    let p = if p.as_os_str().is_empty() {
        Path::new(".")
    } else {
        p
    };
    p.canonicalize()
        .unwrap_or_else(|_| std::env::current_dir().map_or_else(|_| p.to_path_buf(), |d| d.join(p)))
}

/// `file` relative to `folder` (`../journaux/a.csv`); only its name when they share no
/// root (another drive). A `#Sheet` suffix is kept.
pub fn relative_to(folder: &Path, file: &Path) -> String {
    let text = file.to_string_lossy();
    let (path, sheet) = log::split_sheet(&text);
    let target = absolute(Path::new(path));
    let from: Vec<_> = folder.components().collect();
    let to: Vec<_> = target.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let shown = if common == 0 {
        target
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    } else {
        let mut rel = PathBuf::new();
        for _ in common..from.len() {
            rel.push("..");
        }
        for c in &to[common..] {
            rel.push(c);
        }
        rel.to_string_lossy().replace('\\', "/")
    };
    match sheet {
        Some(s) => format!("{shown}#{s}"),
        None => shown,
    }
}

/// Whether a log lies in the plan's folder (or below it).
fn inside(plan_path: &Path, log: &Path) -> bool {
    let folder = plan_path.parent().unwrap_or_else(|| Path::new("."));
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let file = PathBuf::from(log::split_sheet(&log.to_string_lossy()).0);
    match (folder.canonicalize(), file.canonicalize()) {
        (Ok(f), Ok(l)) => l.starts_with(f),
        _ => false,
    }
}

/// The nearest of `known` to `code`, when it is near enough to be a typo.
pub fn nearest(code: &str, known: &[&str]) -> Option<String> {
    known
        .iter()
        .map(|k| (strsim::normalized_damerau_levenshtein(code, k), *k))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k.to_owned())
}

/// A path as the user would type it (no `./` prefix).
fn display_path(p: &Path) -> String {
    let s = p.display().to_string();
    s.strip_prefix("./").map(str::to_owned).unwrap_or(s)
}
