//! `appeals notify CARD --on DATE`: the applicant was told of the term's
//! extension (law art. 20), when the notice went out after `extend`.

use super::{Env, OutputFormat};
use crate::ops::steps;
use chrono::NaiveDate;

/// Arguments of `notify`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  appeals notify К-125 --on 2015-07-21")]
pub struct Args {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// Date the applicant was notified (default: today).
    #[arg(value_parser = crate::model::dates::parse_date, long, value_name = "DATE")]
    pub on: Option<NaiveDate>,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let (reg, r, who) = super::open_card(env, &a.card)?;
    let on = a.on.unwrap_or(env.today);
    let done = steps::notify(&reg, &r, on, &who, super::waiting)?;
    if super::already(
        env,
        a.format,
        done.already,
        &done.card,
        &crate::t!("step-already-notify"),
    ) {
        return Ok(());
    }
    if super::printed_as_json(a.format, env, &done.card) {
        return Ok(());
    }
    println!(
        "{}",
        crate::t!(
            "step-notify-done",
            card = done.card.full_name(),
            on = on,
            control = done.card.term.control_date
        )
    );
    Ok(())
}
