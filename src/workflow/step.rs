//! The one way a step lands on a card: [`Card::register`] makes a card,
//! [`Card::apply`] records a step of the procedure (its section on the
//! card, its typed event in the history, the status it leads to), and
//! [`Card::link`] records a later appeal. The registration, every step
//! command, `check`'s repair of a link and the benchmark's generator all
//! go through here, so a card's sections and its history always agree.
//!
//! Only what follows from the card itself is checked here: that its
//! history follows the procedure, that the step follows from where it
//! leads, and that the history runs forward. What needs the register
//! (the roster, the calendar, the Classifier, files) is checked by the
//! operation before it asks, so a refused step writes nothing.

use super::{derive, transition, TransitionError};
use crate::model::card::{
    Answer, Applicant, Card, Classification, Closed, Confirmation, Dispatch, Exit, Extension,
    Links, Outcome, Resolution, Rework, Sent, Signature, Term, CARD_VERSION,
};
use crate::model::event::{self, Event, What};
use crate::model::remind::Level;
use crate::model::status::{Action, Status};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Who records a step, and on what day.
#[derive(Debug, Clone, Copy)]
pub struct Actor<'a> {
    /// The date of the step (the register's "today").
    pub today: NaiveDate,
    /// Who records it (kept in the card's history).
    pub user: &'a str,
}

/// A new appeal, as registration (the order's point 3.1) makes its card.
#[derive(Debug, Clone)]
pub struct Registration {
    /// Registration index (`К-125`).
    pub index: String,
    /// Year of registration.
    pub year: i32,
    /// Running number within the year.
    pub number: u32,
    /// The contact centre's number.
    pub cc_number: Option<String>,
    /// Date received.
    pub received: NaiveDate,
    /// Why it is registered after the day of receipt.
    pub late_reason: Option<String>,
    /// Who wrote.
    pub applicant: Applicant,
    /// Classifier codes.
    pub classification: Classification,
    /// Short content.
    pub summary: String,
    /// Term and the dates it gives.
    pub term: Term,
    /// The source's columns kept as they came (an import profile's `keep`).
    pub source: std::collections::BTreeMap<String, String>,
}

/// A step of the procedure after registration, with what it records.
#[derive(Debug, Clone)]
pub enum Step {
    /// 4: the coordinator's resolution.
    Resolve(Resolution),
    /// 5: sent to the executors.
    Dispatch(Dispatch),
    /// 7: the executor's package.
    Answer(Answer),
    /// 8.1: the coordinator's signature.
    Sign(Signature),
    /// 8.2–8.3: mailed and sent to the contact centre, the result entered.
    Send {
        /// The mailing.
        sent: Sent,
        /// The result of consideration, Classifier 9.x.
        result: String,
    },
    /// Law art. 20: a later control date, and the executor's due date it
    /// gives.
    Extend {
        /// The extension.
        extension: Extension,
        /// The executor's due date for the new control date.
        executor_due: NaiveDate,
    },
    /// Law art. 20: the applicant told of the latest extension.
    Notify {
        /// When.
        on: NaiveDate,
    },
    /// Taken off control after the reply.
    Close {
        /// The controller or coordinator who decided it.
        by: String,
        /// The case file it is kept in.
        file: Option<String>,
        /// Taken off by `send`, as `register.toml` says.
        at_send: bool,
    },
    /// One of the Law's exits: forward (art. 7), return (arts. 5, 7),
    /// decline (arts. 8, 17), close as a duplicate. `exit.step` says which.
    Exit(Exit),
    /// The repeat link set, changed or cleared after registration (the
    /// order's point 9), and the sign of receipt that follows.
    Relink {
        /// The earlier card it repeats now; `None` when none.
        repeat_of: Option<String>,
        /// Every earlier appeal on the question, oldest first.
        earlier: Vec<String>,
        /// The sign of receipt that follows (Classifier 2.x).
        sign: String,
        /// Why.
        reason: String,
    },
    /// A later appeal unlinked from this one.
    Unlink {
        /// The later card.
        later: String,
        /// Why.
        reason: String,
    },
    /// What registration wrote corrected: each field given takes its new
    /// value (`Some(None)`: there is none).
    Correct {
        /// The applicant's name.
        name: Option<Option<String>>,
        /// The postal address.
        address: Option<Option<String>>,
        /// The telephone.
        phone: Option<Option<String>>,
        /// The e-mail.
        email: Option<Option<String>>,
        /// The summary.
        summary: Option<String>,
        /// Why.
        reason: String,
    },
    /// The classification corrected: the fields given take the new values.
    Classify {
        /// The coordinator who corrects it.
        by: String,
        /// New topics (Part II codes).
        topics: Option<Vec<String>>,
        /// New kind (3.x).
        kind: Option<String>,
        /// New author categories (7.x).
        categories: Option<Vec<String>>,
        /// Why.
        reason: String,
    },
    /// Other executors, after the resolution or the dispatch: a new
    /// dispatch is due; the executor's due date stays.
    Reassign {
        /// The coordinator who reassigns it.
        by: String,
        /// The executors, the lead first.
        executors: Vec<String>,
        /// Why.
        reason: String,
    },
    /// 8.1: the package returned to the executor, kept whole on the card.
    Rework {
        /// The coordinator who returns it.
        by: String,
        /// Why.
        reason: String,
    },
    /// The applicant's word when the contact centre called back.
    Confirm {
        /// What the applicant said.
        outcome: Outcome,
        /// What else was said.
        note: Option<String>,
    },
    /// A reminder written (`remind`); the card stays where it is.
    Remind {
        /// Whom it went to.
        level: Level,
        /// The date it reminds of.
        due: NaiveDate,
        /// The ids it went to.
        to: Vec<String>,
    },
}

