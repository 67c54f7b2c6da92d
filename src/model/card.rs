//! The registration-control card (РКК): one JSON file per appeal.
//!
//! Field order here is the order in the file (SPEC §3–4); every key is
//! always written, `null` when empty, so that `jq` and `git diff` see one
//! shape. Cards live for years: `version` allows later migrations.

pub use crate::model::event::Event;
pub use crate::model::status::Outcome;
use crate::model::status::Status;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The card format written by this version of the program. Version 2
/// added `links.earlier`, `reworks` and `confirmation`; a version 1 card
/// reads with them empty. Version 3 made the removal from control a step
/// of its own (`close`, after `send`) and added the Law's exits (`exit`,
/// statuses `forwarded`, `returned`, `declined`, `duplicate`) and the
/// reply's outgoing number and date (`sent.number`, `sent.date`); an
/// older card reads as [`Card::upgrade`] says. Either is written as
/// version 3 at its next step.
pub const CARD_VERSION: u32 = 3;

/// The card formats this program reads.
pub const CARD_VERSIONS: std::ops::RangeInclusive<u32> = 1..=CARD_VERSION;

/// One appeal's registration-control card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    /// Card format version.
    pub version: u32,
    /// Registration index, e.g. `К-125`.
    pub index: String,
    /// Year of registration; with `number` it names the file.
    pub year: i32,
    /// Running number within the year, never reused.
    pub number: u32,
    /// The contact centre's individual number of the appeal.
    pub cc_number: Option<String>,
    /// Date the appeal was received from the contact centre.
    #[serde(deserialize_with = "crate::model::dates::day")]
    pub received: NaiveDate,
    /// Date it was registered (the day of receipt unless `late_reason`).
    #[serde(deserialize_with = "crate::model::dates::day")]
    pub registered: NaiveDate,
    /// Why it was registered after the day of receipt.
    pub late_reason: Option<String>,
    /// Status, derived from `history` (kept for scripts; `check` verifies it).
    pub status: Status,
    /// Who wrote.
    pub applicant: Applicant,
    /// Classifier codes of the appeal.
    pub classification: Classification,
    /// Short content of the appeal.
    pub summary: String,
    /// Term of consideration and the dates it gives.
    pub term: Term,
    /// Links to earlier and later appeals on the same question.
    pub links: Links,
    /// The coordinator's resolution (point 4).
    pub resolution: Option<Resolution>,
    /// Sending to the executors (point 5).
    pub dispatch: Option<Dispatch>,
    /// The executor's answer package (point 7).
    pub answer: Option<Answer>,
    /// Packages the coordinator returned to the executor for rework (point
    /// 8.1), in order, each kept whole with its documents.
    #[serde(default)]
    pub reworks: Vec<Rework>,
    /// The coordinator's signature (point 8.1).
    pub signature: Option<Signature>,
    /// Mailing to the applicant and to the contact centre (point 8.2).
    pub sent: Option<Sent>,
    /// Result of consideration, Classifier section 9 (point 8.3).
    pub result: Option<String>,
    /// Taken off control after the reply.
    pub closed: Option<Closed>,
    /// Gone by one of the Law's exits instead of a reply (arts. 5, 7, 8,
    /// 17, or a duplicate).
    #[serde(default)]
    pub exit: Option<Exit>,
    /// The contact centre's call-back to the applicant after the answer.
    #[serde(default)]
    pub confirmation: Option<Confirmation>,
    /// Append-only log of every step.
    pub history: Vec<Event>,
    /// The source's columns the card has no field for, kept as the
    /// contact centre's export gave them (an import profile's `keep`);
    /// absent when none.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub source: BTreeMap<String, String>,
}

/// The applicant (ПІБ and contacts) and the Classifier's author fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Applicant {
    /// Surname, name, patronymic; `null` for an anonymous appeal.
    pub name: Option<String>,
    /// Postal address.
    pub address: Option<String>,
    /// Telephone.
    pub phone: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Gender, Classifier 4.x.
    pub gender: Option<String>,
    /// Author categories, Classifier 7.x (several allowed).
    pub categories: Vec<String>,
    /// Social status, Classifier 8.x.
    pub social_status: Option<String>,
    /// Number of signatories; more than one makes the appeal collective.
    pub signatories: u32,
    /// Law art. 10: the applicant asked that the name and address (and so
    /// the phone and e-mail) not be disclosed; `model::privacy` says where.
    pub confidential: bool,
}

