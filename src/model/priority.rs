//! Priority of consideration by the applicant's author categories
//! (Classifier section 7), as `register.toml`'s `[priority]` lists them:
//!
//! - **першочергово**, considered first: law «Про звернення громадян»,
//!   art. 20: «Звернення громадян, які мають установлені законодавством
//!   пільги, розглядаються у першочерговому порядку»;
//! - **особистий розгляд керівником**, considered by the first head
//!   personally: arts. 14 and 15 (Heroes of the Soviet Union, Heroes of
//!   Socialist Labour, invalids of the Great Patriotic War).
//!
//! The lists are data: a register's own, or, for a `register.toml` without
//! the section, the defaults of its Classifier edition
//! (`classifier/priority.toml`, with their sources). A card's mark is never
//! stored: it follows from its categories whenever the card is read, so a
//! `classify` that changes the categories moves it.

use crate::classifier::{Classifier, ClassifierError, SectionKey};
use serde::{Deserialize, Serialize};

/// `register.toml`'s `[priority]`: author-category codes (7.x).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lists {
    /// Categories whose appeals are considered first (law art. 20:
    /// applicants with statutory benefits).
    pub first: Vec<String>,
    /// Categories whose appeals the first head considers personally (law
    /// arts. 14–15).
    pub personal_by_head: Vec<String>,
}

/// What a card's categories give under the lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Mark {
    /// Considered first (art. 20).
    pub first: bool,
    /// Considered by the head personally (arts. 14–15).
    pub personal_by_head: bool,
}

impl Mark {
    /// Whether the card carries any mark.
    pub fn any(self) -> bool {
        self.first || self.personal_by_head
    }
}

/// The embedded defaults file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Defaults {
    edition: Vec<EditionDefaults>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EditionDefaults {
    edition: String,
    first: Vec<String>,
    personal_by_head: Vec<String>,
}

/// The defaults file, as shipped.
pub const DEFAULTS_TEXT: &str = include_str!("../../classifier/priority.toml");

impl Lists {
    /// The default lists of a Classifier edition (`classifier/priority.toml`);
    /// `None` for an edition the file doesn't know.
    pub fn defaults(edition: &str) -> Option<Lists> {
        let d: Defaults = toml::from_str(DEFAULTS_TEXT).ok()?;
        d.edition
            .into_iter()
            .find(|e| e.edition == edition.trim())
            .map(|e| Lists {
                first: e.first,
                personal_by_head: e.personal_by_head,
            })
    }

    /// The lists in force in a register: its own `[priority]`, else the
    /// defaults of its Classifier edition (none for an edition without
    /// defaults), each code written as the Classifier writes it.
    pub fn in_force(own: Option<&Lists>, classifier: &Classifier) -> Lists {
        let lists = own
            .cloned()
            .or_else(|| Lists::defaults(&classifier.edition))
            .unwrap_or_default();
        let canonical = |codes: Vec<String>| -> Vec<String> {
            codes
                .into_iter()
                .map(|c| match classifier.entry(SectionKey::Category, &c) {
                    Ok(e) => e.code.clone(),
                    Err(_) => c,
                })
                .collect()
        };
        Lists {
            first: canonical(lists.first),
            personal_by_head: canonical(lists.personal_by_head),
        }
    }

    /// Every code of the lists that is not an author category of the
    /// Classifier, with its key (`first`, `personal_by_head`), in order.
    pub fn unknown(&self, classifier: &Classifier) -> Vec<(&'static str, ClassifierError)> {
        let keyed = self.first.iter().map(|c| ("first", c)).chain(
            self.personal_by_head
                .iter()
                .map(|c| ("personal_by_head", c)),
        );
        keyed
            .filter_map(|(key, code)| {
                classifier
                    .entry(SectionKey::Category, code)
                    .err()
                    .map(|e| (key, e))
            })
            .collect()
    }

    /// The mark of an applicant with these categories: first when any of
    /// them is in `first`, by the head when any is in `personal_by_head`.
    pub fn mark(&self, categories: &[String]) -> Mark {
        let has = |list: &[String]| categories.iter().any(|c| list.contains(c));
        Mark {
            first: has(&self.first),
            personal_by_head: has(&self.personal_by_head),
        }
    }

