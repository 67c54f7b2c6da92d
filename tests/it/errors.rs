//! The error catalogue: every user-facing error of the binary, made to
//! happen as a user would make it (the real binary, a temporary register,
//! fixed `--today` and `--user`), each pinned as a named exact-output
//! snapshot of the whole run — exit code, stdout and stderr together — under
//! `tests/it/snapshots/it__errors__<test>.snap`. A change to any
//! user-facing error's wording, hints or exit code shows up here as a
//! failing snapshot: read the new text, and if it is right, write it with
//! `INSTA_UPDATE=always cargo test errors` and commit the `.snap` file.
//!
//! Grouped by command; the warnings and hints of commands that succeed are
//! at the end. Every exit-1 case is also checked to write nothing
//! ([`Reg::refused`]). The temporary directory is shown as `[TMP]`.
//!
//! Not here: messages no command line reaches (a resolution without
//! executors and an unknown edition, which the argument parser stops
//! first; "no register to report on"; a step out of order for `register`
//! or `close`; "incomplete record"; an unreadable CSV header or row of
//! text already UTF-8), failures of the machine (writing a file or the
//! lock, git's own log, building an XLSX workbook or a Parquet file), stdout closed while
//! `list` or `export` writes (it depends on timing), the lock's "waiting"
//! notice (`crash.rs`), and `log`'s warning of commits made outside the
//! tool (commit ids and times differ on every run).

use crate::support::{appeals, record, Reg, Run, Stage, DAY, QUALITY};
use serde_json::{json, Value};

// ---------------------------------------------------------------- helpers

/// The snapshot's name: the test's own name.
fn test_name() -> String {
    let thread = std::thread::current();
    let name = thread
        .name()
        .expect("a test runs on a thread named after it");
    name.rsplit("::").next().unwrap_or(name).to_string()
}

/// The whole run as one text, the temporary directory as `[TMP]`.
fn transcript(reg: &Reg, run: &Run) -> String {
    let ended = |s: &str| {
        if s.is_empty() || s.ends_with('\n') {
            s.to_string()
        } else {
            format!("{s}\n\\ no newline at end\n")
        }
    };
    let mut text = format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        run.code,
        ended(&run.stdout),
        ended(&run.stderr)
    );
    let tmp = reg.dir.path();
    if let Ok(real) = tmp.canonicalize() {
        text = text.replace(&real.display().to_string(), "[TMP]");
    }
    text.replace(&tmp.display().to_string(), "[TMP]")
}

#[track_caller]
fn snapshot(reg: &Reg, run: &Run) {
    insta::assert_snapshot!(test_name(), transcript(reg, run));
}

/// A refused command or invalid input: exit 1, nothing written.
#[track_caller]
fn error(reg: &Reg, today: &str, args: &[&str]) {
    let run = reg.refused(today, args, &[]);
    snapshot(reg, &run);
}

/// A usage error the argument parser reports: exit 2, nothing written.
#[track_caller]
fn usage(reg: &Reg, today: &str, args: &[&str]) {
    let run = reg.usage_error(today, args, &[]);
    snapshot(reg, &run);
}

/// A command that succeeds with a warning or a hint on stderr.
#[track_caller]
fn warning(reg: &Reg, today: &str, args: &[&str]) {
    let run = reg.run_on(today, args).ok();
    assert!(
        run.stderr.contains("warning: ")
            || run.stderr.contains("hint: ")
            || run.stdout.contains("warning: "),
        "no warning or hint:\n{}{}",
        run.stdout,
        run.stderr
    );
    snapshot(reg, &run);
}

/// A register whose first card, К-1 (received on [`DAY`]), is at `stage`.
fn at(stage: Stage) -> Reg {
    let reg = Reg::new();
    reg.card_at(stage);
    reg
}