impl Applicant {
    /// The keys that identify the applicant across appeals (the order's
    /// point 9): see [`applicant_keys`].
    pub fn keys(&self) -> Vec<String> {
        applicant_keys(
            self.name.as_deref(),
            self.phone.as_deref(),
            self.email.as_deref(),
        )
    }
}

/// The keys that identify an applicant: `n:` the name folded as
/// [`super::text::fold`] says (NFC, no invisible characters, one apostrophe,
/// Latin lookalikes in Cyrillic words made Cyrillic, spaces and case), `p:` the last nine digits of the
/// telephone (the subscriber's number whatever the prefix), `e:` the e-mail
/// in lower case.
pub fn applicant_keys(name: Option<&str>, phone: Option<&str>, email: Option<&str>) -> Vec<String> {
    let mut keys = Vec::new();
    if let Some(n) = name {
        let n = super::text::fold(n);
        if !n.is_empty() {
            keys.push(format!("n:{n}"));
        }
    }
    if let Some(p) = phone {
        let digits: String = p.chars().filter(char::is_ascii_digit).collect();
        if digits.len() >= 9 {
            keys.push(format!("p:{}", &digits[digits.len() - 9..]));
        }
    }
    if let Some(e) = email {
        let e: String = e.chars().filter(|c| !super::text::invisible(*c)).collect();
        keys.push(format!("e:{}", e.trim().to_lowercase()));
    }
    keys
}

/// Classifier codes, Part I and Part II.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Classification {
    /// Form of receipt, 1.x.
    pub form: String,
    /// Sign of receipt, 2.x.
    pub sign: String,
    /// Kind, 3.x.
    pub kind: String,
    /// Subject, 5.x (individual, collective, anonymous).
    pub subject: String,
    /// Type, 6.x.
    #[serde(rename = "type")]
    pub type_: String,
    /// Topics, Part II codes (at least one).
    pub topics: Vec<String>,
}

/// How the term was set: law art. 20.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TermBasis {
    /// A number of calendar days from receipt (15 for appeals needing no further study).
    Days,
    /// One calendar month from receipt: the same day of the next month, or its last day.
    CalendarMonth,
}

/// The term of consideration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Term in days as given at registration (30 stands for one month).
    pub days: u32,
    /// How `days` was counted.
    pub basis: TermBasis,
    /// Control date: the appeal must be answered by then.
    #[serde(deserialize_with = "crate::model::dates::day")]
    pub control_date: NaiveDate,
    /// The executor's package is due one working day before the control date.
    #[serde(deserialize_with = "crate::model::dates::day")]
    pub executor_due: NaiveDate,
    /// Extensions by the head (law art. 20), in order.
    pub extensions: Vec<Extension>,
    /// The contact centre's own control date («Вирішити до») as its card
    /// gave it, kept beside ours so that a disagreement is seen
    /// (`deadlines`, `check`'s `cc-term-differs`); absent when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[serde(deserialize_with = "crate::model::dates::opt_day")]
    pub cc_due: Option<NaiveDate>,
}

/// A term extension (law art. 20: decided by the head or his deputy before
/// the control date passes, at most 45 days in all, applicant notified).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Extension {
    /// Date the extension was recorded.
    #[serde(deserialize_with = "crate::model::dates::day")]
    pub on: NaiveDate,
    /// New control date.
    #[serde(deserialize_with = "crate::model::dates::day")]
    pub until: NaiveDate,
    /// Who extended it: the head or an official he authorised (`[[head]]`
    /// in `people.toml`), or a coordinator (his deputies).
    pub by: String,
    /// Why.
    pub reason: String,
    /// Date the applicant was notified.
    #[serde(default, deserialize_with = "crate::model::dates::opt_day")]
    pub notified: Option<NaiveDate>,
    /// Made after the control date in force had passed (`extend --late`):
    /// the card stays judged by that date ([`crate::terms::control_in_force`]).
    /// Written only when true, so that cards from before it keep their bytes
    /// (the one key of a card that is left out rather than written `false`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub late: bool,
}

/// Links between appeals of the same applicant on the same question.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Links {
    /// The earlier card this one repeats (`2015/К-125`): the latest of
    /// `earlier`.
    pub repeat_of: Option<String>,
    /// Every earlier appeal of the applicant on the question, oldest first,
    /// from which the sign of receipt follows (the order's point 9).
    #[serde(default)]
    pub earlier: Vec<String>,
    /// Later cards that repeat this one.
    pub later: Vec<String>,
}

