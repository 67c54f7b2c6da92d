//! `appeals rework CARD --by COORDINATOR --reason TEXT` (point 8.1).

use super::{Env, OutputFormat};
use crate::ops::steps;

/// Arguments of `rework`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  appeals rework К-125 --by maslenkov --reason 'у відповіді не зазначено строки ремонту'"
)]
pub struct Args {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// The coordinator who returns the package (an id from people.toml).
    #[arg(long, value_name = "ID", add = super::shell::anyone())]
    pub by: String,
    /// Why (kept on the card with the package returned).
    #[arg(long)]
    pub reason: String,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let (reg, r, who) = super::open_card(env, &a.card)?;
    let done = steps::rework(&reg, &r, &a.by, &a.reason, &who, super::waiting)?;
    if super::already(
        env,
        a.format,
        done.already,
        &done.card,
        &crate::t!("step-already-rework"),
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
            "step-rework-done",
            card = c.full_name(),
            count = c.reworks.len(),
            due = c.term.executor_due
        )
    );
    super::render::print_next(c);
    Ok(())
}
