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
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let reg = super::load(env)?;
    let year = a.year.unwrap_or(env.today.year());
    let days = reg.calendar.year_days(year).map_err(|e| {
        let (first, last) = reg.calendar.years();
        super::error::UserError::new(e.to_string()).hint(crate::t!(
            "hint-calendar-covers",
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
    match a.format {
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
            println!("Робочий календар {year}: неробочі будні та робочі вихідні");
            println!(
                "{}",
                super::render::table(&["дата", "день", "вид", "назва", "джерело", "статус"], rows)
            );
            let off = days
                .iter()
                .filter(|d| d.kind != crate::calendar::DayKind::Working)
                .count();
            println!(
                "{off} non-working weekday{}, {} working weekend day{}",
                if off == 1 { "" } else { "s" },
                days.len() - off,
                if days.len() - off == 1 { "" } else { "s" }
            );
        }
    }
    Ok(())
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