    /// The section as `init` writes it into `register.toml`: what each list
    /// means and its legal source, and beside each code its name in the
    /// register's Classifier and, where the Classifier doesn't confirm it,
    /// how well it is attested.
    pub fn to_toml(&self, classifier: &Classifier) -> String {
        let mut out = String::from(
            "[priority]\n\
             # Author categories (Classifier section 7) whose appeals carry a mark.\n\
             # first: considered first. Law «Про звернення громадян», art. 20: «Звернення\n\
             #   громадян, які мають установлені законодавством пільги, розглядаються у\n\
             #   першочерговому порядку». The Law gives no list; in practice the\n\
             #   Classifier's author categories mark the benefits.\n\
             # personal_by_head: considered by the first head personally. Arts. 14-15:\n\
             #   Heroes of the Soviet Union, Heroes of Socialist Labour, invalids of the\n\
             #   Great Patriotic War (since 2018 the Law reads «persons with war-related\n\
             #   disabilities»: add 7.4 to follow it). Heroes of Ukraine are not named.\n\
             # These are the defaults of this register's Classifier edition, which also\n\
             # apply when the section is left out. A code whose entry in classifier.toml\n\
             # is not confirmed says so: verify it against the official text.\n",
        );
        for (key, codes) in [
            ("first", &self.first),
            ("personal_by_head", &self.personal_by_head),
        ] {
            out.push_str(&format!("{key} = [\n"));
            for code in codes {
                let quoted = format!("\"{code}\",");
                let note = match classifier.entry(SectionKey::Category, code) {
                    Ok(e) if e.status == crate::classifier::Provenance::Confirmed => {
                        e.display_name()
                    }
                    Ok(e) => format!("{} (not confirmed: {})", e.display_name(), e.status),
                    Err(_) => "not in classifier.toml".to_string(),
                };
                out.push_str(&format!("  {quoted:<8}# {note}\n"));
            }
            out.push_str("]\n");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists(first: &[&str], by_head: &[&str]) -> Lists {
        Lists {
            first: first.iter().map(|s| s.to_string()).collect(),
            personal_by_head: by_head.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[track_caller]
    fn check(categories: &[&str], first: bool, personal_by_head: bool) {
        let l = lists(&["7.1", "7.5", "7.17"], &["7.3", "7.17"]);
        let cats: Vec<String> = categories.iter().map(|s| s.to_string()).collect();
        assert_eq!(
            l.mark(&cats),
            Mark {
                first,
                personal_by_head
            },
            "categories {categories:?}"
        );
    }

    #[test]
    fn the_mark_follows_the_categories() {
        check(&[], false, false);
        check(&["7.6"], false, false);
        check(&["7.5"], true, false);
        check(&["7.3"], false, true);
        check(&["7.17"], true, true);
        check(&["7.6", "7.1"], true, false);
        check(&["7.3", "7.5"], true, true);
        // Codes are compared as written: 7.1 is not 7.10 or 7.15.
        check(&["7.10"], false, false);
        check(&["7.15"], false, false);
    }

    #[test]
    fn each_edition_has_defaults_of_its_own_codes() {
        for edition in Classifier::EDITIONS {
            let k = Classifier::embedded(edition).expect("edition");
            let d = Lists::defaults(edition).expect("defaults for every edition");
            assert_eq!(d.unknown(&k), [], "edition {edition}");
            // Art. 20: every coded author category has statutory benefits.
            let all: Vec<String> = k
                .codes(SectionKey::Category)
                .map(|e| e.code.clone())
                .collect();
            assert_eq!(d.first, all, "edition {edition}");
            // Arts. 14-15: WWII invalids, Heroes of the Soviet Union and of
            // Socialist Labour, by their names in the edition.
            let names: Vec<String> = d
                .personal_by_head
                .iter()
                .map(|c| k.name(SectionKey::Category, c).expect("named"))
                .collect();
            assert_eq!(
                names,
                [
                    "Інвалід Великої Вітчизняної війни",
                    "Герой Радянського Союзу",
                    "Герой Соціалістичної Праці"
                ],
                "edition {edition}"
            );
        }
        assert_eq!(Lists::defaults("1999"), None);
    }

    #[test]
    fn in_force_is_the_registers_own_else_the_editions() {
        let k = Classifier::embedded("2016").expect("edition");
        let own = lists(&["7.5."], &[]);
        assert_eq!(
            Lists::in_force(Some(&own), &k),
            lists(&["7.5"], &[]),
            "codes as the Classifier writes them"
        );
        assert_eq!(
            Lists::in_force(None, &k),
            Lists::defaults("2016").expect("defaults")
        );
        let mut other = k.clone();
        other.edition = "council's own".into();
        assert_eq!(Lists::in_force(None, &other), Lists::default());
    }

    #[test]
    fn unknown_codes_name_their_key() {
        let k = Classifier::embedded("2015").expect("edition");
        let found: Vec<(&str, String)> = lists(&["7.5", "7.99"], &["8.1"])
            .unknown(&k)
            .into_iter()
            .map(|(key, e)| (key, e.to_string()))
            .collect();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].0, "first");
        assert!(found[0].1.starts_with("unknown code \"7.99\" in section 7"));
        assert_eq!(found[1].0, "personal_by_head");
    }

    #[test]
    fn the_written_section_reads_back() {
        let k = Classifier::embedded("2015").expect("edition");
        let d = Lists::defaults("2015").expect("defaults");
        let text = d.to_toml(&k);
        #[derive(Deserialize)]
        struct File {
            priority: Lists,
        }
        let back: File = toml::from_str(&text).expect("valid TOML");
        assert_eq!(back.priority, d);
        assert!(
            text.contains("  \"7.5\",  # Учасник бойових дій\n"),
            "{text}"
        );
        assert!(
            text.contains("  \"7.18\", # Герой Соціалістичної Праці (not confirmed: unverified)\n"),
            "{text}"
        );
    }
}
