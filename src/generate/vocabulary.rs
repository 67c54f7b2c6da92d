//! What a generated card is made of: a seeded random stream, the
//! register's own Classifier codes and roster with rough weights, invented
//! people, and short texts. Nothing here describes a real person.

use super::GenerateError;
use crate::classifier::{Classifier, SectionKey};
use crate::config::Roster;
use crate::model::codes::{Sign, Subject};
use std::collections::BTreeMap;

/// SplitMix64: small, fast, and the same on every platform and version,
/// which a seeded register needs more than statistical finesse.
#[derive(Debug, Clone)]
pub(super) struct Rng(u64);

impl Rng {
    pub(super) fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub(super) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub(super) fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next()) * n as u128) >> 64) as usize
    }

    pub(super) fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as usize) as u32
    }

    pub(super) fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64) / ((1u64 << 53) as f64) < p
    }

    pub(super) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// An index into `weights`, in proportion to them.
    pub(super) fn weighted(&mut self, weights: &[u32]) -> usize {
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
pub(super) const RESOLUTION_TEXTS: &[&str] = &[
    "Розглянути, вжити заходів, надати відповідь у встановлений термін",
    "Розглянути та надати роз'яснення заявнику",
    "Перевірити викладені факти, вжити заходів, поінформувати заявника",
    "Розглянути в межах повноважень, відповідь надати заявнику та до контакт-центру",
];
pub(super) const EXTENSION_REASONS: &[&str] = &[
    "потрібна додаткова перевірка на місці",
    "потрібен висновок комісії",
    "роботи заплановано на наступний місяць",
];
pub(super) const LATE_REGISTRATION: &str = "надійшло після закінчення робочого дня";

/// Codes of one Classifier section with weights: those of a table that the
/// Classifier has, or every code of the section evenly when it has none.
pub(super) struct Weighted {
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

    pub(super) fn pick(&self, rng: &mut Rng) -> Option<&String> {
        (!self.codes.is_empty()).then(|| &self.codes[rng.weighted(&self.weights)])
    }
}

/// The codes and people a generated card draws from: the register's own.
pub(super) struct Vocabulary {
    topics: Weighted,
    categories: Weighted,
    social: Weighted,
    pub(super) results: Weighted,
    has: BTreeMap<(SectionKey, &'static str), bool>,
    pub(super) coordinators: Vec<String>,
    /// Topic → the coordinator covering it (people.toml's distribution of duties).
    coordinator_of: BTreeMap<String, usize>,
    /// Coordinator → the executors it oversees.
    executors_of: Vec<Vec<String>>,
    executors: Vec<String>,
    names: BTreeMap<String, String>,
    pub(super) administrators: Vec<String>,
    topic_names: BTreeMap<String, String>,
}

impl Vocabulary {
    pub(super) fn new(k: &Classifier, roster: &Roster) -> Result<Vocabulary, GenerateError> {
        let topics = Weighted::new(k, SectionKey::Topic, TOPIC_WEIGHTS);
        let results = Weighted::new(k, SectionKey::Result, RESULT_WEIGHTS);
        if topics.codes.is_empty() || results.codes.is_empty() {
            return Err(GenerateError::NoTopicOrResult);
        }
        let mut has = BTreeMap::new();
        for (key, code) in [
            (SectionKey::Form, "1.1"),
            (SectionKey::Form, "1.2"),
            (SectionKey::Form, "1.4"),
            (SectionKey::Form, "1.6"),
            (SectionKey::Sign, Sign::Primary.code()),
            (SectionKey::Sign, Sign::Repeated.code()),
            (SectionKey::Sign, Sign::Duplicate.code()),
            (SectionKey::Sign, Sign::Multiple.code()),
            (SectionKey::Sign, Sign::Mass.code()),
            (SectionKey::Kind, "3.1"),
            (SectionKey::Kind, "3.2"),
            (SectionKey::Kind, "3.3"),
            (SectionKey::Gender, "4.1"),
            (SectionKey::Gender, "4.2"),
            (SectionKey::Subject, Subject::Individual.code()),
            (SectionKey::Subject, Subject::Collective.code()),
            (SectionKey::Subject, Subject::Anonymous.code()),
            (SectionKey::Type, "6.2"),
            (SectionKey::Type, "6.3"),
        ] {
            has.insert((key, code), k.entry(key, code).is_ok());
        }
        let needed = [
            (SectionKey::Form, "1.4"),
            (SectionKey::Sign, Sign::Primary.code()),
            (SectionKey::Kind, "3.2"),
            (SectionKey::Subject, Subject::Individual.code()),
            (SectionKey::Subject, Subject::Collective.code()),
            (SectionKey::Subject, Subject::Anonymous.code()),
            (SectionKey::Type, "6.3"),
        ];
        if let Some((key, code)) = needed.iter().find(|(key, code)| !has[&(*key, *code)]) {
            return Err(GenerateError::MissingCode {
                key: *key,
                code: code.to_string(),
            });
        }
        if roster.coordinators.is_empty() || roster.executors.is_empty() {
            return Err(GenerateError::EmptyRoster);
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

    pub(super) fn has(&self, key: SectionKey, code: &'static str) -> bool {
        self.has.get(&(key, code)).copied().unwrap_or(false)
    }

    /// `code` if the Classifier has it, else `fallback` (which it has).
    pub(super) fn or(
        &self,
        key: SectionKey,
        code: &'static str,
        fallback: &'static str,
    ) -> &'static str {
        if self.has(key, code) {
            code
        } else {
            fallback
        }
    }

    pub(super) fn topics(&self, rng: &mut Rng) -> Vec<String> {
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

    pub(super) fn summary(&self, rng: &mut Rng, topics: &[String]) -> String {
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

    pub(super) fn gender(&self, female: bool) -> &'static str {
        if female {
            "4.2"
        } else {
            "4.1"
        }
    }

    pub(super) fn kind(&self, rng: &mut Rng) -> &'static str {
        match rng.weighted(&[70, 20, 10]) {
            1 => self.or(SectionKey::Kind, "3.3", "3.2"),
            2 => self.or(SectionKey::Kind, "3.1", "3.2"),
            _ => "3.2",
        }
    }

    pub(super) fn form(&self, rng: &mut Rng) -> &'static str {
        match rng.weighted(&[90, 4, 3, 3]) {
            1 => self.or(SectionKey::Form, "1.1", "1.4"),
            2 => self.or(SectionKey::Form, "1.2", "1.4"),
            3 => self.or(SectionKey::Form, "1.6", "1.4"),
            _ => "1.4",
        }
    }

    /// The coordinator covering the first topic, and the executors it
    /// oversees (any executor when it oversees none).
    pub(super) fn people_for(&self, rng: &mut Rng, topics: &[String]) -> (usize, Vec<String>) {
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

    pub(super) fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.names.get(id).map(String::as_str).unwrap_or(id)
    }
}

/// An invented applicant, the same for the same seed and id.
pub(super) struct Person {
    name: String,
    pub(super) female: bool,
    pub(super) address: String,
    pub(super) phone: Option<String>,
    pub(super) email: Option<String>,
    /// How many author categories (7.x) the person has.
    categories: usize,
    has_social_status: bool,
    /// Seeds the person's codes, which are drawn from the register's Classifier.
    traits: u64,
}

impl Person {
    pub(super) fn categories(&self, v: &Vocabulary) -> Vec<String> {
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

    pub(super) fn social_status(&self, v: &Vocabulary) -> Option<String> {
        let mut rng = Rng::new(self.traits ^ 0x50C1A1);
        self.has_social_status
            .then(|| v.social.pick(&mut rng).cloned())
            .flatten()
    }
}

pub(super) fn person(seed: u64, id: u32) -> Person {
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
pub(super) fn people_count(n: usize) -> u32 {
    (n / 3).max(10).min(u32::MAX as usize) as u32
}

/// Who signs an appeal: a person alone, a collective, or nobody.
#[derive(Debug, Clone, Copy)]
pub(super) struct Who {
    pub(super) person: u32,
    pub(super) signatories: u32,
    pub(super) anonymous: bool,
}

impl Who {
    pub(super) fn name(&self, p: &Person) -> Option<String> {
        (!self.anonymous).then(|| p.name.clone())
    }
}

pub(super) fn pick_applicant(rng: &mut Rng, people: u32) -> Who {
    let person = rng.below(people as usize) as u32;
    let roll = rng.below(100);
    Who {
        person,
        signatories: if roll < 3 { rng.range(2, 60) } else { 1 },
        anonymous: roll >= 98,
    }
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
