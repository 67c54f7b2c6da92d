//! A card's term against the law and the register's settings: its days,
//! basis, control date and executor's due date as `crate::terms` counts
//! them, and its extensions (law art. 20: later one after another, within
//! the longest total term as `crate::terms::ceiling` ends it, the applicant
//! notified, and marked late exactly when made after the control date in
//! force had passed).

use super::finding::{Code, Findings};
use super::settings::Config;
use crate::calendar::Calendar;
use crate::config::Settings;
use crate::model::card::{Card, TermBasis};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::sync::Mutex;

type TermResult = Result<(TermBasis, NaiveDate, NaiveDate), String>;

/// Term dates by (received, days), ceilings by receipt day and executor's
/// due dates by control date, counted once per pass: cards share a handful
/// of receipt days, and counting a term explains every step in words.
#[derive(Default)]
pub(super) struct Counted {
    terms: Mutex<HashMap<(NaiveDate, u32), TermResult>>,
    ceilings: Mutex<HashMap<NaiveDate, Result<NaiveDate, String>>>,
    dues: Mutex<HashMap<NaiveDate, Result<NaiveDate, String>>>,
}

impl Counted {
    /// The basis, control date and executor's due date a term gives.
    fn term(&self, s: &Settings, cal: &Calendar, received: NaiveDate, days: u32) -> TermResult {
        let key = (received, days);
        if let Some(r) = self.terms.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return r;
        }
        let r = crate::terms::compute(received, days, &s.terms, cal)
            .map(|t| (t.basis, t.control_date, t.executor_due))
            .map_err(|e| e.to_string());
        if let Ok(mut m) = self.terms.lock() {
            m.insert(key, r.clone());
        }
        r
    }

    /// The latest control date the law allows for a receipt day.
    fn ceiling(
        &self,
        s: &Settings,
        cal: &Calendar,
        received: NaiveDate,
    ) -> Result<NaiveDate, String> {
        if let Some(r) = self
            .ceilings
            .lock()
            .ok()
            .and_then(|m| m.get(&received).cloned())
        {
            return r;
        }
        let r = crate::terms::ceiling(received, &s.terms, cal).map_err(|e| e.to_string());
        if let Ok(mut m) = self.ceilings.lock() {
            m.insert(received, r.clone());
        }
        r
    }

    /// The executor's due date for a control date.
    fn due(&self, s: &Settings, cal: &Calendar, control: NaiveDate) -> Result<NaiveDate, String> {
        if let Some(r) = self.dues.lock().ok().and_then(|m| m.get(&control).cloned()) {
            return r;
        }
        let r = crate::terms::executor_due(control, s.terms.executor_lead, cal, &mut Vec::new())
            .map_err(|e| e.to_string());
        if let Ok(mut m) = self.dues.lock() {
            m.insert(control, r.clone());
        }
        r
    }
}