/// The coordinator's written resolution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resolution {
    /// Date of the resolution.
    #[serde(deserialize_with = "crate::model::dates::day")]
    pub date: NaiveDate,
    /// Coordinator's id in `people.toml`.
    pub coordinator: String,
    /// Executors' ids; the first leads, the others are co-executors.
    pub executors: Vec<String>,
    /// Text of the resolution.
    pub text: Option<String>,
}

/// Sending to the executors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dispatch {
    /// Date sent.
    #[serde(deserialize_with = "crate::model::dates::day")]
    pub date: NaiveDate,
    /// Executors it was sent to.
    pub to: Vec<String>,
}

/// The quality-evaluation card (картка оцінки якості розгляду звернення).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quality {
    /// Considered in time.
    pub timely: bool,
    /// All questions answered.
    pub complete: bool,
    /// The executor contacted the applicant.
    pub applicant_contacted: bool,
    /// Whether the applicant is satisfied.
    pub applicant_satisfied: Satisfied,
    /// Score from 1 to 5.
    pub score: u8,
    /// Free text.
    #[serde(default)]
    pub notes: String,
}

/// The applicant's satisfaction as the quality card records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Satisfied {
    /// Satisfied.
    Yes,
    /// Not satisfied: a next appeal on the question is repeated.
    No,
    /// Not known.
    Unknown,
}

impl Satisfied {
    /// The Ukrainian word printed on the card.
    pub fn label(self) -> &'static str {
        match self {
            Satisfied::Yes => "так",
            Satisfied::No => "ні",
            Satisfied::Unknown => "невідомо",
        }
    }
}

/// The executor's answer package.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// Date the package was received.
    #[serde(deserialize_with = "crate::model::dates::day")]
    pub date: NaiveDate,
    /// The executor's own registration number.
    pub executor_number: Option<String>,
    /// Proposed result of consideration, Classifier 9.x.
    pub result: String,
    /// Documents of the package: role → path under the register.
    pub documents: BTreeMap<String, String>,
    /// The quality-evaluation card.
    pub quality: Quality,
    /// Given after the executor's due date.
    pub late: bool,
    /// Working days after the executor's due date.
    pub days_late: i64,
}

/// The coordinator's signature.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// Date signed.
    #[serde(deserialize_with = "crate::model::dates::day")]
    pub date: NaiveDate,
    /// Coordinator's id.
    pub by: String,
    /// Set when the signer is not the resolution's coordinator.
    pub warning: Option<String>,
    /// SHA-256 of every signed document: path → hex digest.
    pub sha256: BTreeMap<String, String>,
}

impl Signature {
    /// The digest `sha256` records of a signed document: SHA-256 of its
    /// bytes, in lower-case hex.
    pub fn digest(bytes: &[u8]) -> String {
        use sha2::{Digest, Sha256};
        format!("{:x}", Sha256::digest(bytes))
    }
}

/// Mailing to the applicant and to the contact centre.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sent {
    /// Date mailed to the applicant (`null` where there is no address).
    #[serde(default, deserialize_with = "crate::model::dates::opt_day")]
    pub posted: Option<NaiveDate>,
    /// Date sent, scanned, to the contact centre.
    #[serde(deserialize_with = "crate::model::dates::day")]
    pub to_cc: NaiveDate,
    /// The scan of the signed answer, under the register.
    pub scan: Option<String>,
    /// The outgoing number of the council's reply.
    #[serde(default)]
    pub number: Option<String>,
    /// The outgoing date of the council's reply.
    #[serde(default)]
    #[serde(deserialize_with = "crate::model::dates::opt_day")]
    pub date: Option<NaiveDate>,
}

/// A package returned to the executor for rework (point 8.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rework {
    /// Date returned.
    #[serde(deserialize_with = "crate::model::dates::day")]
    pub date: NaiveDate,
    /// The coordinator who returned it.
    pub by: String,
    /// Why.
    pub reason: String,
    /// The package as it was returned.
    pub answer: Answer,
    /// Its signature, when it had been signed.
    pub signature: Option<Signature>,
}

/// The contact centre's call-back to the applicant after the answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Confirmation {
    /// Date recorded.
    #[serde(deserialize_with = "crate::model::dates::day")]
    pub date: NaiveDate,
    /// Who recorded it.
    pub by: String,
    /// What the applicant said.
    pub outcome: Outcome,
    /// What else was said.
    pub note: Option<String>,
}

/// Taken off control.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closed {
    /// Date.
    #[serde(deserialize_with = "crate::model::dates::day")]
    pub date: NaiveDate,
    /// Who.
    pub by: String,
    /// Why, when closed without consideration (card format 2).
    pub reason: Option<String>,
    /// The case file (справа) the card and its documents are kept in.
    #[serde(default)]
    pub file: Option<String>,
}

