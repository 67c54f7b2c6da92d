//! Errors, hints and warnings as a Ukrainian clerk reads them (issue #16):
//! with no language set, or `--lang uk`, every refusal speaks Ukrainian —
//! «помилка:», «підказка:», «попередження:» and the words between them —
//! naming the same file, record, field and card as the English does. The
//! English texts are pinned by `errors.rs`; here a representative set of
//! refusals across the commands is run in Ukrainian and checked for English
//! words, and the commonest are pinned as snapshots in both languages.

use crate::support::{answer_args, appeals_unset, latin_words, record, Reg, Run, Stage, DAY};
use serde_json::json;

/// The whole run as one text, the temporary directory as `[TMP]`.
fn transcript(reg: &Reg, run: &Run) -> String {
    let mut text = format!(
        "exit: {}\n--- stdout\n{}--- stderr\n{}",
        run.code, run.stdout, run.stderr
    );
    let tmp = reg.dir.path();
    if let Ok(real) = tmp.canonicalize() {
        text = text.replace(&real.display().to_string(), "[TMP]");
    }
    text.replace(&tmp.display().to_string(), "[TMP]")
}

/// Runs `args` in `lang` on `today`; must be refused (exit 1) writing
/// nothing.
#[track_caller]
fn refused_in(lang: &str, reg: &Reg, today: &str, args: &[&str]) -> Run {
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    let run = reg.refused_with_prefix(today, &all);
    assert_eq!(run.code, 1, "{args:?}:\n{}", run.stderr);
    run
}

/// Runs `args` in Ukrainian: refused, its stderr opening with «помилка:»
/// and holding no English word.
#[track_caller]
fn uk(reg: &Reg, today: &str, args: &[&str]) -> Run {
    let run = refused_in("uk", reg, today, args);
    assert!(
        run.stderr.starts_with("помилка: "),
        "{args:?}: no «помилка:» line:\n{}",
        run.stderr
    );
    let english = latin_words(&run.stderr);
    assert!(
        english.is_empty(),
        "{args:?}: English words {english:?} in:\n{}",
        run.stderr
    );
    run
}

/// The same refusal in both languages, pinned as two snapshots
/// (`<name>_uk`, `<name>_en`); the English is today's text.
#[track_caller]
fn both(name: &str, reg: &Reg, today: &str, args: &[&str]) {
    let run = uk(reg, today, args);
    insta::assert_snapshot!(format!("{name}_uk"), transcript(reg, &run));
    let run = refused_in("en", reg, today, args);
    assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
    insta::assert_snapshot!(format!("{name}_en"), transcript(reg, &run));
}

trait RefusedWithPrefix {
    fn refused_with_prefix(&self, today: &str, args: &[&str]) -> Run;
}

impl RefusedWithPrefix for Reg {
    /// Like `Reg::refused`, without its check of the English `error:` line.
    #[track_caller]
    fn refused_with_prefix(&self, today: &str, args: &[&str]) -> Run {
        let (register, world) = (self.snapshot(), self.world());
        let run = self.run_on(today, args);
        assert!(
            !run.stderr.contains("panicked"),
            "{args:?}:\n{}",
            run.stderr
        );
        assert!(
            self.snapshot() == register,
            "{args:?} wrote to the register"
        );
        assert!(self.world() == world, "{args:?} wrote beside the register");
        run
    }
}

