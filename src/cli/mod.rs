//! The command line: argument parsing, "today" and the user from flags or
//! the environment, and printing. The only module that prints, reads the
//! environment or reads the clock.

mod answer;
mod calendar;
mod check;
mod classify;
mod confirm;
mod correct;
mod deadlines;
mod dispatch;
mod draft;
mod error;
mod exit;
mod explain;
mod export;
mod extend;
mod git_setup;
mod help;
mod init;
mod link;
mod list;
mod log;
mod notify;
mod office;
mod output;
mod people;
mod reassign;
mod register;
mod related;
mod remind;
pub mod render;
mod report;
mod report_back;
mod resolve;
mod rework;
mod send;
mod shell;
mod show;
mod sign;
mod sync;

use crate::error::Error;
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// A register of citizens' appeals from the regional hotline contact centre.
#[derive(Debug, Parser)]
#[command(name = "appeals", version, about, long_about = None, after_help = "Example:\n  appeals -R register register --from today.json --today 2015-06-23")]
pub struct Cli {
    /// The register directory (default: the nearest directory upwards with a
    /// register.toml, else ./register). `report` and `export` take it more than
    /// once and add the registers up.
    #[arg(
        short = 'R',
        long = "register",
        global = true,
        env = "APPEALS_REGISTER",
        value_hint = clap::ValueHint::DirPath,
        action = clap::ArgAction::Append
    )]
    pub register: Vec<PathBuf>,
    /// The date the command acts on, 2026-11-30 or 30.11.2026 (default: the local date).
    #[arg(value_parser = crate::model::dates::parse_date, long, global = true, env = "APPEALS_TODAY")]
    pub today: Option<NaiveDate>,
    /// Who acts (recorded in history; default $USER).
    #[arg(long, global = true, env = "APPEALS_USER")]
    pub user: Option<String>,
    /// Print nothing but errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// The language of what is printed for people: uk (the default) or en
    /// (also APPEALS_LANG, LC_ALL, LC_MESSAGES, LANG). JSON and CSV are the same in both.
    #[arg(long, global = true, value_parser = ["uk", "en"])]
    pub lang: Option<String>,
    /// Commit the files this command changes to git (also `[git] commit = true` in register.toml).
    #[arg(long, global = true)]
    pub commit: bool,
    /// Colour: auto (on a terminal, unless NO_COLOR is set), always or never.
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto", value_parser = ["auto", "always", "never"])]
    pub color: String,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// How records are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum OutputFormat {
    /// A table for the terminal.
    #[default]
    Table,
    /// JSON for scripts.
    Json,
    /// CSV for spreadsheets.
    Csv,
}

