//! All printing of records: tables, the Ukrainian card, CSV.

use crate::classifier::{Classifier, SectionKey};
use crate::model::privacy::{self, Audience};
use crate::model::Card;
use crate::store::Register;
use tabled::builder::Builder;
use tabled::settings::Style;

/// A table from a header and rows, in the project's style.
pub fn table(header: &[&str], rows: Vec<Vec<String>>) -> String {
    let mut b = Builder::default();
    b.push_record(header.iter().map(|h| h.to_string()));
    for r in rows {
        b.push_record(r);
    }
    let mut t = b.build();
    t.with(Style::sharp());
    t.to_string()
}

/// `code name` for a Classifier code.
pub fn coded(c: &Classifier, key: SectionKey, code: &str) -> String {
    match c.name(key, code) {
        Some(name) => format!("{code} {name}"),
        None => format!("{code} (немає в класифікаторі)"),
    }
}

/// The columns of `list` and of CSV exports: no personal data.
pub const CARD_COLUMNS: &[&str] = &[
    "index",
    "year",
    "number",
    "cc_number",
    "received",
    "registered",
    "status",
    "form",
    "sign",
    "kind",
    "subject",
    "type",
    "topics",
    "term_days",
    "control_date",
    "executor_due",
    "executors",
    "result",
    "summary",
];

/// A card's row under [`CARD_COLUMNS`].
pub fn card_row(c: &Card) -> Vec<String> {
    let cl = &c.classification;
    vec![
        c.index.clone(),
        c.year.to_string(),
        c.number.to_string(),
        c.cc_number.clone().unwrap_or_default(),
        c.received.to_string(),
        c.registered.to_string(),
        c.status.to_string(),
        cl.form.clone(),
        cl.sign.clone(),
        cl.kind.clone(),
        cl.subject.clone(),
        cl.type_.clone(),
        cl.topics.join(";"),
        c.term.days.to_string(),
        c.term.control_date.to_string(),
        c.term.executor_due.to_string(),
        c.resolution
            .as_ref()
            .map(|r| r.executors.join(";"))
            .unwrap_or_default(),
        c.result.clone().unwrap_or_default(),
        c.summary.clone(),
    ]
}

/// Cards as CSV with a header row.
pub fn cards_csv(cards: &[Card]) -> anyhow::Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(CARD_COLUMNS)?;
    for c in cards {
        w.write_record(card_row(c))?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}

/// A card as JSON for the register's users: the card file, with a
/// confidential applicant's name, address, phone and e-mail `null` (law
/// art. 10, `model::privacy`).
pub fn card_json(c: &Card) -> String {
    privacy::card(Audience::Clerk, c).to_json()
}

/// Cards as pretty JSON for the register's users, as [`card_json`].
pub fn cards_json(cards: &[Card]) -> anyhow::Result<String> {
    let shown: Vec<Card> = cards
        .iter()
        .map(|c| privacy::card(Audience::Clerk, c))
        .collect();
    Ok(serde_json::to_string_pretty(&shown)?)
}

