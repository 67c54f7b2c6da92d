//! Issue #18, point 1: `appeals sync`. Two clones of one register, each
//! with its clerk, register on the same day and so issue the same running
//! numbers. The first to sync publishes its cards as they are; the second
//! renumbers its own unpublished cards past the remote's, with their
//! documents, the links to them and a history event, writes a corrected
//! letter for a card already dispatched, and publishes. The remote then
//! holds every appeal once under a number of its own, and `check` is
//! clean. A card already sent to the applicant is never renumbered.

use crate::git_merge::{clone, remote_and_first_clone};
use crate::support::{git, Reg, Stage};
use std::collections::BTreeMap;

const DAY: &str = "2015-06-23";

/// Every card file of `reg`: its number and card.
fn cards(reg: &Reg) -> BTreeMap<u32, serde_json::Value> {
    std::fs::read_dir(reg.path("cards/2015"))
        .unwrap()
        .flatten()
        .map(|e| {
            let n = e.file_name().to_string_lossy()[..6].parse().unwrap();
            let text = std::fs::read_to_string(e.path()).unwrap();
            (n, serde_json::from_str(&text).unwrap())
        })
        .collect()
}

/// A card's full name, as links hold it.
fn index(card: &serde_json::Value) -> String {
    format!("2015/{}", card["index"].as_str().unwrap())
}

/// Registers an appeal on [`DAY`] as a repeat of `of`; its full name.
fn repeat(reg: &Reg, cc: &str, of: &str) -> String {
    let mut record = crate::support::record(cc, DAY, serde_json::json!({"repeat_of": of}));
    record.as_object_mut().unwrap().remove("sign");
    let f = reg.file(
        &format!("{cc}.json"),
        &serde_json::json!([record]).to_string(),
    );
    let run = reg.run_on(DAY, &["register", "--from", &f]).ok();
    run.stdout.split('\t').next().unwrap().to_string()
}

fn head(reg: &Reg) -> String {
    git(reg.dir.path(), &["rev-parse", "HEAD"])
}

/// Everything in the clone but git's own directory (a refused sync has
/// fetched, which changes only that), and its HEAD.
fn state(reg: &Reg) -> (BTreeMap<String, Vec<u8>>, String) {
    let files = reg
        .world()
        .into_iter()
        .filter(|(path, _)| !path.contains("/.git/"))
        .collect();
    (files, head(reg))
}

/// `sync` refused with every one of `needles`, and nothing changed.
#[track_caller]
fn refused(reg: &Reg, args: &[&str], needles: &[&str]) {
    let before = state(reg);
    let run = reg.run_on(DAY, args);
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.starts_with("error:"), "{}", run.stderr);
    for n in needles {
        assert!(run.stderr.contains(n), "lacks {n:?}:\n{}", run.stderr);
    }
    assert!(state(reg) == before, "a refused sync changed the clone");
}

/// The second clone, its merge driver set up.
fn second(remote: &std::path::Path) -> Reg {
    let b = clone(remote);
    b.run_on(DAY, &["git-setup"]).ok();
    b
}

