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
pub mod merge;
pub mod register;
pub mod related;
pub mod remind;
pub mod repeats;
pub mod report;
pub mod report_back;
pub mod steps;
pub mod sync;

use crate::error::{LookupError, Result};
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
                return Err(LookupError::NoCc { cc: cc.clone() }.into());
            };
            (y, n, None)
        }
    };
    let card = reg
        .store
        .read_card(year, number)?
        .ok_or_else(|| LookupError::NoCard {
            name: r.clone(),
            year,
            number,
        })?;
    if let Some(prefix) = prefix {
        let actual = split_index(&card.index).map(|(p, _)| p.to_uppercase());
        if actual.as_deref() != Some(prefix) {
            return Err(LookupError::WrongIndex {
                name: r.clone(),
                year,
                number,
                index: card.index.clone(),
            }
            .into());
        }
    }
    Ok(card)
}
