//! Partial views of a card: what a command that walks the whole register
//! reads of each card file, and nothing more, so that a decade of cards
//! costs little more than reading them. Each view deserialises from a card
//! file by the same field names as [`Card`]; unknown fields are skipped,
//! not refused (the whole card is validated by `check`). The tests below
//! parse a full card into every view, so a field renamed in [`Card`] and
//! not here fails them rather than a command at run time.

use super::card::{Card, Satisfied};
use super::dates::{day, opt_day, parse_day};
use super::event::Reminded;
use super::remind::Level;
use super::status::{Action, Status};
use chrono::NaiveDate;
use serde::de::{IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A card, or a view of one, as read from its file: what an older card
/// format's fields mean now is settled on reading ([`Card::upgrade`]).
pub trait Stored: Sized {
    /// Reads the fields of an older card format as this one's.
    fn upgrade(&mut self) {}

    /// A view that can't settle an older format from its own fields is
    /// made from the whole card instead: then this is that view of it.
    fn of_older(_whole: &Card) -> Option<Self> {
        None
    }

    /// Whether it was read from an older format [`Stored::of_older`]
    /// settles.
    fn older(&self) -> bool {
        false
    }

    /// Whether it keeps most of a card's text: its file is then checked as
    /// UTF-8 once, as a whole, rather than string by string as they are
    /// read (which is cheaper for a view that passes over most strings).
    const KEEPS_TEXT: bool = false;

    /// Whether it reads from a line of the card catalogue ([`Lean::line`])
    /// as from its card's file: a command that reads it is then served
    /// from there for a card the catalogue knows unchanged.
    const IN_CATALOGUE: bool = false;

    /// Parses it from a card file's bytes, or from their text where
    /// [`Stored::KEEPS_TEXT`] had it checked as UTF-8.
    fn from_json(bytes: &[u8], text: Option<&str>) -> serde_json::Result<Self>
    where
        Self: serde::de::DeserializeOwned,
    {
        json(bytes, text)
    }
}

/// Parses `T` from a card file's bytes, or from their text where checked.
fn json<T: serde::de::DeserializeOwned>(bytes: &[u8], text: Option<&str>) -> serde_json::Result<T> {
    match text {
        Some(text) => serde_json::from_str(text),
        None => serde_json::from_slice(bytes),
    }
}

impl Stored for Card {
    fn upgrade(&mut self) {
        Card::upgrade(self)
    }

    const KEEPS_TEXT: bool = true;
}

impl Stored for Facts {}

impl Stored for Lean {
    fn upgrade(&mut self) {
        self.status = self.status.of_format(self.version);
    }

    const IN_CATALOGUE: bool = true;

    /// A file that nowhere says `"remind"` holds no reminder: its history,
    /// most of its text, is then passed over as the other fields it doesn't
    /// read are, without taking it as text (checked as UTF-8) to look into.
    fn from_json(bytes: &[u8], text: Option<&str>) -> serde_json::Result<Self> {
        if memchr::memmem::find(bytes, REMIND).is_some() {
            return json(bytes, text);
        }
        let l: Lean<Unread> = json(bytes, text)?;
        Ok(l.with_reminders(Reminders::default()))
    }
}

impl Stored for Lean<Unread> {
    fn upgrade(&mut self) {
        self.status = self.status.of_format(self.version);
    }

    const IN_CATALOGUE: bool = true;
}

impl Stored for Keys {
    fn upgrade(&mut self) {
        self.status = self.status.of_format(self.version);
    }
}

/// The card format a view was read from (a card without one is format 1).
fn format_one() -> u32 {
    1
}

/// What the derived indexes hold of a card: the fields that never change
/// after registration.
#[derive(Debug, Clone, Deserialize)]
pub struct Facts {
    /// Year of registration.
    pub year: i32,
    /// Running number.
    pub number: u32,
    /// Registration index.
    pub index: String,
    /// The contact centre's number.
    pub cc_number: Option<String>,
    /// Date received.
    #[serde(deserialize_with = "day")]
    pub received: NaiveDate,
    /// Who wrote: the fields that identify them.
    pub applicant: FactsApplicant,
    /// The topics.
    pub classification: Topics,
}

/// The applicant's identifying fields.
#[derive(Debug, Clone, Deserialize)]
pub struct FactsApplicant {
    /// Surname, name, patronymic.
    pub name: Option<String>,
    /// Telephone.
    pub phone: Option<String>,
    /// E-mail.
    pub email: Option<String>,
}

/// Part II codes.
#[derive(Debug, Clone, Deserialize)]
pub struct Topics {
    /// Topics.
    pub topics: Vec<String>,
}

impl Facts {
    /// The facts of a card in memory.
    pub fn of(c: &Card) -> Facts {
        Facts {
            year: c.year,
            number: c.number,
            index: c.index.clone(),
            cc_number: c.cc_number.clone(),
            received: c.received,
            applicant: FactsApplicant {
                name: c.applicant.name.clone(),
                phone: c.applicant.phone.clone(),
                email: c.applicant.email.clone(),
            },
            classification: Topics {
                topics: c.classification.topics.clone(),
            },
        }
    }

    /// The keys that identify the applicant (see [`super::card::applicant_keys`]).
    pub fn applicant_keys(&self) -> Vec<String> {
        let a = &self.applicant;
        super::card::applicant_keys(a.name.as_deref(), a.phone.as_deref(), a.email.as_deref())
    }
}

/// What monitoring (deadlines, reports) reads of a card: with the
/// reminders its history records (`Lean`), or with its history unread
/// (`Lean<Unread>`, for a report, which counts no reminder). A card on
/// control is also kept, as one line of JSON, in the card catalogue
/// ([`Lean::line`]), and read back by the same `Deserialize`.
#[derive(Debug, Clone, Deserialize)]
pub struct Lean<H = Reminders> {
    /// The card format (see [`Stored`]).
    #[serde(default = "format_one")]
    pub version: u32,
    /// Registration index.
    pub index: String,
    /// Year of registration.
    pub year: i32,
    /// Running number.
    pub number: u32,
    /// Date received.
    #[serde(deserialize_with = "day")]
    pub received: NaiveDate,
    /// Status.
    pub status: Status,
    /// The Classifier's author fields.
    pub applicant: LeanApplicant,
    /// Part I and Part II codes.
    pub classification: LeanClassification,
    /// The dates of the term.
    pub term: LeanTerm,
    /// Who coordinates and who executes.
    pub resolution: Option<LeanResolution>,
    /// The executor's package.
    pub answer: Option<LeanAnswer>,
    /// Packages returned for rework: counted, not read.
    #[serde(default)]
    pub reworks: Vec<serde::de::IgnoredAny>,
    /// The reply's mailing: when it reached the applicant.
    pub sent: Option<LeanSent>,
    /// Result of consideration.
    pub result: Option<String>,
    /// The applicant's word on the call-back.
    #[serde(default)]
    pub confirmation: Option<LeanConfirmation>,
    /// One of the Law's exits.
    #[serde(default)]
    pub exit: Option<LeanExit>,
    /// The reminders its history records, oldest first (read from
    /// `history`, whose other steps are skipped), or [`Unread`].
    #[serde(default, rename = "history")]
    pub reminders: H,
}

/// Writes a view as a JSON array of its fields in the order they are
/// declared, which the view's derived `Deserialize` reads back as it reads
/// the fields by name from a card file: a line of the card catalogue is
/// then half as long. Every field must be named, in order (the tests read
/// a line back into the view a card file reads).
macro_rules! in_order {
    ($view:ty, |$v:ident| [$($field:expr),* $(,)?]) => {
        impl Serialize for $view {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeTuple;
                let $v = self;
                let mut t = s.serialize_tuple([$(stringify!($field)),*].len())?;
                $(t.serialize_element(&$field)?;)*
                t.end()
            }
        }
    };
}

