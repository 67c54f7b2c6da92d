//! Intake in bounded memory (#19 point 5): a batch is read a record at a
//! time, twice (to validate, then to register), in every format and from
//! standard input; a file is still refused whole for one bad record, and
//! a record no valid one could be stops the reading there. (Memory itself
//! is measured by `examples/bench.sh intake`, not here.)

use crate::support::{record, Reg};
use serde_json::{json, Value};

const DAY: &str = "2015-06-23";

/// `n` valid records, each with its own number and applicant, a long
/// summary so that the file spans many reads of the input.
fn records(n: usize) -> Vec<Value> {
    (1..=n)
        .map(|i| {
            record(
                &format!("s-{i}"),
                DAY,
                json!({
                    "name": format!("Заявник{} Петро", i),
                    "summary": format!("Звернення {i}: {}", "ремонт даху ".repeat(40)),
                }),
            )
        })
        .collect()
}

fn jsonl(records: &[Value]) -> String {
    records.iter().map(|r| format!("{r}\n")).collect()
}

fn csv(records: &[Value]) -> String {
    let mut out = String::from("cc_number,received,name,topics,summary\n");
    for r in records {
        out.push_str(&format!(
            "{},{},{},{},\"{}\"\n",
            r["cc_number"].as_str().unwrap(),
            r["received"].as_str().unwrap(),
            r["name"].as_str().unwrap(),
            r["topics"][0].as_str().unwrap(),
            r["summary"].as_str().unwrap()
        ));
    }
    out
}

/// What a register holds of each card registered, without the dates of
/// the run: the index, number and summary.
fn cards(reg: &Reg, n: u32) -> Vec<(String, String, String)> {
    (1..=n)
        .map(|i| {
            let c = reg.card(2015, i);
            let s = |k: &str| c[k].as_str().unwrap_or_default().to_string();
            (s("index"), s("cc_number"), s("summary"))
        })
        .collect()
}

/// The same 300 records as a JSON array, JSON Lines, CSV and through
/// standard input register the same cards in the same order.
#[test]
fn every_format_streams_the_same_records() {
    let batch = records(300);
    let mut seen = Vec::new();
    for (name, text) in [
        ("b.json", Value::Array(batch.clone()).to_string()),
        ("b.jsonl", jsonl(&batch)),
        ("b.csv", csv(&batch)),
    ] {
        let reg = Reg::new();
        let f = reg.file(name, &text);
        reg.run_on(DAY, &["register", "--from", &f])
            .ok()
            .stderr_has("300 registered, 0 already registered");
        seen.push(cards(&reg, 300));
        let reg = Reg::new();
        reg.run_stdin(DAY, &["register", "--from", "-"], &text)
            .ok()
            .stderr_has("300 registered");
        seen.push(cards(&reg, 300));
    }
    assert_eq!(seen[0][299].1, "s-300");
    assert!(seen.iter().all(|s| *s == seen[0]));
}

/// One bad record at the end of a long file: the whole file is refused,
/// naming that record, and nothing is written, from a file or stdin.
#[test]
fn a_bad_last_record_refuses_the_file() {
    let reg = Reg::new();
    let mut batch = records(400);
    batch.push(record("s-bad", "2015-02-30", json!({})));
    let text = jsonl(&batch);
    let f = reg.file("late.jsonl", &text);
    reg.refused(
        DAY,
        &["register", "--from", &f],
        &["late.jsonl: line 401: field `received`: ", "is not a date"],
    );
    let before = reg.snapshot();
    let run = reg.run_stdin(DAY, &["register", "--from", "-"], &text);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("<stdin>: line 401"), "{}", run.stderr);
    assert!(reg.snapshot() == before, "stdin wrote");
    // --skip-invalid registers the others, reading the file twice.
    reg.run_on(DAY, &["register", "--from", &f, "--skip-invalid"])
        .ok()
        .stderr_has("400 registered, 0 already registered, 1 invalid skipped");
}

