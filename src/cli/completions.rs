//! `whosaid completions bash|zsh|fish`: a shell completion script, generated from the clap
//! definitions, on standard output.

use clap::{Args, CommandFactory, ValueEnum};
use clap_complete::Shell;

use super::Cli;
use crate::error::{EXIT_OK, Error, Result};

/// The shells whosaid writes completions for.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ShellName {
    /// Bash: `source <(whosaid completions bash)`.
    Bash,
    /// Zsh: save as `_whosaid` in a directory of `$fpath`.
    Zsh,
    /// Fish: save as `~/.config/fish/completions/whosaid.fish`.
    Fish,
}

/// `whosaid completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    shell: ShellName,
}

/// Prints the completion script.
pub fn run(args: &CompletionsArgs) -> Result<i32> {
    let shell = match args.shell {
        ShellName::Bash => Shell::Bash,
        ShellName::Zsh => Shell::Zsh,
        ShellName::Fish => Shell::Fish,
    };
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "whosaid", &mut script);
    write_stdout(&script)?;
    Ok(EXIT_OK)
}

/// Writes bytes to standard output; a closed pipe is an error `main` treats as success.
pub fn write_stdout(bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(|e| Error::io("standard output", e))
}
