//! Issue #14 end to end: signs of receipt from an applicant's whole history,
//! the corrections (`link`, `unlink`, `classify`, `reassign`), the return
//! for rework, the contact centre's call-back (`confirm`), steps run again
//! ("already done"), and `check`'s `sign-mismatch`. Every test drives the
//! real binary on a temporary register with fixed dates and ends with a
//! clean `check` unless it is about a finding.

use crate::support::{answer_args, quality, record, Reg, Run, Stage, DAY, QUALITY};
use serde_json::{json, Value};

// ---------------------------------------------------------------- helpers

/// Registers one intake record (the standard applicant of
/// [`record`], topic 009, with `extra` fields) received and registered on
/// `day`, with `flags`.
fn intake(reg: &Reg, day: &str, cc: &str, extra: Value, flags: &[&str]) -> Run {
    let f = reg.file(
        &format!("{cc}.json"),
        &json!([record(cc, day, extra)]).to_string(),
    );
    let mut args = vec!["register", "--from", f.as_str()];
    args.extend_from_slice(flags);
    reg.run_on(day, &args)
}

/// Another applicant than the standard one: `name`, no phone, no address.
fn someone(name: &str) -> Value {
    json!({"name": name, "phone": null, "address": null})
}

/// The same applicant as the standard one, as another clerk spelled it:
/// the applicant index doesn't match them, a clerk links them by hand.
fn spelled_otherwise() -> Value {
    someone("Коваленко П. І.")
}

/// `check` on `day`: exit 0, nothing printed.
#[track_caller]
fn clean(reg: &Reg, day: &str) {
    let run = reg.run_on(day, &["check"]).ok();
    assert_eq!(run.stdout, "", "check printed:\n{}", run.stdout);
    assert_eq!(run.stderr, "", "check said:\n{}", run.stderr);
}

/// Card 2015 #`number`'s sign of receipt.
fn sign(reg: &Reg, number: u32) -> String {
    reg.card(2015, number)["classification"]["sign"]
        .as_str()
        .expect("a sign")
        .to_string()
}

/// Card 2015 #`number`'s links.
fn links(reg: &Reg, number: u32) -> Value {
    reg.card(2015, number)["links"].clone()
}

/// The last entry of card 2015 #`number`'s history.
fn last_step(reg: &Reg, number: u32) -> Value {
    reg.card(2015, number)["history"]
        .as_array()
        .expect("a history")
        .last()
        .expect("an entry")
        .clone()
}

/// The actions of card 2015 #`number`'s history, in order.
fn actions(reg: &Reg, number: u32) -> Vec<String> {
    reg.card(2015, number)["history"]
        .as_array()
        .expect("a history")
        .iter()
        .map(|e| e["action"].as_str().expect("an action").to_string())
        .collect()
}

/// A file beside the register, as text.
fn beside(reg: &Reg, rel: &str) -> String {
    std::fs::read_to_string(reg.dir.path().join(rel)).expect("a file beside the register")
}

/// The names of the files in a directory beside the register, sorted.
fn listing(reg: &Reg, dir: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(reg.dir.path().join(dir))
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// The value `show` prints beside `label` (the labels are padded to the
/// longest the card has); `None` when the card has no such line.
fn field(show: &str, label: &str) -> Option<String> {
    show.lines()
        .filter_map(|l| l.strip_prefix("  "))
        .filter_map(|l| l.strip_prefix(label))
        .find(|rest| rest.starts_with("  "))
        .map(|rest| rest.trim().to_string())
}

/// The monitoring report for June–August 2015 as JSON, on `day`.
fn report(reg: &Reg, day: &str) -> Value {
    reg.run_on(
        day,
        &[
            "report",
            "--from",
            "2015-06-01",
            "--to",
            "2015-08-31",
            "--format",
            "json",
        ],
    )
    .ok()
    .json()
}

/// The row of `id` in a report's `by_executor` or `by_coordinator`.
fn row<'r>(report: &'r Value, section: &str, id: &str) -> &'r Value {
    report[section]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in {section}: {report}"))
}

// ------------------------------------------------- signs from the history

/// К-1 answered with the applicant dissatisfied and sent; К-7 of the same
/// applicant on the question is 2.2 повторне, linked to К-1 unasked; К-8,
/// while К-7 is still open, is 2.4 неодноразове: it repeats К-7 and lists
/// both, and its letter to the executor carries the mark.
#[test]
fn a_dissatisfied_applicant_repeats_then_repeats_again_while_the_repeat_is_open() {
    let reg = Reg::new();
    intake(&reg, DAY, "k-1", json!({}), &[]).ok();
    reg.walk("К-1")
        .result("9.3")
        .quality(&quality("no", 3))
        .to(Stage::Sent);
    // Five appeals of other applicants in between: the numbers of the issue.
    for i in 2..=6 {
        intake(
            &reg,
            "2015-07-24",
            &format!("o-{i}"),
            someone(&format!("Шевченко Ольга {i}")),
            &[],
        )
        .ok();
    }
    let run = intake(&reg, "2015-07-24", "k-7", json!({}), &[]).ok();
    assert_eq!(
        run.stdout,
        "2015/К-7\t2015-07-24\tk-7\tcontrol 2015-08-25\n"
    );
    assert_eq!(
        run.stderr,
        "2015/К-7: linked to 2015/К-1 (same applicant, same question)\n\
         1 registered, 0 already registered\n"
    );
    assert_eq!(sign(&reg, 7), "2.2");
    assert_eq!(
        links(&reg, 7),
        json!({"repeat_of": "2015/К-1", "earlier": ["2015/К-1"], "later": []})
    );
    let run = intake(&reg, "2015-07-27", "k-8", json!({}), &[]).ok();
    assert_eq!(
        run.stderr,
        "2015/К-8: linked to 2015/К-7 (same applicant, same question)\n\
         1 registered, 0 already registered\n"
    );
    assert_eq!(sign(&reg, 8), "2.4");
    assert_eq!(
        links(&reg, 8),
        json!({"repeat_of": "2015/К-7", "earlier": ["2015/К-1", "2015/К-7"], "later": []})
    );
    assert_eq!(links(&reg, 7)["later"], json!(["2015/К-8"]));
    assert_eq!(links(&reg, 1)["later"], json!(["2015/К-7"]));
    // The other applicants' cards are untouched.
    for n in 2..=6 {
        assert_eq!(sign(&reg, n), "2.1");
        assert_eq!(actions(&reg, n), ["register"]);
    }
    reg.run_on("2015-07-28", &["resolve", "К-8", "--executor", "dzhkg"])
        .ok();
    let run = reg
        .run_on("2015-07-28", &["dispatch", "К-8", "--outbox", "outbox"])
        .ok();
    assert_eq!(
        run.stdout,
        "2015/К-8 dispatched to dzhkg; executor's due date 2015-08-26\n  outbox/2015-000008-dzhkg.txt\n"
    );
    let letter = beside(&reg, "outbox/2015-000008-dzhkg.txt");
    assert!(
        letter.contains(
            "\nПозначка: «неодноразове» (2.4 Неодноразове; попереднє звернення 2015/К-7) — \
             розглянути з урахуванням попередніх відповідей (п. 9 порядку)\n"
        ),
        "{letter}"
    );
    clean(&reg, "2015-07-28");
}

/// An earlier appeal whose control date passed with no reply links the new
/// one without being asked: 2.2 повторне. On the control date itself the
/// earlier one is still in its term: a hint only.
#[test]
fn an_earlier_appeal_overdue_without_a_reply_links_the_new_one_unasked() {
    let reg = Reg::new();
    intake(&reg, DAY, "o-1", json!({}), &[]).ok();
    reg.walk("К-1").to(Stage::Dispatched);
    // 23.07.2015 is К-1's control date.
    let run = intake(&reg, "2015-07-23", "o-2", json!({}), &["--dry-run"]).ok();
    assert_eq!(
        run.stderr,
        "hint: 2015/К-2: the applicant has earlier appeals on this question: 2015/К-1; \
         link with --repeat-of or --link-matches\n1 to register, 0 already registered\n"
    );
    let run = intake(&reg, "2015-07-24", "o-2", json!({}), &[]).ok();
    assert_eq!(
        run.stderr,
        "2015/К-2: linked to 2015/К-1 (same applicant, same question)\n\
         1 registered, 0 already registered\n"
    );
    assert_eq!(sign(&reg, 2), "2.2");
    assert_eq!(
        links(&reg, 2),
        json!({"repeat_of": "2015/К-1", "earlier": ["2015/К-1"], "later": []})
    );
    assert_eq!(links(&reg, 1)["later"], json!(["2015/К-2"]));
    assert_eq!(
        last_step(&reg, 1),
        json!({"at": "2015-07-24", "by": "zarichenko", "action": "link",
               "data": {"later": "2015/К-2"}})
    );
    // К-1's status is not changed by the link.
    assert_eq!(reg.card(2015, 1)["status"], "dispatched");
    clean(&reg, "2015-07-24");
}

