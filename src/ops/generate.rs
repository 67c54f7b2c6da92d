//! A synthetic register for benchmarks and demonstrations (issue #7): `n`
//! realistic cards over several years, deterministic for a seed.
//!
//! Every card goes as far through the procedure as its dates allow by the
//! register's "today" (`until`): old cards are answered, signed and sent,
//! recent ones are still with the coordinator or the executor, a few are
//! stuck and overdue. Codes come from the register's Classifier, people
//! from its `people.toml`, dates from its calendar and `terms::compute`,
//! statuses from `workflow`, so `appeals check` finds nothing to report.
//! Names, addresses and texts are invented from short lists; no real person
//! is described.
//!
//! The module decides what to write and hands every file to a writer given
//! by the caller, so that it stays free of file access: the benchmark's
//! generator writes plainly (a synthetic register needn't survive a power
//! cut, and fsync would cost minutes at 100,000 cards), while
//! `|rel, bytes| store.write_atomic(rel, bytes)` gives the durable path.
//! The bytes are the same either way: a card is `Card::to_json`, as
//! `Store::write_card` writes it. The derived indexes are saved through the
//! store at the end.
//!
//! Generation runs in two phases. Planning is sequential and cheap: dates,
//! people, outcomes and repeat links, from one random stream. Rendering
//! (building and serialising cards and documents, writing them) runs in
//! parallel over chunks of the plan, so memory stays at one chunk of cards.

use crate::calendar::Calendar;
use crate::classifier::{Classifier, SectionKey};
use crate::config::Roster;
use crate::error::{Error, Result};
use crate::model::card::{
    Answer, Applicant, Card, Classification, Closed, Dispatch, Event, Extension, Links, Quality,
    Resolution, Satisfied, Sent, Signature, Term, TermBasis, CARD_VERSION,
};
use crate::model::index::IndexKind;
use crate::model::status::{Action, Status};
use crate::ops::steps::answer::lateness;
use crate::ops::steps::sign::sha256_hex;
use crate::ops::steps::{date_uk, docs_dir};
use crate::store::{Register, CARDS};
use crate::{terms, workflow};
use chrono::{Datelike, Days, NaiveDate};
use rayon::prelude::*;
use serde_json::json;
use std::collections::BTreeMap;

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// Number of cards.
    pub cards: usize,
    /// Seed of the random stream: the same seed gives the same register.
    pub seed: u64,
    /// The first day appeals arrive.
    pub from: NaiveDate,
    /// The register's "today": the last day anything is recorded.
    pub until: NaiveDate,
    /// Write the executors' documents (and sign them); without them the
    /// answer packages list no files.
    pub documents: bool,
}

impl Options {
    /// `n` cards from 23.06.2015 (the order's date) to 20.12.2024.
    pub fn new(cards: usize, seed: u64) -> Options {
        Options {
            cards,
            seed,
            from: NaiveDate::from_ymd_opt(2015, 6, 23).unwrap_or(NaiveDate::MIN),
            until: NaiveDate::from_ymd_opt(2024, 12, 20).unwrap_or(NaiveDate::MIN),
            documents: true,
        }
    }
}

/// What was generated.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Generated {
    /// Cards written.
    pub cards: usize,
    /// Documents written (drafts, information, quality cards).
    pub documents: usize,
    /// Bytes of card files.
    pub card_bytes: u64,
    /// Cards by status.
    pub by_status: BTreeMap<String, usize>,
    /// Cards that repeat an earlier one (2.2, 2.3, 2.4).
    pub repeats: usize,
    /// Answers given after the executor's due date.
    pub late_answers: usize,
    /// Cards with a term extension.
    pub extended: usize,
    /// Cards registered after the day of receipt.
    pub registered_late: usize,
    /// First and last year with cards.
    pub years: (i32, i32),
}

/// Writes one register-relative file; see the module docs.
pub type Writer<'a> = dyn Fn(&str, &[u8]) -> Result<()> + Sync + 'a;

/// Cards rendered and written at a time; bounds memory.
const CHUNK: usize = 4096;

/// Generates `opts.cards` cards into an empty register, handing each file
/// to `write`, then saves the derived indexes through the store. Holds the
/// register's lock throughout, as every command that writes does.
pub fn generate(reg: &Register, opts: &Options, write: &Writer) -> Result<Generated> {
    // A new register has nobody else waiting on it; there is nothing to tell.
    let _lock = reg.store.lock(|| {})?;
    if !reg.store.years()?.is_empty() {
        return Err(Error::refused(
            format!("{} already has cards", reg.store.root().display()),
            &["generate into a new register: 'appeals init DIR' first, or a new --out"],
        ));
    }
    let vocab = Vocabulary::new(&reg.classifier, &reg.roster)?;
    let plans = plan(reg, &vocab, opts)?;
    let mut out = Generated {
        cards: plans.len(),
        ..Generated::default()
    };
    for (start, chunk) in (0..plans.len()).step_by(CHUNK).zip(plans.chunks(CHUNK)) {
        let rendered: Vec<(Card, usize, u64)> = chunk
            .par_iter()
            .enumerate()
            .map(|(i, p)| {
                let (card, docs) = render(&vocab, &plans, start + i, p, opts)?;
                let text = card.to_json();
                for (rel, bytes) in &docs {
                    write(rel, bytes)?;
                }
                write(&format!("{CARDS}/{}", card.rel_path()), text.as_bytes())?;
                Ok((card, docs.len(), text.len() as u64))
            })
            .collect::<Result<_>>()?;
        for (card, docs, bytes) in rendered {
            out.documents += docs;
            out.card_bytes += bytes;
            *out.by_status.entry(card.status.to_string()).or_default() += 1;
        }
    }
    reg.store.rebuild_indexes()?;
    for p in &plans {
        out.repeats += usize::from(p.repeat_of.is_some());
        out.late_answers += usize::from(p.answer.as_ref().is_some_and(|a| a.late));
        out.extended += usize::from(p.extension.is_some());
        out.registered_late += usize::from(p.registered > p.received);
    }
    out.years = (
        plans.first().map_or(0, |p| p.year),
        plans.last().map_or(0, |p| p.year),
    );
    Ok(out)
}

