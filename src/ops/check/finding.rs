//! What `check` reports: a [`Finding`] per problem, each with a stable
//! [`Code`] for scripts, and [`Findings`], the collector of one card file.

use crate::i18n::{date_in, message_in, Arg, Lang};
use chrono::NaiveDate;
use std::fmt;

/// Every kind of problem `check` reports. Each has a stable name, which is
/// what scripts read (`check --format json`), and a description for
/// `check --help`. Codes never change meaning; new kinds get new codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    /// `config-invalid`.
    ConfigInvalid,
    /// `invalid-json`.
    InvalidJson,
    /// `unknown-version`.
    UnknownVersion,
    /// `stray-file`.
    StrayFile,
    /// `path-mismatch`.
    PathMismatch,
    /// `bad-index`.
    BadIndex,
    /// `bad-value`.
    BadValue,
    /// `unknown-code`.
    UnknownCode,
    /// `unknown-person`.
    UnknownPerson,
    /// `duplicate-number`.
    DuplicateNumber,
    /// `duplicate-index`.
    DuplicateIndex,
    /// `duplicate-cc`.
    DuplicateCc,
    /// `date-order`.
    DateOrder,
    /// `history-order`.
    HistoryOrder,
    /// `bad-transition`.
    BadTransition,
    /// `status-mismatch`.
    StatusMismatch,
    /// `step-mismatch`.
    StepMismatch,
    /// `unsafe-path`.
    UnsafePath,
    /// `document-missing`.
    DocumentMissing,
    /// `signature-mismatch`.
    SignatureMismatch,
    /// `term-mismatch`.
    TermMismatch,
    /// `extension-over-max`.
    ExtensionOverMax,
    /// `extension-not-notified`.
    ExtensionNotNotified,
    /// `extension-order`.
    ExtensionOrder,
    /// `broken-link`.
    BrokenLink,
    /// `index-stale`.
    IndexStale,
    /// `sign-mismatch`.
    SignMismatch,
    /// `extension-late`.
    ExtensionLate,
    /// `uncertain-code` (only with `check --strict`).
    UncertainCode,
    /// `document-foreign`.
    DocumentForeign,
    /// `document-orphan`.
    DocumentOrphan,
    /// `conflict-markers`.
    ConflictMarkers,
    /// `number-reused`.
    NumberReused,
    /// `late-mismatch`.
    LateMismatch,
    /// `uncommitted`.
    Uncommitted,
    /// `not-a-regular-file`.
    NotARegularFile,
    /// `cc-term-differs`: a question for the contact centre, not damage.
    CcTermDiffers,
}

impl Code {
    /// Every code, in the order `check --help` lists them.
    pub const ALL: [Code; 37] = [
        Code::ConfigInvalid,
        Code::InvalidJson,
        Code::UnknownVersion,
        Code::StrayFile,
        Code::PathMismatch,
        Code::BadIndex,
        Code::BadValue,
        Code::UnknownCode,
        Code::UnknownPerson,
        Code::DuplicateNumber,
        Code::DuplicateIndex,
        Code::DuplicateCc,
        Code::DateOrder,
        Code::HistoryOrder,
        Code::BadTransition,
        Code::StatusMismatch,
        Code::StepMismatch,
        Code::UnsafePath,
        Code::DocumentMissing,
        Code::SignatureMismatch,
        Code::TermMismatch,
        Code::ExtensionOverMax,
        Code::ExtensionNotNotified,
        Code::ExtensionOrder,
        Code::BrokenLink,
        Code::IndexStale,
        Code::SignMismatch,
        Code::ExtensionLate,
        Code::UncertainCode,
        Code::DocumentForeign,
        Code::DocumentOrphan,
        Code::ConflictMarkers,
        Code::NumberReused,
        Code::LateMismatch,
        Code::Uncommitted,
        Code::NotARegularFile,
        Code::CcTermDiffers,
    ];