/// Replaces `from` with `to` in a file of the register, as a hand edit.
#[track_caller]
fn edit(reg: &Reg, rel: &str, from: &str, to: &str) {
    let path = reg.path(rel);
    let text = std::fs::read_to_string(&path).expect("a file of the register");
    assert!(text.contains(from), "{rel} lacks {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

/// Writes a file of the register.
fn put(reg: &Reg, rel: &str, bytes: impl AsRef<[u8]>) {
    let path = reg.path(rel);
    std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
    std::fs::write(path, bytes).expect("write");
}

/// Edits card `number` of 2015 as JSON, as a hand edit.
fn edit_card(reg: &Reg, number: u32, f: impl FnOnce(&mut Value)) {
    let mut card = reg.card(2015, number);
    f(&mut card);
    let text = serde_json::to_string_pretty(&card).expect("json") + "\n";
    put(reg, &format!("cards/2015/{number:06}.json"), text);
}

/// Registers one intake record (the standard one with `extra` fields) from
/// `record.json` on [`DAY`], expecting it refused.
#[track_caller]
fn intake(extra: Value) {
    let reg = Reg::new();
    let f = reg.file(
        "record.json",
        &json!([record("e-1", DAY, extra)]).to_string(),
    );
    error(&reg, DAY, &["register", "--from", &f]);
}

/// Registers a file with these bytes, expecting it refused.
#[track_caller]
fn intake_file(name: &str, bytes: &[u8]) {
    let reg = Reg::new();
    std::fs::write(reg.dir.path().join(name), bytes).expect("write");
    error(&reg, DAY, &["register", "--from", name]);
}

/// `answer К-1` on 2015-07-20 with the standard package.
fn answer_args(quality_file: &str) -> Vec<&str> {
    crate::support::answer_args("К-1", quality_file)
}

/// `extend К-1` to `until` by `by`, for the reason "перевірка".
fn extend_args<'a>(until: &'a str, by: &'a str) -> Vec<&'a str> {
    vec![
        "extend",
        "К-1",
        "--until",
        until,
        "--by",
        by,
        "--reason",
        "перевірка",
    ]
}

/// A register whose settings file `rel` has had `from` replaced by `to`.
fn broken(rel: &str, from: &str, to: &str) -> Reg {
    let reg = Reg::new();
    edit(&reg, rel, from, to);
    reg
}

// ------------------------------------------------------------ card names

#[test]
fn card_name_unreadable() {
    error(&Reg::new(), DAY, &["show", "К--1"]);
}

#[test]
fn card_name_empty_cc() {
    error(&Reg::new(), DAY, &["show", "cc:"]);
}

#[test]
fn card_not_in_this_year() {
    error(&at(Stage::Registered), DAY, &["show", "К-5"]);
}

#[test]
fn card_of_last_year_named_without_its_year() {
    error(&at(Stage::Registered), "2016-02-01", &["show", "К-1"]);
}

#[test]
fn card_not_in_the_named_year() {
    error(&at(Stage::Registered), DAY, &["show", "2014/К-1"]);
}

#[test]
fn card_number_not_found() {
    error(&at(Stage::Registered), DAY, &["show", "2015#7"]);
}

#[test]
fn card_named_with_another_letter() {
    error(&at(Stage::Registered), DAY, &["show", "П-1"]);
}

#[test]
fn card_unknown_cc_number() {
    error(&at(Stage::Registered), DAY, &["show", "cc:0000-00000000"]);
}

// ------------------------------------------ the register and its files

#[test]
fn not_a_register() {
    error(&Reg::new(), DAY, &["show", "К-1", "-R", "nowhere"]);
}

#[test]
fn settings_file_missing() {
    let reg = Reg::new();
    std::fs::remove_file(reg.path("classifier.toml")).expect("remove");
    error(&reg, DAY, &["list"]);
}

#[test]
fn settings_file_not_utf8() {
    let reg = Reg::new();
    put(
        &reg,
        "register.toml",
        b"version = 1\ncouncil = \"\xc0\xc1\"\n",
    );
    error(&reg, DAY, &["list"]);
}

#[test]
fn card_file_name_mismatch() {
    let reg = at(Stage::Registered);
    std::fs::copy(
        reg.path("cards/2015/000001.json"),
        reg.path("cards/2015/000002.json"),
    )
    .expect("copy");
    error(&reg, DAY, &["show", "#2"]);
}

#[test]
fn card_unreadable_shown() {
    let reg = at(Stage::Registered);
    let text = std::fs::read(reg.path("cards/2015/000001.json")).expect("card");
    put(&reg, "cards/2015/000001.json", &text[..text.len() / 3]);
    error(&reg, DAY, &["show", "К-1"]);
}

#[test]
fn card_unreadable_found_by_cc_number() {
    let reg = at(Stage::Registered);
    let text = std::fs::read(reg.path("cards/2015/000001.json")).expect("card");
    put(&reg, "cards/2015/000001.json", &text[..text.len() / 3]);
    // Without its derived index the lookup rebuilds it from the cards.
    std::fs::remove_dir_all(reg.path(".index")).expect("remove the index");
    error(&reg, DAY, &["show", "cc:walk-1"]);
}

#[test]
fn card_unreadable_listed() {
    let reg = at(Stage::Registered);
    edit(
        &reg,
        "cards/2015/000001.json",
        "\"status\": \"registered\"",
        "\"status\": \"lost\"",
    );
    error(&reg, DAY, &["list"]);
}

#[test]
fn card_file_is_a_directory() {
    let reg = at(Stage::Registered);
    std::fs::create_dir(reg.path("cards/2015/000002.json")).expect("mkdir");
    error(&reg, DAY, &["show", "#2"]);
}

// -------------------------------------------------------- settings files

#[test]
fn settings_unknown_key() {
    let reg = broken("register.toml", "[terms]\n", "[terms]\ncolour = 1\n");
    error(&reg, DAY, &["list"]);
}

#[test]
fn settings_syntax() {
    let reg = broken("register.toml", "council = \"", "council = ");
    error(&reg, DAY, &["list"]);
}

#[test]
fn settings_unknown_value() {
    let reg = broken("register.toml", "month = \"calendar\"", "month = \"lunar\"");
    error(&reg, DAY, &["list"]);
}

#[test]
fn settings_unknown_version() {
    let reg = broken("register.toml", "version = 1", "version = 2");
    error(&reg, DAY, &["list"]);
}

#[test]
fn settings_default_term_out_of_range() {
    let reg = broken("register.toml", "default = 30", "default = 60");
    error(&reg, DAY, &["list"]);
}

#[test]
fn settings_remind_unknown_level() {
    let reg = broken("register.toml", "    \"head\",\n", "    \"mayor\",\n");
    error(&reg, DAY, &["list"]);
}

#[test]
fn settings_remind_level_twice() {
    let reg = broken("register.toml", "    \"head\",\n", "    \"executor\",\n");
    error(&reg, DAY, &["list"]);
}

#[test]
fn settings_remind_executor_before_out_of_range() {
    let reg = broken(
        "register.toml",
        "executor_before = 2",
        "executor_before = 21",
    );
    error(&reg, DAY, &["list"]);
}

#[test]
fn settings_priority_unknown_category() {
    let reg = broken(
        "register.toml",
        "personal_by_head = [\n  \"7.3\",",
        "personal_by_head = [\n  \"7.33\",",
    );
    error(&reg, DAY, &["deadlines"]);
}

#[test]
fn people_unknown_key() {
    let reg = broken(
        "people.toml",
        "id = \"dzhkg\"\n",
        "id = \"dzhkg\"\nphone = \"1\"\n",
    );
    error(&reg, DAY, &["people"]);
}

#[test]
fn people_missing_field() {
    let reg = broken("people.toml", "kind = \"executive-body\"\n", "");
    error(&reg, DAY, &["people"]);
}

#[test]
fn people_id_not_ascii() {
    let reg = broken("people.toml", "id = \"dzhkg\"", "id = \"джкг\"");
    error(&reg, DAY, &["people"]);
}

#[test]
fn people_id_twice() {
    let reg = broken("people.toml", "id = \"soc\"", "id = \"dzhkg\"");
    error(&reg, DAY, &["people"]);
}

#[test]
fn people_executor_with_unknown_coordinator() {
    let reg = broken(
        "people.toml",
        "coordinator = \"maslenkov\"",
        "coordinator = \"maslenko\"",
    );
    error(&reg, DAY, &["people"]);
}

#[test]
fn classifier_syntax() {
    let reg = broken("classifier.toml", "key = \"form\"", "key = form");
    error(&reg, DAY, &["list"]);
}

#[test]
fn classifier_section_twice() {
    let reg = broken("classifier.toml", "key = \"kind\"", "key = \"sign\"");
    error(&reg, DAY, &["list"]);
}

#[test]
fn classifier_section_missing() {
    let reg = Reg::new();
    let text = std::fs::read_to_string(reg.path("classifier.toml")).expect("classifier");
    let at = text.find("key = \"kind\"").expect("the kind section");
    let start = text[..at].rfind("[[section]]").expect("its start");
    let end = at + text[at..].find("[[section]]").expect("the next section");
    put(
        &reg,
        "classifier.toml",
        format!("{}{}", &text[..start], &text[end..]),
    );
    error(&reg, DAY, &["list"]);
}

#[test]
fn classifier_code_twice() {
    let reg = broken("classifier.toml", "code = \"1.2\"", "code = \"1.1\"");
    error(&reg, DAY, &["list"]);
}

#[test]
fn classifier_code_malformed() {
    let reg = broken("classifier.toml", "code = \"1.2\"", "code = \"один\"");
    error(&reg, DAY, &["list"]);
}

#[test]
fn calendar_syntax() {
    let reg = broken("calendar.toml", "first_year = 2015", "first_year = ");
    error(&reg, DAY, &["calendar", "2015"]);
}

#[test]
fn calendar_unknown_version() {
    let reg = broken("calendar.toml", "version = 1", "version = 2");
    error(&reg, DAY, &["calendar", "2015"]);
}

#[test]
fn calendar_day_listed_twice() {
    let reg = broken(
        "calendar.toml",
        "date = 2015-01-07 # середа",
        "date = 2015-01-01",
    );
    error(&reg, DAY, &["calendar", "2015"]);
}

#[test]
fn calendar_working_day_on_a_weekday() {
    let reg = broken(
        "calendar.toml",
        "kind = \"holiday\"\nname = \"Новий рік\"",
        "kind = \"working\"\nname = \"Новий рік\"",
    );
    error(&reg, DAY, &["calendar", "2015"]);
}

#[test]
fn calendar_holiday_on_a_weekend() {
    let reg = broken(
        "calendar.toml",
        "date = 2015-01-07 # середа",
        "date = 2015-01-10",
    );
    error(&reg, DAY, &["calendar", "2015"]);
}

#[test]
fn calendar_years_reversed() {
    let reg = broken("calendar.toml", "last_year = 2030", "last_year = 2014");
    error(&reg, DAY, &["calendar", "2015"]);
}

#[test]
fn calendar_day_outside_its_years() {
    let reg = broken(
        "calendar.toml",
        "date = 2015-01-07 # середа",
        "date = 2014-01-07",
    );
    error(&reg, DAY, &["calendar", "2015"]);
}

// --------------------------------------------------------------- register

#[test]
fn register_from_a_file_and_flags() {
    error(
        &Reg::new(),
        DAY,
        &["register", "--from", "day.json", "--name", "Коваленко"],
    );
}

#[test]
fn register_nothing() {
    error(&Reg::new(), DAY, &["register"]);
}

#[test]
fn register_missing_file() {
    error(&Reg::new(), DAY, &["register", "--from", "missing.json"]);
}

#[test]
fn register_a_directory() {
    let reg = Reg::new();
    std::fs::create_dir(reg.dir.path().join("adir")).expect("mkdir");
    error(&reg, DAY, &["register", "--from", "adir"]);
}

#[test]
fn register_a_file_too_large() {
    let reg = Reg::new();
    // Sparse: 257 MiB that take no disk.
    let f = std::fs::File::create(reg.dir.path().join("huge.json")).expect("create");
    f.set_len(257 << 20).expect("set_len");
    error(&reg, DAY, &["register", "--from", "huge.json"]);
}

#[test]
fn register_not_utf8() {
    intake_file(
        "cp1251.csv",
        b"cc_number,name,topics,summary\n1,\xCA\xEE\xE2,009,x\n",
    );
}

#[test]
fn register_malformed_json() {
    intake_file("bad.json", b"[{\"cc_number\": \"1\",\n \"received\": }]");
}

#[test]
fn register_malformed_json_from_stdin() {
    let reg = Reg::new();
    let (register, world) = (reg.snapshot(), reg.world());
    let run = reg.run_stdin(DAY, &["register", "--from", "-"], "[{\"cc_number\": ");
    assert_eq!(run.code, 1);
    assert!(reg.snapshot() == register && reg.world() == world);
    snapshot(&reg, &run);
}

#[test]
fn register_malformed_json_lines() {
    let ok = record("e-1", DAY, json!({}));
    intake_file(
        "bad.jsonl",
        format!("{ok}\n{{\"cc_number\": \n[1]\n").as_bytes(),
    );
}

#[test]
fn register_not_an_array() {
    intake_file("scalar.json", b"42");
}

#[test]
fn register_records_not_objects() {
    intake_file("numbers.json", b"[1, [2]]");
}

#[test]
fn register_csv_unknown_and_repeated_columns() {
    intake_file(
        "head.csv",
        b"cc_number,recieved,topics,summary,summary\n1,2015-06-23,009,x,y\n",
    );
}

#[test]
fn register_csv_ragged_row() {
    intake_file(
        "cols.csv",
        b"cc_number,received,topics,summary\n1,2015-06-23,009\n2,2015-06-23,009,x,y\n",
    );
}

#[test]
fn register_batch_with_invalid_records() {
    let reg = Reg::new();
    let f = reg.file(
        "mixed.json",
        &json!([
            record("e-1", DAY, json!({})),
            record("e-2", DAY, json!({"kind": "3.9"})),
            record("e-3", DAY, json!({"gender": "4.3", "social_status": "9"})),
        ])
        .to_string(),
    );
    error(&reg, DAY, &["register", "--from", &f]);
}

#[test]
fn register_record_with_every_field_wrong() {
    intake(json!({
        "colour": "red", "received": "23/06/2015", "signatories": "два",
        "confidential": "maybe", "topics": 9, "summary": ["x"], "term": 400,
        "email": "a b@c", "phone": "дзвоніть", "cc_number": "../x", "form": "1.7"
    }));
}

#[test]
fn intake_unknown_field() {
    intake(json!({"recieved": DAY}));
}

#[test]
fn intake_missing_required_fields() {
    let reg = Reg::new();
    let f = reg.file("record.json", r#"[{"cc_number": "e-1"}]"#);
    error(&reg, DAY, &["register", "--from", &f]);
}

#[test]
fn intake_received_not_a_date() {
    intake(json!({"received": "2015-02-30"}));
}

#[test]
fn intake_received_after_today() {
    intake(json!({"received": "2015-06-24"}));
}

#[test]
fn intake_received_before_today_without_a_reason() {
    intake(json!({"received": "2015-06-22"}));
}

#[test]
fn intake_unknown_code() {
    intake(json!({"form": "1.7"}));
}

#[test]
fn intake_unknown_topic() {
    intake(json!({"topics": ["099"]}));
}

#[test]
fn intake_no_topics() {
    intake(json!({"topics": []}));
}

#[test]
fn intake_codes_not_a_list() {
    intake(json!({"categories": 7}));
}

#[test]
fn intake_subject_contradicts_the_record() {
    intake(json!({"subject": "5.2"}));
}

#[test]
fn intake_no_signatories() {
    intake(json!({"signatories": 0}));
}

#[test]
fn intake_not_a_whole_number() {
    intake(json!({"signatories": -1}));
}

#[test]
fn intake_not_true_or_false() {
    intake(json!({"confidential": "maybe"}));
}

#[test]
fn intake_term_too_long() {
    intake(json!({"term": 60}));
}

#[test]
fn intake_not_an_email() {
    intake(json!({"email": "kovalenko at ukr.net"}));
}

#[test]
fn intake_not_a_phone() {
    intake(json!({"phone": "дзвоніть увечері"}));
}

#[test]
fn intake_not_text() {
    intake(json!({"name": ["Коваленко"]}));
}

#[test]
fn intake_control_characters() {
    intake(json!({"summary": "\u{1b}[2J стерто"}));
}

#[test]
fn intake_text_too_long() {
    intake(json!({"summary": "x".repeat(10_001)}));
}

#[test]
fn intake_bad_cc_number() {
    intake(json!({"cc_number": "../../etc/passwd"}));
}

#[test]
fn intake_default_code_unknown() {
    let reg = broken("register.toml", "form = \"1.4\"", "form = \"1.99\"");
    let f = reg.file(
        "record.json",
        &json!([record("e-1", DAY, json!({"form": null}))]).to_string(),
    );
    error(&reg, DAY, &["register", "--from", &f]);
}

#[test]
fn intake_from_flags() {
    error(
        &Reg::new(),
        DAY,
        &[
            "register",
            "--name",
            "Коваленко",
            "--topic",
            "009",
            "--summary",
            "x",
            "--term",
            "400",
        ],
    );
}

#[test]
fn register_outside_the_calendar() {
    let reg = Reg::new();
    let f = reg.file(
        "record.json",
        &json!([record("e-1", "2030-12-27", json!({}))]).to_string(),
    );
    error(&reg, "2030-12-27", &["register", "--from", &f]);
}

#[test]
fn register_repeat_of_unreadable() {
    intake(json!({"repeat_of": "/etc/passwd"}));
}

#[test]
fn register_repeat_of_unknown_card() {
    intake(json!({"repeat_of": "2015/К-77"}));
}

#[test]
fn register_sign_contradicts_the_link() {
    let reg = at(Stage::Registered);
    let f = reg.file(
        "record.json",
        &json!([record(
            "e-2",
            DAY,
            json!({"sign": "2.2", "repeat_of": "2015/К-1"})
        )])
        .to_string(),
    );
    error(&reg, DAY, &["register", "--from", &f]);
}

#[test]
fn register_running_numbers_used_up() {
    let reg = at(Stage::Registered);
    edit_card(&reg, 1, |c| {
        c["number"] = json!(999_999);
        c["index"] = json!("К-999999");
    });
    std::fs::rename(
        reg.path("cards/2015/000001.json"),
        reg.path("cards/2015/999999.json"),
    )
    .expect("rename");
    let f = reg.file(
        "record.json",
        &json!([record("e-2", DAY, json!({}))]).to_string(),
    );
    error(&reg, DAY, &["register", "--from", &f]);
}

// ---------------------------------------------------------------- resolve

#[test]
fn resolve_unknown_executor() {
    error(
        &at(Stage::Registered),
        "2015-06-24",
        &["resolve", "К-1", "--executor", "dzhk"],
    );
}

#[test]
fn resolve_unknown_executor_nothing_close() {
    error(
        &at(Stage::Registered),
        "2015-06-24",
        &["resolve", "К-1", "--executor", "x"],
    );
}

#[test]
fn resolve_executor_is_a_coordinator() {
    error(
        &at(Stage::Registered),
        "2015-06-24",
        &["resolve", "К-1", "--executor", "maslenkov"],
    );
}

#[test]
fn resolve_executor_is_an_administrator() {
    error(
        &at(Stage::Registered),
        "2015-06-24",
        &["resolve", "К-1", "--executor", "zarichenko"],
    );
}

#[test]
fn resolve_executor_twice() {
    error(
        &at(Stage::Registered),
        "2015-06-24",
        &[
            "resolve",
            "К-1",
            "--executor",
            "dzhkg",
            "--executor",
            "soc",
            "--executor",
            "dzhkg",
        ],
    );
}

#[test]
fn resolve_unknown_coordinator() {
    error(
        &at(Stage::Registered),
        "2015-06-24",
        &[
            "resolve",
            "К-1",
            "--executor",
            "dzhkg",
            "--coordinator",
            "maslenkow",
        ],
    );
}

#[test]
fn resolve_coordinator_is_an_executor() {
    error(
        &at(Stage::Registered),
        "2015-06-24",
        &[
            "resolve",
            "К-1",
            "--executor",
            "dzhkg",
            "--coordinator",
            "soc",
        ],
    );
}

#[test]
fn resolve_coordinator_is_an_administrator() {
    error(
        &at(Stage::Registered),
        "2015-06-24",
        &[
            "resolve",
            "К-1",
            "--executor",
            "dzhkg",
            "--coordinator",
            "zarichenko",
        ],
    );
}

#[test]
fn resolve_no_coordinator_covers_the_topic() {
    let reg = at(Stage::Registered);
    edit(
        &reg,
        "people.toml",
        r#"topics = ["009", "010", "011"]"#,
        r#"topics = ["010", "011"]"#,
    );
    error(
        &reg,
        "2015-06-24",
        &["resolve", "К-1", "--executor", "dzhkg"],
    );
}

#[test]
fn resolve_several_coordinators_cover_the_topics() {
    let reg = Reg::new();
    let f = reg.file(
        "record.json",
        &json!([record("e-1", DAY, json!({"topics": ["009", "013"]}))]).to_string(),
    );
    reg.run_on(DAY, &["register", "--from", &f]).ok();
    error(
        &reg,
        "2015-06-24",
        &["resolve", "К-1", "--executor", "dzhkg"],
    );
}

/// Another resolution than the card's (the same one again is done
/// already: `already_done_resolve`).
#[test]
fn resolve_again() {
    error(
        &at(Stage::Resolved),
        "2015-06-25",
        &["resolve", "К-1", "--executor", "vodokanal"],
    );
}

#[test]
fn resolve_before_registration() {
    error(
        &at(Stage::Registered),
        "2015-06-22",
        &["resolve", "К-1", "--executor", "dzhkg"],
    );
}

#[test]
fn resolve_a_card_off_control() {
    error(
        &at(Stage::Sent),
        "2015-07-23",
        &["resolve", "К-1", "--executor", "vodokanal"],
    );
}

#[test]
fn resolve_a_closed_anonymous_appeal() {
    let reg = broken(
        "register.toml",
        "policy = \"consider\"",
        "policy = \"no-consideration\"",
    );
    let f = reg.file(
        "record.json",
        &json!([record("e-1", DAY, json!({"name": null, "gender": null}))]).to_string(),
    );
    reg.run_on(DAY, &["register", "--from", &f]).ok();
    error(&reg, DAY, &["resolve", "БП-1", "--executor", "dzhkg"]);
}

#[test]
fn dispatch_a_card_whose_history_was_edited() {
    let reg = at(Stage::Resolved);
    edit_card(&reg, 1, |c| {
        c["history"][1]["action"] = json!("sign");
    });
    error(&reg, "2015-06-25", &["dispatch", "К-1"]);
}

// --------------------------------------------------------------- dispatch

#[test]
fn dispatch_before_the_resolution() {
    error(&at(Stage::Registered), "2015-06-24", &["dispatch", "К-1"]);
}

/// A dispatch's only effect is the resolution's executors, so on a sound
/// card a second dispatch is always done already
/// (`already_done_dispatch`); it is refused when the card was dispatched to
/// other executors than its resolution now names (a hand edit of the
/// resolution, where `reassign` was due).
#[test]
fn dispatch_again() {
    let reg = at(Stage::Dispatched);
    edit_card(&reg, 1, |c| {
        c["resolution"]["executors"] = json!(["dzhkg", "vodokanal"])
    });
    error(&reg, "2015-06-26", &["dispatch", "К-1"]);
}

#[test]
fn dispatch_outbox_is_a_file() {
    let reg = at(Stage::Resolved);
    reg.file("outbox", "not a directory");
    error(
        &reg,
        "2015-06-25",
        &["dispatch", "К-1", "--outbox", "outbox/2015-06-25"],
    );
}

#[test]
fn dispatch_a_resolution_edited_away() {
    let reg = at(Stage::Resolved);
    edit_card(&reg, 1, |c| c["resolution"] = Value::Null);
    error(&reg, "2015-06-25", &["dispatch", "К-1"]);
}

#[test]
fn dispatch_to_an_executor_no_longer_in_the_roster() {
    let reg = at(Stage::Resolved);
    edit_card(&reg, 1, |c| {
        c["resolution"]["executors"] = json!(["dzhkg", "vodokanal-old"])
    });
    error(&reg, "2015-06-25", &["dispatch", "К-1"]);
}

// ----------------------------------------------------------------- answer

#[test]
fn answer_before_dispatch() {
    let reg = at(Stage::Resolved);
    reg.package(QUALITY);
    error(&reg, "2015-07-20", &answer_args("quality.toml"));
}

/// Another package than the card's (the same one again is done already:
/// `already_done_answer`).
#[test]
fn answer_again() {
    let reg = at(Stage::Answered);
    reg.file(
        "draft.txt",
        "Шановний Петре Івановичу! Світильник замінено 15.07.2015.\n",
    );
    error(&reg, "2015-07-21", &answer_args("quality.toml"));
}

#[test]
fn answer_unknown_result() {
    let reg = at(Stage::Dispatched);
    reg.package(QUALITY);
    let mut args = answer_args("quality.toml");
    args[9] = "9.9";
    error(&reg, "2015-07-20", &args);
}

#[test]
fn answer_draft_missing() {
    let reg = at(Stage::Dispatched);
    reg.package(QUALITY);
    let mut args = answer_args("quality.toml");
    args[3] = "nosuch.txt";
    error(&reg, "2015-07-20", &args);
}

#[test]
fn answer_cc_draft_missing() {
    let reg = at(Stage::Dispatched);
    reg.package(QUALITY);
    let mut args = answer_args("quality.toml");
    args.extend(["--cc-draft", "nosuch-cc.txt"]);
    error(&reg, "2015-07-20", &args);
}

#[test]
fn answer_info_empty() {
    let reg = at(Stage::Dispatched);
    reg.package(QUALITY);
    reg.file("info.txt", "");
    error(&reg, "2015-07-20", &answer_args("quality.toml"));
}

#[test]
fn answer_quality_card_missing() {
    let reg = at(Stage::Dispatched);
    reg.package(QUALITY);
    error(&reg, "2015-07-20", &answer_args("nosuch.toml"));
}

/// The package with this quality card, answered on time.
#[track_caller]
fn answer_with_quality(text: &[u8]) {
    let reg = at(Stage::Dispatched);
    reg.package(QUALITY);
    std::fs::write(reg.dir.path().join("quality.toml"), text).expect("write");
    error(&reg, "2015-07-20", &answer_args("quality.toml"));
}

#[test]
fn answer_quality_card_not_utf8() {
    answer_with_quality(b"timely = true\nnotes = \"\xcf\xee\xe3\xee\xe4\xe8\xeb\xe8\xf1\xff\"\n");
}

#[test]
fn answer_quality_card_unknown_key() {
    answer_with_quality(format!("{QUALITY}mood = \"good\"\n").as_bytes());
}

#[test]
fn answer_quality_card_missing_key() {
    answer_with_quality(QUALITY.replace("complete = true\n", "").as_bytes());
}

#[test]
fn answer_quality_card_wrong_type() {
    answer_with_quality(
        QUALITY
            .replace("timely = true", "timely = \"так\"")
            .as_bytes(),
    );
}

#[test]
fn answer_quality_card_unknown_satisfaction() {
    answer_with_quality(QUALITY.replace("\"yes\"", "\"maybe\"").as_bytes());
}

#[test]
fn answer_quality_card_score_out_of_range() {
    answer_with_quality(QUALITY.replace("score = 5", "score = 7").as_bytes());
}

#[test]
fn answer_quality_card_syntax() {
    answer_with_quality(b"timely = \n");
}

#[test]
fn answer_outside_the_calendar() {
    let reg = at(Stage::Dispatched);
    reg.package(QUALITY);
    let mut args = answer_args("quality.toml");
    args[1] = "2015/К-1";
    error(&reg, "2031-01-06", &args);
}

// ------------------------------------------------------------------- sign

#[test]
fn sign_before_the_answer() {
    error(
        &at(Stage::Dispatched),
        "2015-07-21",
        &["sign", "К-1", "--by", "maslenkov"],
    );
}

/// Signed by another coordinator than the one who signed (the same one
/// again is done already: `already_done_sign`).
#[test]
fn sign_again() {
    error(
        &at(Stage::Signed),
        "2015-07-22",
        &["sign", "К-1", "--by", "kytaiev"],
    );
}

#[test]
fn sign_by_an_executor() {
    error(
        &at(Stage::Answered),
        "2015-07-21",
        &["sign", "К-1", "--by", "dzhkg"],
    );
}

#[test]
fn sign_by_an_administrator() {
    error(
        &at(Stage::Answered),
        "2015-07-21",
        &["sign", "К-1", "--by", "zarichenko"],
    );
}

#[test]
fn sign_by_an_unknown_coordinator() {
    error(
        &at(Stage::Answered),
        "2015-07-21",
        &["sign", "К-1", "--by", "kytaev"],
    );
}

#[test]
fn sign_before_the_answer_was_given() {
    error(
        &at(Stage::Answered),
        "2015-07-19",
        &["sign", "К-1", "--by", "maslenkov"],
    );
}

#[test]
fn sign_a_document_missing() {
    let reg = at(Stage::Answered);
    std::fs::remove_file(reg.path("docs/2015/000001/info.txt")).expect("remove");
    error(&reg, "2015-07-21", &["sign", "К-1", "--by", "maslenkov"]);
}

#[test]
fn sign_an_empty_document_path() {
    let reg = at(Stage::Answered);
    edit_card(&reg, 1, |c| c["answer"]["documents"]["info"] = json!(""));
    error(&reg, "2015-07-21", &["sign", "К-1", "--by", "maslenkov"]);
}

#[test]
fn sign_an_answer_edited_away() {
    let reg = at(Stage::Answered);
    edit_card(&reg, 1, |c| c["answer"] = Value::Null);
    error(&reg, "2015-07-21", &["sign", "К-1", "--by", "maslenkov"]);
}

#[test]
fn sign_a_document_path_out_of_the_register() {
    let reg = at(Stage::Answered);
    reg.file("secret.txt", "не для реєстру\n");
    edit_card(&reg, 1, |c| {
        c["answer"]["documents"]["info"] = json!("../secret.txt")
    });
    error(&reg, "2015-07-21", &["sign", "К-1", "--by", "maslenkov"]);
}

#[test]
fn sign_an_absolute_document_path() {
    let reg = at(Stage::Answered);
    edit_card(&reg, 1, |c| {
        c["answer"]["documents"]["info"] = json!("/etc/passwd")
    });
    error(&reg, "2015-07-21", &["sign", "К-1", "--by", "maslenkov"]);
}

// ------------------------------------------------------------------- send

#[test]
fn send_before_signing() {
    error(&at(Stage::Answered), "2015-07-21", &["send", "К-1"]);
}

/// Mailed on another day than recorded (the same sending again is done
/// already: `already_done_send`).
#[test]
fn send_again() {
    error(
        &at(Stage::Sent),
        "2015-07-23",
        &["send", "К-1", "--posted", "2015-07-23"],
    );
}

#[test]
fn send_scan_missing() {
    error(
        &at(Stage::Signed),
        "2015-07-22",
        &["send", "К-1", "--scan", "nosuch.pdf"],
    );
}

#[test]
fn send_posted_before_signing() {
    error(
        &at(Stage::Signed),
        "2015-07-22",
        &["send", "К-1", "--posted", "2015-07-20"],
    );
}

#[test]
fn send_to_cc_after_today() {
    error(
        &at(Stage::Signed),
        "2015-07-22",
        &["send", "К-1", "--to-cc", "2015-07-23"],
    );
}

#[test]
fn send_a_signature_edited_away() {
    let reg = at(Stage::Signed);
    edit_card(&reg, 1, |c| c["signature"] = Value::Null);
    error(&reg, "2015-07-22", &["send", "К-1"]);
}

#[test]
fn send_an_anonymous_answer_by_post() {
    let reg = Reg::new();
    let f = reg.file(
        "record.json",
        &json!([record(
            "e-1",
            DAY,
            json!({"name": null, "gender": null, "categories": null})
        )])
        .to_string(),
    );
    reg.run_on(DAY, &["register", "--from", &f]).ok();
    reg.walk("БП-1").to(Stage::Signed);
    error(
        &reg,
        "2015-07-22",
        &["send", "БП-1", "--posted", "2015-07-22"],
    );
}

// ----------------------------------------------------------------- extend

#[test]
fn extend_without_a_reason() {
    let mut args = extend_args("2015-08-07", "maslenkov");
    args[7] = " ";
    error(&at(Stage::Dispatched), "2015-07-10", &args);
}

#[test]
fn extend_notified_after_today() {
    let mut args = extend_args("2015-08-07", "maslenkov");
    args.extend(["--notified", "2015-07-11"]);
    error(&at(Stage::Dispatched), "2015-07-10", &args);
}

#[test]
fn extend_notified_before_receipt() {
    let mut args = extend_args("2015-08-07", "maslenkov");
    args.extend(["--notified", "2015-06-22"]);
    error(&at(Stage::Dispatched), "2015-07-10", &args);
}

#[test]
fn extend_to_an_earlier_date() {
    error(
        &at(Stage::Dispatched),
        "2015-07-10",
        &extend_args("2015-07-23", "maslenkov"),
    );
}

#[test]
fn extend_past_45_days() {
    error(
        &at(Stage::Dispatched),
        "2015-07-10",
        &extend_args("2015-08-08", "maslenkov"),
    );
}

#[test]
fn extend_by_an_executor() {
    error(
        &at(Stage::Dispatched),
        "2015-07-10",
        &extend_args("2015-08-07", "dzhkg"),
    );
}

#[test]
fn extend_by_an_unknown_coordinator() {
    error(
        &at(Stage::Dispatched),
        "2015-07-10",
        &extend_args("2015-08-07", "maslenko"),
    );
}

#[test]
fn extend_after_the_control_date() {
    // К-1's control date is 23.07.2015.
    error(
        &at(Stage::Dispatched),
        "2015-07-24",
        &extend_args("2015-08-07", "maslenkov"),
    );
}

#[test]
fn extend_late_before_the_control_date() {
    let mut args = extend_args("2015-08-07", "maslenkov");
    args.push("--late");
    error(&at(Stage::Dispatched), "2015-07-23", &args);
}

#[test]
fn extend_by_an_administrator() {
    error(
        &at(Stage::Dispatched),
        "2015-07-10",
        &extend_args("2015-08-07", "zarichenko"),
    );
}

#[test]
fn extend_to_the_45th_day_off() {
    // Received 10.07.2015: day 45 is 24.08.2015, Independence Day; under
    // terms.non_working = "next" the term ends by Friday 21.08.
    let reg = Reg::new();
    let f = reg.file(
        "record.json",
        &json!([record("e-1", "2015-07-10", json!({}))]).to_string(),
    );
    reg.run_on("2015-07-10", &["register", "--from", &f]).ok();
    error(&reg, "2015-07-20", &extend_args("2015-08-24", "maslenkov"));
}

#[test]
fn extend_a_card_off_control() {
    error(
        &at(Stage::Sent),
        "2015-07-23",
        &extend_args("2015-08-07", "maslenkov"),
    );
}

#[test]
fn extend_outside_the_calendar() {
    let reg = Reg::new();
    let f = reg.file(
        "record.json",
        &json!([record("e-1", "2030-12-02", json!({"term": 15}))]).to_string(),
    );
    reg.run_on("2030-12-02", &["register", "--from", &f]).ok();
    let mut args = extend_args("2031-01-10", "maslenkov");
    args.extend(["--notified", "2030-12-03"]);
    error(&reg, "2030-12-03", &args);
}

// ----------------------------------------------------------------- notify

#[test]
fn notify_on_a_later_day() {
    let reg = at(Stage::Dispatched);
    reg.run_on("2015-07-10", &extend_args("2015-08-07", "maslenkov"))
        .ok();
    error(&reg, "2015-07-10", &["notify", "К-1", "--on", "2015-07-11"]);
}

#[test]
fn notify_without_an_extension() {
    error(&at(Stage::Dispatched), "2015-07-10", &["notify", "К-1"]);
}

#[test]
fn notify_again() {
    let reg = at(Stage::Dispatched);
    let mut args = extend_args("2015-08-07", "maslenkov");
    args.extend(["--notified", "2015-07-10"]);
    reg.run_on("2015-07-10", &args).ok();
    error(&reg, "2015-07-13", &["notify", "К-1"]);
}

#[test]
fn notify_before_the_extension() {
    let reg = at(Stage::Dispatched);
    reg.run_on("2015-07-10", &extend_args("2015-08-07", "maslenkov"))
        .ok();
    error(&reg, "2015-07-13", &["notify", "К-1", "--on", "2015-07-09"]);
}

#[test]
fn notify_a_card_off_control() {
    error(&at(Stage::Sent), "2015-07-23", &["notify", "К-1"]);
}

// ------------------------------------------------------- link and unlink

/// К-1 received on [`DAY`] and К-2 of the same applicant received on
/// 25.06 (a hint at registration, not linked).
fn two_appeals() -> Reg {
    let reg = at(Stage::Registered);
    let f = reg.file(
        "record.json",
        &json!([record("e-2", "2015-06-25", json!({}))]).to_string(),
    );
    reg.run_on("2015-06-25", &["register", "--from", &f]).ok();
    reg
}

/// [`two_appeals`] with К-2 linked to К-1.
fn linked() -> Reg {
    let reg = two_appeals();
    reg.run_on(
        "2015-06-26",
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
    reg
}

#[test]
fn link_without_a_reason() {
    error(
        &two_appeals(),
        "2015-06-26",
        &["link", "К-2", "--to", "К-1", "--reason", " "],
    );
}

#[test]
fn link_to_itself() {
    error(
        &two_appeals(),
        "2015-06-26",
        &[
            "link",
            "К-2",
            "--to",
            "К-2",
            "--reason",
            "той самий заявник",
        ],
    );
}

#[test]
fn link_to_a_later_card() {
    error(
        &two_appeals(),
        "2015-06-26",
        &[
            "link",
            "К-1",
            "--to",
            "К-2",
            "--reason",
            "той самий заявник",
        ],
    );
}

/// A link back along a chain whose dates of receipt were changed by hand:
/// the only way two cards can stand in each other's way (`link` keeps an
/// appeal after the one it repeats).
#[test]
fn link_in_a_circle() {
    let reg = linked();
    edit_card(&reg, 1, |c| c["received"] = json!("2015-06-25"));
    edit_card(&reg, 2, |c| c["received"] = json!("2015-06-23"));
    error(
        &reg,
        "2015-06-26",
        &["link", "К-1", "--to", "К-2", "--reason", "навпаки"],
    );
}

#[test]
fn link_to_an_unknown_card() {
    error(
        &two_appeals(),
        "2015-06-26",
        &[
            "link",
            "К-2",
            "--to",
            "К-9",
            "--reason",
            "той самий заявник",
        ],
    );
}

#[test]
fn link_outbox_is_a_file() {
    let reg = two_appeals();
    reg.file("outbox", "not a directory");
    error(
        &reg,
        "2015-06-26",
        &[
            "link",
            "К-2",
            "--to",
            "К-1",
            "--reason",
            "той самий заявник",
            "--outbox",
            "outbox/letters",
        ],
    );
}

#[test]
fn unlink_before_the_cards_last_step() {
    error(
        &linked(),
        "2015-06-25",
        &["unlink", "К-2", "--reason", "інший заявник"],
    );
}

#[test]
fn unlink_without_a_reason() {
    error(&linked(), "2015-06-26", &["unlink", "К-2", "--reason", ""]);
}

#[test]
fn unlink_a_card_that_repeats_nothing() {
    error(
        &linked(),
        "2015-06-26",
        &["unlink", "К-1", "--reason", "інший заявник"],
    );
}

// ------------------------------------------------- classify and reassign

/// `classify К-1` on 25.06 by maslenkov, for the reason "уточнено", with
/// `codes`.
fn classify_args<'a>(codes: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["classify", "К-1"];
    args.extend_from_slice(codes);
    args.extend(["--by", "maslenkov", "--reason", "уточнено"]);
    args
}

#[test]
fn classify_without_a_reason() {
    error(
        &at(Stage::Resolved),
        "2015-06-25",
        &[
            "classify",
            "К-1",
            "--kind",
            "3.3",
            "--by",
            "maslenkov",
            "--reason",
            " ",
        ],
    );
}

#[test]
fn classify_nothing_given() {
    error(&at(Stage::Resolved), "2015-06-25", &classify_args(&[]));
}

#[test]
fn classify_unknown_topic() {
    error(
        &at(Stage::Resolved),
        "2015-06-25",
        &classify_args(&["--topic", "099"]),
    );
}

#[test]
fn classify_unknown_kind() {
    error(
        &at(Stage::Resolved),
        "2015-06-25",
        &classify_args(&["--kind", "3.9"]),
    );
}

#[test]
fn classify_unknown_category() {
    error(
        &at(Stage::Resolved),
        "2015-06-25",
        &classify_args(&["--category", "7.1", "--category", "7.99"]),
    );
}

#[test]
fn classify_by_an_executor() {
    error(
        &at(Stage::Resolved),
        "2015-06-25",
        &[
            "classify",
            "К-1",
            "--kind",
            "3.3",
            "--by",
            "dzhkg",
            "--reason",
            "уточнено",
        ],
    );
}

/// The codes the card has, never corrected before: nothing to correct.
#[test]
fn classify_as_it_already_is() {
    error(
        &at(Stage::Resolved),
        "2015-06-25",
        &classify_args(&["--topic", "009", "--kind", "3.2"]),
    );
}

/// `reassign К-1` by `by` to `executors`, for the reason "інший виконавець".
fn reassign_args<'a>(by: &'a str, executors: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["reassign", "К-1"];
    for e in executors {
        args.extend(["--executor", e]);
    }
    args.extend(["--by", by, "--reason", "інший виконавець"]);
    args
}

#[test]
fn reassign_to_the_same_executors() {
    error(
        &at(Stage::Dispatched),
        "2015-06-26",
        &reassign_args("maslenkov", &["dzhkg"]),
    );
}

#[test]
fn reassign_by_an_executor() {
    error(
        &at(Stage::Dispatched),
        "2015-06-26",
        &reassign_args("dzhkg", &["vodokanal"]),
    );
}

#[test]
fn reassign_by_an_unknown_coordinator() {
    error(
        &at(Stage::Dispatched),
        "2015-06-26",
        &reassign_args("maslenko", &["vodokanal"]),
    );
}

#[test]
fn reassign_to_an_unknown_executor() {
    error(
        &at(Stage::Dispatched),
        "2015-06-26",
        &reassign_args("maslenkov", &["vodokanl"]),
    );
}

#[test]
fn reassign_to_an_executor_twice() {
    error(
        &at(Stage::Dispatched),
        "2015-06-26",
        &reassign_args("maslenkov", &["vodokanal", "dzhkg", "vodokanal"]),
    );
}

#[test]
fn reassign_without_a_reason() {
    error(
        &at(Stage::Dispatched),
        "2015-06-26",
        &[
            "reassign",
            "К-1",
            "--executor",
            "vodokanal",
            "--by",
            "maslenkov",
            "--reason",
            "",
        ],
    );
}

#[test]
fn reassign_before_the_resolution() {
    error(
        &at(Stage::Registered),
        "2015-06-24",
        &reassign_args("maslenkov", &["vodokanal"]),
    );
}

#[test]
fn reassign_after_the_answer() {
    error(
        &at(Stage::Answered),
        "2015-07-21",
        &reassign_args("maslenkov", &["vodokanal"]),
    );
}

// ------------------------------------------------------ rework and confirm

#[test]
fn rework_a_card_not_answered() {
    error(
        &at(Stage::Dispatched),
        "2015-06-26",
        &["rework", "К-1", "--by", "maslenkov", "--reason", "неповна"],
    );
}

#[test]
fn rework_a_card_sent() {
    error(
        &at(Stage::Sent),
        "2015-07-23",
        &["rework", "К-1", "--by", "maslenkov", "--reason", "неповна"],
    );
}

#[test]
fn rework_without_a_reason() {
    error(
        &at(Stage::Answered),
        "2015-07-21",
        &["rework", "К-1", "--by", "maslenkov", "--reason", " "],
    );
}

#[test]
fn rework_by_an_executor() {
    error(
        &at(Stage::Answered),
        "2015-07-21",
        &["rework", "К-1", "--by", "dzhkg", "--reason", "неповна"],
    );
}

#[test]
fn confirm_before_send() {
    error(
        &at(Stage::Signed),
        "2015-07-22",
        &["confirm", "К-1", "--outcome", "confirmed"],
    );
}

#[test]
fn confirm_again_otherwise() {
    let reg = at(Stage::Sent);
    reg.run_on("2015-07-23", &["confirm", "К-1", "--outcome", "confirmed"])
        .ok();
    error(
        &reg,
        "2015-07-24",
        &["confirm", "К-1", "--outcome", "not-confirmed"],
    );
}

// ------------------------------------- steps whose effect is on the card

/// A step run again as it was: exit 0, the "already done" line, nothing
/// written in the register or beside it.
#[track_caller]
fn done(reg: &Reg, today: &str, args: &[&str]) {
    let (register, world) = (reg.snapshot(), reg.world());
    let run = reg.run_on(today, args).ok();
    assert!(reg.snapshot() == register, "{args:?} wrote to the register");
    assert!(reg.world() == world, "{args:?} wrote beside the register");
    snapshot(reg, &run);
}

#[test]
fn already_done_resolve() {
    done(
        &at(Stage::Resolved),
        "2015-06-25",
        &["resolve", "К-1", "--executor", "dzhkg"],
    );
}

#[test]
fn already_done_dispatch() {
    done(&at(Stage::Dispatched), "2015-06-26", &["dispatch", "К-1"]);
}

#[test]
fn already_done_answer() {
    done(
        &at(Stage::Answered),
        "2015-07-21",
        &answer_args("quality.toml"),
    );
}

#[test]
fn already_done_sign() {
    done(
        &at(Stage::Signed),
        "2015-07-22",
        &["sign", "К-1", "--by", "maslenkov"],
    );
}

#[test]
fn already_done_send() {
    done(&at(Stage::Sent), "2015-07-23", &["send", "К-1"]);
}

#[test]
fn already_done_extend() {
    let reg = at(Stage::Dispatched);
    let args = extend_args("2015-08-07", "maslenkov");
    reg.run_on("2015-07-10", &args).ok();
    done(&reg, "2015-07-10", &args);
}

#[test]
fn already_done_notify() {
    let reg = at(Stage::Dispatched);
    reg.run_on("2015-07-10", &extend_args("2015-08-07", "maslenkov"))
        .ok();
    reg.run_on("2015-07-10", &["notify", "К-1"]).ok();
    done(&reg, "2015-07-13", &["notify", "К-1", "--on", "2015-07-10"]);
}

#[test]
fn already_done_link() {
    done(
        &linked(),
        "2015-06-26",
        &[
            "link",
            "К-2",
            "--to",
            "К-1",
            "--reason",
            "той самий заявник",
        ],
    );
}

/// The wording is a proposal: it says what is done, as the other steps do.
#[test]
fn already_done_unlink() {
    let reg = linked();
    let args = ["unlink", "К-2", "--reason", "інший заявник"];
    reg.run_on("2015-06-26", &args).ok();
    done(&reg, "2015-06-26", &args);
}

#[test]
fn already_done_classify() {
    let reg = at(Stage::Resolved);
    let args = classify_args(&["--kind", "3.3"]);
    reg.run_on("2015-06-25", &args).ok();
    done(&reg, "2015-06-25", &args);
}

#[test]
fn already_done_reassign() {
    let reg = at(Stage::Dispatched);
    let args = reassign_args("maslenkov", &["vodokanal"]);
    reg.run_on("2015-06-26", &args).ok();
    done(&reg, "2015-06-26", &args);
}

#[test]
fn already_done_rework() {
    let reg = at(Stage::Answered);
    let args = ["rework", "К-1", "--by", "maslenkov", "--reason", "неповна"];
    reg.run_on("2015-07-21", &args).ok();
    done(&reg, "2015-07-21", &args);
}

#[test]
fn already_done_confirm() {
    let reg = at(Stage::Sent);
    let args = ["confirm", "К-1", "--outcome", "confirmed"];
    reg.run_on("2015-07-23", &args).ok();
    done(&reg, "2015-07-24", &args);
}

// ------------------------------------------------------------------ draft

#[test]
fn draft_before_the_resolution() {
    error(&at(Stage::Registered), DAY, &["draft", "К-1"]);
}

#[test]
fn draft_unknown_placeholder() {
    let reg = at(Stage::Resolved);
    edit(
        &reg,
        "templates/answer-cc.txt",
        "{index}",
        "{index} {executor_name}",
    );
    error(&reg, "2015-06-24", &["draft", "К-1"]);
}

#[test]
fn draft_template_missing() {
    let reg = at(Stage::Resolved);
    std::fs::remove_file(reg.path("templates/answer-applicant.txt")).expect("remove");
    error(&reg, "2015-06-24", &["draft", "К-1"]);
}

#[test]
fn draft_out_is_a_file() {
    let reg = at(Stage::Resolved);
    reg.file("drafts", "not a directory");
    error(&reg, "2015-06-24", &["draft", "К-1", "--out", "drafts"]);
}

// --------------------------------------------- show, list, explain, related, log

#[test]
fn show_unknown_card() {
    error(&Reg::new(), DAY, &["show", "К-1"]);
}

#[test]
fn explain_unknown_card() {
    error(&Reg::new(), DAY, &["explain", "К-1"]);
}

#[test]
fn related_unknown_card() {
    error(&Reg::new(), DAY, &["related", "К-1"]);
}

#[test]
fn log_unknown_card() {
    error(&Reg::new(), DAY, &["log", "К-1"]);
}

#[test]
fn list_unknown_topic() {
    error(&Reg::new(), DAY, &["list", "--topic", "099"]);
}

#[test]
fn list_unknown_executor() {
    error(&Reg::new(), DAY, &["list", "--executor", "dzkg"]);
}

#[test]
fn explain_outside_the_calendar() {
    let reg = at(Stage::Registered);
    edit_card(&reg, 1, |c| c["received"] = json!("2030-12-20"));
    error(&reg, DAY, &["explain", "К-1"]);
}

// -------------------------------------------------------------- deadlines

#[test]
fn deadlines_unknown_executor() {
    error(&Reg::new(), DAY, &["deadlines", "--executor", "dzkg"]);
}

#[test]
fn deadlines_unknown_coordinator() {
    error(
        &Reg::new(),
        DAY,
        &["deadlines", "--coordinator", "maslenko"],
    );
}

#[test]
fn deadlines_outside_the_calendar() {
    error(&Reg::new(), "2031-01-06", &["deadlines"]);
}

#[test]
fn deadlines_a_card_dated_outside_the_calendar() {
    let reg = at(Stage::Registered);
    edit_card(&reg, 1, |c| c["term"]["control_date"] = json!("2031-01-06"));
    error(&reg, DAY, &["deadlines"]);
}

// ----------------------------------------------------------------- remind

#[test]
fn remind_outbox_is_a_file() {
    let reg = at(Stage::Dispatched);
    reg.file("outbox", "not a directory");
    error(
        &reg,
        "2015-07-20",
        &["remind", "--outbox", "outbox/2015-07-20"],
    );
}

#[test]
fn remind_outside_the_calendar() {
    error(&at(Stage::Dispatched), "2031-01-06", &["remind"]);
}

#[test]
fn remind_a_card_dated_outside_the_calendar() {
    let reg = at(Stage::Dispatched);
    edit_card(&reg, 1, |c| c["term"]["executor_due"] = json!("2031-01-06"));
    error(&reg, "2015-07-20", &["remind"]);
}

#[test]
fn remind_a_card_whose_history_was_edited() {
    let reg = at(Stage::Dispatched);
    edit_card(&reg, 1, |c| {
        c["history"][2]["action"] = json!("sign");
    });
    error(&reg, "2015-07-24", &["remind", "--outbox", "outbox"]);
}

// ---------------------------------------------------------- report, export

#[test]
fn report_month_unreadable() {
    error(&Reg::new(), DAY, &["report", "--month", "2015-13"]);
}

#[test]
fn report_quarter_unreadable() {
    error(&Reg::new(), DAY, &["report", "--quarter", "2015-5"]);
}

#[test]
fn report_to_before_from() {
    error(
        &Reg::new(),
        DAY,
        &["report", "--from", "2015-06-30", "--to", "2015-06-01"],
    );
}

#[test]
fn list_received_to_before_from() {
    error(
        &Reg::new(),
        DAY,
        &[
            "list",
            "--received-from",
            "2015-06-30",
            "--received-to",
            "2015-06-01",
        ],
    );
}

#[test]
fn report_back_to_before_from() {
    error(
        &Reg::new(),
        DAY,
        &["report-back", "--from", "2015-06-30", "--to", "2015-06-01"],
    );
}

#[test]
fn report_editions_differ() {
    let reg = Reg::new();
    crate::support::run_in(
        reg.dir.path(),
        &["init", "reg16", "--edition", "2016"],
        None,
    )
    .ok();
    error(&reg, DAY, &["-R", "reg16", "report", "--month", "2015-06"]);
}

#[test]
fn export_to_before_from() {
    error(
        &Reg::new(),
        DAY,
        &["export", "--from", "2015-06-30", "--to", "2015-06-01"],
    );
}

#[test]
fn export_editions_differ() {
    let reg = Reg::new();
    crate::support::run_in(
        reg.dir.path(),
        &["init", "reg16", "--edition", "2016"],
        None,
    )
    .ok();
    error(&reg, DAY, &["-R", "reg16", "export"]);
}

#[test]
fn export_parquet_to_stdout() {
    error(&Reg::new(), DAY, &["export", "--format", "parquet"]);
}

#[test]
fn export_parquet_into_a_directory_of_other_files() {
    let reg = Reg::new();
    std::fs::create_dir(reg.dir.path().join("mine")).expect("dir");
    std::fs::write(reg.dir.path().join("mine/notes.txt"), "keep").expect("write");
    error(&reg, DAY, &["export", "--format", "parquet", "-o", "mine"]);
}

#[test]
fn report_unreadable_card() {
    let reg = at(Stage::Registered);
    let text = std::fs::read(reg.path("cards/2015/000001.json")).expect("card");
    put(&reg, "cards/2015/000001.json", &text[..text.len() / 3]);
    error(&reg, DAY, &["report", "--month", "2015-06"]);
}

#[test]
fn report_xlsx_on_a_terminal() {
    use rustix::pty::{grantpt, openpt, ptsname, unlockpt, OpenptFlags};
    let reg = Reg::new();
    // Standard output is a terminal: the pseudo-terminal's other end,
    // kept open while the command runs.
    let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).expect("a pseudo-terminal");
    grantpt(&master).expect("grantpt");
    unlockpt(&master).expect("unlockpt");
    let name = ptsname(&master, Vec::new()).expect("ptsname");
    let terminal = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(name.to_str().expect("a path"))
        .expect("the terminal");
    let (register, world) = (reg.snapshot(), reg.world());
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("appeals"))
        .current_dir(reg.dir.path())
        .env_remove("APPEALS_REGISTER")
        .env_remove("APPEALS_TODAY")
        .env_remove("APPEALS_USER")
        .env("NO_COLOR", "1")
        .env("APPEALS_LANG", "en")
        .args(["-R", "reg", "--today", DAY, "--user", "zarichenko"])
        .env("APPEALS_LANG", "en")
        .args(["report", "--month", "2015-06", "--format", "xlsx"])
        .stdout(terminal)
        .output()
        .expect("runs");
    drop(master);
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::new(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(reg.snapshot() == register && reg.world() == world);
    snapshot(&reg, &run);
}

// ------------------------------------------------------------------ check

#[test]
fn check_outside_a_register() {
    error(&Reg::new(), DAY, &["check", "-R", "nowhere"]);
}

#[test]
fn check_hand_edited_cards() {
    let reg = at(Stage::Answered);
    reg.card_at(Stage::Registered);
    edit_card(&reg, 1, |c| {
        c["status"] = json!("signed");
        c["classification"]["topics"] = json!(["099"]);
    });
    edit_card(&reg, 2, |c| {
        c["term"]["control_date"] = json!("2015-07-24");
        c["resolution"] = json!({"date": "2015-06-24", "coordinator": "nobody",
                                 "executors": ["dzhkg"], "text": null});
    });
    put(&reg, "cards/2015/notes.txt", "чернетка");
    error(&reg, "2015-07-21", &["check"]);
}

#[test]
fn check_changed_and_missing_documents() {
    let reg = at(Stage::Signed);
    put(&reg, "docs/2015/000001/info.txt", "змінено після підпису\n");
    std::fs::remove_file(reg.path("docs/2015/000001/quality.toml")).expect("remove");
    error(&reg, "2015-07-22", &["check"]);
}

#[test]
fn check_broken_link() {
    let reg = at(Stage::Registered);
    let f = reg.file(
        "record.json",
        &json!([record("e-2", DAY, json!({"repeat_of": "2015/К-1"}))]).to_string(),
    );
    reg.run_on(DAY, &["register", "--from", &f]).ok();
    edit_card(&reg, 1, |c| {
        c["links"]["later"] = json!([]);
        c["history"].as_array_mut().expect("history").truncate(1);
    });
    error(&reg, DAY, &["check"]);
}

#[test]
fn check_stale_index() {
    let reg = at(Stage::Registered);
    reg.run_on(DAY, &["show", "cc:walk-1"]).ok();
    edit_card(&reg, 1, |c| c["cc_number"] = json!("walk-11"));
    error(&reg, DAY, &["check"]);
}

#[test]
fn check_broken_settings_and_cards() {
    let reg = at(Stage::Registered);
    put(
        &reg,
        "people.toml",
        "[[coordinator]]\nid = \"x\"\nname = 1\n",
    );
    let text = std::fs::read(reg.path("cards/2015/000001.json")).expect("card");
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(&text);
    put(&reg, "cards/2015/000001.json", bom);
    error(&reg, DAY, &["check"]);
}

#[test]
fn check_priority_unknown_category() {
    let reg = broken(
        "register.toml",
        "personal_by_head = [\n  \"7.3\",",
        "personal_by_head = [\n  \"7.33\",",
    );
    error(&reg, DAY, &["check"]);
}

#[test]
fn check_sign_mismatch() {
    let reg = linked();
    edit_card(&reg, 2, |c| c["classification"]["sign"] = json!("2.2"));
    reg.card_at(Stage::Registered);
    edit_card(&reg, 3, |c| c["classification"]["sign"] = json!("2.4"));
    error(&reg, "2015-06-26", &["check"]);
}

#[test]
fn check_earlier_appeal_missing() {
    let reg = linked();
    edit_card(&reg, 2, |c| {
        c["links"]["earlier"] = json!(["2015/К-7", "2015/К-1"])
    });
    error(&reg, "2015-06-26", &["check"]);
}

#[test]
fn check_extension_not_marked_late() {
    let reg = at(Stage::Dispatched);
    let mut args = extend_args("2015-08-07", "holova");
    args.extend(["--late", "--notified", "2015-07-24"]);
    reg.run_on("2015-07-24", &args).ok();
    // The late mark taken off by hand, on the card and in its history.
    edit_card(&reg, 1, |c| {
        c["term"]["extensions"][0]
            .as_object_mut()
            .expect("an extension")
            .remove("late");
        for e in c["history"].as_array_mut().expect("history") {
            if e["action"] == "extend" {
                e["data"].as_object_mut().expect("data").remove("late");
            }
        }
    });
    error(&reg, "2015-07-24", &["check"]);
}

#[test]
fn check_as_json() {
    let reg = at(Stage::Registered);
    edit_card(&reg, 1, |c| c["status"] = json!("resolved"));
    error(&reg, DAY, &["check", "--format", "json"]);
}

// ------------------------------------------------------- init, calendar, people

#[test]
fn init_over_a_register() {
    error(&Reg::new(), DAY, &["init", "reg"]);
}

#[test]
fn init_over_a_file() {
    let reg = Reg::new();
    std::fs::create_dir(reg.dir.path().join("fresh")).expect("mkdir");
    reg.file("fresh/people.toml", "# мій список\n");
    error(&reg, DAY, &["init", "fresh"]);
}

#[test]
fn calendar_year_outside() {
    error(&Reg::new(), DAY, &["calendar", "2031"]);
}

#[test]
fn people_outside_a_register() {
    error(&Reg::new(), DAY, &["people", "-R", "nowhere"]);
}

// ------------------------------------------------------- usage errors, exit 2

#[test]
fn usage_unknown_command() {
    usage(&Reg::new(), DAY, &["regster"]);
}

#[test]
fn usage_unknown_flag() {
    usage(&Reg::new(), DAY, &["list", "--statuss", "sent"]);
}

#[test]
fn usage_missing_argument() {
    usage(&Reg::new(), DAY, &["resolve", "К-1"]);
}

#[test]
fn usage_missing_card() {
    usage(&Reg::new(), DAY, &["show"]);
}

#[test]
fn usage_not_a_date() {
    usage(&Reg::new(), DAY, &["send", "К-1", "--posted", "2015-02-30"]);
}

#[test]
fn usage_today_not_a_date() {
    usage(&Reg::new(), DAY, &["list", "--today", "23/06/2015"]);
}

#[test]
fn usage_unknown_format() {
    usage(&Reg::new(), DAY, &["list", "--format", "xml"]);
}

#[test]
fn usage_unknown_status() {
    usage(&Reg::new(), DAY, &["list", "--status", "lost"]);
}

#[test]
fn usage_not_a_number() {
    usage(&Reg::new(), DAY, &["calendar", "двітисячі"]);
}

#[test]
fn usage_unknown_edition() {
    usage(&Reg::new(), DAY, &["init", "new", "--edition", "2017"]);
}

#[test]
fn usage_unknown_shell() {
    usage(&Reg::new(), DAY, &["completions", "tcsh"]);
}

#[test]
fn usage_conflicting_periods() {
    usage(
        &Reg::new(),
        DAY,
        &["report", "--month", "2015-06", "--quarter", "2015-2"],
    );
}

#[test]
fn usage_to_without_from() {
    usage(&Reg::new(), DAY, &["report", "--to", "2015-06-30"]);
}

#[test]
fn usage_personal_and_anonymized() {
    usage(&Reg::new(), DAY, &["export", "--personal", "--anonymize"]);
}

#[test]
fn usage_unknown_outcome() {
    usage(
        &at(Stage::Sent),
        "2015-07-23",
        &["confirm", "К-1", "--outcome", "maybe"],
    );
}

#[test]
fn usage_reassign_without_executors() {
    usage(
        &at(Stage::Dispatched),
        "2015-06-26",
        &["reassign", "К-1", "--by", "maslenkov", "--reason", "x"],
    );
}

#[test]
fn usage_several_registers() {
    let reg = Reg::new();
    usage(&reg, DAY, &["-R", "other", "list"]);
}

#[test]
fn usage_argument_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let reg = Reg::new();
    let (register, world) = (reg.snapshot(), reg.world());
    let out = appeals()
        .current_dir(reg.dir.path())
        .args(["-R", "reg", "--today", DAY, "--user", "zarichenko"])
        .args(["register", "--topic", "009", "--summary", "x", "--name"])
        .arg(std::ffi::OsStr::from_bytes(
            b"\xca\xee\xe2\xe0\xeb\xe5\xed\xea\xee",
        ))
        .output()
        .expect("runs");
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert_eq!(run.code, 2);
    assert!(reg.snapshot() == register && reg.world() == world);
    snapshot(&reg, &run);
}