/// Intake records of `n` new appeals received on `received`, as the contact
/// centre's export carries them (one JSON object each, for JSON Lines), from
/// the same people and topics as [`generate`]: the input of a benchmark's
/// batch registration. Contact-centre numbers start with `B` so they never
/// meet a generated card's.
pub fn intake_records(
    reg: &Register,
    n: usize,
    seed: u64,
    received: NaiveDate,
) -> Result<Vec<serde_json::Value>> {
    let vocab = Vocabulary::new(&reg.classifier, &reg.roster)?;
    let mut rng = Rng::new(seed ^ 0x1D7A_4E00);
    let people = people_count(n);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let who = pick_applicant(&mut rng, people);
        let p = person(seed, who.person);
        let topics = vocab.topics(&mut rng);
        let summary = vocab.summary(&mut rng, &topics);
        let name = who.name(&p);
        out.push(json!({
            "cc_number": format!("B{:05}-{}", i + 1, received.format("%d%m%Y")),
            "received": received,
            "name": name,
            "address": name.as_ref().map(|_| p.address.clone()),
            "phone": p.phone,
            "email": name.as_ref().and(p.email.clone()),
            "gender": name.as_ref().map(|_| vocab.gender(p.female)),
            "categories": if name.is_some() { p.categories(&vocab) } else { Vec::new() },
            "social_status": name.as_ref().and(p.social_status(&vocab)),
            "signatories": who.signatories,
            "kind": vocab.kind(&mut rng),
            "topics": topics,
            "summary": summary,
            "term": if rng.chance(0.4) { 15 } else { 30 },
            "confidential": rng.chance(0.01),
        }));
    }
    Ok(out)
}

/// SplitMix64: small, fast, and the same on every platform and version,
/// which a seeded register needs more than statistical finesse.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }

    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as usize) as u32
    }

    fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64) / ((1u64 << 53) as f64) < p
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index into `weights`, in proportion to them.
    fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut x = self.below(total as usize) as u32;
        for (i, w) in weights.iter().enumerate() {
            if x < *w {
                return i;
            }
            x -= w;
        }
        weights.len().saturating_sub(1)
    }
}

/// Topic codes with their share of a council's hotline appeals, by rough
/// proportion: communal services far ahead, then housing, social
/// protection and transport.
const TOPIC_WEIGHTS: &[(&str, u32)] = &[
    ("009", 300),
    ("010", 120),
    ("006", 100),
    ("003", 80),
    ("011", 50),
    ("008", 50),
    ("002", 40),
    ("013", 30),
    ("015", 30),
    ("021", 30),
    ("025", 30),
    ("020", 20),
    ("007", 20),
    ("012", 20),
    ("001", 10),
    ("004", 10),
    ("005", 10),
    ("014", 10),
    ("016", 10),
    ("017", 10),
    ("018", 10),
    ("019", 10),
    ("022", 10),
    ("023", 10),
    ("024", 10),
];

/// Author categories (7.x) by rough frequency among hotline callers.
const CATEGORY_WEIGHTS: &[(&str, u32)] = &[
    ("7.6", 25),
    ("7.5", 15),
    ("7.8", 12),
    ("7.9", 10),
    ("7.13", 8),
    ("7.14", 5),
    ("7.11", 5),
    ("7.7", 4),
    ("7.10", 4),
    ("7.2", 4),
    ("7.15", 3),
    ("7.4", 2),
    ("7.1", 1),
    ("7.3", 1),
    ("7.12", 1),
];

/// Social status (8.x): pensioners write most.
const SOCIAL_WEIGHTS: &[(&str, u32)] = &[
    ("8.1", 35),
    ("8.2", 14),
    ("8.4", 10),
    ("8.12", 10),
    ("8.8", 8),
    ("8.7", 6),
    ("8.5", 5),
    ("8.9", 5),
    ("8.6", 3),
    ("8.3", 2),
    ("8.10", 1),
    ("8.11", 1),
];

/// Results of consideration (9.x).
const RESULT_WEIGHTS: &[(&str, u32)] = &[
    ("9.1", 45),
    ("9.3", 38),
    ("9.2", 12),
    ("9.4", 2),
    ("9.5", 2),
    ("9.6", 1),
];

/// Short contents of appeals by topic.
const SUMMARIES: &[(&str, &[&str])] = &[
    (
        "009",
        &[
            "Прорив каналізації біля будинку",
            "Не працює вуличне освітлення",
            "Відсутнє гаряче водопостачання",
            "Не вивозиться сміття з контейнерного майданчика",
            "Незадовільний стан прибудинкової території",
            "Протікає покрівля будинку",
            "Низька температура в квартирі в опалювальний сезон",
            "Не працює ліфт у під'їзді",
        ],
    ),
    (
        "010",
        &[
            "Постановка на квартирний облік",
            "Ремонт аварійного житлового будинку",
            "Приватизація квартири",
            "Переведення житлового приміщення в нежитлове",
        ],
    ),
    (
        "006",
        &[
            "Призначення житлової субсидії",
            "Перерахунок пенсії",
            "Матеріальна допомога на лікування",
            "Допомога при народженні дитини",
        ],
    ),
    (
        "003",
        &[
            "Нерегулярний рух маршрутного таксі",
            "Ремонт дорожнього покриття",
            "Облаштування зупинки громадського транспорту",
            "Пільговий проїзд у міському транспорті",
        ],
    ),
    (
        "011",
        &[
            "Вирубка дерев у дворі",
            "Забруднення повітря підприємством",
            "Стихійне сміттєзвалище",
        ],
    ),
    (
        "008",
        &[
            "Запис до лікаря-спеціаліста",
            "Забезпечення ліками за пільговим рецептом",
            "Робота амбулаторії сімейної медицини",
        ],
    ),
    (
        "002",
        &[
            "Оформлення земельної ділянки",
            "Самовільне захоплення земельної ділянки",
        ],
    ),
    (
        "013",
        &[
            "Облаштування дитячого майданчика",
            "Оздоровлення дітей улітку",
        ],
    ),
    (
        "015",
        &[
            "Влаштування дитини до дитячого садка",
            "Харчування учнів у школі",
        ],
    ),
    (
        "012",
        &[
            "Порушення громадського порядку у дворі",
            "Паркування автомобілів на тротуарі",
        ],
    ),
    ("007", &["Затримка виплати заробітної плати"]),
];

