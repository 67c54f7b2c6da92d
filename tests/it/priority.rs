//! Issue #15, point 3, end to end: appeals considered first (law art. 20,
//! applicants with statutory benefits) and by the head personally (arts.
//! 14–15), by the author categories `register.toml`'s `[priority]` lists
//! (by default those of the register's Classifier edition). The mark is
//! never stored: it follows from the card's categories, so `classify`
//! moves it. Each test drives the real binary with fixed dates and ends
//! with a clean `check`.

use crate::support::{record, Reg, Run};
use serde_json::{json, Value};

/// The day the deadline table is drawn up (a Thursday).
const TODAY: &str = "2015-06-25";

/// Registers one appeal on `day` from an applicant of its own (`name`, no
/// phone, so that no two are one applicant), with author `categories` and
/// a term of `term` days.
fn appeal(reg: &Reg, day: &str, cc: &str, name: &str, categories: Value, term: u32) -> Run {
    let extra = json!({"name": name, "phone": null, "categories": categories, "term": term});
    let f = reg.file(
        &format!("{cc}.json"),
        &json!([record(cc, day, extra)]).to_string(),
    );
    reg.run_on(day, &["register", "--from", &f]).ok()
}

/// `check` on `day`: exit 0, nothing printed.
#[track_caller]
fn clean(reg: &Reg, day: &str) {
    let run = reg.run_on(day, &["check"]).ok();
    assert_eq!(run.stdout, "", "check printed:\n{}", run.stdout);
    assert_eq!(run.stderr, "", "check said:\n{}", run.stderr);
}

/// Replaces `from` by `to` in the register's `register.toml`.
fn edit_settings(reg: &Reg, from: &str, to: &str) {
    let p = reg.path("register.toml");
    let text = std::fs::read_to_string(&p).expect("register.toml");
    assert!(text.contains(from), "register.toml lacks {from:?}:\n{text}");
    std::fs::write(&p, text.replace(from, to)).expect("write register.toml");
}

/// `register.toml` with its `[priority]` section replaced by `section`
/// (nothing: a register from before the section existed).
fn set_priority(reg: &Reg, section: &str) {
    let p = reg.path("register.toml");
    let text = std::fs::read_to_string(&p).expect("register.toml");
    let at = text.find("\n[priority]\n").expect("init writes [priority]");
    std::fs::write(&p, format!("{}\n{section}", &text[..at])).expect("write register.toml");
}

/// The rows of `deadlines --format json`: index, state, priority,
/// personal_by_head.
fn deadline_rows(reg: &Reg, today: &str) -> Vec<(String, String, bool, bool)> {
    reg.run_on(today, &["deadlines", "--format", "json"])
        .ok()
        .json()["cards"]
        .as_array()
        .expect("cards")
        .iter()
        .map(|c| {
            (
                c["index"].as_str().expect("index").to_string(),
                c["state"].as_str().expect("state").to_string(),
                c["priority"].as_bool().expect("priority"),
                c["personal_by_head"].as_bool().expect("personal_by_head"),
            )
        })
        .collect()
}

fn row(index: &str, state: &str, first: bool, by_head: bool) -> (String, String, bool, bool) {
    (index.to_string(), state.to_string(), first, by_head)
}

/// The lines of `show CARD` that carry the priority marks.
fn shown_marks(reg: &Reg, card: &str) -> Vec<String> {
    reg.run_on(TODAY, &["show", "--lang", "uk", card])
        .ok()
        .stdout
        .lines()
        .filter(|l| l.contains("Першочергово") || l.contains("Особистий розгляд"))
        .map(|l| l.trim_end().to_string())
        .collect()
}

/// The report's totals for June 2015 as JSON.
fn totals(reg: &Reg) -> Value {
    reg.run_on(TODAY, &["report", "--month", "2015-06", "--format", "json"])
        .ok()
        .json()["totals"]
        .clone()
}

/// Four appeals: А-1 (no category) overdue on [`TODAY`], Б-2 (no
/// category), В-3 (7.5, a combatant: first) and Г-4 (7.17, a Hero of the
/// Soviet Union: first and by the head) on time, the last two registered
/// after Б-2.
fn four(reg: &Reg) {
    appeal(reg, "2015-06-08", "a-1", "Андрієнко Іван", json!([]), 15);
    appeal(reg, "2015-06-23", "b-2", "Бондар Ігор", json!([]), 30);
    appeal(reg, "2015-06-24", "v-3", "Вовк Олена", json!(["7.5"]), 30);
    appeal(
        reg,
        "2015-06-24",
        "g-4",
        "Гнатюк Петро",
        json!(["7.17"]),
        30,
    );
}

