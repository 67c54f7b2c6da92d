//! Issue #20, point 3: `export --format parquet -o DIR`, read back with the
//! `parquet` crate: its rows add up to what `report --format json` counts,
//! dates are typed as dates, no personal data goes out unless asked for,
//! the manifest's rows and SHA-256 are the files', a directory that holds
//! anything but an earlier export is refused and a failed export writes
//! nothing. The DuckDB roll-up (`examples/oblast-rollup.sh`) runs where
//! DuckDB's Python package is installed, and says why not elsewhere.

use crate::support::{demo, Reg};
use ::parquet::basic::{ConvertedType, Type as Physical};
use ::parquet::file::reader::{FileReader, SerializedFileReader};
use ::parquet::record::{Field, RowAccessor};
use serde_json::Value;
use sha2::Digest;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const TODAY: &str = "2015-07-20";

/// The demo register, as a fixture.
fn demo_reg() -> Reg {
    Reg { dir: demo() }
}

/// Every row of every file the manifest of `dir` lists, as column → value,
/// after checking each file's rows and SHA-256 against the manifest.
fn read_table(dir: &Path) -> (Value, Vec<BTreeMap<String, Field>>) {
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).expect("manifest"))
            .expect("manifest JSON");
    let mut all = Vec::new();
    for f in manifest["files"].as_array().expect("files") {
        let path = dir.join(f["path"].as_str().expect("path"));
        let bytes = std::fs::read(&path).expect("file");
        let sha: String = sha2::Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(f["sha256"], sha.as_str(), "{}", path.display());
        assert_eq!(f["bytes"], bytes.len());
        let reader = SerializedFileReader::try_from(path.as_path()).expect("a Parquet file");
        let mut n = 0;
        for row in reader.get_row_iter(None).expect("rows") {
            let row = row.expect("a row");
            all.push(
                row.get_column_iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
            );
            n += 1;
        }
        assert_eq!(f["rows"], n, "{}", path.display());
    }
    assert_eq!(manifest["rows"], all.len());
    (manifest, all)
}

/// A column's physical type, annotation and whether it is nullable.
type Typed = (Physical, ConvertedType, bool);

/// The schema's columns of the first file: name → its type.
fn schema(dir: &Path) -> BTreeMap<String, Typed> {
    ordered_schema(dir).into_iter().collect()
}

/// The schema's columns of the first file, in order.
fn ordered_schema(dir: &Path) -> Vec<(String, Typed)> {
    let file = files_under(dir)
        .into_iter()
        .find(|p| p.extension().is_some_and(|e| e == "parquet"))
        .expect("a Parquet file");
    let reader = SerializedFileReader::try_from(file.as_path()).expect("a Parquet file");
    let descr = reader.metadata().file_metadata().schema_descr();
    (0..descr.num_columns())
        .map(|i| {
            let c = descr.column(i);
            (
                c.name().to_string(),
                (
                    c.physical_type(),
                    c.converted_type(),
                    c.self_type().is_optional(),
                ),
            )
        })
        .collect()
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    out.sort();
    out
}

fn text<'a>(row: &'a BTreeMap<String, Field>, column: &str) -> Option<&'a str> {
    match row.get(column) {
        Some(Field::Str(s)) => Some(s),
        _ => None,
    }
}

/// How many rows hold each value of a text column.
fn counts(rows: &[BTreeMap<String, Field>], column: &str) -> BTreeMap<String, u64> {
    let mut out = BTreeMap::new();
    for r in rows {
        *out.entry(text(r, column).unwrap_or("-").to_string())
            .or_default() += 1;
    }
    out
}

/// A report's breakdown (`by_form`, ...) as code → count.
fn breakdown(report: &Value, key: &str) -> BTreeMap<String, u64> {
    report[key]
        .as_array()
        .expect("a breakdown")
        .iter()
        .map(|e| {
            (
                e["code"].as_str().expect("code").to_string(),
                e["count"].as_u64().expect("count"),
            )
        })
        .collect()
}

