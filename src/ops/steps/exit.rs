//! The ways a card leaves control other than a reply, each a step with who
//! decided it, when, on what legal ground, and the notice to the applicant
//! kept in the answer package's place (law «Про звернення громадян»):
//! `forward` to the competent body (art. 7, within five days), `return` to
//! the applicant for what art. 5 requires (art. 7, the same five days),
//! `decline` a repeat decided on the merits, an anonymous appeal (art. 8)
//! or a complaint filed late (art. 17) by the head's decision, and
//! `close-duplicate` for the same appeal registered twice. And `close`: the
//! removal from control after the reply, by a controller or coordinator.

use super::{doc_path, open, read_kept_document, Actor, Done, Open};
use crate::config::Roster;
use crate::error::{RequestError, Result};
use crate::model::card::Exit;
use crate::model::status::{Action, Ground, Status};
use crate::model::{Card, CardRef};
use crate::store::Register;
use crate::terms;
use crate::workflow::Step;
use chrono::{Days, NaiveDate};
use std::path::Path;

/// The days art. 7 gives to forward an appeal, or to return it.
pub const ART7_DAYS: u64 = 5;

/// An exit asked for: which step, on what ground, decided by whom.
#[derive(Debug, Clone)]
pub struct ExitRequest<'a> {
    /// `Forward`, `Return`, `Decline` or `CloseDuplicate`.
    pub step: Action,
    /// The legal ground (`decline` takes one of art. 8's or art. 17's).
    pub ground: Ground,
    /// The official who decided it (an id from people.toml).
    pub by: &'a str,
    /// The body it is forwarded to.
    pub to: Option<&'a str>,
    /// The card it duplicates.
    pub of: Option<&'a CardRef>,
    /// Why, in words.
    pub reason: Option<&'a str>,
    /// The outgoing number of the covering letter or notice.
    pub number: Option<&'a str>,
    /// The notice to the applicant.
    pub notice: Option<&'a Path>,
}

/// Whether `id` may decide `step`, and who may, in words.
fn may(roster: &Roster, step: Action, id: &str) -> (bool, &'static str) {
    let coordinator = roster.coordinator(id).is_some();
    let head = roster.head(id).is_some();
    match step {
        // The coordinator who would resolve it decides where it belongs.
        Action::Forward | Action::Return => (coordinator || head, "detail-needs-forward"),
        // "Рішення про припинення розгляду … приймає керівник … або посадова
        // особа в межах своїх повноважень" (art. 8).
        Action::Decline => (head, "detail-needs-decline"),
        Action::CloseDuplicate => (
            roster.administrator(id).is_some() || coordinator,
            "detail-needs-duplicate",
        ),
        Action::Close => (
            roster.administrator(id).is_some_and(|a| a.controller) || coordinator || head,
            "detail-needs-close",
        ),
        _ => (false, "detail-needs-none"),
    }
}

/// Who may decide `step`: `--by` if the roster lets them, else refused
/// with everyone who may (administrators, coordinators, heads, in roster
/// order).
fn decided_by(reg: &Register, step: Action, by: &str) -> Result<String> {
    let roster = &reg.roster;
    let (allowed, needs) = may(roster, step, by);
    if allowed {
        return Ok(by.to_string());
    }
    let allowed = roster
        .administrators
        .iter()
        .map(|a| &a.id)
        .chain(roster.coordinators.iter().map(|c| &c.id))
        .chain(roster.heads.iter().map(|h| &h.id))
        .filter(|id| may(roster, step, id).0)
        .cloned()
        .collect();
    Err(RequestError::NotAuthorised {
        id: by.to_string(),
        role: super::role_of(roster, by),
        needs,
        allowed,
    }
    .into())
}

/// The last day of art. 7's five days from receipt, by the register's rule
/// for a term ending on a non-working day.
pub(crate) fn art7_due(reg: &Register, received: NaiveDate) -> Result<NaiveDate> {
    let end = received
        .checked_add_days(Days::new(ART7_DAYS))
        .unwrap_or(received);
    // Moved off a day off by the rule for the base term, which never
    // passes art. 20's ceiling either.
    let limit = terms::latest_allowed(received, reg.settings.terms.max_total);
    let mut steps = Vec::new();
    terms::settle(
        end,
        reg.settings.terms.non_working,
        limit,
        &reg.calendar,
        &mut steps,
    )
    .map_err(super::calendar_error)
}

