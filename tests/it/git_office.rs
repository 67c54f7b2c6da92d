//! Git done right (issue #17): `init` with a relative path commits the
//! settings, git's own messages stay out of the clerk's way, a batch of any
//! size commits, commits are authored as git (or the roster) says, and a
//! commit that fails is an error that says what was written.

use crate::support::{appeals, git, record, run_in, Reg, Run};
use serde_json::json;
use std::path::Path;

/// A git repository with an identity of its own and no commit yet.
fn repo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    git(dir.path(), &["init", "-q", "-b", "main"]);
    git(dir.path(), &["config", "user.name", "clerk"]);
    git(dir.path(), &["config", "user.email", "clerk@example.org"]);
    dir
}

fn commits(dir: &Path) -> Vec<String> {
    git(dir, &["log", "--format=%s"])
        .lines()
        .map(str::to_string)
        .collect()
}

/// Every line of stderr is ours: `committed <sha>` and nothing of git's.
fn only_committed(run: &Run) {
    assert!(!run.stderr.is_empty(), "no commit reported");
    for line in run.stderr.lines() {
        assert!(line.starts_with("committed "), "{}", run.stderr);
    }
}

#[test]
fn init_with_a_relative_path_in_a_work_tree_commits_the_settings() {
    let dir = repo();
    let run = run_in(dir.path(), &["init", "reg", "--edition", "2015"], None).ok();
    only_committed(&run);
    assert!(!run.stdout.contains("are off"), "{}", run.stdout);
    assert_eq!(commits(dir.path()), ["init register"]);
    assert_eq!(git(dir.path(), &["status", "--porcelain"]), "");
    let files = git(dir.path(), &["ls-files"]);
    for f in ["reg/register.toml", "reg/people.toml", "reg/.gitignore"] {
        assert!(files.lines().any(|l| l == f), "{f} not in:\n{files}");
    }
    assert!(
        std::fs::read_to_string(dir.path().join("reg/register.toml"))
            .unwrap()
            .contains("commit = true")
    );
    // Later commands commit too, from a subfolder and with a relative `-R`.
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    let run = run_in(
        &dir.path().join("sub"),
        &["init", "../reg2", "--edition", "2015"],
        None,
    )
    .ok();
    only_committed(&run);
    assert_eq!(git(dir.path(), &["status", "--porcelain"]), "");
    assert_eq!(commits(dir.path()).len(), 2);
}

#[test]
fn the_first_commit_of_a_fresh_repository_prints_nothing_of_gits() {
    let dir = repo();
    let run = run_in(dir.path(), &["init", "reg", "--edition", "2015"], None).ok();
    assert!(!run.stderr.contains("fatal"), "{}", run.stderr);
    assert!(!run.stderr.contains("HEAD"), "{}", run.stderr);
    only_committed(&run);
}

