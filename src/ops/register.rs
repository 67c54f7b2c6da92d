//! Registration (the order's point 3.1): validate every record, then, under
//! the register's lock, give each new appeal the next running number, its
//! index and its control dates, and write its card. An appeal whose
//! contact-centre number is already registered is skipped. A batch is read
//! twice, a record at a time (once to validate, once to register), so that
//! no list of all its records or cards is ever held (issue #19).

use crate::config::AnonymousPolicy;
use crate::error::{Error, InputError, InputKind, Problem, Problems, Result};
use crate::intake::{self, Context, NewAppeal, RawRecord};
use crate::intake_profile::Profile;
use crate::model::card::{Card, Exit, Term};
use crate::model::codes::{Sign, Subject};
use crate::model::index::IndexKind;
use crate::model::status::{Action, Ground, BY_ANONYMOUS_POLICY};
use crate::model::CardRef;
use crate::ops::applicants::{self, Entry};
use crate::ops::repeats;
use crate::store::outside::Spool;
use crate::store::Register;
use crate::terms;
use crate::workflow::{Actor, Registration, Step};
use chrono::{Datelike, NaiveDate};
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
    /// Cards registered (or that would be, with `dry_run`), by year and
    /// number; [`Outcome::cards`] gives them.
    pub registered: Vec<(i32, u32)>,
    /// In a dry run, the cards as they would be written (there are no
    /// files to read them back from), kept in a temporary file.
    pub would_be: Option<Spool>,
    /// Appeals already in the register.
    pub skipped: Vec<Skipped>,
    /// Invalid records left out (with `skip_invalid`).
    pub invalid: Problems,
    /// Earlier appeals of the same applicants.
    pub matches: Vec<Match>,
}

impl Outcome {
    /// The cards registered, one at a time, as they are once the batch is
    /// in (an earlier card of the batch with the links later ones added):
    /// read back from the register, or those a dry run would write.
    pub fn cards<'a>(&'a self, reg: &'a Register) -> Box<dyn Iterator<Item = Result<Card>> + 'a> {
        Box::new(self.registered.iter().map(|&(year, number)| {
            let card = match &self.would_be {
                Some(spool) => spool.get(year, number)?,
                None => reg.store.read_card(year, number)?,
            };
            card.ok_or_else(|| {
                crate::error::LookupError::NoCard {
                    name: CardRef::Number {
                        year: Some(year),
                        number,
                    },
                    year,
                    number,
                }
                .into()
            })
        }))
    }
}

/// A batch's records, read afresh for each pass over them.
pub trait Records {
    /// Gives `each` every record in order; an input that can't be read
    /// fails with its problems, and a failure of `each` stops the reading.
    fn each(&mut self, each: &mut dyn FnMut(RawRecord) -> Result<()>) -> Result<()>;
}

impl Records for Vec<RawRecord> {
    fn each(&mut self, each: &mut dyn FnMut(RawRecord) -> Result<()>) -> Result<()> {
        self.iter().try_for_each(|r| each(r.clone()))
    }
}

/// Validates every record of a batch (the calendar must cover every date a
/// card will need), keeping only the problems: how many appeals are valid,
/// and the problems of the others.
fn validate_all(
    reg: &Register,
    cx: &Context,
    profile: Option<&Profile>,
    records: &mut dyn Records,
) -> Result<(usize, Problems)> {
    let mut valid = 0;
    let mut invalid = Problems::default();
    let mut seen = 0;
    records.each(&mut |raw| {
        seen += 1;
        if seen > intake::MAX_RECORDS {
            return Err(too_many(cx.file));
        }
        match appeal(reg, &raw, cx, profile) {
            Ok(_) => valid += 1,
            Err(p) => invalid.extend(p),
        }
        Ok(())
    })?;
    Ok((valid, invalid))
}

/// The refusal of a file with more than [`intake::MAX_RECORDS`] appeals.
fn too_many(file: &str) -> Error {
    InputError {
        source_name: file.to_string(),
        problems: vec![Problem {
            file: file.to_string(),
            record: String::new(),
            field: String::new(),
            reason: crate::t!("err-too-many-records", max = intake::MAX_RECORDS),
        }]
        .into(),
        kind: InputKind::Whole,
    }
    .into()
}

