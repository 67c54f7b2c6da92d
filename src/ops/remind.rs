//! `remind`: reminders and escalation (SPEC §5). Once per card, level and
//! date, a letter goes to each executor of a dispatched card
//! `remind.executor_before` working days before its due date (the order,
//! point 7), to the resolution's coordinator once that date has passed with
//! no package, and to the head once the control date has passed with the
//! card still on control (law art. 20); each is a `remind` step in the
//! card's history, which moves no status.
//!
//! "Once" is kept by the history: a level already reminded of the same
//! date is not reminded again, whatever day `remind` runs. A date that
//! changes (an extension moves the control date and the executor's due
//! date with it) is a new date, and its reminders are due anew. Who is due
//! one is decided by [`due`], a pure function of the card's dates, its
//! reminders, the settings and the calendar.
//!
//! Like `dispatch`, every letter of a card is written before the card that
//! records it, under the register's lock: a run killed at any moment leaves
//! whole files and a consistent register, and the next run writes what is
//! missing, each letter under the same name, so none is sent twice.

use super::report::scan;
use super::steps::{Actor, Warning};
use crate::calendar::{Calendar, CalendarError};
use crate::error::{Error, RequestError, Result};
use crate::model::remind::{Level, Rule};
use crate::model::status::{Action, Status};
use crate::model::view::{Lean, LeanReminder, Summary};
use crate::model::Card;
use crate::store::{self, Register};
use crate::terms::date_uk;
use crate::workflow::Step;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What the decision reads of a card.
#[derive(Debug, Clone, Copy)]
pub struct Watch<'a> {
    /// Where it stands.
    pub status: Status,
    /// The executor's package is in.
    pub answered: bool,
    /// The executor's due date.
    pub executor_due: NaiveDate,
    /// The control date.
    pub control_date: NaiveDate,
    /// The resolution's coordinator, none before the resolution.
    pub coordinator: Option<&'a str>,
    /// The resolution's executors, the lead first.
    pub executors: &'a [String],
    /// The reminders its history records.
    pub reminded: &'a [LeanReminder],
}

impl<'a> Watch<'a> {
    /// What the decision reads of a card's lean view.
    pub fn of(c: &'a Lean) -> Watch<'a> {
        Watch {
            status: c.status,
            answered: c.answer.is_some(),
            executor_due: c.term.executor_due,
            control_date: c.term.control_date,
            coordinator: c.resolution.as_ref().map(|r| r.coordinator.as_str()),
            executors: c.resolution.as_ref().map_or(&[], |r| &r.executors[..]),
            reminded: &c.reminders,
        }
    }
}

/// A reminder due on a card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Due {
    /// Whom it goes to.
    pub level: Level,
    /// The date it reminds of: the executor's due date, or the control
    /// date for the head.
    pub due: NaiveDate,
    /// The ids not yet reminded of that date at that level; empty for the
    /// head when `people.toml` names none.
    pub to: Vec<String>,
}

