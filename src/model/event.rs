//! One step in a card's history, with the step's data typed by its action.
//!
//! On disk an event is `{"at", "by", "action", "data"}`, `data` an object
//! whose keys are in alphabetical order (as every card written since the
//! first version has them). Each action's data is a struct below whose
//! fields are declared in that order, so a typed event is written byte for
//! byte as before. An entry whose data is not what this program writes
//! for its action (a hand edit) is kept as it is, in [`What::Other`], and
//! written back unchanged: the history is the record.

use super::status::Action;
use chrono::NaiveDate;
use serde::de::value::MapDeserializer;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;
use std::collections::BTreeMap;

/// One step in the card's history.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(from = "RawEvent")]
pub struct Event {
    /// Date of the step (the register's "today" when it was recorded).
    pub at: NaiveDate,
    /// Who recorded it.
    pub by: String,
    /// What was done, with its data.
    pub what: What,
}

impl Event {
    /// What was done.
    pub fn action(&self) -> Action {
        self.what.action()
    }
}

/// What a step did, with the data it recorded.
#[derive(Debug, Clone, PartialEq)]
pub enum What {
    /// 3.1: registered.
    Register(Registered),
    /// 4: the coordinator's resolution.
    Resolve(Resolved),
    /// 5: sent to the executors.
    Dispatch(Dispatched),
    /// 7: the executor's package.
    Answer(Answered),
    /// 8.1: signed.
    Sign(Signed),
    /// 8.2–8.3: mailed, result entered.
    Send(Sent),
    /// Law art. 20: term extended.
    Extend(Extended),
    /// Law art. 20: the applicant notified of the extension.
    Notify(Notified),
    /// Taken off control after the reply.
    Close(Closed),
    /// A later appeal was linked to this one.
    Link(Linked),
    /// This appeal's repeat link set, changed or cleared after registration.
    Relink(Relinked),
    /// A later appeal unlinked from this one.
    Unlink(Unlinked),
    /// The classification corrected.
    Classify(Classified),
    /// What registration wrote corrected.
    Correct(Corrected),
    /// Other executors named.
    Reassign(Reassigned),
    /// The package returned for rework.
    Rework(Reworked),
    /// The applicant's word on the call-back.
    Confirm(Confirmed),
    /// Law art. 7: forwarded to the competent body.
    Forward(Exited),
    /// Law arts. 5, 7: returned to the applicant.
    Return(Exited),
    /// Law art. 8 or 17: not considered.
    Decline(Exited),
    /// Closed as another card's duplicate.
    CloseDuplicate(Exited),
    /// A reminder written.
    Remind(Reminded),
    /// The running number changed by `sync`.
    Renumber(Renumbered),
    /// An entry whose data this program did not write (a hand edit), kept
    /// as it is.
    Other {
        /// The step.
        action: Action,
        /// Its data, as found.
        data: BTreeMap<String, Value>,
    },
}

/// Data of a registration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registered {
    /// The contact centre's number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub cc_number: Option<String>,
    /// Why it was registered after the day of receipt.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub late_reason: Option<String>,
    /// Date received.
    pub received: NaiveDate,
}

/// Data of a resolution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resolved {
    /// The coordinator.
    pub coordinator: String,
    /// The executors, the lead first.
    pub executors: Vec<String>,
    /// The resolution's text.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub text: Option<String>,
}

/// Data of a dispatch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dispatched {
    /// The executors it was sent to.
    pub to: Vec<String>,
}

/// Data of an answer package.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answered {
    /// Working days after the executor's due date, when late.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub days_late: Option<i64>,
    /// The executor's own registration number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub executor_number: Option<String>,
    /// Given after the executor's due date.
    pub late: bool,
    /// Proposed result, Classifier 9.x.
    pub result: String,
}

/// Data of a signature.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signed {
    /// The coordinator who signed.
    pub by: String,
    /// Set when the signer is not the resolution's coordinator.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub warning: Option<String>,
}

