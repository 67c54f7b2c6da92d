//! Issue #17, point 1: tables that fit. The width is `COLUMNS`, else the
//! terminal's; a pipe gets full rows. `deadlines` and `list` of the demo
//! register fit 80 columns, with a stage column in `deadlines`; `people`,
//! `calendar` and the reports wrap and stack to the width.

use crate::support::{appeals, appeals_unset, demo, Reg, Stage, DAY};
use std::path::Path;
use unicode_width::UnicodeWidthStr;

/// The views the issue measured.
const VIEWS: &[&[&str]] = &[
    &["deadlines"],
    &["list"],
    &["people"],
    &["calendar", "2015"],
    &["report", "--month", "2015-06"],
    &["report", "--quarter", "2015-2"],
];

/// Runs a view of the demo register on its day, in Ukrainian (`uk`) or
/// English, with `COLUMNS` when given; returns stdout.
fn view(dir: &Path, uk: bool, columns: Option<usize>, args: &[&str]) -> String {
    let mut c = if uk { appeals_unset() } else { appeals() };
    c.current_dir(dir)
        .args(["-R", "reg", "--today", "2015-07-20"])
        .args(args);
    if let Some(n) = columns {
        c.env("COLUMNS", n.to_string());
    }
    let out = c.output().expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The lines wider than `width` display columns.
fn too_wide(text: &str, width: usize) -> Vec<String> {
    text.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| l.width() > width)
        .map(|l| format!("{} columns: {l}", l.width()))
        .collect()
}

fn fits(columns: usize) {
    let dir = demo();
    for uk in [true, false] {
        for args in VIEWS {
            let text = view(dir.path(), uk, Some(columns), args);
            assert!(text.lines().count() > 3, "{args:?}: {text}");
            let wide = too_wide(&text, columns);
            assert!(
                wide.is_empty(),
                "{args:?} (uk: {uk}) at COLUMNS={columns}:\n{}",
                wide.join("\n")
            );
        }
    }
}

#[test]
fn every_view_fits_80_columns() {
    fits(80);
}

#[test]
fn every_view_fits_120_columns() {
    fits(120);
}

#[test]
fn without_a_width_the_tables_are_as_wide_as_they_need() {
    let dir = demo();
    // The measure: unfitted, these are wider than a terminal.
    for args in [&["deadlines"][..], &["report", "--month", "2015-06"]] {
        let text = view(dir.path(), true, None, args);
        assert!(!too_wide(&text, 120).is_empty(), "{args:?}:\n{text}");
    }
}

#[test]
fn the_card_wraps_its_long_values_under_themselves() {
    let dir = demo();
    let documents = [
        "docs/2015/000001/answer-applicant.txt",
        "docs/2015/000001/info.txt",
        "docs/2015/000001/quality.toml",
    ];
    // A pipe: each value whole on its line, however wide.
    let whole = view(dir.path(), true, None, &["show", "К-1"]);
    let row = whole
        .lines()
        .find(|l| l.trim_start().starts_with("Документи"))
        .expect("the documents' row");
    assert!(documents.iter().all(|d| row.contains(d)), "{row}");
    assert!(!too_wide(&whole, 120).is_empty(), "{whole}");
    for uk in [true, false] {
        let text = view(dir.path(), uk, Some(80), &["show", "К-1"]);
        // Values start in one column, under the first one's.
        let first = text.lines().nth(1).expect("the index's row");
        let column = first[..first.find("К-1").expect("the index")].width();
        // The card's rows, before the footnotes and the history.
        let lines: Vec<&str> = text.lines().take_while(|l| !l.is_empty()).collect();
        // The same words, wrapped: no value is cut, and none lost.
        let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        let whole_words = words(&view(dir.path(), uk, None, &["show", "К-1"]));
        assert_eq!(words(&text), whole_words, "uk: {uk}");
        let continued: Vec<&&str> = lines
            .iter()
            .filter(|l| l.starts_with(&" ".repeat(column)))
            .collect();
        assert!(continued.len() > 3, "uk: {uk}, column {column}:\n{text}");
        for l in &continued {
            assert!(!l[column..].starts_with(' ') || l.trim().is_empty(), "{l}");
        }
        // Every line fits, but for one unbreakable word (a digest) alone
        // on its line.
        for wide in too_wide(&text, 80) {
            let (_, line) = wide.split_once(" columns: ").expect("line");
            assert_eq!(line.split_whitespace().count(), 1, "{wide}");
        }
        for d in documents {
            assert!(text.contains(d), "{d} broken in:\n{text}");
        }
        // A list of files too long for its line: each starts a line.
        let quality = if uk {
            "картка якості:"
        } else {
            "quality card:"
        };
        assert!(
            continued
                .iter()
                .any(|l| l.trim_start().starts_with(quality)),
            "uk: {uk}:\n{text}"
        );
    }
}