in_order!(Lean, |v| [
    v.version,
    v.index,
    v.year,
    v.number,
    v.received,
    v.status,
    v.applicant,
    v.classification,
    v.term,
    v.resolution,
    v.answer,
    Counted(v.reworks.len()),
    v.sent,
    v.result,
    v.confirmation,
    v.exit,
    v.reminders,
]);
in_order!(LeanApplicant, |v| [v.gender, v.categories, v.social_status]);
in_order!(LeanClassification, |v| [
    v.form, v.sign, v.kind, v.subject, v.type_, v.topics
]);
in_order!(LeanTerm, |v| [
    v.days,
    v.control_date,
    v.executor_due,
    v.extensions,
    v.cc_due
]);
in_order!(LeanExtension, |v| [v.on, v.until, v.late]);
in_order!(LeanResolution, |v| [v.coordinator, v.executors]);
in_order!(LeanAnswer, |v| [v.date, v.result, v.late, v.quality]);
in_order!(LeanQuality, |v| [v.score, v.applicant_satisfied]);
in_order!(LeanSent, |v| [v.posted, v.to_cc]);
in_order!(LeanConfirmation, |v| [v.outcome]);
in_order!(LeanExit, |v| [v.late]);

/// Packages counted, not read: written back as as many `0`s.
struct Counted(usize);

impl Serialize for Counted {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(std::iter::repeat_n(0, self.0))
    }
}

impl Lean {
    /// The view as the card catalogue keeps it: one line of JSON that
    /// [`Stored::from_json`] reads back to this view, as from the card's
    /// file. It is written in the current card format, whose fields it
    /// already holds (its status read as the format it came in says), so
    /// that reading it back settles nothing twice.
    pub fn line(mut self) -> String {
        self.version = super::card::CARD_VERSION;
        // Plain data, which serde_json always writes; an empty line would
        // only be refused on reading, and the card read from its file.
        serde_json::to_string(&self).unwrap_or_default()
    }

