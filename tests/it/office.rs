//! Issue #17, point 3: the office round trip. Intake reads a CSV as
//! Ukrainian Excel saves it (`;`, Windows-1251, headings in words, dates
//! with a time); `--excel` writes what Ukrainian Excel opens in columns; and
//! what `--excel` wrote, or Excel saved from it, registers again.

use crate::support::{appeals, demo, Reg};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// Runs `appeals` in `dir` on its register `reg`; returns (exit code,
/// stdout bytes, stderr).
fn run(dir: &Path, today: &str, args: &[&str]) -> (i32, Vec<u8>, String) {
    let out = appeals()
        .current_dir(dir)
        .args(["-R", "reg", "--today", today, "--user", "zarichenko"])
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Rows of a `;`-separated CSV (a byte-order mark dropped), header first.
fn semicolon_rows(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').expect("starts with a BOM");
    csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("a row").iter().map(str::to_string).collect())
        .collect()
}

/// What Excel shows (and saves again) of a cell: `="003"` is `003`.
fn shown(cell: &str) -> String {
    match cell.strip_prefix("=\"").and_then(|c| c.strip_suffix('"')) {
        Some(inner) => inner.replace("\"\"", "\""),
        None => cell.to_string(),
    }
}

/// The cards of a register as `export --personal` gives them, by the
/// contact centre's number and the summary (one card has no number; a
/// summary repeats).
fn cards_by_key(dir: &Path) -> BTreeMap<String, Value> {
    let (code, out, err) = run(dir, "2015-07-20", &["export", "--personal"]);
    assert_eq!(code, 0, "{err}");
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .map(|v| (format!("{} {}", v["cc_number"], v["summary"]), v))
        .collect()
}

/// The fields an appeal brings in, which a round trip must keep.
const KEPT: &[&str] = &[
    "cc_number",
    "received",
    "name",
    "address",
    "phone",
    "email",
    "form",
    "sign",
    "kind",
    "subject",
    "type",
    "topics",
    "gender",
    "categories",
    "social_status",
    "signatories",
    "confidential",
    "term_days",
    "summary",
];

#[test]
fn a_semicolon_windows_1251_csv_from_a_spreadsheet_registers() {
    let reg = Reg::new();
    let text = "Номер контакт-центру;Дата надходження;Заявник;Адреса;Питання (коди);Короткий зміст\r\n\
        0999-20072015;20.07.2015 14:35;Іваненко Іван Іванович;вул. Миру, 1;009;\"Не світить ліхтар; і яма\"\r\n\
        1000-20072015;20.07.2015 15:02;Петренко Петро Петрович;вул. Миру, 2;\"009; 010\";Немає води\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(text);
    assert!(!unmappable);
    std::fs::write(reg.dir.path().join("excel.csv"), &bytes).unwrap();
    let before = reg.snapshot();
    // Not told the encoding: refused, with the line as Windows-1251 reads
    // it and the flag to add; nothing written.
    reg.run_on("2015-07-20", &["register", "--from", "excel.csv"])
        .fails()
        .stderr_has("not UTF-8")
        .stderr_has("«Номер контакт-центру;Дата надходження;Заявник;")
        .stderr_has("--encoding windows-1251");
    assert_eq!(reg.snapshot(), before, "a refused file writes nothing");
    reg.run_on(
        "2015-07-20",
        &[
            "register",
            "--from",
            "excel.csv",
            "--encoding",
            "windows-1251",
        ],
    )
    .ok();
    let first = reg.card(2015, 1);
    assert_eq!(first["cc_number"], "0999-20072015");
    assert_eq!(first["received"], "2015-07-20");
    assert_eq!(first["summary"], "Не світить ліхтар; і яма");
    assert_eq!(first["applicant"]["name"], "Іваненко Іван Іванович");
    let second = reg.card(2015, 2);
    assert_eq!(
        second["classification"]["topics"],
        serde_json::json!(["009", "010"])
    );
}

#[test]
fn an_unknown_heading_is_still_refused_among_words() {
    let reg = Reg::new();
    reg.file(
        "x.csv",
        "Номер контакт-центру;Дата надходження;Заявник;Питання (коди);Короткий зміст;Улюблений колір\n\
         0999-20072015;20.07.2015;Іваненко Іван;009;Текст;синій\n",
    );
    reg.run_on("2015-07-20", &["register", "--from", "x.csv"])
        .fails()
        .stderr_has("line 1: field `Улюблений колір`: unknown column");
}

