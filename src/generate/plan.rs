//! The stories of a generated register, decided before anything is
//! written: when each appeal arrives, who writes, and how far through the
//! procedure it has gone by the register's "today", from one random stream.
//! Dates come from the register's calendar and terms, repeat signs from
//! the order's point 9 rule ([`Sign::of_repeat`]), lateness and the
//! art. 20 ceiling from [`crate::terms`].

use super::vocabulary::{
    people_count, person, pick_applicant, Rng, Vocabulary, Who, EXTENSION_REASONS, RESOLUTION_TEXTS,
};
use super::{GenerateError, Options};
use crate::calendar::Calendar;
use crate::classifier::SectionKey;
use crate::model::card::{Satisfied, TermBasis};
use crate::model::codes::{self, Sign};
use crate::model::index::IndexKind;
use crate::model::repeat::{self, Story};
use crate::store::Register;
use crate::terms;
use chrono::{Datelike, Days, NaiveDate};
use std::collections::BTreeMap;

/// One card's story, decided before anything is written.
#[derive(Debug, Clone)]
pub(super) struct Plan {
    pub(super) year: i32,
    pub(super) number: u32,
    pub(super) index: String,
    pub(super) cc_number: String,
    pub(super) received: NaiveDate,
    pub(super) registered: NaiveDate,
    pub(super) who: Who,
    pub(super) topics: Vec<String>,
    pub(super) form: &'static str,
    pub(super) sign: &'static str,
    pub(super) kind: &'static str,
    pub(super) type_: &'static str,
    pub(super) confidential: bool,
    pub(super) term_days: u32,
    pub(super) basis: TermBasis,
    pub(super) control_date: NaiveDate,
    pub(super) executor_due: NaiveDate,
    pub(super) summary: String,
    pub(super) admin: usize,
    pub(super) resolution: Option<(NaiveDate, usize, Vec<String>, usize)>,
    pub(super) dispatch: Option<NaiveDate>,
    pub(super) extension: Option<PlannedExtension>,
    pub(super) answer: Option<PlannedAnswer>,
    pub(super) signed: Option<NaiveDate>,
    pub(super) sent: Option<NaiveDate>,
    pub(super) repeat_of: Option<usize>,
    /// Every earlier appeal on the question, oldest first.
    pub(super) earlier: Vec<usize>,
    pub(super) later: Vec<usize>,
}

#[derive(Debug, Clone)]
pub(super) struct PlannedExtension {
    pub(super) on: NaiveDate,
    /// The control date and the executor's due date before it.
    pub(super) from: NaiveDate,
    pub(super) from_due: NaiveDate,
    pub(super) until: NaiveDate,
    pub(super) reason: &'static str,
}

#[derive(Debug, Clone)]
pub(super) struct PlannedAnswer {
    pub(super) date: NaiveDate,
    pub(super) result: String,
    pub(super) late: bool,
    pub(super) days_late: i64,
    pub(super) satisfied: Satisfied,
    pub(super) score: u8,
    pub(super) complete: bool,
    pub(super) contacted: bool,
}

impl Plan {
    pub(super) fn full_name(&self) -> String {
        format!("{}/{}", self.year, self.index)
    }

    /// How the planned appeal stands, day by day, as its card will tell.
    fn story(&self) -> Story {
        let mut control = vec![(
            self.registered.min(self.received),
            self.extension
                .as_ref()
                .map_or(self.control_date, |e| e.from),
        )];
        if let Some(e) = &self.extension {
            control.push((e.on, e.until));
        }
        Story {
            control,
            replied: self.sent,
            dissatisfied: self
                .answer
                .as_ref()
                .filter(|a| a.satisfied == Satisfied::No)
                .map(|a| a.date),
        }
    }
}

fn calendar_error(e: crate::calendar::CalendarError) -> GenerateError {
    GenerateError::Calendar(e)
}

/// The working day `k` working days after `d` (`d` itself for 0).
fn working_days_later(cal: &Calendar, d: NaiveDate, k: u32) -> Result<NaiveDate, GenerateError> {
    let mut cur = d;
    for _ in 0..k {
        cur = cal.next_working_day(cur).map_err(calendar_error)?;
    }
    Ok(cur)
}

fn working_days_earlier(cal: &Calendar, d: NaiveDate, k: u32) -> Result<NaiveDate, GenerateError> {
    let mut cur = d;
    for _ in 0..k {
        cur = cal.previous_working_day(cur).map_err(calendar_error)?;
    }
    Ok(cur)
}

/// A pending later appeal of an applicant on the same question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Wish {
    on: NaiveDate,
    of: usize,
}