#[rustfmt::skip]
const SURNAMES: &[&str] = &[
    "Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Кравченко", "Олійник", "Мельник",
    "Ткачук", "Поліщук", "Лисенко", "Марченко", "Руденко", "Савченко", "Бойко", "Клименко",
    "Павленко", "Гончаренко", "Кузьменко", "Петренко", "Левченко", "Шевчук", "Коваль", "Мороз",
    "Романюк", "Кушнір", "Гуменюк", "Панченко", "Власенко", "Дмитренко", "Іваненко",
    "Тимошенко", "Юрченко", "Остапенко", "Білоус", "Гребенюк", "Яковенко", "Захарченко",
    "Щербак", "Ничипорук", "Федоренко", "Артеменко", "Зінченко", "Демченко", "Онищенко",
    "Черненко", "Гаврилюк", "Денисенко", "Максименко", "Сидоренко", "Приходько",
];
#[rustfmt::skip]
const MALE: &[&str] = &[
    "Олександр", "Сергій", "Віктор", "Микола", "Володимир", "Іван", "Петро", "Андрій", "Юрій",
    "Василь", "Анатолій", "Григорій", "Дмитро", "Михайло", "Олег", "Богдан", "Тарас", "Ярослав",
    "Степан", "Павло",
];
#[rustfmt::skip]
const FEMALE: &[&str] = &[
    "Ольга", "Тетяна", "Наталія", "Олена", "Світлана", "Ірина", "Людмила", "Галина",
    "Валентина", "Марія", "Надія", "Лариса", "Ніна", "Оксана", "Любов", "Катерина", "Віра",
    "Ганна", "Зоя", "Алла",
];
/// Patronymics, masculine and feminine.
const PATRONYMICS: &[(&str, &str)] = &[
    ("Олександрович", "Олександрівна"),
    ("Сергійович", "Сергіївна"),
    ("Вікторович", "Вікторівна"),
    ("Миколайович", "Миколаївна"),
    ("Володимирович", "Володимирівна"),
    ("Іванович", "Іванівна"),
    ("Петрович", "Петрівна"),
    ("Андрійович", "Андріївна"),
    ("Юрійович", "Юріївна"),
    ("Васильович", "Василівна"),
    ("Анатолійович", "Анатоліївна"),
    ("Григорович", "Григорівна"),
    ("Дмитрович", "Дмитрівна"),
    ("Михайлович", "Михайлівна"),
    ("Степанович", "Степанівна"),
    ("Павлович", "Павлівна"),
];
const STREETS: &[&str] = &[
    "вул. Шевченка",
    "вул. Франка",
    "вул. Лесі Українки",
    "просп. Свободи",
    "вул. Соборна",
    "вул. Садова",
    "вул. Миру",
    "вул. Паркова",
    "вул. Заводська",
    "вул. Дніпровська",
    "вул. Дніпробудівська",
    "вул. Київська",
    "вул. Металургів",
    "бульв. Будівельників",
    "вул. Широка",
    "вул. Лікарняна",
    "вул. Весняна",
    "вул. Зоряна",
    "вул. Тиха",
    "вул. Набережна",
];
const RESOLUTION_TEXTS: &[&str] = &[
    "Розглянути, вжити заходів, надати відповідь у встановлений термін",
    "Розглянути та надати роз'яснення заявнику",
    "Перевірити викладені факти, вжити заходів, поінформувати заявника",
    "Розглянути в межах повноважень, відповідь надати заявнику та до контакт-центру",
];
const EXTENSION_REASONS: &[&str] = &[
    "потрібна додаткова перевірка на місці",
    "потрібен висновок комісії",
    "роботи заплановано на наступний місяць",
];
const LATE_REGISTRATION: &str = "надійшло після закінчення робочого дня";

/// Codes of one Classifier section with weights: those of a table that the
/// Classifier has, or every code of the section evenly when it has none.
struct Weighted {
    codes: Vec<String>,
    weights: Vec<u32>,
}

impl Weighted {
    fn new(k: &Classifier, key: SectionKey, table: &[(&str, u32)]) -> Weighted {
        let mut w = Weighted {
            codes: Vec::new(),
            weights: Vec::new(),
        };
        for (code, weight) in table {
            if let Ok(e) = k.entry(key, code) {
                w.codes.push(e.code.clone());
                w.weights.push(*weight);
            }
        }
        if w.codes.is_empty() {
            w.codes = k.codes(key).map(|e| e.code.clone()).collect();
            w.weights = vec![1; w.codes.len()];
        }
        w
    }

    fn pick(&self, rng: &mut Rng) -> Option<&String> {
        (!self.codes.is_empty()).then(|| &self.codes[rng.weighted(&self.weights)])
    }
}

