//! `appeals correct CARD …`: what registration wrote of the applicant or
//! the appeal, typed wrong, corrected.

use super::{Env, OutputFormat};
use crate::ops::steps::{self, correct::Note, CorrectRequest};

/// Arguments of `correct`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "The earlier values stay in the card's history. An empty value (--phone '') says there is none; an anonymous card is not given a name, nor a named one's erased.\n\nExample:\n  appeals correct К-125 --address 'вул. Миру, 5, кв. 2' --reason 'помилка в номері будинку'"
)]
pub struct Args {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// The applicant's surname, name and patronymic.
    #[arg(long, value_name = "TEXT")]
    pub name: Option<String>,
    /// The postal address.
    #[arg(long, value_name = "TEXT")]
    pub address: Option<String>,
    /// The telephone.
    #[arg(long, value_name = "TEXT")]
    pub phone: Option<String>,
    /// The e-mail.
    #[arg(long, value_name = "TEXT")]
    pub email: Option<String>,
    /// The short content of the appeal.
    #[arg(long, value_name = "TEXT")]
    pub summary: Option<String>,
    /// Why (kept in the card's history).
    #[arg(long)]
    pub reason: String,
    /// A directory for the corrected letter to each executor, when the card
    /// awaits their answer.
    #[arg(long, value_name = "DIR")]
    pub outbox: Option<std::path::PathBuf>,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let (reg, r, who) = super::open_card(env, &a.card)?;
    let req = CorrectRequest {
        name: a.name.as_deref(),
        address: a.address.as_deref(),
        phone: a.phone.as_deref(),
        email: a.email.as_deref(),
        summary: a.summary.as_deref(),
        reason: &a.reason,
        outbox: a.outbox.as_deref(),
    };
    let done = steps::correct(&reg, &r, &req, &who, super::waiting)?;
    if super::already(
        env,
        a.format,
        done.already,
        &done.card,
        &crate::t!("step-already-correct"),
    ) {
        return Ok(());
    }
    if done.fields.iter().any(|f| f == "name") {
        super::register::warn_latin(&done.card);
    }
    for n in &done.notes {
        let line = match n {
            Note::Links { card } => {
                let note = crate::t!("warn-links-old-applicant", card = card);
                crate::t!("warn-then-links", note = note, card = card)
            }
            Note::Index { card, would } => {
                crate::t!("warn-index-stays", card = card, would = would)
            }
            Note::Letters { card, executors } => crate::t!(
                "warn-letters-earlier-details",
                card = card,
                executors = executors.join(", ")
            ),
        };
        eprintln!("{}", super::error::warn_line(line));
    }
    if super::printed_as_json(a.format, env, &done.card) {
        return Ok(());
    }
    // The fields, not their values: the message may be read over a
    // shoulder, and `show` has them.
    let fields: Vec<String> = done
        .fields
        .iter()
        .map(|f| super::render::field_word(f))
        .collect();
    println!(
        "{}",
        crate::t!(
            "step-correct-done",
            card = done.card.full_name(),
            fields = fields.join(", ")
        )
    );
    for f in &done.files {
        eprintln!("{}", crate::t!("step-link-wrote", file = f));
    }
    Ok(())
}
