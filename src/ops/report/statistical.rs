//! The statistical report on citizens' appeals in the form councils file
//! quarterly (resolution № 858, point 3; `reference/report-form.md`): five
//! blocks, each row citing the Classifier items it counts, the same period
//! of the previous year beside the current one.

use super::aggregate::Acc;
use super::{check_editions, collect, register_infos, Options, Period, RegisterInfo};
use crate::error::Result;
use crate::model::codes::{self, Sign, Subject};
use crate::store::Register;
use chrono::NaiveDate;
use serde::Serialize;

/// The form.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatForm {
    /// Appeals received in this period.
    pub period: Period,
    /// The same period a year earlier.
    pub previous: Period,
    /// Drawn up on this day.
    pub as_of: NaiveDate,
    /// The registers added up.
    pub registers: Vec<RegisterInfo>,
    /// Blocks 1–5.
    pub blocks: Vec<Block>,
}

/// One block of the form.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    /// 1–5.
    pub number: u8,
    /// Its title.
    pub title: String,
    /// Its rows.
    pub rows: Vec<StatRow>,
}

/// One row: a measure, the Classifier items it counts, two periods.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatRow {
    /// A stable key for scripts (`all`, `1.1`, `war_veterans`, `topic_009`…).
    pub key: String,
    /// The row's wording on the form.
    pub name: String,
    /// The Classifier items counted, e.g. `7.1, 7.3, 7.4, 7.5`; empty for none.
    pub items: String,
    /// The same period a year earlier; `null` when not known.
    pub previous: Option<u64>,
    /// The period.
    pub current: Option<u64>,
}

/// Block 3's author-category groups: key, wording, items.
/// Results of consideration the form counts by name; the rest are "other".
const NAMED_RESULTS: [&str; 3] = [codes::RESOLVED_POSITIVELY, codes::REFUSED, codes::EXPLAINED];
const POSITIVE: &str = codes::RESOLVED_POSITIVELY;
const REPEATED: &str = Sign::Repeated.code();
const COLLECTIVE: &str = Subject::Collective.code();

const CATEGORY_GROUPS: &[(&str, &str, &[&str])] = &[
    (
        "war_veterans",
        "від учасників війни, інвалідів війни, учасників бойових дій",
        &["7.1", "7.3", "7.4", "7.5"],
    ),
    (
        "disabled",
        "від осіб з інвалідністю I, II, III груп",
        &["7.7", "7.8", "7.9"],
    ),
    ("labour_veterans", "від ветеранів праці", &["7.6"]),
    ("children_of_war", "від дітей війни", &["7.2"]),
    (
        "families",
        "від членів багатодітних сімей, одиноких матерів, матерів-героїнь",
        &["7.11", "7.12", "7.13"],
    ),
    (
        "chornobyl",
        "від учасників ліквідації наслідків аварії на ЧАЕС та потерпілих від Чорнобильської катастрофи",
        &["7.14", "7.15"],
    ),
];

/// The categories of each block-3 group, for counting cards.
pub(crate) fn category_groups() -> Vec<&'static [&'static str]> {
    CATEGORY_GROUPS.iter().map(|(_, _, c)| *c).collect()
}

/// Block 4's topic columns, named in the genitive as the form prints them.
/// Topics of Part II that the form has no column for count under «інші».
const TOPIC_GROUPS: &[(&str, &str)] = &[
    ("002", "аграрної політики і земельних відносин"),
    ("003", "транспорту і зв'язку"),
    ("005", "фінансової, податкової, митної політики"),
    ("006", "соціального захисту"),
    (
        "007",
        "праці і заробітної плати, охорони праці та промислової безпеки",
    ),
    ("008", "охорони здоров'я"),
    ("009", "комунального господарства"),
    ("010", "житлової політики"),
    ("011", "екології та природних ресурсів"),
    (
        "012",
        "забезпечення дотримання законності та охорони правопорядку, запобігання дискримінації",
    ),
    (
        "013",
        "сім'ї, дітей, молоді, гендерної рівності, фізичної культури і спорту",
    ),
    (
        "015",
        "освіти, наукової, науково-технічної, інноваційної діяльності та інтелектуальної власності",
    ),
    (
        "017",
        "діяльності об'єднань громадян, релігії та міжконфесійних відносин",
    ),
    ("019", "діяльності центральних органів виконавчої влади"),
    ("020", "діяльності місцевих органів виконавчої влади"),
    ("021", "діяльності органів місцевого самоврядування"),
    (
        "023",
        "державного будівництва, адміністративно-територіального устрою",
    ),
];

