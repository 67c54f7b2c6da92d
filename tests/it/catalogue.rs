//! The card catalogue (`.index/cards.tsv`, issue #20 point 1): daily
//! commands read only the cards on control, or received in the report's
//! period, and print exactly what a read of every card prints
//! (`--no-index`), however the cards changed since the catalogue was made:
//! by hand in place with the time set back, by git adding or removing
//! files, or by a command killed half-way.

use crate::check::forge;
use crate::generate::generated;
use crate::support::{git, Reg};
use appeals::store::Store;
use std::process::{Command, Stdio};
use std::time::Duration;

const TODAY: &str = "2024-12-20";

/// The daily commands compared, each a read of a few cards on a generated
/// register (a report over all years reads them all).
const DAILY: &[&[&str]] = &[
    &["deadlines"],
    &["deadlines", "--format", "json"],
    &["remind", "--dry-run", "--format", "json"],
    &["list", "--open", "--format", "csv"],
    &["list", "--status", "dispatched", "--format", "csv"],
    &["report", "--month", "2024-11", "--format", "json"],
    &["report", "--month", "2024-12", "--format", "json"],
    &["report", "--quarter", "2024-3", "--format", "json"],
    &["report", "--from", "2019-03-01", "--to", "2019-03-31"],
    &["report", "--from", "2015-01-01", "--to", "2024-12-31"],
];

/// A generated register whose files have settled (a file changed in the
/// last two seconds is never trusted, and would be read anyway).
fn settled() -> Reg {
    let (reg, _) = generated(300, 7);
    std::thread::sleep(Duration::from_millis(2100));
    reg
}

/// Runs `args` with the catalogue and with `--no-index`, asserts the same
/// output, errors and exit code, and returns the output.
#[track_caller]
fn same(reg: &Reg, args: &[&str]) -> String {
    let with = reg.run_on(TODAY, args);
    let mut full = args.to_vec();
    full.push("--no-index");
    let without = reg.run_on(TODAY, &full);
    assert_eq!(
        (with.code, &with.stdout, &with.stderr),
        (without.code, &without.stdout, &without.stderr),
        "{args:?} differs from a read of every card"
    );
    with.stdout
}

/// Every daily command prints the same either way.
#[track_caller]
fn all_same(reg: &Reg) {
    for args in DAILY {
        same(reg, args);
    }
}

/// The catalogue's lines: (year, number, identity, status, received, last
/// reminder, lean view).
fn catalogue(reg: &Reg) -> Vec<Vec<String>> {
    std::fs::read_to_string(reg.path(".index/cards.tsv"))
        .expect("the catalogue is saved")
        .lines()
        .skip(1)
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

/// Runs `args` on the register, killed after `wait`.
fn killed(reg: &Reg, args: &[&str], wait: Duration) {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("appeals"))
        .current_dir(reg.dir.path())
        .args(["-R", "reg", "--today", TODAY, "--user", "zarichenko"])
        .args(args)
        .env("APPEALS_LANG", "en")
        .env_remove("APPEALS_REGISTER")
        .env_remove("APPEALS_TODAY")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn appeals");
    std::thread::sleep(wait);
    let _ = child.kill();
    let _ = child.wait();
}

/// The file of the first card of the catalogue with this status received
/// in this year, and its registration name.
fn card_with(reg: &Reg, status: &str, year: &str) -> (std::path::PathBuf, String) {
    let line = catalogue(reg)
        .into_iter()
        .find(|l| l[3] == status && l[4].starts_with(year))
        .unwrap_or_else(|| panic!("a {status} card received in {year}"));
    let number: u32 = line[1].parse().expect("number");
    let rel = format!("cards/{}/{number:06}.json", line[0]);
    let card: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(reg.path(&rel)).expect("card"))
            .expect("json");
    let name = format!("{}/{}", line[0], card["index"].as_str().expect("index"));
    (reg.path(&rel), name)
}

/// Replaces `from` with `to` (of the same length) in a file, in place, its
/// modification time set back.
fn edit_in_place(path: &std::path::Path, from: &str, to: &str) {
    assert_eq!(from.len(), to.len());
    forge(path, |b| {
        let text = String::from_utf8(b.clone()).expect("utf-8");
        assert!(text.contains(from), "{from:?} in {}", path.display());
        *b = text.replacen(from, to, 1).into_bytes();
    });
}

fn received(report: &str) -> u64 {
    let json: serde_json::Value = serde_json::from_str(report).expect("json");
    json["totals"]["received"].as_u64().expect("received")
}