pub(super) fn plan(
    reg: &Register,
    v: &Vocabulary,
    opts: &Options,
) -> Result<Vec<Plan>, GenerateError> {
    let cal = &reg.calendar;
    if opts.cards == 0 {
        return Ok(Vec::new());
    }
    if opts.from > opts.until {
        return Err(GenerateError::FromAfterUntil {
            from: opts.from,
            until: opts.until,
        });
    }
    // Terms run past `until`; the calendar must cover them.
    let horizon = opts
        .until
        .checked_add_days(Days::new(90))
        .unwrap_or(opts.until);
    cal.is_working_day(horizon).map_err(calendar_error)?;
    cal.is_working_day(opts.from).map_err(calendar_error)?;
    let days: Vec<NaiveDate> = opts
        .from
        .iter_days()
        .take_while(|d| *d <= opts.until)
        .filter(|d| cal.is_working_day(*d).unwrap_or(false))
        .collect();
    if days.is_empty() {
        return Err(GenerateError::NoWorkingDay {
            from: opts.from,
            until: opts.until,
        });
    }
    let mut rng = Rng::new(opts.seed);
    let recent = opts
        .until
        .checked_sub_days(Days::new(180))
        .unwrap_or(opts.until);
    let mut arrivals: Vec<usize> = (0..opts.cards).map(|_| rng.below(days.len())).collect();
    // The older history, received before the last 180 days, when asked for.
    let older = days.partition_point(|d| *d < recent);
    if older > 0 {
        arrivals.extend((0..opts.history).map(|_| rng.below(older)));
    }
    arrivals.sort_unstable();
    let people = people_count(arrivals.len());
    let settings = &reg.settings;
    let mut plans: Vec<Plan> = Vec::with_capacity(arrivals.len());
    let mut wishes: std::collections::BTreeSet<Wish> = Default::default();
    let mut numbers: BTreeMap<i32, u32> = BTreeMap::new();
    let mut per_day: BTreeMap<NaiveDate, u32> = BTreeMap::new();
    for (i, day) in arrivals.into_iter().enumerate() {
        let received = days[day];
        // A pending repeat due by now takes this arrival's place.
        let wish = wishes.iter().next().copied().filter(|w| w.on <= received);
        let (who, topics, repeat_of, earlier, sign) = match wish {
            Some(w) => {
                wishes.remove(&w);
                let first = &plans[w.of];
                // Every earlier appeal on the question: the one it repeats
                // and those that one repeats; the sign by the order's rule.
                let mut earlier = first.earlier.clone();
                earlier.push(w.of);
                let standings: Vec<_> = earlier
                    .iter()
                    .map(|e| plans[*e].story().standing_on(received))
                    .collect();
                let sign = repeat::sign(&standings, &settings.repeats).code();
                (
                    first.who,
                    first.topics.clone(),
                    Some(w.of),
                    earlier,
                    v.or(SectionKey::Sign, sign, Sign::Primary.code()),
                )
            }
            None => {
                let sign = if rng.chance(0.01) {
                    v.or(SectionKey::Sign, Sign::Mass.code(), Sign::Primary.code())
                } else {
                    Sign::Primary.code()
                };
                (
                    pick_applicant(&mut rng, people),
                    v.topics(&mut rng),
                    None,
                    Vec::new(),
                    sign,
                )
            }
        };
        let registered = if rng.chance(0.01) {
            working_days_later(cal, received, 1)?.min(opts.until)
        } else {
            received
        };
        let year = registered.year();
        let number = {
            let n = numbers.entry(year).or_insert(0);
            *n += 1;
            *n
        };
        let p = person(opts.seed, who.person);
        let name = who.name(&p);
        let index = IndexKind::for_applicant(name.as_deref(), who.signatories).index(
            number,
            &settings.numbering.collective,
            &settings.numbering.anonymous,
        );
        let seq = {
            let n = per_day.entry(received).or_insert(0);
            *n += 1;
            *n
        };
        let term_days = if rng.chance(0.4) { 15 } else { 30 };
        let dates =
            terms::compute(received, term_days, &settings.terms, cal).map_err(calendar_error)?;
        let mut plan = Plan {
            year,
            number,
            index,
            cc_number: format!("{seq:04}-{}", received.format("%d%m%Y")),
            received,
            registered,
            who,
            summary: v.summary(&mut rng, &topics),
            topics,
            form: v.form(&mut rng),
            sign,
            kind: v.kind(&mut rng),
            type_: if rng.chance(0.08) {
                v.or(SectionKey::Type, "6.2", "6.3")
            } else {
                "6.3"
            },
            confidential: rng.chance(0.01),
            term_days,
            basis: dates.basis,
            control_date: dates.control_date,
            executor_due: dates.executor_due,
            // The administrator records nearly everything; the controller sometimes stands in.
            admin: if rng.chance(0.9) {
                0
            } else {
                rng.below(v.administrators.len())
            },
            resolution: None,
            dispatch: None,
            extension: None,
            answer: None,
            signed: None,
            sent: None,
            repeat_of,
            earlier,
            later: Vec::new(),
        };
        story(
            reg,
            v,
            &mut rng,
            &mut plan,
            opts.until,
            received >= recent,
            opts.backlog,
        )?;
        if let Some(first) = repeat_of {
            plans[first].later.push(i);
        }
        // Point 9: a dissatisfied applicant often writes again on the same
        // question; and some write twice before the first answer (2.3).
        if !who.anonymous {
            let dissatisfied = plan
                .answer
                .as_ref()
                .is_some_and(|a| a.satisfied == Satisfied::No);
            if let (true, Some(sent)) = (dissatisfied, plan.sent) {
                if rng.chance(0.3) {
                    let on = sent + Days::new(u64::from(rng.range(5, 60)));
                    wishes.insert(Wish { on, of: i });
                }
            } else if rng.chance(0.01) {
                let on = registered + Days::new(u64::from(rng.range(2, 7)));
                wishes.insert(Wish { on, of: i });
            }
        }
        plans.push(plan);
    }
    Ok(plans)
}

