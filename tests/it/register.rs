//! Registration: intake of JSON, JSON Lines and CSV, indexes, terms,
//! idempotent re-runs, and every intake error path.

use crate::support::{record, Reg};
use serde_json::json;

const DAY: &str = "2015-06-23";

#[test]
fn one_appeal_from_flags_gets_index_and_dates() {
    let reg = Reg::new();
    reg.register_one(DAY, "0145-23062015", "Коваленко Петро Іванович", "009")
        .ok()
        .stdout_has("2015/К-1\t2015-06-23\t0145-23062015\tcontrol 2015-07-23");
    let c = reg.card(2015, 1);
    assert_eq!(c["index"], "К-1");
    assert_eq!(c["status"], "registered");
    assert_eq!(c["registered"], DAY);
    assert_eq!(c["classification"]["subject"], "5.1");
    assert_eq!(
        c["classification"]["form"], "1.4",
        "default from register.toml"
    );
    assert_eq!(c["term"]["control_date"], "2015-07-23");
    assert_eq!(c["term"]["executor_due"], "2015-07-22");
    assert_eq!(c["history"][0]["by"], "zarichenko");
}

#[test]
fn json_array_batch_numbers_in_order_and_marks_collective_and_anonymous() {
    let reg = Reg::new();
    let batch = json!([
        record("1-1", DAY, json!({})),
        record(
            "1-2",
            DAY,
            json!({"name": "Іванова Олена", "signatories": 12, "categories": []})
        ),
        record(
            "1-3",
            DAY,
            json!({"name": null, "gender": null, "categories": null})
        ),
    ]);
    let f = reg.file("day.json", &batch.to_string());
    let out = reg
        .run_on(DAY, &["register", "--from", &f, "--format", "json"])
        .ok();
    let cards = out.json();
    let idx: Vec<_> = cards
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["index"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(idx, ["К-1", "КО-2", "БП-3"]);
    assert_eq!(reg.card(2015, 2)["classification"]["subject"], "5.2");
    assert_eq!(reg.card(2015, 3)["classification"]["subject"], "5.3");
}

#[test]
fn json_lines_and_csv_batches() {
    let reg = Reg::new();
    let lines = format!(
        "{}\n\n{}\n",
        record("2-1", DAY, json!({})),
        record("2-2", DAY, json!({"name": "Шевченко Тарас"}))
    );
    let f = reg.file("day.jsonl", &lines);
    reg.run_on(DAY, &["register", "--from", &f])
        .ok()
        .stdout_has("2015/Ш-2");
    let csv = "cc_number,received,name,topics,categories,summary,term\n\
               3-1,2015-06-23,Бондар Ігор,009;010,7.5;7.6,\"Прорив труби, вода у підвалі\",15\n";
    let f = reg.file("day.csv", csv);
    reg.run_on(DAY, &["register", "--from", &f])
        .ok()
        .stdout_has("2015/Б-3");
    let c = reg.card(2015, 3);
    assert_eq!(c["classification"]["topics"], json!(["009", "010"]));
    assert_eq!(c["applicant"]["categories"], json!(["7.5", "7.6"]));
    assert_eq!(c["summary"], "Прорив труби, вода у підвалі");
    // 15 days from 23.06.2015 is 08.07.2015 (a Wednesday).
    assert_eq!(c["term"]["control_date"], "2015-07-08");
    assert_eq!(c["term"]["executor_due"], "2015-07-07");
}

#[test]
fn stdin_with_sniffed_format() {
    let reg = Reg::new();
    let text = format!("[{}]", record("4-1", DAY, json!({})));
    reg.run_stdin(DAY, &["register", "--from", "-"], &text)
        .ok()
        .stdout_has("К-1");
}

#[test]
fn rerunning_a_day_registers_nothing_twice() {
    let reg = Reg::new();
    let batch = json!([record("5-1", DAY, json!({})), record("5-2", DAY, json!({}))]);
    let f = reg.file("day.json", &batch.to_string());
    reg.run_on(DAY, &["register", "--from", &f]).ok();
    let before = reg.snapshot();
    reg.run_on(DAY, &["register", "--from", &f])
        .ok()
        .stderr_has("already registered: day.json record 1: cc 5-1 is 2015/К-1")
        .stderr_has("0 registered, 2 already registered");
    assert_eq!(before, reg.snapshot());
    // A file with one new appeal registers just that one, with the next number.
    let batch = json!([record("5-2", DAY, json!({})), record("5-3", DAY, json!({}))]);
    let f = reg.file("day2.json", &batch.to_string());
    reg.run_on(DAY, &["register", "--from", &f])
        .ok()
        .stdout_has("2015/К-3");
}

#[test]
fn numbers_run_within_a_year_and_restart_in_the_next() {
    let reg = Reg::new();
    reg.register_one("2015-12-31", "6-1", "Коваленко", "009")
        .ok()
        .stdout_has("2015/К-1");
    reg.register_one("2015-12-31", "6-2", "Петренко", "009")
        .ok()
        .stdout_has("2015/П-2");
    reg.register_one("2016-01-04", "6-3", "Мельник", "009")
        .ok()
        .stdout_has("2016/М-1");
    assert!(reg.path("cards/2016/000001.json").exists());
}

#[test]
fn late_registration_needs_a_reason_and_keeps_it() {
    let reg = Reg::new();
    let batch = json!([record("7-1", "2015-06-22", json!({}))]);
    let f = reg.file("late.json", &batch.to_string());
    reg.run_on(DAY, &["register", "--from", &f])
        .fails()
        .stderr_has(
            "late.json: record 1: field `received`: 2015-06-22 is before today (2015-06-23)",
        )
        .stderr_has("--late-reason");
    reg.run_on(
        DAY,
        &[
            "register",
            "--from",
            &f,
            "--late-reason",
            "файл надійшов після 17:00",
        ],
    )
    .ok();
    let c = reg.card(2015, 1);
    assert_eq!(c["late_reason"], "файл надійшов після 17:00");
    assert_eq!(c["received"], "2015-06-22");
    assert_eq!(c["registered"], DAY);
}

#[test]
fn dry_run_writes_nothing() {
    let reg = Reg::new();
    let before = reg.snapshot();
    // One applicant twice on one question, and a number sent twice: a dry
    // run finds both within the batch it didn't write, as a real run would.
    let f = reg.file(
        "d.json",
        &json!([
            record("8-1", DAY, json!({})),
            record("8-2", DAY, json!({})),
            record("8-1", DAY, json!({}))
        ])
        .to_string(),
    );
    let dry = reg
        .run_on(DAY, &["register", "--from", &f, "--dry-run"])
        .ok()
        .stdout_has("would register 2015/К-1")
        .stdout_has("would register 2015/К-2");
    assert_eq!(before, reg.snapshot());
    let real = reg.run_on(DAY, &["register", "--from", &f]).ok();
    for run in [&dry, &real] {
        assert!(
            run.stderr
                .contains("2015/К-2: the applicant has earlier appeals on this question: 2015/К-1"),
            "{}",
            run.stderr
        );
        assert!(
            run.stderr.contains("1 already registered"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn every_intake_error_is_clear_and_writes_nothing() {
    let reg = Reg::new();
    let rec = |extra| json!([record("9-1", DAY, extra)]).to_string();
    // Each invalid input: exit 1, a message naming file, record and field, and nothing written.
    let cases: Vec<(&str, String, &[&str])> = vec![
        ("code.json", rec(json!({"form": "1.7"})), &[
        "code.json: record 1: field `form`: unknown code \"1.7\" in section 1 «За формою надходження»",
        "did you mean",
    ]),
        ("topic.json", rec(json!({"topics": ["099"]})), &["field `topics`: unknown code \"099\""]),
        ("notopic.json", rec(json!({"topics": []})), &["field `topics`: missing"]),
        ("date.json", rec(json!({"received": "23/06/2015"})), &["field `received`: \"23/06/2015\" is not a date: write it as 2026-11-30 or 30.11.2026"]),
        ("future.json", rec(json!({"received": "2015-06-24"})), &["field `received`: 2015-06-24 is after today (2015-06-23)"]),
        ("key.json", rec(json!({"colour": "red"})), &["field `colour`: unknown field"]),
        ("term.json", rec(json!({"term": 60})), &["field `term`: 60 days"]),
        ("subject.json", rec(json!({"subject": "5.2"})), &["field `subject`: 5.2 contradicts"]),
        ("bad.json", "[{\"cc_number\": \"1\",\n \"received\": }]".to_string(), &["bad.json: line 2, column 14: malformed JSON"]),
        ("bad.jsonl", format!("{}\n{{\"cc_number\": \n", record("9-2", DAY, json!({}))), &["bad.jsonl: line 2, column", "malformed JSON"]),
        ("cols.csv", "cc_number,received,topics,summary\n9-3,2015-06-23,009\n".to_string(), &["cols.csv: line 2: 3 columns where the header has 4"]),
        ("head.csv", "cc_number,recieved,topics,summary\n9-3,2015-06-23,009,x\n".to_string(), &["head.csv: line 1: field `recieved`: unknown column; did you mean received"]),
        ("nul.json", rec(json!({"cc_number": "1\u{0}2"})), &["field `cc_number`"]),
        ("ctl.json", rec(json!({"summary": "a\u{7}b"})), &["field `summary`: contains control characters"]),
        ("latin1.csv", "cc_number,summary\n1,\u{0}".to_string(), &["latin1.csv"]),
    ];
    for (name, text, needles) in cases {
        let f = reg.file(name, &text);
        reg.refused(DAY, &["register", "--from", &f], needles);
    }
}

#[test]
fn a_batch_with_invalid_records_lists_them_all_or_skips_them() {
    let reg = Reg::new();
    let batch = json!([
        record("10-1", DAY, json!({})),
        record("10-2", DAY, json!({"kind": "3.9"})),
        record("10-3", DAY, json!({"gender": "4.3", "social_status": "9"})),
    ]);
    let f = reg.file("mixed.json", &batch.to_string());
    let before = reg.snapshot();
    reg.run_on(DAY, &["register", "--from", &f])
        .fails()
        .stderr_has("3 invalid records in mixed.json; nothing was written")
        .stderr_has("record 2: field `kind`")
        .stderr_has("record 3: field `gender`")
        .stderr_has("record 3: field `social_status`")
        .stderr_has("--skip-invalid");
    assert_eq!(before, reg.snapshot());
    reg.run_on(DAY, &["register", "--from", &f, "--skip-invalid"])
        .ok()
        .stdout_has("2015/К-1")
        .stderr_has("skipped invalid: mixed.json: record 2: field `kind`");
    assert!(!reg.path("cards/2015/000002.json").exists());
}

#[test]
fn non_utf8_and_bom_input() {
    let reg = Reg::new();
    let p = reg.dir.path().join("cp1251.csv");
    std::fs::write(&p, b"cc_number,name,topics,summary\n1,\xCA\xEE\xE2,009,x\n").unwrap();
    reg.run_on(DAY, &["register", "--from", "cp1251.csv"])
        .fails()
        .stderr_has("not UTF-8");
    let bom = format!("\u{feff}cc_number,received,name,topics,summary\n1,{DAY},Коваль,009,x\n");
    let f = reg.file("bom.csv", &bom);
    reg.run_on(DAY, &["register", "--from", &f])
        .ok()
        .stdout_has("К-1");
}

#[test]
fn cards_are_named_every_way() {
    let reg = Reg::new();
    reg.register_one(DAY, "0145-23062015", "Коваленко", "009")
        .ok();
    for name in ["К-1", "2015/К-1", "#1", "2015#1", "cc:0145-23062015"] {
        reg.run_on(DAY, &["show", name, "--format", "json"])
            .ok()
            .stdout_has("\"index\": \"К-1\"");
    }
    reg.run_on("2016-02-01", &["show", "К-1"])
        .fails()
        .stderr_has("no card К-1 in 2016")
        .stderr_has("2015/К-1");
    reg.run_on(DAY, &["show", "П-1"])
        .fails()
        .stderr_has("card 2015#1 is К-1, not П-1");
    reg.run_on(DAY, &["show", "../etc"])
        .fails()
        .stderr_has("can't read card name");
}

#[test]
fn show_prints_the_card_in_ukrainian_with_code_names() {
    let reg = Reg::new();
    let f = reg.file("d.json", &json!([record("1", DAY, json!({}))]).to_string());
    reg.run_on(DAY, &["register", "--from", &f]).ok();
    reg.run_on(DAY, &["show", "--lang", "uk", "К-1"])
        .ok()
        .stdout_has("РЕЄСТРАЦІЙНО-КОНТРОЛЬНА КАРТКА 2015/К-1")
        .stdout_has("1.4 Через органи влади")
        .stdout_has("7.5 Учасник бойових дій")
        .stdout_has("009 Комунальне господарство")
        .stdout_has("Контрольний термін    23.07.2015");
}

#[test]
fn list_filters_and_formats_without_personal_data() {
    let reg = Reg::new();
    let batch = json!([
        record("1", DAY, json!({"topics": ["009"]})),
        record(
            "2",
            DAY,
            json!({"topics": ["010"], "name": "Мельник Ольга"})
        ),
    ]);
    let f = reg.file("d.json", &batch.to_string());
    reg.run_on(DAY, &["register", "--from", &f]).ok();
    let out = reg
        .run_on(DAY, &["list", "--topic", "10", "--format", "json"])
        .ok()
        .json();
    assert_eq!(out.as_array().unwrap().len(), 1);
    assert_eq!(out[0]["index"], "М-2");
    assert_eq!(out[0]["applicant"]["name"], "[приховано]");
    let csv = reg.run_on(DAY, &["list", "--format", "csv"]).ok().stdout;
    assert!(csv.starts_with("index,year,number,cc_number"));
    assert!(!csv.contains("Мельник"));
    reg.run_on(DAY, &["list", "--personal", "--format", "csv"])
        .ok()
        .stdout_has("Мельник Ольга");
    reg.run_on(
        DAY,
        &["list", "--received-from", "2015-06-24", "--format", "json"],
    )
    .ok()
    .stdout_has("[]");
    reg.run_on(DAY, &["list", "--topic", "099"])
        .fails()
        .stderr_has("unknown code \"099\"");
}

#[test]
fn explain_names_every_skipped_day() {
    let reg = Reg::new();
    // 13.06.2015 + 15 days = Sun 28.06.2015, Constitution Day; Mon 29.06 is its moved day off.
    let f = reg.file(
        "d.json",
        &json!([record("1", "2015-06-13", json!({"term": 15}))]).to_string(),
    );
    reg.run_on("2015-06-13", &["register", "--from", &f]).ok();
    let c = reg.card(2015, 1);
    assert_eq!(c["term"]["control_date"], "2015-06-30");
    assert_eq!(c["term"]["executor_due"], "2015-06-26");
    reg.run_on("2015-06-13", &["explain", "--lang", "uk", "К-1"])
        .ok()
        .stdout_has("пропущено 28.06.2015 (неділя)")
        .stdout_has("пропущено 29.06.2015 (понеділок)")
        .stdout_has("контрольний термін: 30.06.2015 (вівторок)")
        .stdout_has("термін для виконавця: 26.06.2015 (п'ятниця)");
}

#[test]
fn init_refuses_to_overwrite_and_the_calendar_prints() {
    let reg = Reg::new();
    crate::support::run_in(reg.dir.path(), &["init", "reg", "--edition", "2015"], None)
        .fails()
        .stderr_has("already a register");
    reg.run_on(DAY, &["calendar", "2016"])
        .ok()
        .stdout_has("2016-05-03")
        .stdout_has("КЗпП ст. 67 ч. 3")
        .stdout_has("2016-03-12");
    reg.run_on(DAY, &["calendar", "2031"])
        .fails()
        .stderr_has("2031");
    let reg16 = Reg::with_edition("2016");
    let f = reg16.file(
        "d.json",
        &json!([record("1", DAY, json!({"form": "1.1.1"}))]).to_string(),
    );
    reg16.run_on(DAY, &["register", "--from", &f]).ok();
    let f = reg.file(
        "d.json",
        &json!([record("1", DAY, json!({"form": "1.1.1"}))]).to_string(),
    );
    reg.run_on(DAY, &["register", "--from", &f])
        .fails()
        .stderr_has("field `form`");
}

#[test]
fn a_hand_edited_settings_file_with_an_unknown_key_fails_with_line_and_key() {
    let reg = Reg::new();
    let p = reg.path("register.toml");
    let text = std::fs::read_to_string(&p)
        .unwrap()
        .replace("[terms]", "[terms]\ncolour = 1");
    std::fs::write(&p, text).unwrap();
    reg.run_on(DAY, &["list"])
        .fails()
        .stderr_has("register.toml: line")
        .stderr_has("colour");
    let reg = Reg::new();
    let p = reg.path("classifier.toml");
    let text = std::fs::read_to_string(&p).unwrap().replacen(
        "\n[[section]]\n",
        "\n[[section]]\nflavour = 1\n",
        1,
    );
    std::fs::write(&p, text).unwrap();
    reg.run_on(DAY, &["list"])
        .fails()
        .stderr_has("classifier.toml")
        .stderr_has("flavour");
}
