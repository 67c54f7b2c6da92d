//! Repeated appeals in the register (the order's point 9): which earlier
//! appeals a new or relinked one repeats, and the sign of receipt that
//! follows by the rule of [`crate::model::repeat`]. Used by registration,
//! by `link` and `unlink`, and by the cards further down a chain when one
//! of it changes.

use super::applicants::Entry;
use crate::error::Result;
use crate::model::codes::Sign;
use crate::model::repeat::{self, Rule, Standing, Story};
use crate::model::{Card, CardRef};
use crate::store::Register;
use chrono::NaiveDate;

/// An earlier appeal on the question, with what tells how it stood.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Known {
    /// `2015/К-125`.
    pub name: String,
    /// Year and number, for ordering.
    pub at: (i32, u32),
    /// Date received.
    pub received: NaiveDate,
    /// Its story.
    pub story: Story,
}

impl Known {
    /// What is known of a card.
    pub fn of(c: &Card) -> Known {
        Known {
            name: c.full_name(),
            at: (c.year, c.number),
            received: c.received,
            story: Story::of(c),
        }
    }

    fn of_entry(e: &Entry) -> Known {
        Known {
            name: e.full_name(),
            at: (e.year, e.number),
            received: e.received,
            story: e.story.clone(),
        }
    }
}

/// A card by its full name (`2015/К-125`): from `batch` (cards not yet
/// written, in a dry run) or the register.
pub fn lookup(reg: &Register, batch: &[Card], name: &str, today: NaiveDate) -> Result<Card> {
    if let Some(c) = batch.iter().find(|c| c.full_name() == name) {
        return Ok(c.clone());
    }
    let r = CardRef::parse(name).map_err(crate::error::LookupError::from)?;
    super::find_card(reg, &r, today)
}

/// Every earlier appeal a card that repeats `latest` repeats: `latest`,
/// those `latest` itself repeats, and the applicant's other appeals on the
/// question found by the index (`found`) received no later than `latest`;
/// oldest first.
pub fn earlier_of(
    reg: &Register,
    batch: &[Card],
    latest: &Card,
    found: &[Entry],
    today: NaiveDate,
) -> Result<Vec<Known>> {
    let mut list: Vec<Known> = found
        .iter()
        .filter(|e| (e.received, e.year, e.number) <= (latest.received, latest.year, latest.number))
        .filter(|e| (e.year, e.number) != (latest.year, latest.number))
        .map(Known::of_entry)
        .collect();
    for name in &latest.links.earlier {
        if !list.iter().any(|k| &k.name == name) {
            // A card listed but gone is `check`'s to report; the rest stand.
            if let Ok(c) = lookup(reg, batch, name, today) {
                list.push(Known::of(&c));
            }
        }
    }
    list.push(Known::of(latest));
    list.sort_by_key(|k| (k.received, k.at));
    list.dedup_by(|a, b| a.name == b.name);
    Ok(list)
}

/// How each of `earlier` stood on `received`.
pub fn standings(earlier: &[Known], received: NaiveDate) -> Vec<Standing> {
    earlier
        .iter()
        .map(|k| k.story.standing_on(received))
        .collect()
}

/// The sign of receipt of an appeal received on `received` whose earlier
/// appeals on the question are `earlier`.
pub fn sign(earlier: &[Known], received: NaiveDate, rule: &Rule) -> Sign {
    repeat::sign(&standings(earlier, received), rule)
}
