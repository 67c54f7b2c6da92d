//! Streaming over a register's cards for monitoring: each card file is read
//! and parsed into a lean view holding only what deadlines and reports use,
//! folded into an accumulator on rayon's threads and merged. No command
//! here holds all cards in memory, so a register of 100,000 cards costs
//! little more than walking and parsing it.

use crate::error::{Error, Result};
use crate::model::card::card_rel_path;
use crate::model::Status;
use crate::store::{CardFile, Store, CARDS};
use chrono::NaiveDate;
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// What monitoring reads of a card. Unknown fields are skipped, not
/// refused: the full card is validated by `check`, and a later card
/// version that adds fields must not break the daily tables.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct LeanCard {
    pub index: String,
    pub year: i32,
    pub number: u32,
    pub received: NaiveDate,
    pub status: Status,
    pub applicant: LeanApplicant,
    pub classification: LeanClassification,
    pub term: LeanTerm,
    pub resolution: Option<LeanResolution>,
    pub answer: Option<LeanAnswer>,
    pub result: Option<String>,
}

/// The Classifier's author fields.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct LeanApplicant {
    pub gender: Option<String>,
    #[serde(default)]
    pub categories: Vec<String>,
    pub social_status: Option<String>,
}

/// Part I and Part II codes.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct LeanClassification {
    pub form: String,
    pub sign: String,
    pub kind: String,
    pub subject: String,
    #[serde(rename = "type")]
    pub type_: String,
    pub topics: Vec<String>,
}

/// The dates of the term.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct LeanTerm {
    pub control_date: NaiveDate,
    pub executor_due: NaiveDate,
}

/// Who coordinates and who executes.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct LeanResolution {
    pub coordinator: String,
    pub executors: Vec<String>,
}

/// The executor's package, as far as monitoring weighs it.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct LeanAnswer {
    pub date: NaiveDate,
    pub result: String,
    pub late: bool,
    pub quality: LeanQuality,
}

/// The quality-evaluation card's score and the applicant's satisfaction.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct LeanQuality {
    pub score: u8,
    pub applicant_satisfied: crate::model::card::Satisfied,
}

impl LeanCard {
    /// `2015/К-125`.
    pub fn full_name(&self) -> String {
        format!("{}/{}", self.year, self.index)
    }

    /// The lead executor (the first named in the resolution).
    pub fn lead(&self) -> Option<&str> {
        self.resolution
            .as_ref()
            .and_then(|r| r.executors.first())
            .map(String::as_str)
    }
}

/// The register-relative path of a card file.
fn rel(f: &CardFile) -> String {
    format!("{CARDS}/{}", card_rel_path(f.year, f.number))
}

/// Reads and parses one card file into `T`, naming the file on error.
pub(crate) fn read<T: DeserializeOwned>(store: &Store, f: &CardFile) -> Result<T> {
    let rel = rel(f);
    let bytes = store.read_bytes(&rel)?;
    serde_json::from_slice(&bytes).map_err(|e| {
        Error::file(
            store.path(&rel),
            format!(
                "invalid card (line {}, column {}): {e}",
                e.line(),
                e.column()
            ),
        )
    })
}

/// Folds every card of the register into an accumulator, in parallel.
/// `fold` sees each card once; `merge` joins two partial accumulators.
pub(crate) fn fold<T, A>(
    store: &Store,
    init: impl Fn() -> A + Sync + Send,
    fold: impl Fn(&mut A, T) -> Result<()> + Sync + Send,
    merge: impl Fn(A, A) -> A + Sync + Send,
) -> Result<A>
where
    T: DeserializeOwned,
    A: Send,
{
    let files = store.card_files()?;
    files
        .par_iter()
        .try_fold(&init, |mut acc, f| {
            fold(&mut acc, read::<T>(store, f)?)?;
            Ok::<A, Error>(acc)
        })
        .try_reduce(&init, |a, b| Ok(merge(a, b)))
}

/// Reads the cards in register order, `chunk` files at a time in parallel,
/// and hands each parsed card to `each` in order: streaming output (export)
/// keeps at most one chunk in memory.
pub(crate) fn in_order<T, R>(
    store: &Store,
    chunk: usize,
    map: impl Fn(T) -> Result<R> + Sync + Send,
    mut each: impl FnMut(R) -> Result<()>,
) -> Result<usize>
where
    T: DeserializeOwned,
    R: Send,
{
    let files = store.card_files()?;
    for part in files.chunks(chunk.max(1)) {
        let rows: Vec<R> = part
            .par_iter()
            .map(|f| map(read::<T>(store, f)?))
            .collect::<Result<_>>()?;
        for r in rows {
            each(r)?;
        }
    }
    Ok(files.len())
}
