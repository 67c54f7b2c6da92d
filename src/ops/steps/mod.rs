//! The procedure's steps after registration (the order's annex, points
//! 4–8, and law art. 20): resolve, dispatch, answer, sign, send, extend.
//!
//! Every step has one shape: validate what doesn't depend on the card, take
//! the register's lock, re-read the card under it, ask `workflow` whether the
//! step follows from the card's status, validate the rest, and only then
//! write: documents first and the card last, so that a crash never leaves a
//! card pointing at documents that aren't there. A refused step writes
//! nothing.

pub mod answer;
pub mod dispatch;
pub mod extend;
pub mod resolve;
pub mod send;
pub mod sign;

pub use answer::{answer, AnswerRequest, Answered};
pub use dispatch::{dispatch, Dispatched};
pub use extend::{extend, notify, ExtendRequest, Extended};
pub use resolve::{resolve, ResolveRequest, Resolved};
pub use send::{send, Mailed, SendRequest};
pub use sign::{sign, Signed};

use crate::config::{Coordinator, Executor, Roster};
use crate::error::{Error, Result};
use crate::model::card::Event;
use crate::model::status::{Action, Status};
use crate::model::{Card, CardRef};
use crate::store::{self, Lock, Register};
use crate::workflow::{self, TransitionError};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::path::Path;

/// Who records a step, and on what day.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    /// The date of the step (the register's "today").
    pub today: NaiveDate,
    /// Who records it (kept in the card's history).
    pub user: &'a str,
}

/// A card opened for a step: read under the register's lock, with the
/// status the step leads to.
pub(crate) struct Opened {
    /// The card as it is on disk now.
    pub card: Card,
    /// The status after the step.
    pub next: Status,
    /// Held until the card is written.
    _lock: Lock,
}

/// A refusal with formatted hints.
pub(crate) fn refuse(what: impl Into<String>, hints: Vec<String>) -> Error {
    Error::Refused {
        what: what.into(),
        hints,
    }
}

/// Takes the lock, re-reads the card and checks that `action` follows from
/// the status its history leads to.
pub(crate) fn open(
    reg: &Register,
    r: &CardRef,
    action: Action,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Opened> {
    let lock = reg.store.lock(on_wait)?;
    let card = super::find_card(reg, r, who.today)?;
    let name = card.full_name();
    // The history, not the `status` field, is the record; a card whose
    // history doesn't follow the procedure was edited by hand.
    let status = workflow::derive(&card.history).map_err(|(i, e)| {
        refuse(
            format!(
                "card {name}: its history doesn't follow the procedure at entry {} ({e})",
                i + 1
            ),
            vec!["run 'appeals check' and repair the card file by hand".into()],
        )
    })?;
    let next = workflow::transition(Some(status), action).map_err(|e| out_of_order(&card, e))?;
    if let Some(last) = card.history.last() {
        if who.today < last.at {
            return Err(refuse(
                format!(
                    "card {name}: today ({}) is before its last step ({} on {})",
                    who.today,
                    last.action.command(),
                    last.at
                ),
                vec![format!(
                    "a card's history runs forward; give --today {} or later",
                    last.at
                )],
            ));
        }
    }
    Ok(Opened {
        card,
        next,
        _lock: lock,
    })
}

/// "card 2015/К-1 is registered; it can't be signed", with the command
/// that comes next.
fn out_of_order(card: &Card, e: TransitionError) -> Error {
    let name = card.full_name();
    let msg = e.to_string();
    let rest = msg.strip_prefix("card ").unwrap_or(&msg);
    let hint = match workflow::next_command(e.status) {
        Some(cmd) => {
            let mut cmd = cmd.replace("CARD", &name);
            if let Some(r) = &card.resolution {
                cmd = cmd.replace("COORDINATOR", &r.coordinator);
            }
            format!("the next step is '{cmd}'")
        }
        None => format!(
            "the card is off control; a new appeal on the same question is registered with 'appeals register --repeat-of {name} …'"
        ),
    };
    refuse(format!("card {name} {rest}"), vec![hint])
}

/// Appends the step to the card's history and sets the status it leads to.
pub(crate) fn record(
    card: &mut Card,
    who: &Actor,
    action: Action,
    next: Status,
    data: BTreeMap<String, serde_json::Value>,
) {
    card.history.push(Event {
        at: who.today,
        by: who.user.to_string(),
        action,
        data,
    });
    card.status = next;
}

/// The card's documents directory under the register: `docs/2015/000125`.
pub fn docs_dir(card: &Card) -> String {
    format!("{}/{}/{:06}", store::DOCS, card.year, card.number)
}

/// A register-relative document path with a fixed stem and the source's
/// extension (lower-case ASCII only, so that file names stay portable).
pub fn doc_path(card: &Card, stem: &str, source: &Path) -> String {
    format!("{}/{stem}{}", docs_dir(card), extension(source))
}

/// `.pdf` for `Відповідь.PDF`; empty when the name has no usable extension.
pub fn extension(source: &Path) -> String {
    match source.extension().and_then(|e| e.to_str()) {
        Some(e)
            if !e.is_empty() && e.len() <= 10 && e.chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            format!(".{}", e.to_ascii_lowercase())
        }
        _ => String::new(),
    }
}

