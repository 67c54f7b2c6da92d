//! The Classifier of citizens' appeals (Класифікатор звернень громадян, Cabinet
//! resolution of 24.09.2008 № 858): the code lists a card is classified by.
//!
//! Each edition is a hand-editable TOML file under `classifier/` (`2015.toml`,
//! `2016.toml`), embedded into the binary and parsed strictly: unknown keys,
//! missing or repeated sections and repeated codes are errors that name the
//! file and line. Every section and entry carries a [`Provenance`], because the
//! lists were reconstructed from secondary sources and not yet checked against
//! the official text on zakon.rada.gov.ua.
//!
//! Lookups go through [`Classifier::entry`], which normalises the input code
//! and, for an unknown one, suggests the closest valid codes.

use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use serde::Deserialize;
use toml::Spanned;

/// One part of the classifier, by the program's stable key.
///
/// Part I has nine sections numbered 1–9; Part II is the list of topics.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKey {
    /// 1. За формою надходження (form of receipt).
    Form,
    /// 2. За ознакою надходження (primary, repeated, …).
    Sign,
    /// 3. За видами (proposal, application, complaint).
    Kind,
    /// 4. За статтю авторів звернень (author's gender).
    Gender,
    /// 5. За суб'єктом (individual, collective, anonymous).
    Subject,
    /// 6. За типом (telegram, letter, oral).
    Type,
    /// 7. За категоріями авторів звернень (author category).
    Category,
    /// 8. За соціальним станом авторів звернень (author's social status).
    SocialStatus,
    /// 9. Результати розгляду (result of consideration).
    Result,
    /// Part II. Тематика звернень (topic), codes like `009`.
    Topic,
}

impl SectionKey {
    /// Every section, in the classifier's order.
    pub const ALL: [SectionKey; 10] = [
        SectionKey::Form,
        SectionKey::Sign,
        SectionKey::Kind,
        SectionKey::Gender,
        SectionKey::Subject,
        SectionKey::Type,
        SectionKey::Category,
        SectionKey::SocialStatus,
        SectionKey::Result,
        SectionKey::Topic,
    ];

    /// The stable key used in the TOML files and on the command line.
    pub fn key(&self) -> &'static str {
        match self {
            SectionKey::Form => "form",
            SectionKey::Sign => "sign",
            SectionKey::Kind => "kind",
            SectionKey::Gender => "gender",
            SectionKey::Subject => "subject",
            SectionKey::Type => "type",
            SectionKey::Category => "category",
            SectionKey::SocialStatus => "social_status",
            SectionKey::Result => "result",
            SectionKey::Topic => "topic",
        }
    }

    /// The section's number in the classifier: `1`–`9`, and `ІІ` (Part II) for
    /// topics.
    pub fn number(&self) -> &'static str {
        match self {
            SectionKey::Form => "1",
            SectionKey::Sign => "2",
            SectionKey::Kind => "3",
            SectionKey::Gender => "4",
            SectionKey::Subject => "5",
            SectionKey::Type => "6",
            SectionKey::Category => "7",
            SectionKey::SocialStatus => "8",
            SectionKey::Result => "9",
            SectionKey::Topic => "ІІ",
        }
    }

    /// The Ukrainian section title, for when no classifier file is at hand;
    /// the file's own [`Section::title`] takes precedence.
    pub fn label(&self) -> &'static str {
        match self {
            SectionKey::Form => "За формою надходження",
            SectionKey::Sign => "За ознакою надходження",
            SectionKey::Kind => "За видами",
            SectionKey::Gender => "За статтю авторів звернень",
            SectionKey::Subject => "За суб'єктом",
            SectionKey::Type => "За типом",
            SectionKey::Category => "За категоріями авторів звернень",
            SectionKey::SocialStatus => "За соціальним станом авторів звернень",
            SectionKey::Result => "Результати розгляду",
            SectionKey::Topic => "Тематика звернень",
        }
    }
}

impl fmt::Display for SectionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

impl FromStr for SectionKey {
    type Err = ClassifierError;

    /// Accepts the stable key (`form`, `social_status`, also `social-status`)
    /// or the section number (`1`–`9`, `II`/`ІІ` for topics).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let input = s.trim();
        let wanted = input.to_lowercase().replace('-', "_");
        // Part II is written with Cyrillic or Latin capitals, depending on the source.
        let roman = wanted.replace('і', "i");
        SectionKey::ALL
            .into_iter()
            .find(|k| {
                k.key() == wanted
                    || k.number() == input
                    || (roman == "ii" && *k == SectionKey::Topic)
            })
            .ok_or_else(|| ClassifierError::UnknownSection {
                input: input.to_string(),
            })
    }
}

/// How well an item is attested in the sources the files were built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Provenance {
    /// `confirmed`: code and name seen verbatim in at least two independent
    /// sources that reproduce the classifier's numbering.
    Confirmed,
    /// `single-source`: code and name seen in one such source.
    SingleSource,
    /// `name-only`: the name was seen verbatim; the code is inferred.
    NameOnly,
    /// `unverified`: reconstruction or recollection, not seen in any source.
    Unverified,
}

impl Provenance {
    /// The spelling used in the TOML files.
    pub fn as_str(&self) -> &'static str {
        match self {
            Provenance::Confirmed => "confirmed",
            Provenance::SingleSource => "single-source",
            Provenance::NameOnly => "name-only",
            Provenance::Unverified => "unverified",
        }
    }
}