#[test]
fn a_pipe_gets_every_summary_whole_on_one_line() {
    let dir = demo();
    let json = view(dir.path(), true, None, &["list", "--format", "json"]);
    let cards: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let longest = cards
        .as_array()
        .expect("array")
        .iter()
        .map(|c| c["summary"].as_str().expect("summary").to_string())
        .max_by_key(|s| s.chars().count())
        .expect("a card");
    assert!(longest.chars().count() > 60, "{longest}");
    let text = view(dir.path(), true, None, &["list"]);
    assert!(
        text.lines().any(|l| l.contains(&longest)),
        "{longest:?} not whole in:\n{text}"
    );
    // At 80 columns it is cut with an ellipsis, never wrapped.
    let narrow = view(dir.path(), true, Some(80), &["list"]);
    assert!(!narrow.contains(&longest));
    assert!(narrow.contains('…'));
    let rows = |t: &str| t.lines().filter(|l| l.contains("2015/")).count();
    assert_eq!(rows(&narrow), rows(&text));
}

#[test]
fn deadlines_compact_layout_keeps_what_a_clerk_needs() {
    let dir = demo();
    let text = view(dir.path(), true, Some(80), &["deadlines"]);
    let header = text.lines().nth(1).expect("header");
    for heading in [
        "картка",
        "етап",
        "вик.",
        "строк",
        "контр.",
        "дн.",
        "стан",
        "позначки",
    ] {
        assert!(header.contains(heading), "{heading} in {header}");
    }
    // Cards and dates of the table's year without the year; the full
    // layout keeps it.
    let row = text.lines().find(|l| l.contains("│ Р-4 ")).expect("row");
    assert!(
        row.contains("07.07") && !row.contains("07.07.2015"),
        "{row}"
    );
    assert!(row.contains("у вик.") && row.contains("простр."), "{row}");
    let full = view(dir.path(), true, None, &["deadlines"]);
    let row = full.lines().find(|l| l.contains("2015/Р-4 ")).expect("row");
    assert!(
        row.contains("07.07.2015") && row.contains("у виконавця"),
        "{row}"
    );
}

#[test]
fn the_monthly_report_stacks_the_executors_table_on_a_narrow_terminal() {
    let dir = demo();
    let text = view(
        dir.path(),
        true,
        Some(80),
        &["report", "--month", "2015-06"],
    );
    // Every part names its executors: the department is in several tables.
    let parts = text
        .lines()
        .filter(|l| l.contains("│ 1 │ Департамент"))
        .count();
    assert!(parts >= 2, "{text}");
    // A table that fits as it is keeps its labels on one line each.
    assert!(
        text.lines()
            .any(|l| l.contains("│ На контролі з порушенням терміну ")),
        "{text}"
    );
    let whole = view(dir.path(), true, None, &["report", "--month", "2015-06"]);
    assert_eq!(
        whole
            .lines()
            .filter(|l| l.contains("│ 1 │ Департамент"))
            .count(),
        1
    );
}