/// An earlier appeal still open within its term: a hint, and the new one
/// 2.1 первинне unlinked; with `--link-matches` 2.3 дублетне, linked both
/// ways.
#[test]
fn an_earlier_appeal_open_in_its_term_is_a_hint_or_with_the_flag_a_duplicate() {
    for flag in [false, true] {
        let reg = Reg::new();
        intake(&reg, DAY, "t-1", json!({}), &[]).ok();
        reg.walk("К-1").to(Stage::Resolved);
        let flags: &[&str] = if flag { &["--link-matches"] } else { &[] };
        let run = intake(&reg, "2015-06-25", "t-2", json!({"form": "1.1"}), flags).ok();
        if flag {
            assert_eq!(
                run.stderr,
                "2015/К-2: linked to 2015/К-1 (same applicant, same question)\n\
                 1 registered, 0 already registered\n"
            );
            assert_eq!(sign(&reg, 2), "2.3");
            assert_eq!(
                links(&reg, 2),
                json!({"repeat_of": "2015/К-1", "earlier": ["2015/К-1"], "later": []})
            );
            assert_eq!(links(&reg, 1)["later"], json!(["2015/К-2"]));
        } else {
            assert_eq!(
                run.stderr,
                "hint: 2015/К-2: the applicant has earlier appeals on this question: 2015/К-1; \
                 link with --repeat-of or --link-matches\n1 registered, 0 already registered\n"
            );
            assert_eq!(sign(&reg, 2), "2.1");
            assert_eq!(
                links(&reg, 2),
                json!({"repeat_of": null, "earlier": [], "later": []})
            );
            assert_eq!(links(&reg, 1)["later"], json!([]));
            assert_eq!(actions(&reg, 1), ["register", "resolve"]);
        }
        clean(&reg, "2015-06-25");
    }
}

// ------------------------------------------------------- link and unlink

/// A register where the same applicant's appeals were registered under two
/// spellings: К-1 (the index's spelling) on 23.06, К-2 and К-3 (another
/// spelling) on 25 and 26.06; К-3 linked to К-2 at intake (2.3) and
/// dispatched on 29.06.
fn two_spellings() -> Reg {
    let reg = Reg::new();
    intake(&reg, DAY, "s-1", json!({}), &[]).ok();
    let run = intake(&reg, "2015-06-25", "s-2", spelled_otherwise(), &[]).ok();
    assert!(!run.stderr.contains("hint:"), "{}", run.stderr);
    intake(
        &reg,
        "2015-06-26",
        "s-3",
        spelled_otherwise(),
        &["--link-matches"],
    )
    .ok()
    .stderr_has("2015/К-3: linked to 2015/К-2");
    reg.walk("К-3")
        .days(&["2015-06-29", "2015-06-29"])
        .to(Stage::Dispatched);
    assert_eq!(sign(&reg, 3), "2.3");
    reg
}

/// `link` after registration: the card's sign decided again, the earlier
/// card records the link, a later card of the chain decided again, a
/// corrected letter for the dispatched one; `unlink` undoes it all, each
/// step in the histories with its reason; `show`, `related` and `log` show
/// it.
#[test]
fn a_link_made_after_registration_and_undone() {
    let reg = two_spellings();
    let why = "той самий заявник, те саме питання";
    let run = reg
        .run_on(
            "2015-06-30",
            &[
                "link", "К-2", "--to", "К-1", "--reason", why, "--outbox", "outbox",
            ],
        )
        .ok();
    assert_eq!(
        run.stdout,
        "2015/К-2 repeats 2015/К-1 (earlier appeals on the question: 2015/К-1); sign of receipt 2.3\n\
         2015/К-3: sign of receipt decided again: 2.4\n"
    );
    assert_eq!(
        run.stderr,
        "wrote outbox/2015-000003-dzhkg-виправлення-20150630.txt\n"
    );
    // К-2 repeats К-1, open in its term: 2.3.
    assert_eq!(sign(&reg, 2), "2.3");
    assert_eq!(
        links(&reg, 2),
        json!({"repeat_of": "2015/К-1", "earlier": ["2015/К-1"], "later": ["2015/К-3"]})
    );
    assert_eq!(
        last_step(&reg, 2),
        json!({"at": "2015-06-30", "by": "zarichenko", "action": "relink",
               "data": {"earlier": ["2015/К-1"], "reason": why,
                        "repeat_of": "2015/К-1", "sign": "2.3"}})
    );
    assert_eq!(links(&reg, 1)["later"], json!(["2015/К-2"]));
    assert_eq!(
        last_step(&reg, 1),
        json!({"at": "2015-06-30", "by": "zarichenko", "action": "link",
               "data": {"later": "2015/К-2"}})
    );
    // К-3's chain now runs through К-1 too: two earlier appeals, 2.4.
    assert_eq!(sign(&reg, 3), "2.4");
    assert_eq!(
        links(&reg, 3),
        json!({"repeat_of": "2015/К-2", "earlier": ["2015/К-1", "2015/К-2"], "later": []})
    );
    assert_eq!(
        last_step(&reg, 3),
        json!({"at": "2015-06-30", "by": "zarichenko", "action": "relink",
               "data": {"earlier": ["2015/К-1", "2015/К-2"],
                        "reason": format!("the chain of 2015/К-2 changed: {why}"),
                        "repeat_of": "2015/К-2", "sign": "2.4"}})
    );
    assert_eq!(reg.card(2015, 3)["status"], "dispatched");
    // The executor of К-3 gets the letter again, headed as a correction.
    let letter = beside(&reg, "outbox/2015-000003-dzhkg-виправлення-20150630.txt");
    assert!(
        letter.starts_with(&format!(
            "ВИПРАВЛЕННЯ від 30.06.2015: {why}\nОзнака надходження звернення тепер 2.4.\n\n"
        )),
        "{letter}"
    );
    assert!(
        letter
            .contains("Позначка: «неодноразове» (2.4 Неодноразове; попереднє звернення 2015/К-2)"),
        "{letter}"
    );
    // К-2 isn't dispatched: no letter for it.
    assert_eq!(
        listing(&reg, "outbox"),
        ["2015-000003-dzhkg-виправлення-20150630.txt"]
    );
    // show, related and log.
    let show = reg
        .run_on("2015-06-30", &["show", "--lang", "uk", "К-3"])
        .ok()
        .stdout;
    for (label, value) in [
        ("Ознака надходження", "2.4 Неодноразове"),
        ("Повторює звернення", "2015/К-2"),
        ("Попередні з питання", "2015/К-1, 2015/К-2"),
        ("Гриф", "«неодноразове»"),
    ] {
        assert_eq!(field(&show, label).as_deref(), Some(value), "{show}");
    }
    let related = reg
        .run_on("2015-06-30", &["related", "К-3", "--format", "json"])
        .ok()
        .json();
    assert_eq!(
        related,
        json!([
            {"card": "2015/К-1", "received": "2015-06-23", "status": "open",
             "topics": ["009"], "same_question": true, "sign": "2.1", "link": "earlier"},
            {"card": "2015/К-2", "received": "2015-06-25", "status": "open",
             "topics": ["009"], "same_question": true, "sign": "2.3", "link": "repeat_of"}
        ])
    );
    let log = reg
        .run_on("2015-06-30", &["log", "--lang", "uk", "К-2"])
        .ok()
        .stdout;
    assert!(
        log.contains(&format!(
            "│ повторює 2015/К-1, ознака 2.3; попередні: 2015/К-1; {why} │"
        )),
        "{log}"
    );
    clean(&reg, "2015-06-30");

    // Undone: К-2 repeats nothing, К-1 no longer lists it, К-3 is 2.3 again.
    let undo = "інший заявник";
    let run = reg
        .run_on(
            "2015-07-01",
            &["unlink", "К-2", "--reason", undo, "--outbox", "outbox"],
        )
        .ok();
    assert_eq!(
        run.stdout,
        "2015/К-2 repeats no earlier card; sign of receipt 2.1\n\
         2015/К-3: sign of receipt decided again: 2.3\n"
    );
    assert_eq!(
        run.stderr,
        "wrote outbox/2015-000003-dzhkg-виправлення-20150701.txt\n"
    );
    assert_eq!(sign(&reg, 2), "2.1");
    assert_eq!(
        links(&reg, 2),
        json!({"repeat_of": null, "earlier": [], "later": ["2015/К-3"]})
    );
    assert_eq!(
        last_step(&reg, 2),
        json!({"at": "2015-07-01", "by": "zarichenko", "action": "relink",
               "data": {"earlier": [], "reason": undo, "repeat_of": null, "sign": "2.1"}})
    );
    assert_eq!(actions(&reg, 2), ["register", "link", "relink", "relink"]);
    assert_eq!(links(&reg, 1)["later"], json!([]));
    assert_eq!(
        last_step(&reg, 1),
        json!({"at": "2015-07-01", "by": "zarichenko", "action": "unlink",
               "data": {"later": "2015/К-2", "reason": undo}})
    );
    assert_eq!(actions(&reg, 1), ["register", "link", "unlink"]);
    assert_eq!(sign(&reg, 3), "2.3");
    assert_eq!(
        links(&reg, 3),
        json!({"repeat_of": "2015/К-2", "earlier": ["2015/К-2"], "later": []})
    );
    assert_eq!(
        actions(&reg, 3),
        ["register", "resolve", "dispatch", "relink", "relink"]
    );
    assert_eq!(
        last_step(&reg, 3)["data"]["reason"],
        format!("the chain of 2015/К-2 changed: {undo}")
    );
    let letter = beside(&reg, "outbox/2015-000003-dzhkg-виправлення-20150701.txt");
    assert!(
        letter.starts_with(&format!(
            "ВИПРАВЛЕННЯ від 01.07.2015: {undo}\nОзнака надходження звернення тепер 2.3.\n\n"
        )),
        "{letter}"
    );
    let log = reg
        .run_on("2015-07-01", &["log", "--lang", "uk", "К-1"])
        .ok()
        .stdout;
    assert!(
        log.contains(&format!("│ 2015/К-2 більше не повторює цього; {undo} │")),
        "{log}"
    );
    let log = reg
        .run_on("2015-07-01", &["log", "--lang", "uk", "К-2"])
        .ok()
        .stdout;
    assert!(
        log.contains(&format!("│ не повторює жодного, ознака 2.1; {undo}")),
        "{log}"
    );
    let show = reg
        .run_on("2015-07-01", &["show", "--lang", "uk", "К-2"])
        .ok()
        .stdout;
    assert_eq!(field(&show, "Повторює звернення"), None, "{show}");
    assert_eq!(
        field(&show, "Ознака надходження").as_deref(),
        Some("2.1 Первинне"),
        "{show}"
    );
    assert_eq!(
        field(&show, "Наступні звернення").as_deref(),
        Some("2015/К-3"),
        "{show}"
    );
    clean(&reg, "2015-07-01");
}

