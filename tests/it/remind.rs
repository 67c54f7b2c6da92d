//! Issue #15, point 6 end to end: `appeals remind` writes a letter to each
//! executor `remind.executor_before` (2) working days before its due date,
//! to the coordinator once that date has passed, and to the head once the
//! control date has passed; each once per card, level and date, recorded
//! as a `remind` step; `deadlines` shows the last one; a run again the same
//! day, or the next, writes nothing; an extension's new date is reminded
//! anew; a run killed at any moment completes on the next without a letter
//! twice.
//!
//! The fixture's card К-1 (received 23.06.2015, topic 009, coordinator
//! maslenkov) is dispatched to dzhkg on 25.06.2015: the executor's due date
//! is Wednesday 22.07.2015, the control date Thursday 23.07.2015.

use crate::support::{record, Reg, Run, Stage, DAY};
use serde_json::{json, Value};
use std::collections::BTreeMap;

// ---------------------------------------------------------------- helpers

/// `remind --outbox outbox` on `day`; must succeed.
#[track_caller]
fn remind(reg: &Reg, day: &str) -> Run {
    reg.run_on(day, &["remind", "--lang", "uk", "--outbox", "outbox"])
        .ok()
}

/// `check` on `day`: exit 0, nothing printed.
#[track_caller]
fn clean(reg: &Reg, day: &str) {
    let run = reg.run_on(day, &["check"]).ok();
    assert_eq!(run.stdout, "", "check printed:\n{}", run.stdout);
    assert_eq!(run.stderr, "", "check said:\n{}", run.stderr);
}

/// The letters in the outbox beside the register, by name, with their text.
fn outbox(reg: &Reg) -> BTreeMap<String, String> {
    let Ok(dir) = std::fs::read_dir(reg.dir.path().join("outbox")) else {
        return BTreeMap::new();
    };
    dir.flatten()
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read_to_string(e.path()).expect("a letter"),
            )
        })
        .collect()
}

