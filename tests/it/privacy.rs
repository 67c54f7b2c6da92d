//! Issue #15, point 5: one confidentiality rule (law art. 10,
//! `src/model/privacy.rs`). An applicant who asked for confidentiality is
//! walked through the procedure with an outbox, in a register inside git,
//! and every output is read for the applicant's name, address, phone and
//! e-mail: none may carry them, except the executors' letter and drafts
//! when `[privacy] executor_sees_confidential = true`. An ordinary
//! applicant beside it keeps being shown where personal data were asked
//! for, so that a rule hiding everyone fails here too.

use crate::support::{answer_args, git, record, Reg, Run, DAY, QUALITY, STEP_DAYS};
use serde_json::{json, Value};
use std::path::Path;

/// The confidential applicant's details, as registered.
const NAME: &str = "Яворівська-Пшеничка Мирослава Тарасівна";
const ADDRESS: &str = "вул. Потаємна, 13, кв. 7";
const PHONE: &str = "+380977654321";
const EMAIL: &str = "myroslava.secret@example.org";

/// What must not be found anywhere: each detail, and the parts of it an
/// output might print on their own (the surname, the street, the
/// subscriber's nine digits, the mailbox).
const SECRETS: [&str; 8] = [
    NAME,
    "Яворівська",
    ADDRESS,
    "Потаємна",
    PHONE,
    "977654321",
    EMAIL,
    "myroslava",
];

/// The ordinary applicant of [`record`].
const PLAIN: &str = "Коваленко Петро Іванович";

/// What people read in place of a hidden detail.
const PLACEHOLDER: &str = "конфіденційно (ст. 10 Закону)";

/// The last day of the story: everything is read on it.
const TODAY: &str = "2015-07-31";

/// The confidential applicant's intake record.
fn confidential(cc: &str, received: &str) -> Value {
    record(
        cc,
        received,
        json!({"name": NAME, "address": ADDRESS, "phone": PHONE, "email": EMAIL,
               "confidential": true}),
    )
}

/// Everything the binary printed or wrote, labelled, to be searched.
#[derive(Default)]
struct Seen(Vec<(String, String)>);

impl Seen {
    /// A run's stdout and stderr, after asserting it succeeded.
    #[track_caller]
    fn run(&mut self, label: &str, run: Run) -> Run {
        let run = run.ok();
        self.0
            .push((label.to_string(), format!("{}\n{}", run.stdout, run.stderr)));
        run
    }

    fn text(&mut self, label: &str, text: String) {
        self.0.push((label.to_string(), text));
    }

    /// Every file under `dir`, each with its name.
    fn files(&mut self, dir: &Path) {
        let mut n = 0;
        for e in walkdir::WalkDir::new(dir).into_iter().flatten() {
            if e.file_type().is_file() {
                n += 1;
                self.text(
                    &e.path().display().to_string(),
                    format!(
                        "{}\n{}",
                        e.file_name().to_string_lossy(),
                        String::from_utf8_lossy(&std::fs::read(e.path()).unwrap())
                    ),
                );
            }
        }
        assert!(n > 0, "no files in {}", dir.display());
    }

    /// No secret anywhere.
    #[track_caller]
    fn none_disclosed(&self) {
        for (label, text) in &self.0 {
            for s in SECRETS {
                assert!(!text.contains(s), "{label} discloses {s:?}:\n{text}");
            }
        }
    }
}

/// Every string cell of every sheet of a workbook, one per line.
fn xlsx_text(path: &Path) -> String {
    use calamine::{Reader, Xlsx};
    let mut wb: Xlsx<_> = calamine::open_workbook(path).expect("a workbook");
    let mut out = String::new();
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).expect("a sheet");
        for row in range.rows() {
            for cell in row {
                out.push_str(&cell.to_string());
                out.push('\n');
            }
        }
    }
    out
}

/// Sets `[privacy] executor_sees_confidential` in `register.toml`.
fn executor_sees(reg: &Reg, sees: bool) {
    let p = reg.path("register.toml");
    let text = std::fs::read_to_string(&p).unwrap();
    let setting = "[privacy]\nexecutor_sees_confidential = false\n";
    assert!(text.contains(setting), "init writes the setting:\n{text}");
    std::fs::write(
        &p,
        text.replace(
            setting,
            &format!("[privacy]\nexecutor_sees_confidential = {sees}\n"),
        ),
    )
    .unwrap();
}

