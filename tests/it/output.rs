//! Issue #17, point 2: pipes and files as ripgrep and git have them — a
//! closed pipe ends a command quietly, `-o FILE` writes what the command
//! prints into a file whose extension says the format, and what can't be
//! written is refused before anything is.

use crate::support::appeals;
use crate::support::demo;
use std::path::Path;

/// Runs `appeals` in `dir` on the demo register and day; returns (exit
/// code, stdout, stderr).
fn run(dir: &Path, args: &[&str]) -> (i32, Vec<u8>, String) {
    let out = appeals()
        .current_dir(dir)
        .args(["-R", "reg", "--today", "2015-07-20", "--user", "zarichenko"])
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every file in `dir` (but the register), by name.
fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "reg")
        .collect();
    names.sort();
    names
}

#[test]
fn report_to_an_xlsx_file_is_a_workbook_without_format() {
    use calamine::{Reader, Xlsx};
    let d = demo();
    let (code, stdout, stderr) = run(d.path(), &["report", "--month", "2015-06", "-o", "r.xlsx"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.is_empty(), "nothing on stdout with -o");
    let bytes = std::fs::read(d.path().join("r.xlsx")).unwrap();
    assert!(bytes.starts_with(b"PK"), "a zip, not a text table");
    let mut wb: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("a workbook");
    let names = wb.sheet_names();
    assert!(!names.is_empty());
    let range = wb.worksheet_range(&names[0]).expect("a sheet");
    assert!(range.rows().count() > 1, "the sheet has rows");
    // The same bytes' worth as --format xlsx writes to a pipe.
    let (_, piped, _) = run(
        d.path(),
        &["report", "--month", "2015-06", "--format", "xlsx"],
    );
    let mut wb: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(piped)).expect("a workbook");
    assert_eq!(wb.sheet_names(), names);
    assert!(wb.worksheet_range(&names[0]).is_ok());
}

#[test]
fn report_to_an_html_file_is_a_page_and_to_txt_a_table() {
    let d = demo();
    let (code, _, stderr) = run(d.path(), &["report", "--month", "2015-06", "-o", "r.html"]);
    assert_eq!(code, 0, "{stderr}");
    let page = std::fs::read_to_string(d.path().join("r.html")).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") || page.starts_with("<!doctype html>"));
    assert!(page.contains("</html>"));
    let (code, _, stderr) = run(d.path(), &["report", "--month", "2015-06", "-o", "r.txt"]);
    assert_eq!(code, 0, "{stderr}");
    let (_, table, _) = run(d.path(), &["report", "--month", "2015-06"]);
    assert_eq!(std::fs::read(d.path().join("r.txt")).unwrap(), table);
}

#[test]
fn list_deadlines_and_export_files_equal_their_standard_output() {
    let d = demo();
    for (args, file, format) in [
        (vec!["list"], "l.csv", "csv"),
        (vec!["list", "--status", "registered"], "l.json", "json"),
        (vec!["deadlines"], "d.json", "json"),
        (vec!["deadlines"], "d.csv", "csv"),
        (vec!["deadlines"], "d.txt", "table"),
        (vec!["export"], "e.jsonl", "jsonl"),
        (vec!["export", "--anonymize"], "e.csv", "csv"),
        (vec!["show", "К-1"], "s.json", "json"),
        (vec!["people"], "p.csv", "csv"),
        (vec!["calendar", "2015"], "c.json", "json"),
    ] {
        let mut to_file = args.clone();
        to_file.extend(["-o", file]);
        let (code, stdout, stderr) = run(d.path(), &to_file);
        assert_eq!(code, 0, "{to_file:?}: {stderr}");
        assert!(stdout.is_empty(), "{to_file:?} printed to stdout");
        let mut to_stdout = args.clone();
        to_stdout.extend(["--format", format]);
        let (code, expected, stderr) = run(d.path(), &to_stdout);
        assert_eq!(code, 0, "{to_stdout:?}: {stderr}");
        assert!(!expected.is_empty(), "{to_stdout:?} printed nothing");
        assert_eq!(
            std::fs::read(d.path().join(file)).unwrap(),
            expected,
            "{to_file:?} differs from {to_stdout:?}"
        );
    }
}

#[test]
fn an_existing_file_is_replaced_and_no_temporary_is_left() {
    let d = demo();
    std::fs::write(
        d.path().join("d.json"),
        "old and much longer than nothing at all\n".repeat(1000),
    )
    .unwrap();
    let (code, _, stderr) = run(d.path(), &["deadlines", "-o", "d.json"]);
    assert_eq!(code, 0, "{stderr}");
    let (_, expected, _) = run(d.path(), &["deadlines", "--format", "json"]);
    assert_eq!(std::fs::read(d.path().join("d.json")).unwrap(), expected);
    assert_eq!(files(d.path()), ["d.json"]);
}

