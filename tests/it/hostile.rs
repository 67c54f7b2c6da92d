//! Hostile input on every path in: intake files (JSON, JSON Lines, CSV),
//! flags, card names, the settings files and hand-edited cards — malformed,
//! truncated, huge, wrongly encoded, with control characters or paths that
//! lead out of the register. Each gets a clear error and exit 1 (exit 2
//! where the argument parser refuses, a usage error), never a panic, and
//! nothing is written, inside the register or outside it.

use crate::support::{appeals, record, Reg, Stage};
use serde_json::json;

const DAY: &str = "2015-06-23";

/// A register with one appeal, К-1.
fn one() -> Reg {
    let reg = Reg::new();
    reg.register_one(DAY, "h-1", "Коваленко Петро Іванович", "009")
        .ok();
    reg
}

fn write_bytes(reg: &Reg, name: &str, bytes: &[u8]) -> String {
    std::fs::write(reg.dir.path().join(name), bytes).expect("write");
    name.to_string()
}

#[test]
fn hostile_intake_files() {
    let reg = one();
    let ok = record("h-2", DAY, json!({}));
    let big = "x".repeat(20 << 20);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("malformed.json", br#"[{"cc_number": "1","#.to_vec(), "malformed JSON"),
        ("empty.json", Vec::new(), "malformed JSON"),
        ("truncated.jsonl", format!("{ok}\n{{\"cc_number\": \"2\", \"rec").into_bytes(), "line 2, column"),
        ("scalar.json", b"42".to_vec(), "expected a JSON array"),
        ("numbers.json", b"[1, [2]]".to_vec(), "a record must be a JSON object"),
        ("deep.json", "[".repeat(100_000).into_bytes(), "recursion limit"),
        ("garbage.json", format!("[{big}]").into_bytes(), "malformed JSON"),
        ("cp1251.csv", b"cc_number,name\n1,\xca\xee\xe2\xe0\xeb\xe5\xed\xea\xee\n".to_vec(), "not UTF-8"),
        // A UTF-16 byte-order mark is obeyed: the record is read, and lacks its fields.
        ("utf16.json", b"\xff\xfe[\x00{\x00}\x00]\x00".to_vec(), "field `received`: missing"),
        ("bell.json", json!([record("h-3", DAY, json!({"name": "Кова\u{7}ленко"}))]).to_string().into_bytes(), "contains control characters"),
        ("nul.json", json!([record("h\u{0}4", DAY, json!({}))]).to_string().into_bytes(), "contains control characters"),
        ("escape.jsonl", format!("{}\n", record("h-5", DAY, json!({"summary": "\u{1b}[2J стерто"}))).into_bytes(), "contains control characters"),
        // Reading stops at a record no valid one could be (memory stays small).
        ("huge-summary.json", json!([record("h-6", DAY, json!({"summary": big}))]).to_string().into_bytes(), "record 1: record larger than 4 MiB"),
        ("long-summary.json", json!([record("h-6", DAY, json!({"summary": "x".repeat(10_001)}))]).to_string().into_bytes(), "longer than 10000 characters"),
        ("types.json", json!([record("h-7", DAY, json!({"signatories": -1, "term": 1e9, "topics": 9, "confidential": "maybe"}))]).to_string().into_bytes(), "expected a whole number"),
        ("overflow.json", br#"[{"cc_number": "h-8", "received": "2015-06-23", "topics": ["009"], "summary": "x", "signatories": 99999999999999999999}]"#.to_vec(), "signatories"),
        ("date.json", json!([record("h-9", "2015-02-30", json!({}))]).to_string().into_bytes(), "is not a date"),
        ("repeat.json", json!([record("h-10", DAY, json!({"repeat_of": "../../etc/passwd"}))]).to_string().into_bytes(), "repeat_of"),
        ("ragged.csv", b"cc_number,received,topics,summary\n1,2015-06-23,009,x,extra\n".to_vec(), "columns where the header has"),
        ("unknown.csv", b"cc_number,recieved\n1,2015-06-23\n".to_vec(), "unknown column"),
        ("twice.csv", b"summary,summary\nx,y\n".to_vec(), "column given twice"),
    ];
    for (name, bytes, needle) in cases {
        let f = write_bytes(&reg, name, &bytes);
        reg.refused(DAY, &["register", "--from", &f], &[needle]);
        reg.refused(DAY, &["register", "--from", &f, "--dry-run"], &[needle]);
    }
    // The same through standard input.
    let before = reg.world();
    let run = reg.run_stdin(DAY, &["register", "--from", "-"], "[{\"cc_number\": ");
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("<stdin>: line 1"), "{}", run.stderr);
    assert!(reg.world() == before);
}