fn edit(reg: &Reg, rel: &str, from: &str, to: &str) {
    let path = reg.path(rel);
    let text = std::fs::read_to_string(&path).expect("a file of the register");
    assert!(text.contains(from), "{rel} lacks {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
}

fn registered() -> Reg {
    let reg = Reg::new();
    reg.card_at(Stage::Registered);
    reg
}

// ------------------------------------------------------------- snapshots

#[test]
fn unknown_card_in_both_languages() {
    both("unknown_card", &Reg::new(), DAY, &["show", "К-1"]);
}

#[test]
fn unreadable_card_name_in_both_languages() {
    both("card_name", &Reg::new(), DAY, &["show", "К--1"]);
}

#[test]
fn not_a_register_in_both_languages() {
    both(
        "not_a_register",
        &Reg::new(),
        DAY,
        &["list", "-R", "nowhere"],
    );
}

#[test]
fn step_out_of_order_in_both_languages() {
    both(
        "out_of_order",
        &registered(),
        "2015-06-24",
        &["dispatch", "К-1"],
    );
}

#[test]
fn unknown_executor_in_both_languages() {
    both(
        "unknown_executor",
        &registered(),
        "2015-06-24",
        &["resolve", "К-1", "--executor", "dzhk"],
    );
}

#[test]
fn not_a_coordinator_in_both_languages() {
    let reg = Reg::new();
    reg.card_at(Stage::Answered);
    both(
        "not_a_coordinator",
        &reg,
        "2015-07-21",
        &["sign", "К-1", "--by", "dzhkg"],
    );
}

#[test]
fn batch_with_bad_fields_in_both_languages() {
    let reg = Reg::new();
    let f = reg.file(
        "mixed.json",
        &json!([
            record("e-1", DAY, json!({})),
            record("e-2", DAY, json!({"kind": "3.9", "received": "30.02.2015"})),
            record(
                "e-3",
                DAY,
                json!({"recieved": DAY, "term": 40, "email": "a b"})
            ),
        ])
        .to_string(),
    );
    both("batch", &reg, DAY, &["register", "--from", &f]);
}

#[test]
fn bad_people_toml_in_both_languages() {
    let reg = Reg::new();
    edit(&reg, "people.toml", "id = \"soc\"", "id = \"dzhkg\"");
    both("people_id_twice", &reg, DAY, &["people"]);
}

#[test]
fn extension_past_the_law_in_both_languages() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    both(
        "extend_past_45_days",
        &reg,
        "2015-07-10",
        &[
            "extend",
            "К-1",
            "--until",
            "2015-08-08",
            "--by",
            "maslenkov",
            "--reason",
            "перевірка",
        ],
    );
}

#[test]
fn date_outside_the_calendar_in_both_languages() {
    both("calendar_year", &Reg::new(), DAY, &["calendar", "2031"]);
}

#[test]
fn a_range_that_ends_before_it_starts_in_both_languages() {
    both(
        "list_range_backwards",
        &Reg::new(),
        DAY,
        &[
            "list",
            "--received-from",
            "30.06.2015",
            "--received-to",
            "01.06.2015",
        ],
    );
}

// ----------------------------------------------- no English in Ukrainian

#[test]
fn refusals_on_a_registered_card_speak_ukrainian() {
    let reg = registered();
    let day = "2015-06-24";
    for args in [
        &["show", "К-5"][..],
        &["show", "2014/К-1"],
        &["show", "П-1"],
        &["show", "cc:0000-00000000"],
        &["resolve", "К-1", "--executor", "maslenkov"],
        &["resolve", "К-1", "--executor", "zarichenko"],
        &[
            "resolve",
            "К-1",
            "--executor",
            "dzhkg",
            "--executor",
            "dzhkg",
        ],
        &[
            "resolve",
            "К-1",
            "--executor",
            "dzhkg",
            "--coordinator",
            "dzhkg",
        ],
        &[
            "resolve",
            "К-1",
            "--executor",
            "dzhkg",
            "--coordinator",
            "masl",
        ],
        &["dispatch", "К-1"],
        &["notify", "К-1"],
        &["draft", "К-1"],
        &["send", "К-1"],
        &["list", "--topic", "099"],
        &["list", "--executor", "dzkg"],
        &["report", "--month", "2015-13"],
        &["report", "--quarter", "2015-5"],
        &["report", "--from", "2015-06-30", "--to", "2015-06-01"],
        &[
            "forward",
            "К-1",
            "--by",
            "dzhkg",
            "--to",
            "Держпраці",
            "--notice",
            "x.txt",
        ],
        &["init", "reg"],
    ] {
        uk(&reg, day, args);
    }
}

