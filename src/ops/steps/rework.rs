//! `rework`: the coordinator returns the executor's package for rework
//! (the order's point 8.1) before it is sent. The card goes back to
//! `dispatched`; the package returned, and its signature if it had one,
//! are kept whole on the card (`reworks`), and the executor's next package
//! is kept beside them, never over them.

use super::{coordinator, open, Actor, Done, Open};
use crate::error::{RequestError, Result};
use crate::model::status::{Action, Status};
use crate::model::CardRef;
use crate::store::Register;
use crate::workflow::Step;

/// Returns an answered (or signed, not yet sent) package to the executor.
pub fn rework(
    reg: &Register,
    r: &CardRef,
    by: &str,
    reason: &str,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Done> {
    let head = coordinator(reg, by, "--by", "detail-why-rework")?;
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(RequestError::NoReason.into());
    }
    // Returned so already, and no new package in since.
    let done = |c: &crate::model::Card| {
        c.status == Status::Dispatched
            && c.history
                .last()
                .is_some_and(|e| e.action() == Action::Rework)
            && c.reworks
                .last()
                .is_some_and(|w| w.by == head.id && w.reason == reason)
    };
    let mut o = match open(reg, r, Action::Rework, who, on_wait, done)? {
        Open::Done(card) => {
            return Ok(Done {
                card,
                already: true,
            })
        }
        Open::Ready(o) => o,
    };
    let card = &mut o.card;
    card.apply(
        Step::Rework {
            by: head.id.clone(),
            reason: reason.to_string(),
        },
        who,
    )?;
    reg.store.write_card(card)?;
    Ok(Done {
        card: o.card,
        already: false,
    })
}