impl fmt::Display for Provenance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A usable classifier code. Read from the file through a private twin that
/// also records the code's position, for error messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The code as printed in the classifier, e.g. `1.1`, `7.15`, `009`.
    pub code: String,
    /// The official Ukrainian name without a trailing dot; absent when the
    /// code is known but its name is not (9.4–9.6).
    pub name: Option<String>,
    /// How well the entry is attested.
    pub status: Provenance,
}

impl Entry {
    /// The name to show: the official name, or e.g. `п. 9.4 (назва не
    /// встановлена)` when it is not known.
    pub fn display_name(&self) -> String {
        match &self.name {
            Some(name) => name.clone(),
            None => format!("п. {} (назва не встановлена)", self.code),
        }
    }

    /// `code name`, as offered in "did you mean" hints.
    fn hint(&self) -> String {
        match &self.name {
            Some(name) => format!("{} {name}", self.code),
            None => format!("{} (назва не встановлена)", self.code),
        }
    }
}

/// A name known to belong to a section whose code is not known. It is kept
/// for reference and cannot be used as a code.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UncodedEntry {
    /// The official Ukrainian name, as far as it is known.
    pub name: String,
    /// How well the entry is attested.
    pub status: Provenance,
}

/// One section of the classifier with its codes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Which section this is.
    pub key: SectionKey,
    /// The section number as printed: `1`–`9`, `ІІ` for topics.
    pub number: String,
    /// The section heading, e.g. «За формою надходження».
    pub title: String,
    /// How well the heading itself is attested.
    pub status: Provenance,
    /// Provenance notes for the section.
    pub notes: Option<String>,
    /// Usable codes, in the classifier's order. The section heading line
    /// (e.g. code `1`) is not among them.
    pub entries: Vec<Entry>,
    /// Names known to belong here whose codes are unknown.
    pub uncoded: Vec<UncodedEntry>,
}

impl Section {
    /// The entry for `code`, after normalisation (see [`Classifier::entry`]).
    pub fn find(&self, code: &str) -> Option<&Entry> {
        let code = normalize_code(self.key, code);
        if let Some(entry) = self.entries.iter().find(|e| e.code == code) {
            return Some(entry);
        }
        // Topics: "9", "09" and "009" are the same code, whatever width the file uses.
        if self.key == SectionKey::Topic
            && !code.is_empty()
            && code.bytes().all(|b| b.is_ascii_digit())
        {
            let wanted = code.trim_start_matches('0');
            return self.entries.iter().find(|e| {
                e.code.bytes().all(|b| b.is_ascii_digit())
                    && e.code.trim_start_matches('0') == wanted
            });
        }
        None
    }

    /// Up to three entries that `input` may have meant, best first, as
    /// `code name` strings.
    fn suggest(&self, input: &str) -> Vec<String> {
        // Candidates in order of preference; duplicates are dropped at the end.
        let mut ranked: Vec<&Entry> = Vec::new();
        let named = |entry: &&Entry| entry.name.as_deref().map(name_key);

        // A name typed where a code belongs: exact, prefix, then substring matches.
        let wanted = name_key(input);
        let has_letters = wanted.chars().any(char::is_alphabetic);
        if has_letters {
            let exact: Vec<&Entry> = self
                .entries
                .iter()
                .filter(|e| named(e).is_some_and(|n| n == wanted))
                .collect();
            if !exact.is_empty() {
                // The name itself was typed: its code is the answer, nothing else.
                return exact.into_iter().take(3).map(Entry::hint).collect();
            }
            ranked.extend(
                self.entries
                    .iter()
                    .filter(|e| named(e).is_some_and(|n| n.starts_with(&wanted))),
            );
            if wanted.chars().count() >= 3 {
                ranked.extend(
                    self.entries
                        .iter()
                        .filter(|e| named(e).is_some_and(|n| n.contains(&wanted))),
                );
            }
        }

        // A mistyped code: edit distance, ties broken by numeric closeness.
        let code = normalize_code(self.key, input);
        let max_distance = (code.chars().count() / 2).max(1);
        let mut close: Vec<(usize, u64, usize, &Entry)> = self
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| {
                (
                    strsim::levenshtein(&code, &e.code),
                    numeric_gap(&code, &e.code),
                    i,
                    e,
                )
            })
            .filter(|(d, ..)| *d <= max_distance)
            .collect();
        close.sort_by_key(|&(d, gap, i, _)| (d, gap, i));
        ranked.extend(close.into_iter().map(|(.., e)| e));

        // A misspelt name, or one word of it in another grammatical form
        // («корупція» for «Факти корупції»).
        if has_letters && wanted.chars().count() >= 4 {
            let score = |name: &str| {
                let whole = strsim::jaro_winkler(&wanted, name);
                let best_word = name
                    .split(|c: char| !c.is_alphanumeric() && c != '\'')
                    .map(|word| strsim::jaro_winkler(&wanted, word))
                    .fold(0.0, f64::max);
                if whole >= 0.85 || best_word >= 0.9 {
                    Some(whole.max(best_word))
                } else {
                    None
                }
            };
            let mut similar: Vec<(f64, &Entry)> = self
                .entries
                .iter()
                .filter_map(|e| named(&e).and_then(|n| score(&n)).map(|s| (s, e)))
                .collect();
            similar.sort_by(|a, b| b.0.total_cmp(&a.0));
            ranked.extend(similar.into_iter().map(|(_, e)| e));
        }

        let mut picked: Vec<&Entry> = Vec::new();
        for entry in ranked {
            if picked.len() < 3 && !picked.iter().any(|p| p.code == entry.code) {
                picked.push(entry);
            }
        }
        picked.into_iter().map(Entry::hint).collect()
    }

    /// A placeholder for a section missing from a hand-built [`Classifier`];
    /// [`Classifier::parse`] never produces one.
    const fn empty(key: SectionKey) -> Section {
        Section {
            key,
            number: String::new(),
            title: String::new(),
            status: Provenance::Unverified,
            notes: None,
            entries: Vec::new(),
            uncoded: Vec::new(),
        }
    }
}