    /// What the catalogue keeps of it to choose cards by.
    pub fn summary(&self) -> Summary {
        Summary {
            status: self.status,
            received: self.received,
            reminded: self.reminders.iter().map(|r| r.at).max(),
        }
    }
}

/// A history of reminders only, as a card's history records them: what a
/// line of the catalogue holds of the history, read back as from a card.
impl Serialize for Reminders {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Entry {
            at: NaiveDate,
            action: Action,
            data: Reminded,
        }
        s.collect_seq(self.0.iter().map(|r| Entry {
            at: r.at,
            action: Action::Remind,
            data: Reminded {
                due: r.due,
                level: r.level,
                to: r.to.clone(),
            },
        }))
    }
}

/// The reminders a card's history records, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reminders(pub Vec<LeanReminder>);

impl std::ops::Deref for Reminders {
    type Target = [LeanReminder];
    fn deref(&self) -> &[LeanReminder] {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Reminders {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        reminders(d).map(Reminders)
    }
}

/// A part of a card passed over unread.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unread;

impl<'de> Deserialize<'de> for Unread {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        IgnoredAny::deserialize(d).map(|_| Unread)
    }
}

/// What names the step of a reminder in a card file's text.
const REMIND: &[u8] = b"\"remind\"";

/// What monitoring reads of an exit.
#[derive(Debug, Clone, Deserialize)]
pub struct LeanExit {
    /// Recorded after the Law's term for the step.
    pub late: bool,
}

/// When the reply went out.
#[derive(Debug, Clone, Deserialize)]
pub struct LeanSent {
    /// Date mailed to the applicant (`null` where there is no address).
    #[serde(default, deserialize_with = "opt_day")]
    pub posted: Option<NaiveDate>,
    /// Date sent to the contact centre.
    #[serde(deserialize_with = "day")]
    pub to_cc: NaiveDate,
}

impl LeanSent {
    /// The day the reply went to the applicant: mailed, or, with no address
    /// to mail to, sent to the contact centre, which passes it on.
    pub fn replied(&self) -> NaiveDate {
        self.posted.unwrap_or(self.to_cc)
    }
}

/// A reminder recorded in a card's history (a `remind` step).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeanReminder {
    /// When it was written.
    pub at: NaiveDate,
    /// Whom it went to, about which date.
    pub level: Level,
    /// The date it reminds of.
    pub due: NaiveDate,
    /// The ids it went to.
    pub to: Vec<String>,
}

/// The `remind` steps of a history, the others skipped unread: an entry's
/// `data` is parsed only when its `action` (written before it) is
/// `remind`. Data this program didn't write (a hand edit) is no reminder,
/// as the whole card keeps it aside ([`super::event::What::Other`]).
fn reminders<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<LeanReminder>, D::Error> {
    struct Entries;
    impl<'de> Visitor<'de> for Entries {
        type Value = Vec<LeanReminder>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a history")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(Entry(r)) = seq.next_element()? {
                out.extend(r);
            }
            Ok(out)
        }
    }
    // Most histories hold no reminder: the text is taken whole, without
    // parsing its entries or copying it (the views are parsed from a card
    // file's bytes, which it borrows), and read entry by entry only when it
    // names one.
    let raw = <&serde_json::value::RawValue>::deserialize(d)?;
    if memchr::memmem::find(raw.get().as_bytes(), REMIND).is_none() {
        return Ok(Vec::new());
    }
    serde_json::Deserializer::from_str(raw.get())
        .deserialize_seq(Entries)
        .map_err(serde::de::Error::custom)
}

/// What `export` reads of a card: every field it prints, and of each step
/// only what it prints (a resolution's text, a package's documents, a
/// signature's digests, who signed or closed are passed over as unknown
/// fields are). The history is most of a card file's text, and it is
/// skipped unread; a card of an older format, whose closing its history
/// settles ([`Card::upgrade`]), is read whole and viewed ([`Record::of`]).
#[derive(Debug, Clone, Deserialize)]
pub struct Record {
    /// The card format (see [`Stored`]).
    #[serde(default = "format_one")]
    pub version: u32,
    /// Registration index.
    pub index: String,
    /// Year of registration.
    pub year: i32,
    /// Running number.
    pub number: u32,
    /// The contact centre's number.
    pub cc_number: Option<String>,
    /// Date received.
    #[serde(deserialize_with = "day")]
    pub received: NaiveDate,
    /// Date registered.
    #[serde(deserialize_with = "day")]
    pub registered: NaiveDate,
    /// Why it was registered late.
    pub late_reason: Option<String>,
    /// Status.
    pub status: Status,
    /// Who wrote.
    pub applicant: super::card::Applicant,
    /// Classifier codes.
    pub classification: super::card::Classification,
    /// Short content.
    pub summary: String,
    /// Term and its dates.
    pub term: LeanTerm,
    /// Links to earlier appeals.
    pub links: RecordLinks,
    /// The resolution.
    pub resolution: Option<RecordResolution>,
    /// The dispatch.
    pub dispatch: Option<Dated>,
    /// The executor's package.
    pub answer: Option<RecordAnswer>,
    /// Packages returned for rework: counted, not read.
    #[serde(default)]
    pub reworks: Vec<IgnoredAny>,
    /// The signature.
    pub signature: Option<Dated>,
    /// The mailing.
    pub sent: Option<LeanSent>,
    /// Result of consideration.
    pub result: Option<String>,
    /// Taken off control.
    pub closed: Option<Dated>,
    /// The call-back.
    #[serde(default)]
    pub confirmation: Option<LeanConfirmation>,
}