/// Data of the sending.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sent {
    /// The outgoing date of the council's reply.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub date: Option<NaiveDate>,
    /// The outgoing number of the council's reply.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub number: Option<String>,
    /// Date mailed to the applicant; `null` when there is no address.
    #[serde(deserialize_with = "Option::deserialize")]
    pub posted: Option<NaiveDate>,
    /// Result of consideration entered.
    pub result: String,
    /// The scan of the signed answer.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub scan: Option<String>,
    /// Date sent to the contact centre.
    pub to_cc: NaiveDate,
}

/// Data of an extension.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Extended {
    /// Who extended it (the head, an official he authorised, or a coordinator).
    pub by: String,
    /// The control date before.
    pub from: NaiveDate,
    /// Made after `from` had passed (`extend --late`); written only when
    /// true, so that older entries keep their bytes.
    #[serde(
        default,
        skip_serializing_if = "std::ops::Not::not",
        deserialize_with = "only_true"
    )]
    pub late: bool,
    /// When the applicant was notified, if already.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub notified: Option<NaiveDate>,
    /// Why.
    pub reason: String,
    /// The new control date.
    pub until: NaiveDate,
}

/// Data of a notification of an extension.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notified {
    /// When the applicant was told.
    pub notified: NaiveDate,
    /// The control date the extension set.
    pub until: NaiveDate,
}

/// Data of the removal from control after the reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closed {
    /// Taken off by `send`, as `register.toml` says (`control.close_at_send`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub at_send: bool,
    /// The controller or coordinator who decided it.
    pub by: String,
    /// The case file (справа) the card and its documents are kept in.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub file: Option<String>,
}

/// Data of a closing without consideration as card format 2 wrote it
/// (read to upgrade the card: now a `decline` under art. 8).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClosedUnconsidered {
    /// When the contact centre was told.
    pub contact_centre_informed: NaiveDate,
    /// Why, with the law's article.
    pub reason: String,
}

/// Data of an exit the Law allows (forward, return, decline, close as a
/// duplicate): who decided, on what ground, and the notice to the
/// applicant kept in the answer package's place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exited {
    /// The official who decided it.
    pub by: String,
    /// When the contact centre was told (card format 2's art. 8 closing).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub contact_centre_informed: Option<NaiveDate>,
    /// The last day of the Law's term for it (art. 7: five days).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub due: Option<NaiveDate>,
    /// The legal ground.
    pub ground: super::status::Ground,
    /// Recorded after `due`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub late: bool,
    /// The notice to the applicant, under the register.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub notice: Option<String>,
    /// The outgoing number of the covering letter or notice.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub number: Option<String>,
    /// The card it duplicates.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub of: Option<String>,
    /// Why, in words.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub reason: Option<String>,
    /// The body it was forwarded to.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub to: Option<String>,
}

/// Data of a link from a later appeal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Linked {
    /// The later card (`2015/К-125`).
    pub later: String,
}

/// Data of a repeat link set, changed or cleared after registration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relinked {
    /// Every earlier appeal on the question now, oldest first.
    pub earlier: Vec<String>,
    /// Why.
    pub reason: String,
    /// The earlier card it repeats now; `null` when it repeats none.
    #[serde(deserialize_with = "Option::deserialize")]
    pub repeat_of: Option<String>,
    /// The sign of receipt that follows.
    pub sign: String,
}

/// Data of a later appeal unlinked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unlinked {
    /// The later card.
    pub later: String,
    /// Why.
    pub reason: String,
}

/// Data of a classification corrected: each field changed, before and
/// after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Classified {
    /// The coordinator who corrected it.
    pub by: String,
    /// The fields changed, as they were.
    pub from: BTreeMap<String, Value>,
    /// Why.
    pub reason: String,
    /// The same fields, as they are.
    pub to: BTreeMap<String, Value>,
}

/// Data of a correction of what registration wrote (the applicant's name,
/// address, telephone or e-mail, the summary): each field changed, before
/// and after (`null` where there was none, or is none now). The event's
/// `by` is the clerk who corrected it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Corrected {
    /// The fields changed, as they were.
    pub from: BTreeMap<String, Value>,
    /// Why.
    pub reason: String,
    /// The same fields, as they are.
    pub to: BTreeMap<String, Value>,
}