/// The names of the letters in the outbox (names only: a run may be
/// writing beside the reader, its temporary files coming and going).
fn letters(reg: &Reg) -> Vec<String> {
    let Ok(dir) = std::fs::read_dir(reg.dir.path().join("outbox")) else {
        return Vec::new();
    };
    let mut names: Vec<String> = dir
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Card 2015 #`number`'s `remind` steps, as `at level to due`.
fn reminders(reg: &Reg, number: u32) -> Vec<String> {
    reg.card(2015, number)["history"]
        .as_array()
        .expect("a history")
        .iter()
        .filter(|e| e["action"] == "remind")
        .map(|e| {
            let d = &e["data"];
            format!(
                "{} {} {} {}",
                e["at"].as_str().expect("at"),
                d["level"].as_str().expect("level"),
                d["to"]
                    .as_array()
                    .expect("to")
                    .iter()
                    .map(|t| t.as_str().expect("an id"))
                    .collect::<Vec<_>>()
                    .join(","),
                d["due"].as_str().expect("due")
            )
        })
        .collect()
}

/// The summary line of a run that wrote `e`, `c` and `h` letters.
fn written(day: &str, e: usize, c: usize, h: usize) -> String {
    format!("Нагадування на {day} записано: виконавцям {e}, координаторам {c}, керівнику {h}.\n")
}

// ------------------------------------------------------------ the levels

#[test]
fn each_level_on_its_day_and_not_the_day_before() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    // Friday and the weekend are three working days before Wednesday.
    for day in ["2015-07-17", "2015-07-18", "2015-07-19"] {
        let run = remind(&reg, day);
        assert_eq!(
            run.stdout,
            format!("Нагадування на {}: нових немає.\n", uk(day))
        );
        assert_eq!(run.stderr, "");
    }
    assert_eq!(letters(&reg), Vec::<String>::new());
    assert_eq!(reminders(&reg, 1), Vec::<String>::new());

    let run = remind(&reg, "2015-07-20");
    assert_eq!(
        run.stdout,
        format!(
            "2015/К-1\tвиконавцю dzhkg\tтермін 22.07.2015\n  \
             outbox/2015-000001-remind-executor-dzhkg.txt\n{}",
            written("20.07.2015", 1, 0, 0)
        )
    );
    assert_eq!(run.stderr, "");
    assert_eq!(reminders(&reg, 1), ["2015-07-20 executor dzhkg 2015-07-22"]);
    assert_eq!(
        outbox(&reg)["2015-000001-remind-executor-dzhkg.txt"],
        "Дніпродзержинська міська рада\n\
         Відділ звернень громадян\n\
         \n\
         НАГАДУВАННЯ ПРО ТЕРМІН РОЗГЛЯДУ ЗВЕРНЕННЯ: Департамент житлово-комунального господарства та будівництва міської ради (dzhkg)\n\
         Дата нагадування: 20.07.2015\n\
         \n\
         Реєстраційний індекс: К-1 (2015 рік, № 1)\n\
         № контакт-центру: walk-1\n\
         Дата надходження: 23.06.2015\n\
         Тематика: 009 Комунальне господарство\n\
         Зміст: Не працює вуличне освітлення\n\
         \n\
         Резолюція від 24.06.2015: Масленков О.В. (maslenkov)\n\
         Виконавці: Департамент житлово-комунального господарства та будівництва міської ради (dzhkg)\n\
         Направлено виконавцям: 25.06.2015\n\
         Стан: направлено виконавцю\n\
         \n\
         Термін для виконавця: 22.07.2015 (залишилось робочих днів: 2)\n\
         Контрольний термін: 23.07.2015\n\
         \n\
         Нагадуємо: не пізніше ніж за 1 робочий день до контрольного терміну (п. 7 порядку) \
         надати адміністратору в електронному вигляді та на папері проєкт відповіді заявнику \
         та контакт-центру (за шаблоном контакт-центру), картку оцінки якості розгляду \
         звернення, інформацію для координатора про результати розгляду.\n"
    );
    // The letter names the appeal, never the applicant (law art. 10).
    let letter = &outbox(&reg)["2015-000001-remind-executor-dzhkg.txt"];
    for personal in ["Коваленко", "Шевченка", "380671234567"] {
        assert!(!letter.contains(personal), "{personal} in:\n{letter}");
    }

    // The executor's own due date: reminded already; the coordinator not
    // before the date has passed.
    remind(&reg, "2015-07-21");
    remind(&reg, "2015-07-22");
    assert_eq!(reminders(&reg, 1).len(), 1);

    let run = remind(&reg, "2015-07-23");
    assert_eq!(
        run.stdout,
        format!(
            "2015/К-1\tкоординатору maslenkov\tтермін 22.07.2015\n  \
             outbox/2015-000001-remind-coordinator-maslenkov.txt\n{}",
            written("23.07.2015", 0, 1, 0)
        )
    );
    let letter = &outbox(&reg)["2015-000001-remind-coordinator-maslenkov.txt"];
    for line in [
        "НАГАДУВАННЯ КООРДИНАТОРУ: ВИКОНАВЕЦЬ НЕ НАДАВ ВІДПОВІДЬ У ТЕРМІН: Масленков О.В. (maslenkov)",
        "Термін для виконавця: 22.07.2015 — минув, відповіді немає (прострочено робочих днів: 1)",
        "Контрольний термін: 23.07.2015 (сьогодні)",
    ] {
        assert!(letter.lines().any(|l| l == line), "no {line:?} in:\n{letter}");
    }

    let run = remind(&reg, "2015-07-24");
    assert_eq!(
        run.stdout,
        format!(
            "2015/К-1\tкерівнику holova\tтермін 23.07.2015\n  \
             outbox/2015-000001-remind-head-holova.txt\n{}",
            written("24.07.2015", 0, 0, 1)
        )
    );
    let letter = &outbox(&reg)["2015-000001-remind-head-holova.txt"];
    for line in [
        "ПОВІДОМЛЕННЯ КЕРІВНИКУ: КОНТРОЛЬНИЙ ТЕРМІН РОЗГЛЯДУ ЗВЕРНЕННЯ МИНУВ: Міський голова (holova)",
        "Контрольний термін: 23.07.2015 — минув, звернення не розглянуто (прострочено робочих днів: 1)",
    ] {
        assert!(letter.lines().any(|l| l == line), "no {line:?} in:\n{letter}");
    }
    assert_eq!(
        reminders(&reg, 1),
        [
            "2015-07-20 executor dzhkg 2015-07-22",
            "2015-07-23 coordinator maslenkov 2015-07-22",
            "2015-07-24 head holova 2015-07-23",
        ]
    );
    // A reminder moves no status.
    assert_eq!(reg.card(2015, 1)["status"], "dispatched");
    clean(&reg, "2015-07-24");
    // `show` lists the steps in the history.
    let show = reg
        .run_on("2015-07-24", &["show", "--lang", "uk", "К-1"])
        .ok();
    assert!(
        show.stdout.contains(
            "24.07.2015  нагадування  zarichenko  нагадування керівнику holova (термін 23.07.2015)"
        ),
        "{}",
        show.stdout
    );
}