/// Lets [`Classifier::section`] return a reference without panicking when a
/// hand-built classifier lacks a section. Indexed by `SectionKey as usize`.
static EMPTY_SECTIONS: [Section; 10] = [
    Section::empty(SectionKey::Form),
    Section::empty(SectionKey::Sign),
    Section::empty(SectionKey::Kind),
    Section::empty(SectionKey::Gender),
    Section::empty(SectionKey::Subject),
    Section::empty(SectionKey::Type),
    Section::empty(SectionKey::Category),
    Section::empty(SectionKey::SocialStatus),
    Section::empty(SectionKey::Result),
    Section::empty(SectionKey::Topic),
];

/// One edition of the classifier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Classifier {
    /// Edition id, e.g. `2015`.
    pub edition: String,
    /// «Класифікатор звернень громадян».
    pub title: String,
    /// The resolution that approved the classifier.
    pub source: String,
    /// The amending acts this edition includes, e.g. `№ 48 від 03.02.2016`.
    pub amendments: Vec<String>,
    /// How the edition was put together and what remains to verify.
    pub notes: Option<String>,
    /// The day the edition came into force, when known (`init` picks the
    /// edition in force on its `--today`).
    pub in_force_from: Option<chrono::NaiveDate>,
    /// All ten sections, in file order; each key appears exactly once.
    pub sections: Vec<Section>,
}

/// Errors from loading a classifier file or looking up a code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ClassifierError {
    /// The file is not valid TOML or does not fit the format (unknown key,
    /// wrong type, unknown status or section key); the message names the key.
    #[error("{}", self.message())]
    Parse {
        /// The file, as passed to [`Classifier::parse`].
        file: String,
        /// 1-based line of the fault, when toml reports a position.
        line: Option<usize>,
        /// toml's message, e.g. ``unknown field `note`, expected one of …``.
        message: String,
    },

    /// A section key has no `[[section]]` in the file.
    #[error("{}", self.message())]
    MissingSection {
        /// The file, as passed to [`Classifier::parse`].
        file: String,
        /// The missing section's stable key, e.g. `kind`.
        key: String,
    },

    /// A section key appears in more than one `[[section]]`.
    #[error("{}", self.message())]
    DuplicateSection {
        /// The file, as passed to [`Classifier::parse`].
        file: String,
        /// 1-based line of the second `key = …`.
        line: usize,
        /// The repeated section.
        key: SectionKey,
    },

    /// A code appears twice within one section.
    #[error("{}", self.message())]
    DuplicateCode {
        /// The file, as passed to [`Classifier::parse`].
        file: String,
        /// 1-based line of the second occurrence.
        line: usize,
        /// The section holding both.
        section: SectionKey,
        /// The repeated code.
        code: String,
    },

    /// A code in the file is not shaped like a classifier code.
    #[error("{}", self.message())]
    InvalidCode {
        /// The file, as passed to [`Classifier::parse`].
        file: String,
        /// 1-based line of the code.
        line: usize,
        /// The section holding it.
        section: SectionKey,
        /// The code as written.
        code: String,
        /// What a code of this section looks like.
        expected: String,
    },

    /// A code looked up in a section does not exist there.
    #[error("{}", self.message())]
    UnknownCode {
        /// The section searched.
        section: SectionKey,
        /// Its heading, from the classifier file.
        section_title: String,
        /// The input, trimmed.
        code: String,
        /// Up to three close valid codes, best first, as `code name`
        /// (e.g. `1.4 Через органи влади`).
        suggestions: Vec<String>,
    },

    /// A section name that is neither a key nor a number.
    #[error("{}", self.message())]
    UnknownSection {
        /// The input, trimmed.
        input: String,
    },

    /// An edition that is not embedded in the program.
    #[error("{}", self.message())]
    UnknownEdition {
        /// The edition asked for, trimmed.
        edition: String,
    },
}

impl ClassifierError {
    fn message(&self) -> String {
        use crate::t;
        match self {
            ClassifierError::Parse {
                file,
                line,
                message,
            } => format!("{file}{}: {message}", line_suffix(*line)),
            ClassifierError::MissingSection { file, key } => {
                t!("err-classifier-missing-section", file = file, key = key)
            }
            ClassifierError::DuplicateSection { file, line, key } => t!(
                "err-classifier-section-twice",
                file = file,
                line = *line,
                key = key.to_string()
            ),
            ClassifierError::DuplicateCode {
                file,
                line,
                section,
                code,
            } => t!(
                "err-classifier-code-twice",
                file = file,
                line = *line,
                section = section.to_string(),
                code = code
            ),
            ClassifierError::InvalidCode {
                file,
                line,
                section,
                code,
                expected,
            } => t!(
                "err-classifier-invalid-code",
                file = file,
                line = *line,
                section = section.to_string(),
                code = code,
                expected = expected
            ),
            ClassifierError::UnknownCode {
                section,
                section_title,
                code,
                suggestions,
            } => t!(
                "err-classifier-unknown-code",
                code = code,
                number = section.number().to_string(),
                title = section_title,
                suggestions = did_you_mean(suggestions)
            ),
            ClassifierError::UnknownSection { input } => {
                t!("err-classifier-unknown-section", input = input)
            }
            ClassifierError::UnknownEdition { edition } => t!(
                "err-classifier-unknown-edition",
                edition = edition,
                known = Classifier::EDITIONS.join(", ")
            ),
        }
    }
}