#[test]
fn two_clones_registering_on_one_day_sync_to_unique_numbers_with_nothing_lost() {
    let (remote, a, first) = remote_and_first_clone();
    let b = second(remote.path());
    // Both clerks register two appeals the same morning: both issue 2 and 3.
    // Each clone's first is a repeat of the card both have; clone 2's
    // second a repeat of its first.
    let a2 = repeat(&a, "cc-a-1", &first);
    let a3 = a.appeal(DAY, "cc-a-2");
    let b2 = repeat(&b, "cc-b-1", &first);
    let b3 = repeat(&b, "cc-b-2", &b2);
    assert_eq!(
        [&a2[..7], &a3[..7]],
        [&b2[..7], &b3[..7]],
        "{a2} {a3} {b2} {b3}"
    );
    // Clone 2 carries its first card to the executor's answer: its
    // documents live under docs/2015/000002/.
    // documents live under docs/2015/000002/, and its drafted answer names
    // the card by its number.
    b.walk(&b2).to(Stage::Dispatched);
    b.package(crate::support::QUALITY);
    b.file(
        "draft.txt",
        &format!("Відповідь на звернення {b2}: світильник замінено.\n"),
    );
    b.run_on(
        "2015-07-01",
        &crate::support::answer_args(&b2, "quality.toml"),
    )
    .ok();
    b.walk(&b2).to(Stage::Signed);
    assert!(b.path("docs/2015/000002").is_dir());

    // Clone 1 publishes first: nothing to renumber.
    let run = a.run_on(DAY, &["sync"]).ok();
    assert!(run.stdout.contains("cards renumbered: 0"), "{}", run.stdout);

    // Clone 2: a dispatched card would change number, so a corrected
    // letter is needed; without an outbox nothing at all changes.
    refused(&b, &["sync"], &["2015/", "dispatched", "--outbox"]);

    let outbox = b.dir.path().join("outbox");
    std::fs::create_dir(&outbox).unwrap();
    let run = b
        .run_on(DAY, &["sync", "--outbox", outbox.to_str().unwrap()])
        .ok();
    let n = |name: &str| name.rsplit('-').next().unwrap().to_string();
    let moved2 = format!("{} → 2015/{}-4", b2, &b2[5..b2.rfind('-').unwrap()]);
    assert!(run.stdout.contains(&moved2), "{moved2}\n{}", run.stdout);
    assert!(run.stdout.contains("cards renumbered: 2"), "{}", run.stdout);
    assert_eq!(n(&b2), "2");
    // The drafted answer still names the old number: pointed out, not
    // changed (the executor's words).
    assert!(
        run.stderr.contains("names its old number") && run.stderr.contains("docs/2015/000004/"),
        "{}",
        run.stderr
    );

    // A fresh clone of the remote holds every appeal once, numbers unique.
    let c = clone(remote.path());
    let all = cards(&c);
    let mut by_cc: BTreeMap<String, u32> = BTreeMap::new();
    for (number, card) in &all {
        assert_eq!(card["number"], *number);
        let cc = card["cc_number"].as_str().unwrap().to_string();
        assert!(by_cc.insert(cc.clone(), *number).is_none(), "{cc} twice");
    }
    for cc in ["cc-a-1", "cc-a-2", "cc-b-1", "cc-b-2"] {
        assert!(by_cc.contains_key(cc), "{cc} missing: {by_cc:?}");
    }
    assert_eq!(by_cc["cc-a-1"], 2);
    assert_eq!(by_cc["cc-a-2"], 3);
    assert_eq!(by_cc["cc-b-1"], 4);
    assert_eq!(by_cc["cc-b-2"], 5);

    // The renumbered card: index, documents and their paths, history.
    let moved = &all[&4];
    assert!(
        moved["index"].as_str().unwrap().ends_with("-4"),
        "{moved:#}"
    );
    for (_, path) in moved["answer"]["documents"].as_object().unwrap() {
        let path = path.as_str().unwrap();
        assert!(path.starts_with("docs/2015/000004/"), "{path}");
        assert!(c.path(path).is_file(), "{path}");
    }
    let signed = moved["signature"]["sha256"].as_object().unwrap();
    assert!(!signed.is_empty());
    for path in signed.keys() {
        assert!(
            path.starts_with("docs/2015/000004/") && c.path(path).is_file(),
            "{path}"
        );
    }
    assert!(!b.path("docs/2015/000002").exists());
    let last = moved["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["action"], "renumber");
    assert!(last["data"]["from"].as_str().unwrap().ends_with("-2"));
    assert!(last["data"]["to"].as_str().unwrap().ends_with("-4"));
    // The corrected letter names both numbers.
    let letter = std::fs::read_to_string(outbox.join("2015-000004-dzhkg.txt")).unwrap();
    assert!(
        letter.contains(&b2) && letter.contains(&format!("{}-4", &b2[..b2.rfind('-').unwrap()])),
        "{letter}"
    );

    // Links: every repeat link names a card that exists with that index.
    let names: Vec<String> = all
        .values()
        .map(|c| format!("2015/{}", c["index"].as_str().unwrap()))
        .collect();
    for card in all.values() {
        for key in ["earlier", "later"] {
            for link in card["links"][key].as_array().unwrap() {
                assert!(
                    names.contains(&link.as_str().unwrap().to_string()),
                    "{link} in {card:#}"
                );
            }
        }
    }
    // The first card (published before the clones parted) records both
    // clones' repeats of it, clone 2's under its new number; clone 2's
    // own repeat link moved with both cards.
    let later = &all[&1]["links"]["later"];
    assert_eq!(
        *later,
        serde_json::json!([index(&all[&2]), index(&all[&4])]),
        "{first}"
    );
    assert_eq!(all[&5]["links"]["repeat_of"], index(&all[&4]));
    assert_eq!(
        all[&4]["links"]["later"],
        serde_json::json!([index(&all[&5])])
    );
    // check is clean in both clones and the fresh one; the work trees too.
    c.run_on(DAY, &["check"]).ok();
    b.run_on(DAY, &["check"]).ok();
    git(a.dir.path(), &["pull", "-q", "--rebase", "origin", "main"]);
    a.run_on(DAY, &["check"]).ok();
    assert_eq!(
        git(b.dir.path(), &["status", "--porcelain", "--", "reg"]),
        ""
    );
    // Clone 2's history was rewritten, not patched: no commit of it adds
    // or deletes card 2 or 3.
    let touched = git(
        b.dir.path(),
        &[
            "log",
            "--format=",
            "--name-status",
            "--diff-filter=AD",
            "origin/main",
            "--",
            "reg/cards/2015/000002.json",
        ],
    );
    assert_eq!(touched.lines().count(), 1, "{touched}");
}

#[test]
fn a_card_already_sent_to_the_applicant_is_never_renumbered() {
    let (remote, a, _) = remote_and_first_clone();
    let b = second(remote.path());
    a.appeal(DAY, "cc-a-1");
    let b2 = b.appeal(DAY, "cc-b-1");
    b.walk(&b2).to(Stage::Sent);
    a.run_on(DAY, &["sync"]).ok();
    refused(
        &b,
        &["sync", "--outbox", "."],
        &[&b2, "sent to the applicant", "Nothing was changed"],
    );
}

#[test]
fn sync_refuses_uncommitted_work_and_a_register_outside_git() {
    let (remote, a, _) = remote_and_first_clone();
    let _ = remote;
    std::fs::write(a.path("cards/2015/000099.json"), "{}").unwrap();
    refused(&a, &["sync"], &["cards/2015/000099.json", "not committed"]);
    let plain = Reg::new();
    plain.refused(DAY, &["sync"], &["not in a git work tree"]);
}

#[test]
fn a_push_overtaken_by_another_clone_fetches_renumbers_again_and_publishes() {
    let (remote, a, _) = remote_and_first_clone();
    let b = second(remote.path());
    a.appeal(DAY, "cc-a-1");
    a.run_on(DAY, &["sync"]).ok();
    // Clone 1 registers one more; it pushes it (as plain git) just while
    // clone 2's push is under way, from clone 2's pre-push hook.
    a.appeal(DAY, "cc-a-2");
    let b2 = b.appeal(DAY, "cc-b-1");
    let hook = b.dir.path().join(".git/hooks/pre-push");
    let once = b.dir.path().join("pushed-once");
    std::fs::write(
        &hook,
        format!(
            "#!/bin/sh\n[ -e '{once}' ] && exit 0\ntouch '{once}'\ngit -C '{a}' push -q origin main\n",
            once = once.display(),
            a = a.dir.path().display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
    let run = b.run_on(DAY, &["sync", "--format", "json"]).ok();
    let done = run.json();
    assert_eq!(done["attempts"], 2, "{done:#}");
    // First renumbered past clone 1's first card, then past its second.
    let moves: Vec<(String, String)> = done["renumbered"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["from"].as_str().unwrap().into(),
                m["to"].as_str().unwrap().into(),
            )
        })
        .collect();
    let letter = &b2[5..b2.rfind('-').unwrap()];
    assert_eq!(
        moves,
        [
            (format!("{letter}-2"), format!("{letter}-3")),
            (format!("{letter}-3"), format!("{letter}-4")),
        ]
    );
    let c = clone(remote.path());
    let ccs: Vec<String> = cards(&c)
        .values()
        .map(|c| c["cc_number"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ccs.len(), 4, "{ccs:?}");
    assert_eq!(&ccs[1..], ["cc-a-1", "cc-a-2", "cc-b-1"]);
    c.run_on(DAY, &["check"]).ok();
}

#[test]
fn a_sync_killed_in_its_rebase_is_undone_and_done_again() {
    let (remote, a, _) = remote_and_first_clone();
    let b = second(remote.path());
    a.appeal(DAY, "cc-a-1");
    a.run_on(DAY, &["sync"]).ok();
    b.appeal(DAY, "cc-b-1");
    b.appeal(DAY, "cc-b-2");
    // What a kill leaves: a rebase stopped after its first commit.
    git(b.dir.path(), &["fetch", "-q", "origin"]);
    let stopped = std::process::Command::new("git")
        .current_dir(b.dir.path())
        .args(["rebase", "-q", "--exec", "false", "origin/main"])
        .output()
        .unwrap();
    assert!(!stopped.status.success());
    assert!(b.dir.path().join(".git/rebase-merge").exists());
    let run = b.run_on(DAY, &["sync"]).ok();
    assert!(run.stdout.contains("cards renumbered: 1"), "{}", run.stdout);
    assert!(!b.dir.path().join(".git/rebase-merge").exists());
    let c = clone(remote.path());
    assert_eq!(cards(&c).len(), 4);
    c.run_on(DAY, &["check"]).ok();
}
