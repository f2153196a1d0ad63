//! `csc`: evaluates the indicators of a Belgian commune's plan de projet (Contrat de
//! Sécurité et de Société, plan stratégique de sécurité et de prévention) against its
//! activity logs.
//!
//! Layers, each importing only those below it (a test keeps it so):
//! [`text`] (pure grammars) → [`diag`] (codes and arguments) → [`plan`], [`log`] →
//! [`eval`] → [`report`] (a language-neutral value) → [`i18n`] (the message catalog) →
//! [`export`] (report formats over one table view) and [`emit`] (diagnostic formats) →
//! [`cmd`] (the commands) → `main`.

pub mod cmd;
pub mod diag;
pub mod diff;
pub mod emit;
pub mod eval;
pub mod export;
pub mod i18n;
pub mod log;
pub mod plan;
pub mod report;
pub mod rollup;
pub mod text;

use clap::FromArgMatches as _;

use cmd::Outcome;
use cmd::cli::{Cli, Command};
use i18n::{Catalog, Lang};

/// Parses the command line, runs the subcommand, returns the exit code.
pub fn run() -> Outcome {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // `csc help [COMMAND]` is `csc [COMMAND] --help`, in the language of the messages.
    if args.get(1).is_some_and(|a| a == "help") {
        args.remove(1);
        args.push("--help".into());
    }
    // The language of help and errors is needed before the command line is parsed.
    let flag = lang_flag(&args);
    let lang = flag.unwrap_or_else(|| {
        Lang::from_environment(|k| std::env::var(k).ok(), system_language().as_deref())
    });
    let catalog = Catalog::new(lang);
    let parsed = cmd::cli::command(&catalog)
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(mut e) => {
            cmd::cli::best_suggestion(&mut e);
            return cmd::usage::error(&e, &catalog);
        }
    };
    let ctx = cmd::Context {
        messages: &catalog,
        lang_flag: cli.lang,
        quiet: cli.quiet,
    };
    match &cli.command {
        Command::Check(args) => cmd::check::run(args, &ctx),
        Command::Report(args) => cmd::report::run(args, &ctx),
        Command::Explain(args) => cmd::explain::run(args, &ctx),
        Command::Diff(args) => cmd::diff::run(args, &ctx),
        Command::Rollup(args) => cmd::rollup::run(args, &ctx),
        Command::Init(args) => cmd::init::run(args, &ctx),
        Command::Schema => cmd::schema::run(&ctx),
        Command::Completions(args) => cmd::completions::run(args, &ctx),
        Command::Manpage => cmd::completions::manpage(&ctx),
    }
}

/// `--lang nl` or `--lang=nl`, wherever it stands; an unknown value is left to clap.
fn lang_flag(args: &[std::ffi::OsString]) -> Option<Lang> {
    let mut it = args.iter().filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            return it.next().and_then(Lang::parse);
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Lang::parse(v);
        }
    }
    None
}

/// The user's UI language on Windows (elsewhere the environment variables say it).
fn system_language() -> Option<String> {
    #[cfg(windows)]
    {
        sys_locale::get_locale()
    }
    #[cfg(not(windows))]
    {
        None
    }
}