/// A step's date; the rest of the step unread.
#[derive(Debug, Clone, Deserialize)]
pub struct Dated {
    /// The date of the step.
    #[serde(deserialize_with = "day")]
    pub date: NaiveDate,
}

/// The earlier appeals a card repeats (the later ones unread).
#[derive(Debug, Clone, Deserialize)]
pub struct RecordLinks {
    /// The earlier card it repeats.
    pub repeat_of: Option<String>,
    /// Every earlier appeal of the applicant on the question, oldest first.
    #[serde(default)]
    pub earlier: Vec<String>,
}

/// The resolution without its text.
#[derive(Debug, Clone, Deserialize)]
pub struct RecordResolution {
    /// Date of the resolution.
    #[serde(deserialize_with = "day")]
    pub date: NaiveDate,
    /// Coordinator's id.
    pub coordinator: String,
    /// Executors' ids, the lead first.
    pub executors: Vec<String>,
}

/// The executor's package as the export prints it: no documents, no
/// executor's number.
#[derive(Debug, Clone, Deserialize)]
pub struct RecordAnswer {
    /// Date the package was received.
    #[serde(deserialize_with = "day")]
    pub date: NaiveDate,
    /// Given after the executor's due date.
    pub late: bool,
    /// Working days after the executor's due date.
    pub days_late: i64,
    /// The quality card's score and the applicant's satisfaction.
    pub quality: LeanQuality,
}

impl Stored for Record {
    const KEEPS_TEXT: bool = true;

    fn of_older(whole: &Card) -> Option<Record> {
        Some(Record::of(whole))
    }

    fn older(&self) -> bool {
        self.version < super::card::CARD_VERSION
    }
}

impl Record {
    /// The view of a card in memory (upgraded, as a card read is).
    pub fn of(c: &Card) -> Record {
        Record {
            version: c.version,
            index: c.index.clone(),
            year: c.year,
            number: c.number,
            cc_number: c.cc_number.clone(),
            received: c.received,
            registered: c.registered,
            late_reason: c.late_reason.clone(),
            status: c.status,
            applicant: c.applicant.clone(),
            classification: c.classification.clone(),
            summary: c.summary.clone(),
            term: LeanTerm {
                days: c.term.days,
                control_date: c.term.control_date,
                executor_due: c.term.executor_due,
                extensions: (c.term.extensions.iter())
                    .map(|e| LeanExtension {
                        on: e.on,
                        until: e.until,
                        late: e.late,
                    })
                    .collect(),
                cc_due: c.term.cc_due,
            },
            links: RecordLinks {
                repeat_of: c.links.repeat_of.clone(),
                earlier: c.links.earlier.clone(),
            },
            resolution: c.resolution.as_ref().map(|r| RecordResolution {
                date: r.date,
                coordinator: r.coordinator.clone(),
                executors: r.executors.clone(),
            }),
            dispatch: c.dispatch.as_ref().map(|d| Dated { date: d.date }),
            answer: c.answer.as_ref().map(|a| RecordAnswer {
                date: a.date,
                late: a.late,
                days_late: a.days_late,
                quality: LeanQuality {
                    score: a.quality.score,
                    applicant_satisfied: a.quality.applicant_satisfied,
                },
            }),
            reworks: vec![IgnoredAny; c.reworks.len()],
            signature: c.signature.as_ref().map(|s| Dated { date: s.date }),
            sent: c.sent.as_ref().map(|s| LeanSent {
                posted: s.posted,
                to_cc: s.to_cc,
            }),
            result: c.result.clone(),
            closed: c.closed.as_ref().map(|x| Dated { date: x.date }),
            confirmation: c
                .confirmation
                .as_ref()
                .map(|x| LeanConfirmation { outcome: x.outcome }),
        }
    }
}

/// A history entry's `at`, its text kept unparsed (a date parse per entry
/// of every card would cost a scan more than the rest of the entry).
struct DateText([u8; 10], usize);

impl DateText {
    /// The date, parsed.
    fn date(&self) -> Result<NaiveDate, String> {
        std::str::from_utf8(&self.0[..self.1])
            .ok()
            .and_then(|s| parse_day(s).ok())
            .ok_or_else(|| "invalid date in a history entry's `at`".to_string())
    }
}