// ------------------------------------ warnings and hints of commands that succeed

#[test]
fn warning_register_earlier_appeals_of_the_applicant() {
    let reg = at(Stage::Registered);
    let f = reg.file(
        "record.json",
        &json!([record("e-2", DAY, json!({}))]).to_string(),
    );
    warning(&reg, DAY, &["register", "--from", &f]);
}

#[test]
fn warning_register_skipped_invalid_and_already_registered() {
    let reg = at(Stage::Registered);
    let f = reg.file(
        "mixed.json",
        &json!([
            record("walk-1", DAY, json!({})),
            record("e-2", DAY, json!({"kind": "3.9"})),
            record("e-3", DAY, json!({"name": "Шевченко Тарас"})),
        ])
        .to_string(),
    );
    let run = reg
        .run_on(DAY, &["register", "--from", &f, "--skip-invalid"])
        .ok();
    snapshot(&reg, &run);
}

#[test]
fn warning_dispatch_executor_without_email() {
    let reg = at(Stage::Registered);
    reg.walk("К-1").executor("miskcvitlo").to(Stage::Resolved);
    warning(&reg, "2015-06-25", &["dispatch", "К-1"]);
}

#[test]
fn warning_remind_executor_without_email() {
    let reg = at(Stage::Registered);
    reg.walk("К-1").executor("miskcvitlo").to(Stage::Dispatched);
    warning(&reg, "2015-07-20", &["remind", "--outbox", "outbox"]);
}

