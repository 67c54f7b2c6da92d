//! `appeals log CARD`: the card's history beside the git commits of its
//! file, so that a change made outside the tool stands out.

use super::{Env, OutputFormat};
use crate::ops;

/// Arguments of `log`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  appeals log 2015/К-125")]
pub struct Args {
    /// The card.
    pub card: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let (reg, card) = super::find_card(env, &a.card)?;
    let log = ops::audit::card_log(&reg, &card)?;
    if a.format == OutputFormat::Json {
        println!("{}", serde_json::to_string_pretty(&log)?);
        return Ok(());
    }
    println!("{}: history recorded in the card", card.full_name());
    let rows = log
        .history
        .iter()
        .map(|e| {
            vec![
                e.at.to_string(),
                e.action().label().to_string(),
                e.by.clone(),
                super::render::event_summary(e),
            ]
        })
        .collect();
    println!(
        "{}",
        super::render::table(&["дата", "крок", "хто", "що"], rows)
    );
    if !log.in_git {
        println!("the register is not in a git work tree: no commits to compare");
        return Ok(());
    }
    println!("\ncommits that touched cards/{}", card.rel_path());
    let outside = log.commits.iter().filter(|c| c.command.is_none()).count();
    let rows = log
        .commits
        .iter()
        .map(|c| {
            vec![
                c.commit.clone(),
                c.date.clone(),
                c.author.clone(),
                c.subject.clone(),
                match &c.command {
                    Some(cmd) => format!("appeals {cmd}"),
                    None => "OUTSIDE THE TOOL".to_string(),
                },
            ]
        })
        .collect();
    println!(
        "{}",
        super::render::table(&["commit", "дата", "автор", "повідомлення", "зміна"], rows)
    );
    if outside > 0 {
        println!(
            "{}",
            super::error::warn_line(crate::t!("warn-outside-commits", count = outside))
        );
    }
    Ok(())
}
