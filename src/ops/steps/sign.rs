//! `sign`: the coordinator signs the answers and the information (the
//! order's annex, point 8.1). The card keeps the SHA-256 of every signed
//! document, so that a document changed after signing is detectable.

use super::{open, record, refuse, Actor};
use crate::error::Result;
use crate::model::card::Signature;
use crate::model::status::Action;
use crate::model::{Card, CardRef};
use crate::store::Register;
use serde_json::json;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// What `sign` did.
#[derive(Debug)]
pub struct Signed {
    /// The card as written.
    pub card: Card,
    /// Set when the signer is not the resolution's coordinator (kept on the card).
    pub warning: Option<String>,
}

/// SHA-256 of bytes, as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

/// Records the coordinator's signature on an answered card.
pub fn sign(
    reg: &Register,
    r: &CardRef,
    by: &str,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Signed> {
    let signer = super::coordinator(reg, by, "--by", "only a coordinator signs (point 8.1)")?;
    let mut o = open(reg, r, Action::Sign, who, on_wait)?;
    let name = o.card.full_name();
    let Some(answer) = &o.card.answer else {
        return Err(refuse(
            format!("card {name} is answered but has no answer package"),
            vec!["run 'appeals check' and repair the card file by hand".into()],
        ));
    };
    let mut sha256 = BTreeMap::new();
    for (role, path) in &answer.documents {
        if sha256.contains_key(path) {
            continue;
        }
        let bytes = reg.store.read_bytes(path).map_err(|e| {
            refuse(
                format!("card {name}: the {role} document can't be read: {e}"),
                vec![format!(
                    "restore {path} in the register (e.g. from git), then sign again"
                )],
            )
        })?;
        sha256.insert(path.clone(), sha256_hex(&bytes));
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
    let mut data = BTreeMap::from([("by".to_string(), json!(signer.id))]);
    if let Some(w) = &warning {
        data.insert("warning".into(), json!(w));
    }
    o.card.signature = Some(Signature {
        date: who.today,
        by: signer.id.clone(),
        warning: warning.clone(),
        sha256,
    });
    record(&mut o.card, who, Action::Sign, o.next, data);
    reg.store.write_card(&o.card)?;
    Ok(Signed {
        card: o.card,
        warning,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn sha256_of_known_text() {
        assert_eq!(
            super::sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