/// A register in git with the confidential applicant's appeal (Я-1) and
/// an ordinary one (К-2) registered on [`DAY`], both resolved to `dzhkg`
/// and dispatched with letters in `out/`.
fn dispatched(seen: &mut Seen, sees: Option<bool>) -> Reg {
    let reg = Reg::in_git();
    if let Some(sees) = sees {
        executor_sees(&reg, sees);
    }
    let f = reg.file(
        "day.json",
        &json!([confidential("c-1", DAY), record("p-2", DAY, json!({}))]).to_string(),
    );
    seen.run(
        "register",
        reg.run_on(DAY, &["register", "--from", &f, "--format", "json"]),
    );
    for card in ["Я-1", "К-2"] {
        seen.run(
            "resolve",
            reg.run_on(
                STEP_DAYS[0],
                &["resolve", card, "--executor", "dzhkg", "--format", "json"],
            ),
        );
        seen.run(
            "dispatch",
            reg.run_on(STEP_DAYS[1], &["dispatch", card, "--outbox", "out"]),
        );
    }
    reg
}

/// The executor's letter for card number `n`.
fn letter(reg: &Reg, n: u32) -> String {
    std::fs::read_to_string(reg.dir.path().join(format!("out/2015-{n:06}-dzhkg.txt")))
        .expect("a letter")
}

/// `draft` of a card: printed, and written into `dir`.
fn drafts(reg: &Reg, seen: &mut Seen, card: &str, dir: &str) -> String {
    let printed = seen
        .run("draft", reg.run_on(STEP_DAYS[1], &["draft", card]))
        .stdout;
    seen.run(
        "draft --out",
        reg.run_on(STEP_DAYS[1], &["draft", card, "--out", dir]),
    );
    printed
}

/// The outputs of the register's users and of everyone else, read on
/// [`TODAY`] for card `card` of the confidential applicant.
fn read_everything(reg: &Reg, seen: &mut Seen, card: &str) {
    let run = |seen: &mut Seen, args: &[&str]| seen.run(&args.join(" "), reg.run_on(TODAY, args));
    for format in ["table", "json", "csv"] {
        run(seen, &["show", card, "--format", format]);
        run(seen, &["list", "--format", format]);
        run(seen, &["list", "--personal", "--format", format]);
        run(seen, &["related", card, "--format", format]);
        run(seen, &["log", card, "--format", format]);
        run(seen, &["deadlines", "--format", format]);
        run(seen, &["report", "--month", "2015-06", "--format", format]);
        run(seen, &["report", "--quarter", "2015-2", "--format", format]);
    }
    for format in ["jsonl", "csv"] {
        run(seen, &["export", "--format", format]);
        run(seen, &["export", "--anonymize", "--format", format]);
        run(seen, &["export", "--personal", "--format", format]);
    }
    run(
        seen,
        &[
            "report",
            "--month",
            "2015-06",
            "--format",
            "html",
            "-o",
            "june.html",
        ],
    );
    run(
        seen,
        &[
            "report",
            "--month",
            "2015-06",
            "--format",
            "xlsx",
            "-o",
            "june.xlsx",
        ],
    );
    let d = reg.dir.path();
    seen.text(
        "june.html",
        std::fs::read_to_string(d.join("june.html")).unwrap(),
    );
    seen.text("june.xlsx", xlsx_text(&d.join("june.xlsx")));
    run(seen, &["check"]);
    seen.text(
        "git log",
        git(d, &["log", "--format=%an <%ae>%n%B", "--name-only"]),
    );
}

