//! The one place a card's status changes: the procedure as a state machine
//! (SPEC §5), and the one way a step lands on a card ([`step`]). A status
//! is derived from the card's history by folding [`transition`] over its
//! actions.

pub mod step;

pub use step::{Actor, Registration, Step, StepError};

use crate::model::card::Event;
use crate::model::status::{Action, Status};

/// A step that does not follow from the card's status.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub struct TransitionError {
    /// Where the card stands.
    pub status: Status,
    /// What was attempted.
    pub action: Action,
}

impl TransitionError {
    /// The refusal in this run's language.
    fn message(&self) -> String {
        crate::t!(
            "err-transition",
            status = self.status.as_str(),
            status_label = self.status.label(),
            past = past(self.action),
            action = self.action.name()
        )
    }
}

/// What a card "can't be" when `action` is refused: `signed`, `registered again`.
pub(crate) fn past(action: Action) -> &'static str {
    match action {
        Action::Register => "registered again",
        Action::Resolve => "resolved",
        Action::Dispatch => "dispatched",
        Action::Answer => "answered",
        Action::Sign => "signed",
        Action::Send => "sent",
        Action::Extend => "extended",
        Action::Notify => "notified",
        Action::Close => "closed",
        Action::Link => "linked",
        Action::Relink => "relinked",
        Action::Unlink => "unlinked",
        Action::Classify => "reclassified",
        Action::Correct => "corrected",
        Action::Reassign => "reassigned",
        Action::Rework => "returned for rework",
        Action::Confirm => "confirmed",
        Action::Forward => "forwarded",
        Action::Return => "returned",
        Action::Decline => "declined",
        Action::CloseDuplicate => "closed as a duplicate",
        Action::Remind => "reminded of",
        Action::Renumber => "renumbered",
    }
}

/// The status after `action` on a card in `status`.
pub fn transition(status: Option<Status>, action: Action) -> Result<Status, TransitionError> {
    use Action as A;
    use Status as S;
    let Some(status) = status else {
        return match action {
            A::Register => Ok(S::Registered),
            _ => Err(TransitionError {
                status: S::Registered,
                action,
            }),
        };
    };
    let next = match (status, action) {
        (S::Registered, A::Resolve) => S::Resolved,
        (S::Resolved, A::Dispatch) => S::Dispatched,
        (S::Dispatched, A::Answer) => S::Answered,
        (S::Answered, A::Sign) => S::Signed,
        (S::Signed, A::Send) => S::Sent,
        // Off control after the reply.
        (S::Sent, A::Close) => S::Closed,
        // A term change leaves a card that awaits its reply where it is.
        (s, A::Extend | A::Notify) if s.awaits_reply() => s,
        // The Law's exits, before the executor's package is in.
        (S::Registered | S::Resolved | S::Dispatched, A::Forward) => S::Forwarded,
        (S::Registered | S::Resolved | S::Dispatched, A::Return) => S::Returned,
        (S::Registered | S::Resolved | S::Dispatched, A::Decline) => S::Declined,
        // A duplicate goes whenever it is found, before its own reply.
        (s, A::CloseDuplicate) if s.awaits_reply() => S::Duplicate,
        // Other executors before the package is in: the next step is a
        // new dispatch.
        (S::Resolved | S::Dispatched, A::Reassign) => S::Resolved,
        // A package returned before it is sent goes back to the executor.
        (S::Answered | S::Signed, A::Rework) => S::Dispatched,
        // The contact centre calls back once the answer is out.
        (s @ (S::Sent | S::Closed), A::Confirm) => s,
        // A reminder is written about a card that awaits its reply, and
        // moves nothing.
        (s, A::Remind) if s.awaits_reply() => s,
        // Links, the classification and what registration wrote can be
        // corrected at any stage, and a number another clone had issued
        // changed.
        (s, A::Link | A::Relink | A::Unlink | A::Classify | A::Correct | A::Renumber) => s,
        (
            S::Registered
            | S::Resolved
            | S::Dispatched
            | S::Answered
            | S::Signed
            | S::Sent
            | S::Closed
            | S::Forwarded
            | S::Returned
            | S::Declined
            | S::Duplicate,
            A::Register
            | A::Resolve
            | A::Dispatch
            | A::Answer
            | A::Sign
            | A::Send
            | A::Extend
            | A::Notify
            | A::Close
            | A::Reassign
            | A::Rework
            | A::Confirm
            | A::Forward
            | A::Return
            | A::Decline
            | A::CloseDuplicate
            | A::Remind,
        ) => return Err(TransitionError { status, action }),
    };
    Ok(next)
}

/// Which of a card's sections and lists its history says are filled: a
/// step fills its section, a return for rework empties the answer and the
/// signature it took back. `check` holds a card's sections to it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Expected {
    /// `resolution`.
    pub resolution: bool,
    /// `dispatch`.
    pub dispatch: bool,
    /// `answer`.
    pub answer: bool,
    /// `signature`.
    pub signature: bool,
    /// `sent` and `result`.
    pub sent: bool,
    /// `closed`.
    pub closed: bool,
    /// `exit`.
    pub exit: bool,
    /// `confirmation`.
    pub confirmation: bool,
    /// How many `reworks`.
    pub reworks: usize,
    /// How many `term.extensions`.
    pub extensions: usize,
}

