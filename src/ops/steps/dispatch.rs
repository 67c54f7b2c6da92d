//! `dispatch`: the appeal sent electronically to each executor of the
//! resolution (the order's annex, point 5). With an outbox directory, one
//! plain-text letter per executor is written there for the administrator to
//! send: what the executor needs to consider the appeal, and nothing more
//! (law art. 10: a confidential applicant's name and contacts are left out
//! unless the register's policy shows them to the executors; the rule is
//! `model::privacy`'s).

use super::{open, Actor, Open, Warning};
use crate::classifier::SectionKey;
use crate::config::Case;
use crate::error::{RequestError, Result};
use crate::model::card::Dispatch;
use crate::model::codes;
use crate::model::privacy::{self, Audience, Shown};
use crate::model::status::Action;
use crate::model::{Card, CardRef};
use crate::store::{self, Register};
use crate::terms::date_uk;
use crate::workflow::{Step, StepError};
use std::path::{Path, PathBuf};

/// What `dispatch` did.
#[derive(Debug)]
pub struct Dispatched {
    /// The card as written.
    pub card: Card,
    /// The letters written to the outbox.
    pub files: Vec<PathBuf>,
    /// Things the administrator should know (an executor without e-mail).
    pub warnings: Vec<Warning>,
    /// It was dispatched to these executors already: nothing was written.
    pub already: bool,
}

/// Records that a resolved card was sent to its executors, writing one
/// letter per executor into `outbox` when given.
pub fn dispatch(
    reg: &Register,
    r: &CardRef,
    outbox: Option<&Path>,
    who: &Actor,
    on_wait: impl FnOnce(),
) -> Result<Dispatched> {
    if let Some(dir) = outbox {
        store::outside::check_dir(dir).map_err(RequestError::Outbox)?;
    }
    let done = |c: &Card| match (&c.dispatch, &c.resolution) {
        (Some(d), Some(res)) => d.to == res.executors,
        _ => false,
    };
    let mut o = match open(reg, r, Action::Dispatch, who, on_wait, done)? {
        Open::Ready(o) => o,
        Open::Done(card) => {
            return Ok(Dispatched {
                card,
                files: Vec::new(),
                warnings: Vec::new(),
                already: true,
            })
        }
    };
    let name = o.card.full_name();
    let Some(resolution) = o.card.resolution.clone() else {
        return Err(StepError::Incomplete {
            card: name,
            status: "resolved",
            missing: "detail-missing-resolution",
        }
        .into());
    };
    let mut warnings = Vec::new();
    let mut letters = Vec::new();
    for id in &resolution.executors {
        let Some(ex) = reg.roster.executor(id) else {
            return Err(RequestError::ExecutorGone {
                id: id.clone(),
                card: name,
            }
            .into());
        };
        if ex.email.is_none() {
            warnings.push(Warning::NoEmail {
                executor: id.clone(),
            });
        }
        if let Some(dir) = outbox {
            let file = dir.join(format!("{}-{:06}-{id}.txt", o.card.year, o.card.number));
            letters.push((file, letter(reg, &o.card, id)));
        }
    }
    for (file, text) in &letters {
        store::outside::write_file(file, text.as_bytes())?;
    }
    let dispatch = Dispatch {
        date: who.today,
        to: resolution.executors.clone(),
    };
    o.card.apply(Step::Dispatch(dispatch), who)?;
    reg.store.write_card(&o.card)?;
    Ok(Dispatched {
        card: o.card,
        files: letters.into_iter().map(|(f, _)| f).collect(),
        warnings,
        already: false,
    })
}

