//! `appeals check`: validates the whole register and reports every problem
//! at once (SPEC §9, modelled on `hledger check`), each with the file, the
//! JSON field (a JSON pointer) or settings key, what is wrong, what to do,
//! and a stable code per kind of problem for scripts.
//!
//! The settings files are parsed one by one, so that a broken one is
//! reported and only the checks that need it are skipped. Cards are read
//! and checked in parallel, each on its own; what the cross-card checks
//! (duplicates, links, the derived indexes) need is kept as a small summary
//! per card, so memory stays small on a register of 100,000 cards.

use crate::calendar::Calendar;
use crate::classifier::{Classifier, SectionKey};
use crate::config::{Roster, Settings};
use crate::derived::{self, Slot, Stamp};
use crate::error::{Error, Result};
use crate::model::card::TermBasis;
use crate::model::card::{Card, Event, CARD_VERSION};
use crate::model::index::split_index;
use crate::model::status::Action;
use crate::store::{self, CardFile, Store};
use crate::{terms, workflow};
use chrono::NaiveDate;
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::sync::Mutex;

/// Every kind of problem `check` reports: its stable code and what it means.
/// Codes never change meaning; new kinds get new codes.
pub const CODES: &[(&str, &str)] = &[
    ("config-invalid", "register.toml, classifier.toml, calendar.toml or people.toml doesn't parse or contradicts itself"),
    ("invalid-json", "a card file is not UTF-8 JSON in the card format (syntax, a missing or unknown field, a wrong type, merge-conflict markers)"),
    ("unknown-version", "a card's format version is unknown to this program"),
    ("stray-file", "a file or directory under cards/ that is not a card"),
    ("path-mismatch", "a card's year or number disagrees with its file name"),
    ("bad-index", "a registration index that is malformed or whose number is not the card's"),
    ("bad-value", "a field holds a value it can't hold (control characters, an empty topic list, a term out of range)"),
    ("unknown-code", "a Classifier code that classifier.toml doesn't have"),
    ("unknown-person", "an id that people.toml doesn't have in that role"),
    ("duplicate-number", "two cards with the same year and running number"),
    ("duplicate-index", "two cards with the same registration index in one year"),
    ("duplicate-cc", "two cards with the same contact-centre number"),
    ("date-order", "registered before received, or registered late without a reason"),
    ("history-order", "history dates that go backwards or precede registration"),
    ("bad-transition", "a history step that doesn't follow from the status before it"),
    ("status-mismatch", "the status field is not the status the history leads to"),
    ("step-mismatch", "a step's data missing for a step in the history, or present without one"),
    ("unsafe-path", "a document path that leads out of the register"),
    ("document-missing", "a document named on the card is not in the register"),
    ("signature-mismatch", "a signed document changed after signing (its SHA-256 differs)"),
    ("term-mismatch", "a control date or executor's due date that doesn't follow from receipt, the term, the calendar and register.toml"),
    ("extension-over-max", "an extension past the longest total term from receipt (law art. 20: 45 days)"),
    ("extension-not-notified", "an extension without the date the applicant was notified"),
    ("extension-order", "extensions that don't move the control date later one after another"),
    ("broken-link", "a repeat link whose other card is missing or doesn't link back"),
    ("index-stale", "a derived index in .index/ that disagrees with the cards"),
];

/// One problem found by `check`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Finding {
    /// Stable code of the kind of problem (see [`CODES`]).
    pub code: &'static str,
    /// The file at fault, relative to the register.
    pub file: String,
    /// The field: a JSON pointer into a card (`/term/control_date`), a
    /// settings key, or empty when the whole file is at fault.
    pub field: String,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub hint: String,
}

/// What `check` found.
#[derive(Debug, Default)]
pub struct Report {
    /// Every problem, settings files first, then cards in file order, then
    /// problems between cards.
    pub findings: Vec<Finding>,
    /// Card files read.
    pub cards: usize,
    /// Derived index files removed by `fix_index`.
    pub fixed: Vec<String>,
}

/// How to check.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// Remove the derived indexes first (under the register's exclusive
    /// lock); commands rebuild them from the cards when next needed.
    pub fix_index: bool,
    /// Add the back-link (`links.later`) that a registration killed
    /// between its two writes left out, with a `link` step in the
    /// earlier card's history, under the exclusive lock.
    pub fix_links: bool,
    /// Read and hash every signed document, also those unchanged on disk
    /// since an earlier check verified them.
    pub rehash: bool,
    /// The date recorded for a repaired link.
    pub today: NaiveDate,
    /// Who is recorded for a repaired link.
    pub user: &'a str,
}

/// Checks the register at `store`. Refuses only when there is no register
/// there; every other problem is a finding.
pub fn check(store: &Store, opts: Options, on_wait: impl FnOnce()) -> Result<Report> {
    if !store.exists() {
        return Err(Error::refused(
            format!(
                "{} is not a register (no {})",
                store.root().display(),
                store::SETTINGS
            ),
            &["name the register with -R DIR or $APPEALS_REGISTER"],
        ));
    }
    let mut report = Report::default();
    // Writers are kept out while the register is read as a whole, so that a
    // registration half-way through (a new card written, its link back not
    // yet) is not taken for damage.
    let _lock = if opts.fix_index || opts.fix_links {
        let lock = store.lock(on_wait)?;
        if opts.fix_index {
            let removed = store.drop_indexes()?.len();
            // A card that can't be read leaves them removed; the next
            // command that needs them rebuilds them once it is mended.
            report.fixed.push(match store.rebuild_indexes() {
                Ok(()) => format!(
                    "{}/: removed {removed} files and rebuilt them from the cards",
                    derived::DIR
                ),
                Err(e) => format!(
                    "{}/: removed {removed} files; not rebuilt: {e}",
                    derived::DIR
                ),
            });
        }
        Some(lock)
    } else {
        store.lock_shared(on_wait)?
    };
    let (mut findings, seen) = pass(store, &mut report, opts.rehash)?;
    if opts.fix_links {
        let linked = fix_back_links(store, &seen, &opts)?;
        if !linked.is_empty() {
            report.fixed.extend(linked);
            (findings, _) = pass(store, &mut report, opts.rehash)?;
        }
    }
    report.findings = findings;
    Ok(report)
}

