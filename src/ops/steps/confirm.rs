//! `confirm`: the contact centre's call-back to the applicant after the
//! answer went out. `not-confirmed` reopens nothing by itself, but it is
//! counted, and a later appeal of the applicant on the question links to
//! this one as a dissatisfied applicant's does (the order's point 9).

use super::{open, Actor, Done, Open};
use crate::error::{RequestError, Result};
use crate::model::card::Outcome;
use crate::model::status::Action;
use crate::model::CardRef;
use crate::store::Register;
use crate::workflow::Step;

/// Records the applicant's word on a sent card.
pub fn confirm(
    reg: &Register,
    r: &CardRef,
    outcome: Outcome,
    note: Option<&str>,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Done> {
    let note = note
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string);
    let same = |c: &crate::model::Card| {
        c.confirmation
            .as_ref()
            .is_some_and(|x| x.outcome == outcome && x.note == note)
    };
    let mut o = match open(reg, r, Action::Confirm, who, on_wait, same)? {
        Open::Done(card) => {
            return Ok(Done {
                card,
                already: true,
            })
        }
        Open::Ready(o) if same(&o.card) => {
            return Ok(Done {
                card: o.card,
                already: true,
            })
        }
        Open::Ready(o) => o,
    };
    let card = &mut o.card;
    if let Some(x) = &card.confirmation {
        return Err(RequestError::AlreadyConfirmed {
            card: card.full_name(),
            outcome: x.outcome.as_str(),
            date: x.date,
        }
        .into());
    }
    card.apply(Step::Confirm { outcome, note }, who)?;
    reg.store.write_card(card)?;
    Ok(Done {
        card: o.card,
        already: false,
    })
}
