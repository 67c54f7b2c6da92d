//! Import profiles (`intake/<name>.toml` in the register): how a contact
//! centre's own export reads as intake's records. A profile names the
//! source's column for each intake field (by heading or position), the
//! source's date formats, its words for the Classifier's codes (the
//! Classifier's own names are known without listing them) and the columns
//! the card doesn't keep. A word that maps to no code, a date in another
//! format or a column the profile doesn't know is a problem naming the
//! record, the column and the value: nothing is guessed. The register's
//! own format (intake's field names and codes) is the profile `appeals`,
//! which needs no file.

use crate::classifier::{name_key, Classifier, SectionKey};
use crate::config::{parse_toml, ConfigError};
use crate::error::Problem;
use crate::intake::{Raw, RawRecord, FIELDS};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// The register's own format: intake's field names and codes, no file.
pub const OWN: &str = "appeals";

/// The register's directory of profiles.
pub const DIR: &str = "intake";

/// The fields that take a date, written as the profile's `dates` say.
const DATE_FIELDS: [&str; 2] = ["received", "cc_due"];

/// A source's column: its heading, or its position counted from 1.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Column {
    /// The heading as the source writes it.
    Heading(String),
    /// The position, 1 for the first column.
    Position(usize),
}

impl Column {
    /// The key a record read through the profile holds the column's value
    /// under: the heading, or `#3` for the third column.
    fn key(&self) -> String {
        match self {
            Column::Heading(h) => h.trim().to_string(),
            Column::Position(n) => format!("#{n}"),
        }
    }
}

/// One import profile, as its file says.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Profile {
    /// What the profile reads, for people.
    pub description: String,
    /// The source's date formats (chrono's: `%d.%m.%Y %H:%M`), tried in
    /// order; a time of day is read and left aside.
    pub dates: Vec<String>,
    /// What separates several words in one cell (author categories).
    #[serde(default = "semicolon")]
    pub list_separator: String,
    /// The source's column of each intake field; `cc_number` is the one
    /// holding the contact centre's number, which a re-run skips by.
    pub columns: BTreeMap<String, Column>,
    /// Values of fields no column gives (Classifier codes: the form of
    /// receipt all the source's appeals share).
    #[serde(default)]
    pub fixed: BTreeMap<String, String>,
    /// The source's columns the card doesn't keep; a column neither here
    /// nor in `columns` is refused.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// The source's columns the card has no field for but keeps, as they
    /// came, in its `source` object.
    #[serde(default)]
    pub keep: Vec<String>,
    /// The source's own words by Classifier section, each with the code it
    /// stands for, or `""` for none (a category «Не визначено»).
    #[serde(default)]
    pub words: BTreeMap<SectionKey, BTreeMap<String, String>>,
    /// The report-back file's words and dialect (`appeals report-back`
    /// reads them; see `ops::report_back::Dialect`).
    #[serde(default)]
    pub report_back: Option<toml::Value>,
}

fn semicolon() -> String {
    ";".to_string()
}

/// The register-relative file of the profile `name`, if `name` is one
/// (letters, digits, `-` and `_`).
pub fn path(name: &str) -> Result<String, ConfigError> {
    let fine = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    if fine {
        Ok(format!("{DIR}/{name}.toml"))
    } else {
        Err(ConfigError {
            file: format!("{DIR}/"),
            message: crate::t!("profile-err-name", name = name),
        })
    }
}

/// The Classifier section whose codes an intake field holds, and whether
/// it holds a list of them.
fn section_of(field: &str) -> Option<(SectionKey, bool)> {
    Some(match field {
        "form" => (SectionKey::Form, false),
        "sign" => (SectionKey::Sign, false),
        "kind" => (SectionKey::Kind, false),
        "gender" => (SectionKey::Gender, false),
        "subject" => (SectionKey::Subject, false),
        "type" => (SectionKey::Type, false),
        "categories" => (SectionKey::Category, true),
        "social_status" => (SectionKey::SocialStatus, false),
        "topics" => (SectionKey::Topic, true),
        _ => return None,
    })
}

