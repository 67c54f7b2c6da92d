//! `appeals export`: every card as one flat row (codes and their names) for
//! a database or a spreadsheet, for councils and oblasts that aggregate
//! beyond one register. Rows stream out in register order; the cards are
//! never all in memory.
//!
//! Personal data (law art. 10) is left out unless asked for: by default no
//! name, address, phone or e-mail; `Personal::Pseudonym` adds a stable
//! pseudonym of the applicant (the same person gets the same pseudonym in
//! every register and every run), `Personal::Full` adds the contacts. An
//! applicant who asked for confidentiality gets neither: `null` beside the
//! row's `confidential: true` (`model::privacy`).

pub mod parquet;

use super::report::{check_editions, scan, Period};
use crate::classifier::{Classifier, SectionKey};
use crate::error::Result;
use crate::model::privacy::{self, Audience};
use crate::model::view::Record;
use crate::office;
use crate::store::Register;
use chrono::NaiveDate;
use serde_json::Value;
use sha2::Sha256;
use std::borrow::Cow;
use std::collections::HashMap;

/// How much of the applicant goes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Personal {
    /// Nothing that identifies the applicant.
    #[default]
    None,
    /// A stable pseudonym instead of name and contacts.
    Pseudonym,
    /// Name, address, phone and e-mail (a confidential applicant's stay hidden).
    Full,
}

/// What to export.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only cards received in this period.
    pub period: Option<Period>,
    /// Personal data.
    pub personal: Personal,
    /// Add up registers of different Classifier editions.
    pub mixed_editions: bool,
    /// The secret the pseudonyms are keyed with (`Personal::Pseudonym`).
    pub key: Vec<u8>,
}

/// The columns, in order, for a choice of personal data.
pub fn columns(personal: Personal) -> Vec<&'static str> {
    let mut c = office::EXPORT_HEAD.to_vec();
    match personal {
        Personal::None => {}
        Personal::Pseudonym => c.push("applicant"),
        Personal::Full => c.extend(["name", "address", "phone", "email"]),
    }
    c.extend(office::EXPORT_TAIL);
    c
}

/// The least length of a pseudonym key, in bytes: a key shorter than a
/// password can be guessed.
pub const MIN_KEY: usize = 16;

/// A pseudonym of an applicant: the first 12 hex digits of the
/// HMAC-SHA-256, under `key`, of the normalised name and the phone's last
/// nine digits, so that `+380 67 123 45 67` and `067-123-45-67` are one
/// person. Stable for one key (an oblast shares one among its councils to
/// count repeat applicants across registers), unrelated across keys, and
/// not reversible without the key: an unkeyed hash of a name and a phone
/// number is found by trying every mobile number. `None` when there is
/// neither a name nor a phone.
pub fn pseudonym(key: &[u8], name: Option<&str>, phone: Option<&str>) -> Option<String> {
    use hmac::Mac;
    let name = name.map(crate::model::text::fold).unwrap_or_default();
    let digits: String = phone
        .unwrap_or_default()
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let phone = &digits[digits.len().saturating_sub(9)..];
    if name.is_empty() && phone.is_empty() {
        return None;
    }
    let mut mac = hmac::Hmac::<Sha256>::new_from_slice(key).ok()?;
    mac.update(format!("{name}|{phone}").as_bytes());
    let hash = mac.finalize().into_bytes();
    Some(hash.iter().take(6).map(|b| format!("{b:02x}")).collect())
}

/// Where a row's values go, one by one in [`columns`] order: a JSON row
/// (`Vec<Value>`, for JSON Lines and CSV) or the Parquet table's typed
/// spill. A date stays a date until the sink writes it.
pub trait Cells {
    /// Text.
    fn text(&mut self, v: &str);
    /// A calendar day.
    fn day(&mut self, v: NaiveDate);
    /// A whole number.
    fn int(&mut self, v: i64);
    /// Yes or no.
    fn yes_no(&mut self, v: bool);
    /// No value.
    fn null(&mut self);

