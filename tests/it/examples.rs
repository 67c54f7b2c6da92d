//! The example scripts a clerk copies, run as written, and the demo
//! register, rebuilt by its script and compared with the one committed.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("appeals")
}

fn script(name: &str, dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new("bash")
        .arg(repo_root().join("examples").join(name))
        .args(args)
        .current_dir(dir)
        .env("APPEALS", bin())
        // The harness's language (support::appeals): English.
        .env("APPEALS_LANG", "en")
        .env("APPEALS_USER", "zarichenko")
        .env("NO_COLOR", "1")
        .env_remove("APPEALS_TODAY")
        .env("GIT_AUTHOR_NAME", "clerk")
        .env("GIT_AUTHOR_EMAIL", "clerk@example.org")
        .env("GIT_COMMITTER_NAME", "clerk")
        .env("GIT_COMMITTER_EMAIL", "clerk@example.org")
        .output()
        .expect("bash runs")
}

fn files(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<_> = walkdir::WalkDir::new(root)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            !e.path()
                .components()
                .any(|c| c.as_os_str() == ".index" || c.as_os_str() == ".lock")
        })
        .map(|e| {
            let rel = e.path().strip_prefix(root).unwrap().display().to_string();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect();
    out.sort();
    out
}

#[test]
fn daily_intake_registers_prints_deadlines_and_commits() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    Command::new("git")
        .args(["init", "-q"])
        .current_dir(d)
        .status()
        .unwrap();
    let init = Command::new(bin())
        .args(["init", "register", "--edition", "2015"])
        .current_dir(d)
        .output()
        .unwrap();
    assert!(init.status.success());
    let inbox = d.join("inbox");
    std::fs::create_dir(&inbox).unwrap();
    for f in ["export-2015-06-23.json", "export-2015-06-24.jsonl"] {
        std::fs::copy(
            repo_root().join("examples/contact-centre").join(f),
            inbox.join(f),
        )
        .unwrap();
    }
    let out = script("daily-intake.sh", d, &["inbox", "2015-06-23"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("2015/"), "{stdout}");
    assert!(
        stdout.contains("on time"),
        "the deadline table is printed:\n{stdout}"
    );
    let log = Command::new("git")
        .args(["log", "--format=%s"])
        .current_dir(d)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&log.stdout).contains("register 5 appeals"));
    // Run again: nothing new, nothing committed.
    let again = script("daily-intake.sh", d, &["inbox", "2015-06-23"]);
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("0 registered, 5 already registered"));
    // No export for the day: a clear error.
    let none = script("daily-intake.sh", d, &["inbox", "2015-06-25"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&none.stderr).contains("no export for 2015-06-25"));
}

#[test]
fn month_end_writes_xlsx_and_html() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let built = script(
        "build-demo-register.sh",
        &repo_root(),
        &[d.join("register").to_str().unwrap()],
    );
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let out = Command::new("bash")
        .arg(repo_root().join("examples/month-end.sh"))
        .args(["2015-06", "out"])
        .current_dir(d)
        .env("APPEALS", bin())
        .env("APPEALS_LANG", "en")
        .env("APPEALS_TODAY", "2015-07-20")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let xlsx = std::fs::read(d.join("out/report-2015-06.xlsx")).unwrap();
    assert_eq!(&xlsx[..2], b"PK", "an XLSX is a zip");
    let html = std::fs::read_to_string(d.join("out/report-2015-06.html")).unwrap();
    assert!(html.contains("<svg") && !html.contains("http://") && !html.contains("https://"));
    assert!(String::from_utf8_lossy(&out.stdout).contains("written: out/report-2015-06.xlsx"));
}

#[test]
fn the_demo_register_is_what_its_script_builds() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("register");
    let out = script(
        "build-demo-register.sh",
        &repo_root(),
        &[target.to_str().unwrap()],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let built = files(&target);
    let committed = files(&repo_root().join("register"));
    let names = |v: &[(String, Vec<u8>)]| v.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(
        names(&built),
        names(&committed),
        "run examples/build-demo-register.sh and commit register/"
    );
    for ((name, a), (_, b)) in built.iter().zip(&committed) {
        assert!(
            a == b,
            "{name} differs: run examples/build-demo-register.sh and commit register/"
        );
    }
    // And it is sound.
    let check = Command::new(bin())
        .args(["-R", target.to_str().unwrap(), "check"])
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
}
