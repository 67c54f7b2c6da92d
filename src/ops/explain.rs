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
        steps.push(format!(
            "extended on {} by {} to {} ({}); applicant notified: {}{}",
            e.on,
            e.by,
            terms::day_label(e.until),
            e.reason,
            e.notified
                .map(|d| d.to_string())
                .unwrap_or_else(|| "not yet".into()),
            if e.late {
                format!("; late: the control date {control} had passed")
            } else {
                String::new()
            }
        ));
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
            "warn-control-date-differs",
            card = card.term.control_date,
            calendar = control
        ));
    }
    if due != card.term.executor_due {
        warnings.push(crate::t!(
            "warn-due-date-differs",
            card = card.term.executor_due,
            calendar = due
        ));
    }
    Ok(Explanation { steps, warnings })
}
