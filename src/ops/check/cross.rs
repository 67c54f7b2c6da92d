//! The checks between cards, on their summaries: no two cards share a
//! running number, an index or a contact-centre number, and every repeat
//! link has its card at the other end, linking back.

use super::finding::{Code, Finding};
use super::summary::Seen;
use crate::model::codes::Sign;
use crate::model::repeat::{self, Rule};
use std::collections::{BTreeMap, HashMap};

/// Duplicates and links between cards.
pub(super) fn cross_checks(seen: &[Seen], rule: Option<&Rule>, out: &mut Vec<Finding>) {
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
        crate::say!(
            "chk-renumber-hint",
            year = s.year,
            number = last.get(&s.year).copied().unwrap_or(0) + 1
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
        out.push(Finding::new(
            Code::DuplicateNumber,
            s.rel.clone(),
            "/number".into(),
            crate::say!(
                "chk-duplicate-number",
                year = s.year,
                number = s.number,
                file = f.rel
            ),
            renumber(s),
        ));
    }
    for (s, f) in indexes {
        out.push(Finding::new(
            Code::DuplicateIndex,
            s.rel.clone(),
            "/index".into(),
            crate::say!(
                "chk-duplicate-index",
                year = s.year,
                index = upper(s).into_owned(),
                file = f.rel
            ),
            renumber(s),
        ));
    }
    for (s, f) in ccs {
        out.push(Finding::new(
            Code::DuplicateCc,
            s.rel.clone(),
            "/cc_number".into(),
            crate::say!(
                "chk-duplicate-cc",
                cc = s.cc.as_deref().unwrap_or_default(),
                file = f.rel
            ),
            crate::say!("chk-duplicate-cc-hint"),
        ));
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
    if let Some(rule) = rule {
        for s in seen {
            sign_check(s, &named, rule, out);
        }
    }
    for s in seen {
        if s.repeat_of.is_none() && s.later.is_empty() {
            continue;
        }
        let me = s.full_name();
        if let Some(target) = &s.repeat_of {
            match named(target) {
                None => out.push(Finding::new(
                    Code::BrokenLink,
                    s.rel.clone(),
                    "/links/repeat_of".into(),
                    crate::say!("chk-repeats-missing", target = target),
                    crate::say!("chk-repeats-missing-hint"),
                )),
                Some(t) if !t.later.contains(&me) => out.push(Finding::new(
                    Code::BrokenLink,
                    t.rel.clone(),
                    "/links/later".into(),
                    crate::say!("chk-link-back-missing", card = me, target = target),
                    crate::say!("chk-link-back-missing-hint", card = me),
                )),
                Some(_) => {}
            }
        }
        for (i, l) in s.later.iter().enumerate() {
            let back = named(l).and_then(|t| t.repeat_of.as_deref());
            if back != Some(me.as_str()) {
                out.push(Finding::new(
                    Code::BrokenLink,
                    s.rel.clone(),
                    format!("/links/later/{i}"),
                    match named(l) {
                        None => crate::say!("chk-later-missing", card = l),
                        Some(_) => crate::say!("chk-later-not-repeating", card = l, this = me),
                    },
                    crate::say!("chk-later-hint"),
                ));
            }
        }
    }
}

/// A repeated appeal's sign of receipt against the rule of
/// [`crate::model::repeat`], from how its earlier appeals stood on the day
/// it was received. A card of format 1 lists no earlier appeals; its chain
/// of `repeat_of` links stands for them.
fn sign_check<'s>(
    s: &Seen,
    named: &impl Fn(&str) -> Option<&'s Seen>,
    rule: &Rule,
    out: &mut Vec<Finding>,
) {
    let mut list: Vec<&Seen> = Vec::new();
    if s.earlier.is_empty() {
        let mut cursor = s.repeat_of.as_deref();
        while let Some(t) = cursor.and_then(named) {
            if list.len() > 1000 || list.iter().any(|x| x.full_name() == t.full_name()) {
                break;
            }
            list.insert(0, t);
            cursor = t.repeat_of.as_deref();
        }
    } else {
        for (i, name) in s.earlier.iter().enumerate() {
            match named(name) {
                Some(t) => list.push(t),
                None => out.push(Finding::new(
                    Code::BrokenLink,
                    s.rel.clone(),
                    format!("/links/earlier/{i}"),
                    crate::say!("chk-earlier-missing", card = name),
                    crate::say!("chk-earlier-missing-hint"),
                )),
            }
        }
        if list.len() != s.earlier.len() {
            return;
        }
    }
    let marked = Sign::of(&s.sign).is_some_and(Sign::is_repeat);
    if list.is_empty() {
        if marked && s.repeat_of.is_none() {
            out.push(Finding::new(
                Code::SignMismatch,
                s.rel.clone(),
                "/classification/sign".into(),
                crate::say!("chk-sign-no-earlier", sign = s.sign),
                crate::say!("chk-sign-no-earlier-hint", card = s.full_name()),
            ));
        }
        return;
    }
    let standings: Vec<_> = list
        .iter()
        .map(|t| t.story.standing_on(s.received))
        .collect();
    let expected = repeat::sign(&standings, rule);
    if s.sign != expected.code() {
        let names: Vec<String> = list.iter().map(|t| t.full_name()).collect();
        out.push(Finding::new(
            Code::SignMismatch,
            s.rel.clone(),
            "/classification/sign".into(),
            crate::say!(
                "chk-sign-mismatch",
                sign = s.sign,
                earlier = names.join(", "),
                expected = expected.code(),
                day = s.received
            ),
            crate::say!(
                "chk-sign-mismatch-hint",
                card = s.full_name(),
                last = names.last().map(String::as_str).unwrap_or("")
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::repeat::Story;

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
            earlier: Vec::new(),
            received: "2015-06-23".parse().expect("date"),
            sign: "2.1".into(),
            story: Story::default(),
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
        cross_checks(seen, None, &mut out);
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
            None,
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
            None,
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

    fn d(s: &str) -> chrono::NaiveDate {
        s.parse().expect("date")
    }

    /// A card received on `received`, answered (sent) on `replied`, its
    /// applicant dissatisfied from `unhappy`; its control date 2015-07-23.
    fn told(s: Seen, received: &str, replied: Option<&str>, unhappy: Option<&str>) -> Seen {
        Seen {
            received: d(received),
            story: Story {
                control: vec![(d(received), d("2015-07-23"))],
                replied: replied.map(d),
                dissatisfied: unhappy.map(d),
            },
            ..s
        }
    }

    fn signed(s: Seen, sign: &str, earlier: &[&str]) -> Seen {
        Seen {
            sign: sign.into(),
            earlier: earlier.iter().map(|e| e.to_string()).collect(),
            repeat_of: earlier.last().map(|e| e.to_string()),
            ..s
        }
    }

    #[track_caller]
    fn signs(seen: &[Seen], expected: &[(Code, &str, &str)]) {
        let mut out = Vec::new();
        cross_checks(seen, Some(&Rule::default()), &mut out);
        let found: Vec<(Code, &str, &str)> = out
            .iter()
            .filter(|f| f.code != Code::BrokenLink)
            .map(|f| (f.code, f.file.as_str(), f.field.as_str()))
            .collect();
        assert_eq!(found, expected, "{out:#?}");
    }

    #[test]
    fn signs_follow_from_the_earlier_appeals() {
        const F3: &str = "cards/2015/000003.json";
        // К-1 answered on 07-09 with the applicant dissatisfied; К-2 on
        // 07-16 repeats it; К-3 on 07-20 repeats both, К-2 still open.
        let k1 = told(
            card(2015, 1, "К-1"),
            "2015-06-23",
            Some("2015-07-09"),
            Some("2015-07-08"),
        );
        let k2 = told(card(2015, 2, "К-2"), "2015-07-16", None, None);
        let k3 = told(card(2015, 3, "К-3"), "2015-07-20", None, None);
        let chain = |s2: &str, s3: &str| {
            vec![
                lists(k1.clone(), &["2015/К-2"]),
                lists(signed(k2.clone(), s2, &["2015/К-1"]), &["2015/К-3"]),
                signed(k3.clone(), s3, &["2015/К-1", "2015/К-2"]),
            ]
        };
        signs(&chain("2.2", "2.4"), &[]);
        signs(
            &chain("2.2", "2.2"),
            &[(Code::SignMismatch, F3, "/classification/sign")],
        );
        signs(
            &chain("2.3", "2.4"),
            &[(Code::SignMismatch, F2, "/classification/sign")],
        );
        // Marked repeated with nothing to repeat.
        signs(
            &[signed(k2.clone(), "2.2", &[])],
            &[(Code::SignMismatch, F2, "/classification/sign")],
        );
        // While the earlier one is open in its term: 2.3; past it: 2.2.
        let open = told(card(2015, 1, "К-1"), "2015-06-23", None, None);
        let early = told(card(2015, 2, "К-2"), "2015-07-01", None, None);
        signs(
            &[
                lists(open.clone(), &["2015/К-2"]),
                signed(early.clone(), "2.3", &["2015/К-1"]),
            ],
            &[],
        );
        let late = told(card(2015, 2, "К-2"), "2015-07-24", None, None);
        signs(
            &[
                lists(open, &["2015/К-2"]),
                signed(late, "2.2", &["2015/К-1"]),
            ],
            &[],
        );
        // A format-1 card lists none: its repeat_of chain stands for them.
        let v1 = Seen {
            earlier: Vec::new(),
            ..signed(k2, "2.2", &["2015/К-1"])
        };
        signs(&[lists(k1, &["2015/К-2"]), v1], &[]);
    }
}
