//! The applicant index: which cards each applicant (by normalised name,
//! telephone or e-mail) has, on which topics, and whether they are open.
//! It lets registration find an applicant's earlier appeals without
//! reading every card (the order's point 9). It is derived data in
//! `.index/applicants.tsv`, rebuilt from the cards whenever they changed
//! behind it, and verified by `check`.

use crate::error::Result;
use crate::model::card::{Applicant, Satisfied};
use crate::model::Card;
use crate::store::Register;
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

const FILE: &str = "applicants.tsv";

/// One card as the index knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Year of the card.
    pub year: i32,
    /// Running number.
    pub number: u32,
    /// Registration index (`К-125`).
    pub index: String,
    /// Date received.
    pub received: NaiveDate,
    /// Still on control.
    pub open: bool,
    /// The quality card says the applicant is not satisfied.
    pub dissatisfied: bool,
    /// Topic codes.
    pub topics: Vec<String>,
    /// Applicant keys: `n:name`, `p:phone`, `e:email`.
    pub keys: Vec<String>,
}

impl Entry {
    /// `2015/К-125`.
    pub fn full_name(&self) -> String {
        format!("{}/{}", self.year, self.index)
    }
}

/// The applicant index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ApplicantIndex {
    entries: BTreeMap<(i32, u32), Entry>,
    /// Applicant key → the cards that carry it, so a lookup reads a few entries.
    by_key: HashMap<String, Vec<(i32, u32)>>,
}

/// The keys that identify an applicant: normalised name, the last nine
/// digits of the telephone, the e-mail in lower case.
pub fn keys(a: &Applicant) -> Vec<String> {
    let mut keys = Vec::new();
    if let Some(n) = &a.name {
        let n: String = n
            .to_lowercase()
            .replace(['’', 'ʼ', '`', '‘'], "'")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !n.is_empty() {
            keys.push(format!("n:{n}"));
        }
    }
    if let Some(p) = &a.phone {
        let digits: String = p.chars().filter(char::is_ascii_digit).collect();
        if digits.len() >= 9 {
            keys.push(format!("p:{}", &digits[digits.len() - 9..]));
        }
    }
    if let Some(e) = &a.email {
        keys.push(format!("e:{}", e.trim().to_lowercase()));
    }
    keys
}

/// The index's entry for a card.
fn entry_of(c: &Card) -> Entry {
    let dissatisfied = c
        .answer
        .as_ref()
        .is_some_and(|a| a.quality.applicant_satisfied == Satisfied::No);
    Entry {
        year: c.year,
        number: c.number,
        index: c.index.clone(),
        received: c.received,
        open: c.status.is_open(),
        dissatisfied,
        topics: c.classification.topics.clone(),
        keys: keys(&c.applicant),
    }
}

impl ApplicantIndex {
    /// The index for the register: from `.index/`, or rebuilt from the cards.
    pub fn load(reg: &Register) -> Result<ApplicantIndex> {
        if let Some(text) = reg.store.read_index(FILE)? {
            if let Some(index) = ApplicantIndex::parse(&text) {
                return Ok(index);
            }
        }
        let index = ApplicantIndex::rebuild(reg)?;
        // A failed save only costs a rebuild next time.
        let _ = index.save(reg);
        Ok(index)
    }

    /// Builds the index from the cards on disk, reading them in parallel
    /// and keeping only what the index needs of each.
    pub fn rebuild(reg: &Register) -> Result<ApplicantIndex> {
        use rayon::prelude::*;
        let files = reg.store.card_files()?;
        let mut index = ApplicantIndex::default();
        for part in files.chunks(4096) {
            let entries: Vec<Entry> = part
                .par_iter()
                .map(|f| {
                    let c = crate::store::read_card_file(&f.path)?;
                    Ok(entry_of(&c))
                })
                .collect::<Result<_>>()?;
            for e in entries {
                index.insert(e);
            }
        }
        Ok(index)
    }