/// `2015-07-20` → `20.07.2015`.
fn uk(day: &str) -> String {
    let p: Vec<&str> = day.split('-').collect();
    format!("{}.{}.{}", p[2], p[1], p[0])
}

#[test]
fn twice_on_the_same_day_writes_one_set_of_letters() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    // К-2 with two executors, К-3 not yet resolved, К-4 sent: only К-1 and
    // К-2 are due a reminder.
    let k2 = reg.card_at(Stage::Registered);
    reg.run_on(
        "2015-06-24",
        &["resolve", &k2, "--executor", "dzhkg", "--executor", "soc"],
    )
    .ok();
    reg.run_on("2015-06-25", &["dispatch", &k2]).ok();
    reg.card_at(Stage::Registered);
    reg.card_at(Stage::Sent);
    let run = remind(&reg, "2015-07-20");
    assert_eq!(
        run.stdout,
        format!(
            "2015/К-1\tвиконавцю dzhkg\tтермін 22.07.2015\n  \
             outbox/2015-000001-remind-executor-dzhkg.txt\n\
             2015/К-2\tвиконавцю dzhkg, soc\tтермін 22.07.2015\n  \
             outbox/2015-000002-remind-executor-dzhkg.txt\n  \
             outbox/2015-000002-remind-executor-soc.txt\n{}",
            written("20.07.2015", 3, 0, 0)
        )
    );
    assert_eq!(
        reminders(&reg, 2),
        ["2015-07-20 executor dzhkg,soc 2015-07-22"]
    );
    let world = reg.world();
    // Again the same day: nothing new, and it says so.
    let run = remind(&reg, "2015-07-20");
    assert_eq!(
        run.stdout,
        "Нагадування на 20.07.2015: нових немає (уже записано сьогодні: 2; повторно не надсилаються).\n"
    );
    assert_eq!(run.stderr, "");
    assert!(reg.world() == world, "a second run wrote something");
    let run = reg
        .run_on(
            "2015-07-20",
            &["remind", "--outbox", "outbox", "--format", "json"],
        )
        .ok();
    assert_eq!(
        run.json(),
        json!({"today": "2015-07-20", "dry_run": false, "reminders": [],
               "counts": {"executor": 0, "coordinator": 0, "head": 0},
               "earlier_today": 2, "no_head": []})
    );
    // The next day: nothing either.
    let run = remind(&reg, "2015-07-21");
    assert_eq!(run.stdout, "Нагадування на 21.07.2015: нових немає.\n");
    assert!(reg.world() == world, "the next day's run wrote something");
    assert_eq!(letters(&reg).len(), 3);
    clean(&reg, "2015-07-21");
}

#[test]
fn an_extension_is_reminded_anew_and_the_old_date_is_not_escalated() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    remind(&reg, "2015-07-20");
    reg.run_on(
        "2015-07-21",
        &[
            "extend",
            "К-1",
            "--until",
            "2015-08-07",
            "--by",
            "maslenkov",
            "--reason",
            "перевірка на місці",
            "--notified",
            "2015-07-21",
        ],
    )
    .ok();
    // The executor's due date is Thursday 06.08.2015 now: 22.07 passing
    // is no lateness, and nobody is told of it.
    let run = remind(&reg, "2015-07-23");
    assert_eq!(run.stdout, "Нагадування на 23.07.2015: нових немає.\n");
    remind(&reg, "2015-08-03");
    assert_eq!(reminders(&reg, 1), ["2015-07-20 executor dzhkg 2015-07-22"]);
    let run = remind(&reg, "2015-08-04");
    assert_eq!(
        run.stdout,
        format!(
            "2015/К-1\tвиконавцю dzhkg\tтермін 06.08.2015\n  \
             outbox/2015-000001-remind-executor-dzhkg.txt\n{}",
            written("04.08.2015", 1, 0, 0)
        )
    );
    assert!(outbox(&reg)["2015-000001-remind-executor-dzhkg.txt"]
        .contains("Термін для виконавця: 06.08.2015 (залишилось робочих днів: 2)\n"));
    remind(&reg, "2015-08-07");
    remind(&reg, "2015-08-10");
    assert_eq!(
        reminders(&reg, 1),
        [
            "2015-07-20 executor dzhkg 2015-07-22",
            "2015-08-04 executor dzhkg 2015-08-06",
            "2015-08-07 coordinator maslenkov 2015-08-06",
            "2015-08-10 head holova 2015-08-07",
        ]
    );
    clean(&reg, "2015-08-10");
}