/// The codes and people a generated card draws from: the register's own.
struct Vocabulary {
    topics: Weighted,
    categories: Weighted,
    social: Weighted,
    results: Weighted,
    has: BTreeMap<(SectionKey, &'static str), bool>,
    coordinators: Vec<String>,
    /// Topic → the coordinator covering it (people.toml's distribution of duties).
    coordinator_of: BTreeMap<String, usize>,
    /// Coordinator → the executors it oversees.
    executors_of: Vec<Vec<String>>,
    executors: Vec<String>,
    names: BTreeMap<String, String>,
    administrators: Vec<String>,
    topic_names: BTreeMap<String, String>,
}

impl Vocabulary {
    fn new(k: &Classifier, roster: &Roster) -> Result<Vocabulary> {
        let topics = Weighted::new(k, SectionKey::Topic, TOPIC_WEIGHTS);
        let results = Weighted::new(k, SectionKey::Result, RESULT_WEIGHTS);
        if topics.codes.is_empty() || results.codes.is_empty() {
            return Err(Error::refused(
                "the register's Classifier has no topic or no result codes, which generated cards need",
                &["generate into a register of an embedded edition ('appeals init --edition 2015')"],
            ));
        }
        let mut has = BTreeMap::new();
        for (key, code) in [
            (SectionKey::Form, "1.1"),
            (SectionKey::Form, "1.2"),
            (SectionKey::Form, "1.4"),
            (SectionKey::Form, "1.6"),
            (SectionKey::Sign, "2.1"),
            (SectionKey::Sign, "2.2"),
            (SectionKey::Sign, "2.3"),
            (SectionKey::Sign, "2.4"),
            (SectionKey::Sign, "2.5"),
            (SectionKey::Kind, "3.1"),
            (SectionKey::Kind, "3.2"),
            (SectionKey::Kind, "3.3"),
            (SectionKey::Gender, "4.1"),
            (SectionKey::Gender, "4.2"),
            (SectionKey::Subject, "5.1"),
            (SectionKey::Subject, "5.2"),
            (SectionKey::Subject, "5.3"),
            (SectionKey::Type, "6.2"),
            (SectionKey::Type, "6.3"),
        ] {
            has.insert((key, code), k.entry(key, code).is_ok());
        }
        let needed = [
            (SectionKey::Form, "1.4"),
            (SectionKey::Sign, "2.1"),
            (SectionKey::Kind, "3.2"),
            (SectionKey::Subject, "5.1"),
            (SectionKey::Subject, "5.2"),
            (SectionKey::Subject, "5.3"),
            (SectionKey::Type, "6.3"),
        ];
        if let Some((key, code)) = needed.iter().find(|(key, code)| !has[&(*key, *code)]) {
            return Err(Error::refused(
                format!("the register's Classifier has no {key} code {code}, which every generated card needs"),
                &["generate into a register of an embedded edition ('appeals init --edition 2015')"],
            ));
        }
        if roster.coordinators.is_empty() || roster.executors.is_empty() {
            return Err(Error::refused(
                "people.toml needs at least one coordinator and one executor to generate cards",
                &["use the roster 'appeals init' writes"],
            ));
        }
        let coordinators: Vec<String> = roster.coordinators.iter().map(|c| c.id.clone()).collect();
        let mut coordinator_of = BTreeMap::new();
        for (i, c) in roster.coordinators.iter().enumerate() {
            for t in &c.topics {
                if let Ok(e) = k.entry(SectionKey::Topic, t) {
                    coordinator_of.entry(e.code.clone()).or_insert(i);
                }
            }
        }
        let executors_of = roster
            .coordinators
            .iter()
            .map(|c| {
                roster
                    .executors
                    .iter()
                    .filter(|e| e.coordinator.as_deref() == Some(&c.id))
                    .map(|e| e.id.clone())
                    .collect()
            })
            .collect();
        let names = roster
            .coordinators
            .iter()
            .map(|c| (c.id.clone(), c.name.clone()))
            .chain(
                roster
                    .executors
                    .iter()
                    .map(|e| (e.id.clone(), e.name.clone())),
            )
            .collect();
        let mut administrators: Vec<String> =
            roster.administrators.iter().map(|a| a.id.clone()).collect();
        if administrators.is_empty() {
            administrators.push("administrator".into());
        }
        let topic_names = k
            .codes(SectionKey::Topic)
            .map(|e| (e.code.clone(), e.display_name()))
            .collect();
        Ok(Vocabulary {
            topics,
            categories: Weighted::new(k, SectionKey::Category, CATEGORY_WEIGHTS),
            social: Weighted::new(k, SectionKey::SocialStatus, SOCIAL_WEIGHTS),
            results,
            has,
            coordinators,
            coordinator_of,
            executors_of,
            executors: roster.executors.iter().map(|e| e.id.clone()).collect(),
            names,
            administrators,
            topic_names,
        })
    }

    fn has(&self, key: SectionKey, code: &'static str) -> bool {
        self.has.get(&(key, code)).copied().unwrap_or(false)
    }

    /// `code` if the Classifier has it, else `fallback` (which it has).
    fn or(&self, key: SectionKey, code: &'static str, fallback: &'static str) -> &'static str {
        if self.has(key, code) {
            code
        } else {
            fallback
        }
    }

    fn topics(&self, rng: &mut Rng) -> Vec<String> {
        let mut topics: Vec<String> = self.topics.pick(rng).into_iter().cloned().collect();
        if rng.chance(0.12) {
            if let Some(second) = self.topics.pick(rng) {
                if !topics.contains(second) {
                    topics.push(second.clone());
                }
            }
        }
        topics
    }

    fn summary(&self, rng: &mut Rng, topics: &[String]) -> String {
        let first = topics.first().map(String::as_str).unwrap_or("");
        match SUMMARIES.iter().find(|(t, _)| *t == first) {
            Some((_, texts)) => rng.pick(texts).to_string(),
            None => format!(
                "Звернення з питання: {}",
                self.topic_names
                    .get(first)
                    .map(|n| n.to_lowercase())
                    .unwrap_or_else(|| first.to_string())
            ),
        }
    }

    fn gender(&self, female: bool) -> &'static str {
        if female {
            "4.2"
        } else {
            "4.1"
        }
    }

    fn kind(&self, rng: &mut Rng) -> &'static str {
        match rng.weighted(&[70, 20, 10]) {
            1 => self.or(SectionKey::Kind, "3.3", "3.2"),
            2 => self.or(SectionKey::Kind, "3.1", "3.2"),
            _ => "3.2",
        }
    }

    fn form(&self, rng: &mut Rng) -> &'static str {
        match rng.weighted(&[90, 4, 3, 3]) {
            1 => self.or(SectionKey::Form, "1.1", "1.4"),
            2 => self.or(SectionKey::Form, "1.2", "1.4"),
            3 => self.or(SectionKey::Form, "1.6", "1.4"),
            _ => "1.4",
        }
    }

    /// The coordinator covering the first topic, and the executors it
    /// oversees (any executor when it oversees none).
    fn people_for(&self, rng: &mut Rng, topics: &[String]) -> (usize, Vec<String>) {
        let first = topics.first().map(String::as_str).unwrap_or("");
        let c = match self.coordinator_of.get(first) {
            Some(c) => *c,
            None => rng.below(self.coordinators.len()),
        };
        let pool = if self.executors_of[c].is_empty() {
            &self.executors
        } else {
            &self.executors_of[c]
        };
        let mut executors = vec![rng.pick(pool).clone()];
        if rng.chance(0.1) {
            let co = rng.pick(&self.executors);
            if !executors.contains(co) {
                executors.push(co.clone());
            }
        }
        (c, executors)
    }

    fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.names.get(id).map(String::as_str).unwrap_or(id)
    }
}

/// An invented applicant, the same for the same seed and id.
struct Person {
    name: String,
    female: bool,
    address: String,
    phone: Option<String>,
    email: Option<String>,
    /// How many author categories (7.x) the person has.
    categories: usize,
    has_social_status: bool,
    /// Seeds the person's codes, which are drawn from the register's Classifier.
    traits: u64,
}