#[test]
fn warning_remind_no_head() {
    let reg = at(Stage::Dispatched);
    edit(
        &reg,
        "people.toml",
        "[[head]]\nid = \"holova\"\nname = \"Міський голова\"\nposition = \"міський голова\"\n\
         position_genitive = \"міського голови\"\nposition_dative = \"міському голові\"\n",
        "",
    );
    warning(&reg, "2015-07-24", &["remind"]);
}

#[test]
fn warning_answer_late_but_timely() {
    let reg = at(Stage::Dispatched);
    reg.package(QUALITY);
    warning(&reg, "2015-07-24", &answer_args("quality.toml"));
}

#[test]
fn warning_sign_by_another_coordinator() {
    warning(
        &at(Stage::Answered),
        "2015-07-21",
        &["sign", "К-1", "--by", "kytaiev"],
    );
}

#[test]
fn warning_send_documents_changed_or_gone_since_signing() {
    let reg = at(Stage::Signed);
    put(&reg, "docs/2015/000001/info.txt", "змінено після підпису\n");
    std::fs::remove_file(reg.path("docs/2015/000001/quality.toml")).expect("remove");
    warning(&reg, "2015-07-22", &["send", "К-1"]);
}

#[test]
fn warning_extend_to_a_day_off_without_notice() {
    warning(
        &at(Stage::Dispatched),
        "2015-07-10",
        &extend_args("2015-08-01", "maslenkov"),
    );
}

