//! `correct`: what registration wrote of the applicant or the appeal, typed
//! wrong, corrected as a step with who, when and why: the applicant's name,
//! postal address, telephone or e-mail, the summary. The answer goes to the
//! address on the card, so a mistyped one must be put right before it is
//! sent; the old value stays in the card's history.
//!
//! The values are read as intake reads them (trimmed; control characters
//! and overlong text refused; an empty one, where the field may be empty,
//! says there is none). An appeal's anonymity (law art. 8) was settled at
//! registration, and decided whether it is considered: a correction doesn't
//! give an anonymous card a name, nor take one away.
//!
//! The executors of a card awaiting their answer hold a letter with the
//! details as they were: with `--outbox`, each gets it again, headed as a
//! correction (as `link` does); without, the clerk is told.

use super::{open, Actor, Open};
use crate::error::{RequestError, Result};
use crate::model::event::What;
use crate::model::status::Action;
use crate::model::Status;
use crate::model::{Card, CardRef};
use crate::store::Register;
use crate::workflow::Step;

/// The fields a correction changes, as the card names them, in the card's
/// order.
pub const FIELDS: [&str; 5] = ["name", "address", "phone", "email", "summary"];

/// What the clerk corrects: each field given (`Some("")` where the field
/// may be empty: there is none).
#[derive(Debug, Clone, Default)]
pub struct CorrectRequest<'a> {
    /// The applicant's name.
    pub name: Option<&'a str>,
    /// The postal address.
    pub address: Option<&'a str>,
    /// The telephone.
    pub phone: Option<&'a str>,
    /// The e-mail.
    pub email: Option<&'a str>,
    /// The summary.
    pub summary: Option<&'a str>,
    /// Why.
    pub reason: &'a str,
    /// Where the executors' corrected letters go, if anywhere.
    pub outbox: Option<&'a std::path::Path>,
}

/// What `correct` did.
#[derive(Debug)]
pub struct Corrected {
    /// The card as written.
    pub card: Card,
    /// The fields changed, as [`FIELDS`] names and orders them.
    pub fields: Vec<String>,
    /// What to follow up.
    pub notes: Vec<Note>,
    /// Corrected letters written to the outbox.
    pub files: Vec<std::path::PathBuf>,
    /// The card was as given already: nothing was written.
    pub already: bool,
}

/// What a correction leaves to follow up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// The applicant's keys changed, and the card has repeat links, decided
    /// on the old ones.
    Links {
        /// The card.
        card: String,
    },
    /// The surname corrected begins with another letter than the index's:
    /// the index stays, as letters and links name it.
    Index {
        /// The card.
        card: String,
        /// The index the corrected name would have had.
        would: String,
    },
    /// The executors, awaiting their answer, hold a letter with the details
    /// as they were, and no outbox was given for corrected ones.
    Letters {
        /// The card.
        card: String,
        /// The executors.
        executors: Vec<String>,
    },
}

/// A corrected value as intake reads one ([`crate::intake::text_value`]).
fn value(flag: &'static str, given: &str) -> Result<Option<String>> {
    crate::intake::text_value(given).map_err(|reason| RequestError::BadText { flag, reason }.into())
}

/// Corrects what registration wrote.
pub fn correct(
    reg: &Register,
    r: &CardRef,
    req: &CorrectRequest,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Corrected> {
    let reason = super::link::checked(req.reason, req.outbox)?;
    let reason = reason.as_str();
    let field = |flag, given: Option<&str>| given.map(|g| value(flag, g)).transpose();
    let name: Option<Option<String>> = field("--name", req.name)?;
    let address = field("--address", req.address)?;
    let phone = field("--phone", req.phone)?;
    let email = field("--email", req.email)?;
    let summary = match field("--summary", req.summary)? {
        Some(None) => {
            return Err(RequestError::BadText {
                flag: "--summary",
                reason: crate::t!("err-missing-summary"),
            }
            .into())
        }
        s => s.flatten(),
    };
    if [&name, &address, &phone, &email]
        .iter()
        .all(|f| f.is_none())
        && summary.is_none()
    {
        return Err(RequestError::NothingToCorrect.into());
    }
    // The same correction run again: the card's last step is a correction
    // for the same reason, and the card is as it gives. A card that is as
    // given without it is refused.
    let same = |c: &Card| {
        let a = &c.applicant;
        let rerun = matches!(
            c.history.last().map(|e| &e.what),
            Some(What::Correct(x)) if x.reason == reason
        );
        rerun
            && name.as_ref().is_none_or(|v| *v == a.name)
            && address.as_ref().is_none_or(|v| *v == a.address)
            && phone.as_ref().is_none_or(|v| *v == a.phone)
            && email.as_ref().is_none_or(|v| *v == a.email)
            && summary.as_ref().is_none_or(|v| *v == c.summary)
    };
    let mut o = match open(reg, r, Action::Correct, who, on_wait, same)? {
        Open::Done(card) => return Ok(already(card)),
        Open::Ready(o) if same(&o.card) => return Ok(already(o.card)),
        Open::Ready(o) => o,
    };
    let card = &mut o.card;
    if let Some(new) = &name {
        if new.is_some() != card.applicant.name.is_some() {
            return Err(RequestError::Anonymity {
                card: card.full_name(),
                anonymous: card.applicant.name.is_none(),
            }
            .into());
        }
    }
    let keys_before = card.applicant.keys();
    let kind = |c: &Card| {
        crate::model::index::IndexKind::for_applicant(
            c.applicant.name.as_deref(),
            c.applicant.signatories,
        )
    };
    let kind_before = kind(card);
    card.apply(
        Step::Correct {
            name,
            address,
            phone,
            email,
            summary,
            reason: reason.to_string(),
        },
        who,
    )?;
    reg.store.write_card(card)?;
    let fields = match card.history.last().map(|e| &e.what) {
        Some(What::Correct(x)) => changed(x),
        _ => Vec::new(),
    };
    let mut notes = Vec::new();
    let kind_now = kind(card);
    if kind_now != kind_before {
        let n = &reg.settings.numbering;
        notes.push(Note::Index {
            card: card.full_name(),
            would: kind_now.index(card.number, &n.collective, &n.anonymous),
        });
    }
    let linked = card.links.repeat_of.is_some() || !card.links.later.is_empty();
    if linked && card.applicant.keys() != keys_before {
        notes.push(Note::Links {
            card: card.full_name(),
        });
    }
    let mut files = Vec::new();
    if let Some(d) = card
        .dispatch
        .as_ref()
        .filter(|_| card.status == Status::Dispatched)
    {
        match req.outbox {
            Some(dir) => {
                let headline = format!(
                    "{reason}\nВиправлено дані, записані під час реєстрації; нижче — лист із виправленими даними."
                );
                files = super::link::corrected_letters(
                    reg,
                    card,
                    dir,
                    "виправлення-даних",
                    &headline,
                    who,
                )?;
            }
            None => notes.push(Note::Letters {
                card: card.full_name(),
                executors: d.to.clone(),
            }),
        }
    }
    Ok(Corrected {
        card: o.card,
        fields,
        notes,
        files,
        already: false,
    })
}

/// The fields a correction changed, in the card's order ([`FIELDS`]).
pub fn changed(x: &crate::model::event::Corrected) -> Vec<String> {
    FIELDS
        .iter()
        .filter(|f| x.to.contains_key(**f))
        .map(|f| f.to_string())
        .collect()
}

fn already(card: Card) -> Corrected {
    Corrected {
        card,
        fields: Vec::new(),
        notes: Vec::new(),
        files: Vec::new(),
        already: true,
    }
}
