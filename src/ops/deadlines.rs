//! The daily deadline table (SPEC §7, the order's point 8.4): every card
//! still on control, by urgency, with the executor's due date, the control
//! date, the working days left and a state.
//!
//! The next deadline of a card is the executor's due date until the
//! executor's package is in (the order, point 7), then the control date.
//! A card whose term was extended after its control date had passed (law
//! art. 20: `extend --late`) stays overdue: its state and working days are
//! counted from the control date that passed ([`terms::control_in_force`]),
//! and it is marked as extended late.

use super::report::scan;
use crate::calendar::Calendar;
use crate::error::{Error, LookupError, Result};
use crate::model::codes;
use crate::model::status::Status;
use crate::model::view::{Lean, Summary};
use crate::store::Register;
use crate::terms;
use chrono::NaiveDate;
use serde::Serialize;

/// Which cards to show.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// Only cards whose next deadline is at most this many working days away
    /// (overdue and late cards are always shown).
    pub within: Option<i64>,
    /// Only cards whose resolution names this executor.
    pub executor: Option<String>,
    /// Only cards resolved by this coordinator.
    pub coordinator: Option<String>,
}

/// How urgent a card is, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// The control date has passed.
    Overdue,
    /// The control date is today, or the executor's due date is today and
    /// there is no answer yet.
    DueToday,
    /// The executor's due date has passed and there is no answer.
    ExecutorLate,
    /// The next deadline is the next working day.
    DueTomorrow,
    /// Anything later.
    OnTime,
}

impl State {
    /// Every state, most urgent first.
    pub const ALL: [State; 5] = [
        State::Overdue,
        State::DueToday,
        State::ExecutorLate,
        State::DueTomorrow,
        State::OnTime,
    ];

    /// The word printed in the table and the CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Overdue => "overdue",
            State::DueToday => "due today",
            State::ExecutorLate => "executor late",
            State::DueTomorrow => "due tomorrow",
            State::OnTime => "on time",
        }
    }

    /// The Ukrainian words for the same.
    pub fn label(self) -> &'static str {
        match self {
            State::Overdue => "прострочено",
            State::DueToday => "термін сьогодні",
            State::ExecutorLate => "виконавець запізнюється",
            State::DueTomorrow => "термін завтра",
            State::OnTime => "у строк",
        }
    }

    /// Whether the table marks it red (passed) or yellow (today or tomorrow).
    pub fn severity(self) -> Severity {
        match self {
            State::Overdue | State::ExecutorLate => Severity::Passed,
            State::DueToday | State::DueTomorrow => Severity::Soon,
            State::OnTime => Severity::None,
        }
    }
}

/// How a row is highlighted on a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// A deadline has passed: red.
    Passed,
    /// A deadline is today or the next working day: yellow.
    Soon,
    /// Nothing to mark.
    None,
}

/// One open card.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// `2015/К-125`.
    pub index: String,
    /// Date received.
    pub received: NaiveDate,
    /// Where the card stands.
    pub status: crate::model::Status,
    /// The lead executor's id, `null` before the resolution.
    pub executor: Option<String>,
    /// The coordinator's id, `null` before the resolution.
    pub coordinator: Option<String>,
    /// The executor's due date.
    pub executor_due: NaiveDate,
    /// The control date.
    pub control_date: NaiveDate,
    /// Working days from today to the control date; negative when it has passed.
    pub working_days_left: i64,
    /// How urgent.
    pub state: State,
    /// The mark of a repeated, duplicate or multiple appeal (the order's point 9).
    pub mark: Option<String>,
    /// The quality card says the applicant is not satisfied: the answer needs another look.
    pub dissatisfied: bool,
    /// The term was extended after its control date had passed (law art.
    /// 20): the card stays overdue.
    pub extended_late: bool,
    /// The control date that had passed when the term was extended late,
    /// the one the state and `working_days_left` are counted from; `null`
    /// when not extended late.
    pub missed_control_date: Option<NaiveDate>,
    /// The last reminder written about it (`appeals remind`), if any.
    pub last_reminder: Option<LastReminder>,
    /// Considered first (law art. 20; `[priority] first`): listed first within its state.
    pub priority: bool,
    /// Before the dispatch, while art. 7's five days last: the last day to
    /// forward the appeal to the competent body or return it (`forward`,
    /// `return`); `null` otherwise.
    pub art7_due: Option<NaiveDate>,
    /// Considered by the head personally (law arts. 14–15; `[priority] personal_by_head`).
    pub personal_by_head: bool,
    /// The contact centre's own control date («Вирішити до»), when its
    /// card gave one; the table marks it when it differs from ours.
    pub cc_due: Option<NaiveDate>,
    /// The next deadline: the executor's due date until answered, then the
    /// control date; for a card extended late, the control date it missed.
    #[serde(skip)]
    pub next_deadline: NaiveDate,
    #[serde(skip)]
    year: i32,
    #[serde(skip)]
    number: u32,
}