impl<'de> Deserialize<'de> for DateText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<DateText, D::Error> {
        struct Text;
        impl Visitor<'_> for Text {
            type Value = DateText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a date YYYY-MM-DD")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<DateText, E> {
                let mut b = [0u8; 10];
                // A longer text can't be a date: kept cut, it fails to parse.
                let n = s.len().min(10);
                b[..n].copy_from_slice(&s.as_bytes()[..n]);
                Ok(DateText(b, if s.len() > 10 { 0 } else { n }))
            }
        }
        d.deserialize_str(Text)
    }
}

/// One history entry, kept only when it is a reminder.
struct Entry(Option<LeanReminder>);

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Entry, D::Error> {
        #[derive(Deserialize)]
        #[serde(field_identifier, rename_all = "lowercase")]
        enum Key {
            At,
            Action,
            Data,
            #[serde(other)]
            Other,
        }
        struct Fields;
        impl<'de> Visitor<'de> for Fields {
            type Value = Entry;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a history entry")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entry, A::Error> {
                let mut at = None;
                let mut action = None;
                let mut data: Option<serde_json::Value> = None;
                while let Some(key) = map.next_key()? {
                    match key {
                        // Kept as text: a date is parsed for a reminder only.
                        Key::At => at = Some(map.next_value::<DateText>()?),
                        Key::Action => action = Some(map.next_value::<Action>()?),
                        // Only a reminder's data is read; `action` comes
                        // first in every card this program writes.
                        Key::Data if matches!(action, Some(Action::Remind) | None) => {
                            data = Some(map.next_value()?)
                        }
                        Key::Data | Key::Other => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                let reminder = match (at, action, data) {
                    (Some(at), Some(Action::Remind), Some(data)) => {
                        let at = at.date().map_err(serde::de::Error::custom)?;
                        serde_json::from_value::<Reminded>(data)
                            .ok()
                            .map(|r| LeanReminder {
                                at,
                                level: r.level,
                                due: r.due,
                                to: r.to,
                            })
                    }
                    _ => None,
                };
                Ok(Entry(reminder))
            }
        }
        d.deserialize_map(Fields)
    }
}

/// The applicant's word on the call-back.
#[derive(Debug, Clone, Deserialize)]
pub struct LeanConfirmation {
    /// What the applicant said.
    pub outcome: super::card::Outcome,
}

/// The Classifier's author fields.
#[derive(Debug, Clone, Deserialize)]
pub struct LeanApplicant {
    /// Gender, 4.x.
    pub gender: Option<String>,
    /// Author categories, 7.x.
    #[serde(default)]
    pub categories: Vec<String>,
    /// Social status, 8.x.
    pub social_status: Option<String>,
}

/// Part I and Part II codes.
#[derive(Debug, Clone, Deserialize)]
pub struct LeanClassification {
    /// Form of receipt, 1.x.
    pub form: String,
    /// Sign of receipt, 2.x.
    pub sign: String,
    /// Kind, 3.x.
    pub kind: String,
    /// Subject, 5.x.
    pub subject: String,
    /// Type, 6.x.
    #[serde(rename = "type")]
    pub type_: String,
    /// Topics.
    pub topics: Vec<String>,
}

/// The dates of the term.
#[derive(Debug, Clone, Deserialize)]
pub struct LeanTerm {
    /// Term in days as given at registration.
    pub days: u32,
    /// Control date.
    #[serde(deserialize_with = "day")]
    pub control_date: NaiveDate,
    /// The executor's due date.
    #[serde(deserialize_with = "day")]
    pub executor_due: NaiveDate,
    /// Extensions, as far as monitoring weighs them.
    #[serde(default)]
    pub extensions: Vec<LeanExtension>,
    /// The contact centre's own control date, when its card gave one.
    #[serde(default, deserialize_with = "opt_day")]
    pub cc_due: Option<NaiveDate>,
}

/// An extension: when, to when, and whether after the control date.
#[derive(Debug, Clone, Deserialize)]
pub struct LeanExtension {
    /// Date recorded.
    #[serde(deserialize_with = "day")]
    pub on: NaiveDate,
    /// New control date.
    #[serde(deserialize_with = "day")]
    pub until: NaiveDate,
    /// Made after the control date in force had passed.
    #[serde(default)]
    pub late: bool,
}

impl LeanTerm {
    /// The extensions as `crate::terms::control_in_force` reads them.
    pub fn extension_dates(&self) -> impl Iterator<Item = (NaiveDate, NaiveDate, bool)> + '_ {
        self.extensions.iter().map(|e| (e.on, e.until, e.late))
    }

    /// Whether any extension was made after the control date had passed.
    pub fn extended_late(&self) -> bool {
        self.extensions.iter().any(|e| e.late)
    }
}

/// Who coordinates and who executes.
#[derive(Debug, Clone, Deserialize)]
pub struct LeanResolution {
    /// Coordinator's id.
    pub coordinator: String,
    /// Executors' ids, the lead first.
    pub executors: Vec<String>,
}

