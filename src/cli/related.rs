//! `appeals related CARD`: the applicant's other appeals.

use super::{Env, OutputFormat};
use crate::ops;

/// Arguments of `related`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  appeals related 2015/К-125")]
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
    let related = ops::related::related(&reg, &card, env.today)?;
    match format {
        OutputFormat::Json => println!("{}", serde_json::to_string_pretty(&related)?),
        OutputFormat::Csv => {
            let mut w = csv::Writer::from_writer(std::io::stdout());
            w.write_record([
                "card",
                "received",
                "status",
                "topics",
                "same_question",
                "link",
                "sign",
            ])?;
            for x in &related {
                w.write_record([
                    x.card.as_str(),
                    &x.received.to_string(),
                    x.status,
                    &x.topics.join(";"),
                    if x.same_question { "true" } else { "false" },
                    x.link,
                    &x.sign,
                ])?;
            }
            w.flush()?;
        }
        OutputFormat::Table => {
            if related.is_empty() {
                if !env.quiet {
                    eprintln!("{}", crate::t!("rel-none", card = card.full_name()));
                }
                return Ok(());
            }
            let rows = related
                .iter()
                .map(|x| {
                    vec![
                        x.card.clone(),
                        crate::i18n::date(x.received),
                        match x.status {
                            "open" => crate::t!("rel-open"),
                            _ => crate::t!("rel-closed"),
                        },
                        x.topics.join(" "),
                        x.sign.clone(),
                        if x.same_question {
                            crate::t!("rel-yes")
                        } else {
                            String::new()
                        },
                        // The words of the card's own links, for people;
                        // JSON and CSV keep the machine names.
                        match x.link {
                            "repeat_of" => crate::t!("rel-link-repeat-of"),
                            "earlier" => crate::t!("rel-link-earlier"),
                            "later" => crate::t!("rel-link-later"),
                            _ => String::new(),
                        },
                    ]
                })
                .collect();
            println!(
                "{}",
                super::render::table(
                    &[
                        &crate::t!("rel-col-card"),
                        &crate::t!("rel-col-received"),
                        &crate::t!("rel-col-state"),
                        &crate::t!("rel-col-topics"),
                        &crate::t!("rel-col-sign"),
                        &crate::t!("rel-col-same"),
                        &crate::t!("rel-col-link"),
                    ],
                    rows
                )
            );
        }
    }
    Ok(())
}