/// Data of other executors named.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reassigned {
    /// The coordinator who reassigned it.
    pub by: String,
    /// The executors now, the lead first.
    pub executors: Vec<String>,
    /// The executors before.
    pub from: Vec<String>,
    /// Why.
    pub reason: String,
}

/// Data of a package returned for rework.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reworked {
    /// The coordinator who returned it.
    pub by: String,
    /// Why.
    pub reason: String,
    /// Which return this is: 1 for the first.
    pub round: u32,
}

/// Data of the applicant's word on the call-back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Confirmed {
    /// What else was said.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub note: Option<String>,
    /// What the applicant said.
    pub outcome: super::status::Outcome,
}

/// Data of a reminder: whom it went to, at which level, about which date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reminded {
    /// The date it reminds of: the executor's due date (levels `executor`
    /// and `coordinator`) or the control date (`head`), as it stood.
    pub due: NaiveDate,
    /// Whom it went to.
    pub level: super::remind::Level,
    /// The ids it went to, from `people.toml`.
    pub to: Vec<String>,
}

/// Data of a renumbering: another clone of the register had published a
/// card under this card's number before this clone did (issue #18).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Renumbered {
    /// The index the card had (`К-1`).
    pub from: String,
    /// Why: the remote branch and commit that published the number first.
    pub reason: String,
    /// The index it has now (`К-3`).
    pub to: String,
}

/// An optional field that, when present, holds a value: `null` written
/// out by hand is not what this program writes, so it is not taken as
/// absent (the entry is kept as [`What::Other`]).
fn present<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

/// A flag this program writes only when set: `true` read as such, and a
/// `false` written out by hand not taken as absent (the entry is kept as
/// [`What::Other`], written back as found).
fn only_true<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    match bool::deserialize(d)? {
        true => Ok(true),
        false => Err(serde::de::Error::custom("written only when true")),
    }
}

impl What {
    /// The step.
    pub fn action(&self) -> Action {
        match self {
            What::Register(_) => Action::Register,
            What::Resolve(_) => Action::Resolve,
            What::Dispatch(_) => Action::Dispatch,
            What::Answer(_) => Action::Answer,
            What::Sign(_) => Action::Sign,
            What::Send(_) => Action::Send,
            What::Extend(_) => Action::Extend,
            What::Notify(_) => Action::Notify,
            What::Close(_) => Action::Close,
            What::Link(_) => Action::Link,
            What::Relink(_) => Action::Relink,
            What::Unlink(_) => Action::Unlink,
            What::Classify(_) => Action::Classify,
            What::Correct(_) => Action::Correct,
            What::Reassign(_) => Action::Reassign,
            What::Rework(_) => Action::Rework,
            What::Confirm(_) => Action::Confirm,
            What::Forward(_) => Action::Forward,
            What::Return(_) => Action::Return,
            What::Decline(_) => Action::Decline,
            What::CloseDuplicate(_) => Action::CloseDuplicate,
            What::Remind(_) => Action::Remind,
            What::Renumber(_) => Action::Renumber,
            What::Other { action, .. } => *action,
        }
    }

    /// The data as the card file holds it: keys in alphabetical order.
    pub fn fields(&self) -> BTreeMap<String, Value> {
        fn map(v: impl Serialize) -> BTreeMap<String, Value> {
            match serde_json::to_value(v) {
                Ok(Value::Object(m)) => m.into_iter().collect(),
                _ => BTreeMap::new(),
            }
        }
        match self {
            What::Register(d) => map(d),
            What::Resolve(d) => map(d),
            What::Dispatch(d) => map(d),
            What::Answer(d) => map(d),
            What::Sign(d) => map(d),
            What::Send(d) => map(d),
            What::Extend(d) => map(d),
            What::Notify(d) => map(d),
            What::Close(d) => map(d),
            What::Link(d) => map(d),
            What::Relink(d) => map(d),
            What::Unlink(d) => map(d),
            What::Classify(d) => map(d),
            What::Correct(d) => map(d),
            What::Reassign(d) => map(d),
            What::Rework(d) => map(d),
            What::Confirm(d) => map(d),
            What::Forward(d) | What::Return(d) | What::Decline(d) | What::CloseDuplicate(d) => {
                map(d)
            }
            What::Remind(d) => map(d),
            What::Renumber(d) => map(d),
            What::Other { data, .. } => data.clone(),
        }
    }