/// `related` shows the chain a link made by hand runs through, though the
/// applicant index (which spells the applicant one way) doesn't find it:
/// the hints of `link` and `unlink` send the clerk there to see the chain.
#[test]
fn related_shows_the_cards_a_link_made_by_hand_names() {
    let reg = two_spellings();
    reg.run_on(
        "2015-06-30",
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
    let links_of = |card: &str| -> Vec<(String, String)> {
        reg.run_on("2015-06-30", &["related", card, "--format", "json"])
            .ok()
            .json()
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| {
                (
                    r["card"].as_str().expect("card").to_string(),
                    r["link"].as_str().expect("link").to_string(),
                )
            })
            .collect()
    };
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(links_of("К-1"), pairs(&[("2015/К-2", "later")]));
    assert_eq!(
        links_of("К-2"),
        pairs(&[("2015/К-1", "repeat_of"), ("2015/К-3", "later")])
    );
    assert_eq!(
        links_of("К-3"),
        pairs(&[("2015/К-1", "earlier"), ("2015/К-2", "repeat_of")])
    );
    // People read the links and states in Ukrainian; JSON keeps the names.
    let table = reg
        .run_on("2015-06-30", &["related", "--lang", "uk", "К-3"])
        .ok()
        .stdout;
    let row = |card: &str| {
        table
            .lines()
            .find(|l| l.contains(card))
            .unwrap_or_else(|| panic!("{card}:\n{table}"))
            .to_string()
    };
    assert!(row("2015/К-1").contains("│ попереднє"), "{table}");
    assert!(row("2015/К-2").contains("│ пряме попереднє"), "{table}");
    assert!(row("2015/К-2").contains("│ на контролі"), "{table}");
    assert!(
        !table.contains("repeat_of") && !table.contains("open"),
        "{table}"
    );
}

/// `--dry-run --link-matches` over a batch whose second appeal repeats its
/// first (another applicant's pair beside the standard applicant's repeat
/// of a card in the register) shows the cards the real run writes: signs,
/// links, histories and all.
#[test]
fn a_dry_run_with_link_matches_shows_the_cards_the_real_run_writes() {
    let reg = Reg::new();
    intake(&reg, DAY, "b-0", json!({}), &[]).ok();
    let day = "2015-06-25";
    let batch = json!([
        record("b-1", day, json!({})),
        record("b-2", day, someone("Шевченко Ольга")),
        record("b-3", day, someone("Шевченко Ольга")),
    ]);
    let f = reg.file("batch.json", &batch.to_string());
    let args = [
        "register",
        "--from",
        f.as_str(),
        "--link-matches",
        "--format",
        "json",
    ];
    let before = reg.snapshot();
    let mut dry_args = args.to_vec();
    dry_args.push("--dry-run");
    let dry = reg.run_on(day, &dry_args).ok();
    assert!(reg.snapshot() == before, "a dry run wrote");
    reg.run_on(day, &args).ok();
    let shown = dry.json();
    let written: Vec<Value> = (2..=4).map(|n| reg.card(2015, n)).collect();
    assert_eq!(shown, Value::Array(written));
    // What they are: К-2 repeats К-1 of the register (open: 2.3); Ш-4
    // repeats Ш-3 of the same batch (2.3), which lists it.
    assert_eq!(sign(&reg, 2), "2.3");
    assert_eq!(links(&reg, 2)["repeat_of"], "2015/К-1");
    assert_eq!(sign(&reg, 3), "2.1");
    assert_eq!(
        links(&reg, 3),
        json!({"repeat_of": null, "earlier": [], "later": ["2015/Ш-4"]})
    );
    assert_eq!(sign(&reg, 4), "2.3");
    assert_eq!(
        links(&reg, 4),
        json!({"repeat_of": "2015/Ш-3", "earlier": ["2015/Ш-3"], "later": []})
    );
    clean(&reg, day);
}

/// The real run's `--format json` prints the cards as it wrote them, like
/// the dry run: an earlier card of the same batch with the link the run
/// added to it.
#[test]
fn a_real_run_prints_the_cards_as_written() {
    let reg = Reg::new();
    let day = "2015-06-25";
    let batch = json!([
        record("b-2", day, someone("Шевченко Ольга")),
        record("b-3", day, someone("Шевченко Ольга")),
    ]);
    let f = reg.file("batch.json", &batch.to_string());
    let run = reg
        .run_on(
            day,
            &[
                "register",
                "--from",
                &f,
                "--link-matches",
                "--format",
                "json",
            ],
        )
        .ok();
    let written: Vec<Value> = (1..=2).map(|n| reg.card(2015, n)).collect();
    assert_eq!(run.json(), Value::Array(written));
}

// -------------------------------------------------- classify and reassign

