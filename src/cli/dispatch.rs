//! `appeals dispatch CARD [--outbox DIR]`: sent to the executors (point 5).

use super::{Env, OutputFormat};
use crate::ops::steps;
use std::path::PathBuf;

/// Arguments of `dispatch`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  appeals dispatch К-125 --outbox outbox/2015-06-24")]
pub struct Args {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// Write one letter per executor into this directory (created when missing).
    #[arg(long, value_name = "DIR")]
    pub outbox: Option<PathBuf>,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let (reg, r, who) = super::open_card(env, &a.card)?;
    let done = steps::dispatch(&reg, &r, a.outbox.as_deref(), &who, super::waiting)?;
    if super::already(
        env,
        a.format,
        done.already,
        &done.card,
        &crate::t!("step-already-dispatch"),
    ) {
        return Ok(());
    }
    if super::printed_as_json(a.format, env, &done.card) {
        return Ok(());
    }
    let c = &done.card;
    if let Some(d) = &c.dispatch {
        println!(
            "{}",
            crate::t!(
                "step-dispatch-done",
                card = c.full_name(),
                executors = super::render::ids(&d.to),
                due = c.term.executor_due
            )
        );
    }
    for f in &done.files {
        println!("  {}", f.display());
    }
    for w in &done.warnings {
        eprintln!("{}", super::error::warn_line(super::error::warning(w)));
    }
    super::render::print_next(c);
    Ok(())
}