/// Draws up the statistical form; `staff` is block 5 (not kept in the register).
pub fn statistical(regs: &[Register], opts: &Options, staff: Option<u64>) -> Result<StatForm> {
    check_editions(regs, opts.mixed_editions)?;
    let previous = opts.period.previous_year();
    let mut accs = collect(regs, &[previous, opts.period], opts.today)?;
    let cur = accs.pop().unwrap_or_default();
    let prev = accs.pop().unwrap_or_default();
    let k = &regs[0].classifier;
    let row = |key: &str, name: &str, items: &str, f: &dyn Fn(&Acc) -> u64| StatRow {
        key: key.to_string(),
        name: name.to_string(),
        items: items.to_string(),
        previous: Some(f(&prev)),
        current: Some(f(&cur)),
    };
    let count = Acc::count;

    let block1 = vec![
        row("all", "усього звернень", "", &|a| {
            a.all.received
        }),
        row("1.1", "надійшло поштою", "1.1", &|a| {
            count(&a.form, "1.1")
        }),
        row(
            "1.2",
            "надійшло на особистому прийомі",
            "1.2",
            &|a| count(&a.form, "1.2"),
        ),
    ];

    let other_results = |a: &Acc| {
        a.result
            .iter()
            .filter_map(|(code, n)| {
                let c = code.as_deref()?;
                (c.starts_with("9.") && !NAMED_RESULTS.contains(&c)).then_some(*n)
            })
            .sum()
    };
    let other_items: Vec<String> = k
        .codes(crate::classifier::SectionKey::Result)
        .map(|e| e.code.clone())
        .filter(|c| !NAMED_RESULTS.contains(&c.as_str()))
        .collect();
    let block2 = vec![
        row(
            POSITIVE,
            "вирішено позитивно",
            POSITIVE,
            &|a| count(&a.result, POSITIVE),
        ),
        row(
            codes::REFUSED,
            "відмовлено у задоволенні",
            codes::REFUSED,
            &|a| count(&a.result, codes::REFUSED),
        ),
        row(
            codes::EXPLAINED,
            "дано роз'яснення",
            codes::EXPLAINED,
            &|a| count(&a.result, codes::EXPLAINED),
        ),
        row("other", "інше", &other_items.join(", "), &other_results),
    ];

    let mut block3 = vec![
        row(REPEATED, "повторні", REPEATED, &|a| {
            count(&a.sign, REPEATED)
        }),
        row(COLLECTIVE, "колективні", COLLECTIVE, &|a| {
            count(&a.subject, COLLECTIVE)
        }),
    ];
    for (i, (key, name, items)) in CATEGORY_GROUPS.iter().enumerate() {
        block3.push(row(key, name, &items.join(", "), &|a| {
            a.category_groups.get(i).copied().unwrap_or(0)
        }));
    }

    let grouped = |a: &Acc, code: &str| count(&a.topic, code);
    let listed: Vec<&str> = TOPIC_GROUPS.iter().map(|(c, _)| *c).collect();
    let other_topics: Vec<String> = k
        .codes(crate::classifier::SectionKey::Topic)
        .map(|e| e.code.clone())
        .filter(|c| !listed.contains(&c.as_str()))
        .collect();
    let mut block4 = vec![row("questions", "кількість питань", "ІІ", &|a| a.questions)];
    for (code, name) in TOPIC_GROUPS {
        block4.push(row(&format!("topic_{code}"), name, code, &|a| {
            grouped(a, code)
        }));
    }
    block4.push(row(
        "topic_other",
        "інші",
        &other_topics.join(", "),
        &|a| {
            a.topic
                .iter()
                .filter_map(|(code, n)| {
                    let c = code.as_deref()?;
                    (!listed.contains(&c)).then_some(*n)
                })
                .sum()
        },
    ));

    let block5 = vec![StatRow {
        key: "staff".into(),
        name: "штатна чисельність підрозділу з питань звернень громадян".into(),
        items: String::new(),
        previous: None,
        current: staff,
    }];

    let blocks = vec![
        Block {
            number: 1,
            title: "Кількість звернень".into(),
            rows: block1,
        },
        Block {
            number: 2,
            title: "Результати розгляду звернень".into(),
            rows: block2,
        },
        Block {
            number: 3,
            title: "Звернення окремих видів і від окремих категорій авторів".into(),
            rows: block3,
        },
        Block {
            number: 4,
            title: "Кількість питань, порушених у зверненнях, за тематикою".into(),
            rows: block4,
        },
        Block {
            number: 5,
            title: "Підрозділ з питань звернень громадян".into(),
            rows: block5,
        },
    ];
    Ok(StatForm {
        period: opts.period,
        previous,
        as_of: opts.today,
        registers: register_infos(regs),
        blocks,
    })
}
