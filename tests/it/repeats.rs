//! Repeated, duplicate, multiple, mass, collective and anonymous appeals
//! (the order's points 9–10; Classifier section 2).

use crate::support::{quality, record, Reg, Stage};
use serde_json::json;

fn one(
    reg: &Reg,
    day: &str,
    cc: &str,
    extra: serde_json::Value,
    args: &[&str],
) -> crate::support::Run {
    let f = reg.file(
        &format!("{cc}.json"),
        &json!([record(cc, day, extra)]).to_string(),
    );
    let mut all = vec!["register", "--from", f.as_str()];
    all.extend_from_slice(args);
    reg.run_on(day, &all)
}

/// The sign of receipt follows from every earlier appeal of the applicant
/// on the question (SPEC §5; `src/model/repeat.rs`). Two questions of one
/// applicant: street lighting (009), where К-1 is answered twice with the
/// applicant dissatisfied, and housing (010), asked twice while the first
/// is open.
#[test]
fn signs_of_receipt_follow_one_applicants_history() {
    let reg = Reg::new();
    // First appeal: primary.
    one(&reg, "2015-06-23", "a1", json!({}), &[]).ok();
    assert_eq!(reg.card(2015, 1)["classification"]["sign"], "2.1");
    // Another question: primary too, and no hint.
    let run = one(
        &reg,
        "2015-06-25",
        "a2",
        json!({"form": "1.1", "topics": ["010"]}),
        &[],
    )
    .ok();
    assert!(!run.stderr.contains("hint:"), "{}", run.stderr);
    assert_eq!(reg.card(2015, 2)["classification"]["sign"], "2.1");
    // The same question again while the first is open: a hint only...
    let before = reg.snapshot();
    one(
        &reg,
        "2015-06-26",
        "a3",
        json!({"topics": ["010"]}),
        &["--dry-run"],
    )
    .ok()
    .stderr_has("hint: 2015/К-3: the applicant has earlier appeals on this question: 2015/К-2");
    assert!(reg.snapshot() == before, "a dry run wrote");
    // ...and with --link-matches a duplicate (2.3) linked both ways.
    one(
        &reg,
        "2015-06-26",
        "a3",
        json!({"topics": ["010"]}),
        &["--link-matches"],
    )
    .ok()
    .stderr_has("2015/К-3: linked to 2015/К-2");
    let k3 = reg.card(2015, 3);
    assert_eq!(k3["classification"]["sign"], "2.3");
    assert_eq!(k3["links"]["repeat_of"], "2015/К-2");
    assert_eq!(k3["links"]["earlier"], json!(["2015/К-2"]));
    assert_eq!(reg.card(2015, 2)["links"]["later"], json!(["2015/К-3"]));
    // The first is answered; the applicant is not satisfied; the next appeal on
    // its question is linked without being asked and is repeated (2.2).
    reg.walk("2015/К-1")
        .on("2015-07-10")
        .result("9.3")
        .quality(&quality("no", 4))
        .to(Stage::Sent);
    one(&reg, "2015-07-20", "a4", json!({}), &[])
        .ok()
        .stderr_has("2015/К-4: linked to 2015/К-1");
    let k4 = reg.card(2015, 4);
    assert_eq!(k4["classification"]["sign"], "2.2");
    assert_eq!(k4["links"]["earlier"], json!(["2015/К-1"]));
    // Answered again, still dissatisfied: the third appeal on the question is
    // multiple (2.4), linked to the latest and listing both.
    reg.walk("2015/К-4")
        .on("2015-08-03")
        .result("9.3")
        .quality(&quality("no", 4))
        .to(Stage::Sent);
    one(&reg, "2015-08-20", "a5", json!({}), &[])
        .ok()
        .stderr_has("2015/К-5: linked to 2015/К-4");
    let k5 = reg.card(2015, 5);
    assert_eq!(k5["classification"]["sign"], "2.4");
    assert_eq!(k5["links"]["repeat_of"], "2015/К-4");
    assert_eq!(k5["links"]["earlier"], json!(["2015/К-1", "2015/К-4"]));
    assert_eq!(reg.card(2015, 1)["links"]["later"], json!(["2015/К-4"]));
    assert_eq!(reg.card(2015, 4)["links"]["later"], json!(["2015/К-5"]));
    // `show` carries the mark and the earlier appeals, and flags the
    // dissatisfied applicant.
    reg.run_on("2015-08-20", &["show", "--lang", "uk", "2015/К-5"])
        .ok()
        .stdout_has("Гриф")
        .stdout_has("«неодноразове»")
        .stdout_has("Попередні з питання   2015/К-1, 2015/К-4");
    reg.run_on("2015-08-20", &["show", "--lang", "uk", "2015/К-4"])
        .ok()
        .stdout_has("заявник незадоволений");
    // The chain reads both ways, and `related` lists the applicant's
    // appeals, each with its sign and its link to this one.
    let rel = reg
        .run_on("2015-08-20", &["related", "2015/К-5", "--format", "json"])
        .ok()
        .json();
    let rows: Vec<(String, String, String, bool)> = rel
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["card"].as_str().unwrap().to_string(),
                r["sign"].as_str().unwrap().to_string(),
                r["link"].as_str().unwrap_or("").to_string(),
                r["same_question"].as_bool().unwrap(),
            )
        })
        .collect();
    let row = |c: &str, s: &str, l: &str, q| (c.to_string(), s.to_string(), l.to_string(), q);
    assert_eq!(
        rows,
        [
            row("2015/К-1", "2.1", "earlier", true),
            row("2015/К-2", "2.1", "", false),
            row("2015/К-3", "2.3", "", false),
            row("2015/К-4", "2.2", "repeat_of", true),
        ]
    );
    // A sign that contradicts the link is refused: К-6 would repeat К-1,
    // К-4 and К-5, the latest still open.
    one(
        &reg,
        "2015-08-21",
        "a7",
        json!({"sign": "2.2", "repeat_of": "2015/К-5"}),
        &[],
    )
    .fails()
    .stderr_has("field `sign`: 2.2 contradicts the link to 2015/К-5 (still open): the sign is 2.4");
    reg.run_on("2015-08-21", &["check"]).ok();
}

