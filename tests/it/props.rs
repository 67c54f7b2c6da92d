//! Property tests of the parsers that take outside input: card names, dates
//! and the intake reader never panic on any input, round-trip what they
//! print, and never yield a name that could lead out of the register; and
//! the term count always lands on a working day before which the executor's
//! due date falls.

use appeals::calendar::Calendar;
use appeals::classifier::Classifier;
use appeals::config::Settings;
use appeals::intake::{self, Context, Format, Raw, RawRecord};
use appeals::model::CardRef;
use appeals::terms;
use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::sync::OnceLock;

fn classifier() -> &'static Classifier {
    static C: OnceLock<Classifier> = OnceLock::new();
    C.get_or_init(|| Classifier::embedded("2015").expect("embedded edition"))
}

fn calendar() -> &'static Calendar {
    static C: OnceLock<Calendar> = OnceLock::new();
    C.get_or_init(|| Calendar::generate(2015, 2030))
}

fn settings() -> &'static Settings {
    static S: OnceLock<Settings> = OnceLock::new();
    S.get_or_init(|| Settings::default_for("Тестова міська рада"))
}

fn validate(
    fields: BTreeMap<String, Raw>,
) -> Result<intake::NewAppeal, Vec<appeals::error::Problem>> {
    let today = NaiveDate::from_ymd_opt(2015, 6, 23).expect("date");
    let cx = Context {
        classifier: classifier(),
        settings: settings(),
        today,
        file: "prop.json",
        late_reason: Some("property test"),
    };
    intake::validate(
        &RawRecord {
            position: "record 1".into(),
            fields,
        },
        &cx,
    )
}

/// A JSON value of any shape, a few levels deep.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| Value::Number(n.into())),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        any::<String>().prop_map(Value::String),
        "[0-9.;]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A field name: mostly real intake fields, sometimes anything.
fn field_name() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(intake::FIELDS).prop_map(str::to_string),
        1 => any::<String>(),
    ]
}

fn any_format() -> impl Strategy<Value = Format> {
    prop_oneof![
        Just(Format::Json),
        Just(Format::JsonLines),
        Just(Format::Csv)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn card_names_never_panic_and_never_name_a_path(text in any::<String>()) {
        if let Ok(r) = CardRef::parse(&text) {
            match r {
                CardRef::Index { prefix, number, .. } => {
                    prop_assert!(prefix.chars().all(char::is_alphabetic), "{prefix:?}");
                    prop_assert!((1..=999_999).contains(&number));
                }
                CardRef::Number { number, .. } => prop_assert!((1..=999_999).contains(&number)),
                CardRef::Cc(cc) => prop_assert!(!cc.is_empty() && !cc.contains(char::is_control)),
            }
        }
    }

    #[test]
    fn card_names_round_trip(
        year in prop::option::of(1000i32..=9999),
        prefix in "[А-ЯІЇЄҐ]{1,3}",
        number in 1u32..=999_999,
        cc in "[A-Za-z0-9][A-Za-z0-9/._-]{0,63}",
    ) {
        for r in [
            CardRef::Index { year, prefix: prefix.clone(), number },
            CardRef::Number { year, number },
            CardRef::Cc(cc.clone()),
        ] {
            prop_assert_eq!(CardRef::parse(&r.to_string()), Ok(r));
        }
    }

    #[test]
    fn intake_reader_never_panics_on_any_text(text in any::<String>(), format in any_format()) {
        let _ = intake::read(&text, format, "prop");
    }

    #[test]
    fn intake_reader_never_panics_on_near_miss_text(
        text in r#"[\[\]{}",:;\n\r 0-9a-z_\\-]{0,200}"#,
        format in any_format(),
    ) {
        if let Ok(records) = intake::read(&text, format, "prop") {
            for r in records {
                let _ = validate(r.fields);
            }
        }
    }

    #[test]
    fn intake_validation_never_panics_on_any_record(
        fields in prop::collection::btree_map(field_name(), json_value(), 0..12),
        text_fields in prop::collection::btree_map(field_name(), any::<String>(), 0..6),
    ) {
        let mut raw: BTreeMap<String, Raw> = fields.into_iter().map(|(k, v)| (k, Raw::Json(v))).collect();
        let _ = validate(raw.clone());
        raw.extend(text_fields.into_iter().map(|(k, v)| (k, Raw::Text(v))));
        if let Ok(a) = validate(raw) {
            prop_assert!(!a.classification.topics.is_empty());
            prop_assert!(!a.summary.contains(|c: char| c.is_control() && c != '\n'));
        }
    }

    #[test]
    fn dates_parse_exactly_or_are_refused(text in prop_oneof![any::<String>(), "[0-9]{4}-[0-9]{1,2}-[0-9]{1,3}"]) {
        let mut raw = BTreeMap::new();
        raw.insert("received".to_string(), Raw::Text(text.clone()));
        raw.insert("topics".to_string(), Raw::Text("009".into()));
        raw.insert("summary".to_string(), Raw::Text("x".into()));
        match validate(raw) {
            Ok(a) => prop_assert_eq!(a.received.to_string(), text),
            Err(problems) => prop_assert!(
                problems.iter().any(|p| p.field == "received"),
                "{text:?}: {problems:?}"
            ),
        }
    }

    #[test]
    fn terms_land_on_working_days(offset in 0u64..(365 * 14), days in 1u32..=30) {
        let received = NaiveDate::from_ymd_opt(2015, 1, 10).expect("date") + Days::new(offset);
        let t = terms::compute(received, days, &settings().terms, calendar()).expect("inside the calendar");
        let cal = calendar();
        prop_assert!(cal.is_working_day(t.control_date).expect("in calendar"));
        prop_assert!(cal.is_working_day(t.executor_due).expect("in calendar"));
        prop_assert!(t.executor_due < t.control_date);
        prop_assert!(t.control_date > received);
        // The control date is the first working day on or after the raw end.
        let (_, end) = terms::raw_end(received, days, settings().terms.month);
        prop_assert!(t.control_date >= end);
        let mut d = end;
        while d < t.control_date {
            prop_assert!(!cal.is_working_day(d).expect("in calendar"), "{d} skipped");
            d = d.succ_opt().expect("date");
        }
    }

    #[test]
    fn terms_at_the_calendar_edges_are_errors_not_panics(offset in 0u64..(365 * 18), days in 0u32..=400) {
        // From 2014 to 2032: dates outside the shipped calendar must give
        // an error naming the date, never a guess or a panic.
        let received = NaiveDate::from_ymd_opt(2014, 1, 1).expect("date") + Days::new(offset);
        if let Err(e) = terms::compute(received, days, &settings().terms, calendar()) {
            prop_assert!(e.to_string().contains("20"), "{e}");
        }
    }
}
