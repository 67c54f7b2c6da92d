//! An applicant's appeals (the order's point 9): which cards each applicant
//! (by normalised name, telephone or e-mail) has, on which topics, and
//! whether they are still open. The applicant index of [`crate::derived`]
//! finds the cards without reading the register; whether each is open, or
//! its applicant dissatisfied, is read from the card itself.

use crate::error::Result;
use crate::model::card::Applicant;
use crate::model::repeat::Story;
use crate::model::Card;
use crate::store::Register;
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// One of an applicant's cards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Year of the card.
    pub year: i32,
    /// Running number.
    pub number: u32,
    /// Registration index (`К-125`).
    pub index: String,
    /// Date received.
    pub received: NaiveDate,
    /// Still on control.
    pub open: bool,
    /// The quality card says the applicant is not satisfied.
    pub dissatisfied: bool,
    /// Topic codes.
    pub topics: Vec<String>,
    /// How it stood, day by day: for the sign of a later appeal.
    pub story: Story,
    /// Its sign of receipt.
    pub sign: String,
}

impl Entry {
    /// `2015/К-125`.
    pub fn full_name(&self) -> String {
        format!("{}/{}", self.year, self.index)
    }
}

impl Entry {
    /// The entry of a card as it is now.
    pub fn of(c: &Card) -> Entry {
        Entry {
            year: c.year,
            number: c.number,
            index: c.index.clone(),
            received: c.received,
            open: c.status.is_open(),
            dissatisfied: c.dissatisfied(),
            topics: c.classification.topics.clone(),
            story: Story::of(c),
            sign: c.classification.sign.clone(),
        }
    }
}

/// Every card of the applicant with these keys whose topics pass `topics`,
/// oldest first: found in the applicant index, read from the cards.
fn find(reg: &Register, keys: &[String], topics: impl Fn(&[String]) -> bool) -> Result<Vec<Entry>> {
    let mut at = BTreeSet::new();
    for k in keys {
        for l in reg.store.applicant_cards(k)? {
            if topics(&l.topics) {
                at.insert((l.year, l.number));
            }
        }
    }
    let mut found = Vec::new();
    for (year, number) in at {
        // A fresh index names only cards that are there; a card gone since
        // is simply not one of the applicant's appeals any more.
        if let Some(card) = reg.store.read_card(year, number)? {
            found.push(Entry::of(&card));
        }
    }
    found.sort_by_key(|e| (e.received, e.year, e.number));
    Ok(found)
}

/// Earlier appeals of the same applicant on an overlapping topic, oldest first.
pub fn matches(reg: &Register, applicant: &Applicant, topics: &[String]) -> Result<Vec<Entry>> {
    find(reg, &applicant.keys(), |t| {
        t.iter().any(|t| topics.contains(t))
    })
}

/// Every card of the applicant with these keys, oldest first.
pub fn same_applicant(reg: &Register, keys: &[String]) -> Result<Vec<Entry>> {
    find(reg, keys, |_| true)
}
