//! The command line (spec §6). The structure is declared here; every help text, value
//! name and heading comes from the catalog ([`command`]), so that help reads in the
//! user's language.

use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, CommandFactory as _, Parser, Subcommand};

use crate::emit::Format;
use crate::export::ReportFormat;
use crate::i18n::{Catalog, Lang, keys};

#[derive(Debug, Parser)]
#[command(
    name = "csc",
    version,
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true,
    propagate_version = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    #[arg(short = 'h', long = "help", action = clap::ArgAction::Help, global = true)]
    help: Option<bool>,

    #[arg(short = 'V', long = "version", action = clap::ArgAction::Version)]
    version: Option<bool>,

    /// The language of messages and reports: fr, nl or en.
    #[arg(long, global = true, value_parser = parse_lang, value_name = "LANG")]
    pub lang: Option<Lang>,

    /// Only errors: no warnings, no table.
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Check(CheckArgs),
    Report(ReportArgs),
    Explain(ExplainArgs),
    Diff(super::diff::DiffArgs),
    Rollup(super::rollup::RollupArgs),
    Init(InitArgs),
    Schema,
    Completions(CompletionsArgs),
    // The manual page (roff), for packagers: `csc manpage > csc.1`.
    #[command(hide = true)]
    Manpage,
}

/// The subcommands, in the order of the help.
const SUBCOMMANDS: &[&str] = &[
    "check",
    "report",
    "explain",
    "diff",
    "rollup",
    "init",
    "schema",
    "completions",
    "manpage",
];

/// Options shared by the commands that read logs.
#[derive(Debug, Args, Clone)]
pub struct LogArgs {
    #[arg(long = "log")]
    pub logs: Vec<PathBuf>,

    #[arg(long, value_parser = parse_date)]
    pub as_of: Option<NaiveDate>,

    #[arg(long, value_parser = parse_delimiter)]
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
pub struct CheckArgs {
    #[arg(required = true, value_name = "PLAN")]
    pub plans: Vec<PathBuf>,

    #[arg(
        long,
        value_enum,
        default_value = "text",
        value_name = "FORMAT",
        hide_default_value = true,
        hide_possible_values = true
    )]
    pub format: Format,

    #[arg(long)]
    pub strict: bool,

    #[arg(long)]
    pub fail_unmet: bool,

    #[command(flatten)]
    pub logs: LogArgs,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    #[command(flatten)]
    pub logs: LogArgs,

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

#[derive(Debug, Args)]
pub struct ExplainArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    #[arg()]
    pub indicator: String,

    #[command(flatten)]
    pub logs: LogArgs,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    #[arg(value_name = "DIR", default_value = ".", hide_default_value = true)]
    pub dir: PathBuf,

    #[arg(long)]
    pub commune: Option<String>,

    #[arg(long, value_parser = parse_year)]
    pub annee: Option<i32>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum, hide_possible_values = true)]
    pub shell: clap_complete::Shell,
}

/// Keeps only clap's best suggestion for a mistyped command (`chek` → `check`, not
/// `schema, check`): clap lists every candidate, the most likely last.
pub fn best_suggestion(e: &mut clap::Error) {
    use clap::error::{ContextKind, ContextValue};
    if let Some(ContextValue::Strings(all)) = e.get(ContextKind::SuggestedSubcommand)
        && let Some(best) = all.last().cloned()
    {
        e.insert(
            ContextKind::SuggestedSubcommand,
            ContextValue::Strings(vec![best]),
        );
    }
}

/// `--annee`: a year from 2000 to 2100, as in a plan.
fn parse_year(s: &str) -> Result<i32, String> {
    s.trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (2000..=2100).contains(y))
        .ok_or_else(|| "year".to_owned())
}

/// `--as-of`: refused values are explained by the catalog (`usage-refused-value`, `date`).
fn parse_date(s: &str) -> Result<NaiveDate, String> {
    crate::text::date::parse(s).ok_or_else(|| "date".to_owned())
}

/// `--lang`: `fr`, `nl` or `en` (a locale such as `nl_BE` is accepted too).
fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| "lang".to_owned())
}

/// `--delimiter`: `;`, `,` or tab, by sign or by name.
fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        ";" | "point-virgule" => Ok(b';'),
        "," | "virgule" => Ok(b','),
        "\t" | "\\t" | "tab" | "tabulation" => Ok(b'\t'),
        _ => Err("delimiter".to_owned()),
    }
}

/// Puts every argument under the catalog's "Arguments" or "Options" heading (clap's own
/// headings are English).
fn headings(mut cmd: clap::Command, arguments: &str, options: &str) -> clap::Command {
    // Arguments first, then options: clap lists headings in the order they are given.
    let mut ids: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    ids.sort_by_key(|(_, positional)| !positional);
    for (order, (id, positional)) in ids.into_iter().enumerate() {
        let heading = if positional { arguments } else { options };
        cmd = cmd.mut_arg(id, |a| {
            a.help_heading(heading.to_owned()).display_order(order)
        });
    }
    cmd
}

/// The command definition with every text from the catalog.
pub fn command(catalog: &Catalog) -> clap::Command {
    let arguments = catalog.word(keys::CLI_ARGUMENTS);
    let options = catalog.word(keys::CLI_OPTIONS);
    let placeholder = format!("[{}]", catalog.word(keys::CLI_OPTIONS_PLACEHOLDER));
    let mut cmd = texts(catalog);
    for name in SUBCOMMANDS {
        cmd = cmd.mut_subcommand(name, |c| {
            let c = headings(c, &arguments, &options);
            let usage = usage(&c, &format!("csc {name}"), &placeholder);
            c.override_usage(usage)
        });
    }
    let cmd = headings(cmd, &arguments, &options);
    let usage = usage(&cmd, "csc", &placeholder);
    cmd.override_usage(usage)
}