impl Person {
    fn categories(&self, v: &Vocabulary) -> Vec<String> {
        let mut rng = Rng::new(self.traits);
        let mut out: Vec<String> = Vec::new();
        for _ in 0..self.categories {
            if let Some(c) = v.categories.pick(&mut rng) {
                if !out.contains(c) {
                    out.push(c.clone());
                }
            }
        }
        out
    }

    fn social_status(&self, v: &Vocabulary) -> Option<String> {
        let mut rng = Rng::new(self.traits ^ 0x50C1A1);
        self.has_social_status
            .then(|| v.social.pick(&mut rng).cloned())
            .flatten()
    }
}

fn person(seed: u64, id: u32) -> Person {
    let mut rng = Rng::new(seed ^ 0xA99E_A150_0000_0000 ^ u64::from(id).wrapping_mul(0x2545_F491));
    let female = rng.chance(0.6);
    let surname = rng.pick(SURNAMES);
    let (first, patronymic) = if female {
        (rng.pick(FEMALE), rng.pick(PATRONYMICS).1)
    } else {
        (rng.pick(MALE), rng.pick(PATRONYMICS).0)
    };
    let address = if rng.chance(0.25) {
        format!("{}, {}", rng.pick(STREETS), rng.range(1, 120))
    } else {
        format!(
            "{}, {}, кв. {}",
            rng.pick(STREETS),
            rng.range(1, 120),
            rng.range(1, 180)
        )
    };
    let operator = *rng.pick(&["67", "50", "63", "66", "68", "73", "97", "98", "95", "99"]);
    let phone = rng.chance(0.95).then(|| {
        format!(
            "+380{operator}{:07}",
            (u64::from(id) * 7919 + 1_000_003) % 10_000_000
        )
    });
    let email = rng.chance(0.2).then(|| format!("zayavnyk{id}@example.com"));
    let categories = match rng.below(100) {
        0..=64 => 0,
        65..=91 => 1,
        _ => 2,
    };
    let has_social_status = rng.chance(0.85);
    let traits = rng.next();
    Person {
        name: format!("{surname} {first} {patronymic}"),
        female,
        address,
        phone,
        email,
        categories,
        has_social_status,
        traits,
    }
}

/// How many invented people write, for `n` appeals: most write once or
/// twice in ten years, some often.
fn people_count(n: usize) -> u32 {
    (n / 3).max(10).min(u32::MAX as usize) as u32
}

/// Who signs an appeal: a person alone, a collective, or nobody.
#[derive(Debug, Clone, Copy)]
struct Who {
    person: u32,
    signatories: u32,
    anonymous: bool,
}

impl Who {
    fn name(&self, p: &Person) -> Option<String> {
        (!self.anonymous).then(|| p.name.clone())
    }
}

fn pick_applicant(rng: &mut Rng, people: u32) -> Who {
    let person = rng.below(people as usize) as u32;
    let roll = rng.below(100);
    Who {
        person,
        signatories: if roll < 3 { rng.range(2, 60) } else { 1 },
        anonymous: roll >= 98,
    }
}

/// One card's story, decided before anything is written.
#[derive(Debug, Clone)]
struct Plan {
    year: i32,
    number: u32,
    index: String,
    cc_number: String,
    received: NaiveDate,
    registered: NaiveDate,
    who: Who,
    topics: Vec<String>,
    form: &'static str,
    sign: &'static str,
    kind: &'static str,
    type_: &'static str,
    confidential: bool,
    term_days: u32,
    basis: TermBasis,
    control_date: NaiveDate,
    executor_due: NaiveDate,
    summary: String,
    admin: usize,
    resolution: Option<(NaiveDate, usize, Vec<String>, usize)>,
    dispatch: Option<NaiveDate>,
    extension: Option<PlannedExtension>,
    answer: Option<PlannedAnswer>,
    signed: Option<NaiveDate>,
    sent: Option<NaiveDate>,
    repeat_of: Option<usize>,
    later: Vec<usize>,
}

#[derive(Debug, Clone)]
struct PlannedExtension {
    on: NaiveDate,
    from: NaiveDate,
    until: NaiveDate,
    reason: &'static str,
}

#[derive(Debug, Clone)]
struct PlannedAnswer {
    date: NaiveDate,
    result: String,
    late: bool,
    days_late: i64,
    satisfied: Satisfied,
    score: u8,
    complete: bool,
    contacted: bool,
}

impl Plan {
    fn full_name(&self) -> String {
        format!("{}/{}", self.year, self.index)
    }

    /// Still on control on `d`.
    fn open_on(&self, d: NaiveDate) -> bool {
        self.sent.is_none_or(|s| s > d)
    }
}

fn calendar_error(e: crate::calendar::CalendarError) -> Error {
    Error::refused(
        e.to_string(),
        &["generate within the calendar's years: --from and --until at least two months inside calendar.toml"],
    )
}

/// The working day `k` working days after `d` (`d` itself for 0).
fn working_days_later(cal: &Calendar, d: NaiveDate, k: u32) -> Result<NaiveDate> {
    let mut cur = d;
    for _ in 0..k {
        cur = cal.next_working_day(cur).map_err(calendar_error)?;
    }
    Ok(cur)
}

fn working_days_earlier(cal: &Calendar, d: NaiveDate, k: u32) -> Result<NaiveDate> {
    let mut cur = d;
    for _ in 0..k {
        cur = cal.previous_working_day(cur).map_err(calendar_error)?;
    }
    Ok(cur)
}

/// A pending later appeal of an applicant on the same question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Wish {
    on: NaiveDate,
    of: usize,
}

