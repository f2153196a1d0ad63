//! The command line (spec §6). Every help text lives in [`crate::msg::cli`].

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use chrono::NaiveDate;

use crate::diag::Format;
use crate::export::ReportFormat;
use crate::msg::cli as m;

#[derive(Debug, Parser)]
#[command(
    name = "csc",
    version,
    about = m::ABOUT,
    after_help = m::LONG_ABOUT_AFTER,
    help_template = m::TEMPLATE,
    subcommand_help_heading = m::COMMANDS,
    subcommand_value_name = "COMMANDE",
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    propagate_version = true,
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    #[arg(short = 'h', long = "help", action = clap::ArgAction::Help, help = m::HELP, global = true)]
    help: Option<bool>,

    #[arg(short = 'V', long = "version", action = clap::ArgAction::Version, help = m::VERSION)]
    version: Option<bool>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(about = m::CHECK, help_template = m::TEMPLATE)]
    Check(CheckArgs),
    #[command(about = m::REPORT, help_template = m::TEMPLATE)]
    Report(ReportArgs),
    #[command(about = m::EXPLAIN, help_template = m::TEMPLATE)]
    Explain(ExplainArgs),
}

/// Options shared by the commands that read logs.
#[derive(Debug, Args, Clone)]
pub struct LogArgs {
    #[arg(long = "log", value_name = "FICHIER", help = m::LOG)]
    pub logs: Vec<PathBuf>,

    #[arg(long, value_name = "DATE", value_parser = parse_date, help = m::AS_OF)]
    pub as_of: Option<NaiveDate>,

    #[arg(long, value_name = "SÉPARATEUR", value_parser = parse_delimiter, help = m::DELIMITER)]
    pub delimiter: Option<u8>,
}

impl LogArgs {
    pub fn inputs(&self) -> crate::report::Inputs {
        crate::report::Inputs {
            logs: self.logs.clone(),
            as_of: self.as_of,
            delimiter: self.delimiter,
        }
    }
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[arg(value_name = "PLAN", help = m::REPORT_PLAN)]
    pub plan: PathBuf,

    #[command(flatten)]
    pub logs: LogArgs,

    #[arg(long, value_enum, default_value = "table", value_name = "FORMAT", help = m::REPORT_FORMAT, hide_default_value = true, hide_possible_values = true)]
    pub format: ReportFormat,

    #[arg(short = 'o', long = "output", value_name = "FICHIER", help = m::OUTPUT)]
    pub output: Option<PathBuf>,

    #[arg(long, help = m::COMMA)]
    pub virgule: bool,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    #[arg(value_name = "PLAN", help = m::REPORT_PLAN)]
    pub plan: PathBuf,

    #[arg(value_name = "INDICATEUR", help = m::EXPLAIN_ID)]
    pub indicator: String,

    #[command(flatten)]
    pub logs: LogArgs,
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    crate::log::parse_date(s).ok_or_else(|| m::BAD_DATE.to_owned())
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        ";" | "point-virgule" => Ok(b';'),
        "," | "virgule" => Ok(b','),
        "\t" | "\\t" | "tab" | "tabulation" => Ok(b'\t'),
        _ => Err(m::BAD_DELIMITER.to_owned()),
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(required = true, value_name = "PLAN", help = m::CHECK_PLANS)]
    pub plans: Vec<PathBuf>,

    #[arg(
        long,
        value_enum,
        default_value = "text",
        value_name = "FORMAT",
        help = m::FORMAT,
        hide_default_value = true,
        hide_possible_values = true
    )]
    pub format: Format,

    #[arg(long, help = m::STRICT)]
    pub strict: bool,

    #[arg(long, help = m::FAIL_UNMET)]
    pub fail_unmet: bool,

    #[command(flatten)]
    pub logs: LogArgs,
}
