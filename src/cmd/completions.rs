//! `csc completions SHELL` (clap_complete) and the hidden `csc manpage` (clap_mangen):
//! both from the command definition of [`super::cli::command`], with its help texts in
//! the language of the messages.

use super::cli::CompletionsArgs;
use super::{Context, Outcome, output};

/// Prints the completion script of a shell.
pub fn run(args: &CompletionsArgs, ctx: &Context<'_>) -> Outcome {
    let mut cmd = super::cli::command(ctx.messages);
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cmd, "csc", &mut script);
    print(&script)
}

/// Prints the manual page `csc.1` (roff).
pub fn manpage(ctx: &Context<'_>) -> Outcome {
    let cmd = super::cli::command(ctx.messages).bin_name("csc");
    let mut page = Vec::new();
    if clap_mangen::Man::new(cmd).render(&mut page).is_err() {
        return Outcome::Usage;
    }
    print(&page)
}

fn print(bytes: &[u8]) -> Outcome {
    match output::stdout(bytes) {
        Ok(()) => Outcome::Success,
        Err(_) => Outcome::Usage,
    }
}
