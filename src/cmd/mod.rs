//! One module per subcommand.

pub mod check;

use std::io::IsTerminal;

/// The exit codes of the spec (§6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// 0: everything is fine.
    Success = 0,
    /// 1: an error in a plan or log (or a warning with `--strict`, an unmet indicator with
    /// `--fail-unmet`).
    Findings = 1,
    /// 2: a missing file, a bad flag.
    Usage = 2,
}

/// Colour only on a terminal, and never when `NO_COLOR` is set (<https://no-color.org>).
pub fn use_color(stream_is_terminal: bool) -> bool {
    stream_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

pub fn stdout_color() -> bool {
    use_color(std::io::stdout().is_terminal())
}
