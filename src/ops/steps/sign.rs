//! `sign`: the coordinator signs the answers and the information (the
//! order's annex, point 8.1). The card keeps the SHA-256 of every signed
//! document, so that a document changed after signing is detectable.

use super::{open, Actor, Open};
use crate::error::{RequestError, Result};
use crate::model::card::Signature;
use crate::model::status::Action;
use crate::model::{Card, CardRef};
use crate::store::Register;
use crate::workflow::{Step, StepError};
use std::collections::BTreeMap;

/// What `sign` did.
#[derive(Debug)]
pub struct Signed {
    /// The card as written.
    pub card: Card,
    /// Set when the signer is not the resolution's coordinator (kept on the card).
    pub warning: Option<String>,
    /// The signature was on the card already: nothing was written.
    pub already: bool,
}

/// Records the coordinator's signature on an answered card.
pub fn sign(
    reg: &Register,
    r: &CardRef,
    by: &str,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Signed> {
    let signer = super::coordinator(reg, by, "--by", "detail-why-sign")?;
    let done = |c: &Card| c.signature.as_ref().is_some_and(|s| s.by == signer.id);
    let mut o = match open(reg, r, Action::Sign, who, on_wait, done)? {
        Open::Ready(o) => o,
        Open::Done(card) => {
            return Ok(Signed {
                card,
                warning: None,
                already: true,
            })
        }
    };
    let name = o.card.full_name();
    let Some(answer) = &o.card.answer else {
        return Err(StepError::Incomplete {
            card: name,
            status: "answered",
            missing: "detail-missing-package",
        }
        .into());
    };
    let mut sha256 = BTreeMap::new();
    for (role, path) in &answer.documents {
        if sha256.contains_key(path) {
            continue;
        }
        let bytes =
            reg.store
                .read_bytes(path)
                .map_err(|source| RequestError::SignedUnreadable {
                    card: name.clone(),
                    role: role.clone(),
                    path: path.clone(),
                    source,
                })?;
        // A merge left git's markers in it: two versions, neither signed.
        if crate::model::markers::is_text(path) {
            if let Some(line) = crate::model::markers::conflict_line(&bytes) {
                return Err(RequestError::SignedConflict {
                    card: name.clone(),
                    role: role.clone(),
                    path: path.clone(),
                    line,
                }
                .into());
            }
        }
        sha256.insert(path.clone(), Signature::digest(&bytes));
    }
    let warning = match &o.card.resolution {
        Some(res) if res.coordinator != signer.id => Some(format!(
            "signed by {} ({}), not by the resolution's coordinator {} ({})",
            signer.id,
            signer.name,
            res.coordinator,
            reg.roster
                .name_of(&res.coordinator)
                .unwrap_or("not in people.toml")
        )),
        _ => None,
    };
    let signature = Signature {
        date: who.today,
        by: signer.id.clone(),
        warning: warning.clone(),
        sha256,
    };
    o.card.apply(Step::Sign(signature), who)?;
    reg.store.write_card(&o.card)?;
    Ok(Signed {
        card: o.card,
        warning,
        already: false,
    })
}
