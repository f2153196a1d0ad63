//! `csc rollup PLAN_OR_DIR... [--as-of DATE] [--par pole|domaine|commune|annee]
//! [--format table|csv|json|markdown|html|xlsx] [-o FILE]` (spec §11).
//!
//! Plans that cannot be evaluated are listed with their error (on stderr, and in the
//! report) and the others are still rolled up: the report is written and the exit code
//! is 1. A path that does not exist or a folder without any plan is a usage error
//! (exit 2) and nothing is written.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::{Context, Outcome};
use crate::diag::{Diagnostic, codes};
use crate::export::ReportFormat;
use crate::i18n::{Catalog, Lang, keys};
use crate::plan::Langue;
use crate::rollup::{self, Par, Rollup, messages as m, render};

#[derive(Debug, clap::Args)]
pub struct RollupArgs {
    #[arg(required = true, value_name = "PLAN_OR_DIR")]
    pub paths: Vec<PathBuf>,

    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,

    #[arg(long, value_enum, hide_possible_values = true)]
    pub par: Option<Par>,

    #[arg(
        long,
        value_enum,
        default_value = "table",
        value_name = "FORMAT",
        hide_default_value = true,
        hide_possible_values = true
    )]
    pub format: ReportFormat,

    #[arg(short = 'o', long = "output")]
    pub output: Option<PathBuf>,

    #[arg(long)]
    pub virgule: bool,
}

/// `--as-of`: refused values are explained by the catalog (`usage-refused-value`, `date`).
fn parse_date(s: &str) -> Result<NaiveDate, String> {
    crate::text::date::parse(s).ok_or_else(|| "date".to_owned())
}

/// The help texts of `csc rollup`, from the catalog.
pub fn help(c: clap::Command, catalog: &Catalog) -> clap::Command {
    let w = |k| catalog.word(k);
    c.about(w(m::CLI_ABOUT))
        .mut_arg("paths", |a| {
            a.help(w(m::CLI_PATHS)).value_name(w(m::CLI_VALUE_PATH))
        })
        .mut_arg("as_of", |a| {
            a.help(w(keys::CLI_AS_OF))
                .value_name(w(keys::CLI_VALUE_DATE))
        })
        .mut_arg("par", |a| {
            a.help(w(m::CLI_PAR)).value_name(w(m::CLI_VALUE_GROUP))
        })
        .mut_arg("format", |a| a.help(w(m::CLI_FORMAT)))
        .mut_arg("output", |a| {
            a.help(w(keys::CLI_OUTPUT))
                .value_name(w(keys::CLI_VALUE_FILE))
        })
        .mut_arg("virgule", |a| a.help(w(keys::CLI_COMMA)))
}

/// The progress bar shows only once the run has lasted this long.
const PROGRESS_AFTER: Duration = Duration::from_millis(300);