impl Step {
    /// The action recorded in the history.
    pub fn action(&self) -> Action {
        match self {
            Step::Resolve(_) => Action::Resolve,
            Step::Dispatch(_) => Action::Dispatch,
            Step::Answer(_) => Action::Answer,
            Step::Sign(_) => Action::Sign,
            Step::Send { .. } => Action::Send,
            Step::Extend { .. } => Action::Extend,
            Step::Notify { .. } => Action::Notify,
            Step::Close { .. } => Action::Close,
            Step::Exit(e) => e.step,
            Step::Relink { .. } => Action::Relink,
            Step::Unlink { .. } => Action::Unlink,
            Step::Classify { .. } => Action::Classify,
            Step::Correct { .. } => Action::Correct,
            Step::Reassign { .. } => Action::Reassign,
            Step::Rework { .. } => Action::Rework,
            Step::Confirm { .. } => Action::Confirm,
            Step::Remind { .. } => Action::Remind,
        }
    }
}

/// A step the card refuses.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StepError {
    /// The card's history doesn't follow the procedure (a hand edit).
    #[error("{}", self.message())]
    BrokenHistory {
        /// The card (`2015/К-1`).
        card: String,
        /// The entry at fault, 1-based.
        entry: usize,
        /// Why.
        error: TransitionError,
    },
    /// The step doesn't follow from where the card stands.
    #[error("{}", self.message())]
    OutOfOrder {
        /// The card.
        card: String,
        /// Where it stands and what was attempted.
        error: TransitionError,
        /// The coordinator of its resolution, for the next step's command.
        coordinator: Option<String>,
    },
    /// Today is before the card's last step.
    #[error("{}", self.message())]
    BeforeLastStep {
        /// The card.
        card: String,
        /// The day given.
        today: NaiveDate,
        /// The last step.
        last: Action,
        /// Its date.
        at: NaiveDate,
    },
    /// A card whose status says a step happened, without that step's
    /// section (a hand edit).
    #[error("{}", self.message())]
    Incomplete {
        /// The card.
        card: String,
        /// Its status.
        status: &'static str,
        /// What is missing.
        missing: &'static str,
    },
    /// A later card to unlink that this card doesn't list.
    #[error("{}", self.message())]
    NotLater {
        /// The card.
        card: String,
        /// The later card named.
        later: String,
    },
    /// A classification correction that changes nothing.
    #[error("{}", self.message())]
    NothingToClassify {
        /// The card.
        card: String,
    },
    /// A correction of what registration wrote that changes nothing.
    #[error("{}", self.message())]
    NothingToCorrect {
        /// The card.
        card: String,
    },
    /// A notification without an extension to notify of.
    #[error("{}", self.message())]
    NoExtension {
        /// The card.
        card: String,
    },
    /// The applicant was already told of the latest extension.
    #[error("{}", self.message())]
    AlreadyNotified {
        /// The card.
        card: String,
        /// The extension's control date.
        until: NaiveDate,
        /// When the applicant was told.
        on: NaiveDate,
    },
    /// A notification dated before the extension it tells of.
    #[error("{}", self.message())]
    NotifiedBeforeExtension {
        /// The date given.
        on: NaiveDate,
        /// When the extension was recorded.
        recorded: NaiveDate,
    },
}

