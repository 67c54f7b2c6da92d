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
    /// Mailed, scanned to the contact centre, result entered (8.2–8.3);
    /// on control until it is taken off (`close`), unless `register.toml`
    /// says `send` takes it off.
    Sent,
    /// Taken off control after the reply (the Instruction: by the
    /// controller or the head).
    Closed,
    /// Forwarded to the competent body (law art. 7), the applicant told.
    Forwarded,
    /// Returned to the applicant for what the Law requires (arts. 5, 7).
    Returned,
    /// Not considered: a repeat decided on the merits or an anonymous
    /// appeal (art. 8), or a complaint filed late (art. 17).
    Declined,
    /// The same appeal registered twice: closed as the other's duplicate.
    Duplicate,
}

impl Status {
    /// Every status, in procedure order.
    pub const ALL: [Status; 11] = [
        Status::Registered,
        Status::Resolved,
        Status::Dispatched,
        Status::Answered,
        Status::Signed,
        Status::Sent,
        Status::Closed,
        Status::Forwarded,
        Status::Returned,
        Status::Declined,
        Status::Duplicate,
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
            Status::Forwarded => "forwarded",
            Status::Returned => "returned",
            Status::Declined => "declined",
            Status::Duplicate => "duplicate",
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
            Status::Sent => "відповідь надіслано",
            Status::Closed => "знято з контролю",
            Status::Forwarded => "надіслано за належністю (ст. 7)",
            Status::Returned => "повернуто заявникові (ст. 5, 7)",
            Status::Declined => "не розглядається (ст. 8, 17)",
            Status::Duplicate => "закрито як дублікат",
        }
    }

    /// Whether the card is still on control (not taken off): a sent card
    /// stays on control until it is closed.
    pub fn is_open(self) -> bool {
        !self.is_off()
    }

    /// Whether the card is off control: closed after the reply, or gone
    /// by one of the Law's exits.
    pub fn is_off(self) -> bool {
        matches!(
            self,
            Status::Closed
                | Status::Forwarded
                | Status::Returned
                | Status::Declined
                | Status::Duplicate
        )
    }

    /// Whether the applicant is still owed a reply: on control and not
    /// sent. Only such a card can be overdue or extended.
    pub fn awaits_reply(self) -> bool {
        self.is_open() && self != Status::Sent
    }

    /// Whether the card left by one of the Law's exits rather than a reply.
    pub fn is_exit(self) -> bool {
        matches!(
            self,
            Status::Forwarded | Status::Returned | Status::Declined | Status::Duplicate
        )
    }

    /// How a card stored by card format 1 or 2 reads now: `send` took a
    /// card off control then (now `closed`), and `closed` meant closed
    /// without consideration under art. 8 (now `declined`).
    pub fn of_format(self, version: u32) -> Status {
        match (version, self) {
            (..=2, Status::Sent) => Status::Closed,
            (..=2, Status::Closed) => Status::Declined,
            (_, s) => s,
        }
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
                let (all, all_quoted) = listed(Status::ALL.iter().map(|s| s.as_str()));
                crate::t!(
                    "err-unknown-status",
                    text = format!("{s:?}"),
                    all = all,
                    all_quoted = all_quoted
                )
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
    /// 8.2–8.3: mailed, result entered.
    Send,
    /// Law art. 20: term extended.
    Extend,
    /// Law art. 20: the applicant notified of the extension.
    Notify,
    /// Taken off control after the reply.
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
    /// What registration wrote of the applicant or the appeal corrected:
    /// a name, an address, a telephone, an e-mail or the summary typed
    /// wrong.
    Correct,
    /// Other executors named after the resolution.
    Reassign,
    /// 8.1: the coordinator returned the package to the executor.
    Rework,
    /// The contact centre called the applicant back.
    Confirm,
    /// Law art. 7: forwarded to the competent body, the applicant told.
    Forward,
    /// Law arts. 5, 7: returned to the applicant.
    Return,
    /// Law art. 8 or 17: not considered, by the head's decision.
    Decline,
    /// The same appeal registered twice: closed as the other's duplicate.
    CloseDuplicate,
    /// A reminder written to an executor, a coordinator or the head.
    Remind,
    /// The running number changed by `sync`: another clone had issued it.
    Renumber,
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
            Action::Correct => "correct",
            Action::Reassign => "reassign",
            Action::Rework => "rework",
            Action::Confirm => "confirm",
            Action::Forward => "forward",
            Action::Return => "return",
            Action::Decline => "decline",
            Action::CloseDuplicate => "close-duplicate",
            Action::Remind => "remind",
            Action::Renumber => "renumber",
        }
    }

    /// The step as a person reads it in a card's history.
    pub fn label(self) -> &'static str {
        match self {
            Action::Register => "реєстрація",
            Action::Resolve => "резолюція",
            Action::Dispatch => "направлено",
            Action::Answer => "відповідь",
            Action::Sign => "підпис",
            Action::Send => "надіслано",
            Action::Extend => "продовжено",
            Action::Notify => "повідомлено",
            Action::Close => "знято",
            Action::Link => "зв'язок",
            Action::Relink => "зв'язок",
            Action::Unlink => "без зв'язку",
            Action::Classify => "класифікація",
            Action::Correct => "виправлення",
            Action::Reassign => "виконавці",
            Action::Rework => "доопрацювання",
            Action::Confirm => "дзвінок",
            Action::Forward => "за належністю",
            Action::Return => "повернуто",
            Action::Decline => "не розглядається",
            Action::CloseDuplicate => "дублікат",
            Action::Remind => "нагадування",
            Action::Renumber => "новий номер",
        }
    }

    /// The command that performs the step: its own name, but for a
    /// relink, which `link` (or `unlink`) records.
    pub fn command(self) -> &'static str {
        match self {
            Action::Relink => "link",
            Action::Renumber => "sync",
            other => other.name(),
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

/// The legal ground of an exit: why a card left control without a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ground {
    /// Law art. 7: not in the council's competence, forwarded within five
    /// days, the applicant told.
    Art7,
    /// Law arts. 5 and 7: the appeal lacks what art. 5 requires, returned
    /// to the applicant with explanations.
    Art5,
    /// Law art. 8: a repeat to the same body from the same citizen on the
    /// same question, the first decided on the merits.
    Art8Repeat,
    /// Law art. 8: anonymous (no name; a written appeal with no address or
    /// no signature).
    Art8Anonymous,
    /// Law arts. 8 and 17: a complaint filed after art. 17's term.
    Art17Late,
    /// The same appeal registered twice.
    Duplicate,
}