    /// The typed data of `action`, or the data as found when it is not
    /// what this program writes for that step.
    fn of(action: Action, data: BTreeMap<String, Value>) -> What {
        fn typed<T: DeserializeOwned>(data: &BTreeMap<String, Value>) -> Option<T> {
            let pairs = data.iter().map(|(k, v)| (k.as_str(), v));
            T::deserialize(MapDeserializer::<_, serde_json::Error>::new(pairs)).ok()
        }
        let found = match action {
            Action::Register => typed(&data).map(What::Register),
            Action::Resolve => typed(&data).map(What::Resolve),
            Action::Dispatch => typed(&data).map(What::Dispatch),
            Action::Answer => typed(&data).map(What::Answer),
            Action::Sign => typed(&data).map(What::Sign),
            Action::Send => typed(&data).map(What::Send),
            Action::Extend => typed(&data).map(What::Extend),
            Action::Notify => typed(&data).map(What::Notify),
            Action::Close => typed(&data).map(What::Close),
            Action::Link => typed(&data).map(What::Link),
            Action::Relink => typed(&data).map(What::Relink),
            Action::Unlink => typed(&data).map(What::Unlink),
            Action::Classify => typed(&data).map(What::Classify),
            Action::Correct => typed(&data).map(What::Correct),
            Action::Reassign => typed(&data).map(What::Reassign),
            Action::Rework => typed(&data).map(What::Rework),
            Action::Confirm => typed(&data).map(What::Confirm),
            Action::Forward => typed(&data).map(What::Forward),
            Action::Return => typed(&data).map(What::Return),
            Action::Decline => typed(&data).map(What::Decline),
            Action::CloseDuplicate => typed(&data).map(What::CloseDuplicate),
            Action::Remind => typed(&data).map(What::Remind),
            Action::Renumber => typed(&data).map(What::Renumber),
        };
        found.unwrap_or(What::Other { action, data })
    }
}

/// An event as the card file holds it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Event", expecting = "struct Event")]
struct RawEvent {
    at: NaiveDate,
    by: String,
    action: Action,
    data: BTreeMap<String, Value>,
}

impl From<RawEvent> for Event {
    fn from(r: RawEvent) -> Event {
        Event {
            at: r.at,
            by: r.by,
            what: What::of(r.action, r.data),
        }
    }
}

impl Serialize for Event {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut e = s.serialize_struct("Event", 4)?;
        e.serialize_field("at", &self.at)?;
        e.serialize_field("by", &self.by)?;
        e.serialize_field("action", &self.action())?;
        match &self.what {
            What::Register(d) => e.serialize_field("data", d)?,
            What::Resolve(d) => e.serialize_field("data", d)?,
            What::Dispatch(d) => e.serialize_field("data", d)?,
            What::Answer(d) => e.serialize_field("data", d)?,
            What::Sign(d) => e.serialize_field("data", d)?,
            What::Send(d) => e.serialize_field("data", d)?,
            What::Extend(d) => e.serialize_field("data", d)?,
            What::Notify(d) => e.serialize_field("data", d)?,
            What::Close(d) => e.serialize_field("data", d)?,
            What::Link(d) => e.serialize_field("data", d)?,
            What::Relink(d) => e.serialize_field("data", d)?,
            What::Unlink(d) => e.serialize_field("data", d)?,
            What::Classify(d) => e.serialize_field("data", d)?,
            What::Correct(d) => e.serialize_field("data", d)?,
            What::Reassign(d) => e.serialize_field("data", d)?,
            What::Rework(d) => e.serialize_field("data", d)?,
            What::Confirm(d) => e.serialize_field("data", d)?,
            What::Forward(d) | What::Return(d) | What::Decline(d) | What::CloseDuplicate(d) => {
                e.serialize_field("data", d)?
            }
            What::Remind(d) => e.serialize_field("data", d)?,
            What::Renumber(d) => e.serialize_field("data", d)?,
            What::Other { data, .. } => e.serialize_field("data", data)?,
        }
        e.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An event read and written again is the same text; `typed` says
    /// whether it was recognised as this program's.
    #[track_caller]
    fn round_trip(json: &str, typed: bool) {
        let e: Event = serde_json::from_str(json).expect(json);
        assert_eq!(
            !matches!(e.what, What::Other { .. }),
            typed,
            "{json}: {:?}",
            e.what
        );
        assert_eq!(serde_json::to_string(&e).expect("written"), json);
        assert_eq!(
            serde_json::to_value(&e).expect("value")["data"],
            serde_json::to_value(e.what.fields()).expect("fields")
        );
    }