/// Reads a document given by `flag`; a missing or empty file is refused
/// with the flag named.
pub(crate) fn read_document(path: &Path, flag: &str, what: &str) -> Result<Vec<u8>> {
    let bytes = store::outside::read_file(path).map_err(|e| {
        refuse(
            format!("{flag}: {e}"),
            vec![format!("give the path of {what}")],
        )
    })?;
    if bytes.is_empty() {
        return Err(refuse(
            format!("{flag}: {} is empty", path.display()),
            vec![format!("give the path of {what}")],
        ));
    }
    Ok(bytes)
}

/// What a roster id stands for, for messages.
fn role_of(roster: &Roster, id: &str) -> Option<&'static str> {
    if roster.coordinator(id).is_some() {
        Some("a coordinator")
    } else if roster.executor(id).is_some() {
        Some("an executor")
    } else if roster.administrators.iter().any(|a| a.id == id) {
        Some("an administrator")
    } else {
        None
    }
}

/// A coordinator by id; anyone else is refused with the closest ids.
pub(crate) fn coordinator<'r>(
    reg: &'r Register,
    id: &str,
    flag: &str,
    why: &str,
) -> Result<&'r Coordinator> {
    if let Some(c) = reg.roster.coordinator(id) {
        return Ok(c);
    }
    let ids = || reg.roster.coordinators.iter().map(|c| c.id.as_str());
    let mut hints = Vec::new();
    let what = match role_of(&reg.roster, id) {
        Some(role) => {
            hints.push(format!(
                "coordinators are: {}",
                ids().collect::<Vec<_>>().join(", ")
            ));
            format!("{flag} {id}: {id} is {role}, not a coordinator; {why}")
        }
        None => {
            let close = crate::config::closest(id, ids());
            if !close.is_empty() {
                hints.push(format!("did you mean {}?", close.join(", ")));
            }
            format!("{flag} {id}: no coordinator {id:?} in people.toml")
        }
    };
    hints.push("'appeals people' lists the roster".into());
    Err(refuse(what, hints))
}

/// An executor by id; anyone else is refused with the closest ids.
pub(crate) fn executor<'r>(reg: &'r Register, id: &str) -> Result<&'r Executor> {
    if let Some(e) = reg.roster.executor(id) {
        return Ok(e);
    }
    match role_of(&reg.roster, id) {
        Some(role) => Err(refuse(
            format!("--executor {id}: {id} is {role}, not an executor"),
            vec![
                "coordinators are named with --coordinator".into(),
                "'appeals people' lists the roster".into(),
            ],
        )),
        None => Err(super::list::unknown_executor(reg, id)),
    }
}

/// A date as Ukrainian documents write it: `23.06.2015`.
pub fn date_uk(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// Maps a calendar error (a date outside `calendar.toml`) to a refusal.
pub(crate) fn calendar_error(e: crate::calendar::CalendarError) -> Error {
    refuse(
        e.to_string(),
        vec![
            "calendar.toml covers the years it lists; extend it before recording this step".into(),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(name: &str, expected: &str) {
        assert_eq!(extension(Path::new(name)), expected, "{name}");
    }

    #[test]
    fn document_extensions() {
        check("draft.txt", ".txt");
        check("Відповідь.PDF", ".pdf");
        check("/tmp/a.b/info.docx", ".docx");
        check("noext", "");
        check("weird.т", "");
        check(".hidden", "");
        check("x.a-b", "");
    }
}
