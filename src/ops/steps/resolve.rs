//! `resolve`: the coordinator's written resolution naming the executors
//! (the order's annex, point 4). The first executor leads; the others are
//! co-executors. Without a named coordinator, the one whose topics (by the
//! distribution of duties in `people.toml`) cover the card's topic is taken.

use super::{open, Actor, Open};
use crate::classifier::SectionKey;
use crate::error::{RequestError, Result};
use crate::model::card::Resolution;
use crate::model::status::Action;
use crate::model::{Card, CardRef};
use crate::store::Register;
use crate::workflow::Step;

/// What the coordinator resolved.
#[derive(Debug, Clone, Default)]
pub struct ResolveRequest<'a> {
    /// Executors' ids: the lead first, then co-executors.
    pub executors: &'a [String],
    /// The coordinator's id; `None` to take the one whose topics cover the card's.
    pub coordinator: Option<&'a str>,
    /// The resolution's text.
    pub text: Option<&'a str>,
}

/// What `resolve` did.
#[derive(Debug)]
pub struct Resolved {
    /// The card as written.
    pub card: Card,
    /// The topics by which the coordinator was chosen, when not named.
    pub chosen_by_topics: Vec<String>,
    /// The resolution was on the card already: nothing was written.
    pub already: bool,
}

/// Records the coordinator's resolution on a registered card.
pub fn resolve(
    reg: &Register,
    r: &CardRef,
    req: &ResolveRequest,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Resolved> {
    if req.executors.is_empty() {
        return Err(RequestError::NoExecutor.into());
    }
    for (i, e) in req.executors.iter().enumerate() {
        super::executor(reg, e)?;
        if req.executors[..i].contains(e) {
            return Err(RequestError::ExecutorTwice { id: e.clone() }.into());
        }
    }
    let named = match req.coordinator {
        Some(id) => Some(
            super::coordinator(reg, id, "--coordinator", "detail-why-resolve")?
                .id
                .clone(),
        ),
        None => None,
    };
    let text = req
        .text
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string);

    let done = |c: &Card| {
        c.resolution.as_ref().is_some_and(|res| {
            res.executors == req.executors
                && named.as_ref().is_none_or(|n| *n == res.coordinator)
                && text.as_ref().is_none_or(|t| res.text.as_ref() == Some(t))
        })
    };
    let mut o = match open(reg, r, Action::Resolve, who, on_wait, done)? {
        Open::Ready(o) => o,
        Open::Done(card) => {
            return Ok(Resolved {
                card,
                chosen_by_topics: Vec::new(),
                already: true,
            })
        }
    };
    let (coordinator, chosen_by_topics) = match named {
        Some(id) => (id, Vec::new()),
        None => by_topics(reg, &o.card)?,
    };
    let resolution = Resolution {
        date: who.today,
        coordinator,
        executors: req.executors.to_vec(),
        text,
    };
    o.card.apply(Step::Resolve(resolution), who)?;
    reg.store.write_card(&o.card)?;
    Ok(Resolved {
        card: o.card,
        chosen_by_topics,
        already: false,
    })
}

/// Topic codes compare as numbers: `9`, `09` and `009` are one topic.
fn topic_key(code: &str) -> &str {
    code.trim().trim_start_matches('0')
}

/// The one coordinator whose topics cover any of the card's topics.
fn by_topics(reg: &Register, card: &Card) -> Result<(String, Vec<String>)> {
    let mut fits: Vec<(&str, Vec<String>)> = Vec::new();
    for c in &reg.roster.coordinators {
        let topics: Vec<String> = card
            .classification
            .topics
            .iter()
            .filter(|t| c.topics.iter().any(|ct| topic_key(ct) == topic_key(t)))
            .cloned()
            .collect();
        if !topics.is_empty() {
            fits.push((c.id.as_str(), topics));
        }
    }
    match fits.as_slice() {
        [(id, topics)] => Ok((id.to_string(), topics.clone())),
        [] => {
            let topics: Vec<String> = card
                .classification
                .topics
                .iter()
                .map(|t| match reg.classifier.name(SectionKey::Topic, t) {
                    Some(n) => format!("{t} «{n}»"),
                    None => t.clone(),
                })
                .collect();
            Err(RequestError::NoCoordinatorCovers {
                card: card.full_name(),
                topics,
            }
            .into())
        }
        several => Err(RequestError::SeveralCoordinators {
            card: card.full_name(),
            fits: several
                .iter()
                .map(|(id, t)| (id.to_string(), t.clone()))
                .collect(),
        }
        .into()),
    }
}

#[cfg(test)]
mod tests {
    use super::topic_key;

    #[test]
    fn topics_compare_as_numbers() {
        assert_eq!(topic_key("009"), topic_key("9"));
        assert_eq!(topic_key(" 09 "), topic_key("009"));
        assert_ne!(topic_key("010"), topic_key("001"));
    }
}
