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
#[command(
    after_help = "Examples:\n  appeals man > appeals.1 && man ./appeals.1\n  appeals man register | man -l -\n  appeals man --dir ~/.local/share/man/man1"
)]
pub struct ManArgs {
    /// The subcommand whose page to print (default: the main page).
    #[arg(value_hint = clap::ValueHint::Other)]
    pub command: Option<String>,
    /// Write every page (appeals.1, appeals-register.1, …) into this directory.
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath, conflicts_with = "command")]
    pub dir: Option<std::path::PathBuf>,
}

pub fn completions(a: CompletionsArgs) -> anyhow::Result<()> {
    let mut cmd = super::help::localise(super::Cli::command());
    clap_complete::generate(a.shell, &mut cmd, "appeals", &mut std::io::stdout());
    Ok(())
}

/// The command tree the pages are made of: localised, built (so that the
/// global options show on every page), without the `help` subcommand, which
/// has no page of its own.
fn man_tree() -> clap::Command {
    let mut cmd = super::help::localise(super::Cli::command()).disable_help_subcommand(true);
    cmd.build();
    if cmd.find_subcommand("help").is_some() {
        cmd = cmd.mut_subcommand("help", |h| h.hide(true));
    }
    cmd
}

/// The subcommands that have pages, as the main page lists them.
fn pages(root: &clap::Command) -> impl Iterator<Item = &str> {
    root.get_subcommands()
        .filter(|s| !s.is_hide_set())
        .map(|s| s.get_name())
}

/// One page in roff: the main one for `None`, else the subcommand's,
/// titled `appeals-NAME` as the main page's list of sub-pages names it.
fn page(root: &clap::Command, name: Option<&str>) -> anyhow::Result<Vec<u8>> {
    let cmd = match name {
        None => root.clone(),
        Some(n) => {
            let sub = root
                .get_subcommands()
                .find(|s| s.get_name() == n && !s.is_hide_set())
                .ok_or_else(|| {
                    let names: Vec<&str> = pages(root).collect();
                    super::error::UserError::new(crate::t!("sh-no-such-page", name = n))
                        .hint(crate::t!("sh-pages-are", names = names.join(", ")))
                })?;
            // clap names are `'static`; one page per run, so the leak is a few bytes.
            let title: &'static str = format!("{}-{n}", root.get_name()).leak();
            sub.clone().name(title)
        }
    };
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut out)?;
    Ok(out)
}

pub fn man(a: ManArgs, env: &super::Env) -> anyhow::Result<()> {
    let root = man_tree();
    if let Some(dir) = &a.dir {
        let names: Vec<Option<String>> = std::iter::once(None)
            .chain(pages(&root).map(|s| Some(s.to_string())))
            .collect();
        for name in &names {
            let file = match name {
                None => "appeals.1".to_string(),
                Some(n) => format!("appeals-{n}.1"),
            };
            let text = page(&root, name.as_deref())?;
            crate::store::outside::write_file(&dir.join(file), &text)
                .map_err(crate::Error::from)?;
        }
        if !env.quiet {
            eprintln!(
                "{}",
                crate::t!(
                    "sh-man-written",
                    count = names.len(),
                    dir = dir.display().to_string()
                )
            );
        }
        return Ok(());
    }
    let out = page(&root, a.command.as_deref())?;
    use std::io::Write;
    std::io::stdout().write_all(&out)?;
    Ok(())
}