/// The confidential applicant through the whole procedure and a repeated
/// appeal: no output carries the name, address, phone or e-mail, and the
/// ordinary applicant beside it is shown where personal data were asked.
#[test]
fn a_confidential_applicant_is_absent_from_every_output() {
    let mut seen = Seen::default();
    let reg = dispatched(&mut seen, None);
    let first = letter(&reg, 1);
    assert!(
        first.contains(&format!("Заявник: {PLACEHOLDER}")),
        "{first}"
    );
    let plain = letter(&reg, 2);
    assert!(
        plain.contains(&format!("Заявник: {PLAIN}")) && plain.contains("вул. Шевченка"),
        "an ordinary applicant is named to the executor:\n{plain}"
    );
    let printed = drafts(&reg, &mut seen, "Я-1", "drafts");
    assert!(printed.contains(PLACEHOLDER), "{printed}");
    assert!(drafts(&reg, &mut seen, "К-2", "drafts-plain").contains(PLAIN));

    // Answered, signed and sent, each step's card printed as JSON.
    reg.package(QUALITY);
    let mut answer = answer_args("Я-1", "quality.toml");
    answer.extend(["--format", "json"]);
    seen.run("answer", reg.run_on(STEP_DAYS[2], &answer));
    seen.run(
        "sign",
        reg.run_on(
            STEP_DAYS[3],
            &["sign", "Я-1", "--by", "maslenkov", "--format", "json"],
        ),
    );
    seen.run("send", reg.run_on(STEP_DAYS[4], &["send", "Я-1"]));
    // Again: already done, the card printed.
    seen.run(
        "send again",
        reg.run_on(STEP_DAYS[4], &["send", "Я-1", "--format", "json"]),
    );
    // The applicant comes back on the question: linked, related.
    let f = reg.file(
        "again.json",
        &json!([confidential("c-3", "2015-07-27")]).to_string(),
    );
    let again = seen.run(
        "register again",
        reg.run_on("2015-07-27", &["register", "--from", &f, "--link-matches"]),
    );
    assert!(again.stdout.contains("2015/Я-3"), "{}", again.stdout);
    assert_eq!(reg.card(2015, 3)["links"]["repeat_of"], "2015/Я-1");

    read_everything(&reg, &mut seen, "Я-1");
    read_everything(&reg, &mut seen, "Я-3");
    seen.files(&reg.dir.path().join("out"));
    seen.files(&reg.dir.path().join("drafts"));
    seen.none_disclosed();

    // Hidden, not lost: the register keeps the applicant, the outputs say
    // why it is hidden, and the ordinary applicant is shown where asked.
    assert_eq!(reg.card(2015, 1)["applicant"]["name"], NAME);
    let show = reg.run_on(TODAY, &["show", "Я-1"]).ok().stdout;
    assert!(show.contains(PLACEHOLDER), "{show}");
    assert!(reg
        .run_on(TODAY, &["show", "К-2"])
        .ok()
        .stdout
        .contains(PLAIN));
    let card = reg
        .run_on(TODAY, &["show", "Я-1", "--format", "json"])
        .ok()
        .json();
    assert_eq!(
        card["applicant"],
        json!({"name": null, "address": null, "phone": null, "email": null,
               "gender": "4.1", "categories": ["7.5"], "social_status": "8.1",
               "signatories": 1, "confidential": true})
    );
    let listed = reg.run_on(TODAY, &["list", "--personal"]).ok().stdout;
    assert!(
        listed.contains(PLACEHOLDER) && listed.contains(PLAIN),
        "{listed}"
    );
    let rows: Vec<Value> = reg
        .run_on(TODAY, &["export", "--personal"])
        .ok()
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        (
            &rows[0]["name"],
            &rows[0]["phone"],
            &rows[0]["confidential"]
        ),
        (&Value::Null, &Value::Null, &json!(true))
    );
    assert_eq!(rows[1]["name"], PLAIN);
    let rows: Vec<Value> = reg
        .run_on(TODAY, &["export", "--anonymize"])
        .ok()
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows[0]["applicant"], Value::Null, "no pseudonym");
    assert!(rows[1]["applicant"].is_string());
}

/// With `executor_sees_confidential = true` (art. 10's exception for those
/// who resolve the matter) the executor's letter and drafts name the
/// applicant and say the applicant asked; every other output still hides.
#[test]
fn the_executor_sees_a_confidential_applicant_when_the_policy_says_so() {
    let mut seen = Seen::default();
    let reg = dispatched(&mut seen, Some(true));
    let text = letter(&reg, 1);
    for s in [NAME, ADDRESS, PHONE, EMAIL] {
        assert!(text.contains(s), "the letter lacks {s}:\n{text}");
    }
    assert!(
        text.contains("заявник просив не розголошувати його прізвище"),
        "{text}"
    );
    let mut executors = Seen::default();
    let printed = drafts(&reg, &mut executors, "Я-1", "drafts");
    for s in [NAME, ADDRESS] {
        assert!(printed.contains(s), "the draft lacks {s}:\n{printed}");
    }
    std::fs::remove_dir_all(reg.dir.path().join("out")).unwrap();
    std::fs::remove_dir_all(reg.dir.path().join("drafts")).unwrap();
    read_everything(&reg, &mut seen, "Я-1");
    seen.none_disclosed();
}

