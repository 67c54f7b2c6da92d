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

/// Issue #19: `sign` refuses a document a merge left git's markers in,
/// naming the card, the document and the line; nothing is written; resolved,
/// it signs.
#[test]
fn sign_refuses_a_document_with_conflict_markers() {
    let reg = Reg::new();
    let card = reg.card_at(crate::support::Stage::Answered);
    let n: u32 = card.rsplit('-').next().unwrap().parse().unwrap();
    let answered = reg.card(2015, n);
    let (role, draft) = answered["answer"]["documents"]
        .as_object()
        .and_then(|d| {
            d.iter()
                .find(|(_, p)| p.as_str().is_some_and(|p| p.ends_with(".txt")))
        })
        .map(|(r, p)| (r.clone(), p.as_str().unwrap().to_string()))
        .expect("a text document");
    let path = reg.path(&draft);
    let good = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        format!("<<<<<<< HEAD\n{good}=======\nІнша версія відповіді.\n>>>>>>> clone-2\n"),
    )
    .unwrap();
    let before = reg.snapshot();
    let sign = ["sign", card.as_str(), "--by", "maslenkov"];
    reg.refused(
        "2015-07-20",
        &sign,
        &[
            &format!("the {role} document {draft} holds git's conflict markers (line 1)"),
            "resolve the merge in",
        ],
    );
    assert_eq!(reg.snapshot(), before);
    std::fs::write(&path, good).unwrap();
    reg.run_on("2015-07-20", &sign).ok();
}

/// Issue #19: half-written letters (`.tmp*`, with an applicant's personal
/// data) that a killed command left in an outbox are swept by the next
/// command writing there; a fresh one, which may be another command's
/// writing now, is left.
#[test]
fn a_killed_commands_half_written_letters_are_swept_from_the_outbox() {
    let reg = Reg::new();
    let card = reg.card_at(crate::support::Stage::Resolved);
    let outbox = reg.dir.path().join("outbox");
    std::fs::create_dir(&outbox).unwrap();
    let old = outbox.join(".tmpK1ll3d");
    std::fs::write(&old, "Коваленко Петро Іванович, вул. Шевченка, 5").unwrap();
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(hour_ago)
        .unwrap();
    let fresh = outbox.join(".tmpW0rk1n");
    std::fs::write(&fresh, "…").unwrap();
    reg.run_on("2015-06-24", &["dispatch", &card, "--outbox", "outbox"])
        .ok();
    assert!(!old.exists(), "the leftover is swept");
    assert!(fresh.exists(), "a fresh one may be another command's");
    let letters: Vec<_> = std::fs::read_dir(&outbox)
        .unwrap()
        .flatten()
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert_eq!(letters.len(), 1, "the letter itself");
}

/// Issue #19: an appeal whose control date the calendar can't give is
/// refused with a message that says which of its fields give that date.
#[test]
fn a_term_past_the_calendar_names_what_gives_it() {
    let reg = Reg::new();
    let f = reg.file(
        "late.json",
        &serde_json::json!([crate::support::record(
            "z-1",
            "2030-12-20",
            serde_json::json!({})
        )])
        .to_string(),
    );
    reg.refused(
        "2030-12-20",
        &["register", "--from", &f],
        &[
            "field `received`: received 2030-12-20 with a term of 30 days needs a control date the calendar can't give",
        ],
    );
}

/// Issue #19: a batch that stops part-way (here the file-size limit a full
/// disk gives, `ulimit -f`) says how many appeals it registered and that
/// running the same file again completes it; the register stays valid, and
/// the re-run registers the rest.
#[cfg(unix)]
#[test]
fn a_batch_stopped_part_way_says_what_it_registered_and_a_rerun_completes_it() {
    let reg = Reg::new();
    // From the eleventh on each card is larger than the limit lets a file
    // be, as the disk fills up.
    let records: Vec<Value> = (1..=40)
        .map(|i| {
            let summary = if i > 10 {
                "Не працює освітлення. ".repeat(300)
            } else {
                "Не працює освітлення.".to_string()
            };
            crate::support::record(
                &format!("full-{i}"),
                DAY,
                serde_json::json!({
                    "name": format!("Коваленко Петро Іванович {i}"),
                    "phone": null,
                    "summary": summary.trim(),
                }),
            )
        })
        .collect();
    let f = reg.file("batch.json", &Value::Array(records).to_string());
    let bin = assert_cmd::cargo::cargo_bin("appeals");
    let out = std::process::Command::new("sh")
        .current_dir(reg.dir.path())
        .arg("-c")
        .arg(format!(
            "ulimit -f 8; trap '' XFSZ; exec '{}' -R reg --today {DAY} --user zarichenko register --from {f}",
            bin.display()
        ))
        .env("APPEALS_LANG", "en")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    let cards = || {
        std::fs::read_dir(reg.path("cards/2015"))
            .map(|d| {
                d.flatten()
                    .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                    .count()
            })
            .unwrap_or(0)
    };
    let written = cards();
    assert_eq!(written, 10, "{err}");
    assert!(
        err.contains(&format!(
            "batch.json: stopped after registering {written} of its appeals"
        )),
        "{err}"
    );
    assert!(err.contains("run the same file again"), "{err}");
    reg.run_on(DAY, &["check"]).ok();
    let again = reg.run_on(DAY, &["register", "--from", &f]).ok();
    assert!(
        again.stderr.contains(&format!(
            "{} registered, {written} already registered",
            40 - written
        )),
        "{}",
        again.stderr
    );
    assert_eq!(cards(), 40);
    reg.run_on(DAY, &["check"]).ok();
}
