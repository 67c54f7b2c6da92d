//! Repeated appeals (the order's point 9): how an earlier appeal of the
//! same applicant on the same question stood when a later one came, and
//! the sign of receipt (Classifier section 2) that follows from all of
//! them.
//!
//! The rule, in `SPEC.md` §5's words, each row with its source
//! (`../shared/reference/law.md` §2.3) or marked as the council's choice;
//! the rows the law leaves open are settings in `register.toml`
//! (`[repeats]`):
//!
//! | earlier appeals on the question | the latest of them, on the day the new one is received | sign |
//! |---|---|---|
//! | none | | 2.1 первинне |
//! | `multiple_after` or more (2 by default) | any | 2.4 неодноразове: the same author on the same question again and again (law.md §2.3, common usage; how many is the council's choice, `repeats.multiple_after`) |
//! | fewer | answered, the applicant dissatisfied | 2.2 повторне: it challenges the decision taken on the earlier appeal (law.md §2.3, Instruction 348) |
//! | fewer | its term passed with no reply | 2.2 повторне: it reports the question was not resolved in time (law.md §2.3, Instruction 348) |
//! | fewer | answered, the applicant satisfied or not asked | 2.2 повторне: the question comes back after a decision on it (the council's choice; linked only when a clerk links it) |
//! | fewer | still open within its term | 2.3 дублетне (SPEC §5; law.md §2.3 keeps дублетне for the same question through another addressee, so this is the council's choice, `repeats.open_earlier = "duplicate"`, or `"repeated"` for 2.2) |
//!
//! 2.5 масове is never derived: intake names it. An earlier appeal that
//! was answered with the applicant dissatisfied, or whose term passed with
//! no reply, links the new one without being asked; any other is a hint
//! until a clerk links it.

use super::card::{Card, Outcome, Satisfied};
use super::codes::Sign;
use super::status::Action;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How an earlier appeal stood on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Answered (or taken off control); `dissatisfied` when the applicant
    /// said so by then.
    Replied {
        /// The applicant is not satisfied.
        dissatisfied: bool,
    },
    /// Not answered, its control date passed.
    Overdue,
    /// Not answered, within its term.
    InTerm,
}

impl Standing {
    /// Whether a later appeal on the question is linked to this one without
    /// being asked.
    pub fn links_itself(self) -> bool {
        matches!(
            self,
            Standing::Replied { dissatisfied: true } | Standing::Overdue
        )
    }
}

/// What the rule takes from `register.toml` (`[repeats]`); a setting left
/// out takes its default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Rule {
    /// How many earlier appeals on the question make a new one 2.4
    /// неодноразове.
    pub multiple_after: u32,
    /// The sign of an appeal that comes while the earlier one is still open
    /// within its term: `duplicate` (2.3) or `repeated` (2.2).
    pub open_earlier: OpenEarlier,
}

impl Default for Rule {
    fn default() -> Rule {
        Rule {
            multiple_after: 2,
            open_earlier: OpenEarlier::Duplicate,
        }
    }
}

/// The sign of an appeal that comes while the earlier one is open in term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OpenEarlier {
    /// 2.3 дублетне.
    Duplicate,
    /// 2.2 повторне.
    Repeated,
}

/// The sign of receipt of an appeal whose earlier appeals on the question
/// stood as `earlier` (oldest first) on the day it was received; 2.1 when
/// there are none. See the module's table.
pub fn sign(earlier: &[Standing], rule: &Rule) -> Sign {
    let Some(latest) = earlier.last() else {
        return Sign::Primary;
    };
    if earlier.len() >= rule.multiple_after.max(1) as usize {
        return Sign::Multiple;
    }
    match latest {
        Standing::InTerm => match rule.open_earlier {
            OpenEarlier::Duplicate => Sign::Duplicate,
            OpenEarlier::Repeated => Sign::Repeated,
        },
        Standing::Overdue | Standing::Replied { .. } => Sign::Repeated,
    }
}

/// What a card says of its term, its reply and the applicant's view, by
/// date: enough to tell how it stood on any day.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    /// Its control dates, each from the day it was set: the term at
    /// registration, then each extension.
    pub control: Vec<(NaiveDate, NaiveDate)>,
    /// When it was answered (sent) or otherwise taken off control.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replied: Option<NaiveDate>,
    /// From when the applicant is known to be dissatisfied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dissatisfied: Option<NaiveDate>,
}