impl Profile {
    /// Reads a profile file (`file` names it in errors) and checks it
    /// against intake's fields and the register's Classifier: an unknown
    /// key, field or section, or a word given a code the Classifier lacks,
    /// is an error naming the file and the key.
    pub fn parse(text: &str, file: &str, classifier: &Classifier) -> Result<Profile, ConfigError> {
        let p: Profile = parse_toml(text, file)?;
        let bad = |message: String| ConfigError {
            file: file.to_string(),
            message,
        };
        if p.dates.is_empty() {
            return Err(bad(crate::t!("profile-err-no-dates")));
        }
        for (table, field) in p
            .columns
            .keys()
            .map(|f| ("columns", f))
            .chain(p.fixed.keys().map(|f| ("fixed", f)))
        {
            if !FIELDS.contains(&field.as_str()) {
                return Err(bad(crate::t!(
                    "profile-err-field",
                    key = format!("{table}.{field}"),
                    suggestion = crate::intake::suggest(field, FIELDS.iter().copied())
                )));
            }
        }
        if let Some(f) = p.fixed.keys().find(|f| p.columns.contains_key(*f)) {
            return Err(bad(crate::t!("profile-err-twice", field = f.as_str())));
        }
        if let Some(n) = p.columns.values().find(|c| **c == Column::Position(0)) {
            return Err(bad(crate::t!("profile-err-position", column = n.key())));
        }
        for (section, table) in &p.words {
            for (word, code) in table.iter().filter(|(_, c)| !c.is_empty()) {
                if let Err(e) = classifier.entry(*section, code) {
                    return Err(bad(crate::t!(
                        "profile-err-code",
                        key = format!("words.{section}.{word:?}"),
                        error = e.to_string()
                    )));
                }
            }
        }
        Ok(p)
    }

    /// The profile's spelling of a source column's key (see
    /// [`Column::key`]), compared as people type headings (case,
    /// apostrophes, spacing aside); `None` when the profile doesn't know it.
    fn spelling(&self, key: &str) -> Option<String> {
        let wanted = name_key(key);
        self.columns
            .values()
            .map(Column::key)
            .chain(self.ignore.iter().map(|i| i.trim().to_string()))
            .chain(self.keep.iter().map(|i| i.trim().to_string()))
            .find(|k| name_key(k) == wanted)
    }

    /// A CSV export's records, each value under its column's key: the
    /// heading, or `#N` for a column the profile names by position. The
    /// separator is read off the header as intake does; a heading the
    /// profile doesn't know refuses the file, naming it.
    pub fn read_csv(&self, text: &str, file: &str) -> Result<Vec<RawRecord>, Vec<Problem>> {
        let key = |i: usize, h: &str| self.csv_key(i, h);
        crate::intake::read_with(text, crate::intake::Format::Csv, file, Some(&key))
    }

    /// The key a CSV column's values go under (its heading, or `#N` for a
    /// column the profile names by position `N`), or why the profile
    /// refuses the column.
    pub fn csv_key(&self, i: usize, heading: &str) -> Result<String, String> {
        let by_position = format!("#{}", i + 1);
        let key = self
            .spelling(&by_position)
            .or_else(|| self.spelling(heading))
            .unwrap_or_else(|| heading.trim().to_string());
        match self.spelling(&key) {
            Some(_) => Ok(key),
            None => Err(self.unknown_column(&key)),
        }
    }

    /// Why a column is refused, with the profile's columns it may be.
    fn unknown_column(&self, key: &str) -> String {
        let known: Vec<String> = self
            .columns
            .values()
            .map(Column::key)
            .chain(self.ignore.iter().cloned())
            .chain(self.keep.iter().cloned())
            .collect();
        crate::t!(
            "profile-err-column",
            suggestion = crate::intake::suggest(key, known.iter().map(String::as_str))
        )
    }