/// One reading of the whole register: every finding, and each card's summary.
fn pass(store: &Store, report: &mut Report, rehash: bool) -> Result<(Vec<Finding>, Vec<Seen>)> {
    let mut out = Vec::new();
    let mut cfg = Config::load(store, &mut out);
    cfg.index = derived::fresh_stamp(store.root())?;
    if !rehash {
        cfg.verified = read_verified(store);
    }
    cfg.settled_before = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64 - 2);
    for p in store.stray_card_files()? {
        let rel = relative(store, &p);
        out.push(Finding {
            code: "stray-file",
            message: "not a card: card files are cards/YEAR/NNNNNN.json (six digits)".into(),
            hint: format!("move {rel} out of cards/, or name it as a card"),
            file: rel,
            field: String::new(),
        });
    }
    let files = store.card_files()?;
    report.cards = files.len();
    // In chunks, so that only the compact summaries of all cards are held.
    let mut seen = Vec::with_capacity(files.len());
    for part in files.chunks(4096) {
        let results: Vec<(Vec<Finding>, Option<Seen>)> =
            part.par_iter().map(|f| check_file(&cfg, f)).collect();
        for (findings, s) in results {
            out.extend(findings);
            seen.extend(s);
        }
    }
    cross_checks(&seen, &mut out);
    index_checks(store, cfg.index.as_ref(), &seen, &files, &mut out);
    save_verified(store, &cfg.verified, &seen);
    // Two copies of one card (a merge) break the same link twice.
    let mut unique = BTreeSet::new();
    out.retain(|f| unique.insert((f.code, f.file.clone(), f.field.clone(), f.message.clone())));
    Ok((out, seen))
}

/// Adds each missing back-link to the card a later card repeats; returns
/// what was repaired. Only a link whose two ends are unambiguous is
/// repaired: one card by that name, read back under its own file name.
fn fix_back_links(store: &Store, seen: &[Seen], opts: &Options) -> Result<Vec<String>> {
    let mut names: BTreeMap<String, Vec<&Seen>> = BTreeMap::new();
    for s in seen {
        names.entry(s.full_name()).or_default().push(s);
    }
    let mut missing: BTreeMap<(i32, u32), Vec<String>> = BTreeMap::new();
    for s in seen {
        let Some(target) = &s.repeat_of else { continue };
        let (Some([t]), Some([_])) = (
            names.get(target).map(Vec::as_slice),
            names.get(&s.full_name()).map(Vec::as_slice),
        ) else {
            continue;
        };
        if !t.later.contains(&s.full_name()) {
            missing
                .entry((t.file_year, t.file_number))
                .or_default()
                .push(s.full_name());
        }
    }
    let mut fixed = Vec::new();
    for ((year, number), later) in missing {
        let Ok(Some(mut card)) = store.read_card(year, number) else {
            continue;
        };
        if card.history.last().is_some_and(|e| e.at > opts.today) {
            // A step dated after today would put the history out of order.
            continue;
        }
        let Ok(status) = workflow::transition(Some(card.status), Action::Link) else {
            continue;
        };
        for name in later {
            card.links.later.push(name.clone());
            card.history.push(Event {
                at: opts.today,
                by: opts.user.to_string(),
                action: Action::Link,
                data: BTreeMap::from([("later".to_string(), serde_json::json!(name))]),
            });
            fixed.push(format!(
                "{}: linked {name} in links.later",
                card.full_name()
            ));
        }
        card.status = status;
        store.write_card(&card)?;
    }
    Ok(fixed)
}

/// The settings files that parsed; `None` for one that didn't.
struct Config<'a> {
    store: &'a Store,
    settings: Option<Settings>,
    classifier: Option<Classifier>,
    calendar: Option<Calendar>,
    roster: Option<Roster>,
    /// Signed documents verified by an earlier run: card file → their
    /// identity on disk then (empty with `rehash`).
    verified: HashMap<(i32, u32), u128>,
    /// Seconds since the epoch before which a file's times count as settled.
    settled_before: i64,
    /// The stamp of the derived indexes when it claims they are current,
    /// so that each card's lines of them are worth hashing.
    index: Option<Stamp>,
    /// Term dates by (received, days) and executor's due dates by control
    /// date: cards share a handful of receipt days, and counting a term
    /// explains every step in words.
    terms: Mutex<HashMap<(NaiveDate, u32), TermResult>>,
    dues: Mutex<HashMap<NaiveDate, std::result::Result<NaiveDate, String>>>,
}

type TermResult = std::result::Result<(TermBasis, NaiveDate, NaiveDate), String>;

impl Config<'_> {
    /// The basis, control date and executor's due date a term gives.
    fn term(&self, s: &Settings, cal: &Calendar, received: NaiveDate, days: u32) -> TermResult {
        let key = (received, days);
        if let Some(r) = self.terms.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return r;
        }
        let r = terms::compute(received, days, &s.terms, cal)
            .map(|t| (t.basis, t.control_date, t.executor_due))
            .map_err(|e| e.to_string());
        if let Ok(mut m) = self.terms.lock() {
            m.insert(key, r.clone());
        }
        r
    }

    /// The executor's due date for a control date.
    fn due(
        &self,
        s: &Settings,
        cal: &Calendar,
        control: NaiveDate,
    ) -> std::result::Result<NaiveDate, String> {
        if let Some(r) = self.dues.lock().ok().and_then(|m| m.get(&control).cloned()) {
            return r;
        }
        let r = terms::executor_due(control, s.terms.executor_lead, cal, &mut Vec::new())
            .map_err(|e| e.to_string());
        if let Ok(mut m) = self.dues.lock() {
            m.insert(control, r.clone());
        }
        r
    }
}

