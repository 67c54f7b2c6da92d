//! `appeals sign CARD --by ID`: the coordinator signs the answers (point 8.1).

use super::{Env, OutputFormat};
use crate::ops::steps;

/// Arguments of `sign`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  appeals sign К-125 --by maslenkov")]
pub struct Args {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// The coordinator who signs (an id from people.toml).
    #[arg(long, value_name = "ID", add = super::shell::anyone())]
    pub by: String,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let (reg, r, who) = super::open_card(env, &a.card)?;
    let done = steps::sign(&reg, &r, &a.by, &who, super::waiting)?;
    if super::already(
        env,
        a.format,
        done.already,
        &done.card,
        &crate::t!("step-already-sign"),
    ) {
        return Ok(());
    }
    if super::printed_as_json(a.format, env, &done.card) {
        return Ok(());
    }
    let c = &done.card;
    if let Some(s) = &c.signature {
        println!(
            "{}",
            crate::t!(
                "step-sign-done",
                card = c.full_name(),
                by = &s.by,
                count = s.sha256.len()
            )
        );
        for (path, sha) in &s.sha256 {
            println!("  {sha}  {path}");
        }
    }
    if let Some(w) = &done.warning {
        eprintln!(
            "{}",
            super::error::warn_line(crate::t!("warn-kept-on-card", warning = w.to_string()))
        );
    }
    super::render::print_next(c);
    Ok(())
}
