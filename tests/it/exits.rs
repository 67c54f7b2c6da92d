//! Issue #15, the Law's exits and removal from control, end to end through
//! the binary: `forward` (art. 7), `return` (arts. 5, 7), `decline` (arts.
//! 8, 17), `close-duplicate`, `close` under both settings of
//! `control.close_at_send`, `send --number --date`, and cards written by
//! card format 2 read as format 3 says. Each card that leaves control
//! leaves `deadlines`, is counted under its own line in the report, never
//! as answered, and `check` stays clean.

use crate::support::{Reg, Stage, DAY};
use serde_json::{json, Value};

/// `check` on `day`: exit 0, nothing printed.
#[track_caller]
fn clean(reg: &Reg, day: &str) {
    let run = reg.run_on(day, &["check"]).ok();
    assert_eq!(run.stdout, "", "check printed:\n{}", run.stdout);
    assert_eq!(run.stderr, "", "check said:\n{}", run.stderr);
}

/// The cards `deadlines` lists on `day`.
fn on_deadlines(reg: &Reg, day: &str) -> Vec<String> {
    let rows = reg
        .run_on(day, &["deadlines", "--format", "json"])
        .ok()
        .json();
    rows["cards"]
        .as_array()
        .expect("cards")
        .iter()
        .map(|r| r["index"].as_str().expect("index").to_string())
        .collect()
}

/// The June 2015 report's totals on `day`.
fn totals(reg: &Reg, day: &str) -> Value {
    reg.run_on(day, &["report", "--month", "2015-06", "--format", "json"])
        .ok()
        .json()["totals"]
        .clone()
}

/// Three appeals of June 23rd: К-1, К-2, К-3 (one applicant, topic 009).
fn three() -> Reg {
    let reg = Reg::new();
    for cc in ["e1", "e2", "e3"] {
        reg.appeal(DAY, cc);
    }
    reg.file("notice.txt", "Повідомлення заявникові.\n");
    reg
}

#[test]
fn forward_takes_the_card_off_control_with_its_notice_and_the_five_days() {
    let reg = three();
    // `deadlines` shows art. 7's last day while it lasts.
    let rows = reg
        .run_on("2015-06-25", &["deadlines", "--format", "json"])
        .ok()
        .json();
    assert_eq!(rows["cards"][0]["art7_due"], "2015-06-30");
    reg.run_on("2015-06-25", &["deadlines", "--lang", "uk"])
        .ok()
        .stdout_has("ст. 7 до 30.06");
    let rows = reg
        .run_on("2015-07-01", &["deadlines", "--format", "json"])
        .ok()
        .json();
    assert_eq!(rows["cards"][0]["art7_due"], Value::Null);
    let run = reg
        .run_on(
            "2015-06-25",
            &[
                "forward",
                "К-1",
                "--to",
                "Головне управління ДСНС",
                "--by",
                "maslenkov",
                "--notice",
                "notice.txt",
                "--number",
                "02-14/77",
            ],
        )
        .ok();
    assert!(
        run.stdout.contains("надіслано за належністю"),
        "{}",
        run.stdout
    );
    let c = reg.card(2015, 1);
    assert_eq!(c["status"], "forwarded");
    assert_eq!(
        c["exit"],
        json!({"step": "forward", "ground": "art7", "date": "2015-06-25", "by": "maslenkov",
               "to": "Головне управління ДСНС", "of": null, "reason": null,
               "number": "02-14/77", "notice": "docs/2015/000001/notice.txt",
               "due": "2015-06-30", "late": false})
    );
    assert_eq!(
        std::fs::read_to_string(reg.path("docs/2015/000001/notice.txt")).unwrap(),
        "Повідомлення заявникові.\n"
    );
    // Run again: done already, nothing written.
    let before = reg.snapshot();
    let again = reg
        .run_on(
            "2015-06-25",
            &[
                "forward",
                "К-1",
                "--to",
                "Головне управління ДСНС",
                "--by",
                "maslenkov",
                "--notice",
                "notice.txt",
            ],
        )
        .ok();
    assert!(again.stderr.contains("already"), "{}", again.stderr);
    assert_eq!(reg.snapshot(), before);
    // Forwarded after the five days (received 23.06; the fifth day, 28.06,
    // is Constitution Day on a Sunday, its day off moved to Monday 29.06:
    // due 30.06): recorded as late.
    reg.run_on(
        "2015-07-01",
        &[
            "forward",
            "К-2",
            "--to",
            "Держпраці",
            "--by",
            "maslenkov",
            "--notice",
            "notice.txt",
        ],
    )
    .ok();
    assert_eq!(reg.card(2015, 2)["exit"]["late"], true);
    assert_eq!(on_deadlines(&reg, "2015-07-01"), ["2015/К-3"]);
    let t = totals(&reg, "2015-07-01");
    assert_eq!(t["forwarded"], 2);
    assert_eq!(t["exits_late"], 1);
    assert_eq!(t["closed"], 0);
    assert_eq!(t["open"], 1);
    assert_eq!(t["answered_on_time"], 0);
    clean(&reg, "2015-07-01");
}

