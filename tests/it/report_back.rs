//! Issue #21, points 2 and 3: the contact centre's own control date kept
//! beside ours (`deadlines`, `show`, `check`'s `cc-term-differs`), and the
//! report-back file: every card sent to the centre (or gone by an exit) on
//! a day, in the centre's words and dialect, the same file on every run.

use crate::support::{demo, record, Reg};

/// The demo's cards sent to the centre, or gone by an exit, on `day`,
/// read off the card files: their contact-centre numbers.
fn left_on(reg: &Reg, day: &str) -> Vec<String> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(reg.path("cards/2015")).unwrap().flatten() {
        let c: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(e.path()).unwrap()).unwrap();
        let sent = c["sent"]["date"]
            .as_str()
            .or(c["sent"]["to_cc"].as_str())
            .or(c["exit"]["date"].as_str());
        if sent == Some(day) {
            if let Some(cc) = c["cc_number"].as_str() {
                out.push(cc.to_string());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn report_back_lists_exactly_the_days_cards_and_is_the_same_file_twice() {
    let reg = Reg { dir: demo() };
    for day in ["2015-07-09", "2015-07-14", "2015-07-16"] {
        let run = reg
            .run_on(
                "2015-07-20",
                &["report-back", "--date", day, "-o", "rb.csv"],
            )
            .ok();
        let first = std::fs::read(reg.dir.path().join("rb.csv")).unwrap();
        let text = String::from_utf8(first.clone()).unwrap();
        let mut lines = text.lines();
        assert_eq!(
            lines.next().unwrap(),
            "№ звернення;Статус;Дата відповіді;Вихідний номер;Код результату розгляду;\
             Результат розгляду;Відповідь;Скан;Результат зворотного зв'язку"
        );
        let mut ccs: Vec<String> = lines
            .map(|l| l.split(';').next().unwrap().to_string())
            .collect();
        ccs.sort();
        assert_eq!(ccs, left_on(&reg, day), "{day}\n{text}\n{}", run.stderr);
        reg.run_on(
            "2015-07-21",
            &["report-back", "--date", day, "-o", "rb.csv"],
        )
        .ok();
        assert_eq!(std::fs::read(reg.dir.path().join("rb.csv")).unwrap(), first);
    }
    // One row in full: the centre's words, its dates, the result's name.
    let out = reg
        .run_on("2015-07-20", &["report-back", "--date", "2015-07-09"])
        .ok();
    assert!(
        out.stdout.contains(
            "0101-23062015;Відповідь надано;09.07.2015;02-14/151;9.1;Вирішено позитивно;answer-applicant.txt;;Підтверджено"
        ),
        "{}",
        out.stdout
    );
}

#[test]
fn the_profiles_words_and_dialect_are_used_and_a_bad_one_is_refused() {
    let reg = Reg { dir: demo() };
    std::fs::create_dir_all(reg.path("intake")).unwrap();
    std::fs::write(
        reg.path("intake/centre.toml"),
        "[report-back]\ndelimiter = \",\"\ndate-format = \"%Y-%m-%d\"\n\
         [report-back.status]\nanswered = \"Answered\"\n",
    )
    .unwrap();
    let out = reg
        .run_on(
            "2015-07-20",
            &["report-back", "--date", "2015-07-09", "--profile", "centre"],
        )
        .ok();
    assert!(
        out.stdout
            .contains("0101-23062015,Answered,2015-07-09,02-14/151,9.1,"),
        "{}",
        out.stdout
    );
    std::fs::write(
        reg.path("intake/centre.toml"),
        "[report-back]\ndelimeter = \",\"\n",
    )
    .unwrap();
    reg.refused(
        "2015-07-20",
        &["report-back", "--profile", "centre"],
        &["intake/centre.toml", "delimeter"],
    );
}

#[test]
fn the_centres_control_date_unlike_ours_is_shown_and_listed_by_check() {
    let reg = Reg::new();
    // Received 23.06.2015, 15 days: our control date is 08.07.2015; the
    // centre says 10.07.2015.
    let mut r = record(
        "0500-23062015",
        "2015-06-23",
        serde_json::json!({"term": 15}),
    );
    r["cc_due"] = serde_json::json!("2015-07-10");
    let f = reg.file("in.json", &serde_json::json!([r]).to_string());
    reg.run_on("2015-06-23", &["register", "--from", &f]).ok();
    let card = reg.card(2015, 1);
    assert_eq!(card["term"]["cc_due"], "2015-07-10");
    assert_eq!(card["term"]["control_date"], "2015-07-08");
    let dl = reg
        .run_on("2015-06-24", &["deadlines", "--format", "json"])
        .ok()
        .json();
    assert_eq!(dl["cards"][0]["cc_due"], "2015-07-10", "{dl:#}");
    let table = reg.run_on("2015-06-24", &["deadlines"]).ok();
    assert!(
        table.stdout.contains("centre: 07-10") || table.stdout.contains("centre: 10.07"),
        "{}",
        table.stdout
    );
    let show = reg.run_on("2015-06-24", &["show", "К-1"]).ok();
    assert!(
        show.stdout.contains("differs from our control date"),
        "{}",
        show.stdout
    );
    // check lists it, and passes: a question for the centre.
    let check = reg
        .run_on("2015-06-24", &["check", "--format", "json"])
        .ok();
    let findings = check.json();
    assert_eq!(findings[0]["code"], "cc-term-differs", "{findings:#}");
    assert_eq!(findings[0]["field"], "/term/cc_due");
    // The same date as ours is no question; no date, no field on the card.
    let mut same = record(
        "0501-23062015",
        "2015-06-23",
        serde_json::json!({"term": 15}),
    );
    same["cc_due"] = serde_json::json!("08.07.2015 17:00");
    let f = reg.file("same.json", &serde_json::json!([same]).to_string());
    reg.run_on("2015-06-23", &["--lang", "en", "register", "--from", &f])
        .ok();
    let findings = reg
        .run_on("2015-06-24", &["check", "--format", "json"])
        .ok()
        .json();
    assert_eq!(findings.as_array().unwrap().len(), 1, "{findings:#}");
    let other = reg.appeal("2015-06-23", "0502-23062015");
    let n: u32 = other.rsplit('-').next().unwrap().parse().unwrap();
    assert!(reg.card(2015, n)["term"].get("cc_due").is_none());
}
