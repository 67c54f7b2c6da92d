//! `appeals deadlines`: the daily table of cards on control, by urgency.

use super::{Env, OutputFormat};
use crate::i18n::{date, day_month};
use crate::ops::deadlines::{self, Deadlines, Query, Severity, State};

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
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let reg = super::load(env)?;
    let q = Query {
        within: a.within.map(i64::from),
        executor: a.executor,
        coordinator: a.coordinator,
    };
    let d = deadlines::deadlines(&reg, &q, env.today)?;
    match a.format {
        OutputFormat::Json => println!("{}", serde_json::to_string_pretty(&d)?),
        OutputFormat::Csv => print!("{}", csv_text(&d)?),
        OutputFormat::Table => print!("{}", table(&d, &reg.calendar, env.colour)),
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

fn csv_text(d: &Deadlines) -> anyhow::Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "index",
        "received",
        "status",
        "executor",
        "coordinator",
        "executor_due",
        "control_date",
        "working_days_left",
        "state",
        "mark",
        "dissatisfied",
        "extended_late",
        "missed_control_date",
        "priority",
        "personal_by_head",
    ])?;
    for r in &d.cards {
        w.write_record([
            r.index.clone(),
            r.received.to_string(),
            r.status.to_string(),
            r.executor.clone().unwrap_or_default(),
            r.coordinator.clone().unwrap_or_default(),
            r.executor_due.to_string(),
            r.control_date.to_string(),
            r.working_days_left.to_string(),
            state_key(r.state).to_string(),
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
fn table(d: &Deadlines, cal: &crate::calendar::Calendar, colour: bool) -> String {
    let mut out = String::new();
    let mut uncertain = false;
    if !d.cards.is_empty() {
        let rows = d
            .cards
            .iter()
            .map(|r| {
                vec![
                    r.index.clone(),
                    date(r.received),
                    r.executor.clone().unwrap_or_else(|| "—".into()),
                    date(r.executor_due),
                    if cal
                        .unconfirmed_between(r.received, r.control_date)
                        .is_empty()
                    {
                        date(r.control_date)
                    } else {
                        uncertain = true;
                        format!("{} *", date(r.control_date))
                    },
                    r.working_days_left.to_string(),
                    state_text(r.state),
                    flags(r),
                ]
            })
            .collect();
        let text = super::render::table(
            &[
                &crate::t!("dl-col-card"),
                &crate::t!("dl-col-received"),
                &crate::t!("dl-col-executor"),
                &crate::t!("dl-col-executor-due"),
                &crate::t!("dl-col-control"),
                &crate::t!("dl-col-days-left"),
                &crate::t!("dl-col-state"),
                &crate::t!("dl-col-marks"),
            ],
            rows,
        );
        // Rows are one line each: the top border, the header and its rule
        // come first, so data row i is line i + 3.
        for (i, line) in text.lines().enumerate() {
            let sev = i
                .checked_sub(3)
                .and_then(|k| d.cards.get(k))
                .map(|r| r.state.severity())
                .unwrap_or(Severity::None);
            match (colour, sev) {
                (true, Severity::Passed) => out.push_str(&format!("\x1b[31m{line}\x1b[0m\n")),
                (true, Severity::Soon) => out.push_str(&format!("\x1b[33m{line}\x1b[0m\n")),
                _ => {
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
    }
    let c = &d.counts;
    out.push_str(&crate::t!(
        "dl-footer",
        date = d.today,
        overdue = c.overdue,
        today = c.due_today,
        late = c.executor_late,
        tomorrow = c.due_tomorrow,
        ontime = c.on_time,
        total = c.total,
    ));
    out.push('\n');
    if uncertain {
        out.push_str(&super::render::footnote_day());
        out.push('\n');
    }
    out
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
/// lasts («ст. 7 до 06-30»), and the last reminder («нагад. вик. 07-20»:
/// to whom, on what day).
fn flags(r: &crate::ops::deadlines::Row) -> String {
    let mut f = Vec::new();
    if r.priority {
        f.push(crate::t!("dl-mark-first"));
    }
    if r.personal_by_head {
        f.push(crate::t!("dl-mark-personal"));
    }
    if let Some(m) = &r.mark {
        f.push(format!("«{m}»"));
    }
    if r.dissatisfied {
        f.push(crate::t!("dl-mark-dissatisfied"));
    }
    if let Some(d) = r.missed_control_date {
        f.push(crate::t!("dl-mark-extended-late", date = d));
    }
    if let Some(d) = r.art7_due {
        f.push(crate::t!("dl-mark-art7", day = day_month(d)));
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
