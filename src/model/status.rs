//! Card statuses, in the order of the council's procedure (points 3–8).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Where a card stands in the procedure. Derived from the card's history by
/// `workflow`; stored on the card only so that scripts can read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Registered on the day of receipt (3.1).
    Registered,
    /// The coordinator named the executors (4).
    Resolved,
    /// Sent to the executors (5).
    Dispatched,
    /// The executor's answer package is in (7).
    Answered,
    /// The coordinator signed the answers (8.1).
    Signed,
    /// Mailed, scanned to the contact centre, result entered, off control (8.2–8.3).
    Sent,
    /// Closed without consideration (an anonymous appeal under law art. 8).
    Closed,
}

impl Status {
    /// Every status, in procedure order.
    pub const ALL: [Status; 7] = [
        Status::Registered,
        Status::Resolved,
        Status::Dispatched,
        Status::Answered,
        Status::Signed,
        Status::Sent,
        Status::Closed,
    ];

    /// The name used on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Registered => "registered",
            Status::Resolved => "resolved",
            Status::Dispatched => "dispatched",
            Status::Answered => "answered",
            Status::Signed => "signed",
            Status::Sent => "sent",
            Status::Closed => "closed",
        }
    }

    /// The Ukrainian name printed on the card.
    pub fn label(self) -> &'static str {
        match self {
            Status::Registered => "зареєстровано",
            Status::Resolved => "є резолюція",
            Status::Dispatched => "направлено виконавцю",
            Status::Answered => "надано відповідь",
            Status::Signed => "підписано",
            Status::Sent => "надіслано, знято з контролю",
            Status::Closed => "закрито без розгляду",
        }
    }

    /// Whether the card is still on control (not taken off).
    pub fn is_open(self) -> bool {
        !matches!(self, Status::Sent | Status::Closed)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| {
                let all: Vec<_> = Status::ALL.iter().map(|s| s.as_str()).collect();
                format!("unknown status {s:?}; expected one of: {}", all.join(", "))
            })
    }
}

/// A step of the procedure, as recorded in a card's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// 3.1: registered.
    Register,
    /// 4: the coordinator's resolution.
    Resolve,
    /// 5: sent to the executors.
    Dispatch,
    /// 7: the executor's package.
    Answer,
    /// 8.1: signed.
    Sign,
    /// 8.2–8.3: mailed, result entered, off control.
    Send,
    /// Law art. 20: term extended.
    Extend,
    /// Law art. 20: the applicant notified of the extension.
    Notify,
    /// Closed without consideration.
    Close,
    /// A later appeal was linked to this one.
    Link,
    /// This appeal's repeat link was set, changed or cleared after
    /// registration, and its sign of receipt decided again.
    Relink,
    /// A later appeal was unlinked from this one.
    Unlink,
    /// The classification corrected by a coordinator.
    Classify,
    /// Other executors named after the resolution.
    Reassign,
    /// 8.1: the coordinator returned the package to the executor.
    Rework,
    /// The contact centre called the applicant back.
    Confirm,
    /// A reminder written to an executor, a coordinator or the head.
    Remind,
}

impl Action {
    /// The name in the card's history (`relink`, `rework`).
    pub fn name(self) -> &'static str {
        match self {
            Action::Register => "register",
            Action::Resolve => "resolve",
            Action::Dispatch => "dispatch",
            Action::Answer => "answer",
            Action::Sign => "sign",
            Action::Send => "send",
            Action::Extend => "extend",
            Action::Notify => "notify",
            Action::Close => "close",
            Action::Link => "link",
            Action::Relink => "relink",
            Action::Unlink => "unlink",
            Action::Classify => "classify",
            Action::Reassign => "reassign",
            Action::Rework => "rework",
            Action::Confirm => "confirm",
            Action::Remind => "remind",
        }
    }

    /// The command that performs the step.
    pub fn command(self) -> &'static str {
        match self {
            Action::Register => "register",
            Action::Resolve => "resolve",
            Action::Dispatch => "dispatch",
            Action::Answer => "answer",
            Action::Sign => "sign",
            Action::Send => "send",
            Action::Extend => "extend",
            Action::Notify => "notify",
            Action::Close => "close",
            Action::Link | Action::Relink => "link",
            Action::Unlink => "unlink",
            Action::Classify => "classify",
            Action::Reassign => "reassign",
            Action::Rework => "rework",
            Action::Confirm => "confirm",
            Action::Remind => "remind",
        }
    }
}

/// What the applicant said when the contact centre called back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// The applicant confirms the question was resolved.
    Confirmed,
    /// The applicant says it was not.
    NotConfirmed,
    /// The applicant resolved it on their own.
    FixedByApplicant,
}

impl Outcome {
    /// Every outcome.
    pub const ALL: [Outcome; 3] = [
        Outcome::Confirmed,
        Outcome::NotConfirmed,
        Outcome::FixedByApplicant,
    ];

    /// The name used on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Confirmed => "confirmed",
            Outcome::NotConfirmed => "not-confirmed",
            Outcome::FixedByApplicant => "fixed-by-applicant",
        }
    }

    /// The Ukrainian words printed on the card.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Confirmed => "заявник підтвердив вирішення",
            Outcome::NotConfirmed => "заявник не підтвердив вирішення",
            Outcome::FixedByApplicant => "вирішено заявником самостійно",
        }
    }
}
