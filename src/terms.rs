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
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

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

/// A date as Ukrainian documents write it: `23.06.2015`.
pub fn date_uk(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
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

/// The latest control date the law allows (law art. 20): at most
/// `max_total` calendar days from receipt, extensions included
/// (`terms.max_total`, 45 by the law).
pub fn latest_allowed(received: NaiveDate, max_total: u32) -> NaiveDate {
    received
        .checked_add_days(Days::new(max_total.into()))
        .unwrap_or(NaiveDate::MAX)
}

/// Whether an executor's package given on `given` is late for `due` (the
/// order's point 7), and by how many working days. A package that arrives
/// on a non-working day is counted as arriving on the next working day, the
/// first day the department can take it: due on Friday, given on Saturday,
/// is one working day late, not zero.
pub fn lateness(
    calendar: &Calendar,
    due: NaiveDate,
    given: NaiveDate,
) -> Result<(bool, i64), CalendarError> {
    if given <= due {
        return Ok((false, 0));
    }
    let effective = if calendar.is_working_day(given)? {
        given
    } else {
        calendar.next_working_day(given)?
    };
    let days = calendar.working_days_after(due, effective)?;
    Ok((true, days))
}

fn why(calendar: &Calendar, d: NaiveDate) -> Result<String, CalendarError> {
    Ok(calendar
        .why_not_working(d)?
        .unwrap_or_else(|| "non-working day".to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{MonthRule, NonWorkingPolicy, Terms};

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn terms(month: MonthRule, non_working: NonWorkingPolicy) -> Terms {
        Terms {
            default: 30,
            month,
            non_working,
            max_total: 45,
            executor_lead: 1,
        }
    }

    /// received, term days → (control date, executor's due date), on the
    /// generated calendar with the register's default rules.
    #[track_caller]
    fn check(received: &str, days: u32, control: &str, due: &str) {
        let cal = Calendar::generate(2015, 2030);
        let t = compute(
            d(received),
            days,
            &terms(MonthRule::Calendar, NonWorkingPolicy::Next),
            &cal,
        )
        .expect("in the calendar");
        assert_eq!(
            (t.control_date, t.executor_due),
            (d(control), d(due)),
            "{received} + {days}: {:#?}",
            t.steps
        );
    }

    #[test]
    fn ordinary_days() {
        check("2015-06-23", 30, "2015-07-23", "2015-07-22"); // a month, Thu; due Wed
        check("2015-06-23", 15, "2015-07-08", "2015-07-07"); // 15 days, Wed
        check("2015-07-06", 15, "2015-07-21", "2015-07-20"); // due on a Monday
        check("2015-07-09", 15, "2015-07-24", "2015-07-23"); // Friday
    }

    #[test]
    fn month_ends_and_leap_years() {
        check("2015-01-30", 30, "2015-03-02", "2015-02-27"); // → Sat 28.02 → Mon 02.03
        check("2016-01-29", 30, "2016-02-29", "2016-02-26"); // leap day, a Monday
        check("2019-01-31", 30, "2019-02-28", "2019-02-27"); // last day of a short month
        check("2020-01-31", 30, "2020-03-02", "2020-02-28"); // → 29.02.2020, a Saturday
        check("2015-12-17", 15, "2016-01-04", "2015-12-31"); // across the year: 1.01 holiday, 2–3 weekend
    }

    #[test]
    fn weekends_and_holidays() {
        check("2015-06-04", 30, "2015-07-06", "2015-07-03"); // Sat 04.07 → Mon 06.07
        check("2015-06-13", 15, "2015-06-30", "2015-06-26"); // Sun 28.06 Constitution Day, Mon 29.06 moved off
        check("2015-07-30", 30, "2015-08-31", "2015-08-28"); // Sun 30.08 → Mon 31.08
        check("2015-07-24", 30, "2015-08-25", "2015-08-21"); // Mon 24.08 Independence Day; due skips the weekend
        check("2016-04-18", 15, "2016-05-04", "2016-04-29"); // 3.05 (Tue) moved off, 1–2.05 holidays
    }

    #[test]
    fn transfers_of_working_days() {
        // 2016: Fri 08.01 off, Sat 16.01 a working day.
        check("2015-12-24", 15, "2016-01-11", "2016-01-06"); // Sat 08.01.. → Mon 11.01; 7–8.01 off
        check("2016-01-01", 15, "2016-01-16", "2016-01-15"); // Sat 16.01 is a working day
                                                             // 2017: Fri 25.08 off (worked on Sat 19.08); Thu 24.08 Independence Day.
        check("2017-08-10", 15, "2017-08-28", "2017-08-23"); // 25.08 Fri, 26–27 weekend
    }

    #[test]
    fn martial_law_has_no_holidays() {
        check("2022-04-10", 15, "2022-04-25", "2022-04-22"); // Easter Monday 25.04.2022 is a working day
        check("2023-12-10", 15, "2023-12-25", "2023-12-22"); // Christmas 25.12.2023 works
        check("2024-04-14", 30, "2024-05-14", "2024-05-13");
        check("2022-02-06", 30, "2022-03-09", "2022-03-04"); // before 24.03.2022: Sun 6.03, 7.03 off (unconfirmed), 8.03 holiday
    }

    #[test]
    fn policies() {
        let cal = Calendar::generate(2015, 2030);
        let at = |month, nw| {
            let t = compute(d("2015-06-04"), 30, &terms(month, nw), &cal).expect("ok");
            (t.control_date, t.executor_due)
        };
        // 04.07.2015 is a Saturday.
        assert_eq!(
            at(MonthRule::Calendar, NonWorkingPolicy::Previous),
            (d("2015-07-03"), d("2015-07-02"))
        );
        assert_eq!(
            at(MonthRule::Calendar, NonWorkingPolicy::Keep),
            (d("2015-07-04"), d("2015-07-03"))
        );
        // Thirty days from 04.06 is Sat 04.07 as well; from 01.01.2015 it is Sat 31.01, a working Saturday.
        let t = compute(
            d("2015-01-01"),
            30,
            &terms(MonthRule::ThirtyDays, NonWorkingPolicy::Next),
            &cal,
        )
        .expect("ok");
        assert_eq!(t.control_date, d("2015-01-31"));
        assert_eq!(t.basis, TermBasis::Days);
    }

    #[track_caller]
    fn late(due: &str, given: &str, expected: (bool, i64)) {
        let cal = Calendar::generate(2015, 2016);
        assert_eq!(
            lateness(&cal, d(due), d(given)).expect("in calendar"),
            expected,
            "due {due}, given {given}"
        );
    }

    #[test]
    fn lateness_counts_working_days() {
        late("2015-08-21", "2015-08-20", (false, 0));
        late("2015-08-21", "2015-08-21", (false, 0));
        // Saturday and Sunday: counted as Monday, which is Independence Day; so Tuesday.
        late("2015-08-21", "2015-08-22", (true, 1));
        late("2015-08-21", "2015-08-24", (true, 1));
        late("2015-08-21", "2015-08-25", (true, 1));
        late("2015-08-21", "2015-08-26", (true, 2));
        late("2015-07-21", "2015-07-22", (true, 1));
    }

    #[test]
    fn forty_five_days_from_receipt() {
        assert_eq!(latest_allowed(d("2015-06-23"), 45), d("2015-08-07"));
        assert_eq!(latest_allowed(d("2015-12-31"), 45), d("2016-02-14"));
    }

    #[test]
    fn dates_outside_the_calendar_are_errors() {
        let cal = Calendar::generate(2015, 2030);
        let t = terms(MonthRule::Calendar, NonWorkingPolicy::Next);
        assert!(compute(d("2030-12-20"), 30, &t, &cal).is_err());
        assert!(compute(d("2014-12-01"), 15, &t, &cal).is_err());
    }
}