/// The last reminder of a card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LastReminder {
    /// When it was written.
    pub on: NaiveDate,
    /// Whom it went to: `executor`, `coordinator` or `head`.
    pub level: crate::model::remind::Level,
    /// The date it reminded of.
    pub due: NaiveDate,
}

/// How many rows are in each state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Control date passed.
    pub overdue: usize,
    /// Control date today, or the executor's due date today with no answer.
    pub due_today: usize,
    /// Executor's due date passed, no answer.
    pub executor_late: usize,
    /// Next deadline on the next working day.
    pub due_tomorrow: usize,
    /// Later.
    pub on_time: usize,
    /// All rows.
    pub total: usize,
}

impl Counts {
    /// The count of one state.
    pub fn of(&self, s: State) -> usize {
        match s {
            State::Overdue => self.overdue,
            State::DueToday => self.due_today,
            State::ExecutorLate => self.executor_late,
            State::DueTomorrow => self.due_tomorrow,
            State::OnTime => self.on_time,
        }
    }

    fn add(&mut self, s: State) {
        self.total += 1;
        match s {
            State::Overdue => self.overdue += 1,
            State::DueToday => self.due_today += 1,
            State::ExecutorLate => self.executor_late += 1,
            State::DueTomorrow => self.due_tomorrow += 1,
            State::OnTime => self.on_time += 1,
        }
    }
}

/// The deadline table.
#[derive(Debug, Clone, Serialize)]
pub struct Deadlines {
    /// The day it was drawn up for.
    pub today: NaiveDate,
    /// Cards on control, most urgent first.
    pub cards: Vec<Row>,
    /// How many in each state.
    pub counts: Counts,
}

/// Working days from `today` to `date`: positive ahead, negative behind.
pub fn working_days_between(cal: &Calendar, today: NaiveDate, date: NaiveDate) -> Result<i64> {
    let n = if date >= today {
        cal.working_days_after(today, date)
    } else {
        cal.working_days_after(date, today).map(|n| -n)
    };
    n.map_err(calendar_error)
}

fn calendar_error(source: crate::calendar::CalendarError) -> Error {
    Error::DeadlineCalendar { card: None, source }
}

/// The state of a card on `today`; `tomorrow` is the next working day.
pub fn state_of(
    today: NaiveDate,
    tomorrow: NaiveDate,
    control: NaiveDate,
    executor_due: NaiveDate,
    answered: bool,
) -> State {
    let next = if answered { control } else { executor_due };
    if control < today {
        State::Overdue
    } else if control == today {
        State::DueToday
    } else if !answered && executor_due < today {
        State::ExecutorLate
    } else if next == today {
        State::DueToday
    } else if next <= tomorrow {
        State::DueTomorrow
    } else {
        State::OnTime
    }
}

