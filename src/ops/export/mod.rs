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
use serde_json::Value;
use sha2::Sha256;

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

fn s(v: impl Into<String>) -> Value {
    Value::String(v.into())
}

fn opt<T: ToString>(v: Option<T>) -> Value {
    v.map(|x| Value::String(x.to_string()))
        .unwrap_or(Value::Null)
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
    known: std::collections::HashMap<(SectionKey, &'k str), String>,
}

impl<'k> Names<'k> {
    /// The names of every code of `classifier`.
    pub fn of(classifier: &'k Classifier) -> Names<'k> {
        let known = classifier
            .sections
            .iter()
            .flat_map(|s| s.entries.iter().map(move |e| (s.key, e.code.as_str())))
            .map(|(key, code)| ((key, code), name_of(classifier, key, code)))
            .collect();
        Names { classifier, known }
    }

    /// The name of `code` in section `key`, as [`Classifier::name`] gives
    /// it, or the word for an unknown code.
    fn name(&self, key: SectionKey, code: &str) -> String {
        match self.known.get(&(key, code)) {
            Some(name) => name.clone(),
            None => name_of(self.classifier, key, code),
        }
    }

    fn joined(&self, key: SectionKey, codes: &[String]) -> Value {
        s(codes
            .iter()
            .map(|c| self.name(key, c))
            .collect::<Vec<_>>()
            .join("; "))
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
    let k = &reg.classifier;
    let cl = &c.classification;
    let a = &c.applicant;
    let code = |key, v: &str| s(names.name(key, v));
    let ocode = |key, v: &Option<String>| match v {
        Some(v) => code(key, v),
        None => Value::Null,
    };
    let mut r = vec![
        s(&reg.settings.council),
        s(&k.edition),
        s(&c.index),
        c.year.into(),
        c.number.into(),
        opt(c.cc_number.as_ref()),
        s(c.received.to_string()),
        s(c.registered.to_string()),
        opt(c.late_reason.as_ref()),
        s(c.status.as_str()),
        s(&cl.form),
        code(SectionKey::Form, &cl.form),
        s(&cl.sign),
        code(SectionKey::Sign, &cl.sign),
        s(&cl.kind),
        code(SectionKey::Kind, &cl.kind),
        s(&cl.subject),
        code(SectionKey::Subject, &cl.subject),
        s(&cl.type_),
        code(SectionKey::Type, &cl.type_),
        s(cl.topics.join(";")),
        names.joined(SectionKey::Topic, &cl.topics),
        opt(a.gender.as_ref()),
        ocode(SectionKey::Gender, &a.gender),
        s(a.categories.join(";")),
        names.joined(SectionKey::Category, &a.categories),
        opt(a.social_status.as_ref()),
        ocode(SectionKey::SocialStatus, &a.social_status),
        a.signatories.into(),
        a.confidential.into(),
    ];
    match personal {
        Personal::None => {}
        Personal::Pseudonym => r.push(if privacy::disclosure(Audience::Others, a).pseudonym() {
            opt(pseudonym(key, a.name.as_deref(), a.phone.as_deref()))
        } else {
            Value::Null
        }),
        Personal::Full => {
            let shown = privacy::disclosure(Audience::Clerk, a);
            for (how, v) in [
                (shown.name, &a.name),
                (shown.address, &a.address),
                (shown.phone, &a.phone),
                (shown.email, &a.email),
            ] {
                r.push(opt(how.data(v.as_deref())));
            }
        }
    }
    let res = c.resolution.as_ref();
    let ans = c.answer.as_ref();
    r.extend([
        c.term.days.into(),
        s(c.term.control_date.to_string()),
        s(c.term.executor_due.to_string()),
        c.term.extensions.len().into(),
        opt(c.term.extensions.last().map(|e| e.until)),
        opt(c.links.repeat_of.as_ref()),
        opt(res.map(|r| &r.coordinator)),
        opt(res.map(|r| r.executors.join(";"))),
        opt(res.map(|r| r.date)),
        opt(c.dispatch.as_ref().map(|d| d.date)),
        opt(ans.map(|a| a.date)),
        ans.map(|a| Value::Bool(a.late)).unwrap_or(Value::Null),
        ans.map(|a| a.days_late.into()).unwrap_or(Value::Null),
        ans.map(|a| a.quality.score.into()).unwrap_or(Value::Null),
        opt(ans.map(|a| match a.quality.applicant_satisfied {
            crate::model::card::Satisfied::Yes => "yes",
            crate::model::card::Satisfied::No => "no",
            crate::model::card::Satisfied::Unknown => "unknown",
        })),
        opt(c.signature.as_ref().map(|x| x.date)),
        opt(c.sent.as_ref().and_then(|x| x.posted)),
        opt(c.sent.as_ref().map(|x| x.to_cc)),
        opt(c.result.as_ref()),
        ocode(SectionKey::Result, &c.result),
        opt(c.closed.as_ref().map(|x| x.date)),
        s(&c.summary),
        s(c.links.earlier.join(";")),
        c.reworks.len().into(),
        opt(c.confirmation.as_ref().map(|x| x.outcome.as_str())),
    ]);
    r
}

/// Streams the rows of every register's cards (received in the period) to
/// `each`, register by register in register order; returns how many.
pub fn export<E: From<crate::Error> + Send>(
    regs: &[Register],
    opts: &Options,
    mut each: impl FnMut(&[Value]) -> Result<(), E>,
) -> Result<usize, E> {
    export_mapped(regs, opts, |_, row| Ok(row), |row| each(&row))
}

/// Like [`export`], with `map` run on each row (and its register) on
/// rayon's threads before `each` receives what it made, in order.
pub fn export_mapped<R: Send, E: From<crate::Error> + Send>(
    regs: &[Register],
    opts: &Options,
    map: impl Fn(&Register, Vec<Value>) -> Result<R> + Sync + Send,
    mut each: impl FnMut(R) -> Result<(), E>,
) -> Result<usize, E> {
    check_editions(regs, opts.mixed_editions).map_err(E::from)?;
    let mut n = 0;
    for reg in regs {
        let names = Names::of(&reg.classifier);
        scan::in_order(
            &reg.store,
            2048,
            |c: Record| {
                opts.period
                    .is_none_or(|p| p.contains(c.received))
                    .then(|| map(reg, row(reg, &names, &c, opts.personal, &opts.key)))
                    .transpose()
            },
            |r| -> Result<(), E> {
                if let Some(r) = r {
                    n += 1;
                    each(r)?;
                }
                Ok(())
            },
        )?;
    }
    Ok(n)
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