/// `classify` replaces the topics, the kind and the author categories given,
/// records from/to with the reason, and leaves the term; a topic the
/// resolution's coordinator doesn't cover is warned about.
#[test]
fn classify_corrects_the_codes_and_keeps_the_term() {
    let reg = Reg::new();
    reg.card_at(Stage::Resolved);
    let term = reg.card(2015, 1)["term"].clone();
    let why = "питання житлове, не комунальне";
    let run = reg
        .run_on(
            "2015-06-25",
            &[
                "classify",
                "К-1",
                "--topic",
                "010",
                "--kind",
                "3.3",
                "--category",
                "7.1",
                "--category",
                "7.6",
                "--by",
                "maslenkov",
                "--reason",
                why,
            ],
        )
        .ok();
    assert_eq!(
        run.stdout,
        "2015/К-1 reclassified: topics 010, kind 3.3, categories 7.1 7.6; \
         the term stays (control date 2015-07-23)\n"
    );
    assert_eq!(run.stderr, "");
    let c = reg.card(2015, 1);
    assert_eq!(c["classification"]["topics"], json!(["010"]));
    assert_eq!(c["classification"]["kind"], "3.3");
    assert_eq!(c["applicant"]["categories"], json!(["7.1", "7.6"]));
    assert_eq!(c["term"], term);
    assert_eq!(c["status"], "resolved");
    assert_eq!(
        last_step(&reg, 1),
        json!({"at": "2015-06-25", "by": "zarichenko", "action": "classify",
               "data": {"by": "maslenkov",
                        "from": {"categories": ["7.5"], "kind": "3.2", "topics": ["009"]},
                        "reason": why,
                        "to": {"categories": ["7.1", "7.6"], "kind": "3.3", "topics": ["010"]}}})
    );
    // Only what changes is recorded; a topic maslenkov doesn't cover is said.
    let run = reg
        .run_on(
            "2015-06-26",
            &[
                "classify",
                "К-1",
                "--topic",
                "006",
                "--kind",
                "3.3",
                "--by",
                "maslenkov",
                "--reason",
                "соціальний захист",
            ],
        )
        .ok();
    assert_eq!(
        run.stderr,
        "warning: the resolution's coordinator maslenkov doesn't cover the new topics by \
         people.toml; 'appeals reassign' or a new resolution may be due\n"
    );
    assert_eq!(
        last_step(&reg, 1)["data"],
        json!({"by": "maslenkov", "from": {"topics": ["010"]},
               "reason": "соціальний захист", "to": {"topics": ["006"]}})
    );
    let log = reg
        .run_on("2015-06-26", &["log", "--lang", "uk", "К-1"])
        .ok()
        .stdout;
    assert!(
        log.contains("│ тематика 010 → 006; maslenkov: соціальний захист "),
        "{log}"
    );
    assert_eq!(reg.card(2015, 1)["term"], term);
    clean(&reg, "2015-06-26");
}

/// `reassign` after the dispatch: the card is resolved again, the due date
/// stays, and `dispatch` sends it to the new executors.
#[test]
fn reassign_after_dispatch_then_dispatch_again_to_the_new_executors() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    let term = reg.card(2015, 1)["term"].clone();
    let why = "світильники обслуговує КП «Міськсвітло»";
    let run = reg
        .run_on(
            "2015-06-26",
            &[
                "reassign",
                "К-1",
                "--executor",
                "miskcvitlo",
                "--executor",
                "dzhkg",
                "--by",
                "maslenkov",
                "--reason",
                why,
            ],
        )
        .ok();
    assert_eq!(
        run.stdout,
        "2015/К-1 reassigned to miskcvitlo, dzhkg; executor's due date 2015-07-22 stays\n"
    );
    assert_eq!(run.stderr, "next: appeals dispatch 2015/К-1\n");
    let c = reg.card(2015, 1);
    assert_eq!(c["status"], "resolved");
    assert_eq!(c["resolution"]["executors"], json!(["miskcvitlo", "dzhkg"]));
    assert_eq!(c["resolution"]["coordinator"], "maslenkov");
    assert_eq!(c["dispatch"]["to"], json!(["dzhkg"]));
    assert_eq!(c["term"], term);
    assert_eq!(
        last_step(&reg, 1),
        json!({"at": "2015-06-26", "by": "zarichenko", "action": "reassign",
               "data": {"by": "maslenkov", "executors": ["miskcvitlo", "dzhkg"],
                        "from": ["dzhkg"], "reason": why}})
    );
    let run = reg
        .run_on("2015-06-26", &["dispatch", "К-1", "--outbox", "outbox"])
        .ok();
    assert_eq!(
        run.stdout,
        "2015/К-1 dispatched to miskcvitlo, dzhkg; executor's due date 2015-07-22\n  \
         outbox/2015-000001-miskcvitlo.txt\n  outbox/2015-000001-dzhkg.txt\n"
    );
    assert_eq!(
        listing(&reg, "outbox"),
        ["2015-000001-dzhkg.txt", "2015-000001-miskcvitlo.txt"]
    );
    assert!(beside(&reg, "outbox/2015-000001-miskcvitlo.txt").contains("Роль: головний виконавець"));
    assert!(beside(&reg, "outbox/2015-000001-dzhkg.txt").contains("Роль: співвиконавець"));
    let c = reg.card(2015, 1);
    assert_eq!(c["status"], "dispatched");
    assert_eq!(
        c["dispatch"],
        json!({"date": "2015-06-26", "to": ["miskcvitlo", "dzhkg"]})
    );
    assert_eq!(
        actions(&reg, 1),
        ["register", "resolve", "dispatch", "reassign", "dispatch"]
    );
    let log = reg
        .run_on("2015-06-26", &["log", "--lang", "uk", "К-1"])
        .ok()
        .stdout;
    assert!(
        log.contains(&format!(
            "│ виконавці dzhkg → miskcvitlo, dzhkg; maslenkov: {why} │"
        )),
        "{log}"
    );
    // The rest of the procedure follows as ever.
    reg.walk("К-1").signer("maslenkov").to(Stage::Sent);
    clean(&reg, "2015-07-22");
}

/// Who corrected the classification or named other executors is kept
/// with the step, as `extend`, `sign` and `rework` keep their `--by`.
#[test]
fn classify_and_reassign_record_the_coordinator() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    reg.run_on(
        "2015-06-26",
        &[
            "classify",
            "К-1",
            "--kind",
            "3.3",
            "--by",
            "kytaiev",
            "--reason",
            "скарга",
        ],
    )
    .ok();
    assert_eq!(last_step(&reg, 1)["data"]["by"], "kytaiev");
    reg.run_on(
        "2015-06-26",
        &[
            "reassign",
            "К-1",
            "--executor",
            "vodokanal",
            "--by",
            "kytaiev",
            "--reason",
            "водопостачання",
        ],
    )
    .ok();
    assert_eq!(last_step(&reg, 1)["data"]["by"], "kytaiev");
}

// ----------------------------------------------------------------- rework

