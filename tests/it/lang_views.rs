//! The views speak Ukrainian by default and English under `--lang en`:
//! deadlines, list, calendar, explain, log, show, related, people and the
//! printout of remind (issue #16). JSON and CSV are the same in both
//! languages. What no source confirms (a Classifier code, a calendar day)
//! is marked `*` with a footnote.

use crate::support::*;
use serde_json::json;

/// Thursday 23 July 2015.
const TODAY: &str = "2015-07-23";

/// Three appeals on [`TODAY`]: К-1 overdue (15 days from 08.06), К-2 due
/// today and dispatched to dzhkg, К-3 on time; the day off of 29.06.2015
/// marked unconfirmed in the register's calendar, and so is 08.01.2016.
fn fixture() -> Reg {
    let reg = Reg::new();
    for (cc, day, term) in [
        ("d-1", "2015-06-08", 15),
        ("d-2", "2015-06-23", 30),
        ("d-3", "2015-07-01", 30),
    ] {
        let f = reg.file(
            &format!("{cc}.json"),
            &json!([record(cc, day, json!({"term": term}))]).to_string(),
        );
        reg.run_on(day, &["register", "--from", &f]).ok();
        if cc == "d-2" {
            reg.walk("2015/К-2").to(Stage::Dispatched);
        }
    }
    unconfirm(&reg, "2015-06-29");
    unconfirm(&reg, "2016-01-08");
    reg
}

/// Marks a day of the register's calendar unconfirmed.
fn unconfirm(reg: &Reg, date: &str) {
    let path = reg.path("calendar.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let at = text
        .find(&format!("date = {date}"))
        .unwrap_or_else(|| panic!("{date} in calendar.toml"));
    let end = at + text[at..].find("status = \"confirmed\"").unwrap();
    let mut out = text[..end].to_string();
    out.push_str("status = \"unconfirmed\"");
    out.push_str(&text[end + "status = \"confirmed\"".len()..]);
    std::fs::write(&path, out).unwrap();
}

/// The roster's ids: Latin, but names for machines, not words.
fn ids(reg: &Reg) -> Vec<String> {
    fn collect(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                if let Some(id) = m.get("id").and_then(|x| x.as_str()) {
                    out.push(id.to_string());
                }
                m.values().for_each(|x| collect(x, out));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
            _ => {}
        }
    }
    let j = reg
        .run_on(TODAY, &["people", "--format", "json"])
        .ok()
        .json();
    let mut out = vec!["zarichenko".to_string()];
    collect(&j, &mut out);
    out
}

/// Runs a view in Ukrainian and returns stdout and stderr together.
fn uk(reg: &Reg, args: &[&str]) -> String {
    let mut all = args.to_vec();
    all.extend(["--lang", "uk"]);
    let run = reg.run_on(TODAY, &all).ok();
    format!("{}{}", run.stdout, run.stderr)
}

#[test]
fn the_views_have_no_english_words_in_ukrainian() {
    let reg = fixture();
    let ids = ids(&reg);
    for args in [
        &["deadlines"][..],
        &["list"],
        &["list", "--personal"],
        &["calendar", "2015"],
        &["calendar", "2016"],
        &["explain", "К-1"],
        &["explain", "К-2"],
        &["log", "К-2"],
        &["show", "К-1"],
        &["show", "К-2"],
        &["related", "К-2"],
        &["people"],
    ] {
        let text = uk(&reg, args);
        let foreign: Vec<String> = latin_words(&text)
            .into_iter()
            .filter(|w| !ids.contains(w))
            .collect();
        assert!(foreign.is_empty(), "{args:?}: {foreign:?}\n{text}");
    }
}

