//! `appeals draft CARD [--out DIR]`: the answer templates filled from the card.

use super::Env;
use crate::model::CardRef;
use crate::ops::{self, draft};
use std::path::PathBuf;

/// Arguments of `draft`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  appeals draft К-125 --out drafts/")]
pub struct Args {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// Write the drafts into this directory (created when missing) instead of printing them.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let r = CardRef::parse(&a.card)
        .map_err(|e| crate::Error::from(crate::error::LookupError::from(e)))?;
    let reg = super::load(env)?;
    let card = ops::find_card(&reg, &r, env.today)?;
    let drafts = draft::drafts(&reg, &card)?;
    match &a.out {
        Some(dir) => {
            let files = draft::write_drafts(dir, &card, &drafts)?;
            if !env.quiet {
                for f in files {
                    println!("{}", f.display());
                }
            }
        }
        None => {
            for (i, d) in drafts.iter().enumerate() {
                if i > 0 {
                    println!();
                }
                println!("==> {} <==", d.template);
                print!("{}", d.text);
            }
        }
    }
    Ok(())
}