/// answer → rework → answer → sign → send: the returned package stays on
/// the card and on disk, the next one is kept beside it (`-2`), and the
/// monitoring report counts the return for the executor and the coordinator.
#[test]
fn a_rework_cycle_keeps_both_packages_and_is_counted() {
    let reg = Reg::new();
    reg.card_at(Stage::Answered);
    let first = reg.card(2015, 1)["answer"].clone();
    let why = "у відповіді не зазначено строки ремонту";
    let run = reg
        .run_on(
            "2015-07-20",
            &["rework", "К-1", "--by", "maslenkov", "--reason", why],
        )
        .ok();
    assert_eq!(
        run.stdout,
        "2015/К-1 returned to the executor for rework (1 time); executor's due date 2015-07-22\n"
    );
    assert_eq!(
        run.stderr,
        "next: appeals answer 2015/К-1 --draft FILE --info FILE --quality FILE --result CODE\n"
    );
    let c = reg.card(2015, 1);
    assert_eq!(c["status"], "dispatched");
    assert_eq!(c["answer"], Value::Null);
    assert_eq!(
        c["reworks"],
        json!([{"date": "2015-07-20", "by": "maslenkov", "reason": why,
                "answer": first, "signature": null}])
    );
    assert_eq!(
        last_step(&reg, 1),
        json!({"at": "2015-07-20", "by": "zarichenko", "action": "rework",
               "data": {"by": "maslenkov", "reason": why, "round": 1}})
    );
    // The second package, with the dates of repair.
    reg.package(QUALITY);
    reg.file(
        "draft.txt",
        "Шановний Петре Івановичу! Світильник замінено 15.07.2015.\n",
    );
    let run = reg
        .run_on("2015-07-21", &answer_args("К-1", "quality.toml"))
        .ok();
    assert_eq!(
        run.stdout,
        "2015/К-1 answered on time (due 2015-07-22); proposed result 9.1 Вирішено позитивно\n  \
         answer-applicant: docs/2015/000001/answer-applicant-2.txt\n  \
         answer-cc: docs/2015/000001/answer-applicant-2.txt\n  \
         info: docs/2015/000001/info-2.txt\n  \
         quality: docs/2015/000001/quality-2.toml\n"
    );
    reg.run_on("2015-07-21", &["sign", "К-1", "--by", "maslenkov"])
        .ok();
    reg.run_on("2015-07-22", &["send", "К-1"]).ok();
    let docs = |name: &str| {
        std::fs::read_to_string(reg.path(&format!("docs/2015/000001/{name}")))
            .unwrap_or_else(|_| panic!("{name} is kept"))
    };
    assert_eq!(
        docs("answer-applicant.txt"),
        "Шановний Петре Івановичу! Світильник замінено.\n"
    );
    assert_eq!(
        docs("answer-applicant-2.txt"),
        "Шановний Петре Івановичу! Світильник замінено 15.07.2015.\n"
    );
    for kept in ["info.txt", "quality.toml", "info-2.txt", "quality-2.toml"] {
        docs(kept);
    }
    let c = reg.card(2015, 1);
    assert_eq!(c["status"], "sent");
    assert_eq!(c["reworks"].as_array().map(Vec::len), Some(1));
    assert_eq!(c["reworks"][0]["answer"], first);
    // The signature covers the second package only.
    let signed: Vec<&String> = c["signature"]["sha256"]
        .as_object()
        .expect("digests")
        .keys()
        .collect();
    assert_eq!(
        signed,
        [
            "docs/2015/000001/answer-applicant-2.txt",
            "docs/2015/000001/info-2.txt",
            "docs/2015/000001/quality-2.toml",
        ]
    );
    assert_eq!(
        actions(&reg, 1),
        ["register", "resolve", "dispatch", "answer", "rework", "answer", "sign", "send"]
    );
    let show = reg
        .run_on("2015-07-22", &["show", "--lang", "uk", "К-1"])
        .ok()
        .stdout;
    assert_eq!(
        field(&show, "Повернуто на доопрацювання"),
        Some(format!(
            "1. 20.07.2015 — Масленков О.В. (maslenkov): {why} (відповідь від 20.07.2015; документи: \
             docs/2015/000001/answer-applicant.txt, docs/2015/000001/info.txt, \
             docs/2015/000001/quality.toml)"
        )),
        "{show}"
    );
    // Counted in the monitoring report.
    let r = report(&reg, "2015-07-22");
    assert_eq!(r["totals"]["reworks"], 1);
    assert_eq!(row(&r, "by_executor", "dzhkg")["reworks"], 1);
    assert_eq!(row(&r, "by_coordinator", "maslenkov")["reworks"], 1);
    clean(&reg, "2015-07-22");
}

/// A signed package returned: its signature goes with it into `reworks`,
/// and a second return is counted again.
#[test]
fn a_signed_package_returned_takes_its_signature_along() {
    let reg = Reg::new();
    reg.card_at(Stage::Signed);
    let signature = reg.card(2015, 1)["signature"].clone();
    reg.run_on(
        "2015-07-21",
        &[
            "rework",
            "К-1",
            "--by",
            "maslenkov",
            "--reason",
            "перший раз",
        ],
    )
    .ok();
    let c = reg.card(2015, 1);
    assert_eq!(c["signature"], Value::Null);
    assert_eq!(c["reworks"][0]["signature"], signature);
    reg.package(QUALITY);
    reg.run_on("2015-07-21", &answer_args("К-1", "quality.toml"))
        .ok();
    let run = reg
        .run_on(
            "2015-07-21",
            &[
                "rework",
                "К-1",
                "--by",
                "maslenkov",
                "--reason",
                "другий раз",
            ],
        )
        .ok();
    assert_eq!(
        run.stdout,
        "2015/К-1 returned to the executor for rework (2 times); executor's due date 2015-07-22\n"
    );
    reg.run_on("2015-07-22", &answer_args("К-1", "quality.toml"))
        .ok()
        .stdout_has("docs/2015/000001/answer-applicant-3.txt");
    let r = report(&reg, "2015-07-22");
    assert_eq!(r["totals"]["reworks"], 2);
    assert_eq!(row(&r, "by_executor", "dzhkg")["reworks"], 2);
    clean(&reg, "2015-07-22");
}

// ---------------------------------------------------------------- confirm

/// Three applicants' answers sent, each called back with another outcome;
/// the share confirmed in the report; the applicant who did not confirm
/// has the next appeal linked unasked, the one who confirmed doesn't.
#[test]
fn call_backs_with_each_outcome() {
    let reg = Reg::new();
    let people = [
        (
            "Коваленко Петро Іванович",
            "confirmed",
            "заявник підтвердив вирішення",
        ),
        (
            "Шевченко Ольга",
            "not-confirmed",
            "заявник не підтвердив вирішення",
        ),
        (
            "Бондар Іван",
            "fixed-by-applicant",
            "вирішено заявником самостійно",
        ),
    ];
    for (i, (name, _, _)) in people.iter().enumerate() {
        intake(&reg, DAY, &format!("c-{i}"), someone(name), &[]).ok();
    }
    for card in ["К-1", "Ш-2", "Б-3"] {
        reg.walk(card).to(Stage::Sent);
    }
    for (i, (card, (_, outcome, label))) in ["К-1", "Ш-2", "Б-3"].iter().zip(&people).enumerate()
    {
        let mut args = vec!["confirm", card, "--outcome", outcome];
        if *outcome == "not-confirmed" {
            args.extend(["--note", "світла так і не відновили"]);
        }
        let run = reg.run_on("2015-07-24", &args).ok();
        assert_eq!(run.stdout, format!("2015/{card}: {label}\n"));
        assert_eq!(run.stderr, "");
        let c = reg.card(2015, i as u32 + 1);
        assert_eq!(c["status"], "closed", "a call-back changes no status");
        let (note, data) = if *outcome == "not-confirmed" {
            let note = json!("світла так і не відновили");
            (note.clone(), json!({"note": note, "outcome": outcome}))
        } else {
            (Value::Null, json!({"outcome": outcome}))
        };
        assert_eq!(
            c["confirmation"],
            json!({"date": "2015-07-24", "by": "zarichenko", "outcome": outcome, "note": note})
        );
        assert_eq!(
            last_step(&reg, i as u32 + 1),
            json!({"at": "2015-07-24", "by": "zarichenko", "action": "confirm", "data": data})
        );
    }
    let show = reg
        .run_on("2015-07-24", &["show", "--lang", "uk", "Ш-2"])
        .ok()
        .stdout;
    assert_eq!(
        field(&show, "Зворотний зв'язок").as_deref(),
        Some("24.07.2015 — заявник не підтвердив вирішення (світла так і не відновили)"),
        "{show}"
    );
    // One of three confirmed.
    let r = report(&reg, "2015-07-24");
    assert_eq!(r["totals"]["confirmed_share"], 0.3333);
    assert_eq!(row(&r, "by_executor", "dzhkg")["confirmed_share"], 0.3333);
    assert_eq!(
        row(&r, "by_coordinator", "maslenkov")["confirmed_share"],
        0.3333
    );
    // The next appeals on the question: the applicant who did not confirm
    // (satisfied by the quality card) is linked unasked, 2.2...
    intake(&reg, "2015-07-27", "c-4", someone("Шевченко Ольга"), &[])
        .ok()
        .stderr_has("2015/Ш-4: linked to 2015/Ш-2 (same applicant, same question)");
    assert_eq!(sign(&reg, 4), "2.2");
    assert_eq!(links(&reg, 4)["repeat_of"], "2015/Ш-2");
    // ...the one who confirmed only hinted at.
    let run = intake(
        &reg,
        "2015-07-27",
        "c-5",
        someone("Коваленко Петро Іванович"),
        &[],
    )
    .ok();
    assert!(run.stderr.starts_with("hint: 2015/К-5:"), "{}", run.stderr);
    assert_eq!(sign(&reg, 5), "2.1");
    clean(&reg, "2015-07-27");
}