#[test]
fn the_table_adds_up_to_the_report_with_dates_typed_as_dates() {
    let reg = demo_reg();
    reg.run_on(TODAY, &["export", "--format", "parquet", "-o", "out"])
        .ok()
        .stderr_has("44 cards exported to out (2 Parquet files and manifest.json)");
    let dir = reg.dir.path().join("out");
    let (manifest, rows) = read_table(&dir);
    let report = reg
        .run_on(
            TODAY,
            &[
                "report",
                "--format",
                "json",
                "--from",
                "2015-01-01",
                "--to",
                TODAY,
            ],
        )
        .ok()
        .json();
    let totals = &report["totals"];
    assert_eq!(rows.len() as u64, totals["received"].as_u64().unwrap());
    let statuses = counts(&rows, "status");
    assert_eq!(statuses["closed"], totals["closed"].as_u64().unwrap());
    // Off control: closed, or gone by one of the Law's exits.
    let off = ["closed", "forwarded", "returned", "declined", "duplicate"];
    let open: u64 = statuses
        .iter()
        .filter(|(s, _)| !off.contains(&s.as_str()))
        .map(|(_, n)| n)
        .sum();
    assert_eq!(open, totals["open"].as_u64().unwrap());
    let late = rows
        .iter()
        .filter(|r| r.get("answer_late") == Some(&Field::Bool(true)))
        .count();
    assert_eq!(late as u64, totals["answered_late"].as_u64().unwrap());
    for (column, key) in [
        ("form", "by_form"),
        ("sign", "by_sign"),
        ("kind", "by_kind"),
        ("subject", "by_subject"),
        ("type", "by_type"),
    ] {
        assert_eq!(counts(&rows, column), breakdown(&report, key), "{column}");
    }

    // Dates are DATE, counts INT32, yes/no BOOLEAN; optional columns may be null.
    let schema = schema(&dir);
    assert_eq!(
        schema["received"],
        (Physical::INT32, ConvertedType::DATE, false)
    );
    assert_eq!(
        schema["closed"],
        (Physical::INT32, ConvertedType::DATE, true)
    );
    assert_eq!(
        schema["number"],
        (Physical::INT32, ConvertedType::NONE, false)
    );
    assert_eq!(
        schema["confidential"],
        (Physical::BOOLEAN, ConvertedType::NONE, false)
    );
    assert_eq!(
        schema["form"],
        (Physical::BYTE_ARRAY, ConvertedType::UTF8, false)
    );
    // 2015-06-23, the demo's first day, as days since 1970-01-01.
    let first = rows
        .iter()
        .find(|r| text(r, "index") == Some("К-1"))
        .expect("К-1");
    assert_eq!(first["received"], Field::Date(16609));
    assert_eq!(
        text(first, "register"),
        manifest["registers"][0]["id"].as_str()
    );

    // Each file holds the month its path names.
    assert_eq!(
        manifest["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["path"].as_str().unwrap())
            .collect::<Vec<_>>(),
        [
            "received_year=2015/received_month=06/part-0.parquet",
            "received_year=2015/received_month=07/part-0.parquet"
        ]
    );
    assert_eq!(manifest["schema_version"], 1);
    assert_eq!(manifest["as_of"], TODAY);
    assert_eq!(manifest["personal"], "none");
    assert_eq!(manifest["registers"][0]["classifier_edition"], "2015");
    assert_eq!(manifest["registers"][0]["git"], Value::Null);
    assert_eq!(manifest["registers"][0]["rows"], 44);
}

/// The README's schema table, a row per column, in order.
fn readme_schema() -> Vec<(String, Typed)> {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let table = readme
        .split("<!-- parquet-schema")
        .nth(1)
        .expect("the README's Parquet schema");
    let mut out = Vec::new();
    for line in table.lines().skip(3).take_while(|l| l.starts_with('|')) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let typed = match cells[2] {
            "STRING" => (Physical::BYTE_ARRAY, ConvertedType::UTF8),
            "DATE" => (Physical::INT32, ConvertedType::DATE),
            "INT32" => (Physical::INT32, ConvertedType::NONE),
            "BOOLEAN" => (Physical::BOOLEAN, ConvertedType::NONE),
            other => panic!("README: unknown type {other}"),
        };
        for name in cells[1].split(", ") {
            out.push((
                name.trim_matches('`').to_string(),
                (typed.0, typed.1, cells[3] == "yes"),
            ));
        }
    }
    out
}

