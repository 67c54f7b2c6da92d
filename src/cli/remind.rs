//! `appeals remind [--outbox DIR] [--dry-run]`: reminders and escalation.

use super::{Env, OutputFormat};
use crate::model::remind::Level;
use crate::ops::remind::{self, Reminders, Request};
use std::path::PathBuf;

/// Arguments of `remind`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Levels (register.toml [remind]): executor — each executor of a dispatched card, remind.executor_before working days before its due date (default 2); coordinator — the resolution's coordinator once the executor's due date has passed with no package; head — the first [[head]] of people.toml once the control date has passed. Each level is reminded once per card and date: a run again the same day writes nothing new; an extension's new date is reminded anew.\n\nExamples:\n  appeals remind --outbox outbox/2015-07-20\n  appeals remind --dry-run"
)]
pub struct Args {
    /// Write one letter per recipient into this directory (created when missing).
    #[arg(long, value_name = "DIR")]
    pub outbox: Option<PathBuf>,
    /// Print the reminders due, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Output format: `json` for scripts, `csv` one row per reminder.
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
    #[command(flatten)]
    pub output: super::output::Output,
    /// Read every card file rather than choose them by the card catalogue
    /// (.index/cards.tsv): the same output, read the long way
    #[arg(long)]
    pub no_index: bool,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let format = a.output.format(a.format)?;
    let output = a.output.clone();
    output.write(|| print(a, format, env))
}

/// Prints the records, to standard output or the file of `-o`.
fn print(a: Args, format: OutputFormat, env: &Env) -> anyhow::Result<()> {
    let reg = super::catalogued(super::load(env)?, a.no_index);
    let who = crate::ops::steps::Actor {
        today: env.today,
        user: &env.user,
    };
    let req = Request {
        outbox: a.outbox.as_deref(),
        dry_run: a.dry_run,
    };
    let done = remind::remind(&reg, &req, &who, super::waiting)?;
    if !env.quiet {
        for w in &done.warnings {
            eprintln!("{}", super::error::warn_line(super::error::warning(w)));
        }
    }
    match format {
        OutputFormat::Json => println!("{}", serde_json::to_string_pretty(&done)?),
        OutputFormat::Csv => print!("{}", csv_text(&done)?),
        OutputFormat::Table if env.quiet => {}
        OutputFormat::Table => print!("{}", text(&done)),
    }
    Ok(())
}

/// The reminders, a line per card and level with its letters, and the
/// letters by level.
fn text(r: &Reminders) -> String {
    use crate::i18n::date;
    let mut out = String::new();
    for x in &r.reminders {
        out.push_str(&format!(
            "{}\t{} {}\t{}\n",
            x.card,
            to_one(x.level),
            x.to.join(", "),
            crate::t!("dl-reminders-due", date = x.due)
        ));
        for f in &x.files {
            out.push_str(&format!("  {}\n", f.display()));
        }
    }
    let c = &r.counts;
    let counts = crate::t!(
        "dl-reminders-counts",
        executors = c.of(Level::Executor),
        coordinators = c.of(Level::Coordinator),
        head = c.of(Level::Head)
    );
    let day = date(r.today);
    if r.reminders.is_empty() {
        if r.earlier_today > 0 {
            out.push_str(&crate::t!(
                "dl-reminders-none-again",
                date = day,
                earlier = r.earlier_today
            ));
        } else {
            out.push_str(&crate::t!("dl-reminders-none", date = day));
        }
    } else if r.dry_run {
        out.push_str(&crate::t!(
            "dl-reminders-dry-run",
            date = day,
            counts = counts
        ));
    } else {
        out.push_str(&crate::t!("dl-reminders-done", date = day, counts = counts));
    }
    out.push('\n');
    out
}

/// «виконавцю», «координатору», «керівнику».
fn to_one(l: Level) -> String {
    match l {
        Level::Executor => crate::t!("log-remind-executor"),
        Level::Coordinator => crate::t!("log-remind-coordinator"),
        Level::Head => crate::t!("log-remind-head"),
    }
}

fn csv_text(r: &Reminders) -> anyhow::Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["card", "level", "to", "due", "letter"])?;
    for x in &r.reminders {
        for (i, id) in x.to.iter().enumerate() {
            w.write_record([
                x.card.clone(),
                x.level.to_string(),
                id.clone(),
                x.due.to_string(),
                x.files
                    .get(i)
                    .map(|f| f.display().to_string())
                    .unwrap_or_default(),
            ])?;
        }
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}
