//! `appeals check`: silent on a clean register; every kind of damage —
//! a hand edit, a merge of two clones, a changed signed document, a broken
//! settings file — reported at once with its file, field and stable code.

use crate::support::{quality, record, Reg, Stage, DAY};
use serde_json::{json, Value};

/// A register with eight appeals of 23.06.2015 and a ninth repeating К-8:
/// К-1 carried through the whole procedure, К-2 extended with the applicant
/// notified, К-3 resolved.
fn fixture() -> Reg {
    let reg = Reg::new();
    let batch: Vec<Value> = (1..=8)
        .map(|i| record(&format!("c-{i}"), DAY, json!({})))
        .collect();
    let f = reg.file("day.json", &Value::Array(batch).to_string());
    reg.run_on(DAY, &["register", "--from", &f]).ok();
    let f = reg.file(
        "repeat.json",
        &json!([record("c-9", DAY, json!({"repeat_of": "2015/К-8"}))]).to_string(),
    );
    reg.run_on(DAY, &["register", "--from", &f]).ok();
    reg.walk("К-1").quality(&quality("yes", 5)).to(Stage::Sent);
    reg.run_on(
        "2015-07-01",
        &[
            "extend",
            "К-2",
            "--until",
            "2015-08-07",
            "--by",
            "maslenkov",
            "--reason",
            "перевірка на місці",
            "--notified",
            "2015-07-01",
        ],
    )
    .ok();
    reg.walk("К-3").to(Stage::Resolved);
    reg
}

