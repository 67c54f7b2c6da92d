//! A synthetic register for benchmarks and demonstrations (issue #7): `n`
//! realistic cards over several years, deterministic for a seed.
//!
//! Every card goes as far through the procedure as its dates allow by the
//! register's "today" (`until`): old cards are answered, signed and sent,
//! recent ones are still with the coordinator or the executor, a few are
//! stuck and overdue. Codes come from the register's Classifier, people
//! from its `people.toml`, dates from its calendar and `terms::compute`,
//! statuses from `workflow`, so `appeals check` finds nothing to report.
//! Names, addresses and texts are invented from short lists; no real person
//! is described.
//!
//! Every card is made by the procedure layer ([`crate::workflow`]), as the
//! commands make theirs: registered, then each step applied in the order
//! it happened. The module decides what to write and hands every file to a
//! writer given by the caller, so that it stays free of file access: the benchmark's
//! generator writes plainly (a synthetic register needn't survive a power
//! cut, and fsync would cost minutes at 100,000 cards), while
//! `|rel, bytes| store.write_atomic(rel, bytes)` gives the durable path.
//! The bytes are the same either way: a card is `Card::to_json`, as
//! `Store::write_card` writes it. The derived indexes are saved through the
//! store at the end.
//!
//! Generation runs in two phases. Planning is sequential and cheap: dates,
//! people, outcomes and repeat links, from one random stream. Rendering
//! (building and serialising cards and documents, writing them) runs in
//! parallel over chunks of the plan, so memory stays at one chunk of cards.

mod plan;
mod render;
mod vocabulary;

use crate::calendar::CalendarError;
use crate::classifier::SectionKey;
use crate::model::card::Card;
use crate::store::{layout, Register, StoreError};
use crate::workflow::StepError;
use chrono::NaiveDate;
use rayon::prelude::*;
use serde_json::json;
use std::collections::BTreeMap;
use vocabulary::{people_count, person, pick_applicant, Rng, Vocabulary};

/// Why a register could not be generated.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    /// The register already has cards.
    #[error("{}", self.message())]
    HasCards {
        /// The register's directory.
        root: std::path::PathBuf,
    },
    /// The Classifier lacks what every card needs.
    #[error("{}", self.message())]
    NoTopicOrResult,
    /// The Classifier lacks a code every card needs.
    #[error("{}", self.message())]
    MissingCode {
        /// The section.
        key: SectionKey,
        /// The code.
        code: String,
    },
    /// The roster can't resolve an appeal.
    #[error("{}", self.message())]
    EmptyRoster,
    /// A date outside the calendar.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
    /// The period is backwards.
    #[error("{}", self.message())]
    FromAfterUntil {
        /// First day.
        from: NaiveDate,
        /// Last day.
        until: NaiveDate,
    },
    /// The period has no working day.
    #[error("{}", self.message())]
    NoWorkingDay {
        /// First day.
        from: NaiveDate,
        /// Last day.
        until: NaiveDate,
    },
    /// A planned story the procedure refuses: a bug in the generator.
    #[error("{}", self.message())]
    Story {
        /// The card.
        card: String,
        /// Its plan's position.
        plan: usize,
        /// What the procedure said.
        error: StepError,
    },
    /// The register could not be read or written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl GenerateError {
    fn message(&self) -> String {
        use crate::t;
        match self {
            GenerateError::HasCards { root } => t!("err-gen-has-cards", root = root.as_path()),
            GenerateError::NoTopicOrResult => t!("err-gen-no-topic-or-result"),
            GenerateError::MissingCode { key, code } => {
                t!("err-gen-missing-code", key = key.to_string(), code = code)
            }
            GenerateError::EmptyRoster => t!("err-gen-empty-roster"),
            GenerateError::Calendar(e) => e.to_string(),
            GenerateError::FromAfterUntil { from, until } => {
                t!("err-gen-from-after-until", from = *from, until = *until)
            }
            GenerateError::NoWorkingDay { from, until } => {
                t!("err-gen-no-working-day", from = *from, until = *until)
            }
            GenerateError::Story { card, plan, error } => t!(
                "err-gen-story",
                card = card,
                plan = *plan,
                error = error.to_string()
            ),
            GenerateError::Store(e) => e.to_string(),
        }
    }
}

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// Number of cards.
    pub cards: usize,
    /// Seed of the random stream: the same seed gives the same register.
    pub seed: u64,
    /// The first day appeals arrive.
    pub from: NaiveDate,
    /// The register's "today": the last day anything is recorded.
    pub until: NaiveDate,
    /// Write the executors' documents (and sign them); without them the
    /// answer packages list no files.
    pub documents: bool,
    /// A backlog: every card is left on control once dispatched, unanswered
    /// (as after a migration of years of unfinished work).
    pub backlog: bool,
    /// More cards, received before the last 180 days: a longer closed
    /// history beside the same recent work.
    pub history: usize,
}