#[test]
fn forward_needs_the_body_a_notice_and_a_coordinator() {
    let reg = three();
    reg.refused(
        "2015-06-25",
        &["forward", "К-1", "--to", "ДСНС", "--by", "maslenkov"],
        &["needs --notice FILE"],
    );
    reg.refused(
        "2015-06-25",
        &[
            "forward",
            "К-1",
            "--to",
            "ДСНС",
            "--by",
            "zarichenko",
            "--notice",
            "notice.txt",
        ],
        &["zarichenko is an administrator", "who may: "],
    );
    reg.refused(
        "2015-06-25",
        &[
            "forward",
            "К-1",
            "--to",
            " ",
            "--by",
            "maslenkov",
            "--notice",
            "notice.txt",
        ],
        &["--to is empty"],
    );
    assert_eq!(reg.card(2015, 1)["status"], "registered");
    // Once the package is in, an exit is too late.
    reg.walk("К-3").to(Stage::Answered);
    reg.refused(
        "2015-07-20",
        &[
            "forward",
            "К-3",
            "--to",
            "ДСНС",
            "--by",
            "maslenkov",
            "--notice",
            "notice.txt",
        ],
        &["is answered; it can't be forwarded"],
    );
}

#[test]
fn return_needs_what_is_missing() {
    let reg = three();
    reg.refused(
        "2015-06-24",
        &[
            "return",
            "К-1",
            "--reason",
            " ",
            "--by",
            "maslenkov",
            "--notice",
            "notice.txt",
        ],
        &["--reason is empty"],
    );
    reg.run_on(
        "2015-06-24",
        &[
            "return",
            "К-1",
            "--reason",
            "не зазначено місце проживання",
            "--by",
            "maslenkov",
            "--notice",
            "notice.txt",
        ],
    )
    .ok();
    let c = reg.card(2015, 1);
    assert_eq!(c["status"], "returned");
    assert_eq!(c["exit"]["ground"], "art5");
    assert_eq!(c["exit"]["reason"], "не зазначено місце проживання");
    assert_eq!(totals(&reg, "2015-06-24")["returned"], 1);
    assert_eq!(on_deadlines(&reg, "2015-06-24"), ["2015/К-2", "2015/К-3"]);
    clean(&reg, "2015-06-24");
}

#[test]
fn decline_is_the_heads_and_a_repeat_needs_its_first_appeal_decided() {
    let reg = Reg::new();
    reg.file("notice.txt", "Повідомлення заявникові.\n");
    let first = reg.appeal(DAY, "d1");
    reg.walk(&first).to(Stage::Sent);
    // The same applicant on the same question after the reply: linked.
    reg.appeal("2015-07-27", "d2");
    reg.run_on(
        "2015-07-27",
        &["link", "К-2", "--to", "К-1", "--reason", "те саме питання"],
    )
    .ok();
    assert_eq!(reg.card(2015, 2)["links"]["repeat_of"], "2015/К-1");
    reg.appeal("2015-07-27", "d3");
    reg.refused(
        "2015-07-28",
        &[
            "decline",
            "К-2",
            "--ground",
            "art8-repeat",
            "--by",
            "maslenkov",
            "--notice",
            "notice.txt",
        ],
        &["maslenkov is a coordinator", "who may: holova"],
    );
    reg.run_on(
        "2015-07-28",
        &[
            "decline",
            "К-2",
            "--ground",
            "art8-repeat",
            "--by",
            "holova",
            "--notice",
            "notice.txt",
        ],
    )
    .ok();
    let c = reg.card(2015, 2);
    assert_eq!(c["status"], "declined");
    assert_eq!(c["exit"]["ground"], "art8-repeat");
    assert_eq!(c["exit"]["by"], "holova");
    // К-3 repeats К-2, which was never decided on the merits.
    let run = reg.refused(
        "2015-07-28",
        &[
            "decline",
            "К-3",
            "--ground",
            "art8-repeat",
            "--by",
            "holova",
            "--notice",
            "notice.txt",
        ],
        &["can't be declined as a repeat"],
    );
    assert!(run.stderr.contains("hint: "), "{}", run.stderr);
    // A late complaint (art. 17).
    reg.run_on(
        "2015-07-28",
        &[
            "decline",
            "К-3",
            "--ground",
            "art17-late",
            "--by",
            "holova",
            "--notice",
            "notice.txt",
            "--reason",
            "скаргу подано через рік",
        ],
    )
    .ok();
    assert_eq!(reg.card(2015, 3)["status"], "declined");
    let t = reg
        .run_on(
            "2015-07-28",
            &["report", "--month", "2015-07", "--format", "json"],
        )
        .ok()
        .json()["totals"]
        .clone();
    assert_eq!(t["declined"], 2);
    assert_eq!(t["open"], 0);
    clean(&reg, "2015-07-28");
}