#[test]
fn intake_paths_that_are_not_files() {
    let reg = one();
    std::fs::create_dir(reg.dir.path().join("adir")).expect("dir");
    reg.refused(DAY, &["register", "--from", "adir"], &["adir"]);
    reg.refused(
        DAY,
        &["register", "--from", "missing.json"],
        &["missing.json"],
    );
    reg.refused(
        DAY,
        &["register", "--from", "/nonexistent/../../etc/x.json"],
        &["x.json"],
    );
}

#[test]
fn an_intake_file_over_the_size_limit_is_refused_before_parsing() {
    let reg = one();
    // Sparse: 257 MiB of zeros that take no disk.
    let f = std::fs::File::create(reg.dir.path().join("huge.json")).expect("create");
    f.set_len(::appeals::intake::MAX_INPUT_BYTES + (1 << 20))
        .expect("set_len");
    reg.refused(
        DAY,
        &["register", "--from", "huge.json"],
        &["larger than 256 MiB"],
    );
}

#[test]
fn a_byte_order_mark_is_accepted_on_intake() {
    let reg = one();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(
        json!([record("h-20", DAY, json!({}))])
            .to_string()
            .as_bytes(),
    );
    let f = write_bytes(&reg, "bom.json", &bytes);
    reg.run_on(DAY, &["register", "--from", &f])
        .ok()
        .stdout_has("К-2");
    let f = write_bytes(
        &reg,
        "bom.csv",
        "\u{feff}cc_number,received,name,topics,summary\nh-21,2015-06-23,Бондар Ігор,009,x\n"
            .as_bytes(),
    );
    reg.run_on(DAY, &["register", "--from", &f])
        .ok()
        .stdout_has("Б-3");
    reg.run_on(DAY, &["check"]).ok();
}

#[test]
fn hostile_flags() {
    let reg = one();
    let reg_args = |extra: &[&'static str]| {
        let mut a = vec![
            "register",
            "--name",
            "Коваленко Петро",
            "--topic",
            "009",
            "--summary",
            "x",
        ];
        a.extend_from_slice(extra);
        a
    };
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (reg_args(&["--received", "2015-13-45"]), 1, "is not a date"),
        (
            reg_args(&["--term", "99999999999"]),
            1,
            "expected a whole number",
        ),
        (
            reg_args(&["--term", "400"]),
            1,
            "a term at registration is 1 to 30 days",
        ),
        (reg_args(&["--signatories", "0"]), 1, "must be at least 1"),
        (
            reg_args(&["--email", "a b@c"]),
            1,
            "is not an e-mail address",
        ),
        (
            reg_args(&["--cc-number", "a b"]),
            1,
            "contact-centre number",
        ),
        (
            reg_args(&["--cc-number", "a\u{7}b"]),
            1,
            "control characters",
        ),
        (
            reg_args(&["--phone", "+38\u{0b}067"]),
            1,
            "control characters",
        ),
        (reg_args(&["--topic", "../../etc"]), 1, "unknown code"),
        (
            reg_args(&["--repeat-of", "/etc/passwd"]),
            1,
            "can't read card name",
        ),
        (
            vec!["register", "--from", "x.json", "--name", "Коваленко"],
            1,
            "not both",
        ),
        (vec!["register"], 1, "nothing to register"),
        (
            vec!["register", "--today", "2015-02-30", "--topic", "009"],
            2,
            "invalid value",
        ),
        (vec!["list", "--format", "xml"], 2, "invalid value"),
    ];
    for (args, code, needle) in cases {
        match code {
            1 => reg.refused(DAY, &args, &[needle]),
            _ => reg.usage_error(DAY, &args, &[needle]),
        };
    }
}