#[test]
fn an_answer_stops_the_reminders_and_a_card_off_control_gets_none() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    remind(&reg, "2015-07-20");
    reg.package(crate::support::QUALITY);
    reg.run_on(
        "2015-07-21",
        &crate::support::answer_args("К-1", "quality.toml"),
    )
    .ok();
    let run = remind(&reg, "2015-07-23");
    assert_eq!(run.stdout, "Нагадування на 23.07.2015: нових немає.\n");
    // Signed and sent after the control date: the head is told while it
    // is on control, and not after it is sent.
    remind(&reg, "2015-07-24");
    assert_eq!(
        reminders(&reg, 1),
        [
            "2015-07-20 executor dzhkg 2015-07-22",
            "2015-07-24 head holova 2015-07-23",
        ]
    );
    reg.run_on("2015-07-24", &["sign", "К-1", "--by", "maslenkov"])
        .ok();
    reg.run_on("2015-07-24", &["send", "К-1"]).ok();
    let world = reg.world();
    let run = remind(&reg, "2015-07-27");
    assert_eq!(run.stdout, "Нагадування на 27.07.2015: нових немає.\n");
    assert!(reg.world() == world);
    clean(&reg, "2015-07-27");
}

// ------------------------------------------------------------- deadlines

#[test]
fn deadlines_show_the_last_reminder() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    reg.card_at(Stage::Dispatched);
    // К-2 is answered: it has no reminder to show.
    reg.package(crate::support::QUALITY);
    reg.run_on(
        "2015-07-10",
        &crate::support::answer_args("К-2", "quality.toml"),
    )
    .ok();
    remind(&reg, "2015-07-20");
    let table = reg
        .run_on("2015-07-20", &["deadlines", "--lang", "uk"])
        .ok();
    let rows: Vec<&str> = table
        .stdout
        .lines()
        .filter(|l| l.contains("2015/К-"))
        .collect();
    assert_eq!(rows.len(), 2, "{}", table.stdout);
    assert!(
        rows[0].contains("2015/К-1") && rows[0].contains("нагад. вик. 20.07 │"),
        "{}",
        table.stdout
    );
    assert!(
        rows[1].contains("2015/К-2") && !rows[1].contains("нагад."),
        "{}",
        table.stdout
    );
    remind(&reg, "2015-07-23");
    let table = reg
        .run_on("2015-07-23", &["deadlines", "--lang", "uk"])
        .ok();
    assert!(
        table.stdout.contains("нагад. коорд. 23.07 │"),
        "{}",
        table.stdout
    );
    let json = reg
        .run_on("2015-07-23", &["deadlines", "--format", "json"])
        .ok()
        .json();
    let last: Vec<(Value, Value)> = json["cards"]
        .as_array()
        .expect("cards")
        .iter()
        .map(|c| (c["index"].clone(), c["last_reminder"].clone()))
        .collect();
    assert_eq!(
        last,
        [
            (
                json!("2015/К-1"),
                json!({"on": "2015-07-23", "level": "coordinator", "due": "2015-07-22"})
            ),
            (json!("2015/К-2"), Value::Null),
        ]
    );
}

// ------------------------------------------------- output, settings, roster