pub fn run(args: &RollupArgs, ctx: &Context<'_>) -> Outcome {
    let catalog = ctx.messages;
    let eprint = |diags: &[Diagnostic]| super::eprint_diagnostics(catalog, diags, None);
    let first = args
        .paths
        .first()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    if args.format.is_binary() && args.output.is_none() {
        let d = Diagnostic::error(&first, None, codes::OUTPUT_REQUIRED).arg("format", "xlsx");
        eprint(&[d]);
        return Outcome::Usage;
    }
    let found = rollup::find(&args.paths);
    if !found.problems.is_empty() {
        eprint(&found.problems);
        return Outcome::Usage;
    }
    let rollup = evaluate(&found.plans, args.as_of, ctx);

    for (_, b) in rollup.broken() {
        let source = b.source.as_ref().map(|(f, t)| (f.as_str(), t.as_str()));
        super::eprint_diagnostics(catalog, &b.errors, source);
    }
    let model = render::Model::new(&rollup, args.par);
    if !ctx.quiet {
        let same_year: Vec<Diagnostic> = model
            .same_year
            .iter()
            .map(|s| {
                Diagnostic::warning(
                    s.files.first().map_or("", String::as_str),
                    None,
                    m::SAME_YEAR,
                )
                .arg("commune", s.commune.as_str())
                .arg("annee", s.annee)
                .arg("files", shortened(&s.files))
            })
            .collect();
        eprint(&same_year);
        let (warnings, plans) = rollup
            .evaluated()
            .filter(|(_, _, e)| e.warnings > 0)
            .fold((0, 0), |(w, p), (_, _, e)| (w + e.warnings, p + 1));
        if warnings > 0 {
            eprintln_safe(&catalog.get(
                m::WARNINGS,
                &[("warnings", warnings.into()), ("plans", plans.into())],
            ));
        }
    }
    let broken = rollup.broken().count();
    if broken > 0 {
        eprintln_safe(&catalog.get(
            m::BROKEN,
            &[
                ("broken", broken.into()),
                ("plans", rollup.plans.len().into()),
            ],
        ));
    }

    let words = Catalog::new(report_lang(ctx, &rollup));
    let color =
        args.output.is_none() && args.format == ReportFormat::Table && super::stdout_color();
    let format = match args.format {
        ReportFormat::Table => render::Format::Table { color },
        ReportFormat::Csv => render::Format::Csv {
            comma: args.virgule,
        },
        ReportFormat::Json => render::Format::Json,
        ReportFormat::Markdown => render::Format::Markdown,
        ReportFormat::Html => render::Format::Html,
        ReportFormat::Xlsx => render::Format::Xlsx,
    };
    let bytes = match render::render(&model, format, &words) {
        Ok(b) => b,
        Err(e) => {
            let d = Diagnostic::error(&first, None, codes::REPORT_FAILED).arg("reason", e.0);
            eprint(&[d]);
            return Outcome::Findings;
        }
    };
    let inputs: Vec<&Path> = rollup
        .plans
        .iter()
        .map(|p| p.path.as_path())
        .chain(
            rollup
                .evaluated()
                .flat_map(|(_, _, e)| e.logs.iter().map(PathBuf::as_path)),
        )
        .collect();
    if let Err(d) = super::output::report(args.output.as_deref(), &bytes, &inputs) {
        eprint(&[*d]);
        return Outcome::Usage;
    }
    if broken > 0 {
        Outcome::Findings
    } else {
        Outcome::Success
    }
}

/// Evaluates the plans, with a progress bar on a terminal once the run lasts.
fn evaluate(plans: &[PathBuf], as_of: Option<NaiveDate>, ctx: &Context<'_>) -> Rollup {
    if ctx.quiet || !std::io::stderr().is_terminal() {
        return rollup::evaluate(plans, as_of, &|| {});
    }
    let bar = ProgressBar::with_draw_target(Some(plans.len() as u64), ProgressDrawTarget::hidden());
    if let Ok(style) = ProgressStyle::with_template("{wide_bar} {pos}/{len} {msg}") {
        bar.set_style(style);
    }
    bar.set_message(ctx.messages.word(m::PROGRESS));
    let start = Instant::now();
    let shown = AtomicBool::new(false);
    let done = || {
        bar.inc(1);
        if start.elapsed() >= PROGRESS_AFTER && !shown.swap(true, Ordering::Relaxed) {
            bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    };
    let rollup = rollup::evaluate(plans, as_of, &done);
    bar.finish_and_clear();
    rollup
}

/// The language of the report (spec §8): `--lang`, else the `langue` all plans share,
/// else French.
fn report_lang(ctx: &Context<'_>, rollup: &Rollup) -> Lang {
    if let Some(l) = ctx.lang_flag {
        return l;
    }
    let mut langs = rollup
        .plans
        .iter()
        .filter_map(|p| p.meta.as_ref().map(|m| m.langue));
    match langs.next() {
        Some(first) if langs.all(|l| l == first) => match first {
            Langue::Fr => Lang::Fr,
            Langue::Nl => Lang::Nl,
            Langue::En => Lang::En,
        },
        _ => Lang::Fr,
    }
}

/// The first files of a list, and `…` for the others (a message stays readable).
fn shortened(files: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut text = files
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if files.len() > SHOWN {
        text.push_str(", …");
    }
    text
}

/// A line on stderr; a closed stderr is no reason to stop (the exit code still tells).
fn eprintln_safe(line: &str) {
    let _ = std::io::Write::write_all(
        &mut std::io::stderr().lock(),
        format!("{line}\n").as_bytes(),
    );
}
