//! Reading the contact centre's exports (a JSON array, JSON Lines, or CSV
//! with a header row) and checking each record against the Classifier and
//! the register's settings, collecting every problem with its record number
//! (or line) and field.

use crate::classifier::{Classifier, SectionKey};
use crate::config::Settings;
use crate::error::Problem;
use crate::model::card::{Applicant, Classification};
use crate::model::codes::Subject;
use crate::model::privacy::{self, Audience, Shown};
use chrono::NaiveDate;
use serde_json::Value;
use std::collections::BTreeMap;

mod stream;
pub use stream::{stream, Columns, Failed, Found, Reading, MAX_RECORD_BYTES};

/// The formats intake reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A JSON array of records (a single object is one record).
    Json,
    /// One JSON object per line.
    JsonLines,
    /// CSV with a header row; list fields separated by `;`.
    Csv,
}

impl Format {
    /// The format named by a file's extension, if it names one.
    pub fn from_extension(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }

    /// The format guessed from the first significant character.
    pub fn sniff(text: &str) -> Format {
        match text.trim_start().chars().next() {
            Some('[') => Format::Json,
            Some('{') => Format::JsonLines,
            _ => Format::Csv,
        }
    }
}

/// The fields a record may carry; anything else is an error naming the key.
pub const FIELDS: &[&str] = &[
    "cc_number",
    "received",
    "name",
    "address",
    "phone",
    "email",
    "gender",
    "categories",
    "social_status",
    "signatories",
    "form",
    "sign",
    "kind",
    "subject",
    "type",
    "topics",
    "summary",
    "term",
    "confidential",
    "repeat_of",
    "late_reason",
    "mass",
    "cc_due",
    "source_columns",
];

/// A field value as read: JSON keeps its type, CSV gives text.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    /// From JSON.
    Json(Value),
    /// From CSV (or a command-line flag).
    Text(String),
}

/// One record before validation, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct RawRecord {
    /// `record 3` (JSON array), `line 7` (JSON Lines, CSV) or `flags`.
    pub position: String,
    /// Field values by name.
    pub fields: BTreeMap<String, Raw>,
}

/// An appeal ready to register.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAppeal {
    /// Where it came from.
    pub position: String,
    /// The contact centre's number.
    pub cc_number: Option<String>,
    /// Date received.
    pub received: NaiveDate,
    /// Who wrote.
    pub applicant: Applicant,
    /// Classifier codes.
    pub classification: Classification,
    /// Short content.
    pub summary: String,
    /// Term in days (30 means one month).
    pub term_days: u32,
    /// A card this appeal repeats.
    pub repeat_of: Option<String>,
    /// Why it is registered after the day of receipt.
    pub late_reason: Option<String>,
    /// The record named its sign of receipt (else the default or the derived one applies).
    pub sign_given: bool,
    /// One of many similar appeals on one question (2.5 масове).
    pub mass: bool,
    /// The contact centre's own control date («Вирішити до»).
    pub cc_due: Option<NaiveDate>,
    /// The source's columns kept as they came (an import profile's `keep`).
    pub source: BTreeMap<String, String>,
}

/// Largest input intake reads, so that a runaway file fails clearly.
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;
/// The most appeals one registration takes (`register --from`): a year's
/// appeals of the biggest council many times over, so that what a batch
/// keeps in memory (its cards' index lines, the files it wrote) stays
/// bounded whatever the file; a bigger file is refused before anything is
/// written, to be registered in parts.
pub const MAX_RECORDS: usize = 200_000;
/// The most characters a text field holds.
pub const MAX_TEXT: usize = 10_000;