    /// A source record as intake's record: each field from its column, a
    /// date in ISO form, words as Classifier codes, the fixed values added.
    /// Every problem names the record, the source's column and the value.
    pub fn map(
        &self,
        raw: &RawRecord,
        classifier: &Classifier,
        file: &str,
    ) -> Result<RawRecord, Vec<Problem>> {
        let problem = |column: &str, reason: String| Problem {
            file: file.to_string(),
            record: raw.position.clone(),
            field: column.to_string(),
            reason,
        };
        let mut problems = Vec::new();
        let mut source = BTreeMap::new();
        for (k, v) in &raw.fields {
            match self.spelling(k) {
                Some(key) => {
                    source.insert(key, v);
                }
                None => problems.push(problem(k, self.unknown_column(k))),
            }
        }
        let mut fields = BTreeMap::new();
        for (field, column) in &self.columns {
            let key = column.key();
            let Some(text) = source.get(&key).and_then(|v| text_of(v)) else {
                continue;
            };
            match self.value(field, &text, classifier) {
                Ok(Some(v)) => {
                    fields.insert(field.clone(), Raw::Text(v));
                }
                Ok(None) => {}
                Err(reason) => problems.push(problem(&key, reason)),
            }
        }
        for (field, code) in &self.fixed {
            fields.insert(field.clone(), Raw::Text(code.clone()));
        }
        let kept: serde_json::Map<String, serde_json::Value> = self
            .keep
            .iter()
            .filter_map(|k| {
                let key = self.spelling(k)?;
                let text = source.get(&key).and_then(|v| text_of(v))?;
                Some((key, serde_json::Value::String(text)))
            })
            .collect();
        if !kept.is_empty() {
            fields.insert(
                "source_columns".into(),
                Raw::Json(serde_json::Value::Object(kept)),
            );
        }
        if problems.is_empty() {
            Ok(RawRecord {
                position: raw.position.clone(),
                fields,
            })
        } else {
            Err(problems)
        }
    }

    /// A field's value in intake's terms, `None` when the source's word
    /// stands for no code.
    fn value(
        &self,
        field: &str,
        text: &str,
        classifier: &Classifier,
    ) -> Result<Option<String>, String> {
        if DATE_FIELDS.contains(&field) {
            return self.date(text).map(Some);
        }
        let Some((section, list)) = section_of(field) else {
            return Ok(Some(text.to_string()));
        };
        // A cell is one word first: a name may hold the separator.
        let whole = self.code(section, text, classifier);
        if !list || whole.is_ok() {
            return whole;
        }
        let mut codes: Vec<String> = Vec::new();
        for word in text.split(self.list_separator.as_str()) {
            if let Some(c) = self.code(section, word, classifier)? {
                if !codes.contains(&c) {
                    codes.push(c);
                }
            }
        }
        Ok((!codes.is_empty()).then(|| codes.join(";")))
    }

    /// A date as `YYYY-MM-DD`, read with the first of the profile's formats
    /// that reads it.
    fn date(&self, text: &str) -> Result<String, String> {
        let text = text.trim();
        self.dates
            .iter()
            .find_map(|f| {
                chrono::NaiveDateTime::parse_from_str(text, f)
                    .map(|t| t.date())
                    .or_else(|_| chrono::NaiveDate::parse_from_str(text, f))
                    .ok()
            })
            .map(|d| d.to_string())
            .ok_or_else(|| {
                crate::t!(
                    "profile-err-date",
                    value = format!("{text:?}"),
                    formats = self.dates.join(", ")
                )
            })
    }

    /// The code a word stands for: the profile's own words first, then the
    /// Classifier's names, then a code written as it is.
    fn code(
        &self,
        section: SectionKey,
        word: &str,
        classifier: &Classifier,
    ) -> Result<Option<String>, String> {
        let word = word.trim();
        let wanted = name_key(word);
        let own = self.words.get(&section);
        if let Some((_, code)) = own
            .into_iter()
            .flatten()
            .find(|(w, _)| name_key(w) == wanted)
        {
            return Ok((!code.is_empty()).then(|| code.clone()));
        }
        if let Some(e) = classifier.by_name(section, word) {
            return Ok(Some(e.code.clone()));
        }
        match classifier.entry(section, word) {
            Ok(e) => Ok(Some(e.code.clone())),
            Err(crate::classifier::ClassifierError::UnknownCode {
                section_title,
                suggestions,
                ..
            }) => {
                let mut close = suggestions;
                let own_words = own.into_iter().flat_map(|t| t.keys().map(String::as_str));
                close.extend(crate::config::closest(word, own_words));
                close.truncate(3);
                Err(crate::t!(
                    "profile-err-word",
                    word = format!("«{word}»"),
                    section = format!("{} {section_title}", section.number()),
                    key = format!("[words.{section}]"),
                    suggestion = crate::intake::did_you_mean(&close)
                ))
            }
            Err(e) => Err(e.to_string()),
        }
    }
}

