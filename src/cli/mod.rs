//! The command line: argument parsing, "today" and the user from flags or
//! the environment, and printing. The only module that prints, reads the
//! environment or reads the clock.

mod calendar;
mod explain;
mod init;
mod list;
mod register;
pub mod render;
mod show;

use crate::error::Error;
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// A register of citizens' appeals from the regional hotline contact centre.
#[derive(Debug, Parser)]
#[command(name = "appeals", version, about, long_about = None, after_help = "Example:\n  appeals -R register register --from today.json --today 2015-06-23")]
pub struct Cli {
    /// The register directory.
    #[arg(
        short = 'R',
        long = "register",
        global = true,
        env = "APPEALS_REGISTER",
        default_value = "register"
    )]
    pub register: PathBuf,
    /// The date the command acts on, YYYY-MM-DD (default: the local date).
    #[arg(long, global = true, env = "APPEALS_TODAY")]
    pub today: Option<NaiveDate>,
    /// Who acts (recorded in history; default $USER).
    #[arg(long, global = true, env = "APPEALS_USER")]
    pub user: Option<String>,
    /// Print nothing but errors.
    #[arg(short, long, global = true)]
    pub quiet: bool,
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
}

/// What a command needs besides its arguments.
pub struct Env {
    /// The register directory.
    pub register: PathBuf,
    /// Today.
    pub today: NaiveDate,
    /// Who acts.
    pub user: String,
    /// Quiet mode.
    pub quiet: bool,
}

/// Runs the program and returns its exit code: 0 success, 1 refused or
/// invalid, 2 usage (clap).
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let env = Env {
        register: cli.register.clone(),
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
    };
    match run(cli.command, &env) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            report(&e);
            ExitCode::from(1)
        }
    }
}

fn run(command: Command, env: &Env) -> anyhow::Result<()> {
    match command {
        Command::Init(a) => init::run(a, env),
        Command::Register(a) => register::run(a, env),
        Command::Show(a) => show::run(a, env),
        Command::List(a) => list::run(a, env),
        Command::Calendar(a) => calendar::run(a, env),
        Command::Explain(a) => explain::run(a, env),
    }
}

/// Prints an error with its hints to stderr.
fn report(e: &anyhow::Error) {
    match e.downcast_ref::<Error>() {
        Some(err) => {
            eprintln!("error: {err}");
            if let Error::Invalid { problems, .. } = err {
                for p in problems {
                    eprintln!("  {p}");
                }
            }
            for h in err.hints() {
                eprintln!("hint: {h}");
            }
        }
        None => {
            eprintln!("error: {e}");
            for cause in e.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
        }
    }
}

/// Loads the register named by `-R`.
pub(crate) fn load(env: &Env) -> crate::Result<crate::store::Register> {
    crate::store::Store::at(&env.register).load()
}

/// Tells the user a command is waiting for another one's lock.
pub(crate) fn waiting() {
    eprintln!("waiting for another appeals command to release the register's lock…");
}