#[test]
fn an_extension_the_command_cannot_write_is_refused_naming_the_formats() {
    let d = demo();
    let (code, stdout, stderr) = run(d.path(), &["report", "--month", "2015-06", "-o", "r.pdf"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("r.pdf") && stderr.contains(".pdf"),
        "{stderr}"
    );
    for f in [".txt", ".json", ".csv", ".xlsx", ".html"] {
        assert!(stderr.contains(f), "{f} not named: {stderr}");
    }
    // list writes no workbook, export no table.
    let (code, _, stderr) = run(d.path(), &["list", "-o", "l.xlsx"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains(".txt, .json, .csv"), "{stderr}");
    let (code, _, stderr) = run(d.path(), &["export", "-o", "e.txt"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains(".jsonl, .csv"), "{stderr}");
    assert!(
        files(d.path()).is_empty(),
        "nothing written: {:?}",
        files(d.path())
    );
}

#[test]
fn format_and_extension_that_disagree_are_refused_with_a_hint() {
    let d = demo();
    let (code, stdout, stderr) = run(
        d.path(),
        &[
            "report", "--month", "2015-06", "-o", "r.xlsx", "--format", "csv",
        ],
    );
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.is_empty());
    assert!(
        stderr.contains("r.xlsx") && stderr.contains("csv"),
        "{stderr}"
    );
    assert!(stderr.contains("hint:"), "{stderr}");
    let (code, _, stderr) = run(d.path(), &["deadlines", "-o", "d.json", "--format", "csv"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(files(d.path()).is_empty());
    // Agreeing, or a file with no extension, is fine.
    let (code, _, stderr) = run(d.path(), &["deadlines", "-o", "d.json", "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = run(d.path(), &["deadlines", "-o", "plain", "--format", "csv"]);
    assert_eq!(code, 0, "{stderr}");
    let (_, csv, _) = run(d.path(), &["deadlines", "--format", "csv"]);
    assert_eq!(std::fs::read(d.path().join("plain")).unwrap(), csv);
}

#[test]
fn a_missing_directory_or_a_failed_command_writes_nothing() {
    let d = demo();
    let (code, _, stderr) = run(d.path(), &["list", "-o", "nowhere/l.csv"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("nowhere"), "{stderr}");
    assert!(!d.path().join("nowhere").exists(), "no directory made");
    // A card that isn't there: no file.
    let (code, _, stderr) = run(d.path(), &["show", "К-9999", "-o", "s.json"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(files(d.path()).is_empty(), "{:?}", files(d.path()));
}

/// Runs a command with its standard output a real pipe that is closed
/// after `lines` lines are read; returns (exit code, signal, stderr).
#[cfg(unix)]
fn into_closed_pipe(dir: &Path, args: &[&str], lines: usize) -> (Option<i32>, Option<i32>, String) {
    use std::io::{BufRead, Read};
    use std::os::unix::process::ExitStatusExt;
    use std::process::{Command, Stdio};
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("appeals"))
        .current_dir(dir)
        .env_remove("APPEALS_REGISTER")
        .env("APPEALS_LANG", "en")
        .env("NO_COLOR", "1")
        .args(["-R", "reg", "--today", "2015-07-20", "--user", "zarichenko"])
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    {
        let mut reader = std::io::BufReader::new(child.stdout.take().unwrap());
        for _ in 0..lines {
            let mut line = String::new();
            reader.read_line(&mut line).expect("reads a line");
        }
        // The reader goes here, as `head` goes.
    }
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().expect("waits");
    (status.code(), status.signal(), stderr)
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_a_command_quietly() {
    let d = demo();
    for args in [
        vec!["deadlines"],
        vec!["list"],
        vec!["list", "--format", "json"],
        vec!["list", "--format", "csv"],
        vec!["export"],
        vec!["export", "--format", "csv"],
        vec!["report", "--month", "2015-06"],
        vec!["report", "--month", "2015-06", "--format", "html"],
        vec!["show", "К-1"],
        vec!["people"],
        vec!["calendar", "2015"],
    ] {
        for lines in [0, 1] {
            let (code, signal, stderr) = into_closed_pipe(d.path(), &args, lines);
            assert!(
                !stderr.contains("panicked") && !stderr.to_lowercase().contains("error"),
                "{args:?} after {lines} line(s): {stderr}"
            );
            match (code, signal) {
                // Killed by SIGPIPE, as `git log | head` is: nothing more said,
                // no count of rows never written.
                (None, Some(13)) => assert_eq!(stderr, "", "{args:?}"),
                // Everything fitted in the pipe before it closed.
                (Some(0), None) => {}
                other => panic!("{args:?} after {lines} line(s) ended {other:?}: {stderr}"),
            }
        }
    }
}

#[test]
fn xlsx_is_refused_on_a_terminal_but_not_into_a_file() {
    // The refusal itself needs a terminal (tests/it/errors.rs has it); here
    // `-o` makes standard output the file, never the terminal.
    let d = demo();
    let (code, _, stderr) = run(
        d.path(),
        &[
            "report", "--month", "2015-06", "--format", "xlsx", "-o", "k.xlsx",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(std::fs::read(d.path().join("k.xlsx"))
        .unwrap()
        .starts_with(b"PK"));
}

#[test]
fn check_keeps_the_problems_it_found_in_the_file_and_still_exits_1() {
    let d = demo();
    let card = walkdir::WalkDir::new(d.path().join("reg/cards"))
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .find(|p| p.extension().is_some_and(|e| e == "json"))
        .expect("a card");
    std::fs::write(&card, "{ not json").unwrap();
    let (code, stdout, stderr) = run(d.path(), &["check", "-o", "problems.json"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.is_empty());
    let text = std::fs::read_to_string(d.path().join("problems.json")).unwrap();
    let found: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert!(
        found
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "invalid-json"),
        "{text}"
    );
}