/// A value's text, trimmed; `None` when empty or null.
fn text_of(raw: &Raw) -> Option<String> {
    let text = match raw {
        Raw::Text(s) | Raw::Json(Value::String(s)) => s.trim().to_string(),
        Raw::Json(Value::Null) => return None,
        Raw::Json(other) => other.to_string(),
    };
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(words: &str) -> Profile {
        let text = format!(
            "description = \"t\"\ndates = [\"%d.%m.%Y %H:%M\", \"%d.%m.%Y\"]\n\
             [columns]\nreceived = \"Створено\"\ncategories = \"Категорія\"\ngender = 2\n{words}"
        );
        let k = Classifier::embedded("2015").expect("edition");
        Profile::parse(&text, "t.toml", &k).expect("profile")
    }

    #[track_caller]
    fn check(p: &Profile, field: &str, text: &str, expected: Result<Option<&str>, ()>) {
        let k = Classifier::embedded("2015").expect("edition");
        let got = p.value(field, text, &k);
        assert_eq!(
            got.as_ref().map(|v| v.as_deref()).map_err(|_| ()),
            expected,
            "{got:?}"
        );
    }

    #[test]
    fn words_dates_and_lists_read_as_intake_values() {
        let p = profile(
            "[words.gender]\n\"Чоловік\" = \"4.1\"\n[words.category]\n\"Не визначено\" = \"\"\n",
        );
        check(&p, "received", "20.07.2015 09:14", Ok(Some("2015-07-20")));
        check(&p, "received", "21.07.2015", Ok(Some("2015-07-21")));
        check(&p, "received", "2015-07-21", Err(()));
        check(&p, "gender", "чоловік", Ok(Some("4.1")));
        check(&p, "gender", "Жіноча", Ok(Some("4.2")));
        check(&p, "gender", "4.2", Ok(Some("4.2")));
        check(&p, "gender", "Чоловічий", Err(()));
        check(&p, "categories", "Не визначено", Ok(None));
        check(
            &p,
            "categories",
            "Особа, що потерпіла від Чорнобильської катастрофи",
            Ok(Some("7.14")),
        );
        check(
            &p,
            "categories",
            "Дитина війни; Ветеран праці",
            Ok(Some("7.2;7.6")),
        );
        check(&p, "name", "Коваль Ганна", Ok(Some("Коваль Ганна")));
    }

    #[test]
    fn a_column_is_found_by_position_or_by_heading_as_people_type_it() {
        let p = profile("");
        let k = Classifier::embedded("2015").expect("edition");
        let csv = "КАТЕГОРІЯ;Жінка?;створено\nДитина війни;Жіноча;20.07.2015 09:14\n";
        let raws = p.read_csv(csv, "t.csv").expect("read");
        let mapped = p.map(&raws[0], &k, "t.csv").expect("mapped");
        let got: Vec<(&str, &Raw)> = mapped.fields.iter().map(|(f, v)| (f.as_str(), v)).collect();
        let text = |s: &str| Raw::Text(s.to_string());
        assert_eq!(
            got,
            [
                ("categories", &text("7.2")),
                ("gender", &text("4.2")),
                ("received", &text("2015-07-20")),
            ]
        );
        let refused = p.read_csv("Стать;x\n1;2\n", "t.csv").unwrap_err();
        assert_eq!(refused.len(), 1, "{refused:?}");
        assert_eq!(refused[0].field, "Стать");
    }
}