#[test]
fn a_priority_card_comes_first_within_its_state() {
    let reg = Reg::new();
    four(&reg);
    // Overdue still leads; within "on time" В-3 and Г-4 come before Б-2,
    // registered earlier and due earlier.
    assert_eq!(
        deadline_rows(&reg, TODAY),
        [
            row("2015/А-1", "overdue", false, false),
            row("2015/В-3", "on_time", true, false),
            row("2015/Г-4", "on_time", true, true),
            row("2015/Б-2", "on_time", false, false),
        ]
    );
    let table = reg.run_on(TODAY, &["deadlines", "--lang", "uk"]).ok();
    assert_eq!(
        table.stdout,
        "\
┌──────────┬────────────┬───────────────┬────────────┬──────────────────┬────────────────────┬──────────┬─────────────┬───────────────────────────────────────────────────┐
│ картка   │ надійшло   │ етап          │ виконавець │ термін виконавця │ контрольний термін │ роб. дн. │ стан        │ позначки                                          │
├──────────┼────────────┼───────────────┼────────────┼──────────────────┼────────────────────┼──────────┼─────────────┼───────────────────────────────────────────────────┤
│ 2015/А-1 │ 08.06.2015 │ зареєстровано │ —          │ 22.06.2015       │ 23.06.2015         │ -2       │ прострочено │                                                   │
│ 2015/В-3 │ 24.06.2015 │ зареєстровано │ —          │ 23.07.2015       │ 24.07.2015         │ 20       │ у строк     │ першочергово, ст. 7 до 30.06                      │
│ 2015/Г-4 │ 24.06.2015 │ зареєстровано │ —          │ 23.07.2015       │ 24.07.2015         │ 20       │ у строк     │ першочергово, особисто керівником, ст. 7 до 30.06 │
│ 2015/Б-2 │ 23.06.2015 │ зареєстровано │ —          │ 22.07.2015       │ 23.07.2015         │ 19       │ у строк     │ ст. 7 до 30.06                                    │
└──────────┴────────────┴───────────────┴────────────┴──────────────────┴────────────────────┴──────────┴─────────────┴───────────────────────────────────────────────────┘
25.06.2015 — прострочено: 1, сьогодні: 0, виконавець запізнюється: 0, завтра: 0, у строк: 3; на контролі: 4
"
    );
    let csv = reg
        .run_on(TODAY, &["deadlines", "--format", "csv"])
        .ok()
        .stdout;
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].ends_with(
            ",mark,dissatisfied,extended_late,missed_control_date,priority,personal_by_head"
        ),
        "{csv}"
    );
    assert!(lines[3].starts_with("2015/Г-4,") && lines[3].ends_with(",,false,false,,true,true"));
    clean(&reg, TODAY);
}

#[test]
fn the_card_and_the_dispatch_letter_carry_the_mark() {
    let reg = Reg::new();
    four(&reg);
    assert_eq!(
        shown_marks(&reg, "Г-4"),
        [
            "  Першочергово          так (ст. 20 Закону)",
            "  Особистий розгляд     керівником (ст. 14–15 Закону)",
        ]
    );
    assert_eq!(
        shown_marks(&reg, "В-3"),
        ["  Першочергово          так (ст. 20 Закону)"]
    );
    assert_eq!(shown_marks(&reg, "Б-2"), Vec::<String>::new());

    for card in ["Г-4", "Б-2"] {
        reg.run_on(TODAY, &["resolve", card, "--executor", "dzhkg"])
            .ok();
        reg.run_on(TODAY, &["dispatch", card, "--outbox", "out"])
            .ok();
    }
    let letter = |n: u32| {
        std::fs::read_to_string(reg.dir.path().join(format!("out/2015-{n:06}-dzhkg.txt")))
            .expect("letter")
    };
    let hero = letter(4);
    let top: Vec<&str> = hero.lines().take(7).collect();
    assert_eq!(
        top,
        [
            "Дніпродзержинська міська рада",
            "Відділ звернень громадян",
            "",
            "ЗВЕРНЕННЯ ГРОМАДЯНИНА ДО РОЗГЛЯДУ: Департамент житлово-комунального господарства та будівництва міської ради (dzhkg)",
            "Першочергово: так (ст. 20 Закону: заявник має установлені законодавством пільги) — розглянути у першочерговому порядку",
            "Особистий розгляд керівником: так (ст. 14–15 Закону) — розглядається першим керівником особисто",
            "",
        ],
        "{hero}"
    );
    assert!(
        hero.contains("\nКатегорія: 7.17 Герой Радянського Союзу\n"),
        "{hero}"
    );
    let plain = letter(2);
    assert!(
        !plain.contains("Першочергово") && !plain.contains("Особистий розгляд"),
        "{plain}"
    );
    assert!(plain.starts_with(
        "Дніпродзержинська міська рада\nВідділ звернень громадян\n\n\
         ЗВЕРНЕННЯ ГРОМАДЯНИНА ДО РОЗГЛЯДУ: Департамент житлово-комунального господарства та будівництва міської ради (dzhkg)\n\n\
         Реєстраційний індекс: Б-2"
    ));
    clean(&reg, TODAY);
}

