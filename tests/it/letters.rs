//! Issue #16, point 4: letters that read right. Every answer template is
//! rendered (`appeals draft`) for a man, a woman, an applicant of unknown
//! gender, an anonymous and a collective appeal, and compared as a whole:
//! the salutation follows the gender code (`model::salutation`), the
//! executor is named in the instrumental («розглянуто Департаментом …»)
//! and the letter is signed with the coordinator's short name, all from
//! the demo roster's forms in `people.toml`. A roster without the forms
//! still loads and reads the nominative.

use crate::support::{Reg, DAY};
use serde_json::{json, Value};

/// The day the appeals are resolved and drafted.
const RESOLVED: &str = "2015-06-24";

/// Registers one appeal from the standard record with `extra`, resolves it
/// to `executors` and returns its index (`К-1`).
fn resolved(reg: &Reg, extra: Value, executors: &[&str]) -> String {
    let f = reg.file(
        "appeal.json",
        &json!([crate::support::record("m1", DAY, extra)]).to_string(),
    );
    let run = reg.run_on(DAY, &["register", "--from", &f]).ok();
    let full = run
        .stdout
        .split('\t')
        .next()
        .unwrap_or_default()
        .to_string();
    let index = full.rsplit('/').next().unwrap_or_default().to_string();
    assert!(!index.is_empty(), "no card registered:\n{}", run.stderr);
    let mut args = vec!["resolve", index.as_str()];
    for e in executors {
        args.extend(["--executor", e]);
    }
    reg.run_on(RESOLVED, &args).ok();
    index
}

/// `appeals draft` for an appeal with `extra`, resolved to `executors`.
fn drafted(extra: Value, executors: &[&str]) -> String {
    let reg = Reg::new();
    let index = resolved(&reg, extra, executors);
    reg.run_on(RESOLVED, &["draft", &index]).ok().stdout
}

/// The coordinator of topic 009 (maslenkov), as the letters sign.
const SIGNED: &str = "заступник міського голови з питань діяльності виконавчих органів міської ради, \
                      директор департаменту житлово-комунального господарства та будівництва міської ради\n\
                      О. Масленков\n";

/// Both drafts as `appeals draft` prints them, for an appeal registered as
/// `index` from `name` at `address`, greeted with `salutation` and
/// considered `by` (the instrumental).
fn expected(index: &str, name: &str, address: &str, salutation: &str, by: &str) -> String {
    format!(
        "==> templates/answer-applicant.txt <==\n\
         Дніпродзержинська міська рада\n\
         Відділ звернень громадян\n\
         \n\
         {name}\n\
         {address}\n\
         \n\
         Щодо Вашого звернення від 23.06.2015 (реєстр. № {index}, контакт-центр № m1)\n\
         \n\
         {salutation}\n\
         \n\
         Ваше звернення «Не працює вуличне освітлення», що надійшло через багатоканальну телефонну лінію\n\
         «Контакт-центр «Гаряча лінія голови облдержадміністрації», розглянуто\n\
         {by}.\n\
         \n\
         [Результати розгляду, вжиті заходи, строки виконання.]\n\
         \n\
         {SIGNED}\
         \n\
         ==> templates/answer-cc.txt <==\n\
         Дніпропетровський обласний контактний центр\n\
         \n\
         Щодо звернення № m1 від 23.06.2015\n\
         (реєстраційний індекс у міській раді: {index}, контрольний термін: 23.07.2015)\n\
         \n\
         Заявник: {name}\n\
         Зміст: Не працює вуличне освітлення\n\
         \n\
         Звернення розглянуто {by}.\n\
         [Результат розгляду; заявника повідомлено листом від ____ № ____.]\n\
         \n\
         {SIGNED}"
    )
}

/// The standard record's applicant and address.
const MAN: &str = "Коваленко Петро Іванович";
const ADDRESS: &str = "вул. Шевченка, 5, кв. 12";

#[test]
fn a_man_is_greeted_as_pane_and_the_department_in_the_instrumental() {
    assert_eq!(
        drafted(json!({}), &["dzhkg"]),
        expected(
            "К-1",
            MAN,
            ADDRESS,
            "Шановний пане Коваленку!",
            "Департаментом житлово-комунального господарства та будівництва міської ради"
        )
    );
}

#[test]
fn a_woman_is_greeted_as_pani_and_the_administration_in_the_instrumental() {
    let woman = "Лисенко Олена Петрівна";
    assert_eq!(
        drafted(json!({"name": woman, "gender": "4.2"}), &["soc"]),
        expected(
            "Л-1",
            woman,
            ADDRESS,
            "Шановна пані Лисенко!",
            "Управлінням праці та соціального захисту населення міської ради"
        )
    );
}

#[test]
fn an_applicant_of_unknown_gender_gets_the_neutral_form() {
    assert_eq!(
        drafted(json!({"gender": null}), &["miskcvitlo"]),
        expected(
            "К-1",
            MAN,
            ADDRESS,
            "Шановний заявнику!",
            "КП «Міськсвітло»"
        )
    );
}