fn plan(reg: &Register, v: &Vocabulary, opts: &Options) -> Result<Vec<Plan>> {
    let cal = &reg.calendar;
    if opts.cards == 0 {
        return Ok(Vec::new());
    }
    if opts.from > opts.until {
        return Err(Error::refused(
            format!("--from {} is after --until {}", opts.from, opts.until),
            &["appeals arrive from --from until --until"],
        ));
    }
    // Terms run past `until`; the calendar must cover them.
    let horizon = opts
        .until
        .checked_add_days(Days::new(90))
        .unwrap_or(opts.until);
    cal.is_working_day(horizon).map_err(calendar_error)?;
    cal.is_working_day(opts.from).map_err(calendar_error)?;
    let days: Vec<NaiveDate> = opts
        .from
        .iter_days()
        .take_while(|d| *d <= opts.until)
        .filter(|d| cal.is_working_day(*d).unwrap_or(false))
        .collect();
    if days.is_empty() {
        return Err(Error::refused(
            format!("no working day from {} to {}", opts.from, opts.until),
            &["give a longer period"],
        ));
    }
    let mut rng = Rng::new(opts.seed);
    let mut arrivals: Vec<usize> = (0..opts.cards).map(|_| rng.below(days.len())).collect();
    arrivals.sort_unstable();
    let people = people_count(opts.cards);
    let settings = &reg.settings;
    let mut plans: Vec<Plan> = Vec::with_capacity(opts.cards);
    let mut wishes: std::collections::BTreeSet<Wish> = Default::default();
    let mut numbers: BTreeMap<i32, u32> = BTreeMap::new();
    let mut per_day: BTreeMap<NaiveDate, u32> = BTreeMap::new();
    let recent = opts
        .until
        .checked_sub_days(Days::new(180))
        .unwrap_or(opts.until);
    for (i, day) in arrivals.into_iter().enumerate() {
        let received = days[day];
        // A pending repeat due by now takes this arrival's place.
        let wish = wishes.iter().next().copied().filter(|w| w.on <= received);
        let (who, topics, repeat_of, sign) = match wish {
            Some(w) => {
                wishes.remove(&w);
                let first = &plans[w.of];
                let sign = if first.open_on(received) {
                    "2.3"
                } else if first.repeat_of.is_some() {
                    "2.4"
                } else {
                    "2.2"
                };
                (
                    first.who,
                    first.topics.clone(),
                    Some(w.of),
                    v.or(SectionKey::Sign, sign, "2.1"),
                )
            }
            None => {
                let sign = if rng.chance(0.01) {
                    v.or(SectionKey::Sign, "2.5", "2.1")
                } else {
                    "2.1"
                };
                (
                    pick_applicant(&mut rng, people),
                    v.topics(&mut rng),
                    None,
                    sign,
                )
            }
        };
        let registered = if rng.chance(0.01) {
            working_days_later(cal, received, 1)?.min(opts.until)
        } else {
            received
        };
        let year = registered.year();
        let number = {
            let n = numbers.entry(year).or_insert(0);
            *n += 1;
            *n
        };
        let p = person(opts.seed, who.person);
        let name = who.name(&p);
        let index = IndexKind::for_applicant(name.as_deref(), who.signatories).index(
            number,
            &settings.numbering.collective,
            &settings.numbering.anonymous,
        );
        let seq = {
            let n = per_day.entry(received).or_insert(0);
            *n += 1;
            *n
        };
        let term_days = if rng.chance(0.4) { 15 } else { 30 };
        let dates =
            terms::compute(received, term_days, &settings.terms, cal).map_err(calendar_error)?;
        let mut plan = Plan {
            year,
            number,
            index,
            cc_number: format!("{seq:04}-{}", received.format("%d%m%Y")),
            received,
            registered,
            who,
            summary: v.summary(&mut rng, &topics),
            topics,
            form: v.form(&mut rng),
            sign,
            kind: v.kind(&mut rng),
            type_: if rng.chance(0.08) {
                v.or(SectionKey::Type, "6.2", "6.3")
            } else {
                "6.3"
            },
            confidential: rng.chance(0.01),
            term_days,
            basis: dates.basis,
            control_date: dates.control_date,
            executor_due: dates.executor_due,
            // The administrator records nearly everything; the controller sometimes stands in.
            admin: if rng.chance(0.9) {
                0
            } else {
                rng.below(v.administrators.len())
            },
            resolution: None,
            dispatch: None,
            extension: None,
            answer: None,
            signed: None,
            sent: None,
            repeat_of,
            later: Vec::new(),
        };
        story(reg, v, &mut rng, &mut plan, opts.until, received >= recent)?;
        if let Some(first) = repeat_of {
            plans[first].later.push(i);
        }
        // Point 9: a dissatisfied applicant often writes again on the same
        // question; and some write twice before the first answer (2.3).
        if !who.anonymous {
            let dissatisfied = plan
                .answer
                .as_ref()
                .is_some_and(|a| a.satisfied == Satisfied::No);
            if let (true, Some(sent)) = (dissatisfied, plan.sent) {
                if rng.chance(0.3) {
                    let on = sent + Days::new(u64::from(rng.range(5, 60)));
                    wishes.insert(Wish { on, of: i });
                }
            } else if rng.chance(0.01) {
                let on = registered + Days::new(u64::from(rng.range(2, 7)));
                wishes.insert(Wish { on, of: i });
            }
        }
        plans.push(plan);
    }
    Ok(plans)
}

/// How far a card has gone by `until`, and when each step happened.
fn story(
    reg: &Register,
    v: &Vocabulary,
    rng: &mut Rng,
    p: &mut Plan,
    until: NaiveDate,
    recent: bool,
) -> Result<()> {
    let cal = &reg.calendar;
    let resolved = working_days_later(cal, p.registered, u32::from(rng.chance(0.4)))?;
    if resolved > until {
        return Ok(());
    }
    let (coordinator, executors) = v.people_for(rng, &p.topics);
    p.resolution = Some((
        resolved,
        coordinator,
        executors,
        rng.below(RESOLUTION_TEXTS.len()),
    ));
    let dispatched = working_days_later(cal, resolved, u32::from(rng.chance(0.3)))?;
    if dispatched > until {
        return Ok(());
    }
    p.dispatch = Some(dispatched);
    // A few recent cards are forgotten by their executors: the overdue rows
    // of the deadline table.
    if recent && rng.chance(0.03) {
        return Ok(());
    }
    if rng.chance(0.03) {
        let latest = p
            .received
            .checked_add_days(Days::new(u64::from(reg.settings.terms.max_total)))
            .unwrap_or(p.received);
        let new_until = if cal.is_working_day(latest).map_err(calendar_error)? {
            latest
        } else {
            cal.previous_working_day(latest).map_err(calendar_error)?
        };
        let on = working_days_later(cal, dispatched, rng.range(1, 5))?;
        if new_until > p.control_date && on < p.executor_due && on <= until {
            let due = terms::executor_due(
                new_until,
                reg.settings.terms.executor_lead,
                cal,
                &mut Vec::new(),
            )
            .map_err(calendar_error)?;
            p.extension = Some(PlannedExtension {
                on,
                from: p.control_date,
                until: new_until,
                reason: EXTENSION_REASONS[rng.below(EXTENSION_REASONS.len())],
            });
            p.control_date = new_until;
            p.executor_due = due;
        }
    }
    let late = rng.chance(0.07);
    let answered = if late {
        working_days_later(cal, p.executor_due, rng.range(1, 6))?
    } else {
        working_days_earlier(cal, p.executor_due, *rng.pick(&[0, 0, 1, 1, 2, 3, 5, 8]))?
    };
    let after = p.extension.as_ref().map_or(dispatched, |e| e.on);
    let answered = answered.max(after);
    if answered > until {
        return Ok(());
    }
    let (late, days_late) = lateness(cal, p.executor_due, answered)?;
    let result = v.results.pick(rng).cloned().unwrap_or_default();
    let negative = result != "9.1";
    let satisfied = match rng.below(100) {
        x if x < if negative { 30 } else { 8 } => Satisfied::No,
        x if x < 80 => Satisfied::Yes,
        _ => Satisfied::Unknown,
    };
    let score = match satisfied {
        Satisfied::Yes => rng.range(4, 5),
        Satisfied::No => rng.range(1, 3),
        Satisfied::Unknown => rng.range(3, 4),
    } as u8;
    p.answer = Some(PlannedAnswer {
        date: answered,
        result,
        late,
        days_late,
        satisfied,
        score,
        complete: satisfied != Satisfied::No || rng.chance(0.5),
        contacted: rng.chance(0.85),
    });
    let signed = working_days_later(cal, answered, rng.range(0, 2))?;
    if signed > until {
        return Ok(());
    }
    p.signed = Some(signed);
    let sent = working_days_later(cal, signed, u32::from(rng.chance(0.3)))?;
    if sent > until {
        return Ok(());
    }
    p.sent = Some(sent);
    Ok(())
}

