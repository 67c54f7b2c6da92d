//! `appeals link CARD --to EARLIER --reason TEXT` and `appeals unlink CARD
//! --reason TEXT`: a repeat link made or ended after registration (the
//! order's point 9); the sign of receipt is decided again, for the card
//! and the later cards of its chain.

use super::{Env, OutputFormat};
use crate::model::CardRef;
use crate::ops::steps::{self, Relinked};
use std::path::PathBuf;

/// Arguments of `link`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  appeals link К-8 --to К-7 --reason 'той самий заявник, те саме питання' --outbox ~/outbox"
)]
pub struct LinkArgs {
    /// The later card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// The earlier card it repeats.
    #[arg(long, value_name = "CARD", add = super::shell::cards())]
    pub to: String,
    /// Why (kept in the card's history).
    #[arg(long)]
    pub reason: String,
    /// Where corrected letters to the executors go, for a card dispatched already.
    #[arg(long, value_name = "DIR")]
    pub outbox: Option<PathBuf>,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

/// Arguments of `unlink`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  appeals unlink К-8 --reason 'інше питання'")]
pub struct UnlinkArgs {
    /// The card whose repeat link ends.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// Why (kept in the card's history).
    #[arg(long)]
    pub reason: String,
    /// Where corrected letters to the executors go, for a card dispatched already.
    #[arg(long, value_name = "DIR")]
    pub outbox: Option<PathBuf>,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run_link(a: LinkArgs, env: &Env) -> anyhow::Result<()> {
    let (reg, r, who) = super::open_card(env, &a.card)?;
    let to = CardRef::parse(&a.to)
        .map_err(|e| crate::Error::from(crate::error::LookupError::from(e)))?;
    let done = steps::link(
        &reg,
        &r,
        &to,
        &a.reason,
        a.outbox.as_deref(),
        &who,
        super::waiting,
    )?;
    show(done, env, a.format, &crate::t!("step-already-link"))
}

pub fn run_unlink(a: UnlinkArgs, env: &Env) -> anyhow::Result<()> {
    let (reg, r, who) = super::open_card(env, &a.card)?;
    let done = steps::unlink(
        &reg,
        &r,
        &a.reason,
        a.outbox.as_deref(),
        &who,
        super::waiting,
    )?;
    show(done, env, a.format, &crate::t!("step-already-unlink"))
}

fn show(done: Relinked, env: &Env, format: OutputFormat, already: &str) -> anyhow::Result<()> {
    if super::already(env, format, done.already, &done.card, already) {
        return Ok(());
    }
    if super::printed_as_json(format, env, &done.card) {
        return Ok(());
    }
    let c = &done.card;
    match &c.links.repeat_of {
        Some(e) => println!(
            "{}",
            crate::t!(
                "step-link-repeats",
                card = c.full_name(),
                earlier = e.to_string(),
                all = c.links.earlier.join(", "),
                sign = &c.classification.sign
            )
        ),
        None => println!(
            "{}",
            crate::t!(
                "step-link-repeats-none",
                card = c.full_name(),
                sign = &c.classification.sign
            )
        ),
    }
    for o in &done.others {
        if o.links.repeat_of.is_some()
            && o.history
                .last()
                .is_some_and(|e| e.action() == crate::model::status::Action::Relink)
        {
            println!(
                "{}",
                crate::t!(
                    "step-link-sign-again",
                    card = o.full_name(),
                    sign = &o.classification.sign
                )
            );
        }
    }
    for f in &done.files {
        eprintln!("{}", crate::t!("step-link-wrote", file = f));
    }
    Ok(())
}