/// One record as an appeal to register, or its problems: the source's
/// columns and words turned into ours by the import profile, when one is
/// named, then validated.
fn appeal(
    reg: &Register,
    raw: &RawRecord,
    cx: &Context,
    profile: Option<&Profile>,
) -> std::result::Result<NewAppeal, Vec<Problem>> {
    let a = match profile {
        Some(p) => intake::validate(&p.map(raw, &reg.classifier, cx.file)?, cx)?,
        None => intake::validate(raw, cx)?,
    };
    match terms::compute(a.received, a.term_days, &reg.settings.terms, &reg.calendar) {
        Ok(_) => Ok(a),
        // The date the calendar lacks is the control date the receipt
        // and the term give: the message says which field gives it.
        Err(e) => Err(vec![Problem {
            file: cx.file.to_string(),
            record: a.position.clone(),
            field: "received".into(),
            reason: crate::t!(
                "err-term-outside-calendar",
                received = a.received,
                days = a.term_days,
                error = e.to_string()
            ),
        }]),
    }
}

/// Registers a batch of raw records from `file`: every record validated
/// first (nothing written if one is invalid, unless `skip_invalid`), then
/// each registered in turn.
pub fn register(
    reg: &Register,
    file: &str,
    records: &mut dyn Records,
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
    let (total, invalid) = validate_all(reg, &cx, opts.profile, records)?;
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
    let mut state = Batch::default();
    let mut outcome = Outcome {
        invalid,
        would_be: opts.dry_run.then(Spool::new).transpose()?,
        ..Outcome::default()
    };
    let year = opts.today.year();
    let mut done = 0;
    let read = records.each(&mut |raw| {
        // An appeal at a time; one that fails stops the batch, and what was
        // registered before it stays registered and is said (a re-run of the
        // file skips it by its contact-centre number).
        let a = match appeal(reg, &raw, &cx, opts.profile) {
            Ok(a) => a,
            // Left out, and said, by the validation before.
            Err(_) if opts.skip_invalid => return Ok(()),
            // Valid when validated: the file changed since.
            Err(problems) => {
                return Err(InputError {
                    source_name: file.to_string(),
                    problems: problems.into(),
                    kind: InputKind::Records,
                }
                .into())
            }
        };
        if let Some(progress) = opts.progress {
            progress(done, total);
        }
        done += 1;
        one(reg, file, a, year, opts, &mut state, &mut outcome)
    });
    match read {
        Ok(()) => Ok(outcome),
        Err(e) => {
            let registered = if opts.dry_run {
                0
            } else {
                outcome.registered.len()
            };
            Err(if registered == 0 {
                e
            } else {
                Error::BatchStopped {
                    registered,
                    file: file.to_string(),
                    source: Box::new(e),
                }
            })
        }
    }
}

/// Numbers and applicants of this batch, which a dry run doesn't write (a
/// real run finds them in the indexes it keeps current), and the next
/// running number of each year.
#[derive(Default)]
struct Batch {
    cc: BTreeMap<String, (i32, u32)>,
    keys: HashMap<String, Vec<(i32, u32)>>,
    next: BTreeMap<i32, u32>,
}