#[test]
fn an_explicit_repeat_of_an_unknown_card_is_refused() {
    let reg = Reg::new();
    let before = reg.snapshot();
    one(
        &reg,
        "2015-06-23",
        "b1",
        json!({"repeat_of": "2015/К-77"}),
        &[],
    )
    .fails()
    .stderr_has("field `repeat_of`: no card 2015/К-77 in 2015");
    assert_eq!(before, reg.snapshot());
}

#[test]
fn collective_mass_and_anonymous_appeals() {
    let reg = Reg::new();
    one(
        &reg,
        "2015-06-23",
        "c1",
        json!({"name": "Іванова Олена", "signatories": 23}),
        &[],
    )
    .ok()
    .stdout_has("2015/КО-1");
    let c = reg.card(2015, 1);
    assert_eq!(c["classification"]["subject"], "5.2");
    assert_eq!(c["applicant"]["signatories"], 23);
    one(
        &reg,
        "2015-06-23",
        "c2",
        json!({"mass": true, "name": "Петренко Ігор"}),
        &[],
    )
    .ok();
    assert_eq!(reg.card(2015, 2)["classification"]["sign"], "2.5");
    // Anonymous under the default policy (consider): registered БП- and open.
    one(
        &reg,
        "2015-06-23",
        "c3",
        json!({"name": null, "gender": null, "phone": null}),
        &[],
    )
    .ok()
    .stdout_has("2015/БП-3");
    let c = reg.card(2015, 3);
    assert_eq!(c["status"], "registered");
    assert_eq!(c["classification"]["subject"], "5.3");
}

#[test]
fn anonymous_appeals_closed_at_once_under_no_consideration() {
    let reg = Reg::new();
    let p = reg.path("register.toml");
    let text = std::fs::read_to_string(&p)
        .unwrap()
        .replace("policy = \"consider\"", "policy = \"no-consideration\"");
    std::fs::write(&p, text).unwrap();
    one(
        &reg,
        "2015-06-23",
        "d1",
        json!({"name": null, "gender": null}),
        &[],
    )
    .ok();
    let c = reg.card(2015, 1);
    // Declined under art. 8 by the register's policy on registration;
    // telling the contact centre is the clerk's, not claimed done.
    assert_eq!(c["status"], "declined");
    assert!(c["exit"]["reason"].as_str().unwrap().contains("ст. 8"));
    assert_eq!(c["exit"]["ground"], "art8-anonymous");
    assert_eq!(c["exit"]["by"], "anonymous.policy");
    assert_eq!(c["closed"], json!(null));
    assert_eq!(c["history"][1]["action"], "decline");
    assert_eq!(c["history"][1]["data"].get("contact_centre_informed"), None);
    // A named appeal is not affected.
    one(&reg, "2015-06-23", "d2", json!({}), &[]).ok();
    assert_eq!(reg.card(2015, 2)["status"], "registered");
}

