//! `appeals deadlines`: the daily table of cards on control, by urgency.

use super::render::Words;
use super::{Env, OutputFormat};
use crate::i18n::{date, day_month};
use crate::ops::deadlines::{self, Deadlines, Query, Severity, State};
use chrono::{Datelike, NaiveDate};

/// Arguments of `deadlines`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "States: overdue (control date passed, or the term extended after it had passed: extend --late), due today, executor late (executor's due date passed, no answer), due tomorrow (next working day), on time. Within a state, appeals considered first (law art. 20, register.toml [priority]) come first.\n\nExamples:\n  appeals deadlines\n  appeals deadlines --within 3 --executor dzhkg\n  appeals deadlines --coordinator maslenkov --format csv > deadlines.csv"
)]
pub struct Args {
    /// Only cards whose next deadline (the executor's due date until the
    /// answer is in, then the control date) is at most N working days away;
    /// overdue and late cards are always shown.
    #[arg(long, value_name = "N")]
    pub within: Option<u32>,
    /// Only cards whose resolution names this executor.
    #[arg(long, value_name = "ID", add = super::shell::executors())]
    pub executor: Option<String>,
    /// Only cards resolved by this coordinator.
    #[arg(long, value_name = "ID", add = super::shell::coordinators())]
    pub coordinator: Option<String>,
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
    let reg = super::catalogued(super::load(env)?, a.no_index);
    let q = Query {
        within: a.within.map(i64::from),
        executor: a.executor,
        coordinator: a.coordinator,
    };
    let d = deadlines::deadlines(&reg, &q, env.today)?;
    match format {
        OutputFormat::Json => {
            // Written as it is made: a backlog's 100,000 rows are never one string.
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            serde_json::to_writer_pretty(&mut out, &d)?;
            std::io::Write::write_all(&mut out, b"\n")?;
            std::io::Write::flush(&mut out)?;
        }
        OutputFormat::Csv => print!("{}", csv_text(&d, a.excel.excel)?),
        OutputFormat::Table => {
            // Written as it is drawn: a backlog's table is never one string.
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            table(&d, &reg.calendar, env.colour, &mut out)?;
            std::io::Write::flush(&mut out)?;
        }
    }
    Ok(())
}

fn state_key(s: State) -> &'static str {
    match s {
        State::Overdue => "overdue",
        State::DueToday => "due_today",
        State::ExecutorLate => "executor_late",
        State::DueTomorrow => "due_tomorrow",
        State::OnTime => "on_time",
    }
}

