//! Registration (the order's point 3.1): validate every record, then, under
//! the register's lock, give each new appeal the next running number, its
//! index and its control dates, and write its card. An appeal whose
//! contact-centre number is already registered is skipped.

use crate::config::AnonymousPolicy;
use crate::error::{Error, InputError, InputKind, Problem, Result};
use crate::intake::{self, Context, NewAppeal, RawRecord};
use crate::intake_profile::Profile;
use crate::model::card::{Card, Exit, Term};
use crate::model::codes::{Sign, Subject};
use crate::model::index::IndexKind;
use crate::model::status::{Action, Ground, BY_ANONYMOUS_POLICY};
use crate::model::CardRef;
use crate::ops::applicants::{self, Entry};
use crate::ops::repeats;
use crate::store::Register;
use crate::terms;
use crate::workflow::{Actor, Registration, Step};
use chrono::{Datelike, NaiveDate};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

/// How to register.
#[derive(Clone)]
pub struct Options<'a> {
    /// The registration date.
    pub today: NaiveDate,
    /// Who registers.
    pub user: &'a str,
    /// Register the valid records and list the others.
    pub skip_invalid: bool,
    /// Show what would happen; write nothing.
    pub dry_run: bool,
    /// Reason for registering after the day of receipt (whole batch).
    pub late_reason: Option<&'a str>,
    /// Link each appeal to the applicant's latest earlier appeal on the question.
    pub link_matches: bool,
    /// Called after each appeal is handled with the count so far and the total.
    pub progress: Option<&'a dyn Fn(usize, usize)>,
    /// The import profile that turns the source's columns and words into
    /// intake's fields and codes; `None`: the records use intake's own.
    pub profile: Option<&'a Profile>,
}

/// Earlier appeals of the same applicant on an overlapping topic, found at registration.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Match {
    /// The new card.
    pub card: String,
    /// The earlier cards (`2015/К-125`), oldest first.
    pub earlier: Vec<String>,
    /// The card it was linked to, if any.
    pub linked: Option<String>,
}

/// An appeal not registered because its number is already in the register.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Skipped {
    /// Where it came from.
    pub position: String,
    /// Its contact-centre number.
    pub cc_number: String,
    /// The card that has it.
    pub existing: String,
}

/// What a registration did.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Cards registered (or that would be, with `dry_run`).
    pub registered: Vec<Card>,
    /// Appeals already in the register.
    pub skipped: Vec<Skipped>,
    /// Invalid records left out (with `skip_invalid`).
    pub invalid: Vec<Problem>,
    /// Earlier appeals of the same applicants.
    pub matches: Vec<Match>,
}

