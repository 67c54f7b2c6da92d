//! `appeals list`: cards with filters.

use super::{Env, OutputFormat};
use crate::classifier::SectionKey;
use crate::model::privacy::{self, Audience};
use crate::model::Status;
use crate::ops::list::{self, Filter};
use chrono::NaiveDate;
use std::io::Write;

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
    #[arg(value_parser = crate::model::dates::parse_date, long)]
    pub received_from: Option<NaiveDate>,
    /// Only cards received on or before this date.
    #[arg(value_parser = crate::model::dates::parse_date, long)]
    pub received_to: Option<NaiveDate>,
    /// Only cards whose resolution names this executor.
    #[arg(long, add = super::shell::executors())]
    pub executor: Option<String>,
    /// Include the applicant's name (personal data) in the output; a
    /// confidential applicant's stays hidden (law art. 10).
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
    // Cards stream out as they are read: a listing of the whole register
    // never holds it in memory (the table keeps only its rows).
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    let mut csv_out =
        (a.format == OutputFormat::Csv).then(|| csv::Writer::from_writer(std::io::stdout()));
    if let Some(w) = &mut csv_out {
        let mut header: Vec<&str> = super::render::CARD_COLUMNS.to_vec();
        if a.personal {
            header.push("name");
        }
        w.write_record(&header)?;
    }
    let mut rows = Vec::new();
    // A topic code the Classifier's sources don't confirm is marked `*`.
    let mut uncertain = false;
    let mut first = true;
    // Personal data only when asked, and never a confidential applicant's
    // (law art. 10, `model::privacy`).
    let audience = if a.personal {
        Audience::Clerk
    } else {
        Audience::Others
    };
    let count = list::each(&reg, &filter, |c| -> crate::Result<()> {
        let name = || {
            privacy::disclosure(audience, &c.applicant)
                .name
                .text(c.applicant.name.as_deref())
                .unwrap_or_default()
        };
        let io = |e: std::io::Error| crate::store::StoreError::file("<stdout>", e.to_string());
        match a.format {
            OutputFormat::Json => {
                let sep = if first { "[\n" } else { ",\n" };
                first = false;
                let text =
                    serde_json::to_string_pretty(&privacy::card(audience, &c)).unwrap_or_default();
                write!(out, "{sep}{}", indent(&text)).map_err(io)?;
            }
            OutputFormat::Csv => {
                if let Some(w) = &mut csv_out {
                    let mut row = super::render::card_row(&c);
                    if a.personal {
                        row.push(name());
                    }
                    w.write_record(&row)
                        .map_err(|e| crate::store::StoreError::file("<stdout>", e.to_string()))?;
                }
            }
            OutputFormat::Table => {
                let mut r = vec![
                    c.full_name(),
                    crate::i18n::date(c.received),
                    super::render::status_text(c.status),
                    c.classification
                        .topics
                        .iter()
                        .map(|t| {
                            if reg.classifier.is_uncertain(SectionKey::Topic, t) {
                                uncertain = true;
                                format!("{t}*")
                            } else {
                                t.clone()
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(" "),
                    crate::i18n::date(c.term.control_date),
                    c.resolution
                        .as_ref()
                        .and_then(|r| r.executors.first().cloned())
                        .unwrap_or_default(),
                ];
                if a.personal {
                    r.push(name());
                }
                r.push(super::render::cut(&c.summary, 40));
                rows.push(r);
            }
        }
        Ok(())
    })?;
    match a.format {
        OutputFormat::Json => writeln!(out, "{}", if first { "[]" } else { "\n]" })?,
        OutputFormat::Csv => {
            if let Some(mut w) = csv_out {
                w.flush()?;
            }
        }
        OutputFormat::Table => {
            let mut header = vec![
                crate::t!("list-col-card"),
                crate::t!("list-col-received"),
                crate::t!("list-col-status"),
                crate::t!("list-col-topics"),
                crate::t!("list-col-control"),
                crate::t!("list-col-executor"),
            ];
            if a.personal {
                header.push(crate::t!("list-col-applicant"));
            }
            header.push(crate::t!("list-col-summary"));
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            if !rows.is_empty() {
                writeln!(out, "{}", super::render::table(&header, rows))?;
                if uncertain {
                    writeln!(out, "{}", super::render::footnote_code())?;
                }
            }
        }
    }
    out.flush()?;
    if !env.quiet && a.format == OutputFormat::Table {
        eprintln!("{}", crate::t!("list-count", count = count));
    }
    Ok(())
}

/// Indents a pretty-printed card by two spaces, as an element of an array.
fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
