//! `appeals check` sees what a merge of two clones can break (issue #18):
//! documents in another card's directory or named by no card, conflict
//! markers left in any text file, a running number given again after its
//! card was deleted, lateness that doesn't follow from the dates; and
//! `report`/`export` refuse one register named twice.

use crate::support::{demo, git, run_in, Reg, DAY};
use serde_json::Value;
use std::path::Path;

/// (code, file, field) of each finding of `check --format json` on the
/// register `reg` in `dir`, which must fail.
fn findings(dir: &Path) -> Vec<(String, String, String)> {
    let run = run_in(
        dir,
        &[
            "-R",
            "reg",
            "--today",
            "2015-07-20",
            "check",
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(
        run.code, 1,
        "check should fail\n{}\n{}",
        run.stdout, run.stderr
    );
    run.json()
        .as_array()
        .expect("an array")
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().expect(k).to_string();
            assert!(!s("message").is_empty() && !s("hint").is_empty(), "{f}");
            (s("code"), s("file"), s("field"))
        })
        .collect()
}

#[track_caller]
fn has(found: &[(String, String, String)], code: &str, file: &str, field: &str) {
    assert!(
        found
            .iter()
            .any(|(c, f, d)| c == code && f == file && d == field),
        "no {code} at {file} {field:?} in:\n{found:#?}"
    );
}

/// The demo register's card file `n` of 2015 in `dir`.
fn card_path(dir: &Path, n: u32) -> std::path::PathBuf {
    dir.join(format!("reg/cards/2015/{n:06}.json"))
}

/// Edits a demo card's JSON by hand.
fn edit(dir: &Path, n: u32, f: impl FnOnce(&mut Value)) {
    let p = card_path(dir, n);
    let mut card: Value =
        serde_json::from_str(&std::fs::read_to_string(&p).expect("card")).expect("json");
    f(&mut card);
    std::fs::write(
        &p,
        serde_json::to_string_pretty(&card).expect("json") + "\n",
    )
    .expect("write");
}

/// Writes `text` to the file `rel` of the demo register in `dir`.
fn write(dir: &Path, rel: &str, text: &str) {
    std::fs::write(dir.join("reg").join(rel), text).expect("write");
}

#[test]
fn the_demo_register_is_clean() {
    let dir = demo();
    run_in(dir.path(), &["-R", "reg", "check"], None).ok();
}

#[test]
fn a_document_in_another_cards_directory_is_foreign() {
    let dir = demo();
    // As after renumbering a card by hand: it names К-2's answer.
    edit(dir.path(), 14, |c| {
        for role in ["answer-applicant", "answer-cc"] {
            c["answer"]["documents"][role] = "docs/2015/000002/answer-applicant.txt".into();
        }
    });
    let found = findings(dir.path());
    has(
        &found,
        "document-foreign",
        "cards/2015/000014.json",
        "/answer/documents/answer-applicant",
    );
    // Its own answer is named by no card now.
    has(
        &found,
        "document-orphan",
        "docs/2015/000014/answer-applicant.txt",
        "",
    );
}

#[test]
fn documents_no_card_names_are_orphans() {
    let dir = demo();
    write(dir.path(), "docs/2015/000001/note.txt", "left behind\n");
    // A card lost in a merge leaves its documents behind.
    std::fs::remove_file(card_path(dir.path(), 14)).expect("remove");
    let found = findings(dir.path());
    has(&found, "document-orphan", "docs/2015/000001/note.txt", "");
    has(&found, "document-orphan", "docs/2015/000014/info.txt", "");
    assert!(
        !found
            .iter()
            .any(|(c, f, _)| c == "document-orphan" && f.starts_with("docs/2015/000001/answer")),
        "{found:#?}"
    );
}

#[test]
fn the_documents_of_a_card_that_does_not_parse_are_no_orphans() {
    let dir = demo();
    write(dir.path(), "cards/2015/000014.json", "{ broken");
    let found = findings(dir.path());
    has(&found, "invalid-json", "cards/2015/000014.json", "");
    assert!(
        !found.iter().any(|(c, _, _)| c == "document-orphan"),
        "{found:#?}"
    );
}

const CONFLICT: &str = "<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> clerk-2\n";

#[test]
fn conflict_markers_are_found_in_every_text_file() {
    let dir = demo();
    let card = std::fs::read_to_string(card_path(dir.path(), 2)).expect("card");
    write(
        dir.path(),
        "cards/2015/000002.json",
        &format!("<<<<<<< HEAD\n{card}=======\n{card}>>>>>>> clerk-2\n"),
    );
    let settings = std::fs::read_to_string(dir.path().join("reg/register.toml")).expect("toml");
    write(
        dir.path(),
        "register.toml",
        &format!("{settings}{CONFLICT}"),
    );
    write(dir.path(), "templates/answer-cc.txt", CONFLICT);
    write(dir.path(), "docs/2015/000014/info.txt", CONFLICT);
    let found = findings(dir.path());
    for file in [
        "cards/2015/000002.json",
        "register.toml",
        "templates/answer-cc.txt",
        "docs/2015/000014/info.txt",
    ] {
        has(&found, "conflict-markers", file, "");
    }
    // Said as a git conflict, not as a parse error of the file.
    assert!(
        !found.iter().any(
            |(c, f, _)| (c == "invalid-json" && f == "cards/2015/000002.json")
                || (c == "config-invalid" && f == "register.toml")
        ),
        "{found:#?}"
    );
    let run = run_in(dir.path(), &["-R", "reg", "check"], None).fails();
    assert!(
        run.stdout.contains(
            "reg/cards/2015/000002.json: git conflict: merge-conflict markers from line 1"
        ) && run
            .stdout
            .contains("never take one side of a card wholesale"),
        "{}",
        run.stdout
    );
}