    /// The stable name scripts read: `config-invalid`, `invalid-json`, …
    pub const fn name(self) -> &'static str {
        match self {
            Code::ConfigInvalid => "config-invalid",
            Code::InvalidJson => "invalid-json",
            Code::UnknownVersion => "unknown-version",
            Code::StrayFile => "stray-file",
            Code::PathMismatch => "path-mismatch",
            Code::BadIndex => "bad-index",
            Code::BadValue => "bad-value",
            Code::UnknownCode => "unknown-code",
            Code::UnknownPerson => "unknown-person",
            Code::DuplicateNumber => "duplicate-number",
            Code::DuplicateIndex => "duplicate-index",
            Code::DuplicateCc => "duplicate-cc",
            Code::DateOrder => "date-order",
            Code::HistoryOrder => "history-order",
            Code::BadTransition => "bad-transition",
            Code::StatusMismatch => "status-mismatch",
            Code::StepMismatch => "step-mismatch",
            Code::UnsafePath => "unsafe-path",
            Code::DocumentMissing => "document-missing",
            Code::SignatureMismatch => "signature-mismatch",
            Code::TermMismatch => "term-mismatch",
            Code::ExtensionOverMax => "extension-over-max",
            Code::ExtensionNotNotified => "extension-not-notified",
            Code::ExtensionOrder => "extension-order",
            Code::ExtensionLate => "extension-late",
            Code::UncertainCode => "uncertain-code",
            Code::DocumentForeign => "document-foreign",
            Code::DocumentOrphan => "document-orphan",
            Code::ConflictMarkers => "conflict-markers",
            Code::NumberReused => "number-reused",
            Code::LateMismatch => "late-mismatch",
            Code::Uncommitted => "uncommitted",
            Code::NotARegularFile => "not-a-regular-file",
            Code::CcTermDiffers => "cc-term-differs",
            Code::BrokenLink => "broken-link",
            Code::IndexStale => "index-stale",
            Code::SignMismatch => "sign-mismatch",
        }
    }

    /// What the code means, as `check --help` says it.
    pub const fn description(self) -> &'static str {
        match self {
            Code::ConfigInvalid => "register.toml, classifier.toml, calendar.toml or people.toml doesn't parse or contradicts itself",
            Code::InvalidJson => "a card file is not UTF-8 JSON in the card format (syntax, a missing or unknown field, a wrong type)",
            Code::UnknownVersion => "a card's format version is unknown to this program",
            Code::StrayFile => "a file or directory under cards/ that is not a card",
            Code::PathMismatch => "a card's year or number disagrees with its file name",
            Code::BadIndex => "a registration index that is malformed or whose number is not the card's",
            Code::BadValue => "a field holds a value it can't hold (control characters, an empty topic list, a term out of range)",
            Code::UnknownCode => "a Classifier code that classifier.toml doesn't have",
            Code::UnknownPerson => "an id that people.toml doesn't have in that role",
            Code::DuplicateNumber => "two cards with the same year and running number",
            Code::DuplicateIndex => "two cards with the same registration index in one year",
            Code::DuplicateCc => "two cards with the same contact-centre number",
            Code::DateOrder => "registered before received, or registered late without a reason",
            Code::HistoryOrder => "history dates that go backwards or precede registration",
            Code::BadTransition => "a history step that doesn't follow from the status before it",
            Code::StatusMismatch => "the status field is not the status the history leads to",
            Code::StepMismatch => "a step's data missing for a step in the history, or present without one",
            Code::UnsafePath => "a document path that leads out of the register",
            Code::DocumentMissing => "a document named on the card is not in the register",
            Code::SignatureMismatch => "a signed document changed after signing (its SHA-256 differs)",
            Code::TermMismatch => "a control date or executor's due date that doesn't follow from receipt, the term, the calendar and register.toml",
            Code::ExtensionOverMax => "an extension past the longest total term from receipt (law art. 20: 45 days, a last day off ended by terms.non_working)",
            Code::ExtensionNotNotified => "an extension without the date the applicant was notified",
            Code::ExtensionOrder => "extensions that don't move the control date later one after another",
            Code::ExtensionLate => "an extension made after the control date in force had passed that is not marked late, or marked late though made in time (law art. 20)",
            Code::UncertainCode => "with --strict: a Classifier code in use whose code or name is not confirmed by two independent sources (classifier.toml's status)",
            Code::BrokenLink => "a repeat link whose other card is missing or doesn't link back",
            Code::IndexStale => "a derived index in .index/ that disagrees with the cards",
            Code::SignMismatch => "a sign of receipt (2.x) that doesn't follow from the card's earlier appeals on the question (the order's point 9)",
            Code::DocumentForeign => "a document named on a card that lies in another card's directory docs/YEAR/NNNNNN/ (a card renumbered by hand after a merge)",
            Code::DocumentOrphan => "a file under docs/ that no card names (a card lost in a merge, or a document left behind)",
            Code::ConflictMarkers => "git merge-conflict markers (<<<<<<<, =======, >>>>>>>) in a card, a settings file, a template or a text document",
            Code::NumberReused => "a card file that git history shows was deleted and later holds another appeal (inside a git work tree)",
            Code::NotARegularFile => "a symbolic link, a named pipe, a device or a socket in the register, which no command follows or opens",
            Code::Uncommitted => "with [git] commit = true: a card or document git hasn't got as it is (a command killed before its commit, or a hand edit)",
            Code::LateMismatch => "an answer marked late or on time, or with working days late, that don't follow from its date, the executor's due date and the calendar",
            Code::CcTermDiffers => "a card whose contact centre's control date («Вирішити до») differs from ours: a question to ask the centre, listed without failing the check",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// A name that is none of [`Code::ALL`]'s.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a problem code of 'appeals check'")]
pub struct NotACode(pub String);

impl std::str::FromStr for Code {
    type Err = NotACode;

    fn from_str(name: &str) -> Result<Code, NotACode> {
        Code::ALL
            .into_iter()
            .find(|c| c.name() == name)
            .ok_or_else(|| NotACode(name.to_string()))
    }
}

/// As its name: `check --format json` prints `"code": "config-invalid"`.
impl serde::Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

/// One problem found by `check`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    /// The kind of problem, by its stable name.
    pub code: Code,
    /// The file at fault, relative to the register.
    pub file: String,
    /// The field: a JSON pointer into a card (`/term/control_date`), a
    /// settings key, or empty when the whole file is at fault.
    pub field: String,
    /// What is wrong, in English: what scripts read (JSON, CSV).
    pub message: String,
    /// What to do about it, in English.
    pub hint: String,
    /// What is wrong, in this run's language: what a person reads.
    #[serde(skip)]
    pub shown_message: String,
    /// What to do about it, in this run's language.
    #[serde(skip)]
    pub shown_hint: String,
}