impl Ground {
    /// The name used on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Ground::Art7 => "art7",
            Ground::Art5 => "art5",
            Ground::Art8Repeat => "art8-repeat",
            Ground::Art8Anonymous => "art8-anonymous",
            Ground::Art17Late => "art17-late",
            Ground::Duplicate => "duplicate",
        }
    }

    /// The Ukrainian words printed on the card and in letters.
    pub fn label(self) -> &'static str {
        match self {
            Ground::Art7 => "надіслано за належністю (ст. 7 Закону України «Про звернення громадян»)",
            Ground::Art5 => "повернуто заявникові: не відповідає вимогам ст. 5 Закону (ст. 7)",
            Ground::Art8Repeat => {
                "повторне звернення з питання, вже вирішеного по суті, не розглядається (ст. 8 Закону)"
            }
            Ground::Art8Anonymous => "анонімне звернення розгляду не підлягає (ст. 8 Закону)",
            Ground::Art17Late => "скаргу подано з порушенням строку ст. 17 Закону (ст. 8)",
            Ground::Duplicate => "те саме звернення зареєстровано двічі",
        }
    }
}

impl Ground {
    /// Every ground.
    pub const ALL: [Ground; 6] = [
        Ground::Art7,
        Ground::Art5,
        Ground::Art8Repeat,
        Ground::Art8Anonymous,
        Ground::Art17Late,
        Ground::Duplicate,
    ];
}

impl FromStr for Ground {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ground::ALL
            .into_iter()
            .find(|g| g.as_str() == s)
            .ok_or_else(|| {
                let (all, all_quoted) = listed(Ground::ALL.iter().map(|g| g.as_str()));
                crate::t!(
                    "err-unknown-ground",
                    text = format!("{s:?}"),
                    all = all,
                    all_quoted = all_quoted
                )
            })
    }
}

impl fmt::Display for Ground {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Who `decides` an exit the register's own policy takes on registration
/// (`anonymous.policy = "no-consideration"`): recorded as the exit's `by`.
pub const BY_ANONYMOUS_POLICY: &str = "anonymous.policy";

/// Names for an error that lists them: plain (`a, b`) and quoted (`'a', 'b'`).
fn listed<'a>(names: impl Iterator<Item = &'a str>) -> (String, String) {
    let names: Vec<&str> = names.collect();
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    (names.join(", "), quoted.join(", "))
}
