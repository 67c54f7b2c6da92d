//! `appeals reassign CARD --executor ID… --by COORDINATOR --reason TEXT`.

use super::{Env, OutputFormat};
use crate::ops::steps;

/// Arguments of `reassign`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  appeals reassign К-125 --executor soc --by maslenkov --reason 'питання соціального захисту'"
)]
pub struct Args {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// The executors instead of the resolution's; the first one leads.
    #[arg(long = "executor", value_name = "ID", required = true, add = super::shell::executors())]
    pub executors: Vec<String>,
    /// The coordinator who reassigns it (an id from people.toml).
    #[arg(long, value_name = "ID", add = super::shell::anyone())]
    pub by: String,
    /// Why (kept in the card's history).
    #[arg(long)]
    pub reason: String,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let (reg, r, who) = super::open_card(env, &a.card)?;
    let done = steps::reassign(
        &reg,
        &r,
        &a.executors,
        &a.by,
        &a.reason,
        &who,
        super::waiting,
    )?;
    if super::already(
        env,
        a.format,
        done.already,
        &done.card,
        &crate::t!("step-already-reassign"),
    ) {
        return Ok(());
    }
    if super::printed_as_json(a.format, env, &done.card) {
        return Ok(());
    }
    let c = &done.card;
    println!(
        "{}",
        crate::t!(
            "step-reassign-done",
            card = c.full_name(),
            executors = super::render::ids(&a.executors),
            due = c.term.executor_due
        )
    );
    super::render::print_next(c);
    Ok(())
}
