//! Fuzzes the intake reader: any bytes, read as a contact-centre export in
//! each of the three formats, then every record validated against the 2015
//! Classifier and the default settings. Reading and validation must never
//! panic, whatever the input; problems are values, not crashes.

#![no_main]

use appeals::classifier::Classifier;
use appeals::config::Settings;
use appeals::intake::{self, Context, Format};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn setup() -> &'static (Classifier, Settings) {
    static S: OnceLock<(Classifier, Settings)> = OnceLock::new();
    S.get_or_init(|| {
        (
            Classifier::embedded("2015").expect("the embedded edition parses"),
            Settings::default_for("fuzz"),
        )
    })
}

fuzz_target!(|data: &[u8]| {
    // The CLI refuses non-UTF-8 input before the reader sees it, and drops a BOM.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (classifier, settings) = setup();
    let cx = Context {
        classifier,
        settings,
        today: chrono::NaiveDate::from_ymd_opt(2015, 6, 23).expect("date"),
        file: "fuzz",
        late_reason: Some("fuzz"),
    };
    for format in [Format::Json, Format::JsonLines, Format::Csv] {
        if let Ok(records) = intake::read(text, format, "fuzz") {
            for r in &records {
                let _ = intake::validate(r, &cx);
            }
        }
    }
});