impl StepError {
    /// The refusal in this run's language.
    fn message(&self) -> String {
        use crate::t;
        match self {
            StepError::BrokenHistory { card, entry, error } => t!(
                "err-broken-history",
                card = card,
                entry = *entry,
                error = error.to_string()
            ),
            StepError::OutOfOrder { card, error, .. } => t!(
                "err-out-of-order",
                card = card,
                status = error.status.as_str(),
                status_label = error.status.label(),
                past = super::past(error.action),
                action = error.action.name()
            ),
            StepError::BeforeLastStep {
                card,
                today,
                last,
                at,
            } => t!(
                "err-before-last-step",
                card = card,
                today = *today,
                command = last.command(),
                at = *at
            ),
            StepError::Incomplete {
                card,
                status,
                missing,
            } => {
                let label = status
                    .parse::<crate::model::Status>()
                    .map_or(*status, |s| s.label());
                t!(
                    "err-incomplete",
                    card = card,
                    status = *status,
                    status_label = label,
                    missing = crate::i18n::message(missing, Vec::new())
                )
            }
            StepError::NotLater { card, later } => t!("err-not-later", card = card, later = later),
            StepError::NothingToClassify { card } => t!("err-nothing-to-classify", card = card),
            StepError::NothingToCorrect { card } => t!("err-nothing-to-correct", card = card),
            StepError::NoExtension { card } => t!("err-no-extension", card = card),
            StepError::AlreadyNotified { card, until, on } => t!(
                "err-already-notified",
                card = card,
                until = *until,
                on = *on
            ),
            StepError::NotifiedBeforeExtension { on, recorded } => t!(
                "err-notified-before-extension",
                on = *on,
                recorded = *recorded
            ),
        }
    }
}

fn json<T: serde::Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or(serde_json::Value::Null)
}

impl Card {
    /// A new card: registered on `who.today` by `who.user`, its history the
    /// registration.
    pub fn register(r: Registration, who: &Actor) -> Card {
        let registered = event::Registered {
            cc_number: r.cc_number.clone(),
            late_reason: r.late_reason.clone(),
            received: r.received,
        };
        Card {
            version: CARD_VERSION,
            index: r.index,
            year: r.year,
            number: r.number,
            cc_number: r.cc_number,
            received: r.received,
            registered: who.today,
            late_reason: r.late_reason,
            status: Status::Registered,
            applicant: r.applicant,
            classification: r.classification,
            summary: r.summary,
            term: r.term,
            links: Links::default(),
            resolution: None,
            dispatch: None,
            answer: None,
            signature: None,
            sent: None,
            result: None,
            closed: None,
            exit: None,
            reworks: Vec::new(),
            confirmation: None,
            history: vec![Event {
                at: who.today,
                by: who.user.to_string(),
                what: What::Register(registered),
            }],
            source: r.source,
        }
    }

    /// The status `action` would lead to today: refused when the history
    /// doesn't follow the procedure (the history, not the `status` field,
    /// is the record), when the step doesn't follow from where it leads,
    /// or when today is before the last step (a history runs forward).
    pub fn next_status(&self, action: Action, today: NaiveDate) -> Result<Status, StepError> {
        let card = self.full_name();
        let status = derive(&self.history).map_err(|(i, error)| StepError::BrokenHistory {
            card: card.clone(),
            entry: i + 1,
            error,
        })?;
        let next = transition(Some(status), action).map_err(|error| StepError::OutOfOrder {
            card: card.clone(),
            error,
            coordinator: self.resolution.as_ref().map(|r| r.coordinator.clone()),
        })?;
        if let Some(last) = self.history.last() {
            if today < last.at {
                return Err(StepError::BeforeLastStep {
                    card,
                    today,
                    last: last.action(),
                    at: last.at,
                });
            }
        }
        Ok(next)
    }