#[test]
fn json_and_a_dry_run() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    let world = reg.world();
    let run = reg
        .run_on(
            "2015-07-24",
            &["remind", "--lang", "uk", "--outbox", "outbox", "--dry-run"],
        )
        .ok();
    assert_eq!(
        run.stdout,
        "2015/К-1\tкоординатору maslenkov\tтермін 22.07.2015\n  \
         outbox/2015-000001-remind-coordinator-maslenkov.txt\n\
         2015/К-1\tкерівнику holova\tтермін 23.07.2015\n  \
         outbox/2015-000001-remind-head-holova.txt\n\
         Нагадування на 24.07.2015 (пробний запуск, нічого не записано): \
         виконавцям 0, координаторам 1, керівнику 1.\n"
    );
    assert!(reg.world() == world, "a dry run wrote something");
    let run = reg
        .run_on(
            "2015-07-24",
            &["remind", "--outbox", "outbox", "--format", "json"],
        )
        .ok();
    assert_eq!(
        run.json(),
        json!({
            "today": "2015-07-24",
            "dry_run": false,
            "reminders": [
                {"card": "2015/К-1", "level": "coordinator", "due": "2015-07-22",
                 "to": ["maslenkov"],
                 "files": ["outbox/2015-000001-remind-coordinator-maslenkov.txt"]},
                {"card": "2015/К-1", "level": "head", "due": "2015-07-23",
                 "to": ["holova"], "files": ["outbox/2015-000001-remind-head-holova.txt"]}
            ],
            "counts": {"executor": 0, "coordinator": 1, "head": 1},
            "earlier_today": 0,
            "no_head": []
        })
    );
    assert_eq!(run.stderr, "");
    // Without an outbox the reminders are recorded (sent by other means),
    // as `dispatch` records a dispatch; CSV for spreadsheets.
    reg.card_at(Stage::Dispatched);
    let run = reg
        .run_on("2015-07-27", &["remind", "--format", "csv"])
        .ok();
    assert_eq!(
        run.stdout,
        "card,level,to,due,letter\n\
         2015/К-2,coordinator,maslenkov,2015-07-22,\n\
         2015/К-2,head,holova,2015-07-23,\n"
    );
    assert_eq!(reminders(&reg, 2).len(), 2);
    clean(&reg, "2015-07-27");
}

#[test]
fn the_settings_choose_the_levels_and_the_days_ahead() {
    let reg = Reg::new();
    let settings = reg.path("register.toml");
    let text = std::fs::read_to_string(&settings).expect("register.toml");
    // `init` writes the section with its defaults and a comment.
    assert!(
        text.contains("\n[remind]\nlevels = [\n    \"executor\",\n    \"coordinator\",\n    \"head\",\n]\nexecutor_before = 2\n"),
        "{text}"
    );
    assert!(
        text.contains("# remind.levels: whom `appeals remind` writes to"),
        "{text}"
    );
    let start = text.find("[remind]").expect("the section");
    let end = start + text[start..].find("\n\n").expect("its end");
    std::fs::write(
        &settings,
        format!(
            "{}[remind]\nlevels = [\"executor\", \"head\"]\nexecutor_before = 4{}",
            &text[..start],
            &text[end..]
        ),
    )
    .expect("write");
    clean(&reg, DAY);
    reg.card_at(Stage::Dispatched);
    // Four working days before Wednesday 22.07 is Thursday 16.07.
    remind(&reg, "2015-07-15");
    remind(&reg, "2015-07-16");
    remind(&reg, "2015-07-23");
    remind(&reg, "2015-07-24");
    assert_eq!(
        reminders(&reg, 1),
        [
            "2015-07-16 executor dzhkg 2015-07-22",
            "2015-07-24 head holova 2015-07-23",
        ]
    );
    // A register made before reminders has no section: the defaults.
    let text = std::fs::read_to_string(&settings).expect("register.toml");
    let start = text.find("[remind]").expect("the section");
    let end = start + text[start..].find("\n\n").expect("its end") + 2;
    std::fs::write(&settings, format!("{}{}", &text[..start], &text[end..])).expect("write");
    clean(&reg, "2015-07-24");
    remind(&reg, "2015-07-27");
    assert_eq!(
        reminders(&reg, 1)[2],
        "2015-07-27 coordinator maslenkov 2015-07-22"
    );
}

#[test]
fn without_a_head_in_the_roster_the_head_level_is_skipped_with_a_warning() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    let people = reg.path("people.toml");
    let text = std::fs::read_to_string(&people).expect("people.toml");
    let at = text.find("[[head]]").expect("a head");
    std::fs::write(&people, &text[..at]).expect("write");
    let run = remind(&reg, "2015-07-24");
    assert_eq!(
        run.stdout,
        format!(
            "2015/К-1\tкоординатору maslenkov\tтермін 22.07.2015\n  \
             outbox/2015-000001-remind-coordinator-maslenkov.txt\n{}",
            written("24.07.2015", 0, 1, 0)
        )
    );
    assert_eq!(
        run.stderr,
        "попередження: у people.toml не вказано керівника ('[[head]]'): 1 картка з минулим \
         контрольним терміном не отримає нагадування керівникові (2015/К-1); додайте керівника \
         до people.toml розділом '[[head]]' і знову виконайте 'appeals remind'\n"
    );
    assert_eq!(
        reminders(&reg, 1),
        ["2015-07-24 coordinator maslenkov 2015-07-22"]
    );
    clean(&reg, "2015-07-24");
    // With the head back, the head is told.
    std::fs::write(&people, &text).expect("write");
    remind(&reg, "2015-07-27");
    assert_eq!(reminders(&reg, 1)[1], "2015-07-27 head holova 2015-07-23");
}

