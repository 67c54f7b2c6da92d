//! `appeals list`: cards with filters.

use super::{Env, OutputFormat};
use crate::model::Status;
use crate::ops::list::{self, Filter};
use chrono::NaiveDate;

/// Arguments of `list`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  appeals list --status registered\n  appeals list --topic 009 --received-from 2015-06-01 --format csv"
)]
pub struct Args {
    /// Only cards in this status.
    #[arg(long)]
    pub status: Option<Status>,
    /// Only cards with this topic (Part II code).
    #[arg(long)]
    pub topic: Option<String>,
    /// Only cards received on or after this date.
    #[arg(long)]
    pub received_from: Option<NaiveDate>,
    /// Only cards received on or before this date.
    #[arg(long)]
    pub received_to: Option<NaiveDate>,
    /// Only cards whose resolution names this executor.
    #[arg(long)]
    pub executor: Option<String>,
    /// Include the applicant's name (personal data) in the output.
    #[arg(long)]
    pub personal: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let reg = super::load(env)?;
    let filter = Filter {
        status: a.status,
        topic: a.topic,
        received_from: a.received_from,
        received_to: a.received_to,
        executor: a.executor,
    };
    let mut cards = list::list(&reg, &filter)?;
    if !a.personal {
        for c in &mut cards {
            list::redact(c);
        }
    }
    match a.format {
        OutputFormat::Json => println!("{}", serde_json::to_string_pretty(&cards)?),
        OutputFormat::Csv => {
            let mut text = super::render::cards_csv(&cards)?;
            if a.personal {
                text = with_names(&text, &cards)?;
            }
            print!("{text}")
        }
        OutputFormat::Table => {
            let mut header = vec![
                "картка",
                "надійшло",
                "стан",
                "тематика",
                "контроль",
                "виконавець",
            ];
            if a.personal {
                header.push("заявник");
            }
            header.push("зміст");
            let rows = cards
                .iter()
                .map(|c| {
                    let mut r = vec![
                        c.full_name(),
                        c.received.to_string(),
                        c.status.to_string(),
                        c.classification.topics.join(" "),
                        c.term.control_date.to_string(),
                        c.resolution
                            .as_ref()
                            .and_then(|r| r.executors.first().cloned())
                            .unwrap_or_default(),
                    ];
                    if a.personal {
                        r.push(c.applicant.name.clone().unwrap_or_default());
                    }
                    r.push(super::render::cut(&c.summary, 40));
                    r
                })
                .collect();
            if !cards.is_empty() {
                println!("{}", super::render::table(&header, rows));
            }
            if !env.quiet {
                eprintln!(
                    "{} card{}",
                    cards.len(),
                    if cards.len() == 1 { "" } else { "s" }
                );
            }
        }
    }
    Ok(())
}

/// Adds the applicant's name as the last CSV column.
fn with_names(csv_text: &str, cards: &[crate::model::Card]) -> anyhow::Result<String> {
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = r.headers()?.iter().map(str::to_string).collect();
    header.push("name".into());
    w.write_record(&header)?;
    for (row, c) in r.records().zip(cards) {
        let mut row: Vec<String> = row?.iter().map(str::to_string).collect();
        row.push(c.applicant.name.clone().unwrap_or_default());
        w.write_record(&row)?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}