/// The card's term, when `register.toml` and `calendar.toml` parsed.
pub(super) fn check_term(cfg: &Config, counted: &Counted, c: &Card, out: &mut Findings) {
    let (Some(s), Some(cal)) = (&cfg.settings, &cfg.calendar) else {
        return;
    };
    let t = &c.term;
    let card = format!("{}/{}", c.year, c.index);
    let explain = || crate::say!("chk-explain-hint", card = card);
    let max = s.terms.max_total;
    if t.days == 0 || t.days > max {
        out.push(
            Code::BadValue,
            "/term/days",
            crate::say!("chk-term-days", days = t.days, max = max),
            crate::say!("chk-term-days-hint"),
        );
        return;
    }
    let (basis, computed_control, computed_due) = match counted.term(s, cal, c.received, t.days) {
        Ok(d) => d,
        Err(e) => {
            out.push(
                Code::TermMismatch,
                "/term/control_date",
                crate::say!("chk-term-uncounted", reason = e),
                crate::say!("chk-extend-calendar-hint"),
            );
            return;
        }
    };
    if t.basis != basis {
        out.push(
            Code::TermMismatch,
            "/term/basis",
            crate::say!(
                "chk-basis-mismatch",
                basis = format!("{:?}", t.basis),
                days = t.days,
                expected = format!("{basis:?}")
            ),
            explain(),
        );
    }
    let day_max = crate::terms::latest_allowed(c.received, max);
    let latest = if t.extensions.is_empty() {
        day_max
    } else {
        match counted.ceiling(s, cal, c.received) {
            Ok(d) => d,
            Err(e) => {
                out.push(
                    Code::TermMismatch,
                    "/term/extensions",
                    crate::say!("chk-ceiling-uncounted", reason = e),
                    crate::say!("chk-extend-calendar-hint"),
                );
                return;
            }
        }
    };
    let mut previous = computed_control;
    for (i, e) in t.extensions.iter().enumerate() {
        if e.until > latest {
            let days = (e.until - c.received).num_days();
            let message = if latest < day_max {
                crate::say!(
                    "chk-over-max-day-off",
                    until = e.until,
                    days = days,
                    received = c.received,
                    max = max,
                    latest = latest,
                    day_max = day_max,
                    non_working = s.terms.non_working.as_str()
                )
            } else {
                crate::say!(
                    "chk-over-max",
                    until = e.until,
                    days = days,
                    received = c.received,
                    max = max,
                    latest = latest
                )
            };
            out.push(
                Code::ExtensionOverMax,
                &format!("/term/extensions/{i}/until"),
                message,
                crate::say!("chk-over-max-hint", latest = latest),
            );
        }
        let made_late = e.on > previous;
        if made_late != e.late {
            let (message, hint) = if made_late {
                (
                    crate::say!(
                        "chk-extension-late-unmarked",
                        on = e.on,
                        until = e.until,
                        previous = previous
                    ),
                    crate::say!("chk-extension-late-unmarked-hint"),
                )
            } else {
                (
                    crate::say!(
                        "chk-extension-late-marked",
                        on = e.on,
                        until = e.until,
                        previous = previous
                    ),
                    crate::say!("chk-extension-late-marked-hint"),
                )
            };
            out.push(
                Code::ExtensionLate,
                &format!("/term/extensions/{i}/late"),
                message,
                hint,
            );
        }
        if e.notified.is_none() {
            out.push(
                Code::ExtensionNotNotified,
                &format!("/term/extensions/{i}/notified"),
                crate::say!("chk-not-notified", until = e.until),
                crate::say!("chk-not-notified-hint"),
            );
        }
        if e.until <= previous {
            out.push(
                Code::ExtensionOrder,
                &format!("/term/extensions/{i}/until"),
                crate::say!("chk-extension-order", until = e.until, previous = previous),
                crate::say!("chk-extension-order-hint"),
            );
        }
        previous = previous.max(e.until);
    }
    let (control, due) = match t.extensions.last() {
        None => (computed_control, computed_due),
        Some(last) => match counted.due(s, cal, last.until) {
            Ok(d) => (last.until, d),
            Err(e) => {
                out.push(
                    Code::TermMismatch,
                    "/term/executor_due",
                    crate::say!("chk-due-uncounted", reason = e),
                    crate::say!("chk-extend-calendar-hint"),
                );
                return;
            }
        },
    };
    if t.control_date != control {
        let message = if t.extensions.is_empty() {
            crate::say!(
                "chk-control-date-term",
                control_date = t.control_date,
                received = c.received,
                days = t.days,
                control = control
            )
        } else {
            crate::say!(
                "chk-control-date-extension",
                control_date = t.control_date,
                control = control
            )
        };
        out.push(
            Code::TermMismatch,
            "/term/control_date",
            message,
            crate::say!("chk-control-date-hint", card = card),
        );
    }
    check_lateness(
        c,
        |until| match until {
            None => Ok(computed_due),
            Some(until) => counted.due(s, cal, until),
        },
        cal,
        out,
    );
    if t.executor_due != due {
        out.push(
            Code::TermMismatch,
            "/term/executor_due",
            crate::say!(
                "chk-executor-due",
                executor_due = t.executor_due,
                control = control,
                due = due,
                lead = s.terms.executor_lead
            ),
            explain(),
        );
    }
}

