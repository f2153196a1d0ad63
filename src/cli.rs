//! The command line (spec §6). Every help text lives in [`crate::msg::cli`].

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::diag::Format;
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
}
