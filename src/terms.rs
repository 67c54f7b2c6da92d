//! Control dates (law art. 20) and the executor's due date (the order,
//! point 7), with an account of how each was counted.
//!
//! Terms count in calendar days from receipt; "one month" is a calendar
//! month (or 30 days, by `register.toml`). A control date that falls on a
//! non-working day moves by the register's policy, and the same rule ends
//! the art. 20 ceiling ([`ceiling`]), so that the two never disagree. The
//! executor's package is due `executor_lead` working days before the
//! control date. An extension is decided before the control date passes;
//! one made after it leaves the card judged by the date that passed
//! ([`control_in_force`]).

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
    let limit = latest_allowed(received, terms.max_total);
    let control_date = settle(end, terms.non_working, limit, calendar, &mut steps)?;
    steps.push(format!("control date: {}", day_label(control_date)));
    let executor_due = executor_due(control_date, terms.executor_lead, calendar, &mut steps)?;
    Ok(TermDates {
        basis,
        control_date,
        executor_due,
        steps,
    })
}

/// The one rule for a term's last day that falls on a non-working day
/// (`register.toml` `terms.non_working`), for the base term and the art. 20
/// ceiling alike: `next` moves it to the next working day, `previous` to
/// the previous one, `keep` keeps it. The law says nothing of non-working
/// days (reference/law.md §1.8); moving forward is the general
/// document-control practice, but art. 20 also says the total term "не може
/// перевищувати сорока п'яти днів", so under `next` a day is never moved
/// past `limit` (day `max_total` from receipt): where the next working day
/// would pass it, the previous working day is taken instead. Explains each
/// skipped day in `steps`.
pub fn settle(
    end: NaiveDate,
    policy: NonWorkingPolicy,
    limit: NaiveDate,
    calendar: &Calendar,
    steps: &mut Vec<String>,
) -> Result<NaiveDate, CalendarError> {
    if calendar.is_working_day(end)? {
        steps.push(format!("{} is a working day", end));
        return Ok(end);
    }
    match policy {
        NonWorkingPolicy::Keep => {
            steps.push(format!(
                "{end} is not a working day ({}); kept by policy `keep`",
                why(calendar, end)?
            ));
            Ok(end)
        }
        NonWorkingPolicy::Next => {
            let mut skipped = Vec::new();
            let next = walk(end, calendar, &mut skipped, |d| d.succ_opt())?;
            if next > limit && end <= limit {
                let back = walk(end, calendar, &mut Vec::new(), |d| d.pred_opt())?;
                steps.push(format!(
                    "{} is not a working day ({}); the next working day {} would pass the longest total term law art. 20 allows ({})",
                    day_label(end),
                    why(calendar, end)?,
                    day_label(next),
                    day_label(limit)
                ));
                steps.push(format!(
                    "moved to the previous working day {} instead (register.toml terms.non_working = \"next\", never past the law's ceiling)",
                    day_label(back)
                ));
                return Ok(back);
            }
            steps.extend(skipped);
            steps.push(format!(
                "moved to the next working day {} (register.toml terms.non_working = \"next\")",
                day_label(next)
            ));
            Ok(next)
        }
        NonWorkingPolicy::Previous => {
            let back = walk(end, calendar, steps, |d| d.pred_opt())?;
            steps.push(format!(
                "moved to the previous working day {} (register.toml terms.non_working = \"previous\")",
                day_label(back)
            ));
            Ok(back)
        }
    }
}