/// The report's table and CSV give the totals of returns and of call-backs
/// as the JSON does.
#[test]
fn the_report_table_and_csv_give_reworks_and_the_confirmed_share() {
    let reg = Reg::new();
    reg.card_at(Stage::Answered);
    reg.run_on(
        "2015-07-20",
        &["rework", "К-1", "--by", "maslenkov", "--reason", "неповна"],
    )
    .ok();
    reg.walk("К-1").to(Stage::Sent);
    reg.run_on("2015-07-24", &["confirm", "К-1", "--outcome", "confirmed"])
        .ok();
    let table = reg
        .run_on(
            "2015-07-24",
            &["--lang", "uk", "report", "--month", "2015-06"],
        )
        .ok()
        .stdout;
    assert!(
        table.contains("│ Повернуто виконавцям на доопрацювання        │ 1        │"),
        "{table}"
    );
    assert!(
        table.contains("│ Частка підтверджених заявниками (зворотний   │ 100,0 %  │"),
        "{table}"
    );
    let csv = reg
        .run_on(
            "2015-07-24",
            &["report", "--month", "2015-06", "--format", "csv"],
        )
        .ok()
        .stdout;
    for line in [
        "totals,,reworks,,,Повернуто виконавцям на доопрацювання,1,",
        "totals,,confirmed_share,,,Частка підтверджених заявниками (зворотний зв'язок),1,",
    ] {
        assert!(csv.contains(line), "{line} not in:\n{csv}");
    }
}

// ------------------------------------------------------ steps run again

/// Runs a step whose exact effect is on the card already: exit 0,
/// `already done: CARD WHAT; nothing was written` alone on stderr, nothing
/// on stdout, the register and the files beside it unchanged.
#[track_caller]
fn done_already(reg: &Reg, day: &str, args: &[&str], card: &str, what: &str) {
    let (register, world) = (reg.snapshot(), reg.world());
    let run = reg.run_on(day, args).ok();
    assert_eq!(
        run.stderr,
        format!("already done: {card} {what}; nothing was written\n"),
        "{args:?}"
    );
    assert_eq!(run.stdout, "", "{args:?}");
    assert!(reg.snapshot() == register, "{args:?} wrote to the register");
    assert!(reg.world() == world, "{args:?} wrote beside the register");
}

/// Every step, run again as it was: done already; run again with other
/// arguments: refused as a step out of order (or as the step itself
/// refuses them).
#[test]
fn every_step_run_again_is_done_already_and_with_other_arguments_refused() {
    let reg = Reg::new();
    intake(&reg, DAY, "r-1", json!({}), &[]).ok();
    let k1 = "2015/К-1";
    let day = "2015-06-24";

    let resolve = ["resolve", "К-1", "--executor", "dzhkg"];
    reg.run_on(day, &resolve).ok();
    done_already(&reg, day, &resolve, k1, "is resolved so already");
    reg.refused(
        day,
        &["resolve", "К-1", "--executor", "soc"],
        &["error: card 2015/К-1 is resolved; it can't be resolved\n"],
    );

    // A dispatch has nothing to give but where its letters go: again, with
    // or without them, it is done already, and writes no letter.
    reg.run_on(day, &["dispatch", "К-1"]).ok();
    done_already(
        &reg,
        day,
        &["dispatch", "К-1"],
        k1,
        "is dispatched to its executors already",
    );
    done_already(
        &reg,
        day,
        &["dispatch", "К-1", "--outbox", "outbox"],
        k1,
        "is dispatched to its executors already",
    );

    let extend = [
        "extend",
        "К-1",
        "--until",
        "2015-08-07",
        "--by",
        "maslenkov",
        "--reason",
        "перевірка на місці",
    ];
    let day = "2015-07-10";
    reg.run_on(day, &extend).ok();
    done_already(&reg, day, &extend, k1, "is extended so already");
    let mut other = extend.to_vec();
    other[7] = "інша причина";
    reg.refused(day, &other, &["control date is already 2015-08-07"]);

    let notify = ["notify", "К-1", "--on", "2015-07-10"];
    reg.run_on(day, &notify).ok();
    done_already(&reg, day, &notify, k1, "has this notification already");
    reg.refused(
        day,
        &["notify", "К-1", "--on", "2015-07-09"],
        &["already notified of the extension to 2015-08-07 on 2015-07-10"],
    );

    reg.package(QUALITY);
    let answer = answer_args("К-1", "quality.toml");
    let day = "2015-08-03";
    reg.run_on(day, &answer).ok();
    done_already(&reg, day, &answer, k1, "has this package already");
    let mut other = answer.clone();
    other[9] = "9.3";
    reg.refused(
        day,
        &other,
        &["error: card 2015/К-1 is answered; it can't be answered\n"],
    );
    reg.file("info.txt", "Інша інформація.\n");
    reg.refused(day, &answer, &["is answered; it can't be answered"]);
    reg.package(QUALITY);

    let rework = ["rework", "К-1", "--by", "maslenkov", "--reason", "неповна"];
    reg.run_on(day, &rework).ok();
    done_already(&reg, day, &rework, k1, "is returned for rework already");
    reg.refused(
        day,
        &["rework", "К-1", "--by", "maslenkov", "--reason", "інша"],
        &["error: card 2015/К-1 is dispatched; it can't be returned for rework\n"],
    );
    reg.run_on(day, &answer).ok();

    let sign = ["sign", "К-1", "--by", "maslenkov"];
    reg.run_on(day, &sign).ok();
    done_already(&reg, day, &sign, k1, "is signed so already");
    reg.refused(
        day,
        &["sign", "К-1", "--by", "kytaiev"],
        &["error: card 2015/К-1 is signed; it can't be signed\n"],
    );

    let send = ["send", "К-1", "--posted", "2015-08-03"];
    reg.run_on(day, &send).ok();
    done_already(&reg, "2015-08-04", &send, k1, "is sent so already");
    done_already(
        &reg,
        "2015-08-04",
        &["send", "К-1"],
        k1,
        "is sent so already",
    );
    reg.refused(
        "2015-08-04",
        &["send", "К-1", "--posted", "2015-08-04"],
        &["error: card 2015/К-1 is sent; it can't be sent\n"],
    );
    // Earlier steps again, as they were, on the card off control.
    done_already(&reg, "2015-08-04", &resolve, k1, "is resolved so already");
    done_already(&reg, "2015-08-04", &sign, k1, "is signed so already");

    let confirm = [
        "confirm",
        "К-1",
        "--outcome",
        "not-confirmed",
        "--note",
        "не відновили",
    ];
    let day = "2015-08-05";
    reg.run_on(day, &confirm).ok();
    done_already(&reg, day, &confirm, k1, "has this call-back already");
    reg.refused(
        day,
        &["confirm", "К-1", "--outcome", "not-confirmed"],
        &["error: the applicant's word on 2015/К-1 is recorded already: not-confirmed on 2015-08-05\n"],
    );
    reg.refused(
        day,
        &[
            "confirm",
            "К-1",
            "--outcome",
            "confirmed",
            "--note",
            "не відновили",
        ],
        &["is recorded already"],
    );

    // The corrections, on a second card of the applicant.
    intake(&reg, "2015-08-10", "r-2", spelled_otherwise(), &[]).ok();
    let k2 = "2015/К-2";
    let day = "2015-08-11";
    let link = [
        "link",
        "К-2",
        "--to",
        "К-1",
        "--reason",
        "той самий заявник",
    ];
    reg.run_on(day, &link).ok();
    done_already(&reg, day, &link, k2, "is linked so already");
    reg.refused(
        day,
        &[
            "link",
            "К-1",
            "--to",
            "К-2",
            "--reason",
            "той самий заявник",
        ],
        &["error: 2015/К-2 was received on 2015-08-10, after 2015/К-1 (2015-06-23)"],
    );
    let unlink = ["unlink", "К-2", "--reason", "інший заявник"];
    reg.run_on(day, &unlink).ok();
    let (register, world) = (reg.snapshot(), reg.world());
    let run = reg.run_on(day, &unlink).ok();
    assert!(
        run.stderr.starts_with("already done: 2015/К-2 ")
            && run.stderr.ends_with("; nothing was written\n"),
        "{}",
        run.stderr
    );
    assert!(reg.snapshot() == register && reg.world() == world);
    reg.refused(
        day,
        &["unlink", "К-1", "--reason", "інший заявник"],
        &["error: card 2015/К-1 repeats no earlier card\n"],
    );

    reg.run_on(day, &["resolve", "К-2", "--executor", "dzhkg"])
        .ok();
    let classify = [
        "classify",
        "К-2",
        "--topic",
        "010",
        "--by",
        "maslenkov",
        "--reason",
        "житлове",
    ];
    reg.run_on(day, &classify).ok();
    done_already(&reg, day, &classify, k2, "is classified so already");
    reg.refused(
        day,
        &[
            "classify",
            "К-2",
            "--topic",
            "010",
            "--kind",
            "3.9",
            "--by",
            "maslenkov",
            "--reason",
            "житлове",
        ],
        &["--kind: "],
    );

    let reassign = [
        "reassign",
        "К-2",
        "--executor",
        "vodokanal",
        "--by",
        "maslenkov",
        "--reason",
        "водопостачання",
    ];
    reg.run_on(day, &reassign).ok();
    done_already(&reg, day, &reassign, k2, "is assigned so already");
    reg.run_on(day, &["dispatch", "К-2"]).ok();
    reg.refused(
        day,
        &reassign,
        &["error: card 2015/К-2 is assigned to vodokanal already\n"],
    );
    clean(&reg, day);
}