/// clap's usage line with its `[OPTIONS]` in the catalog's words.
fn usage(cmd: &clap::Command, name: &str, placeholder: &str) -> String {
    let rendered = cmd.clone().bin_name(name).render_usage().to_string();
    let line = rendered
        .split_once(": ")
        .map_or(rendered.as_str(), |(_, u)| u)
        .trim();
    line.replace("[OPTIONS]", placeholder)
}

/// The command definition with its help texts from the catalog.
fn texts(catalog: &Catalog) -> clap::Command {
    let w = |k| catalog.word(k);
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        w(keys::CLI_USAGE)
    );
    let logs = |c: clap::Command| {
        c.mut_arg("logs", |a| {
            a.help(w(keys::CLI_LOG)).value_name(w(keys::CLI_VALUE_FILE))
        })
        .mut_arg("as_of", |a| {
            a.help(w(keys::CLI_AS_OF))
                .value_name(w(keys::CLI_VALUE_DATE))
        })
        .mut_arg("delimiter", |a| {
            a.help(w(keys::CLI_DELIMITER))
                .value_name(w(keys::CLI_VALUE_SEPARATOR))
        })
    };
    Cli::command()
        .about(w(keys::CLI_ABOUT))
        .after_help(w(keys::CLI_AFTER_HELP))
        .help_template(template.clone())
        .subcommand_help_heading(w(keys::CLI_COMMANDS))
        .subcommand_value_name(w(keys::CLI_VALUE_COMMAND))
        .mut_arg("help", |a| a.help(w(keys::CLI_HELP)))
        .mut_arg("version", |a| a.help(w(keys::CLI_VERSION)))
        .mut_arg("lang", |a| a.help(w(keys::CLI_LANG)))
        .mut_arg("quiet", |a| a.help(w(keys::CLI_QUIET)))
        .mut_subcommand("check", |c| {
            logs(c)
                .about(w(keys::CLI_CHECK))
                .help_template(template.clone())
                .mut_arg("plans", |a| a.help(w(keys::CLI_CHECK_PLANS)))
                .mut_arg("format", |a| a.help(w(keys::CLI_FORMAT)))
                .mut_arg("strict", |a| a.help(w(keys::CLI_STRICT)))
                .mut_arg("fail_unmet", |a| a.help(w(keys::CLI_FAIL_UNMET)))
        })
        .mut_subcommand("report", |c| {
            logs(c)
                .about(w(keys::CLI_REPORT))
                .help_template(template.clone())
                .mut_arg("plan", |a| a.help(w(keys::CLI_REPORT_PLAN)))
                .mut_arg("format", |a| a.help(w(keys::CLI_REPORT_FORMAT)))
                .mut_arg("output", |a| {
                    a.help(w(keys::CLI_OUTPUT))
                        .value_name(w(keys::CLI_VALUE_FILE))
                })
                .mut_arg("virgule", |a| a.help(w(keys::CLI_COMMA)))
        })
        .mut_subcommand("explain", |c| {
            logs(c)
                .about(w(keys::CLI_EXPLAIN))
                .help_template(template.clone())
                .mut_arg("plan", |a| a.help(w(keys::CLI_REPORT_PLAN)))
                .mut_arg("indicator", |a| {
                    a.help(w(keys::CLI_EXPLAIN_ID))
                        .value_name(w(keys::CLI_VALUE_INDICATOR))
                })
        })
        .mut_subcommand("diff", |c| {
            use crate::diff::messages as m;
            c.about(w(m::CLI_DIFF))
                .help_template(template.clone())
                .mut_arg("old", |a| a.help(w(m::CLI_DIFF_OLD)))
                .mut_arg("new", |a| a.help(w(m::CLI_DIFF_NEW)))
                .mut_arg("format", |a| a.help(w(m::CLI_DIFF_FORMAT)))
                .mut_arg("fail_on", |a| a.help(w(m::CLI_DIFF_FAIL_ON)))
        })
        .mut_subcommand("rollup", |c| {
            super::rollup::help(c, catalog).help_template(template.clone())
        })
        .mut_subcommand("init", |c| {
            c.about(w(keys::CLI_INIT))
                .help_template(template.clone())
                .mut_arg("dir", |a| {
                    a.help(w(keys::CLI_INIT_DIR))
                        .value_name(w(keys::CLI_VALUE_DIR))
                })
                .mut_arg("commune", |a| {
                    a.help(w(keys::CLI_INIT_COMMUNE))
                        .value_name(w(keys::CLI_VALUE_NAME))
                })
                .mut_arg("annee", |a| {
                    a.help(w(keys::CLI_INIT_YEAR))
                        .value_name(w(keys::CLI_VALUE_YEAR))
                })
        })
        .mut_subcommand("schema", |c| {
            c.about(w(keys::CLI_SCHEMA)).help_template(template.clone())
        })
        .mut_subcommand("completions", |c| {
            c.about(w(keys::CLI_COMPLETIONS))
                .help_template(template.clone())
                .mut_arg("shell", |a| {
                    a.help(w(keys::CLI_COMPLETIONS_SHELL))
                        .value_name(w(keys::CLI_VALUE_SHELL))
                })
        })
        .mut_subcommand("manpage", |c| {
            c.about(w(keys::CLI_MANPAGE))
                .help_template(template.clone())
        })
}