impl Story {
    /// The story a card tells.
    pub fn of(c: &Card) -> Story {
        use super::event::What;
        // The term as registered: before the first extension, the control
        // date it moved; else the card's own.
        let extended: Vec<(NaiveDate, NaiveDate, NaiveDate)> = c
            .history
            .iter()
            .filter_map(|e| match &e.what {
                What::Extend(x) => Some((e.at, x.from, x.until)),
                _ => None,
            })
            .collect();
        let base = match (extended.first(), c.term.extensions.first()) {
            (Some((_, from, _)), _) => *from,
            (None, Some(x)) => x.until,
            (None, None) => c.term.control_date,
        };
        let mut control = vec![(c.registered.min(c.received), base)];
        control.extend(c.term.extensions.iter().map(|x| (x.on, x.until)));
        let replied = c
            .history
            .iter()
            // The reply, or an exit that ends the card without one.
            .find(|e| {
                matches!(
                    e.action(),
                    Action::Send
                        | Action::Forward
                        | Action::Return
                        | Action::Decline
                        | Action::CloseDuplicate
                )
            })
            .map(|e| e.at);
        let said_no = c
            .answer
            .as_ref()
            .filter(|a| a.quality.applicant_satisfied == Satisfied::No)
            .map(|a| a.date);
        let called_back = c
            .confirmation
            .as_ref()
            .filter(|x| x.outcome == Outcome::NotConfirmed)
            .map(|x| x.date);
        let dissatisfied = match (said_no, called_back) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        Story {
            control,
            replied,
            dissatisfied,
        }
    }

    /// The control date as it stood on `d`.
    pub fn control_on(&self, d: NaiveDate) -> Option<NaiveDate> {
        let mut found = self.control.first().map(|(_, c)| *c);
        for (from, c) in &self.control {
            if *from <= d {
                found = Some(*c);
            }
        }
        found
    }

    /// How the appeal stood on `d`.
    pub fn standing_on(&self, d: NaiveDate) -> Standing {
        match self.replied {
            Some(r) if r <= d => Standing::Replied {
                dissatisfied: self.dissatisfied.is_some_and(|x| x <= d),
            },
            _ if self.control_on(d).is_some_and(|c| c < d) => Standing::Overdue,
            _ => Standing::InTerm,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Standing::*;

    #[track_caller]
    fn check(earlier: &[Standing], rule: &Rule, expected: &str) {
        assert_eq!(sign(earlier, rule).code(), expected, "{earlier:?}");
    }

    #[test]
    fn the_rule() {
        let r = Rule::default();
        check(&[], &r, "2.1");
        check(&[Replied { dissatisfied: true }], &r, "2.2");
        check(
            &[Replied {
                dissatisfied: false,
            }],
            &r,
            "2.2",
        );
        check(&[Overdue], &r, "2.2");
        check(&[InTerm], &r, "2.3");
        check(&[Replied { dissatisfied: true }, InTerm], &r, "2.4");
        check(
            &[
                Overdue,
                Overdue,
                Replied {
                    dissatisfied: false,
                },
            ],
            &r,
            "2.4",
        );
        let three = Rule {
            multiple_after: 3,
            open_earlier: OpenEarlier::Repeated,
        };
        check(&[Replied { dissatisfied: true }, InTerm], &three, "2.2");
        check(&[InTerm], &three, "2.2");
        check(&[InTerm, InTerm, InTerm], &three, "2.4");
    }

    #[test]
    fn which_earlier_appeals_link_themselves() {
        assert!(Replied { dissatisfied: true }.links_itself());
        assert!(Overdue.links_itself());
        assert!(!Replied {
            dissatisfied: false
        }
        .links_itself());
        assert!(!InTerm.links_itself());
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn how_an_appeal_stood_on_a_day() {
        let story = Story {
            control: vec![
                (d("2015-06-23"), d("2015-07-23")),
                (d("2015-07-15"), d("2015-08-07")),
            ],
            replied: Some(d("2015-08-05")),
            dissatisfied: Some(d("2015-08-04")),
        };
        assert_eq!(story.standing_on(d("2015-07-10")), InTerm);
        // Extended before its control date passed: still in term.
        assert_eq!(story.standing_on(d("2015-07-24")), InTerm);
        assert_eq!(
            story.standing_on(d("2015-08-05")),
            Replied { dissatisfied: true }
        );
        let late = Story {
            control: vec![(d("2015-06-23"), d("2015-07-23"))],
            replied: None,
            dissatisfied: None,
        };
        assert_eq!(late.standing_on(d("2015-07-23")), InTerm);
        assert_eq!(late.standing_on(d("2015-07-24")), Overdue);
    }
}