/// The stage word of `card`'s row in `deadlines` as `--today` `day`.
fn stage_of(reg: &Reg, day: &str, columns: Option<&str>, card: &str) -> String {
    let mut c = appeals();
    c.current_dir(reg.dir.path()).args([
        "-R",
        "reg",
        "--today",
        day,
        "--user",
        "zarichenko",
        "deadlines",
    ]);
    if let Some(n) = columns {
        c.env("COLUMNS", n);
    }
    let out = c.output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    // The compact layout names a card of the table's year without it.
    let shown = match columns {
        Some(_) => card.trim_start_matches("2015/"),
        None => card,
    };
    let row = text
        .lines()
        .find(|l| l.contains(&format!("│ {shown} ")))
        .unwrap_or_else(|| panic!("{card} in\n{text}"));
    let cells: Vec<&str> = row.split('│').map(str::trim).collect();
    // │ card │ received │ stage … in full; │ card │ stage … compact.
    let at = if columns.is_some() { 2 } else { 3 };
    cells[at].to_string()
}

#[test]
fn deadlines_shows_the_stage_of_each_card() {
    let reg = Reg::new();
    let cards: Vec<(String, &str, &str)> = [
        (Stage::Registered, "registered", "new"),
        (Stage::Resolved, "resolved", "resolved"),
        (Stage::Dispatched, "dispatched", "at exec."),
        (Stage::Answered, "answered", "answered"),
        (Stage::Signed, "signed", "signed"),
    ]
    .into_iter()
    .map(|(stage, full, short)| (reg.card_at(stage), full, short))
    .collect();
    let day = "2015-07-20";
    for (card, full, short) in &cards {
        assert_eq!(&stage_of(&reg, day, None, card), full, "{card}");
        assert_eq!(&stage_of(&reg, day, Some("80"), card), short, "{card}");
    }
    assert_eq!(DAY, "2015-06-23");
}

/// `deadlines` of the demo register in a pseudo-terminal 80 columns wide,
/// with no `COLUMNS`: the width is the terminal's.
#[cfg(target_os = "linux")]
#[test]
fn deadlines_and_list_fit_an_80_column_pseudo_terminal() {
    use rustix::pty::{grantpt, openpt, ptsname, unlockpt, OpenptFlags};
    use std::io::Read;
    use std::os::fd::AsRawFd;
    let dir = demo();
    for args in [&["deadlines"][..], &["list"]] {
        let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).expect("openpt");
        grantpt(&master).expect("grantpt");
        unlockpt(&master).expect("unlockpt");
        let name = ptsname(&master, Vec::new()).expect("ptsname");
        let slave = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(name.to_str().expect("name"))
            .expect("slave");
        let size = libc::winsize {
            ws_row: 50,
            ws_col: 80,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: a valid descriptor and a winsize the call only reads.
        let rc = unsafe { libc::ioctl(slave.as_raw_fd(), libc::TIOCSWINSZ, &size) };
        assert_eq!(rc, 0, "TIOCSWINSZ");
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("appeals"));
        for var in [
            "COLUMNS",
            "APPEALS_REGISTER",
            "APPEALS_TODAY",
            "APPEALS_LANG",
            "LC_ALL",
            "LC_MESSAGES",
            "LANG",
        ] {
            c.env_remove(var);
        }
        c.env("NO_COLOR", "1")
            .current_dir(dir.path())
            .args(["-R", "reg", "--today", "2015-07-20"])
            .args(args)
            .stdout(slave.try_clone().expect("clone"))
            .stderr(std::process::Stdio::null());
        let mut master = std::fs::File::from(master);
        let reader = std::thread::spawn(move || {
            let mut all = Vec::new();
            let mut buf = [0u8; 4096];
            // The master reads until the last holder of the slave is gone
            // (EIO on Linux).
            while let Ok(n) = master.read(&mut buf) {
                if n == 0 {
                    break;
                }
                all.extend_from_slice(&buf[..n]);
            }
            all
        });
        let status = c.status().expect("runs");
        drop(c);
        drop(slave);
        assert!(status.success());
        let text = String::from_utf8(reader.join().expect("reader")).expect("UTF-8");
        // Colour is off (NO_COLOR); the lines end in CR LF on a terminal.
        assert!(text.lines().count() > 10, "{args:?}: {text}");
        let wide = too_wide(&text, 80);
        assert!(wide.is_empty(), "{args:?}:\n{}", wide.join("\n"));
    }
}