    #[test]
    fn events_read_and_write_back_byte_for_byte() {
        let e = |action: &str, data: &str| {
            format!(r#"{{"at":"2015-06-23","by":"zarichenko","action":"{action}","data":{data}}}"#)
        };
        round_trip(
            &e(
                "register",
                r#"{"cc_number":"0145-23062015","received":"2015-06-23"}"#,
            ),
            true,
        );
        round_trip(
            &e(
                "register",
                r#"{"late_reason":"пізно","received":"2015-06-22"}"#,
            ),
            true,
        );
        round_trip(
            &e(
                "resolve",
                r#"{"coordinator":"maslenkov","executors":["dzhkg","soc"],"text":"Розглянути"}"#,
            ),
            true,
        );
        round_trip(
            &e(
                "resolve",
                r#"{"coordinator":"maslenkov","executors":["dzhkg"]}"#,
            ),
            true,
        );
        round_trip(&e("dispatch", r#"{"to":["dzhkg"]}"#), true);
        round_trip(
            &e(
                "answer",
                r#"{"days_late":2,"executor_number":"вх-1","late":true,"result":"9.1"}"#,
            ),
            true,
        );
        round_trip(&e("answer", r#"{"late":false,"result":"9.3"}"#), true);
        round_trip(&e("sign", r#"{"by":"maslenkov"}"#), true);
        round_trip(
            &e(
                "sign",
                r#"{"by":"maslenkov","warning":"signed by another"}"#,
            ),
            true,
        );
        round_trip(
            &e(
                "send",
                r#"{"posted":null,"result":"9.1","to_cc":"2015-07-09"}"#,
            ),
            true,
        );
        round_trip(
            &e(
                "send",
                r#"{"posted":"2015-07-09","result":"9.1","scan":"docs/2015/000001/scan.pdf","to_cc":"2015-07-09"}"#,
            ),
            true,
        );
        round_trip(
            &e(
                "extend",
                r#"{"by":"maslenkov","from":"2015-07-23","notified":"2015-07-15","reason":"перевірка","until":"2015-08-07"}"#,
            ),
            true,
        );
        round_trip(
            &e(
                "extend",
                r#"{"by":"maslenkov","from":"2015-07-23","reason":"перевірка","until":"2015-08-07"}"#,
            ),
            true,
        );
        round_trip(
            &e(
                "extend",
                r#"{"by":"holova","from":"2015-07-23","late":true,"notified":"2015-07-24","reason":"перевірка","until":"2015-08-07"}"#,
            ),
            true,
        );
        // `late` is written only when true: a hand-written `false` is kept as found.
        round_trip(
            &e(
                "extend",
                r#"{"by":"maslenkov","from":"2015-07-23","late":false,"reason":"перевірка","until":"2015-08-07"}"#,
            ),
            false,
        );
        round_trip(
            &e(
                "notify",
                r#"{"notified":"2015-07-16","until":"2015-08-07"}"#,
            ),
            true,
        );
        // Card format 2's closing without consideration is kept as found
        // (and upgraded to a `decline` by `Card::upgrade`).
        round_trip(
            &e(
                "close",
                r#"{"contact_centre_informed":"2015-06-23","reason":"анонімне"}"#,
            ),
            false,
        );
        round_trip(&e("close", r#"{"by":"sizhuk"}"#), true);
        round_trip(
            &e(
                "close",
                r#"{"at_send":true,"by":"zarichenko","file":"справа 02-14, том 1"}"#,
            ),
            true,
        );
        round_trip(
            &e(
                "forward",
                r#"{"by":"maslenkov","due":"2015-06-29","ground":"art7","late":true,"notice":"docs/2015/000001/notice.txt","number":"02-14/77","to":"ГУ ДСНС"}"#,
            ),
            true,
        );
        round_trip(
            &e(
                "decline",
                r#"{"by":"holova","ground":"art8-repeat","reason":"вирішено по суті"}"#,
            ),
            true,
        );
        round_trip(
            &e(
                "close-duplicate",
                r#"{"by":"zarichenko","ground":"duplicate","of":"2015/К-1"}"#,
            ),
            true,
        );
        round_trip(&e("decline", r#"{"by":"holova","ground":"art9"}"#), false);
        round_trip(&e("link", r#"{"later":"2015/К-7"}"#), true);
        round_trip(
            &e(
                "relink",
                r#"{"earlier":["2015/К-1","2015/К-7"],"reason":"той самий заявник","repeat_of":"2015/К-7","sign":"2.4"}"#,
            ),
            true,
        );
        round_trip(
            &e(
                "relink",
                r#"{"earlier":[],"reason":"інше питання","repeat_of":null,"sign":"2.1"}"#,
            ),
            true,
        );
        round_trip(
            &e("unlink", r#"{"later":"2015/К-8","reason":"інше питання"}"#),
            true,
        );
        round_trip(
            &e(
                "classify",
                r#"{"by":"maslenkov","from":{"topics":["009"]},"reason":"помилка","to":{"topics":["010"]}}"#,
            ),
            true,
        );
        round_trip(
            &e(
                "correct",
                r#"{"from":{"address":"вул. Миру, 5","phone":null},"reason":"помилка","to":{"address":"вул. Миру, 15","phone":"+380671234567"}}"#,
            ),
            true,
        );
        round_trip(
            &e(
                "reassign",
                r#"{"by":"maslenkov","executors":["soc"],"from":["dzhkg"],"reason":"не за компетенцією"}"#,
            ),
            true,
        );
        round_trip(
            &e(
                "rework",
                r#"{"by":"maslenkov","reason":"неповна відповідь","round":1}"#,
            ),
            true,
        );
        round_trip(
            &e("confirm", r#"{"note":"дякує","outcome":"confirmed"}"#),
            true,
        );
        round_trip(&e("confirm", r#"{"outcome":"not-confirmed"}"#), true);
        round_trip(
            &e(
                "remind",
                r#"{"due":"2015-07-22","level":"executor","to":["dzhkg","soc"]}"#,
            ),
            true,
        );
        round_trip(
            &e(
                "remind",
                r#"{"due":"2015-07-23","level":"mayor","to":["holova"]}"#,
            ),
            false,
        );
        // What this program never writes is kept as it is.
        round_trip(&e("sign", "{}"), false);
        round_trip(&e("sign", r#"{"by":"maslenkov","mood":"good"}"#), false);
        round_trip(
            &e(
                "resolve",
                r#"{"coordinator":"maslenkov","executors":["dzhkg"],"text":null}"#,
            ),
            false,
        );
        round_trip(
            &e("send", r#"{"result":"9.1","to_cc":"2015-07-09"}"#),
            false,
        );
        round_trip(&e("answer", r#"{"late":"no","result":"9.1"}"#), false);
    }

    #[test]
    fn a_malformed_event_is_refused_as_before() {
        let bad = |json: &str| {
            serde_json::from_str::<Event>(json)
                .expect_err(json)
                .to_string()
        };
        assert!(
            bad(r#"{"at":"2015-06-23","by":"x","action":"sign","data":{},"extra":1}"#)
                .contains("unknown field `extra`")
        );
        assert!(
            bad(r#"{"at":"2015-06-23","action":"sign","data":{}}"#).contains("missing field `by`")
        );
        assert!(
            bad(r#"{"at":"2015-06-23","by":"x","action":"fly","data":{}}"#)
                .contains("unknown variant `fly`")
        );
        assert!(bad(r#""text""#).contains("expected struct Event"));
    }
}
