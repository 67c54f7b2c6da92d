//! An applicant's other appeals, from the applicant index.

use crate::error::Result;
use crate::model::Card;
use crate::ops::applicants::same_applicant;
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
    /// Its sign of receipt (2.x).
    pub sign: String,
    /// `repeat_of` (the card repeats it), `earlier` (one of the earlier
    /// appeals the card repeats through it), `later` (it repeats the card)
    /// or empty.
    pub link: &'static str,
}

/// The applicant's other appeals, oldest first.
pub fn related(reg: &Register, card: &Card) -> Result<Vec<Related>> {
    let me = card.full_name();
    Ok(same_applicant(reg, &card.applicant.keys())?
        .into_iter()
        .filter(|e| (e.year, e.number) != (card.year, card.number))
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
        .filter(|r| r.card != me)
        .collect())
}