/// Registers one appeal (or, already registered, skips it).
fn one(
    reg: &Register,
    file: &str,
    a: NewAppeal,
    year: i32,
    opts: &Options,
    batch: &mut Batch,
    outcome: &mut Outcome,
) -> Result<()> {
    if let Some(cc) = &a.cc_number {
        let known = match batch.cc.get(cc) {
            Some(at) => Some(*at),
            None => reg.store.find_cc(cc)?,
        };
        if let Some((y, n)) = known {
            let existing = match reg.store.read_card(y, n)? {
                Some(c) => {
                    if outcome.would_be.is_none() {
                        complete_link_back(reg, &c, opts)?;
                    }
                    c.full_name()
                }
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
    let number = match batch.next.get(&year) {
        Some(n) => *n,
        None => reg.store.next_number(year)?,
    };
    if number > crate::model::index::MAX_NUMBER {
        return Err(Error::NumbersUsedUp {
            year,
            max: crate::model::index::MAX_NUMBER,
        });
    }
    batch.next.insert(year, number + 1);
    let mut card = new_card(reg, &a, year, number, opts)?;
    // The applicant's earlier appeals on the question (point 9).
    let spool = outcome.would_be.as_ref();
    let found: Vec<Entry> = earlier_appeals(reg, &a, spool, &batch.keys)?
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
            (spool, &batch.cc),
            t,
            a.received,
            opts,
            &a.position,
            file,
        )?;
        // The cards of this batch it repeats, which a dry run didn't write.
        let mut named = Vec::new();
        for name in &first.links.earlier {
            named.extend(batch_card(spool, name)?);
        }
        let list = repeats::earlier_of(reg, &named, &first, &found, opts.today)?;
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
        // The batch's cards are shown as they would be once the batch is in.
        if let Some(spool) = outcome.would_be.as_mut() {
            if spool.holds(first.year, first.number) {
                spool.put(first)?;
            }
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
    if let Some(spool) = outcome.would_be.as_mut() {
        if let Some(cc) = &card.cc_number {
            batch.cc.insert(cc.clone(), (card.year, card.number));
        }
        for k in card.applicant.keys() {
            batch
                .keys
                .entry(k)
                .or_default()
                .push((card.year, card.number));
        }
        spool.put(&card)?;
    } else {
        // The new card first: a crash in between leaves a one-way link
        // that `check` reports, never a link to a card that isn't there.
        reg.store.write_card(&card)?;
        if let Some(first) = &earlier {
            reg.store.write_card(first)?;
        }
    }
    // Counted once written: a batch stopped here says what it registered.
    outcome.registered.push((card.year, card.number));
    Ok(())
}

/// The applicant's earlier appeals on an overlapping topic, from the
/// applicant index and, for a dry run that wrote nothing, this batch
/// (`batch_keys`: applicant key → year and number of its cards in `spool`).
fn earlier_appeals(
    reg: &Register,
    a: &NewAppeal,
    spool: Option<&Spool>,
    batch_keys: &HashMap<String, Vec<(i32, u32)>>,
) -> Result<Vec<Entry>> {
    let topics = &a.classification.topics;
    let mut found = applicants::matches(reg, &a.applicant, topics)?;
    let mut mine: Vec<(i32, u32)> = a
        .applicant
        .keys()
        .iter()
        .filter_map(|k| batch_keys.get(k))
        .flatten()
        .copied()
        .collect();
    mine.sort_unstable();
    mine.dedup();
    for (year, number) in mine {
        let Some(c) = spool.map(|s| s.get(year, number)).transpose()?.flatten() else {
            continue;
        };
        let overlap = c.classification.topics.iter().any(|t| topics.contains(t));
        let known = found
            .iter()
            .any(|e| (e.year, e.number) == (c.year, c.number));
        if overlap && !known {
            found.push(Entry::of(&c));
        }
    }
    found.sort_by_key(|e| (e.received, e.year, e.number));
    Ok(found)
}

/// A card of this batch, by its full name (`2015/К-125`), that a dry run
/// keeps in `spool`.
fn batch_card(spool: Option<&Spool>, name: &str) -> Result<Option<Card>> {
    let (Some(spool), Ok(r)) = (spool, CardRef::parse(name)) else {
        return Ok(None);
    };
    let (CardRef::Index {
        year: Some(year),
        number,
        ..
    }
    | CardRef::Number {
        year: Some(year),
        number,
    }) = r
    else {
        return Ok(None);
    };
    Ok(spool.get(year, number)?.filter(|c| c.full_name() == name))
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
            cc_due: a.cc_due,
        },
        source: a.source.clone(),
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

/// Completes a registration killed between its two writes: the new card
/// is written first, then the card it repeats with the link back, so a
/// re-run that finds the appeal registered gives that card the link it
/// lacks. As `check --fix-links` does, only where the name is one card's
/// and the card's history has no step dated after today.
fn complete_link_back(reg: &Register, card: &Card, opts: &Options) -> Result<()> {
    let Some(first) = card.links.repeat_of.as_deref() else {
        return Ok(());
    };
    let found = CardRef::parse(first)
        .ok()
        .and_then(|r| super::find_card(reg, &r, opts.today).ok());
    let Some(mut first) = found else {
        return Ok(());
    };
    let name = card.full_name();
    if first.links.later.contains(&name) || !first.may_link_on(opts.today) {
        return Ok(());
    }
    first.link(&name, &actor(opts));
    Ok(reg.store.write_card(&first)?)
}

/// The earlier card a new one repeats, named by `repeat_of` or found: in
/// a dry run a card of this batch as it would be, else from the register.
fn link_target(
    reg: &Register,
    (spool, batch_cc): (Option<&Spool>, &BTreeMap<String, (i32, u32)>),
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
        }]
        .into(),
        kind: InputKind::RepeatOf,
    };
    let r = CardRef::parse(name).map_err(|e| bad(e.to_string()))?;
    let year = opts.today.year();
    let place = match &r {
        CardRef::Index {
            year: y, number, ..
        }
        | CardRef::Number { year: y, number } => Some((y.unwrap_or(year), *number)),
        CardRef::Cc(cc) => batch_cc.get(cc).copied(),
    };
    let in_batch = match (spool, place) {
        (Some(spool), Some((y, n))) => spool.get(y, n)?.filter(|c| r.names(c, year)),
        _ => None,
    };
    let found = match in_batch {
        Some(c) => c,
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
            }]
            .into(),
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