/// `init` writes the setting with its comment; a `register.toml` from
/// before it (no `[privacy]`) takes the default, the applicant's request;
/// a wrong value is `check`'s `config-invalid` and refuses other commands.
#[test]
fn the_setting_is_written_defaulted_and_checked() {
    let reg = Reg::new();
    let p = reg.path("register.toml");
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(
        text.contains("# privacy.executor_sees_confidential:")
            && text.contains("[privacy]\nexecutor_sees_confidential = false\n"),
        "{text}"
    );

    // An older register.toml without the table.
    let older = &text[..text.find("\n# privacy.").expect("the comment") + 1];
    assert!(!older.contains("privacy"), "{older}");
    std::fs::write(&p, older).unwrap();
    let mut seen = Seen::default();
    let f = reg.file("c.json", &json!([confidential("c-1", DAY)]).to_string());
    seen.run("register", reg.run_on(DAY, &["register", "--from", &f]));
    reg.walk("Я-1").to(crate::support::Stage::Resolved);
    seen.run(
        "dispatch",
        reg.run_on(STEP_DAYS[1], &["dispatch", "Я-1", "--outbox", "out"]),
    );
    seen.files(&reg.dir.path().join("out"));
    drafts(&reg, &mut seen, "Я-1", "drafts");
    seen.none_disclosed();
    let run = reg.run_on(STEP_DAYS[1], &["check"]).ok();
    assert_eq!((run.stdout.as_str(), run.stderr.as_str()), ("", ""));

    // A value that is not true or false.
    std::fs::write(
        &p,
        text.replace(
            "executor_sees_confidential = false",
            "executor_sees_confidential = \"так\"",
        ),
    )
    .unwrap();
    let found = reg
        .run_on(STEP_DAYS[1], &["check", "--format", "json"])
        .fails()
        .json();
    assert!(
        found
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "config-invalid"
                && f["file"] == "register.toml"
                && f["message"]
                    .as_str()
                    .is_some_and(|m| m.contains("expected a boolean"))),
        "{found:#}"
    );
    reg.run_on(STEP_DAYS[1], &["show", "Я-1"])
        .fails()
        .stderr_has("register.toml");
}

/// A confidential record's bad phone or e-mail is refused without quoting
/// it; an ordinary record's is quoted as before.
#[test]
fn intake_problems_do_not_quote_a_confidential_applicants_contacts() {
    let reg = Reg::new();
    let bad = |confidential: bool| {
        record(
            "x-1",
            DAY,
            json!({"phone": "дзвонити 977654321 ввечері", "email": "myroslava at home",
                   "confidential": confidential}),
        )
    };
    let f = reg.file("c.json", &json!([bad(true)]).to_string());
    let run = reg.refused(
        DAY,
        &["register", "--from", &f],
        &["field `phone`", "field `email`"],
    );
    for s in ["977654321", "myroslava"] {
        assert!(!run.stderr.contains(s), "{s} quoted:\n{}", run.stderr);
    }
    assert!(
        run.stderr.contains("confidential, law art. 10"),
        "{}",
        run.stderr
    );
    let f = reg.file("p.json", &json!([bad(false)]).to_string());
    reg.refused(
        DAY,
        &["register", "--from", &f],
        &["\"myroslava at home\" is not an e-mail address"],
    );
}

/// Issue #19: a pseudonym is keyed. Without a key `--anonymize` is refused;
/// one key gives one pseudonym to one person in two registers, another key
/// another one.
#[test]
fn pseudonyms_are_keyed_and_refused_without_a_key() {
    let reg = Reg::new();
    reg.register_one(DAY, "0145-23062015", PLAIN, "009").ok();
    reg.register_one(DAY, "0146-23062015", "Олійник Ліна Петрівна", "009")
        .ok();
    let out = crate::support::appeals()
        .current_dir(reg.dir.path())
        .env_remove("APPEALS_ANONYMIZE_KEY_FILE")
        .args(["-R", "reg", "--today", TODAY, "export", "--anonymize"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("needs the pseudonyms' secret key"), "{err}");
    assert!(err.contains("--anonymize-key FILE"), "{err}");
    assert!(out.stdout.is_empty());
    let short = reg.file("short.key", "0123456789\n");
    reg.run_on(TODAY, &["export", "--anonymize", "--anonymize-key", &short])
        .fails()
        .stderr_has("is 10 bytes; a pseudonym key needs at least 16");
    let pseudonyms = |key: &str| -> Vec<serde_json::Value> {
        let run = reg
            .run_on(TODAY, &["export", "--anonymize", "--anonymize-key", key])
            .ok();
        run.stdout
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["applicant"].clone())
            .collect()
    };
    let other = reg.file("other.key", "another oblast's key, 32 bytes..");
    let (a, b) = (
        pseudonyms(crate::support::PSEUDONYM_KEY),
        pseudonyms(&other),
    );
    assert_eq!(a.len(), b.len());
    assert!(a.iter().any(|p| p.is_string()));
    for (x, y) in a.iter().zip(&b) {
        if x.is_string() {
            assert_ne!(x, y, "another key, another pseudonym");
        }
    }
    assert_eq!(
        a,
        pseudonyms(crate::support::PSEUDONYM_KEY),
        "stable for one key"
    );
}