/// Registers a batch of raw records from `file`.
pub fn register(
    reg: &Register,
    file: &str,
    raws: &[RawRecord],
    opts: &Options,
    on_wait: impl FnOnce(),
) -> Result<Outcome> {
    let cx = Context {
        classifier: &reg.classifier,
        settings: &reg.settings,
        today: opts.today,
        file,
        late_reason: opts.late_reason,
    };
    let mut appeals = Vec::new();
    let mut invalid = Vec::new();
    for raw in raws {
        let mapped = match opts.profile {
            Some(p) => p.map(raw, &reg.classifier, file).map(Cow::Owned),
            None => Ok(Cow::Borrowed(raw)),
        };
        match mapped.and_then(|raw| intake::validate(&raw, &cx)) {
            Ok(a) => appeals.push(a),
            Err(p) => invalid.extend(p),
        }
    }
    // The calendar must cover every date a card will need; check it before writing.
    for a in &appeals {
        if let Err(e) = terms::compute(a.received, a.term_days, &reg.settings.terms, &reg.calendar)
        {
            // The date the calendar lacks is the control date the receipt
            // and the term give: the message says which field gives it.
            invalid.push(Problem {
                file: file.to_string(),
                record: a.position.clone(),
                field: "received".into(),
                reason: crate::t!(
                    "err-term-outside-calendar",
                    received = a.received,
                    days = a.term_days,
                    error = e.to_string()
                ),
            });
        }
    }
    appeals.retain(|a| !invalid.iter().any(|p| p.record == a.position));
    if !invalid.is_empty() && !opts.skip_invalid {
        return Err(InputError {
            source_name: file.to_string(),
            problems: invalid,
            kind: InputKind::Records,
        }
        .into());
    }
    let _lock = if opts.dry_run {
        None
    } else {
        Some(reg.store.lock(on_wait)?)
    };
    // Numbers and applicants of this batch, which a dry run doesn't write
    // (a real run finds them in the indexes it keeps current).
    let mut batch_cc: BTreeMap<String, (i32, u32)> = BTreeMap::new();
    let mut batch_keys: HashMap<String, Vec<usize>> = HashMap::new();
    let mut next: BTreeMap<i32, u32> = BTreeMap::new();
    let mut outcome = Outcome {
        invalid,
        ..Outcome::default()
    };
    let year = opts.today.year();
    let total = appeals.len();
    for (done, a) in appeals.into_iter().enumerate() {
        // An appeal at a time; one that fails stops the batch, and what was
        // registered before it stays registered and is said (a re-run of the
        // file skips it by its contact-centre number).
        let mut one = || -> Result<()> {
            if let Some(progress) = opts.progress {
                progress(done, total);
            }
            if let Some(cc) = &a.cc_number {
                let known = match batch_cc.get(cc) {
                    Some(at) => Some(*at),
                    None => reg.store.find_cc(cc)?,
                };
                if let Some((y, n)) = known {
                    let existing = match reg.store.read_card(y, n)? {
                        Some(c) => c.full_name(),
                        None => format!("{y}#{n}"),
                    };
                    outcome.skipped.push(Skipped {
                        position: a.position.clone(),
                        cc_number: cc.clone(),
                        existing,
                    });
                    return Ok(());
                }
            }
            let number = match next.get(&year) {
                Some(n) => *n,
                None => reg.store.next_number(year)?,
            };
            if number > crate::model::index::MAX_NUMBER {
                return Err(Error::NumbersUsedUp {
                    year,
                    max: crate::model::index::MAX_NUMBER,
                });
            }
            next.insert(year, number + 1);
            let mut card = new_card(reg, &a, year, number, opts)?;
            // The applicant's earlier appeals on the question (point 9).
            let found: Vec<Entry> = earlier_appeals(reg, &a, &outcome.registered, &batch_keys)?
                .into_iter()
                .filter(|e| e.received <= a.received)
                .collect();
            // One answered with the applicant dissatisfied, or whose term passed
            // with no reply, links the new one without being asked; any other
            // only with --link-matches (or --repeat-of).
            let links_itself = found
                .iter()
                .any(|e| e.story.standing_on(a.received).links_itself());
            let target = a.repeat_of.clone().or_else(|| {
                (links_itself || opts.link_matches)
                    .then(|| found.last().map(Entry::full_name))
                    .flatten()
            });
            let mut earlier = None;
            if let Some(t) = &target {
                let first = link_target(
                    reg,
                    &outcome.registered,
                    t,
                    a.received,
                    opts,
                    &a.position,
                    file,
                )?;
                let list =
                    repeats::earlier_of(reg, &outcome.registered, &first, &found, opts.today)?;
                let sign = repeats::sign(&list, a.received, &reg.settings.repeats);
                card.classification.sign = agreed(sign, &first, &a, file)?;
                card.links.repeat_of = Some(first.full_name());
                card.links.earlier = list.into_iter().map(|k| k.name).collect();
                if !first.links.later.contains(&card.full_name()) {
                    earlier = Some(first);
                }
            } else if a.mass {
                card.classification.sign = Sign::Mass.code().to_string();
            }
            if let Some(first) = earlier.as_mut() {
                first.link(&card.full_name(), &actor(opts));
                // The batch's cards are shown as they are (or, in a dry run,
                // would be) once the batch is in.
                if let Some(c) = outcome
                    .registered
                    .iter_mut()
                    .find(|c| c.full_name() == first.full_name())
                {
                    *c = first.clone();
                }
            }
            if !found.is_empty() {
                outcome.matches.push(Match {
                    card: card.full_name(),
                    earlier: found.iter().map(|e| e.full_name()).collect(),
                    linked: card.links.repeat_of.clone(),
                });
            }
            if card.classification.subject == Subject::Anonymous.code()
                && reg.settings.anonymous.policy == AnonymousPolicy::NoConsideration
            {
                close_anonymous(&mut card, opts)?;
            }
            if !opts.dry_run {
                // The new card first: a crash in between leaves a one-way link
                // that `check` reports, never a link to a card that isn't there.
                reg.store.write_card(&card)?;
                if let Some(first) = &earlier {
                    reg.store.write_card(first)?;
                }
            }
            if opts.dry_run {
                if let Some(cc) = &card.cc_number {
                    batch_cc.insert(cc.clone(), (card.year, card.number));
                }
                for k in card.applicant.keys() {
                    batch_keys
                        .entry(k)
                        .or_default()
                        .push(outcome.registered.len());
                }
            }
            outcome.registered.push(card);
            Ok(())
        };
        if let Err(e) = one() {
            let registered = if opts.dry_run {
                0
            } else {
                outcome.registered.len()
            };
            return Err(if registered == 0 {
                e
            } else {
                Error::BatchStopped {
                    registered,
                    file: file.to_string(),
                    source: Box::new(e),
                }
            });
        }
    }
    Ok(outcome)
}

/// The applicant's earlier appeals on an overlapping topic, from the
/// applicant index and, for a dry run that wrote nothing, this batch
/// (`batch_keys`: applicant key → positions in `batch`).
fn earlier_appeals(
    reg: &Register,
    a: &NewAppeal,
    batch: &[Card],
    batch_keys: &HashMap<String, Vec<usize>>,
) -> Result<Vec<Entry>> {
    let topics = &a.classification.topics;
    let mut found = applicants::matches(reg, &a.applicant, topics)?;
    let mut mine: Vec<usize> = a
        .applicant
        .keys()
        .iter()
        .filter_map(|k| batch_keys.get(k))
        .flatten()
        .copied()
        .collect();
    mine.sort_unstable();
    mine.dedup();
    for c in mine.into_iter().map(|i| &batch[i]) {
        let overlap = c.classification.topics.iter().any(|t| topics.contains(t));
        let known = found
            .iter()
            .any(|e| (e.year, e.number) == (c.year, c.number));
        if overlap && !known {
            found.push(Entry::of(c));
        }
    }
    found.sort_by_key(|e| (e.received, e.year, e.number));
    Ok(found)
}