    /// Records `step`: its section on the card, its event in the history,
    /// and the status it leads to. Nothing changes when it is refused.
    pub fn apply(&mut self, step: Step, who: &Actor) -> Result<&Event, StepError> {
        let next = self.next_status(step.action(), who.today)?;
        let what = match step {
            Step::Resolve(r) => {
                let data = event::Resolved {
                    coordinator: r.coordinator.clone(),
                    executors: r.executors.clone(),
                    text: r.text.clone(),
                };
                self.resolution = Some(r);
                What::Resolve(data)
            }
            Step::Dispatch(d) => {
                let data = event::Dispatched { to: d.to.clone() };
                self.dispatch = Some(d);
                What::Dispatch(data)
            }
            Step::Answer(a) => {
                let data = event::Answered {
                    days_late: a.late.then_some(a.days_late),
                    executor_number: a.executor_number.clone(),
                    late: a.late,
                    result: a.result.clone(),
                };
                self.answer = Some(a);
                What::Answer(data)
            }
            Step::Sign(s) => {
                let data = event::Signed {
                    by: s.by.clone(),
                    warning: s.warning.clone(),
                };
                self.signature = Some(s);
                What::Sign(data)
            }
            Step::Send { sent, result } => {
                let data = event::Sent {
                    date: sent.date,
                    number: sent.number.clone(),
                    posted: sent.posted,
                    result: result.clone(),
                    scan: sent.scan.clone(),
                    to_cc: sent.to_cc,
                };
                self.sent = Some(sent);
                self.result = Some(result);
                What::Send(data)
            }
            Step::Extend {
                extension,
                executor_due,
            } => {
                let data = event::Extended {
                    by: extension.by.clone(),
                    from: self.term.control_date,
                    late: extension.late,
                    notified: extension.notified,
                    reason: extension.reason.clone(),
                    until: extension.until,
                };
                self.term.control_date = extension.until;
                self.term.executor_due = executor_due;
                self.term.extensions.push(extension);
                What::Extend(data)
            }
            Step::Notify { on } => {
                let card = self.full_name();
                let Some(last) = self.term.extensions.last_mut() else {
                    return Err(StepError::NoExtension { card });
                };
                if let Some(n) = last.notified {
                    return Err(StepError::AlreadyNotified {
                        card,
                        until: last.until,
                        on: n,
                    });
                }
                if on < last.on {
                    return Err(StepError::NotifiedBeforeExtension {
                        on,
                        recorded: last.on,
                    });
                }
                last.notified = Some(on);
                What::Notify(event::Notified {
                    notified: on,
                    until: last.until,
                })
            }
            Step::Close { by, file, at_send } => {
                self.closed = Some(Closed {
                    date: who.today,
                    by: by.clone(),
                    reason: None,
                    file: file.clone(),
                });
                What::Close(event::Closed { at_send, by, file })
            }
            Step::Exit(exit) => {
                let data = event::Exited {
                    by: exit.by.clone(),
                    contact_centre_informed: None,
                    due: exit.due,
                    ground: exit.ground,
                    late: exit.late,
                    notice: exit.notice.clone(),
                    number: exit.number.clone(),
                    of: exit.of.clone(),
                    reason: exit.reason.clone(),
                    to: exit.to.clone(),
                };
                let step = exit.step;
                self.exit = Some(exit);
                match step {
                    Action::Forward => What::Forward(data),
                    Action::Return => What::Return(data),
                    Action::CloseDuplicate => What::CloseDuplicate(data),
                    _ => What::Decline(data),
                }
            }
            Step::Relink {
                repeat_of,
                earlier,
                sign,
                reason,
            } => {
                self.links.repeat_of = repeat_of.clone();
                self.links.earlier = earlier.clone();
                self.classification.sign = sign.clone();
                What::Relink(event::Relinked {
                    earlier,
                    reason,
                    repeat_of,
                    sign,
                })
            }
            Step::Unlink { later, reason } => {
                let Some(at) = self.links.later.iter().position(|l| *l == later) else {
                    return Err(StepError::NotLater {
                        card: self.full_name(),
                        later,
                    });
                };
                self.links.later.remove(at);
                What::Unlink(event::Unlinked { later, reason })
            }
            Step::Classify {
                by,
                topics,
                kind,
                categories,
                reason,
            } => {
                let mut from = BTreeMap::new();
                let mut to = BTreeMap::new();
                let mut change = |field: &str, old: serde_json::Value, new: serde_json::Value| {
                    if old != new {
                        from.insert(field.to_string(), old);
                        to.insert(field.to_string(), new);
                    }
                };
                let c = &self.classification;
                if let Some(t) = &topics {
                    change("topics", json(&c.topics), json(t));
                }
                if let Some(k) = &kind {
                    change("kind", json(&c.kind), json(k));
                }
                if let Some(k) = &categories {
                    change("categories", json(&self.applicant.categories), json(k));
                }
                if to.is_empty() {
                    return Err(StepError::NothingToClassify {
                        card: self.full_name(),
                    });
                }
                if let Some(t) = topics {
                    self.classification.topics = t;
                }
                if let Some(k) = kind {
                    self.classification.kind = k;
                }
                if let Some(k) = categories {
                    self.applicant.categories = k;
                }
                What::Classify(event::Classified {
                    by,
                    from,
                    reason,
                    to,
                })
            }
            Step::Correct {
                name,
                address,
                phone,
                email,
                summary,
                reason,
            } => {
                let mut from = BTreeMap::new();
                let mut to = BTreeMap::new();
                let a = &mut self.applicant;
                let fields = [
                    ("name", &mut a.name, name),
                    ("address", &mut a.address, address),
                    ("phone", &mut a.phone, phone),
                    ("email", &mut a.email, email),
                ];
                for (field, now, new) in fields {
                    if let Some(new) = new.filter(|new| new != now) {
                        from.insert(field.to_string(), json(now));
                        to.insert(field.to_string(), json(&new));
                        *now = new;
                    }
                }
                if let Some(new) = summary.filter(|new| *new != self.summary) {
                    from.insert("summary".to_string(), json(&self.summary));
                    to.insert("summary".to_string(), json(&new));
                    self.summary = new;
                }
                if to.is_empty() {
                    return Err(StepError::NothingToCorrect {
                        card: self.full_name(),
                    });
                }
                What::Correct(event::Corrected { from, reason, to })
            }
            Step::Reassign {
                by,
                executors,
                reason,
            } => {
                let Some(r) = self.resolution.as_mut() else {
                    return Err(StepError::Incomplete {
                        card: self.full_name(),
                        status: "resolved",
                        missing: "resolution",
                    });
                };
                let from = std::mem::replace(&mut r.executors, executors.clone());
                What::Reassign(event::Reassigned {
                    by,
                    executors,
                    from,
                    reason,
                })
            }
            Step::Rework { by, reason } => {
                let Some(answer) = self.answer.take() else {
                    return Err(StepError::Incomplete {
                        card: self.full_name(),
                        status: "answered",
                        missing: "answer package",
                    });
                };
                self.reworks.push(Rework {
                    date: who.today,
                    by: by.clone(),
                    reason: reason.clone(),
                    answer,
                    signature: self.signature.take(),
                });
                What::Rework(event::Reworked {
                    by,
                    reason,
                    round: self.reworks.len() as u32,
                })
            }
            Step::Confirm { outcome, note } => {
                self.confirmation = Some(Confirmation {
                    date: who.today,
                    by: who.user.to_string(),
                    outcome,
                    note: note.clone(),
                });
                What::Confirm(event::Confirmed { note, outcome })
            }
            Step::Remind { level, due, to } => What::Remind(event::Reminded { due, level, to }),
        };
        Ok(self.record(what, next, who))
    }