impl Options {
    /// `n` cards from 23.06.2015 (the order's date) to 20.12.2024.
    pub fn new(cards: usize, seed: u64) -> Options {
        Options {
            cards,
            seed,
            from: NaiveDate::from_ymd_opt(2015, 6, 23).unwrap_or(NaiveDate::MIN),
            until: NaiveDate::from_ymd_opt(2024, 12, 20).unwrap_or(NaiveDate::MIN),
            documents: true,
            backlog: false,
            history: 0,
        }
    }
}

/// What was generated.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Generated {
    /// Cards written.
    pub cards: usize,
    /// Documents written (drafts, information, quality cards).
    pub documents: usize,
    /// Bytes of card files.
    pub card_bytes: u64,
    /// Cards by status.
    pub by_status: BTreeMap<String, usize>,
    /// Cards that repeat an earlier one (2.2, 2.3, 2.4).
    pub repeats: usize,
    /// Answers given after the executor's due date.
    pub late_answers: usize,
    /// Cards with a term extension.
    pub extended: usize,
    /// Cards registered after the day of receipt.
    pub registered_late: usize,
    /// First and last year with cards.
    pub years: (i32, i32),
}

/// Writes one register-relative file; see the module docs.
pub type Writer<'a> = dyn Fn(&str, &[u8]) -> Result<(), StoreError> + Sync + 'a;

/// Cards rendered and written at a time; bounds memory.
const CHUNK: usize = 4096;

/// Generates `opts.cards` cards (and `opts.history` older ones) into an empty register, handing each file
/// to `write`, then saves the derived indexes through the store. Holds the
/// register's lock throughout, as every command that writes does.
pub fn generate(
    reg: &Register,
    opts: &Options,
    write: &Writer,
) -> Result<Generated, GenerateError> {
    // A new register has nobody else waiting on it; there is nothing to tell.
    let _lock = reg.store.lock(|| {})?;
    if !reg.store.years()?.is_empty() {
        return Err(GenerateError::HasCards {
            root: reg.store.root().to_path_buf(),
        });
    }
    let vocab = Vocabulary::new(&reg.classifier, &reg.roster)?;
    let plans = plan::plan(reg, &vocab, opts)?;
    let mut out = Generated {
        cards: plans.len(),
        ..Generated::default()
    };
    for (start, chunk) in (0..plans.len()).step_by(CHUNK).zip(plans.chunks(CHUNK)) {
        let rendered: Vec<(Card, usize, u64)> = chunk
            .par_iter()
            .enumerate()
            .map(|(i, p)| {
                let (card, docs) = render::render(&vocab, &plans, start + i, p, opts)?;
                let text = card.to_json();
                for (rel, bytes) in &docs {
                    write(rel, bytes)?;
                }
                write(&layout::card_path(card.year, card.number), text.as_bytes())?;
                Ok((card, docs.len(), text.len() as u64))
            })
            .collect::<Result<_, GenerateError>>()?;
        for (card, docs, bytes) in rendered {
            out.documents += docs;
            out.card_bytes += bytes;
            *out.by_status.entry(card.status.to_string()).or_default() += 1;
        }
    }
    reg.store.rebuild_indexes()?;
    for p in &plans {
        out.repeats += usize::from(p.repeat_of.is_some());
        out.late_answers += usize::from(p.answer.as_ref().is_some_and(|a| a.late));
        out.extended += usize::from(p.extension.is_some());
        out.registered_late += usize::from(p.registered > p.received);
    }
    out.years = (
        plans.first().map_or(0, |p| p.year),
        plans.last().map_or(0, |p| p.year),
    );
    Ok(out)
}

/// Intake records of `n` new appeals received on `received`, as the contact
/// centre's export carries them (one JSON object each, for JSON Lines), from
/// the same people and topics as [`generate`]: the input of a benchmark's
/// batch registration. Contact-centre numbers start with `B` so they never
/// meet a generated card's.
pub fn intake_records(
    reg: &Register,
    n: usize,
    seed: u64,
    received: NaiveDate,
) -> Result<Vec<serde_json::Value>, GenerateError> {
    let vocab = Vocabulary::new(&reg.classifier, &reg.roster)?;
    let mut rng = Rng::new(seed ^ 0x1D7A_4E00);
    let people = people_count(n);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let who = pick_applicant(&mut rng, people);
        let p = person(seed, who.person);
        let topics = vocab.topics(&mut rng);
        let summary = vocab.summary(&mut rng, &topics);
        let name = who.name(&p);
        out.push(json!({
            "cc_number": format!("B{:05}-{}", i + 1, received.format("%d%m%Y")),
            "received": received,
            "name": name,
            "address": name.as_ref().map(|_| p.address.clone()),
            "phone": p.phone,
            "email": name.as_ref().and(p.email.clone()),
            "gender": name.as_ref().map(|_| vocab.gender(p.female)),
            "categories": if name.is_some() { p.categories(&vocab) } else { Vec::new() },
            "social_status": name.as_ref().and(p.social_status(&vocab)),
            "signatories": who.signatories,
            "kind": vocab.kind(&mut rng),
            "topics": topics,
            "summary": summary,
            "term": if rng.chance(0.4) { 15 } else { 30 },
            "confidential": rng.chance(0.01),
        }));
    }
    Ok(out)
}