#[test]
fn arguments_that_are_not_utf8_are_a_usage_error() {
    use std::os::unix::ffi::OsStrExt;
    let reg = one();
    let before = reg.world();
    let out = appeals()
        .current_dir(reg.dir.path())
        .args([
            "-R",
            "reg",
            "--today",
            DAY,
            "register",
            "--topic",
            "009",
            "--summary",
            "x",
            "--name",
        ])
        .arg(std::ffi::OsStr::from_bytes(
            b"\xca\xee\xe2\xe0\xeb\xe5\xed\xea\xee",
        ))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid UTF-8"));
    assert!(reg.world() == before);
}

#[test]
fn hostile_card_names() {
    let reg = one();
    let long = format!("К-{}", "1".repeat(100_000));
    let names = [
        "../../etc/passwd",
        "/etc/passwd",
        "2015/../К-1",
        "2015/К-1/../../x",
        "#0",
        "#99999999999",
        "К--1",
        "К-",
        "cc:",
        "cc:\u{7}",
        "К-1\u{202e}",
        long.as_str(),
    ];
    for n in names {
        for cmd in ["show", "explain", "related"] {
            reg.refused(DAY, &[cmd, n], &["card"]);
        }
        reg.refused(DAY, &["resolve", n, "--executor", "dzhkg"], &["card"]);
    }
    reg.refused(
        DAY,
        &["show", "cc:../../etc/passwd"],
        &["no card has contact-centre number"],
    );
    reg.refused(
        DAY,
        &["show", "2015/К-1", "-R", "/nonexistent"],
        &["is not a register"],
    );
    reg.refused(
        DAY,
        &["show", "К-1", "-R", "reg/cards"],
        &["is not a register"],
    );
}

#[test]
fn hostile_settings_files() {
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "register.toml",
            b"version = 1\ncouncil = \"x\"\nsurprise = true\n".to_vec(),
            "register.toml",
        ),
        (
            "register.toml",
            b"version = 1\ncouncil = \"x".to_vec(),
            "register.toml",
        ),
        (
            "register.toml",
            b"version = 1\ncouncil = \"\xc0\xc1\"\n".to_vec(),
            "not UTF-8",
        ),
        (
            "people.toml",
            b"[[executor]]\nid = \"../evil\"\nname = \"x\"\nkind = \"enterprise\"\n".to_vec(),
            "must be ASCII letters",
        ),
        (
            "people.toml",
            b"[[coordinator]]\nid = \"a\0b\"\n".to_vec(),
            "people.toml",
        ),
        (
            "calendar.toml",
            b"[[day]]\ndate = 2015-13-01\n".to_vec(),
            "calendar.toml",
        ),
        (
            "classifier.toml",
            b"edition = \"2015\"\n[[section]]\nkey = \"form\"\n[[section]]\nkey = \"form\"\n"
                .to_vec(),
            "classifier.toml",
        ),
    ];
    for (file, bytes, needle) in cases {
        let reg = one();
        std::fs::write(reg.path(file), &bytes).expect("write");
        reg.refused(DAY, &["list"], &[needle]);
        reg.refused(
            DAY,
            &[
                "register",
                "--name",
                "Бондар",
                "--topic",
                "009",
                "--summary",
                "x",
            ],
            &[needle],
        );
        let run = reg.refused(DAY, &["check", "--format", "json"], &["problem"]);
        assert!(
            run.stdout.contains("\"config-invalid\"") && run.stdout.contains(file),
            "{file}: {}",
            run.stdout
        );
    }
    // A byte-order mark from a Windows editor is fine.
    let reg = one();
    let mut text = b"\xEF\xBB\xBF".to_vec();
    text.extend(std::fs::read(reg.path("people.toml")).expect("people"));
    std::fs::write(reg.path("people.toml"), text).expect("write");
    reg.run_on(DAY, &["check"]).ok();
}

