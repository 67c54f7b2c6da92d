//! The derived indexes in `.index/`, where their stamp claims they are
//! current, against the cards: every shard's lines, compared as the count
//! and sum of their hashes ([`Store::shard_sums`]), and each year's next
//! running number.

use super::finding::{Code, Finding};
use super::summary::Seen;
use crate::store::derived::{self, Slot, Stamp};
use crate::store::{self, CardFile, Store};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// The derived indexes against the cards `seen` in `files`, when `stamp`
/// says they are current (otherwise nothing uses them until rebuilt).
pub(super) fn index_checks(
    store: &Store,
    stamp: Option<&Stamp>,
    seen: &[Seen],
    files: &[CardFile],
    out: &mut Vec<Finding>,
) {
    let Some(stamp) = stamp else {
        return;
    };
    let shards = store.shard_sums(stamp);
    let next = store::next_numbers(files);
    compare(stamp, seen, &shards, &next, out);
}

/// The shards' sums (`None` for a shard that doesn't hash as the stamp
/// says) and each year's next running number from the card files, against
/// what the cards `seen` give and what `stamp` records.
fn compare(
    stamp: &Stamp,
    seen: &[Seen],
    shards: &[(Slot, Option<(usize, u64)>)],
    next: &BTreeMap<i32, u32>,
    out: &mut Vec<Finding>,
) {
    let hint = crate::say!("chk-index-stale-hint");
    let mut expected: HashMap<Slot, (usize, u64)> = HashMap::new();
    let mut cards: HashSet<(i32, u32)> = HashSet::with_capacity(seen.len());
    for s in seen {
        // Two files claiming one card: its lines count once, as in a rebuild.
        if !cards.insert((s.year, s.number)) {
            continue;
        }
        for (slot, h) in &s.index_lines {
            let e = expected.entry(*slot).or_default();
            e.0 += 1;
            e.1 = e.1.wrapping_add(*h);
        }
    }
    let mut changed: BTreeMap<derived::Kind, Vec<String>> = BTreeMap::new();
    let mut disagree: BTreeMap<derived::Kind, Vec<String>> = BTreeMap::new();
    for &(slot, actual) in shards {
        let name = derived::file_name(slot);
        match actual {
            None => changed.entry(slot.0).or_default().push(name),
            Some(a) if a != expected.get(&slot).copied().unwrap_or_default() => {
                disagree.entry(slot.0).or_default().push(name)
            }
            Some(_) => {}
        }
    }
    let listed = |names: &[String]| {
        let mut s = names.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
        if names.len() > 3 {
            s.push_str(&format!(" and {} more", names.len() - 3));
        }
        s
    };
    let problems = changed
        .into_iter()
        .map(|(kind, names)| {
            let why = crate::say!(
                "chk-index-shard-changed",
                count = names.len(),
                index = kind.name(),
                shards = listed(&names)
            );
            (why, names)
        })
        .chain(disagree.into_iter().map(|(kind, names)| {
            let why = crate::say!(
                "chk-index-disagrees",
                index = kind.name(),
                shards = listed(&names)
            );
            (why, names)
        }));
    for (why, names) in problems {
        out.push(Finding::new(
            Code::IndexStale,
            format!("{}/{}", store::INDEX_DIR, names[0]),
            String::new(),
            why,
            hint.clone(),
        ));
    }
    if *next != stamp.next {
        let differ: Vec<String> = next
            .keys()
            .chain(stamp.next.keys())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .filter(|y| next.get(y) != stamp.next.get(y))
            .map(|y| {
                format!(
                    "{y}: stamp {}, cards {}",
                    stamp.next.get(y).map_or("none".into(), u32::to_string),
                    next.get(y).map_or("none".into(), u32::to_string)
                )
            })
            .collect();
        out.push(Finding::new(
            Code::IndexStale,
            format!("{}/{}", store::INDEX_DIR, derived::STAMP),
            String::new(),
            crate::say!("chk-stamp-disagrees", years = differ.join("; ")),
            hint,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::derived::{line_hash, Kind};

    const CC: Slot = (Kind::Cc, 0x07);
    const APPLICANTS: Slot = (Kind::Applicants, 0x3a);

    /// Card 2015#`number` whose index lines are `lines`.
    fn card(number: u32, lines: &[(Slot, &str)]) -> Seen {
        Seen {
            rel: format!("cards/2015/{number:06}.json"),
            file_year: 2015,
            file_number: number,
            year: 2015,
            number,
            index: format!("К-{number}"),
            cc: None,
            repeat_of: None,
            later: Vec::new(),
            earlier: Vec::new(),
            received: Default::default(),
            sign: "2.1".into(),
            story: Default::default(),
            index_lines: lines.iter().map(|(s, l)| (*s, line_hash(l))).collect(),
        }
    }

    /// Every shard of the stamp as the lines in `files` sum, except the
    /// slots in `unreadable`.
    fn shards(files: &[(Slot, &[&str])], unreadable: &[Slot]) -> Vec<(Slot, Option<(usize, u64)>)> {
        derived::slots()
            .map(|slot| {
                let lines = files
                    .iter()
                    .find(|(s, _)| *s == slot)
                    .map_or(&[][..], |(_, l)| *l);
                let sum = lines
                    .iter()
                    .fold((0, 0u64), |(n, h), l| (n + 1, h.wrapping_add(line_hash(l))));
                (slot, (!unreadable.contains(&slot)).then_some(sum))
            })
            .collect()
    }

    fn stamp(next: &[(i32, u32)]) -> Stamp {
        Stamp {
            next: next.iter().copied().collect(),
            ..Stamp::default()
        }
    }

    #[track_caller]
    fn check(
        seen: &[Seen],
        shards: &[(Slot, Option<(usize, u64)>)],
        next: &[(i32, u32)],
        expected: &[(&str, &str)],
    ) {
        let mut out = Vec::new();
        compare(
            &stamp(&[(2015, 3)]),
            seen,
            shards,
            &next.iter().copied().collect(),
            &mut out,
        );
        assert!(out
            .iter()
            .all(|f| f.code == Code::IndexStale && f.field.is_empty()));
        let found: Vec<(&str, &str)> = out
            .iter()
            .map(|f| (f.file.as_str(), f.message.as_str()))
            .collect();
        assert_eq!(found, expected);
    }

    const A1: &str = "a\t2015\t1";
    const A2: &str = "b\t2015\t2";
    const C1: &str = "0145\t2015\t1";

    #[test]
    fn indexes_that_agree_with_the_cards() {
        let seen = [
            card(1, &[(CC, C1), (APPLICANTS, A1)]),
            card(2, &[(APPLICANTS, A2)]),
        ];
        check(
            &seen,
            &shards(&[(CC, &[C1]), (APPLICANTS, &[A1, A2])], &[]),
            &[(2015, 3)],
            &[],
        );
        // Two files of one card: its lines count once, as in a rebuild.
        let twice = [card(1, &[(CC, C1)]), card(1, &[(CC, C1)])];
        check(&twice, &shards(&[(CC, &[C1])], &[]), &[(2015, 3)], &[]);
        check(&[], &shards(&[], &[]), &[(2015, 3)], &[]);
    }

    #[test]
    fn a_shard_that_changed_or_disagrees() {
        let seen = [card(1, &[(CC, C1), (APPLICANTS, A1)])];
        check(
            &seen,
            &shards(&[(CC, &[C1]), (APPLICANTS, &[A1])], &[CC]),
            &[(2015, 3)],
            &[(
                ".index/cc-07.tsv",
                "a shard of the cc index changed or went missing since it was saved: cc-07.tsv",
            )],
        );
        check(
            &seen,
            &shards(&[(CC, &[C1]), (APPLICANTS, &[A1, A2])], &[]),
            &[(2015, 3)],
            &[(".index/applicants-3a.tsv", "the applicants index disagrees with the cards (a card changed in place, e.g. by a hand edit): applicants-3a.tsv")],
        );
        check(
            &seen,
            &shards(&[(APPLICANTS, &[A1])], &[]),
            &[(2015, 3)],
            &[(".index/cc-07.tsv", "the cc index disagrees with the cards (a card changed in place, e.g. by a hand edit): cc-07.tsv")],
        );
    }

    #[test]
    fn many_shards_are_named_by_the_first_three() {
        let unreadable: Vec<Slot> = (0..5).map(|b| (Kind::Cc, b)).collect();
        check(
            &[],
            &shards(&[], &unreadable),
            &[(2015, 3)],
            &[(".index/cc-00.tsv", "shards of the cc index changed or went missing since it was saved: cc-00.tsv, cc-01.tsv, cc-02.tsv and 2 more")],
        );
    }

    #[test]
    fn next_running_numbers() {
        let all = shards(&[], &[]);
        check(
            &[],
            &all,
            &[(2015, 2)],
            &[(
                ".index/stamp",
                "next running numbers disagree with the cards (2015: stamp 3, cards 2)",
            )],
        );
        check(
            &[],
            &all,
            &[(2015, 3), (2016, 1)],
            &[(
                ".index/stamp",
                "next running numbers disagree with the cards (2016: stamp none, cards 1)",
            )],
        );
        check(
            &[],
            &all,
            &[],
            &[(
                ".index/stamp",
                "next running numbers disagree with the cards (2015: stamp 3, cards none)",
            )],
        );
    }
}
