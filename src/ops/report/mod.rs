//! The monitoring report (SPEC §8; the order's point 8.4; resolution № 858,
//! point 3): appeals received in a period, counted by the Classifier's
//! characteristics, by executor and coordinator, and by result; and the
//! statistical form councils file quarterly ([`statistical`]).
//!
//! Cards are streamed into counts ([`scan`]), never held in memory. Several
//! registers are added up when they classify by the same Classifier edition.
//! No personal data enters a report.
//!
//! # The JSON contract (`appeals report --format json`)
//!
//! Scripts may rely on these names; new keys may be added, none renamed.
//!
//! - `period`: `from`, `to` (dates, inclusive): appeals *received* then.
//! - `as_of`: the day the report was drawn up; "open" and "overdue" are as of it.
//! - `registers`: one object per register: `council`, `department`, `edition`.
//! - `totals`: `received`, `closed` (taken off control), `open`, `overdue`
//!   (open, control date passed; a card extended after its control date had
//!   passed stays overdue), `answered_on_time`, `answered_late`
//!   (the executor's package after the executor's due date),
//!   `answered_after_control` (the reply sent to the applicant — mailed, or
//!   sent to the contact centre when there is no address — after the
//!   control date in force: extensions made in time move it, a late one
//!   doesn't; [`crate::terms::control_in_force`]), `repeated` (2.2),
//!   `multiple` (2.4), `duplicate` (2.3), `mass` (2.5), `collective` (5.2),
//!   `anonymous` (5.3), `questions` (topics raised, an appeal may raise
//!   several), `positive_share` (9.1 among closed; `null` when none closed),
//!   `quality_avg` (average score 1–5 of the quality cards), `satisfied_share`
//!   (applicants satisfied among answered), `answer_days_avg` (working days
//!   from receipt to the executor's package), `reworks` (packages returned
//!   to the executors for rework), `confirmed_share` (applicants who
//!   confirmed the question resolved, among those the contact centre called
//!   back; `null` when none was called), `priority` (considered first, law
//!   art. 20: the applicant's category is in the register's `[priority]
//!   first`), `personal_by_head` (considered by the head personally, law
//!   arts. 14–15: `[priority] personal_by_head`); a card may count in both.
//! - `by_form`, `by_sign`, `by_kind`, `by_gender`, `by_subject`, `by_type`,
//!   `by_category`, `by_social_status`, `by_topic`: the Classifier's sections
//!   1–8 and Part II, rows `{code, name, count, share}` in the Classifier's
//!   order, only codes that occur; `code` is `null` for "not stated". `share`
//!   is `count / totals.received` (a fraction, 4 decimals). The rows of each
//!   single-valued section add up to `totals.received`; `by_category` and
//!   `by_topic` count every category or topic a card names (plus one `null`
//!   row for cards with none), so their rows add up to at least
//!   `totals.received`, and `by_topic` to `totals.questions` plus the `null` row.
//! - `by_executor` (by the lead executor, the first in the resolution) and
//!   `by_coordinator` (by the resolution's coordinator): rows `{rank, id,
//!   name, received, answered_on_time, answered_late,
//!   answered_after_control, open, open_overdue,
//!   results, quality_avg, satisfied_share, answer_days_avg, reworks,
//!   confirmed_share}`; `results` maps
//!   Classifier 9.x codes to counts (the final result, else the executor's
//!   proposed one). Ranked worst first (`rank` 1): most open-and-overdue plus
//!   late answers, then most open-and-overdue, then the lowest share answered
//!   on time, then the lowest quality score. The last row, `id` `null` and no
//!   `rank`, counts cards without a resolution. `received` adds up to
//!   `totals.received`. With several registers an id is `<register>:<id>`.
//! - `by_result`: cards taken off control by result of consideration (section
//!   9), rows `{code, name, count, share}`, `share = count / totals.closed`; a
//!   `null` code counts cards closed without a result. Rows add up to
//!   `totals.closed`.
//!
//! The statistical form (`--form statistical`, the default with `--quarter`)
//! is an object with `period`, `previous` (the same period a year earlier),
//! `as_of`, `registers` and `blocks`: `{number, title, rows}`, each row
//! `{key, name, items, previous, current}`, `items` the Classifier items the
//! row counts.