/// How a card left control by one of the Law's exits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exit {
    /// The step: `forward`, `return`, `decline` or `close-duplicate`.
    pub step: crate::model::status::Action,
    /// The legal ground.
    pub ground: crate::model::status::Ground,
    /// Date.
    #[serde(deserialize_with = "crate::model::dates::day")]
    pub date: NaiveDate,
    /// The official who decided it.
    pub by: String,
    /// The body it was forwarded to.
    pub to: Option<String>,
    /// The card it duplicates.
    pub of: Option<String>,
    /// Why, in words.
    pub reason: Option<String>,
    /// The outgoing number of the covering letter or notice.
    pub number: Option<String>,
    /// The notice to the applicant, under the register (in the answer
    /// package's place).
    pub notice: Option<String>,
    /// The last day of the Law's term for the step (art. 7: five days).
    #[serde(default, deserialize_with = "crate::model::dates::opt_day")]
    pub due: Option<NaiveDate>,
    /// Recorded after `due`.
    pub late: bool,
}

impl Card {
    /// The card's file name under `cards/`: `2015/000125.json`.
    pub fn rel_path(&self) -> String {
        card_rel_path(self.year, self.number)
    }

    /// The card's name that is valid in any year: `2015/К-125`.
    pub fn full_name(&self) -> String {
        format!("{}/{}", self.year, self.index)
    }

    /// The applicant is not satisfied (the order's point 9): the quality
    /// card says so, or the applicant said so when called back.
    pub fn dissatisfied(&self) -> bool {
        self.answer
            .as_ref()
            .is_some_and(|a| a.quality.applicant_satisfied == Satisfied::No)
            || self
                .confirmation
                .as_ref()
                .is_some_and(|c| c.outcome == Outcome::NotConfirmed)
    }

    /// Reads a card of format 1 or 2 as format 3 (see [`CARD_VERSION`]),
    /// in memory; the file changes at the card's next step. Then `send`
    /// took a card off control: a `close` at the sending, by whoever
    /// recorded it, follows its `send`. And `close` on a card not sent was
    /// the closing without consideration of an anonymous appeal (art. 8):
    /// it is the `decline` it now is, its data kept.
    pub fn upgrade(&mut self) {
        use crate::model::event::{self, What};
        use crate::model::status::Action;
        if self.version >= 3 {
            return;
        }
        let sent_at = self.history.iter().position(|e| e.action() == Action::Send);
        for e in &mut self.history {
            if let What::Other {
                action: Action::Close,
                data,
            } = &e.what
            {
                let text = |k: &str| data.get(k).and_then(|v| v.as_str()).map(str::to_string);
                e.what = What::Decline(event::Exited {
                    by: e.by.clone(),
                    contact_centre_informed: text("contact_centre_informed")
                        .and_then(|d| d.parse().ok()),
                    due: None,
                    ground: crate::model::status::Ground::Art8Anonymous,
                    late: false,
                    notice: None,
                    number: None,
                    of: None,
                    reason: text("reason"),
                    to: None,
                });
            }
        }
        match (sent_at, self.closed.take()) {
            (Some(i), Some(closed)) => {
                let by = closed.by.clone();
                self.history.insert(
                    i + 1,
                    Event {
                        at: self.history[i].at,
                        by: by.clone(),
                        what: What::Close(event::Closed {
                            at_send: true,
                            by,
                            file: None,
                        }),
                    },
                );
                self.closed = Some(closed);
            }
            (None, Some(closed)) => {
                self.exit = Some(Exit {
                    step: Action::Decline,
                    ground: crate::model::status::Ground::Art8Anonymous,
                    date: closed.date,
                    by: closed.by,
                    to: None,
                    of: None,
                    reason: closed.reason,
                    number: None,
                    notice: None,
                    due: None,
                    late: false,
                });
            }
            (_, None) => {}
        }
        self.status = self.status.of_format(self.version);
    }

    /// Canonical JSON: 2-space indent, UTF-8 without escapes, trailing newline.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// `cards/`-relative file name of a card.
pub fn card_rel_path(year: i32, number: u32) -> String {
    format!("{year}/{number:06}.json")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn applicant_keys_normalise() {
        assert_eq!(
            applicant_keys(
                Some("  Мар’яненко   Ольга "),
                Some("+38 (067) 123-45-67"),
                None
            ),
            ["n:марʼяненко ольга", "p:671234567"]
        );
        assert_eq!(applicant_keys(None, Some("12"), None), Vec::<String>::new());
    }
}