/// The letter to one executor.
pub(crate) fn letter(reg: &Register, card: &Card, executor: &str) -> String {
    let k = &reg.classifier;
    let named = |key: SectionKey, code: &str| match k.name(key, code) {
        Some(n) => format!("{code} {n}"),
        None => code.to_string(),
    };
    let person = |id: &str| match reg.roster.name_of(id) {
        Some(n) => format!("{n} ({id})"),
        None => id.to_string(),
    };
    let mut out = Vec::new();
    out.push(reg.settings.council.clone());
    out.push(reg.settings.department.clone());
    out.push(String::new());
    out.push(format!(
        "ЗВЕРНЕННЯ ГРОМАДЯНИНА ДО РОЗГЛЯДУ: {}",
        person(executor)
    ));
    if let Some(mark) = codes::repeat_mark(k, &card.classification.sign) {
        let earlier = card
            .links
            .repeat_of
            .as_ref()
            .map(|e| format!("; попереднє звернення {e}"))
            .unwrap_or_default();
        out.push(format!(
            "Позначка: «{mark}» ({}{earlier}) — розглянути з урахуванням попередніх відповідей (п. 9 порядку)",
            named(SectionKey::Sign, &card.classification.sign)
        ));
    }
    let priority = reg.priority().mark(&card.applicant.categories);
    if priority.first {
        out.push(
            "Першочергово: так (ст. 20 Закону: заявник має установлені законодавством пільги) — розглянути у першочерговому порядку".into(),
        );
    }
    if priority.personal_by_head {
        out.push(
            "Особистий розгляд керівником: так (ст. 14–15 Закону) — розглядається першим керівником особисто".into(),
        );
    }
    out.push(String::new());
    out.extend(appeal_lines(reg, card));
    out.push(String::new());
    let a = &card.applicant;
    let shown = privacy::disclosure(Audience::Executor(reg.settings.privacy), a);
    let name = shown.name.text(a.name.as_deref());
    out.push(format!(
        "Заявник: {}",
        name.as_deref().unwrap_or("анонімне звернення")
    ));
    for (label, value, how) in [
        ("Адреса", &a.address, shown.address),
        ("Телефон", &a.phone, shown.phone),
        ("Електронна пошта", &a.email, shown.email),
    ] {
        // A hidden applicant is said once, on the name's line.
        if how == Shown::Confidential && shown.name == Shown::Confidential {
            continue;
        }
        if let Some(v) = how.text(value.as_deref()) {
            out.push(format!("{label}: {v}"));
        }
    }
    if a.confidential && !shown.hides() {
        out.push(
            "Конфіденційно: заявник просив не розголошувати його прізвище, місце проживання \
             та роботи (ст. 10 Закону); передано лише для розгляду звернення."
                .into(),
        );
    }
    if !a.categories.is_empty() {
        out.push(format!(
            "Категорія: {}",
            a.categories
                .iter()
                .map(|c| named(SectionKey::Category, c))
                .collect::<Vec<_>>()
                .join("; ")
        ));
    }
    out.push(String::new());
    if let Some(r) = &card.resolution {
        out.push(format!(
            "Резолюція від {}: {}",
            date_uk(r.date),
            person(&r.coordinator)
        ));
        if let Some(t) = &r.text {
            out.push(format!("  «{t}»"));
        }
        // Who considers it, in the instrumental (people.toml's
        // `name_instrumental`; the nominative where the roster gives none).
        let by = |id: &String| match reg.roster.executor(id) {
            Some(e) => e.name_in(Case::Instrumental).to_string(),
            None => id.clone(),
        };
        if let Some((lead, others)) = r.executors.split_first() {
            let together = if others.is_empty() {
                String::new()
            } else {
                format!(
                    " спільно з {}",
                    others.iter().map(by).collect::<Vec<_>>().join(", ")
                )
            };
            out.push(format!("Звернення розглядається {}{together}.", by(lead)));
        }
        let role = if r.executors.first().map(String::as_str) == Some(executor) {
            "головний виконавець"
        } else {
            "співвиконавець"
        };
        out.push(format!("Роль: {role}"));
        if r.executors.len() > 1 {
            out.push(format!(
                "Виконавці: {}",
                r.executors
                    .iter()
                    .enumerate()
                    .map(|(i, e)| {
                        let n = reg.roster.name_of(e).unwrap_or(e);
                        if i == 0 {
                            format!("{n} (головний)")
                        } else {
                            n.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            ));
        }
    }
    out.push(String::new());
    out.push(format!(
        "Термін для виконавця: {} (не пізніше ніж за {} робочий день до контрольного терміну, п. 7 порядку)",
        date_uk(card.term.executor_due),
        reg.settings.terms.executor_lead
    ));
    out.push(format!(
        "Контрольний термін: {}",
        date_uk(card.term.control_date)
    ));
    out.push(String::new());
    out.push(
        "Надати адміністратору в електронному вигляді та на папері: проєкт відповіді заявнику \
         та контакт-центру (за шаблоном контакт-центру), картку оцінки якості розгляду \
         звернення, інформацію для координатора про результати розгляду."
            .into(),
    );
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// The lines that name an appeal in every letter about it (the dispatch
/// letter, the reminders): index, the contact centre's number, the date
/// received, the topics with their names, the content. Never the
/// applicant: each letter says what it may of them.
pub(crate) fn appeal_lines(reg: &Register, card: &Card) -> Vec<String> {
    let k = &reg.classifier;
    vec![
        format!(
            "Реєстраційний індекс: {} ({} рік, № {})",
            card.index, card.year, card.number
        ),
        format!(
            "№ контакт-центру: {}",
            card.cc_number.as_deref().unwrap_or("—")
        ),
        format!("Дата надходження: {}", date_uk(card.received)),
        format!(
            "Тематика: {}",
            card.classification
                .topics
                .iter()
                .map(|t| match k.name(SectionKey::Topic, t) {
                    Some(n) => format!("{t} {n}"),
                    None => t.clone(),
                })
                .collect::<Vec<_>>()
                .join("; ")
        ),
        format!("Зміст: {}", card.summary),
    ]
}
