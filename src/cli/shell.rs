//! `appeals completions SHELL` and `appeals man`: shell integration.

use clap::CommandFactory;

/// Arguments of `completions`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  appeals completions bash > ~/.local/share/bash-completion/completions/appeals\n  echo 'source <(COMPLETE=bash appeals)' >> ~/.bashrc"
)]
pub struct CompletionsArgs {
    /// The shell.
    pub shell: clap_complete::Shell,
    /// A fixed script of commands and flags only, without card names and ids from the register.
    #[arg(long = "static")]
    pub fixed: bool,
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

/// The script that hands completion to `appeals` itself (as `COMPLETE=SHELL
/// appeals` prints it), so that card names, people's ids and months come
/// from the register; with `--static` clap's fixed script.
pub fn completions(a: CompletionsArgs) -> anyhow::Result<()> {
    let shells = clap_complete::env::Shells::builtins();
    let name = a.shell.to_string();
    match shells.completer(&name) {
        Some(shell) if !a.fixed => {
            let mut out = Vec::new();
            shell.write_registration("COMPLETE", "appeals", "appeals", "appeals", &mut out)?;
            use std::io::Write;
            std::io::stdout().write_all(&out)?;
        }
        _ => {
            let mut cmd = super::help::localise(super::Cli::command());
            clap_complete::generate(a.shell, &mut cmd, "appeals", &mut std::io::stdout());
        }
    }
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

// Dynamic completion (`COMPLETE=bash appeals`): values from the register
// found as a command would find it ($APPEALS_REGISTER, then upwards from
// the current directory, then ./register), never file names.

use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use std::ffi::OsStr;

/// Answers the shell's completion request when `COMPLETE` is set, and
/// exits; otherwise returns and the program runs.
pub fn complete_if_asked() {
    clap_complete::CompleteEnv::with_factory(|| super::help::localise(super::Cli::command()))
        .complete();
}

/// The register a completion reads, if there is one.
fn register_here() -> Option<crate::store::Register> {
    let dir = std::env::var_os("APPEALS_REGISTER")
        .filter(|v| !v.is_empty())
        .map(std::path::PathBuf::from)
        .or_else(|| {
            std::env::current_dir()
                .ok()
                .and_then(|here| crate::store::find_register(&here))
        })
        .unwrap_or_else(|| "register".into());
    crate::store::Store::at(dir).load().ok()
}

/// Today, as a command would take it (`APPEALS_TODAY`, else the clock).
fn today() -> chrono::NaiveDate {
    std::env::var("APPEALS_TODAY")
        .ok()
        .and_then(|t| crate::model::dates::parse_date(&t).ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// Card names: `К-125` for this year's cards, `2014/К-125` for earlier ones.
pub fn cards() -> ArgValueCompleter {
    ArgValueCompleter::new(complete_cards)
}

fn complete_cards(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let Some(reg) = register_here() else {
        return Vec::new();
    };
    let year = chrono::Datelike::year(&today());
    let mut names: Vec<(i32, u32, String, String)> = reg
        .store
        .card_files()
        .unwrap_or_default()
        .iter()
        .filter_map(|f| crate::store::read_card_file(&f.path()).ok().map(|c| (f, c)))
        .filter_map(|(f, c)| {
            let name = if c.year == year {
                c.index.clone()
            } else {
                c.full_name()
            };
            (name.starts_with(&*current) || c.index.starts_with(&*current))
                .then(|| (f.year, f.number, name, c.summary.clone()))
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|(_, _, name, summary)| CompletionCandidate::new(name).help(Some(summary.into())))
        .collect()
}

/// Ids of executors.
pub fn executors() -> ArgValueCompleter {
    ArgValueCompleter::new(|c: &OsStr| people(c, Role::Executor))
}

/// Ids of coordinators.
pub fn coordinators() -> ArgValueCompleter {
    ArgValueCompleter::new(|c: &OsStr| people(c, Role::Coordinator))
}

/// Ids of everyone in people.toml (`--by`).
pub fn anyone() -> ArgValueCompleter {
    ArgValueCompleter::new(|c: &OsStr| people(c, Role::Any))
}

#[derive(Clone, Copy, PartialEq)]
enum Role {
    Executor,
    Coordinator,
    Any,
}

fn people(current: &OsStr, role: Role) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let Some(reg) = register_here() else {
        return Vec::new();
    };
    let r = &reg.roster;
    let mut ids: Vec<(String, String)> = Vec::new();
    if role != Role::Coordinator {
        ids.extend(r.executors.iter().map(|p| (p.id.clone(), p.name.clone())));
    }
    if role != Role::Executor {
        ids.extend(
            r.coordinators
                .iter()
                .map(|p| (p.id.clone(), p.name.clone())),
        );
    }
    if role == Role::Any {
        ids.extend(
            r.administrators
                .iter()
                .map(|p| (p.id.clone(), p.name.clone())),
        );
        ids.extend(r.heads.iter().map(|p| (p.id.clone(), p.name.clone())));
    }
    let mut seen = std::collections::BTreeSet::new();
    ids.into_iter()
        .filter(|(id, _)| id.starts_with(&*current) && seen.insert(id.clone()))
        .map(|(id, name)| CompletionCandidate::new(id).help(Some(name.into())))
        .collect()
}

/// The last twelve months, newest first (`--month`).
pub fn months() -> ArgValueCompleter {
    ArgValueCompleter::new(complete_months)
}

fn complete_months(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let mut day = today();
    let mut out = Vec::new();
    for _ in 0..12 {
        let month = day.format("%Y-%m").to_string();
        if month.starts_with(&*current) {
            out.push(CompletionCandidate::new(month));
        }
        day = chrono::Datelike::with_day(&day, 1)
            .and_then(|d| d.pred_opt())
            .unwrap_or(day);
    }
    out
}