#[test]
fn the_report_counts_priority_cards() {
    let reg = Reg::new();
    four(&reg);
    let t = totals(&reg);
    assert_eq!(
        (&t["received"], &t["priority"], &t["personal_by_head"]),
        (&json!(4), &json!(2), &json!(1))
    );
    let table = reg
        .run_on(TODAY, &["--lang", "uk", "report", "--month", "2015-06"])
        .ok()
        .stdout;
    assert!(
        table.contains("│ Розглядаються першочергово (ст. 20 Закону)   │ 2        │\n")
            && table.contains("│ Особисто керівником (ст. 14–15 Закону)       │ 1        │\n"),
        "{table}"
    );
    let csv = reg
        .run_on(TODAY, &["report", "--month", "2015-06", "--format", "csv"])
        .ok()
        .stdout;
    assert!(
        csv.contains("\ntotals,,priority,,,Розглядаються першочергово (ст. 20 Закону),2,")
            && csv
                .contains("\ntotals,,personal_by_head,,,Особисто керівником (ст. 14–15 Закону),1,"),
        "{csv}"
    );
    clean(&reg, TODAY);
}

/// The mark follows the categories as they are now: a `classify` that
/// takes the Hero's category away takes the head's mark with it, and with
/// the register's own lists, the first-order mark too.
#[test]
fn classify_moves_the_mark() {
    let reg = Reg::new();
    four(&reg);
    let classify = |card: &str, category: &str| {
        reg.run_on(
            TODAY,
            &[
                "classify",
                card,
                "--category",
                category,
                "--by",
                "maslenkov",
                "--reason",
                "категорію уточнено",
            ],
        )
        .ok();
    };
    classify("Г-4", "7.5");
    assert_eq!(
        shown_marks(&reg, "Г-4"),
        ["  Першочергово          так (ст. 20 Закону)"]
    );
    assert_eq!(
        deadline_rows(&reg, TODAY)[2],
        row("2015/Г-4", "on_time", true, false)
    );
    assert_eq!(totals(&reg)["personal_by_head"], 0);
    // Nothing of the mark is stored on the card.
    let card = reg.card(2015, 4);
    assert!(!card.to_string().contains("priority"), "{card:#}");

    // The council's own lists: only combatants first, nobody by the head.
    set_priority(
        &reg,
        "[priority]\nfirst = [\"7.5\"]\npersonal_by_head = []\n",
    );
    classify("В-3", "7.6");
    assert_eq!(shown_marks(&reg, "В-3"), Vec::<String>::new());
    assert_eq!(
        deadline_rows(&reg, TODAY),
        [
            row("2015/А-1", "overdue", false, false),
            row("2015/Г-4", "on_time", true, false),
            row("2015/Б-2", "on_time", false, false),
            row("2015/В-3", "on_time", false, false),
        ]
    );
    assert_eq!(totals(&reg)["priority"], 1);
    classify("В-3", "7.5");
    assert_eq!(
        deadline_rows(&reg, TODAY)[1],
        row("2015/В-3", "on_time", true, false)
    );
    clean(&reg, TODAY);
}

/// A `register.toml` written before `[priority]` existed takes the lists
/// of its Classifier edition; `init` writes them for either edition.
#[test]
fn without_the_section_the_editions_defaults_apply() {
    for edition in ["2015", "2016"] {
        let reg = Reg::with_edition(edition);
        let settings = std::fs::read_to_string(reg.path("register.toml")).expect("settings");
        assert!(
            settings.contains(
                "personal_by_head = [\n\
                 \x20 \"7.3\",  # Інвалід Великої Вітчизняної війни\n\
                 \x20 \"7.17\", # Герой Радянського Союзу (not confirmed: name-only)\n\
                 \x20 \"7.18\", # Герой Соціалістичної Праці (not confirmed: unverified)\n]\n"
            ),
            "{settings}"
        );
        assert!(settings.contains("  \"7.16\", # Герой України (not confirmed: single-source)\n"));
        set_priority(&reg, "");
        four(&reg);
        assert_eq!(
            deadline_rows(&reg, TODAY),
            [
                row("2015/А-1", "overdue", false, false),
                row("2015/В-3", "on_time", true, false),
                row("2015/Г-4", "on_time", true, true),
                row("2015/Б-2", "on_time", false, false),
            ],
            "edition {edition}"
        );
        clean(&reg, TODAY);
    }
}

#[test]
fn an_unknown_code_names_the_file_and_the_key() {
    let reg = Reg::new();
    four(&reg);
    // A typo in both lists.
    edit_settings(&reg, "\"7.17\", # Герой", "\"7.71\", # Герой");
    reg.refused(
        TODAY,
        &["deadlines", "--lang", "uk"],
        &["помилка: reg/register.toml: priority.first: невідомий код \"7.71\" у розділі 7"],
    );
    reg.refused(
        TODAY,
        &["show", "--lang", "uk", "Г-4"],
        &["reg/register.toml: priority.first"],
    );
    let run = reg.run_on(TODAY, &["check", "--format", "json"]).fails();
    let found: Vec<(String, String, String)> = run
        .json()
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap_or_default().to_string(),
                f["file"].as_str().unwrap_or_default().to_string(),
                f["field"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let want = |field: &str| {
        (
            "unknown-code".to_string(),
            "register.toml".to_string(),
            field.to_string(),
        )
    };
    assert_eq!(
        found,
        [want("priority.first"), want("priority.personal_by_head")]
    );
}
