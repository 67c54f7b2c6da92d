//! Issue #15, control that tells the truth (law art. 20): an extension is
//! the head's (or his deputy's) decision before the control date passes; one
//! recorded after it says so (`--late`) and the card stays overdue in
//! `deadlines` and the report; the 45-day ceiling holds for 15-day appeals
//! too and ends on a non-working day by the register's one rule; the report
//! counts replies sent after the control date in force
//! (`answered_after_control`). Every test drives the real binary on a
//! temporary register with fixed dates and ends with a clean `check`.

use crate::support::{record, Reg, Stage, DAY};
use serde_json::{json, Value};

// ---------------------------------------------------------------- helpers

/// `extend CARD --until UNTIL --by BY --reason …`, the applicant notified
/// on `notified`, with `flags`.
fn extend<'a>(
    card: &'a str,
    until: &'a str,
    by: &'a str,
    notified: &'a str,
    flags: &[&'a str],
) -> Vec<&'a str> {
    let mut args = vec![
        "extend",
        card,
        "--until",
        until,
        "--by",
        by,
        "--reason",
        "потрібна перевірка на місці",
        "--notified",
        notified,
    ];
    args.extend_from_slice(flags);
    args
}

/// Registers the standard appeal (topic 009, maslenkov's) received on
/// `day`, with `extra` intake fields; returns its full name.
fn appeal(reg: &Reg, day: &str, cc: &str, extra: Value) -> String {
    let f = reg.file(
        &format!("{cc}.json"),
        &json!([record(cc, day, extra)]).to_string(),
    );
    let run = reg.run_on(day, &["register", "--from", &f]).ok();
    run.stdout
        .split('\t')
        .next()
        .expect("the card's name")
        .to_string()
}

/// `check` on `day`: exit 0, nothing printed.
#[track_caller]
fn clean(reg: &Reg, day: &str) {
    let run = reg.run_on(day, &["check"]).ok();
    assert_eq!(run.stdout, "", "check printed:\n{}", run.stdout);
    assert_eq!(run.stderr, "", "check said:\n{}", run.stderr);
}

/// The deadline table on `day` as JSON.
fn deadlines(reg: &Reg, day: &str) -> Value {
    reg.run_on(day, &["deadlines", "--format", "json"])
        .ok()
        .json()
}

/// The row of `card` in a deadline table.
#[track_caller]
fn row<'a>(table: &'a Value, card: &str) -> &'a Value {
    table["cards"]
        .as_array()
        .expect("cards")
        .iter()
        .find(|r| r["index"] == card)
        .unwrap_or_else(|| panic!("{card} is not in the table:\n{table:#}"))
}

/// June 2015's monitoring report drawn up on `day`, as JSON.
fn report(reg: &Reg, day: &str) -> Value {
    reg.run_on(day, &["report", "--month", "2015-06", "--format", "json"])
        .ok()
        .json()
}

/// The report's row of executor `id`.
#[track_caller]
fn executor<'a>(report: &'a Value, id: &str) -> &'a Value {
    report["by_executor"]
        .as_array()
        .expect("by_executor")
        .iter()
        .find(|r| r["id"] == id)
        .unwrap_or_else(|| panic!("no row of {id}"))
}

/// The days a dispatched card is answered, signed and sent on (the first two
/// only stand in for resolve and dispatch, done already).
fn finish_on<'a>(answer: &'a str, sign: &'a str, send: &'a str) -> [&'a str; 5] {
    [answer, answer, answer, sign, send]
}

// ------------------------------------------------------------------ tests