/// Documents of a card: register-relative path and bytes.
type Documents = Vec<(String, Vec<u8>)>;

/// Builds a planned card and its documents.
fn render(
    v: &Vocabulary,
    plans: &[Plan],
    i: usize,
    p: &Plan,
    opts: &Options,
) -> Result<(Card, Documents)> {
    let person = person(opts.seed, p.who.person);
    let name = p.who.name(&person);
    let anonymous = name.is_none();
    let admin = v.administrators[p.admin].clone();
    let event = |at: NaiveDate, action: Action, data: serde_json::Value| {
        let data = match data {
            serde_json::Value::Object(m) => m.into_iter().collect(),
            _ => BTreeMap::new(),
        };
        Event {
            at,
            by: admin.clone(),
            action,
            data,
        }
    };
    let late_reason = (p.registered > p.received).then(|| LATE_REGISTRATION.to_string());
    let mut register = json!({"cc_number": p.cc_number, "received": p.received});
    if let (Some(r), Some(m)) = (&late_reason, register.as_object_mut()) {
        m.insert("late_reason".into(), json!(r));
    }
    let mut history = vec![event(p.registered, Action::Register, register)];
    let subject = if anonymous {
        "5.3"
    } else if p.who.signatories > 1 {
        "5.2"
    } else {
        "5.1"
    };
    let mut card = Card {
        version: CARD_VERSION,
        index: p.index.clone(),
        year: p.year,
        number: p.number,
        cc_number: Some(p.cc_number.clone()),
        received: p.received,
        registered: p.registered,
        late_reason,
        status: Status::Registered,
        applicant: Applicant {
            name: name.clone(),
            address: (!anonymous).then(|| person.address.clone()),
            phone: person.phone.clone(),
            email: if anonymous {
                None
            } else {
                person.email.clone()
            },
            gender: (!anonymous).then(|| v.gender(person.female).to_string()),
            categories: if anonymous {
                Vec::new()
            } else {
                person.categories(v)
            },
            social_status: if anonymous {
                None
            } else {
                person.social_status(v)
            },
            signatories: p.who.signatories,
            confidential: p.confidential,
        },
        classification: Classification {
            form: p.form.to_string(),
            sign: p.sign.to_string(),
            kind: p.kind.to_string(),
            subject: subject.to_string(),
            type_: p.type_.to_string(),
            topics: p.topics.clone(),
        },
        summary: p.summary.clone(),
        term: Term {
            days: p.term_days,
            basis: p.basis,
            control_date: p.control_date,
            executor_due: p.executor_due,
            extensions: Vec::new(),
        },
        links: Links {
            repeat_of: p.repeat_of.map(|f| plans[f].full_name()),
            later: p.later.iter().map(|l| plans[*l].full_name()).collect(),
        },
        resolution: None,
        dispatch: None,
        answer: None,
        signature: None,
        sent: None,
        result: None,
        closed: None,
        history: Vec::new(),
    };
    let mut docs = Vec::new();
    if let Some((date, c, executors, text)) = &p.resolution {
        let coordinator = v.coordinators[*c].clone();
        let text = RESOLUTION_TEXTS[*text].to_string();
        history.push(event(
            *date,
            Action::Resolve,
            json!({"coordinator": coordinator, "executors": executors, "text": text}),
        ));
        card.resolution = Some(Resolution {
            date: *date,
            coordinator,
            executors: executors.clone(),
            text: Some(text),
        });
    }
    if let (Some(date), Some(res)) = (p.dispatch, &card.resolution) {
        history.push(event(date, Action::Dispatch, json!({"to": res.executors})));
        card.dispatch = Some(Dispatch {
            date,
            to: res.executors.clone(),
        });
    }
    if let (Some(e), Some(res)) = (&p.extension, &card.resolution) {
        history.push(event(
            e.on,
            Action::Extend,
            json!({"from": e.from, "until": e.until, "by": res.coordinator, "reason": e.reason, "notified": e.on}),
        ));
        card.term.extensions.push(Extension {
            on: e.on,
            until: e.until,
            by: res.coordinator.clone(),
            reason: e.reason.to_string(),
            notified: Some(e.on),
        });
    }
    if let (Some(a), Some(res)) = (&p.answer, &card.resolution) {
        let executor_number = format!("{}/{}-{}", p.number, p.year % 100, res.executors[0]);
        let quality = Quality {
            timely: !a.late,
            complete: a.complete,
            applicant_contacted: a.contacted,
            applicant_satisfied: a.satisfied,
            score: a.score,
            notes: match a.satisfied {
                Satisfied::Yes => "Заявник подякував за оперативне вирішення питання",
                Satisfied::No => "Заявник вважає, що питання вирішено не повністю",
                Satisfied::Unknown => "Зв'язатися із заявником не вдалося",
            }
            .to_string(),
        };
        let mut documents = BTreeMap::new();
        if opts.documents {
            let dir = docs_dir(&card);
            let draft = format!("{dir}/answer-applicant.txt");
            let info = format!("{dir}/info.txt");
            let quality_path = format!("{dir}/quality.toml");
            docs.push((draft.clone(), answer_text(v, &card, p, a, &res.coordinator)));
            docs.push((info.clone(), info_text(v, &card, a, &res.executors[0])));
            docs.push((quality_path.clone(), quality_toml(&quality)));
            documents.insert("answer-applicant".to_string(), draft.clone());
            documents.insert("answer-cc".to_string(), draft);
            documents.insert("info".to_string(), info);
            documents.insert("quality".to_string(), quality_path);
        }
        let mut data =
            json!({"result": a.result, "late": a.late, "executor_number": executor_number});
        if let (true, Some(m)) = (a.late, data.as_object_mut()) {
            m.insert("days_late".into(), json!(a.days_late));
        }
        history.push(event(a.date, Action::Answer, data));
        card.answer = Some(Answer {
            date: a.date,
            executor_number: Some(executor_number),
            result: a.result.clone(),
            documents,
            quality,
            late: a.late,
            days_late: a.days_late,
        });
    }
    if let (Some(date), Some(res)) = (p.signed, &card.resolution) {
        let sha256 = docs
            .iter()
            .map(|(rel, bytes)| (rel.clone(), sha256_hex(bytes)))
            .collect();
        history.push(event(date, Action::Sign, json!({"by": res.coordinator})));
        card.signature = Some(Signature {
            date,
            by: res.coordinator.clone(),
            warning: None,
            sha256,
        });
    }
    if let (Some(date), Some(a)) = (p.sent, &p.answer) {
        let posted = (!anonymous).then_some(date);
        history.push(event(
            date,
            Action::Send,
            json!({"posted": posted, "to_cc": date, "result": a.result}),
        ));
        card.sent = Some(Sent {
            posted,
            to_cc: date,
            scan: None,
        });
        card.result = Some(a.result.clone());
        card.closed = Some(Closed {
            date,
            by: admin.clone(),
            reason: None,
        });
    }
    for l in &p.later {
        let later = &plans[*l];
        history.push(event(
            later.registered,
            Action::Link,
            json!({"later": later.full_name()}),
        ));
    }
    // Links land among the steps by date; the sort is stable, so steps of
    // one day keep the procedure's order.
    history.sort_by_key(|e| e.at);
    card.status = workflow::derive(&history).map_err(|(at, e)| {
        Error::refused(
            format!(
                "generated card {} (plan {i}) has a history that doesn't follow the procedure at entry {}: {e}",
                card.full_name(),
                at + 1
            ),
            &["this is a bug in the generator; report it with the seed"],
        )
    })?;
    card.history = history;
    Ok((card, docs))
}

