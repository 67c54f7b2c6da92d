//! `appeals report`: the monitoring report for a period, or the statistical
//! form, as a terminal table, JSON, CSV, XLSX or a self-contained HTML page.

use super::Env;
use crate::error::ReportError;
use crate::ops::report::{self, html, statistical, tabular, xlsx, Options, Period};
use crate::store::{Register, Store};
use chrono::NaiveDate;
use clap::ValueEnum;
use std::io::{IsTerminal, Write};

/// Which report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Form {
    /// The monitoring report (SPEC §8): by characteristic, executor, coordinator, result.
    Monitoring,
    /// The statistical form councils file, beside the same period a year earlier.
    Statistical,
}

/// How the report is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum ReportFormat {
    /// Tables for the terminal.
    #[default]
    Table,
    /// JSON for scripts (the names are documented in the README).
    Json,
    /// One CSV with a `section` column, for LibreOffice or Excel.
    Csv,
    /// An Excel workbook ready to print, one sheet per block (needs --output or a pipe).
    Xlsx,
    /// One self-contained HTML page with charts.
    Html,
}

/// Arguments of `report`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "The period is of receipt: appeals received then; \"open\" and \"overdue\" are as of --today.\nWith several -R registers (same Classifier edition) the counts are added up.\n\nExamples:\n  appeals report --month 2015-06\n  appeals report --quarter 2015-3 --format xlsx -o kvartal.xlsx\n  appeals report --from 2015-06-01 --to 2015-06-30 --excel > cherven.csv\n  appeals -R misto-a -R misto-b report --month 2015-06 --format html -o oblast.html"
)]
pub struct Args {
    /// A calendar month: 2015-06, 06.2015, this or last (default: the month of --today).
    #[arg(long, value_name = "MONTH", conflicts_with_all = ["quarter", "from", "to"], add = super::shell::months())]
    pub month: Option<String>,
    /// A quarter, YYYY-Q (e.g. 2015-3); prints the statistical form unless --form says otherwise.
    #[arg(long, value_name = "YYYY-Q", conflicts_with_all = ["from", "to"])]
    pub quarter: Option<String>,
    /// First day of receipt (with --to; default --to is --today).
    #[arg(value_parser = crate::model::dates::parse_date, long, value_name = "DATE")]
    pub from: Option<NaiveDate>,
    /// Last day of receipt.
    #[arg(value_parser = crate::model::dates::parse_date, long, value_name = "DATE", requires = "from")]
    pub to: Option<NaiveDate>,
    /// Which report (default: statistical with --quarter, else monitoring).
    #[arg(long, value_enum)]
    pub form: Option<Form>,
    /// Output format.
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    #[command(flatten)]
    pub output: super::output::Output,
    #[command(flatten)]
    pub excel: super::office::Excel,
    /// Staff number of the appeals unit, for block 5 of the statistical form.
    #[arg(long, value_name = "N")]
    pub staff: Option<u64>,
    /// Add up registers of different Classifier editions (codes as they are).
    #[arg(long)]
    pub mixed_editions: bool,
    /// Read every card file rather than choose them by the card catalogue
    /// (.index/cards.tsv): the same output, read the long way
    #[arg(long)]
    pub no_index: bool,
}

/// Loads every register named with -R.
/// Every register of `-R`, each once: one named twice, by the same path
/// or as two clones holding the same id, is refused.
pub(super) fn load_all(env: &Env) -> crate::Result<Vec<Register>> {
    let regs = env
        .registers
        .iter()
        .map(|p| Ok(Store::at(p).load()?))
        .collect::<crate::Result<Vec<Register>>>()?;
    let places: Vec<_> = regs.iter().map(|r| r.store.canonical_root()).collect();
    for (j, later) in regs.iter().enumerate() {
        for (i, earlier) in regs[..j].iter().enumerate() {
            let id = match (&earlier.settings.id, &later.settings.id) {
                _ if places[i] == places[j] => None,
                (Some(a), Some(b)) if a == b => Some(a.clone()),
                _ => continue,
            };
            return Err(ReportError::SameRegister {
                first: env.registers[i].display().to_string(),
                second: env.registers[j].display().to_string(),
                id,
            }
            .into());
        }
    }
    Ok(regs)
}

