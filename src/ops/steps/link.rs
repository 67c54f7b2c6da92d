//! `link` and `unlink`: a repeat found after registration, or a link made
//! wrongly, corrected (the order's point 9). The card's sign of receipt is
//! decided again by the rule of [`crate::model::repeat`], and so is the
//! sign of every later card whose chain of earlier appeals runs through it;
//! each change is a `relink` step in that card's history, with who, when
//! and why. The earlier card records the link (`link`) or its end
//! (`unlink`). A card already dispatched gets a corrected letter for each
//! executor in `--outbox`.

use super::{open, Actor, Open};
use crate::error::{RequestError, Result};
use crate::model::event::What;
use crate::model::status::Action;
use crate::model::{Card, CardRef};
use crate::ops::repeats::{self, Known};
use crate::ops::{applicants, find_card};
use crate::store::{self, Register};
use crate::terms::date_uk;
use crate::workflow::Step;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};

/// What `link` or `unlink` did.
#[derive(Debug)]
pub struct Relinked {
    /// The card as written.
    pub card: Card,
    /// The other cards written: the earlier ones and the later ones whose
    /// sign was decided again, in the order written.
    pub others: Vec<Card>,
    /// Corrected letters written to the outbox.
    pub files: Vec<PathBuf>,
    /// The link was as asked already: nothing was written.
    pub already: bool,
}

/// Links `r` to the earlier card `to`: it repeats it, and every appeal
/// that one repeats.
pub fn link(
    reg: &Register,
    r: &CardRef,
    to: &CardRef,
    reason: &str,
    outbox: Option<&Path>,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Relinked> {
    let reason = checked(reason, outbox)?;
    let o = match open(reg, r, Action::Relink, who, on_wait, |_| false)? {
        Open::Ready(o) => o,
        Open::Done(_) => unreachable!("a link follows from every status"),
    };
    let mut card = o.card;
    let name = card.full_name();
    let earlier = find_card(reg, to, who.today)?;
    let to_name = earlier.full_name();
    if to_name == name {
        return Err(RequestError::LinkItself { card: name }.into());
    }
    if (earlier.received, earlier.year, earlier.number) > (card.received, card.year, card.number) {
        return Err(RequestError::LinkLater {
            card: name,
            received: card.received,
            to: to_name,
            to_received: earlier.received,
        }
        .into());
    }
    if earlier.links.earlier.contains(&name) || earlier.links.repeat_of.as_ref() == Some(&name) {
        return Err(RequestError::LinkCircle {
            card: name,
            to: to_name,
        }
        .into());
    }
    let list = earlier_list(reg, &card, &earlier, &[], who)?;
    let sign = repeats::sign(&list, card.received, &reg.settings.repeats);
    let names: Vec<String> = list.into_iter().map(|k| k.name).collect();
    if card.links.repeat_of.as_ref() == Some(&to_name)
        && card.links.earlier == names
        && card.classification.sign == sign.code()
        && earlier.links.later.contains(&name)
    {
        return Ok(Relinked {
            card,
            others: Vec::new(),
            files: Vec::new(),
            already: true,
        });
    }
    let before = card.links.repeat_of.clone();
    card.apply(
        Step::Relink {
            repeat_of: Some(to_name.clone()),
            earlier: names,
            sign: sign.code().to_string(),
            reason: reason.clone(),
        },
        who,
    )?;
    let mut others = Vec::new();
    let mut earlier = earlier;
    if !earlier.links.later.contains(&name) {
        earlier.link(&name, who);
        others.push(earlier);
    }
    if let Some(old) = before.filter(|b| *b != to_name) {
        others.extend(unlinked_from(reg, &old, &name, &reason, who)?);
    }
    finish(reg, card, others, &reason, outbox, who)
}

/// Ends `r`'s link to the card it repeats: it repeats none, and its sign
/// of receipt is 2.1 первинне again.
pub fn unlink(
    reg: &Register,
    r: &CardRef,
    reason: &str,
    outbox: Option<&Path>,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Relinked> {
    let reason = checked(reason, outbox)?;
    let o = match open(reg, r, Action::Relink, who, on_wait, |_| false)? {
        Open::Ready(o) => o,
        Open::Done(_) => unreachable!("an unlink follows from every status"),
    };
    let mut card = o.card;
    let name = card.full_name();
    let Some(old) = card.links.repeat_of.clone() else {
        // Unlinked already by an earlier run: done.
        let unlinked = card.history.iter().rev().find_map(|e| match &e.what {
            What::Relink(x) => Some(x.repeat_of.is_none() && x.reason == reason),
            _ => None,
        }) == Some(true);
        if unlinked {
            return Ok(Relinked {
                card,
                others: Vec::new(),
                files: Vec::new(),
                already: true,
            });
        }
        return Err(RequestError::NotRepeat { card: name }.into());
    };
    card.apply(
        Step::Relink {
            repeat_of: None,
            earlier: Vec::new(),
            sign: crate::model::codes::Sign::Primary.code().to_string(),
            reason: reason.clone(),
        },
        who,
    )?;
    let others = unlinked_from(reg, &old, &name, &reason, who)?;
    finish(reg, card, others, &reason, outbox, who)
}

/// The reason, trimmed, and the outbox, checked before anything is read.
pub(crate) fn checked(reason: &str, outbox: Option<&Path>) -> Result<String> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(RequestError::NoReason.into());
    }
    if let Some(dir) = outbox {
        store::outside::check_dir(dir).map_err(RequestError::Outbox)?;
    }
    Ok(reason.to_string())
}

