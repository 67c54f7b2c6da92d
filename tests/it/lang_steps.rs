//! What a step prints after it changed the register, in Ukrainian (no
//! language set, or `--lang uk`) and in English (`--lang en`, as before the
//! catalogue); JSON the same in both.

use crate::support::{answer_args, latin_words, record, Reg, Run, DAY, QUALITY};

/// Runs a command on `reg` in `lang` on `today`.
fn run(reg: &Reg, lang: &str, today: &str, args: &[&str]) -> Run {
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    reg.run_on(today, &all)
}

/// Both streams, as a clerk sees them.
fn seen(r: &Run) -> String {
    format!("{}{}", r.stdout, r.stderr)
}

/// A batch of `n` appeals of different applicants received on [`DAY`], as
/// a file beside the register.
fn batch(reg: &Reg, name: &str, n: usize) -> String {
    const NAMES: [&str; 6] = [
        "Коваленко",
        "Петренко",
        "Шевчук",
        "Бондар",
        "Мельник",
        "Ткаченко",
    ];
    let records: Vec<serde_json::Value> = (1..=n)
        .map(|i| {
            let applicant = format!("{} Петро Іванович", NAMES[(i - 1) % NAMES.len()]);
            let extra = serde_json::json!({
                "name": applicant,
                "phone": format!("+38067123450{i}"),
                "address": format!("вул. Шевченка, {i}"),
            });
            record(&format!("{name}-{i}"), DAY, extra)
        })
        .collect();
    reg.file(
        &format!("{name}.json"),
        &serde_json::Value::Array(records).to_string(),
    )
}

#[test]
fn a_card_walked_through_every_step_in_ukrainian_has_no_english_words() {
    let reg = Reg::new();
    reg.package(QUALITY);
    let file = batch(&reg, "walk", 6);
    let mut said = Vec::new();
    let mut step = |today: &str, args: &[&str]| {
        let r = run(&reg, "uk", today, args).ok();
        said.push((args.join(" "), seen(&r)));
        r
    };
    step(DAY, &["register", "--from", &file]);
    let c = "К-1";
    step(
        "2015-06-24",
        &["resolve", c, "--executor", "dzhkg", "--executor", "soc"],
    );
    step(
        "2015-06-24",
        &["resolve", c, "--executor", "dzhkg", "--executor", "soc"],
    );
    step("2015-06-25", &["dispatch", c]);
    step(
        "2015-06-26",
        &[
            "reassign",
            c,
            "--executor",
            "dzhkg",
            "--by",
            "maslenkov",
            "--reason",
            "інший виконавець",
        ],
    );
    step("2015-06-26", &["dispatch", c]);
    step(
        "2015-07-01",
        &[
            "extend",
            c,
            "--until",
            "2015-08-07",
            "--by",
            "maslenkov",
            "--reason",
            "потрібна перевірка на місці",
        ],
    );
    step("2015-07-02", &["notify", c, "--on", "2015-07-02"]);
    step(
        "2015-07-03",
        &[
            "classify",
            c,
            "--topic",
            "010",
            "--by",
            "maslenkov",
            "--reason",
            "питання житлове",
        ],
    );
    step("2015-07-20", &answer_args(c, "quality.toml"));
    step(
        "2015-07-20",
        &[
            "rework",
            c,
            "--by",
            "maslenkov",
            "--reason",
            "не зазначено строки",
        ],
    );
    step("2015-07-21", &answer_args(c, "quality.toml"));
    step("2015-07-21", &["sign", c, "--by", "maslenkov"]);
    step(
        "2015-07-22",
        &["send", c, "--number", "02-14/77", "--date", "2015-07-22"],
    );
    step(
        "2015-07-22",
        &["close", c, "--by", "sizhuk", "--file", "справа 02-14"],
    );
    step("2015-07-23", &["confirm", c, "--outcome", "confirmed"]);
    step(
        "2015-06-24",
        &["link", "#2", "--to", "К-1", "--reason", "те саме питання"],
    );
    step("2015-06-24", &["unlink", "#2", "--reason", "інше питання"]);
    step(
        "2015-06-24",
        &[
            "forward",
            "#3",
            "--to",
            "Головне управління Держпраці",
            "--by",
            "maslenkov",
            "--notice",
            "info.txt",
        ],
    );
    step(
        "2015-06-24",
        &[
            "return",
            "#4",
            "--reason",
            "не зазначено місце проживання",
            "--by",
            "maslenkov",
            "--notice",
            "draft.txt",
        ],
    );
    step(
        "2015-06-24",
        &["close-duplicate", "#6", "--of", "#5", "--by", "zarichenko"],
    );
    for (args, text) in &said {
        // The warnings' and hints' words are the error catalogue's, tested there.
        let own: String = text
            .lines()
            .filter(|l| !l.starts_with("warning:") && !l.starts_with("hint:"))
            .map(|l| format!("{l}\n"))
            .collect();
        let words = latin_words(&own);
        assert!(words.is_empty(), "{args}: {words:?}\n{text}");
    }
    let all: String = said
        .iter()
        .map(|(args, text)| format!("$ {args}\n{text}"))
        .collect();
    insta::assert_snapshot!("steps_walk_uk", all);
}