/// A text field's value as intake takes it (and `correct` after it):
/// trimmed, `None` when empty; control characters other than line breaks,
/// or more than [`MAX_TEXT`] characters, refused with why in words.
pub fn text_value(given: &str) -> std::result::Result<Option<String>, String> {
    let s = given.trim();
    if s.chars().any(|c| c.is_control() && c != '\n') {
        return Err(crate::t!("err-control-characters"));
    }
    if s.chars().count() > MAX_TEXT {
        return Err(crate::t!("err-too-long", max = MAX_TEXT));
    }
    Ok((!s.is_empty()).then(|| s.to_string()))
}

/// A line as a message quotes it: at most 60 characters, trimmed.
fn preview(line: &str) -> String {
    let line = line.trim();
    match line.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &line[..i]),
        None => line.to_string(),
    }
}

/// Splits a text into raw records all at once (see [`stream()`], which
/// reads a file of any size a record at a time). A malformed text is one
/// problem naming its line and column (JSON) or line (CSV).
pub fn read(text: &str, format: Format, file: &str) -> Result<Vec<RawRecord>, Vec<Problem>> {
    read_with(text, format, file, None)
}

/// [`read`], a CSV's columns keyed by `columns` (an import profile's).
pub fn read_with(
    text: &str,
    format: Format,
    file: &str,
    columns: Option<Columns>,
) -> Result<Vec<RawRecord>, Vec<Problem>> {
    let mut out = Vec::new();
    let how = Reading {
        file,
        format: Some(format),
        encoding: None,
        columns,
    };
    let mut keep = |r: RawRecord| -> Result<(), std::convert::Infallible> {
        out.push(r);
        Ok(())
    };
    match stream(text.as_bytes(), &how, &mut keep) {
        Ok(_) => Ok(out),
        Err(Failed::Input(e)) => Err(e.problems.list),
        Err(Failed::Stopped(never)) => match never {},
    }
}

fn object_record(value: Value, position: String) -> Result<RawRecord, String> {
    match value {
        Value::Object(map) => Ok(RawRecord {
            position,
            fields: map.into_iter().map(|(k, v)| (k, Raw::Json(v))).collect(),
        }),
        _ => Err(position),
    }
}

/// The byte that separates a CSV's fields, from its header line: `;` as
/// Ukrainian Excel saves, `,`, or a tab (Excel's "Unicode text"); the most
/// frequent outside quotes, a comma when none or tied.
pub fn delimiter(text: &str) -> u8 {
    let mut quoted = false;
    let (mut semicolons, mut commas, mut tabs) = (0, 0, 0);
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ';' if !quoted => semicolons += 1,
            ',' if !quoted => commas += 1,
            '\t' if !quoted => tabs += 1,
            _ => {}
        }
    }
    if semicolons > commas && semicolons >= tabs {
        b';'
    } else if tabs > commas && tabs > semicolons {
        b'\t'
    } else {
        b','
    }
}

/// What intake does with a column of a CSV, by its heading.
#[derive(Debug, Clone, PartialEq)]
enum Heading {
    /// One of the record's fields (by name or in words).
    Field(&'static str),
    /// A column of the register's own files (an export or a listing: the
    /// index, the status, a code's name …) that a new appeal doesn't take.
    Ignored,
    /// Not a column intake knows.
    Unknown,
}

fn heading(h: &str) -> Heading {
    let named = FIELDS.iter().copied().find(|f| *f == h.trim());
    match named.or_else(|| crate::office::column(h)) {
        Some("term_days") => Heading::Field("term"),
        Some(c) => match FIELDS.iter().copied().find(|f| *f == c) {
            Some(f) => Heading::Field(f),
            None => Heading::Ignored,
        },
        None => Heading::Unknown,
    }
}

/// `; did you mean "x"?` or nothing.
pub fn suggest<'a>(input: &str, candidates: impl Iterator<Item = &'a str>) -> String {
    did_you_mean(&crate::config::closest(input, candidates))
}

