//! Issue #17 point 5, the shell: the register found upwards from the
//! current directory, `--color`, repeated batch errors grouped, a man page
//! per subcommand.

use crate::support::{appeals, appeals_unset, record, Reg, DAY};

/// A register with one appeal received on [`DAY`] (control date 23.07.2015).
fn one_card() -> Reg {
    let reg = Reg::new();
    reg.register_one(DAY, "0145-23062015", "Коваленко Петро Іванович", "009")
        .ok();
    reg
}

#[test]
fn the_register_is_found_from_a_directory_inside_it() {
    let reg = one_card();
    let inside = reg.path("cards/2015");
    assert!(inside.is_dir(), "the card's year directory exists");
    let out = appeals()
        .current_dir(&inside)
        .args(["--today", "2015-07-01", "list", "--format", "json"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "stderr: {stderr}");
    let cards: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(cards.as_array().map(Vec::len), Some(1), "{cards}");
    // The register's own root works as well.
    appeals()
        .current_dir(reg.root())
        .args(["--today", "2015-07-01", "deadlines"])
        .assert()
        .success()
        .stdout(predicates::str::contains("К-1"));
}

#[test]
fn register_and_the_environment_win_over_the_walk_up() {
    let reg = one_card();
    let other = Reg::new(); // empty
                            // -R names the empty one: no cards, though the current directory is in the full one.
    let out = appeals()
        .current_dir(reg.path("cards/2015"))
        .arg("-R")
        .arg(other.root())
        .args(["--today", "2015-07-01", "list", "--format", "json"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let cards: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(cards.as_array().map(Vec::len), Some(0), "{cards}");
    let out = appeals()
        .current_dir(reg.path("cards/2015"))
        .env("APPEALS_REGISTER", other.root())
        .args(["--today", "2015-07-01", "list", "--format", "json"])
        .output()
        .expect("runs");
    let cards: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(cards.as_array().map(Vec::len), Some(0), "{cards}");
}

#[test]
fn outside_any_register_dot_register_is_meant_and_init_makes_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    appeals()
        .current_dir(dir.path())
        .args(["--today", "2015-07-01", "list"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("register"));
    appeals()
        .current_dir(dir.path())
        .args(["init", "--anonymous", "consider"])
        .assert()
        .success();
    assert!(dir.path().join("register/register.toml").is_file());
    // init inside a register still makes ./register there, not over the one above.
    appeals()
        .current_dir(dir.path().join("register"))
        .args(["init"])
        .assert()
        .success();
    assert!(dir.path().join("register/register/register.toml").is_file());
}

const ESC: &str = "\x1b[";

#[test]
fn color_always_colours_overdue_rows_even_in_a_pipe_and_never_does_not() {
    let reg = one_card();
    // On 01.08.2015 the card is overdue: its row is red.
    let always = reg
        .run_on("2015-08-01", &["--color=always", "deadlines"])
        .ok();
    assert!(always.stdout.contains(ESC), "{}", always.stdout);
    let never = reg
        .run_on("2015-08-01", &["--color", "never", "deadlines"])
        .ok();
    assert!(!never.stdout.contains(ESC), "{}", never.stdout);
    // auto in a pipe: none.
    let auto = reg.run_on("2015-08-01", &["deadlines"]).ok();
    assert!(!auto.stdout.contains(ESC), "{}", auto.stdout);
    assert_eq!(
        never.stdout,
        always.stdout.replace("\x1b[31m", "").replace("\x1b[0m", "")
    );
    reg.usage_error(
        "2015-08-01",
        &["--color=sometimes", "deadlines"],
        &["sometimes"],
    );
}

/// 20,000 records with the same unknown topic, after two with problems of
/// their own.
fn bad_batch(reg: &Reg) -> String {
    let mut records = vec![
        record("0001-23062015", DAY, serde_json::json!({"gender": "4.9"})),
        record("0002-23062015", DAY, serde_json::json!({"form": "1.99"})),
    ];
    records.extend((3..=20_000).map(|i| {
        record(
            &format!("{i:05}-23062015"),
            DAY,
            serde_json::json!({"topics": ["999"]}),
        )
    }));
    reg.file(
        "batch.json",
        &serde_json::to_string(&records).expect("json"),
    )
}

#[test]
fn twenty_thousand_identical_errors_are_printed_as_one_line() {
    let reg = Reg::new();
    let batch = bad_batch(&reg);
    let before = reg.snapshot();
    let run = reg.run_on(DAY, &["register", "--from", &batch]).fails();
    assert_eq!(run.code, 1);
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert!(lines.len() <= 6, "{}", run.stderr);
    // The two distinct problems in full, each naming its record and field.
    assert!(
        lines
            .iter()
            .any(|l| l.contains("record 1:") && l.contains("`gender`")),
        "{}",
        run.stderr
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("record 2:") && l.contains("`form`")),
        "{}",
        run.stderr
    );
    // The repeated one once: file, records' span, field, reason, count.
    let grouped: Vec<&&str> = lines.iter().filter(|l| l.contains("999")).collect();
    assert_eq!(grouped.len(), 1, "{}", run.stderr);
    let g = grouped[0];
    assert!(
        g.contains("batch.json: records 3–20000: field `topics`:"),
        "{g}"
    );
    assert!(g.ends_with("(19,998 records)"), "{g}");
    assert_eq!(reg.snapshot(), before, "nothing written");
}

#[test]
fn grouped_errors_in_ukrainian() {
    let reg = Reg::new();
    let batch = bad_batch(&reg);
    let out = appeals_unset()
        .current_dir(reg.root().parent().expect("parent"))
        .args(["-R", "reg", "--today", DAY, "register", "--from", &batch])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("batch.json: записи 3–20000: поле `topics`:"),
        "{stderr}"
    );
    assert!(stderr.contains("(19\u{a0}998 записів)"), "{stderr}");
}

#[test]
fn two_repeats_are_still_printed_one_by_one() {
    let reg = Reg::new();
    let records: Vec<_> = (1..=2)
        .map(|i| {
            record(
                &format!("{i:04}-23062015"),
                DAY,
                serde_json::json!({"topics": ["999"]}),
            )
        })
        .collect();
    let batch = reg.file("two.json", &serde_json::to_string(&records).expect("json"));
    let run = reg.run_on(DAY, &["register", "--from", &batch]).fails();
    assert!(
        run.stderr.contains("two.json: record 1: field `topics`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("two.json: record 2: field `topics`"),
        "{}",
        run.stderr
    );
}

fn man(args: &[&str]) -> String {
    let out = appeals().arg("man").args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "man {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn man_register_prints_the_register_page() {
    let page = man(&["register"]);
    assert!(page.contains(".TH appeals-register 1"), "{page}");
    assert!(page.contains("\\-\\-from"), "{page}");
    assert!(page.contains("\\-\\-skip\\-invalid"), "{page}");
    appeals()
        .args(["man", "nonsense"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("nonsense"));
}

#[test]
fn every_page_the_main_page_lists_exists() {
    let main = man(&[]);
    let listed: Vec<String> = main
        .lines()
        .filter_map(|l| l.strip_prefix("appeals\\-"))
        .filter_map(|l| l.strip_suffix("(1)"))
        .map(|n| n.replace("\\-", "-"))
        .collect();
    assert!(listed.len() > 30, "{listed:?}");
    assert!(listed.contains(&"register".to_string()));
    assert!(!listed.contains(&"help".to_string()), "no page for help");
    for name in &listed {
        let page = man(&[name]);
        assert!(
            page.contains(&format!(".TH appeals-{name} 1")),
            "{name}: {page}"
        );
    }
}

#[test]
fn man_dir_writes_every_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("man1");
    appeals()
        .args(["man", "--dir"])
        .arg(&out)
        .assert()
        .success();
    assert!(out.join("appeals.1").is_file());
    assert!(out.join("appeals-register.1").is_file());
    assert!(out.join("appeals-close-duplicate.1").is_file());
    assert!(!out.join("appeals-help.1").exists());
    let main = std::fs::read_to_string(out.join("appeals.1")).expect("read");
    for l in main.lines().filter_map(|l| l.strip_prefix("appeals\\-")) {
        let name = l.trim_end_matches("(1)").replace("\\-", "-");
        assert!(out.join(format!("appeals-{name}.1")).is_file(), "{name}");
    }
}

/// What the shell gets for the words typed (fish's protocol: one
/// candidate a line, its help after a tab), run in `dir`.
fn complete(dir: &std::path::Path, words: &[&str]) -> Vec<String> {
    let out = appeals()
        .current_dir(dir)
        .env("COMPLETE", "fish")
        .env("APPEALS_TODAY", "2015-07-01")
        .args(["--", "appeals"])
        .args(words)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap_or("").to_string())
        .collect()
}

#[test]
fn completion_offers_card_names_people_months_and_formats_never_files() {
    let reg = one_card();
    reg.register_one(DAY, "0146-23062015", "Шевченко Олена Петрівна", "009")
        .ok();
    let inside = reg.path("cards/2015");
    assert_eq!(complete(&inside, &["show", "К-"]), ["К-1"]);
    assert_eq!(complete(&inside, &["show", "Ш-"]), ["Ш-2"]);
    let executors = complete(&inside, &["resolve", "К-1", "--executor", ""]);
    assert!(
        executors.contains(&"miskcvitlo".to_string()),
        "{executors:?}"
    );
    assert!(
        !executors.iter().any(|e| e.ends_with(".json")),
        "{executors:?}"
    );
    let months = complete(&inside, &["report", "--month", "2015-0"]);
    assert_eq!(
        months.first().map(String::as_str),
        Some("2015-07"),
        "{months:?}"
    );
    assert!(months.iter().all(|m| m.starts_with("2015-0")), "{months:?}");
    assert_eq!(
        complete(&inside, &["list", "--format", ""]),
        ["table", "json", "csv"]
    );
    // No file names anywhere a card belongs, even where files exist.
    assert!(complete(&inside, &["show", "00"]).is_empty());
}

#[test]
fn completions_script_hands_completion_to_appeals() {
    let out = appeals()
        .args(["completions", "bash"])
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("_CLAP_COMPLETE_INDEX"), "{text}");
}