/// The subcommands.
// Parsed once per run; boxing the large variant would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new register.
    Init(init::Args),
    /// Register appeals: one from flags, or a batch with --from.
    Register(register::Args),
    /// Show one card as a registration-control card.
    Show(show::Args),
    /// List cards, with filters.
    List(list::Args),
    /// Print a year's non-working days and working weekend days.
    Calendar(calendar::Args),
    /// Explain how a card's control date and executor's due date were counted.
    Explain(explain::Args),
    /// Validate the whole register; silent when clean, every problem otherwise.
    Check(check::Args),
    /// List the applicant's other appeals.
    Related(related::Args),
    /// The card's history beside the git commits that touched it.
    Log(log::Args),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(shell::CompletionsArgs),
    /// Print the manual page (roff).
    Man(shell::ManArgs),
    /// Record the coordinator's resolution naming the executors (point 4).
    Resolve(resolve::Args),
    /// Send the appeal to its executors, optionally as letters in an outbox (point 5).
    Dispatch(dispatch::Args),
    /// Record the executor's answer package (point 7).
    Answer(answer::Args),
    /// Record the coordinator's signature of the answers (point 8.1).
    Sign(sign::Args),
    /// Record the mailing, outgoing number and result (points 8.2–8.3).
    Send(send::Args),
    /// Take a card off control after the reply (controller, coordinator).
    Close(exit::CloseArgs),
    /// Extend the term of consideration (law art. 20: at most 45 days in all).
    Extend(extend::Args),
    /// Record that the applicant was notified of the term's extension.
    Notify(notify::Args),
    /// Link a card to the earlier appeal it repeats; its sign of receipt is decided again.
    Link(link::LinkArgs),
    /// End a card's repeat link; its sign of receipt is decided again.
    Unlink(link::UnlinkArgs),
    /// Correct the applicant's details or the summary, typed wrong at
    /// registration.
    Correct(correct::Args),
    /// Correct a card's topics, kind or author categories (a coordinator).
    Classify(classify::Args),
    /// Name other executors after the resolution or the dispatch.
    Reassign(reassign::Args),
    /// Return the executor's package for rework before it is sent (point 8.1).
    Rework(rework::Args),
    /// Record the applicant's word when the contact centre called back.
    Confirm(confirm::Args),
    /// Forward an appeal to the competent body (law art. 7).
    Forward(exit::ForwardArgs),
    /// Return an appeal lacking what law art. 5 requires (art. 7).
    Return(exit::ReturnArgs),
    /// Decline to consider an appeal (law arts. 8, 17).
    Decline(exit::DeclineArgs),
    /// Close a card registered twice as the other's duplicate.
    CloseDuplicate(exit::DuplicateArgs),
    /// Render the answer templates for a card, for the executor to complete.
    Draft(draft::Args),
    /// List the roster: coordinators, executors, administrators.
    People(people::Args),
    /// Open cards by urgency: executor's due date, control date, working days left.
    Deadlines(deadlines::Args),
    /// Write the reminders due to executors, coordinators and the head, once each.
    Remind(remind::Args),
    /// The monitoring report for a period, or the statistical form (--quarter).
    Report(report::Args),
    /// Every card as a flat row (JSON Lines, CSV, or Parquet files for query
    /// engines), without personal data unless asked.
    Export(export::Args),
    /// The file for the contact centre: every card sent or gone by an exit on a day, in the centre's words.
    ReportBack(report_back::Args),
    /// Set this clone's git up to merge cards by their history.
    GitSetup(git_setup::Args),
    /// Publish this clone's work to the shared remote, renumbering cards whose numbers another clone published first.
    Sync(sync::Args),
    /// Merge two versions of a card (the merge driver git runs).
    #[command(hide = true)]
    MergeCard(git_setup::MergeArgs),
}

/// What a command needs besides its arguments.
pub struct Env {
    /// The register directory.
    pub register: PathBuf,
    /// Every register named with -R, in order (`report` and `export` add them up).
    pub registers: Vec<PathBuf>,
    /// Today.
    pub today: NaiveDate,
    /// Who acts.
    pub user: String,
    /// Quiet mode.
    pub quiet: bool,
    /// Whether what is printed to standard output may be coloured (`--color`).
    pub colour: bool,
}

