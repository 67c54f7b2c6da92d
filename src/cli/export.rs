//! `appeals export`: every card as a flat row, for a database or a
//! spreadsheet; no personal data unless asked for.

use super::error::UserError;
use super::Env;
use crate::ops::export::{self, Options, Personal};
use crate::ops::report::Period;
use chrono::NaiveDate;
use clap::ValueEnum;
use std::io::Write;

/// How the rows are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ExportFormat {
    /// One JSON object per line.
    #[default]
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// A directory of Parquet files (-o DIR), typed and split by month of
    /// receipt, with manifest.json; for DuckDB and other query engines.
    Parquet,
}

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Without --anonymize or --personal no name, address, phone or e-mail is exported; with them, none of an applicant who asked for confidentiality (law art. 10): empty, beside confidential = true.\n\nExamples:\n  appeals export --from 2015-06-01 --to 2015-06-30 > cherven.jsonl\n  appeals export --excel --anonymize --anonymize-key oblast.key > appeals.csv\n  appeals -R misto-a -R misto-b export --anonymize --anonymize-key oblast.key > oblast.jsonl\n  appeals export --format parquet -o parquet/"
)]
pub struct Args {
    /// Only cards received on or after this day.
    #[arg(value_parser = crate::model::dates::parse_date, long, value_name = "DATE")]
    pub from: Option<NaiveDate>,
    /// Only cards received on or before this day.
    #[arg(value_parser = crate::model::dates::parse_date, long, value_name = "DATE")]
    pub to: Option<NaiveDate>,
    /// Output format.
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    #[command(flatten)]
    pub output: super::output::Output,
    /// Add a pseudonym of the applicant (a keyed hash of name and phone, with
    /// --anonymize-key), so that repeated appeals of one person can be counted
    /// without naming them (none for a confidential applicant, law art. 10).
    #[arg(long, conflicts_with = "personal")]
    pub anonymize: bool,
    /// The secret key of the pseudonyms (at least 16 bytes; an oblast shares
    /// one among its councils to count repeat applicants across registers)
    #[arg(
        long,
        value_name = "FILE",
        env = "APPEALS_ANONYMIZE_KEY_FILE",
        hide_env_values = true
    )]
    pub anonymize_key: Option<std::path::PathBuf>,
    /// Add name, address, phone and e-mail (personal data; a confidential
    /// applicant's stay empty, law art. 10).
    #[arg(long)]
    pub personal: bool,
    #[command(flatten)]
    pub excel: super::office::Excel,
    /// Add up registers of different Classifier editions.
    #[arg(long)]
    pub mixed_editions: bool,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let given = a.excel.format(a.format, ExportFormat::Csv, &a.output)?;
    if given == Some(ExportFormat::Parquet) {
        return parquet(a, env);
    }
    let format = a.output.format(given)?;
    let output = a.output.clone();
    output.write(|| print(a, format, env))
}

/// Writes the Parquet table into the directory of `-o`.
fn parquet(a: Args, env: &Env) -> anyhow::Result<()> {
    let dir = match &a.output.output {
        Some(dir) if dir.as_os_str() != "-" => dir.clone(),
        _ => {
            return Err(UserError::new(crate::t!("export-parquet-needs-dir"))
                .hint(crate::t!("export-parquet-needs-dir-hint"))
                .into())
        }
    };
    let regs = super::report::load_all(env)?;
    let opts = options(&a)?;
    let done = export::parquet::write(&regs, &opts, &dir, env.today)?;
    if !env.quiet {
        eprintln!(
            "{}",
            crate::t!(
                "export-parquet-done",
                count = done.rows,
                files = done.files,
                dir = dir.display().to_string()
            )
        );
    }
    Ok(())
}

/// What to export, from the arguments.
fn options(a: &Args) -> anyhow::Result<Options> {
    let period = match (a.from, a.to) {
        (None, None) => None,
        (from, to) => Some(Period::range(
            from.unwrap_or(NaiveDate::MIN),
            to.unwrap_or(NaiveDate::MAX),
        )?),
    };
    let personal = if a.personal {
        Personal::Full
    } else if a.anonymize {
        Personal::Pseudonym
    } else {
        Personal::None
    };
    let key = match (personal, &a.anonymize_key) {
        (Personal::Pseudonym, Some(file)) => key(file)?,
        (Personal::Pseudonym, None) => {
            return Err(UserError::new(crate::t!("export-no-key"))
                .hint(crate::t!("export-no-key-hint"))
                .into())
        }
        _ => Vec::new(),
    };
    Ok(Options {
        period,
        personal,
        mixed_editions: a.mixed_editions,
        key,
    })
}

/// Writes the rows, to standard output or the file of `-o`.
fn print(a: Args, format: ExportFormat, env: &Env) -> anyhow::Result<()> {
    let regs = super::report::load_all(env)?;
    let opts = options(&a)?;
    let personal = opts.personal;
    let columns = export::columns(personal);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let io = |e: std::io::Error| {
        anyhow::Error::from(super::error::UserError::new(crate::t!(
            "err-writing-export",
            error = e.to_string()
        )))
    };
    let n = match format {
        ExportFormat::Jsonl => export::export(&regs, &opts, |row| {
            writeln!(out, "{}", export::json_line(&columns, row)).map_err(io)
        })?,
        ExportFormat::Csv => {
            let mut w = super::office::Csv::new(&mut out, a.excel.excel, &columns)?;
            let n = export::export(&regs, &opts, |row| {
                w.row(row.iter().map(export::csv_field)).map_err(|e| {
                    anyhow::Error::from(super::error::UserError::new(crate::t!(
                        "err-writing-export",
                        error = e.to_string()
                    )))
                })
            })?;
            w.flush()?;
            n
        }
        ExportFormat::Parquet => unreachable!("parquet is written by `parquet`"),
    };
    out.flush()?;
    if !env.quiet {
        eprintln!("{}", crate::t!("export-done", count = n));
    }
    Ok(())
}

/// The pseudonyms' key from its file (a trailing newline aside).
fn key(file: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    let mut bytes = crate::store::outside::read_file(file).map_err(crate::Error::from)?;
    while bytes.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        bytes.pop();
    }
    if bytes.len() < export::MIN_KEY {
        return Err(UserError::new(crate::t!(
            "export-short-key",
            file = file.display().to_string(),
            bytes = bytes.len(),
            min = export::MIN_KEY
        ))
        .hint(crate::t!("export-no-key-hint"))
        .into());
    }
    Ok(bytes)
}
