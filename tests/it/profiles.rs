//! Import profiles (#21): the government hotline's 39-column export
//! registers into a copy of the demo register through `intake/hotline.toml`,
//! words become Classifier codes or a refusal naming record, column and
//! word, and a profile with a mistake names its file and key.

use crate::support::{demo, Reg};

/// The hotline export of 20–21 July 2015 shipped with the examples.
const EXPORT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/examples/contact-centre/hotline-2015-07-21.csv"
);

/// The demo register's next card number: its cards end at 44.
const FIRST: u32 = 45;

/// A copy of the demo register (which ships `intake/hotline.toml`).
fn demo_reg() -> Reg {
    Reg { dir: demo() }
}

/// Registers `file` on 21 July, the 20th's appeals with a late reason.
fn register(reg: &Reg, file: &str, extra: &[&str]) -> crate::support::Run {
    let mut args = vec![
        "register",
        "--from",
        file,
        "--late-reason",
        "received by the hotline the evening before",
    ];
    args.extend_from_slice(extra);
    reg.run_on("2015-07-21", &args)
}

/// The export with `from` replaced by `to` (once), written beside the register.
fn edited(reg: &Reg, from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(EXPORT).expect("export");
    assert!(text.contains(from), "{from}");
    reg.file("edited.csv", &text.replacen(from, to, 1))
}

#[test]
fn the_hotline_export_registers_with_codes_dates_and_numbers() {
    let reg = demo_reg();
    register(&reg, EXPORT, &["--profile", "hotline"])
        .ok()
        .stdout_has("2015/С-45\t2015-07-20\t0271-20072015\tcontrol 2015-08-20")
        .stdout_has("2015/БП-52\t2015-07-21\t0292-21072015");
    // The first row: the centre's words «Жінка», «Пенсіонерка» and its own
    // topic «Житлово-комунальне господарство».
    let c = reg.card(2015, FIRST);
    assert_eq!(c["cc_number"], "0271-20072015");
    assert_eq!(c["received"], "2015-07-20");
    assert_eq!(c["applicant"]["name"], "Савчук Оксана Петрівна");
    assert_eq!(c["applicant"]["address"], "вул. Широка, 12, кв. 40");
    assert_eq!(c["applicant"]["phone"], "+380501112233");
    assert_eq!(c["applicant"]["gender"], "4.2");
    assert_eq!(c["applicant"]["social_status"], "8.1");
    assert_eq!(c["applicant"]["categories"], serde_json::json!(["7.2"]));
    assert_eq!(c["classification"]["topics"], serde_json::json!(["009"]));
    assert_eq!(c["classification"]["form"], "1.4");
    assert_eq!(c["classification"]["type"], "6.3");
    assert_eq!(c["classification"]["subject"], "5.1");
    assert_eq!(c["summary"], "Немає гарячої води в будинку з 13 липня");
    // The centre's columns the card keeps as they came, and its own
    // control date («Вирішити до» 19.08.2015, ours 20.08.2015).
    assert_eq!(
        c["source"],
        serde_json::json!({
            "Джерело": "Урядова гаряча лінія",
            "Пріоритет": "Звичайний",
            "Територіальна одиниця": "Дніпропетровська обл., м. Дніпродзержинськ"
        })
    );
    assert_eq!(c["term"]["cc_due"], "2015-08-19");
    assert_eq!(c["term"]["control_date"], "2015-08-20");
    // The Classifier's own names («Чоловіча», «Робітник», «Транспорт»
    // through the profile) and an e-mail.
    let c = reg.card(2015, FIRST + 1);
    assert_eq!(c["applicant"]["gender"], "4.1");
    assert_eq!(c["applicant"]["social_status"], "8.2");
    assert_eq!(c["applicant"]["email"], "gnatiuk@example.com");
    assert_eq!(c["classification"]["topics"], serde_json::json!(["003"]));
    // Two categories in one cell, one the centre's word, one the Classifier's.
    let c = reg.card(2015, FIRST + 2);
    assert_eq!(
        c["applicant"]["categories"],
        serde_json::json!(["7.8", "7.6"])
    );
    assert_eq!(c["classification"]["topics"], serde_json::json!(["006"]));
    // A name with a typographic apostrophe («Охорона здоров’я»).
    let c = reg.card(2015, FIRST + 4);
    assert_eq!(c["received"], "2015-07-21");
    assert_eq!(c["classification"]["topics"], serde_json::json!(["008"]));
    assert_eq!(c["applicant"]["categories"], serde_json::json!(["7.13"]));
    // The anonymous row: «Не вказано» and «Не визначено» stand for no code.
    let c = reg.card(2015, FIRST + 7);
    assert_eq!(c["index"], "БП-52");
    assert_eq!(c["classification"]["subject"], "5.3");
    assert_eq!(c["applicant"]["gender"], serde_json::Value::Null);
    assert_eq!(c["applicant"]["categories"], serde_json::json!([]));
    assert_eq!(c["classification"]["topics"], serde_json::json!(["024"]));
    // The centre's dates unlike ours are listed as questions; check passes.
    reg.run_on("2015-07-21", &["check"])
        .ok()
        .stderr_has("cc-term-differs");
}