/// The reminders due on a card on `today`, in the order of escalation:
///
/// - `executor`: the card is dispatched, no package is in, and its due date
///   is today or at most `executor_before` working days ahead: each
///   executor of the resolution;
/// - `coordinator`: no package is in and the executor's due date has
///   passed: the resolution's coordinator (a card with no resolution has
///   none yet);
/// - `head`: the control date has passed and the card is on control:
///   `head`, the first `[[head]]` of `people.toml`.
///
/// Only the levels `rule` names; a card off control is due none. Whoever
/// was reminded at the level of the same date already is left out, and a
/// level with nobody left is not due.
pub fn due(
    w: &Watch,
    rule: &Rule,
    head: Option<&str>,
    cal: &Calendar,
    today: NaiveDate,
) -> Result<Vec<Due>, CalendarError> {
    let mut out = Vec::new();
    if !w.status.awaits_reply() {
        return Ok(out);
    }
    // The reminders of `level` about `due` recorded already.
    let earlier = |level: Level, due: NaiveDate| {
        w.reminded
            .iter()
            .filter(move |r| r.level == level && r.due == due)
    };
    // Those of `ids` not reminded at `level` of `due` yet.
    let mut want = |level: Level, due: NaiveDate, ids: &[&str]| {
        let done: BTreeSet<&str> = earlier(level, due)
            .flat_map(|r| r.to.iter().map(String::as_str))
            .collect();
        let to: Vec<String> = ids
            .iter()
            .filter(|id| !done.contains(*id))
            .map(|id| id.to_string())
            .collect();
        if !to.is_empty() {
            out.push(Due { level, due, to });
        }
    };
    let due = w.executor_due;
    if rule.has(Level::Executor)
        && w.status == Status::Dispatched
        && !w.answered
        && today <= due
        && cal.working_days_after(today, due)? <= i64::from(rule.executor_before)
    {
        let ids: Vec<&str> = w.executors.iter().map(String::as_str).collect();
        want(Level::Executor, due, &ids);
    }
    if rule.has(Level::Coordinator) && !w.answered && today > due {
        if let Some(c) = w.coordinator {
            want(Level::Coordinator, due, &[c]);
        }
    }
    if rule.has(Level::Head) && today > w.control_date {
        match head {
            Some(h) => want(Level::Head, w.control_date, &[h]),
            // Nobody to write to: due unless the date was reminded to a
            // head who has left the roster since.
            None if earlier(Level::Head, w.control_date).next().is_none() => out.push(Due {
                level: Level::Head,
                due: w.control_date,
                to: Vec::new(),
            }),
            None => {}
        }
    }
    Ok(out)
}

/// How a run goes.
#[derive(Debug, Clone, Copy, Default)]
pub struct Request<'a> {
    /// Write one letter per recipient into this directory.
    pub outbox: Option<&'a Path>,
    /// Say what would be written, and write nothing.
    pub dry_run: bool,
}

/// A reminder recorded (or, in a dry run, due) on a card.
#[derive(Debug, Clone, Serialize)]
pub struct Reminder {
    /// `2015/К-125`.
    pub card: String,
    /// Whom it went to.
    pub level: Level,
    /// The date it reminds of.
    pub due: NaiveDate,
    /// The ids it went to.
    pub to: Vec<String>,
    /// The letters written, one per id (none without `--outbox`).
    pub files: Vec<PathBuf>,
}

/// Letters (one per recipient) by level.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// To executors.
    pub executor: usize,
    /// To coordinators.
    pub coordinator: usize,
    /// To the head.
    pub head: usize,
}

impl Counts {
    /// The count of one level.
    pub fn of(&self, level: Level) -> usize {
        match level {
            Level::Executor => self.executor,
            Level::Coordinator => self.coordinator,
            Level::Head => self.head,
        }
    }

    fn add(&mut self, level: Level, n: usize) {
        match level {
            Level::Executor => self.executor += n,
            Level::Coordinator => self.coordinator += n,
            Level::Head => self.head += n,
        }
    }
}

/// What `remind` did.
#[derive(Debug, Clone, Serialize)]
pub struct Reminders {
    /// The day.
    pub today: NaiveDate,
    /// Nothing was written: these are what a run would write.
    pub dry_run: bool,
    /// The reminders recorded, by card, in the order of escalation.
    pub reminders: Vec<Reminder>,
    /// Recipients reminded, by level.
    pub counts: Counts,
    /// Reminders recorded earlier today (by an earlier run), not repeated.
    pub earlier_today: usize,
    /// Cards past their control date that got no reminder to the head
    /// because `people.toml` names none.
    pub no_head: Vec<String>,
    /// Things to follow up.
    #[serde(skip)]
    pub warnings: Vec<Warning>,
}

/// What the scan finds on one card.
struct Found {
    year: i32,
    number: u32,
    name: String,
    dues: Vec<Due>,
}