mod aggregate;
pub mod html;
pub(crate) mod scan;
pub mod statistical;
pub mod tabular;
pub mod xlsx;

use crate::classifier::{Classifier, SectionKey};
use crate::error::{ReportError, Result};
use crate::model::codes::{self, Sign, Subject};
use crate::model::status::Status;
use crate::model::view::{Lean, Summary, Unread};
use crate::store::Register;
use aggregate::{Acc, Context, Counter, Person, PersonKey};
use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;
use std::collections::BTreeMap;

/// A period of receipt, both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
}

impl Period {
    /// A calendar month written `YYYY-MM`.
    pub fn month(text: &str, today: NaiveDate) -> Result<Period> {
        let from =
            crate::model::dates::parse_month(text, today).ok_or_else(|| ReportError::BadMonth {
                text: text.to_string(),
            })?;
        Ok(Period {
            from,
            to: last_of_month(from),
        })
    }

    /// The month a day falls in.
    pub fn month_of(d: NaiveDate) -> Period {
        let from = d.with_day(1).unwrap_or(d);
        Period {
            from,
            to: last_of_month(from),
        }
    }

    /// A quarter written `YYYY-Q`, `YYYY-QN` or `YYYYQN` (`2015-2`, `2015-Q2`).
    pub fn quarter(text: &str) -> Result<Period> {
        let bad = || ReportError::BadQuarter {
            text: text.to_string(),
        };
        let t = text.trim().to_uppercase();
        let (y, q) = match t.split_once('-') {
            Some((y, q)) => (y.to_string(), q.trim_start_matches('Q').to_string()),
            None => match t.split_once('Q') {
                Some((y, q)) => (y.to_string(), q.to_string()),
                None => return Err(bad().into()),
            },
        };
        let y: i32 = y.parse().map_err(|_| bad())?;
        let q: u32 = q.parse().map_err(|_| bad())?;
        if !(1..=4).contains(&q) {
            return Err(bad().into());
        }
        let from = NaiveDate::from_ymd_opt(y, (q - 1) * 3 + 1, 1).ok_or_else(bad)?;
        let last = from.checked_add_months(Months::new(2)).ok_or_else(bad)?;
        Ok(Period {
            from,
            to: last_of_month(last),
        })
    }

    /// An explicit range; `to` must not be before `from`.
    pub fn range(from: NaiveDate, to: NaiveDate) -> Result<Period> {
        if to < from {
            return Err(ReportError::ToBeforeFrom {
                from,
                to,
                flags: ("--from", "--to"),
            }
            .into());
        }
        Ok(Period { from, to })
    }

    /// The same period a year earlier (29 February becomes the 28th).
    pub fn previous_year(&self) -> Period {
        let back = |d: NaiveDate| d.checked_sub_months(Months::new(12)).unwrap_or(d);
        Period {
            from: back(self.from),
            to: back(self.to),
        }
    }

    /// Whether a day is in the period.
    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && d <= self.to
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} — {}", self.from, self.to)
    }
}

fn last_of_month(first: NaiveDate) -> NaiveDate {
    first
        .checked_add_months(Months::new(1))
        .and_then(|d| d.pred_opt())
        .unwrap_or(first)
}

/// A register reported on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegisterInfo {
    /// The council (`register.toml`).
    pub council: String,
    /// The department that keeps the register.
    pub department: String,
    /// The Classifier edition it classifies by.
    pub edition: String,
}