/// Runs the program and returns its exit code: 0 success, 1 refused or
/// invalid, 2 usage (clap).
pub fn main() -> ExitCode {
    use clap::{CommandFactory, FromArgMatches};
    crate::i18n::set_lang(language(std::env::args_os()));
    // `COMPLETE=bash appeals …`: the shell asks for completions.
    shell::complete_if_asked();
    // The arguments are parsed by the plain command tree; only when there
    // is help, a version or a usage error to print is the tree rebuilt in
    // the run's language (its texts cost a few milliseconds a run, which
    // a day of scripted intake pays thousands of times).
    let parse = |cmd: clap::Command| {
        cmd.try_get_matches().and_then(|m| {
            Ok((
                m.subcommand_name().unwrap_or("").to_string(),
                Cli::from_arg_matches(&m)?,
            ))
        })
    };
    let (subcommand, cli) = match parse(Cli::command()) {
        Ok(parsed) => parsed,
        Err(_) => match parse(help::localise(Cli::command())) {
            Ok(parsed) => parsed,
            Err(e) => return ExitCode::from(help::print_error(&e)),
        },
    };
    // Only the commands that add registers up take -R more than once; any
    // other would silently act on one of them.
    if cli.register.len() > 1 && !matches!(cli.command, Command::Report(_) | Command::Export(_)) {
        let e = help::localise(Cli::command()).error(
            clap::error::ErrorKind::ArgumentConflict,
            crate::t!("usage-register-repeated"),
        );
        return ExitCode::from(help::print_error(&e));
    }
    readers();
    // -R, then $APPEALS_REGISTER (clap reads both), then the nearest
    // register upwards from here (as git finds its repository), then
    // ./register. `init` makes ./register unless told otherwise.
    let registers = if !cli.register.is_empty() {
        cli.register.clone()
    } else {
        let found = match cli.command {
            Command::Init(_) | Command::Completions(_) | Command::Man(_) => None,
            _ => std::env::current_dir()
                .ok()
                .and_then(|here| crate::store::find_register(&here)),
        };
        vec![found.unwrap_or_else(|| PathBuf::from("register"))]
    };
    let env = Env {
        register: registers[0].clone(),
        registers,
        today: cli
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        user: cli
            .user
            .clone()
            .or_else(|| std::env::var("USER").ok())
            .filter(|u| !u.trim().is_empty())
            .unwrap_or_else(|| "unknown".to_string()),
        quiet: cli.quiet,
        colour: colour(&cli.color),
    };
    let commit_flag = cli.commit;
    // `init DIR` commits the register it creates, wherever -R points.
    let commit_root = match &cli.command {
        Command::Init(a) => a.dir.clone().unwrap_or_else(|| env.register.clone()),
        _ => env.register.clone(),
    };
    // A command's commit is made under the lock it wrote under, so no
    // other command writes or commits in between; what it writes is noted
    // until then, so that a kill before the commit leaves the commit owed
    // to the next command (`store::journal`).
    crate::store::hold_locks();
    let commits = commit_flag || commits_on(&commit_root);
    if commits {
        crate::store::journal::begin(&commit_root, &subcommand, &env.user);
    }
    let outcome = run(cli.command, &env);
    // What a failed command wrote (a batch stopped half-way by a full disk)
    // is committed too: written is written.
    let committed = commit_changes(&env, &commit_root, &subcommand, commits);
    crate::store::release_held();
    match outcome {
        Ok(()) if committed => ExitCode::SUCCESS,
        Ok(()) => ExitCode::from(1),
        Err(e) => {
            report(&e);
            ExitCode::from(1)
        }
    }
}

/// Threads that read card files not in the page cache (the morning's first
/// command, or a machine short of memory): a file read from the disk waits
/// on it, not the processor, and a disk answers many reads at once
/// (`store::readers`). Measured on two cores, 100,000 cards, caches
/// dropped: `report` over ten years takes 15.4 s on 2 threads, 7.4 s on 8,
/// 5.3 s on 16; with the cards in the cache, 8 threads cost 3–5% more than
/// 2 and 16 some 8%, which is why a walk takes the readers only when it
/// finds its files not cached.
const READERS: usize = 8;

/// Sets the readers' number: [`READERS`], or none beyond rayon's pool when
/// `RAYON_NUM_THREADS` sizes it.
fn readers() {
    if std::env::var_os("RAYON_NUM_THREADS").is_none() {
        crate::store::readers::set(READERS);
    }
}

/// Whether the register at `root` commits to git (`[git] commit = true`).
fn commits_on(root: &std::path::Path) -> bool {
    crate::store::Store::at(root)
        .read_text(crate::store::SETTINGS)
        .ok()
        .and_then(|t| crate::config::Settings::parse(&t, "register.toml").ok())
        .is_some_and(|s| s.git.commit)
}

fn run(command: Command, env: &Env) -> anyhow::Result<()> {
    match command {
        Command::Init(a) => init::run(a, env),
        Command::Register(a) => register::run(a, env),
        Command::Show(a) => show::run(a, env),
        Command::List(a) => list::run(a, env),
        Command::Calendar(a) => calendar::run(a, env),
        Command::Explain(a) => explain::run(a, env),
        Command::Check(a) => check::run(a, env),
        Command::Related(a) => related::run(a, env),
        Command::Log(a) => log::run(a, env),
        Command::Completions(a) => shell::completions(a),
        Command::Man(a) => shell::man(a, env),
        Command::GitSetup(a) => git_setup::run(a, env),
        Command::Sync(a) => sync::run(a, env),
        Command::MergeCard(a) => git_setup::merge_card(a),
        Command::Resolve(a) => resolve::run(a, env),
        Command::Dispatch(a) => dispatch::run(a, env),
        Command::Answer(a) => answer::run(a, env),
        Command::Sign(a) => sign::run(a, env),
        Command::Send(a) => send::run(a, env),
        Command::Extend(a) => extend::run(a, env),
        Command::Notify(a) => notify::run(a, env),
        Command::Link(a) => link::run_link(a, env),
        Command::Unlink(a) => link::run_unlink(a, env),
        Command::Correct(a) => correct::run(a, env),
        Command::Classify(a) => classify::run(a, env),
        Command::Reassign(a) => reassign::run(a, env),
        Command::Rework(a) => rework::run(a, env),
        Command::Confirm(a) => confirm::run(a, env),
        Command::Close(a) => exit::run_close(a, env),
        Command::Forward(a) => exit::run_forward(a, env),
        Command::Return(a) => exit::run_return(a, env),
        Command::Decline(a) => exit::run_decline(a, env),
        Command::CloseDuplicate(a) => exit::run_duplicate(a, env),
        Command::Draft(a) => draft::run(a, env),
        Command::People(a) => people::run(a, env),
        Command::Deadlines(a) => deadlines::run(a, env),
        Command::Remind(a) => remind::run(a, env),
        Command::Report(a) => report::run(a, env),
        Command::Export(a) => export::run(a, env),
        Command::ReportBack(a) => report_back::run(a, env),
    }
}

