//! The monitoring counts, accumulated card by card and merged across
//! threads and registers.

use crate::calendar::Calendar;
use crate::config::Terms;
use crate::model::card::Satisfied;
use crate::model::view::Lean;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Counts by code; `None` counts cards where the field is not filled.
pub(crate) type Counter = BTreeMap<Option<String>, u64>;

/// An executor or coordinator: `(register number, id)`.
pub(crate) type PersonKey = Option<(usize, String)>;

/// The measures of one executor or coordinator (and of all cards, for the totals).
#[derive(Debug, Clone, Default)]
pub(crate) struct Person {
    pub received: u64,
    pub answered_on_time: u64,
    pub answered_late: u64,
    /// Replies sent to the applicant after the control date in force (law
    /// art. 20; a late extension doesn't move it).
    pub answered_after_control: u64,
    pub open: u64,
    pub open_overdue: u64,
    /// On control without the executor's answer.
    pub pending: u64,
    /// Of those, the control date passed.
    pub pending_overdue: u64,
    pub results: BTreeMap<String, u64>,
    pub quality_sum: u64,
    pub quality_n: u64,
    pub satisfied: u64,
    pub satisfaction_n: u64,
    pub days_sum: i64,
    pub days_n: u64,
    /// Packages returned for rework (point 8.1).
    pub reworks: u64,
    /// Call-backs where the applicant confirmed the question resolved.
    pub confirmed: u64,
    /// Call-backs recorded.
    pub confirmations: u64,
}

impl Person {
    /// Counts one card, judged by the control date `judged` (the control
    /// date in force: `crate::terms::control_in_force`).
    fn add<H>(&mut self, c: &Lean<H>, judged: NaiveDate, today: NaiveDate, cal: &Calendar) {
        self.received += 1;
        if c.sent.as_ref().is_some_and(|s| s.replied() > judged) {
            self.answered_after_control += 1;
        }
        if let Some(a) = &c.answer {
            if a.late {
                self.answered_late += 1;
            } else {
                self.answered_on_time += 1;
            }
            if (1..=5).contains(&a.quality.score) {
                self.quality_sum += u64::from(a.quality.score);
                self.quality_n += 1;
            }
            self.satisfaction_n += 1;
            if a.quality.applicant_satisfied == Satisfied::Yes {
                self.satisfied += 1;
            }
            // A date outside the calendar is `check`'s to report; the
            // average is then taken over the cards that can be counted.
            if let Ok(days) = cal.working_days_after(c.received, a.date) {
                self.days_sum += days;
                self.days_n += 1;
            }
        }
        self.reworks += c.reworks.len() as u64;
        if let Some(x) = &c.confirmation {
            self.confirmations += 1;
            if x.outcome == crate::model::card::Outcome::Confirmed {
                self.confirmed += 1;
            }
        }
        if c.status.is_open() {
            self.open += 1;
            // A card whose reply is out waits only to be taken off control.
            let overdue = c.status.awaits_reply() && judged < today;
            if overdue {
                self.open_overdue += 1;
            }
            if c.answer.is_none() {
                self.pending += 1;
                self.pending_overdue += u64::from(overdue);
            }
        }
        let result = c
            .result
            .as_deref()
            .or(c.answer.as_ref().map(|a| a.result.as_str()));
        if let Some(r) = result {
            *self.results.entry(r.to_string()).or_default() += 1;
        }
    }

    fn merge(&mut self, o: Person) {
        self.received += o.received;
        self.answered_on_time += o.answered_on_time;
        self.answered_late += o.answered_late;
        self.answered_after_control += o.answered_after_control;
        self.open += o.open;
        self.open_overdue += o.open_overdue;
        self.pending += o.pending;
        self.pending_overdue += o.pending_overdue;
        for (k, v) in o.results {
            *self.results.entry(k).or_default() += v;
        }
        self.quality_sum += o.quality_sum;
        self.quality_n += o.quality_n;
        self.satisfied += o.satisfied;
        self.satisfaction_n += o.satisfaction_n;
        self.days_sum += o.days_sum;
        self.days_n += o.days_n;
        self.reworks += o.reworks;
        self.confirmed += o.confirmed;
        self.confirmations += o.confirmations;
    }
}

/// Everything a report counts over the cards of one period.
#[derive(Debug, Clone, Default)]
pub(crate) struct Acc {
    /// All cards: the totals.
    pub all: Person,
    /// Cards taken off control after the reply.
    pub closed: u64,
    /// Cards gone by the Law's exits, by status (`forwarded`, `returned`,
    /// `declined`, `duplicate`), never counted as answered.
    pub exits: BTreeMap<crate::model::status::Status, u64>,
    /// Forwarded or returned after art. 7's five days.
    pub exits_late: u64,
    pub form: Counter,
    pub sign: Counter,
    pub kind: Counter,
    pub gender: Counter,
    pub subject: Counter,
    pub type_: Counter,
    /// Each category a card names counts once; `None` for cards with none.
    pub category: Counter,
    pub social_status: Counter,
    /// Each topic a card raises counts once.
    pub topic: Counter,
    /// Final results of the cards taken off control; `None` when not entered.
    pub result: Counter,
    /// Topics raised in all (questions).
    pub questions: u64,
    pub executors: BTreeMap<PersonKey, Person>,
    pub coordinators: BTreeMap<PersonKey, Person>,
    /// Cards naming any category of each group of the statistical form's block 3.
    pub category_groups: Vec<u64>,
    /// Considered first (law art. 20, the register's `[priority]`).
    pub priority: u64,
    /// Considered by the head personally (law arts. 14–15).
    pub personal_by_head: u64,
}