#[test]
fn a_late_extension_is_refused_unless_said_and_stays_overdue() {
    let reg = Reg::new();
    // Both received 23.06.2015, control date 23.07.2015.
    let late = reg.card_at(Stage::Dispatched);
    let in_time = reg.card_at(Stage::Dispatched);
    reg.run_on(
        "2015-07-20",
        &extend(&in_time, "2015-08-07", "maslenkov", "2015-07-20", &[]),
    )
    .ok();

    // The day after the control date, an extension is refused unless said
    // to be late, with the card, its control date and the way out.
    let args = extend(&late, "2015-08-07", "holova", "2015-07-24", &[]);
    reg.refused(
        "2015-07-24",
        &args,
        &[
            "card 2015/К-1's control date 2015-07-23 passed before today (2015-07-24)",
            "--late",
        ],
    );
    let mut args = extend(&late, "2015-08-07", "holova", "2015-07-24", &["--late"]);
    let run = reg.run_on("2015-07-24", &args).ok();
    assert_eq!(
        run.stderr,
        "warning: the term of 2015/К-1 is extended after its control date 2015-07-23 passed: the card stays counted as overdue from 2015-07-23 (law art. 20); 'appeals deadlines' marks 2015/К-1 as extended late\n"
    );
    // Recorded as late on the extension and in the history; the new date
    // is the one to work to.
    let card = reg.card(2015, 1);
    assert_eq!(card["term"]["extensions"][0]["late"], json!(true));
    assert_eq!(card["term"]["control_date"], "2015-08-07");
    let step = card["history"].as_array().expect("history").last().cloned();
    assert_eq!(
        step.expect("a step")["data"],
        json!({"by": "holova", "from": "2015-07-23", "late": true,
               "notified": "2015-07-24", "reason": "потрібна перевірка на місці",
               "until": "2015-08-07"})
    );
    // The extension in time has no `late` key at all: its bytes are as before.
    let text = std::fs::read_to_string(reg.path("cards/2015/000002.json")).expect("card");
    assert!(!text.contains("\"late\": true"), "{text}");
    assert!(
        !text.contains("\"late\": false,\n      \"notified\""),
        "{text}"
    );
    // Run again as it was: done already, nothing written.
    let before = reg.snapshot();
    args = extend(&late, "2015-08-07", "holova", "2015-07-24", &["--late"]);
    let run = reg.run_on("2015-07-24", &args).ok();
    assert_eq!(
        run.stderr,
        "already done: 2015/К-1 is extended so already; nothing was written\n"
    );
    assert!(reg.snapshot() == before);
    clean(&reg, "2015-07-24");

    // On Monday 27.07 the late one is overdue, counted from 23.07, and
    // marked; the one extended in time is on time.
    let table = deadlines(&reg, "2015-07-27");
    let r = row(&table, &late);
    assert_eq!(
        (
            &r["state"],
            &r["control_date"],
            &r["working_days_left"],
            &r["extended_late"],
            &r["missed_control_date"]
        ),
        (
            &json!("overdue"),
            &json!("2015-08-07"),
            &json!(-2),
            &json!(true),
            &json!("2015-07-23")
        )
    );
    let r = row(&table, &in_time);
    assert_eq!(
        (&r["state"], &r["extended_late"], &r["missed_control_date"]),
        (&json!("on_time"), &json!(false), &Value::Null)
    );
    assert_eq!(table["counts"]["overdue"], 1);
    let text = reg
        .run_on("2015-07-27", &["deadlines", "--lang", "uk"])
        .ok()
        .stdout;
    let line = text
        .lines()
        .find(|l| l.contains("2015/К-1 "))
        .expect("К-1's row");
    assert!(
        line.contains("прострочено")
            && line.contains("продовжено після контрольного терміну 23.07.2015"),
        "{text}"
    );
    let csv = reg
        .run_on("2015-07-27", &["deadlines", "--format", "csv"])
        .ok()
        .stdout;
    assert!(csv
        .lines()
        .next()
        .expect("header")
        .contains(",extended_late,missed_control_date"));
    assert!(
        csv.lines()
            .any(|l| l.starts_with("2015/К-1,") && l.contains(",true,2015-07-23,")),
        "{csv}"
    );

    // The report counts it overdue too, for its executor and coordinator.
    let r = report(&reg, "2015-07-27");
    assert_eq!(r["totals"]["overdue"], 1);
    assert_eq!(executor(&r, "dzhkg")["open_overdue"], 1);
    assert_eq!(r["by_coordinator"][0]["open_overdue"], 1);
    // And on the new control date's eve it still is.
    let r = report(&reg, "2015-08-06");
    assert_eq!(r["totals"]["overdue"], 1);
    assert_eq!(deadlines(&reg, "2015-08-06")["counts"]["overdue"], 1);

    // Both answered and sent on 30.07: the late one's reply came after the
    // control date that passed, the other's before its extended one.
    for card in [&late, &in_time] {
        reg.walk(card)
            .days(&finish_on("2015-07-28", "2015-07-29", "2015-07-30"))
            .to(Stage::Sent);
    }
    let r = report(&reg, "2015-08-10");
    assert_eq!(r["totals"]["answered_after_control"], 1);
    assert_eq!(r["totals"]["overdue"], 0);
    assert_eq!(
        r["totals"]["answered_late"], 0,
        "the executors were in time"
    );
    clean(&reg, "2015-08-10");
}