#[test]
fn warning_extend_late() {
    let mut args = extend_args("2015-08-07", "holova");
    args.extend(["--late", "--notified", "2015-07-27"]);
    warning(&at(Stage::Dispatched), "2015-07-27", &args);
}

#[test]
fn warning_classify_coordinator_not_covering_the_new_topic() {
    warning(
        &at(Stage::Resolved),
        "2015-06-25",
        &classify_args(&["--topic", "006"]),
    );
}

#[test]
fn warning_classify_links_decided_on_the_old_topics() {
    let reg = linked();
    reg.walk("К-2").days(&["2015-06-26"]).to(Stage::Resolved);
    warning(
        &reg,
        "2015-06-26",
        &[
            "classify",
            "К-2",
            "--topic",
            "010",
            "--by",
            "maslenkov",
            "--reason",
            "житлове",
        ],
    );
}

#[test]
fn warning_classify_both() {
    let reg = linked();
    reg.walk("К-1").days(&["2015-06-26"]).to(Stage::Resolved);
    warning(&reg, "2015-06-26", &classify_args(&["--topic", "013"]));
}

#[test]
fn warning_explain_dates_that_changed() {
    let reg = at(Stage::Registered);
    edit_card(&reg, 1, |c| {
        c["term"]["control_date"] = json!("2015-07-24");
        c["term"]["executor_due"] = json!("2015-07-23");
    });
    warning(&reg, DAY, &["explain", "К-1"]);
}

#[test]
fn warning_commit_failed() {
    let reg = Reg::in_git();
    reg.file(".gitignore", "reg/cards/\n");
    let f = reg.file(
        "record.json",
        &json!([record("e-1", DAY, json!({}))]).to_string(),
    );
    // A commit that fails is an error: exit 1, with what was written.
    let mut run = reg.run_on(DAY, &["register", "--from", &f]).fails();
    // What git itself says differs between git versions; the tool's own
    // words around it are what is pinned.
    let (from, to) = ("git could not stage the files: ", "\n  written:");
    let start = run.stderr.find(from).expect("git's refusal") + from.len();
    let end = run.stderr.find(to).expect("the tool's hint");
    run.stderr.replace_range(start..end, "[what git says]");
    snapshot(&reg, &run);
}
