//! Control dates (law art. 20) and the executor's due date (the order,
//! point 7), with an account of how each was counted.
//!
//! Terms count in calendar days from receipt; "one month" is a calendar
//! month (or 30 days, by `register.toml`). A control date that falls on a
//! non-working day moves by the register's policy. The executor's package
//! is due `executor_lead` working days before the control date.

use crate::calendar::{Calendar, CalendarError};
use crate::config::{MonthRule, NonWorkingPolicy, Terms};
use crate::model::card::TermBasis;
use chrono::{Datelike, Months, NaiveDate, Weekday};

/// The dates a term gives, and how they were counted.
#[derive(Debug, Clone, PartialEq)]
pub struct TermDates {
    /// How the term was counted.
    pub basis: TermBasis,
    /// The control date.
    pub control_date: NaiveDate,
    /// The executor's due date.
    pub executor_due: NaiveDate,
    /// Each step of the count, in Ukrainian-and-English plain words.
    pub steps: Vec<String>,
}

/// Ukrainian name of a weekday.
pub fn weekday_uk(d: NaiveDate) -> &'static str {
    match d.weekday() {
        Weekday::Mon => "понеділок",
        Weekday::Tue => "вівторок",
        Weekday::Wed => "середа",
        Weekday::Thu => "четвер",
        Weekday::Fri => "п'ятниця",
        Weekday::Sat => "субота",
        Weekday::Sun => "неділя",
    }
}

/// `2015-06-23 (вівторок)`.
pub fn day_label(d: NaiveDate) -> String {
    format!("{d} ({})", weekday_uk(d))
}

/// The raw end of a term: `days` calendar days after `received`, or one
/// calendar month when `days` is 30 and the register counts months.
pub fn raw_end(received: NaiveDate, days: u32, month: MonthRule) -> (TermBasis, NaiveDate) {
    if days == 30 && month == MonthRule::Calendar {
        let end = received
            .checked_add_months(Months::new(1))
            .unwrap_or(NaiveDate::MAX);
        (TermBasis::CalendarMonth, end)
    } else {
        let end = received
            .checked_add_days(chrono::Days::new(days.into()))
            .unwrap_or(NaiveDate::MAX);
        (TermBasis::Days, end)
    }
}

/// Computes the control date and the executor's due date for an appeal
/// received on `received` with a term of `days`.
pub fn compute(
    received: NaiveDate,
    days: u32,
    terms: &Terms,
    calendar: &Calendar,
) -> Result<TermDates, CalendarError> {
    let (basis, end) = raw_end(received, days, terms.month);
    let mut steps = vec![format!("received {}", day_label(received))];
    steps.push(match basis {
        TermBasis::CalendarMonth => format!(
            "term: one calendar month (law art. 20) → {}",
            day_label(end)
        ),
        TermBasis::Days => format!(
            "term: {days} calendar days (law art. 20{}) → {}",
            if terms.month == MonthRule::ThirtyDays && days == 30 {
                "; register.toml counts a month as 30 days"
            } else {
                ""
            },
            day_label(end)
        ),
    });
    let control_date = settle(end, terms.non_working, calendar, &mut steps)?;
    steps.push(format!("control date: {}", day_label(control_date)));
    let executor_due = executor_due(control_date, terms.executor_lead, calendar, &mut steps)?;
    Ok(TermDates {
        basis,
        control_date,
        executor_due,
        steps,
    })
}

/// Applies the non-working-day policy to a raw control date, explaining each skipped day.
pub fn settle(
    end: NaiveDate,
    policy: NonWorkingPolicy,
    calendar: &Calendar,
    steps: &mut Vec<String>,
) -> Result<NaiveDate, CalendarError> {
    if calendar.is_working_day(end)? {
        steps.push(format!("{} is a working day", end));
        return Ok(end);
    }
    let mut d = end;
    match policy {
        NonWorkingPolicy::Keep => {
            steps.push(format!(
                "{d} is not a working day ({}); kept by policy `keep`",
                why(calendar, d)?
            ));
            Ok(d)
        }
        NonWorkingPolicy::Next | NonWorkingPolicy::Previous => {
            let word = if policy == NonWorkingPolicy::Next {
                "next"
            } else {
                "previous"
            };
            while !calendar.is_working_day(d)? {
                steps.push(format!("skip {}: {}", day_label(d), why(calendar, d)?));
                d = if policy == NonWorkingPolicy::Next {
                    d.succ_opt().unwrap_or(d)
                } else {
                    d.pred_opt().unwrap_or(d)
                };
            }
            steps.push(format!(
                "moved to the {word} working day {} (register.toml terms.non_working = \"{word}\")",
                day_label(d)
            ));
            Ok(d)
        }
    }
}

/// The working day `lead` working days before the control date.
pub fn executor_due(
    control_date: NaiveDate,
    lead: u32,
    calendar: &Calendar,
    steps: &mut Vec<String>,
) -> Result<NaiveDate, CalendarError> {
    let mut d = control_date;
    for _ in 0..lead {
        let mut p = d.pred_opt().unwrap_or(d);
        while !calendar.is_working_day(p)? {
            steps.push(format!("skip {}: {}", day_label(p), why(calendar, p)?));
            p = p.pred_opt().unwrap_or(p);
        }
        d = p;
    }
    steps.push(format!(
        "executor's due date: {} ({lead} working day{} before the control date, the order's point 7)",
        day_label(d),
        if lead == 1 { "" } else { "s" }
    ));
    Ok(d)
}

fn why(calendar: &Calendar, d: NaiveDate) -> Result<String, CalendarError> {
    Ok(calendar
        .why_not_working(d)?
        .unwrap_or_else(|| "non-working day".to_string()))
}