fn line_suffix(line: Option<usize>) -> String {
    line.map(|l| format!(":{l}")).unwrap_or_default()
}

fn did_you_mean(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        crate::t!(
            "detail-did-you-mean",
            list = suggestions.join(", "),
            list_quoted = suggestions
                .iter()
                .map(|c| format!("«{c}»"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

impl Classifier {
    /// Editions embedded in the program, oldest first.
    pub const EDITIONS: &'static [&'static str] = &["2015", "2016"];

    /// The embedded edition in force on `day`: the latest whose
    /// `in_force_from` is on or before it (the oldest when none is).
    pub fn edition_on(day: chrono::NaiveDate) -> &'static str {
        Self::EDITIONS
            .iter()
            .rev()
            .find(|e| {
                Self::embedded(e)
                    .and_then(|k| k.in_force_from)
                    .is_some_and(|from| from <= day)
            })
            .copied()
            .unwrap_or(Self::EDITIONS[0])
    }

    /// The embedded TOML text of an edition.
    pub fn embedded_text(edition: &str) -> Option<&'static str> {
        match edition.trim() {
            "2015" => Some(include_str!("../classifier/2015.toml")),
            "2016" => Some(include_str!("../classifier/2016.toml")),
            _ => None,
        }
    }

    /// The embedded edition, parsed; `None` for an unknown edition. The
    /// embedded files are checked by this module's tests, so they parse.
    pub fn embedded(edition: &str) -> Option<Classifier> {
        Self::load_embedded(edition).ok()
    }

    /// Like [`Classifier::embedded`], with an error to show for an unknown
    /// edition.
    pub fn load_embedded(edition: &str) -> Result<Classifier, ClassifierError> {
        let edition = edition.trim();
        let text = Self::embedded_text(edition).ok_or_else(|| ClassifierError::UnknownEdition {
            edition: edition.to_string(),
        })?;
        Self::parse(text, &format!("classifier/{edition}.toml"))
    }

    /// Parses and checks a classifier file; `file` names it in errors.
    ///
    /// Unknown keys anywhere are rejected, every section key must appear
    /// exactly once, and codes must be well-formed and unique within their
    /// section.
    pub fn parse(text: &str, file: &str) -> Result<Classifier, ClassifierError> {
        let raw: RawClassifier = toml::from_str(text).map_err(|e| ClassifierError::Parse {
            file: file.to_string(),
            line: e.span().map(|span| line_of(text, &span)),
            message: e.message().trim_end().to_string(),
        })?;

        let mut seen: BTreeMap<SectionKey, usize> = BTreeMap::new();
        let mut sections = Vec::with_capacity(raw.section.len());
        for raw_section in raw.section {
            let key = *raw_section.key.get_ref();
            let line = line_of(text, &raw_section.key.span());
            if seen.insert(key, line).is_some() {
                return Err(ClassifierError::DuplicateSection {
                    file: file.to_string(),
                    line,
                    key,
                });
            }
            sections.push(raw_section.check(text, file, key)?);
        }
        if let Some(missing) = SectionKey::ALL.into_iter().find(|k| !seen.contains_key(k)) {
            return Err(ClassifierError::MissingSection {
                file: file.to_string(),
                key: missing.key().to_string(),
            });
        }

        Ok(Classifier {
            edition: raw.edition,
            title: raw.title,
            source: raw.source,
            amendments: raw.amendments,
            notes: raw.notes,
            in_force_from: raw.in_force_from,
            sections,
        })
    }

    /// The section for `key`. A parsed classifier always has every section;
    /// a hand-built one lacking it gets an empty section.
    pub fn section(&self, key: SectionKey) -> &Section {
        self.sections
            .iter()
            .find(|s| s.key == key)
            .unwrap_or(&EMPTY_SECTIONS[key as usize])
    }

    /// Looks up a code in a section.
    ///
    /// The input is normalised first: surrounding whitespace and one trailing
    /// dot (as some printed copies have, `1.1.`) are dropped, and topic codes
    /// are compared as numbers, so `9`, `09` and `009` all find `009`. An
    /// unknown code gives [`ClassifierError::UnknownCode`] with up to three
    /// suggestions: entries whose name the input matches (case-insensitively,
    /// in full, as a prefix or as a part), then codes by edit distance, then
    /// similar names.
    pub fn entry(&self, key: SectionKey, code: &str) -> Result<&Entry, ClassifierError> {
        let section = self.section(key);
        section
            .find(code)
            .ok_or_else(|| ClassifierError::UnknownCode {
                section: key,
                section_title: if section.title.is_empty() {
                    key.label().to_string()
                } else {
                    section.title.clone()
                },
                code: code.trim().to_string(),
                suggestions: section.suggest(code),
            })
    }

    /// The display name of a code (see [`Entry::display_name`]), or `None`
    /// if the code is unknown.
    pub fn name(&self, key: SectionKey, code: &str) -> Option<String> {
        self.entry(key, code).ok().map(Entry::display_name)
    }

    /// Whether a code in use is uncertain: known, but its code or name not
    /// confirmed by the sources (`status` other than `confirmed`), as
    /// `check --strict` reports it. An unknown code is not uncertain (it is
    /// an error of its own).
    pub fn is_uncertain(&self, key: SectionKey, code: &str) -> bool {
        self.section(key)
            .find(code)
            .is_some_and(|e| e.status != Provenance::Confirmed)
    }

    /// The entry whose official name is `name`, compared as people type
    /// names (case, apostrophes, spacing, a trailing dot aside): how an
    /// import profile reads a word where a code belongs.
    pub fn by_name(&self, key: SectionKey, name: &str) -> Option<&Entry> {
        let wanted = name_key(name);
        self.codes(key)
            .find(|e| e.name.as_deref().is_some_and(|n| name_key(n) == wanted))
    }

    /// The usable codes of a section, in order; uncoded names are not among
    /// them.
    pub fn codes(&self, key: SectionKey) -> impl Iterator<Item = &Entry> {
        self.section(key).entries.iter()
    }
}

/// The top level of a classifier file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClassifier {
    /// Edition id, e.g. `"2015"`.
    edition: String,
    /// «Класифікатор звернень громадян».
    title: String,
    /// The approving resolution.
    source: String,
    /// Amending acts included in this edition.
    #[serde(default)]
    amendments: Vec<String>,
    /// Free-text provenance notes.
    #[serde(default)]
    notes: Option<String>,
    /// The day the edition came into force.
    #[serde(default)]
    in_force_from: Option<chrono::NaiveDate>,
    /// The `[[section]]` tables.
    #[serde(default)]
    section: Vec<RawSection>,
}