#[test]
fn what_changed_since_a_clean_check_is_not_hidden_by_its_memo() {
    let dir = demo();
    // Files are remembered as clean only once settled (two seconds old,
    // counted in whole seconds).
    std::thread::sleep(std::time::Duration::from_millis(3100));
    run_in(dir.path(), &["-R", "reg", "check"], None).ok();
    let again = run_in(dir.path(), &["-R", "reg", "check", "--verbose"], None).ok();
    assert!(again.stderr.contains(" 0 read in full"), "{}", again.stderr);
    write(dir.path(), "docs/2015/000014/info.txt", CONFLICT);
    write(dir.path(), "docs/2015/000002/extra.txt", "left behind\n");
    let found = findings(dir.path());
    has(&found, "conflict-markers", "docs/2015/000014/info.txt", "");
    has(&found, "document-orphan", "docs/2015/000002/extra.txt", "");
}

#[test]
fn lateness_is_derived_again_from_the_dates() {
    let dir = demo();
    // Given 07.07, its executor's due date 22.07: not late.
    edit(dir.path(), 2, |c| {
        c["answer"]["late"] = true.into();
        c["answer"]["days_late"] = 5.into();
    });
    // Given 08.07, a working day after its due date 07.07.
    edit(dir.path(), 1, |c| c["answer"]["days_late"] = 3.into());
    edit(dir.path(), 3, |c| {
        c["answer"]["late"] = false.into();
        c["answer"]["days_late"] = 0.into();
    });
    let found = findings(dir.path());
    has(
        &found,
        "late-mismatch",
        "cards/2015/000002.json",
        "/answer/late",
    );
    has(
        &found,
        "late-mismatch",
        "cards/2015/000001.json",
        "/answer/days_late",
    );
    has(
        &found,
        "late-mismatch",
        "cards/2015/000003.json",
        "/answer/late",
    );
}

#[test]
fn a_number_given_again_after_its_card_was_deleted_is_found_in_git() {
    let reg = Reg::in_git();
    assert_eq!(reg.appeal(DAY, "c-1"), "2015/К-1");
    let top = reg.dir.path();
    git(top, &["rm", "-q", "reg/cards/2015/000001.json"]);
    git(top, &["commit", "-q", "-m", "deleted by hand"]);
    // The next registration takes the free number 1 again.
    assert_eq!(reg.appeal("2015-06-24", "c-2"), "2015/К-1");
    let found = {
        let run = reg.run_on("2015-07-20", &["check", "--format", "json"]);
        assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
        run.json()
            .as_array()
            .expect("array")
            .iter()
            .map(|f| {
                let s = |k: &str| f[k].as_str().expect(k).to_string();
                (s("code"), s("file"), s("field"))
            })
            .collect::<Vec<_>>()
    };
    has(&found, "number-reused", "cards/2015/000001.json", "");
    // Restored as it was, the same appeal is no reuse.
    let reg = Reg::in_git();
    reg.appeal(DAY, "c-1");
    let top = reg.dir.path();
    git(top, &["rm", "-q", "reg/cards/2015/000001.json"]);
    git(top, &["commit", "-q", "-m", "deleted by hand"]);
    git(top, &["revert", "--no-edit", "HEAD"]);
    reg.run_on("2015-07-20", &["check"]).ok();
}

#[test]
fn init_writes_a_register_id_of_its_own() {
    let id = |reg: &Reg| {
        let text = std::fs::read_to_string(reg.path("register.toml")).expect("toml");
        let line = text
            .lines()
            .find(|l| l.starts_with("id = "))
            .expect("an id line")
            .to_string();
        assert_eq!(line.len(), "id = \"\"".len() + 36, "{line}");
        line
    };
    assert_ne!(id(&Reg::new()), id(&Reg::new()));
}

#[test]
fn report_and_export_refuse_one_register_named_twice() {
    let dir = demo();
    let d = dir.path();
    let run = |args: &[&str]| {
        let mut all = vec!["--today", "2015-07-20"];
        all.extend_from_slice(args);
        run_in(d, &all, None)
    };
    for cmd in ["report", "export"] {
        run(&["-R", "reg", "-R", "./reg/", cmd])
            .fails()
            .stderr_has("reg and ./reg/ are the same register");
    }
    // A clone elsewhere holds the same id.
    git(d, &["init", "-q"]);
    git(d, &["add", "reg"]);
    git(d, &["commit", "-q", "-m", "register"]);
    git(d, &["clone", "-q", ".", "clone"]);
    run(&["-R", "reg", "-R", "clone/reg", "report"])
        .fails()
        .stderr_has("reg and clone/reg are copies of one register");
    // A register of before ids is told by its path only.
    let toml = d.join("clone/reg/register.toml");
    let text = std::fs::read_to_string(&toml).expect("toml");
    let without: String = text
        .lines()
        .filter(|l| !l.starts_with("id = "))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&toml, without).expect("write");
    run(&["-R", "reg", "-R", "clone/reg", "report"]).ok();
}