/// How far a card has gone by `until`, and when each step happened.
fn story(
    reg: &Register,
    v: &Vocabulary,
    rng: &mut Rng,
    p: &mut Plan,
    until: NaiveDate,
    recent: bool,
    backlog: bool,
) -> Result<(), GenerateError> {
    let cal = &reg.calendar;
    let resolved = working_days_later(cal, p.registered, u32::from(rng.chance(0.4)))?;
    if resolved > until {
        return Ok(());
    }
    let (coordinator, executors) = v.people_for(rng, &p.topics);
    p.resolution = Some((
        resolved,
        coordinator,
        executors,
        rng.below(RESOLUTION_TEXTS.len()),
    ));
    let dispatched = working_days_later(cal, resolved, u32::from(rng.chance(0.3)))?;
    if dispatched > until {
        return Ok(());
    }
    p.dispatch = Some(dispatched);
    // A few recent cards are forgotten by their executors: the overdue rows
    // of the deadline table; in a backlog, every card.
    if backlog || (recent && rng.chance(0.03)) {
        return Ok(());
    }
    if rng.chance(0.03) {
        let new_until =
            terms::ceiling(p.received, &reg.settings.terms, cal).map_err(calendar_error)?;
        let on = working_days_later(cal, dispatched, rng.range(1, 5))?;
        if new_until > p.control_date && on < p.executor_due && on <= until {
            let due = terms::executor_due(
                new_until,
                reg.settings.terms.executor_lead,
                cal,
                &mut Vec::new(),
            )
            .map_err(calendar_error)?;
            p.extension = Some(PlannedExtension {
                on,
                from: p.control_date,
                from_due: p.executor_due,
                until: new_until,
                reason: EXTENSION_REASONS[rng.below(EXTENSION_REASONS.len())],
            });
            p.control_date = new_until;
            p.executor_due = due;
        }
    }
    let late = rng.chance(0.07);
    let answered = if late {
        working_days_later(cal, p.executor_due, rng.range(1, 6))?
    } else {
        working_days_earlier(cal, p.executor_due, *rng.pick(&[0, 0, 1, 1, 2, 3, 5, 8]))?
    };
    let after = p.extension.as_ref().map_or(dispatched, |e| e.on);
    let answered = answered.max(after);
    if answered > until {
        return Ok(());
    }
    let (late, days_late) =
        terms::lateness(cal, p.executor_due, answered).map_err(calendar_error)?;
    let result = v.results.pick(rng).cloned().unwrap_or_default();
    let negative = result != codes::RESOLVED_POSITIVELY;
    let satisfied = match rng.below(100) {
        x if x < if negative { 30 } else { 8 } => Satisfied::No,
        x if x < 80 => Satisfied::Yes,
        _ => Satisfied::Unknown,
    };
    let score = match satisfied {
        Satisfied::Yes => rng.range(4, 5),
        Satisfied::No => rng.range(1, 3),
        Satisfied::Unknown => rng.range(3, 4),
    } as u8;
    p.answer = Some(PlannedAnswer {
        date: answered,
        result,
        late,
        days_late,
        satisfied,
        score,
        complete: satisfied != Satisfied::No || rng.chance(0.5),
        contacted: rng.chance(0.85),
    });
    let signed = working_days_later(cal, answered, rng.range(0, 2))?;
    if signed > until {
        return Ok(());
    }
    p.signed = Some(signed);
    let sent = working_days_later(cal, signed, u32::from(rng.chance(0.3)))?;
    if sent > until {
        return Ok(());
    }
    p.sent = Some(sent);
    Ok(())
}
