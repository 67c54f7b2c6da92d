//! `appeals check`: validates the whole register and reports every problem
//! at once (SPEC §9, modelled on `hledger check`), each with the file, the
//! JSON field (a JSON pointer) or settings key, what is wrong, what to do,
//! and a stable [`Code`] per kind of problem for scripts.
//!
//! The settings files are parsed one by one (`settings.rs`), so that a
//! broken one is reported and only the checks that need it are skipped.
//! Cards are read and checked in parallel, each on its own (`card.rs`,
//! `documents.rs`, `terms.rs`); what the checks between cards (`cross.rs`)
//! and of the derived indexes (`indexes.rs`) need is kept as a small
//! summary per card (`summary.rs`), so memory stays small on a register of
//! 100,000 cards. What a card was found to be is remembered between runs
//! (`memo.rs`); the one repair that writes cards is in `repair.rs`. What a
//! git merge of two clones can break (`merge.rs`) is looked at per card
//! where it depends only on the card and its documents, and over the whole
//! register (documents no card names, settings files and templates, git
//! history) on every run, so that the memo never hides it.

mod card;
mod cross;
mod documents;
mod finding;
mod indexes;
mod memo;
mod merge;
mod repair;
mod settings;
mod summary;
mod terms;
#[cfg(test)]
mod testing;
mod uncertain;

pub use finding::{say_with, Code, Finding, NotACode, SayArg, Text};
pub use uncertain::uncertain_codes;

use crate::error::Result;
use crate::store::{self, Store, StoreError};
use chrono::NaiveDate;
use std::collections::{BTreeSet, HashSet};
use summary::Seen;

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
/// there ([`StoreError::NotARegister`]); every other problem is a finding.
pub fn check(store: &Store, opts: Options, on_wait: impl FnOnce()) -> Result<Report> {
    if !store.exists() {
        return Err(StoreError::NotARegister {
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
                Ok(()) => crate::t!("chk-fixed-index", dir = store::INDEX_DIR, count = removed),
                Err(e) => crate::t!(
                    "chk-fixed-index-failed",
                    dir = store::INDEX_DIR,
                    count = removed,
                    reason = e.to_string()
                ),
            });
        }
        Some(lock)
    } else {
        store.lock_shared(on_wait)?
    };
    let (mut findings, seen) = pass(store, &mut report, &opts)?;
    if opts.fix_links {
        let linked = repair::fix_back_links(store, &seen, &opts)?;
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
    let config = settings::Config::load(store, &mut out);
    let root = store.identities();
    let header = memo::Header::new(config.texts.as_deref());
    let index = store.index_stamp()?;
    let earlier = if opts.rehash {
        store::memo::Reader::default()
    } else {
        header.reader(store)
    };
    let cx = card::Context {
        store,
        config,
        root,
        trust_memo: earlier.same_header,
        header,
        settled_before: opts.now - 2,
        counted: terms::Counted::default(),
    };
    let (files, strays) = store.scan_cards()?;
    let strays: Vec<String> = strays.iter().map(|p| relative(store, p)).collect();
    for rel in strays.clone() {
        out.push(Finding::new(
            Code::StrayFile,
            rel.clone(),
            String::new(),
            crate::say!("chk-stray-file"),
            crate::say!("chk-stray-file-hint", file = rel),
        ));
    }
    report.cards = files.len();
    report.unchanged = 0;
    report.hashed = 0;
    // In chunks, so that only the compact summaries of all cards are held;
    // the memo is read in file order as the chunks are prepared.
    let mut seen = Vec::with_capacity(files.len());
    let mut named = HashSet::new();
    let mut unread = HashSet::new();
    let mut fresh = HashSet::new();
    let mut memo = cx.header.writer(store, &earlier);
    let earlier = std::cell::RefCell::new(earlier);
    let walked = store::cards::walk(
        &files,
        store::cards::CHUNK,
        |f| earlier.borrow_mut().take((f.year, f.number)),
        |f, t| {
            Ok::<_, std::convert::Infallible>(card::check_file(
                &cx,
                f,
                t.as_ref().map(|t| t.json.as_str()),
            ))
        },
        |f, t, r| {
            let key = (f.year, f.number);
            let earlier = earlier.borrow();
            match (r.reused, &t, &r.line) {
                (true, Some(t), _) => memo.put(key, &t.json, Some(t), &earlier),
                (_, _, Some(line)) => memo.put(key, line, None, &earlier),
                _ => {}
            }
            report.unchanged += usize::from(r.reused);
            report.hashed += r.hashed;
            if r.seen.is_none() {
                unread.insert(store::layout::docs_dir(f.year, f.number));
            }
            // Only a card read afresh has its directory listed (`DocsScope`).
            if !r.reused {
                fresh.insert(key);
                named.extend(r.docs);
            }
            out.extend(r.findings);
            seen.extend(r.seen);
            Ok(())
        },
    );
    let Ok(()) = walked;
    let earlier = earlier.into_inner();
    let rule = cx.config.settings.as_ref().map(|s| &s.repeats);
    cross::cross_checks(&seen, rule, &mut out);
    indexes::index_checks(store, index.as_ref(), &seen, &files, &mut out);
    let docs = merge::DocsScope {
        cards: files.iter().map(|f| (f.year, f.number)).collect(),
        fresh: (fresh.len() < files.len()).then_some(fresh),
    };
    merge::register_checks(store, &named, &unread, &docs, &mut out);
    merge::check_reused(store, &files, &mut out);
    let commits = cx.config.settings.as_ref().is_some_and(|s| s.git.commit);
    merge::check_uncommitted(store, commits, &mut out);
    merge::check_special(store, &strays, &mut out);
    memo.finish(&earlier);
    // Two copies of one card (a merge) break the same link twice.
    let mut unique = BTreeSet::new();
    out.retain(|f| unique.insert((f.code, f.file.clone(), f.field.clone(), f.message.clone())));
    Ok((out, seen))
}

/// A path under the register, relative to it.
fn relative(store: &Store, p: &std::path::Path) -> String {
    p.strip_prefix(store.root())
        .unwrap_or(p)
        .display()
        .to_string()
}