fn new_card(reg: &Register, a: &NewAppeal, year: i32, number: u32, opts: &Options) -> Result<Card> {
    let s = &reg.settings;
    let dates = terms::compute(a.received, a.term_days, &s.terms, &reg.calendar)?;
    // An appeal anonymous by law art. 8 though it bears a name (a written
    // one with no address or no signature) takes the anonymous mark too.
    let kind = if a.classification.subject == Subject::Anonymous.code() {
        IndexKind::Anonymous
    } else {
        IndexKind::for_applicant(a.applicant.name.as_deref(), a.applicant.signatories)
    };
    let registration = Registration {
        index: kind.index(number, &s.numbering.collective, &s.numbering.anonymous),
        year,
        number,
        cc_number: a.cc_number.clone(),
        received: a.received,
        late_reason: a.late_reason.clone(),
        applicant: a.applicant.clone(),
        classification: a.classification.clone(),
        summary: a.summary.clone(),
        term: Term {
            days: a.term_days,
            basis: dates.basis,
            control_date: dates.control_date,
            executor_due: dates.executor_due,
            extensions: Vec::new(),
        },
    };
    Ok(Card::register(registration, &actor(opts)))
}

/// Who registers, on what day.
fn actor<'a>(opts: &Options<'a>) -> Actor<'a> {
    Actor {
        today: opts.today,
        user: opts.user,
    }
}

/// The earlier card a new one repeats, named by `repeat_of` or found: in
/// a dry run a card of this batch as it would be, else from the register.
fn link_target(
    reg: &Register,
    batch: &[Card],
    name: &str,
    received: NaiveDate,
    opts: &Options,
    position: &str,
    file: &str,
) -> Result<Card> {
    let bad = |reason: String| InputError {
        source_name: file.to_string(),
        problems: vec![Problem {
            file: file.to_string(),
            record: position.to_string(),
            field: "repeat_of".into(),
            reason,
        }],
        kind: InputKind::RepeatOf,
    };
    let r = CardRef::parse(name).map_err(|e| bad(e.to_string()))?;
    let found = match batch
        .iter()
        .find(|c| opts.dry_run && r.names(c, opts.today.year()))
    {
        Some(c) => c.clone(),
        None => super::find_card(reg, &r, opts.today).map_err(|e| bad(e.to_string()))?,
    };
    if found.received > received {
        return Err(bad(crate::t!(
            "err-repeat-of-later",
            card = found.full_name(),
            card_received = found.received,
            received = received
        ))
        .into());
    }
    Ok(found)
}

/// The sign that follows from the link, or the record's own when it
/// names one that agrees: a record that names another (but 2.1, the
/// default of intake) is refused.
fn agreed(derived: Sign, first: &Card, a: &NewAppeal, file: &str) -> Result<String> {
    let derived = derived.code();
    if a.sign_given
        && a.classification.sign != derived
        && a.classification.sign != Sign::Primary.code()
    {
        return Err(InputError {
            source_name: file.to_string(),
            problems: vec![Problem {
                file: file.to_string(),
                record: a.position.clone(),
                field: "sign".into(),
                reason: if first.status.is_open() {
                    crate::t!(
                        "err-sign-contradicts-open",
                        sign = a.classification.sign.as_str(),
                        card = first.full_name(),
                        derived = derived
                    )
                } else {
                    crate::t!(
                        "err-sign-contradicts-closed",
                        sign = a.classification.sign.as_str(),
                        card = first.full_name(),
                        derived = derived
                    )
                },
            }],
            kind: InputKind::Sign,
        }
        .into());
    }
    Ok(derived.to_string())
}

/// Declines an anonymous appeal at once (law art. 8, `anonymous.policy =
/// "no-consideration"`): decided by the register's policy, which the
/// exit's `by` names, on registration. Telling the contact centre is the
/// clerk's to do (`draft` renders the notice); nothing claims it was done.
fn close_anonymous(card: &mut Card, opts: &Options) -> Result<()> {
    let reason =
        "анонімне звернення розгляду не підлягає (ст. 8 Закону України «Про звернення громадян»)";
    let step = Step::Exit(Exit {
        step: Action::Decline,
        ground: Ground::Art8Anonymous,
        date: opts.today,
        by: BY_ANONYMOUS_POLICY.to_string(),
        to: None,
        of: None,
        reason: Some(reason.to_string()),
        number: None,
        notice: None,
        due: None,
        late: false,
    });
    card.apply(step, &actor(opts))?;
    Ok(())
}
