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
use crate::error::Result;
use crate::model::card::TermBasis;
use crate::model::card::{Card, CARD_VERSION};
use crate::model::index::split_index;
use crate::model::status::Action;
use crate::store::derived::{self, Slot, Stamp};
use crate::store::identity::{OnDisk, Root};
use crate::store::{self, CardFile, Store};
use crate::{terms, workflow};
use chrono::NaiveDate;
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Mutex;

mod memo;

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
    /// Of those, the cards taken as checked because neither they, nor their
    /// documents, nor the settings files changed since an earlier check
    /// found them clean (see `.index/checked.jsonl`).
    pub unchanged: usize,
    /// Signed documents read and hashed.
    pub hashed: usize,
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
    /// Now, in seconds since the epoch: a file changed in the last two
    /// seconds is never taken as settled.
    pub now: i64,
}

/// Checks the register at `store`. Refuses only when there is no register
/// there; every other problem is a finding.
pub fn check(store: &Store, opts: Options, on_wait: impl FnOnce()) -> Result<Report> {
    if !store.exists() {
        return Err(crate::store::StoreError::NotARegister {
            root: store.root().to_path_buf(),
        }
        .into());
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
                    crate::store::INDEX_DIR
                ),
                Err(e) => format!(
                    "{}/: removed {removed} files; not rebuilt: {e}",
                    crate::store::INDEX_DIR
                ),
            });
        }
        Some(lock)
    } else {
        store.lock_shared(on_wait)?
    };
    let (mut findings, seen) = pass(store, &mut report, &opts)?;
    if opts.fix_links {
        let linked = fix_back_links(store, &seen, &opts)?;
        if !linked.is_empty() {
            report.fixed.extend(linked);
            (findings, _) = pass(store, &mut report, &opts)?;
        }
    }
    report.findings = findings;
    Ok(report)
}

