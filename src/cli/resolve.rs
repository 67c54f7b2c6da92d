//! `appeals resolve CARD --executor ID…`: the coordinator's resolution (point 4).

use super::{Env, OutputFormat};
use crate::ops::steps::{self, ResolveRequest};

/// Arguments of `resolve`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  appeals resolve К-125 --executor dzhkg --executor miskcvitlo --text 'Розглянути, вжити заходів, відповісти заявнику'"
)]
pub struct Args {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// An executor's id from people.toml; the first one leads, the others are co-executors.
    #[arg(long = "executor", value_name = "ID", required = true, add = super::shell::executors())]
    pub executors: Vec<String>,
    /// The coordinator's id (default: the one whose topics cover the card's topic).
    #[arg(long, value_name = "ID", add = super::shell::coordinators())]
    pub coordinator: Option<String>,
    /// The resolution's text.
    #[arg(long)]
    pub text: Option<String>,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let (reg, r, who) = super::open_card(env, &a.card)?;
    let req = ResolveRequest {
        executors: &a.executors,
        coordinator: a.coordinator.as_deref(),
        text: a.text.as_deref(),
    };
    let done = steps::resolve(&reg, &r, &req, &who, super::waiting)?;
    if super::already(
        env,
        a.format,
        done.already,
        &done.card,
        &crate::t!("step-already-resolve"),
    ) {
        return Ok(());
    }
    if super::printed_as_json(a.format, env, &done.card) {
        return Ok(());
    }
    let c = &done.card;
    if let Some(res) = &c.resolution {
        let how = if done.chosen_by_topics.is_empty() {
            String::new()
        } else {
            crate::t!(
                "step-resolve-by-topic",
                topics = done.chosen_by_topics.join(", ")
            )
        };
        let executors: Vec<String> = res
            .executors
            .iter()
            .enumerate()
            .map(|(i, e)| {
                if i == 0 {
                    crate::t!("step-resolve-lead", executor = e)
                } else {
                    crate::t!("step-id", id = e)
                }
            })
            .collect();
        println!(
            "{}",
            crate::t!(
                "step-resolve-done",
                card = c.full_name(),
                coordinator = &res.coordinator,
                how = how,
                executors = executors.join(", "),
                due = c.term.executor_due,
                control = c.term.control_date
            )
        );
    }
    super::render::print_next(c);
    Ok(())
}