fn bump(c: &mut Counter, code: Option<&str>) {
    *c.entry(code.map(str::to_string)).or_default() += 1;
}

fn merge_counter(a: &mut Counter, b: Counter) {
    for (k, v) in b {
        *a.entry(k).or_default() += v;
    }
}

fn merge_people(a: &mut BTreeMap<PersonKey, Person>, b: BTreeMap<PersonKey, Person>) {
    for (k, v) in b {
        a.entry(k).or_default().merge(v);
    }
}

/// What a card is counted against.
pub(crate) struct Context<'a> {
    /// The register's position among those reported on.
    pub register: usize,
    /// The day the report is drawn up: "overdue" is as of then.
    pub today: NaiveDate,
    /// The register's calendar, for working days to answer.
    pub calendar: &'a Calendar,
    /// The register's terms, for the control date in force of a card
    /// extended late.
    pub terms: &'a Terms,
    /// The category groups of the statistical form's block 3.
    pub category_groups: &'a [&'a [&'a str]],
    /// The register's priority lists.
    pub priority: &'a crate::model::priority::Lists,
}

impl Acc {
    /// Cards gone by the exit whose status is `s`.
    pub fn exit(&self, s: crate::model::status::Status) -> u64 {
        self.exits.get(&s).copied().unwrap_or(0)
    }

    /// Counts one card.
    pub fn add<H>(&mut self, c: &Lean<H>, cx: &Context) {
        let judged = crate::terms::control_in_force(
            c.received,
            c.term.days,
            c.term.control_date,
            c.term.extension_dates(),
            cx.terms,
            cx.calendar,
        );
        self.all.add(c, judged, cx.today, cx.calendar);
        if c.status == crate::model::status::Status::Closed {
            self.closed += 1;
            bump(&mut self.result, c.result.as_deref());
        }
        if c.status.is_exit() {
            *self.exits.entry(c.status).or_default() += 1;
            if c.exit.as_ref().is_some_and(|x| x.late) {
                self.exits_late += 1;
            }
        }
        let cl = &c.classification;
        bump(&mut self.form, Some(&cl.form));
        bump(&mut self.sign, Some(&cl.sign));
        bump(&mut self.kind, Some(&cl.kind));
        bump(&mut self.subject, Some(&cl.subject));
        bump(&mut self.type_, Some(&cl.type_));
        bump(&mut self.gender, c.applicant.gender.as_deref());
        bump(
            &mut self.social_status,
            c.applicant.social_status.as_deref(),
        );
        let mark = cx.priority.mark(&c.applicant.categories);
        self.priority += u64::from(mark.first);
        self.personal_by_head += u64::from(mark.personal_by_head);
        if c.applicant.categories.is_empty() {
            bump(&mut self.category, None);
        }
        for cat in &c.applicant.categories {
            bump(&mut self.category, Some(cat));
        }
        if cl.topics.is_empty() {
            bump(&mut self.topic, None);
        }
        for t in &cl.topics {
            bump(&mut self.topic, Some(t));
            self.questions += 1;
        }
        let key = |id: Option<&str>| id.map(|id| (cx.register, id.to_string()));
        self.executors
            .entry(key(c.lead()))
            .or_default()
            .add(c, judged, cx.today, cx.calendar);
        self.coordinators
            .entry(key(c.resolution.as_ref().map(|r| r.coordinator.as_str())))
            .or_default()
            .add(c, judged, cx.today, cx.calendar);
        if self.category_groups.len() < cx.category_groups.len() {
            self.category_groups.resize(cx.category_groups.len(), 0);
        }
        for (i, group) in cx.category_groups.iter().enumerate() {
            if c.applicant
                .categories
                .iter()
                .any(|k| group.contains(&k.as_str()))
            {
                self.category_groups[i] += 1;
            }
        }
    }

    /// Joins two partial counts.
    pub fn merge(mut self, o: Acc) -> Acc {
        self.all.merge(o.all);
        self.closed += o.closed;
        for (k, v) in o.exits {
            *self.exits.entry(k).or_default() += v;
        }
        self.exits_late += o.exits_late;
        merge_counter(&mut self.form, o.form);
        merge_counter(&mut self.sign, o.sign);
        merge_counter(&mut self.kind, o.kind);
        merge_counter(&mut self.gender, o.gender);
        merge_counter(&mut self.subject, o.subject);
        merge_counter(&mut self.type_, o.type_);
        merge_counter(&mut self.category, o.category);
        merge_counter(&mut self.social_status, o.social_status);
        merge_counter(&mut self.topic, o.topic);
        merge_counter(&mut self.result, o.result);
        self.questions += o.questions;
        self.priority += o.priority;
        self.personal_by_head += o.personal_by_head;
        merge_people(&mut self.executors, o.executors);
        merge_people(&mut self.coordinators, o.coordinators);
        if self.category_groups.len() < o.category_groups.len() {
            self.category_groups.resize(o.category_groups.len(), 0);
        }
        for (i, n) in o.category_groups.into_iter().enumerate() {
            self.category_groups[i] += n;
        }
        self
    }

    /// The count of one code in a counter.
    pub fn count(c: &Counter, code: &str) -> u64 {
        c.get(&Some(code.to_string())).copied().unwrap_or(0)
    }
}