/// The executor's package, as far as monitoring weighs it.
#[derive(Debug, Clone, Deserialize)]
pub struct LeanAnswer {
    /// Date received.
    #[serde(deserialize_with = "day")]
    pub date: NaiveDate,
    /// Proposed result.
    pub result: String,
    /// Given after the executor's due date.
    pub late: bool,
    /// The quality card's score and the applicant's satisfaction.
    pub quality: LeanQuality,
}

/// The quality-evaluation card's score and the applicant's satisfaction.
#[derive(Debug, Clone, Deserialize)]
pub struct LeanQuality {
    /// Score 1–5.
    pub score: u8,
    /// Whether the applicant is satisfied.
    pub applicant_satisfied: Satisfied,
}

impl Lean<Unread> {
    /// The view with the reminders its history was found to hold.
    fn with_reminders(self, reminders: Reminders) -> Lean {
        let Lean {
            version,
            index,
            year,
            number,
            received,
            status,
            applicant,
            classification,
            term,
            resolution,
            answer,
            reworks,
            sent,
            result,
            confirmation,
            exit,
            reminders: Unread,
        } = self;
        Lean {
            version,
            index,
            year,
            number,
            received,
            status,
            applicant,
            classification,
            term,
            resolution,
            answer,
            reworks,
            sent,
            result,
            confirmation,
            exit,
            reminders,
        }
    }
}

impl<H> Lean<H> {
    /// `2015/К-125`.
    pub fn full_name(&self) -> String {
        format!("{}/{}", self.year, self.index)
    }

    /// The lead executor (the first named in the resolution).
    pub fn lead(&self) -> Option<&str> {
        self.resolution
            .as_ref()
            .and_then(|r| r.executors.first())
            .map(String::as_str)
    }

    /// The quality card says the applicant is not satisfied.
    pub fn dissatisfied(&self) -> bool {
        self.answer
            .as_ref()
            .is_some_and(|a| a.quality.applicant_satisfied == Satisfied::No)
    }
}

impl Lean {
    /// The reminders of a card in memory, as this view reads them.
    pub fn reminders_of(c: &Card) -> Vec<LeanReminder> {
        c.history
            .iter()
            .filter_map(|e| match &e.what {
                super::event::What::Remind(r) => Some(LeanReminder {
                    at: e.at,
                    level: r.level,
                    due: r.due,
                    to: r.to.clone(),
                }),
                _ => None,
            })
            .collect()
    }
}

/// What a listing's filter reads of a card: a card is parsed whole only
/// if it passes.
#[derive(Debug, Clone, Deserialize)]
pub struct Keys {
    /// The card format (see [`Stored`]).
    #[serde(default = "format_one")]
    pub version: u32,
    /// Status.
    pub status: Status,
    /// Date received.
    #[serde(deserialize_with = "day")]
    pub received: NaiveDate,
    /// Topics.
    pub classification: Topics,
    /// Executors.
    pub resolution: Option<KeysResolution>,
}

/// The executors named in a resolution.
#[derive(Debug, Clone, Deserialize)]
pub struct KeysResolution {
    /// Executors' ids.
    pub executors: Vec<String>,
}

