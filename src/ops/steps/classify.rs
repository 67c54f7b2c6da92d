//! `classify`: a coordinator corrects a card's classification (topics,
//! kind, author categories) after registration. The term is not changed:
//! it follows from the term given at intake, not from these codes. What a
//! correction leaves to follow up is said: a coordinator of the resolution
//! who doesn't cover the new topics, repeat links decided on the old ones.

use super::{coordinator, open, Actor, Open};
use crate::classifier::SectionKey;
use crate::error::{RequestError, Result};
use crate::model::event::What;
use crate::model::status::Action;
use crate::model::{Card, CardRef};
use crate::store::Register;
use crate::workflow::Step;

/// What the coordinator corrects.
#[derive(Debug, Clone, Default)]
pub struct ClassifyRequest<'a> {
    /// The coordinator.
    pub by: &'a str,
    /// New topics (Part II codes), when given.
    pub topics: &'a [String],
    /// New kind (3.x), when given.
    pub kind: Option<&'a str>,
    /// New author categories (7.x), when given.
    pub categories: &'a [String],
    /// Why.
    pub reason: &'a str,
}

/// What `classify` did.
#[derive(Debug)]
pub struct Classified {
    /// The card as written.
    pub card: Card,
    /// Things to follow up.
    pub notes: Vec<Note>,
    /// The classification was as given already: nothing was written.
    pub already: bool,
}

/// What a correction leaves to follow up.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Note {
    /// The resolution's coordinator doesn't cover the new topics.
    #[error("{}", self.message())]
    Coordinator {
        /// The coordinator.
        coordinator: String,
    },
    /// The repeat links were decided on the old topics.
    #[error("{}", self.message())]
    Links {
        /// The card.
        card: String,
    },
}

impl Note {
    /// The note in this run's language.
    fn message(&self) -> String {
        match self {
            Note::Coordinator { coordinator } => {
                crate::t!("warn-coordinator-topics", coordinator = coordinator)
            }
            Note::Links { card } => crate::t!("warn-links-old-topics", card = card),
        }
    }
}

/// Corrects the classification.
pub fn classify(
    reg: &Register,
    r: &CardRef,
    req: &ClassifyRequest,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Classified> {
    let head = coordinator(reg, req.by, "--by", "detail-why-classify")?;
    let reason = req.reason.trim();
    if reason.is_empty() {
        return Err(RequestError::NoReason.into());
    }
    if req.topics.is_empty() && req.kind.is_none() && req.categories.is_empty() {
        return Err(RequestError::NothingGiven.into());
    }
    let code = |flag: &'static str, key: SectionKey, c: &str| -> Result<String> {
        Ok(reg
            .classifier
            .entry(key, c)
            .map_err(|source| RequestError::Code { flag, source })?
            .code
            .clone())
    };
    let topics: Option<Vec<String>> = if req.topics.is_empty() {
        None
    } else {
        Some(
            req.topics
                .iter()
                .map(|t| code("--topic", SectionKey::Topic, t))
                .collect::<Result<_>>()?,
        )
    };
    let kind = req
        .kind
        .map(|k| code("--kind", SectionKey::Kind, k))
        .transpose()?;
    let categories: Option<Vec<String>> = if req.categories.is_empty() {
        None
    } else {
        Some(
            req.categories
                .iter()
                .map(|c| code("--category", SectionKey::Category, c))
                .collect::<Result<_>>()?,
        )
    };
    // The same correction run again: the card's last step is a
    // correction by the same coordinator for the same reason, and the card
    // is as it gives. A card that is as given without it is refused.
    let same = |c: &Card| {
        let rerun = matches!(
            c.history.last().map(|e| &e.what),
            Some(What::Classify(x)) if x.by == head.id && x.reason == reason
        );
        rerun
            && topics
                .as_ref()
                .is_none_or(|t| *t == c.classification.topics)
            && kind.as_ref().is_none_or(|k| *k == c.classification.kind)
            && categories
                .as_ref()
                .is_none_or(|k| *k == c.applicant.categories)
    };
    let mut o = match open(reg, r, Action::Classify, who, on_wait, same)? {
        Open::Done(card) => return Ok(already(card)),
        Open::Ready(o) if same(&o.card) => return Ok(already(o.card)),
        Open::Ready(o) => o,
    };
    let card = &mut o.card;
    let new_topics = topics.clone();
    card.apply(
        Step::Classify {
            by: head.id.clone(),
            topics,
            kind,
            categories,
            reason: reason.to_string(),
        },
        who,
    )?;
    reg.store.write_card(card)?;
    let mut notes = Vec::new();
    if let (Some(t), Some(res)) = (&new_topics, &o.card.resolution) {
        let covers = reg.roster.coordinator(&res.coordinator).is_some_and(|c| {
            c.topics.iter().any(|ct| {
                t.iter()
                    .any(|t| ct.trim_start_matches('0') == t.trim_start_matches('0'))
            })
        });
        if !covers {
            notes.push(Note::Coordinator {
                coordinator: res.coordinator.clone(),
            });
        }
    }
    if new_topics.is_some() && (o.card.links.repeat_of.is_some() || !o.card.links.later.is_empty())
    {
        notes.push(Note::Links {
            card: o.card.full_name(),
        });
    }
    Ok(Classified {
        card: o.card,
        notes,
        already: false,
    })
}

fn already(card: Card) -> Classified {
    Classified {
        card,
        notes: Vec::new(),
        already: true,
    }
}
