//! `appeals report-back [--date D | --from D --to D] [-o FILE]`: the file
//! that goes back to the contact centre (issue #21, point 3;
//! `ops::report_back`).

use super::output::Output;
use super::Env;
use crate::ops::report::tabular::{Cell, Column, Table};
use crate::ops::report::xlsx;
use crate::ops::report_back::{self, Dialect, ReportBack, COLUMNS};
use chrono::NaiveDate;
use clap::ValueEnum;
use std::io::Write;

/// What `report-back` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum BackFormat {
    /// CSV in the profile's dialect (the centre's).
    #[default]
    Csv,
    /// An Excel workbook.
    Xlsx,
    /// JSON for scripts.
    Json,
}

/// Arguments of `report-back`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Every card sent to the contact centre on the day (or in the period), or taken off control by one of the Law's exits, as one row in the centre's words and dialect (the import profile's [report-back] table). The same period gives the same file.\n\nExamples:\n  appeals report-back --date 2015-07-09 -o report-back-2015-07-09.csv\n  appeals report-back --from 2015-07-01 --to 2015-07-31 -o july.xlsx"
)]
pub struct Args {
    /// The day (default: today).
    #[arg(value_parser = crate::model::dates::parse_date, long, value_name = "DATE", conflicts_with_all = ["from", "to"])]
    pub date: Option<NaiveDate>,
    /// First day of the period.
    #[arg(value_parser = crate::model::dates::parse_date, long, value_name = "DATE", requires = "to")]
    pub from: Option<NaiveDate>,
    /// Last day of the period.
    #[arg(value_parser = crate::model::dates::parse_date, long, value_name = "DATE", requires = "from")]
    pub to: Option<NaiveDate>,
    /// The import profile whose words and dialect the file takes (intake/NAME.toml; default: register.toml's, else the built-in words).
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// Output format (default: from the file's extension, else CSV).
    #[arg(long, value_enum)]
    pub format: Option<BackFormat>,
    #[command(flatten)]
    pub output: Output,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let format = a.output.format(a.format)?;
    let reg = super::load(env)?;
    let dialect = dialect(&reg, a.profile.as_deref())?;
    let (from, to) = match (a.from, a.to) {
        (Some(f), Some(t)) => (f, t),
        _ => {
            let day = a.date.unwrap_or(env.today);
            (day, day)
        }
    };
    if from > to {
        return Err(crate::Error::from(crate::error::ReportError::ToBeforeFrom {
            from,
            to,
            flags: ("--from", "--to"),
        })
        .into());
    }
    let done = report_back::report_back(&reg, from, to, &dialect)?;
    let bytes = match format {
        BackFormat::Csv => csv_bytes(&done, &dialect)?,
        BackFormat::Json => format!("{}\n", serde_json::to_string_pretty(&done.rows)?).into_bytes(),
        BackFormat::Xlsx => {
            if a.output.output.is_none() && std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                return Err(super::error::UserError::new(crate::t!("rep-xlsx-terminal"))
                    .hint(crate::t!("rep-xlsx-terminal-hint"))
                    .into());
            }
            workbook(&done, &dialect, from, to)?
        }
    };
    a.output.write(|| {
        std::io::stdout().write_all(&bytes)?;
        Ok(())
    })?;
    if !env.quiet {
        eprintln!(
            "{}",
            crate::t!(
                "rb-done",
                count = done.rows.len(),
                from = crate::terms::date_uk(from),
                to = crate::terms::date_uk(to)
            )
        );
        if !done.not_from_centre.is_empty() {
            eprintln!(
                "{}",
                super::error::hint_line(&crate::t!(
                    "rb-not-from-centre",
                    count = done.not_from_centre.len(),
                    cards = done.not_from_centre.join(", ")
                ))
            );
        }
    }
    Ok(())
}

/// The profile's `[report-back]` table: the one named, else the one
/// `register.toml` names as the default, else the built-in words.
fn dialect(reg: &crate::store::Register, profile: Option<&str>) -> anyhow::Result<Dialect> {
    let name = profile
        .or(reg.settings.intake.profile.as_deref())
        .unwrap_or(crate::intake_profile::OWN);
    if name == crate::intake_profile::OWN {
        return Ok(Dialect::default());
    }
    let rel = crate::intake_profile::path(name).map_err(crate::Error::from)?;
    let text = reg.store.read_text(&rel)?;
    let file = reg.store.display(&rel);
    let value: toml::Table = toml::from_str(&text).map_err(|e| {
        super::error::UserError::new(crate::t!(
            "rb-profile-bad",
            file = file.clone(),
            reason = e.message().to_string()
        ))
    })?;
    let Some(table) = value.get("report-back") else {
        return Ok(Dialect::default());
    };
    let d: Dialect = table.clone().try_into().map_err(|e: toml::de::Error| {
        super::error::UserError::new(crate::t!(
            "rb-profile-bad",
            file = file.clone(),
            reason = format!("[report-back]: {}", e.message())
        ))
    })?;
    let bad_format = chrono::format::StrftimeItems::new(&d.date_format)
        .any(|i| matches!(i, chrono::format::Item::Error));
    if bad_format || !d.delimiter.is_ascii() {
        return Err(super::error::UserError::new(crate::t!(
            "rb-profile-bad",
            file = file,
            reason = format!(
                "[report-back]: date-format {:?} or delimiter {:?}",
                d.date_format, d.delimiter
            )
        ))
        .into());
    }
    Ok(d)
}

/// The CSV: the centre's headings, then a row per card; every cell made
/// safe from spreadsheet formulas.
fn csv_bytes(done: &ReportBack, d: &Dialect) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    if d.bom {
        out.extend_from_slice("\u{feff}".as_bytes());
    }
    let mut w = csv::WriterBuilder::new()
        .delimiter(d.delimiter as u8)
        .from_writer(out);
    w.write_record(COLUMNS)?;
    for r in &done.rows {
        let cells = report_back::cells(r, d).map(|c| crate::office::neutralise(&c));
        w.write_record(&cells)?;
    }
    Ok(w.into_inner()?)
}

/// The workbook: one sheet, the centre's headings, codes and numbers as text.
fn workbook(
    done: &ReportBack,
    d: &Dialect,
    from: NaiveDate,
    to: NaiveDate,
) -> anyhow::Result<Vec<u8>> {
    let table = Table {
        key: "report_back".into(),
        title: crate::t!("rb-title"),
        sheet: crate::t!("rb-sheet"),
        columns: COLUMNS
            .iter()
            .map(|c| Column {
                key: (*c).to_string(),
                label: (*c).to_string(),
            })
            .collect(),
        rows: done
            .rows
            .iter()
            .map(|r| {
                report_back::cells(r, d)
                    .into_iter()
                    .map(Cell::Text)
                    .collect()
            })
            .collect(),
    };
    let heading = vec![
        crate::t!("rb-title"),
        crate::t!(
            "rb-period",
            from = crate::terms::date_uk(from),
            to = crate::terms::date_uk(to)
        ),
    ];
    Ok(xlsx::workbook_dated(
        &[xlsx::Document {
            heading: &heading,
            tables: std::slice::from_ref(&table),
        }],
        to,
    )?)
}
