//! `appeals classify CARD …`: a coordinator corrects the classification.

use super::{Env, OutputFormat};
use crate::ops::steps::{self, ClassifyRequest};

/// Arguments of `classify`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  appeals classify К-125 --topic 010 --by maslenkov --reason 'питання житлове, не комунальне'"
)]
pub struct Args {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// The topics instead of the card's (Part II codes; repeatable).
    #[arg(long = "topic", value_name = "CODE")]
    pub topics: Vec<String>,
    /// The kind instead of the card's (3.x).
    #[arg(long, value_name = "CODE")]
    pub kind: Option<String>,
    /// The author categories instead of the card's (7.x; repeatable).
    #[arg(long = "category", value_name = "CODE")]
    pub categories: Vec<String>,
    /// The coordinator who corrects it (an id from people.toml).
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
    let req = ClassifyRequest {
        by: &a.by,
        topics: &a.topics,
        kind: a.kind.as_deref(),
        categories: &a.categories,
        reason: &a.reason,
    };
    let done = steps::classify(&reg, &r, &req, &who, super::waiting)?;
    if super::already(
        env,
        a.format,
        done.already,
        &done.card,
        &crate::t!("step-already-classify"),
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
            "step-classify-done",
            card = c.full_name(),
            topics = c.classification.topics.join(" "),
            kind = &c.classification.kind,
            categories = if c.applicant.categories.is_empty() {
                "—".to_string()
            } else {
                c.applicant.categories.join(" ")
            },
            control = c.term.control_date
        )
    );
    for n in &done.notes {
        eprintln!(
            "{}",
            super::error::warn_line(super::error::classify_note(n))
        );
    }
    Ok(())
}