/// The answer's lateness against the executor's due date in force on
/// the day it was given (`due_after` gives it for the control date of the
/// last extension made by then, `None` when there was none): late exactly
/// when given after it, by the working days the calendar counts.
fn check_lateness(
    c: &Card,
    due_after: impl Fn(Option<NaiveDate>) -> Result<NaiveDate, String>,
    cal: &Calendar,
    out: &mut Findings,
) {
    let Some(a) = &c.answer else { return };
    let until = c
        .term
        .extensions
        .iter()
        .filter(|e| e.on <= a.date)
        .map(|e| e.until)
        .next_back();
    let Ok(due) = due_after(until) else { return };
    let Ok((late, days)) = crate::terms::lateness(cal, due, a.date) else {
        return;
    };
    if (late, days) == (a.late, a.days_late) {
        return;
    }
    let (field, message) = match (late, a.late) {
        (true, false) => (
            "/answer/late",
            crate::say!("chk-late-unmarked", date = a.date, due = due, days = days),
        ),
        (false, true) => (
            "/answer/late",
            crate::say!(
                "chk-late-marked",
                date = a.date,
                due = due,
                recorded = a.days_late
            ),
        ),
        _ => (
            "/answer/days_late",
            crate::say!(
                "chk-late-days",
                date = a.date,
                due = due,
                days = days,
                recorded = a.days_late
            ),
        ),
    };
    out.push(
        Code::LateMismatch,
        field,
        message,
        crate::say!(
            "chk-late-mismatch-hint",
            late = late.to_string(),
            days = days
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::card::Extension;
    use crate::ops::check::finding::Finding;
    use crate::ops::check::testing::{config, d, findings, registered};

    /// Card 2015/К-1 (received 23.06.2015) with `days`, `basis`, control
    /// date and executor's due date as given.
    fn term(days: u32, basis: TermBasis, control: &str, due: &str) -> Card {
        let mut c = registered();
        c.term.days = days;
        c.term.basis = basis;
        c.term.control_date = d(control);
        c.term.executor_due = d(due);
        c
    }

    /// The card extended, one extension after another, each `(until,
    /// notified)`; its control date the last one's, with `due`.
    fn extended(extensions: &[(&str, Option<&str>)], due: &str) -> Card {
        let mut c = registered();
        for (until, notified) in extensions {
            c.term.extensions.push(Extension {
                on: d("2015-07-20"),
                until: d(until),
                by: "maslenkov".into(),
                reason: "потрібна перевірка на місці".into(),
                notified: notified.map(d),
                late: false,
            });
            c.term.control_date = d(until);
        }
        c.term.executor_due = d(due);
        c
    }

    fn found(c: &Card) -> Vec<Finding> {
        let mut out = findings();
        check_term(config(), &Counted::default(), c, &mut out);
        out.out
    }

    #[track_caller]
    fn check(c: Card, expected: &[(Code, &str)]) {
        let found = found(&c);
        let codes: Vec<(Code, &str)> = found.iter().map(|f| (f.code, f.field.as_str())).collect();
        assert_eq!(codes, expected, "{found:#?}");
    }

    const DAYS: TermBasis = TermBasis::Days;
    const MONTH: TermBasis = TermBasis::CalendarMonth;

    #[test]
    fn a_term_as_registration_counts_it() {
        check(registered(), &[]);
        check(term(30, MONTH, "2015-07-23", "2015-07-22"), &[]);
        check(term(15, DAYS, "2015-07-08", "2015-07-07"), &[]);
        // 25.07.2015 is a Saturday: the control date moves to Monday.
        check(term(32, DAYS, "2015-07-27", "2015-07-24"), &[]);
    }

    #[test]
    fn a_term_that_does_not_follow() {
        check(
            term(30, MONTH, "2015-07-24", "2015-07-22"),
            &[(Code::TermMismatch, "/term/control_date")],
        );
        check(
            term(30, MONTH, "2015-07-23", "2015-07-21"),
            &[(Code::TermMismatch, "/term/executor_due")],
        );
        check(
            term(30, DAYS, "2015-07-23", "2015-07-22"),
            &[(Code::TermMismatch, "/term/basis")],
        );
        check(
            term(15, MONTH, "2015-07-23", "2015-07-22"),
            &[
                (Code::TermMismatch, "/term/basis"),
                (Code::TermMismatch, "/term/control_date"),
                (Code::TermMismatch, "/term/executor_due"),
            ],
        );
        check(
            term(32, DAYS, "2015-07-25", "2015-07-24"),
            &[(Code::TermMismatch, "/term/control_date")],
        );
    }

    #[test]
    fn terms_out_of_range() {
        check(
            term(0, DAYS, "2015-06-23", "2015-06-22"),
            &[(Code::BadValue, "/term/days")],
        );
        check(
            term(46, DAYS, "2015-08-10", "2015-08-07"),
            &[(Code::BadValue, "/term/days")],
        );
        check(term(45, DAYS, "2015-08-07", "2015-08-06"), &[]);
        let mut past = term(15, DAYS, "2031-01-16", "2031-01-15");
        past.received = d("2031-01-01");
        check(past, &[(Code::TermMismatch, "/term/control_date")]);
    }

    #[test]
    fn extensions_up_to_45_days_from_receipt() {
        let notified = Some("2015-07-20");
        // Exactly 45 days from 23.06.2015 is 07.08.2015, a Friday.
        check(extended(&[("2015-08-07", notified)], "2015-08-06"), &[]);
        check(
            extended(&[("2015-08-08", notified)], "2015-08-07"),
            &[(Code::ExtensionOverMax, "/term/extensions/0/until")],
        );
        check(
            extended(
                &[("2015-07-31", notified), ("2015-08-10", notified)],
                "2015-08-07",
            ),
            &[(Code::ExtensionOverMax, "/term/extensions/1/until")],
        );
    }

    /// Card К-1 received on Friday 10.07.2015 (control date Monday
    /// 10.08.2015), extended on 20.07 to `until`: day 45 is Monday
    /// 24.08.2015, Independence Day.
    fn received_10_july(until: &str, due: &str) -> Card {
        let mut c = extended(&[(until, Some("2015-07-20"))], due);
        c.received = d("2015-07-10");
        c.registered = d("2015-07-10");
        c
    }

    #[test]
    fn the_ceiling_on_a_holiday_ends_by_the_register_rule() {
        // terms.non_working = "next": the 45th day off ends the term on the
        // Friday before, not on the holiday nor on the Tuesday after.
        check(received_10_july("2015-08-21", "2015-08-20"), &[]);
        check(
            received_10_july("2015-08-24", "2015-08-21"),
            &[(Code::ExtensionOverMax, "/term/extensions/0/until")],
        );
        check(
            received_10_july("2015-08-25", "2015-08-21"),
            &[(Code::ExtensionOverMax, "/term/extensions/0/until")],
        );
        let found = found(&received_10_july("2015-08-24", "2015-08-21"));
        assert_eq!(
            found[0].message,
            "extended until 2015-08-24: 45 days from receipt (2015-07-10); law art. 20 allows at most 45 (until 2015-08-21); day 45, 2015-08-24, is not a working day, and register.toml terms.non_working = \"next\" ends the term before it"
        );
    }

    #[test]
    fn an_extension_after_the_control_date_is_marked_late() {
        let n = Some("2015-07-24");
        // The control date 23.07.2015 passed before 24.07.
        let mut c = extended(&[("2015-08-07", n)], "2015-08-06");
        c.term.extensions[0].on = d("2015-07-24");
        check(
            c.clone(),
            &[(Code::ExtensionLate, "/term/extensions/0/late")],
        );
        c.term.extensions[0].late = true;
        check(c.clone(), &[]);
        // On the control date itself it is in time, and not late.
        c.term.extensions[0].on = d("2015-07-23");
        check(
            c.clone(),
            &[(Code::ExtensionLate, "/term/extensions/0/late")],
        );
        c.term.extensions[0].late = false;
        check(c, &[]);
        // A second extension is judged by the first one's date.
        let mut c = extended(&[("2015-07-31", n), ("2015-08-07", n)], "2015-08-06");
        c.term.extensions[1].on = d("2015-08-03");
        check(
            c.clone(),
            &[(Code::ExtensionLate, "/term/extensions/1/late")],
        );
        c.term.extensions[1].late = true;
        check(c, &[]);
    }

    #[test]
    fn how_far_the_law_allows() {
        let found = found(&extended(
            &[("2015-08-08", Some("2015-07-20"))],
            "2015-08-07",
        ));
        assert_eq!(
            found[0].message,
            "extended until 2015-08-08: 46 days from receipt (2015-06-23); law art. 20 allows at most 45 (until 2015-08-07)"
        );
        assert_eq!(
            found[0].hint,
            "the term can run until 2015-08-07 at most; correct the extension"
        );
    }

    #[test]
    fn extensions_move_the_control_date_later_one_after_another() {
        let n = Some("2015-07-20");
        check(
            extended(&[("2015-07-31", n), ("2015-08-05", n)], "2015-08-04"),
            &[],
        );
        check(
            extended(&[("2015-07-23", n)], "2015-07-22"),
            &[(Code::ExtensionOrder, "/term/extensions/0/until")],
        );
        check(
            extended(&[("2015-07-20", n)], "2015-07-17"),
            &[(Code::ExtensionOrder, "/term/extensions/0/until")],
        );
        check(
            extended(&[("2015-08-05", n), ("2015-07-31", n)], "2015-07-30"),
            &[(Code::ExtensionOrder, "/term/extensions/1/until")],
        );
        check(
            extended(&[("2015-08-05", n), ("2015-08-05", n)], "2015-08-04"),
            &[(Code::ExtensionOrder, "/term/extensions/1/until")],
        );
    }

    #[test]
    fn the_applicant_is_notified_of_each_extension() {
        check(
            extended(&[("2015-07-31", None)], "2015-07-30"),
            &[(Code::ExtensionNotNotified, "/term/extensions/0/notified")],
        );
        check(
            extended(
                &[("2015-07-31", Some("2015-07-20")), ("2015-08-05", None)],
                "2015-08-04",
            ),
            &[(Code::ExtensionNotNotified, "/term/extensions/1/notified")],
        );
    }

    #[test]
    fn an_extension_gives_the_executors_due_date() {
        let n = Some("2015-07-20");
        check(
            extended(&[("2015-07-31", n)], "2015-07-29"),
            &[(Code::TermMismatch, "/term/executor_due")],
        );
        // The control date is the last extension's.
        let mut c = extended(&[("2015-07-31", n)], "2015-07-30");
        c.term.control_date = d("2015-07-23");
        check(c, &[(Code::TermMismatch, "/term/control_date")]);
    }

    #[test]
    fn a_term_is_counted_once_per_pass() {
        let counted = Counted::default();
        let (cfg, c) = (config(), registered());
        for _ in 0..3 {
            let mut out = findings();
            check_term(cfg, &counted, &c, &mut out);
            assert!(out.out.is_empty());
        }
        assert_eq!(counted.terms.lock().map(|m| m.len()).ok(), Some(1));
    }

    #[test]
    fn no_term_is_checked_without_the_settings_or_the_calendar() {
        let cfg = Config {
            settings: None,
            classifier: None,
            calendar: None,
            roster: None,
            texts: None,
        };
        let mut out = findings();
        check_term(
            &cfg,
            &Counted::default(),
            &term(0, DAYS, "2015-06-23", "2015-06-22"),
            &mut out,
        );
        assert!(out.out.is_empty());
    }

    /// The codes and fields of the lateness findings only.
    fn lateness_found(c: &Card) -> Vec<(Code, String)> {
        found(c)
            .into_iter()
            .filter(|f| f.code == Code::LateMismatch)
            .map(|f| (f.code, f.field))
            .collect()
    }

    #[test]
    fn lateness_is_derived_from_the_answer_date_and_the_due_date() {
        use crate::ops::check::testing::sent;
        // Given 20.07, due 22.07: on time, as recorded.
        assert_eq!(lateness_found(&sent()), []);
        let given = |date: &str, late: bool, days: i64| {
            let mut c = sent();
            let a = c.answer.as_mut().expect("answered");
            (a.date, a.late, a.days_late) = (d(date), late, days);
            lateness_found(&c)
        };
        let late = || vec![(Code::LateMismatch, "/answer/late".to_string())];
        let days = || vec![(Code::LateMismatch, "/answer/days_late".to_string())];
        // Friday 24.07: two working days after Wednesday 22.07.
        assert_eq!(given("2015-07-24", true, 2), []);
        assert_eq!(given("2015-07-24", false, 0), late());
        assert_eq!(given("2015-07-24", true, 5), days());
        assert_eq!(given("2015-07-20", true, 5), late());
        // An extension made after the answer doesn't make it on time.
        let mut c = sent();
        let a = c.answer.as_mut().expect("answered");
        (a.date, a.late, a.days_late) = (d("2015-07-24"), true, 2);
        c.term.extensions.push(Extension {
            on: d("2015-07-27"),
            until: d("2015-08-07"),
            by: "maslenkov".into(),
            reason: "потрібна перевірка на місці".into(),
            notified: Some(d("2015-07-27")),
            late: true,
        });
        assert_eq!(lateness_found(&c), []);
    }
}