#[test]
fn only_the_head_or_his_deputy_extends() {
    let reg = Reg::new();
    let k1 = reg.card_at(Stage::Dispatched);
    let k2 = reg.card_at(Stage::Dispatched);
    for by in ["dzhkg", "zarichenko"] {
        reg.refused(
            "2015-07-10",
            &extend(&k1, "2015-08-07", by, "2015-07-10", &[]),
            &[
                &format!("--by {by}: {by} is"),
                "neither the head nor his deputy",
                "holova",
            ],
        );
    }
    reg.refused(
        "2015-07-10",
        &extend(&k1, "2015-08-07", "holov", "2015-07-10", &[]),
        &["no head or coordinator \"holov\"", "did you mean holova"],
    );
    // The head, and a coordinator (his deputy), are both heard.
    reg.run_on(
        "2015-07-10",
        &extend(&k1, "2015-08-07", "holova", "2015-07-10", &[]),
    )
    .ok();
    reg.run_on(
        "2015-07-10",
        &extend(&k2, "2015-08-05", "kytaiev", "2015-07-10", &[]),
    )
    .ok();
    assert_eq!(reg.card(2015, 1)["term"]["extensions"][0]["by"], "holova");
    assert_eq!(reg.card(2015, 2)["term"]["extensions"][0]["by"], "kytaiev");
    let shown = reg.run_on("2015-07-10", &["show", &k1]).ok().stdout;
    assert!(shown.contains("(Міський голова (holova))"), "{shown}");
    clean(&reg, "2015-07-10");
}

#[test]
fn a_15_day_appeal_may_be_extended_straight_to_45_days() {
    // Law art. 20 gives one total term for every appeal: 45 days from
    // receipt, whether it was given 15 days or a month (README, "Terms and
    // extensions"). Received 23.06.2015 with 15 days: control date 08.07.
    let reg = Reg::new();
    let card = appeal(&reg, DAY, "short-1", json!({"term": 15}));
    reg.walk(&card).to(Stage::Dispatched);
    assert_eq!(reg.card(2015, 1)["term"]["control_date"], "2015-07-08");
    reg.refused(
        "2015-07-01",
        &extend(&card, "2015-08-08", "holova", "2015-07-01", &[]),
        &["would run 46 days from receipt", "2015-08-07"],
    );
    reg.run_on(
        "2015-07-01",
        &extend(&card, "2015-08-07", "holova", "2015-07-01", &[]),
    )
    .ok();
    let term = reg.card(2015, 1)["term"].clone();
    assert_eq!(
        (&term["days"], &term["control_date"], &term["executor_due"]),
        (&json!(15), &json!("2015-08-07"), &json!("2015-08-06"))
    );
    let r = row(&deadlines(&reg, "2015-07-20"), &card).clone();
    assert_eq!(
        (&r["state"], &r["extended_late"]),
        (&json!("on_time"), &json!(false))
    );
    clean(&reg, "2015-07-20");
}

