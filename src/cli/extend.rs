//! `appeals extend CARD --until DATE --by ID --reason TEXT`: law art. 20.

use super::{Env, OutputFormat};
use crate::ops::steps::{self, ExtendRequest};
use chrono::NaiveDate;

/// Arguments of `extend`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  appeals extend К-125 --until 2015-08-07 --by maslenkov \\\n      --reason 'потрібна перевірка на місці' --notified 2015-07-20"
)]
pub struct Args {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    pub card: String,
    /// The new control date (at most 45 days from receipt in all).
    #[arg(long, value_name = "DATE")]
    pub until: NaiveDate,
    /// The head (a coordinator's id) who extends the term.
    #[arg(long, value_name = "ID")]
    pub by: String,
    /// Why the appeal needs longer.
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// Date the applicant was notified of the extension.
    #[arg(long, value_name = "DATE")]
    pub notified: Option<NaiveDate>,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let (reg, r, who) = super::open_card(env, &a.card)?;
    let req = ExtendRequest {
        until: a.until,
        by: &a.by,
        reason: &a.reason,
        notified: a.notified,
    };
    let done = steps::extend(&reg, &r, &req, &who, super::waiting)?;
    if super::already(
        env,
        a.format,
        done.already,
        &done.card,
        "is extended so already",
    ) {
        return Ok(());
    }
    if super::printed_as_json(a.format, env, &done.card) {
        return Ok(());
    }
    let c = &done.card;
    println!(
        "{} extended: control date {} → {}; executor's due date {}",
        c.full_name(),
        done.previous,
        c.term.control_date,
        c.term.executor_due
    );
    for w in &done.warnings {
        eprintln!("warning: {}", super::error::warning(w));
    }
    Ok(())
}