#[test]
fn a_rerun_registers_nothing_twice() {
    let reg = demo_reg();
    register(&reg, EXPORT, &["--profile", "hotline"]).ok();
    let before = reg.snapshot();
    register(&reg, EXPORT, &["--profile", "hotline"])
        .ok()
        .stderr_has("cc 0271-20072015 is 2015/С-45")
        .stderr_has("0 registered, 8 already registered");
    assert_eq!(reg.snapshot(), before);
}

#[test]
fn an_unknown_word_is_refused_naming_record_column_and_word() {
    let reg = demo_reg();
    let f = edited(&reg, ";Пенсіонерка;", ";Пенсіонерко;");
    let before = reg.snapshot();
    register(&reg, &f, &["--profile", "hotline"])
        .fails()
        .stderr_has("nothing was written")
        .stderr_has("line 1: field `Соціальний стан`: «Пенсіонерко» is not a word of section 8")
        .stderr_has("did you mean 8.1 Пенсіонер, Пенсіонерка?");
    assert_eq!(reg.snapshot(), before);
}

#[test]
fn skip_invalid_registers_the_others() {
    let reg = demo_reg();
    let f = edited(&reg, ";Транспорт;", ";Маршрутки;");
    register(&reg, &f, &["--profile", "hotline", "--skip-invalid"])
        .ok()
        .stderr_has("«Маршрутки» is not a word of section ІІ")
        .stderr_has("7 registered, 0 already registered, 1 invalid skipped");
    assert_eq!(reg.card(2015, FIRST)["cc_number"], "0271-20072015");
    assert_eq!(reg.card(2015, FIRST + 1)["cc_number"], "0279-20072015");
}

#[test]
fn a_date_in_another_format_and_an_unknown_column_are_refused() {
    let reg = demo_reg();
    let f = edited(&reg, ";20.07.2015 09:14;", ";2015-07-20;");
    register(&reg, &f, &["--profile", "hotline"])
        .fails()
        .stderr_has("field `Створено`: \"2015-07-20\" is not a date as the profile writes them");
    let f = edited(&reg, ";Коментарі", ";Примітки");
    register(&reg, &f, &["--profile", "hotline"])
        .fails()
        .stderr_has("field `Примітки`: a column the profile neither reads nor ignores");
}

#[test]
fn the_default_profile_of_register_toml_reads_the_export() {
    let reg = demo_reg();
    let settings = std::fs::read_to_string(reg.path("register.toml")).unwrap();
    std::fs::write(
        reg.path("register.toml"),
        format!("{settings}\n[intake]\nprofile = \"hotline\"\n"),
    )
    .unwrap();
    register(&reg, EXPORT, &[]).ok().stderr_has("8 registered");
    assert_eq!(reg.card(2015, FIRST)["applicant"]["gender"], "4.2");
    // The register's own format is still a profile to name.
    register(&reg, EXPORT, &["--profile", "appeals"])
        .fails()
        .stderr_has("field `Джерело`: unknown column");
    reg.run_on("2015-07-21", &["check"]).ok();
}

#[test]
fn a_profile_with_a_mistake_names_its_file_and_key() {
    let reg = demo_reg();
    let path = reg.path("intake/hotline.toml");
    let good = std::fs::read_to_string(&path).unwrap();
    for (from, to, needle) in [
        ("\ndates =", "\ndatez =", "unknown field `datez`"),
        ("[words.gender]", "[words.sex]", "unknown variant `sex`"),
        (
            "\nemail = ",
            "\ne_mail = ",
            "columns.e_mail: intake has no such field",
        ),
        (
            "\"Жінка\" = \"4.2\"",
            "\"Жінка\" = \"4.9\"",
            "words.gender.\"Жінка\": ",
        ),
    ] {
        std::fs::write(&path, good.replacen(from, to, 1)).unwrap();
        register(&reg, EXPORT, &["--profile", "hotline"])
            .fails()
            .stderr_has("intake/hotline.toml: ")
            .stderr_has(needle);
    }
    register(&reg, EXPORT, &["--profile", "hot-line"])
        .fails()
        .stderr_has("no import profile hot-line (the register has appeals, hotline)");
}

#[test]
fn init_writes_the_hotline_profile_the_demo_ships() {
    let reg = Reg::new();
    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/register/intake/hotline.toml");
    assert_eq!(
        std::fs::read_to_string(reg.path("intake/hotline.toml")).unwrap(),
        std::fs::read_to_string(shipped).unwrap()
    );
}