#[test]
fn a_ceiling_on_a_holiday_ends_by_the_rule_of_the_base_term() {
    // Received Friday 10.07.2015 (control date Monday 10.08): day 45 is
    // Monday 24.08.2015, Independence Day.
    let reg = Reg::new();
    let calendar = reg.run_on(DAY, &["calendar", "2015"]).ok().stdout;
    assert!(
        calendar
            .lines()
            .any(|l| l.contains("2015-08-24") && l.contains("День незалежності")),
        "the fixture's calendar:\n{calendar}"
    );
    let k1 = appeal(&reg, "2015-07-10", "ind-1", json!({}));
    let k2 = appeal(&reg, "2015-07-10", "ind-2", json!({}));
    let k3 = appeal(&reg, "2015-07-10", "ind-3", json!({}));
    for card in [&k1, &k2, &k3] {
        reg.walk(card)
            .days(&["2015-07-13", "2015-07-14"])
            .to(Stage::Dispatched);
    }
    let day = "2015-07-20";

    // `next` (the default): a base term moves forward off a day off, but the
    // ceiling can't (Tuesday 25.08 is day 46): it ends on Friday 21.08.
    reg.refused(
        day,
        &extend(&k1, "2015-08-24", "holova", day, &[]),
        &[
            "day 45 from receipt (2015-07-10) of card 2015/К-1 is not a working day",
            "terms.non_working = \"next\"",
            "2015-08-21",
        ],
    );
    reg.refused(
        day,
        &extend(&k1, "2015-08-25", "holova", day, &[]),
        &["would run 46 days from receipt"],
    );
    reg.run_on(day, &extend(&k1, "2015-08-21", "holova", day, &[]))
        .ok();
    let explained = reg.run_on(day, &["explain", &k1]).ok().stdout;
    assert!(
        explained.contains("latest control date allowed: 2015-08-21 (Friday)"),
        "{explained}"
    );
    clean(&reg, day);

    // `previous`: the same day.
    set_policy(&reg, "previous");
    reg.refused(
        day,
        &extend(&k2, "2015-08-24", "holova", day, &[]),
        &["terms.non_working = \"previous\"", "2015-08-21"],
    );
    reg.run_on(day, &extend(&k2, "2015-08-21", "holova", day, &[]))
        .ok();
    clean(&reg, day);

    // `keep`: a base term stays on a day off, and so does the ceiling.
    set_policy(&reg, "keep");
    reg.run_on(day, &extend(&k3, "2015-08-24", "holova", day, &[]))
        .ok()
        .stderr_has("warning: the new control date 2015-08-24 is not a working day");
    assert_eq!(reg.card(2015, 3)["term"]["control_date"], "2015-08-24");
    clean(&reg, day);

    // What `check` says of an extension past the ceiling once the rule
    // moves it back: К-3's 24.08 under `next`.
    set_policy(&reg, "next");
    let run = reg.run_on(day, &["check", "--format", "json"]).fails();
    let found: Vec<(String, String)> = run
        .json()
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap_or_default().to_string(),
                f["field"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [(
            "extension-over-max".to_string(),
            "/term/extensions/0/until".to_string()
        )],
        "{}",
        run.stdout
    );
}

/// Sets `terms.non_working` in the register's settings.
fn set_policy(reg: &Reg, policy: &str) {
    let path = reg.path("register.toml");
    let text = std::fs::read_to_string(&path).expect("register.toml");
    let line = text
        .lines()
        .find(|l| l.starts_with("non_working = "))
        .expect("the setting")
        .to_string();
    std::fs::write(
        &path,
        text.replace(&line, &format!("non_working = \"{policy}\"")),
    )
    .expect("write");
}