#[test]
fn daily_commands_print_with_the_catalogue_what_a_read_of_every_card_prints() {
    let reg = settled();
    // The first run makes the catalogue; the second trusts it.
    all_same(&reg);
    let lines = catalogue(&reg);
    assert_eq!(lines.len(), 300, "a line a card");
    assert!(
        lines.iter().all(|l| l[2] != "-"),
        "settled cards are trusted by their identity on disk"
    );
    let open = lines
        .iter()
        .filter(|l| !["closed", "forwarded", "returned", "declined", "duplicate"].contains(&&*l[3]))
        .count();
    assert!(open > 0 && open * 2 < lines.len(), "{open} on control");
    all_same(&reg);
    // A catalogue that cannot be read is made again.
    std::fs::write(reg.path(".index/cards.tsv"), "not a catalogue\n").expect("damage");
    all_same(&reg);
    assert_eq!(catalogue(&reg).len(), 300);
}

#[test]
fn a_card_edited_by_hand_in_place_with_its_time_set_back_is_seen() {
    let reg = settled();
    all_same(&reg);
    // A card closed years ago, received anew in November 2024 by a hand
    // that kept the file's size and set its time back: the month's report
    // counts it.
    let month = &["report", "--month", "2024-11", "--format", "json"];
    let before = received(&same(&reg, month));
    let (file, _) = card_with(&reg, "closed", "2019");
    let text = std::fs::read_to_string(&file).expect("card");
    let at = text.find("\"received\": \"").expect("received") + 13;
    edit_in_place(&file, &text[at - 13..at + 10], "\"received\": \"2024-11-05");
    assert_eq!(received(&same(&reg, month)), before + 1);

    // Another put back on control (its history says otherwise, which
    // `remind` refuses either way): the deadline table lists it.
    let (file, name) = card_with(&reg, "closed", "2018");
    assert!(!same(&reg, &["deadlines"]).contains(&name));
    edit_in_place(
        &file,
        "  \"status\": \"closed\",",
        " \"status\":\"answered\",",
    );
    assert!(same(&reg, &["deadlines"]).contains(&name), "{name}");
    all_same(&reg);
}

#[test]
fn a_card_on_control_edited_by_hand_in_place_is_read_anew() {
    let reg = settled();
    // The first run makes the catalogue; the second reads the cards on
    // control from the lean views it keeps of them.
    all_same(&reg);
    let kept = catalogue(&reg).iter().filter(|l| l[6] != "-").count();
    assert!(kept > 0, "lean views of the cards on control");
    all_same(&reg);
    // One's control date moved by a hand that kept the file's size and set
    // its time back: `deadlines` prints the new date, as a read of every
    // card does.
    let (file, name) = card_with(&reg, "dispatched", "2024");
    let text = std::fs::read_to_string(&file).expect("card");
    let at = text.find("\"control_date\": \"").expect("control date") + 17;
    let old = text[at..at + 10].to_string();
    let new = if old == "2024-12-30" {
        "2024-12-27"
    } else {
        "2024-12-30"
    };
    let control = || -> String {
        let json: serde_json::Value =
            serde_json::from_str(&same(&reg, &["deadlines", "--format", "json"])).expect("json");
        json["cards"]
            .as_array()
            .expect("cards")
            .iter()
            .find(|c| c["index"] == name.as_str())
            .unwrap_or_else(|| panic!("{name} on control"))["control_date"]
            .as_str()
            .expect("date")
            .to_string()
    };
    assert_eq!(control(), old);
    edit_in_place(
        &file,
        &format!("\"control_date\": \"{old}"),
        &format!("\"control_date\": \"{new}"),
    );
    assert_eq!(control(), new);
    all_same(&reg);
}

#[test]
fn cards_git_adds_removes_or_brings_back_are_seen() {
    let reg = settled();
    let root = reg.root();
    git(&root, &["init", "-q", "-b", "main"]);
    git(&root, &["add", "-A"]);
    git(
        &root,
        &[
            "-c",
            "user.name=clerk",
            "-c",
            "user.email=c@example.org",
            "commit",
            "-qm",
            "cards",
        ],
    );
    all_same(&reg);

    // An open card removed, then checked out again.
    let (file, name) = card_with(&reg, "dispatched", "2024");
    let rel = file
        .strip_prefix(&root)
        .expect("inside")
        .to_string_lossy()
        .into_owned();
    assert!(same(&reg, &["deadlines"]).contains(&name));
    git(&root, &["rm", "-q", &rel]);
    assert!(!same(&reg, &["deadlines"]).contains(&name));
    all_same(&reg);
    git(&root, &["checkout", "-q", "HEAD", "--", &rel]);
    assert!(same(&reg, &["deadlines"]).contains(&name));

    // A card's earlier version brought back by git: its month counts it
    // again, the month it was moved to no longer.
    let month = &["report", "--month", "2024-11", "--format", "json"];
    let before = received(&same(&reg, month));
    let (file, _) = card_with(&reg, "closed", "2020");
    let rel = file
        .strip_prefix(&root)
        .expect("inside")
        .to_string_lossy()
        .into_owned();
    let text = std::fs::read_to_string(&file).expect("card");
    let at = text.find("\"received\": \"").expect("received") + 13;
    std::fs::write(&file, text.replacen(&text[at..at + 10], "2024-11-06", 1)).expect("edit");
    git(
        &root,
        &[
            "-c",
            "user.name=clerk",
            "-c",
            "user.email=c@example.org",
            "commit",
            "-qam",
            "moved",
        ],
    );
    std::thread::sleep(Duration::from_millis(2100));
    assert_eq!(received(&same(&reg, month)), before + 1);
    git(&root, &["checkout", "-q", "HEAD~1", "--", &rel]);
    assert_eq!(received(&same(&reg, month)), before);
    all_same(&reg);
}