impl Finding {
    /// A finding: `message` and `hint` in English for scripts and in this
    /// run's language for people.
    pub fn new(code: Code, file: String, field: String, message: Text, hint: Text) -> Finding {
        Finding {
            code,
            file,
            field,
            message: message.en,
            hint: hint.en,
            shown_message: message.shown,
            shown_hint: hint.shown,
        }
    }
}

/// A message of `check` in English (for the JSON and CSV, which scripts
/// read and which stay the same in every language) and in this run's
/// language (for the person at the terminal). Made by [`crate::say!`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// In English.
    pub en: String,
    /// In this run's language.
    pub shown: String,
}

/// A text the catalogue doesn't have yet: the same in every language.
impl From<String> for Text {
    fn from(s: String) -> Text {
        Text {
            en: s.clone(),
            shown: s,
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::from(s.to_string())
    }
}

/// A value put into a message of `check`, written as `lang` writes it
/// (dates: `2015-06-01` in English, `01.06.2015` in Ukrainian).
pub trait SayArg {
    /// The value for the message in `lang`.
    fn arg(&self, lang: Lang) -> Arg;
}

impl SayArg for str {
    fn arg(&self, _: Lang) -> Arg {
        Arg::from(self)
    }
}
impl SayArg for String {
    fn arg(&self, _: Lang) -> Arg {
        Arg::from(self.as_str())
    }
}
impl<T: SayArg + ?Sized> SayArg for &T {
    fn arg(&self, lang: Lang) -> Arg {
        (**self).arg(lang)
    }
}
impl SayArg for NaiveDate {
    fn arg(&self, lang: Lang) -> Arg {
        Arg::from(date_in(lang, *self))
    }
}
impl SayArg for std::path::Path {
    fn arg(&self, _: Lang) -> Arg {
        Arg::from(self)
    }
}
impl SayArg for std::path::PathBuf {
    fn arg(&self, _: Lang) -> Arg {
        Arg::from(self.as_path())
    }
}
macro_rules! say_numeric {
    ($($t:ty),*) => {$(
        impl SayArg for $t {
            fn arg(&self, _: Lang) -> Arg {
                Arg::from(*self)
            }
        }
    )*};
}
say_numeric!(u8, u16, u32, u64, usize, i32, i64);

/// The message `key` of `check` in English and in this run's language.
pub fn say_with(key: &str, args: impl Fn(Lang) -> Vec<(&'static str, Arg)>) -> Text {
    let shown = crate::i18n::lang();
    Text {
        en: message_in(Lang::En, key, args(Lang::En)),
        shown: message_in(shown, key, args(shown)),
    }
}

/// A message of `check` from the catalogue, in English for scripts and in
/// this run's language for people: `say!("chk-…", card = c, day = d)`.
#[macro_export]
macro_rules! say {
    ($key:literal) => {
        $crate::ops::check::say_with($key, |_| ::std::vec::Vec::new())
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::ops::check::say_with($key, |lang| {
            ::std::vec![$((
                stringify!($name),
                $crate::ops::check::SayArg::arg(&$value, lang),
            )),+]
        })
    };
}

/// The findings of one card file, and what checking its signed documents
/// learned of them for the memo.
pub(super) struct Findings {
    pub(super) rel: String,
    pub(super) out: Vec<Finding>,
    /// The signed documents' identity on disk when an earlier run
    /// verified them all.
    pub(super) known: Option<u128>,
    /// The signed documents' identity on disk, when all were verified.
    pub(super) verified: Option<u128>,
    /// Signed documents read and hashed.
    pub(super) hashed: usize,
}

impl Findings {
    /// No findings yet for the file `rel`.
    pub(super) fn new(rel: String, known: Option<u128>) -> Findings {
        Findings {
            rel,
            out: Vec::new(),
            known,
            verified: None,
            hashed: 0,
        }
    }

    pub(super) fn push(
        &mut self,
        code: Code,
        field: &str,
        message: impl Into<Text>,
        hint: impl Into<Text>,
    ) {
        self.out.push(Finding::new(
            code,
            self.rel.clone(),
            field.to_string(),
            message.into(),
            hint.into(),
        ));
    }

    /// The codes and fields found, for tests.
    #[cfg(test)]
    pub(super) fn found(&self) -> Vec<(Code, &str)> {
        self.out
            .iter()
            .map(|f| (f.code, f.field.as_str()))
            .collect()
    }
}

/// Escapes a JSON pointer segment (RFC 6901).
pub(super) fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Today's table of codes, as `check --help` printed it before codes
    /// were an enum: the names and their order never change.
    const NAMES: [&str; 37] = [
        "config-invalid",
        "invalid-json",
        "unknown-version",
        "stray-file",
        "path-mismatch",
        "bad-index",
        "bad-value",
        "unknown-code",
        "unknown-person",
        "duplicate-number",
        "duplicate-index",
        "duplicate-cc",
        "date-order",
        "history-order",
        "bad-transition",
        "status-mismatch",
        "step-mismatch",
        "unsafe-path",
        "document-missing",
        "signature-mismatch",
        "term-mismatch",
        "extension-over-max",
        "extension-not-notified",
        "extension-order",
        "broken-link",
        "index-stale",
        "sign-mismatch",
        "extension-late",
        "uncertain-code",
        "document-foreign",
        "document-orphan",
        "conflict-markers",
        "number-reused",
        "late-mismatch",
        "uncommitted",
        "not-a-regular-file",
        "cc-term-differs",
    ];

    #[track_caller]
    fn check(code: Code, name: &str) {
        assert_eq!(code.name(), name);
        assert_eq!(code.to_string(), name);
        assert_eq!(name.parse::<Code>(), Ok(code));
        assert_eq!(
            serde_json::to_string(&code).expect("serialises"),
            format!("\"{name}\"")
        );
    }

    #[test]
    fn every_code_round_trips_to_its_name() {
        check(Code::ConfigInvalid, "config-invalid");
        check(Code::InvalidJson, "invalid-json");
        check(Code::DuplicateCc, "duplicate-cc");
        check(Code::ExtensionNotNotified, "extension-not-notified");
        check(Code::IndexStale, "index-stale");
        for code in Code::ALL {
            check(code, code.name());
        }
    }

    #[test]
    fn all_codes_in_todays_order_without_duplicates() {
        assert_eq!(Code::ALL.map(Code::name), NAMES);
        let mut distinct = Code::ALL.to_vec();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), Code::ALL.len());
        assert!(Code::ALL.iter().all(|c| !c.description().is_empty()));
    }

    #[test]
    fn an_unknown_name_is_refused() {
        assert_eq!(
            "stale-index".parse::<Code>(),
            Err(NotACode("stale-index".into()))
        );
        assert!("".parse::<Code>().is_err());
        assert!("Config-Invalid".parse::<Code>().is_err());
    }

    #[test]
    fn a_finding_prints_its_code_by_name() {
        let f = Finding::new(
            Code::BrokenLink,
            "cards/2015/000001.json".into(),
            "/links/later/0".into(),
            "m".into(),
            "h".into(),
        );
        assert_eq!(
            serde_json::to_string(&f).expect("serialises"),
            r#"{"code":"broken-link","file":"cards/2015/000001.json","field":"/links/later/0","message":"m","hint":"h"}"#
        );
    }

    #[test]
    fn pointer_segments_are_escaped() {
        assert_eq!(escape("answer-cc"), "answer-cc");
        assert_eq!(escape("a/b"), "a~1b");
        assert_eq!(escape("a~b"), "a~0b");
        assert_eq!(escape("~/"), "~0~1");
    }
}