/// One reading of the whole register: every finding, and each card's summary.
fn pass(store: &Store, report: &mut Report, opts: &Options) -> Result<(Vec<Finding>, Vec<Seen>)> {
    let mut out = Vec::new();
    let mut cfg = Config::load(store, &mut out);
    cfg.index = store.index_stamp()?;
    let mut earlier = if opts.rehash {
        crate::store::memo::Reader::default()
    } else {
        cfg.header.reader(store)
    };
    cfg.trust_memo = earlier.same_header;
    cfg.settled_before = opts.now - 2;
    let (files, strays) = store.scan_cards()?;
    for p in strays {
        let rel = relative(store, &p);
        out.push(Finding {
            code: "stray-file",
            message: "not a card: card files are cards/YEAR/NNNNNN.json (six digits)".into(),
            hint: format!("move {rel} out of cards/, or name it as a card"),
            file: rel,
            field: String::new(),
        });
    }
    report.cards = files.len();
    report.unchanged = 0;
    report.hashed = 0;
    // In chunks, so that only the compact summaries of all cards are held.
    let mut seen = Vec::with_capacity(files.len());
    let mut memo = cfg.header.writer(store, &earlier);
    for part in files.chunks(4096) {
        let taken: Vec<Option<crate::store::memo::Taken>> = part
            .iter()
            .map(|f| earlier.take((f.year, f.number)))
            .collect();
        let results: Vec<Checked> = part
            .par_iter()
            .zip(&taken)
            .map(|(f, t)| check_file(&cfg, f, t.as_ref().map(|t| t.json.as_str())))
            .collect();
        for ((f, r), t) in part.iter().zip(results).zip(&taken) {
            let key = (f.year, f.number);
            match (r.reused, t, &r.line) {
                (true, Some(t), _) => memo.put(key, &t.json, Some(t), &earlier),
                (_, _, Some(line)) => memo.put(key, line, None, &earlier),
                _ => {}
            }
            report.unchanged += usize::from(r.reused);
            report.hashed += r.hashed;
            out.extend(r.findings);
            seen.extend(r.seen);
        }
    }
    cross_checks(&seen, &mut out);
    index_checks(store, cfg.index.as_ref(), &seen, &files, &mut out);
    memo.finish(&earlier);
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
        let who = crate::workflow::Actor {
            today: opts.today,
            user: opts.user,
        };
        for name in later {
            card.link(&name, &who);
            fixed.push(format!(
                "{}: linked {name} in links.later",
                card.full_name()
            ));
        }
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
    /// Whether the memo was written by this program build against these
    /// settings files, so that a card clean then is clean now.
    trust_memo: bool,
    /// The register's directory, held open to look files up from.
    root: Root,
    /// The program and the settings files, on which a clean card's
    /// result depends besides its own files.
    header: memo::Header,
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
        // Each file is read once, so that what a card is checked against
        // is what the memo's header records.
        let mut texts: Vec<u8> = Vec::new();
        let mut all_read = true;
        let mut text = |rel: &str| {
            let t = store.read_text(rel).map_err(|e| file_message(&e));
            match &t {
                Ok(t) => {
                    texts.extend_from_slice(format!("{rel}\0{}\0", t.len()).as_bytes());
                    texts.extend_from_slice(t.as_bytes());
                }
                Err(_) => all_read = false,
            }
            t
        };
        let settings = text(store::SETTINGS)
            .and_then(|t| Settings::parse(&t, store::SETTINGS).map_err(|e| e.message));
        let classifier = text(store::CLASSIFIER).and_then(|t| {
            Classifier::parse(&t, store::CLASSIFIER).map_err(|e| strip_file(&e.to_string()))
        });
        let calendar = text(store::CALENDAR).and_then(|t| {
            Calendar::parse(&t, store::CALENDAR).map_err(|e| strip_file(&e.to_string()))
        });
        let roster = text(store::PEOPLE)
            .and_then(|t| Roster::parse(&t, store::PEOPLE).map_err(|e| e.message));
        let all_parsed =
            settings.is_ok() && classifier.is_ok() && calendar.is_ok() && roster.is_ok();
        let cfg = Config {
            store,
            settings: parsed(store::SETTINGS, settings, out),
            classifier: parsed(store::CLASSIFIER, classifier, out),
            calendar: parsed(store::CALENDAR, calendar, out),
            roster: parsed(store::PEOPLE, roster, out),
            trust_memo: false,
            root: store.identities(),
            header: memo::Header::new((all_read && all_parsed).then_some(&texts[..])),
            index: None,
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

/// What the checks between cards need to know of one card; also what
/// the memo (`.index/checked.jsonl`) keeps of it between runs.
#[derive(serde::Serialize, serde::Deserialize)]
struct Seen {
    /// The card file, relative to the register (not kept: it is named by
    /// the file's year and number).
    #[serde(skip)]
    rel: String,
    file_year: i32,
    file_number: u32,
    year: i32,
    number: u32,
    index: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cc: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    repeat_of: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    later: Vec<String>,
    /// The card's lines of the derived indexes, hashed.
    index_lines: Vec<(Slot, u64)>,
}

impl Seen {
    fn full_name(&self) -> String {
        format!("{}/{}", self.year, self.index)
    }
}

/// What checking one card file gave.
struct Checked {
    findings: Vec<Finding>,
    /// The card's summary, when it parsed.
    seen: Option<Seen>,
    /// The card's new line of the memo, when it parsed.
    line: Option<String>,
    /// Whether the earlier run's line holds unchanged.
    reused: bool,
    /// Signed documents read and hashed.
    hashed: usize,
}

/// Checks one card file, or takes its summary from an earlier run when it
/// was clean then and neither it, nor any document it names, nor the
/// settings files, nor the program changed since (see [`memo`]).
fn check_file(cfg: &Config, f: &CardFile, earlier: Option<&str>) -> Checked {
    let rel = relative(cfg.store, &f.path);
    // Before the file is read: a change after this makes the identity
    // recorded below stale, never wrong.
    let meta = cfg.root.stat(&rel);
    let mut known = None;
    if let Some(line) = earlier.and_then(|json| serde_json::from_str::<memo::Line>(json).ok()) {
        if let (Some(_), Some(clean), true) = (meta, &line.clean, cfg.trust_memo) {
            let docs = clean.docs.iter().map(|p| (p.as_str(), cfg.root.stat(p)));
            let (identity, settled) = memo::identity(meta, docs, cfg.settled_before);
            if settled && identity == clean.identity {
                return Checked {
                    findings: Vec::new(),
                    seen: Some(Seen { rel, ..line.seen }),
                    line: None,
                    reused: true,
                    hashed: 0,
                };
            }
        }
        known = line.verified;
    }
    let mut out = Findings {
        rel: rel.clone(),
        out: Vec::new(),
        known,
        verified: None,
        hashed: 0,
    };
    let failed = |out: Findings| Checked {
        findings: out.out,
        seen: None,
        line: None,
        reused: false,
        hashed: 0,
    };
    let bytes = match f.read() {
        Ok(b) => b,
        Err(e) => {
            out.push(
                "invalid-json",
                "",
                format!("can't be read: {}", e.message()),
                "check the file's permissions".into(),
            );
            return failed(out);
        }
    };
    let Some(card) = parse(&bytes, &mut out) else {
        return failed(out);
    };
    // Every document the card names, looked at once.
    let docs: Vec<(&str, Option<OnDisk>)> = document_paths(&card)
        .into_iter()
        .map(|p| (p, store::safe_rel(p).ok().and_then(|()| cfg.root.stat(p))))
        .collect();
    check_card(cfg, f, &card, &docs, &mut out);
    let clean = match meta {
        Some(_) if out.out.is_empty() && cfg.header.trusted() => {
            let (identity, settled) =
                memo::identity(meta, docs.iter().copied(), cfg.settled_before);
            settled.then(|| memo::Clean {
                identity,
                docs: docs.iter().map(|(p, _)| p.to_string()).collect(),
            })
        }
        _ => None,
    };
    let line = memo::Line {
        seen: Seen {
            rel,
            file_year: f.year,
            file_number: f.number,
            year: card.year,
            number: card.number,
            index: card.index.clone(),
            cc: card.cc_number.clone(),
            repeat_of: card.links.repeat_of.clone(),
            later: card.links.later.clone(),
            index_lines: derived::lines(&crate::model::view::Facts::of(&card))
                .into_iter()
                .map(|(slot, line)| (slot, line_hash(&line)))
                .collect(),
        },
        verified: out.verified.take(),
        clean,
    };
    Checked {
        findings: out.out,
        line: serde_json::to_string(&line).ok(),
        seen: Some(line.seen),
        reused: false,
        hashed: out.hashed,
    }
}

/// Every document a card names: the answer's documents, the sent scan and
/// the signed documents, each once, in that order.
fn document_paths(c: &Card) -> Vec<&str> {
    let mut paths: Vec<&str> = Vec::new();
    let answer = c.answer.iter().flat_map(|a| a.documents.values());
    let scan = c.sent.iter().filter_map(|s| s.scan.as_ref());
    let signed = c.signature.iter().flat_map(|s| s.sha256.keys());
    for p in answer.chain(scan).chain(signed) {
        if !paths.contains(&p.as_str()) {
            paths.push(p);
        }
    }
    paths
}

/// The findings of one file.
struct Findings {
    rel: String,
    out: Vec<Finding>,
    /// The signed documents' identity on disk when an earlier run
    /// verified them all.
    known: Option<u128>,
    /// The signed documents' identity on disk, when all were verified.
    verified: Option<u128>,
    /// Signed documents read and hashed.
    hashed: usize,
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

/// Documents named on a card, each with what it is on disk (`None` when
/// it is missing or its path is unsafe).
type Docs<'a> = [(&'a str, Option<OnDisk>)];

fn check_card(cfg: &Config, f: &CardFile, c: &Card, docs: &Docs, out: &mut Findings) {
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
    check_documents(cfg, c, docs, out);
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
                format!("step {} ({}): {e}", i + 1, c.history[*i].action().command())
            };
            out.push("bad-transition", &field, message, repair());
        }
    }
    if let Some(first) = c.history.first() {
        if first.action() == Action::Register && first.at != c.registered {
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
                    w[1].action().command(),
                    w[1].at,
                    i + 1,
                    w[0].action().command(),
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
    let has = |a: Action| c.history.iter().any(|e| e.action() == a);
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
        .filter(|e| e.action() == Action::Extend)
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

fn check_documents(cfg: &Config, c: &Card, docs: &Docs, out: &mut Findings) {
    let on_disk = |path: &str| docs.iter().find(|(p, _)| *p == path).and_then(|(_, m)| *m);
    let signed: BTreeSet<&str> = c
        .signature
        .iter()
        .flat_map(|s| s.sha256.keys().map(String::as_str))
        .collect();
    let mut named: Vec<(String, &str)> = Vec::new();
    if let Some(a) = &c.answer {
        for (role, path) in &a.documents {
            named.push((format!("/answer/documents/{}", escape(role)), path));
        }
    }
    if let Some(s) = c.sent.as_ref().and_then(|s| s.scan.as_ref()) {
        named.push(("/sent/scan".into(), s));
    }
    for (field, path) in &named {
        if let Err(why) = store::safe_rel(path) {
            out.push(
                "unsafe-path",
                field,
                why,
                "documents live under docs/YEAR/NNNNNN/ in the register".into(),
            );
        } else if !signed.contains(path) && !on_disk(path).is_some_and(|m| m.is_file) {
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
        match on_disk(path) {
            Some(meta) if meta.is_file => {
                settled &= meta.settled(cfg.settled_before);
                stats.update(format!("{path}\t{expected}\t"));
                meta.feed(&mut stats);
                stats.update(b"\n");
                present.push((field, path, expected));
            }
            _ => signed_missing(out, &field, path),
        }
    }
    let stats = first_128(&stats.finalize());
    if out.known == Some(stats) {
        out.verified = Some(stats);
        return;
    }
    let mut all_match = present.len() == sig.sha256.len();
    for (field, path, expected) in present {
        out.hashed += 1;
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

/// The first 128 bits of a digest.
fn first_128(digest: &[u8]) -> u128 {
    let mut first = [0u8; 16];
    first.copy_from_slice(&digest[..16]);
    u128::from_be_bytes(first)
}

fn signed_missing(out: &mut Findings, field: &str, path: &str) {
    out.push(
        "document-missing",
        field,
        format!("signed document {path} is not in the register"),
        format!("restore {path} (e.g. from git)"),
    );
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
    // Each kind of duplicate by a key borrowed from the summaries where it
    // can be: on 100,000 cards this runs after the parallel part, alone.
    fn dup<'s, K: std::hash::Hash + Eq>(
        seen: &'s [Seen],
        key_of: impl Fn(&'s Seen) -> Option<K>,
    ) -> Vec<(&'s Seen, &'s Seen)> {
        let mut first: HashMap<K, &Seen> = HashMap::with_capacity(seen.len());
        let mut pairs = Vec::new();
        for s in seen {
            let Some(key) = key_of(s) else { continue };
            match first.entry(key) {
                std::collections::hash_map::Entry::Occupied(f) => pairs.push((s, *f.get())),
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert(s);
                }
            }
        }
        pairs
    }
    /// An index as duplicates are found: case aside.
    fn upper(s: &Seen) -> std::borrow::Cow<'_, str> {
        if s.index.chars().any(char::is_lowercase) {
            s.index.to_uppercase().into()
        } else {
            s.index.as_str().into()
        }
    }
    let renumber = |s: &Seen| {
        format!(
            "two registrations took one number (e.g. merging two clones in git): renumber this card to the next free number, {}#{}, with its index and file name",
            s.year,
            last.get(&s.year).copied().unwrap_or(0) + 1
        )
    };
    // The three kinds side by side: each is a pass over every card.
    let (numbers, (indexes, ccs)) = rayon::join(
        || dup(seen, |s| Some((s.year, s.number))),
        || {
            rayon::join(
                || dup(seen, |s| Some((s.year, upper(s)))),
                || dup(seen, |s| s.cc.as_deref()),
            )
        },
    );
    for (s, f) in numbers {
        out.push(Finding {
            code: "duplicate-number",
            file: s.rel.clone(),
            field: "/number".into(),
            message: format!("number {}#{} is also in {}", s.year, s.number, f.rel),
            hint: renumber(s),
        });
    }
    for (s, f) in indexes {
        out.push(Finding {
            code: "duplicate-index",
            file: s.rel.clone(),
            field: "/index".into(),
            message: format!("index {}/{} is also in {}", s.year, upper(s), f.rel),
            hint: renumber(s),
        });
    }
    for (s, f) in ccs {
        out.push(Finding {
            code: "duplicate-cc",
            file: s.rel.clone(),
            field: "/cc_number".into(),
            message: format!(
                "contact-centre number {} is also in {}",
                s.cc.as_deref().unwrap_or_default(),
                f.rel
            ),
            hint: "one appeal registered twice: keep the earlier card and close the other, or correct the number from the export".into(),
        });
    }

    let by_name: HashMap<(i32, &str), &Seen> = seen
        .iter()
        .map(|s| ((s.year, s.index.as_str()), s))
        .collect();
    // A card named as YEAR/INDEX, as links name them.
    let named = |name: &str| {
        let (year, index) = name.split_once('/')?;
        let y: i32 = year.parse().ok()?;
        (y.to_string() == year).then_some(())?;
        by_name.get(&(y, index)).copied()
    };
    for s in seen {
        if s.repeat_of.is_none() && s.later.is_empty() {
            continue;
        }
        let me = s.full_name();
        if let Some(target) = &s.repeat_of {
            match named(target) {
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
            let back = named(l).and_then(|t| t.repeat_of.as_deref());
            if back != Some(me.as_str()) {
                out.push(Finding {
                    code: "broken-link",
                    file: s.rel.clone(),
                    field: format!("/links/later/{i}"),
                    message: match named(l) {
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
    let mut cards: std::collections::HashSet<(i32, u32)> =
        std::collections::HashSet::with_capacity(seen.len());
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
    let slots: Vec<Slot> = derived::slots().collect();
    let shards: Vec<Option<(usize, u64)>> = slots
        .par_iter()
        .map(|&slot| {
            let lines = derived::read_shard(store.root(), stamp, slot)?;
            Some(lines.iter().fold((0usize, 0u64), |(n, sum), l| {
                (n + 1, sum.wrapping_add(line_hash(l)))
            }))
        })
        .collect();
    for (slot, actual) in slots.into_iter().zip(shards) {
        let name = derived::file_name(slot);
        match actual {
            None => changed.entry(slot.0).or_default().push(name),
            Some(a) if a != expected.get(&slot).copied().unwrap_or_default() => {
                disagree.entry(slot.0).or_default().push(name)
            }
            Some(_) => {}
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
            file: format!("{}/{}", crate::store::INDEX_DIR, names[0]),
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
            file: format!("{}/{}", crate::store::INDEX_DIR, derived::STAMP),
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
fn file_message(e: &crate::store::StoreError) -> String {
    e.message()
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
