//! What the checks between cards need of each card: a small summary, so
//! that a pass over 100,000 cards holds only these, never the cards.

use crate::model::card::Card;
use crate::model::repeat::Story;
use crate::model::view::Facts;
use crate::store::derived::{self, Slot};
use chrono::NaiveDate;

/// What the checks between cards need to know of one card; also what
/// the memo (`.index/checked.jsonl`) keeps of it between runs.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(super) struct Seen {
    /// The card file, relative to the register (not kept: it is named by
    /// the file's year and number).
    #[serde(skip)]
    pub(super) rel: String,
    pub(super) file_year: i32,
    pub(super) file_number: u32,
    pub(super) year: i32,
    pub(super) number: u32,
    pub(super) index: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) cc: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) repeat_of: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) later: Vec<String>,
    /// Every earlier appeal it repeats (`links.earlier`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) earlier: Vec<String>,
    /// Date received.
    pub(super) received: NaiveDate,
    /// Its sign of receipt.
    pub(super) sign: String,
    /// How it stood, day by day: for the signs of later appeals.
    pub(super) story: Story,
    /// The card's lines of the derived indexes, hashed.
    pub(super) index_lines: Vec<(Slot, u64)>,
}

impl Seen {
    /// The summary of `card`, read from the file `rel` named `file_year`
    /// and `file_number`.
    pub(super) fn of(card: &Card, rel: String, file_year: i32, file_number: u32) -> Seen {
        Seen {
            rel,
            file_year,
            file_number,
            year: card.year,
            number: card.number,
            index: card.index.clone(),
            cc: card.cc_number.clone(),
            repeat_of: card.links.repeat_of.clone(),
            later: card.links.later.clone(),
            earlier: card.links.earlier.clone(),
            received: card.received,
            sign: card.classification.sign.clone(),
            story: Story::of(card),
            index_lines: derived::lines(&Facts::of(card))
                .into_iter()
                .map(|(slot, line)| (slot, derived::line_hash(&line)))
                .collect(),
        }
    }

    /// The card's name as links name it: `2015/К-125`.
    pub(super) fn full_name(&self) -> String {
        format!("{}/{}", self.year, self.index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::check::testing::sent;

    #[test]
    fn a_cards_summary() {
        let s = Seen::of(&sent(), "cards/2015/000001.json".into(), 2015, 1);
        assert_eq!(s.full_name(), "2015/К-1");
        assert_eq!(
            (s.file_year, s.file_number, s.year, s.number),
            (2015, 1, 2015, 1)
        );
        assert_eq!(s.cc.as_deref(), Some("0145-23062015"));
        // The contact-centre number, the applicant's name and telephone.
        let kinds: Vec<derived::Kind> = s.index_lines.iter().map(|(slot, _)| slot.0).collect();
        assert_eq!(kinds.iter().filter(|k| **k == derived::Kind::Cc).count(), 1);
        assert_eq!(kinds.len(), 3);
    }

    #[test]
    fn the_memo_keeps_a_summary_without_its_file_name() {
        let s = Seen::of(&sent(), "cards/2015/000001.json".into(), 2015, 1);
        let json = serde_json::to_string(&s).expect("serialises");
        assert!(!json.contains("cards/2015"), "{json}");
        assert!(
            !json.contains("repeat_of") && !json.contains("later"),
            "{json}"
        );
        let back: Seen = serde_json::from_str(&json).expect("reads back");
        assert_eq!(
            back,
            Seen {
                rel: String::new(),
                ..s
            }
        );
    }
}