#[test]
fn the_same_walk_in_english_reads_as_before() {
    let reg = Reg::new();
    reg.package(QUALITY);
    let file = batch(&reg, "walk", 1);
    let mut said = String::new();
    let mut step = |today: &str, args: &[&str]| {
        let r = run(&reg, "en", today, args).ok();
        said.push_str(&format!("$ {}\n{}", args.join(" "), seen(&r)));
    };
    step(DAY, &["register", "--from", &file]);
    step("2015-06-24", &["resolve", "К-1", "--executor", "dzhkg"]);
    step("2015-06-24", &["resolve", "К-1", "--executor", "dzhkg"]);
    step("2015-06-25", &["dispatch", "К-1"]);
    step("2015-07-20", &answer_args("К-1", "quality.toml"));
    step("2015-07-21", &["sign", "К-1", "--by", "maslenkov"]);
    step("2015-07-22", &["send", "К-1"]);
    step("2015-07-22", &["close", "К-1", "--by", "sizhuk"]);
    insta::assert_snapshot!("steps_walk_en", said);
}

#[test]
fn register_says_how_many_with_ukrainian_plurals() {
    for (n, uk, en) in [
        (1, "зареєстровано 1 звернення", "1 registered"),
        (2, "зареєстровано 2 звернення", "2 registered"),
        (5, "зареєстровано 5 звернень", "5 registered"),
    ] {
        let reg = Reg::new();
        let file = batch(&reg, "b", n);
        let r = run(&reg, "uk", DAY, &["register", "--from", &file, "--dry-run"]).ok();
        assert!(
            r.stderr
                .starts_with(&uk.replace("зареєстровано", "буде зареєстровано")),
            "{}",
            r.stderr
        );
        let r = run(&reg, "uk", DAY, &["register", "--from", &file]).ok();
        assert!(r.stderr.starts_with(uk), "{}", r.stderr);
        assert!(latin_words(&seen(&r)).is_empty(), "{}", seen(&r));
        let again = run(&reg, "en", DAY, &["register", "--from", &file]).ok();
        assert!(
            again
                .stderr
                .ends_with(&format!("0 registered, {n} already registered\n")),
            "{}",
            again.stderr
        );
        let _ = en;
    }
}

#[test]
fn register_batch_output_in_both_languages() {
    for lang in ["uk", "en"] {
        let reg = Reg::new();
        let file = batch(&reg, "b", 3);
        let r = run(&reg, lang, DAY, &["register", "--from", &file]).ok();
        insta::assert_snapshot!(format!("register_batch_{lang}"), seen(&r));
    }
}

#[test]
fn a_step_as_json_is_the_same_in_both_languages() {
    let mut outs = Vec::new();
    for lang in ["uk", "en"] {
        let reg = Reg::new();
        let file = batch(&reg, "b", 2);
        let reg_json = run(
            &reg,
            lang,
            DAY,
            &["register", "--from", &file, "--format", "json"],
        )
        .ok();
        let resolve = run(
            &reg,
            lang,
            "2015-06-24",
            &["resolve", "К-1", "--executor", "dzhkg", "--format", "json"],
        )
        .ok();
        outs.push((reg_json.stdout, resolve.stdout));
    }
    assert_eq!(outs[0], outs[1]);
}

#[test]
fn init_says_when_it_writes_the_demo_roster() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = crate::support::appeals_unset()
        .current_dir(dir.path())
        .args(["init", "demo", "--edition", "2015"])
        .output()
        .expect("runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{text}");
    assert!(
        text.contains("Записано демонстраційний перелік посадових осіб"),
        "{text}"
    );
    assert!(
        text.contains("Записано демонстраційну назву ради «Дніпродзержинська міська рада»"),
        "{text}"
    );
    let out = crate::support::appeals_unset()
        .current_dir(dir.path())
        .args([
            "init",
            "own",
            "--edition",
            "2015",
            "--coordinator",
            "ivanenko:\"Іваненко І. І.\"",
            "--executor",
            "dzhkg:\"Департамент ЖКГ\"",
            "--head",
            "holova:\"Міський голова\"",
            "--council",
            "Кам'янська міська рада",
        ])
        .output()
        .expect("runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{text}");
    assert!(text.contains("створено реєстр"), "{text}");
    assert!(!text.contains("демонстраційн"), "{text}");
    let settings = std::fs::read_to_string(dir.path().join("own/register.toml")).expect("settings");
    assert!(
        settings.contains("council = \"Кам'янська міська рада\""),
        "{settings}"
    );
    let people = std::fs::read_to_string(dir.path().join("own/people.toml")).expect("people");
    assert!(
        people.contains("id = \"ivanenko\"\nname = \"Іваненко І. І.\""),
        "{people}"
    );
    assert!(people.contains("[[executor]]\nid = \"dzhkg\""), "{people}");
    assert!(!people.contains("maslenkov"), "{people}");
}