/// The first working day from `d` stepping by `step`, each skipped day named.
fn walk(
    mut d: NaiveDate,
    calendar: &Calendar,
    steps: &mut Vec<String>,
    step: impl Fn(NaiveDate) -> Option<NaiveDate>,
) -> Result<NaiveDate, CalendarError> {
    while !calendar.is_working_day(d)? {
        steps.push(format!("skip {}: {}", day_label(d), why(calendar, d)?));
        d = step(d).unwrap_or(d);
    }
    Ok(d)
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

/// Day `max_total` from receipt (law art. 20: 45), as the calendar has it:
/// the raw ceiling, before the rule for non-working days ([`ceiling`]).
pub fn latest_allowed(received: NaiveDate, max_total: u32) -> NaiveDate {
    received
        .checked_add_days(Days::new(max_total.into()))
        .unwrap_or(NaiveDate::MAX)
}

/// The latest control date the law allows for an appeal received on
/// `received` (law art. 20: "загальний термін вирішення питань, порушених у
/// зверненні, не може перевищувати сорока п'яти днів"): day
/// `terms.max_total` from receipt, ended by the same rule for non-working
/// days as the base term ([`settle`]): `keep` keeps it, `previous` moves it
/// to the previous working day, and `next` moves it to the previous
/// working day too, because the next one would pass what the law allows.
///
/// The ceiling is the same for every appeal, a 15-day one included: the
/// Law gives one total ("загальний термін") for all, and an appeal found to
/// need further study after all is extended by the head as any other
/// (README, "Terms and extensions").
pub fn ceiling(
    received: NaiveDate,
    terms: &Terms,
    calendar: &Calendar,
) -> Result<NaiveDate, CalendarError> {
    ceiling_explained(received, terms, calendar, &mut Vec::new())
}

/// [`ceiling`], with each step of the count in `steps`.
pub fn ceiling_explained(
    received: NaiveDate,
    terms: &Terms,
    calendar: &Calendar,
    steps: &mut Vec<String>,
) -> Result<NaiveDate, CalendarError> {
    let raw = latest_allowed(received, terms.max_total);
    steps.push(format!(
        "longest total term: {} calendar days from receipt (law art. 20; register.toml terms.max_total) → {}",
        terms.max_total,
        day_label(raw)
    ));
    let d = settle(raw, terms.non_working, raw, calendar, steps)?;
    steps.push(format!("latest control date allowed: {}", day_label(d)));
    Ok(d)
}

/// The control date a card is judged by in monitoring (`deadlines`, the
/// report): its control date, unless an extension was made after the
/// control date in force had passed (law art. 20: the head extends a term
/// that can't be kept, so before it runs out). A late extension sets a new
/// date to work to, but the breach stays: the card is judged by the control
/// date in force when the first late extension was made, the previous
/// extension's, or the base term's when it was the first.
///
/// `extensions` are the card's, in order, as `(on, until, late)`. The base
/// term is counted only when the first extension was late; if the calendar
/// can't count it (`check` reports that), the day before that extension is
/// taken, the latest the passed control date can have been.
pub fn control_in_force(
    received: NaiveDate,
    days: u32,
    control_date: NaiveDate,
    extensions: impl IntoIterator<Item = (NaiveDate, NaiveDate, bool)>,
    terms: &Terms,
    calendar: &Calendar,
) -> NaiveDate {
    let mut before: Option<NaiveDate> = None;
    for (on, until, late) in extensions {
        if late {
            return before.unwrap_or_else(|| {
                compute(received, days, terms, calendar)
                    .map(|t| t.control_date)
                    .unwrap_or_else(|_| on.pred_opt().unwrap_or(on))
            });
        }
        before = Some(until);
    }
    control_date
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
        .unwrap_or_else(|| crate::t!("detail-non-working-day")))
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

    /// received, policy → the latest control date allowed (45 days).
    #[track_caller]
    fn ceiling_is(received: &str, policy: NonWorkingPolicy, expected: &str) {
        let cal = Calendar::generate(2015, 2030);
        let t = terms(MonthRule::Calendar, policy);
        let mut steps = Vec::new();
        let got = ceiling_explained(d(received), &t, &cal, &mut steps).expect("in the calendar");
        assert_eq!(got, d(expected), "{received}, {policy:?}: {steps:#?}");
        assert_eq!(ceiling(d(received), &t, &cal).ok(), Some(got));
    }

    #[test]
    fn the_ceiling_follows_the_rule_for_non_working_days() {
        use NonWorkingPolicy::{Keep, Next, Previous};
        // Day 45 a working day (Friday 07.08.2015): the same under every policy.
        for p in [Next, Previous, Keep] {
            ceiling_is("2015-06-23", p, "2015-08-07");
        }
        // Day 45 is Monday 24.08.2015, Independence Day: `next` and
        // `previous` both end on Friday 21.08 (the next working day, Tuesday
        // 25.08, would be day 46); `keep` keeps the holiday, as it keeps a
        // base term's.
        ceiling_is("2015-07-10", Next, "2015-08-21");
        ceiling_is("2015-07-10", Previous, "2015-08-21");
        ceiling_is("2015-07-10", Keep, "2015-08-24");
        // Day 45 a Saturday (08.08.2015).
        ceiling_is("2015-06-24", Next, "2015-08-07");
        ceiling_is("2015-06-24", Keep, "2015-08-08");
        // Across the year: day 45 is Sunday 14.02.2016.
        ceiling_is("2015-12-31", Next, "2016-02-12");
    }

    #[test]
    fn a_base_term_never_moves_past_the_ceiling() {
        let cal = Calendar::generate(2015, 2030);
        let t = terms(MonthRule::Calendar, NonWorkingPolicy::Next);
        // A 45-day term ending on Independence Day 2015: the next working
        // day would be day 46, so the previous one is taken, as the ceiling's.
        let c = compute(d("2015-07-10"), 45, &t, &cal).expect("ok");
        assert_eq!(
            (c.control_date, c.executor_due),
            (d("2015-08-21"), d("2015-08-20")),
            "{:#?}",
            c.steps
        );
        // A shorter term still moves forward past a holiday.
        check("2015-07-24", 30, "2015-08-25", "2015-08-21");
        // Every day of 2015–2016, each policy, the terms intake gives and the
        // longest: the base term ends by the ceiling.
        for policy in [
            NonWorkingPolicy::Next,
            NonWorkingPolicy::Previous,
            NonWorkingPolicy::Keep,
        ] {
            let t = terms(MonthRule::Calendar, policy);
            let mut day = d("2015-01-01");
            while day < d("2016-12-31") {
                let top = ceiling(day, &t, &cal).expect("ok");
                for days in [15, 30, 44, 45] {
                    let c = compute(day, days, &t, &cal).expect("ok");
                    assert!(
                        c.control_date <= top,
                        "{day} + {days} ({policy:?}): {} past {top}",
                        c.control_date
                    );
                }
                day = day.succ_opt().expect("a date");
            }
        }
    }

    #[test]
    fn the_control_date_in_force_stays_where_a_late_extension_found_it() {
        let cal = Calendar::generate(2015, 2030);
        let t = terms(MonthRule::Calendar, NonWorkingPolicy::Next);
        // Received 23.06.2015, a month: control date 23.07.2015.
        let at = |exts: &[(&str, &str, bool)], control: &str| {
            control_in_force(
                d("2015-06-23"),
                30,
                d(control),
                exts.iter()
                    .map(|(on, until, late)| (d(on), d(until), *late)),
                &t,
                &cal,
            )
        };
        assert_eq!(at(&[], "2015-07-23"), d("2015-07-23"));
        // Extended in time: the new date is the one in force.
        assert_eq!(
            at(&[("2015-07-20", "2015-08-07", false)], "2015-08-07"),
            d("2015-08-07")
        );
        // Extended late: judged by the base term's date that had passed.
        assert_eq!(
            at(&[("2015-07-24", "2015-08-07", true)], "2015-08-07"),
            d("2015-07-23")
        );
        // In time, then late: by the first extension's date.
        assert_eq!(
            at(
                &[
                    ("2015-07-20", "2015-07-31", false),
                    ("2015-08-03", "2015-08-07", true)
                ],
                "2015-08-07"
            ),
            d("2015-07-31")
        );
        // Late, then in time again: the first breach stays.
        assert_eq!(
            at(
                &[
                    ("2015-07-24", "2015-07-31", true),
                    ("2015-07-30", "2015-08-07", false)
                ],
                "2015-08-07"
            ),
            d("2015-07-23")
        );
        // A base term the calendar can't count: the day before the late extension.
        let outside = control_in_force(
            d("2014-12-01"),
            30,
            d("2015-01-20"),
            [(d("2015-01-10"), d("2015-01-20"), true)],
            &t,
            &cal,
        );
        assert_eq!(outside, d("2015-01-09"));
    }

    #[test]
    fn dates_outside_the_calendar_are_errors() {
        let cal = Calendar::generate(2015, 2030);
        let t = terms(MonthRule::Calendar, NonWorkingPolicy::Next);
        assert!(compute(d("2030-12-20"), 30, &t, &cal).is_err());
        assert!(compute(d("2014-12-01"), 15, &t, &cal).is_err());
    }
}