/// What a history fills in (see [`Expected`]).
pub fn expected(history: &[Event]) -> Expected {
    let mut e = Expected::default();
    for event in history {
        match event.action() {
            Action::Resolve => e.resolution = true,
            Action::Dispatch => e.dispatch = true,
            Action::Answer => e.answer = true,
            Action::Sign => e.signature = true,
            Action::Send => e.sent = true,
            Action::Close => e.closed = true,
            Action::Forward | Action::Return | Action::Decline | Action::CloseDuplicate => {
                e.exit = true
            }
            Action::Confirm => e.confirmation = true,
            Action::Rework => {
                e.reworks += 1;
                e.answer = false;
                e.signature = false;
            }
            Action::Extend => e.extensions += 1,
            Action::Register
            | Action::Notify
            | Action::Link
            | Action::Relink
            | Action::Unlink
            | Action::Classify
            | Action::Correct
            | Action::Reassign
            | Action::Remind
            | Action::Renumber => {}
        }
    }
    e
}

/// The status a history leads to, or the first step that doesn't follow.
pub fn derive(history: &[Event]) -> Result<Status, (usize, TransitionError)> {
    let mut status = None;
    for (i, event) in history.iter().enumerate() {
        status = Some(transition(status, event.action()).map_err(|e| (i, e))?);
    }
    status.ok_or((
        0,
        TransitionError {
            status: Status::Registered,
            action: Action::Register,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action as A;
    use Status as S;

    #[track_caller]
    fn check(from: Option<Status>, action: Action, expected: Option<Status>) {
        assert_eq!(
            transition(from, action).ok(),
            expected,
            "{from:?} {action:?}"
        );
    }

    #[test]
    fn the_procedure_in_order() {
        check(None, A::Register, Some(S::Registered));
        check(Some(S::Registered), A::Resolve, Some(S::Resolved));
        check(Some(S::Resolved), A::Dispatch, Some(S::Dispatched));
        check(Some(S::Dispatched), A::Answer, Some(S::Answered));
        check(Some(S::Answered), A::Sign, Some(S::Signed));
        check(Some(S::Signed), A::Send, Some(S::Sent));
    }

    #[test]
    fn steps_out_of_order() {
        check(None, A::Resolve, None);
        check(Some(S::Registered), A::Register, None);
        check(Some(S::Registered), A::Dispatch, None);
        check(Some(S::Registered), A::Answer, None);
        check(Some(S::Resolved), A::Sign, None);
        check(Some(S::Dispatched), A::Send, None);
        check(Some(S::Answered), A::Dispatch, None);
        check(Some(S::Sent), A::Resolve, None);
        check(Some(S::Sent), A::Extend, None);
        check(Some(S::Closed), A::Close, None);
        check(Some(S::Registered), A::Close, None);
        check(Some(S::Signed), A::Close, None);
    }

    #[test]
    fn corrections_and_returns() {
        check(Some(S::Resolved), A::Reassign, Some(S::Resolved));
        check(Some(S::Dispatched), A::Reassign, Some(S::Resolved));
        check(Some(S::Answered), A::Reassign, None);
        check(Some(S::Answered), A::Rework, Some(S::Dispatched));
        check(Some(S::Signed), A::Rework, Some(S::Dispatched));
        check(Some(S::Sent), A::Rework, None);
        check(Some(S::Sent), A::Confirm, Some(S::Sent));
        check(Some(S::Signed), A::Confirm, None);
        check(Some(S::Closed), A::Confirm, Some(S::Closed));
        check(Some(S::Declined), A::Confirm, None);
        check(Some(S::Sent), A::Classify, Some(S::Sent));
        check(Some(S::Registered), A::Relink, Some(S::Registered));
        check(Some(S::Closed), A::Unlink, Some(S::Closed));
    }

    #[test]
    fn extensions_links_and_closing() {
        check(Some(S::Dispatched), A::Extend, Some(S::Dispatched));
        check(Some(S::Sent), A::Close, Some(S::Closed));
        check(Some(S::Sent), A::Link, Some(S::Sent));
        check(Some(S::Closed), A::Confirm, Some(S::Closed));
    }

    #[test]
    fn the_laws_exits() {
        for from in [S::Registered, S::Resolved, S::Dispatched] {
            check(Some(from), A::Forward, Some(S::Forwarded));
            check(Some(from), A::Return, Some(S::Returned));
            check(Some(from), A::Decline, Some(S::Declined));
            check(Some(from), A::CloseDuplicate, Some(S::Duplicate));
        }
        for from in [S::Answered, S::Signed] {
            check(Some(from), A::Forward, None);
            check(Some(from), A::Decline, None);
            check(Some(from), A::CloseDuplicate, Some(S::Duplicate));
        }
        for from in [S::Sent, S::Closed, S::Forwarded, S::Declined, S::Duplicate] {
            check(Some(from), A::Forward, None);
            check(Some(from), A::CloseDuplicate, None);
            check(Some(from), A::Extend, None);
        }
        // Off control, a card takes corrections and nothing else.
        check(Some(S::Forwarded), A::Classify, Some(S::Forwarded));
        check(Some(S::Declined), A::Resolve, None);
        check(Some(S::Returned), A::Confirm, None);
    }

    #[test]
    fn reminders_only_on_control_and_in_place() {
        for s in [
            S::Registered,
            S::Resolved,
            S::Dispatched,
            S::Answered,
            S::Signed,
        ] {
            check(Some(s), A::Remind, Some(s));
        }
        check(Some(S::Sent), A::Remind, None);
        check(Some(S::Closed), A::Remind, None);
        check(None, A::Remind, None);
    }
}