/// One `[[section]]` table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    /// Stable section key: `form`, `sign`, …, `topic`.
    key: Spanned<SectionKey>,
    /// Section number as printed: `"1"`…`"9"`, `"ІІ"`.
    number: String,
    /// Section heading.
    title: String,
    /// Provenance of the heading.
    status: Provenance,
    /// Free-text provenance notes.
    #[serde(default)]
    notes: Option<String>,
    /// `{ code, name, status }` for each usable code.
    #[serde(default)]
    entries: Vec<RawEntry>,
    /// `{ name, status }` for each name whose code is unknown.
    #[serde(default)]
    uncoded: Vec<UncodedEntry>,
}

/// One entry line, with the code's position for error messages.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    /// The code as printed, e.g. `"1.1"`, `"009"`.
    code: Spanned<String>,
    /// Official name; omit when unknown.
    #[serde(default)]
    name: Option<String>,
    /// Provenance of code and name.
    status: Provenance,
}

impl RawSection {
    fn check(self, text: &str, file: &str, key: SectionKey) -> Result<Section, ClassifierError> {
        // Part I codes start with the section number; topic codes are bare digits.
        let prefix = (!self.number.is_empty() && self.number.bytes().all(|b| b.is_ascii_digit()))
            .then(|| self.number.clone());
        let mut lines: BTreeMap<String, usize> = BTreeMap::new();
        let mut entries = Vec::with_capacity(self.entries.len());
        for raw in self.entries {
            let line = line_of(text, &raw.code.span());
            let code = raw.code.into_inner();
            let groups: Vec<&str> = code.split('.').collect();
            let well_formed = groups
                .iter()
                .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()))
                && prefix
                    .as_deref()
                    .is_none_or(|p| groups.len() >= 2 && groups[0] == p);
            if !well_formed {
                let expected = match &prefix {
                    Some(p) => crate::t!("detail-code-with-prefix", prefix = p.as_str()),
                    None => crate::t!("detail-code-digits"),
                };
                return Err(ClassifierError::InvalidCode {
                    file: file.to_string(),
                    line,
                    section: key,
                    code,
                    expected,
                });
            }
            if lines.insert(code.clone(), line).is_some() {
                return Err(ClassifierError::DuplicateCode {
                    file: file.to_string(),
                    line,
                    section: key,
                    code,
                });
            }
            entries.push(Entry {
                code,
                name: raw.name,
                status: raw.status,
            });
        }
        Ok(Section {
            key,
            number: self.number,
            title: self.title,
            status: self.status,
            notes: self.notes,
            entries,
            uncoded: self.uncoded,
        })
    }
}

/// 1-based line of a byte span's start.
fn line_of(text: &str, span: &Range<usize>) -> usize {
    let end = span.start.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Trims, drops one trailing dot, and pads short all-digit topic codes to
/// three digits (`9` → `009`).
fn normalize_code(key: SectionKey, input: &str) -> String {
    let code = input.trim();
    let code = code.strip_suffix('.').unwrap_or(code).trim_end();
    if key == SectionKey::Topic
        && !code.is_empty()
        && code.len() < 3
        && code.bytes().all(|b| b.is_ascii_digit())
    {
        format!("{code:0>3}")
    } else {
        code.to_string()
    }
}

/// A comparison key for names: lowercase, one apostrophe form, Latin `i` for
/// Cyrillic `і` (sources mix them in «I групи»), single spaces, no trailing dot.
pub fn name_key(name: &str) -> String {
    let lowered: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            '\u{2019}' | '\u{02BC}' | '\u{2018}' | '`' | '\u{2032}' => '\'',
            'і' => 'i',
            c => c,
        })
        .collect();
    let joined = lowered.split_whitespace().collect::<Vec<_>>().join(" ");
    joined.strip_suffix('.').unwrap_or(&joined).to_string()
}