/// Past a thousand problems the rest are counted: a problem met again
/// keeps its count and last record, others are said in one line.
#[test]
fn problems_past_a_thousand_are_counted() {
    let reg = Reg::new();
    let batch: Vec<Value> = (1..=1500)
        .map(|i| record(&format!("bad/../{i}"), DAY, json!({"topics": []})))
        .collect();
    let f = reg.file("many.json", &Value::Array(batch).to_string());
    let run = reg.refused(DAY, &["register", "--from", &f], &[]);
    assert!(
        run.stderr
            .contains("error: 3000 invalid records in many.json; nothing was written"),
        "{}",
        &run.stderr[..300]
    );
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert!(
        lines.contains(
            &"  many.json: records 1–1500: field `topics`: missing: at least one topic code (Part II) is required (1,500 records)"
        ),
        "{}",
        &run.stderr[..600]
    );
    assert!(
        lines.contains(&"  … and 1,000 more problems, not shown"),
        "{}",
        &run.stderr[run.stderr.len() - 600..]
    );
    assert!(lines.len() < 600, "{} lines", lines.len());
}

/// A record larger than any valid one stops the reading where it is, in
/// each format, and the file is refused.
#[test]
fn a_record_no_valid_one_could_be_stops_the_reading() {
    let reg = Reg::new();
    let huge = "я".repeat(3 << 20);
    let ok = record("s-1", DAY, json!({}));
    let long = record("s-2", DAY, json!({ "summary": huge }));
    let cases = [
        (
            "long.jsonl",
            format!("{ok}\n{long}\n"),
            "long.jsonl: line 2: record larger than 4 MiB",
        ),
        (
            "long.json",
            format!("[{ok}, {long}]"),
            "long.json: record 2: record larger than 4 MiB",
        ),
        (
            "long.csv",
            format!("cc_number,received,topics,summary\n1,{DAY},009,x\n2,{DAY},009,\"{huge}\"\n"),
            "long.csv: line 3: record larger than 4 MiB",
        ),
        (
            "one-line.csv",
            "x,".repeat(3 << 20),
            "one-line.csv: line 1: record larger than 4 MiB",
        ),
    ];
    for (name, text, needle) in cases {
        let f = reg.file(name, &text);
        reg.refused(DAY, &["register", "--from", &f], &[needle]);
    }
}

/// A file of more appeals than one registration takes is refused whole,
/// before anything is written, saying how to register it in parts.
#[test]
fn a_file_over_the_record_cap_is_refused_whole() {
    let reg = Reg::new();
    let line = |i: usize| {
        format!(r#"{{"cc_number":"c-{i}","received":"{DAY}","topics":["009"],"summary":"x"}}"#)
    };
    let text: String = (1..=200_001).map(|i| line(i) + "\n").collect();
    let f = reg.file("huge.jsonl", &text);
    reg.refused(
        DAY,
        &["register", "--from", &f],
        &[
            "huge.jsonl: more than 200000 appeals: one registration takes at most 200000",
            "split the file",
        ],
    );
}

/// A name of hundreds of characters is held in the applicant index by its
/// hash, and still finds the applicant's earlier appeal exactly (and only
/// it: a name one letter longer is another applicant).
#[test]
fn a_long_name_is_matched_exactly_through_a_short_index_line() {
    let reg = Reg::new();
    let name = format!(
        "Об'єднання співвласників {}",
        "багатоквартирного будинку ".repeat(12)
    );
    let batch = [
        record("long-1", DAY, json!({"name": name, "phone": null})),
        record(
            "long-2",
            DAY,
            json!({"name": format!("{name}А"), "phone": null}),
        ),
        record("long-3", DAY, json!({"name": name, "phone": null})),
    ];
    let f = reg.file("long.jsonl", &jsonl(&batch));
    let run = reg.run_on(DAY, &["register", "--from", &f]).ok();
    let said: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.contains("the applicant has earlier appeals on this question"))
        .collect();
    assert_eq!(said.len(), 1, "{}", run.stderr);
    assert!(
        said[0].contains("-3: ")
            && said[0].ends_with("-1; link with --repeat-of or --link-matches"),
        "{}",
        said[0]
    );
    let index = std::fs::read_dir(reg.path(".index")).expect(".index");
    for shard in index.flatten() {
        let text = std::fs::read_to_string(shard.path()).expect("shard");
        for l in text.lines().filter(|l| !l.starts_with('#')) {
            let key = l.split('\t').next().unwrap_or_default();
            assert!(key.len() <= 96, "{}: {key}", shard.path().display());
        }
    }
}