/// Every earlier appeal `card` repeats when it repeats `latest`: `latest`,
/// those `latest` repeats, and the applicant's other appeals on the
/// question the index finds, received no later than `latest`. `changed`
/// holds cards this command changed but hasn't written yet.
fn earlier_list(
    reg: &Register,
    card: &Card,
    latest: &Card,
    changed: &[Card],
    who: &Actor,
) -> Result<Vec<Known>> {
    let found: Vec<applicants::Entry> =
        applicants::matches(reg, &card.applicant, &card.classification.topics)?
            .into_iter()
            .filter(|e| (e.year, e.number) != (card.year, card.number))
            .map(|e| {
                // What this command changed reads as changed.
                match changed
                    .iter()
                    .find(|c| (c.year, c.number) == (e.year, e.number))
                {
                    Some(c) => applicants::Entry::of(c),
                    None => e,
                }
            })
            .collect();
    repeats::earlier_of(reg, changed, latest, &found, who.today)
}

/// The earlier card `old` no longer lists `later`.
fn unlinked_from(
    reg: &Register,
    old: &str,
    later: &str,
    reason: &str,
    who: &Actor,
) -> Result<Vec<Card>> {
    // An earlier card gone is `check`'s to report; the link is ended here.
    let Ok(mut earlier) = repeats::lookup(reg, &[], old, who.today) else {
        return Ok(Vec::new());
    };
    if !earlier.links.later.iter().any(|l| l == later) {
        return Ok(Vec::new());
    }
    earlier.apply(
        Step::Unlink {
            later: later.to_string(),
            reason: reason.to_string(),
        },
        who,
    )?;
    Ok(vec![earlier])
}

/// Decides again the sign of every later card whose chain runs through
/// `card`, then writes everything: `card` first, then the earlier cards
/// and the later ones, so a crash in between leaves a one-way link that
/// `check --fix-links` mends; then the corrected letters.
fn finish(
    reg: &Register,
    card: Card,
    mut others: Vec<Card>,
    reason: &str,
    outbox: Option<&Path>,
    who: &Actor,
) -> Result<Relinked> {
    let why = format!("the chain of {} changed: {reason}", card.full_name());
    let mut changed = vec![card.clone()];
    changed.extend(others.iter().cloned());
    let mut queue: VecDeque<String> = card.links.later.iter().cloned().collect();
    let mut seen = vec![card.full_name()];
    let mut later_changed = Vec::new();
    while let Some(name) = queue.pop_front() {
        if seen.contains(&name) {
            continue;
        }
        seen.push(name.clone());
        let Ok(mut later) = repeats::lookup(reg, &changed, &name, who.today) else {
            continue;
        };
        let Some(latest_name) = later.links.repeat_of.clone() else {
            continue;
        };
        let Ok(latest) = repeats::lookup(reg, &changed, &latest_name, who.today) else {
            continue;
        };
        let list = earlier_list(reg, &later, &latest, &changed, who)?;
        let sign = repeats::sign(&list, later.received, &reg.settings.repeats);
        let names: Vec<String> = list.into_iter().map(|k| k.name).collect();
        if later.links.earlier != names || later.classification.sign != sign.code() {
            later.apply(
                Step::Relink {
                    repeat_of: Some(latest_name),
                    earlier: names,
                    sign: sign.code().to_string(),
                    reason: why.clone(),
                },
                who,
            )?;
            changed.retain(|c| c.full_name() != name);
            changed.push(later.clone());
            later_changed.push(later.clone());
        }
        queue.extend(later.links.later.iter().cloned());
    }
    reg.store.write_card(&card)?;
    for c in others.iter().chain(&later_changed) {
        reg.store.write_card(c)?;
    }
    let mut files = Vec::new();
    if let Some(dir) = outbox {
        for c in std::iter::once(&card).chain(&later_changed) {
            let headline = format!(
                "{reason}\nОзнака надходження звернення тепер {}.",
                c.classification.sign
            );
            files.extend(corrected_letters(
                reg,
                c,
                dir,
                "виправлення",
                &headline,
                who,
            )?);
        }
    }
    others.extend(later_changed);
    Ok(Relinked {
        card,
        others,
        files,
        already: false,
    })
}

/// A dispatched card's letter to each executor again, headed as a
/// correction (`headline`: why, and what changed), in `dir` as
/// `YEAR-NUMBER-EXECUTOR-KIND-DATE.txt`.
pub(crate) fn corrected_letters(
    reg: &Register,
    card: &Card,
    dir: &Path,
    kind: &str,
    headline: &str,
    who: &Actor,
) -> Result<Vec<PathBuf>> {
    let Some(d) = &card.dispatch else {
        return Ok(Vec::new());
    };
    let mut files = Vec::new();
    for id in &d.to {
        let file = dir.join(format!(
            "{}-{:06}-{id}-{kind}-{}.txt",
            card.year,
            card.number,
            who.today.format("%Y%m%d")
        ));
        let text = format!(
            "ВИПРАВЛЕННЯ від {}: {headline}\n\n{}",
            date_uk(who.today),
            super::dispatch::letter(reg, card, id)
        );
        store::outside::write_file(&file, text.as_bytes())?;
        files.push(file);
    }
    Ok(files)
}
