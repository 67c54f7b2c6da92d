//! Issue #18, point 3: commits never lost. Two clerks on one work tree
//! each get one commit per command; a command killed between its writes and
//! its commit leaves the commit owed, and the next command makes it under
//! the killed one's name; a git hook that runs `appeals check` during a
//! commit doesn't wait for the lock the committing command holds.

use crate::support::{git, Reg};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Installs `body` as the repository's pre-commit hook.
fn hook(d: &Path, body: &str) {
    let hooks = d.join(".git/hooks-test");
    std::fs::create_dir_all(&hooks).unwrap();
    let hook = hooks.join("pre-commit");
    std::fs::write(&hook, format!("#!/bin/sh\n{body}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    git(d, &["config", "core.hooksPath", hooks.to_str().unwrap()]);
}

fn subjects(d: &Path) -> Vec<String> {
    git(d, &["log", "--format=%s"])
        .lines()
        .map(str::to_string)
        .collect()
}

/// `appeals` registering one appeal, as a command line to spawn.
fn register(d: &Path, cc: &str, name: &str) -> Command {
    let mut c = Command::new(assert_cmd::cargo::cargo_bin("appeals"));
    c.current_dir(d)
        .args(["-R", "reg", "--today", "2015-06-23", "--user", "zarichenko"])
        .args(["register", "--cc-number", cc, "--name", name])
        .args([
            "--topic",
            "009",
            "--summary",
            "Не працює вуличне освітлення",
        ])
        .env_remove("APPEALS_REGISTER")
        .env("APPEALS_LANG", "en");
    c
}

#[test]
fn two_clerks_on_one_work_tree_get_one_commit_per_command() {
    let reg = Reg::in_git();
    let d = reg.dir.path().to_path_buf();
    let before = subjects(&d).len();
    let clerk = |who: &'static str| {
        let d = d.clone();
        std::thread::spawn(move || {
            for i in 1..=100 {
                let out = register(&d, &format!("{who}-{i}"), &format!("Коваленко {who} {i}"))
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        })
    };
    let (a, b) = (clerk("a"), clerk("b"));
    a.join().unwrap();
    b.join().unwrap();
    assert_eq!(
        git(&d, &["status", "--porcelain"]),
        "",
        "everything committed"
    );
    let after = subjects(&d);
    assert_eq!(after.len() - before, 200, "one commit per command");
    assert!(after[..200].iter().all(|s| s.starts_with("register ")));
    // Each commit holds exactly its own card.
    let files = git(&d, &["log", "-200", "--format=", "--name-only"]);
    let cards: Vec<&str> = files.lines().filter(|l| l.contains("cards/")).collect();
    assert_eq!(cards.len(), 200, "{files}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_command_killed_before_its_commit_is_committed_by_the_next_one() {
    let reg = Reg::in_git();
    let d = reg.dir.path();
    // The hook kills `appeals` (git's parent) while it commits, then
    // refuses the commit: the card is written, its commit never made.
    hook(
        d,
        "kill -9 \"$(awk '{print $4}' /proc/$PPID/stat)\"\nexit 1",
    );
    let killed = register(d, "0145-23062015", "Коваленко Петро Іванович")
        .output()
        .unwrap();
    assert_eq!(killed.status.code(), None, "killed by a signal");
    assert!(reg.path("cards/2015/000001.json").exists());
    assert!(!git(d, &["status", "--porcelain"]).is_empty());
    git(d, &["config", "--unset", "core.hooksPath"]);
    // `check` says so, and what will happen.
    let check = reg.run_on("2015-06-23", &["check", "--format", "json"]);
    assert_eq!(check.code, 1);
    let findings = check.json();
    let found: Vec<_> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "uncommitted")
        .collect();
    assert_eq!(found.len(), 1, "{findings:#}");
    assert_eq!(found[0]["file"], "cards/2015/000001.json");
    assert!(
        found[0]["hint"]
            .as_str()
            .unwrap()
            .contains("'register' was interrupted before its commit"),
        "{findings:#}"
    );
    let next = reg
        .register_one("2015-06-23", "0146-23062015", "Олійник Ліна", "009")
        .ok();
    assert!(
        next.stderr
            .contains("what 'register' wrote before it was interrupted"),
        "{}",
        next.stderr
    );
    assert_eq!(git(d, &["status", "--porcelain"]), "");
    let log = subjects(d);
    assert!(log[0].starts_with("register О-2"), "{log:?}");
    assert!(log[1].starts_with("register К-1"), "{log:?}");
    let body = git(d, &["log", "-1", "--skip=1", "--format=%b"]);
    assert!(body.contains("interrupted after writing"), "{body}");
    let left: Vec<_> = std::fs::read_dir(reg.root())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".pending-"))
        .collect();
    assert!(left.is_empty(), "the note is gone");
    reg.run_on("2015-06-23", &["check"]).ok();
    // A hand edit is uncommitted too.
    let path = reg.path("cards/2015/000002.json");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("Олійник Ліна", "Олійник Лінa")).unwrap();
    reg.run_on("2015-06-23", &["check", "--format", "json"])
        .fails()
        .stdout_has("\"code\": \"uncommitted\"")
        .stdout_has("git add cards/2015/000002.json");
}

#[test]
fn a_hook_that_checks_the_register_does_not_wait_for_the_lock() {
    let reg = Reg::in_git();
    let d = reg.dir.path();
    let bin = assert_cmd::cargo::cargo_bin("appeals");
    hook(
        d,
        &format!(
            "\"{}\" -R \"{}\" --today 2015-06-23 check >&2 || exit 1",
            bin.display(),
            reg.root().display()
        ),
    );
    let mut child = register(d, "0145-23062015", "Коваленко Петро Іванович")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("the commit waits for its own lock");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success());
    assert_eq!(git(d, &["status", "--porcelain"]), "");
}

#[cfg(unix)]
#[test]
fn a_register_git_refuses_to_work_in_is_an_error_not_silence() {
    let reg = Reg::in_git();
    let d = reg.dir.path();
    // A work tree owned by another account: git refuses it ("dubious
    // ownership"). Only root can hand it over; elsewhere say why not.
    if let Err(e) = std::os::unix::fs::chown(d.join(".git"), Some(12345), Some(12345)) {
        eprintln!("skipped: can't give the repository to another account ({e})");
        return;
    }
    std::os::unix::fs::chown(d, Some(12345), Some(12345)).unwrap();
    let run = reg
        .register_one(
            "2015-06-23",
            "0145-23062015",
            "Коваленко Петро Іванович",
            "009",
        )
        .fails();
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("dubious ownership"), "{}", run.stderr);
    assert!(run.stderr.contains("written: 1 file in "), "{}", run.stderr);
}