/// What the card catalogue (`.index/cards.tsv`, [`crate::store::catalog`])
/// holds of a card, so that a daily command chooses the cards it reads
/// without reading the others: where the card stands, when it was
/// received, and the day of its last reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    /// Status.
    pub status: Status,
    /// Date received.
    pub received: NaiveDate,
    /// The day of the latest reminder its history records, if any.
    pub reminded: Option<NaiveDate>,
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_day_is_read_as_chrono_reads_it() {
        use chrono::Datelike;
        let mut texts: Vec<String> = [
            "2015-02-30",
            "2015-2-3",
            " 2015-01-01",
            "2015-01-01 ",
            "+2015-01-01",
            "20150101",
            "2015-01-0a",
            "2015/01/01",
            "0000-01-01",
            "9999-12-31",
            "2016-02-29",
            "2015-02-29",
            "2015-13-01",
            "2015-00-10",
            "2015-01-00",
            "",
            "２０１５-01-01",
            "1-01-01",
        ]
        .map(str::to_string)
        .to_vec();
        let mut d = NaiveDate::from_ymd_opt(2014, 12, 25).unwrap();
        while d.year() < 2031 {
            texts.push(d.to_string());
            d = d.succ_opt().unwrap();
        }
        for t in &texts {
            assert_eq!(parse_day(t), t.parse::<NaiveDate>(), "{t:?}");
        }
    }

    use super::*;

    /// A card with every section filled in, as the tool writes it.
    const FULL: &str = r#"{
  "version": 1, "index": "К-1", "year": 2015, "number": 1,
  "cc_number": "0145-23062015", "received": "2015-06-23", "registered": "2015-06-23",
  "late_reason": null, "status": "sent",
  "applicant": {"name": "Коваленко Петро Іванович", "address": "вул. Шевченка, 5",
    "phone": "+380671234567", "email": "k@example.com", "gender": "4.1",
    "categories": ["7.5"], "social_status": "8.1", "signatories": 1, "confidential": false},
  "classification": {"form": "1.4", "sign": "2.1", "kind": "3.2", "subject": "5.1",
    "type": "6.3", "topics": ["009"]},
  "summary": "Не працює вуличне освітлення",
  "term": {"days": 30, "basis": "calendar-month", "control_date": "2015-07-23",
    "executor_due": "2015-07-22", "extensions": []},
  "links": {"repeat_of": null, "later": []},
  "resolution": {"date": "2015-06-24", "coordinator": "maslenkov", "executors": ["dzhkg"], "text": null},
  "dispatch": {"date": "2015-06-24", "to": ["dzhkg"]},
  "answer": {"date": "2015-07-08", "executor_number": null, "result": "9.1",
    "documents": {}, "quality": {"timely": true, "complete": true, "applicant_contacted": true,
    "applicant_satisfied": "no", "score": 4, "notes": ""}, "late": false, "days_late": 0},
  "signature": {"date": "2015-07-09", "by": "maslenkov", "warning": null, "sha256": {}},
  "sent": {"posted": "2015-07-09", "to_cc": "2015-07-09", "scan": null},
  "result": "9.1",
  "closed": {"date": "2015-07-09", "by": "zarichenko", "reason": null},
  "history": [{"at": "2015-06-23", "by": "zarichenko", "action": "register",
    "data": {"cc_number": "0145-23062015", "received": "2015-06-23"}},
    {"at": "2015-07-20", "by": "zarichenko", "action": "remind",
    "data": {"due": "2015-07-22", "level": "executor", "to": ["dzhkg"]}},
    {"at": "2015-07-21", "by": "zarichenko", "action": "remind",
    "data": {"due": "2015-07-22", "level": "executor", "to": ["dzhkg"], "mood": "x"}},
    {"data": {"due": "2015-07-23", "level": "head", "to": ["holova"]},
    "action": "remind", "at": "2015-07-23", "by": "zarichenko"}]
}"#;

    #[test]
    fn every_view_reads_a_whole_card() {
        let card: Card = serde_json::from_str(FULL).expect("a card");
        let facts: Facts = serde_json::from_str(FULL).expect("facts");
        assert_eq!(facts.cc_number, card.cc_number);
        assert_eq!(facts.applicant_keys(), card.applicant.keys());
        let lean: Lean = serde_json::from_str(FULL).expect("lean");
        assert_eq!(lean.full_name(), card.full_name());
        assert_eq!(lean.lead(), Some("dzhkg"));
        assert!(lean.dissatisfied() && card.dissatisfied());
        assert_eq!(lean.term.executor_due, card.term.executor_due);
        assert_eq!(lean.classification.type_, card.classification.type_);
        assert_eq!(lean.reworks.len(), card.reworks.len());
        assert_eq!(lean.term.days, card.term.days);
        assert_eq!(
            lean.sent.as_ref().map(LeanSent::replied),
            card.sent.as_ref().and_then(|s| s.posted)
        );
        // The reminders, as the whole card has them (a hand-edited one is
        // none), even when `action` comes after `at` or `data` first.
        assert_eq!(lean.reminders.0, Lean::reminders_of(&card));
        assert_eq!(
            lean.reminders
                .iter()
                .map(|r| (r.at.to_string(), r.level))
                .collect::<Vec<_>>(),
            [
                ("2015-07-20".to_string(), Level::Executor),
                ("2015-07-23".to_string(), Level::Head)
            ]
        );
        // Export's view holds every field of the card it prints.
        let record: Record = serde_json::from_str(FULL).expect("record");
        assert_eq!(format!("{record:?}"), format!("{:?}", Record::of(&card)));
        let keys: Keys = serde_json::from_str(FULL).expect("keys");
        assert_eq!(keys.classification.topics, card.classification.topics);
        assert_eq!(
            lean.summary(),
            Summary {
                status: card.status,
                received: card.received,
                reminded: Some("2015-07-23".parse().expect("date")),
            }
        );
        // A card written by this program reads back into each view too.
        let written = card.to_json();
        serde_json::from_str::<Facts>(&written).expect("facts of a written card");
        serde_json::from_str::<Lean>(&written).expect("lean of a written card");
        serde_json::from_str::<Keys>(&written).expect("keys of a written card");
        serde_json::from_str::<Record>(&written).expect("record of a written card");
    }

    #[test]
    fn a_history_without_a_reminder_is_passed_over_and_read_alike() {
        let mut card: Card = serde_json::from_str(FULL).expect("a card");
        // As a card file reads, with its reminders and without.
        let with = card.to_json();
        card.history.truncate(1); // registration alone
        let without = card.to_json();
        assert!(!without.contains("\"remind\""), "{without}");
        let read = |text: &str| <Lean as Stored>::from_json(text.as_bytes(), None).expect("lean");
        let whole = |text: &str| serde_json::from_str::<Lean>(text).expect("lean");
        // Every field as the whole history's parse reads it.
        assert_eq!(
            format!("{:?}", read(&without)),
            format!("{:?}", whole(&without))
        );
        assert!(read(&without).reminders.is_empty());
        assert_eq!(format!("{:?}", read(&with)), format!("{:?}", whole(&with)));
        assert_eq!(read(&with).reminders.len(), 2);
        // A report's view reads the rest alike, its history unread.
        let unread: Lean<Unread> = serde_json::from_str(&with).expect("lean");
        assert_eq!(unread.full_name(), card.full_name());
        assert_eq!(unread.reminders, Unread);
        // A broken history is still refused, read or not.
        let broken = without.replace("\"history\": [", "\"history\": [}");
        assert!(<Lean as Stored>::from_json(broken.as_bytes(), None).is_err());
        assert!(serde_json::from_str::<Lean<Unread>>(&broken).is_err());
    }

    #[test]
    fn extensions_read_with_their_late_mark() {
        let mut card: Card = serde_json::from_str(FULL).expect("a card");
        let extension = |late| crate::model::card::Extension {
            on: "2015-07-24".parse().expect("date"),
            until: "2015-08-07".parse().expect("date"),
            by: "holova".into(),
            reason: "перевірка".into(),
            notified: None,
            late,
        };
        card.term.extensions = vec![extension(false)];
        let lean: Lean = serde_json::from_str(&card.to_json()).expect("lean");
        assert!(!lean.term.extended_late());
        let written = serde_json::to_string(&extension(false)).expect("json");
        assert!(!written.contains("late"), "{written}");
        card.term.extensions.push(extension(true));
        let lean: Lean = serde_json::from_str(&card.to_json()).expect("lean");
        assert!(lean.term.extended_late());
        assert_eq!(lean.term.extensions.len(), 2);
    }

    #[test]
    fn a_catalogue_line_reads_back_as_the_card_file_reads() {
        // As the store reads a view from a card file's bytes.
        fn parse<T: serde::de::DeserializeOwned + Stored>(bytes: &[u8]) -> serde_json::Result<T> {
            let mut view = T::from_json(bytes, None)?;
            view.upgrade();
            Ok(view)
        }
        // Every part a line holds, filled in: a format-1 card whose status
        // its format settles, and the same card of today's format with
        // extensions, the contact centre's date, reworks, an exit, a
        // call-back and nothing sent.
        let today = FULL
            .replace(r#""version": 1"#, r#""version": 3"#)
            .replace(
                r#""extensions": []"#,
                r#""extensions": [{"on": "2015-07-20", "until": "2015-08-20", "late": true,
                  "by": "holova", "reason": "r"}, {"on": "2015-08-19", "until": "2015-09-01"}],
                  "cc_due": "2015-07-21""#,
            )
            .replace(
                r#""signature":"#,
                r#""reworks": [{"date": "2015-07-08"}, {}],
                  "exit": {"kind": "forwarded", "late": true},
                  "confirmation": {"outcome": "not-confirmed"},
                  "signature":"#,
            )
            .replace(
                r#""sent": {"posted": "2015-07-09", "to_cc": "2015-07-09", "scan": null}"#,
                r#""sent": null"#,
            )
            .replace(
                r#""result": "9.1",
  "closed""#,
                r#""result": null,
  "closed""#,
            );
        let no_reminder = FULL
            .replace(r#""action": "remind""#, r#""action": "resolve""#)
            .replace(r#""to_cc": "2015-07-09""#, r#""to_cc": "2015-07-10""#);
        for file in [FULL, &today, &no_reminder] {
            let mut lean: Lean = parse(file.as_bytes()).expect("lean");
            let line = lean.clone().line();
            // Settled as today's format, which the line says it is.
            lean.version = super::super::card::CARD_VERSION;
            assert!(!line.contains('\n') && !line.contains('\t'), "{line}");
            let back: Lean = parse(line.as_bytes()).expect("lean of the line");
            assert_eq!(format!("{back:?}"), format!("{lean:?}"));
            // A report's view too, its history unread.
            let mut unread: Lean<Unread> = parse(file.as_bytes()).expect("lean");
            unread.version = lean.version;
            let back: Lean<Unread> = parse(line.as_bytes()).expect("lean of the line");
            assert_eq!(format!("{back:?}"), format!("{unread:?}"));
        }
        // What was filled in was read (else the line proves nothing).
        let lean: Lean = parse(today.as_bytes()).expect("lean");
        assert_eq!(lean.status, Status::Sent, "today's format");
        assert_eq!(lean.term.extensions.len(), 2);
        assert!(lean.term.cc_due.is_some() && lean.reworks.len() == 2);
        assert!(lean.exit.is_some() && lean.confirmation.is_some() && lean.sent.is_none());
        assert_eq!(lean.reminders.len(), 2);
        let old: Lean = parse(FULL.as_bytes()).expect("lean");
        assert_eq!(old.status, Status::Closed, "format 1's `sent`");
        // No personal data goes into a line.
        let line = old.line();
        for personal in ["Коваленко", "Шевченка", "380671234567", "example.com"] {
            assert!(!line.contains(personal), "{line}");
        }
    }
}
