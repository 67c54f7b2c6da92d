//! Issue #16's acceptance: with no language set, what a clerk reads is
//! Ukrainian — no English word in the human output of the daily commands,
//! the reports and a refusal (`--help`: lang_help.rs) — `--lang en` gives the same in
//! English, and what scripts read (JSON, CSV) is byte-identical in both.

use crate::support::{appeals_unset, demo, latin_words};
use std::path::Path;

/// Runs `appeals` in `dir` on the demo's day with no language set but
/// `lang` (None: none at all); returns (exit code, stdout, stderr).
fn run(dir: &Path, lang: Option<&str>, args: &[&str]) -> (i32, Vec<u8>, String) {
    let mut c = appeals_unset();
    c.current_dir(dir)
        .args(["-R", "reg", "--today", "2015-07-20", "--user", "zarichenko"]);
    if let Some(l) = lang {
        c.args(["--lang", l]);
    }
    let out = c.args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The human commands a clerk runs on the demo register (read-only).
const HUMAN: &[&[&str]] = &[
    &["deadlines"],
    &["list"],
    &["show", "К-1"],
    &["explain", "К-1"],
    &["calendar", "2015"],
    &["log", "К-1"],
    &["related", "К-1"],
    &["people"],
    &["report", "--month", "2015-06"],
    &["report", "--quarter", "2015-2"],
];

/// Refusals: each exits non-zero with an error (and mostly a hint).
const REFUSED: &[&[&str]] = &[
    &["show", "К-9999"],
    &["resolve", "К-1", "--executors", "nobody"],
    &["sign", "К-1"],
    &["deadlines", "--executor", "nobody"],
    &["report", "--month", "2015-13"],
    &["register", "--from", "missing.json"],
    &["show"],
    &["frobnicate"],
];

/// The roster's ids (`dzhkg`, `maslenkov`): ids a clerk types, not words.
fn ids(dir: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(dir.join("reg/people.toml")).expect("people.toml");
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("id = \""))
        .map(|l| l.trim_end_matches('"').to_string())
        .collect()
}

#[test]
fn with_no_language_set_a_clerk_reads_no_english() {
    let dir = demo();
    let ids = ids(dir.path());
    let latin_words = |text: &str| {
        let mut words = latin_words(text);
        words.retain(|w| !ids.contains(w));
        words
    };
    let mut found = Vec::new();
    for args in HUMAN {
        let (code, out, err) = run(dir.path(), None, args);
        assert_eq!(code, 0, "{args:?}: {err}");
        let text = String::from_utf8(out).expect("UTF-8") + &err;
        let words = latin_words(&text);
        if !words.is_empty() {
            found.push(format!("{args:?}: {words:?}"));
        }
    }
    for args in REFUSED {
        let (code, _, err) = run(dir.path(), None, args);
        assert_ne!(code, 0, "{args:?} must be refused");
        assert!(!err.trim().is_empty(), "{args:?} says why");
        let words = latin_words(&err);
        if !words.is_empty() {
            found.push(format!("{args:?}: {words:?}\n{err}"));
        }
    }
    assert!(found.is_empty(), "English words:\n{}", found.join("\n"));
}

#[test]
fn english_is_there_when_asked_for() {
    let dir = demo();
    for args in HUMAN.iter().chain(REFUSED) {
        let (_, uk_out, uk_err) = run(dir.path(), Some("uk"), args);
        let (_, en_out, en_err) = run(dir.path(), Some("en"), args);
        let en = String::from_utf8_lossy(&en_out).into_owned() + &en_err;
        assert_ne!(
            (uk_out, uk_err),
            (en_out.clone(), en_err.clone()),
            "{args:?} reads the same in both languages"
        );
        assert!(!latin_words(&en).is_empty(), "{args:?} in English:\n{en}");
    }
}

#[test]
fn what_scripts_read_is_the_same_in_every_language() {
    let dir = demo();
    let machine: &[&[&str]] = &[
        &["deadlines", "--format", "json"],
        &["deadlines", "--format", "csv"],
        &["list", "--format", "json"],
        &["list", "--format", "csv"],
        &["show", "К-1", "--format", "json"],
        &["related", "К-1", "--format", "json"],
        &["report", "--month", "2015-06", "--format", "json"],
        &["report", "--month", "2015-06", "--format", "csv"],
        &["export"],
        &["export", "--format", "csv"],
        &["check", "--format", "json"],
    ];
    for args in machine {
        let (uk_code, uk, uk_err) = run(dir.path(), None, args);
        let (en_code, en, _) = run(dir.path(), Some("en"), args);
        assert_eq!(uk_code, 0, "{args:?}: {uk_err}");
        assert_eq!(en_code, 0, "{args:?}");
        assert!(
            !uk.is_empty() || args[0] == "check",
            "{args:?} printed nothing"
        );
        assert!(uk == en, "{args:?} differs between uk and en");
    }
}
