//! Domain operations: one function per command, over a loaded register.
//! They take "today" and the user as arguments and return data; the CLI
//! renders it.

pub mod applicants;
pub mod audit;
pub mod check;
pub mod deadlines;
pub mod draft;
pub mod explain;
pub mod export;
pub mod init;
pub mod list;
pub mod register;
pub mod related;
pub mod report;
pub mod steps;

use crate::error::{Error, Result};
use crate::model::index::split_index;
use crate::model::{Card, CardRef};
use crate::store::Register;
use chrono::{Datelike, NaiveDate};

/// Finds the card a clerk named, reading only that card (or the small
/// contact-centre index for `cc:`).
pub fn find_card(reg: &Register, r: &CardRef, today: NaiveDate) -> Result<Card> {
    let (year, number, prefix) = match r {
        CardRef::Index {
            year,
            prefix,
            number,
        } => (year.unwrap_or(today.year()), *number, Some(prefix.as_str())),
        CardRef::Number { year, number } => (year.unwrap_or(today.year()), *number, None),
        CardRef::Cc(cc) => {
            let Some((y, n)) = reg.store.find_cc(cc)? else {
                return Err(Error::refused(
                    format!("no card has contact-centre number {cc}"),
                    &["list cards with 'appeals list'"],
                ));
            };
            (y, n, None)
        }
    };
    let not_found = || {
        let mut hints = vec![format!(
            "list the year's cards with 'appeals list --received-from {year}-01-01'"
        )];
        if !matches!(
            r,
            CardRef::Index { year: Some(_), .. } | CardRef::Number { year: Some(_), .. }
        ) {
            hints.push(format!(
                "a card of another year is named with its year, e.g. {}/К-{number} or {}#{number}",
                year - 1,
                year - 1
            ));
        }
        Error::Refused {
            what: format!("no card {r} in {year}"),
            hints,
        }
    };
    let card = reg.store.read_card(year, number)?.ok_or_else(not_found)?;
    if let Some(prefix) = prefix {
        let actual = split_index(&card.index).map(|(p, _)| p.to_uppercase());
        if actual.as_deref() != Some(prefix) {
            return Err(Error::refused(
                format!("card {year}#{number} is {}, not {r}", card.index),
                &[&format!("name it {}/{}", year, card.index)],
            ));
        }
    }
    Ok(card)
}