#[test]
fn with_no_language_set_the_deadlines_are_ukrainian() {
    let reg = fixture();
    let out = appeals_unset()
        .current_dir(reg.root().parent().unwrap())
        .args(["-R", "reg", "--today", TODAY, "deadlines"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(stdout.contains("прострочено: 1, сьогодні: 1"), "{stdout}");
    assert!(
        latin_words(&stdout).iter().all(|w| w == "dzhkg"),
        "{stdout}"
    );
}

#[test]
fn deadlines_in_both_languages() {
    let reg = fixture();
    insta::assert_snapshot!("deadlines_uk", uk(&reg, &["deadlines"]));
    insta::assert_snapshot!(
        "deadlines_en",
        reg.run_on(TODAY, &["deadlines", "--lang", "en"])
            .ok()
            .stdout
    );
}

#[test]
fn explain_in_both_languages_names_the_unconfirmed_day() {
    let reg = fixture();
    // К-2's count runs from 23.06 to 23.07, over the day off of 29.06.
    let text = uk(&reg, &["explain", "К-2"]);
    assert!(
        text.contains("увага: день 29.06.2015 (понеділок) у календарі не підтверджено джерелом;"),
        "{text}"
    );
    assert!(
        text.contains("* — день не підтверджено джерелом; див. calendar.toml"),
        "{text}"
    );
    insta::assert_snapshot!("explain_uk", text);
    insta::assert_snapshot!(
        "explain_en",
        reg.run_on(TODAY, &["explain", "К-2", "--lang", "en"])
            .ok()
            .stdout
    );
}

#[test]
fn calendar_in_both_languages_marks_the_unconfirmed_day() {
    let reg = fixture();
    let text = uk(&reg, &["calendar", "2016"]);
    assert!(text.contains("08.01.2016 *"), "{text}");
    assert!(
        text.contains("* — день не підтверджено джерелом; див. calendar.toml"),
        "{text}"
    );
    insta::assert_snapshot!("calendar_2016_uk", text);
    insta::assert_snapshot!(
        "calendar_2016_en",
        reg.run_on(TODAY, &["calendar", "2016", "--lang", "en"])
            .ok()
            .stdout
    );
}

#[test]
fn an_unconfirmed_code_is_marked_in_show_and_list() {
    let reg = fixture();
    // 8.1 and 009 are not confirmed in the 2015 edition's classifier.toml;
    // 4.1 and 1.4 are.
    let show = uk(&reg, &["show", "К-1"]);
    assert!(show.contains("  009 Комунальне господарство *\n"), "{show}");
    assert!(show.contains("  4.1 Чоловіча\n"), "{show}");
    assert_eq!(
        show.matches("* — код класифікатора не підтверджено першоджерелом; див. classifier.toml")
            .count(),
        1,
        "{show}"
    );
    let list = uk(&reg, &["list"]);
    assert!(list.contains("│ 009*"), "{list}");
    assert!(
        list.contains("* — код класифікатора не підтверджено першоджерелом; див. classifier.toml"),
        "{list}"
    );
    let en = reg
        .run_on(TODAY, &["show", "К-1", "--lang", "en"])
        .ok()
        .stdout;
    assert!(en.contains("  009 Комунальне господарство *\n"), "{en}");
    assert!(
        en.contains("* — Classifier code not confirmed by the primary source; see classifier.toml"),
        "{en}"
    );
}

#[test]
fn a_control_date_counted_over_an_unconfirmed_day_is_marked() {
    let reg = fixture();
    // К-2: 23.06 to 23.07, over 29.06; К-1 (08.06 to 23.06) is not.
    let show = uk(&reg, &["show", "К-2"]);
    assert!(show.contains("  23.07.2015 *\n"), "{show}");
    assert!(
        show.contains("\n* — день не підтверджено джерелом; див. calendar.toml\n"),
        "{show}"
    );
    let show = uk(&reg, &["show", "К-1"]);
    assert!(!show.contains("день не підтверджено"), "{show}");
    let table = uk(&reg, &["deadlines"]);
    let row = |card: &str| {
        table
            .lines()
            .find(|l| l.contains(card))
            .unwrap_or_else(|| panic!("{card} in\n{table}"))
            .to_string()
    };
    assert!(row("2015/К-2").contains("│ 23.07.2015 *"), "{table}");
    assert!(!row("2015/К-1").contains('*'), "{table}");
}

#[test]
fn machine_outputs_are_the_same_in_both_languages() {
    let reg = fixture();
    for args in [
        &["deadlines", "--format", "json"][..],
        &["deadlines", "--format", "csv"],
        &["list", "--format", "json"],
        &["list", "--format", "csv"],
        &["calendar", "2016", "--format", "json"],
        &["calendar", "2016", "--format", "csv"],
        &["show", "К-2", "--format", "json"],
        &["log", "К-2", "--format", "json"],
        &["related", "К-2", "--format", "csv"],
        &["people", "--format", "csv"],
    ] {
        let run = |lang: &str| {
            let mut all = args.to_vec();
            all.extend(["--lang", lang]);
            reg.run_on(TODAY, &all).ok().stdout
        };
        assert_eq!(run("uk"), run("en"), "{args:?}");
    }
}

#[test]
fn show_and_log_read_in_english_when_asked() {
    let reg = fixture();
    let show = reg
        .run_on(TODAY, &["show", "К-2", "--lang", "en"])
        .ok()
        .stdout;
    assert!(
        show.starts_with("REGISTRATION AND CONTROL CARD 2015/К-2\n"),
        "{show}"
    );
    assert!(show.contains("  Status  "), "{show}");
    assert!(show.contains("dispatched to the executor"), "{show}");
    assert!(show.contains("\nHistory:\n"), "{show}");
    let log = reg
        .run_on(TODAY, &["log", "К-2", "--lang", "en"])
        .ok()
        .stdout;
    assert!(log.contains("│ 2015-06-24 │ resolution │"), "{log}");
    assert!(
        log.contains("coordinator maslenkov; executors dzhkg"),
        "{log}"
    );
    let uk_log = uk(&reg, &["log", "К-2"]);
    assert!(uk_log.contains("│ 24.06.2015 │ резолюція  │"), "{uk_log}");
    assert!(
        uk_log.contains("координатор maslenkov; виконавці dzhkg"),
        "{uk_log}"
    );
}

#[test]
fn a_card_through_every_step_reads_in_ukrainian() {
    let reg = Reg::in_git();
    let card = reg.card_at(Stage::Sent);
    // The commits' author is git's identity of the test repository.
    let mut ids = ids(&reg);
    ids.push("clerk".to_string());
    for args in [&["show", &card][..], &["log", &card]] {
        // The commits' messages are git's record, not the program's words.
        let text: String = uk(&reg, args)
            .lines()
            .map(|l| {
                let mut cells: Vec<&str> = l.split('│').collect();
                if cells.len() == 7 && !l.contains("│ дата       │ крок") {
                    cells.remove(4);
                }
                cells.join("│") + "\n"
            })
            .collect();
        let foreign: Vec<String> = latin_words(&text)
            .into_iter()
            .filter(|w| !ids.contains(w))
            .collect();
        assert!(foreign.is_empty(), "{args:?}: {foreign:?}\n{text}");
    }
}
