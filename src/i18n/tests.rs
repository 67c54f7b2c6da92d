//! The catalogue is whole: every key in both languages, every key used,
//! every key used present; Ukrainian plural forms.

// The catalogue and the sources are read as files by this test only.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use super::*;
use std::collections::BTreeSet;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The message ids (not terms, not attributes) in a language's files.
fn keys(lang: Lang) -> BTreeSet<String> {
    let dir = root().join("src/i18n/locales").join(lang.code());
    let mut out = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("locale dir") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|x| x != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("ftl");
        for line in text.lines() {
            let Some((id, _)) = line.split_once('=') else {
                continue;
            };
            let id = id.trim_end();
            if !id.is_empty()
                && !line.starts_with([' ', '#', '-', '.', '*', '['])
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
            {
                assert!(
                    out.insert(id.to_string()),
                    "{}: key {id} is defined twice",
                    path.display()
                );
            }
        }
    }
    out
}

/// Every Rust source under src/ but this module's, comments included (a key named only in
/// a comment is not used, but such keys are rare enough to read for).
fn sources() -> String {
    let mut all = String::new();
    let own = root().join("src/i18n");
    for entry in walkdir::WalkDir::new(root().join("src")) {
        let entry = entry.expect("entry");
        if entry.path().extension().is_some_and(|x| x == "rs") && !entry.path().starts_with(&own) {
            all.push_str(&std::fs::read_to_string(entry.path()).expect("source"));
            all.push('\n');
        }
    }
    all
}

/// The keys the sources name: `t!("key"` and `message("key"`,
/// `message_in(lang, "key"`, `has(lang, "key"` and `key = "…"` tables.
fn used(sources: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (at, _) in sources.match_indices('"') {
        let rest = &sources[at + 1..];
        let Some(end) = rest.find('"') else { continue };
        let word = &rest[..end];
        if word.len() > 2
            && word.contains('-')
            && word
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            out.insert(word.to_string());
        }
    }
    out
}

#[test]
fn both_catalogues_have_the_same_keys() {
    let uk = keys(Lang::Uk);
    let en = keys(Lang::En);
    assert!(!uk.is_empty());
    let only_uk: Vec<_> = uk.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&uk).collect();
    assert!(
        only_uk.is_empty() && only_en.is_empty(),
        "missing in en: {only_uk:?}; missing in uk: {only_en:?}"
    );
}

#[test]
fn every_key_is_used_and_every_used_key_exists() {
    let sources = sources();
    let uk = keys(Lang::Uk);
    // Keys built at run time from a prefix (the help texts of every
    // command and option, one per clap id) are checked where they are
    // built; every other key must appear in the code as a string.
    let named = used(&sources);
    let unused: Vec<_> = uk
        .iter()
        .filter(|k| !named.contains(*k) && !k.starts_with("help-"))
        .collect();
    assert!(unused.is_empty(), "keys no code uses: {unused:?}");
    // Every t!("…") in the code names a key of the catalogue.
    let mut missing = Vec::new();
    for (at, _) in sources.match_indices("t!(\"") {
        let before = sources[..at].chars().last();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue; // format!, print!, …
        }
        let rest = &sources[at + 4..];
        let key = &rest[..rest.find('"').expect("closing quote")];
        if !uk.contains(key) {
            missing.push(key.to_string());
        }
    }
    assert!(
        missing.is_empty(),
        "keys missing from the catalogue: {missing:?}"
    );
}

#[test]
fn ukrainian_plurals_follow_ukrainian_rules() {
    let cards = |n: u64| message_in(Lang::Uk, "export-done", vec![("count", Arg::from(n))]);
    assert_eq!(cards(1), "Вивантажено 1 картку");
    assert_eq!(cards(2), "Вивантажено 2 картки");
    assert_eq!(cards(4), "Вивантажено 4 картки");
    assert_eq!(cards(5), "Вивантажено 5 карток");
    assert_eq!(cards(11), "Вивантажено 11 карток");
    assert_eq!(cards(21), "Вивантажено 21 картку");
    assert_eq!(cards(22), "Вивантажено 22 картки");
    assert_eq!(cards(0), "Вивантажено 0 карток");
    let en = |n: u64| message_in(Lang::En, "export-done", vec![("count", Arg::from(n))]);
    assert_eq!(en(1), "1 card exported");
    assert_eq!(en(5), "5 cards exported");
}

#[test]
fn dates_and_numbers_as_each_language_writes_them() {
    let d = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    assert_eq!(date_in(Lang::Uk, d), "30.11.2026");
    assert_eq!(date_in(Lang::En, d), "2026-11-30");
    assert_eq!(decimal_in(Lang::Uk, 11.75, 2), "11,75");
    assert_eq!(decimal_in(Lang::En, 11.75, 2), "11.75");
    assert_eq!(percent_in(Lang::Uk, 200.0 / 3.0), "66,7 %");
    assert_eq!(percent_in(Lang::En, 200.0 / 3.0), "66.7%");
}

#[test]
fn the_language_comes_from_the_first_variable_set() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(Lang::from_env(env(&[])), Lang::Uk);
    assert_eq!(Lang::from_env(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
    assert_eq!(Lang::from_env(env(&[("LANG", "C.UTF-8")])), Lang::Uk);
    assert_eq!(
        Lang::from_env(env(&[("LANG", "en_US.UTF-8"), ("LC_ALL", "uk_UA.UTF-8")])),
        Lang::Uk
    );
    assert_eq!(
        Lang::from_env(env(&[("LC_MESSAGES", "en_GB"), ("APPEALS_LANG", "uk")])),
        Lang::Uk
    );
    assert_eq!(
        Lang::from_env(env(&[("LC_ALL", ""), ("LANG", "en")])),
        Lang::En
    );
}

/// Dates written digit by digit read as `format!` writes them, in both
/// languages, for years of four digits and the rest.
#[test]
fn dates_are_written_as_format_writes_them() {
    use chrono::{Datelike, NaiveDate};
    let days =
        (0..4000).map(|k| NaiveDate::from_ymd_opt(2014, 12, 25).unwrap() + chrono::Days::new(k));
    let edges = [
        (1, 1, 1),
        (999, 12, 31),
        (9999, 12, 31),
        (10000, 1, 1),
        (-1, 3, 4),
    ];
    let edges = edges.map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap());
    for d in days.chain(edges) {
        let (y, m, day) = (d.year(), d.month(), d.day());
        assert_eq!(date_in(Lang::Uk, d), format!("{day:02}.{m:02}.{y:04}"));
        assert_eq!(date_in(Lang::En, d), format!("{y:04}-{m:02}-{day:02}"));
    }
}
