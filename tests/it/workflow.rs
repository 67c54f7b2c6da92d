//! The procedure step by step (the order's points 4–8, law art. 20):
//! resolve, dispatch, answer, sign, send, extend, with drafts and the
//! roster; every refusal exits 1, says what to do and writes nothing.

use crate::support::{answer_args, record, Reg, Stage, DAY, QUALITY};
use serde_json::json;
use sha2::{Digest, Sha256};

fn sha256(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

fn actions(card: &serde_json::Value) -> Vec<String> {
    card["history"]
        .as_array()
        .expect("history")
        .iter()
        .map(|e| e["action"].as_str().expect("action").to_string())
        .collect()
}

#[test]
fn a_card_through_every_step() {
    let reg = Reg::new();
    reg.appeal(DAY, "0145-23062015");

    // Point 4: the resolution; the coordinator follows from topic 009.
    reg.run_on(
        "2015-06-24",
        &[
            "resolve",
            "К-1",
            "--executor",
            "miskcvitlo",
            "--executor",
            "dzhkg",
            "--text",
            "Розглянути, вжити заходів, відповісти заявнику",
        ],
    )
    .ok()
    .stdout_has("2015/К-1 resolved by maslenkov (by topic 009): executors miskcvitlo (lead), dzhkg")
    .stderr_has("next: appeals dispatch 2015/К-1");
    let c = reg.card(2015, 1);
    assert_eq!(c["status"], "resolved");
    assert_eq!(
        c["resolution"],
        json!({"date": "2015-06-24", "coordinator": "maslenkov",
               "executors": ["miskcvitlo", "dzhkg"],
               "text": "Розглянути, вжити заходів, відповісти заявнику"})
    );
    assert_eq!(actions(&c), ["register", "resolve"]);
    assert_eq!(c["history"][1]["at"], "2015-06-24");
    assert_eq!(c["history"][1]["by"], "zarichenko");
    assert_eq!(
        c["history"][1]["data"]["executors"],
        json!(["miskcvitlo", "dzhkg"])
    );

    // Point 5: one letter per executor in the outbox.
    reg.run_on("2015-06-25", &["dispatch", "К-1", "--outbox", "out"])
        .ok()
        .stdout_has("2015/К-1 dispatched to miskcvitlo, dzhkg")
        .stderr_has("warning: executor miskcvitlo has no e-mail");
    let c = reg.card(2015, 1);
    assert_eq!(c["status"], "dispatched");
    assert_eq!(
        c["dispatch"],
        json!({"date": "2015-06-25", "to": ["miskcvitlo", "dzhkg"]})
    );
    assert_eq!(actions(&c), ["register", "resolve", "dispatch"]);
    let lead =
        std::fs::read_to_string(reg.dir.path().join("out/2015-000001-miskcvitlo.txt")).unwrap();
    for needle in [
        "Реєстраційний індекс: К-1 (2015 рік, № 1)",
        "№ контакт-центру: 0145-23062015",
        "Зміст: Не працює вуличне освітлення",
        "Заявник: Коваленко Петро Іванович",
        "Адреса: вул. Шевченка, 5, кв. 12",
        "Телефон: +380671234567",
        "Резолюція від 24.06.2015: Масленков О.В. (maslenkov)",
        "«Розглянути, вжити заходів, відповісти заявнику»",
        "Роль: головний виконавець",
        "Термін для виконавця: 22.07.2015",
        "Контрольний термін: 23.07.2015",
    ] {
        assert!(lead.contains(needle), "letter lacks {needle:?}:\n{lead}");
    }
    assert!(
        !lead.contains("Позначка"),
        "a primary appeal carries no mark"
    );
    let co = std::fs::read_to_string(reg.dir.path().join("out/2015-000001-dzhkg.txt")).unwrap();
    assert!(co.contains("Роль: співвиконавець"), "{co}");

    // The templates, filled for the executor.
    reg.run_on("2015-06-26", &["draft", "К-1"])
        .ok()
        .stdout_has("==> templates/answer-applicant.txt <==")
        .stdout_has(
            "Щодо Вашого звернення від 23.06.2015 (реєстр. № К-1, контакт-центр № 0145-23062015)",
        )
        .stdout_has("Шановний пане Коваленку!")
        .stdout_has("контрольний термін: 23.07.2015")
        .stdout_has("\nО. Масленков\n");
    reg.run_on("2015-06-26", &["draft", "К-1", "--out", "drafts"])
        .ok();
    let d =
        std::fs::read_to_string(reg.dir.path().join("drafts/2015-000001-answer-cc.txt")).unwrap();
    assert!(
        d.starts_with("Дніпропетровський обласний контактний центр\n"),
        "{d}"
    );
    assert!(!d.contains('{'), "every placeholder is filled:\n{d}");

    // Point 7: the executor's package, on time.
    reg.package(QUALITY);
    let mut args = answer_args("К-1", "quality.toml");
    args.extend([
        "--cc-draft",
        "cc-draft.txt",
        "--executor-number",
        "12/3-456",
    ]);
    reg.run_on("2015-07-20", &args)
        .ok()
        .stdout_has(
            "2015/К-1 answered on time (due 2015-07-22); proposed result 9.1 Вирішено позитивно",
        )
        .stderr_has("next: appeals sign 2015/К-1 --by maslenkov");
    let c = reg.card(2015, 1);
    assert_eq!(c["status"], "answered");
    let dir = "docs/2015/000001";
    assert_eq!(
        c["answer"],
        json!({
            "date": "2015-07-20", "executor_number": "12/3-456", "result": "9.1",
            "documents": {
                "answer-applicant": format!("{dir}/answer-applicant.txt"),
                "answer-cc": format!("{dir}/answer-cc.txt"),
                "info": format!("{dir}/info.txt"),
                "quality": format!("{dir}/quality.toml"),
            },
            "quality": {"timely": true, "complete": true, "applicant_contacted": true,
                        "applicant_satisfied": "yes", "score": 5, "notes": "Світильник замінено"},
            "late": false, "days_late": 0
        })
    );
    for (copy, source) in [
        ("answer-applicant.txt", "draft.txt"),
        ("answer-cc.txt", "cc-draft.txt"),
        ("info.txt", "info.txt"),
        ("quality.toml", "quality.toml"),
    ] {
        assert_eq!(
            std::fs::read(reg.path(&format!("{dir}/{copy}"))).unwrap(),
            std::fs::read(reg.dir.path().join(source)).unwrap(),
            "{copy}"
        );
    }

    // Point 8.1: signed by the resolution's coordinator; every document hashed.
    reg.run_on("2015-07-21", &["sign", "К-1", "--by", "maslenkov"])
        .ok()
        .stdout_has("2015/К-1 signed by maslenkov (4 documents)");
    let c = reg.card(2015, 1);
    assert_eq!(c["status"], "signed");
    assert_eq!(c["signature"]["date"], "2015-07-21");
    assert_eq!(c["signature"]["by"], "maslenkov");
    assert_eq!(c["signature"]["warning"], json!(null));
    let hashes = c["signature"]["sha256"].as_object().unwrap();
    assert_eq!(hashes.len(), 4);
    for (path, sha) in hashes {
        assert_eq!(
            sha.as_str().unwrap(),
            sha256(&std::fs::read(reg.path(path)).unwrap()),
            "{path}"
        );
    }

    // Points 8.2–8.3: mailed, scanned, result entered, off control.
    reg.file("scan.PDF", "%PDF-1.4 scan of the signed answer\n");
    reg.run_on(
        "2015-07-22",
        &[
            "send",
            "К-1",
            "--posted",
            "2015-07-21",
            "--to-cc",
            "2015-07-22",
            "--scan",
            "scan.PDF",
        ],
    )
    .ok()
    .stdout_has(
        "2015/К-1 sent: to the applicant 2015-07-21, to the contact centre 2015-07-22; result 9.1",
    );
    let c = reg.card(2015, 1);
    assert_eq!(c["status"], "sent");
    assert_eq!(
        c["sent"],
        json!({"posted": "2015-07-21", "to_cc": "2015-07-22", "scan": format!("{dir}/scan.pdf"),
               "number": null, "date": null})
    );
    assert_eq!(c["result"], "9.1");
    // On control until the controller takes it off (init's setting).
    assert_eq!(c["closed"], json!(null));
    assert_eq!(
        actions(&c),
        ["register", "resolve", "dispatch", "answer", "sign", "send"]
    );
    assert!(reg.path(&format!("{dir}/scan.pdf")).is_file());

    // The card as a clerk reads it, with the whole history.
    reg.run_on("2015-07-22", &["show", "--lang", "uk", "К-1"])
        .ok()
        .stdout_has("РЕЄСТРАЦІЙНО-КОНТРОЛЬНА КАРТКА 2015/К-1")
        .stdout_has("Стан                      відповідь надіслано\n")
        .stdout_has("Резолюція                 24.06.2015 — Масленков О.В. (maslenkov)")
        .stdout_has("Запропонований результат  9.1 Вирішено позитивно")
        .stdout_has("Результат розгляду        9.1 Вирішено позитивно")
        .stdout_has("Скан відповіді            docs/2015/000001/scan.pdf")
        .stdout_has("21.07.2015  підпис      zarichenko  підписав maslenkov")
        .stdout_has(
            "22.07.2015  надіслано   zarichenko  заявнику 21.07.2015, контакт-центру 22.07.2015; результат 9.1",
        );
    let listed = reg
        .run_on(
            "2015-07-22",
            &[
                "list",
                "--executor",
                "dzhkg",
                "--status",
                "sent",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let none = reg
        .run_on(
            "2015-07-22",
            &[
                "list",
                "--executor",
                "dzhkg",
                "--status",
                "dispatched",
                "--format",
                "json",
            ],
        )
        .ok()
        .json();
    assert_eq!(none, json!([]));
    // Off control: the controller's step.
    reg.run_on("2015-07-23", &["close", "К-1", "--by", "sizhuk"])
        .ok()
        .stdout_has("2015/К-1 taken off control");
    let c = reg.card(2015, 1);
    assert_eq!(c["status"], "closed");
    assert_eq!(
        c["closed"],
        json!({"date": "2015-07-23", "by": "sizhuk", "reason": null, "file": null})
    );
    assert_eq!(
        actions(&c),
        ["register", "resolve", "dispatch", "answer", "sign", "send", "close"]
    );
}

#[test]
fn a_late_answer_counts_working_days_across_a_weekend_and_a_holiday() {
    let reg = Reg::new();
    // One month from Fri 24.07.2015 is Mon 24.08, Independence Day: the
    // control date moves to Tue 25.08, and the executor's due date is the
    // working day before it, Fri 21.08.
    reg.appeal("2015-07-24", "7-1");
    let c = reg.card(2015, 1);
    assert_eq!(c["term"]["control_date"], "2015-08-25");
    assert_eq!(c["term"]["executor_due"], "2015-08-21");
    reg.walk("К-1").on("2015-07-24").to(Stage::Dispatched);
    reg.package(&QUALITY.replace("timely = true", "timely = false"));
    // Sat 22, Sun 23 and Mon 24 (the holiday) are not working days: Tue 25 is the first late one.
    reg.run_on("2015-08-25", &answer_args("К-1", "quality.toml"))
        .ok()
        .stdout_has("answered LATE by 1 working day (due 2015-08-21)");
    let a = &reg.card(2015, 1)["answer"];
    assert_eq!(a["late"], true);
    assert_eq!(a["days_late"], 1);
    assert_eq!(reg.card(2015, 1)["history"][3]["data"]["days_late"], 1);
}

#[test]
fn a_quality_card_that_says_timely_for_a_late_answer_is_warned_about() {
    let reg = Reg::new();
    reg.appeal("2015-07-24", "7-2");
    reg.walk("К-1").on("2015-07-24").to(Stage::Dispatched);
    reg.package(QUALITY);
    reg.run_on("2015-08-26", &answer_args("К-1", "quality.toml"))
        .ok()
        .stdout_has("LATE by 2 working days")
        .stderr_has("warning: the quality card says timely = true");
}

#[test]
fn one_draft_serves_both_addressees_when_no_cc_draft_is_given() {
    let reg = Reg::new();
    reg.card_at(Stage::Answered);
    let a = &reg.card(2015, 1)["answer"]["documents"];
    assert_eq!(a["answer-cc"], a["answer-applicant"]);
    reg.run_on("2015-07-21", &["sign", "К-1", "--by", "maslenkov"])
        .ok()
        .stdout_has("(3 documents)");
}

#[test]
fn extension_sets_a_later_control_date_and_the_executors_due_date() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    reg.package(QUALITY);
    reg.run_on(
        "2015-07-10",
        &[
            "extend",
            "К-1",
            "--until",
            "2015-08-07",
            "--by",
            "maslenkov",
            "--reason",
            "потрібна перевірка на місці",
            "--notified",
            "2015-07-10",
        ],
    )
    .ok()
    .stdout_has(
        "2015/К-1 extended: control date 2015-07-23 → 2015-08-07; executor's due date 2015-08-06",
    );
    let c = reg.card(2015, 1);
    assert_eq!(c["status"], "dispatched", "an extension leaves the status");
    assert_eq!(c["term"]["control_date"], "2015-08-07");
    assert_eq!(c["term"]["executor_due"], "2015-08-06");
    assert_eq!(
        c["term"]["extensions"],
        json!([{"on": "2015-07-10", "until": "2015-08-07", "by": "maslenkov",
                "reason": "потрібна перевірка на місці", "notified": "2015-07-10"}])
    );
    assert_eq!(actions(&c).last().map(String::as_str), Some("extend"));
    // The package is now due 06.08, so an answer on 05.08 is on time.
    reg.run_on("2015-08-05", &answer_args("К-1", "quality.toml"))
        .ok()
        .stdout_has("on time (due 2015-08-06)");
}

#[test]
fn an_extension_without_notification_is_recorded_with_a_warning() {
    let reg = Reg::new();
    reg.card_at(Stage::Resolved);
    reg.run_on(
        "2015-07-10",
        &[
            "extend",
            "К-1",
            "--until",
            "2015-08-01",
            "--by",
            "maslenkov",
            "--reason",
            "перевірка",
        ],
    )
    .ok()
    .stderr_has("warning: the new control date 2015-08-01 is not a working day (субота)")
    .stderr_has("warning: the applicant must be notified");
    let c = reg.card(2015, 1);
    assert_eq!(c["term"]["extensions"][0]["notified"], json!(null));
    assert_eq!(c["term"]["executor_due"], "2015-07-31");
    assert_eq!(c["status"], "resolved");
}

#[test]
fn refused_extensions() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    let ext = |until: &'static str, by: &'static str| {
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
    };
    let r = reg
        .refused(
            "2015-07-10",
            &ext("2015-08-08", "maslenkov"),
            &[
                "--until 2015-08-08: card 2015/К-1 would run 46 days from receipt",
                "at most 45",
            ],
        )
        .hinted();
    assert!(
        r.stderr
            .contains("hint: the latest allowed date is 2015-08-07 (п'ятниця)"),
        "{}",
        r.stderr
    );
    reg.refused(
        "2015-07-10",
        &ext("2015-07-23", "maslenkov"),
        &[
            "control date is already 2015-07-23",
            "after 2015-07-23, at most 2015-08-07",
        ],
    )
    .hinted();
    reg.refused(
        "2015-07-10",
        &ext("2015-08-07", "dzhkg"),
        &["--by dzhkg: dzhkg is an executor, neither the head nor his deputy; a term is extended by the head or his deputy"],
    )
    .hinted();
    reg.refused(
        "2015-07-10",
        &ext("2015-08-07", "maslenko"),
        &[
            "no head or coordinator \"maslenko\"",
            "did you mean maslenkov",
        ],
    )
    .hinted();
    let mut late_notice = ext("2015-08-07", "maslenkov");
    late_notice.extend(["--notified", "2015-07-11"]);
    reg.refused(
        "2015-07-10",
        &late_notice,
        &["--notified 2015-07-11 is after today"],
    )
    .hinted();
    reg.refused(
        "2015-07-10",
        &[
            "extend",
            "К-1",
            "--until",
            "2015-08-07",
            "--by",
            "maslenkov",
            "--reason",
            " ",
        ],
        &["--reason is empty"],
    )
    .hinted();
}

#[test]
fn every_step_out_of_order_is_refused_with_the_next_command() {
    let reg = Reg::new();
    reg.appeal(DAY, "1-1");
    reg.package(QUALITY);
    let day = "2015-07-01";
    reg.refused(
        day,
        &["dispatch", "К-1"],
        &[
            "error: card 2015/К-1 is registered; it can't be dispatched",
            "hint: the next step is 'appeals resolve 2015/К-1 --executor ID'",
        ],
    )
    .hinted();
    reg.refused(
        day,
        &answer_args("К-1", "quality.toml"),
        &["is registered; it can't be answered"],
    )
    .hinted();
    reg.refused(
        day,
        &["sign", "К-1", "--by", "maslenkov"],
        &["is registered; it can't be signed"],
    )
    .hinted();
    reg.refused(day, &["send", "К-1"], &["is registered; it can't be sent"])
        .hinted();

    // A step again with other arguments than it had is out of order; with
    // the same ones it is done already (see `already_done` below).
    reg.walk("К-1").on(day).to(Stage::Resolved);
    already_done(&reg, day, &["resolve", "К-1", "--executor", "dzhkg"]);
    reg.refused(
        day,
        &["resolve", "К-1", "--executor", "vodokanal"],
        &[
            "card 2015/К-1 is resolved; it can't be resolved",
            "hint: the next step is 'appeals dispatch 2015/К-1'",
        ],
    )
    .hinted();
    reg.refused(
        day,
        &answer_args("К-1", "quality.toml"),
        &["is resolved; it can't be answered"],
    )
    .hinted();

    // A dispatch has no arguments of its own that could differ: again, it
    // is done already (errors.rs `dispatch_again` has the refusal, on a
    // hand-edited resolution).
    reg.walk("К-1").on(day).to(Stage::Dispatched);
    already_done(&reg, day, &["dispatch", "К-1"]);
    reg.refused(
        day,
        &["sign", "К-1", "--by", "maslenkov"],
        &["is dispatched; it can't be signed"],
    )
    .hinted();

    reg.walk("К-1").on(day).to(Stage::Answered);
    reg.refused(
        day,
        &["send", "К-1"],
        &[
            "is answered; it can't be sent",
            "hint: the next step is 'appeals sign 2015/К-1 --by maslenkov'",
        ],
    )
    .hinted();
    already_done(&reg, day, &answer_args("К-1", "quality.toml"));
    reg.file("draft.txt", "Інша відповідь.\n");
    reg.refused(
        day,
        &answer_args("К-1", "quality.toml"),
        &["is answered; it can't be answered"],
    )
    .hinted();

    reg.walk("К-1").on(day).to(Stage::Signed);
    already_done(&reg, day, &["sign", "К-1", "--by", "maslenkov"]);
    reg.refused(
        day,
        &["sign", "К-1", "--by", "kytaiev"],
        &["is signed; it can't be signed", "'appeals send 2015/К-1'"],
    )
    .hinted();

    reg.walk("К-1").on(day).to(Stage::Sent);
    already_done(&reg, day, &["send", "К-1"]);
    reg.file("scan.pdf", "%PDF-1.4 скан");
    for args in [
        vec!["send", "К-1", "--scan", "scan.pdf"],
        vec!["resolve", "К-1", "--executor", "vodokanal"],
        vec![
            "extend",
            "К-1",
            "--until",
            "2015-08-01",
            "--by",
            "maslenkov",
            "--reason",
            "x",
        ],
    ] {
        reg.refused(
            day,
            &args,
            &[
                "card 2015/К-1 is closed; it can't be",
                "off control",
                "--repeat-of 2015/К-1",
            ],
        )
        .hinted();
    }
}

/// Runs a step whose exact effect is on the card already: exit 0, the
/// "already done" line alone on stderr, nothing on stdout, nothing written.
#[track_caller]
fn already_done(reg: &Reg, day: &str, args: &[&str]) {
    let before = reg.snapshot();
    let run = reg.run_on(day, args).ok();
    assert!(
        run.stderr.starts_with("already done: 2015/К-1 ")
            && run.stderr.ends_with("; nothing was written\n")
            && run.stderr.lines().count() == 1,
        "{args:?}:\n{}",
        run.stderr
    );
    assert_eq!(run.stdout, "", "{args:?}");
    assert!(reg.snapshot() == before, "{args:?} wrote to the register");
}

#[test]
fn a_step_dated_before_the_cards_last_step_is_refused() {
    let reg = Reg::new();
    reg.card_at(Stage::Resolved);
    reg.refused(
        "2015-06-23",
        &["dispatch", "К-1"],
        &[
            "today (2015-06-23) is before its last step (resolve on 2015-06-24)",
            "--today 2015-06-24 or later",
        ],
    )
    .hinted();
}

#[test]
fn unknown_executors_and_coordinators_are_refused_with_the_closest_ids() {
    let reg = Reg::new();
    reg.appeal(DAY, "1-1");
    let day = "2015-06-24";
    reg.refused(
        day,
        &["resolve", "К-1", "--executor", "dzhk"],
        &[
            "no executor \"dzhk\" in people.toml",
            "hint: did you mean dzhkg?",
            "'appeals people'",
        ],
    )
    .hinted();
    reg.refused(
        day,
        &[
            "resolve",
            "К-1",
            "--executor",
            "dzhkg",
            "--executor",
            "vodokanal",
            "--executor",
            "dzhkg",
        ],
        &["--executor dzhkg is given twice"],
    )
    .hinted();
    reg.refused(
        day,
        &["resolve", "К-1", "--executor", "maslenkov"],
        &["--executor maslenkov: maslenkov is a coordinator, not an executor"],
    )
    .hinted();
    reg.refused(
        day,
        &[
            "resolve",
            "К-1",
            "--executor",
            "dzhkg",
            "--coordinator",
            "maslenkow",
        ],
        &[
            "--coordinator maslenkow: no coordinator \"maslenkow\"",
            "did you mean maslenkov?",
        ],
    )
    .hinted();
    reg.refused(
        day,
        &[
            "resolve",
            "К-1",
            "--executor",
            "dzhkg",
            "--coordinator",
            "zarichenko",
        ],
        &["zarichenko is an administrator, not a coordinator"],
    )
    .hinted();
    // A named coordinator overrides the distribution of duties.
    reg.run_on(
        day,
        &[
            "resolve",
            "К-1",
            "--executor",
            "dzhkg",
            "--coordinator",
            "bilousov",
        ],
    )
    .ok()
    .stdout_has("resolved by bilousov: executors dzhkg (lead)");
}

#[test]
fn the_coordinator_must_be_named_when_none_or_several_cover_the_topics() {
    let reg = Reg::new();
    let f = reg.file(
        "two.json",
        &json!([record("2-1", DAY, json!({"topics": ["009", "013"]}))]).to_string(),
    );
    reg.run_on(DAY, &["register", "--from", &f]).ok();
    reg.refused(DAY,
        &["resolve", "К-1", "--executor", "dzhkg"],
        &[
            "several coordinators cover the topics of card 2015/К-1: maslenkov (009), pavliuk (013)",
            "hint: choose one with --coordinator maslenkov or --coordinator pavliuk",
        ],
    ).hinted();
    reg.run_on(
        DAY,
        &[
            "resolve",
            "К-1",
            "--executor",
            "dzhkg",
            "--coordinator",
            "pavliuk",
        ],
    )
    .ok();

    reg.appeal(DAY, "2-2");
    let people = std::fs::read_to_string(reg.path("people.toml")).unwrap();
    std::fs::write(
        reg.path("people.toml"),
        people.replace(
            r#"topics = ["009", "010", "011"]"#,
            r#"topics = ["010", "011"]"#,
        ),
    )
    .unwrap();
    reg.refused(DAY,
        &["resolve", "К-2", "--executor", "dzhkg"],
        &["no coordinator in people.toml covers the topic of card 2015/К-2: 009 «Комунальне господарство»", "--coordinator ID"],
    ).hinted();
}

#[test]
fn only_a_coordinator_signs_and_another_coordinator_is_kept_as_a_warning() {
    let reg = Reg::new();
    reg.card_at(Stage::Answered);
    let day = "2015-07-21";
    reg.refused(
        day,
        &["sign", "К-1", "--by", "dzhkg"],
        &[
            "--by dzhkg: dzhkg is an executor, not a coordinator; only a coordinator signs",
            "hint: coordinators are: plakhotnik, bilousov",
        ],
    )
    .hinted();
    reg.refused(
        day,
        &["sign", "К-1", "--by", "zarichenko"],
        &["zarichenko is an administrator, not a coordinator"],
    )
    .hinted();
    reg.refused(
        day,
        &["sign", "К-1", "--by", "kytaev"],
        &["no coordinator \"kytaev\"", "did you mean kytaiev"],
    )
    .hinted();
    reg.run_on(day, &["sign", "К-1", "--by", "kytaiev"])
        .ok()
        .stderr_has("warning: signed by kytaiev (Китаєв Є.А.), not by the resolution's coordinator maslenkov (Масленков О.В.)");
    let c = reg.card(2015, 1);
    assert_eq!(
        c["signature"]["warning"],
        "signed by kytaiev (Китаєв Є.А.), not by the resolution's coordinator maslenkov (Масленков О.В.)"
    );
    assert_eq!(c["status"], "signed");
}

#[test]
fn signing_refuses_when_a_document_of_the_package_is_missing() {
    let reg = Reg::new();
    reg.card_at(Stage::Answered);
    std::fs::remove_file(reg.path("docs/2015/000001/info.txt")).unwrap();
    reg.refused(
        "2015-07-21",
        &["sign", "К-1", "--by", "maslenkov"],
        &[
            "card 2015/К-1: the info document can't be read",
            "hint: restore docs/2015/000001/info.txt",
        ],
    )
    .hinted();
}

#[test]
fn malformed_quality_cards_are_refused_naming_the_key() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    reg.package(QUALITY);
    let day = "2015-07-20";
    for (text, needle) in [
        (
            format!("{QUALITY}mood = \"good\"\n"),
            "unknown field `mood`",
        ),
        (
            QUALITY.replace("score = 5", "score = 7"),
            "score = 7 is outside 1–5",
        ),
        (QUALITY.replace("\"yes\"", "\"maybe\""), "maybe"),
        (
            QUALITY.replace("complete = true\n", ""),
            "missing field `complete`",
        ),
        (
            QUALITY.replace("timely = true", "timely = \"так\""),
            "line 1",
        ),
        ("timely = \n".to_string(), "quality.toml"),
    ] {
        reg.file("quality.toml", &text);
        reg.refused(
            day,
            &answer_args("К-1", "quality.toml"),
            &[needle, "hint: the quality card is TOML"],
        )
        .hinted();
    }
}

