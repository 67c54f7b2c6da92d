//! Issue #16, point 3 and part of point 5: dates as clerks write them
//! (`30.11.2026` beside `2026-11-30`, `--month 11.2026`, `this`, `last`),
//! in options and in intake files saved from Excel; the Classifier edition
//! `init` picks by the day; the calendar's 2018 transfers and 3 May 2016.

use crate::support::{record, run_in, Reg, DAY};
use serde_json::json;

#[test]
fn every_date_option_takes_both_forms() {
    let reg = Reg::new();
    reg.appeal(DAY, "d1");
    let iso = reg.run_on("2015-07-20", &["deadlines"]).ok().stdout;
    let uk = run_in(
        reg.dir.path(),
        &["-R", "reg", "--today", "20.07.2015", "deadlines"],
        None,
    )
    .ok()
    .stdout;
    assert_eq!(iso, uk);
    let a = reg
        .run_on(
            "2015-07-20",
            &["list", "--received-from", "2015-06-01", "--format", "json"],
        )
        .ok()
        .stdout;
    let b = reg
        .run_on(
            "2015-07-20",
            &["list", "--received-from", "1.6.2015", "--format", "json"],
        )
        .ok()
        .stdout;
    assert_eq!(a, b);
    reg.usage_error(
        "2015-07-20",
        &["deadlines", "--today", "31.06.2015"],
        &["\"31.06.2015\" is not a date: write it as 2026-11-30 or 30.11.2026"],
    );
}

#[test]
fn a_month_in_every_form() {
    let reg = Reg::new();
    reg.appeal(DAY, "m1");
    let report = |month: &str| {
        reg.run_on(
            "2015-07-20",
            &["report", "--month", month, "--format", "json"],
        )
        .ok()
        .stdout
    };
    let june = report("2015-06");
    assert!(june.contains("\"from\": \"2015-06-01\""), "{june}");
    assert_eq!(report("06.2015"), june);
    assert_eq!(report("6.2015"), june);
    assert_eq!(report("last"), june);
    assert!(report("this").contains("\"from\": \"2015-07-01\""));
    reg.refused(
        "2015-07-20",
        &["report", "--month", "червень"],
        &[
            "--month \"червень\" is not a month",
            "2026-11, 11.2026, this or last",
        ],
    );
}

/// A CSV saved from Excel writes dates as 23.06.2015.
#[test]
fn an_intake_file_with_dates_as_clerks_write_them() {
    let reg = Reg::new();
    let mut r = record("x1", DAY, json!({}));
    r["received"] = json!("23.06.2015");
    let f = reg.file("x.json", &json!([r]).to_string());
    reg.run_on(DAY, &["register", "--from", &f])
        .ok()
        .stdout_has("2015/К-1");
    assert_eq!(reg.card(2015, 1)["received"], "2015-06-23");
    let mut r = record("x2", DAY, json!({}));
    r["received"] = json!("23/06/2015");
    let f = reg.file("y.json", &json!([r]).to_string());
    reg.refused(
        DAY,
        &["register", "--from", &f],
        &["\"23/06/2015\" is not a date: write it as 2026-11-30 or 30.11.2026"],
    );
}

/// `init` takes the Classifier edition in force on its day unless told.
#[test]
fn init_picks_the_edition_in_force_on_the_day() {
    let dir = tempfile::tempdir().unwrap();
    for (today, name, edition) in [
        ("2015-06-23", "a", "2015"),
        ("2016-02-11", "b", "2015"),
        ("12.02.2016", "c", "2016"),
    ] {
        run_in(dir.path(), &["--today", today, "init", name], None)
            .ok()
            .stdout_has(&format!("(Classifier edition {edition},"));
        let k = std::fs::read_to_string(dir.path().join(name).join("classifier.toml")).unwrap();
        assert!(k.contains(&format!("edition = \"{edition}\"")), "{name}");
    }
    run_in(
        dir.path(),
        &["--today", "2020-01-01", "init", "d", "--edition", "2015"],
        None,
    )
    .ok()
    .stdout_has("(Classifier edition 2015,");
}

/// The 2018 transfers rest on order No. 1-р of 11.01.2018 and are
/// confirmed; 3 May 2016 is confirmed (law.md §4.4).
#[test]
fn the_calendar_metadata_found_wrong_on_review_is_fixed() {
    let reg = Reg::new();
    let days = reg
        .run_on(DAY, &["calendar", "2018", "--format", "json"])
        .ok()
        .json();
    let transfers: Vec<&serde_json::Value> = days
        .as_array()
        .or(days["days"].as_array())
        .expect("days")
        .iter()
        .filter(|d| d["source"].as_str().is_some_and(|s| s.contains("КМУ")))
        .collect();
    assert_eq!(transfers.len(), 10, "{days}");
    for d in transfers {
        assert_eq!(d["source"], "розпорядження КМУ від 11.01.2018 № 1-р");
        assert_eq!(d["status"], "confirmed");
    }
    let days = reg
        .run_on(DAY, &["calendar", "2016", "--format", "json"])
        .ok()
        .json();
    let may3 = days
        .as_array()
        .or(days["days"].as_array())
        .expect("days")
        .iter()
        .find(|d| d["date"] == "2016-05-03")
        .expect("3 May 2016")
        .clone();
    assert_eq!(may3["status"], "confirmed");
    assert!(may3["source"].as_str().unwrap().contains("24.03.2016"));
}
