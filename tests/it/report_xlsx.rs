//! Issue #17, point 3: the XLSX report as a clerk prints it — one sheet per
//! block of the report (the totals, the characteristics stacked, executors
//! and coordinators, the results, the statistical form), the same figures
//! as the JSON, and every sheet set up for A4 landscape, one page wide,
//! with its headings repeated on each printed page.

use crate::support::{appeals, demo};
use calamine::{Data, Reader, Xlsx};
use serde_json::Value;
use std::io::{Cursor, Read};
use std::path::Path;

/// What `appeals report` writes to a pipe on the demo register as of
/// 20 July 2015.
fn report(dir: &Path, args: &[&str]) -> Vec<u8> {
    let out = appeals()
        .current_dir(dir)
        .args(["-R", "reg", "--today", "2015-07-20", "report"])
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

fn json(dir: &Path, args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    serde_json::from_slice(&report(dir, &args)).expect("JSON")
}

fn book(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    calamine::open_workbook_from_rs(Cursor::new(bytes)).expect("a workbook")
}

fn sheet(wb: &mut Xlsx<Cursor<Vec<u8>>>, name: &str) -> Vec<Vec<Data>> {
    let range = wb.worksheet_range(name).expect(name);
    range.rows().map(<[Data]>::to_vec).collect()
}

fn text(cell: &Data) -> &str {
    match cell {
        Data::String(s) => s,
        _ => "",
    }
}

/// The rows of the table titled `title` on a sheet: those under its
/// header row, up to the blank row after it.
fn table<'a>(rows: &'a [Vec<Data>], title: &str) -> &'a [Vec<Data>] {
    let at = rows
        .iter()
        .position(|r| r.first().map(text) == Some(title))
        .unwrap_or_else(|| panic!("no table {title:?}"));
    let body = &rows[at + 2..];
    let end = body
        .iter()
        .position(|r| r.iter().all(|c| *c == Data::Empty))
        .unwrap_or(body.len());
    &body[..end]
}

/// A JSON number or null as the workbook has it.
fn cell_of(v: &Value) -> Data {
    match v.as_f64() {
        Some(x) => Data::Float(x),
        None => Data::Empty,
    }
}

const CHARACTERISTICS: [(&str, &str); 9] = [
    ("by_form", "1. By form of receipt"),
    ("by_sign", "2. By sign of receipt"),
    ("by_kind", "3. By kind"),
    ("by_gender", "4. By the authors' sex"),
    ("by_subject", "5. By subject"),
    ("by_type", "6. By type"),
    ("by_category", "7. By the authors' category"),
    ("by_social_status", "8. By the authors' social status"),
    ("by_topic", "II. Topics of appeals"),
];

#[test]
fn the_monitoring_workbook_has_a_sheet_per_block_named_in_the_run_s_language() {
    let d = demo();
    let month = ["--month", "2015-06", "--format", "xlsx"];
    let wb = book(report(d.path(), &month));
    assert_eq!(
        wb.sheet_names(),
        [
            "Totals",
            "Incoming",
            "Executors",
            "Results",
            "Statistical form"
        ]
    );
    let mut uk = vec!["--lang", "uk"];
    uk.extend(month);
    let wb = book(report(d.path(), &uk));
    assert_eq!(
        wb.sheet_names(),
        [
            "Підсумки",
            "Надходження",
            "Виконавці",
            "Результати",
            "Статистична форма"
        ]
    );
    // The statistical form of a quarter is one printed document: one sheet.
    let wb = book(report(
        d.path(),
        &["--quarter", "2015-3", "--format", "xlsx"],
    ));
    assert_eq!(wb.sheet_names(), ["Statistical form"]);
}

#[test]
fn the_totals_sheet_has_the_json_s_figures_and_each_characteristic_is_on_incoming() {
    let d = demo();
    let raw = report(d.path(), &["--month", "2015-06", "--format", "json"]);
    let r: Value = serde_json::from_slice(&raw).expect("JSON");
    let mut wb = book(report(
        d.path(),
        &["--month", "2015-06", "--format", "xlsx"],
    ));
    let rows = sheet(&mut wb, "Totals");
    assert_eq!(
        text(&rows[0][0]),
        "Monitoring of the consideration of citizens' appeals"
    );
    // Label and value, one row a measure, in the JSON's order: counts are
    // numbers, shares fractions (shown as percentages), nothing is empty.
    let totals = table(&rows, "Totals");
    let expected = r["totals"].as_object().expect("totals");
    // The JSON text's order (a parsed map is sorted by key); the totals
    // come first, so a key's first place in the text is theirs.
    let raw = String::from_utf8(raw).unwrap();
    let mut keys: Vec<&String> = expected.keys().collect();
    keys.sort_by_key(|k| raw.find(&format!("\"{k}\":")));
    assert_eq!(totals.len(), keys.len());
    for (row, key) in totals.iter().zip(keys) {
        assert_eq!(row[1], cell_of(&expected[key]), "{key}");
    }
    assert_eq!(text(&totals[0][0]), "Appeals received");
    assert_eq!(totals[0][1], Data::Float(29.0));

    let incoming = sheet(&mut wb, "Incoming");
    for (key, title) in CHARACTERISTICS {
        let rows = table(&incoming, title);
        let expected = r[key].as_array().expect(key);
        assert_eq!(rows.len(), expected.len(), "{title}");
        for (row, e) in rows.iter().zip(expected) {
            // Codes are text (`7.13`, `003*` with its mark), counts numbers.
            match e["code"].as_str() {
                Some(code) => assert_eq!(
                    text(&row[0]).trim_end_matches('*'),
                    code,
                    "{title}: {row:?}"
                ),
                None => assert_eq!(row[0], Data::Empty),
            }
            assert_eq!(row[2], cell_of(&e["count"]), "{title}: {row:?}");
            assert_eq!(row[3], cell_of(&e["share"]), "{title}: {row:?}");
        }
    }
    let topics = table(&incoming, "II. Topics of appeals");
    assert_eq!(topics[1][0], Data::String("003*".into()));
    let executors = sheet(&mut wb, "Executors");
    table(&executors, "Executors (ranking: worst first)");
    table(&executors, "Coordinators (ranking: worst first)");
    let results = sheet(&mut wb, "Results");
    let rows = table(&results, "9. Results of consideration (taken off control)");
    assert_eq!(rows.len(), r["by_result"].as_array().unwrap().len());
}

