//! `reassign`: other executors named after the resolution or the dispatch
//! (a coordinator's decision). A new dispatch is then due; the executor's
//! due date stays as the term gave it.

use super::{coordinator, executor, open, Actor, Done, Open};
use crate::error::{RequestError, Result};
use crate::model::event::What;
use crate::model::status::Action;
use crate::model::CardRef;
use crate::store::Register;
use crate::workflow::Step;

/// Names `executors` (the lead first) instead of the resolution's.
pub fn reassign(
    reg: &Register,
    r: &CardRef,
    executors: &[String],
    by: &str,
    reason: &str,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Done> {
    let head = coordinator(reg, by, "--by", "executors are named by a coordinator")?;
    if executors.is_empty() {
        return Err(RequestError::NoExecutor.into());
    }
    for (i, e) in executors.iter().enumerate() {
        executor(reg, e)?;
        if executors[..i].contains(e) {
            return Err(RequestError::ExecutorTwice { id: e.clone() }.into());
        }
    }
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(RequestError::NoReason.into());
    }
    // Reassigned so already, by the same coordinator for the same reason,
    // and nothing since.
    let same = |c: &crate::model::Card| {
        let rerun = matches!(
            c.history.last().map(|e| &e.what),
            Some(What::Reassign(x)) if x.by == head.id && x.reason == reason
        );
        rerun
            && c.resolution
                .as_ref()
                .is_some_and(|res| res.executors == executors)
    };
    let mut o = match open(reg, r, Action::Reassign, who, on_wait, same)? {
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
    if let Some(res) = &card.resolution {
        if res.executors == executors {
            return Err(RequestError::SameExecutors {
                card: card.full_name(),
                executors: executors.to_vec(),
            }
            .into());
        }
    }
    card.apply(
        Step::Reassign {
            by: head.id.clone(),
            executors: executors.to_vec(),
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
