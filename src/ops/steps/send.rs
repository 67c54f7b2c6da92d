//! `send`: the signed answer mailed to the applicant and scanned to the
//! contact centre (the order's annex, point 8.2), the result of
//! consideration entered (8.3), with the reply's outgoing number and
//! date; the card is taken off control too when `register.toml` says so
//! (`control.close_at_send`), else by `close`.

use super::{doc_path, open, read_kept_document, Actor, Open, Warning};
use crate::error::{RequestError, Result};
use crate::model::card::{Sent, Signature};
use crate::model::status::Action;
use crate::model::{Card, CardRef};
use crate::store::Register;
use crate::workflow::{Step, StepError};
use chrono::NaiveDate;
use std::path::Path;

/// When and how the answer went out.
#[derive(Debug, Clone, Default)]
pub struct SendRequest<'a> {
    /// Date mailed to the applicant (default today; none for an anonymous appeal).
    pub posted: Option<NaiveDate>,
    /// Date scanned to the contact centre (default today).
    pub to_cc: Option<NaiveDate>,
    /// The scan of the signed answer, kept with the card's documents.
    pub scan: Option<&'a Path>,
    /// The outgoing number of the council's reply.
    pub number: Option<&'a str>,
    /// The outgoing date of the council's reply.
    pub date: Option<NaiveDate>,
}

/// What `send` did.
#[derive(Debug)]
pub struct Mailed {
    /// The card as written.
    pub card: Card,
    /// Signed documents that changed since signing (sent anyway: the paper
    /// the coordinator signed is what was mailed; `check` reports them).
    pub warnings: Vec<Warning>,
    /// It was sent so already: nothing was written.
    pub already: bool,
}

/// Records the mailing and enters the result; takes the card off control
/// too when `register.toml` says `send` does.
pub fn send(
    reg: &Register,
    r: &CardRef,
    req: &SendRequest,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Mailed> {
    let scan = match req.scan {
        Some(p) => Some((p, read_kept_document(p, "--scan", "detail-doc-scan")?)),
        None => None,
    };
    // Sent already as asked: the dates given (if any) and the scan's bytes.
    let done = |c: &Card| {
        let Some(s) = &c.sent else { return false };
        let same_scan = match (&scan, &s.scan) {
            (None, _) => true,
            (Some((_, bytes)), Some(kept)) => reg.store.read_bytes(kept).is_ok_and(|k| k == *bytes),
            (Some(_), None) => false,
        };
        req.posted.is_none_or(|p| s.posted == Some(p))
            && req.to_cc.is_none_or(|d| s.to_cc == d)
            && req.number.is_none_or(|n| s.number.as_deref() == Some(n))
            && req.date.is_none_or(|d| s.date == Some(d))
            && same_scan
    };
    let mut o = match open(reg, r, Action::Send, who, on_wait, done)? {
        Open::Ready(o) => o,
        Open::Done(card) => {
            return Ok(Mailed {
                card,
                warnings: Vec::new(),
                already: true,
            })
        }
    };
    let name = o.card.full_name();
    let (Some(signature), Some(answer)) = (&o.card.signature, &o.card.answer) else {
        return Err(StepError::Incomplete {
            card: name,
            status: "signed",
            missing: "detail-missing-signature",
        }
        .into());
    };
    let signed = signature.date;
    let mut warnings = Vec::new();
    for (path, sha) in &signature.sha256 {
        let now = reg
            .store
            .read_bytes(path)
            .ok()
            .map(|b| Signature::digest(&b));
        if now.as_ref() != Some(sha) {
            warnings.push(Warning::ChangedSinceSigned {
                path: path.clone(),
                gone: now.is_none(),
                signed,
            });
        }
    }
    let result = answer.result.clone();
    // An anonymous appeal has no address: nothing is mailed (the order's point 10).
    let anonymous = o.card.applicant.name.is_none();
    let posted = match (anonymous, req.posted) {
        (true, Some(_)) => return Err(RequestError::AnonymousPosted { card: name }.into()),
        (true, None) => None,
        (false, p) => Some(p.unwrap_or(who.today)),
    };
    let to_cc = req.to_cc.unwrap_or(who.today);
    for (flag, date) in [
        ("--posted", posted),
        ("--to-cc", Some(to_cc)),
        ("--date", req.date),
    ] {
        let Some(date) = date else { continue };
        if date < signed {
            return Err(RequestError::BeforeSigned { flag, date, signed }.into());
        }
        if date > who.today {
            return Err(RequestError::SentAfterToday {
                flag,
                date,
                today: who.today,
            }
            .into());
        }
    }
    let scan_path = match &scan {
        Some((p, bytes)) => {
            let rel = doc_path(&o.card, "scan", p);
            reg.store.write_atomic(&rel, bytes)?;
            Some(rel)
        }
        None => None,
    };
    let sent = Sent {
        posted,
        to_cc,
        scan: scan_path,
        number: req.number.map(str::to_string),
        date: req.date,
    };
    o.card.apply(Step::Send { sent, result }, who)?;
    if reg.settings.control.close_at_send {
        let by = who.user.to_string();
        let close = Step::Close {
            by,
            file: None,
            at_send: true,
        };
        o.card.apply(close, who)?;
    }
    reg.store.write_card(&o.card)?;
    Ok(Mailed {
        card: o.card,
        warnings,
        already: false,
    })
}
