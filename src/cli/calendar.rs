//! `appeals calendar [YEAR]`: the year's non-working weekdays and working
//! weekend days, with names and legal sources.

use super::{Env, OutputFormat};
use chrono::Datelike;

/// Arguments of `calendar`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  appeals calendar 2016")]
pub struct Args {
    /// The year (default: this year).
    pub year: Option<i32>,
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
    let reg = super::load(env)?;
    let year = a.year.unwrap_or(env.today.year());
    let days = reg.calendar.year_days(year).map_err(|e| {
        let (first, last) = reg.calendar.years();
        super::error::UserError::new(e.to_string()).hint(crate::t!(
            "cal-hint-year",
            first = first.to_string(),
            last = last.to_string()
        ))
    })?;
    let rows: Vec<Vec<String>> = days
        .iter()
        .map(|d| {
            vec![
                d.date.to_string(),
                crate::terms::weekday_uk(d.date).to_string(),
                kind_label(d).to_string(),
                d.name.clone(),
                d.source.clone(),
                status_label(d).to_string(),
            ]
        })
        .collect();
    let header = ["date", "weekday", "kind", "name", "source", "status"];
    match format {
        OutputFormat::Json => {
            let items: Vec<_> = rows
                .iter()
                .map(|r| {
                    header
                        .iter()
                        .zip(r)
                        .map(|(h, v)| (h.to_string(), serde_json::Value::String(v.clone())))
                        .collect::<serde_json::Map<_, _>>()
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&items)?);
        }
        OutputFormat::Csv => {
            let mut w = csv::Writer::from_writer(std::io::stdout());
            w.write_record(header)?;
            for r in rows {
                w.write_record(r)?;
            }
            w.flush()?;
        }
        OutputFormat::Table => {
            println!("{}", crate::t!("cal-title", year = year.to_string()));
            let rows: Vec<Vec<String>> = days.iter().map(|d| table_row(d)).collect();
            println!(
                "{}",
                super::render::table(
                    &[
                        &crate::t!("cal-col-date"),
                        &crate::t!("cal-col-weekday"),
                        &crate::t!("cal-col-kind"),
                        &crate::t!("cal-col-name"),
                        &crate::t!("cal-col-source"),
                        &crate::t!("cal-col-status"),
                    ],
                    rows
                )
            );
            let off = days
                .iter()
                .filter(|d| d.kind != crate::calendar::DayKind::Working)
                .count();
            println!(
                "{}",
                crate::t!("cal-footer", off = off, worked = days.len() - off)
            );
            if days
                .iter()
                .any(|d| d.status == crate::calendar::Certainty::Unconfirmed)
            {
                println!("{}", super::render::footnote_day());
            }
        }
    }
    Ok(())
}

/// A day's row of the table, for people: the date as the language writes
/// it, the kind and status in words, an unconfirmed day marked `*`.
fn table_row(d: &crate::calendar::Day) -> Vec<String> {
    use crate::calendar::{Certainty, DayKind};
    let unconfirmed = d.status == Certainty::Unconfirmed;
    vec![
        if unconfirmed {
            format!("{} *", crate::i18n::date(d.date))
        } else {
            crate::i18n::date(d.date)
        },
        super::render::weekday(d.date),
        match d.kind {
            DayKind::Holiday => crate::t!("cal-kind-holiday"),
            DayKind::DayOff => crate::t!("cal-kind-day-off"),
            DayKind::Working => crate::t!("cal-kind-working"),
        },
        d.name.clone(),
        d.source.clone(),
        if unconfirmed {
            crate::t!("cal-status-unconfirmed")
        } else {
            crate::t!("cal-status-confirmed")
        },
    ]
}

fn kind_label(d: &crate::calendar::Day) -> &'static str {
    match d.kind {
        crate::calendar::DayKind::Holiday => "holiday",
        crate::calendar::DayKind::DayOff => "day-off",
        crate::calendar::DayKind::Working => "working",
    }
}

fn status_label(d: &crate::calendar::Day) -> &'static str {
    match d.status {
        crate::calendar::Certainty::Confirmed => "confirmed",
        crate::calendar::Certainty::Unconfirmed => "unconfirmed",
    }
}
