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
pub mod emit;
pub mod eval;
pub mod export;
pub mod i18n;
pub mod log;
pub mod plan;
pub mod report;
pub mod text;

use clap::FromArgMatches as _;

use cmd::Outcome;
use cmd::cli::{Cli, Command};
use i18n::{Catalog, Lang};

/// Parses the command line, runs the subcommand, returns the exit code.
pub fn run() -> Outcome {
    let catalog = Catalog::new(Lang::Fr);
    let parsed = cmd::cli::command(&catalog)
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => return cmd::usage::error(&e, &catalog),
    };
    match &cli.command {
        Command::Check(args) => cmd::check::run(args, &catalog),
        Command::Report(args) => cmd::report::run(args, &catalog),
        Command::Explain(args) => cmd::explain::run(args, &catalog),
    }
}