impl<'a> Config<'a> {
    fn load(store: &'a Store, out: &mut Vec<Finding>) -> Config<'a> {
        let text = |rel: &str| store.read_text(rel).map_err(|e| file_message(&e));
        let settings = text(store::SETTINGS)
            .and_then(|t| Settings::parse(&t, store::SETTINGS).map_err(|e| file_message(&e)));
        let classifier = text(store::CLASSIFIER).and_then(|t| {
            Classifier::parse(&t, store::CLASSIFIER).map_err(|e| strip_file(&e.to_string()))
        });
        let calendar = text(store::CALENDAR).and_then(|t| {
            Calendar::parse(&t, store::CALENDAR).map_err(|e| strip_file(&e.to_string()))
        });
        let roster = text(store::PEOPLE)
            .and_then(|t| Roster::parse(&t, store::PEOPLE).map_err(|e| file_message(&e)));
        let cfg = Config {
            store,
            settings: parsed(store::SETTINGS, settings, out),
            classifier: parsed(store::CLASSIFIER, classifier, out),
            calendar: parsed(store::CALENDAR, calendar, out),
            roster: parsed(store::PEOPLE, roster, out),
            index: None,
            verified: HashMap::new(),
            settled_before: 0,
            terms: Mutex::new(HashMap::new()),
            dues: Mutex::new(HashMap::new()),
        };
        cfg.cross_config(out);
        cfg
    }

    /// The settings files against each other: intake defaults and the
    /// coordinators' topics must be Classifier codes.
    fn cross_config(&self, out: &mut Vec<Finding>) {
        let Some(cl) = &self.classifier else { return };
        let mut unknown = |file: &str, field: String, key: SectionKey, code: &str| {
            if let Err(e) = cl.entry(key, code) {
                out.push(Finding {
                    code: "unknown-code",
                    file: file.to_string(),
                    field,
                    message: e.to_string(),
                    hint: format!(
                        "use a code of {} (see 'appeals show' or the Classifier)",
                        store::CLASSIFIER
                    ),
                });
            }
        };
        if let Some(s) = &self.settings {
            let d = &s.defaults;
            unknown(
                store::SETTINGS,
                "defaults.form".into(),
                SectionKey::Form,
                &d.form,
            );
            unknown(
                store::SETTINGS,
                "defaults.sign".into(),
                SectionKey::Sign,
                &d.sign,
            );
            unknown(
                store::SETTINGS,
                "defaults.kind".into(),
                SectionKey::Kind,
                &d.kind,
            );
            unknown(
                store::SETTINGS,
                "defaults.type".into(),
                SectionKey::Type,
                &d.type_,
            );
        }
        if let Some(r) = &self.roster {
            for c in &r.coordinators {
                for t in &c.topics {
                    unknown(
                        store::PEOPLE,
                        format!("coordinator {}: topics", c.id),
                        SectionKey::Topic,
                        t,
                    );
                }
            }
        }
    }
}

/// The value of a settings file that parsed, or a finding for one that didn't.
fn parsed<T>(file: &str, r: std::result::Result<T, String>, out: &mut Vec<Finding>) -> Option<T> {
    match r {
        Ok(v) => Some(v),
        Err(message) => {
            out.push(Finding {
                code: "config-invalid",
                file: file.to_string(),
                field: String::new(),
                message,
                hint: format!(
                    "fix {file} by hand (or restore it with 'git checkout -- {file}'); checks that need it were skipped"
                ),
            });
            None
        }
    }
}

/// What the checks between cards need to know of one card.
struct Seen {
    rel: String,
    file_year: i32,
    file_number: u32,
    year: i32,
    number: u32,
    index: String,
    cc: Option<String>,
    repeat_of: Option<String>,
    later: Vec<String>,
    /// The card's lines of the derived indexes, hashed.
    index_lines: Vec<(Slot, u64)>,
    /// Its signed documents' identity on disk, when all were verified.
    verified: Option<u128>,
}

impl Seen {
    fn full_name(&self) -> String {
        format!("{}/{}", self.year, self.index)
    }
}

fn check_file(cfg: &Config, f: &CardFile) -> (Vec<Finding>, Option<Seen>) {
    let rel = relative(cfg.store, &f.path);
    let mut out = Findings {
        rel: rel.clone(),
        out: Vec::new(),
        at: (f.year, f.number),
        verified: None,
    };
    let bytes = match crate::store::read_path(&f.path) {
        Ok(b) => b,
        Err(e) => {
            out.push(
                "invalid-json",
                "",
                format!("can't be read: {e}"),
                "check the file's permissions".into(),
            );
            return (out.out, None);
        }
    };
    let Some(card) = parse(&bytes, &mut out) else {
        return (out.out, None);
    };
    check_card(cfg, f, &card, &mut out);
    let seen = Seen {
        rel,
        file_year: f.year,
        file_number: f.number,
        year: card.year,
        number: card.number,
        index: card.index.clone(),
        cc: card.cc_number.clone(),
        repeat_of: card.links.repeat_of.clone(),
        later: card.links.later.clone(),
        index_lines: if cfg.index.is_some() {
            derived::Facts::of(&card)
                .lines()
                .into_iter()
                .map(|(slot, line)| (slot, line_hash(&line)))
                .collect()
        } else {
            Vec::new()
        },
        verified: out.verified.take(),
    };
    (out.out, Some(seen))
}

/// The findings of one file.
struct Findings {
    rel: String,
    out: Vec<Finding>,
    /// The card file's year and number.
    at: (i32, u32),
    /// The signed documents' identity on disk, when all were verified.
    verified: Option<u128>,
}

impl Findings {
    fn push(&mut self, code: &'static str, field: &str, message: String, hint: String) {
        self.out.push(Finding {
            code,
            file: self.rel.clone(),
            field: field.to_string(),
            message,
            hint,
        });
    }
}

/// Parses a card, reporting why it can't be, with the field when the JSON
/// is well-formed but doesn't fit the card format.
fn parse(bytes: &[u8], out: &mut Findings) -> Option<Card> {
    // The common case first, at full speed; a card that fails is parsed
    // again, tracking the path, to name the field at fault.
    if let Ok(c) = serde_json::from_slice::<Card>(bytes) {
        return Some(c);
    }
    let restore = format!(
        "fix it by hand, or restore it with 'git checkout -- {}'",
        out.rel
    );
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        out.push(
            "invalid-json",
            "",
            "starts with a byte-order mark; cards are UTF-8 without one".into(),
            "save it as UTF-8 without BOM".into(),
        );
        return None;
    }
    if let Err(e) = std::str::from_utf8(bytes) {
        out.push(
            "invalid-json",
            "",
            format!("not UTF-8 (invalid byte at offset {})", e.valid_up_to()),
            restore,
        );
        return None;
    }
    if bytes.starts_with(b"<<<<<<< ")
        || memfind(bytes, b"\n<<<<<<< ")
        || memfind(bytes, b"\n>>>>>>> ")
    {
        out.push(
            "invalid-json",
            "",
            "holds git merge-conflict markers (<<<<<<< … >>>>>>>)".into(),
            "resolve the merge: keep one side's card; if both sides registered an appeal under this number, give one of them the next free number".into(),
        );
        return None;
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let parsed = serde_path_to_error::deserialize::<_, Card>(&mut de)
        .map_err(|e| (pointer(e.path()), e.into_inner()))
        .and_then(|c| de.end().map(|()| c).map_err(|e| (String::new(), e)));
    match parsed {
        Ok(c) => Some(c),
        Err((field, e)) => {
            let field = if e.is_syntax() || e.is_eof() {
                String::new()
            } else {
                field
            };
            out.push(
                "invalid-json",
                &field,
                format!(
                    "line {}, column {}: {}",
                    e.line(),
                    e.column(),
                    json_reason(&e)
                ),
                restore,
            );
            None
        }
    }
}

/// serde_json's message without its own "at line L column C" tail.
fn json_reason(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let tail = format!(" at line {} column {}", e.line(), e.column());
    msg.strip_suffix(&tail).unwrap_or(&msg).to_string()
}

fn memfind(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// A serde path as a JSON pointer: `term.extensions[0].until` → `/term/extensions/0/until`.
fn pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut p = String::new();
    for seg in path.iter() {
        p.push('/');
        match seg {
            Segment::Seq { index } => p.push_str(&index.to_string()),
            Segment::Map { key } => p.push_str(&escape(key)),
            Segment::Enum { variant } => p.push_str(&escape(variant)),
            Segment::Unknown => p.push('?'),
        }
    }
    p
}

/// Escapes a JSON pointer segment (RFC 6901).
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn check_card(cfg: &Config, f: &CardFile, c: &Card, out: &mut Findings) {
    if c.version != CARD_VERSION {
        out.push(
            "unknown-version",
            "/version",
            format!("version {} is not known to this program (expected {CARD_VERSION})", c.version),
            "use the program version that wrote it, or set the version back after checking the card".into(),
        );
    }
    if c.year != f.year {
        out.push(
            "path-mismatch",
            "/year",
            format!("year {} but the file is under cards/{}/", c.year, f.year),
            format!(
                "correct the year, or move the file to cards/{}",
                crate::model::card::card_rel_path(c.year, c.number)
            ),
        );
    }
    if c.number != f.number {
        out.push(
            "path-mismatch",
            "/number",
            format!("number {} but the file is {:06}.json", c.number, f.number),
            format!(
                "correct the number, or move the file to cards/{}",
                crate::model::card::card_rel_path(c.year, c.number)
            ),
        );
    }
    match split_index(&c.index) {
        Some((prefix, n))
            if n == c.number && !prefix.is_empty() && prefix.chars().all(char::is_alphabetic) => {}
        Some((_, n)) if n != c.number => out.push(
            "bad-index",
            "/index",
            format!(
                "index {:?} has number {n}, the card is number {}",
                c.index, c.number
            ),
            "an index is the surname's first letter (or a mark), '-' and the card's running number"
                .into(),
        ),
        _ => out.push(
            "bad-index",
            "/index",
            format!("{:?} is not a registration index like К-125", c.index),
            "an index is the surname's first letter (or a mark), '-' and the card's running number"
                .into(),
        ),
    }
    if let Some(cc) = &c.cc_number {
        let ok = !cc.is_empty()
            && cc.chars().count() <= 64
            && cc
                .chars()
                .all(|ch| ch.is_alphanumeric() || "-_./".contains(ch));
        if !ok {
            out.push(
                "bad-value",
                "/cc_number",
                format!("{cc:?} is not a contact-centre number (at most 64 letters, digits, '-', '_', '.' or '/')"),
                "copy the number from the contact centre's export".into(),
            );
        }
    }
    check_text_fields(c, out);
    check_dates(c, out);
    check_codes(cfg, c, out);
    check_people(cfg, c, out);
    check_history(c, out);
    check_documents(cfg, c, out);
    check_term(cfg, c, out);
}

fn check_text_fields(c: &Card, out: &mut Findings) {
    let fields = [
        ("/index", Some(&c.index)),
        ("/summary", Some(&c.summary)),
        ("/applicant/name", c.applicant.name.as_ref()),
        ("/applicant/phone", c.applicant.phone.as_ref()),
        ("/applicant/email", c.applicant.email.as_ref()),
    ];
    for (field, v) in fields {
        if let Some(v) = v {
            if v.chars().any(|ch| ch.is_control() && ch != '\n') {
                out.push(
                    "bad-value",
                    field,
                    "contains control characters".into(),
                    "remove them by hand (a hand edit or a bad export put them there)".into(),
                );
            }
        }
    }
    if c.applicant.signatories == 0 {
        out.push(
            "bad-value",
            "/applicant/signatories",
            "must be at least 1".into(),
            "set the number of signatories".into(),
        );
    }
}

fn check_dates(c: &Card, out: &mut Findings) {
    if c.registered < c.received {
        out.push(
            "date-order",
            "/registered",
            format!(
                "registered {} before it was received ({})",
                c.registered, c.received
            ),
            "correct the dates from the contact centre's export".into(),
        );
    } else if c.registered > c.received
        && c.late_reason.as_deref().is_none_or(|r| r.trim().is_empty())
    {
        out.push(
            "date-order",
            "/late_reason",
            format!(
                "registered {} after it was received ({}) without a reason",
                c.registered, c.received
            ),
            "record why in late_reason: appeals are registered on the day of receipt".into(),
        );
    }
}

fn check_codes(cfg: &Config, c: &Card, out: &mut Findings) {
    let Some(cl) = &cfg.classifier else { return };
    let mut codes: Vec<(String, SectionKey, &str)> = vec![
        (
            "/classification/form".into(),
            SectionKey::Form,
            c.classification.form.as_str(),
        ),
        (
            "/classification/sign".into(),
            SectionKey::Sign,
            c.classification.sign.as_str(),
        ),
        (
            "/classification/kind".into(),
            SectionKey::Kind,
            c.classification.kind.as_str(),
        ),
        (
            "/classification/subject".into(),
            SectionKey::Subject,
            c.classification.subject.as_str(),
        ),
        (
            "/classification/type".into(),
            SectionKey::Type,
            c.classification.type_.as_str(),
        ),
    ];
    for (i, t) in c.classification.topics.iter().enumerate() {
        codes.push((format!("/classification/topics/{i}"), SectionKey::Topic, t));
    }
    if let Some(g) = &c.applicant.gender {
        codes.push(("/applicant/gender".into(), SectionKey::Gender, g));
    }
    for (i, k) in c.applicant.categories.iter().enumerate() {
        codes.push((
            format!("/applicant/categories/{i}"),
            SectionKey::Category,
            k,
        ));
    }
    if let Some(s) = &c.applicant.social_status {
        codes.push((
            "/applicant/social_status".into(),
            SectionKey::SocialStatus,
            s,
        ));
    }
    if let Some(a) = &c.answer {
        codes.push(("/answer/result".into(), SectionKey::Result, &a.result));
    }
    if let Some(r) = &c.result {
        codes.push(("/result".into(), SectionKey::Result, r));
    }
    for (field, key, code) in codes {
        if let Err(e) = cl.entry(key, code) {
            out.push(
                "unknown-code",
                &field,
                e.to_string(),
                format!(
                    "use a code of {} (edition {})",
                    store::CLASSIFIER,
                    cl.edition
                ),
            );
        }
    }
    if c.classification.topics.is_empty() {
        out.push(
            "bad-value",
            "/classification/topics",
            "no topic: every appeal has at least one topic code (Part II)".into(),
            "add the topic codes".into(),
        );
    }
}

fn check_people(cfg: &Config, c: &Card, out: &mut Findings) {
    let Some(r) = &cfg.roster else { return };
    let mut coordinator = |field: &str, id: &str| {
        if r.coordinator(id).is_none() {
            let message = match r.name_of(id) {
                Some(n) => format!("{id:?} ({n}) is not a coordinator in people.toml"),
                None => format!("{id:?} is not in people.toml"),
            };
            out.push(
                "unknown-person",
                field,
                message,
                "add them to people.toml (keep people who left: old cards name them)".into(),
            );
        }
    };
    if let Some(res) = &c.resolution {
        coordinator("/resolution/coordinator", &res.coordinator);
    }
    if let Some(s) = &c.signature {
        coordinator("/signature/by", &s.by);
    }
    for (i, e) in c.term.extensions.iter().enumerate() {
        coordinator(&format!("/term/extensions/{i}/by"), &e.by);
    }
    let mut executors: Vec<(String, &str)> = Vec::new();
    if let Some(res) = &c.resolution {
        for (i, e) in res.executors.iter().enumerate() {
            executors.push((format!("/resolution/executors/{i}"), e));
        }
    }
    if let Some(d) = &c.dispatch {
        for (i, e) in d.to.iter().enumerate() {
            executors.push((format!("/dispatch/to/{i}"), e));
        }
    }
    for (field, id) in executors {
        if r.executor(id).is_none() {
            out.push(
                "unknown-person",
                &field,
                format!("executor {id:?} is not in people.toml"),
                "add the executor to people.toml (keep executors that were renamed or merged: old cards name them)".into(),
            );
        }
    }
}

fn check_history(c: &Card, out: &mut Findings) {
    let repair = || {
        "the history is the record: restore the card from git, or repair the entry by hand"
            .to_string()
    };
    let derived = workflow::derive(&c.history);
    match &derived {
        Ok(status) if *status != c.status => out.push(
            "status-mismatch",
            "/status",
            format!(
                "status is {:?} but the history leads to {:?}",
                c.status.as_str(),
                status.as_str()
            ),
            format!("set \"status\": \"{status}\" (the status follows from the history)"),
        ),
        Ok(_) => {}
        Err((i, e)) => {
            let field = if c.history.is_empty() {
                "/history".to_string()
            } else {
                format!("/history/{i}/action")
            };
            let message = if c.history.is_empty() {
                "the history is empty; it starts with the registration".to_string()
            } else {
                format!("step {} ({}): {e}", i + 1, c.history[*i].action.command())
            };
            out.push("bad-transition", &field, message, repair());
        }
    }
    if let Some(first) = c.history.first() {
        if first.action == Action::Register && first.at != c.registered {
            out.push(
                "history-order",
                "/history/0/at",
                format!(
                    "registration recorded on {}, the card says registered {}",
                    first.at, c.registered
                ),
                repair(),
            );
        }
    }
    for (i, w) in c.history.windows(2).enumerate() {
        if w[1].at < w[0].at {
            out.push(
                "history-order",
                &format!("/history/{}/at", i + 1),
                format!(
                    "step {} ({}, {}) is dated before step {} ({}, {})",
                    i + 2,
                    w[1].action.command(),
                    w[1].at,
                    i + 1,
                    w[0].action.command(),
                    w[0].at
                ),
                repair(),
            );
        }
    }
    if derived.is_err() {
        // Which steps happened is unclear; the transition is the finding.
        return;
    }
    let has = |a: Action| c.history.iter().any(|e| e.action == a);
    let steps: [(&str, bool, Action); 5] = [
        ("/resolution", c.resolution.is_some(), Action::Resolve),
        ("/dispatch", c.dispatch.is_some(), Action::Dispatch),
        ("/answer", c.answer.is_some(), Action::Answer),
        ("/signature", c.signature.is_some(), Action::Sign),
        ("/sent", c.sent.is_some(), Action::Send),
    ];
    for (field, present, action) in steps {
        step_pair(out, field, present, has(action), action.command());
    }
    let closed_step = has(Action::Send) || has(Action::Close);
    step_pair(
        out,
        "/closed",
        c.closed.is_some(),
        closed_step,
        "send' or 'close",
    );
    if c.result.is_some() && !has(Action::Send) {
        step_pair(out, "/result", true, false, "send");
    }
    let extends = c
        .history
        .iter()
        .filter(|e| e.action == Action::Extend)
        .count();
    if extends != c.term.extensions.len() {
        out.push(
            "step-mismatch",
            "/term/extensions",
            format!(
                "{} extension{} but {extends} 'extend' step{} in the history",
                c.term.extensions.len(),
                if c.term.extensions.len() == 1 {
                    ""
                } else {
                    "s"
                },
                if extends == 1 { "" } else { "s" }
            ),
            "each extension is recorded by 'appeals extend', which writes both".into(),
        );
    }
}

fn step_pair(out: &mut Findings, field: &str, present: bool, in_history: bool, command: &str) {
    if present && !in_history {
        out.push(
            "step-mismatch",
            field,
            format!("is filled in but the history has no '{command}' step"),
            format!("steps are recorded by 'appeals {command}', which writes both; restore the card from git or clear {field}"),
        );
    } else if in_history && !present {
        out.push(
            "step-mismatch",
            field,
            format!("is empty but the history has a '{command}' step"),
            "restore the card from git: the step's data was lost".into(),
        );
    }
}

fn check_documents(cfg: &Config, c: &Card, out: &mut Findings) {
    let signed: BTreeSet<&str> = c
        .signature
        .iter()
        .flat_map(|s| s.sha256.keys().map(String::as_str))
        .collect();
    let mut docs: Vec<(String, &str)> = Vec::new();
    if let Some(a) = &c.answer {
        for (role, path) in &a.documents {
            docs.push((format!("/answer/documents/{}", escape(role)), path));
        }
    }
    if let Some(s) = c.sent.as_ref().and_then(|s| s.scan.as_ref()) {
        docs.push(("/sent/scan".into(), s));
    }
    for (field, path) in &docs {
        if let Err(why) = store::safe_rel(path) {
            out.push(
                "unsafe-path",
                field,
                why,
                "documents live under docs/YEAR/NNNNNN/ in the register".into(),
            );
        } else if !signed.contains(path) && !cfg.store.path(path).is_file() {
            // A signed document is looked at below.
            out.push(
                "document-missing",
                field,
                format!("{path} is not in the register"),
                format!("restore {path} (e.g. from git)"),
            );
        }
    }
    let Some(sig) = &c.signature else { return };
    // What the files are now, and whether they are as when last verified.
    let mut stats = Sha256::new();
    let mut settled = true;
    let mut present = Vec::new();
    for (path, expected) in &sig.sha256 {
        let field = format!("/signature/sha256/{}", escape(path));
        if let Err(why) = store::safe_rel(path) {
            out.push(
                "unsafe-path",
                &field,
                why,
                "signed documents live under docs/YEAR/NNNNNN/ in the register".into(),
            );
            continue;
        }
        match fs::metadata(cfg.store.path(path)) {
            Ok(meta) if meta.is_file() => {
                let (line, old) = stat_line(&meta, cfg.settled_before);
                settled &= old;
                stats.update(format!("{path}\t{expected}\t{line}\n"));
                present.push((field, path, expected));
            }
            _ => signed_missing(out, &field, path),
        }
    }
    let digest = stats.finalize();
    let mut first = [0u8; 16];
    first.copy_from_slice(&digest[..16]);
    let stats = u128::from_be_bytes(first);
    if cfg.verified.get(&out.at) == Some(&stats) {
        out.verified = Some(stats);
        return;
    }
    let mut all_match = present.len() == sig.sha256.len();
    for (field, path, expected) in present {
        match cfg.store.read_bytes(path) {
            Ok(bytes) => {
                let actual = format!("{:x}", Sha256::digest(&bytes));
                if !actual.eq_ignore_ascii_case(expected.trim()) {
                    all_match = false;
                    out.push(
                        "signature-mismatch",
                        &field,
                        format!("{path} changed after {}/{} was signed on {} (SHA-256 {actual}, signed {expected})", c.year, c.index, sig.date),
                        format!("restore the signed version (git log -- {path}); a changed answer needs a new signature"),
                    );
                }
            }
            Err(_) => {
                all_match = false;
                signed_missing(out, &field, path);
            }
        }
    }
    // Files changed in the last moments could change again within the same
    // tick of the file system's clock unseen; they are read again next time.
    if all_match && settled {
        out.verified = Some(stats);
    }
}

fn signed_missing(out: &mut Findings, field: &str, path: &str) {
    out.push(
        "document-missing",
        field,
        format!("signed document {path} is not in the register"),
        format!("restore {path} (e.g. from git)"),
    );
}

/// A document's identity on disk, as git's index keeps it: size, inode and
/// the modification and change times. Any write changes the change time,
/// which no ordinary tool can set back. Also whether both times are before
/// `settled_before`.
#[cfg(unix)]
fn stat_line(meta: &fs::Metadata, settled_before: i64) -> (String, bool) {
    use std::os::unix::fs::MetadataExt;
    (
        format!(
            "{} {} {} {}.{} {}.{}",
            meta.len(),
            meta.dev(),
            meta.ino(),
            meta.mtime(),
            meta.mtime_nsec(),
            meta.ctime(),
            meta.ctime_nsec()
        ),
        meta.mtime() < settled_before && meta.ctime() < settled_before,
    )
}

/// Without change times nothing counts as settled: every document is read.
#[cfg(not(unix))]
fn stat_line(meta: &fs::Metadata, _settled_before: i64) -> (String, bool) {
    (meta.len().to_string(), false)
}

fn check_term(cfg: &Config, c: &Card, out: &mut Findings) {
    let (Some(s), Some(cal)) = (&cfg.settings, &cfg.calendar) else {
        return;
    };
    let t = &c.term;
    let explain = || format!("'appeals explain {}/{}' shows the count", c.year, c.index);
    let max = s.terms.max_total;
    if t.days == 0 || t.days > max {
        out.push(
            "bad-value",
            "/term/days",
            format!("a term of {} days; terms run 1 to {max} days (register.toml terms.max_total)", t.days),
            "a term at registration is 15 days or one month (30); longer comes only by 'appeals extend'".into(),
        );
        return;
    }
    let (basis, computed_control, computed_due) = match cfg.term(s, cal, c.received, t.days) {
        Ok(d) => d,
        Err(e) => {
            out.push(
                "term-mismatch",
                "/term/control_date",
                format!("the term can't be counted: {e}"),
                "extend calendar.toml to cover the dates".into(),
            );
            return;
        }
    };
    if t.basis != basis {
        out.push(
            "term-mismatch",
            "/term/basis",
            format!(
                "basis {:?}, but a term of {} days counts as {:?} under register.toml",
                t.basis, t.days, basis
            ),
            explain(),
        );
    }
    let latest = c
        .received
        .checked_add_days(chrono::Days::new(max.into()))
        .unwrap_or(chrono::NaiveDate::MAX);
    let mut previous = computed_control;
    for (i, e) in t.extensions.iter().enumerate() {
        if e.until > latest {
            out.push(
                "extension-over-max",
                &format!("/term/extensions/{i}/until"),
                format!(
                    "extended until {}: {} days from receipt ({}); law art. 20 allows at most {max} (until {latest})",
                    e.until,
                    (e.until - c.received).num_days(),
                    c.received
                ),
                format!("the term can run until {latest} at most; correct the extension"),
            );
        }
        if e.notified.is_none() {
            out.push(
                "extension-not-notified",
                &format!("/term/extensions/{i}/notified"),
                format!(
                    "the applicant was not notified of the extension until {} (law art. 20)",
                    e.until
                ),
                "notify the applicant and record the date in \"notified\"".into(),
            );
        }
        if e.until <= previous {
            out.push(
                "extension-order",
                &format!("/term/extensions/{i}/until"),
                format!(
                    "extension until {} doesn't move the control date ({previous}) later",
                    e.until
                ),
                "each extension sets a later control date".into(),
            );
        }
        previous = previous.max(e.until);
    }
    let (control, due) = match t.extensions.last() {
        None => (computed_control, computed_due),
        Some(last) => match cfg.due(s, cal, last.until) {
            Ok(d) => (last.until, d),
            Err(e) => {
                out.push(
                    "term-mismatch",
                    "/term/executor_due",
                    format!("the executor's due date can't be counted: {e}"),
                    "extend calendar.toml to cover the dates".into(),
                );
                return;
            }
        },
    };
    let from = if t.extensions.is_empty() {
        format!(
            "receipt on {} and a term of {} days give",
            c.received, t.days
        )
    } else {
        "the last extension gives".to_string()
    };
    if t.control_date != control {
        out.push(
            "term-mismatch",
            "/term/control_date",
            format!("control date {}, but {from} {control}", t.control_date),
            format!("{}; if register.toml or calendar.toml changed after registration, decide which date holds and correct the card", explain()),
        );
    }
    if t.executor_due != due {
        out.push(
            "term-mismatch",
            "/term/executor_due",
            format!(
                "executor's due date {}, but control date {control} gives {due} ({} working day{} before)",
                t.executor_due,
                s.terms.executor_lead,
                if s.terms.executor_lead == 1 { "" } else { "s" }
            ),
            explain(),
        );
    }
}

/// Duplicates and links between cards.
fn cross_checks(seen: &[Seen], out: &mut Vec<Finding>) {
    let mut last: BTreeMap<i32, u32> = BTreeMap::new();
    for s in seen {
        for (y, n) in [(s.year, s.number), (s.file_year, s.file_number)] {
            let e = last.entry(y).or_insert(0);
            *e = (*e).max(n);
        }
    }
    let mut dup = |code: &'static str,
                   field: &str,
                   what: String,
                   key_of: &dyn Fn(&Seen) -> Option<String>| {
        let mut first: HashMap<String, &Seen> = HashMap::with_capacity(seen.len());
        for s in seen {
            let Some(key) = key_of(s) else { continue };
            match first.get(&key) {
                Some(f) => out.push(Finding {
                    code,
                    file: s.rel.clone(),
                    field: field.to_string(),
                    message: format!("{what} {key} is also in {}", f.rel),
                    hint: match code {
                        "duplicate-cc" => "one appeal registered twice: keep the earlier card and close the other, or correct the number from the export".into(),
                        _ => format!(
                            "two registrations took one number (e.g. merging two clones in git): renumber this card to the next free number, {}#{}, with its index and file name",
                            s.year,
                            last.get(&s.year).copied().unwrap_or(0) + 1
                        ),
                    },
                }),
                None => {
                    first.insert(key, s);
                }
            }
        }
    };
    dup("duplicate-number", "/number", "number".into(), &|s| {
        Some(format!("{}#{}", s.year, s.number))
    });
    dup("duplicate-index", "/index", "index".into(), &|s| {
        Some(format!("{}/{}", s.year, s.index.to_uppercase()))
    });
    dup(
        "duplicate-cc",
        "/cc_number",
        "contact-centre number".into(),
        &|s| s.cc.clone(),
    );

    let by_name: HashMap<String, &Seen> = seen.iter().map(|s| (s.full_name(), s)).collect();
    for s in seen {
        if s.repeat_of.is_none() && s.later.is_empty() {
            continue;
        }
        let me = s.full_name();
        if let Some(target) = &s.repeat_of {
            match by_name.get(target) {
                None => out.push(Finding {
                    code: "broken-link",
                    file: s.rel.clone(),
                    field: "/links/repeat_of".into(),
                    message: format!("repeats {target}, which is not in the register"),
                    hint: "name an existing card as YEAR/INDEX, or clear repeat_of".into(),
                }),
                Some(t) if !t.later.contains(&me) => out.push(Finding {
                    code: "broken-link",
                    file: t.rel.clone(),
                    field: "/links/later".into(),
                    message: format!("{me} repeats this card ({target}) but it doesn't list {me}"),
                    hint: format!("a registration stopped between its two writes: 'appeals check --fix-links' adds \"{me}\" to links.later"),
                }),
                Some(_) => {}
            }
        }
        for (i, l) in s.later.iter().enumerate() {
            let back = by_name.get(l).and_then(|t| t.repeat_of.as_deref());
            if back != Some(me.as_str()) {
                out.push(Finding {
                    code: "broken-link",
                    file: s.rel.clone(),
                    field: format!("/links/later/{i}"),
                    message: match by_name.get(l) {
                        None => {
                            format!("lists {l} as a later appeal, which is not in the register")
                        }
                        Some(_) => {
                            format!("lists {l} as a later appeal, but {l} doesn't repeat {me}")
                        }
                    },
                    hint: "remove the entry, or set repeat_of on the later card".into(),
                });
            }
        }
    }
}

/// Where `check` keeps which cards' signed documents it verified.
const VERIFIED: &str = "verified.tsv";

/// The cards whose signed documents an earlier run verified, with their
/// identity on disk then; empty when missing or damaged.
fn read_verified(store: &Store) -> HashMap<(i32, u32), u128> {
    let path = store.root().join(derived::DIR).join(VERIFIED);
    let Ok(text) = fs::read_to_string(path) else {
        return HashMap::new();
    };
    let mut map = HashMap::new();
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let [y, n, stats] = f.as_slice() else {
            return HashMap::new();
        };
        let (Ok(y), Ok(n), Ok(stats)) = (y.parse(), n.parse(), u128::from_str_radix(stats, 16))
        else {
            return HashMap::new();
        };
        map.insert((y, n), stats);
    }
    map
}