    /// Text, or no value.
    fn opt_text(&mut self, v: Option<&str>) {
        match v {
            Some(v) => self.text(v),
            None => self.null(),
        }
    }

    /// A day, or no value.
    fn opt_day(&mut self, v: Option<NaiveDate>) {
        match v {
            Some(v) => self.day(v),
            None => self.null(),
        }
    }
}

/// A JSON row: a day as `YYYY-MM-DD`, no value as `null`.
impl Cells for Vec<Value> {
    fn text(&mut self, v: &str) {
        self.push(Value::String(v.to_string()));
    }

    fn day(&mut self, v: NaiveDate) {
        self.push(Value::String(v.to_string()));
    }

    fn int(&mut self, v: i64) {
        self.push(v.into());
    }

    fn yes_no(&mut self, v: bool) {
        self.push(Value::Bool(v));
    }

    fn null(&mut self) {
        self.push(Value::Null);
    }
}

fn name_of(k: &Classifier, key: SectionKey, code: &str) -> String {
    k.name(key, code)
        .unwrap_or_else(|| super::report::UNKNOWN_CODE.to_string())
}

/// The names of a Classifier's codes, each looked up once: a row names a
/// dozen codes, and the Classifier finds a code by reading its section
/// through. A code written as the Classifier writes it is answered from
/// here; any other spelling goes to the Classifier, as it always did.
pub struct Names<'k> {
    classifier: &'k Classifier,
    known: HashMap<SectionKey, HashMap<&'k str, String>>,
}

impl<'k> Names<'k> {
    /// The names of every code of `classifier`.
    pub fn of(classifier: &'k Classifier) -> Names<'k> {
        let mut known: HashMap<SectionKey, HashMap<&str, String>> = HashMap::new();
        for s in &classifier.sections {
            for e in &s.entries {
                let name = name_of(classifier, s.key, &e.code);
                known.entry(s.key).or_default().insert(&e.code, name);
            }
        }
        Names { classifier, known }
    }

    /// The name of `code` in section `key`, as [`Classifier::name`] gives
    /// it, or the word for an unknown code.
    fn name(&self, key: SectionKey, code: &str) -> Cow<'_, str> {
        match self.known.get(&key).and_then(|codes| codes.get(code)) {
            Some(name) => Cow::Borrowed(name),
            None => Cow::Owned(name_of(self.classifier, key, code)),
        }
    }

