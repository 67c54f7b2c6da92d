//! Issue #18, point 2: a merge driver for cards. Two clones of one register
//! change one card — one extends its term, the other records the executor's
//! answer — and `git pull` merges the card by its history with no hand
//! work: both steps kept, the status derived, and the answer's lateness
//! counted again against the extended due date. Two different extensions
//! are a conflict that `check` explains.

use crate::support::{answer_args, git, Reg, Stage, QUALITY};
use std::path::Path;

/// A bare remote, and a first clone holding a register in git (merge
/// driver set up by `init`) with one card dispatched, pushed.
pub(crate) fn remote_and_first_clone() -> (tempfile::TempDir, Reg, String) {
    let remote = tempfile::tempdir().unwrap();
    git(
        remote.path(),
        &["init", "-q", "--bare", "-b", "main", "r.git"],
    );
    let a = clone(remote.path());
    let run = a.run_on(
        "2015-06-23",
        &[
            "init",
            "reg",
            "--anonymous",
            "consider",
            "--edition",
            "2015",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let card = a.card_at(Stage::Dispatched);
    git(a.dir.path(), &["push", "-q", "origin", "main"]);
    (remote, a, card)
}

/// A clone of the remote with a clerk's identity.
pub(crate) fn clone(remote: &Path) -> Reg {
    let dir = tempfile::tempdir().unwrap();
    let url = remote.join("r.git");
    git(dir.path(), &["clone", "-q", url.to_str().unwrap(), "."]);
    git(dir.path(), &["config", "user.name", "clerk"]);
    git(dir.path(), &["config", "user.email", "clerk@example.org"]);
    git(dir.path(), &["config", "pull.rebase", "false"]);
    Reg { dir }
}

fn extend(reg: &Reg, card: &str, day: &str, until: &str) {
    reg.run_on(
        day,
        &[
            "extend",
            card,
            "--until",
            until,
            "--by",
            "maslenkov",
            "--reason",
            "потрібна перевірка на місці",
            "--notified",
            day,
        ],
    )
    .ok();
}

/// The actions of a card's history, in order.
fn actions(card: &serde_json::Value) -> Vec<&str> {
    card["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect()
}

/// `git pull` in `reg`'s clone: exit code and what git said.
fn pull(reg: &Reg) -> (i32, String) {
    let out = std::process::Command::new("git")
        .current_dir(reg.dir.path())
        .args(["pull", "-q", "--no-edit", "origin", "main"])
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

#[test]
fn an_extension_and_an_answer_from_two_clones_merge_with_the_right_lateness() {
    let (remote, a, card) = remote_and_first_clone();
    let n: u32 = card.rsplit('-').next().unwrap().parse().unwrap();
    let b = clone(remote.path());
    b.run_on("2015-06-26", &["git-setup"]).ok();
    // Clone 1: the head extends the term on 10 July (executor's due date
    // 22.07 → 05.08), and publishes it.
    extend(&a, &card, "2015-07-10", "2015-08-06");
    git(a.dir.path(), &["push", "-q", "origin", "main"]);
    // Clone 2, not knowing: the answer on 27 July, three working days
    // after the due date it knows.
    b.package(QUALITY);
    b.run_on("2015-07-27", &answer_args(&card, "quality.toml"))
        .ok();
    assert_eq!(b.card(2015, n)["answer"]["late"], true);
    let (code, said) = pull(&b);
    assert_eq!(code, 0, "{said}");
    let merged = b.card(2015, n);
    assert_eq!(merged["status"], "answered");
    assert_eq!(merged["term"]["extensions"][0]["until"], "2015-08-06");
    assert_eq!(merged["term"]["executor_due"], "2015-08-05");
    assert_eq!(merged["answer"]["date"], "2015-07-27");
    assert_eq!(merged["answer"]["late"], false, "{merged:#}");
    assert_eq!(merged["answer"]["days_late"], 0);
    assert_eq!(
        actions(&merged),
        ["register", "resolve", "dispatch", "extend", "answer"]
    );
    b.run_on("2015-07-27", &["check"]).ok();
    assert_eq!(
        git(b.dir.path(), &["status", "--porcelain", "--", "reg"]),
        ""
    );
}

#[test]
fn two_different_extensions_are_a_conflict_check_explains() {
    let (remote, a, card) = remote_and_first_clone();
    let n: u32 = card.rsplit('-').next().unwrap().parse().unwrap();
    let b = clone(remote.path());
    b.run_on("2015-06-26", &["git-setup"]).ok();
    extend(&a, &card, "2015-07-10", "2015-08-06");
    git(a.dir.path(), &["push", "-q", "origin", "main"]);
    extend(&b, &card, "2015-07-10", "2015-08-03");
    let (code, said) = pull(&b);
    assert_ne!(code, 0, "{said}");
    let text = std::fs::read_to_string(b.path(&format!("cards/2015/{n:06}.json"))).unwrap();
    assert!(text.starts_with("<<<<<<< ours\n"), "{text}");
    b.run_on("2015-07-10", &["check"])
        .fails()
        .stdout_has("conflict-markers");
}

#[test]
fn a_correction_and_an_answer_from_two_clones_merge_whole() {
    let (remote, a, card) = remote_and_first_clone();
    let n: u32 = card.rsplit('-').next().unwrap().parse().unwrap();
    let b = clone(remote.path());
    b.run_on("2015-06-26", &["git-setup"]).ok();
    // Clone 1 corrects the applicant's address, and publishes it.
    a.run_on(
        "2015-06-26",
        &[
            "correct",
            &card,
            "--address",
            "вул. Шевченка, 15, кв. 12",
            "--reason",
            "помилка в номері будинку",
        ],
    )
    .ok();
    git(a.dir.path(), &["push", "-q", "origin", "main"]);
    // Clone 2, not knowing, records the executor's answer.
    b.package(QUALITY);
    b.run_on("2015-07-10", &answer_args(&card, "quality.toml"))
        .ok();
    let (code, said) = pull(&b);
    assert_eq!(code, 0, "{said}");
    let merged = b.card(2015, n);
    assert_eq!(merged["applicant"]["address"], "вул. Шевченка, 15, кв. 12");
    assert_eq!(merged["status"], "answered");
    assert_eq!(
        actions(&merged),
        ["register", "resolve", "dispatch", "correct", "answer"]
    );
    b.run_on("2015-07-10", &["check"]).ok();
}