fn answer_text(
    v: &Vocabulary,
    c: &Card,
    p: &Plan,
    a: &PlannedAnswer,
    coordinator: &str,
) -> Vec<u8> {
    let greeting = match &c.applicant.name {
        Some(n) => {
            let mut parts = n.split_whitespace().skip(1);
            let (first, patronymic) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
            let dear = if person_is_female(c) {
                "Шановна"
            } else {
                "Шановний"
            };
            format!("{dear} {first} {patronymic}!")
        }
        None => "Шановний заявнику!".to_string(),
    };
    let outcome = match a.result.as_str() {
        "9.1" => "Питання вирішено позитивно: роботи виконано, результат перевірено на місці.",
        "9.2" => "У задоволенні звернення відмовлено з підстав, викладених нижче.",
        "9.3" => "Надаємо роз'яснення з порушеного питання.",
        _ => "Звернення розглянуто в межах повноважень.",
    };
    format!(
        "{greeting}\n\nВаше звернення від {} № {} щодо «{}» розглянуто.\n{outcome}\n\n{}\n",
        date_uk(p.received),
        c.index,
        c.summary,
        v.name_of(coordinator)
    )
    .into_bytes()
}

fn person_is_female(c: &Card) -> bool {
    c.applicant.gender.as_deref() == Some("4.2")
}

fn info_text(v: &Vocabulary, c: &Card, a: &PlannedAnswer, executor: &str) -> Vec<u8> {
    format!(
        "Інформація для координатора про результати розгляду звернення {} від {}.\n\
         Звернення розглянуто, результат: {}. Заявника поінформовано.\n\
         Виконавець: {}\n",
        c.index,
        date_uk(c.received),
        a.result,
        v.name_of(executor)
    )
    .into_bytes()
}

fn quality_toml(q: &Quality) -> Vec<u8> {
    let satisfied = match q.applicant_satisfied {
        Satisfied::Yes => "yes",
        Satisfied::No => "no",
        Satisfied::Unknown => "unknown",
    };
    format!(
        "timely = {}\ncomplete = {}\napplicant_contacted = {}\napplicant_satisfied = \"{satisfied}\"\nscore = {}\nnotes = \"{}\"\n",
        q.timely, q.complete, q.applicant_contacted, q.score, q.notes
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rng_is_stable_and_in_range() {
        let mut a = Rng::new(1);
        let mut b = Rng::new(1);
        let xs: Vec<u64> = (0..5).map(|_| a.next()).collect();
        let ys: Vec<u64> = (0..5).map(|_| b.next()).collect();
        assert_eq!(xs, ys);
        assert_ne!(Rng::new(2).next(), xs[0]);
        let mut r = Rng::new(7);
        for _ in 0..1000 {
            assert!(r.below(10) < 10);
            assert!((3..=5).contains(&r.range(3, 5)));
            assert!(r.weighted(&[0, 5, 0]) == 1);
        }
    }

    #[test]
    fn people_are_the_same_for_a_seed_and_varied() {
        let (a, b) = (person(1, 42), person(1, 42));
        assert_eq!(
            (&a.name, &a.address, &a.phone),
            (&b.name, &b.address, &b.phone)
        );
        let names: std::collections::BTreeSet<String> =
            (0..50).map(|id| person(1, id).name).collect();
        assert!(names.len() > 40, "{names:?}");
    }
}
