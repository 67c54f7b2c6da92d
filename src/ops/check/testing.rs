//! What the unit tests of `check` build on: the settings a new register
//! gets (parsed from the embedded defaults), and cards made in memory
//! through the procedure, as `register` and the step commands make them.

use super::finding::Findings;
use super::settings::Config;
use crate::calendar::Calendar;
use crate::classifier::Classifier;
use crate::config::{Roster, Settings};
use crate::model::card::{
    Answer, Applicant, Card, Classification, Dispatch, Quality, Resolution, Satisfied, Sent,
    Signature, Term, TermBasis,
};
use crate::workflow::{Actor, Registration, Step};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The roster `init` writes.
const PEOPLE: &str = include_str!("../../init/people.toml");

/// The settings files a new register gets, parsed.
pub(super) fn config() -> &'static Config {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    CONFIG.get_or_init(|| Config {
        settings: Some(Settings::default_for("x")),
        classifier: Classifier::embedded("2015"),
        calendar: Some(Calendar::generate(2015, 2030)),
        roster: Some(Roster::parse(PEOPLE, "people.toml").expect("the default roster parses")),
        texts: None,
    })
}

pub(super) fn d(s: &str) -> NaiveDate {
    s.parse().expect("a date")
}

fn who(day: &str) -> Actor<'static> {
    Actor {
        today: d(day),
        user: "zarichenko",
    }
}

/// Card 2015/К-1 as registered on receipt, 23.06.2015, with a term of one
/// calendar month: control date 23.07.2015, the executor's due the day before.
pub(super) fn registered() -> Card {
    Card::register(
        Registration {
            index: "К-1".into(),
            year: 2015,
            number: 1,
            cc_number: Some("0145-23062015".into()),
            received: d("2015-06-23"),
            late_reason: None,
            applicant: Applicant {
                name: Some("Коваленко Петро Іванович".into()),
                address: Some("вул. Шевченка, 1".into()),
                phone: Some("+380671234567".into()),
                email: None,
                gender: Some("4.1".into()),
                categories: vec!["7.8".into()],
                social_status: Some("8.1".into()),
                signatories: 1,
                confidential: false,
            },
            classification: Classification {
                form: "1.4".into(),
                sign: "2.1".into(),
                kind: "3.2".into(),
                subject: "5.1".into(),
                type_: "6.3".into(),
                topics: vec!["009".into()],
            },
            summary: "Не працює вуличне освітлення".into(),
            term: Term {
                days: 30,
                basis: TermBasis::CalendarMonth,
                control_date: d("2015-07-23"),
                executor_due: d("2015-07-22"),
                extensions: Vec::new(),
                cc_due: None,
            },
            source: Default::default(),
        },
        &who("2015-06-23"),
    )
}

/// The same card taken through every step of the procedure, from the
/// resolution to the mailing, and off control.
pub(super) fn sent() -> Card {
    let mut c = registered();
    let steps = [
        (
            "2015-06-24",
            Step::Resolve(Resolution {
                date: d("2015-06-24"),
                coordinator: "maslenkov".into(),
                executors: vec!["dzhkg".into()],
                text: None,
            }),
        ),
        (
            "2015-06-24",
            Step::Dispatch(Dispatch {
                date: d("2015-06-24"),
                to: vec!["dzhkg".into()],
            }),
        ),
        (
            "2015-07-20",
            Step::Answer(Answer {
                date: d("2015-07-20"),
                executor_number: None,
                result: "9.1".into(),
                documents: BTreeMap::new(),
                quality: Quality {
                    timely: true,
                    complete: true,
                    applicant_contacted: true,
                    applicant_satisfied: Satisfied::Yes,
                    score: 5,
                    notes: String::new(),
                },
                late: false,
                days_late: 0,
            }),
        ),
        (
            "2015-07-21",
            Step::Sign(Signature {
                date: d("2015-07-21"),
                by: "maslenkov".into(),
                warning: None,
                sha256: BTreeMap::new(),
            }),
        ),
        (
            "2015-07-22",
            Step::Send {
                sent: Sent {
                    posted: Some(d("2015-07-22")),
                    to_cc: d("2015-07-22"),
                    scan: None,
                    number: None,
                    date: None,
                },
                result: "9.1".into(),
            },
        ),
        (
            "2015-07-22",
            Step::Close {
                by: "sizhuk".into(),
                file: None,
                at_send: false,
            },
        ),
    ];
    for (day, step) in steps {
        c.apply(step, &who(day)).expect("the procedure in order");
    }
    c
}

/// No findings yet, for the card's own file.
pub(super) fn findings() -> Findings {
    Findings::new("cards/2015/000001.json".into(), None)
}