    /// Whether a link recorded on `today` may stand in the history: not
    /// when a step is dated after it, which would put the history out of
    /// order (what [`Card::link`]'s callers decide).
    pub fn may_link_on(&self, today: chrono::NaiveDate) -> bool {
        self.history.last().is_none_or(|e| e.at <= today)
    }

    /// Records that a later appeal (`2015/К-7`) repeats this one. A link
    /// changes no status, so it is recorded whatever the card's state; the
    /// caller decides whether its date may stand in the history.
    pub fn link(&mut self, later: &str, who: &Actor) {
        self.links.later.push(later.to_string());
        let what = What::Link(event::Linked {
            later: later.to_string(),
        });
        self.record(what, self.status, who);
    }

    fn record(&mut self, what: What, next: Status, who: &Actor) -> &Event {
        // A card that takes a step is written in this program's format.
        self.version = CARD_VERSION;
        self.history.push(Event {
            at: who.today,
            by: who.user.to_string(),
            what,
        });
        self.status = next;
        &self.history[self.history.len() - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::card::{Quality, Satisfied, TermBasis};
    use std::collections::BTreeMap;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    fn who(day: &str) -> Actor<'static> {
        Actor {
            today: d(day),
            user: "zarichenko",
        }
    }

    fn card() -> Card {
        Card::register(
            Registration {
                index: "К-1".into(),
                year: 2015,
                number: 1,
                cc_number: Some("0145-23062015".into()),
                received: d("2015-06-23"),
                late_reason: None,
                applicant: Applicant {
                    name: Some("Коваленко Петро Іванович".into()),
                    address: None,
                    phone: None,
                    email: None,
                    gender: None,
                    categories: Vec::new(),
                    social_status: None,
                    signatories: 1,
                    confidential: false,
                },
                classification: Classification {
                    form: "1.4".into(),
                    sign: "2.1".into(),
                    kind: "3.2".into(),
                    subject: "5.1".into(),
                    type_: "6.3".into(),
                    topics: vec!["009".into()],
                },
                summary: "Не працює вуличне освітлення".into(),
                term: Term {
                    days: 30,
                    basis: TermBasis::CalendarMonth,
                    control_date: d("2015-07-23"),
                    executor_due: d("2015-07-22"),
                    extensions: Vec::new(),
                    cc_due: None,
                },
                source: Default::default(),
            },
            &who("2015-06-23"),
        )
    }

    fn resolution() -> Step {
        Step::Resolve(Resolution {
            date: d("2015-06-24"),
            coordinator: "maslenkov".into(),
            executors: vec!["dzhkg".into()],
            text: None,
        })
    }

    #[test]
    fn a_step_lands_its_section_its_event_and_its_status_together() {
        let mut c = card();
        assert_eq!(c.status, Status::Registered);
        let e = c.apply(resolution(), &who("2015-06-24")).expect("resolves");
        assert_eq!(e.action(), Action::Resolve);
        assert_eq!(c.status, Status::Resolved);
        assert!(c.resolution.is_some());
        assert_eq!(derive(&c.history), Ok(Status::Resolved));
        let step = Step::Dispatch(Dispatch {
            date: d("2015-06-24"),
            to: vec!["dzhkg".into()],
        });
        c.apply(step, &who("2015-06-24")).expect("dispatches");
        let answer = Step::Answer(Answer {
            date: d("2015-07-23"),
            executor_number: None,
            result: "9.1".into(),
            documents: BTreeMap::new(),
            quality: Quality {
                timely: false,
                complete: true,
                applicant_contacted: true,
                applicant_satisfied: Satisfied::Yes,
                score: 4,
                notes: String::new(),
            },
            late: true,
            days_late: 1,
        });
        c.apply(answer, &who("2015-07-23")).expect("answers");
        let json = c.to_json();
        assert!(json.contains("\"days_late\": 1"), "{json}");
        let back: Card = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, c);
    }