/// The headline numbers. See the module docs for each name.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Totals {
    /// Appeals received in the period.
    pub received: u64,
    /// Taken off control.
    pub closed: u64,
    /// Still on control.
    pub open: u64,
    /// On control, control date passed.
    pub overdue: u64,
    /// The executor's package by the executor's due date.
    pub answered_on_time: u64,
    /// The executor's package after it.
    pub answered_late: u64,
    /// Replies sent to the applicant after the control date in force.
    pub answered_after_control: u64,
    /// 2.2 Повторне.
    pub repeated: u64,
    /// 2.4 Неодноразове.
    pub multiple: u64,
    /// 2.3 Дублетне.
    pub duplicate: u64,
    /// 2.5 Масове.
    pub mass: u64,
    /// 5.2 Колективне.
    pub collective: u64,
    /// 5.3 Анонімне.
    pub anonymous: u64,
    /// Topics raised (questions).
    pub questions: u64,
    /// 9.1 among the closed.
    pub positive_share: Option<f64>,
    /// Average quality score.
    pub quality_avg: Option<f64>,
    /// Satisfied applicants among the answered.
    pub satisfied_share: Option<f64>,
    /// Average working days from receipt to the executor's package.
    pub answer_days_avg: Option<f64>,
    /// Packages the coordinators returned for rework (point 8.1).
    pub reworks: u64,
    /// Applicants who confirmed the question resolved, among those called back.
    pub confirmed_share: Option<f64>,
    /// Forwarded to the competent body (law art. 7).
    pub forwarded: u64,
    /// Returned to the applicant (law arts. 5, 7).
    pub returned: u64,
    /// Not considered (law arts. 8, 17).
    pub declined: u64,
    /// Closed as another card's duplicate.
    pub closed_as_duplicate: u64,
    /// Forwarded or returned after art. 7's five days.
    pub exits_late: u64,
    /// Considered first (law art. 20).
    pub priority: u64,
    /// Considered by the head personally (law arts. 14–15).
    pub personal_by_head: u64,
}

/// A row of a Classifier section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CodeRow {
    /// The Classifier code; `null` for "not stated".
    pub code: Option<String>,
    /// Its Ukrainian name, as the Classifier gives it.
    pub name: String,
    /// Appeals.
    pub count: u64,
    /// `count` over the section's base (received, or closed for results).
    pub share: f64,
    /// Whether the Classifier's code or name is not confirmed by two
    /// independent sources (human outputs mark it `*`; not in the JSON).
    #[serde(skip)]
    pub uncertain: bool,
}

/// A row of the executors' or coordinators' ranking.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonRow {
    /// 1 is the worst; `null` for the row of cards without a resolution.
    pub rank: Option<u32>,
    /// The id in `people.toml` (`register:id` across registers); `null` for no resolution.
    pub id: Option<String>,
    /// The name in `people.toml`.
    pub name: String,
    /// Appeals received.
    pub received: u64,
    /// Answered by the executor's due date.
    pub answered_on_time: u64,
    /// Answered after it.
    pub answered_late: u64,
    /// Replies sent to the applicant after the control date in force.
    pub answered_after_control: u64,
    /// Still on control.
    pub open: u64,
    /// On control with the control date passed.
    pub open_overdue: u64,
    /// On control without the executor's answer (not in the JSON: the
    /// timeliness chart's parts).
    #[serde(skip)]
    pub pending: u64,
    /// Of those, the control date passed (not in the JSON).
    #[serde(skip)]
    pub pending_overdue: u64,
    /// Results of consideration, 9.x → count.
    pub results: BTreeMap<String, u64>,
    /// Average quality score.
    pub quality_avg: Option<f64>,
    /// Satisfied applicants among the answered.
    pub satisfied_share: Option<f64>,
    /// Average working days from receipt to the answer.
    pub answer_days_avg: Option<f64>,
    /// Packages returned for rework.
    pub reworks: u64,
    /// Applicants who confirmed the question resolved, among those called back.
    pub confirmed_share: Option<f64>,
}