/// How far apart two dotted codes are numerically when they differ only in
/// the last group (`1.7` vs `1.6` → 1); `u64::MAX` otherwise.
fn numeric_gap(a: &str, b: &str) -> u64 {
    let parse = |s: &str| {
        s.split('.')
            .map(|g| g.parse::<u64>().ok())
            .collect::<Option<Vec<u64>>>()
    };
    match (parse(a), parse(b)) {
        (Some(a), Some(b))
            if a.len() == b.len() && !a.is_empty() && a[..a.len() - 1] == b[..b.len() - 1] =>
        {
            a[a.len() - 1].abs_diff(b[b.len() - 1])
        }
        _ => u64::MAX,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use SectionKey::*;

    fn edition(id: &str) -> Classifier {
        match Classifier::load_embedded(id) {
            Ok(c) => c,
            Err(e) => panic!("embedded edition {id} does not parse: {e}"),
        }
    }

    #[track_caller]
    fn check_count(id: &str, key: SectionKey, coded: usize, uncoded: usize) {
        let c = edition(id);
        let section = c.section(key);
        assert_eq!(
            (section.entries.len(), section.uncoded.len()),
            (coded, uncoded),
            "{id} {key}: (coded, uncoded)"
        );
        assert_eq!(c.codes(key).count(), coded);
    }

    /// `expected`: `Some((name, status))`, with `name` `None` for an unknown
    /// name; `None` when the code must not exist.
    #[track_caller]
    fn check_entry(
        id: &str,
        key: SectionKey,
        code: &str,
        expected: Option<(Option<&str>, Provenance)>,
    ) {
        let c = edition(id);
        let got = c
            .entry(key, code)
            .ok()
            .map(|e| (e.name.as_deref(), e.status));
        assert_eq!(got, expected, "{id} {key} {code:?}");
    }

    #[track_caller]
    fn check_suggest(id: &str, key: SectionKey, input: &str, expected_codes: &[&str]) {
        let c = edition(id);
        match c.entry(key, input) {
            Ok(e) => panic!("{input:?} unexpectedly resolved to {}", e.code),
            Err(ClassifierError::UnknownCode { suggestions, .. }) => {
                let codes: Vec<&str> = suggestions
                    .iter()
                    .filter_map(|s| s.split(' ').next())
                    .collect();
                assert_eq!(
                    codes, expected_codes,
                    "suggestions for {input:?}: {suggestions:?}"
                );
            }
            Err(e) => panic!("unexpected error {e:?}"),
        }
    }

    /// Replaces `from` (which must occur) in the 2015 text and expects
    /// parsing to fail with exactly `expected`.
    #[track_caller]
    fn check_parse_err(from: &str, to: &str, expected: &str) {
        let base = Classifier::embedded_text("2015").unwrap_or_default();
        assert!(base.contains(from), "test text not found: {from:?}");
        let text = base.replacen(from, to, 1);
        match Classifier::parse(&text, "classifier/test.toml") {
            Ok(_) => panic!("parse unexpectedly succeeded after replacing {from:?}"),
            Err(e) => assert_eq!(e.to_string(), expected),
        }
    }

    /// 1-based line of the first occurrence of `needle` in the 2015 text.
    fn line_in_2015(needle: &str) -> usize {
        let base = Classifier::embedded_text("2015").unwrap_or_default();
        let at = base.find(needle).unwrap_or(0);
        line_of(base, &(at..at))
    }

    #[test]
    fn embedded_editions_parse_with_every_section() {
        for id in Classifier::EDITIONS {
            let c = edition(id);
            assert_eq!(c.edition, *id);
            assert_eq!(c.title, "Класифікатор звернень громадян");
            assert!(c.source.contains("№ 858"));
            assert!(c
                .notes
                .as_deref()
                .is_some_and(|n| n.contains("zakon.rada.gov.ua")));
            assert_eq!(c.sections.len(), SectionKey::ALL.len());
            for key in SectionKey::ALL {
                let s = c.section(key);
                assert_eq!(s.key, key);
                assert_eq!(s.number, key.number(), "{id} {key}");
                assert_eq!(s.title, key.label(), "{id} {key}");
                assert!(s.notes.is_some(), "{id} {key} has notes");
                // Canonical forms: U+0027 apostrophe, Latin I in «I групи».
                for name in s.entries.iter().filter_map(|e| e.name.as_deref()) {
                    assert!(!name.contains('\u{2019}'), "{name}");
                    assert!(!name.contains(" І"), "Cyrillic І in {name}");
                }
            }
        }
        assert_eq!(edition("2015").amendments.len(), 2);
        assert_eq!(edition("2016").amendments.len(), 4);
        assert!(Classifier::embedded("2017").is_none());
        assert_eq!(
            Classifier::load_embedded("2017").map_err(|e| e.to_string()),
            Err("unknown classifier edition \"2017\"; known editions: 2015, 2016".to_string())
        );
    }

    #[test]
    fn counts_per_section() {
        for id in ["2015", "2016"] {
            check_count(id, Sign, 5, 0);
            check_count(id, Kind, 3, 0);
            check_count(id, Gender, 2, 0);
            check_count(id, Subject, 3, 0);
            check_count(id, Type, 3, 0);
            check_count(id, Category, 18, 2);
            check_count(id, SocialStatus, 12, 0);
            check_count(id, Result, 6, 0);
            check_count(id, Topic, 25, 0);
        }
        check_count("2015", Form, 6, 0);
        check_count("2016", Form, 7, 0);
    }

    #[test]
    fn entries_and_statuses() {
        use Provenance::*;
        check_entry("2015", Form, "1.1", Some((Some("Поштою"), Confirmed)));
        check_entry(
            "2016",
            Form,
            "1.1",
            Some((Some("Поштою (електронною поштою)"), SingleSource)),
        );
        check_entry("2015", Form, "1.1.1", None);
        check_entry(
            "2016",
            Form,
            "1.1.1",
            Some((
                Some("За допомогою засобів телефонного зв'язку"),
                SingleSource,
            )),
        );
        check_entry("2015", Form, "1", None); // the heading line is not a code
        check_entry("2015", Sign, "2.2", Some((Some("Повторне"), Confirmed)));
        check_entry(
            "2015",
            Category,
            "7.7",
            Some((Some("Інвалід I групи"), Confirmed)),
        );
        check_entry(
            "2015",
            Category,
            "7.13",
            Some((Some("Багатодітна сім'я"), Confirmed)),
        );
        check_entry(
            "2015",
            Category,
            "7.15",
            Some((
                Some("Учасник ліквідації наслідків аварії на Чорнобильській АЕС"),
                NameOnly,
            )),
        );
        check_entry(
            "2015",
            Category,
            "7.16",
            Some((Some("Герой України"), SingleSource)),
        );
        check_entry(
            "2015",
            Category,
            "7.18",
            Some((Some("Герой Соціалістичної Праці"), Unverified)),
        );
        check_entry("2015", Category, "7.19", None);
        check_entry("2015", SocialStatus, "8.12", Some((Some("Інші"), NameOnly)));
        check_entry(
            "2015",
            Result,
            "9.3",
            Some((Some("Дано роз'яснення"), SingleSource)),
        );
        check_entry("2015", Result, "9.4", Some((None, Unverified)));
        check_entry(
            "2015",
            Topic,
            "024",
            Some((Some("Факти корупції"), NameOnly)),
        );
        check_entry(
            "2015",
            Topic,
            "008",
            Some((Some("Охорона здоров'я"), Unverified)),
        );
        // Normalisation: whitespace, trailing dot, short topic codes.
        check_entry(
            "2015",
            Form,
            " 1.2. ",
            Some((Some("На особистому прийомі"), Confirmed)),
        );
        check_entry(
            "2015",
            Topic,
            "9",
            Some((Some("Комунальне господарство"), Unverified)),
        );
        check_entry(
            "2015",
            Topic,
            "09",
            Some((Some("Комунальне господарство"), Unverified)),
        );
        check_entry("2015", Topic, "026", None);
        check_entry("2015", Topic, "0", None);

        let c = edition("2015");
        assert_eq!(
            c.name(Result, "9.4").as_deref(),
            Some("п. 9.4 (назва не встановлена)")
        );
        assert_eq!(c.name(Topic, "24").as_deref(), Some("Факти корупції"));
        assert_eq!(c.name(Form, "1.7"), None);
        let uncoded: Vec<(&str, Provenance)> = c
            .section(Category)
            .uncoded
            .iter()
            .map(|u| (u.name.as_str(), u.status))
            .collect();
        assert_eq!(
            uncoded,
            [
                ("Ветеран військової служби", Unverified),
                ("Інші категорії", NameOnly)
            ]
        );
        assert_eq!(c.section(Category).status, SingleSource);
        assert_eq!(c.section(Result).status, Unverified);
        assert_eq!(c.section(Topic).status, Unverified);
        assert_eq!(c.entry(Topic, "9").map(|e| e.code.as_str()), Ok("009"));
    }

    #[test]
    fn unknown_codes_suggest() {
        check_suggest("2015", Form, "1.7", &["1.6", "1.5", "1.4"]);
        check_suggest("2015", Form, "Поштою", &["1.1"]);
        check_suggest("2015", Form, "поштою.", &["1.1"]);
        check_suggest("2016", Form, "Поштою", &["1.1"]);
        check_suggest("2016", Form, "телефон", &["1.1.1"]);
        check_suggest("2015", Form, "1.1.1", &["1.1"]);
        check_suggest("2015", Kind, "Скарка", &["3.3"]);
        check_suggest("2015", Category, "інвалід i групи", &["7.7"]);
        check_suggest("2015", Category, "Інвалід", &["7.3", "7.4", "7.7"]);
        check_suggest("2015", Category, "Багатодітна сім’я", &["7.13"]);
        check_suggest("2015", Category, "7.19", &["7.18", "7.17", "7.16"]);
        check_suggest("2015", Topic, "026", &["025", "024", "023"]);
        check_suggest("2015", Topic, "корупція", &["024"]);
        check_suggest("2015", Topic, "Комунальне господарство", &["009"]);
        check_suggest("2015", Gender, "xyz", &[]);
        check_suggest("2015", Form, "", &[]);
    }

    #[test]
    fn unknown_code_message() {
        let c = edition("2015");
        let err = c.entry(Form, "1.7").map(|e| e.code.clone());
        assert_eq!(
            err.map_err(|e| e.to_string()),
            Err(
                "unknown code \"1.7\" in section 1 «За формою надходження»; did you mean \
                 1.6 Від інших органів, установ, організацій, 1.5 Через засоби масової інформації, \
                 1.4 Через органи влади?"
                    .to_string()
            )
        );
        let err = c.entry(Gender, "xyz").map(|e| e.code.clone());
        assert_eq!(
            err.map_err(|e| e.to_string()),
            Err("unknown code \"xyz\" in section 4 «За статтю авторів звернень»".to_string())
        );
        let err = c.entry(Result, "9.9").map(|e| e.code.clone());
        assert_eq!(
            err.map_err(|e| e.to_string()),
            Err("unknown code \"9.9\" in section 9 «Результати розгляду»; did you mean \
                 9.6 (назва не встановлена), 9.5 (назва не встановлена), 9.4 (назва не встановлена)?"
                .to_string())
        );
    }

    #[test]
    fn section_keys() {
        for key in SectionKey::ALL {
            assert_eq!(key.key().parse::<SectionKey>(), Ok(key));
            assert_eq!(key.number().parse::<SectionKey>(), Ok(key));
        }
        assert_eq!("social-status".parse::<SectionKey>(), Ok(SocialStatus));
        assert_eq!(" Topic ".parse::<SectionKey>(), Ok(Topic));
        assert_eq!("II".parse::<SectionKey>(), Ok(Topic));
        assert_eq!(
            "forms".parse::<SectionKey>().map_err(|e| e.to_string()),
            Err(
                "unknown classifier section \"forms\"; expected one of form, sign, kind, gender, \
                 subject, type, category, social_status, result, topic"
                    .to_string()
            )
        );
    }

    #[test]
    fn parse_errors() {
        let entry = "{ code = \"2.3\", name = \"Дублетне\", status = \"confirmed\" }";
        let line = line_in_2015(entry);
        check_parse_err(
            entry,
            "{ code = \"2.3\", name = \"Дублетне\", status = \"confirmed\", note = \"x\" }",
            &format!(
                "classifier/test.toml:{line}: unknown field `note`, expected one of `code`, `name`, `status`"
            ),
        );
        check_parse_err(
            entry,
            "{ code = \"2.3\", name = \"Дублетне\", status = \"sure\" }",
            &format!(
                "classifier/test.toml:{line}: unknown variant `sure`, expected one of `confirmed`, \
                 `single-source`, `name-only`, `unverified`"
            ),
        );
        check_parse_err(
            entry,
            "{ code = \"2.2\", name = \"Дублетне\", status = \"confirmed\" }",
            &format!(
                "classifier/test.toml:{line}: code \"2.2\" appears twice in section \"sign\"; \
                 codes must be unique within a section"
            ),
        );
        check_parse_err(
            entry,
            "{ code = \"3.3\", name = \"Дублетне\", status = \"confirmed\" }",
            &format!(
                "classifier/test.toml:{line}: code \"3.3\" in section \"sign\" is not a classifier code; \
                 expected \"2.\" followed by digits, e.g. \"2.1\""
            ),
        );
        check_parse_err(
            entry,
            "{ code = \"2.3\", name = \"Дублетне, status = \"confirmed\" }",
            &format!(
                "classifier/test.toml:{line}: {}",
                parse_message(
                    entry,
                    "{ code = \"2.3\", name = \"Дублетне, status = \"confirmed\" }"
                )
            ),
        );
        let title = "title = \"Класифікатор звернень громадян\"\n";
        check_parse_err(
            title,
            "title = \"Класифікатор звернень громадян\"\nversion = 2\n",
            &format!("classifier/test.toml:{}: unknown field `version`, expected one of `edition`, `title`, `source`, `amendments`, `notes`, `in_force_from`, `section`", line_in_2015(title) + 1),
        );
        let kind = "key = \"kind\"";
        check_parse_err(kind, "key = \"kinds\"", &format!(
            "classifier/test.toml:{}: unknown variant `kinds`, expected one of `form`, `sign`, `kind`, `gender`, \
             `subject`, `type`, `category`, `social_status`, `result`, `topic`",
            line_in_2015(kind)
        ));
        check_parse_err(kind, "key = \"sign\"", &format!(
            "classifier/test.toml:{}: section \"sign\" appears twice; each section must be listed once",
            line_in_2015(kind)
        ));
        check_parse_err(
            kind,
            "key = \"kind\"\nkey = \"kind\"",
            &format!(
                "classifier/test.toml:{}: {}",
                line_in_2015(kind) + 1,
                parse_message(kind, "key = \"kind\"\nkey = \"kind\"")
            ),
        );
        check_parse_err(
            "\n[[section]]\nkey = \"kind\"",
            "\n[[sectio]]\nkey = \"kind\"",
            &format!("classifier/test.toml:{}: unknown field `sectio`, expected one of `edition`, `title`, `source`, `amendments`, `notes`, `in_force_from`, `section`", line_in_2015(kind) - 1),
        );
    }

    /// The raw toml message for a replacement, so tests of TOML syntax errors
    /// pin the file and line without pinning toml's wording.
    fn parse_message(from: &str, to: &str) -> String {
        let text = Classifier::embedded_text("2015")
            .unwrap_or_default()
            .replacen(from, to, 1);
        match toml::from_str::<toml::Table>(&text) {
            Ok(_) => String::from("(parsed)"),
            Err(e) => e.message().trim_end().to_string(),
        }
    }

    #[test]
    fn the_edition_in_force_on_a_day() {
        let d = |s: &str| s.parse::<chrono::NaiveDate>().expect("date");
        assert_eq!(Classifier::edition_on(d("2015-06-23")), "2015");
        assert_eq!(Classifier::edition_on(d("2016-02-11")), "2015");
        assert_eq!(Classifier::edition_on(d("2016-02-12")), "2016");
        assert_eq!(Classifier::edition_on(d("2026-11-30")), "2016");
    }

    #[test]
    fn missing_section() {
        let base = Classifier::embedded_text("2015").unwrap_or_default();
        let start = base.find("[[section]]\nkey = \"kind\"").unwrap_or(0);
        let end = base[start + 1..]
            .find("[[section]]")
            .map_or(base.len(), |i| start + 1 + i);
        let text = format!("{}{}", &base[..start], &base[end..]);
        assert_eq!(
            Classifier::parse(&text, "classifier/test.toml").map_err(|e| e.to_string()),
            Err("classifier/test.toml: section \"kind\" is missing; every classifier file lists all \
                 ten sections (add a [[section]] with key = \"kind\")"
                .to_string())
        );
    }

    #[test]
    fn hand_built_classifier_does_not_panic() {
        let c = Classifier {
            edition: "x".into(),
            title: String::new(),
            source: String::new(),
            amendments: Vec::new(),
            notes: None,
            in_force_from: None,
            sections: Vec::new(),
        };
        assert_eq!(c.section(Topic).key, Topic);
        assert_eq!(c.codes(Form).count(), 0);
        assert_eq!(
            c.entry(Form, "1.1").map_err(|e| e.to_string()),
            Err("unknown code \"1.1\" in section 1 «За формою надходження»".to_string())
        );
    }
}
