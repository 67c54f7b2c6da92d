//! `answer`: the executor's package (the order's annex, point 7): the draft
//! answers to the applicant and to the contact centre, the information for
//! the coordinator, the quality-evaluation card and the proposed result.
//! The files are copied under fixed names into the card's documents
//! directory; a package after the executor's due date is accepted and
//! marked late, with the number of working days.

use super::{
    calendar_error, doc_path, open, read_document, read_kept_document, Actor, Open, Warning,
};
use crate::classifier::SectionKey;
use crate::config::parse_toml;
use crate::error::{RequestError, Result};
use crate::model::card::{Answer, Quality};
use crate::model::status::Action;
use crate::model::{Card, CardRef};
use crate::store::Register;
use crate::terms;
use crate::workflow::Step;
use std::collections::BTreeMap;
use std::path::Path;

/// Document roles in `answer.documents`.
const APPLICANT: &str = "answer-applicant";
/// The draft answer to the contact centre.
const CC: &str = "answer-cc";
/// The information for the coordinator.
const INFO: &str = "info";
/// The quality-evaluation card.
const QUALITY: &str = "quality";

/// The executor's package, as files outside the register.
#[derive(Debug, Clone)]
pub struct AnswerRequest<'a> {
    /// The draft answer to the applicant.
    pub draft: &'a Path,
    /// The draft answer to the contact centre; the applicant's draft when `None`.
    pub cc_draft: Option<&'a Path>,
    /// The information for the coordinator.
    pub info: &'a Path,
    /// The quality-evaluation card (TOML).
    pub quality: &'a Path,
    /// The proposed result of consideration, Classifier 9.x.
    pub result: &'a str,
    /// The executor's own registration number.
    pub executor_number: Option<&'a str>,
}

/// What `answer` did.
#[derive(Debug)]
pub struct Answered {
    /// The card as written.
    pub card: Card,
    /// Things worth a second look (the quality card contradicting the dates).
    pub warnings: Vec<Warning>,
    /// The same package was on the card already: nothing was written.
    pub already: bool,
}

/// Parses a quality-evaluation card; any other key, a missing one or a
/// score outside 1–5 is an error naming the key.
fn parse_quality(text: &str, file: &str) -> Result<Quality> {
    let q: Quality = parse_toml(text, file).map_err(RequestError::Quality)?;
    if !(1..=5).contains(&q.score) {
        return Err(RequestError::QualityScore {
            file: file.to_string(),
            score: q.score,
        }
        .into());
    }
    Ok(q)
}