#[test]
fn missing_or_empty_documents_and_unknown_results_are_refused() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    reg.package(QUALITY);
    let day = "2015-07-20";
    let mut args = answer_args("К-1", "quality.toml");
    args[3] = "nosuch.txt";
    reg.refused(
        day,
        &args,
        &[
            "--draft: nosuch.txt",
            "hint: give the path of the draft answer to the applicant",
        ],
    )
    .hinted();
    let mut args = answer_args("К-1", "quality.toml");
    args.extend(["--cc-draft", "nosuch-cc.txt"]);
    reg.refused(day, &args, &["--cc-draft: nosuch-cc.txt"])
        .hinted();
    reg.refused(
        day,
        &answer_args("К-1", "nosuch.toml"),
        &["--quality: nosuch.toml"],
    )
    .hinted();
    reg.file("info.txt", "");
    reg.refused(
        day,
        &answer_args("К-1", "quality.toml"),
        &["--info: info.txt is empty"],
    )
    .hinted();
    reg.package(QUALITY);
    let mut args = answer_args("К-1", "quality.toml");
    args[9] = "9.9";
    reg.refused(
        day,
        &args,
        &[
            "--result: unknown code \"9.9\"",
            "hint: results of consideration: 9.1 Вирішено позитивно",
        ],
    )
    .hinted();
}

