//! The git audit trail and life in the shell: a commit per command, `log`,
//! diff-friendly writes, merging clones, completions and the man page.

use crate::support::{appeals, git, record, run_in, Reg, Run, Stage};
use serde_json::json;
use std::path::Path;
use std::process::Command;

/// A git repository with a register inside it, created by `init` (which turns commits on).
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    git(dir.path(), &["init", "-q", "-b", "main"]);
    git(dir.path(), &["config", "user.name", "clerk"]);
    git(dir.path(), &["config", "user.email", "clerk@example.org"]);
    run_in(dir.path(), &["init", "register", "--edition", "2015"], None).ok();
    dir
}

/// The first commit, in a repository with no commit yet, says nothing of
/// git's own: no "fatal: bad revision 'HEAD'" for the clerk to worry about.
#[test]
fn the_first_commit_in_a_new_repository_prints_no_git_noise() {
    let dir = tempfile::tempdir().unwrap();
    git(dir.path(), &["init", "-q", "-b", "main"]);
    git(dir.path(), &["config", "user.name", "clerk"]);
    git(dir.path(), &["config", "user.email", "clerk@example.org"]);
    let run = run_in(dir.path(), &["init", "register", "--edition", "2015"], None).ok();
    assert!(!run.stderr.contains("fatal"), "{}", run.stderr);
    assert!(run.stderr.starts_with("committed "), "{}", run.stderr);
}

fn on(dir: &Path, today: &str, args: &[&str]) -> Run {
    let mut all = vec!["--today", today, "--user", "zarichenko"];
    all.extend_from_slice(args);
    run_in(dir, &all, None)
}

fn intake(dir: &Path, name: &str, records: serde_json::Value) -> String {
    std::fs::write(dir.join(name), records.to_string()).unwrap();
    name.to_string()
}

#[test]
fn every_mutating_command_commits_exactly_its_files() {
    let reg = Reg::in_git();
    let d = reg.dir.path();
    assert!(std::fs::read_to_string(reg.path("register.toml"))
        .unwrap()
        .contains("commit = true"));
    // Something else staged by the clerk stays staged and out of the commits.
    std::fs::write(d.join("notes.txt"), "чернетка").unwrap();
    git(d, &["add", "notes.txt"]);
    let f = intake(
        d,
        "day.json",
        json!([record("0145-23062015", "2015-06-23", json!({}))]),
    );
    reg.run_on("2015-06-23", &["register", "--from", &f])
        .ok()
        .stderr_has("committed");
    reg.walk("2015/К-1")
        .days(&[
            "2015-06-24",
            "2015-06-24",
            "2015-07-10",
            "2015-07-13",
            "2015-07-13",
        ])
        .signer("maslenkov")
        .to(Stage::Sent);
    let log = git(d, &["log", "--format=%an|%s", "--name-only"]);
    for expected in [
        "clerk|register К-1 (cc 0145-23062015)",
        "clerk|resolve К-1 to dzhkg",
        "clerk|dispatch К-1",
        "clerk|answer К-1",
        "clerk|sign К-1 by maslenkov",
        "clerk|send К-1",
    ] {
        assert!(log.contains(expected), "{expected} not in:\n{log}");
    }
    assert!(
        log.contains("reg/docs/2015/000001/"),
        "the answer's documents are committed:\n{log}"
    );
    assert!(!log.contains("notes.txt"), "{log}");
    assert!(!log.contains(".index"), "{log}");
    assert_eq!(
        git(d, &["diff", "--cached", "--name-only"]).trim(),
        "notes.txt"
    );
    assert_eq!(
        git(d, &["status", "--porcelain", "--", "reg"]).trim(),
        "",
        "nothing left uncommitted"
    );
    // A refused step writes and commits nothing.
    let head = git(d, &["rev-parse", "HEAD"]);
    reg.refused("2015-07-14", &["sign", "2015/К-1", "--by", "kytaiev"], &[]);
    assert_eq!(head, git(d, &["rev-parse", "HEAD"]));
    // Nor does a step found done already.
    let run = reg
        .run_on("2015-07-14", &["sign", "2015/К-1", "--by", "maslenkov"])
        .ok();
    assert_eq!(
        run.stderr,
        "already done: 2015/К-1 is signed so already; nothing was written\n"
    );
    assert_eq!(head, git(d, &["rev-parse", "HEAD"]));
}

