//! `csc`: evaluates the indicators of a Belgian commune's plan de projet (Contrat de
//! Sécurité et de Société, plan stratégique de sécurité et de prévention) against its
//! activity logs.
//!
//! Architecture, from the outside in:
//! - [`cli`]: the command line; [`cmd`]: one module per subcommand;
//! - [`plan`]: the plan model and its loading through [`yaml`];
//! - [`target`]: the target grammar (`>/= 10/an`, `Oui/Non`…);
//! - [`diag`]: diagnostics and how they are rendered; [`msg`]: every user-facing text.

pub mod cli;
pub mod cmd;
pub mod diag;
pub mod eval;
pub mod export;
pub mod log;
pub mod msg;
pub mod plan;
pub mod report;
pub mod slug;
pub mod target;
pub mod yaml;

use clap::Parser as _;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use cmd::Outcome;

/// Parses the command line, runs the subcommand, returns the exit code.
pub fn run() -> Outcome {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    match &cli.command {
        cli::Command::Check(args) => cmd::check::run(args),
        cli::Command::Report(args) => cmd::report::run(args),
        cli::Command::Explain(args) => cmd::explain::run(args),
    }
}

/// Prints clap's errors in French; help and version go through unchanged.
fn usage_error(e: &clap::Error) -> Outcome {
    use msg::usage;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        let _ = e.print();
        return Outcome::Success;
    }
    let get = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        _ => String::new(),
    };
    let text = match e.kind() {
        ErrorKind::UnknownArgument => usage::unknown_argument(&get(ContextKind::InvalidArg)),
        ErrorKind::InvalidValue => {
            let possible = match e.get(ContextKind::ValidValue) {
                Some(ContextValue::Strings(v)) => v.clone(),
                _ => Vec::new(),
            };
            usage::invalid_value(
                &get(ContextKind::InvalidArg),
                &get(ContextKind::InvalidValue),
                &possible,
            )
        }
        ErrorKind::ValueValidation => {
            // Our own value parsers (dates, separators) already explain in French.
            let why = std::error::Error::source(e)
                .map(ToString::to_string)
                .unwrap_or_default();
            usage::refused_value(
                &get(ContextKind::InvalidArg),
                &get(ContextKind::InvalidValue),
                &why,
            )
        }
        ErrorKind::MissingRequiredArgument => {
            usage::missing_argument(&get(ContextKind::InvalidArg))
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            usage::missing_command()
        }
        ErrorKind::InvalidSubcommand => {
            usage::unknown_argument(&get(ContextKind::InvalidSubcommand))
        }
        _ => usage::other(e.to_string().lines().next().unwrap_or_default()),
    };
    eprintln!("{}: {text}\n\n{}", usage::ERROR, usage::SEE_HELP);
    Outcome::Usage
}