    /// The names of `codes`, joined with `; `.
    fn joined(&self, key: SectionKey, codes: &[String]) -> String {
        codes
            .iter()
            .map(|c| self.name(key, c))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// One card's row under [`columns`]; `names`: the names of the register's
/// Classifier.
pub fn row(
    reg: &Register,
    names: &Names,
    c: &Record,
    personal: Personal,
    key: &[u8],
) -> Vec<Value> {
    let mut r = Vec::with_capacity(80);
    cells(&mut r, reg, names, c, personal, key);
    r
}

/// One card's row under [`columns`], value by value into `r`; `names`:
/// the names of the register's Classifier.
pub fn cells<R: Cells>(
    r: &mut R,
    reg: &Register,
    names: &Names,
    c: &Record,
    personal: Personal,
    key: &[u8],
) {
    let k = &reg.classifier;
    let cl = &c.classification;
    let a = &c.applicant;
    let name = |r: &mut R, key, code: Option<&str>| match code {
        Some(code) => r.text(&names.name(key, code)),
        None => r.null(),
    };
    r.text(&reg.settings.council);
    r.text(&k.edition);
    r.text(&c.index);
    r.int(c.year.into());
    r.int(c.number.into());
    r.opt_text(c.cc_number.as_deref());
    r.day(c.received);
    r.day(c.registered);
    r.opt_text(c.late_reason.as_deref());
    r.text(c.status.as_str());
    for (section, code) in [
        (SectionKey::Form, &cl.form),
        (SectionKey::Sign, &cl.sign),
        (SectionKey::Kind, &cl.kind),
        (SectionKey::Subject, &cl.subject),
        (SectionKey::Type, &cl.type_),
    ] {
        r.text(code);
        name(r, section, Some(code));
    }
    r.text(&cl.topics.join(";"));
    r.text(&names.joined(SectionKey::Topic, &cl.topics));
    r.opt_text(a.gender.as_deref());
    name(r, SectionKey::Gender, a.gender.as_deref());
    r.text(&a.categories.join(";"));
    r.text(&names.joined(SectionKey::Category, &a.categories));
    r.opt_text(a.social_status.as_deref());
    name(r, SectionKey::SocialStatus, a.social_status.as_deref());
    r.int(a.signatories.into());
    r.yes_no(a.confidential);
    match personal {
        Personal::None => {}
        Personal::Pseudonym => {
            if privacy::disclosure(Audience::Others, a).pseudonym() {
                r.opt_text(pseudonym(key, a.name.as_deref(), a.phone.as_deref()).as_deref())
            } else {
                r.null()
            }
        }
        Personal::Full => {
            let shown = privacy::disclosure(Audience::Clerk, a);
            for (how, v) in [
                (shown.name, &a.name),
                (shown.address, &a.address),
                (shown.phone, &a.phone),
                (shown.email, &a.email),
            ] {
                r.opt_text(how.data(v.as_deref()).as_deref());
            }
        }
    }
    let res = c.resolution.as_ref();
    let ans = c.answer.as_ref();
    r.int(c.term.days.into());
    r.day(c.term.control_date);
    r.day(c.term.executor_due);
    r.int(c.term.extensions.len() as i64);
    r.opt_day(c.term.extensions.last().map(|e| e.until));
    r.opt_text(c.links.repeat_of.as_deref());
    r.opt_text(res.map(|r| r.coordinator.as_str()));
    r.opt_text(res.map(|r| r.executors.join(";")).as_deref());
    r.opt_day(res.map(|r| r.date));
    r.opt_day(c.dispatch.as_ref().map(|d| d.date));
    r.opt_day(ans.map(|a| a.date));
    match ans {
        Some(a) => {
            r.yes_no(a.late);
            r.int(a.days_late);
            r.int(a.quality.score.into());
        }
        None => (0..3).for_each(|_| r.null()),
    }
    r.opt_text(ans.map(|a| match a.quality.applicant_satisfied {
        crate::model::card::Satisfied::Yes => "yes",
        crate::model::card::Satisfied::No => "no",
        crate::model::card::Satisfied::Unknown => "unknown",
    }));
    r.opt_day(c.signature.as_ref().map(|x| x.date));
    r.opt_day(c.sent.as_ref().and_then(|x| x.posted));
    r.opt_day(c.sent.as_ref().map(|x| x.to_cc));
    r.opt_text(c.result.as_deref());
    name(r, SectionKey::Result, c.result.as_deref());
    r.opt_day(c.closed.as_ref().map(|x| x.date));
    r.text(&c.summary);
    r.text(&c.links.earlier.join(";"));
    r.int(c.reworks.len() as i64);
    r.opt_text(c.confirmation.as_ref().map(|x| x.outcome.as_str()));
}

/// Streams the rows of every register's cards (received in the period) to
/// `each`, register by register in register order; returns how many.
pub fn export<E: From<crate::Error> + Send>(
    regs: &[Register],
    opts: &Options,
    mut each: impl FnMut(&[Value]) -> Result<(), E>,
) -> Result<usize, E> {
    export_mapped(
        regs,
        opts,
        |reg, names, c| Ok(row(reg, names, c, opts.personal, &opts.key)),
        |row| each(&row),
    )
}

/// Like [`export`], with each card (received in the period) made into what
/// `each` receives by `map` (given its register and the names of its
/// Classifier, to write the card's [`cells`]), on rayon's threads; `each`
/// receives them in order.
pub fn export_mapped<R: Send, E: From<crate::Error> + Send>(
    regs: &[Register],
    opts: &Options,
    map: impl Fn(&Register, &Names, &Record) -> Result<R> + Sync + Send,
    mut each: impl FnMut(R) -> Result<(), E>,
) -> Result<usize, E> {
    let rows = export_each(regs, opts, map, |_, r| each(r))?;
    Ok(rows.iter().sum())
}

/// Like [`export_mapped`], with `each` told which of `regs` a row is of;
/// returns how many rows each register gave.
pub fn export_each<R: Send, E: From<crate::Error> + Send>(
    regs: &[Register],
    opts: &Options,
    map: impl Fn(&Register, &Names, &Record) -> Result<R> + Sync + Send,
    mut each: impl FnMut(usize, R) -> Result<(), E>,
) -> Result<Vec<usize>, E> {
    check_editions(regs, opts.mixed_editions).map_err(E::from)?;
    let names: Vec<Names> = regs.iter().map(|r| Names::of(&r.classifier)).collect();
    let stores: Vec<&crate::store::Store> = regs.iter().map(|r| &r.store).collect();
    let mut rows = vec![0; regs.len()];
    scan::in_order(
        &stores,
        2048,
        |i, c: Record| {
            opts.period
                .is_none_or(|p| p.contains(c.received))
                .then(|| map(&regs[i], &names[i], &c))
                .transpose()
        },
        |i, r| -> Result<(), E> {
            if let Some(r) = r {
                rows[i] += 1;
                each(i, r)?;
            }
            Ok(())
        },
    )?;
    Ok(rows)
}

/// A row as one line of JSON Lines, keys in column order.
pub fn json_line(columns: &[&str], row: &[Value]) -> String {
    let fields: Vec<String> = columns
        .iter()
        .zip(row)
        .map(|(k, v)| format!("{}:{}", Value::String(k.to_string()), v))
        .collect();
    format!("{{{}}}", fields.join(","))
}

/// A value as a CSV field: text as it is, `null` as empty.
pub fn csv_field(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A code's name is the Classifier's, whether the code is written as
    /// the Classifier writes it, spelt otherwise, or unknown.
    #[test]
    fn names_are_the_classifiers() {
        for edition in ["2015", "2016"] {
            let k = Classifier::load_embedded(edition).expect("classifier");
            let names = Names::of(&k);
            for section in &k.sections {
                for e in &section.entries {
                    let code = e.code.as_str();
                    let trimmed = code.trim_start_matches('0');
                    for spelt in [code, &format!(" {code}."), trimmed, "zzz", ""] {
                        let expected = name_of(&k, section.key, spelt);
                        assert_eq!(names.name(section.key, spelt), expected, "{spelt:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn pseudonyms_are_stable_and_normalised() {
        let key = b"the oblast's shared secret key";
        let a = pseudonym(
            key,
            Some("Коваленко  Петро Іванович"),
            Some("+380 67 123 45 67"),
        );
        let b = pseudonym(key, Some("коваленко петро іванович"), Some("067-123-45-67"));
        assert_eq!(a, b);
        assert_eq!(a.as_ref().map(String::len), Some(12));
        assert_ne!(a, pseudonym(key, Some("Коваленко Петро Іванович"), None));
        assert_eq!(pseudonym(key, None, None), None);
        assert_eq!(pseudonym(key, Some("  "), Some("")), None);
    }

    #[test]
    fn a_pseudonym_depends_on_its_key_and_is_not_the_unkeyed_hash() {
        use sha2::Digest;
        let (name, phone) = (Some("Коваленко Петро Іванович"), Some("+380671234567"));
        let one = pseudonym(b"one council key, long enough", name, phone);
        let other = pseudonym(b"another key, just as long...", name, phone);
        assert_ne!(one, other);
        // What the unkeyed pseudonym was: whoever knows the name finds the
        // phone by trying every number against it.
        let unkeyed: String = sha2::Sha256::digest("коваленко петро іванович|671234567".as_bytes())
            .iter()
            .take(6)
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_ne!(one.as_deref(), Some(unkeyed.as_str()));
    }
}
