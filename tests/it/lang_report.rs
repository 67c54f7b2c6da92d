//! The report, the statistical form and `check` in the clerk's language:
//! Ukrainian with no language set, English with `--lang en`; JSON and CSV
//! the same in both.

use crate::report::{fixture, TODAY};
use crate::support::{appeals_unset, latin_words, Reg};

/// Runs the binary on the fixture's register with no language set.
fn unset(reg: &Reg, args: &[&str]) -> (String, String) {
    let out = appeals_unset()
        .current_dir(reg.dir.path())
        .args(["-R", "reg", "--today", TODAY, "--user", "zarichenko"])
        .args(args)
        .output()
        .expect("runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn bytes(reg: &Reg, lang: &str, args: &[&str]) -> Vec<u8> {
    let out = appeals_unset()
        .current_dir(reg.dir.path())
        .args(["-R", "reg", "--today", TODAY, "--lang", lang])
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[track_caller]
fn no_latin(what: &str, text: &str) {
    let words = latin_words(text);
    assert!(
        words.is_empty(),
        "{what}: English words {words:?} in:\n{text}"
    );
}

/// The page's text as a person reads it: no tags, no style sheet.
fn page_text(html: &str) -> String {
    let body = match (html.find("<style>"), html.find("</style>")) {
        (Some(a), Some(b)) => format!("{}{}", &html[..a], &html[b..]),
        _ => html.to_string(),
    };
    let mut out = String::new();
    let mut tag = false;
    for c in body.chars() {
        match c {
            '<' => tag = true,
            '>' => {
                tag = false;
                out.push(' ');
            }
            c if !tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[test]
fn the_report_table_speaks_ukrainian_by_default() {
    let reg = fixture();
    for args in [
        &["report", "--month", "2015-06"][..],
        &["report", "--quarter", "2015-2"][..],
    ] {
        let (out, err) = unset(&reg, args);
        no_latin(&args.join(" "), &format!("{out}{err}"));
    }
    let (table, _) = unset(&reg, &["report", "--month", "2015-06"]);
    assert!(table.contains("│ 66,7 %   │"), "{table}");
    assert!(table.contains("│ Середня оцінка якості розгляду (1–5)         │ 4,25     │"));
    assert!(table.contains("Звернення, що надійшли 01.06.2015 — 30.06.2015; стан на 10.07.2015"));
    assert!(table.contains("│ 8.1* │ Пенсіонер    │ 3         │ 42,9 % │"));
    assert!(table.contains("* — код або назву Класифікатора не підтверджено"));
}

#[test]
fn the_statistical_form_in_both_languages() {
    let reg = fixture();
    let uk = String::from_utf8(bytes(&reg, "uk", &["report", "--quarter", "2015-2"])).unwrap();
    no_latin("statistical form", &uk);
    insta::assert_snapshot!("statistical_uk", uk);
    let en = String::from_utf8(bytes(&reg, "en", &["report", "--quarter", "2015-2"])).unwrap();
    insta::assert_snapshot!("statistical_en", en);
}

#[test]
fn html_and_xlsx_speak_ukrainian_by_default_and_english_when_asked() {
    use calamine::{Data, Reader, Xlsx};
    let reg = fixture();
    for (lang, expect) in [
        ("uk", "Своєчасність розгляду виконавцями"),
        ("en", "Timeliness of executors"),
    ] {
        let page = String::from_utf8(bytes(
            &reg,
            lang,
            &["report", "--month", "2015-06", "--format", "html"],
        ))
        .unwrap();
        assert!(page.contains(&format!("<html lang=\"{lang}\">")));
        let text = page_text(&page);
        assert!(text.contains(expect), "{text}");
        if lang == "uk" {
            no_latin("HTML", &text);
            assert!(text.contains("66,7 %"));
        } else {
            assert!(text.contains("66.7%"));
        }
        let book = bytes(
            &reg,
            lang,
            &["report", "--month", "2015-06", "--format", "xlsx"],
        );
        let mut wb: Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(book)).expect("a workbook");
        let mut strings = Vec::new();
        for name in wb.sheet_names() {
            strings.push(name.clone());
            let range = wb.worksheet_range(&name).expect("sheet");
            for row in range.rows() {
                for cell in row {
                    if let Data::String(s) = cell {
                        strings.push(s.clone());
                    }
                }
            }
        }
        let all = strings.join("\n");
        if lang == "uk" {
            no_latin("XLSX", &all);
            assert!(all.contains("Надійшло звернень"));
        } else {
            assert!(all.contains("Appeals received"), "{all}");
        }
        assert!(!strings.iter().any(|s| s == "dzhkg" || s == "war_veterans"));
        if lang == "uk" {
            assert!(!strings.iter().any(|s| s == "received"));
        }
    }
}

#[test]
fn json_and_csv_are_the_same_in_both_languages() {
    let reg = fixture();
    for args in [
        &["report", "--month", "2015-06", "--format", "json"][..],
        &["report", "--month", "2015-06", "--format", "csv"][..],
        &["report", "--quarter", "2015-2", "--format", "json"][..],
        &["report", "--quarter", "2015-2", "--format", "csv"][..],
    ] {
        assert_eq!(bytes(&reg, "uk", args), bytes(&reg, "en", args), "{args:?}");
    }
}

#[test]
fn csv_for_excel_names_its_columns_for_a_person() {
    let reg = fixture();
    let args = ["report", "--month", "2015-06", "--excel"];
    let uk = String::from_utf8(bytes(&reg, "uk", &args)).unwrap();
    assert!(
        uk.starts_with(
            "\u{feff}розділ;код;код;місце;код;назва;значення;кількість;частка;надійшло;"
        ),
        "{uk}"
    );
    assert!(
        uk.contains("\nПідсумки;;received;;;Надійшло звернень;7;"),
        "{uk}"
    );
    // In English, English words in the same columns; the machine CSV keeps
    // the documented header.
    let en = String::from_utf8(bytes(&reg, "en", &args)).unwrap();
    let header = |t: &str| t.lines().next().unwrap().split(';').count();
    assert_eq!(header(&en), header(&uk));
    assert!(en.contains("\nTotals;;received;;;"), "{en}");
    let plain = String::from_utf8(bytes(
        &reg,
        "en",
        &["report", "--month", "2015-06", "--format", "csv"],
    ))
    .unwrap();
    assert!(plain.starts_with("section,code,measure,"), "{plain}");
}

/// A register with problems `check` finds: a card registered late without
/// a reason and with a control date its term doesn't give, a stray file.
fn broken() -> Reg {
    let reg = fixture();
    let path = reg.path("cards/2015/000001.json");
    let mut card: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    card["term"]["control_date"] = "2015-08-31".into();
    card["registered"] = "2015-06-02".into();
    card["history"][0]["at"] = "2015-06-02".into();
    std::fs::write(&path, serde_json::to_string_pretty(&card).unwrap()).unwrap();
    std::fs::write(reg.path("cards/2015/notes.txt"), "a note").unwrap();
    reg
}

#[test]
fn check_findings_read_in_ukrainian_and_json_stays_english() {
    let reg = broken();
    let (out, err) = unset(&reg, &["check"]);
    assert!(out.contains("[код 'term-mismatch']"), "{out}");
    assert!(out.contains("  підказка: "), "{out}");
    assert!(
        err.contains("проблеми в реєстрі") || err.contains("проблем у реєстрі"),
        "{err}"
    );
    // The prefixes of the error line are the error printer's.
    let err: String = err
        .lines()
        .map(|l| l.trim_start_matches("error: ").trim_start_matches("hint: "))
        .collect::<Vec<_>>()
        .join("\n");
    no_latin("check", &format!("{out}\n{err}"));
    insta::assert_snapshot!(
        "check_uk",
        out.replace(&reg.dir.path().display().to_string(), "DIR")
    );
    let en = reg.run_on(TODAY, &["check"]).fails();
    assert!(en.stdout.contains("[term-mismatch]"), "{}", en.stdout);
    assert!(en.stdout.contains("  hint: "));
    assert!(en.stderr.contains("problems in the register"));
    insta::assert_snapshot!(
        "check_en",
        en.stdout
            .replace(&reg.dir.path().display().to_string(), "DIR")
    );
    let json = |lang: &str| {
        appeals_unset()
            .current_dir(reg.dir.path())
            .args([
                "-R", "reg", "--today", TODAY, "--lang", lang, "check", "--format", "json",
            ])
            .output()
            .expect("runs")
            .stdout
    };
    assert_eq!(json("uk"), json("en"));
    let csv = |lang: &str| {
        appeals_unset()
            .current_dir(reg.dir.path())
            .args([
                "-R", "reg", "--today", TODAY, "--lang", lang, "check", "--format", "csv",
            ])
            .output()
            .expect("runs")
            .stdout
    };
    assert_eq!(csv("uk"), csv("en"));
}