fn period(a: &Args, today: NaiveDate) -> crate::Result<Period> {
    if let Some(m) = &a.month {
        Period::month(m, today)
    } else if let Some(q) = &a.quarter {
        Period::quarter(q)
    } else if let Some(from) = a.from {
        Period::range(from, a.to.unwrap_or(today))
    } else {
        Ok(Period::month_of(today))
    }
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let given = a.excel.format(a.format, ReportFormat::Csv, &a.output)?;
    let format = a.output.format(given)?;
    let output = a.output.clone();
    output.write(|| print(a, format, env))
}

/// Prints the report, to standard output or the file of `-o`.
fn print(a: Args, format: ReportFormat, env: &Env) -> anyhow::Result<()> {
    let regs: Vec<Register> = load_all(env)?
        .into_iter()
        .map(|r| super::catalogued(r, a.no_index))
        .collect();
    let opts = Options {
        period: period(&a, env.today)?,
        today: env.today,
        mixed_editions: a.mixed_editions,
    };
    let form = a.form.unwrap_or(if a.quarter.is_some() {
        Form::Statistical
    } else {
        Form::Monitoring
    });
    let (json, heading, tables, page) = match form {
        Form::Monitoring => {
            let r = report::monitoring(&regs, &opts)?;
            let heading = tabular::heading(
                tabular::monitoring_title(),
                &r.registers,
                &r.period,
                r.as_of,
            );
            let tables = tabular::monitoring(&r);
            let page = (format == ReportFormat::Html).then(|| {
                let frame = frame(
                    &regs,
                    tabular::monitoring_title(),
                    &r.registers,
                    r.period,
                    r.as_of,
                );
                html::monitoring(&frame, &r, &tables)
            });
            (serde_json::to_string_pretty(&r)?, heading, tables, page)
        }
        Form::Statistical => {
            let f = statistical::statistical(&regs, &opts, a.staff)?;
            let heading = statistical_heading(&f);
            let previous = heading.last().cloned().unwrap_or_default();
            let tables = tabular::statistical(&f);
            let page = (format == ReportFormat::Html).then(|| {
                let mut frame = frame(
                    &regs,
                    tabular::statistical_title(),
                    &f.registers,
                    f.period,
                    f.as_of,
                );
                frame.notes.push(previous);
                html::statistical(&frame, &tables)
            });
            (serde_json::to_string_pretty(&f)?, heading, tables, page)
        }
    };
    let bytes = match format {
        ReportFormat::Json => format!("{json}\n").into_bytes(),
        ReportFormat::Table => text(&heading, &tables).into_bytes(),
        ReportFormat::Csv => csv_text(&tables, a.excel.excel)?.into_bytes(),
        ReportFormat::Html => page.unwrap_or_default().into_bytes(),
        ReportFormat::Xlsx => {
            if std::io::stdout().is_terminal() {
                return Err(super::error::UserError::new(crate::t!("rep-xlsx-terminal"))
                    .hint(crate::t!("rep-xlsx-terminal-hint"))
                    .into());
            }
            let mut documents = vec![xlsx::Document {
                heading: &heading,
                tables: &tables,
            }];
            // The monitoring workbook carries the statistical form of the
            // same period on a sheet of its own: one file for the month.
            let form = match form {
                Form::Monitoring => Some(statistical::statistical(&regs, &opts, a.staff)?),
                Form::Statistical => None,
            };
            let form = form.map(|f| (statistical_heading(&f), tabular::statistical(&f)));
            if let Some((heading, tables)) = &form {
                documents.push(xlsx::Document { heading, tables });
            }
            xlsx::workbook(&documents)?
        }
    };
    emit(&bytes)
}

/// What the printed page says around the tables. It is signed for the
/// department by people.toml's controller when one register is reported
/// on; several registers' sum leaves the name to be written in.
fn frame<'a>(
    regs: &[Register],
    title: String,
    registers: &'a [report::RegisterInfo],
    period: Period,
    as_of: NaiveDate,
) -> html::Frame<'a> {
    let head = match regs {
        [one] => one
            .roster
            .administrators
            .iter()
            .find(|a| a.controller)
            .map(|a| html::Signatory {
                name: a.name.clone(),
                position: a.position.clone(),
            }),
        _ => None,
    };
    html::Frame {
        title,
        registers,
        period,
        as_of,
        notes: Vec::new(),
        head,
    }
}

/// The statistical form's heading: title, registers, period, and the
/// period a year earlier it is compared with.
fn statistical_heading(f: &statistical::StatForm) -> Vec<String> {
    let mut heading = tabular::heading(
        tabular::statistical_title(),
        &f.registers,
        &f.period,
        f.as_of,
    );
    heading.push(crate::t!(
        "form-previous-line",
        from = f.previous.from,
        to = f.previous.to
    ));
    heading
}