#[test]
fn init_outside_a_work_tree_says_commits_are_off_and_how_to_turn_them_on() {
    let dir = tempfile::tempdir().unwrap();
    let run = run_in(dir.path(), &["init", "reg", "--edition", "2015"], None).ok();
    assert!(
        run.stdout.contains("Commits to git are off"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("'git init'"), "{}", run.stdout);
    assert!(run.stdout.contains("'commit = true'"), "{}", run.stdout);
    assert!(run.stdout.contains("[git]"), "{}", run.stdout);
    assert_eq!(run.stderr, "");
    assert!(
        std::fs::read_to_string(dir.path().join("reg/register.toml"))
            .unwrap()
            .contains("commit = false")
    );
    // In the clerk's language by default.
    let out = crate::support::appeals_unset()
        .current_dir(dir.path())
        .args(["init", "reg2", "--edition", "2015"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(
        text.contains("Фіксування змін у git вимкнено") && text.contains("commit = true"),
        "{text}"
    );
    // Inside a work tree the note is not printed.
    let dir = repo();
    let run = run_in(dir.path(), &["init", "reg", "--edition", "2015"], None).ok();
    assert!(!run.stdout.contains("are off"), "{}", run.stdout);
}

/// Six thousand appeals of six thousand applicants (one applicant's
/// 6,000 appeals would make it a test of repeat linking, not of git).
#[test]
fn a_batch_of_six_thousand_records_commits() {
    let reg = Reg::in_git();
    let d = reg.dir.path();
    let records: Vec<serde_json::Value> = (1..=6000)
        .map(|i| {
            record(
                &format!("{:04}-23062015", i % 10000),
                "2015-06-23",
                json!({
                    "name": format!("Заявник {i} Петрович"),
                    "phone": format!("+38067{i:07}"),
                    "address": format!("вул. Шевченка, {i}"),
                }),
            )
        })
        .collect();
    std::fs::write(
        d.join("batch.json"),
        serde_json::Value::Array(records).to_string(),
    )
    .unwrap();
    let run = reg
        .run_on(
            "2015-06-23",
            &["--quiet", "register", "--from", "batch.json"],
        )
        .ok();
    assert!(!run.stderr.contains("Argument list"), "{}", run.stderr);
    assert!(!run.stderr.contains("not committed"), "{}", run.stderr);
    assert!(reg.path("cards/2015/006000.json").exists());
    // Only the batch file, which is not the register's, is left.
    assert_eq!(git(d, &["status", "--porcelain"]), "?? batch.json\n");
    let last = git(d, &["log", "-1", "--format=%s", "--name-only"]);
    assert!(
        last.starts_with("register 6000 appeals (З-1 … З-6000)"),
        "{}",
        &last[..200.min(last.len())]
    );
    assert_eq!(
        last.lines().filter(|l| l.starts_with("reg/cards/")).count(),
        6000
    );
}

#[test]
fn commits_are_authored_by_gits_identity() {
    let reg = Reg::in_git();
    let d = reg.dir.path();
    reg.register_one("2015-06-23", "0145-23062015", "Коваленко П. І.", "009")
        .ok()
        .stderr_has("committed");
    // `--user zarichenko` has no e-mail in people.toml: git's identity.
    assert_eq!(
        git(d, &["log", "-1", "--format=%an <%ae>|%cn <%ce>"]),
        "clerk <clerk@example.org>|clerk <clerk@example.org>\n"
    );
    assert!(!git(d, &["log", "--format=%ae"]).contains("@appeals"));
}

#[test]
fn commits_are_authored_by_the_roster_person_with_an_e_mail() {
    let reg = Reg::in_git();
    let d = reg.dir.path();
    let people = std::fs::read_to_string(reg.path("people.toml")).unwrap();
    let people = people.replacen(
        "id = \"zarichenko\"\n",
        "id = \"zarichenko\"\nemail = \"t.zarichenko@example.gov.ua\"\n",
        1,
    );
    assert!(people.contains("t.zarichenko@"));
    std::fs::write(reg.path("people.toml"), people).unwrap();
    reg.run_on("2015-06-23", &["check"]).ok();
    reg.register_one("2015-06-23", "0145-23062015", "Коваленко П. І.", "009")
        .ok()
        .stderr_has("committed");
    // The person is the author; git's identity stays the committer.
    assert_eq!(
        git(d, &["log", "-1", "--format=%an <%ae>|%cn <%ce>"]),
        "Заріченко Т.Ш. <t.zarichenko@example.gov.ua>|clerk <clerk@example.org>\n"
    );
    // Someone else, with no e-mail, commits as git says.
    run_in(
        d,
        &[
            "-R",
            "reg",
            "--today",
            "2015-06-24",
            "--user",
            "sizhuk",
            "register",
            "--cc-number",
            "0146-24062015",
            "--name",
            "Петренко О. В.",
            "--topic",
            "009",
            "--summary",
            "Яма на дорозі",
        ],
        None,
    )
    .ok();
    assert_eq!(
        git(d, &["log", "-1", "--format=%an <%ae>"]),
        "clerk <clerk@example.org>\n"
    );
}

#[test]
fn with_no_identity_anywhere_the_commit_is_made_as_before_and_says_so_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    git(d, &["init", "-q", "-b", "main"]);
    let nobody = |args: &[&str]| {
        let out = appeals()
            .current_dir(d)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env_remove("EMAIL")
            .env_remove("GIT_AUTHOR_NAME")
            .env_remove("GIT_AUTHOR_EMAIL")
            .env_remove("GIT_COMMITTER_NAME")
            .env_remove("GIT_COMMITTER_EMAIL")
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, stderr) = nobody(&["--user", "zarichenko", "init", "reg", "--edition", "2015"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stderr.matches("warning:").count(), 1, "{stderr}");
    assert!(
        stderr.contains("zarichenko <zarichenko@appeals>"),
        "{stderr}"
    );
    assert!(
        stderr.contains("git config --global user.email"),
        "{stderr}"
    );
    assert_eq!(
        git(d, &["log", "-1", "--format=%an <%ae>"]),
        "zarichenko <zarichenko@appeals>\n"
    );
    assert_eq!(git(d, &["status", "--porcelain"]), "");
}

/// A pre-commit hook that refuses every commit.
fn refusing_hook(d: &Path) {
    let hooks = d.join(".git/hooks-refusing");
    std::fs::create_dir(&hooks).unwrap();
    let hook = hooks.join("pre-commit");
    std::fs::write(&hook, "#!/bin/sh\necho 'the hook says no' >&2\nexit 1\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    git(d, &["config", "core.hooksPath", hooks.to_str().unwrap()]);
}

#[test]
fn a_commit_that_fails_is_an_error_that_says_what_was_written() {
    let reg = Reg::in_git();
    let d = reg.dir.path();
    refusing_hook(d);
    let before = commits(d);
    let run = reg
        .register_one("2015-06-23", "0145-23062015", "Коваленко П. І.", "009")
        .fails();
    assert_eq!(run.code, 1);
    for needle in [
        "error: the changes are written but not committed to git",
        "the hook says no",
        "written: 1 file in ",
        "cards/2015/000001.json",
        "the register is valid",
        "hint: fix the cause and commit them yourself: git -C ",
        "commit -m \"register К-1 (cc 0145-23062015)\" -- .",
    ] {
        assert!(
            run.stderr.contains(needle),
            "{needle} not in:\n{}",
            run.stderr
        );
    }
    // The card stays written and the register valid; no commit was made.
    assert!(reg.path("cards/2015/000001.json").exists());
    assert_eq!(commits(d), before);
    // Valid; `check` says only that the card waits for its commit.
    reg.run_on("2015-06-23", &["check"])
        .fails()
        .stdout_has("reg/cards/2015/000001.json: not committed to git")
        .stderr_has("1 problem in the register");
    // In Ukrainian: «що записано».
    let out = crate::support::appeals_unset()
        .current_dir(d)
        .args([
            "-R",
            "reg",
            "--today",
            "2015-06-24",
            "--user",
            "zarichenko",
            "resolve",
            "2015/К-1",
            "--executor",
            "dzhkg",
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("помилка: зміни записано, але не зафіксовано в git"),
        "{stderr}"
    );
    assert!(stderr.contains("що записано: 1 файл у "), "{stderr}");
    assert!(stderr.contains("реєстр цілісний"), "{stderr}");
    // Fixed, the clerk commits by hand as told.
    git(d, &["config", "--unset", "core.hooksPath"]);
    git(d, &["-C", "reg", "add", "-A", "."]);
    git(
        d,
        &["-C", "reg", "commit", "-q", "-m", "by hand", "--", "."],
    );
    assert_eq!(git(d, &["status", "--porcelain"]), "");
    reg.run_on("2015-06-24", &["check"]).ok();
}

#[test]
fn a_commit_asked_for_with_the_flag_that_fails_is_an_error_too() {
    let reg = Reg::in_git();
    let d = reg.dir.path();
    let settings = std::fs::read_to_string(reg.path("register.toml")).unwrap();
    std::fs::write(
        reg.path("register.toml"),
        settings.replace("commit = true", "commit = false"),
    )
    .unwrap();
    git(d, &["commit", "-qam", "commits off"]);
    refusing_hook(d);
    reg.register_one("2015-06-23", "0145-23062015", "Коваленко П. І.", "009")
        .ok();
    let run = reg
        .run_on(
            "2015-06-24",
            &["--commit", "resolve", "2015/К-1", "--executor", "dzhkg"],
        )
        .fails();
    assert!(run.stderr.contains("not committed"), "{}", run.stderr);
}
