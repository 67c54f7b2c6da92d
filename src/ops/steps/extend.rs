//! `extend`: law art. 20 — the head (a coordinator) sets a longer term for
//! an appeal that needs it; the total may not exceed 45 days from receipt
//! (`terms.max_total`), and the applicant is notified. The executor's due
//! date follows the new control date.

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
    /// The coordinator who extends.
    pub by: &'a str,
    /// Why the appeal needs longer.
    pub reason: &'a str,
    /// When the applicant was notified, if already.
    pub notified: Option<NaiveDate>,
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
    let head = super::coordinator(
        reg,
        req.by,
        "--by",
        "a term is extended by the head (law art. 20)",
    )?;
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
                && x.by == head.id
                && x.reason == reason
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
    let max_total = reg.settings.terms.max_total;
    let latest = terms::latest_allowed(card.received, max_total);
    if req.until <= previous {
        return Err(RequestError::UntilNotLater {
            until: req.until,
            card: name,
            previous,
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
    let extension = Extension {
        on: who.today,
        until: req.until,
        by: head.id.clone(),
        reason: reason.to_string(),
        notified: req.notified,
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