    /// Builds the index from cards.
    pub fn from_cards(cards: &[Card]) -> ApplicantIndex {
        let mut index = ApplicantIndex::default();
        for c in cards {
            index.put(c);
        }
        index
    }

    /// Adds or replaces a card's entry.
    pub fn put(&mut self, c: &Card) {
        self.insert(entry_of(c));
    }

    /// Adds or replaces an entry, keeping the key map in step.
    fn insert(&mut self, e: Entry) {
        let at = (e.year, e.number);
        if let Some(old) = self.entries.remove(&at) {
            for k in &old.keys {
                if let Some(v) = self.by_key.get_mut(k) {
                    v.retain(|x| *x != at);
                }
            }
        }
        for k in &e.keys {
            self.by_key.entry(k.clone()).or_default().push(at);
        }
        self.entries.insert(at, e);
    }

    /// Saves the index stamped with the cards' current state.
    pub fn save(&self, reg: &Register) -> Result<()> {
        reg.store.save_index(FILE, &self.to_text())
    }

    /// The tab-separated body of the file.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for e in self.entries.values() {
            out.push_str(&format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                e.year,
                e.number,
                e.index,
                e.received,
                if e.open { "open" } else { "closed" },
                if e.dissatisfied { "dissatisfied" } else { "-" },
                e.topics.join(";"),
                e.keys.join("\u{1f}"),
            ));
        }
        out
    }

    /// Parses the body; `None` on any damage (the caller rebuilds).
    pub fn parse(text: &str) -> Option<ApplicantIndex> {
        let mut index = ApplicantIndex::default();
        for line in text.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let [year, number, idx, received, open, dis, topics, keys] = f.as_slice() else {
                return None;
            };
            let e = Entry {
                year: year.parse().ok()?,
                number: number.parse().ok()?,
                index: idx.to_string(),
                received: received.parse().ok()?,
                open: *open == "open",
                dissatisfied: *dis == "dissatisfied",
                topics: topics
                    .split(';')
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
                    .collect(),
                keys: keys
                    .split('\u{1f}')
                    .filter(|k| !k.is_empty())
                    .map(str::to_string)
                    .collect(),
            };
            index.insert(e);
        }
        Some(index)
    }

    /// Earlier appeals of the same applicant on an overlapping topic, oldest first.
    pub fn matches(&self, applicant: &Applicant, topics: &[String]) -> Vec<&Entry> {
        self.same_applicant(&keys(applicant))
            .into_iter()
            .filter(|e| e.topics.iter().any(|t| topics.contains(t)))
            .collect()
    }

    /// Every card of the applicant with these keys, oldest first.
    pub fn same_applicant(&self, keys: &[String]) -> Vec<&Entry> {
        if keys.is_empty() {
            return Vec::new();
        }
        let mut at: Vec<(i32, u32)> = keys
            .iter()
            .filter_map(|k| self.by_key.get(k))
            .flatten()
            .copied()
            .collect();
        at.sort_unstable();
        at.dedup();
        let mut found: Vec<&Entry> = at.iter().filter_map(|a| self.entries.get(a)).collect();
        found.sort_by_key(|e| (e.received, e.year, e.number));
        found
    }

    /// The entry of a card.
    pub fn get(&self, year: i32, number: u32) -> Option<&Entry> {
        self.entries.get(&(year, number))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applicant(name: Option<&str>, phone: Option<&str>) -> Applicant {
        Applicant {
            name: name.map(str::to_string),
            address: None,
            phone: phone.map(str::to_string),
            email: None,
            gender: None,
            categories: vec![],
            social_status: None,
            signatories: 1,
            confidential: false,
        }
    }

    #[test]
    fn keys_normalise() {
        assert_eq!(
            keys(&applicant(
                Some("  Мар’яненко   Ольга "),
                Some("+38 (067) 123-45-67")
            )),
            ["n:мар'яненко ольга", "p:671234567"]
        );
        assert_eq!(keys(&applicant(None, Some("12"))), Vec::<String>::new());
    }
}