    #[test]
    fn a_refused_step_changes_nothing() {
        let mut c = card();
        let before = c.clone();
        let err = c
            .apply(
                Step::Sign(Signature {
                    date: d("2015-06-24"),
                    by: "maslenkov".into(),
                    warning: None,
                    sha256: BTreeMap::new(),
                }),
                &who("2015-06-24"),
            )
            .expect_err("out of order");
        assert_eq!(
            err.to_string(),
            "card 2015/К-1 is registered; it can't be signed"
        );
        assert_eq!(c, before);
        let err = c
            .apply(resolution(), &who("2015-06-22"))
            .expect_err("backwards");
        assert!(matches!(err, StepError::BeforeLastStep { .. }), "{err}");
        let err = c
            .apply(
                Step::Notify {
                    on: d("2015-06-24"),
                },
                &who("2015-06-24"),
            )
            .expect_err("nothing to notify of");
        assert!(matches!(err, StepError::NoExtension { .. }), "{err}");
        assert_eq!(c, before);
    }

    #[test]
    fn a_link_changes_no_status() {
        let mut c = card();
        c.apply(resolution(), &who("2015-06-24")).expect("resolves");
        c.link("2015/К-7", &who("2015-06-25"));
        assert_eq!(c.status, Status::Resolved);
        assert_eq!(c.links.later, ["2015/К-7"]);
        assert_eq!(c.history.last().map(Event::action), Some(Action::Link));
    }
}
