//! `extend`: law art. 20 — the head, an official he authorised or his
//! deputy (a coordinator) sets a longer term for an appeal that can't be
//! resolved in its term. The decision is taken before the control date
//! passes; one recorded after it must say so (`--late`), and the card then
//! stays judged by the date that passed ([`terms::control_in_force`]). The
//! total may not exceed 45 days from receipt (`terms.max_total`), ended on
//! a non-working day by the register's one rule ([`terms::ceiling`]), for
//! a 15-day appeal as for any other. The applicant is notified. The
//! executor's due date follows the new control date.

use super::{calendar_error, open, Actor, Open, Warning};
use crate::error::{RequestError, Result};
use crate::model::card::Extension;
use crate::model::status::Action;
use crate::model::{Card, CardRef};
use crate::store::Register;
use crate::terms;
use crate::workflow::Step;
use chrono::NaiveDate;

/// The head's extension.
#[derive(Debug, Clone)]
pub struct ExtendRequest<'a> {
    /// The new control date.
    pub until: NaiveDate,
    /// The head, an official he authorised, or a coordinator (his deputy).
    pub by: &'a str,
    /// Why the appeal needs longer.
    pub reason: &'a str,
    /// When the applicant was notified, if already.
    pub notified: Option<NaiveDate>,
    /// Recorded after the control date passed, and said to be.
    pub late: bool,
}

/// What `extend` did.
#[derive(Debug)]
pub struct Extended {
    /// The card as written.
    pub card: Card,
    /// The control date before.
    pub previous: NaiveDate,
    /// Things to follow up (the applicant not yet notified, a non-working day).
    pub warnings: Vec<Warning>,
    /// The same extension (or notification) was on the card already:
    /// nothing was written.
    pub already: bool,
}

/// Extends the term of an open card.
pub fn extend(
    reg: &Register,
    r: &CardRef,
    req: &ExtendRequest,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Extended> {
    let head = super::head_or_deputy(reg, req.by, "--by", "detail-why-extend")?;
    let reason = req.reason.trim();
    if reason.is_empty() {
        return Err(RequestError::EmptyReason.into());
    }
    if let Some(n) = req.notified {
        if n > who.today {
            return Err(RequestError::NotifiedAfterToday {
                flag: "--notified",
                date: n,
                today: who.today,
            }
            .into());
        }
    }
    // The same extension as the card's last one: recorded already.
    let same = |c: &Card| {
        c.term.extensions.last().is_some_and(|x| {
            x.until == req.until
                && x.by == head
                && x.reason == reason
                && x.late == req.late
                && (x.notified == req.notified || req.notified.is_none())
        })
    };
    let mut o = match open(reg, r, Action::Extend, who, on_wait, same)? {
        Open::Done(card) => return Ok(already(card)),
        Open::Ready(o) if same(&o.card) => return Ok(already(o.card)),
        Open::Ready(o) => o,
    };
    let card = &mut o.card;
    let name = card.full_name();
    let previous = card.term.control_date;
    let late = who.today > previous;
    if late && !req.late {
        return Err(RequestError::ExtendAfterControl {
            card: name,
            control: previous,
            today: who.today,
        }
        .into());
    }
    if req.late && !late {
        return Err(RequestError::LateNotLate {
            card: name,
            control: previous,
            today: who.today,
        }
        .into());
    }
    let settings = &reg.settings.terms;
    let max_total = settings.max_total;
    let day_max = terms::latest_allowed(card.received, max_total);
    let latest = terms::ceiling(card.received, settings, &reg.calendar).map_err(calendar_error)?;
    if req.until <= previous {
        return Err(RequestError::UntilNotLater {
            until: req.until,
            card: name,
            previous,
            latest,
        }
        .into());
    }
    if req.until > latest && req.until <= day_max {
        let why = reg
            .calendar
            .why_not_working(day_max)
            .map_err(calendar_error)?
            .unwrap_or_else(|| crate::t!("detail-non-working-day"));
        return Err(RequestError::UntilPastCeiling {
            until: req.until,
            card: name,
            received: card.received,
            max: max_total,
            why,
            policy: settings.non_working.as_str(),
            latest,
        }
        .into());
    }
    if req.until > latest {
        return Err(RequestError::UntilPastMax {
            until: req.until,
            card: name,
            days: (req.until - card.received).num_days(),
            received: card.received,
            max: max_total,
            latest,
        }
        .into());
    }
    if let Some(n) = req.notified {
        if n < card.received {
            return Err(RequestError::NotifiedBeforeReceived {
                date: n,
                received: card.received,
            }
            .into());
        }
        // The extension is made today: nobody was told of it before.
        if n < who.today {
            return Err(RequestError::NotifiedBeforeExtension {
                flag: "--notified",
                date: n,
                extended: who.today,
            }
            .into());
        }
    }
    let mut steps = Vec::new();
    let due = terms::executor_due(
        req.until,
        reg.settings.terms.executor_lead,
        &reg.calendar,
        &mut steps,
    )
    .map_err(calendar_error)?;
    let mut warnings = Vec::new();
    if let Some(why) = reg
        .calendar
        .why_not_working(req.until)
        .map_err(calendar_error)?
    {
        warnings.push(Warning::NonWorkingControlDate {
            until: req.until,
            why,
        });
    }
    if req.notified.is_none() {
        warnings.push(Warning::NotNotified { card: name.clone() });
    }
    if late {
        let extensions = card
            .term
            .extensions
            .iter()
            .map(|x| (x.on, x.until, x.late))
            .chain([(who.today, req.until, true)]);
        let missed = terms::control_in_force(
            card.received,
            card.term.days,
            previous,
            extensions,
            settings,
            &reg.calendar,
        );
        warnings.insert(0, Warning::ExtendedLate { card: name, missed });
    }
    let extension = Extension {
        on: who.today,
        until: req.until,
        by: head.to_string(),
        reason: reason.to_string(),
        notified: req.notified,
        late,
    };
    let step = Step::Extend {
        extension,
        executor_due: due,
    };
    card.apply(step, who)?;
    reg.store.write_card(card)?;
    Ok(Extended {
        card: o.card,
        previous,
        warnings,
        already: false,
    })
}

/// Records that the applicant was told of the latest extension (law
/// art. 20), when `extend` was recorded before the notice went out.
pub fn notify(
    reg: &Register,
    r: &CardRef,
    on: NaiveDate,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Extended> {
    if on > who.today {
        return Err(RequestError::NotifiedAfterToday {
            flag: "--on",
            date: on,
            today: who.today,
        }
        .into());
    }
    let same = |c: &Card| {
        c.term
            .extensions
            .last()
            .is_some_and(|x| x.notified == Some(on))
    };
    let mut o = match open(reg, r, Action::Notify, who, on_wait, same)? {
        Open::Done(card) => return Ok(already(card)),
        Open::Ready(o) if same(&o.card) => return Ok(already(o.card)),
        Open::Ready(o) => o,
    };
    let card = &mut o.card;
    let previous = card.term.control_date;
    card.apply(Step::Notify { on }, who)?;
    reg.store.write_card(card)?;
    Ok(Extended {
        card: o.card,
        previous,
        warnings: Vec::new(),
        already: false,
    })
}

/// An extension (or notification) found on the card already.
fn already(card: Card) -> Extended {
    Extended {
        previous: card.term.control_date,
        card,
        warnings: Vec::new(),
        already: true,
    }
}