/// Saves what this run verified, if it differs from what it read. Derived
/// data: a register that can't be written is checked in full next time.
fn save_verified(store: &Store, before: &HashMap<(i32, u32), u128>, seen: &[Seen]) {
    let now: BTreeMap<(i32, u32), &u128> = seen
        .iter()
        .filter_map(|s| Some(((s.file_year, s.file_number), s.verified.as_ref()?)))
        .collect();
    let same = now.len() == before.len() && now.iter().all(|(k, v)| before.get(k) == Some(*v));
    if same {
        return;
    }
    let mut text = String::new();
    for ((y, n), stats) in now {
        text.push_str(&format!("{y}\t{n}\t{stats:032x}\n"));
    }
    let dir = store.root().join(derived::DIR);
    if fs::create_dir_all(&dir).is_ok() {
        let _ = derived::write_quick(&dir.join(VERIFIED), text.as_bytes());
    }
}

/// A line's hash; a shard is compared with the cards as the count and
/// wrapping sum of its lines' hashes, which needs no copy of the lines.
fn line_hash(line: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    line.hash(&mut h);
    h.finish()
}

/// The derived indexes, where their stamp claims they are current, against
/// the cards: every shard's lines, and each year's next running number.
fn index_checks(
    store: &Store,
    stamp: Option<&Stamp>,
    seen: &[Seen],
    files: &[CardFile],
    out: &mut Vec<Finding>,
) {
    let Some(stamp) = stamp else {
        return;
    };
    let hint =
        "run 'appeals check --fix-index': the index is derived from the cards and is rebuilt"
            .to_string();
    let mut expected: HashMap<Slot, (usize, u64)> = HashMap::new();
    let mut cards: BTreeSet<(i32, u32)> = BTreeSet::new();
    for s in seen {
        // Two files claiming one card: its lines count once, as in a rebuild.
        if !cards.insert((s.year, s.number)) {
            continue;
        }
        for (slot, h) in &s.index_lines {
            let e = expected.entry(*slot).or_default();
            e.0 += 1;
            e.1 = e.1.wrapping_add(*h);
        }
    }
    let mut changed: BTreeMap<derived::Kind, Vec<String>> = BTreeMap::new();
    let mut disagree: BTreeMap<derived::Kind, Vec<String>> = BTreeMap::new();
    for slot in derived::slots() {
        let name = derived::file_name(slot);
        let Some(lines) = derived::read_shard(store.root(), stamp, slot) else {
            changed.entry(slot.0).or_default().push(name);
            continue;
        };
        let actual = lines.iter().fold((0usize, 0u64), |(n, sum), l| {
            (n + 1, sum.wrapping_add(line_hash(l)))
        });
        if actual != expected.get(&slot).copied().unwrap_or_default() {
            disagree.entry(slot.0).or_default().push(name);
        }
    }
    let listed = |names: &[String]| {
        let mut s = names.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
        if names.len() > 3 {
            s.push_str(&format!(" and {} more", names.len() - 3));
        }
        s
    };
    let problems = changed
        .into_iter()
        .map(|(kind, names)| {
            let what = if names.len() == 1 { "a shard" } else { "shards" };
            let why = format!("{what} of the {} index changed or went missing since it was saved", kind.name());
            (why, names)
        })
        .chain(disagree.into_iter().map(|(kind, names)| {
            let why = format!("the {} index disagrees with the cards (a card changed in place, e.g. by a hand edit)", kind.name());
            (why, names)
        }));
    for (why, names) in problems {
        out.push(Finding {
            code: "index-stale",
            file: format!("{}/{}", derived::DIR, names[0]),
            field: String::new(),
            message: format!("{why}: {}", listed(&names)),
            hint: hint.clone(),
        });
    }
    let next = store::next_numbers(files);
    if next != stamp.next {
        let differ: Vec<String> = next
            .keys()
            .chain(stamp.next.keys())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .filter(|y| next.get(y) != stamp.next.get(y))
            .map(|y| {
                format!(
                    "{y}: stamp {}, cards {}",
                    stamp.next.get(y).map_or("none".into(), u32::to_string),
                    next.get(y).map_or("none".into(), u32::to_string)
                )
            })
            .collect();
        out.push(Finding {
            code: "index-stale",
            file: format!("{}/{}", derived::DIR, derived::STAMP),
            field: String::new(),
            message: format!(
                "next running numbers disagree with the cards ({})",
                differ.join("; ")
            ),
            hint,
        });
    }
}

fn relative(store: &Store, p: &std::path::Path) -> String {
    p.strip_prefix(store.root())
        .unwrap_or(p)
        .display()
        .to_string()
}

/// A file error's message without the path (the finding names the file).
fn file_message(e: &Error) -> String {
    match e {
        Error::File { message, .. } => message.clone(),
        other => other.to_string(),
    }
}

/// `classifier.toml:12: …` → `line 12: …`, since the finding names the file.
fn strip_file(msg: &str) -> String {
    for f in [store::CLASSIFIER, store::CALENDAR] {
        if let Some(rest) = msg.strip_prefix(f) {
            return match rest.strip_prefix(':') {
                Some(r) if r.starts_with(|ch: char| ch.is_ascii_digit()) => {
                    format!("line {}", r.trim_start())
                }
                Some(r) => r.trim_start().to_string(),
                None => rest.to_string(),
            };
        }
    }
    msg.to_string()
}