#[test]
fn a_card_registered_twice_is_closed_as_the_others_duplicate() {
    let reg = three();
    reg.refused(
        "2015-06-24",
        &[
            "close-duplicate",
            "К-2",
            "--of",
            "К-2",
            "--by",
            "zarichenko",
        ],
        &["can't be a duplicate of itself"],
    );
    reg.run_on(
        "2015-06-24",
        &[
            "close-duplicate",
            "К-2",
            "--of",
            "К-1",
            "--by",
            "zarichenko",
        ],
    )
    .ok()
    .stdout_has("дублікат 2015/К-1");
    assert_eq!(reg.card(2015, 2)["status"], "duplicate");
    assert_eq!(reg.card(2015, 2)["exit"]["of"], "2015/К-1");
    reg.refused(
        "2015-06-24",
        &[
            "close-duplicate",
            "К-3",
            "--of",
            "К-2",
            "--by",
            "zarichenko",
        ],
        &["is itself closed as a duplicate"],
    );
    assert_eq!(on_deadlines(&reg, "2015-06-24"), ["2015/К-1", "2015/К-3"]);
    assert_eq!(totals(&reg, "2015-06-24")["closed_as_duplicate"], 1);
    clean(&reg, "2015-06-24");
}

#[test]
fn removal_from_control_is_the_controllers_step_unless_send_closes() {
    // init writes close_at_send = false: `send` leaves the card on control.
    let reg = Reg::new();
    let toml = std::fs::read_to_string(reg.path("register.toml")).unwrap();
    assert!(toml.contains("close_at_send = false"), "{toml}");
    let card = reg.appeal(DAY, "c1");
    reg.walk(&card).to(Stage::Signed);
    reg.run_on(
        "2015-07-22",
        &[
            "send",
            "К-1",
            "--number",
            "02-14/1051",
            "--date",
            "2015-07-22",
        ],
    )
    .ok()
    .stdout_has("outgoing No. 02-14/1051 of 2015-07-22; on control until 'appeals close'");
    let c = reg.card(2015, 1);
    assert_eq!(c["status"], "sent");
    assert_eq!(c["sent"]["number"], "02-14/1051");
    assert_eq!(c["sent"]["date"], "2015-07-22");
    assert_eq!(c["closed"], Value::Null);
    // No deadline left, but on control, and not overdue after the date.
    assert!(on_deadlines(&reg, "2015-07-30").is_empty());
    let t = totals(&reg, "2015-07-30");
    assert_eq!(
        (t["open"].clone(), t["overdue"].clone()),
        (json!(1), json!(0))
    );
    reg.run_on("2015-07-22", &["list", "--status", "sent"])
        .ok()
        .stdout_has("2015/К-1");
    reg.refused(
        "2015-07-23",
        &["close", "К-1", "--by", "zarichenko"],
        &["zarichenko is an administrator", "who may: sizhuk"],
    );
    reg.run_on(
        "2015-07-23",
        &[
            "close",
            "К-1",
            "--by",
            "sizhuk",
            "--file",
            "справа 02-14, том 1",
        ],
    )
    .ok()
    .stdout_has("taken off control; справа 02-14, том 1");
    let c = reg.card(2015, 1);
    assert_eq!(c["status"], "closed");
    assert_eq!(
        c["closed"],
        json!({"date": "2015-07-23", "by": "sizhuk", "reason": null, "file": "справа 02-14, том 1"})
    );
    assert_eq!(totals(&reg, "2015-07-30")["closed"], 1);
    // Run again: done already.
    reg.run_on("2015-07-23", &["close", "К-1", "--by", "sizhuk"])
        .ok()
        .stderr_has("already");
    clean(&reg, "2015-07-30");

    // With close_at_send = true, `send` takes it off, recorded as a close.
    let reg = Reg::new();
    let p = reg.path("register.toml");
    let toml = std::fs::read_to_string(&p)
        .unwrap()
        .replace("close_at_send = false", "close_at_send = true");
    std::fs::write(&p, toml).unwrap();
    let card = reg.appeal(DAY, "c1");
    reg.walk(&card).to(Stage::Signed);
    reg.run_on("2015-07-22", &["send", "К-1"])
        .ok()
        .stdout_has("taken off control");
    let c = reg.card(2015, 1);
    assert_eq!(c["status"], "closed");
    let last = &c["history"][c["history"].as_array().unwrap().len() - 1];
    assert_eq!(last["action"], "close");
    assert_eq!(last["data"], json!({"at_send": true, "by": "zarichenko"}));
    clean(&reg, "2015-07-30");
}