#[test]
fn commits_are_off_without_git_and_on_with_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    run_in(dir.path(), &["init", "register", "--edition", "2015"], None).ok();
    assert!(
        std::fs::read_to_string(dir.path().join("register/register.toml"))
            .unwrap()
            .contains("commit = false")
    );
    let f = intake(
        dir.path(),
        "d.json",
        json!([record("1", "2015-06-23", json!({}))]),
    );
    on(dir.path(), "2015-06-23", &["register", "--from", &f]).ok();
    // Now put it in git by hand; --commit commits one command.
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["config", "user.name", "clerk"]);
    git(dir.path(), &["config", "user.email", "clerk@example.org"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-qm", "start"]);
    on(
        dir.path(),
        "2015-06-24",
        &["resolve", "2015/К-1", "--executor", "dzhkg"],
    )
    .ok();
    assert_eq!(git(dir.path(), &["log", "--oneline"]).lines().count(), 1);
    git(dir.path(), &["checkout", "-q", "--", "."]);
    on(
        dir.path(),
        "2015-06-24",
        &["--commit", "resolve", "2015/К-1", "--executor", "dzhkg"],
    )
    .ok();
    assert!(git(dir.path(), &["log", "-1", "--format=%s"]).contains("resolve К-1 to dzhkg"));
}

#[test]
fn log_shows_history_beside_commits_and_flags_hand_edits() {
    let dir = repo();
    let d = dir.path();
    let f = intake(
        d,
        "day.json",
        json!([record("c-1", "2015-06-23", json!({}))]),
    );
    on(d, "2015-06-23", &["register", "--from", &f]).ok();
    on(
        d,
        "2015-06-24",
        &["resolve", "2015/К-1", "--executor", "dzhkg"],
    )
    .ok();
    let card = d.join("register/cards/2015/000001.json");
    let text = std::fs::read_to_string(&card)
        .unwrap()
        .replace("Не працює вуличне освітлення", "Не працює освітлення");
    std::fs::write(&card, text).unwrap();
    git(d, &["commit", "-qam", "виправлено зміст"]);
    let out = on(d, "2015-06-24", &["log", "2015/К-1"]).ok();
    let out = out
        .stdout_has("register")
        .stdout_has("appeals resolve")
        .stdout_has("OUTSIDE THE TOOL");
    assert!(out
        .stdout
        .contains("1 commit changed this card outside appeals"));
    let j = on(d, "2015-06-24", &["log", "2015/К-1", "--format", "json"])
        .ok()
        .json();
    assert_eq!(j["history"].as_array().unwrap().len(), 2);
    assert_eq!(j["commits"].as_array().unwrap().len(), 3);
    assert_eq!(j["commits"][0]["command"], serde_json::Value::Null);
}

#[test]
fn a_step_rewrites_only_its_card_and_rewriting_is_byte_identical() {
    let dir = repo();
    let d = dir.path();
    let f = intake(
        d,
        "day.json",
        json!([
            record("1", "2015-06-23", json!({})),
            record("2", "2015-06-23", json!({}))
        ]),
    );
    on(d, "2015-06-23", &["register", "--from", &f]).ok();
    let before = git(d, &["rev-parse", "HEAD"]);
    on(
        d,
        "2015-06-24",
        &["resolve", "2015/К-2", "--executor", "dzhkg"],
    )
    .ok();
    let changed = git(d, &["diff", "--name-only", before.trim(), "HEAD"]);
    assert_eq!(changed.trim(), "register/cards/2015/000002.json");
    // Parsing and writing a card again gives the same bytes.
    for n in [1, 2] {
        let path = d.join(format!("register/cards/2015/{n:06}.json"));
        let bytes = std::fs::read(&path).unwrap();
        let card: appeals::model::Card = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(card.to_json().as_bytes(), bytes.as_slice());
    }
    // Re-running the day's intake changes nothing and commits nothing.
    let head = git(d, &["rev-parse", "HEAD"]);
    on(d, "2015-06-23", &["register", "--from", &f]).ok();
    assert_eq!(head, git(d, &["rev-parse", "HEAD"]));
}

#[test]
fn two_clones_merge_cleanly_unless_they_took_the_same_number() {
    let dir = repo();
    let origin = dir.path();
    let f = intake(
        origin,
        "d.json",
        json!([
            record("1", "2015-06-23", json!({})),
            record("2", "2015-06-23", json!({}))
        ]),
    );
    on(origin, "2015-06-23", &["register", "--from", &f]).ok();
    let (da, db) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (a, b) = (da.path().join("r"), db.path().join("r"));
    git(
        origin,
        &["clone", "-q", origin.to_str().unwrap(), a.to_str().unwrap()],
    );
    git(
        origin,
        &["clone", "-q", origin.to_str().unwrap(), b.to_str().unwrap()],
    );
    for c in [&a, &b] {
        git(c, &["config", "user.name", "clerk"]);
        git(c, &["config", "user.email", "clerk@example.org"]);
    }
    // Clerk A works on card 1 on one day, clerk B on card 2 the next: no conflict.
    on(
        &a,
        "2015-06-24",
        &["resolve", "2015/К-1", "--executor", "dzhkg"],
    )
    .ok();
    on(
        &b,
        "2015-06-25",
        &["resolve", "2015/К-2", "--executor", "soc"],
    )
    .ok();
    git(
        &a,
        &[
            "pull",
            "-q",
            "--no-rebase",
            "--no-edit",
            b.to_str().unwrap(),
            "main",
        ],
    );
    assert_eq!(git(&a, &["status", "--porcelain"]).trim(), "");
    on(&a, "2015-06-25", &["check"]).ok();
    // Both register a new appeal: both take number 3, and git says so.
    let fa = intake(&a, "a.json", json!([record("3a", "2015-06-26", json!({}))]));
    on(&a, "2015-06-26", &["register", "--from", &fa]).ok();
    let fb = intake(&b, "b.json", json!([record("3b", "2015-06-26", json!({}))]));
    on(&b, "2015-06-26", &["register", "--from", &fb]).ok();
    let pulled = Command::new("git")
        .current_dir(&a)
        .args([
            "pull",
            "-q",
            "--no-rebase",
            "--no-edit",
            b.to_str().unwrap(),
            "main",
        ])
        .output()
        .unwrap();
    assert!(
        !pulled.status.success(),
        "the same running number conflicts"
    );
    let status = git(&a, &["status", "--porcelain"]);
    assert!(
        status.contains("AA register/cards/2015/000003.json"),
        "{status}"
    );
    // Committed as is, check reports the damaged card.
    git(&a, &["commit", "-qam", "merge with conflict"]);
    on(&a, "2015-06-26", &["check"])
        .fails()
        .stdout_has("cards/2015/000003.json");
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = appeals().args(["completions", shell]).output().unwrap();
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        // The script hands completion to `appeals` itself (issue #17).
        assert!(
            text.contains("COMPLETE") && text.contains("appeals"),
            "{shell}"
        );
        let out = appeals()
            .args(["completions", shell, "--static"])
            .output()
            .unwrap();
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("register") && text.contains("deadlines"),
            "{shell}"
        );
    }
    let out = appeals().arg("man").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(".TH appeals 1") && text.contains("register"));
}

