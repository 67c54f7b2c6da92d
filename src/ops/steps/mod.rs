//! The procedure's steps after registration (the order's annex, points
//! 4–8, and law art. 20): resolve, dispatch, answer, sign, send, extend,
//! notify, close; the corrections (link, unlink, classify, reassign), the
//! return for rework, the applicant's confirmation, and the Law's exits
//! (forward, return, decline, close as a duplicate).
//!
//! Every step has one shape: validate what doesn't depend on the card, take
//! the register's lock, re-read the card under it, ask `workflow` whether the
//! step follows from the card's status, validate the rest, and only then
//! write: documents first and the card last, so that a crash never leaves a
//! card pointing at documents that aren't there. A refused step writes
//! nothing. A step whose exact effect is already on the card (a re-run
//! after a command was killed, or a script run twice) is done already:
//! nothing is written and the command succeeds.

pub mod answer;
pub mod classify;
pub mod confirm;
pub mod correct;
pub mod dispatch;
pub mod exit;
pub mod extend;
pub mod link;
pub mod reassign;
pub mod resolve;
pub mod rework;
pub mod send;
pub mod sign;

pub use answer::{answer, AnswerRequest, Answered};
pub use classify::{classify, ClassifyRequest};
pub use confirm::confirm;
pub use correct::{correct, CorrectRequest};
pub use dispatch::{dispatch, Dispatched};
pub use exit::{close, exit, ExitRequest};
pub use extend::{extend, notify, ExtendRequest, Extended};
pub use link::{link, unlink, Relinked};
pub use reassign::reassign;
pub use resolve::{resolve, ResolveRequest, Resolved};
pub use rework::rework;
pub use send::{send, Mailed, SendRequest};
pub use sign::{sign, Signed};

pub use crate::workflow::Actor;

use crate::config::{Coordinator, Executor, Roster};
use crate::error::{Error, RequestError, Result};
use crate::model::status::Action;
use crate::model::{Card, CardRef};
use crate::store::{self, Lock, Register};
use chrono::NaiveDate;
use std::path::Path;

/// Something a recorded step leaves worth a second look.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Warning {
    /// An executor has no e-mail: its letter goes by other means.
    #[error("{}", self.message())]
    NoEmail {
        /// The executor.
        executor: String,
    },
    /// The quality card says timely, the dates say late.
    #[error("{}", self.message())]
    TimelyButLate {
        /// Working days after the due date.
        days_late: i64,
        /// The executor's due date.
        due: NaiveDate,
    },
    /// An extension recorded after the control date had passed (`--late`).
    #[error("{}", self.message())]
    ExtendedLate {
        /// The card.
        card: String,
        /// The control date that had passed.
        missed: NaiveDate,
    },
    /// An extension to a day off.
    #[error("{}", self.message())]
    NonWorkingControlDate {
        /// The new control date.
        until: NaiveDate,
        /// What the day is.
        why: String,
    },
    /// An extension the applicant was not yet told of (law art. 20).
    #[error("{}", self.message())]
    NotNotified {
        /// The card.
        card: String,
    },
    /// Cards past their control date whose head `people.toml` doesn't name.
    #[error("{}", self.message())]
    NoHead {
        /// The cards.
        cards: Vec<String>,
    },
    /// A signed document changed, or went, after signing.
    #[error("{}", self.message())]
    ChangedSinceSigned {
        /// The document.
        path: String,
        /// Gone rather than changed.
        gone: bool,
        /// When it was signed.
        signed: NaiveDate,
    },
}

impl Warning {
    /// The warning in this run's language.
    fn message(&self) -> String {
        use crate::t;
        match self {
            Warning::NoEmail { executor } => t!("warn-no-email", executor = executor),
            Warning::TimelyButLate { days_late, due } => {
                t!("warn-timely-but-late", days = *days_late, due = *due)
            }
            Warning::ExtendedLate { card, missed } => {
                t!("warn-extended-late", card = card, missed = *missed)
            }
            Warning::NonWorkingControlDate { until, why } => {
                t!("warn-non-working-control", until = *until, why = why)
            }
            Warning::NotNotified { .. } => t!("warn-not-notified"),
            Warning::NoHead { cards } => t!(
                "warn-no-head",
                count = cards.len(),
                cards = cards.join(", ")
            ),
            Warning::ChangedSinceSigned { path, gone, signed } => match gone {
                true => t!("warn-gone-since-signed", path = path, signed = *signed),
                false => t!("warn-changed-since-signed", path = path, signed = *signed),
            },
        }
    }
}