/// `; did you mean "x", "y"?` for the names `close`, or nothing.
pub fn did_you_mean(close: &[String]) -> String {
    if close.is_empty() {
        String::new()
    } else {
        crate::t!(
            "detail-did-you-mean",
            list = close.join(", "),
            list_quoted = close
                .iter()
                .map(|c| format!("'{c}'"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

/// What validation needs to know besides the record.
pub struct Context<'a> {
    /// The register's Classifier edition.
    pub classifier: &'a Classifier,
    /// The register's settings.
    pub settings: &'a Settings,
    /// The registration date.
    pub today: NaiveDate,
    /// The input's name for problems.
    pub file: &'a str,
    /// `--late-reason` given for the whole batch.
    pub late_reason: Option<&'a str>,
}

/// Validates one raw record, collecting every problem.
pub fn validate(raw: &RawRecord, cx: &Context) -> Result<NewAppeal, Vec<Problem>> {
    let mut v = Validator {
        raw,
        cx,
        problems: Vec::new(),
    };
    for key in raw.fields.keys() {
        if !FIELDS.contains(&key.as_str()) {
            v.problem(
                key,
                crate::t!(
                    "err-unknown-field",
                    suggestion = suggest(key, FIELDS.iter().copied())
                ),
            );
        }
    }
    let cc_number = v.text("cc_number").and_then(|cc| v.cc_number(cc));
    let received = match v.text("received") {
        Some(t) => v.date("received", &t),
        None => {
            v.problem("received", crate::t!("err-missing-received"));
            None
        }
    };
    let name = v.text("name");
    let signatories = v.number("signatories").unwrap_or(1);
    if signatories == 0 {
        v.problem("signatories", crate::t!("err-signatories"));
    }
    // Law art. 8: anonymous is an appeal with no name, and a written one
    // (a telegram or letter, Classifier 6.1–6.2) with no address or not
    // signed; the record says "not signed" by `subject` 5.3.
    let written = matches!(
        v.peek("type")
            .unwrap_or_else(|| cx.settings.defaults.type_.clone())
            .as_str(),
        "6.1" | "6.2"
    );
    let unsigned = written && v.peek("subject").as_deref() == Some(Subject::Anonymous.code());
    let anonymous = name.is_none() || (written && v.peek("address").is_none()) || unsigned;
    let expected_subject = Subject::of(anonymous, signatories).code();
    let subject = match v.code("subject", SectionKey::Subject) {
        Some(s) if s != expected_subject && s == Subject::Anonymous.code() => {
            v.problem(
                "subject",
                crate::t!(
                    "err-subject-anonymous",
                    subject = s.as_str(),
                    expected = expected_subject
                ),
            );
            None
        }
        Some(s) if s != expected_subject => {
            v.problem(
                "subject",
                crate::t!(
                    "err-subject-contradicts",
                    subject = s.as_str(),
                    why = if name.is_none() {
                        crate::t!("detail-no-name")
                    } else if anonymous {
                        crate::t!("detail-no-address")
                    } else {
                        crate::t!("detail-signatories", count = signatories)
                    },
                    expected = expected_subject
                ),
            );
            None
        }
        _ => Some(expected_subject.to_string()),
    };
    let d = &cx.settings.defaults;
    let form = v.code_or("form", SectionKey::Form, &d.form);
    let sign_given = raw
        .fields
        .get("sign")
        .is_some_and(|r| !matches!(r, Raw::Json(Value::Null)));
    let sign = v.code_or("sign", SectionKey::Sign, &cx.settings.defaults.sign);
    let mass = v.boolean("mass").unwrap_or(false);
    let kind = v.code_or("kind", SectionKey::Kind, &d.kind);
    let type_ = v.code_or("type", SectionKey::Type, &d.type_);
    let topics = v.codes("topics", SectionKey::Topic);
    // Absent, null or empty; a list with bad codes has its own problems.
    if topics
        .as_ref()
        .map_or(!v.had_problem("topics"), |t| t.is_empty())
    {
        v.problem("topics", crate::t!("err-missing-topics"));
    }
    let gender = v.code("gender", SectionKey::Gender);
    let categories = v.codes("categories", SectionKey::Category);
    let social_status = v.code("social_status", SectionKey::SocialStatus);
    let summary = v.text("summary");
    if summary.is_none() && !v.had_problem("summary") {
        v.problem("summary", crate::t!("err-missing-summary"));
    }
    let term_days = v.number("term").unwrap_or(cx.settings.terms.default);
    if !(1..=30).contains(&term_days) {
        v.problem("term", crate::t!("err-term-days", days = term_days));
    }
    let confidential = v.boolean("confidential").unwrap_or(false);
    // A problem quotes the value only where the card will show it (law
    // art. 10: not an applicant's who asked for confidentiality).
    let shown = privacy::rule(Audience::Clerk, confidential);
    let quoted = |how: Shown, value: &str| match how {
        Shown::Yes => format!("{value:?}"),
        Shown::Confidential | Shown::Withheld => crate::t!("detail-confidential-value"),
    };
    let email = v.text("email");
    if let Some(e) = &email {
        if !e.contains('@') || e.chars().any(char::is_whitespace) {
            v.problem(
                "email",
                crate::t!("err-not-email", value = quoted(shown.email, e)),
            );
        }
    }
    let phone = v.text("phone");
    if let Some(p) = &phone {
        if !p.chars().any(|c| c.is_ascii_digit())
            || !p.chars().all(|c| c.is_ascii_digit() || " +-()".contains(c))
        {
            v.problem(
                "phone",
                crate::t!("err-not-phone", value = quoted(shown.phone, p)),
            );
        }
    }
    let address = v.text("address");
    let cc_due = v.text("cc_due").and_then(|t| v.date("cc_due", &t));
    let source = v.source();
    let repeat_of = v.text("repeat_of");
    let late_reason = v.text("late_reason").or(cx.late_reason.map(str::to_string));
    if let Some(r) = received {
        if r > cx.today {
            v.problem(
                "received",
                crate::t!("err-received-future", received = r, today = cx.today),
            );
        } else if r < cx.today && late_reason.is_none() {
            v.problem(
                "received",
                crate::t!("err-received-past", received = r, today = cx.today),
            );
        }
    }
    if !v.problems.is_empty() {
        return Err(v.problems);
    }
    // Every Option below is Some: a None pushed a problem above.
    let (
        Some(received),
        Some(subject),
        Some(form),
        Some(sign),
        Some(kind),
        Some(type_),
        Some(topics),
        Some(summary),
    ) = (received, subject, form, sign, kind, type_, topics, summary)
    else {
        return Err(vec![v.problem_owned("", crate::t!("err-incomplete-record"))]);
    };
    Ok(NewAppeal {
        position: raw.position.clone(),
        cc_number,
        received,
        applicant: Applicant {
            name,
            address,
            phone,
            email,
            gender,
            categories: categories.unwrap_or_default(),
            social_status,
            signatories,
            confidential,
        },
        classification: Classification {
            form,
            sign,
            kind,
            subject,
            type_,
            topics,
        },
        summary,
        term_days,
        repeat_of,
        late_reason: if received < cx.today {
            late_reason
        } else {
            None
        },
        sign_given,
        mass,
        cc_due,
        source,
    })
}

struct Validator<'a> {
    raw: &'a RawRecord,
    cx: &'a Context<'a>,
    problems: Vec<Problem>,
}

impl Validator<'_> {
    fn problem_owned(&self, field: &str, reason: String) -> Problem {
        Problem {
            file: self.cx.file.to_string(),
            record: self.raw.position.clone(),
            field: field.to_string(),
            reason,
        }
    }

    /// The source's columns kept as they came: an object of texts (an
    /// import profile writes it; a JSON record may carry one).
    fn source(&mut self) -> BTreeMap<String, String> {
        match self.raw.fields.get("source_columns") {
            None => BTreeMap::new(),
            Some(Raw::Json(Value::Object(m))) => m
                .iter()
                .map(|(k, v)| match v {
                    Value::String(s) => (k.clone(), s.clone()),
                    other => (k.clone(), other.to_string()),
                })
                .collect(),
            Some(_) => {
                self.problem("source_columns", crate::t!("err-source-object"));
                BTreeMap::new()
            }
        }
    }

    fn had_problem(&self, field: &str) -> bool {
        self.problems.iter().any(|p| p.field == field)
    }

    fn problem(&mut self, field: &str, reason: String) {
        let p = self.problem_owned(field, reason);
        self.problems.push(p);
    }

    /// A field's text as given, trimmed, without judging it (its own
    /// reading reports what is wrong with it).
    fn peek(&self, field: &str) -> Option<String> {
        match self.raw.fields.get(field)? {
            Raw::Json(Value::String(s)) | Raw::Text(s) => {
                Some(s.trim().to_string()).filter(|s| !s.is_empty())
            }
            Raw::Json(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        }
    }

    /// A text field: [`text_value`], `None` when absent or null; what it
    /// refuses is a problem.
    fn text(&mut self, field: &str) -> Option<String> {
        let s = match self.raw.fields.get(field)? {
            Raw::Json(Value::Null) => return None,
            Raw::Json(Value::String(s)) | Raw::Text(s) => s.clone(),
            Raw::Json(Value::Number(n)) => n.to_string(),
            Raw::Json(other) => {
                self.problem(
                    field,
                    crate::t!("err-expected-text", found = json_kind(other)),
                );
                return None;
            }
        };
        text_value(&s).unwrap_or_else(|why| {
            self.problem(field, why);
            None
        })
    }

    fn cc_number(&mut self, cc: String) -> Option<String> {
        let ok = cc.chars().count() <= 64
            && !cc.starts_with('/')
            && !cc.contains("..")
            && cc
                .chars()
                .all(|c| c.is_alphanumeric() || "-_./".contains(c));
        if ok {
            Some(cc)
        } else {
            self.problem(
                "cc_number",
                crate::t!("err-cc-number", cc = format!("{cc:?}")),
            );
            None
        }
    }

    /// A date as ISO or as clerks write it (a file saved from Excel has
    /// `30.11.2026`): `model::dates`.
    /// A time of day after the date (`20.07.2015 14:35`, as spreadsheets
    /// and the contact centre write it) is allowed and left aside.
    fn date(&mut self, field: &str, text: &str) -> Option<NaiveDate> {
        match crate::model::dates::parse_date(without_time(text)) {
            Ok(d) => Some(d),
            Err(why) => {
                self.problem(field, why);
                None
            }
        }
    }

    fn number(&mut self, field: &str) -> Option<u32> {
        let parsed = match self.raw.fields.get(field)? {
            Raw::Json(Value::Null) => return None,
            Raw::Json(Value::Number(n)) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
            Raw::Json(Value::String(s)) | Raw::Text(s) => s.trim().parse().ok(),
            Raw::Json(_) => None,
        };
        if parsed.is_none() {
            self.problem(field, crate::t!("err-whole-number"));
        }
        parsed
    }

    fn boolean(&mut self, field: &str) -> Option<bool> {
        let parsed = match self.raw.fields.get(field)? {
            Raw::Json(Value::Null) => return None,
            Raw::Json(Value::Bool(b)) => Some(*b),
            Raw::Json(Value::String(s)) | Raw::Text(s) => match s.trim().to_lowercase().as_str() {
                "true" | "yes" | "1" | "так" => Some(true),
                "false" | "no" | "0" | "ні" => Some(false),
                _ => None,
            },
            Raw::Json(_) => None,
        };
        if parsed.is_none() {
            self.problem(field, crate::t!("err-true-false"));
        }
        parsed
    }

    fn check_code(&mut self, field: &str, key: SectionKey, code: &str) -> Option<String> {
        match self.cx.classifier.entry(key, code) {
            Ok(e) => Some(e.code.clone()),
            Err(e) => {
                self.problem(field, e.to_string());
                None
            }
        }
    }

    fn code(&mut self, field: &str, key: SectionKey) -> Option<String> {
        let t = self.text(field)?;
        self.check_code(field, key, &t)
    }

    fn code_or(&mut self, field: &str, key: SectionKey, default: &str) -> Option<String> {
        match self.text(field) {
            Some(t) => self.check_code(field, key, &t),
            None => self.check_code(
                &crate::t!("detail-field-default", field = field),
                key,
                default,
            ),
        }
    }

    /// A list of codes: a JSON array, or text separated by `;`.
    fn codes(&mut self, field: &str, key: SectionKey) -> Option<Vec<String>> {
        let items: Vec<String> = match self.raw.fields.get(field)? {
            Raw::Json(Value::Null) => return None,
            Raw::Json(Value::Array(a)) => {
                let mut items = Vec::new();
                for v in a {
                    match v {
                        Value::String(s) => items.push(s.trim().to_string()),
                        other => {
                            self.problem(
                                field,
                                crate::t!("err-expected-codes", found = json_kind(other)),
                            );
                            return None;
                        }
                    }
                }
                items
            }
            Raw::Json(Value::String(s)) | Raw::Text(s) => {
                s.split(';').map(|c| c.trim().to_string()).collect()
            }
            Raw::Json(other) => {
                self.problem(
                    field,
                    crate::t!("err-expected-codes", found = json_kind(other)),
                );
                return None;
            }
        };
        let mut out: Vec<String> = Vec::new();
        let mut ok = true;
        for item in items.iter().filter(|i| !i.is_empty()) {
            match self.check_code(field, key, item) {
                Some(c) if !out.contains(&c) => out.push(c),
                Some(_) => {}
                None => ok = false,
            }
        }
        ok.then_some(out)
    }
}

/// A date-and-time's date: the text before a time of day (`14:35`,
/// `14:35:00`) that follows a space or `T`; other text as it is.
fn without_time(text: &str) -> &str {
    let t = text.trim();
    match t.split_once([' ', 'T']) {
        Some((day, time))
            if ["%H:%M", "%H:%M:%S"]
                .iter()
                .any(|f| chrono::NaiveTime::parse_from_str(time.trim(), f).is_ok()) =>
        {
            day
        }
        _ => t,
    }
}

fn json_kind(v: &Value) -> String {
    match v {
        Value::Null => crate::t!("detail-json-null"),
        Value::Bool(_) => crate::t!("detail-json-boolean"),
        Value::Number(_) => crate::t!("detail-json-number"),
        Value::String(_) => crate::t!("detail-json-text"),
        Value::Array(_) => crate::t!("detail-json-list"),
        Value::Object(_) => crate::t!("detail-json-object"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_separator_is_read_off_the_header() {
        assert_eq!(delimiter("cc_number;received;topics\n1,2;3;4"), b';');
        assert_eq!(delimiter("cc_number,received,topics\n1;2,3,4"), b',');
        assert_eq!(delimiter("\"a;b\",c\n"), b',');
        assert_eq!(delimiter("a\tb\tc\n"), b'\t');
        assert_eq!(delimiter("summary\n"), b',');
    }

    #[test]
    fn a_time_of_day_after_a_date_is_left_aside() {
        assert_eq!(without_time("20.07.2015 14:35"), "20.07.2015");
        assert_eq!(without_time("2015-07-20T14:35:00"), "2015-07-20");
        assert_eq!(
            without_time("20.07.2015 після обіду"),
            "20.07.2015 після обіду"
        );
        assert_eq!(without_time(" 20.07.2015 "), "20.07.2015");
    }
}
