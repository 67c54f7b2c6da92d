//! `appeals related CARD`: the applicant's other appeals.

use super::{Env, OutputFormat};
use crate::ops;

/// Arguments of `related`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  appeals related 2015/К-125")]
pub struct Args {
    /// The card.
    pub card: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let (reg, card) = super::find_card(env, &a.card)?;
    let related = ops::related::related(&reg, &card, env.today)?;
    match a.format {
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
                    eprintln!("{}: no other appeals of this applicant", card.full_name());
                }
                return Ok(());
            }
            let rows = related
                .iter()
                .map(|x| {
                    vec![
                        x.card.clone(),
                        x.received.to_string(),
                        match x.status {
                            "open" => "на контролі",
                            _ => "знято з контролю",
                        }
                        .to_string(),
                        x.topics.join(" "),
                        x.sign.clone(),
                        if x.same_question { "так" } else { "" }.to_string(),
                        // The words of the card's own links, for people;
                        // JSON and CSV keep the machine names.
                        match x.link {
                            "repeat_of" => "пряме попереднє",
                            "earlier" => "попереднє",
                            "later" => "пізніше",
                            _ => "",
                        }
                        .to_string(),
                    ]
                })
                .collect();
            println!(
                "{}",
                super::render::table(
                    &[
                        "картка",
                        "надійшло",
                        "стан",
                        "тематика",
                        "ознака",
                        "те саме питання",
                        "зв'язок"
                    ],
                    rows
                )
            );
        }
    }
    Ok(())
}