#[test]
fn refusals_of_later_steps_speak_ukrainian() {
    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    let extend = |until: &'static str, by: &'static str| {
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
    for args in [
        extend("2015-07-23", "maslenkov"),
        extend("2015-08-08", "maslenkov"),
        extend("2015-08-01", "dzhkg"),
        extend("2015-08-01", "zarichenko"),
        extend("2015-08-01", "nobody"),
        vec![
            "extend",
            "К-1",
            "--until",
            "2015-08-01",
            "--by",
            "maslenkov",
            "--reason",
            " ",
        ],
        vec!["sign", "К-1", "--by", "maslenkov"],
        vec![
            "classify",
            "К-1",
            "--by",
            "maslenkov",
            "--reason",
            "помилка",
        ],
    ] {
        uk(&reg, "2015-07-10", &args);
    }
    reg.package("timely = true\n");
    uk(&reg, "2015-07-20", &answer_args("К-1", "quality.toml"));
    uk(&reg, "2015-07-20", &answer_args("К-1", "nosuch.toml"));
}

#[test]
fn batch_intake_problems_speak_ukrainian() {
    let reg = Reg::new();
    for (name, text) in [
        ("broken.json", "[{\"cc_number\": "),
        ("object.json", "[1, 2]"),
        (
            "cols.csv",
            "cc_number,received,topics,summary,colour\n1,2015-06-23,009\n",
        ),
        ("missing.json", r#"[{"cc_number": "e-1"}]"#),
    ] {
        let f = reg.file(name, text);
        uk(&reg, DAY, &["register", "--from", &f]);
    }
    let f = reg.file(
        "wrong.json",
        &json!([record(
            "e-1",
            DAY,
            json!({
                "colour": "red", "received": "23/06/2015", "signatories": "два",
                "confidential": "maybe", "topics": 9, "summary": ["x"], "term": 400,
                "email": "a b@c", "phone": "дзвоніть", "cc_number": "../x", "form": "1.7"
            })
        )])
        .to_string(),
    );
    uk(&reg, DAY, &["register", "--from", &f]);
    uk(&reg, DAY, &["register"]);
    uk(&reg, DAY, &["register", "--from", "nosuch.json"]);
}

#[test]
fn broken_settings_speak_ukrainian() {
    for (file, from, to) in [
        ("register.toml", "[terms]\n", "[terms]\ncolour = 1\n"),
        ("people.toml", "kind = \"executive-body\"\n", ""),
        ("people.toml", "id = \"dzhkg\"", "id = \"джкг\""),
        (
            "people.toml",
            "coordinator = \"maslenkov\"",
            "coordinator = \"maslenko\"",
        ),
    ] {
        let reg = Reg::new();
        edit(&reg, file, from, to);
        uk(&reg, DAY, &["people"]);
    }
}

#[test]
fn with_no_language_set_errors_speak_ukrainian() {
    let reg = Reg::new();
    let out = appeals_unset()
        .current_dir(reg.dir.path())
        .args(["-R", "reg", "--today", DAY, "show", "К-1"])
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.starts_with("помилка: картки К-1 за 2015 рік немає\n"),
        "{stderr}"
    );
    assert!(stderr.contains("підказка: "), "{stderr}");
    assert!(latin_words(&stderr).is_empty(), "{stderr}");
}

// ------------------------------------------------- the whole catalogue

/// Every message of the errors' catalogue in Ukrainian, its placeables
/// left out, holds no English word: what the refusals above don't reach
/// (hand-edited cards, a full disk, a broken Classifier) is Ukrainian too.
#[test]
fn every_ukrainian_error_message_is_ukrainian() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/locales/uk/errors.ftl");
    let text = std::fs::read_to_string(path).expect("the catalogue");
    let mut checked = 0;
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        // `key = value` (a key starts the line), or a continuation line,
        // perhaps a variant `[few] …`.
        let value = if line.starts_with(|c: char| c.is_ascii_lowercase()) {
            line.split_once('=').map_or("", |(_, v)| v)
        } else {
            let t = trimmed.trim_start_matches('*');
            match t.strip_prefix('[') {
                Some(rest) => rest.split_once(']').map_or("", |(_, v)| v),
                None => t,
            }
        };
        // The placeables: values put in at run time.
        let mut plain = String::new();
        let mut depth = 0;
        for c in value.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => plain.push(c),
                _ => {}
            }
        }
        let english = latin_words(&plain);
        assert!(english.is_empty(), "{english:?} in: {line}");
        checked += 1;
    }
    assert!(checked > 250, "only {checked} lines read");
}

// ------------------------------------------------ warnings, done already