/// A register.toml written before the setting reads `send` as closing, as
/// it did then.
#[test]
fn an_older_register_toml_without_the_setting_closes_at_send() {
    let reg = Reg::new();
    let p = reg.path("register.toml");
    let toml = std::fs::read_to_string(&p).unwrap();
    let start = toml.find("[control]").expect("a [control] table");
    let end = start + toml[start..].find("\n\n").expect("its end");
    std::fs::write(&p, format!("{}{}", &toml[..start], &toml[end + 2..])).unwrap();
    let card = reg.appeal(DAY, "c1");
    reg.walk(&card).to(Stage::Signed);
    reg.run_on("2015-07-22", &["send", "К-1"]).ok();
    assert_eq!(reg.card(2015, 1)["status"], "closed");
    clean(&reg, "2015-07-30");
}

/// Cards written by card format 2: a sent card was off control, and
/// `closed` meant closed without consideration (art. 8). They read so, and
/// are written as format 3 at their next step.
#[test]
fn cards_of_format_two_read_as_format_three_says() {
    let reg = Reg::new();
    let card = reg.appeal(DAY, "v1");
    reg.walk(&card).to(Stage::Sent);
    reg.appeal(DAY, "v2");
    // Card 1 as format 2 wrote it: status "sent", the `closed` section
    // written at `send`, no `close` in the history, no `exit`.
    let p = reg.path("cards/2015/000001.json");
    let mut c: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
    let history = c["history"].as_array_mut().unwrap();
    let close = history.pop().unwrap();
    assert_eq!(close["action"], "close");
    c["version"] = json!(2);
    c["status"] = json!("sent");
    c["closed"] = json!({"date": "2015-07-22", "by": "zarichenko", "reason": null});
    c.as_object_mut().unwrap().remove("exit");
    std::fs::write(&p, serde_json::to_string_pretty(&c).unwrap() + "\n").unwrap();
    // Card 2: an anonymous appeal closed under art. 8 by format 2.
    let p2 = reg.path("cards/2015/000002.json");
    let mut c2: Value = serde_json::from_str(&std::fs::read_to_string(&p2).unwrap()).unwrap();
    c2["version"] = json!(2);
    c2["status"] = json!("closed");
    c2["closed"] = json!({"date": DAY, "by": "zarichenko", "reason": "анонімне (ст. 8)"});
    c2.as_object_mut().unwrap().remove("exit");
    c2["history"].as_array_mut().unwrap().push(json!({
        "at": DAY, "by": "zarichenko", "action": "close",
        "data": {"contact_centre_informed": DAY, "reason": "анонімне (ст. 8)"}
    }));
    std::fs::write(&p2, serde_json::to_string_pretty(&c2).unwrap() + "\n").unwrap();
    let before = reg.snapshot();
    clean(&reg, "2015-07-30");
    let shown = reg
        .run_on("2015-07-30", &["show", "2015#1", "--format", "json"])
        .ok()
        .json();
    assert_eq!(shown["status"], "closed");
    let shown = reg
        .run_on("2015-07-30", &["show", "2015#2", "--format", "json"])
        .ok()
        .json();
    assert_eq!(shown["status"], "declined");
    assert_eq!(shown["exit"]["ground"], "art8-anonymous");
    assert!(on_deadlines(&reg, "2015-07-30").is_empty());
    let t = totals(&reg, "2015-07-30");
    assert_eq!(
        (t["closed"].clone(), t["declined"].clone()),
        (json!(1), json!(1))
    );
    reg.run_on("2015-07-30", &["list", "--status", "closed"])
        .ok()
        .stdout_has("2015/К-1");
    // `export`, which reads a card without its history, reads an older
    // format's card whole: card 1 closed at its sending, card 2 declined
    // and not closed.
    let exported = reg
        .run_on("2015-07-30", &["export", "--format", "jsonl"])
        .ok();
    let rows: Vec<Value> = exported
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let of = |row: &Value| (row["status"].clone(), row["closed"].clone());
    assert_eq!(
        rows.iter().map(of).collect::<Vec<_>>(),
        [
            (json!("closed"), json!("2015-07-22")),
            (json!("declined"), Value::Null)
        ]
    );
    // Reading wrote nothing.
    assert_eq!(reg.snapshot(), before);
    // The next step writes format 3, the upgrade kept.
    reg.run_on(
        "2015-07-30",
        &["confirm", "2015#1", "--outcome", "confirmed"],
    )
    .ok();
    let c = reg.card(2015, 1);
    assert_eq!(c["version"], 3);
    assert_eq!(c["status"], "closed");
    let actions: Vec<&str> = c["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(&actions[actions.len() - 3..], ["send", "close", "confirm"]);
    clean(&reg, "2015-07-30");
}

/// Registers, on [`DAY`], a letter (Classifier 6.2, by post) from a named
/// applicant with `extra` fields.
fn letter(reg: &Reg, cc: &str, extra: &[&str]) -> crate::support::Run {
    let mut args = vec![
        "register",
        "--cc-number",
        cc,
        "--name",
        "Петренко Іван Семенович",
        "--form",
        "1.1",
        "--type",
        "6.2",
        "--topic",
        "009",
        "--summary",
        "Лист щодо освітлення",
    ];
    args.extend_from_slice(extra);
    reg.run_on(DAY, &args)
}

/// Law art. 8: a written appeal with no address, or not signed, is
/// anonymous though it bears a name: 5.3 and the БП mark, under either
/// policy; an oral appeal with a name is not.
#[test]
fn a_written_appeal_without_address_or_signature_is_anonymous_under_both_policies() {
    // The fixture's council considers anonymous appeals.
    let reg = Reg::new();
    letter(&reg, "w1", &[]).ok().stdout_has("2015/БП-1");
    letter(
        &reg,
        "w2",
        &["--address", "вул. Миру, 1", "--subject", "5.3"],
    )
    .ok()
    .stdout_has("2015/БП-2");
    for n in [1, 2] {
        let c = reg.card(2015, n);
        assert_eq!(c["classification"]["subject"], "5.3");
        assert_eq!(c["status"], "registered");
    }
    // With an address and unsigned not said: an ordinary letter.
    letter(&reg, "w3", &["--address", "вул. Миру, 1"])
        .ok()
        .stdout_has("2015/П-3");
    // An oral appeal with a name is not anonymous.
    reg.refused(
        DAY,
        &[
            "register",
            "--cc-number",
            "o1",
            "--name",
            "Петренко Іван",
            "--subject",
            "5.3",
            "--topic",
            "009",
            "--summary",
            "Усне",
        ],
        &["an appeal with a name is anonymous only when it is written"],
    );
    clean(&reg, DAY);

    // `init` writes the law's rule by default: not considered.
    let dir = tempfile::tempdir().unwrap();
    crate::support::run_in(dir.path(), &["init", "fresh", "--edition", "2015"], None).ok();
    let toml = std::fs::read_to_string(dir.path().join("fresh/register.toml")).unwrap();
    assert!(toml.contains("policy = \"no-consideration\""), "{toml}");

    let reg = Reg::new();
    let p = reg.path("register.toml");
    let text = std::fs::read_to_string(&p)
        .unwrap()
        .replace("policy = \"consider\"", "policy = \"no-consideration\"");
    std::fs::write(&p, text).unwrap();
    letter(&reg, "w1", &[]).ok();
    let c = reg.card(2015, 1);
    assert_eq!(c["index"], "БП-1");
    assert_eq!(c["status"], "declined");
    assert_eq!(c["exit"]["ground"], "art8-anonymous");
    assert_eq!(c["exit"]["by"], "anonymous.policy");
    assert!(on_deadlines(&reg, DAY).is_empty());
    // The notice to the contact centre is the clerk's to send: `draft`
    // renders it; the card doesn't claim it was sent.
    let draft = reg.run_on(DAY, &["draft", "БП-1"]).ok().stdout;
    assert!(draft.contains("До контакт-центру"), "{draft}");
    assert!(draft.contains("№ w1 від"), "{draft}");
    assert!(draft.contains("розгляду не підлягає"), "{draft}");
    assert_eq!(c["history"][1]["data"].get("contact_centre_informed"), None);
    assert_eq!(totals(&reg, DAY)["declined"], 1);
    clean(&reg, DAY);
}