#[test]
fn sending_refuses_dates_before_signing_or_after_today_and_a_missing_scan() {
    let reg = Reg::new();
    reg.card_at(Stage::Signed);
    let day = "2015-07-23";
    reg.refused(
        day,
        &["send", "К-1", "--posted", "2015-07-20"],
        &[
            "--posted 2015-07-20 is before the answer was signed (2015-07-21)",
            "give --posted 2015-07-21 or later",
        ],
    )
    .hinted();
    reg.refused(
        day,
        &["send", "К-1", "--to-cc", "2015-07-19"],
        &["--to-cc 2015-07-19 is before the answer was signed"],
    )
    .hinted();
    reg.refused(
        day,
        &["send", "К-1", "--to-cc", "2015-07-24"],
        &["--to-cc 2015-07-24 is after today (2015-07-23)"],
    )
    .hinted();
    reg.refused(
        day,
        &["send", "К-1", "--scan", "nosuch.pdf"],
        &["--scan: nosuch.pdf"],
    )
    .hinted();
    // Both dates default to today; a document changed after signing is told.
    std::fs::write(reg.path("docs/2015/000001/info.txt"), "змінено\n").unwrap();
    reg.run_on(day, &["send", "К-1"])
        .ok()
        .stderr_has("warning: docs/2015/000001/info.txt changed since it was signed on 2015-07-21");
    assert_eq!(
        reg.card(2015, 1)["sent"],
        json!({"posted": day, "to_cc": day, "scan": null, "number": null, "date": null})
    );
}