/// Cuts text to `n` characters with an ellipsis.
pub fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// The registration-control card in Ukrainian, with the names of codes.
pub fn card_uk(reg: &Register, c: &Card) -> String {
    let k = &reg.classifier;
    let a = &c.applicant;
    let cl = &c.classification;
    let who = |id: &str| match reg.roster.name_of(id) {
        Some(n) => format!("{n} ({id})"),
        None => id.to_string(),
    };
    let mut rows: Vec<(&str, String)> = vec![
        (
            "Реєстраційний індекс",
            format!("{} ({} рік, № {})", c.index, c.year, c.number),
        ),
        (
            "№ контакт-центру",
            c.cc_number.clone().unwrap_or_else(|| "—".into()),
        ),
        ("Дата надходження", c.received.to_string()),
        ("Дата реєстрації", c.registered.to_string()),
    ];
    if let Some(r) = &c.late_reason {
        rows.push(("Причина пізньої реєстрації", r.clone()));
    }
    rows.push(("Стан", c.status.label().to_string()));
    if let Some(mark) = crate::model::codes::repeat_mark(k, &cl.sign) {
        rows.push(("Гриф", format!("«{mark}»")));
    }
    let priority = reg.priority().mark(&a.categories);
    if priority.first {
        rows.push(("Першочергово", "так (ст. 20 Закону)".to_string()));
    }
    if priority.personal_by_head {
        rows.push((
            "Особистий розгляд",
            "керівником (ст. 14–15 Закону)".to_string(),
        ));
    }
    if c.dissatisfied() {
        rows.push((
            "Увага",
            "заявник незадоволений результатом розгляду: наступне звернення з цього питання буде повторним (п. 9 порядку)".to_string(),
        ));
    }
    // The register's users see the applicant unless the applicant asked
    // (law art. 10, `model::privacy`).
    let shown = privacy::disclosure(Audience::Clerk, a);
    rows.push((
        "Заявник",
        shown
            .name
            .text(a.name.as_deref())
            .unwrap_or_else(|| "анонімне (без підпису)".into()),
    ));
    if a.signatories > 1 {
        rows.push(("Кількість підписантів", a.signatories.to_string()));
    }
    for (label, value, how) in [
        ("Адреса", &a.address, shown.address),
        ("Телефон", &a.phone, shown.phone),
        ("Електронна пошта", &a.email, shown.email),
    ] {
        rows.push((
            label,
            how.text(value.as_deref()).unwrap_or_else(|| "—".into()),
        ));
    }
    rows.push((
        "Стать",
        a.gender
            .as_deref()
            .map(|g| coded(k, SectionKey::Gender, g))
            .unwrap_or_else(|| "—".into()),
    ));
    rows.push((
        "Категорія",
        if a.categories.is_empty() {
            "—".into()
        } else {
            a.categories
                .iter()
                .map(|x| coded(k, SectionKey::Category, x))
                .collect::<Vec<_>>()
                .join("; ")
        },
    ));
    rows.push((
        "Соціальний стан",
        a.social_status
            .as_deref()
            .map(|s| coded(k, SectionKey::SocialStatus, s))
            .unwrap_or_else(|| "—".into()),
    ));
    rows.push(("Форма надходження", coded(k, SectionKey::Form, &cl.form)));
    rows.push(("Ознака надходження", coded(k, SectionKey::Sign, &cl.sign)));
    rows.push(("Вид звернення", coded(k, SectionKey::Kind, &cl.kind)));
    rows.push(("Суб'єкт", coded(k, SectionKey::Subject, &cl.subject)));
    rows.push(("Тип", coded(k, SectionKey::Type, &cl.type_)));
    rows.push((
        "Тематика",
        cl.topics
            .iter()
            .map(|t| coded(k, SectionKey::Topic, t))
            .collect::<Vec<_>>()
            .join("; "),
    ));
    rows.push(("Зміст", c.summary.clone()));
    let term = match c.term.basis {
        crate::model::card::TermBasis::CalendarMonth => "один місяць".to_string(),
        crate::model::card::TermBasis::Days => format!("{} дн.", c.term.days),
    };
    rows.push(("Термін розгляду", term));
    rows.push(("Контрольний термін", c.term.control_date.to_string()));
    rows.push(("Термін для виконавця", c.term.executor_due.to_string()));
    for e in &c.term.extensions {
        rows.push((
            "Продовжено",
            format!(
                "до {} ({}), {}; заявника повідомлено: {}{}",
                e.until,
                who(&e.by),
                e.reason,
                e.notified
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| "ні".into()),
                if e.late {
                    format!("; {} — після контрольного терміну", e.on)
                } else {
                    String::new()
                }
            ),
        ));
    }
    if let Some(r) = &c.links.repeat_of {
        rows.push(("Повторює звернення", r.clone()));
    }
    if c.links.earlier.len() > 1 {
        rows.push(("Попередні з питання", c.links.earlier.join(", ")));
    }
    if !c.links.later.is_empty() {
        rows.push(("Наступні звернення", c.links.later.join(", ")));
    }
    if let Some(r) = &c.resolution {
        rows.push(("Резолюція", format!("{} — {}", r.date, who(&r.coordinator))));
        rows.push((
            "Виконавці",
            r.executors
                .iter()
                .map(|e| who(e))
                .collect::<Vec<_>>()
                .join("; "),
        ));
        if let Some(t) = &r.text {
            rows.push(("Текст резолюції", t.clone()));
        }
    }
    if let Some(d) = &c.dispatch {
        rows.push((
            "Направлено виконавцям",
            format!("{} — {}", d.date, d.to.join(", ")),
        ));
    }
    if let Some(ans) = &c.answer {
        rows.push((
            "Відповідь виконавця",
            format!(
                "{}{}{}",
                ans.date,
                ans.executor_number
                    .as_ref()
                    .map(|n| format!(", вих. № {n}"))
                    .unwrap_or_default(),
                if ans.late {
                    format!(", із запізненням на {} роб. дн.", ans.days_late)
                } else {
                    String::new()
                }
            ),
        ));
        rows.push((
            "Запропонований результат",
            coded(k, SectionKey::Result, &ans.result),
        ));
        let mut docs: Vec<String> = Vec::new();
        for (role, path) in &ans.documents {
            docs.push(format!("{role}: {path}"));
        }
        rows.push(("Документи", docs.join("; ")));
        rows.push((
            "Оцінка якості",
            format!(
                "{}/5, вчасно: {}, повно: {}, заявник задоволений: {}",
                ans.quality.score,
                yes_no(ans.quality.timely),
                yes_no(ans.quality.complete),
                ans.quality.applicant_satisfied.label()
            ),
        ));
    }
    for (i, w) in c.reworks.iter().enumerate() {
        rows.push((
            "Повернуто на доопрацювання",
            format!(
                "{}. {} — {}: {} (відповідь від {}; документи: {})",
                i + 1,
                w.date,
                who(&w.by),
                w.reason,
                w.answer.date,
                w.answer
                    .documents
                    .values()
                    .cloned()
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    if let Some(s) = &c.signature {
        rows.push(("Підписано", format!("{} — {}", s.date, who(&s.by))));
        if let Some(w) = &s.warning {
            rows.push(("Увага", w.clone()));
        }
        rows.push((
            "SHA-256 підписаних",
            s.sha256
                .iter()
                .map(|(path, sha)| format!("{path} {sha}"))
                .collect::<Vec<_>>()
                .join("; "),
        ));
    }
    if let Some(s) = &c.sent {
        rows.push((
            "Надіслано",
            format!(
                "заявнику: {}; контакт-центру: {}",
                s.posted
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| "—".into()),
                s.to_cc
            ),
        ));
        if let Some(scan) = &s.scan {
            rows.push(("Скан відповіді", scan.clone()));
        }
        if s.number.is_some() || s.date.is_some() {
            rows.push((
                "Вихідний номер і дата",
                format!(
                    "№ {} від {}",
                    s.number.as_deref().unwrap_or("—"),
                    s.date.map(|d| d.to_string()).unwrap_or_else(|| "—".into())
                ),
            ));
        }
    }
    if let Some(r) = &c.result {
        rows.push(("Результат розгляду", coded(k, SectionKey::Result, r)));
    }
    if let Some(cl) = &c.closed {
        rows.push((
            "Знято з контролю",
            format!(
                "{} — {}{}",
                cl.date,
                who(&cl.by),
                cl.reason
                    .as_ref()
                    .map(|r| format!(" ({r})"))
                    .unwrap_or_default()
            ),
        ));
        if let Some(f) = &cl.file {
            rows.push(("Справа", f.clone()));
        }
    }
    if let Some(x) = &c.exit {
        let mut what = format!("{} — {}: {}", x.date, who(&x.by), x.ground.label());
        if let Some(to) = &x.to {
            what.push_str(&format!("; до: {to}"));
        }
        if let Some(of) = &x.of {
            what.push_str(&format!("; дублікат {of}"));
        }
        if let Some(r) = &x.reason {
            what.push_str(&format!("; {r}"));
        }
        if let Some(n) = &x.number {
            what.push_str(&format!("; вих. № {n}"));
        }
        if let (Some(due), true) = (x.due, x.late) {
            what.push_str(&format!("; після строку ст. 7 ({due})"));
        }
        rows.push(("Знято з контролю без відповіді", what));
        if let Some(n) = &x.notice {
            rows.push(("Повідомлення заявникові", n.clone()));
        }
    }
    if let Some(x) = &c.confirmation {
        rows.push((
            "Зворотний зв'язок",
            format!(
                "{} — {}{}",
                x.date,
                x.outcome.label(),
                x.note
                    .as_ref()
                    .map(|n| format!(" ({n})"))
                    .unwrap_or_default()
            ),
        ));
    }
    let width = rows
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = format!("РЕЄСТРАЦІЙНО-КОНТРОЛЬНА КАРТКА {}\n", c.full_name());
    for (label, value) in rows {
        let pad = width - label.chars().count();
        out.push_str(&format!("  {label}{}  {value}\n", " ".repeat(pad)));
    }
    out.push_str("\nІсторія:\n");
    let width = c
        .history
        .iter()
        .map(|e| e.action().label().chars().count())
        .max()
        .unwrap_or(0);
    for e in &c.history {
        let label = e.action().label();
        let pad = " ".repeat(width - label.chars().count());
        let what = event_summary(e);
        let what = if what.is_empty() {
            String::new()
        } else {
            format!("  {what}")
        };
        out.push_str(&format!("  {}  {label}{pad}  {}{what}\n", e.at, e.by));
    }
    out
}

/// What a step of a card's history did, in a few words: corrections and
/// returns with their reasons, other steps by their data.
pub fn event_summary(e: &crate::model::Event) -> String {
    use crate::model::event::What;
    let value = |v: &serde_json::Value| v.as_str().map(str::to_string).unwrap_or(v.to_string());
    match &e.what {
        What::Relink(x) => match &x.repeat_of {
            Some(r) => format!(
                "повторює {r}, ознака {}; попередні: {}; {}",
                x.sign,
                x.earlier.join(", "),
                x.reason
            ),
            None => format!("не повторює жодного, ознака {}; {}", x.sign, x.reason),
        },
        What::Unlink(x) => format!("{} більше не повторює цього; {}", x.later, x.reason),
        What::Classify(x) => {
            // Lists of codes read as codes; the machine names of the card's
            // fields become the card's own words.
            let codes = |v: &serde_json::Value| match v.as_array() {
                Some(items) if items.is_empty() => "—".to_string(),
                Some(items) => items.iter().map(value).collect::<Vec<_>>().join(", "),
                None => value(v),
            };
            let changes: Vec<String> =
                x.to.iter()
                    .map(|(k, v)| {
                        let label = match k.as_str() {
                            "topics" => "тематика",
                            "kind" => "вид",
                            "categories" => "категорії",
                            other => other,
                        };
                        let from = x.from.get(k).map(codes).unwrap_or_default();
                        format!("{label} {from} → {}", codes(v))
                    })
                    .collect();
            format!("{}; {}: {}", changes.join("; "), x.by, x.reason)
        }
        What::Reassign(x) => format!(
            "виконавці {} → {}; {}: {}",
            x.from.join(", "),
            x.executors.join(", "),
            x.by,
            x.reason
        ),
        What::Rework(x) => format!(
            "повернуто на доопрацювання ({}-й раз), {}: {}",
            x.round, x.by, x.reason
        ),
        What::Forward(x) | What::Return(x) | What::Decline(x) | What::CloseDuplicate(x) => {
            let mut s = format!("{}: {}", x.by, x.ground.label());
            for part in [&x.to, &x.of, &x.reason].into_iter().flatten() {
                s.push_str(&format!("; {part}"));
            }
            s
        }
        What::Close(x) => match (&x.file, x.at_send) {
            (Some(f), _) => format!("{}: знято з контролю; {f}", x.by),
            (None, true) => format!("{}: знято з контролю при надсиланні", x.by),
            (None, false) => format!("{}: знято з контролю", x.by),
        },
        What::Confirm(x) => format!(
            "{}{}",
            x.outcome.label(),
            x.note
                .as_ref()
                .map(|n| format!(": {n}"))
                .unwrap_or_default()
        ),
        What::Remind(x) => format!(
            "нагадування {} {} (термін {})",
            x.level.label(),
            x.to.join(", "),
            x.due
        ),
        What::Register(x) => {
            let mut s = format!("надійшло {}", x.received);
            if let Some(n) = &x.cc_number {
                s.push_str(&format!("; контакт-центр № {n}"));
            }
            if let Some(r) = &x.late_reason {
                s.push_str(&format!("; пізніше дня надходження: {r}"));
            }
            s
        }
        What::Resolve(x) => format!(
            "координатор {}; виконавці {}",
            x.coordinator,
            x.executors.join(", ")
        ),
        What::Dispatch(x) => format!("виконавцям {}", x.to.join(", ")),
        What::Answer(x) => {
            let mut s = format!("результат {}", x.result);
            if let Some(n) = &x.executor_number {
                s.push_str(&format!("; вх. № {n}"));
            }
            if let Some(d) = x.days_late {
                s.push_str(&format!("; із запізненням {d} роб. дн."));
            }
            s
        }
        What::Sign(x) => match &x.warning {
            Some(w) => format!("підписав {}; {w}", x.by),
            None => format!("підписав {}", x.by),
        },
        What::Send(x) => {
            let mut s = format!(
                "заявнику {}, контакт-центру {}; результат {}",
                x.posted
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| "—".into()),
                x.to_cc,
                x.result
            );
            if let Some(n) = &x.number {
                s.push_str(&format!("; вих. № {n}"));
            }
            s
        }
        What::Extend(x) => format!(
            "контрольний термін {} → {}; {}: {}",
            x.from, x.until, x.by, x.reason
        ),
        What::Notify(x) => format!("заявника повідомлено {} (термін {})", x.notified, x.until),
        What::Link(x) => format!("{} повторює це звернення", x.later),
        _ => e
            .what
            .fields()
            .iter()
            .map(|(k, v)| format!("{k}={}", value(v)))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// Tells the user the card's next step, on stderr so that stdout stays the record.
/// Ids from people.toml as a list, each as the language quotes it.
pub fn ids(ids: &[String]) -> String {
    ids.iter()
        .map(|id| crate::t!("step-id", id = id))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn print_next(c: &Card) {
    let coordinator = c.resolution.as_ref().map(|r| r.coordinator.as_str());
    if let Some(cmd) = super::error::next_step(c.status, &c.full_name(), coordinator) {
        eprintln!("{}", crate::t!("step-next", command = cmd));
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "так"
    } else {
        "ні"
    }
}