/// Draws up the deadline table for `today`.
pub fn deadlines(reg: &Register, q: &Query, today: NaiveDate) -> Result<Deadlines> {
    if let Some(x) = &q.executor {
        if reg.roster.executor(x).is_none() {
            return Err(super::list::unknown_executor(reg, x));
        }
    }
    if let Some(c) = &q.coordinator {
        if reg.roster.coordinator(c).is_none() {
            return Err(unknown_coordinator(reg, c));
        }
    }
    let cal = &reg.calendar;
    let priority = reg.priority();
    let tomorrow = cal.next_working_day(today).map_err(calendar_error)?;
    // A card whose reply is out has no deadline left: it waits only to be
    // taken off control (`appeals list --status sent`).
    let keep = |c: &Lean| {
        c.status.awaits_reply()
            && q.executor.as_ref().is_none_or(|x| {
                c.resolution
                    .as_ref()
                    .is_some_and(|r| r.executors.contains(x))
            })
            && q.coordinator
                .as_ref()
                .is_none_or(|k| c.resolution.as_ref().is_some_and(|r| &r.coordinator == k))
    };
    // Only the cards awaiting a reply are read: the card catalogue knows
    // which they are.
    let mut rows = scan::filter_map(
        &reg.store,
        Some(&|s: &Summary| s.status.awaits_reply()),
        |c: Lean| {
            if !keep(&c) {
                return Ok(None);
            }
            let answered = c.answer.is_some();
            let extended_late = c.term.extended_late();
            let judged = terms::control_in_force(
                c.received,
                c.term.days,
                c.term.control_date,
                c.term.extension_dates(),
                &reg.settings.terms,
                cal,
            );
            let state = state_of(today, tomorrow, judged, c.term.executor_due, answered);
            // A card extended late ranks among the overdue by the date it missed.
            let next_deadline = if extended_late {
                judged
            } else if answered {
                c.term.control_date
            } else {
                c.term.executor_due
            };
            if let Some(n) = q.within {
                if state == State::OnTime && working_days_between(cal, today, next_deadline)? > n {
                    return Ok(None);
                }
            }
            let left = working_days_between(cal, today, judged).map_err(|e| in_card(&c, e))?;
            let mark = priority.mark(&c.applicant.categories);
            let art7_due = if matches!(c.status, Status::Registered | Status::Resolved) {
                Some(
                    crate::ops::steps::exit::art7_due(reg, c.received)
                        .map_err(|e| in_card(&c, e))?,
                )
                .filter(|d| *d >= today)
            } else {
                None
            };
            Ok(Some(Row {
                index: c.full_name(),
                received: c.received,
                status: c.status,
                executor: c.lead().map(str::to_string),
                coordinator: c.resolution.as_ref().map(|r| r.coordinator.clone()),
                executor_due: c.term.executor_due,
                control_date: c.term.control_date,
                working_days_left: left,
                state,
                mark: codes::repeat_mark(&reg.classifier, &c.classification.sign),
                dissatisfied: c.dissatisfied(),
                extended_late,
                missed_control_date: extended_late.then_some(judged),
                last_reminder: c.reminders.last().map(|r| LastReminder {
                    on: r.at,
                    level: r.level,
                    due: r.due,
                }),
                priority: mark.first,
                art7_due,
                personal_by_head: mark.personal_by_head,
                cc_due: c.term.cc_due,
                next_deadline,
                year: c.year,
                number: c.number,
            }))
        },
    )?;
    // Within a state, appeals considered first (law art. 20) come first.
    rows.sort_by_key(|r| {
        (
            r.state,
            !r.priority,
            r.next_deadline,
            r.control_date,
            r.year,
            r.number,
        )
    });
    let mut counts = Counts::default();
    for r in &rows {
        counts.add(r.state);
    }
    Ok(Deadlines {
        today,
        cards: rows,
        counts,
    })
}

fn in_card(c: &Lean, e: Error) -> Error {
    match e {
        Error::DeadlineCalendar { card: None, source } => Error::DeadlineCalendar {
            card: Some(c.full_name()),
            source,
        },
        other => other,
    }
}

/// An unknown coordinator id, with the closest ids.
pub fn unknown_coordinator(reg: &Register, id: &str) -> Error {
    LookupError::UnknownCoordinator {
        id: id.to_string(),
        closest: crate::config::closest(id, reg.roster.coordinators.iter().map(|c| c.id.as_str())),
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[track_caller]
    fn check(control: &str, due: &str, answered: bool, expected: State) {
        // Friday 2015-06-26; the next working day is Monday 2015-06-29.
        let got = state_of(
            d("2015-06-26"),
            d("2015-06-29"),
            d(control),
            d(due),
            answered,
        );
        assert_eq!(
            got, expected,
            "control {control}, due {due}, answered {answered}"
        );
    }

    #[test]
    fn states() {
        check("2015-06-25", "2015-06-24", false, State::Overdue);
        check("2015-06-25", "2015-06-24", true, State::Overdue);
        check("2015-06-26", "2015-06-25", false, State::DueToday);
        check("2015-06-26", "2015-06-25", true, State::DueToday);
        check("2015-06-29", "2015-06-25", false, State::ExecutorLate);
        check("2015-06-29", "2015-06-26", false, State::DueToday);
        check("2015-06-29", "2015-06-26", true, State::DueTomorrow);
        check("2015-06-30", "2015-06-29", false, State::DueTomorrow);
        check("2015-06-30", "2015-06-29", true, State::OnTime);
        check("2015-07-23", "2015-07-22", false, State::OnTime);
    }
}