/// Writes the report to standard output (the file of `-o` when named).
fn emit(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(())
}

/// Narrower headings for the terminal, where the ranking is wide.
fn narrow(key: &str) -> Option<String> {
    Some(match key {
        "rank" => crate::t!("rep-narrow-rank"),
        "answered_on_time" => crate::t!("rep-narrow-answered-on-time"),
        "answered_late" => crate::t!("rep-narrow-answered-late"),
        "answered_after_control" => crate::t!("rep-narrow-answered-after-control"),
        "open" => crate::t!("rep-narrow-open"),
        "open_overdue" => crate::t!("rep-narrow-open-overdue"),
        "results" => crate::t!("rep-narrow-results"),
        "quality_avg" => crate::t!("rep-narrow-quality-avg"),
        "satisfied_share" => crate::t!("rep-narrow-satisfied-share"),
        "answer_days_avg" => crate::t!("rep-narrow-answer-days-avg"),
        "reworks" => crate::t!("rep-narrow-reworks"),
        "confirmed_share" => crate::t!("rep-narrow-confirmed-share"),
        _ => return None,
    })
}

/// The report as terminal tables: the heading, then each titled table, then
/// the footnote to uncertain codes when one is shown. The rows' machine
/// keys are left to JSON and CSV.
fn text(heading: &[String], tables: &[tabular::Table]) -> String {
    let width = super::render::width();
    let mut out = match width {
        Some(w) => heading
            .iter()
            .map(|h| super::render::wrap_line(h, Some(w)))
            .collect::<Vec<_>>()
            .join("\n"),
        None => heading.join("\n"),
    };
    out.push('\n');
    for t in tables {
        out.push_str(&format!("\n{}\n", t.title));
        if t.rows.is_empty() {
            out.push_str(&format!("  {}\n", crate::t!("rep-empty")));
            continue;
        }
        let shown: Vec<usize> = (0..t.columns.len())
            .filter(|&i| !tabular::machine_column(&t.columns[i].key))
            .collect();
        let part = |cols: &[usize], name_width: usize| {
            let labels: Vec<String> = cols
                .iter()
                .map(|&i| narrow(&t.columns[i].key).unwrap_or_else(|| t.columns[i].label.clone()))
                .collect();
            let rows: Vec<Vec<String>> = t
                .rows
                .iter()
                .map(|r| {
                    cols.iter()
                        .map(|&i| {
                            let cell = r.get(i).map(|c| c.display()).unwrap_or_default();
                            match t.columns[i].key.as_str() {
                                "name" => super::render::wrap_line(&cell, Some(name_width)),
                                _ => cell,
                            }
                        })
                        .collect()
                })
                .collect();
            (labels, rows)
        };
        let fits_with = |cols: &[usize], w: usize, name_width: usize| {
            let (labels, rows) = part(cols, name_width);
            let header: Vec<&str> = labels.iter().map(String::as_str).collect();
            super::render::natural_width(&header, &rows, None) <= w
        };
        // The names wrap at 44 characters; at a third of the terminal when
        // the table is too wide for it even so.
        let name_width = match width {
            Some(w) if !fits_with(&shown, w, 44) => (w / 3).clamp(16, 44),
            _ => 44,
        };
        let fits = |cols: &[usize], w: usize| fits_with(cols, w, name_width);
        // On a terminal narrower than the table, the table is stacked: the
        // columns that name a row, then as many measures as fit, again
        // and again.
        let parts: Vec<Vec<usize>> = match width {
            Some(w) if !fits(&shown, w) => {
                let naming: Vec<usize> = shown
                    .iter()
                    .copied()
                    .filter(|&i| naming_column(&t.columns[i].key))
                    .collect();
                let measures: Vec<usize> = shown
                    .iter()
                    .copied()
                    .filter(|&i| !naming_column(&t.columns[i].key))
                    .collect();
                let mut parts: Vec<Vec<usize>> = Vec::new();
                let mut cur: Vec<usize> = Vec::new();
                for m in measures {
                    let mut next = naming.clone();
                    next.extend(&cur);
                    next.push(m);
                    if !cur.is_empty() && !fits(&next, w) {
                        parts.push(std::mem::take(&mut cur));
                    }
                    cur.push(m);
                }
                if !cur.is_empty() || parts.is_empty() {
                    parts.push(cur);
                }
                parts
                    .into_iter()
                    .map(|p| {
                        let mut cols = naming.clone();
                        cols.extend(p);
                        cols.sort_unstable();
                        cols
                    })
                    .collect()
            }
            _ => vec![shown],
        };
        for cols in parts {
            let (labels, rows) = part(&cols, name_width);
            let header: Vec<&str> = labels.iter().map(String::as_str).collect();
            out.push_str(&super::render::table_in(&header, rows, width));
            out.push('\n');
        }
    }
    if tables.iter().any(tabular::Table::has_uncertain) {
        out.push_str(&format!("\n{}\n", tabular::footnote()));
    }
    out
}

