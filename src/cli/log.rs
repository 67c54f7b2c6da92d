//! `appeals log CARD`: the card's history beside the git commits of its
//! file, so that a change made outside the tool stands out.

use super::{Env, OutputFormat};
use crate::ops;

/// Arguments of `log`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  appeals log 2015/К-125")]
pub struct Args {
    /// The card.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// Output format.
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
    #[command(flatten)]
    pub output: super::output::Output,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let format = a.output.format(a.format)?;
    let output = a.output.clone();
    output.write(|| print(a, format, env))
}

/// Prints the records, to standard output or the file of `-o`.
fn print(a: Args, format: OutputFormat, env: &Env) -> anyhow::Result<()> {
    let (reg, card) = super::find_card(env, &a.card)?;
    let log = ops::audit::card_log(&reg, &card)?;
    if format == OutputFormat::Json {
        println!("{}", serde_json::to_string_pretty(&log)?);
        return Ok(());
    }
    println!("{}", crate::t!("log-title", card = card.full_name()));
    let rows = log
        .history
        .iter()
        .map(|e| {
            vec![
                crate::i18n::date(e.at),
                super::render::action_text(e.action()),
                e.by.clone(),
                super::render::event_summary(e),
            ]
        })
        .collect();
    println!(
        "{}",
        super::render::table(
            &[
                &crate::t!("log-col-date"),
                &crate::t!("log-col-step"),
                &crate::t!("log-col-by"),
                &crate::t!("log-col-what"),
            ],
            rows
        )
    );
    if !log.in_git {
        println!("{}", crate::t!("log-no-git"));
        return Ok(());
    }
    println!(
        "\n{}",
        crate::t!("log-commits", path = format!("cards/{}", card.rel_path()))
    );
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
                    Some(cmd) => crate::t!("log-by-command", command = cmd.as_str()),
                    None => crate::t!("log-outside"),
                },
            ]
        })
        .collect();
    println!(
        "{}",
        super::render::table(
            &[
                &crate::t!("log-col-commit"),
                &crate::t!("log-col-date"),
                &crate::t!("log-col-author"),
                &crate::t!("log-col-message"),
                &crate::t!("log-col-change"),
            ],
            rows
        )
    );
    if outside > 0 {
        println!("{}", crate::t!("log-outside-warning", count = outside));
    }
    Ok(())
}