/// Runs `check --format json` and returns (code, file, field) of each finding.
fn findings(reg: &Reg) -> Vec<(String, String, String)> {
    let run = reg.run_on("2015-08-01", &["check", "--format", "json"]);
    assert_eq!(
        run.code, 1,
        "check should fail\nstdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
    assert!(
        run.stderr.contains("error: ") && run.stderr.contains("hint: "),
        "{}",
        run.stderr
    );
    run.json()
        .as_array()
        .expect("an array")
        .iter()
        .map(|f| {
            for key in ["message", "hint"] {
                assert!(
                    !f[key].as_str().unwrap_or("").is_empty(),
                    "finding without {key}: {f}"
                );
            }
            let s = |k: &str| f[k].as_str().expect(k).to_string();
            let code = s("code");
            assert!(
                code.parse::<appeals::ops::check::Code>().is_ok(),
                "undocumented code {code}"
            );
            (s("code"), s("file"), s("field"))
        })
        .collect()
}

#[track_caller]
fn has(found: &[(String, String, String)], code: &str, file: &str, field: &str) {
    assert!(
        found
            .iter()
            .any(|(c, f, d)| c == code && f == file && d == field),
        "no {code} at {file} {field} in:\n{}",
        found
            .iter()
            .map(|f| format!("  {f:?}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Edits a card's JSON by hand, in place (as an editor does).
fn edit(reg: &Reg, number: u32, f: impl FnOnce(&mut Value)) {
    let mut card = reg.card(2015, number);
    f(&mut card);
    let text = serde_json::to_string_pretty(&card).expect("json") + "\n";
    std::fs::write(reg.path(&format!("cards/2015/{number:06}.json")), text).expect("write");
}

/// К-1's signed documents.
fn signed_documents(reg: &Reg) -> Vec<String> {
    reg.card(2015, 1)["signature"]["sha256"]
        .as_object()
        .expect("signed documents")
        .keys()
        .cloned()
        .collect()
}

fn card_file(n: u32) -> String {
    format!("cards/2015/{n:06}.json")
}

#[test]
fn a_clean_register_checks_silently() {
    let reg = fixture();
    let run = reg.run_on("2015-08-01", &["check"]).ok();
    assert_eq!((run.stdout.as_str(), run.stderr.as_str()), ("", ""));
    let run = reg
        .run_on("2015-08-01", &["check", "--format", "json"])
        .ok();
    assert_eq!(run.json(), json!([]));
    assert!(reg.card(2015, 1)["signature"]["sha256"]
        .as_object()
        .is_some_and(|m| !m.is_empty()));
}

#[test]
fn every_problem_is_reported_at_once_with_file_field_and_code() {
    let reg = fixture();
    let signed = signed_documents(&reg);
    // К-1: a signed document changed after signing.
    let doc = &signed[0];
    let mut bytes = std::fs::read(reg.path(doc)).expect("doc");
    bytes.extend_from_slice("Дописано після підпису.\n".as_bytes());
    std::fs::write(reg.path(doc), bytes).expect("write");
    // К-2: the extension pushed past 45 days; К-3's coordinator unknown.
    edit(&reg, 2, |c| {
        c["term"]["extensions"][0]["until"] = json!("2015-08-20")
    });
    edit(&reg, 3, |c| {
        c["resolution"]["coordinator"] = json!("nobody")
    });
    // К-4: the status doesn't follow from the history.
    edit(&reg, 4, |c| c["status"] = json!("signed"));
    // К-5: an unknown topic and a control date moved by hand.
    edit(&reg, 5, |c| {
        c["classification"]["topics"] = json!(["9999"]);
        c["term"]["control_date"] = json!("2015-07-24");
    });
    // К-6: truncated by a crash of some other program.
    let p = reg.path(&card_file(6));
    let text = std::fs::read(&p).expect("card");
    std::fs::write(&p, &text[..text.len() / 2]).expect("write");
    // К-7: a field of the wrong type. К-8 lost its link to К-9 and got a
    // step out of order, dated before the one before it.
    edit(&reg, 7, |c| c["term"]["days"] = json!("thirty"));
    edit(&reg, 8, |c| {
        c["links"]["later"] = json!([]);
        c["history"]
            .as_array_mut()
            .unwrap()
            .push(json!({"at": "2015-06-22", "by": "x", "action": "sign", "data": {}}));
    });
    // A merge of two clones: К-9 again under another file name.
    std::fs::copy(reg.path(&card_file(9)), reg.path(&card_file(90))).expect("copy");
    std::fs::write(reg.path("cards/2015/notes.txt"), "чернетка").expect("write");

    let found = findings(&reg);
    has(
        &found,
        "signature-mismatch",
        &card_file(1),
        &format!("/signature/sha256/{}", doc.replace('/', "~1")),
    );
    has(
        &found,
        "extension-over-max",
        &card_file(2),
        "/term/extensions/0/until",
    );
    has(&found, "term-mismatch", &card_file(2), "/term/control_date");
    has(
        &found,
        "unknown-person",
        &card_file(3),
        "/resolution/coordinator",
    );
    has(&found, "status-mismatch", &card_file(4), "/status");
    has(&found, "bad-transition", &card_file(8), "/history/2/action");
    has(&found, "history-order", &card_file(8), "/history/2/at");
    has(
        &found,
        "unknown-code",
        &card_file(5),
        "/classification/topics/0",
    );
    has(&found, "term-mismatch", &card_file(5), "/term/control_date");
    has(&found, "invalid-json", &card_file(6), "");
    has(&found, "invalid-json", &card_file(7), "/term/days");
    has(&found, "broken-link", &card_file(8), "/links/later");
    has(&found, "path-mismatch", &card_file(90), "/number");
    has(&found, "duplicate-number", &card_file(90), "/number");
    has(&found, "duplicate-index", &card_file(90), "/index");
    has(&found, "duplicate-cc", &card_file(90), "/cc_number");
    has(&found, "stray-file", "cards/2015/notes.txt", "");

    // The table names the file and the field, with a hint under each.
    let run = reg.run_on("2015-08-01", &["check"]).fails();
    assert!(
        run.stdout
            .contains(&format!("reg/{}: /status: ", card_file(4))),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("[signature-mismatch]\n  hint: "),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr
            .contains("problems in the register (10 cards checked)"),
        "{}",
        run.stderr
    );
}

#[test]
fn every_code_is_documented_in_help() {
    let help = crate::support::run_in(std::path::Path::new("."), &["check", "--help"], None)
        .ok()
        .stdout;
    for code in appeals::ops::check::Code::ALL {
        assert!(
            help.contains(&format!("  {code} ")),
            "{code} missing from --help:\n{help}"
        );
    }
}

#[test]
fn steps_without_their_data_and_unsafe_document_paths() {
    let reg = fixture();
    edit(&reg, 1, |c| {
        c["dispatch"] = Value::Null;
        c["answer"]["documents"]["draft"] = json!("../../outside.txt");
        c["signature"]["sha256"] = json!({"/etc/passwd": "00"});
    });
    edit(&reg, 3, |c| {
        c["history"].as_array_mut().unwrap().truncate(1)
    });
    let found = findings(&reg);
    has(&found, "step-mismatch", &card_file(1), "/dispatch");
    has(
        &found,
        "unsafe-path",
        &card_file(1),
        "/answer/documents/draft",
    );
    has(
        &found,
        "unsafe-path",
        &card_file(1),
        "/signature/sha256/~1etc~1passwd",
    );
    has(&found, "step-mismatch", &card_file(3), "/resolution");
    has(&found, "status-mismatch", &card_file(3), "/status");
}

#[test]
fn an_extension_without_notification_is_reported_until_recorded() {
    let reg = fixture();
    reg.run_on(
        "2015-07-01",
        &[
            "extend",
            "К-4",
            "--until",
            "2015-08-05",
            "--by",
            "maslenkov",
            "--reason",
            "перевірка",
        ],
    )
    .ok();
    let found = findings(&reg);
    assert_eq!(
        found,
        [(
            "extension-not-notified".to_string(),
            card_file(4),
            "/term/extensions/0/notified".to_string()
        )]
    );
}

#[test]
fn broken_settings_files_are_reported_and_cards_still_checked() {
    let reg = fixture();
    std::fs::write(
        reg.path("people.toml"),
        "[[coordinator]]\nid = \"x\"\nname = 1\n",
    )
    .expect("write");
    std::fs::write(reg.path("calendar.toml"), "this is not toml =").expect("write");
    std::fs::write(reg.path("classifier.toml"), b"\xff\xfe not utf-8").expect("write");
    edit(&reg, 2, |c| c["index"] = json!("К-77"));
    let found = findings(&reg);
    has(&found, "config-invalid", "people.toml", "");
    has(&found, "config-invalid", "calendar.toml", "");
    has(&found, "config-invalid", "classifier.toml", "");
    has(&found, "bad-index", &card_file(2), "/index");
    // Without the calendar, terms are not judged: no false term-mismatch.
    assert!(!found.iter().any(|f| f.0 == "term-mismatch"), "{found:?}");
    // Other commands refuse such a register with the file named.
    reg.run_on(DAY, &["show", "К-1"])
        .fails()
        .stderr_has("classifier.toml: not UTF-8");
}

#[test]
fn settings_that_contradict_the_classifier() {
    let reg = fixture();
    let p = reg.path("register.toml");
    let text = std::fs::read_to_string(&p)
        .expect("settings")
        .replace("form = \"1.4\"", "form = \"1.99\"");
    std::fs::write(&p, text).expect("write");
    has(
        &findings(&reg),
        "unknown-code",
        "register.toml",
        "defaults.form",
    );
}

#[test]
fn a_card_edited_in_place_makes_the_index_stale_until_fixed() {
    let reg = fixture();
    reg.run_on(DAY, &["show", "cc:c-5"]).ok();
    reg.run_on(DAY, &["related", "К-5"]).ok();
    assert!(reg.path(".index/stamp").exists());
    edit(&reg, 5, |c| {
        c["cc_number"] = json!("c-55");
        c["applicant"]["name"] = json!("Шевченко Тарас");
    });
    let found = findings(&reg);
    let stale = |prefix: &str| {
        found
            .iter()
            .any(|(c, f, _)| c == "index-stale" && f.starts_with(prefix))
    };
    assert!(
        stale(".index/cc-") && stale(".index/applicants-"),
        "{found:?}"
    );
    let run = reg.run_on(DAY, &["check", "--fix-index"]).ok();
    assert!(
        run.stderr.contains("files and rebuilt them from the cards"),
        "{}",
        run.stderr
    );
    reg.run_on(DAY, &["check"]).ok();
    reg.run_on(DAY, &["show", "cc:c-55"]).ok().stdout_has("К-5");
}

#[test]
fn a_bom_non_utf8_or_merge_conflict_card_is_named() {
    let reg = fixture();
    let text = std::fs::read(reg.path(&card_file(2))).expect("card");
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(&text);
    std::fs::write(reg.path(&card_file(2)), bom).expect("write");
    let mut latin1 = text.clone();
    latin1.truncate(40);
    latin1.extend_from_slice(b"\xe9\"}");
    std::fs::write(reg.path(&card_file(3)), latin1).expect("write");
    let conflict = format!(
        "<<<<<<< HEAD\n{}=======\n{}>>>>>>> clerk-2\n",
        String::from_utf8_lossy(&text),
        String::from_utf8_lossy(&text)
    );
    std::fs::write(reg.path(&card_file(4)), conflict).expect("write");
    let run = reg.run_on(DAY, &["check"]).fails();
    for (n, needle) in [
        (2, "starts with a byte-order mark"),
        (3, "not UTF-8"),
        (4, "git conflict: merge-conflict markers from line 1"),
    ] {
        let line = format!("reg/{}: {needle}", card_file(n));
        assert!(
            run.stdout.contains(&line),
            "no {line:?} in:\n{}",
            run.stdout
        );
    }
}

#[test]
fn check_outside_a_register_is_refused() {
    let reg = Reg::new();
    let run = crate::support::run_in(reg.dir.path(), &["-R", "nowhere", "check"], None).fails();
    assert!(run.stderr.contains("is not a register"), "{}", run.stderr);
}

#[test]
fn a_link_back_lost_to_a_crash_is_repaired_by_fix_links() {
    let reg = fixture();
    // As if registration of К-9 was killed after writing К-9, before К-8.
    edit(&reg, 8, |c| {
        c["links"]["later"] = json!([]);
        c["history"].as_array_mut().unwrap().truncate(1);
    });
    has(
        &findings(&reg),
        "broken-link",
        &card_file(8),
        "/links/later",
    );
    let run = reg.run_on("2015-06-24", &["check", "--fix-links"]).ok();
    assert!(
        run.stderr.contains("fixed 2015/К-8: linked 2015/К-9"),
        "{}",
        run.stderr
    );
    let c = reg.card(2015, 8);
    assert_eq!(c["links"]["later"], json!(["2015/К-9"]));
    assert_eq!(c["history"][1]["action"], "link");
    assert_eq!(c["history"][1]["at"], "2015-06-24");
    reg.run_on("2015-08-01", &["check"]).ok();
}

#[test]
fn the_tool_keeps_the_derived_indexes_current_and_notices_other_writers() {
    let reg = fixture();
    let fresh = || appeals::store::derived::fresh_stamp(&reg.path("")).expect("stamp");
    // Registration and every step after it leave the indexes current, so
    // the next registration reads one shard, not the register.
    assert!(fresh().is_some(), "after registering and the steps");
    let shard = (0..=255)
        .map(|b| reg.path(&format!(".index/applicants-{b:02x}.tsv")))
        .find(|p| p.is_file())
        .expect("a shard of the applicant index");
    let before = std::fs::metadata(&shard)
        .and_then(|m| m.modified())
        .expect("shard");
    reg.run_on("2015-06-24", &["resolve", "К-4", "--executor", "dzhkg"])
        .ok();
    reg.run_on("2015-06-24", &["related", "К-4"]).ok();
    assert!(fresh().is_some(), "after resolve");
    let after = std::fs::metadata(&shard)
        .and_then(|m| m.modified())
        .expect("shard");
    assert_eq!(before, after, "nothing was rebuilt");
    reg.run_on(DAY, &["check"]).ok();
    // A card put in by hand (a copy, a git pull) makes them stale; the next
    // registration rebuilds them and numbers after the new card.
    let mut copy: Value =
        serde_json::from_str(&std::fs::read_to_string(reg.path(&card_file(3))).expect("card"))
            .expect("json");
    copy["number"] = json!(40);
    copy["index"] = json!("К-40");
    copy["cc_number"] = json!("c-40");
    std::fs::write(reg.path(&card_file(40)), copy.to_string()).expect("copy");
    assert!(fresh().is_none(), "a card written by another hand");
    let f = reg.file(
        "next.json",
        &json!([record("c-41", DAY, json!({}))]).to_string(),
    );
    reg.run_on(DAY, &["register", "--from", &f])
        .ok()
        .stdout_has("К-41");
    assert!(fresh().is_some());
    reg.run_on(DAY, &["show", "cc:c-40"])
        .ok()
        .stdout_has("К-40");
    reg.run_on(DAY, &["check"]).ok();
}

/// What `check -v` says: cards read in full, and signed documents hashed.
fn read_and_hashed(run: &crate::support::Run) -> (usize, usize) {
    let line = run
        .stderr
        .lines()
        .find(|l| l.starts_with("checked "))
        .unwrap_or_else(|| panic!("no summary in:\n{}", run.stderr));
    let number_before = |what: &str| -> usize {
        let head = &line[..line
            .find(what)
            .unwrap_or_else(|| panic!("{what} in {line}"))];
        let digits = head.trim_end().rsplit(' ').next().unwrap_or("");
        digits
            .parse()
            .unwrap_or_else(|_| panic!("{what} in {line}"))
    };
    (
        number_before("read in full"),
        number_before("signed document"),
    )
}

/// Rewrites a file in place to the same size and sets its modification
/// time back, as a careless or clever hand might: only its change time
/// gives it away.
pub(crate) fn forge(path: &std::path::Path, f: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    let original = std::fs::read(path).expect("read");
    let mtime = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .expect("mtime");
    let mut forged = original.clone();
    f(&mut forged);
    assert_eq!(forged.len(), original.len());
    std::fs::write(path, &forged).expect("forge");
    std::fs::File::options()
        .write(true)
        .open(path)
        .and_then(|f| f.set_modified(mtime))
        .expect("set mtime back");
    original
}

#[test]
fn a_repeated_check_reads_only_what_changed_and_misses_nothing() {
    let reg = fixture();
    let signed = signed_documents(&reg);
    let check = |args: &[&str]| {
        let mut all = vec!["check", "-v"];
        all.extend_from_slice(args);
        reg.run_on(DAY, &all)
    };
    // Files younger than two seconds are read every time; let them settle.
    std::thread::sleep(std::time::Duration::from_millis(3500));
    let first = check(&[]).ok();
    assert_eq!(
        read_and_hashed(&first),
        (9, signed.len()),
        "{}",
        first.stderr
    );

    // Nothing changed: no card is read, no document hashed, nothing written.
    let memo = reg.path(".index/checked.jsonl");
    let stamp = |p: &std::path::Path| {
        let m = std::fs::metadata(p).expect("memo");
        (m.modified().expect("mtime"), m.len())
    };
    let before = stamp(&memo);
    let again = check(&[]).ok();
    assert_eq!(read_and_hashed(&again), (0, 0), "{}", again.stderr);
    assert_eq!(
        stamp(&memo),
        before,
        "an unchanged register's memo is rewritten"
    );

    // A card changed in place to the same size, its time set back: read
    // again, and the wrong control date found.
    let card = reg.path(&card_file(2));
    let original = forge(&card, |b| {
        let text = String::from_utf8(b.clone()).expect("utf-8");
        let at = text.find("\"control_date\": \"").expect("control date") + 25;
        b[at] = if b[at] == b'1' { b'2' } else { b'1' };
    });
    let run = check(&["--format", "json"]).fails();
    assert_eq!(read_and_hashed(&run), (1, 0), "{}", run.stderr);
    assert!(
        run.stdout.contains("term-mismatch") && run.stdout.contains("/term/control_date"),
        "{}",
        run.stdout
    );
    std::fs::write(&card, &original).expect("restore");
    check(&[]).ok();

    // The settings changed: every card is checked again against them, but
    // signed documents unchanged on disk are not hashed again.
    let settings = reg.path("register.toml");
    let text = std::fs::read_to_string(&settings).expect("settings");
    std::fs::write(
        &settings,
        text.replace("executor_lead = 1", "executor_lead = 2"),
    )
    .expect("write");
    let run = check(&[]).fails();
    assert_eq!(read_and_hashed(&run), (9, 0), "{}", run.stderr);
    assert!(
        run.stdout
            .contains("/term/executor_due: executor's due date"),
        "{}",
        run.stdout
    );
    std::fs::write(&settings, text).expect("restore");
    check(&[]).ok();

    // A signed document forged in place is hashed again and caught.
    let doc = reg.path(&signed[0]);
    let original = forge(&doc, |b| b[0] = if b[0] == b'X' { b'Y' } else { b'X' });
    let run = check(&[]).fails();
    assert!(
        run.stdout.contains("[signature-mismatch]"),
        "{}",
        run.stdout
    );
    std::fs::write(&doc, &original).expect("restore");
    check(&[]).ok();

    // A document that went missing is missed.
    let moved = reg.path("moved.txt");
    std::fs::rename(&doc, &moved).expect("move away");
    check(&[]).fails().stdout_has("[document-missing]");
    std::fs::rename(&moved, &doc).expect("move back");
    check(&[]).ok();

    // A damaged memo costs only a full check; --rehash trusts nothing.
    std::fs::write(&memo, "not a memo\n").expect("damage");
    let run = check(&[]).ok();
    assert_eq!(read_and_hashed(&run), (9, signed.len()), "{}", run.stderr);
    let run = check(&["--rehash"]).ok();
    assert_eq!(read_and_hashed(&run), (9, signed.len()), "{}", run.stderr);
}

/// `check --strict` names every Classifier code in use that is not
/// confirmed, with how many cards use it; plain `check` passes (#16).
#[test]
fn strict_check_lists_the_uncertain_codes_in_use() {
    let reg = Reg::new();
    reg.appeal(crate::support::DAY, "s1");
    reg.appeal(crate::support::DAY, "s2");
    reg.run_on(crate::support::DAY, &["check"]).ok();
    let run = reg.run_on(
        crate::support::DAY,
        &["check", "--strict", "--format", "json"],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let findings = run.json();
    let found: Vec<(String, String)> = findings
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            assert_eq!(f["code"], "uncertain-code");
            assert_eq!(f["file"], "classifier.toml");
            (
                f["field"].as_str().unwrap().to_string(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    // The fixture's applicant: social status 8.1 «Пенсіонер», name-only.
    let (_, msg) = found
        .iter()
        .find(|(field, _)| field == "social_status/8.1")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert!(msg.contains("used by 2 cards but is name-only"), "{msg}");
    // Every one is really uncertain in the register's classifier.toml.
    let k = std::fs::read_to_string(reg.path("classifier.toml")).unwrap();
    for (field, _) in &found {
        let code = field.split('/').nth(1).unwrap();
        let line = k
            .lines()
            .find(|l| l.contains(&format!("code = \"{code}\"")))
            .unwrap_or_else(|| panic!("{code} in classifier.toml"));
        assert!(!line.contains("\"confirmed\""), "{line}");
    }
    reg.run_on(crate::support::DAY, &["check", "--strict"])
        .fails()
        .stderr_has("not confirmed")
        .stderr_has("without --strict passes");
}