#[test]
fn the_applicant_index_is_rebuilt_when_the_cards_change_behind_it() {
    let reg = Reg::new();
    one(&reg, "2015-06-23", "e1", json!({}), &[]).ok();
    // A card copied in by hand (as after a git pull) is found next time.
    let mut c = reg.card(2015, 1);
    c["number"] = json!(2);
    c["index"] = json!("К-2");
    c["cc_number"] = json!("e2");
    c["history"][0]["data"]["cc_number"] = json!("e2");
    std::fs::write(
        reg.path("cards/2015/000002.json"),
        serde_json::to_string_pretty(&c).unwrap() + "\n",
    )
    .unwrap();
    one(
        &reg,
        "2015-06-24",
        "e3",
        json!({"received": "2015-06-24"}),
        &[],
    )
    .ok()
    .stderr_has("earlier appeals on this question: 2015/К-1, 2015/К-2");
}

/// The rows the law leaves open are `register.toml`'s `[repeats]`: with
/// `multiple_after = 3` two earlier appeals make a repeat 2.2, not 2.4,
/// and with `open_earlier = "repeated"` an appeal while the earlier one is
/// open in its term is 2.2, not 2.3.
#[test]
fn the_councils_settings_decide_the_open_rows_of_the_rule() {
    let reg = Reg::new();
    let p = reg.path("register.toml");
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(text.contains("multiple_after = 2\nopen_earlier = \"duplicate\"\n"));
    std::fs::write(
        &p,
        text.replace(
            "multiple_after = 2\nopen_earlier = \"duplicate\"\n",
            "multiple_after = 3\nopen_earlier = \"repeated\"\n",
        ),
    )
    .unwrap();
    one(&reg, "2015-06-23", "s1", json!({}), &[]).ok();
    one(&reg, "2015-06-25", "s2", json!({}), &["--link-matches"]).ok();
    assert_eq!(reg.card(2015, 2)["classification"]["sign"], "2.2");
    one(&reg, "2015-06-26", "s3", json!({}), &["--link-matches"]).ok();
    let c = reg.card(2015, 3);
    assert_eq!(c["classification"]["sign"], "2.2");
    assert_eq!(c["links"]["earlier"], json!(["2015/К-1", "2015/К-2"]));
    one(&reg, "2015-06-29", "s4", json!({}), &["--link-matches"]).ok();
    assert_eq!(reg.card(2015, 4)["classification"]["sign"], "2.4");
    let run = reg.run_on("2015-06-29", &["check"]).ok();
    assert_eq!((run.stdout.as_str(), run.stderr.as_str()), ("", ""));
    // `check` decides by the same settings: under the defaults the same
    // cards are wrong.
    std::fs::write(&p, text).unwrap();
    let run = reg
        .run_on("2015-06-29", &["check", "--format", "json"])
        .fails();
    let found: Vec<(String, String)> = run
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["file"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let at = |n: u32| {
        (
            "sign-mismatch".to_string(),
            format!("cards/2015/00000{n}.json"),
        )
    };
    assert_eq!(found, [at(2), at(3)]);
}

/// A record's `repeat_of` names an earlier appeal: one received after the
/// record is refused, as `link` refuses it, and nothing is written.
#[test]
fn an_explicit_repeat_of_a_later_appeal_is_refused() {
    let reg = Reg::new();
    one(&reg, "2015-06-23", "l1", json!({}), &[]).ok();
    let before = reg.snapshot();
    one(
        &reg,
        "2015-06-23",
        "l2",
        json!({"received": "2015-06-22", "repeat_of": "2015/К-1"}),
        &["--late-reason", "надійшло поштою із запізненням"],
    )
    .fails()
    .stderr_has("field `repeat_of`");
    assert!(reg.snapshot() == before);
}
