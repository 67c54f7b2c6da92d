//! `appeals explain CARD`: how the card's dates were counted, day by day.

use super::Env;
use crate::ops;

/// Arguments of `explain`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  appeals explain 2015/К-125")]
pub struct Args {
    /// The card.
    #[arg(add = super::shell::cards())]
    pub card: String,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let (reg, card) = super::find_card(env, &a.card)?;
    let ex = ops::explain::explain(&reg, &card)?;
    println!("{}", crate::t!("expl-title", card = card.full_name()));
    for s in &ex.steps {
        println!("  {s}");
    }
    if ex.uncertain {
        println!("{}", super::render::footnote_day());
    }
    for w in &ex.warnings {
        println!("{}", crate::t!("expl-warning", text = w.as_str()));
    }
    Ok(())
}