/// The monitoring report; see the module docs for the JSON names.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Appeals received in this period.
    pub period: Period,
    /// Drawn up on this day.
    pub as_of: NaiveDate,
    /// The registers added up.
    pub registers: Vec<RegisterInfo>,
    /// Headline numbers.
    pub totals: Totals,
    /// 1. За формою надходження.
    pub by_form: Vec<CodeRow>,
    /// 2. За ознакою надходження.
    pub by_sign: Vec<CodeRow>,
    /// 3. За видами.
    pub by_kind: Vec<CodeRow>,
    /// 4. За статтю авторів звернень.
    pub by_gender: Vec<CodeRow>,
    /// 5. За суб'єктом.
    pub by_subject: Vec<CodeRow>,
    /// 6. За типом.
    pub by_type: Vec<CodeRow>,
    /// 7. За категоріями авторів звернень.
    pub by_category: Vec<CodeRow>,
    /// 8. За соціальним станом авторів звернень.
    pub by_social_status: Vec<CodeRow>,
    /// ІІ. Тематика звернень.
    pub by_topic: Vec<CodeRow>,
    /// Executors, worst first.
    pub by_executor: Vec<PersonRow>,
    /// Coordinators, worst first.
    pub by_coordinator: Vec<PersonRow>,
    /// 9. Результати розгляду, over the closed.
    pub by_result: Vec<CodeRow>,
}

impl Report {
    /// The Classifier sections 1–8 and Part II, with their rows, in order.
    pub fn characteristics(&self) -> [(SectionKey, &[CodeRow]); 9] {
        [
            (SectionKey::Form, &self.by_form),
            (SectionKey::Sign, &self.by_sign),
            (SectionKey::Kind, &self.by_kind),
            (SectionKey::Gender, &self.by_gender),
            (SectionKey::Subject, &self.by_subject),
            (SectionKey::Type, &self.by_type),
            (SectionKey::Category, &self.by_category),
            (SectionKey::SocialStatus, &self.by_social_status),
            (SectionKey::Topic, &self.by_topic),
        ]
    }
}

/// What a report is drawn up for.
#[derive(Debug, Clone)]
pub struct Options {
    /// Appeals received in this period.
    pub period: Period,
    /// The day it is drawn up: "open" and "overdue" are as of it.
    pub today: NaiveDate,
    /// Add up registers of different Classifier editions (codes as they are,
    /// names from the first register's edition).
    pub mixed_editions: bool,
}

/// Refuses to add up registers of different Classifier editions unless
/// asked to: the same code may not mean the same thing in both.
pub fn check_editions(regs: &[Register], mixed: bool) -> Result<()> {
    let Some(first) = regs.first() else {
        return Err(ReportError::NoRegister.into());
    };
    let differ = regs
        .iter()
        .any(|r| r.classifier.edition != first.classifier.edition);
    if differ && !mixed {
        let list: Vec<String> = regs
            .iter()
            .map(|r| {
                format!(
                    "{} (edition {})",
                    r.store.root().display(),
                    r.classifier.edition
                )
            })
            .collect();
        return Err(ReportError::EditionsDiffer { registers: list }.into());
    }
    Ok(())
}

/// The registers' descriptions.
pub fn register_infos(regs: &[Register]) -> Vec<RegisterInfo> {
    regs.iter()
        .map(|r| RegisterInfo {
            council: r.settings.council.clone(),
            department: r.settings.department.clone(),
            edition: r.classifier.edition.clone(),
        })
        .collect()
}

/// Short names of the registers for ids across registers: the directory
/// name, or its position when two directories share a name.
fn register_labels(regs: &[Register]) -> Vec<String> {
    let names: Vec<String> = regs
        .iter()
        .map(|r| {
            r.store
                .root()
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| r.settings.council.clone())
        })
        .collect();
    names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            if names.iter().filter(|m| *m == n).count() > 1 {
                format!("{n}#{}", i + 1)
            } else {
                n.clone()
            }
        })
        .collect()
}