/// The statistical form's rows, block by block, as the workbook's sheet
/// has them: (block title, items, previous, current).
fn form_rows(rows: &[Vec<Data>], form: &Value) -> Vec<(Data, Data, Data)> {
    let mut out = Vec::new();
    for block in form["blocks"].as_array().expect("blocks") {
        let n = block["number"].as_u64().unwrap();
        let title = rows
            .iter()
            .filter_map(|r| r.first().map(text))
            .find(|t| t.starts_with(&format!("Block {n}. ")))
            .unwrap_or_else(|| panic!("no block {n}"));
        for r in table(rows, title) {
            out.push((r[1].clone(), r[2].clone(), r[3].clone()));
        }
    }
    out
}

#[test]
fn the_statistical_form_sheet_has_the_form_s_figures() {
    let d = demo();
    for (period, args) in [
        ("month", &["--month", "2015-06", "--format", "xlsx"][..]),
        ("quarter", &["--quarter", "2015-3", "--format", "xlsx"][..]),
    ] {
        let form = json(d.path(), &[args[0], args[1], "--form", "statistical"]);
        let mut wb = book(report(d.path(), args));
        let rows = sheet(&mut wb, "Statistical form");
        assert_eq!(
            text(&rows[0][0]),
            "Statistical report on citizens' appeals",
            "{period}"
        );
        let expected: Vec<(Data, Data, Data)> = form["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|b| b["rows"].as_array().unwrap())
            .map(|r| {
                let items = match r["items"].as_str().unwrap() {
                    "" => Data::Empty,
                    "ІІ" => Data::String("Part II".into()),
                    s => Data::String(s.into()),
                };
                (items, cell_of(&r["previous"]), cell_of(&r["current"]))
            })
            .collect();
        assert_eq!(form_rows(&rows, &form), expected, "{period}");
        // Topic codes stay text.
        assert!(expected.iter().any(|r| r.0 == Data::String("003".into())));
    }
}

/// The parts of an XLSX file by name.
fn parts(bytes: Vec<u8>) -> std::collections::BTreeMap<String, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip");
    let mut out = std::collections::BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).expect("a part");
        let name = f.name().expect("a part's name").to_string();
        if name.ends_with(".xml") {
            let mut text = String::new();
            f.read_to_string(&mut text).expect("XML");
            out.insert(name, text);
        }
    }
    out
}

#[test]
fn every_sheet_prints_on_a4_landscape_one_page_wide_with_headings_repeated() {
    let d = demo();
    for (args, frozen) in [
        (
            &["--month", "2015-06", "--format", "xlsx"][..],
            // Totals and results are one table each: its header row stays
            // on screen; the stacked sheets scroll whole.
            &[true, false, false, true, false][..],
        ),
        (
            &["--quarter", "2015-3", "--format", "xlsx"][..],
            &[false][..],
        ),
    ] {
        let xml = parts(report(d.path(), args));
        let workbook = &xml["xl/workbook.xml"];
        for (i, frozen) in frozen.iter().enumerate() {
            let ws = &xml[&format!("xl/worksheets/sheet{}.xml", i + 1)];
            let setup = ws
                .split("<pageSetup ")
                .nth(1)
                .and_then(|s| s.split("/>").next())
                .unwrap_or_else(|| panic!("sheet {} has no page setup", i + 1));
            for attr in [
                "orientation=\"landscape\"",
                "paperSize=\"9\"",
                "fitToHeight=\"0\"",
            ] {
                assert!(setup.contains(attr), "sheet {}: {setup}", i + 1);
            }
            assert!(
                ws.contains("<sheetPr><pageSetUpPr fitToPage=\"1\"/>"),
                "sheet {} fits to the page",
                i + 1
            );
            assert_eq!(
                ws.contains("state=\"frozen\""),
                *frozen,
                "sheet {} frozen",
                i + 1
            );
            assert!(
                ws.contains("<oddFooter>") && ws.contains("Page &amp;P of &amp;N"),
                "sheet {} numbers its pages",
                i + 1
            );
            assert!(
                workbook.contains(&format!("name=\"_xlnm.Print_Titles\" localSheetId=\"{i}\"")),
                "sheet {} repeats rows on each page: {workbook}",
                i + 1
            );
        }
        assert!(!xml.contains_key(&format!("xl/worksheets/sheet{}.xml", frozen.len() + 1)));
    }
    // The monitoring report's heading is three lines: a sheet of one table
    // repeats (and freezes) its header row under them, the blank row and
    // the title; a stacked sheet repeats the heading.
    let xml = parts(report(
        d.path(),
        &["--month", "2015-06", "--format", "xlsx"],
    ));
    let workbook = &xml["xl/workbook.xml"];
    for titles in ["Totals!$6:$6", "Incoming!$1:$3", "Results!$6:$6"] {
        assert!(workbook.contains(titles), "{titles}: {workbook}");
    }
    assert!(xml["xl/worksheets/sheet1.xml"].contains("<pane ySplit=\"6\""));
}
