//! Listing cards with filters.

use crate::error::{LookupError, Result};
use crate::model::view::{Keys, Summary};
use crate::model::{Card, Status};
use crate::store::{cards, Register};
use chrono::NaiveDate;

/// Which cards to list.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    /// Status.
    pub status: Option<Status>,
    /// Only cards on control (not taken off).
    pub open: bool,
    /// Topic code.
    pub topic: Option<String>,
    /// Received on or after.
    pub received_from: Option<NaiveDate>,
    /// Received on or before.
    pub received_to: Option<NaiveDate>,
    /// Executor named in the resolution.
    pub executor: Option<String>,
}

/// The cards that pass the filter, in register order. Codes and ids in the
/// filter are checked first so that a typo is an error, not an empty list.
pub fn list(reg: &Register, filter: &Filter) -> Result<Vec<Card>> {
    let mut out = Vec::new();
    each(reg, filter, |c| -> Result<()> {
        out.push(c);
        Ok(())
    })?;
    Ok(out)
}

impl Filter {
    fn passes(&self, k: &Keys) -> bool {
        self.status.is_none_or(|s| k.status == s)
            && (!self.open || k.status.is_open())
            && self
                .topic
                .as_ref()
                .is_none_or(|t| k.classification.topics.contains(t))
            && self.received_from.is_none_or(|d| k.received >= d)
            && self.received_to.is_none_or(|d| k.received <= d)
            && self.executor.as_ref().is_none_or(|e| {
                k.resolution
                    .as_ref()
                    .is_some_and(|r| r.executors.contains(e))
            })
    }

    /// What the card catalogue can tell of the filter: the status and the
    /// date received.
    fn admits(&self, s: &Summary) -> bool {
        self.status.is_none_or(|st| s.status == st)
            && (!self.open || s.status.is_open())
            && self.received_from.is_none_or(|d| s.received >= d)
            && self.received_to.is_none_or(|d| s.received <= d)
    }

    /// Whether the catalogue narrows the listing at all.
    fn narrows(&self) -> bool {
        self.status.is_some()
            || self.open
            || self.received_from.is_some()
            || self.received_to.is_some()
    }
}

/// Cards read at a time: enough to keep both cores busy, few enough that
/// a listing of the whole register never holds it all.
const CHUNK: usize = 2048;

/// Hands each card that passes the filter to `each`, in register order,
/// reading the cards in parallel a chunk at a time. Returns how many passed.
pub fn each<E: From<crate::Error> + Send>(
    reg: &Register,
    filter: &Filter,
    mut each: impl FnMut(Card) -> Result<(), E>,
) -> Result<usize, E> {
    let mut filter = filter.clone();
    if let Some(t) = &filter.topic {
        let e = reg
            .classifier
            .entry(crate::classifier::SectionKey::Topic, t)
            .map_err(|e| crate::Error::from(LookupError::Topic(e)))?;
        filter.topic = Some(e.code.clone());
    }
    if let Some(x) = &filter.executor {
        if reg.roster.executor(x).is_none() {
            return Err(unknown_executor(reg, x).into());
        }
    }
    // Only the cards whose status and date of receipt pass are read, as
    // far as the card catalogue knows them.
    let admits = |s: &Summary| filter.admits(s);
    let want: Option<&crate::store::catalog::Want> = filter.narrows().then_some(&admits);
    let files = reg
        .store
        .card_files_where(want)
        .map_err(crate::Error::from)?;
    let mut count = 0;
    cards::walk(
        &files,
        CHUNK,
        |_| (),
        |f, ()| -> Result<Option<Card>, E> {
            let read = |path: &std::path::Path, bytes: &[u8]| -> Result<Option<Card>> {
                let keys: Keys = cards::parse(path, bytes)?;
                Ok(if filter.passes(&keys) {
                    Some(cards::parse_card_at(path, f.year, f.number, bytes)?)
                } else {
                    None
                })
            };
            f.with_bytes(read).map_err(E::from)
        },
        |_, (), card| {
            if let Some(c) = card {
                count += 1;
                each(c)?;
            }
            Ok(())
        },
    )?;
    Ok(count)
}

/// An unknown executor id, with the closest ids.
pub fn unknown_executor(reg: &Register, id: &str) -> crate::Error {
    LookupError::UnknownExecutor {
        id: id.to_string(),
        closest: crate::config::closest(id, reg.roster.executors.iter().map(|e| e.id.as_str())),
    }
    .into()
}
