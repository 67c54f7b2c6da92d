//! Issue #19, point 1: what a hostile pull can put in a register. A
//! symbolic link is never followed (the lock, a year's directory, a card's
//! documents), a named pipe never blocks a command, a document keeps an
//! extension from the register's list, and `check` names every such file
//! (`not-a-regular-file`). Every command here must end within seconds.
#![cfg(unix)]

use crate::support::{answer_args, Reg, Stage, DAY, QUALITY};
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs `appeals` on the register with `args` on `day`, killed after 30 s:
/// (exit code, stdout, stderr); a command that had to be killed fails the
/// test.
fn bounded(reg: &Reg, day: &str, args: &[&str]) -> (i32, String, String) {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("appeals"))
        .current_dir(reg.dir.path())
        .args(["-R", "reg", "--today", day, "--user", "zarichenko"])
        .args(args)
        .env("APPEALS_LANG", "en")
        .env_remove("APPEALS_REGISTER")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > Duration::from_secs(30) {
            child.kill().unwrap();
            panic!("{args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only creates a node.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
}

/// `check --format json`'s `not-a-regular-file` files.
fn specials(reg: &Reg) -> Vec<String> {
    let (_, out, err) = bounded(reg, DAY, &["check", "--format", "json"]);
    let found: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|_| panic!("{err}"));
    found
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "not-a-regular-file")
        .map(|f| f["file"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_lock_that_is_a_link_is_refused_and_its_target_left_whole() {
    let reg = Reg::new();
    let outside = reg.dir.path().join("precious.txt");
    std::fs::write(&outside, "a file outside the register").unwrap();
    std::fs::remove_file(reg.path(".lock")).ok();
    symlink(&outside, reg.path(".lock")).unwrap();
    let (code, _, err) = bounded(
        &reg,
        DAY,
        &[
            "register",
            "--cc-number",
            "1",
            "--name",
            "Коваленко Петро",
            "--topic",
            "009",
            "--summary",
            "x",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains(".lock: not a plain file"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&outside).unwrap(),
        "a file outside the register"
    );
    assert_eq!(specials(&reg), [".lock"]);
}

#[test]
fn a_documents_directory_linked_outside_is_never_written_through() {
    let reg = Reg::new();
    let card = reg.card_at(Stage::Dispatched);
    let n: u32 = card.rsplit('-').next().unwrap().parse().unwrap();
    let elsewhere = reg.dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::create_dir_all(reg.path("docs/2015")).unwrap();
    let docs = reg.path(&format!("docs/2015/{n:06}"));
    std::fs::remove_dir_all(&docs).ok();
    symlink(&elsewhere, &docs).unwrap();
    reg.package(QUALITY);
    let (code, _, err) = bounded(&reg, "2015-07-01", &answer_args(&card, "quality.toml"));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("not a plain file"), "{err}");
    assert_eq!(
        std::fs::read_dir(&elsewhere).unwrap().count(),
        0,
        "nothing written outside"
    );
    assert_eq!(specials(&reg), [format!("docs/2015/{n:06}")]);
}

#[test]
fn a_pipe_in_place_of_a_document_or_a_card_blocks_nobody() {
    let reg = Reg::new();
    let card = reg.card_at(Stage::Answered);
    let n: u32 = card.rsplit('-').next().unwrap().parse().unwrap();
    let answered = reg.card(2015, n);
    let doc = answered["answer"]["documents"]["answer-applicant"]
        .as_str()
        .unwrap()
        .to_string();
    std::fs::remove_file(reg.path(&doc)).unwrap();
    mkfifo(&reg.path(&doc));
    let (code, _, err) = bounded(&reg, "2015-07-20", &["sign", &card, "--by", "maslenkov"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("not a plain file"), "{err}");
    mkfifo(&reg.path("cards/2015/000099.json"));
    for args in [
        &["list"][..],
        &["deadlines"],
        &["report", "--month", "2015-06"],
    ] {
        let (code, _, err) = bounded(&reg, "2015-07-20", args);
        assert!(code == 0 || code == 1, "{args:?}: {err}");
    }
    let mut found = specials(&reg);
    found.sort();
    assert_eq!(found, ["cards/2015/000099.json".to_string(), doc]);
}

#[test]
fn a_document_keeps_an_extension_from_the_list() {
    let reg = Reg::new();
    let card = reg.card_at(Stage::Dispatched);
    reg.package(QUALITY);
    std::fs::copy(
        reg.dir.path().join("draft.txt"),
        reg.dir.path().join("draft.desktop"),
    )
    .unwrap();
    let mut args = answer_args(&card, "quality.toml");
    args[3] = "draft.desktop";
    let before = reg.snapshot();
    reg.refused(
        "2015-07-01",
        &args,
        &["--draft draft.desktop: the register keeps documents as .pdf, .odt, .docx, .doc, .rtf, .txt, .jpg, .png, .tif only"],
    );
    assert_eq!(reg.snapshot(), before);
}
