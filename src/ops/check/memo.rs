//! What `check` keeps between runs in `.index/checked.jsonl`, so that a
//! repeated check reads again only what changed: git's rule for its index.
//!
//! One line per card file holds what the checks between cards need of it
//! ([`Seen`]): its number, index, contact-centre number, links and lines of
//! the derived indexes. With them go the identity on disk of its signed
//! documents when all were verified, and, for a card found clean against
//! settings files that all parsed, the identity on disk of the card file
//! and of every document it names (size, device, inode, modification and
//! change times, hashed). Any write to a file changes its change time,
//! which no ordinary tool can set back.
//!
//! A card whose files are as they were, checked by the same program build
//! against the same settings files, gives the same findings: none. So its
//! summary is taken from here, after one `stat` of each of its files.
//! Anything else is read, parsed and checked in full. The first line names
//! the program build and the settings files' hash. When either differs,
//! only the signed documents' identities are kept. A file changed within
//! the last two seconds could change again unseen within one tick of the
//! file system's clock, so it is never taken as settled. `check --rehash`
//! ignores this file and trusts nothing from earlier runs.
//!
//! Like the rest of `.index/`, this is derived data and never the only copy
//! of anything. A missing or damaged file only makes the next check a full
//! one, and a register that can't be written is checked in full every time.

use super::summary::Seen;
use crate::store::identity::{self, OnDisk};
use crate::store::memo::{Reader, Writer};
use crate::store::Store;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// What a clean result depends on besides the card's own files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Header {
    /// The program's version and the identity of its executable, so that
    /// a new build (whose checks may differ) checks every card again.
    program: String,
    /// SHA-256 of the settings files, or empty when one didn't parse.
    settings: String,
}

impl Header {
    /// The header for this program and these settings files' texts (`None`
    /// when one didn't parse: then no card is taken as clean).
    pub(super) fn new(settings: Option<&[u8]>) -> Header {
        Header {
            program: identity::program(),
            settings: settings
                .map(|b| format!("{:x}", Sha256::digest(b)))
                .unwrap_or_default(),
        }
    }

    /// Whether cards found clean under this header are clean under it.
    pub(super) fn trusted(&self) -> bool {
        !self.settings.is_empty() && !self.program.is_empty()
    }

    /// The memo of an earlier run: its lines are used when its header is
    /// one of this program's; the cards found clean in it only when it is
    /// this very header and trusted.
    pub(super) fn reader(&self, store: &Store) -> Reader {
        store.memo_reader(|first| {
            let earlier = serde_json::from_str::<Header>(first).ok()?;
            Some(earlier == *self && self.trusted())
        })
    }

    /// This run's memo.
    pub(super) fn writer(&self, store: &Store, earlier: &Reader) -> Writer {
        let header = serde_json::to_string(self).unwrap_or_default();
        store.memo_writer(header, earlier)
    }
}

/// What the memo keeps of one card file: its summary, and what it takes
/// to trust that summary next time.
#[derive(Serialize, Deserialize)]
pub(super) struct Line {
    pub(super) seen: Seen,
    /// Its signed documents' identity on disk, when all were verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) verified: Option<u128>,
    /// When the card was found clean with its files settled: their identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) clean: Option<Clean>,
}

/// A clean card's files on disk when it was checked.
#[derive(Serialize, Deserialize)]
pub(super) struct Clean {
    /// The identity of the card file and of every document it names.
    pub(super) identity: u128,
    /// Every document the card names, in the order of `identity`; also
    /// what tells the documents no card names when the card is not read.
    pub(super) docs: Vec<String>,
}

/// The identity on disk of a card file and the documents it names, and
/// whether all of them are settled (unchanged for the last two seconds).
pub(super) fn identity<'a>(
    card: Option<OnDisk>,
    docs: impl IntoIterator<Item = (&'a str, Option<OnDisk>)>,
    settled_before: i64,
) -> (u128, bool) {
    let mut h = Sha256::new();
    let mut settled = true;
    for (path, on_disk) in std::iter::once(("", card)).chain(docs) {
        h.update(path.as_bytes());
        match on_disk {
            Some(d) => {
                settled &= d.settled(settled_before);
                h.update(b"\t");
                d.feed(&mut h);
            }
            None => h.update(b"\t-"),
        }
        h.update(b"\n");
    }
    (first_128(&h.finalize()), settled)
}

/// The first 128 bits of a digest: enough to tell an identity on disk.
pub(super) fn first_128(digest: &[u8]) -> u128 {
    let mut first = [0u8; 16];
    first.copy_from_slice(&digest[..16]);
    u128::from_be_bytes(first)
}