/// A correction run again with another reason (or another coordinator) is
/// not the same step: it is refused as it would be without the first run,
/// as `rework` and `extend` do.
#[test]
fn a_correction_run_again_with_another_reason_is_refused() {
    let reg = Reg::new();
    intake(&reg, DAY, "q-1", json!({}), &[]).ok();
    intake(&reg, "2015-06-25", "q-2", spelled_otherwise(), &[]).ok();
    let day = "2015-06-26";
    reg.run_on(
        day,
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
    reg.run_on(day, &["unlink", "К-2", "--reason", "інший заявник"])
        .ok();
    reg.refused(
        day,
        &["unlink", "К-2", "--reason", "інша причина"],
        &["error: card 2015/К-2 repeats no earlier card\n"],
    );
    reg.run_on(day, &["resolve", "К-2", "--executor", "dzhkg"])
        .ok();
    let classify = |reason: &str, by: &str| {
        vec![
            "classify".to_string(),
            "К-2".into(),
            "--kind".into(),
            "3.3".into(),
            "--by".into(),
            by.into(),
            "--reason".into(),
            reason.into(),
        ]
    };
    let args = classify("скарга", "maslenkov");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    reg.run_on(day, &args).ok();
    for (reason, by) in [("інша причина", "maslenkov"), ("скарга", "kytaiev")] {
        let args = classify(reason, by);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        reg.refused(
            day,
            &args,
            &["error: the classification of card 2015/К-2 already is as given\n"],
        );
    }
    let reassign = |reason: &'static str, by: &'static str| {
        [
            "reassign",
            "К-2",
            "--executor",
            "vodokanal",
            "--by",
            by,
            "--reason",
            reason,
        ]
    };
    reg.run_on(day, &reassign("водопостачання", "maslenkov"))
        .ok();
    for (reason, by) in [("інша причина", "maslenkov"), ("водопостачання", "kytaiev")]
    {
        reg.refused(
            day,
            &reassign(reason, by),
            &["error: card 2015/К-2 is assigned to vodokanal already\n"],
        );
    }
}

/// An extension run again after the applicant was notified of it is the
/// same extension: done already, as `sign` again after `send` is.
#[test]
fn an_extension_run_again_after_the_notification_is_done_already() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    let extend = [
        "extend",
        "К-1",
        "--until",
        "2015-08-07",
        "--by",
        "maslenkov",
        "--reason",
        "перевірка на місці",
    ];
    reg.run_on("2015-07-10", &extend).ok();
    reg.run_on("2015-07-10", &["notify", "К-1"]).ok();
    done_already(
        &reg,
        "2015-07-13",
        &extend,
        "2015/К-1",
        "is extended so already",
    );
}

/// `--format json` on a step done already prints the card as it is, and
/// `--quiet` nothing at all.
#[test]
fn a_step_done_already_prints_the_card_under_format_json_and_nothing_when_quiet() {
    let reg = Reg::new();
    reg.card_at(Stage::Resolved);
    let before = reg.snapshot();
    let run = reg
        .run_on(
            "2015-06-25",
            &["resolve", "К-1", "--executor", "dzhkg", "--format", "json"],
        )
        .ok();
    assert_eq!(run.json(), reg.card(2015, 1));
    assert_eq!(run.stderr, "");
    let run = reg
        .run_on(
            "2015-06-25",
            &["--quiet", "resolve", "К-1", "--executor", "dzhkg"],
        )
        .ok();
    assert_eq!((run.stdout.as_str(), run.stderr.as_str()), ("", ""));
    assert!(reg.snapshot() == before);
}

// ------------------------------------------------------------------ check

/// `check --format json` on `day`: exit 1 and the findings.
#[track_caller]
fn findings(reg: &Reg, day: &str) -> Value {
    let run = reg.run_on(day, &["check", "--format", "json"]);
    assert_eq!(run.code, 1, "check passed:\n{}{}", run.stdout, run.stderr);
    run.json()
}

/// A hand-edited sign of a linked card, and a repeated sign on a card that
/// repeats nothing, are `sign-mismatch`; the hint's command mends the first.
#[test]
fn check_reports_a_sign_that_does_not_follow_from_the_links() {
    let reg = Reg::new();
    intake(&reg, DAY, "m-1", json!({}), &[]).ok();
    reg.walk("К-1").to(Stage::Dispatched);
    intake(&reg, "2015-07-24", "m-2", json!({}), &[])
        .ok()
        .stderr_has("linked to 2015/К-1");
    assert_eq!(sign(&reg, 2), "2.2");
    clean(&reg, "2015-07-24");
    let path = reg.path("cards/2015/000002.json");
    let text = std::fs::read_to_string(&path).expect("card");
    std::fs::write(
        &path,
        text.replace("\"sign\": \"2.2\"", "\"sign\": \"2.3\""),
    )
    .expect("edit");
    assert_eq!(
        findings(&reg, "2015-07-24"),
        json!([{
            "code": "sign-mismatch",
            "file": "cards/2015/000002.json",
            "field": "/classification/sign",
            "message": "sign of receipt 2.3, but its earlier appeals on the question (2015/К-1) \
                        give 2.2 on 2015-07-24 (the order's point 9)",
            "hint": "decide it again with 'appeals link 2015/К-2 --to 2015/К-1 --reason …'"
        }])
    );
    reg.run_on(
        "2015-07-24",
        &[
            "link",
            "2015/К-2",
            "--to",
            "2015/К-1",
            "--reason",
            "ознаку виправлено",
        ],
    )
    .ok()
    .stdout_has("sign of receipt 2.2");
    assert_eq!(sign(&reg, 2), "2.2");
    clean(&reg, "2015-07-24");

    // 2.2 on a card that repeats nothing.
    intake(&reg, "2015-07-24", "m-3", someone("Шевченко Ольга"), &[]).ok();
    let path = reg.path("cards/2015/000003.json");
    let text = std::fs::read_to_string(&path).expect("card");
    std::fs::write(
        &path,
        text.replace("\"sign\": \"2.1\"", "\"sign\": \"2.2\""),
    )
    .expect("edit");
    assert_eq!(
        findings(&reg, "2015-07-24"),
        json!([{
            "code": "sign-mismatch",
            "file": "cards/2015/000003.json",
            "field": "/classification/sign",
            "message": "sign of receipt 2.2, but the card repeats no earlier appeal",
            "hint": "link it with 'appeals link 2015/Ш-3 --to EARLIER --reason …', or set the sign to 2.1"
        }])
    );
}