#[test]
fn an_anonymous_answer_is_not_mailed() {
    let reg = Reg::new();
    let f = reg.file(
        "anon.json",
        &json!([record(
            "3-1",
            DAY,
            json!({"name": null, "gender": null, "categories": null})
        )])
        .to_string(),
    );
    reg.run_on(DAY, &["register", "--from", &f]).ok();
    reg.walk("БП-1")
        .days(&["2015-06-24", "2015-06-24", "2015-07-20", "2015-07-21"])
        .to(Stage::Signed);
    reg.refused(
        "2015-07-21",
        &["send", "БП-1", "--posted", "2015-07-21"],
        &[
            "card 2015/БП-1 is anonymous: there is no address",
            "hint: drop --posted",
        ],
    )
    .hinted();
    reg.run_on("2015-07-21", &["send", "БП-1"])
        .ok()
        .stdout_has("to the applicant — (anonymous)");
    let c = reg.card(2015, 1);
    assert_eq!(c["sent"]["posted"], json!(null));
    assert_eq!(c["status"], "sent");
}

#[test]
fn a_repeated_appeal_is_marked_and_a_confidential_applicant_hidden_in_the_letter() {
    let reg = Reg::new();
    let f = reg.file(
        "rep.json",
        &json!([record(
            "4-1",
            DAY,
            json!({"sign": "2.2", "confidential": true})
        )])
        .to_string(),
    );
    reg.run_on(DAY, &["register", "--from", &f]).ok();
    reg.walk("К-1").on(DAY).to(Stage::Resolved);
    reg.run_on(DAY, &["dispatch", "К-1", "--outbox", "out/new"])
        .ok()
        .stdout_has("out/new/2015-000001-dzhkg.txt");
    let letter =
        std::fs::read_to_string(reg.dir.path().join("out/new/2015-000001-dzhkg.txt")).unwrap();
    assert!(
        letter.contains("Позначка: «повторне» (2.2 Повторне)"),
        "{letter}"
    );
    assert!(
        letter.contains("Заявник: конфіденційно (ст. 10 Закону)"),
        "{letter}"
    );
    for personal in ["Коваленко", "Шевченка", "+380671234567"] {
        assert!(
            !letter.contains(personal),
            "{personal} disclosed:\n{letter}"
        );
    }
}