/// The table as CSV; for Excel the state in words.
fn csv_text(d: &Deadlines, excel: bool) -> anyhow::Result<String> {
    let columns = crate::office::DEADLINES;
    let mut w = super::office::Csv::new(Vec::new(), excel, columns)?;
    for r in &d.cards {
        let state = if excel {
            state_text(r.state)
        } else {
            state_key(r.state).to_string()
        };
        w.row([
            r.index.clone(),
            r.received.to_string(),
            r.status.to_string(),
            r.executor.clone().unwrap_or_default(),
            r.coordinator.clone().unwrap_or_default(),
            r.executor_due.to_string(),
            r.control_date.to_string(),
            r.working_days_left.to_string(),
            state,
            r.mark.clone().unwrap_or_default(),
            r.dissatisfied.to_string(),
            r.extended_late.to_string(),
            r.missed_control_date
                .map(|d| d.to_string())
                .unwrap_or_default(),
            r.priority.to_string(),
            r.personal_by_head.to_string(),
        ])?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}

/// The table, with each row coloured by its state when `colour`, and the footer.
///
/// A control date counted over a calendar day no source confirms is marked
/// `*`, with a footnote under the table.
fn table(
    d: &Deadlines,
    cal: &crate::calendar::Calendar,
    colour: bool,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut uncertain = false;
    if !d.cards.is_empty() {
        let width = super::render::width();
        let control = |r: &crate::ops::deadlines::Row, show: &dyn Fn(NaiveDate) -> String| {
            if !cal.any_unconfirmed_between(r.received, r.control_date) {
                (show(r.control_date), false)
            } else {
                (format!("{} *", show(r.control_date)), true)
            }
        };
        // The full layout: every column, the dates with their year.
        let wide_header = [
            crate::t!("dl-col-card"),
            crate::t!("dl-col-received"),
            crate::t!("tbl-dl-stage"),
            crate::t!("dl-col-executor"),
            crate::t!("dl-col-executor-due"),
            crate::t!("dl-col-control"),
            crate::t!("dl-col-days-left"),
            crate::t!("dl-col-state"),
            crate::t!("dl-col-marks"),
        ];
        uncertain = {
            use rayon::prelude::*;
            d.cards
                .par_iter()
                .any(|r| cal.any_unconfirmed_between(r.received, r.control_date))
        };
        // Words looked up once, not once a row.
        let status_words = Words::of(crate::model::Status::ALL, super::render::status_text);
        let state_words = Words::of(State::ALL, state_text);
        let wide_row = |i: usize| {
            let r = &d.cards[i];
            vec![
                r.index.clone(),
                date(r.received),
                status_words.get(r.status),
                r.executor.clone().unwrap_or_else(|| "—".into()),
                date(r.executor_due),
                control(r, &date).0,
                r.working_days_left.to_string(),
                state_words.get(r.state),
                flags(r, false),
            ]
        };
        let wide_refs: Vec<&str> = wide_header.iter().map(String::as_str).collect();
        // Made row by row as the table is drawn: a backlog's 100,000 rows
        // are never all held as text at once.
        let wide_table = super::render::Lazy {
            header: &wide_refs,
            n: d.cards.len(),
            row: &wide_row,
        };
        // The full layout while the marks keep room for a few words; else
        // the compact one: short headings and words, no date of receipt,
        // dates without the year when it is the table's.
        let wide = match width {
            None => true,
            Some(w) => {
                wide_table.natural_width(None) <= w
                    || wide_table.natural_width(Some(8)) + MARKS_ROOM <= w
            }
        };
        // Rows are one line each: the top border, the header and its rule
        // come first, so data row i is line i + 3.
        let mut i: usize = 0;
        let mut line = |line: &str| {
            let sev = i
                .checked_sub(3)
                .and_then(|k| d.cards.get(k))
                .map(|r: &crate::ops::deadlines::Row| r.state.severity())
                .unwrap_or(Severity::None);
            i += 1;
            match (colour, sev) {
                (true, Severity::Passed) => writeln!(out, "\x1b[31m{line}\x1b[0m"),
                (true, Severity::Soon) => writeln!(out, "\x1b[33m{line}\x1b[0m"),
                _ => writeln!(out, "{line}"),
            }
        };
        if wide {
            wide_table.table_cut_lines(width, 8, &mut line)?;
        } else {
            let year = d.today.year();
            let same_year = d
                .cards
                .iter()
                .all(|r| r.executor_due.year() == year && r.control_date.year() == year);
            let short = |x: NaiveDate| if same_year { day_month(x) } else { date(x) };
            let header = [
                crate::t!("tbl-dl-card"),
                crate::t!("tbl-dl-stage"),
                crate::t!("tbl-dl-executor"),
                crate::t!("tbl-dl-executor-due"),
                crate::t!("tbl-dl-control"),
                crate::t!("tbl-dl-days-left"),
                crate::t!("tbl-dl-state"),
                crate::t!("tbl-dl-marks"),
            ];
            let stage_words = Words::of(crate::model::Status::ALL, super::render::stage_short);
            let state_words = Words::of(State::ALL, state_short);
            let row = |i: usize| {
                let r = &d.cards[i];
                vec![
                    short_index(&r.index, year),
                    stage_words.get(r.status),
                    r.executor.clone().unwrap_or_else(|| "—".into()),
                    short(r.executor_due),
                    control(r, &short).0,
                    r.working_days_left.to_string(),
                    state_words.get(r.state),
                    flags(r, true),
                ]
            };
            let refs: Vec<&str> = header.iter().map(String::as_str).collect();
            super::render::Lazy {
                header: &refs,
                n: d.cards.len(),
                row: &row,
            }
            .table_cut_lines(width, 7, &mut line)?;
        }
    }
    let c = &d.counts;
    let footer = crate::t!(
        "dl-footer",
        date = d.today,
        overdue = c.overdue,
        today = c.due_today,
        late = c.executor_late,
        tomorrow = c.due_tomorrow,
        ontime = c.on_time,
        total = c.total,
    );
    writeln!(
        out,
        "{}",
        super::render::wrap_line(&footer, super::render::width())
    )?;
    if uncertain {
        writeln!(out, "{}", super::render::footnote_day())?;
    }
    Ok(())
}

/// A card's index without the year when it is the table's year (`Р-4`
/// for `2015/Р-4`), as a clerk names it on the command line.
fn short_index(index: &str, year: i32) -> String {
    match index.split_once('/') {
        Some((y, rest)) if y == year.to_string() => rest.to_string(),
        _ => index.to_string(),
    }
}

/// The least room the marks keep in the full layout before the compact
/// one is taken.
const MARKS_ROOM: usize = 16;

/// A state in a word or two, for the compact layout.
fn state_short(s: State) -> String {
    match s {
        State::Overdue => crate::t!("tbl-state-overdue"),
        State::DueToday => crate::t!("tbl-state-due-today"),
        State::ExecutorLate => crate::t!("tbl-state-executor-late"),
        State::DueTomorrow => crate::t!("tbl-state-due-tomorrow"),
        State::OnTime => crate::t!("tbl-state-on-time"),
    }
}

/// A state in words, for the table.
pub fn state_text(s: State) -> String {
    match s {
        State::Overdue => crate::t!("dl-state-overdue"),
        State::DueToday => crate::t!("dl-state-due-today"),
        State::ExecutorLate => crate::t!("dl-state-executor-late"),
        State::DueTomorrow => crate::t!("dl-state-due-tomorrow"),
        State::OnTime => crate::t!("dl-state-on-time"),
    }
}

/// Whom a reminder went to, in a word or two for the marks column.
fn level_short(l: crate::model::remind::Level) -> String {
    use crate::model::remind::Level;
    match l {
        Level::Executor => crate::t!("dl-remind-executor"),
        Level::Coordinator => crate::t!("dl-remind-coordinator"),
        Level::Head => crate::t!("dl-remind-head"),
    }
}

/// The row's marks: priority (law arts. 20, 14–15), the repeat mark, a
/// dissatisfied applicant, a term extended after its control date had
/// passed, the last day to forward or return it under art. 7 while it
/// lasts («ст. 7 до 06-30»), the contact centre's control date where it
/// differs from ours («КЦ до 10.07»), and the last reminder («нагад. вик. 07-20»:
/// to whom, on what day); `short` words for the compact layout.
fn flags(r: &crate::ops::deadlines::Row, short: bool) -> String {
    let mut f = Vec::new();
    // Only the word the layout shows is looked up.
    let word = |long: fn() -> String, brief: fn() -> String| if short { brief() } else { long() };
    if r.priority {
        f.push(word(
            || crate::t!("dl-mark-first"),
            || crate::t!("tbl-mark-first"),
        ));
    }
    if r.personal_by_head {
        f.push(word(
            || crate::t!("dl-mark-personal"),
            || crate::t!("tbl-mark-personal"),
        ));
    }
    if let Some(m) = &r.mark {
        f.push(format!("«{m}»"));
    }
    if r.dissatisfied {
        f.push(word(
            || crate::t!("dl-mark-dissatisfied"),
            || crate::t!("tbl-mark-dissatisfied"),
        ));
    }
    if let Some(d) = r.missed_control_date {
        f.push(crate::t!("dl-mark-extended-late", date = d));
    }
    if let Some(d) = r.art7_due {
        f.push(crate::t!("dl-mark-art7", day = day_month(d)));
    }
    if let Some(d) = r.cc_due.filter(|d| *d != r.control_date) {
        f.push(crate::t!("dl-mark-cc-due", day = day_month(d)));
    }
    if let Some(x) = &r.last_reminder {
        f.push(crate::t!(
            "dl-mark-reminded",
            to = level_short(x.level),
            day = day_month(x.on)
        ));
    }
    f.join(", ")
}