/// Whether a column names the row (kept in every part of a stacked table).
fn naming_column(key: &str) -> bool {
    matches!(
        key,
        "rank" | "id" | "code" | "key" | "measure" | "name" | "items"
    )
}

/// A CSV column's heading in words, for a person (`--excel`).
fn csv_heading(key: &str, tables: &[tabular::Table]) -> String {
    match key {
        "section" => crate::t!("rep-csv-section"),
        "measure" | "key" | "code" => crate::t!("rep-col-code"),
        "id" => crate::t!("rep-col-id"),
        "name" => crate::t!("rep-col-name"),
        "value" => crate::t!("rep-col-value"),
        "share" => crate::t!("rep-col-share"),
        "previous" => crate::t!("rep-csv-previous"),
        "current" => crate::t!("rep-csv-current"),
        _ => tables
            .iter()
            .flat_map(|t| &t.columns)
            .find(|c| c.key == key)
            .map(|c| c.label.clone())
            .unwrap_or_else(|| key.to_string()),
    }
}

/// All tables in one CSV: a `section` column, then every column key in
/// order of first appearance; a row leaves other sections' columns empty.
/// For Excel (`--excel`) the header and the sections are named in words and
/// the cells shaped as [`excel_cell`] says.
fn csv_text(tables: &[tabular::Table], excel: bool) -> anyhow::Result<String> {
    // What names a row comes first, then the measures as they appear.
    let mut keys: Vec<&str> = vec!["code", "measure", "key", "rank", "id", "name", "items"];
    keys.retain(|k| tables.iter().any(|t| t.columns.iter().any(|c| c.key == *k)));
    for t in tables {
        for c in &t.columns {
            if !keys.contains(&c.key.as_str()) {
                keys.push(&c.key);
            }
        }
    }
    let mut builder = csv::WriterBuilder::new();
    let mut out = Vec::new();
    if excel {
        out.extend_from_slice("\u{feff}".as_bytes());
        builder.delimiter(b';');
    }
    let mut w = builder.from_writer(out);
    let mut header = vec!["section"];
    header.extend(&keys);
    if excel {
        let named: Vec<String> = header.iter().map(|k| csv_heading(k, tables)).collect();
        w.write_record(&named)?;
    } else {
        w.write_record(&header)?;
    }
    for t in tables {
        for r in &t.rows {
            let mut rec = vec![if excel {
                t.title.clone()
            } else {
                t.key.clone()
            }];
            for k in &keys {
                let cell = t
                    .columns
                    .iter()
                    .position(|c| c.key == *k)
                    .and_then(|i| r.get(i));
                rec.push(match cell {
                    Some(cell) if excel => excel_cell(cell, k),
                    Some(cell) => cell.raw(),
                    None => String::new(),
                });
            }
            w.write_record(&rec)?;
        }
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}

/// A report's cell for Ukrainian Excel: codes and keys kept as text, names
/// in this run's language, shares as `45,5%`, decimals with a comma.
fn excel_cell(cell: &tabular::Cell, key: &str) -> String {
    use crate::office::Kind;
    use tabular::Cell;
    match cell {
        Cell::Code(code, _) => super::office::cell(Kind::Code, code),
        Cell::Text(s) if matches!(key, "measure" | "key" | "code" | "id") => {
            super::office::cell(Kind::Code, s)
        }
        Cell::Text(s) | Cell::Named(s, _) => super::office::cell(Kind::Text, s),
        Cell::Count(n) => n.to_string(),
        Cell::Share(Some(x)) => format!("{:.1}%", x * 100.0).replace('.', ","),
        Cell::Decimal(Some(x)) => format!("{x:.2}").replace('.', ","),
        Cell::Share(None) | Cell::Decimal(None) | Cell::Empty => String::new(),
    }
}