#[test]
fn an_outbox_that_is_a_file_is_refused() {
    let reg = Reg::new();
    reg.card_at(Stage::Resolved);
    reg.file("outbox", "not a directory");
    reg.refused(
        "2015-06-25",
        &["dispatch", "К-1", "--outbox", "outbox"],
        &[
            "--outbox: outbox: not a directory",
            "hint: --outbox names a directory",
        ],
    )
    .hinted();
    reg.refused(
        "2015-06-25",
        &["dispatch", "К-1", "--outbox", "outbox/sub"],
        &["not a directory"],
    )
    .hinted();
}

#[test]
fn drafts_need_a_resolution_and_known_placeholders() {
    let reg = Reg::new();
    reg.appeal(DAY, "5-1");
    reg.refused(
        DAY,
        &["draft", "К-1"],
        &[
            "card 2015/К-1 has no resolution yet",
            "hint: resolve it first with 'appeals resolve 2015/К-1 --executor ID'",
        ],
    )
    .hinted();
    reg.run_on(DAY, &["resolve", "К-1", "--executor", "dzhkg"])
        .ok();
    let t = reg.path("templates/answer-cc.txt");
    let text = std::fs::read_to_string(&t).unwrap();
    std::fs::write(&t, format!("{text}Виконавець: {{executor_name}}\n")).unwrap();
    let r = reg
        .refused(
            DAY,
            &["draft", "К-1"],
            &[
                "answer-cc.txt, line",
                "unknown placeholder {executor_name}",
                "hint: the placeholders are: {council}",
            ],
        )
        .hinted();
    assert_eq!(r.stdout, "", "nothing rendered");
    std::fs::write(&t, format!("{text}{{{{буквально}}}}\n")).unwrap();
    reg.run_on(DAY, &["draft", "К-1"])
        .ok()
        .stdout_has("{буквально}");
}