#[test]
fn the_readme_documents_the_schema_as_written() {
    let reg = demo_reg();
    let documented = readme_schema();
    for (args, leaves_out) in [
        (&["--personal"][..], &["applicant"][..]),
        (&["--anonymize"], &["name", "address", "phone", "email"]),
    ] {
        let mut all = vec!["export", "--format", "parquet", "-o", "out"];
        all.extend_from_slice(args);
        reg.run_on(TODAY, &all).ok();
        let expected: Vec<(String, Typed)> = documented
            .iter()
            .filter(|(name, _)| !leaves_out.contains(&name.as_str()))
            .cloned()
            .collect();
        assert_eq!(
            ordered_schema(&reg.dir.path().join("out")),
            expected,
            "{args:?}"
        );
    }
}

#[test]
fn personal_data_only_when_asked_for() {
    let reg = demo_reg();
    let personal = ["applicant", "name", "address", "phone", "email"];
    reg.run_on(TODAY, &["export", "--format", "parquet", "-o", "none"])
        .ok();
    let none = schema(&reg.dir.path().join("none"));
    for column in personal {
        assert!(!none.contains_key(column), "{column} without --personal");
    }
    let (_, rows) = read_table(&reg.dir.path().join("none"));
    let bytes: Vec<u8> = files_under(&reg.dir.path().join("none"))
        .iter()
        .flat_map(|p| std::fs::read(p).unwrap())
        .collect();
    let name = "Коваленко";
    assert!(
        !String::from_utf8_lossy(&bytes).contains(name),
        "a name in the files"
    );
    assert_eq!(rows.len(), 44);

    reg.run_on(
        TODAY,
        &["export", "--format", "parquet", "-o", "full", "--personal"],
    )
    .ok();
    let full = schema(&reg.dir.path().join("full"));
    for column in ["name", "address", "phone", "email"] {
        assert_eq!(
            full[column],
            (Physical::BYTE_ARRAY, ConvertedType::UTF8, true),
            "{column}"
        );
    }
    let (manifest, rows) = read_table(&reg.dir.path().join("full"));
    assert_eq!(manifest["personal"], "full");
    assert!(rows
        .iter()
        .any(|r| text(r, "name").is_some_and(|n| n.starts_with(name))));

    reg.run_on(
        TODAY,
        &["export", "--format", "parquet", "-o", "anon", "--anonymize"],
    )
    .ok();
    let anon = schema(&reg.dir.path().join("anon"));
    assert!(anon.contains_key("applicant") && !anon.contains_key("name"));
}

