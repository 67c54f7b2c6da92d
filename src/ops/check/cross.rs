//! The checks between cards, on their summaries: no two cards share a
//! running number, an index or a contact-centre number, and every repeat
//! link has its card at the other end, linking back.

use super::finding::{Code, Finding};
use super::summary::Seen;
use std::collections::{BTreeMap, HashMap};

/// Duplicates and links between cards.
pub(super) fn cross_checks(seen: &[Seen], out: &mut Vec<Finding>) {
    let mut last: BTreeMap<i32, u32> = BTreeMap::new();
    for s in seen {
        for (y, n) in [(s.year, s.number), (s.file_year, s.file_number)] {
            let e = last.entry(y).or_insert(0);
            *e = (*e).max(n);
        }
    }
    // Each kind of duplicate by a key borrowed from the summaries where it
    // can be: on 100,000 cards this runs after the parallel part, alone.
    fn dup<'s, K: std::hash::Hash + Eq>(
        seen: &'s [Seen],
        key_of: impl Fn(&'s Seen) -> Option<K>,
    ) -> Vec<(&'s Seen, &'s Seen)> {
        let mut first: HashMap<K, &Seen> = HashMap::with_capacity(seen.len());
        let mut pairs = Vec::new();
        for s in seen {
            let Some(key) = key_of(s) else { continue };
            match first.entry(key) {
                std::collections::hash_map::Entry::Occupied(f) => pairs.push((s, *f.get())),
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(s);
                }
            }
        }
        pairs
    }
    /// An index as duplicates are found: case aside.
    fn upper(s: &Seen) -> std::borrow::Cow<'_, str> {
        if s.index.chars().any(char::is_lowercase) {
            s.index.to_uppercase().into()
        } else {
            s.index.as_str().into()
        }
    }
    let renumber = |s: &Seen| {
        format!(
            "two registrations took one number (e.g. merging two clones in git): renumber this card to the next free number, {}#{}, with its index and file name",
            s.year,
            last.get(&s.year).copied().unwrap_or(0) + 1
        )
    };
    // The three kinds side by side: each is a pass over every card.
    let (numbers, (indexes, ccs)) = rayon::join(
        || dup(seen, |s| Some((s.year, s.number))),
        || {
            rayon::join(
                || dup(seen, |s| Some((s.year, upper(s)))),
                || dup(seen, |s| s.cc.as_deref()),
            )
        },
    );
    for (s, f) in numbers {
        out.push(Finding {
            code: Code::DuplicateNumber,
            file: s.rel.clone(),
            field: "/number".into(),
            message: format!("number {}#{} is also in {}", s.year, s.number, f.rel),
            hint: renumber(s),
        });
    }
    for (s, f) in indexes {
        out.push(Finding {
            code: Code::DuplicateIndex,
            file: s.rel.clone(),
            field: "/index".into(),
            message: format!("index {}/{} is also in {}", s.year, upper(s), f.rel),
            hint: renumber(s),
        });
    }
    for (s, f) in ccs {
        out.push(Finding {
            code: Code::DuplicateCc,
            file: s.rel.clone(),
            field: "/cc_number".into(),
            message: format!(
                "contact-centre number {} is also in {}",
                s.cc.as_deref().unwrap_or_default(),
                f.rel
            ),
            hint: "one appeal registered twice: keep the earlier card and close the other, or correct the number from the export".into(),
        });
    }

    let by_name: HashMap<(i32, &str), &Seen> = seen
        .iter()
        .map(|s| ((s.year, s.index.as_str()), s))
        .collect();
    // A card named as YEAR/INDEX, as links name them.
    let named = |name: &str| {
        let (year, index) = name.split_once('/')?;
        let y: i32 = year.parse().ok()?;
        (y.to_string() == year).then_some(())?;
        by_name.get(&(y, index)).copied()
    };
    for s in seen {
        if s.repeat_of.is_none() && s.later.is_empty() {
            continue;
        }
        let me = s.full_name();
        if let Some(target) = &s.repeat_of {
            match named(target) {
                None => out.push(Finding {
                    code: Code::BrokenLink,
                    file: s.rel.clone(),
                    field: "/links/repeat_of".into(),
                    message: format!("repeats {target}, which is not in the register"),
                    hint: "name an existing card as YEAR/INDEX, or clear repeat_of".into(),
                }),
                Some(t) if !t.later.contains(&me) => out.push(Finding {
                    code: Code::BrokenLink,
                    file: t.rel.clone(),
                    field: "/links/later".into(),
                    message: format!("{me} repeats this card ({target}) but it doesn't list {me}"),
                    hint: format!("a registration stopped between its two writes: 'appeals check --fix-links' adds \"{me}\" to links.later"),
                }),
                Some(_) => {}
            }
        }
        for (i, l) in s.later.iter().enumerate() {
            let back = named(l).and_then(|t| t.repeat_of.as_deref());
            if back != Some(me.as_str()) {
                out.push(Finding {
                    code: Code::BrokenLink,
                    file: s.rel.clone(),
                    field: format!("/links/later/{i}"),
                    message: match named(l) {
                        None => {
                            format!("lists {l} as a later appeal, which is not in the register")
                        }
                        Some(_) => {
                            format!("lists {l} as a later appeal, but {l} doesn't repeat {me}")
                        }
                    },
                    hint: "remove the entry, or set repeat_of on the later card".into(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Card `year`#`number` in its own file, with `index`.
    fn card(year: i32, number: u32, index: &str) -> Seen {
        Seen {
            rel: format!("cards/{year}/{number:06}.json"),
            file_year: year,
            file_number: number,
            year,
            number,
            index: index.into(),
            cc: None,
            repeat_of: None,
            later: Vec::new(),
            index_lines: Vec::new(),
        }
    }

    fn cc(s: Seen, cc: &str) -> Seen {
        Seen {
            cc: Some(cc.into()),
            ..s
        }
    }

    fn repeats(s: Seen, earlier: &str) -> Seen {
        Seen {
            repeat_of: Some(earlier.into()),
            ..s
        }
    }

    fn lists(s: Seen, later: &[&str]) -> Seen {
        Seen {
            later: later.iter().map(|l| l.to_string()).collect(),
            ..s
        }
    }

    /// The same card read from another file.
    fn copied_to(s: &Seen, number: u32) -> Seen {
        Seen {
            rel: format!("cards/{}/{number:06}.json", s.file_year),
            file_number: number,
            ..s.clone()
        }
    }

    #[track_caller]
    fn check(seen: &[Seen], expected: &[(Code, &str, &str)]) {
        let mut out = Vec::new();
        cross_checks(seen, &mut out);
        let found: Vec<(Code, &str, &str)> = out
            .iter()
            .map(|f| (f.code, f.file.as_str(), f.field.as_str()))
            .collect();
        assert_eq!(found, expected, "{out:#?}");
    }

    const F1: &str = "cards/2015/000001.json";
    const F2: &str = "cards/2015/000002.json";

    #[test]
    fn distinct_cards() {
        check(&[], &[]);
        check(&[card(2015, 1, "К-1"), card(2015, 2, "К-2")], &[]);
        check(&[card(2015, 1, "К-1"), card(2016, 1, "К-1")], &[]);
        check(
            &[
                cc(card(2015, 1, "К-1"), "0145"),
                cc(card(2015, 2, "К-2"), "0146"),
            ],
            &[],
        );
    }

    #[test]
    fn duplicates() {
        let one = card(2015, 1, "К-1");
        check(
            &[one.clone(), copied_to(&one, 2)],
            &[
                (Code::DuplicateNumber, F2, "/number"),
                (Code::DuplicateIndex, F2, "/index"),
            ],
        );
        check(
            &[card(2015, 1, "К-1"), card(2015, 2, "к-1")],
            &[(Code::DuplicateIndex, F2, "/index")],
        );
        check(&[card(2015, 1, "К-1"), card(2015, 2, "Б-1")], &[]);
        check(
            &[
                cc(card(2015, 1, "К-1"), "0145"),
                cc(card(2015, 2, "К-2"), "0145"),
            ],
            &[(Code::DuplicateCc, F2, "/cc_number")],
        );
        check(
            &[
                cc(card(2015, 1, "К-1"), "0145"),
                cc(card(2016, 1, "К-1"), "0145"),
            ],
            &[(Code::DuplicateCc, "cards/2016/000001.json", "/cc_number")],
        );
    }

    #[test]
    fn a_duplicate_number_is_renumbered_past_the_highest() {
        let one = card(2015, 1, "К-1");
        let mut out = Vec::new();
        cross_checks(
            &[one.clone(), card(2015, 7, "К-7"), copied_to(&one, 3)],
            &mut out,
        );
        assert_eq!(
            out[0].message,
            "number 2015#1 is also in cards/2015/000001.json"
        );
        assert!(
            out[0].hint.contains("the next free number, 2015#8,"),
            "{}",
            out[0].hint
        );
        assert_eq!(
            out[1].message,
            "index 2015/К-1 is also in cards/2015/000001.json"
        );
    }

    #[test]
    fn links_both_ways() {
        let earlier = |later: &[&str]| lists(card(2015, 1, "К-1"), later);
        let later = repeats(card(2015, 2, "К-2"), "2015/К-1");
        check(&[earlier(&["2015/К-2"]), later.clone()], &[]);
        // The later card names the earlier; the earlier doesn't list it.
        check(
            &[earlier(&[]), later.clone()],
            &[(Code::BrokenLink, F1, "/links/later")],
        );
        // The later card repeats a card that isn't there.
        check(
            &[repeats(card(2015, 2, "К-2"), "2015/К-9")],
            &[(Code::BrokenLink, F2, "/links/repeat_of")],
        );
        check(
            &[
                card(2015, 1, "К-1"),
                repeats(card(2015, 2, "К-2"), "15/К-1"),
            ],
            &[(Code::BrokenLink, F2, "/links/repeat_of")],
        );
        check(
            &[
                card(2015, 1, "К-1"),
                repeats(card(2015, 2, "К-2"), "2015-К-1"),
            ],
            &[(Code::BrokenLink, F2, "/links/repeat_of")],
        );
        // The earlier card lists a card that isn't there, or doesn't repeat it.
        check(
            &[earlier(&["2015/К-9"])],
            &[(Code::BrokenLink, F1, "/links/later/0")],
        );
        check(
            &[earlier(&["2015/К-2"]), card(2015, 2, "К-2")],
            &[(Code::BrokenLink, F1, "/links/later/0")],
        );
        check(
            &[
                earlier(&["2015/К-2", "2015/К-3"]),
                later,
                repeats(card(2015, 3, "К-3"), "2015/К-2"),
            ],
            &[
                (Code::BrokenLink, F1, "/links/later/1"),
                (Code::BrokenLink, F2, "/links/later"),
            ],
        );
    }

    #[test]
    fn what_a_broken_link_says() {
        let mut out = Vec::new();
        cross_checks(
            &[
                card(2015, 1, "К-1"),
                repeats(card(2015, 2, "К-2"), "2015/К-1"),
            ],
            &mut out,
        );
        assert_eq!(
            out[0].message,
            "2015/К-2 repeats this card (2015/К-1) but it doesn't list 2015/К-2"
        );
        assert_eq!(
            out[0].hint,
            "a registration stopped between its two writes: 'appeals check --fix-links' adds \"2015/К-2\" to links.later"
        );
    }
}