#[test]
fn hostile_hand_edited_cards() {
    let card = |reg: &Reg| reg.path("cards/2015/000001.json");
    let original = {
        let reg = one();
        std::fs::read(card(&reg)).expect("card")
    };
    let text = String::from_utf8(original.clone()).expect("utf-8");
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(&original);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("truncated", original[..original.len() / 3].to_vec()),
        ("empty", Vec::new()),
        (
            "not UTF-8",
            text.replacen("Коваленко", "\u{0}", 1)
                .into_bytes()
                .into_iter()
                .map(|b| if b == 0 { 0xff } else { b })
                .collect(),
        ),
        ("bom", bom),
        (
            "huge number",
            text.replacen("\"number\": 1,", "\"number\": 100000000000000000000,", 1)
                .into_bytes(),
        ),
        (
            "negative year",
            text.replacen("\"year\": 2015,", "\"year\": -2015,", 1)
                .into_bytes(),
        ),
        (
            "unknown status",
            text.replacen("\"status\": \"registered\"", "\"status\": \"lost\"", 1)
                .into_bytes(),
        ),
        (
            "bad date",
            text.replacen(
                "\"received\": \"2015-06-23\"",
                "\"received\": \"2015-02-30\"",
                1,
            )
            .into_bytes(),
        ),
        (
            "deep",
            format!("{}{}", "[".repeat(50_000), "]".repeat(50_000)).into_bytes(),
        ),
    ];
    for (what, bytes) in cases {
        let reg = one();
        std::fs::write(card(&reg), &bytes).expect("write");
        for args in [
            &["show", "К-1"][..],
            &["list"],
            &["resolve", "К-1", "--executor", "dzhkg"],
            &["check"],
        ] {
            let run = reg.refused(DAY, args, &[]);
            assert!(
                run.stderr.contains("000001.json") || run.stdout.contains("000001.json"),
                "{what} {args:?}: file not named:\n{}{}",
                run.stdout,
                run.stderr
            );
        }
    }
}

#[test]
fn document_paths_in_a_card_never_lead_out_of_the_register() {
    let reg = one();
    reg.walk("К-1").to(Stage::Answered);
    let p = reg.path("cards/2015/000001.json");
    let mut c: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&p).expect("card")).expect("json");
    let secret = reg.file("secret.txt", "не для реєстру\n");
    for bad in [
        format!("../{secret}"),
        reg.dir.path().join(&secret).display().to_string(),
    ] {
        c["answer"]["documents"]["draft"] = json!(bad);
        std::fs::write(&p, serde_json::to_string_pretty(&c).expect("json") + "\n").expect("write");
        reg.refused(
            "2015-07-21",
            &["sign", "К-1", "--by", "maslenkov"],
            &["a path in a register is relative to it"],
        );
        let run = reg.refused(DAY, &["check", "--format", "json"], &["problem"]);
        assert!(run.stdout.contains("\"unsafe-path\""), "{}", run.stdout);
    }
}

#[test]
fn an_executor_id_edited_into_a_path_writes_no_letter() {
    let reg = one();
    reg.walk("К-1").to(Stage::Resolved);
    let p = reg.path("cards/2015/000001.json");
    let text = std::fs::read_to_string(&p)
        .expect("card")
        .replace("\"dzhkg\"", "\"../../evil\"");
    std::fs::write(&p, text).expect("write");
    reg.refused(
        "2015-06-25",
        &["dispatch", "К-1", "--outbox", "out"],
        &["people.toml"],
    );
    assert!(!reg.dir.path().join("out").exists() && !reg.dir.path().join("evil.txt").exists());
}
