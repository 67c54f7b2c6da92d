//! `appeals extend CARD --until DATE --by ID --reason TEXT [--late]`: law art. 20.

use super::{Env, OutputFormat};
use crate::ops::steps::{self, ExtendRequest};
use chrono::NaiveDate;

/// Arguments of `extend`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "The head, an official he authorised ([[head]] in people.toml) or a coordinator (his deputy) extends a term before its control date passes (law art. 20), to at most 45 days from receipt in all (terms.max_total; a last day off ends by terms.non_working, never past the 45th). After the control date only with --late: the card stays counted as overdue.\n\nExamples:\n  appeals extend К-125 --until 2015-08-07 --by maslenkov \\\n      --reason 'потрібна перевірка на місці' --notified 2015-07-20\n  appeals extend К-125 --until 2015-08-07 --by holova --late \\\n      --reason 'рішення голови від 24.07.2015, після контрольного терміну'"
)]
pub struct Args {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// The new control date (at most 45 days from receipt in all).
    #[arg(value_parser = crate::model::dates::parse_date, long, value_name = "DATE")]
    pub until: NaiveDate,
    /// Who extends the term: the head or an official he authorised
    /// (`[[head]]` in people.toml), or a coordinator (his deputy).
    #[arg(long, value_name = "ID", add = super::shell::anyone())]
    pub by: String,
    /// Why the appeal needs longer.
    #[arg(long, value_name = "TEXT")]
    pub reason: String,
    /// Date the applicant was notified of the extension.
    #[arg(value_parser = crate::model::dates::parse_date, long, value_name = "DATE")]
    pub notified: Option<NaiveDate>,
    /// The control date has passed: record the extension as made late (the
    /// card stays counted as overdue, from the date that passed).
    #[arg(long)]
    pub late: bool,
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
        late: a.late,
    };
    let done = steps::extend(&reg, &r, &req, &who, super::waiting)?;
    if super::already(
        env,
        a.format,
        done.already,
        &done.card,
        &crate::t!("step-already-extend"),
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
            "step-extend-done",
            card = c.full_name(),
            previous = done.previous,
            control = c.term.control_date,
            due = c.term.executor_due
        )
    );
    for w in &done.warnings {
        eprintln!("{}", super::error::warn_line(super::error::warning(w)));
    }
    Ok(())
}