#[test]
fn every_subcommand_help_ends_with_an_example() {
    let out = appeals().arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout).into_owned();
    let names: Vec<String> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        // A wrapped description continues deeper in.
        .filter(|l| !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|n| n != "help")
        .collect();
    assert!(names.len() > 15, "{names:?}");
    for n in names {
        let out = appeals().args([n.as_str(), "--help"]).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains("Example"),
            "`appeals {n} --help` has no example:\n{text}"
        );
    }
}

#[test]
fn steps_are_scriptable_with_json_and_quiet() {
    let reg = crate::support::Reg::new();
    reg.register_one("2015-06-23", "q-1", "Коваленко", "009")
        .ok();
    let j = reg
        .run_on(
            "2015-06-24",
            &[
                "resolve",
                "2015/К-1",
                "--executor",
                "dzhkg",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(j["status"], "resolved");
    assert_eq!(j["resolution"]["executors"][0], "dzhkg");
    let out = reg
        .run_on("2015-06-24", &["--quiet", "dispatch", "2015/К-1"])
        .ok();
    assert_eq!(out.stdout, "");
    assert_eq!(out.stderr, "");
}

/// The subject and the files of the last commit.
fn last_commit(d: &Path) -> (String, Vec<String>) {
    let out = git(d, &["log", "-1", "--format=%an|%s", "--name-only"]);
    let mut lines = out.lines().filter(|l| !l.is_empty());
    let subject = lines.next().expect("a commit").to_string();
    (subject, lines.map(str::to_string).collect())
}

/// The corrections, the return for rework and the call-back commit exactly
/// the cards (and documents) they change, each under its command's name; a
/// correction found done already commits nothing.
#[test]
fn corrections_commit_exactly_their_files() {
    let reg = Reg::in_git();
    let d = reg.dir.path();
    let f = intake(
        d,
        "day.json",
        json!([
            record("0145-23062015", "2015-06-23", json!({})),
            record(
                "0146-23062015",
                "2015-06-23",
                json!({"name": "Коваленко П. І.", "phone": null, "address": null})
            ),
        ]),
    );
    reg.run_on("2015-06-23", &["register", "--from", &f]).ok();
    let c1 = "reg/cards/2015/000001.json".to_string();
    let c2 = "reg/cards/2015/000002.json".to_string();
    let on = |day: &str, args: &[&str]| {
        reg.run_on(day, args).ok().stderr_has("committed");
        last_commit(d)
    };
    let (_, files) = on(
        "2015-06-24",
        &[
            "link",
            "К-2",
            "--to",
            "К-1",
            "--reason",
            "той самий заявник",
        ],
    );
    assert_eq!(files, [c1.clone(), c2.clone()]);
    let head = git(d, &["rev-parse", "HEAD"]);
    reg.run_on(
        "2015-06-24",
        &[
            "link",
            "К-2",
            "--to",
            "К-1",
            "--reason",
            "той самий заявник",
        ],
    )
    .ok();
    assert_eq!(
        head,
        git(d, &["rev-parse", "HEAD"]),
        "done already: no commit"
    );
    let (_, files) = on(
        "2015-06-24",
        &["unlink", "К-2", "--reason", "інший заявник"],
    );
    assert_eq!(files, [c1.clone(), c2.clone()]);
    reg.walk("К-1").to(Stage::Resolved);
    assert_eq!(
        on(
            "2015-06-24",
            &[
                "classify",
                "К-1",
                "--kind",
                "3.3",
                "--by",
                "maslenkov",
                "--reason",
                "скарга"
            ],
        ),
        ("clerk|classify К-1".to_string(), vec![c1.clone()])
    );
    assert_eq!(
        on(
            "2015-06-24",
            &[
                "reassign",
                "К-1",
                "--executor",
                "vodokanal",
                "--by",
                "maslenkov",
                "--reason",
                "водопостачання",
            ],
        ),
        ("clerk|reassign К-1".to_string(), vec![c1.clone()])
    );
    reg.walk("К-1")
        .days(&["2015-06-24", "2015-06-25", "2015-07-20"])
        .to(Stage::Answered);
    assert_eq!(
        on(
            "2015-07-20",
            &["rework", "К-1", "--by", "maslenkov", "--reason", "неповна"],
        ),
        ("clerk|rework К-1".to_string(), vec![c1.clone()])
    );
    reg.package(crate::support::QUALITY);
    let (subject, files) = on(
        "2015-07-21",
        &crate::support::answer_args("К-1", "quality.toml"),
    );
    assert_eq!(subject, "clerk|answer К-1");
    assert_eq!(
        files,
        [
            c1.clone(),
            "reg/docs/2015/000001/answer-applicant-2.txt".to_string(),
            "reg/docs/2015/000001/info-2.txt".to_string(),
            "reg/docs/2015/000001/quality-2.toml".to_string(),
        ]
    );
    reg.walk("К-1")
        .days(&[
            "2015-07-21",
            "2015-07-21",
            "2015-07-21",
            "2015-07-21",
            "2015-07-22",
        ])
        .signer("maslenkov")
        .to(Stage::Sent);
    assert_eq!(
        on("2015-07-24", &["confirm", "К-1", "--outcome", "confirmed"]),
        ("clerk|confirm К-1".to_string(), vec![c1])
    );
    assert_eq!(
        git(d, &["status", "--porcelain", "--", "reg"]).trim(),
        "",
        "nothing left uncommitted"
    );
}

/// A link's commit is named after the card the command was about, as every
/// other step's is.
#[test]
fn a_link_is_committed_under_the_card_it_corrects() {
    let reg = Reg::in_git();
    let d = reg.dir.path();
    let f = intake(
        d,
        "day.json",
        json!([
            record("0145-23062015", "2015-06-23", json!({})),
            record(
                "0146-23062015",
                "2015-06-23",
                json!({"name": "Коваленко П. І.", "phone": null, "address": null})
            ),
        ]),
    );
    reg.run_on("2015-06-23", &["register", "--from", &f]).ok();
    reg.run_on(
        "2015-06-24",
        &[
            "link",
            "К-2",
            "--to",
            "К-1",
            "--reason",
            "той самий заявник",
        ],
    )
    .ok();
    assert_eq!(last_commit(d).0, "clerk|link К-2");
    reg.run_on(
        "2015-06-24",
        &["unlink", "К-2", "--reason", "інший заявник"],
    )
    .ok();
    assert_eq!(last_commit(d).0, "clerk|unlink К-2");
}

/// A reader that goes away (`appeals calendar 2015 | head -1`) ends the
/// command quietly, as it ends `cat`: no panic message, no exit 101.
#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    let reg = Reg::new();
    for args in [
        vec!["calendar", "2015"],
        vec!["log", "К-1"],
        vec!["deadlines"],
    ] {
        if args[0] == "log" {
            reg.appeal(crate::support::DAY, "pipe-1");
        }
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("appeals"))
            .env_remove("APPEALS_REGISTER")
            .env_remove("APPEALS_TODAY")
            .current_dir(reg.dir.path())
            .args(["-R", "reg", "--today", crate::support::DAY])
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // The reader is gone before anything is written.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_ne!(out.status.code(), Some(101), "{args:?}");
    }
}