// ------------------------------------------------------ git and crashes

#[test]
fn one_commit_per_run() {
    let reg = Reg::in_git();
    reg.card_at(Stage::Dispatched);
    reg.card_at(Stage::Dispatched);
    let commits = |reg: &Reg| crate::support::git(reg.dir.path(), &["rev-list", "--count", "HEAD"]);
    let before = commits(&reg);
    let run = remind(&reg, "2015-07-23");
    assert!(
        run.stderr.starts_with("зафіксовано в git: "),
        "{}",
        run.stderr
    );
    let log = crate::support::git(
        reg.dir.path(),
        &["log", "-1", "--format=%an|%B", "--name-only"],
    );
    assert_eq!(
        log,
        "clerk|remind 2 appeals (К-1 … К-2)\n\n\
         К-1 (coordinator: maslenkov)\n\
         К-2 (coordinator: maslenkov)\n\n\
         Appeals-Command: remind\n\n\n\
         reg/cards/2015/000001.json\n\
         reg/cards/2015/000002.json\n"
    );
    let after = commits(&reg);
    assert_eq!(
        after.trim().parse::<u32>().expect("a count"),
        before.trim().parse::<u32>().expect("a count") + 1
    );
    // Nothing new: no commit.
    let run = remind(&reg, "2015-07-23");
    assert_eq!(run.stderr, "");
    assert_eq!(commits(&reg), after);
}

/// `n` appeals registered on [`DAY`] in one batch, none resolved: past the
/// control date each is due a reminder to the head.
fn batch(reg: &Reg, n: usize) {
    let text: String = (1..=n)
        .map(|i| {
            record(
                &format!("r-{i}"),
                DAY,
                json!({"name": format!("Коваленко Петро {i}"), "phone": null}),
            )
            .to_string()
                + "\n"
        })
        .collect();
    let f = reg.file("batch.jsonl", &text);
    reg.run_on(DAY, &["register", "--from", &f]).ok();
}

#[test]
fn a_run_killed_at_any_moment_completes_on_the_next_without_a_letter_twice() {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};
    const N: usize = 120;
    let reg = Reg::new();
    batch(&reg, N);
    let day = "2015-07-24";
    let count = |reg: &Reg| letters(reg).iter().filter(|n| n.ends_with(".txt")).count();
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(1)
        | 1;
    eprintln!("kill delays seeded with {seed}");
    let mut killed_midway = 0;
    for _ in 0..4 {
        let before = count(&reg);
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("appeals"))
            .current_dir(reg.dir.path())
            .args([
                "-R",
                "reg",
                "--today",
                day,
                "--user",
                "zarichenko",
                "remind",
                "--outbox",
                "outbox",
            ])
            .env_remove("APPEALS_REGISTER")
            .env_remove("APPEALS_TODAY")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn appeals");
        let start = Instant::now();
        while count(&reg) == before && start.elapsed() < Duration::from_secs(10) {
            if child.try_wait().expect("try_wait").is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        std::thread::sleep(Duration::from_millis(seed % 30));
        child.kill().ok();
        child.wait().expect("reaped");
        let now = count(&reg);
        eprintln!("killed with {now} letters written");
        if now < N {
            killed_midway += 1;
        }
        // Whatever was killed, the register is sound, and every card
        // records at most one reminder to the head.
        clean(&reg, day);
        for n in 1..=N as u32 {
            assert!(
                reminders(&reg, n).len() <= 1,
                "card {n}: {:?}",
                reminders(&reg, n)
            );
        }
        if now == N {
            break;
        }
    }
    let run = remind(&reg, day);
    assert!(run.stdout.ends_with(".\n"), "{}", run.stdout);
    assert_eq!(count(&reg), N);
    for n in 1..=N as u32 {
        assert_eq!(
            reminders(&reg, n),
            ["2015-07-24 head holova 2015-07-23"],
            "card {n}"
        );
    }
    let run = remind(&reg, day);
    assert_eq!(
        run.stdout,
        format!(
            "Нагадування на 24.07.2015: нових немає (уже записано сьогодні: {N}; повторно не надсилаються).\n"
        )
    );
    clean(&reg, day);
    assert!(killed_midway > 0, "no run was killed before the end");
}
