//! A planned card made real: registered and carried through its steps by
//! the procedure layer ([`Card::register`], [`Card::apply`],
//! [`Card::link`]), exactly as the commands would record them, with the
//! executor's documents it names.

use super::plan::{Plan, PlannedAnswer};
use super::vocabulary::{person, Vocabulary, LATE_REGISTRATION};
use super::{GenerateError, Options};
use crate::model::card::{
    Answer, Applicant, Card, Classification, Dispatch, Extension, Quality, Resolution, Satisfied,
    Sent, Signature, Term,
};
use crate::model::codes::{self, Subject};
use crate::store::layout::docs_dir;
use crate::terms::date_uk;
use crate::workflow::{Actor, Registration, Step};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Documents of a card: register-relative path and bytes.
pub(super) type Documents = Vec<(String, Vec<u8>)>;

/// What happens to a card on a day: a step of the procedure, or a later
/// appeal linked to it.
enum Happening {
    Step(Step),
    Link(String),
}

/// Builds a planned card and its documents.
pub(super) fn render(
    v: &Vocabulary,
    plans: &[Plan],
    i: usize,
    p: &Plan,
    opts: &Options,
) -> Result<(Card, Documents), GenerateError> {
    let person = person(opts.seed, p.who.person);
    let name = p.who.name(&person);
    let anonymous = name.is_none();
    // The administrator records every step; the coordinator extends and signs.
    let admin = v.administrators[p.admin].as_str();
    let on = |today: NaiveDate| Actor { today, user: admin };
    // The term as registered; an extension moves it later.
    let (control_date, executor_due) = match &p.extension {
        Some(e) => (e.from, e.from_due),
        None => (p.control_date, p.executor_due),
    };
    let registration = Registration {
        index: p.index.clone(),
        year: p.year,
        number: p.number,
        cc_number: Some(p.cc_number.clone()),
        received: p.received,
        late_reason: (p.registered > p.received).then(|| LATE_REGISTRATION.to_string()),
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
            subject: Subject::of(anonymous, p.who.signatories).code().to_string(),
            type_: p.type_.to_string(),
            topics: p.topics.clone(),
        },
        summary: p.summary.clone(),
        term: Term {
            days: p.term_days,
            basis: p.basis,
            control_date,
            executor_due,
            extensions: Vec::new(),
            cc_due: None,
        },
        source: Default::default(),
    };
    let mut card = Card::register(registration, &on(p.registered));
    card.links.repeat_of = p.repeat_of.map(|f| plans[f].full_name());
    card.links.earlier = p.earlier.iter().map(|e| plans[*e].full_name()).collect();

    // What happened, in the procedure's order; then each later appeal.
    let mut days: Vec<(NaiveDate, Happening)> = Vec::new();
    let mut docs = Vec::new();
    if let Some((date, c, executors, text)) = &p.resolution {
        let coordinator = v.coordinators[*c].clone();
        days.push((
            *date,
            Happening::Step(Step::Resolve(Resolution {
                date: *date,
                coordinator: coordinator.clone(),
                executors: executors.clone(),
                text: Some(super::vocabulary::RESOLUTION_TEXTS[*text].to_string()),
            })),
        ));
        if let Some(date) = p.dispatch {
            days.push((
                date,
                Happening::Step(Step::Dispatch(Dispatch {
                    date,
                    to: executors.clone(),
                })),
            ));
        }
        if let Some(e) = &p.extension {
            let extension = Extension {
                on: e.on,
                until: e.until,
                by: coordinator.clone(),
                reason: e.reason.to_string(),
                notified: Some(e.on),
                late: false,
            };
            days.push((
                e.on,
                Happening::Step(Step::Extend {
                    extension,
                    executor_due: p.executor_due,
                }),
            ));
        }
        if let Some(a) = &p.answer {
            let answer = answer(v, &card, p, a, &coordinator, &executors[0], opts, &mut docs);
            days.push((a.date, Happening::Step(Step::Answer(answer))));
        }
        if let Some(date) = p.signed {
            let sha256 = docs
                .iter()
                .map(|(rel, bytes)| (rel.clone(), Signature::digest(bytes)))
                .collect();
            days.push((
                date,
                Happening::Step(Step::Sign(Signature {
                    date,
                    by: coordinator.clone(),
                    warning: None,
                    sha256,
                })),
            ));
        }
        if let (Some(date), Some(a)) = (p.sent, &p.answer) {
            let sent = Sent {
                posted: (!anonymous).then_some(date),
                to_cc: date,
                scan: None,
                number: None,
                date: None,
            };
            days.push((
                date,
                Happening::Step(Step::Send {
                    sent,
                    result: a.result.clone(),
                }),
            ));
            // Off control the same day, by the coordinator who signed.
            days.push((
                date,
                Happening::Step(Step::Close {
                    by: coordinator.clone(),
                    file: None,
                    at_send: false,
                }),
            ));
        }
    }
    for l in &p.later {
        let later = &plans[*l];
        days.push((later.registered, Happening::Link(later.full_name())));
    }
    // Links land among the steps by date; the sort is stable, so steps of
    // one day keep the procedure's order.
    days.sort_by_key(|(d, _)| *d);
    for (date, happening) in days {
        match happening {
            Happening::Step(step) => {
                let name = card.full_name();
                card.apply(step, &on(date))
                    .map_err(|error| GenerateError::Story {
                        card: name,
                        plan: i,
                        error,
                    })?;
            }
            Happening::Link(later) => card.link(&later, &on(date)),
        }
    }
    Ok((card, docs))
}

/// The executor's package of a planned answer, its documents added to `docs`.
#[allow(clippy::too_many_arguments)]
fn answer(
    v: &Vocabulary,
    card: &Card,
    p: &Plan,
    a: &PlannedAnswer,
    coordinator: &str,
    lead: &str,
    opts: &Options,
    docs: &mut Documents,
) -> Answer {
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
        let dir = docs_dir(p.year, p.number);
        let draft = format!("{dir}/answer-applicant.txt");
        let info = format!("{dir}/info.txt");
        let quality_path = format!("{dir}/quality.toml");
        docs.push((draft.clone(), answer_text(v, card, p, a, coordinator)));
        docs.push((info.clone(), info_text(v, card, a, lead)));
        docs.push((quality_path.clone(), quality_toml(&quality)));
        documents.insert("answer-applicant".to_string(), draft.clone());
        documents.insert("answer-cc".to_string(), draft);
        documents.insert("info".to_string(), info);
        documents.insert("quality".to_string(), quality_path);
    }
    Answer {
        date: a.date,
        executor_number: Some(format!("{}/{}-{}", p.number, p.year % 100, lead)),
        result: a.result.clone(),
        documents,
        quality,
        late: a.late,
        days_late: a.days_late,
    }
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
        codes::RESOLVED_POSITIVELY => {
            "Питання вирішено позитивно: роботи виконано, результат перевірено на місці."
        }
        codes::REFUSED => "У задоволенні звернення відмовлено з підстав, викладених нижче.",
        codes::EXPLAINED => "Надаємо роз'яснення з порушеного питання.",
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