#[test]
fn what_a_killed_command_leaves_is_never_trusted() {
    let reg = settled();
    all_same(&reg);
    // A catalogue cut short, and a temporary file beside it, as a run
    // killed while saving could leave them were it not renamed into place.
    let path = reg.path(".index/cards.tsv");
    let text = std::fs::read_to_string(&path).expect("catalogue");
    std::fs::write(&path, &text[..text.len() / 2]).expect("cut");
    std::fs::write(reg.path(".index/.tmpcards"), "2015\t1\t-\n").expect("temp");
    all_same(&reg);
    assert_eq!(catalogue(&reg).len(), 300);

    // A batch registration and `remind` killed at several points while they
    // write: whatever they wrote is seen by the next run, and so is what
    // their runs to the end write.
    let loaded = Store::at(reg.root()).load().expect("loads");
    let day = TODAY.parse().expect("date");
    let records = appeals::generate::intake_records(&loaded, 120, 3, day).expect("records");
    let text: String = records.iter().map(|r| format!("{r}\n")).collect();
    let batch = reg.file("batch.jsonl", &text);
    let outbox = reg.dir.path().join("outbox").to_string_lossy().into_owned();
    let before = same(&reg, &["deadlines", "--format", "json"]);
    for args in [
        &["register", "--from", &batch][..],
        &["remind", "--outbox", &outbox],
    ] {
        for wait in [10, 40, 120] {
            killed(&reg, args, Duration::from_millis(wait));
            all_same(&reg);
        }
        reg.run_on(TODAY, args).ok();
        all_same(&reg);
    }
    assert_ne!(same(&reg, &["deadlines", "--format", "json"]), before);
    reg.run_on(TODAY, &["check"]).ok();
}

/// Every card file's bytes, by path.
fn card_bytes(reg: &Reg) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    let mut cards = std::collections::BTreeMap::new();
    for year in std::fs::read_dir(reg.path("cards"))
        .expect("cards")
        .flatten()
    {
        for f in std::fs::read_dir(year.path()).expect("year").flatten() {
            cards.insert(f.path(), std::fs::read(f.path()).expect("card"));
        }
    }
    cards
}

/// A registration killed between a repeat's two writes (the new card,
/// then the link back on the card it repeats) is completed by its re-run:
/// `check` is clean again without `--fix-links`.
#[test]
fn a_registration_killed_before_its_link_back_is_completed_by_its_rerun() {
    let reg = settled();
    let loaded = Store::at(reg.root()).load().expect("loads");
    let day = TODAY.parse().expect("date");
    let records = appeals::generate::intake_records(&loaded, 120, 3, day).expect("records");
    let text: String = records.iter().map(|r| format!("{r}\n")).collect();
    let batch = reg.file("batch.jsonl", &text);
    let before = card_bytes(&reg);
    reg.run_on(TODAY, &["register", "--from", &batch]).ok();
    // The earlier cards the batch linked back to, as they were: as if the
    // run had been killed after each new card, before its link back.
    let mut undone = 0;
    for (path, bytes) in &before {
        if std::fs::read(path).expect("card") != *bytes {
            std::fs::write(path, bytes).expect("put back");
            undone += 1;
        }
    }
    assert!(undone > 0, "the batch repeats earlier cards");
    let found = reg.run_on(TODAY, &["check"]);
    assert!(
        found.code == 1 && found.stdout.contains("[broken-link]"),
        "{}",
        found.stdout
    );
    reg.run_on(TODAY, &["register", "--from", &batch]).ok();
    reg.run_on(TODAY, &["check"]).ok();
    let after = card_bytes(&reg);
    assert_eq!(after.len(), before.len() + records.len(), "no card twice");
}
