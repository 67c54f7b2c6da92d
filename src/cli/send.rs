//! `appeals send CARD`: mailed, scanned to the contact centre, result
//! entered (points 8.2–8.3); off control too when `register.toml` says so.

use super::{Env, OutputFormat};
use crate::ops::steps::{self, SendRequest};
use chrono::NaiveDate;
use std::path::PathBuf;

/// Arguments of `send`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  appeals send К-125 --posted 2015-07-21 --to-cc 2015-07-21 --scan answer-signed.pdf"
)]
pub struct Args {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// Date the answer was mailed to the applicant (default: today; none for an anonymous appeal).
    #[arg(value_parser = crate::model::dates::parse_date, long, value_name = "DATE")]
    pub posted: Option<NaiveDate>,
    /// Date the scan was sent to the contact centre (default: today).
    #[arg(value_parser = crate::model::dates::parse_date, long, value_name = "DATE")]
    pub to_cc: Option<NaiveDate>,
    /// The scan of the signed answer, kept with the card's documents.
    #[arg(long, value_name = "FILE")]
    pub scan: Option<PathBuf>,
    /// The outgoing number of the council's reply.
    #[arg(long, value_name = "N")]
    pub number: Option<String>,
    /// The outgoing date of the council's reply.
    #[arg(value_parser = crate::model::dates::parse_date, long, value_name = "DATE")]
    pub date: Option<NaiveDate>,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let (reg, r, who) = super::open_card(env, &a.card)?;
    let req = SendRequest {
        posted: a.posted,
        to_cc: a.to_cc,
        scan: a.scan.as_deref(),
        number: a.number.as_deref(),
        date: a.date,
    };
    let done = steps::send(&reg, &r, &req, &who, super::waiting)?;
    if super::already(
        env,
        a.format,
        done.already,
        &done.card,
        &crate::t!("step-already-send"),
    ) {
        return Ok(());
    }
    if super::printed_as_json(a.format, env, &done.card) {
        return Ok(());
    }
    let c = &done.card;
    if let Some(s) = &c.sent {
        let outgoing = match (&s.number, s.date) {
            (Some(n), Some(d)) => crate::t!("step-send-number-date", number = n, date = d),
            (Some(n), None) => crate::t!("step-send-number", number = n),
            (None, Some(d)) => crate::t!("step-send-date", date = d),
            (None, None) => String::new(),
        };
        println!(
            "{}",
            crate::t!(
                "step-send-done",
                card = c.full_name(),
                posted = s
                    .posted
                    .map(crate::i18n::date)
                    .unwrap_or_else(|| crate::t!("step-send-anonymous")),
                to_cc = s.to_cc,
                result = c.result.as_deref().unwrap_or("—"),
                outgoing = outgoing,
                control = if c.status.is_open() {
                    crate::t!("step-send-on-control")
                } else {
                    crate::t!("step-send-off-control")
                }
            )
        );
        if let Some(scan) = &s.scan {
            println!("{}", crate::t!("step-send-scan", scan = scan));
        }
    }
    for w in &done.warnings {
        eprintln!("{}", super::error::warn_line(super::error::warning(w)));
    }
    Ok(())
}