/// Records one of the Law's exits: the card leaves control with its own
/// status, the notice kept with its documents.
pub fn exit(
    reg: &Register,
    r: &CardRef,
    req: &ExitRequest,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Done> {
    let by = decided_by(reg, req.step, req.by)?;
    let allowed: &[Ground] = match req.step {
        Action::Forward => &[Ground::Art7],
        Action::Return => &[Ground::Art5],
        Action::Decline => &[Ground::Art8Repeat, Ground::Art8Anonymous, Ground::Art17Late],
        _ => &[Ground::Duplicate],
    };
    if !allowed.contains(&req.ground) {
        return Err(RequestError::WrongGround {
            ground: req.ground.as_str(),
            allowed: allowed.iter().map(|g| g.as_str()).collect(),
        }
        .into());
    }
    let reason = req.reason.map(str::trim).filter(|r| !r.is_empty());
    if req.reason.is_some() && reason.is_none() {
        return Err(RequestError::NoReason.into());
    }
    if req.step == Action::Return && reason.is_none() {
        return Err(RequestError::ReasonRequired { step: "return" }.into());
    }
    if req.step == Action::Forward && req.to.is_none_or(|t| t.trim().is_empty()) {
        return Err(RequestError::ForwardWhere.into());
    }
    // The applicant is told of every exit but a duplicate (the other card
    // gets the reply) and an anonymous appeal (no address to tell).
    let notice_needed = !matches!(req.ground, Ground::Duplicate | Ground::Art8Anonymous);
    let notice = match req.notice {
        Some(p) => Some((p, read_kept_document(p, "--notice", "detail-doc-notice")?)),
        None if notice_needed => {
            return Err(RequestError::NoticeRequired {
                step: req.step.command(),
            }
            .into())
        }
        None => None,
    };
    // Who it duplicates, read without the lock: it must exist, differ, and
    // not be gone itself; re-read under the lock is not needed, as a
    // duplicate's link is a name, not a state.
    let of = match req.of {
        Some(o) => {
            let other = super::super::find_card(reg, o, who.today)?;
            Some(other)
        }
        None => None,
    };
    // Gone so already: the same step, ground, decision and notice.
    let done = |c: &Card| {
        c.exit.as_ref().is_some_and(|x| {
            x.step == req.step
                && x.ground == req.ground
                && x.by == by
                && x.to.as_deref() == req.to.map(str::trim)
                && x.of.as_deref() == of.as_ref().map(|o| o.full_name()).as_deref()
                && (req.number.is_none() || x.number.as_deref() == req.number)
                && match (&notice, &x.notice) {
                    (None, _) => true,
                    (Some((_, bytes)), Some(kept)) => {
                        reg.store.read_bytes(kept).is_ok_and(|k| k == *bytes)
                    }
                    (Some(_), None) => false,
                }
        })
    };
    let mut o = match open(reg, r, req.step, who, on_wait, done)? {
        Open::Done(card) => {
            return Ok(Done {
                card,
                already: true,
            })
        }
        Open::Ready(o) => o,
    };
    let name = o.card.full_name();
    if let Some(other) = &of {
        if other.full_name() == name {
            return Err(RequestError::DuplicateOfItself { card: name }.into());
        }
        if matches!(other.status, Status::Duplicate) {
            return Err(RequestError::DuplicateOfDuplicate {
                card: name,
                of: other.full_name(),
            }
            .into());
        }
    } else if req.step == Action::CloseDuplicate {
        return Err(RequestError::DuplicateOfWhat.into());
    }
    if req.ground == Ground::Art8Repeat {
        decided_on_merits(reg, &o.card, who.today)?;
    }
    let (due, late) = match req.step {
        Action::Forward | Action::Return => {
            let due = art7_due(reg, o.card.received)?;
            (Some(due), who.today > due)
        }
        _ => (None, false),
    };
    let notice_path = match &notice {
        Some((p, bytes)) => {
            let rel = doc_path(&o.card, "notice", p);
            reg.store.write_atomic(&rel, bytes)?;
            Some(rel)
        }
        None => None,
    };
    let exit = Exit {
        step: req.step,
        ground: req.ground,
        date: who.today,
        by,
        to: req.to.map(|t| t.trim().to_string()),
        of: of.map(|o| o.full_name()),
        reason: reason.map(str::to_string),
        number: req.number.map(str::to_string),
        notice: notice_path,
        due,
        late,
    };
    o.card.apply(Step::Exit(exit), who)?;
    reg.store.write_card(&o.card)?;
    Ok(Done {
        card: o.card,
        already: false,
    })
}

/// Art. 8 declines a repeat only when the first appeal on the question was
/// decided on the merits: the card must repeat one that got its reply.
fn decided_on_merits(reg: &Register, card: &Card, today: NaiveDate) -> Result<()> {
    let refuse = |earlier: Option<String>| -> crate::Error {
        RequestError::NotDecidedOnMerits {
            card: card.full_name(),
            earlier,
        }
        .into()
    };
    let Some(first) = &card.links.repeat_of else {
        return Err(refuse(None));
    };
    let r = CardRef::parse(first).map_err(|_| refuse(Some(first.clone())))?;
    let earlier = super::super::find_card(reg, &r, today)?;
    if earlier.sent.is_none() {
        return Err(refuse(Some(first.clone())));
    }
    Ok(())
}

/// Takes a card off control after its reply (the Instruction: the
/// controller or the head decides it), with the case file it is kept in.
pub fn close(
    reg: &Register,
    r: &CardRef,
    by: &str,
    file: Option<&str>,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Done> {
    let by = decided_by(reg, Action::Close, by)?;
    let file = file.map(str::trim).filter(|f| !f.is_empty());
    let done = |c: &Card| {
        c.closed
            .as_ref()
            .is_some_and(|x| x.by == by && (file.is_none() || x.file.as_deref() == file))
    };
    let mut o = match open(reg, r, Action::Close, who, on_wait, done)? {
        Open::Done(card) => {
            return Ok(Done {
                card,
                already: true,
            })
        }
        Open::Ready(o) => o,
    };
    let step = Step::Close {
        by,
        file: file.map(str::to_string),
        at_send: false,
    };
    o.card.apply(step, who)?;
    reg.store.write_card(&o.card)?;
    Ok(Done {
        card: o.card,
        already: false,
    })
}