/// Writes and records every reminder due on `who.today`.
pub fn remind(
    reg: &Register,
    req: &Request,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Reminders> {
    if let Some(dir) = req.outbox {
        store::outside::check_dir(dir).map_err(RequestError::Outbox)?;
    }
    let today = who.today;
    // Working days are counted from today: the calendar must cover it.
    reg.calendar
        .is_working_day(today)
        .map_err(|source| Error::DeadlineCalendar { card: None, source })?;
    let rule = &reg.settings.remind;
    let head = reg.roster.heads.first().map(|h| h.id.as_str());
    // The lock is held from the scan to the last card written, so that
    // what was found due is what is written.
    let _lock = if req.dry_run {
        None
    } else {
        Some(reg.store.lock(on_wait)?)
    };
    // Only the cards awaiting a reply, and those reminded today or later
    // (counted among today's reminders), are read.
    let wanted = |s: &Summary| s.status.awaits_reply() || s.reminded >= Some(today);
    let (mut found, earlier_today) = scan::fold(
        &reg.store,
        Some(&wanted),
        || (Vec::new(), 0usize),
        |acc: &mut (Vec<Found>, usize), c: Lean| {
            acc.1 += c.reminders.iter().filter(|r| r.at == today).count();
            if !c.status.awaits_reply() {
                return Ok(());
            }
            let dues = due(&Watch::of(&c), rule, head, &reg.calendar, today).map_err(|source| {
                Error::DeadlineCalendar {
                    card: Some(c.full_name()),
                    source,
                }
            })?;
            if !dues.is_empty() {
                acc.0.push(Found {
                    year: c.year,
                    number: c.number,
                    name: c.full_name(),
                    dues,
                });
            }
            Ok(())
        },
        |mut a, b| {
            a.0.extend(b.0);
            a.1 += b.1;
            a
        },
    )?;
    found.sort_by_key(|f| (f.year, f.number));

    // Everything is read, checked and written out in memory before the
    // first file is written: a refused run writes nothing.
    let mut no_head = Vec::new();
    let mut warnings = Vec::new();
    let mut no_email = BTreeSet::new();
    let mut plans = Vec::new();
    for f in found {
        let mut dues = Vec::new();
        for d in f.dues {
            if d.to.is_empty() {
                no_head.push(f.name.clone());
            } else {
                dues.push(d);
            }
        }
        if dues.is_empty() {
            continue;
        }
        let Some(card) = reg.store.read_card(f.year, f.number)? else {
            continue;
        };
        card.next_status(Action::Remind, today)?;
        let mut planned = Vec::new();
        for d in dues {
            let mut letters = Vec::new();
            for id in &d.to {
                if d.level == Level::Executor
                    && reg
                        .roster
                        .executor(id)
                        .and_then(|e| e.email.as_ref())
                        .is_none()
                    && no_email.insert(id.clone())
                {
                    warnings.push(Warning::NoEmail {
                        executor: id.clone(),
                    });
                }
                if let Some(dir) = req.outbox {
                    let file = dir.join(format!(
                        "{}-{:06}-remind-{}-{id}.txt",
                        card.year, card.number, d.level
                    ));
                    let text = letter(reg, &card, &d, id, today).map_err(Error::StepCalendar)?;
                    letters.push((file, text));
                }
            }
            planned.push((d, letters));
        }
        plans.push((card, planned));
    }
    if !no_head.is_empty() {
        warnings.push(Warning::NoHead {
            cards: no_head.clone(),
        });
    }

    let mut reminders = Vec::new();
    let mut counts = Counts::default();
    for (mut card, planned) in plans {
        if !req.dry_run {
            // The letters first, then the card that records them: a run
            // killed in between writes the same letters again, no more.
            for (file, text) in planned.iter().flat_map(|(_, l)| l) {
                store::outside::write_file(file, text.as_bytes())?;
            }
            for (d, _) in &planned {
                let step = Step::Remind {
                    level: d.level,
                    due: d.due,
                    to: d.to.clone(),
                };
                card.apply(step, who)?;
            }
            reg.store.write_card(&card)?;
        }
        for (d, letters) in planned {
            counts.add(d.level, d.to.len());
            reminders.push(Reminder {
                card: card.full_name(),
                level: d.level,
                due: d.due,
                to: d.to,
                files: letters.into_iter().map(|(f, _)| f).collect(),
            });
        }
    }
    Ok(Reminders {
        today,
        dry_run: req.dry_run,
        reminders,
        counts,
        earlier_today,
        no_head,
        warnings,
    })
}

/// The letter of a reminder at `d`'s level to `to`. It names the appeal
/// and its dates, never the applicant (law art. 10: the recipients have
/// the appeal from its dispatch).
pub(crate) fn letter(
    reg: &Register,
    card: &Card,
    d: &Due,
    to: &str,
    today: NaiveDate,
) -> Result<String, CalendarError> {
    let cal = &reg.calendar;
    let person = |id: &str| match reg.roster.name_of(id) {
        Some(n) => format!("{n} ({id})"),
        None => id.to_string(),
    };
    let position = reg
        .roster
        .coordinator(to)
        .map(|c| c.position.as_str())
        .or_else(|| reg.roster.head(to).map(|h| h.position.as_str()));
    let mut out = vec![
        reg.settings.council.clone(),
        reg.settings.department.clone(),
        String::new(),
    ];
    out.push(match d.level {
        Level::Executor => format!("НАГАДУВАННЯ ПРО ТЕРМІН РОЗГЛЯДУ ЗВЕРНЕННЯ: {}", person(to)),
        Level::Coordinator => format!(
            "НАГАДУВАННЯ КООРДИНАТОРУ: ВИКОНАВЕЦЬ НЕ НАДАВ ВІДПОВІДЬ У ТЕРМІН: {}",
            person(to)
        ),
        Level::Head => format!(
            "ПОВІДОМЛЕННЯ КЕРІВНИКУ: КОНТРОЛЬНИЙ ТЕРМІН РОЗГЛЯДУ ЗВЕРНЕННЯ МИНУВ: {}",
            person(to)
        ),
    });
    if let Some(p) = position {
        out.push(p.to_string());
    }
    out.push(format!("Дата нагадування: {}", date_uk(today)));
    out.push(String::new());
    out.extend(crate::ops::steps::dispatch::appeal_lines(reg, card));
    out.push(String::new());
    if let Some(r) = &card.resolution {
        out.push(format!(
            "Резолюція від {}: {}",
            date_uk(r.date),
            person(&r.coordinator)
        ));
        out.push(format!(
            "Виконавці: {}",
            r.executors
                .iter()
                .map(|e| person(e))
                .collect::<Vec<_>>()
                .join("; ")
        ));
    }
    if let Some(x) = &card.dispatch {
        out.push(format!("Направлено виконавцям: {}", date_uk(x.date)));
    }
    out.push(format!("Стан: {}", card.status.label()));
    out.push(String::new());
    // «(сьогодні)», or how many working days are left.
    let ahead = |date: NaiveDate| -> Result<String, CalendarError> {
        Ok(if date == today {
            "сьогодні".to_string()
        } else {
            format!(
                "залишилось робочих днів: {}",
                cal.working_days_after(today, date)?
            )
        })
    };
    let behind = |date: NaiveDate| cal.working_days_after(date, today);
    match d.level {
        Level::Executor => {
            out.push(format!(
                "Термін для виконавця: {} ({})",
                date_uk(d.due),
                ahead(d.due)?
            ));
            out.push(format!(
                "Контрольний термін: {}",
                date_uk(card.term.control_date)
            ));
            out.push(String::new());
            out.push(format!(
                "Нагадуємо: не пізніше ніж за {} робочий день до контрольного терміну (п. 7 порядку) \
                 надати адміністратору в електронному вигляді та на папері проєкт відповіді заявнику \
                 та контакт-центру (за шаблоном контакт-центру), картку оцінки якості розгляду \
                 звернення, інформацію для координатора про результати розгляду.",
                reg.settings.terms.executor_lead
            ));
        }
        Level::Coordinator => {
            out.push(format!(
                "Термін для виконавця: {} — минув, відповіді немає (прострочено робочих днів: {})",
                date_uk(d.due),
                behind(d.due)?
            ));
            let control = card.term.control_date;
            if control >= today {
                out.push(format!(
                    "Контрольний термін: {} ({})",
                    date_uk(control),
                    ahead(control)?
                ));
            } else {
                out.push(format!(
                    "Контрольний термін: {} — минув (прострочено робочих днів: {})",
                    date_uk(control),
                    behind(control)?
                ));
            }
            out.push(String::new());
            out.push(
                "Просимо вжити заходів, щоб виконавець надав відповідь до контрольного терміну \
                 (п. 7, 8.4 порядку)."
                    .into(),
            );
        }
        Level::Head => {
            out.push(format!(
                "Контрольний термін: {} — минув, звернення не розглянуто (прострочено робочих днів: {})",
                date_uk(d.due),
                behind(d.due)?
            ));
            out.push(String::new());
            out.push(
                "Звернення залишається на контролі. Просимо вжити заходів щодо його розгляду \
                 (ст. 20 Закону України «Про звернення громадян»)."
                    .into(),
            );
        }
    }
    let mut text = out.join("\n");
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    /// 2015's calendar (July has no holidays).
    fn calendar() -> Calendar {
        Calendar::generate(2015, 2015)
    }

    fn executors() -> Vec<String> {
        vec!["dzhkg".into(), "soc".into()]
    }

    /// A dispatched card: executor's due date Wednesday 22.07.2015,
    /// control date Thursday 23.07.2015, coordinator maslenkov.
    fn watch<'a>(executors: &'a [String], reminded: &'a [LeanReminder]) -> Watch<'a> {
        Watch {
            status: Status::Dispatched,
            answered: false,
            executor_due: d("2015-07-22"),
            control_date: d("2015-07-23"),
            coordinator: Some("maslenkov"),
            executors,
            reminded,
        }
    }

    fn reminded(at: &str, level: Level, due: &str, to: &[&str]) -> LeanReminder {
        LeanReminder {
            at: d(at),
            level,
            due: d(due),
            to: to.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// The reminders due on `today`, as `level to,to due` strings.
    #[track_caller]
    fn check(w: Watch, rule: &Rule, head: Option<&str>, today: &str, expected: &[&str]) {
        let got: Vec<String> = due(&w, rule, head, &calendar(), d(today))
            .expect("in the calendar")
            .iter()
            .map(|x| format!("{} {} {}", x.level, x.to.join(","), x.due))
            .collect();
        assert_eq!(got, expected, "on {today}");
    }

    #[test]
    fn the_executor_n_working_days_before_its_date() {
        let ex = executors();
        let rule = Rule::default();
        let w = watch(&ex, &[]);
        // Two working days before Wednesday is Monday; the weekend before
        // is three.
        check(w, &rule, Some("holova"), "2015-07-17", &[]);
        check(w, &rule, Some("holova"), "2015-07-18", &[]);
        check(w, &rule, Some("holova"), "2015-07-19", &[]);
        check(
            w,
            &rule,
            Some("holova"),
            "2015-07-20",
            &["executor dzhkg,soc 2015-07-22"],
        );
        check(
            w,
            &rule,
            Some("holova"),
            "2015-07-22",
            &["executor dzhkg,soc 2015-07-22"],
        );
        let one = Rule {
            executor_before: 1,
            ..Rule::default()
        };
        check(w, &one, Some("holova"), "2015-07-20", &[]);
        check(
            w,
            &one,
            Some("holova"),
            "2015-07-21",
            &["executor dzhkg,soc 2015-07-22"],
        );
        let zero = Rule {
            executor_before: 0,
            ..Rule::default()
        };
        check(w, &zero, Some("holova"), "2015-07-21", &[]);
        check(
            w,
            &zero,
            Some("holova"),
            "2015-07-22",
            &["executor dzhkg,soc 2015-07-22"],
        );
    }

    #[test]
    fn the_coordinator_after_the_executors_date_the_head_after_the_control_date() {
        let ex = executors();
        let rule = Rule::default();
        let w = watch(&ex, &[]);
        check(
            w,
            &rule,
            Some("holova"),
            "2015-07-23",
            &["coordinator maslenkov 2015-07-22"],
        );
        check(
            w,
            &rule,
            Some("holova"),
            "2015-07-24",
            &["coordinator maslenkov 2015-07-22", "head holova 2015-07-23"],
        );
        // No head in the roster: the head is due, with nobody to write to.
        check(
            w,
            &rule,
            None,
            "2015-07-24",
            &["coordinator maslenkov 2015-07-22", "head  2015-07-23"],
        );
        // Before the resolution there is no coordinator to remind.
        let none = Watch {
            status: Status::Registered,
            coordinator: None,
            executors: &[],
            ..w
        };
        check(none, &rule, Some("holova"), "2015-07-23", &[]);
        check(
            none,
            &rule,
            Some("holova"),
            "2015-07-24",
            &["head holova 2015-07-23"],
        );
    }

    #[test]
    fn once_per_level_and_date() {
        let ex = executors();
        let rule = Rule::default();
        let both = [reminded(
            "2015-07-20",
            Level::Executor,
            "2015-07-22",
            &["dzhkg", "soc"],
        )];
        check(watch(&ex, &both), &rule, Some("holova"), "2015-07-21", &[]);
        // An executor added since is reminded; the one reminded is not.
        let one = [reminded(
            "2015-07-20",
            Level::Executor,
            "2015-07-22",
            &["dzhkg"],
        )];
        check(
            watch(&ex, &one),
            &rule,
            Some("holova"),
            "2015-07-21",
            &["executor soc 2015-07-22"],
        );
        // A reminder of another date (before an extension) is no reminder
        // of this one.
        let old = [
            reminded(
                "2015-07-10",
                Level::Executor,
                "2015-07-13",
                &["dzhkg", "soc"],
            ),
            reminded(
                "2015-07-14",
                Level::Coordinator,
                "2015-07-13",
                &["maslenkov"],
            ),
        ];
        check(
            watch(&ex, &old),
            &rule,
            Some("holova"),
            "2015-07-20",
            &["executor dzhkg,soc 2015-07-22"],
        );
        check(
            watch(&ex, &old),
            &rule,
            Some("holova"),
            "2015-07-23",
            &["coordinator maslenkov 2015-07-22"],
        );
        let done = [
            reminded(
                "2015-07-23",
                Level::Coordinator,
                "2015-07-22",
                &["maslenkov"],
            ),
            reminded("2015-07-24", Level::Head, "2015-07-23", &["holova"]),
        ];
        check(watch(&ex, &done), &rule, Some("holova"), "2015-07-27", &[]);
        // The head was reminded, then left the roster: still reminded.
        check(watch(&ex, &done), &rule, None, "2015-07-27", &[]);
    }

    #[test]
    fn an_answer_a_card_off_control_and_levels_turned_off() {
        let ex = executors();
        let rule = Rule::default();
        let answered = Watch {
            status: Status::Answered,
            answered: true,
            ..watch(&ex, &[])
        };
        check(answered, &rule, Some("holova"), "2015-07-21", &[]);
        check(answered, &rule, Some("holova"), "2015-07-23", &[]);
        check(
            answered,
            &rule,
            Some("holova"),
            "2015-07-24",
            &["head holova 2015-07-23"],
        );
        for status in [Status::Sent, Status::Closed] {
            let off = Watch {
                status,
                ..watch(&ex, &[])
            };
            check(off, &rule, Some("holova"), "2015-07-24", &[]);
        }
        // Resolved (another executor named) but not dispatched again: no
        // executor to remind before the date, the coordinator after it.
        let resolved = Watch {
            status: Status::Resolved,
            ..watch(&ex, &[])
        };
        check(resolved, &rule, Some("holova"), "2015-07-21", &[]);
        check(
            resolved,
            &rule,
            Some("holova"),
            "2015-07-23",
            &["coordinator maslenkov 2015-07-22"],
        );
        let head_only = Rule {
            levels: vec![Level::Head],
            ..Rule::default()
        };
        check(
            watch(&ex, &[]),
            &head_only,
            Some("holova"),
            "2015-07-21",
            &[],
        );
        check(
            watch(&ex, &[]),
            &head_only,
            Some("holova"),
            "2015-07-23",
            &[],
        );
        check(
            watch(&ex, &[]),
            &head_only,
            Some("holova"),
            "2015-07-24",
            &["head holova 2015-07-23"],
        );
        let off = Rule {
            levels: Vec::new(),
            ..Rule::default()
        };
        check(watch(&ex, &[]), &off, Some("holova"), "2015-07-24", &[]);
    }

    #[test]
    fn settings_problems() {
        assert_eq!(Rule::default().problem(), None);
        let far = Rule {
            executor_before: 21,
            ..Rule::default()
        };
        assert_eq!(
            far.problem().as_deref(),
            Some("remind.executor_before = 21 must be at most 20 working days")
        );
        let twice = Rule {
            levels: vec![Level::Head, Level::Executor, Level::Head],
            ..Rule::default()
        };
        assert_eq!(
            twice.problem().as_deref(),
            Some("remind.levels names \"head\" twice")
        );
    }
}