#[test]
fn an_earlier_export_is_replaced_whole() {
    let reg = demo_reg();
    reg.run_on(TODAY, &["export", "--format", "parquet", "-o", "out"])
        .ok();
    reg.run_on(
        TODAY,
        &[
            "export",
            "--format",
            "parquet",
            "-o",
            "out",
            "--from",
            "2015-07-01",
        ],
    )
    .ok();
    let dir = reg.dir.path().join("out");
    let (manifest, rows) = read_table(&dir);
    assert_eq!(rows.len(), 15);
    assert_eq!(manifest["from"], "2015-07-01");
    assert_eq!(
        files_under(&dir)
            .iter()
            .map(|p| p.strip_prefix(&dir).unwrap().display().to_string())
            .collect::<Vec<_>>(),
        [
            "manifest.json",
            "received_year=2015/received_month=07/part-0.parquet"
        ],
        "June's file went with the earlier export"
    );
    let beside: Vec<String> = std::fs::read_dir(reg.dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(beside.is_empty(), "left beside: {beside:?}");
}

#[test]
fn refusals_write_nothing() {
    let reg = demo_reg();
    for args in [
        &["export", "--format", "parquet"][..],
        &["export", "--format", "parquet", "-o", "-"],
    ] {
        reg.refused(
            TODAY,
            args,
            &["--format parquet writes a directory", "-o DIR"],
        );
    }
    // A directory of the user's: nothing in it may be deleted.
    std::fs::create_dir(reg.dir.path().join("mine")).unwrap();
    std::fs::write(reg.dir.path().join("mine/notes.txt"), "keep").unwrap();
    reg.refused(
        TODAY,
        &["export", "--format", "parquet", "-o", "mine"],
        &["mine holds a file that no earlier export there lists (notes.txt)"],
    );
    // An earlier export with a file of the user's put in it.
    reg.run_on(TODAY, &["export", "--format", "parquet", "-o", "out"])
        .ok();
    std::fs::write(reg.dir.path().join("out/received_year=2015/mine.csv"), "1").unwrap();
    reg.refused(
        TODAY,
        &["export", "--format", "parquet", "-o", "out"],
        &["received_year=2015/mine.csv"],
    );
    reg.refused(
        TODAY,
        &["export", "--format", "parquet", "-o", "mine/notes.txt"],
        &["not a directory"],
    );
    // A card that can't be read stops the export part-way: nothing is put in place.
    let card = reg.path("cards/2015/000030.json");
    let text = std::fs::read(&card).unwrap();
    std::fs::write(&card, &text[..text.len() / 2]).unwrap();
    reg.refused(
        TODAY,
        &["export", "--format", "parquet", "-o", "new"],
        &["000030.json"],
    );
    assert!(!reg.dir.path().join("new").exists());
}

#[test]
fn the_manifest_names_the_registers_commit_and_whether_it_is_dirty() {
    let reg = Reg::in_git();
    reg.register_one("2015-06-23", "CC-1", "Коваленко Петро", "009")
        .ok();
    let head = crate::support::git(&reg.root(), &["rev-parse", "HEAD"]);
    let export = |dir: &str| {
        reg.run_on(TODAY, &["export", "--format", "parquet", "-o", dir])
            .ok();
        read_table(&reg.dir.path().join(dir)).0["registers"][0]["git"].clone()
    };
    let clean = export("clean");
    assert_eq!(clean["commit"], head.trim());
    assert_eq!(clean["dirty"], false);
    let card = reg.path("cards/2015/000001.json");
    let text = std::fs::read_to_string(&card).unwrap();
    std::fs::write(&card, text.replace("вуличне", "вуличне ")).unwrap();
    let dirty = export("dirty");
    assert_eq!(dirty["commit"], head.trim());
    assert_eq!(dirty["dirty"], true);
    // Beside a register outside git, each register its own: git is asked
    // of them all at once, while their cards are read.
    let outside = tempfile::tempdir().expect("tempdir");
    let other = outside.path().join("other");
    copy_as(&reg, &other, "another", None);
    let other = other.to_string_lossy().into_owned();
    for (args, commit) in [
        (
            ["-R", &other, "-R", "reg"],
            [Value::Null, head.trim().into()],
        ),
        (
            ["-R", "reg", "-R", &other],
            [head.trim().into(), Value::Null],
        ),
    ] {
        let mut all = vec!["--today", TODAY];
        all.extend(args);
        all.extend(["export", "--format", "parquet", "-o", "both"]);
        crate::support::run_in(reg.dir.path(), &all, None).ok();
        let manifest = read_table(&reg.dir.path().join("both")).0;
        for (i, commit) in commit.iter().enumerate() {
            let git = &manifest["registers"][i]["git"];
            assert_eq!(git.get("commit").unwrap_or(git), commit, "{args:?}");
        }
    }
}

/// Each register of a manifest: its council and its rows.
fn councils_rows(manifest: &Value) -> Vec<(&str, u64)> {
    manifest["registers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["council"].as_str().unwrap(), r["rows"].as_u64().unwrap()))
        .collect()
}

/// A copy of the register at `to`, with `id` (and `council`, when given)
/// in its `register.toml`.
fn copy_as(reg: &Reg, to: &Path, id: &str, council: Option<&str>) {
    crate::support::copy_dir(&reg.root(), to);
    let settings = std::fs::read_to_string(to.join("register.toml")).unwrap();
    let settings = settings
        .lines()
        .map(|l| match (l, council) {
            (l, _) if l.starts_with("id = ") => format!("id = \"{id}\""),
            (l, Some(council)) if l.starts_with("council = ") => {
                format!("council = \"{council}\"")
            }
            (l, _) => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(to.join("register.toml"), settings + "\n").unwrap();
}

/// A second council beside the demo, `other`: the demo again under another
/// id and name.
fn other_council(reg: &Reg) {
    let other = reg.dir.path().join("other");
    copy_as(reg, &other, "the-other-council", Some("Інша рада"));
}

#[test]
fn several_registers_share_a_months_file_in_one_row_group() {
    let reg = demo_reg();
    other_council(&reg);
    reg.run_on(
        TODAY,
        &["-R", "other", "export", "--format", "parquet", "-o", "out"],
    )
    .ok()
    .stderr_has("88 cards exported to out (2 Parquet files and manifest.json)");
    let dir = reg.dir.path().join("out");
    let (manifest, rows) = read_table(&dir);
    assert_eq!(
        councils_rows(&manifest),
        [("Дніпродзержинська міська рада", 44), ("Інша рада", 44)]
    );
    let by_register = counts(&rows, "register");
    assert_eq!(by_register["the-other-council"], 44);
    assert_eq!(by_register.len(), 2);
    // A query engine pays for every file and row group: a month of every
    // register is one of each.
    for f in manifest["files"].as_array().unwrap() {
        let path = dir.join(f["path"].as_str().unwrap());
        let reader = SerializedFileReader::try_from(path.as_path()).expect("a Parquet file");
        assert_eq!(reader.metadata().num_row_groups(), 1, "{}", path.display());
        let registers: std::collections::BTreeSet<String> = reader
            .get_row_iter(None)
            .unwrap()
            .map(|r| r.unwrap().get_string(0).unwrap().clone())
            .collect();
        assert_eq!(registers.len(), 2, "{}", path.display());
    }
}

/// Registers of different sizes are read as one stream (`scan::in_order`):
/// each row is its own register's, in register order, register after
/// register, and each register is counted as itself in the manifest, with
/// a period too.
#[test]
fn registers_of_different_sizes_stream_in_turn_each_row_its_own() {
    let reg = demo_reg();
    other_council(&reg);
    // The other council has only the first 30 of the demo's 44 cards.
    for n in 31..=44 {
        let card = reg.dir.path().join(format!("other/cards/2015/{n:06}.json"));
        std::fs::remove_file(&card).expect("a demo card");
    }
    for period in [&[][..], &["--from", "2015-07-01", "--to", "2015-07-31"][..]] {
        let mut args = vec!["-R", "other", "export", "--format", "jsonl"];
        args.extend(period);
        let lines: Vec<Value> = reg
            .run_on(TODAY, &args)
            .ok()
            .stdout
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect();
        // Each register's own export, alone, in turn.
        let alone = |dir: &str| -> Vec<Value> {
            let mut all = vec!["-R", dir, "--today", TODAY, "export", "--format", "jsonl"];
            all.extend(period);
            crate::support::run_in(reg.dir.path(), &all, None)
                .ok()
                .stdout
                .lines()
                .map(|l| serde_json::from_str(l).expect("a JSON line"))
                .collect()
        };
        let (first, second) = (alone("reg"), alone("other"));
        assert!(first.len() > second.len(), "{period:?}");
        assert!(!second.is_empty(), "{period:?}");
        assert_eq!(
            lines,
            [first.clone(), second.clone()].concat(),
            "{period:?}"
        );

        let mut args = vec!["-R", "other", "export", "--format", "parquet", "-o"];
        let out = format!("out{}", period.len());
        args.push(&out);
        args.extend(period);
        reg.run_on(TODAY, &args).ok();
        let (manifest, rows) = read_table(&reg.dir.path().join(&out));
        assert_eq!(
            councils_rows(&manifest),
            [
                ("Дніпродзержинська міська рада", first.len() as u64),
                ("Інша рада", second.len() as u64)
            ],
            "{period:?}"
        );
        let by_council = counts(&rows, "council");
        assert_eq!(by_council["Інша рада"], second.len() as u64, "{period:?}");
        let by_register = counts(&rows, "register");
        assert_eq!(by_register["the-other-council"], second.len() as u64);
    }
}

/// The stream lists a register when it comes to it, so only the registers
/// in flight hold their year directories open, however many are exported:
/// 60 registers (a year directory each) export under a limit of 24 open
/// files, which one listing of them all, up front, ran out of.
#[cfg(unix)]
#[test]
fn many_registers_export_under_a_low_limit_of_open_files() {
    let reg = demo_reg();
    let mut args = Vec::new();
    for i in 0..60 {
        copy_as(
            &reg,
            &reg.dir.path().join(format!("c{i}")),
            &format!("copy-{i}"),
            None,
        );
        args.extend(["-R".to_string(), format!("c{i}")]);
    }
    let bin = assert_cmd::cargo::cargo_bin("appeals");
    let out = std::process::Command::new("sh")
        .current_dir(reg.dir.path())
        .env("APPEALS_LANG", "en")
        .args(["-c", "ulimit -n 24 && exec \"$@\"", "sh"])
        .arg(&bin)
        .args(&args)
        .args(["--today", TODAY, "export", "--format", "jsonl"])
        .output()
        .expect("sh runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let rows = String::from_utf8_lossy(&out.stdout).lines().count();
    assert_eq!(rows, 60 * 44, "{stderr}");
}

#[test]
fn the_oblast_rolls_up_in_duckdb() {
    let has_duckdb = std::process::Command::new("python3")
        .args(["-c", "import duckdb"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !has_duckdb {
        eprintln!(
            "skipped: DuckDB's Python package is not installed (python3 -m pip install duckdb)"
        );
        return;
    }
    let reg = demo_reg();
    other_council(&reg);
    let out = std::process::Command::new("bash")
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/oblast-rollup.sh"
        ))
        .args(["reg", "other"])
        .current_dir(reg.dir.path())
        .env("APPEALS", assert_cmd::cargo::cargo_bin("appeals"))
        .env("APPEALS_TODAY", TODAY)
        .env("APPEALS_LANG", "en")
        .env("TMPDIR", reg.dir.path())
        .output()
        .expect("bash runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let month = reg
        .run_on(TODAY, &["report", "--format", "json", "--month", "2015-06"])
        .ok()
        .json();
    let june = month["totals"]["received"].as_u64().unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[0],
        "month\tcouncil\tregisters\tregistered\tanswered\tanswered_late\tclosed\texits\ton_control"
    );
    let june_oblast: Vec<&str> = lines[1].split('\t').collect();
    assert_eq!(&june_oblast[..3], ["2015-06", "oblast", "2"]);
    assert_eq!(june_oblast[3], (2 * june).to_string(), "{stdout}");
    assert_eq!(
        june_oblast[6],
        (2 * month["totals"]["closed"].as_u64().unwrap()).to_string()
    );
    assert_eq!(
        june_oblast[8],
        (2 * month["totals"]["open"].as_u64().unwrap()).to_string()
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("2015-06\tІнша рада\t1\t{june}\t"))),
        "{stdout}"
    );
    assert!(
        !reg.dir
            .path()
            .read_dir()
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().starts_with("oblast-rollup")),
        "the temporary exports are removed"
    );
}
