//! The one repair `check` makes to cards: the link back (`links.later`)
//! that a registration stopped between its two writes left out, recorded
//! through [`Card::link`](crate::model::card::Card) like any link.

use super::summary::Seen;
use super::Options;
use crate::error::Result;
use crate::store::Store;
use crate::workflow::Actor;
use std::collections::BTreeMap;

/// Adds each missing back-link to the card a later card repeats; returns
/// what was repaired. Only a link whose two ends are unambiguous is
/// repaired: one card by that name, read back under its own file name.
pub(super) fn fix_back_links(store: &Store, seen: &[Seen], opts: &Options) -> Result<Vec<String>> {
    let mut fixed = Vec::new();
    for ((year, number), later) in missing_back_links(seen) {
        let Ok(Some(mut card)) = store.read_card(year, number) else {
            continue;
        };
        if !card.may_link_on(opts.today) {
            continue;
        }
        let who = Actor {
            today: opts.today,
            user: opts.user,
        };
        for name in later {
            card.link(&name, &who);
            fixed.push(crate::t!(
                "chk-fixed-link",
                card = card.full_name(),
                name = name.as_str()
            ));
        }
        store.write_card(&card)?;
    }
    Ok(fixed)
}

/// The back-links to add: by the earlier card's file (year and number),
/// the later cards that repeat it and that it doesn't list, where both
/// names are each one card's.
fn missing_back_links(seen: &[Seen]) -> BTreeMap<(i32, u32), Vec<String>> {
    let mut names: BTreeMap<String, Vec<&Seen>> = BTreeMap::new();
    for s in seen {
        names.entry(s.full_name()).or_default().push(s);
    }
    let mut missing: BTreeMap<(i32, u32), Vec<String>> = BTreeMap::new();
    for s in seen {
        let Some(target) = &s.repeat_of else { continue };
        let (Some([t]), Some([_])) = (
            names.get(target).map(Vec::as_slice),
            names.get(&s.full_name()).map(Vec::as_slice),
        ) else {
            continue;
        };
        if !t.later.contains(&s.full_name()) {
            missing
                .entry((t.file_year, t.file_number))
                .or_default()
                .push(s.full_name());
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(number: u32, index: &str, repeat_of: Option<&str>, later: &[&str]) -> Seen {
        Seen {
            rel: format!("cards/2015/{number:06}.json"),
            file_year: 2015,
            file_number: number,
            year: 2015,
            number,
            index: index.into(),
            cc: None,
            repeat_of: repeat_of.map(str::to_string),
            later: later.iter().map(|l| l.to_string()).collect(),
            earlier: Vec::new(),
            received: Default::default(),
            sign: "2.1".into(),
            story: Default::default(),
            index_lines: Vec::new(),
        }
    }

    #[track_caller]
    fn check(seen: &[Seen], expected: &[((i32, u32), &[&str])]) {
        let missing = missing_back_links(seen);
        let expected: BTreeMap<(i32, u32), Vec<String>> = expected
            .iter()
            .map(|(k, v)| (*k, v.iter().map(|l| l.to_string()).collect()))
            .collect();
        assert_eq!(missing, expected);
    }

    #[test]
    fn a_missing_back_link_is_found_where_both_ends_are_unambiguous() {
        let earlier = card(1, "К-1", None, &[]);
        let later = card(2, "К-2", Some("2015/К-1"), &[]);
        check(
            &[earlier.clone(), later.clone()],
            &[((2015, 1), &["2015/К-2"])],
        );
        check(&[card(1, "К-1", None, &["2015/К-2"]), later.clone()], &[]);
        check(
            &[
                earlier.clone(),
                later.clone(),
                card(3, "К-3", Some("2015/К-1"), &[]),
            ],
            &[((2015, 1), &["2015/К-2", "2015/К-3"])],
        );
        // The earlier card is missing, or two cards bear its name.
        check(std::slice::from_ref(&later), &[]);
        check(
            &[earlier.clone(), card(9, "К-1", None, &[]), later.clone()],
            &[],
        );
        // Two cards bear the later card's name.
        check(
            &[
                earlier,
                later.clone(),
                Seen {
                    file_number: 5,
                    ..later
                },
            ],
            &[],
        );
    }
}