/// Runs a step that succeeds with a warning, in Ukrainian: its warning and
/// hint lines (stderr) are Ukrainian.
#[track_caller]
fn warned(reg: &Reg, today: &str, args: &[&str]) -> String {
    let mut all = vec!["--lang", "uk"];
    all.extend_from_slice(args);
    let run = reg.run_on(today, &all).ok();
    let lines: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("попередження: ") || l.starts_with("підказка: "))
        .collect();
    assert!(
        lines.iter().any(|l| l.starts_with("попередження: ")),
        "{args:?}: no «попередження:» line:\n{}",
        run.stderr
    );
    let english = latin_words(&lines.join("\n"));
    assert!(
        english.is_empty(),
        "{args:?}: English words {english:?} in:\n{}",
        run.stderr
    );
    assert!(!run.stderr.contains("warning:"), "{}", run.stderr);
    lines.join("\n")
}

#[test]
fn warnings_of_the_steps_speak_ukrainian() {
    let reg = Reg::new();
    reg.card_at(Stage::Registered);
    reg.walk("К-1").executor("miskcvitlo").to(Stage::Resolved);
    let said = warned(&reg, "2015-06-25", &["dispatch", "К-1"]);
    assert_eq!(
        said,
        "попередження: у виконавця 'miskcvitlo' немає e-mail у people.toml; надішліть йому лист іншим способом"
    );

    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    let extend = [
        "extend",
        "К-1",
        "--until",
        "2015-08-01",
        "--by",
        "maslenkov",
        "--reason",
        "перевірка",
    ];
    let said = warned(&reg, "2015-07-10", &extend);
    assert!(
        said.contains("новий контрольний термін 01.08.2015 припадає на неробочий день (субота)"),
        "{said}"
    );
    assert!(
        said.contains("заявника треба повідомити про продовження строку (ст. 20 Закону)"),
        "{said}"
    );

    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    let late = [
        "extend",
        "К-1",
        "--until",
        "2015-08-07",
        "--by",
        "holova",
        "--reason",
        "перевірка",
        "--late",
        "--notified",
        "2015-07-27",
    ];
    warned(&reg, "2015-07-27", &late);

    let reg = Reg::new();
    reg.card_at(Stage::Dispatched);
    reg.package(crate::support::QUALITY);
    warned(&reg, "2015-07-24", &answer_args("К-1", "quality.toml"));

    let reg = Reg::new();
    reg.card_at(Stage::Resolved);
    warned(
        &reg,
        "2015-06-25",
        &[
            "classify",
            "К-1",
            "--topic",
            "006",
            "--by",
            "maslenkov",
            "--reason",
            "житлове",
        ],
    );
}

#[test]
fn a_step_done_already_says_so_in_both_languages() {
    let reg = Reg::new();
    reg.card_at(Stage::Resolved);
    let args = ["resolve", "К-1", "--executor", "dzhkg"];
    let uk = reg
        .run_on("2015-06-25", &[&["--lang", "uk"][..], &args].concat())
        .ok();
    assert_eq!(
        uk.stderr,
        "2015/К-1: резолюцію вже внесено — повторно нічого не записано\n"
    );
    let en = reg.run_on("2015-06-25", &args).ok();
    assert_eq!(
        en.stderr,
        "already done: 2015/К-1 is resolved so already; nothing was written\n"
    );
}

#[test]
fn register_notices_speak_ukrainian() {
    let reg = registered();
    let f = reg.file(
        "mixed.json",
        &json!([
            record("walk-1", DAY, json!({})),
            record("e-2", DAY, json!({"kind": "3.9"})),
            record("e-3", DAY, json!({})),
        ])
        .to_string(),
    );
    let run = reg
        .run_on(
            DAY,
            &["--lang", "uk", "register", "--from", &f, "--skip-invalid"],
        )
        .ok();
    let lines = run.stderr;
    assert!(
        lines.contains(
            "пропущено неправильний запис: mixed.json: запис 2: поле `kind`: невідомий код"
        ),
        "{lines}"
    );
    assert!(
        lines.contains(
            "уже зареєстровано: mixed.json запис 1: номер контакт-центру walk-1 має картка 2015/К-1"
        ),
        "{lines}"
    );
    assert!(
        lines.contains("підказка: 2015/К-2: заявник уже звертався з цього питання: 2015/К-1"),
        "{lines}"
    );
    // Three notices and the command's own count at the end.
    assert_eq!(lines.lines().count(), 4, "{lines}");
    assert!(
        lines.ends_with(
            "зареєстровано 1 звернення, уже було зареєстровано: 1, пропущено неправильних записів: 1\n"
        ),
        "{lines}"
    );
    assert!(latin_words(&lines).is_empty(), "{lines}");
}