#[test]
fn people_lists_the_roster() {
    let reg = Reg::new();
    reg.run_on(DAY, &["people", "--lang", "uk"])
        .ok()
        .stdout_has("Координатори")
        .stdout_has("maslenkov")
        .stdout_has("Виконавці")
        .stdout_has("районна у місті рада")
        .stdout_has("Адміністратори")
        .stdout_has("zarichenko");
    let j = reg.run_on(DAY, &["people", "--format", "json"]).ok().json();
    assert_eq!(j["coordinator"][3]["id"], "maslenkov");
    assert_eq!(j["coordinator"][3]["topics"], json!(["009", "010", "011"]));
    assert_eq!(j["executor"][0]["kind"], "executive-body");
    reg.run_on(DAY, &["people", "--format", "csv"])
        .ok()
        .stdout_has("role,id,name,position,kind,email,coordinator,topics\n")
        .stdout_has("executor,miskcvitlo,КП «Міськсвітло»,,enterprise,,maslenkov,\n");
}

#[test]
fn the_applicants_notification_is_recorded_after_the_extension() {
    let reg = Reg::new();
    reg.card_at(Stage::Resolved);
    reg.refused(
        "2015-07-10",
        &["notify", "К-1"],
        &["has no extension to notify the applicant of"],
    )
    .hinted();
    reg.run_on(
        "2015-07-10",
        &[
            "extend",
            "К-1",
            "--until",
            "2015-08-03",
            "--by",
            "maslenkov",
            "--reason",
            "перевірка",
        ],
    )
    .ok();
    reg.run_on("2015-07-10", &["check"])
        .fails()
        .stdout_has("extension-not-notified");
    reg.refused(
        "2015-07-10",
        &["notify", "К-1", "--on", "2015-07-11"],
        &["is after today"],
    )
    .hinted();
    reg.run_on("2015-07-13", &["notify", "К-1", "--on", "2015-07-13"])
        .ok()
        .stdout_has("notified on 2015-07-13 of the extension to 2015-08-03");
    let c = reg.card(2015, 1);
    assert_eq!(c["term"]["extensions"][0]["notified"], "2015-07-13");
    assert_eq!(actions(&c).last().map(String::as_str), Some("notify"));
    reg.run_on("2015-07-13", &["check"]).ok();
    reg.refused("2015-07-14", &["notify", "К-1"], &["already notified"])
        .hinted();
}