/// Prints an error with its hints to stderr.
fn report(e: &anyhow::Error) {
    if let Some(err) = e.downcast_ref::<Error>() {
        eprintln!("{}", error::error_line(err));
        for line in error::details(err) {
            eprintln!("{line}");
        }
        for h in error::hints(err) {
            eprintln!("{}", error::hint_line(&h));
        }
        return;
    }
    match e.downcast_ref::<error::UserError>() {
        Some(err) => {
            eprintln!("{}", error::error_line(&err.message));
            for h in &err.hints {
                eprintln!("{}", error::hint_line(h));
            }
        }
        None => {
            eprintln!("{}", error::error_line(e));
            for cause in e.chain().skip(1) {
                eprintln!(
                    "  {}",
                    crate::t!("err-caused-by", cause = cause.to_string())
                );
            }
        }
    }
}

/// Whether standard output is coloured: `--color=always`, never with
/// `never`; with `auto` only on a terminal and without `NO_COLOR` (no-color.org).
fn colour(when: &str) -> bool {
    use std::io::IsTerminal;
    match when {
        "always" => true,
        "never" => false,
        _ => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// The language of this run: `--lang` (read before clap parses, so that
/// `--help` and clap's own errors speak it too), then the environment.
fn language(args: impl Iterator<Item = std::ffi::OsString>) -> crate::i18n::Lang {
    let args: Vec<String> = args.map(|a| a.to_string_lossy().into_owned()).collect();
    let options = args.iter().position(|a| a == "--").unwrap_or(args.len());
    let flag = args[..options].iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--lang=")
            .map(str::to_string)
            .or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned()).flatten())
    });
    flag.and_then(|f| crate::i18n::Lang::parse(&f))
        .unwrap_or_else(|| crate::i18n::Lang::from_env(|name| std::env::var(name).ok()))
}

/// Loads the register named by `-R`.
pub(crate) fn load(env: &Env) -> crate::Result<crate::store::Register> {
    Ok(crate::store::Store::at(&env.register).load()?)
}

/// The register choosing the cards a daily command reads by its card
/// catalogue, or, with `--no-index`, by reading every card file.
pub(crate) fn catalogued(
    mut reg: crate::store::Register,
    no_index: bool,
) -> crate::store::Register {
    if no_index {
        reg.store = reg.store.reading_every_card();
    }
    reg
}

/// The start of every step on one card: its name parsed, the register
/// loaded, and who acts on which day.
pub(crate) fn open_card<'e>(
    env: &'e Env,
    name: &str,
) -> crate::Result<(
    crate::store::Register,
    crate::model::CardRef,
    crate::ops::steps::Actor<'e>,
)> {
    let r = crate::model::CardRef::parse(name).map_err(crate::error::LookupError::from)?;
    let reg = load(env)?;
    let who = crate::ops::steps::Actor {
        today: env.today,
        user: &env.user,
    };
    Ok((reg, r, who))
}

/// The start of every command that reads one card: the register and the card.
pub(crate) fn find_card(
    env: &Env,
    name: &str,
) -> crate::Result<(crate::store::Register, crate::model::Card)> {
    let r = crate::model::CardRef::parse(name).map_err(crate::error::LookupError::from)?;
    let reg = load(env)?;
    let card = crate::ops::find_card(&reg, &r, env.today)?;
    Ok((reg, card))
}

