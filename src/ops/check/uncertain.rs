//! `check --strict`: every Classifier code the register's cards use whose
//! code or name is not confirmed (`status` other than `confirmed` in the
//! register's `classifier.toml`; `../shared/reference/classifier.md`), so
//! that a council sees which of its statistics rest on a reconstruction.

use super::finding::{Code, Finding};
use crate::classifier::{Provenance, SectionKey};
use crate::error::Result;
use crate::model::view::Stored;
use crate::ops::report::scan;
use crate::store::{self, Register};
use serde::Deserialize;
use std::collections::BTreeMap;

/// What the codes of a card are, and nothing more.
#[derive(Debug, Deserialize)]
struct Codes {
    applicant: Author,
    classification: Classification,
    result: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Author {
    gender: Option<String>,
    #[serde(default)]
    categories: Vec<String>,
    social_status: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Classification {
    form: String,
    sign: String,
    kind: String,
    subject: String,
    #[serde(rename = "type")]
    type_: String,
    topics: Vec<String>,
}

impl Stored for Codes {}

/// How many cards use each code, by section.
type Uses = BTreeMap<(SectionKey, String), u64>;

fn count(uses: &mut Uses, key: SectionKey, code: &str) {
    *uses.entry((key, code.to_string())).or_default() += 1;
}

/// The findings: one per uncertain code in use, in the Classifier's order
/// of sections and codes, naming how many cards use it.
pub fn uncertain_codes(reg: &Register) -> Result<Vec<Finding>> {
    let uses = scan::fold(
        &reg.store,
        None,
        Uses::new,
        |uses: &mut Uses, c: Codes| {
            let cl = &c.classification;
            for (key, code) in [
                (SectionKey::Form, &cl.form),
                (SectionKey::Sign, &cl.sign),
                (SectionKey::Kind, &cl.kind),
                (SectionKey::Subject, &cl.subject),
                (SectionKey::Type, &cl.type_),
            ] {
                count(uses, key, code);
            }
            for t in &cl.topics {
                count(uses, SectionKey::Topic, t);
            }
            let a = &c.applicant;
            if let Some(g) = &a.gender {
                count(uses, SectionKey::Gender, g);
            }
            for cat in &a.categories {
                count(uses, SectionKey::Category, cat);
            }
            if let Some(s) = &a.social_status {
                count(uses, SectionKey::SocialStatus, s);
            }
            if let Some(r) = &c.result {
                count(uses, SectionKey::Result, r);
            }
            Ok(())
        },
        |mut a, b| {
            for (k, n) in b {
                *a.entry(k).or_default() += n;
            }
            a
        },
    )?;
    let k = &reg.classifier;
    let mut out = Vec::new();
    for section in SectionKey::ALL {
        for entry in k.codes(section) {
            let Some(n) = uses.get(&(section, entry.code.clone())) else {
                continue;
            };
            if entry.status == Provenance::Confirmed {
                continue;
            }
            out.push(Finding::new(
                Code::UncertainCode,
                store::CLASSIFIER.to_string(),
                format!("{}/{}", section.key(), entry.code),
                crate::say!(
                    "chk-uncertain-code",
                    code = entry.code,
                    name = entry.display_name(),
                    count = *n,
                    status = entry.status.as_str()
                ),
                crate::say!("chk-uncertain-code-hint"),
            ));
        }
    }
    Ok(out)
}