/// Counts every register's cards received in each of `periods`, in one
/// pass over the cards.
pub(crate) fn collect(regs: &[Register], periods: &[Period], today: NaiveDate) -> Result<Vec<Acc>> {
    use rayon::prelude::*;
    let groups = statistical::category_groups();
    // The registers side by side (an oblast's 30 share the machine's cores
    // as one register's cards do), then added up in their order.
    let each: Vec<Vec<Acc>> = regs
        .par_iter()
        .enumerate()
        .map(|(i, reg)| {
            let priority = reg.priority();
            let cx = Context {
                register: i,
                today,
                calendar: &reg.calendar,
                terms: &reg.settings.terms,
                category_groups: &groups,
                priority: &priority,
            };
            // Only the cards received in a period are read.
            scan::fold(
                &reg.store,
                Some(&|s: &Summary| periods.iter().any(|p| p.contains(s.received))),
                || vec![Acc::default(); periods.len()],
                |accs: &mut Vec<Acc>, c: Lean<Unread>| {
                    for (p, acc) in periods.iter().zip(accs.iter_mut()) {
                        if p.contains(c.received) {
                            acc.add(&c, &cx);
                        }
                    }
                    Ok(())
                },
                |a, b| a.into_iter().zip(b).map(|(x, y)| x.merge(y)).collect(),
            )
        })
        .collect::<Result<_>>()?;
    let mut total: Vec<Acc> = vec![Acc::default(); periods.len()];
    for accs in each {
        total = total
            .into_iter()
            .zip(accs)
            .map(|(x, y)| x.merge(y))
            .collect();
    }
    Ok(total)
}

/// Draws up the monitoring report.
pub fn monitoring(regs: &[Register], opts: &Options) -> Result<Report> {
    check_editions(regs, opts.mixed_editions)?;
    let acc = collect(regs, &[opts.period], opts.today)?
        .pop()
        .unwrap_or_default();
    Ok(assemble(regs, opts, &acc))
}

fn ratio(n: u64, d: u64) -> Option<f64> {
    (d > 0).then(|| round(n as f64 / d as f64, 4))
}

fn round(x: f64, places: i32) -> f64 {
    let k = 10f64.powi(places);
    (x * k).round() / k
}

fn share(n: u64, d: u64) -> f64 {
    ratio(n, d).unwrap_or(0.0)
}

fn avg(sum: f64, n: u64) -> Option<f64> {
    (n > 0).then(|| round(sum / n as f64, 2))
}

/// What follows the id of a person people.toml doesn't have, in the JSON
/// (the tables say it in the run's language).
pub const NOT_IN_PEOPLE: &str = " (немає в people.toml)";

/// What stands for a code the register's Classifier does not know.
pub const UNKNOWN_CODE: &str = "(немає в класифікаторі)";

/// The rows of one section: Classifier order, then unknown codes, then "not stated".
fn code_rows(
    k: &Classifier,
    key: SectionKey,
    counter: &Counter,
    base: u64,
    none_label: &str,
) -> Vec<CodeRow> {
    let mut known: BTreeMap<String, u64> = BTreeMap::new();
    let mut unknown: BTreeMap<String, u64> = BTreeMap::new();
    let mut none = 0;
    for (code, n) in counter {
        match code {
            Some(code) => match k.entry(key, code) {
                Ok(e) => *known.entry(e.code.clone()).or_default() += n,
                Err(_) => *unknown.entry(code.clone()).or_default() += n,
            },
            None => none += n,
        }
    }
    let mut rows: Vec<CodeRow> = k
        .codes(key)
        .filter_map(|e| {
            known.get(&e.code).map(|&n| CodeRow {
                code: Some(e.code.clone()),
                name: e.display_name(),
                count: n,
                share: share(n, base),
                uncertain: e.status != crate::classifier::Provenance::Confirmed,
            })
        })
        .collect();
    rows.extend(unknown.into_iter().map(|(code, n)| CodeRow {
        code: Some(code),
        name: UNKNOWN_CODE.to_string(),
        count: n,
        share: share(n, base),
        uncertain: false,
    }));
    if none > 0 {
        rows.push(CodeRow {
            code: None,
            name: none_label.to_string(),
            count: none,
            share: share(none, base),
            uncertain: false,
        });
    }
    rows
}

