//! Explaining a card's dates: the term recounted from the calendar, each
//! skipped day named, compared with what the card holds.

use crate::error::Result;
use crate::model::Card;
use crate::store::Register;
use crate::terms;

/// The account of a card's dates.
pub struct Explanation {
    /// Each step of the count.
    pub steps: Vec<String>,
    /// Where the card disagrees with the count.
    pub warnings: Vec<String>,
    /// Whether the count went through a calendar day no source confirms
    /// (marked `*` in the steps).
    pub uncertain: bool,
}

/// Recounts a card's term and compares it with the card.
pub fn explain(reg: &Register, card: &Card) -> Result<Explanation> {
    let t = terms::compute(
        card.received,
        card.term.days,
        &reg.settings.terms,
        &reg.calendar,
    )?;
    let mut steps = t.steps;
    let mut warnings = Vec::new();
    let mut control = t.control_date;
    let mut due = t.executor_due;
    if !card.term.extensions.is_empty() {
        terms::ceiling_explained(
            card.received,
            &reg.settings.terms,
            &reg.calendar,
            &mut steps,
        )?;
    }
    for e in &card.term.extensions {
        let mut step = crate::t!(
            "expl-extended",
            on = e.on,
            by = &e.by,
            day = terms::day_text(e.until),
            reason = &e.reason,
            notified = e
                .notified
                .map(crate::i18n::date)
                .unwrap_or_else(|| crate::t!("expl-not-yet"))
        );
        if e.late {
            step.push_str(&crate::t!("expl-extended-late", control = control));
        }
        steps.push(step);
        control = e.until;
        due = terms::executor_due(
            control,
            reg.settings.terms.executor_lead,
            &reg.calendar,
            &mut steps,
        )?;
    }
    if control != card.term.control_date {
        warnings.push(crate::t!(
            "expl-warn-control",
            card = card.term.control_date,
            counted = control
        ));
    }
    if due != card.term.executor_due {
        warnings.push(crate::t!(
            "expl-warn-due",
            card = card.term.executor_due,
            counted = due
        ));
    }
    // The days of the calendar the count went through that no source
    // confirms: the dates rest on them.
    let last = control.max(card.term.control_date);
    let unconfirmed = reg.calendar.unconfirmed_between(card.received, last);
    let uncertain = !unconfirmed.is_empty();
    for d in unconfirmed {
        steps.push(crate::t!("expl-unconfirmed-day", day = terms::day_text(d)));
    }
    Ok(Explanation {
        steps,
        warnings,
        uncertain,
    })
}