#[test]
fn answered_after_control_counts_replies_after_the_control_date_in_force() {
    let reg = Reg::new();
    // All received 23.06.2015, control date 23.07.2015.
    // К-1: sent 22.07, before it.
    let before = reg.card_at(Stage::Sent);
    // К-2: sent 24.07, after it.
    let after = reg.card_at(Stage::Dispatched);
    reg.walk(&after)
        .days(&finish_on("2015-07-22", "2015-07-23", "2015-07-24"))
        .to(Stage::Sent);
    // К-3: sent to the contact centre on 24.07, mailed to the applicant on
    // 23.07: the applicant's date counts.
    let mailed = reg.card_at(Stage::Dispatched);
    reg.walk(&mailed)
        .days(&finish_on("2015-07-22", "2015-07-23", "2015-07-23"))
        .to(Stage::Signed);
    reg.run_on("2015-07-24", &["send", &mailed, "--posted", "2015-07-23"])
        .ok();
    // К-4: extended in time to 07.08, sent 30.07: within its term.
    let extended = reg.card_at(Stage::Dispatched);
    reg.run_on(
        "2015-07-20",
        &extend(&extended, "2015-08-07", "maslenkov", "2015-07-20", &[]),
    )
    .ok();
    reg.walk(&extended)
        .days(&finish_on("2015-07-28", "2015-07-29", "2015-07-30"))
        .to(Stage::Sent);
    assert_eq!(
        [1, 2, 3, 4].map(|n| reg.card(2015, n)["sent"].clone()),
        [
            json!({"posted": "2015-07-22", "to_cc": "2015-07-22", "scan": null, "number": null, "date": null}),
            json!({"posted": "2015-07-24", "to_cc": "2015-07-24", "scan": null, "number": null, "date": null}),
            json!({"posted": "2015-07-23", "to_cc": "2015-07-24", "scan": null, "number": null, "date": null}),
            json!({"posted": "2015-07-30", "to_cc": "2015-07-30", "scan": null, "number": null, "date": null}),
        ],
        "{before} {after} {mailed} {extended}"
    );

    let r = report(&reg, "2015-08-10");
    assert_eq!(r["totals"]["answered_after_control"], 1);
    assert_eq!(executor(&r, "dzhkg")["answered_after_control"], 1);
    assert_eq!(r["by_coordinator"][0]["answered_after_control"], 1);
    // Beside the executor's own lateness, which is another measure: К-2's
    // package came on its due date.
    assert_eq!(r["totals"]["answered_late"], 0);
    // In the table and the CSV too.
    let table = reg
        .run_on(
            "2015-08-10",
            &["--lang", "uk", "report", "--month", "2015-06"],
        )
        .ok()
        .stdout;
    assert!(
        table
            .lines()
            .any(|l| l.contains("│ Відповідь заявнику після контрольного ") && l.contains("│ 1 ")),
        "{table}"
    );
    let csv = reg
        .run_on(
            "2015-08-10",
            &["report", "--month", "2015-06", "--format", "csv"],
        )
        .ok()
        .stdout;
    assert!(
        csv.lines().any(|l| l.starts_with(
            "totals,,answered_after_control,,,Відповідь заявнику після контрольного терміну,1,"
        )),
        "{csv}"
    );
    clean(&reg, "2015-08-10");
}

/// Issue #19: the applicant can't have been told of an extension before it
/// was made: `extend --notified` before it is refused, naming the flag and
/// both dates, and nothing is written (as `notify --on` before it is).
#[test]
fn a_notification_before_the_extension_is_refused() {
    let reg = Reg::new();
    let card = appeal(&reg, DAY, "n-1", json!({}));
    reg.walk(&card).days(&["2015-06-24"]).to(Stage::Resolved);
    let before = reg.snapshot();
    reg.refused(
        "2015-07-10",
        &extend(&card, "2015-08-06", "maslenkov", "2015-07-09", &[]),
        &["--notified 2015-07-09 is before the extension was made (2015-07-10)"],
    );
    assert_eq!(reg.snapshot(), before);
    let mut args = extend(&card, "2015-08-06", "maslenkov", "2015-07-10", &[]);
    args.truncate(args.len() - 2);
    reg.run_on("2015-07-10", &args).ok();
    reg.refused(
        "2015-07-13",
        &["notify", &card, "--on", "2015-07-09"],
        &["--on 2015-07-09 is before the extension was recorded (2015-07-10)"],
    );
    reg.run_on("2015-07-13", &["notify", &card, "--on", "2015-07-13"])
        .ok();
    clean(&reg, "2015-07-13");
}