/// Names the rows of executors or coordinators and ranks them, worst first.
fn person_rows(
    regs: &[Register],
    labels: &[String],
    people: &BTreeMap<PersonKey, Person>,
    none_label: &str,
) -> Vec<PersonRow> {
    let multi = regs.len() > 1;
    let row = |key: &PersonKey, p: &Person| {
        let (id, name) = match key {
            Some((i, id)) => {
                let name = regs
                    .get(*i)
                    .and_then(|r| r.roster.name_of(id))
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("{id}{NOT_IN_PEOPLE}"));
                let id = if multi {
                    format!("{}:{id}", labels.get(*i).map(String::as_str).unwrap_or("?"))
                } else {
                    id.clone()
                };
                (Some(id), name)
            }
            None => (None, none_label.to_string()),
        };
        PersonRow {
            rank: None,
            id,
            name,
            received: p.received,
            answered_on_time: p.answered_on_time,
            answered_late: p.answered_late,
            answered_after_control: p.answered_after_control,
            open: p.open,
            open_overdue: p.open_overdue,
            pending: p.pending,
            pending_overdue: p.pending_overdue,
            results: p.results.clone(),
            quality_avg: avg(p.quality_sum as f64, p.quality_n),
            satisfied_share: ratio(p.satisfied, p.satisfaction_n),
            answer_days_avg: avg(p.days_sum as f64, p.days_n),
            reworks: p.reworks,
            confirmed_share: ratio(p.confirmed, p.confirmations),
        }
    };
    let mut ranked: Vec<PersonRow> = people
        .iter()
        .filter(|(k, _)| k.is_some())
        .map(|(k, p)| row(k, p))
        .collect();
    ranked.sort_by(|a, b| {
        let trouble = |r: &PersonRow| r.open_overdue + r.answered_late;
        let on_time = |r: &PersonRow| {
            let answered = r.answered_on_time + r.answered_late;
            if answered == 0 {
                1.0
            } else {
                r.answered_on_time as f64 / answered as f64
            }
        };
        trouble(b)
            .cmp(&trouble(a))
            .then(b.open_overdue.cmp(&a.open_overdue))
            .then(on_time(a).total_cmp(&on_time(b)))
            .then(
                a.quality_avg
                    .unwrap_or(5.0)
                    .total_cmp(&b.quality_avg.unwrap_or(5.0)),
            )
            .then(a.id.cmp(&b.id))
    });
    for (i, r) in ranked.iter_mut().enumerate() {
        r.rank = Some(i as u32 + 1);
    }
    if let Some(p) = people.get(&None) {
        ranked.push(row(&None, p));
    }
    ranked
}