/// Records the executor's package on a dispatched card.
pub fn answer(
    reg: &Register,
    r: &CardRef,
    req: &AnswerRequest,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Answered> {
    let result = reg
        .classifier
        .entry(SectionKey::Result, req.result)
        .map_err(|source| RequestError::UnknownResult {
            source,
            codes: reg
                .classifier
                .codes(SectionKey::Result)
                .map(|c| match &c.name {
                    Some(n) => format!("{} {n}", c.code),
                    None => format!("{} (назва не встановлена)", c.code),
                })
                .collect(),
        })?
        .code
        .clone();
    let executor_number = req
        .executor_number
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string);
    // Every file is read and checked before the lock: a refusal writes nothing.
    let draft = read_kept_document(req.draft, "--draft", "detail-doc-draft")?;
    let cc_draft = match req.cc_draft {
        Some(p) => Some(read_kept_document(p, "--cc-draft", "detail-doc-cc-draft")?),
        None => None,
    };
    let info = read_kept_document(req.info, "--info", "detail-doc-info")?;
    let quality_bytes = read_document(req.quality, "--quality", "detail-doc-quality")?;
    let quality_name = req.quality.display().to_string();
    let quality_text =
        String::from_utf8(quality_bytes.clone()).map_err(|e| RequestError::QualityNotUtf8 {
            file: quality_name.clone(),
            offset: e.utf8_error().valid_up_to(),
        })?;
    let quality_text = quality_text
        .strip_prefix('\u{feff}')
        .unwrap_or(&quality_text);
    let quality = parse_quality(quality_text, &quality_name)?;

    // The same package given again: the same result and number, and every
    // document the same bytes as the one kept.
    let done = |c: &Card| {
        let Some(a) = &c.answer else { return false };
        let same = |role: &str, bytes: &[u8]| {
            a.documents
                .get(role)
                .and_then(|p| reg.store.read_bytes(p).ok())
                .is_some_and(|kept| kept == bytes)
        };
        let same_cc = match &cc_draft {
            Some(bytes) => same(CC, bytes),
            None => a.documents.get(CC) == a.documents.get(APPLICANT),
        };
        a.result == result
            && a.executor_number == executor_number
            && a.quality == quality
            && same(APPLICANT, &draft)
            && same_cc
            && same(INFO, &info)
            && same(QUALITY, &quality_bytes)
    };
    let mut o = match open(reg, r, Action::Answer, who, on_wait, done)? {
        Open::Ready(o) => o,
        Open::Done(card) => {
            return Ok(Answered {
                card,
                warnings: Vec::new(),
                already: true,
            })
        }
    };
    let card = &mut o.card;
    let (late, days_late) = terms::lateness(&reg.calendar, card.term.executor_due, who.today)
        .map_err(calendar_error)?;
    let mut warnings = Vec::new();
    if late && quality.timely {
        warnings.push(Warning::TimelyButLate {
            days_late,
            due: card.term.executor_due,
        });
    }

    // A package given again after a return for rework is kept beside the
    // earlier ones: `answer-applicant-2.pdf`.
    let round = card.reworks.len() + 1;
    let stem = |s: &str| {
        if round > 1 {
            format!("{s}-{round}")
        } else {
            s.to_string()
        }
    };
    let applicant_path = doc_path(card, &stem(APPLICANT), req.draft);
    let mut files: Vec<(String, &[u8])> = vec![(applicant_path.clone(), &draft)];
    let cc_path = match (&cc_draft, req.cc_draft) {
        (Some(bytes), Some(p)) => {
            let path = doc_path(card, &stem(CC), p);
            files.push((path.clone(), bytes));
            path
        }
        // One draft serves both addressees: the role points at the same file.
        _ => applicant_path.clone(),
    };
    let info_path = doc_path(card, &stem(INFO), req.info);
    files.push((info_path.clone(), &info));
    let quality_path = format!("{}/{}.toml", super::docs_dir(card), stem(QUALITY));
    files.push((quality_path.clone(), &quality_bytes));
    for (rel, bytes) in &files {
        reg.store.write_atomic(rel, bytes)?;
    }

    let documents = BTreeMap::from([
        (APPLICANT.to_string(), applicant_path),
        (CC.to_string(), cc_path),
        (INFO.to_string(), info_path),
        (QUALITY.to_string(), quality_path),
    ]);
    let answer = Answer {
        date: who.today,
        executor_number,
        result,
        documents,
        quality,
        late,
        days_late,
    };
    card.apply(Step::Answer(answer), who)?;
    reg.store.write_card(card)?;
    Ok(Answered {
        card: o.card,
        warnings,
        already: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn bad(text: &str, needle: &str) {
        let e = parse_quality(text, "q.toml").expect_err(text).to_string();
        assert!(e.contains(needle), "{e:?} lacks {needle:?}");
    }

    #[test]
    fn quality_cards() {
        let ok = "timely = true\ncomplete = true\napplicant_contacted = false\napplicant_satisfied = \"unknown\"\nscore = 4\n";
        let q = parse_quality(ok, "q.toml").expect("valid");
        assert_eq!(q.score, 4);
        assert_eq!(q.notes, "");
        bad(&format!("{ok}mood = 1\n"), "mood");
        bad(&ok.replace("score = 4", "score = 6"), "score");
        bad(&ok.replace("score = 4", "score = 0"), "score");
        bad(&ok.replace("\"unknown\"", "\"maybe\""), "maybe");
        bad(&ok.replace("timely = true\n", ""), "timely");
        bad(&ok.replace("timely = true", "timely = \"yes\""), "line 1");
    }
}