/// A card opened for a step: read under the register's lock, the step
/// known to follow from where it stands.
pub(crate) struct Opened {
    /// The card as it is on disk now.
    pub card: Card,
    /// Held until the card is written.
    _lock: Lock,
}

/// A card opened for a step, or found with the step's effect on it already.
pub(crate) enum Open {
    /// The step follows: record it.
    Ready(Opened),
    /// The step doesn't follow, and its effect is on the card already.
    Done(Card),
}

/// Takes the lock, re-reads the card and checks that `action` follows from
/// the status its history leads to; when it doesn't, but `done` says the
/// step's exact effect is on the card already, the card is done.
pub(crate) fn open(
    reg: &Register,
    r: &CardRef,
    action: Action,
    who: &Actor,
    on_wait: impl FnOnce(),
    done: impl FnOnce(&Card) -> bool,
) -> Result<Open> {
    let lock = reg.store.lock(on_wait)?;
    let card = super::find_card(reg, r, who.today)?;
    match card.next_status(action, who.today) {
        Ok(_) => Ok(Open::Ready(Opened { card, _lock: lock })),
        Err(_) if done(&card) => Ok(Open::Done(card)),
        Err(e) => Err(e.into()),
    }
}

/// A card's step done, or done already.
#[derive(Debug)]
pub struct Done {
    /// The card as written (or as found).
    pub card: Card,
    /// The step's effect was on the card already: nothing was written.
    pub already: bool,
}

/// The card's documents directory under the register: `docs/2015/000125`.
fn docs_dir(card: &Card) -> String {
    store::layout::docs_dir(card.year, card.number)
}

/// A register-relative document path with a fixed stem and the source's
/// extension (lower-case ASCII only, so that file names stay portable).
pub(crate) fn doc_path(card: &Card, stem: &str, source: &Path) -> String {
    format!(
        "{}/{stem}{}",
        docs_dir(card),
        extension(source).unwrap_or_default()
    )
}

/// What a document kept in the register may be (issue #19): its
/// extension is the register's, from this list, never whatever the
/// sender's file was called (`answer-applicant.desktop`).
pub const DOCUMENT_EXTENSIONS: [&str; 9] = [
    "pdf", "odt", "docx", "doc", "rtf", "txt", "jpg", "png", "tif",
];

/// `.pdf` for `Відповідь.PDF` (`.jpg` for `.jpeg`, `.tif` for `.tiff`);
/// `None` for a name whose extension is not in [`DOCUMENT_EXTENSIONS`].
fn extension(source: &Path) -> Option<String> {
    let e = source.extension()?.to_str()?.to_ascii_lowercase();
    let e = match e.as_str() {
        "jpeg" => "jpg".to_string(),
        "tiff" => "tif".to_string(),
        _ => e,
    };
    DOCUMENT_EXTENSIONS
        .contains(&e.as_str())
        .then(|| format!(".{e}"))
}

/// Reads a document to keep in the register (a draft, a scan, a notice):
/// one of [`DOCUMENT_EXTENSIONS`], not missing or empty; refused with the
/// flag named.
pub(crate) fn read_kept_document(
    path: &Path,
    flag: &'static str,
    what: &'static str,
) -> Result<Vec<u8>> {
    if extension(path).is_none() {
        return Err(RequestError::DocumentType {
            flag,
            path: path.to_path_buf(),
            allowed: DOCUMENT_EXTENSIONS.map(|e| format!(".{e}")).join(", "),
        }
        .into());
    }
    read_document(path, flag, what)
}

