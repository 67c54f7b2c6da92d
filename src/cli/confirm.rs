//! `appeals confirm CARD --outcome …`: the contact centre's call-back.

use super::{Env, OutputFormat};
use crate::model::card::Outcome;
use crate::ops::steps;

/// What the applicant said.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum OutcomeArg {
    /// The question was resolved.
    Confirmed,
    /// It was not.
    NotConfirmed,
    /// The applicant resolved it themselves.
    FixedByApplicant,
}

/// Arguments of `confirm`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  appeals confirm К-125 --outcome not-confirmed --note 'світло так і не відновили'"
)]
pub struct Args {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// What the applicant said.
    #[arg(long, value_enum)]
    pub outcome: OutcomeArg,
    /// What else was said.
    #[arg(long)]
    pub note: Option<String>,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let (reg, r, who) = super::open_card(env, &a.card)?;
    let outcome = match a.outcome {
        OutcomeArg::Confirmed => Outcome::Confirmed,
        OutcomeArg::NotConfirmed => Outcome::NotConfirmed,
        OutcomeArg::FixedByApplicant => Outcome::FixedByApplicant,
    };
    let done = steps::confirm(&reg, &r, outcome, a.note.as_deref(), &who, super::waiting)?;
    if super::already(
        env,
        a.format,
        done.already,
        &done.card,
        &crate::t!("step-already-confirm"),
    ) {
        return Ok(());
    }
    if super::printed_as_json(a.format, env, &done.card) {
        return Ok(());
    }
    println!("{}: {}", done.card.full_name(), outcome.label());
    Ok(())
}