// ------------------------------------------------------------- correct

/// The cards `related` lists beside card `card`.
fn related_cards(reg: &Reg, day: &str, card: &str) -> Vec<String> {
    reg.run_on(day, &["related", card, "--format", "json"])
        .ok()
        .json()
        .as_array()
        .expect("a list")
        .iter()
        .map(|c| c["card"].as_str().expect("a card").to_string())
        .collect()
}

#[test]
fn correct_puts_right_what_registration_typed_wrong() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    let why = "помилка в номері будинку й телефону";
    let outbox = reg.dir.path().join("outbox");
    let args = [
        "correct",
        "К-1",
        "--address",
        " вул. Шевченка, 15, кв. 12 ",
        "--phone",
        "+380671234568",
        "--summary",
        "Не працює вуличне освітлення",
        "--reason",
        why,
        "--outbox",
        outbox.to_str().expect("a path"),
    ];
    let run = reg.run_on("2015-06-26", &args).ok();
    assert_eq!(
        run.stdout,
        "2015/К-1 corrected: address, telephone; the earlier values are kept in the card's history\n"
    );
    // The executor, who holds the letter with the old address, gets it
    // again, corrected.
    let letters = listing(&reg, "outbox");
    assert_eq!(letters.len(), 1, "{letters:?}");
    assert!(run.stderr.contains(&letters[0]), "{}", run.stderr);
    let letter = beside(&reg, &format!("outbox/{}", letters[0]));
    assert!(
        letter.starts_with(&format!("ВИПРАВЛЕННЯ від 26.06.2015: {why}\n")),
        "{letter}"
    );
    assert!(letter.contains("вул. Шевченка, 15, кв. 12"), "{letter}");
    assert!(!letter.contains("вул. Шевченка, 5, кв. 12"), "{letter}");
    let c = reg.card(2015, 1);
    assert_eq!(c["applicant"]["address"], "вул. Шевченка, 15, кв. 12");
    assert_eq!(c["applicant"]["phone"], "+380671234568");
    assert_eq!(c["status"], "dispatched", "a correction moves nothing");
    // Only what changed is recorded (the summary was as given), by whom,
    // when and why; the old values stay in the history.
    assert_eq!(
        last_step(&reg, 1),
        json!({"at": "2015-06-26", "by": "zarichenko", "action": "correct",
               "data": {"from": {"address": "вул. Шевченка, 5, кв. 12", "phone": "+380671234567"},
                        "reason": why,
                        "to": {"address": "вул. Шевченка, 15, кв. 12", "phone": "+380671234568"}}})
    );
    // Run again: already done, nothing written.
    let before = reg.snapshot();
    let again = reg.run_on("2015-06-26", &args).ok();
    assert!(again.stderr.contains("already"), "{}", again.stderr);
    assert!(reg.snapshot() == before, "a re-run wrote");
    // The same values for another reason: nothing to correct.
    let mut other = args;
    other[9] = "ще раз";
    assert_eq!(other[10], "--outbox");
    reg.refused("2015-06-26", &other, &["already holds what is given"]);
    // The log names the fields, not their values.
    let log = reg
        .run_on("2015-06-26", &["log", "--lang", "uk", "К-1"])
        .ok()
        .stdout;
    assert!(
        log.contains(&format!("виправлено: адреса, телефон; {why}")),
        "{log}"
    );
    assert!(!log.contains("+380671234568"), "{log}");
    // The applicant index follows the card: another spelling of the name
    // with the corrected telephone is the same applicant; someone else with
    // the old telephone is not.
    let new_phone = json!({"name": "Коваленко П. І.", "phone": "+380671234568", "address": null});
    intake(&reg, "2015-06-29", "0200-29062015", new_phone, &[]).ok();
    assert_eq!(related_cards(&reg, "2015-06-29", "К-2"), ["2015/К-1"]);
    let old_phone = json!({"name": "Петренко Ольга", "phone": "+380671234567", "address": null});
    intake(&reg, "2015-06-29", "0201-29062015", old_phone, &[]).ok();
    assert!(related_cards(&reg, "2015-06-29", "П-3").is_empty());
    // An empty value: there is none. Without an outbox, the clerk is told
    // the executor's letter has the earlier details.
    let run = reg
        .run_on(
            "2015-06-29",
            &[
                "correct",
                "К-1",
                "--phone",
                "",
                "--reason",
                "телефону немає",
            ],
        )
        .ok();
    assert_eq!(reg.card(2015, 1)["applicant"]["phone"], Value::Null);
    assert!(
        run.stderr.contains(
            "in a letter with the earlier details; '--outbox DIR' writes each a corrected one"
        ),
        "{}",
        run.stderr
    );
    clean(&reg, "2015-06-29");
}

#[test]
fn correct_refuses_what_intake_would_and_anonymity_changed() {
    let reg = Reg::new();
    reg.card_at(Stage::Registered);
    let day = "2015-06-24";
    let refused = |args: &[&str], needles: &[&str]| {
        let mut all = vec!["correct", "К-1"];
        all.extend_from_slice(args);
        reg.refused(day, &all, needles);
    };
    refused(&["--reason", "x"], &["nothing to correct", "--address"]);
    reg.usage_error(
        day,
        &["correct", "К-1", "--address", "вул. Миру, 5"],
        &["--reason"],
    );
    refused(&["--address", "вул. Миру, 5", "--reason", " "], &[]);
    refused(&["--summary", " ", "--reason", "x"], &["--summary:"]);
    refused(&["--name", "Коваленко\u{1}", "--reason", "x"], &["--name:"]);
    let long = "а".repeat(10_001);
    refused(&["--address", &long, "--reason", "x"], &["--address:"]);
    refused(
        &["--name", "", "--reason", "x"],
        &["has the applicant's name", "anonymity"],
    );
    // An anonymous appeal is not given a name.
    intake(&reg, day, "0300-24062015", json!({"name": null}), &[]).ok();
    let anonymous = reg.card(2015, 2)["index"]
        .as_str()
        .expect("index")
        .to_string();
    reg.refused(
        day,
        &[
            "correct",
            &anonymous,
            "--name",
            "Іваненко Іван",
            "--reason",
            "x",
        ],
        &["is anonymous"],
    );
    clean(&reg, day);
}

#[test]
fn a_correction_speaks_ukrainian() {
    let reg = Reg::new();
    reg.card_at(Stage::Registered);
    let rename = |name: &str, why: &str| {
        let args = [
            "correct", "--lang", "uk", "К-1", "--name", name, "--reason", why,
        ];
        reg.run_on("2015-06-24", &args).ok()
    };
    let run = rename("Koваленко Петро Іванович", "помилка в імені");
    assert_eq!(
        run.stdout,
        "2015/К-1: виправлено — ім’я заявника; попередні значення збережено в історії картки\n"
    );
    // A Latin letter typed into the name is said, as at intake.
    assert!(run.stderr.contains("латинські літери"), "{}", run.stderr);
    let show = reg
        .run_on("2015-06-24", &["show", "--lang", "uk", "К-1"])
        .ok()
        .stdout;
    assert!(
        show.contains("виправлення  zarichenko  виправлено: ім’я заявника; помилка в імені"),
        "{show}"
    );
    // A surname with another first letter: the index stays, and is said.
    let run = rename("Іваненко Петро Іванович", "інше прізвище");
    assert!(
        run.stderr.contains(
            "реєстраційний індекс 2015/К-1 лишається: його вже названо в листах і зв’язках \
             (за виправленим прізвищем він був би І-1)"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(reg.card(2015, 1)["index"], "К-1");
    // The fields are named in the card's order.
    let args = [
        "correct",
        "--lang",
        "uk",
        "К-1",
        "--email",
        "ivanenko@example.org",
        "--name",
        "Іваненко Петро Петрович",
        "--reason",
        "по батькові й пошта",
    ];
    let run = reg.run_on("2015-06-24", &args).ok();
    assert!(
        run.stdout
            .starts_with("2015/К-1: виправлено — ім’я заявника, електронна пошта;"),
        "{}",
        run.stdout
    );
    clean(&reg, "2015-06-24");
}