#[test]
fn an_anonymous_appeal_gets_no_name_in_the_salutation() {
    let anonymous = json!({"name": null, "address": null, "phone": null, "gender": "4.1"});
    assert_eq!(
        drafted(anonymous, &["zavodska"]),
        expected(
            "БП-1",
            "анонімний заявник",
            "",
            "Шановний заявнику!",
            "Заводською районною у місті радою"
        )
    );
}

#[test]
fn a_collective_appeal_greets_all_its_authors() {
    assert_eq!(
        drafted(json!({"signatories": 12}), &["soc", "karnaukhivka"]),
        expected(
            "КО-1",
            MAN,
            ADDRESS,
            "Шановні заявники!",
            "Управлінням праці та соціального захисту населення міської ради, \
             Карнаухівською селищною радою"
        )
    );
}

#[test]
fn a_confidential_applicant_is_greeted_without_the_surname() {
    let hidden = "конфіденційно (ст. 10 Закону)";
    let woman = json!({"name": "Лисенко Олена Петрівна", "gender": "4.2", "confidential": true});
    assert_eq!(
        drafted(woman, &["dzhkg"]),
        expected(
            "Л-1",
            hidden,
            hidden,
            "Шановна заявнице!",
            "Департаментом житлово-комунального господарства та будівництва міської ради"
        )
    );
}

#[test]
fn the_dispatch_letter_names_the_executors_in_the_instrumental() {
    let reg = Reg::new();
    let index = resolved(&reg, json!({}), &["soc", "vodokanal"]);
    reg.run_on(RESOLVED, &["dispatch", &index, "--outbox", "out"])
        .ok();
    for id in ["soc", "vodokanal"] {
        let letter =
            std::fs::read_to_string(reg.dir.path().join(format!("out/2015-000001-{id}.txt")))
                .expect("letter");
        assert!(
            letter.contains(
                "\nЗвернення розглядається Управлінням праці та соціального захисту населення міської ради \
                 спільно з КП «Водоканал».\n"
            ),
            "{letter}"
        );
    }
}

/// A people.toml written before the forms: every line of them removed.
fn without_forms(reg: &Reg) {
    let p = reg.path("people.toml");
    let text: String = std::fs::read_to_string(&p)
        .unwrap()
        .lines()
        .filter(|l| {
            ![
                "name_genitive",
                "name_dative",
                "name_instrumental",
                "short_name",
                "position_genitive",
                "position_dative",
            ]
            .iter()
            .any(|k| l.starts_with(k))
        })
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(!text.contains("_dative = "));
    std::fs::write(&p, text).unwrap();
}

#[test]
fn a_roster_without_the_forms_loads_and_reads_the_nominative() {
    let reg = Reg::new();
    without_forms(&reg);
    let index = resolved(&reg, json!({}), &["soc"]);
    let draft = reg.run_on(RESOLVED, &["draft", &index]).ok().stdout;
    assert!(
        draft.contains(
            "розглянуто\nУправління праці та соціального захисту населення міської ради.\n"
        ),
        "{draft}"
    );
    assert!(draft.contains("міської ради\nМасленков О.В.\n"), "{draft}");
    assert!(draft.contains("\nШановний пане Коваленку!\n"), "{draft}");
    let people = reg
        .run_on(RESOLVED, &["people", "--lang", "uk"])
        .ok()
        .stdout;
    assert!(
        people.contains(
            "У листах ужито називний відмінок: у people.toml не задано форм\n  \
             dzhkg: name_genitive, name_dative, name_instrumental\n  \
             soc: name_genitive, name_dative, name_instrumental\n"
        ) && people.contains(
            "\n  maslenkov: short_name, short_name_dative, position_genitive, position_dative\n"
        ),
        "{people}"
    );
    reg.run_on(RESOLVED, &["check"]).ok();
}

#[test]
fn an_older_template_without_the_new_placeholders_still_renders() {
    let reg = Reg::new();
    std::fs::write(
        reg.path("templates/answer-applicant.txt"),
        "Шановний(а) {applicant_name}!\nРозглянуто: {executor}.\n{coordinator_position}\n{coordinator}\n",
    )
    .unwrap();
    let index = resolved(&reg, json!({}), &["soc"]);
    let draft = reg.run_on(RESOLVED, &["draft", &index]).ok().stdout;
    assert!(
        draft.starts_with(
            "==> templates/answer-applicant.txt <==\n\
             Шановний(а) Коваленко Петро Іванович!\n\
             Розглянуто: Управління праці та соціального захисту населення міської ради.\n\
             заступник міського голови з питань діяльності виконавчих органів міської ради, \
             директор департаменту житлово-комунального господарства та будівництва міської ради\n\
             Масленков О.В.\n"
        ),
        "{draft}"
    );
}

#[test]
fn the_demo_roster_gives_every_form() {
    let reg = Reg::new();
    let people = reg.run_on(DAY, &["people", "--lang", "uk"]).ok().stdout;
    // Only the head's name is the council's to set.
    assert!(
        people.ends_with(
            "У листах ужито називний відмінок: у people.toml не задано форм\n  \
             holova: short_name, short_name_dative\n"
        ),
        "{people}"
    );
}
