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
    /// Only cards on control (not taken off).
    #[arg(long)]
    pub open: bool,
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
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
    #[command(flatten)]
    pub output: super::output::Output,
    #[command(flatten)]
    pub excel: super::office::Excel,
    /// Read every card file rather than choose them by the card catalogue
    /// (.index/cards.tsv): the same output, read the long way
    #[arg(long)]
    pub no_index: bool,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let given = a.excel.format(a.format, OutputFormat::Csv, &a.output)?;
    let format = a.output.format(given)?;
    let output = a.output.clone();
    output.write(|| print(a, format, env))
}

/// Prints the records, to standard output or the file of `-o`.
fn print(a: Args, format: OutputFormat, env: &Env) -> anyhow::Result<()> {
    // A range that ends before it starts lists nothing: refused, as a
    // report's is.
    if let (Some(from), Some(to)) = (a.received_from, a.received_to) {
        if to < from {
            return Err(crate::Error::from(crate::error::ReportError::ToBeforeFrom {
                from,
                to,
                flags: ("--received-from", "--received-to"),
            })
            .into());
        }
    }
    let reg = super::catalogued(super::load(env)?, a.no_index);
    let filter = Filter {
        status: a.status,
        open: a.open,
        topic: a.topic,
        received_from: a.received_from,
        received_to: a.received_to,
        executor: a.executor,
    };
    // Cards stream out as they are read: a listing of the whole register
    // never holds it in memory (the table keeps only its rows).
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    let mut csv_out = None;
    if format == OutputFormat::Csv {
        let mut header: Vec<&str> = super::render::CARD_COLUMNS.to_vec();
        if a.personal {
            header.push("name");
        }
        csv_out = Some(super::office::Csv::new(
            std::io::stdout(),
            a.excel.excel,
            &header,
        )?);
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
        match format {
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
                    w.row(&row)
                        .map_err(|e| crate::store::StoreError::file("<stdout>", e.to_string()))?;
                }
            }
            OutputFormat::Table => {
                let topics = c
                    .classification
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
                    .join(" ");
                rows.push(Row {
                    card: c.full_name(),
                    received: c.received,
                    status: c.status,
                    topics,
                    control: c.term.control_date,
                    executor: c
                        .resolution
                        .as_ref()
                        .and_then(|r| r.executors.first().cloned())
                        .unwrap_or_default(),
                    applicant: a.personal.then(name),
                    summary: c.summary.clone(),
                });
            }
        }
        Ok(())
    })?;
    match format {
        OutputFormat::Json => writeln!(out, "{}", if first { "[]" } else { "\n]" })?,
        OutputFormat::Csv => {
            if let Some(mut w) = csv_out {
                w.flush()?;
            }
        }
        OutputFormat::Table => {
            if !rows.is_empty() {
                writeln!(out, "{}", table(&rows, a.personal, env.today))?;
                if uncertain {
                    writeln!(out, "{}", super::render::footnote_code())?;
                }
            }
        }
    }
    out.flush()?;
    if !env.quiet && format == OutputFormat::Table {
        eprintln!("{}", crate::t!("list-count", count = count));
    }
    Ok(())
}

/// A card as the table shows it.
struct Row {
    card: String,
    received: NaiveDate,
    status: Status,
    topics: String,
    control: NaiveDate,
    executor: String,
    applicant: Option<String>,
    summary: String,
}

/// The least room the summary keeps in the full layout before the compact
/// one is taken.
const SUMMARY_ROOM: usize = 24;

/// The table: in full, the summary cut to the terminal's width; on a
/// narrow terminal the compact layout (short headings and words, no date
/// of receipt, control dates without the year when all are of one year). A pipe gets every summary
/// whole.
fn table(rows: &[Row], personal: bool, today: NaiveDate) -> String {
    use chrono::Datelike;
    let width = super::render::width();
    let summary_col = |compact: bool| usize::from(!compact) + if personal { 6 } else { 5 };
    let layout = |compact: bool| {
        let year = today.year();
        let same_year = compact && rows.iter().all(|r| r.control.year() == year);
        let day = |d: NaiveDate| {
            if same_year {
                crate::i18n::day_month(d)
            } else {
                crate::i18n::date(d)
            }
        };
        let mut header = if compact {
            vec![
                crate::t!("tbl-list-card"),
                crate::t!("tbl-list-status"),
                crate::t!("tbl-list-topics"),
                crate::t!("tbl-list-control"),
                crate::t!("tbl-list-executor"),
            ]
        } else {
            vec![
                crate::t!("list-col-card"),
                crate::t!("list-col-received"),
                crate::t!("list-col-status"),
                crate::t!("list-col-topics"),
                crate::t!("list-col-control"),
                crate::t!("list-col-executor"),
            ]
        };
        if personal {
            header.push(crate::t!("list-col-applicant"));
        }
        header.push(if compact {
            crate::t!("tbl-list-summary")
        } else {
            crate::t!("list-col-summary")
        });
        let cells = rows
            .iter()
            .map(|r| {
                let mut v = vec![r.card.clone()];
                if !compact {
                    v.push(day(r.received));
                }
                v.extend([
                    if compact {
                        super::render::stage_short(r.status)
                    } else {
                        super::render::status_text(r.status)
                    },
                    r.topics.clone(),
                    day(r.control),
                    r.executor.clone(),
                ]);
                if personal {
                    v.push(r.applicant.clone().unwrap_or_default());
                }
                v.push(r.summary.clone());
                v
            })
            .collect::<Vec<_>>();
        (header, cells)
    };
    let (header, cells) = layout(false);
    let refs: Vec<&str> = header.iter().map(String::as_str).collect();
    let full = match width {
        None => true,
        Some(w) => {
            super::render::natural_width(&refs, &cells, None) <= w
                || super::render::natural_width(&refs, &cells, Some(summary_col(false)))
                    + SUMMARY_ROOM
                    <= w
        }
    };
    if full {
        return super::render::table_cut(&refs, cells, width, summary_col(false));
    }
    let (header, cells) = layout(true);
    let refs: Vec<&str> = header.iter().map(String::as_str).collect();
    super::render::table_cut(&refs, cells, width, summary_col(true))
}

/// Indents a pretty-printed card by two spaces, as an element of an array.
fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