#[test]
fn excel_csv_is_what_ukrainian_excel_opens_in_columns() {
    let d = demo();
    let (code, out, err) = appeals()
        .current_dir(d.path())
        .args(["-R", "reg", "--lang", "uk", "--today", "2015-07-20"])
        .args(["export", "--excel"])
        .output()
        .map(|o| {
            (
                o.status.code().unwrap(),
                o.stdout,
                String::from_utf8_lossy(&o.stderr).into_owned(),
            )
        })
        .unwrap();
    assert_eq!(code, 0, "{err}");
    let rows = semicolon_rows(&String::from_utf8(out).unwrap());
    let header = &rows[0];
    assert!(header.len() > 40, "{header:?}");
    assert!(
        rows.iter().all(|r| r.len() == header.len()),
        "one column per field"
    );
    assert!(
        crate::support::latin_words(&header.join(" ")).is_empty(),
        "headings in Ukrainian words: {header:?}"
    );
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    let first = &rows[1];
    assert_eq!(first[col("Дата надходження")], "23.06.2015");
    // Codes stay text: no `003` becomes 3, no `7.11` a date.
    assert_eq!(first[col("Питання (коди)")], "=\"009\"");
    assert_eq!(first[col("Форма (код)")], "=\"1.4\"");
    assert_eq!(first[col("Стан")], "знято з контролю");
    assert_eq!(first[col("Конфіденційно")], "ні");

    // The report: words, shares with a decimal comma.
    let (code, out, err) = run(
        d.path(),
        "2015-07-20",
        &["--lang", "uk", "report", "--month", "2015-06", "--excel"],
    );
    assert_eq!(code, 0, "{err}");
    let rows = semicolon_rows(&String::from_utf8(out).unwrap());
    assert_eq!(rows[0][0], "розділ");
    assert!(
        rows.iter()
            .flatten()
            .any(|c| c.ends_with('%') && c.contains(',')),
        "a share like 45,5%"
    );
    assert!(
        !rows.iter().flatten().any(|c| c.contains("0.")),
        "no decimal point"
    );

    // --bom is the same flag; --excel with another format is refused.
    let (code, out, _) = run(d.path(), "2015-07-20", &["deadlines", "--bom"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("\u{feff}".as_bytes()));
    let (code, _, err) = run(
        d.path(),
        "2015-07-20",
        &["list", "--excel", "--format", "json"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("--excel writes CSV, not json"), "{err}");
    let (code, _, err) = run(
        d.path(),
        "2015-07-20",
        &["report", "--excel", "-o", "r.xlsx"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("--excel writes CSV, not xlsx"), "{err}");
    assert!(!d.path().join("r.xlsx").exists());
}

#[test]
fn the_excel_csv_round_trips_through_intake() {
    let d = demo();
    let file = d.path().join("appeals.csv");
    let (code, _, err) = run(
        d.path(),
        "2015-07-20",
        &[
            "--lang",
            "uk",
            "export",
            "--excel",
            "--personal",
            "--to",
            "03.07.2015",
            "-o",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let original = cards_by_key(d.path());
    // As written, and as Excel saves it again: what it showed, in
    // Windows-1251, without the byte-order mark.
    let written = std::fs::read_to_string(&file).unwrap();
    let mut resaved = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    for row in semicolon_rows(&written) {
        resaved.write_record(row.iter().map(|c| shown(c))).unwrap();
    }
    let resaved = String::from_utf8(resaved.into_inner().unwrap()).unwrap();
    let (resaved, _, _) = encoding_rs::WINDOWS_1251.encode(&resaved);
    for (bytes, encoding) in [
        (written.as_bytes(), None),
        (&resaved[..], Some("windows-1251")),
    ] {
        let fresh = Reg::new();
        std::fs::write(fresh.dir.path().join("in.csv"), bytes).unwrap();
        let mut args = vec![
            "register",
            "--from",
            "in.csv",
            "--late-reason",
            "перенесено з іншого реєстру",
        ];
        if let Some(e) = encoding {
            args.extend(["--encoding", e]);
        }
        let run = fresh.run_on("2015-07-20", &args).ok();
        assert!(run.stderr.contains("left aside: Рада, "), "{}", run.stderr);
        let back = cards_by_key(fresh.dir.path());
        assert_eq!(back.len(), 41, "every card up to 3 July");
        for (key, card) in &back {
            let was = &original[key];
            for field in KEPT {
                assert_eq!(card[field], was[field], "{key}: {field} ({encoding:?})");
            }
        }
    }
}

#[test]
fn a_citizens_formula_is_neutralised_in_every_csv_and_read_back() {
    let reg = Reg::new();
    reg.register_one("2015-07-20", "0999-20072015", "Іваненко Іван", "009")
        .ok();
    // The summary is the citizen's words; make it look like a formula.
    let path = reg.path("cards/2015/000001.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut card: Value = serde_json::from_str(&text).unwrap();
    card["summary"] = "=HYPERLINK(\"http://x\")".into();
    std::fs::write(&path, serde_json::to_string_pretty(&card).unwrap()).unwrap();
    let (code, out, err) = run(reg.dir.path(), "2015-07-20", &["list", "--excel"]);
    assert_eq!(code, 0, "{err}");
    let rows = semicolon_rows(&String::from_utf8(out).unwrap());
    let summary = rows[0].iter().position(|h| h == "Summary").unwrap();
    assert_eq!(rows[1][summary], "'=HYPERLINK(\"http://x\")");
    // The machine CSV too, of every command that writes one (issue #19).
    for args in [
        &["list", "--format", "csv"][..],
        &["show", "І-1", "--format", "csv"],
        &["export", "--format", "csv", "--personal"],
    ] {
        let (code, out, err) = run(reg.dir.path(), "2015-07-20", args);
        assert_eq!(code, 0, "{err}");
        let text = String::from_utf8(out).unwrap();
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let at = r
            .headers()
            .unwrap()
            .iter()
            .position(|h| h == "summary")
            .unwrap();
        let row = r.records().next().unwrap().unwrap();
        assert_eq!(&row[at], "'=HYPERLINK(\"http://x\")", "{args:?}");
    }
    // Read back through intake, the citizen's words are as they were.
    let (_, out, _) = run(
        reg.dir.path(),
        "2015-07-20",
        &["export", "--format", "csv", "--personal"],
    );
    let fresh = Reg::new();
    std::fs::write(fresh.dir.path().join("back.csv"), out).unwrap();
    fresh
        .run_on("2015-07-20", &["register", "--from", "back.csv"])
        .ok();
    assert_eq!(fresh.card(2015, 1)["summary"], "=HYPERLINK(\"http://x\")");
}
