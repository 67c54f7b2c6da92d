//! An applicant's other appeals: those the applicant index finds (the same
//! name, phone or e-mail), and those the card's links name, which a clerk
//! may have linked across spellings of the applicant.

use crate::error::Result;
use crate::model::Card;
use crate::ops::applicants::{same_applicant, Entry};
use crate::ops::repeats;
use crate::store::Register;
use chrono::NaiveDate;

/// Another appeal of the same applicant.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Related {
    /// `2015/К-125`.
    pub card: String,
    /// Date received.
    pub received: NaiveDate,
    /// `open` or `closed`.
    pub status: &'static str,
    /// Topics.
    pub topics: Vec<String>,
    /// Shares a topic with the card asked about.
    pub same_question: bool,
    /// `repeat_of` (the card repeats it), `earlier` (one of the earlier
    /// appeals the card repeats through it), `later` (it repeats the card)
    /// or empty.
    pub link: &'static str,
    /// Its sign of receipt (2.x).
    pub sign: String,
}

/// The applicant's other appeals, oldest first.
pub fn related(reg: &Register, card: &Card, today: NaiveDate) -> Result<Vec<Related>> {
    let me = (card.year, card.number);
    let mut entries: Vec<Entry> = same_applicant(reg, &card.applicant.keys())?
        .into_iter()
        .filter(|e| (e.year, e.number) != me)
        .collect();
    // The cards its links name, found or not by the index.
    let linked = card
        .links
        .repeat_of
        .iter()
        .chain(&card.links.earlier)
        .chain(&card.links.later);
    for name in linked {
        if entries.iter().any(|e| &e.full_name() == name) {
            continue;
        }
        // A card named but gone is `check`'s to report.
        if let Ok(c) = repeats::lookup(reg, &[], name, today) {
            entries.push(Entry::of(&c));
        }
    }
    entries.sort_by_key(|e| (e.received, e.year, e.number));
    Ok(entries
        .into_iter()
        .map(|e| {
            let name = e.full_name();
            Related {
                link: if card.links.repeat_of.as_deref() == Some(name.as_str()) {
                    "repeat_of"
                } else if card.links.earlier.contains(&name) {
                    "earlier"
                } else if card.links.later.contains(&name) {
                    "later"
                } else {
                    ""
                },
                same_question: e
                    .topics
                    .iter()
                    .any(|t| card.classification.topics.contains(t)),
                card: name,
                received: e.received,
                status: if e.open { "open" } else { "closed" },
                sign: e.sign,
                topics: e.topics,
            }
        })
        .collect())
}