/// Reads a document given by `flag`; a missing or empty file is refused
/// with the flag named.
pub(crate) fn read_document(
    path: &Path,
    flag: &'static str,
    what: &'static str,
) -> Result<Vec<u8>> {
    let bytes = store::outside::read_file(path).map_err(|source| RequestError::Document {
        flag,
        what,
        source,
    })?;
    if bytes.is_empty() {
        return Err(RequestError::EmptyDocument {
            flag,
            what,
            path: path.to_path_buf(),
        }
        .into());
    }
    Ok(bytes)
}

/// What a roster id stands for, for messages.
fn role_of(roster: &Roster, id: &str) -> Option<&'static str> {
    if roster.coordinator(id).is_some() {
        Some("detail-role-coordinator")
    } else if roster.executor(id).is_some() {
        Some("detail-role-executor")
    } else if roster.administrator(id).is_some() {
        Some("detail-role-administrator")
    } else if roster.head(id).is_some() {
        Some("detail-role-head")
    } else {
        None
    }
}

/// A coordinator by id; anyone else is refused with the closest ids.
pub(crate) fn coordinator<'r>(
    reg: &'r Register,
    id: &str,
    flag: &'static str,
    why: &'static str,
) -> Result<&'r Coordinator> {
    if let Some(c) = reg.roster.coordinator(id) {
        return Ok(c);
    }
    let ids = || reg.roster.coordinators.iter().map(|c| c.id.as_str());
    Err(match role_of(&reg.roster, id) {
        Some(role) => RequestError::NotCoordinator {
            flag,
            id: id.to_string(),
            role,
            why,
            coordinators: ids().map(str::to_string).collect(),
        },
        None => RequestError::NoCoordinator {
            flag,
            id: id.to_string(),
            closest: crate::config::closest(id, ids()),
        },
    }
    .into())
}

/// The head, an official he authorised (`[[head]]` in `people.toml`) or a
/// coordinator, his deputies (law art. 20: "керівник ... або його
/// заступник"), by id; anyone else is refused with the closest ids. Returns
/// the id as the roster spells it.
pub(crate) fn head_or_deputy<'r>(
    reg: &'r Register,
    id: &str,
    flag: &'static str,
    why: &'static str,
) -> Result<&'r str> {
    if let Some(h) = reg.roster.head(id) {
        return Ok(&h.id);
    }
    if let Some(c) = reg.roster.coordinator(id) {
        return Ok(&c.id);
    }
    let heads = || reg.roster.heads.iter().map(|h| h.id.as_str());
    let coordinators = || reg.roster.coordinators.iter().map(|c| c.id.as_str());
    Err(match role_of(&reg.roster, id) {
        Some(role) => RequestError::NotHeadOrDeputy {
            flag,
            id: id.to_string(),
            role,
            why,
            heads: heads().map(str::to_string).collect(),
            coordinators: coordinators().map(str::to_string).collect(),
        },
        None => RequestError::NoHeadOrDeputy {
            flag,
            id: id.to_string(),
            closest: crate::config::closest(id, heads().chain(coordinators())),
        },
    }
    .into())
}

/// An executor by id; anyone else is refused with the closest ids.
pub(crate) fn executor<'r>(reg: &'r Register, id: &str) -> Result<&'r Executor> {
    if let Some(e) = reg.roster.executor(id) {
        return Ok(e);
    }
    match role_of(&reg.roster, id) {
        Some(role) => Err(RequestError::NotExecutor {
            id: id.to_string(),
            role,
        }
        .into()),
        None => Err(super::list::unknown_executor(reg, id)),
    }
}

/// A calendar error met while recording a step.
pub(crate) fn calendar_error(e: crate::calendar::CalendarError) -> Error {
    Error::StepCalendar(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(name: &str, expected: Option<&str>) {
        assert_eq!(extension(Path::new(name)).as_deref(), expected, "{name}");
    }

    #[test]
    fn document_extensions() {
        check("draft.txt", Some(".txt"));
        check("Відповідь.PDF", Some(".pdf"));
        check("/tmp/a.b/info.docx", Some(".docx"));
        check("scan.JPEG", Some(".jpg"));
        check("scan.tiff", Some(".tif"));
        check("noext", None);
        check("weird.т", None);
        check(".hidden", None);
        check("x.a-b", None);
        check("answer.desktop", None);
        check("answer.html", None);
    }
}