fn assemble(regs: &[Register], opts: &Options, acc: &Acc) -> Report {
    let k = &regs[0].classifier;
    let labels = register_labels(regs);
    let received = acc.all.received;
    let none = "не зазначено";
    let count = Acc::count;
    let totals = Totals {
        received,
        closed: acc.closed,
        open: acc.all.open,
        overdue: acc.all.open_overdue,
        answered_on_time: acc.all.answered_on_time,
        answered_late: acc.all.answered_late,
        answered_after_control: acc.all.answered_after_control,
        repeated: count(&acc.sign, Sign::Repeated.code()),
        multiple: count(&acc.sign, Sign::Multiple.code()),
        duplicate: count(&acc.sign, Sign::Duplicate.code()),
        mass: count(&acc.sign, Sign::Mass.code()),
        collective: count(&acc.subject, Subject::Collective.code()),
        anonymous: count(&acc.subject, Subject::Anonymous.code()),
        questions: acc.questions,
        positive_share: ratio(count(&acc.result, codes::RESOLVED_POSITIVELY), acc.closed),
        quality_avg: avg(acc.all.quality_sum as f64, acc.all.quality_n),
        satisfied_share: ratio(acc.all.satisfied, acc.all.satisfaction_n),
        answer_days_avg: avg(acc.all.days_sum as f64, acc.all.days_n),
        reworks: acc.all.reworks,
        confirmed_share: ratio(acc.all.confirmed, acc.all.confirmations),
        forwarded: acc.exit(Status::Forwarded),
        returned: acc.exit(Status::Returned),
        declined: acc.exit(Status::Declined),
        closed_as_duplicate: acc.exit(Status::Duplicate),
        exits_late: acc.exits_late,
        priority: acc.priority,
        personal_by_head: acc.personal_by_head,
    };
    let rows = |key, c: &Counter| code_rows(k, key, c, received, none);
    Report {
        period: opts.period,
        as_of: opts.today,
        registers: register_infos(regs),
        totals,
        by_form: rows(SectionKey::Form, &acc.form),
        by_sign: rows(SectionKey::Sign, &acc.sign),
        by_kind: rows(SectionKey::Kind, &acc.kind),
        by_gender: rows(SectionKey::Gender, &acc.gender),
        by_subject: rows(SectionKey::Subject, &acc.subject),
        by_type: rows(SectionKey::Type, &acc.type_),
        by_category: code_rows(
            k,
            SectionKey::Category,
            &acc.category,
            received,
            "без категорії",
        ),
        by_social_status: rows(SectionKey::SocialStatus, &acc.social_status),
        by_topic: rows(SectionKey::Topic, &acc.topic),
        by_executor: person_rows(
            regs,
            &labels,
            &acc.executors,
            "без резолюції (виконавця не визначено)",
        ),
        by_coordinator: person_rows(regs, &labels, &acc.coordinators, "без резолюції"),
        by_result: code_rows(
            k,
            SectionKey::Result,
            &acc.result,
            acc.closed,
            "результат не внесено",
        ),
    }
}

/// The headline numbers' names, in print order (their labels are in the
/// catalogue: [`tabular::total_label`]).
pub const TOTALS: [&str; 27] = [
    "received",
    "closed",
    "open",
    "overdue",
    "answered_on_time",
    "answered_late",
    "answered_after_control",
    "repeated",
    "multiple",
    "duplicate",
    "mass",
    "collective",
    "anonymous",
    "questions",
    "positive_share",
    "quality_avg",
    "satisfied_share",
    "answer_days_avg",
    "reworks",
    "confirmed_share",
    "forwarded",
    "returned",
    "declined",
    "closed_as_duplicate",
    "exits_late",
    "priority",
    "personal_by_head",
];

/// `9.1:3 9.3:1`.
pub fn results_text(results: &BTreeMap<String, u64>) -> String {
    results
        .iter()
        .map(|(k, v)| format!("{k}:{v}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[track_caller]
    fn check(p: Result<Period>, from: &str, to: &str) {
        let p = p.expect("valid period");
        assert_eq!((p.from, p.to), (d(from), d(to)));
    }

    #[test]
    fn periods() {
        check(
            Period::month("2015-06", d("2020-01-01")),
            "2015-06-01",
            "2015-06-30",
        );
        check(
            Period::month("2016-02", d("2020-01-01")),
            "2016-02-01",
            "2016-02-29",
        );
        check(
            Period::month("2015-12", d("2020-01-01")),
            "2015-12-01",
            "2015-12-31",
        );
        check(Period::quarter("2015-2"), "2015-04-01", "2015-06-30");
        check(Period::quarter("2015-Q4"), "2015-10-01", "2015-12-31");
        check(Period::quarter("2015q1"), "2015-01-01", "2015-03-31");
        assert!(Period::month("2015-13", d("2020-01-01")).is_err());
        assert!(Period::month("June", d("2020-01-01")).is_err());
        assert!(Period::quarter("2015-5").is_err());
        assert!(Period::range(d("2015-06-02"), d("2015-06-01")).is_err());
        let p = Period::month("2016-02", d("2020-01-01"))
            .unwrap()
            .previous_year();
        assert_eq!((p.from, p.to), (d("2015-02-01"), d("2015-02-28")));
    }
}