/// Prints a step's card as JSON under `--format json`; true when the
/// command has nothing more to print (JSON, or `--quiet`).
pub(crate) fn printed_as_json(format: OutputFormat, env: &Env, card: &crate::model::Card) -> bool {
    if format == OutputFormat::Json {
        print!("{}", render::card_json(card));
    }
    format == OutputFormat::Json || env.quiet
}

/// Says a step was found done already, and prints nothing else (the card
/// under `--format json`); true when it was.
pub(crate) fn already(
    env: &Env,
    format: OutputFormat,
    already: bool,
    card: &crate::model::Card,
    what: &str,
) -> bool {
    if !already {
        return false;
    }
    if format == OutputFormat::Json {
        print!("{}", render::card_json(card));
    } else if !env.quiet {
        eprintln!(
            "{}",
            crate::t!("step-already", card = card.full_name(), what = what)
        );
    }
    true
}

/// Tells the user a command is waiting for another one's lock.
pub(crate) fn waiting() {
    eprintln!("{}", crate::t!("step-waiting"));
}

/// Commits what a successful command wrote inside the register (`root`),
/// when asked (`--commit`) or when `register.toml` says so. A commit that
/// fails is an error the user sees: what was written (it stays written)
/// and how to commit it by hand; `false` then.
fn commit_changes(env: &Env, root: &std::path::Path, command: &str, enabled: bool) -> bool {
    let written = crate::store::take_written();
    // `init` reads the settings it has just written.
    if !(enabled || commits_on(root)) {
        crate::store::journal::done();
        return true;
    }
    let owed = !crate::store::holds_lock(root) || commit_owed(env, root);
    let files = crate::store::git::tracked_changes(root, written);
    if files.is_empty() {
        crate::store::journal::done();
        return owed;
    }
    let done = commit_files(env, root, command, &files) && owed;
    if done {
        crate::store::journal::done();
    }
    done
}

/// Commits what killed commands wrote and never committed, each under its
/// own name (only while this command holds the lock: then they are gone).
pub(crate) fn commit_owed(env: &Env, root: &std::path::Path) -> bool {
    for owed in crate::store::journal::owed(root) {
        match crate::ops::audit::commit_owed(root, &owed) {
            Ok(done) => {
                if let (Some(done), false) = (done, env.quiet) {
                    eprintln!(
                        "{}",
                        crate::t!(
                            "git-committed-owed",
                            command = &owed.command,
                            sha = done.sha
                        )
                    );
                }
                if let Err(e) = crate::store::journal::settled(&owed) {
                    eprintln!("{}", error::warn_line(e));
                }
            }
            Err(e) => {
                eprintln!(
                    "{}",
                    error::warn_line(crate::t!(
                        "git-owed-not-committed",
                        command = &owed.command,
                        error = e.to_string()
                    ))
                );
                return false;
            }
        }
    }
    true
}

/// Commits `files` a command wrote; on failure says what was written and
/// how to commit it by hand.
fn commit_files(env: &Env, root: &std::path::Path, command: &str, files: &[PathBuf]) -> bool {
    match crate::ops::audit::commit(root, command, files, &env.user) {
        Ok(Some(done)) => {
            if done.made_up_author {
                eprintln!(
                    "{}",
                    error::warn_line(crate::t!("git-made-up-author", user = &env.user))
                );
                eprintln!(
                    "{}",
                    error::hint_line(&crate::t!("git-made-up-author-hint", user = &env.user))
                );
            }
            if !env.quiet {
                eprintln!("{}", crate::t!("step-committed", sha = done.sha));
            }
            true
        }
        Ok(None) => true,
        Err(e) => {
            eprintln!(
                "{}",
                error::error_line(crate::t!("git-not-committed", error = e.to_string()))
            );
            let (dir, names) = crate::store::git::names_in(root, files);
            let list = sync::shown(&names);
            eprintln!(
                "  {}",
                crate::t!("git-written", count = names.len(), dir = &dir, files = list)
            );
            eprintln!("  {}", crate::t!("git-written-safe"));
            let message = crate::ops::audit::message(command, files);
            let subject = message.lines().next().unwrap_or(command);
            eprintln!(
                "{}",
                error::hint_line(&crate::t!(
                    "git-commit-by-hand",
                    dir = &dir,
                    subject = subject
                ))
            );
            false
        }
    }
}
