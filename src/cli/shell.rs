//! `appeals completions SHELL` and `appeals man`: shell integration.

use clap::CommandFactory;

/// Arguments of `completions`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  appeals completions bash > ~/.local/share/bash-completion/completions/appeals"
)]
pub struct CompletionsArgs {
    /// The shell.
    pub shell: clap_complete::Shell,
}

/// Arguments of `man`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  appeals man > appeals.1 && man ./appeals.1")]
pub struct ManArgs {}

pub fn completions(a: CompletionsArgs) -> anyhow::Result<()> {
    let mut cmd = super::help::localise(super::Cli::command());
    clap_complete::generate(a.shell, &mut cmd, "appeals", &mut std::io::stdout());
    Ok(())
}

pub fn man(_: ManArgs) -> anyhow::Result<()> {
    let cmd = super::help::localise(super::Cli::command());
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut out)?;
    use std::io::Write;
    std::io::stdout().write_all(&out)?;
    Ok(())
}
