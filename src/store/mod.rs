//! The one place that touches the disk: the register's layout, atomic
//! writes, the lock, card listing and the parallel walk over cards, the
//! derived indexes kept in step with the cards written, the file
//! identities `check` trusts, its memo file, files outside the register,
//! and git. Nothing outside `store` and `cli` reads or writes a file
//! (`clippy.toml` holds everyone else to it).
//!
//! Layout (SPEC §3, [`layout`]): `register.toml`, `classifier.toml`,
//! `calendar.toml`, `people.toml`, `templates/`,
//! `cards/<year>/<number:06>.json`, `docs/<year>/<number:06>/`. Derived,
//! rebuildable state lives in `.index/` and is ignored by git; the lock
//! file is `.lock`.

pub mod atomic;
pub mod cards;
pub mod catalog;
pub mod derived;
pub mod error;
pub mod git;
pub mod identity;
pub mod journal;
pub mod layout;
pub mod lock;
pub mod memo;
pub mod outdir;
pub mod outside;
pub mod readers;
pub mod remote;
pub mod safe;

pub use atomic::{is_temp_name, take_written};
pub use cards::CardFile;
pub use error::StoreError;
pub use layout::{
    safe_rel, CALENDAR, CARDS, CLASSIFIER, DOCS, INDEX_DIR, PEOPLE, SETTINGS, TEMPLATES,
};
pub use lock::{hold as hold_locks, holds as holds_lock, release_held, Lock};

use crate::calendar::Calendar;
use crate::classifier::Classifier;
use crate::config::{Roster, Settings};
use crate::model::view::Facts;
use crate::model::Card;
use atomic::Durability;
use derived::{ApplicantLine, Kind, Slot, Stamp};
use error::Result;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// A register directory.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    /// The derived indexes while this store holds the exclusive lock.
    derived: Arc<Mutex<derived::State>>,
    /// Whether choosing cards ignores the card catalogue (`--no-index`).
    every_card: bool,
}

/// What lies directly in a directory of the register ([`Store::entries_in`]).
#[derive(Debug, Default)]
pub struct Entries {
    /// Plain files, relative to the register.
    pub files: Vec<String>,
    /// What is neither a plain file nor a directory, relative to the register.
    pub special: Vec<String>,
    /// The names of the directories in it, sorted.
    pub dirs: Vec<String>,
}

/// A register with its settings, Classifier, calendar and roster loaded.
#[derive(Debug)]
pub struct Register {
    /// Where it lives.
    pub store: Store,
    /// `register.toml`.
    pub settings: Settings,
    /// `classifier.toml`.
    pub classifier: Classifier,
    /// `calendar.toml`.
    pub calendar: Calendar,
    /// `people.toml`.
    pub roster: Roster,
}

impl Register {
    /// The priority lists in force: `register.toml`'s `[priority]`, else
    /// the defaults of the register's Classifier edition.
    pub fn priority(&self) -> crate::model::priority::Lists {
        crate::model::priority::Lists::in_force(self.settings.priority.as_ref(), &self.classifier)
    }
}

impl Store {
    /// A store at `root`; nothing is read yet.
    pub fn at(root: impl Into<PathBuf>) -> Store {
        Store {
            root: root.into(),
            derived: Arc::default(),
            every_card: false,
        }
    }

    /// The same store choosing cards by reading every card file, never
    /// from the card catalogue (`--no-index`).
    pub fn reading_every_card(self) -> Store {
        Store {
            every_card: true,
            ..self
        }
    }

    /// The register's directory.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// A path inside the register.
    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// Whether a register exists here.
    pub fn exists(&self) -> bool {
        self.path(SETTINGS).is_file()
    }

    /// Whether a file of the register exists.
    pub fn has_file(&self, rel: &str) -> bool {
        self.path(rel).exists()
    }

    /// Opens and loads the register, validating its four settings files.
    pub fn load(&self) -> Result<Register> {
        if !self.exists() {
            return Err(StoreError::NotARegister {
                root: self.root.clone(),
            });
        }
        let settings = Settings::parse(&self.read_text(SETTINGS)?, &self.display(SETTINGS))?;
        let classifier =
            Classifier::parse(&self.read_text(CLASSIFIER)?, &self.display(CLASSIFIER))?;
        let calendar = Calendar::parse(&self.read_text(CALENDAR)?, &self.display(CALENDAR))?;
        let roster = Roster::parse(&self.read_text(PEOPLE)?, &self.display(PEOPLE))?;
        // A mistyped priority code would silently leave a card unmarked.
        if let Some((key, e)) = settings
            .priority
            .as_ref()
            .and_then(|p| p.unknown(&classifier).into_iter().next())
        {
            return Err(crate::config::ConfigError {
                file: self.display(SETTINGS),
                message: format!("priority.{key}: {e}"),
            }
            .into());
        }
        Ok(Register {
            store: self.clone(),
            settings,
            classifier,
            calendar,
            roster,
        })
    }

    /// A register-relative path as shown to the user.
    pub fn display(&self, rel: &str) -> String {
        self.path(rel).display().to_string()
    }

    /// Reads a text file of the register.
    pub fn read_text(&self, rel: &str) -> Result<String> {
        read_text(&self.inside(rel)?)
    }

    /// The path of `rel` if it stays inside the register: relative, without
    /// `..`, and without NUL or other control characters. Paths named in
    /// cards (documents, scans) are hand-editable, so nothing is read or
    /// written through them unchecked.
    pub fn inside(&self, rel: &str) -> Result<PathBuf> {
        let path = safe_rel(rel).map(|()| self.root.join(rel)).map_err(|why| {
            StoreError::file(
                self.root.join(rel.replace('\0', "\\0")),
                crate::t!("err-path-in-register", why = why),
            )
        })?;
        // Nor through a link (a directory linked elsewhere by a pull).
        safe::no_links(&self.root, &path)?;
        Ok(path)
    }

    /// Takes the register's exclusive lock, which every command that writes
    /// holds for its whole run. `on_wait` is called once if another process
    /// holds it, before waiting. Temporary files that a killed command left
    /// behind are removed here.
    pub fn lock(&self, on_wait: impl FnOnce()) -> Result<Lock> {
        lock::exclusive(&self.root, &self.derived, Some(Box::new(on_wait)))
            .map(|l| l.expect("a blocking lock is always taken"))
    }

    /// Takes the exclusive lock if nobody holds it; `None` if somebody does.
    pub fn try_lock(&self) -> Result<Option<Lock>> {
        lock::exclusive(&self.root, &self.derived, None)
    }

    /// Takes the register's lock shared, for a command that reads the whole
    /// register and wants no writer half-way through (`check`); `None` for
    /// a register whose lock file can't be opened (a read-only copy).
    pub fn lock_shared(&self, on_wait: impl FnOnce()) -> Result<Option<Lock>> {
        lock::shared(&self.root, on_wait)
    }

    fn state(&self) -> std::sync::MutexGuard<'_, derived::State> {
        self.derived.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Writes a file of the register atomically and durably.
    pub fn write_atomic(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        atomic::write(&self.inside(rel)?, bytes, Durability::Durable)
    }

    /// Creates a directory inside the register.
    pub fn create_dir(&self, rel: &str) -> Result<()> {
        let p = self.inside(rel)?;
        fs::create_dir_all(&p).map_err(|e| StoreError::io(&p, e))
    }

    /// Reads one card, `None` if there is none with that number.
    pub fn read_card(&self, year: i32, number: u32) -> Result<Option<Card>> {
        let path = self.path(&layout::card_path(year, number));
        match safe::read_if_any(&path)? {
            Some(bytes) => cards::parse_card_at(&path, year, number, &bytes).map(Some),
            None => Ok(None),
        }
    }

    /// Writes one card atomically, only if its bytes changed, and keeps the
    /// derived indexes in step under the lock.
    pub fn write_card(&self, card: &Card) -> Result<()> {
        let path = self.path(&layout::card_path(card.year, card.number));
        safe::no_links(&self.root, &path)?;
        let text = card.to_json();
        let old = safe::read_if_any(&path)?;
        if old.as_deref() == Some(text.as_bytes()) {
            return Ok(());
        }
        atomic::write(&path, text.as_bytes(), Durability::Durable)?;
        let mut st = self.state();
        if st.held {
            st.wrote_card(&self.root, old.as_deref(), card);
        }
        Ok(())
    }

    /// Every card file, sorted by year and number.
    pub fn card_files(&self) -> Result<Vec<CardFile>> {
        Ok(cards::scan(&self.root)?.0)
    }

    /// The card files whose summary `want` asks for, sorted by year and
    /// number; every card file when `want` is `None` (see
    /// [`Store::cards_where`]).
    pub fn card_files_where(&self, want: Option<&catalog::Want>) -> Result<Vec<CardFile>> {
        let chosen = self.cards_where(want, false)?;
        Ok(chosen.picks.into_iter().map(|p| p.file).collect())
    }

    /// The cards whose summary `want` asks for, sorted by year and number;
    /// every card when `want` is `None`. The card catalogue ([`catalog`])
    /// answers for each card file unchanged on disk since its line was
    /// made; any other is read. For a command that reads lean views
    /// (`lean`), it also holds the view of each card on control it knows.
    /// A command that would read most cards' files anyway reads them all,
    /// without first looking at each file.
    pub fn cards_where(&self, want: Option<&catalog::Want>, lean: bool) -> Result<catalog::Chosen> {
        let want = want.filter(|_| !self.every_card);
        // The directories are listed while the catalogue is read.
        let (files, earlier) = rayon::join(
            || self.card_files(),
            || want.map(|_| catalog::read(&self.root)),
        );
        let files = files?;
        let (Some(want), Some(earlier)) = (want, earlier) else {
            return Ok(catalog::Chosen::files(files));
        };
        let to_read = earlier
            .lines
            .iter()
            .filter(|l| want(&l.summary) && !(lean && l.lean.is_some()))
            .count();
        if !earlier.lines.is_empty() && to_read * 2 >= files.len() {
            return Ok(catalog::Chosen::files(files));
        }
        let mut chosen = catalog::choose(&self.root, files, earlier, want, settled_before());
        if chosen.changed {
            self.save_catalog(&chosen.catalogue);
        }
        // Saved: what the command reads of it is the lean views' text.
        chosen.catalogue.lines = Vec::new();
        Ok(chosen)
    }

    /// Saves the card catalogue under the register's lock, if this command
    /// holds it or can take it; else (another command is writing, or the
    /// register is read-only) the next command makes it again.
    fn save_catalog(&self, catalogue: &catalog::Catalogue) {
        if self.state().held {
            let _ = catalog::save(&self.root, catalogue);
        } else if let Ok(Some(_lock)) = self.try_lock() {
            let _ = catalog::save(&self.root, catalogue);
        }
    }

    /// The years that have a cards directory, ascending.
    pub fn years(&self) -> Result<Vec<i32>> {
        Ok(cards::scan_years(&self.root)?.0)
    }

    /// The card files of one year, sorted by number.
    pub fn card_files_of(&self, year: i32) -> Result<Vec<CardFile>> {
        Ok(cards::scan_year(&self.root, year)?.0)
    }

    /// Every card file, sorted by year and number, and every file or
    /// directory under `cards/` that is not a card, sorted by path, in one
    /// walk of `cards/`.
    pub fn scan_cards(&self) -> Result<(Vec<CardFile>, Vec<PathBuf>)> {
        cards::scan(&self.root)
    }

    /// Removes the derived indexes under `.index/`; the next command that
    /// needs one rebuilds it from the cards. Call under the lock.
    pub fn drop_indexes(&self) -> Result<Vec<String>> {
        {
            let mut st = self.state();
            st.fresh = None;
            st.shards.clear();
            st.dirty.clear();
        }
        let dir = self.path(INDEX_DIR);
        let mut removed = Vec::new();
        let rd = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(removed),
            Err(e) => return Err(StoreError::io(&dir, e)),
        };
        for entry in rd {
            let entry = entry.map_err(|e| StoreError::io(&dir, e))?;
            if entry.file_type().is_ok_and(|t| t.is_file()) {
                fs::remove_file(entry.path()).map_err(|e| StoreError::io(entry.path(), e))?;
                removed.push(format!(
                    "{INDEX_DIR}/{}",
                    entry.file_name().to_string_lossy()
                ));
            }
        }
        removed.sort();
        Ok(removed)
    }

    /// The next running number of a year: one past the highest card file.
    /// Under the lock it comes from the stamp of the derived indexes (a
    /// stale stamp is rebuilt first); otherwise from listing the year.
    pub fn next_number(&self, year: i32) -> Result<u32> {
        let mut st = self.state();
        if st.held {
            if st.fresh.is_none() {
                self.rebuild_into(&mut st)?;
            }
            let next = st
                .fresh
                .as_ref()
                .and_then(|s| s.next.get(&year).copied())
                .unwrap_or(1);
            // The stamp says the directory is as it was; one look confirms it.
            if !self.has_file(&layout::card_path(year, next)) {
                return Ok(next);
            }
            st.fresh = None;
        }
        drop(st);
        Ok(self
            .card_files_of(year)?
            .last()
            .map(|c| c.number + 1)
            .unwrap_or(1))
    }

    /// The card (year and number) with a contact-centre number, from the
    /// contact-centre index.
    pub fn find_cc(&self, cc: &str) -> Result<Option<(i32, u32)>> {
        Ok(self
            .index_lines(Kind::Cc, cc)?
            .first()
            .and_then(|l| derived::parse_cc_line(l)))
    }

    /// The cards of the applicant with this key, from the applicant index.
    pub fn applicant_cards(&self, key: &str) -> Result<Vec<ApplicantLine>> {
        Ok(self
            .index_lines(Kind::Applicants, key)?
            .iter()
            .filter_map(|l| derived::parse_applicant_line(l))
            .collect())
    }

    /// The lines of a derived index for `key`: from its shard when the
    /// indexes are fresh; else they are rebuilt, if this command holds the
    /// lock or can take it, or found by reading the cards.
    fn index_lines(&self, kind: Kind, key: &str) -> Result<Vec<String>> {
        let key = &*derived::stored_key(key);
        let slot = (kind, derived::shard_of(key));
        let owned = |shard: &BTreeSet<String>| -> Vec<String> {
            derived::lines_for(shard, key)
                .into_iter()
                .map(str::to_string)
                .collect()
        };
        let mut st = self.state();
        if st.held {
            if let Some(shard) = st.shard(&self.root, slot) {
                return Ok(owned(shard));
            }
            self.rebuild_into(&mut st)?;
            return Ok(st
                .shard(&self.root, slot)
                .map(|s| owned(s))
                .unwrap_or_default());
        }
        // Without the lock: the indexes as found at the first lookup.
        if !st.checked {
            st.fresh = derived::fresh_stamp(&self.root)?;
            st.checked = true;
        }
        if st.fresh.is_some() {
            if let Some(shard) = st.shard(&self.root, slot) {
                return Ok(owned(shard));
            }
        }
        drop(st);
        // A register that can't be locked (a read-only copy) is read instead.
        if let Ok(Some(_lock)) = self.try_lock() {
            return self.index_lines(kind, key);
        }
        // Another command is writing: read the cards, once.
        let shards = self.shards_from(&self.card_files()?)?;
        let mut st = self.state();
        st.fresh = Some(Stamp::default());
        st.shards = shards;
        Ok(st
            .shard(&self.root, slot)
            .map(|s| owned(s))
            .unwrap_or_default())
    }

    /// Rebuilds the derived indexes from the cards and saves them. Call
    /// under the lock.
    pub fn rebuild_indexes(&self) -> Result<()> {
        let mut st = self.state();
        self.rebuild_into(&mut st)
    }

    fn rebuild_into(&self, st: &mut derived::State) -> Result<()> {
        let files = self.card_files()?;
        let shards = self.shards_from(&files)?;
        let mut stamp = Stamp {
            next: cards::next_numbers(&files),
            ..Stamp::default()
        };
        let all = derived::slots().collect();
        // The rebuilt indexes serve this command from memory even if they
        // can't be saved (a read-only copy); the next command rebuilds them.
        let _ = derived::save(&self.root, &mut stamp, &shards, &all);
        st.fresh = Some(stamp);
        st.shards = shards;
        st.dirty.clear();
        Ok(())
    }

    /// Every shard of the derived indexes, from the cards: their facts read
    /// in parallel, a chunk at a time.
    fn shards_from(&self, files: &[CardFile]) -> Result<HashMap<Slot, BTreeSet<String>>> {
        let mut shards = derived::build(std::iter::empty());
        cards::walk(
            files,
            cards::CHUNK,
            |_| (),
            |f, ()| read_facts_of(f),
            |_, (), facts| {
                derived::add(&mut shards, [facts]);
                Ok(())
            },
        )?;
        Ok(shards)
    }

    /// The stamp of the derived indexes, when it says they are current.
    pub fn index_stamp(&self) -> Result<Option<Stamp>> {
        derived::fresh_stamp(&self.root)
    }

    /// Every shard of the derived indexes as (count, wrapping sum of
    /// [`derived::line_hash`]) of its lines, or `None` for a shard that
    /// doesn't hash as `stamp` says: what `check` compares with the cards.
    pub fn shard_sums(&self, stamp: &Stamp) -> Vec<(Slot, Option<(usize, u64)>)> {
        let slots: Vec<Slot> = derived::slots().collect();
        let sums: Vec<Option<(usize, u64)>> = slots
            .par_iter()
            .map(|&slot| {
                let lines = derived::read_shard(&self.root, stamp, slot)?;
                Some(lines.iter().fold((0usize, 0u64), |(n, sum), l| {
                    (n + 1, sum.wrapping_add(derived::line_hash(l)))
                }))
            })
            .collect();
        slots.into_iter().zip(sums).collect()
    }

    /// Copies a file into the register atomically.
    pub fn copy_in(&self, from: &Path, rel: &str) -> Result<()> {
        let bytes = outside::read_file(from)?;
        self.write_atomic(rel, &bytes)
    }

    /// Reads a file of the register as bytes.
    pub fn read_bytes(&self, rel: &str) -> Result<Vec<u8>> {
        let p = self.inside(rel)?;
        safe::read(&p)
    }

    /// What in the register's top level and `templates/` is neither a
    /// plain file nor a directory — a symbolic link, a named pipe, a device,
    /// a socket — relative to the register, sorted. `cards/` and `docs/`
    /// are listed by their own walks ([`Store::scan_cards`],
    /// [`Store::listing_under`]), which name theirs. Found from directory
    /// listings alone: nothing is followed or opened.
    pub fn special_files(&self) -> Vec<String> {
        let skip = [".git", INDEX_DIR, CARDS, DOCS];
        let mut found: Vec<String> = walkdir::WalkDir::new(&self.root)
            .follow_links(false)
            .min_depth(1)
            .into_iter()
            .filter_entry(|e| {
                !(e.depth() == 1
                    && e.file_type().is_dir()
                    && skip.contains(&e.file_name().to_string_lossy().as_ref()))
            })
            .flatten()
            .filter(|e| !e.file_type().is_dir() && !e.file_type().is_file())
            .filter_map(|e| {
                e.path()
                    .strip_prefix(&self.root)
                    .ok()
                    .map(|p| p.to_string_lossy().replace('\\', "/"))
            })
            .collect();
        found.sort();
        found
    }

    /// Whether the entry at `path` is neither a plain file nor a directory
    /// (not followed).
    pub fn is_special(path: &Path) -> bool {
        fs::symlink_metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
    }

    /// What lies directly in the register's directory `dir`, from one
    /// listing: its plain files and what is neither a plain file nor a
    /// directory (as paths relative to the register), and the names of its
    /// directories (not links to one), sorted; nothing when `dir` is
    /// missing.
    pub fn entries_in(&self, dir: &str) -> Entries {
        let mut e = Entries::default();
        for entry in fs::read_dir(self.root.join(dir))
            .into_iter()
            .flatten()
            .flatten()
        {
            let name = entry.file_name().to_string_lossy().into_owned();
            match entry.file_type() {
                Ok(t) if t.is_dir() => e.dirs.push(name),
                Ok(t) if t.is_file() => {
                    if !is_temp_name(&name) {
                        e.files.push(format!("{dir}/{name}"));
                    }
                }
                _ => e.special.push(format!("{dir}/{name}")),
            }
        }
        e.dirs.sort();
        e
    }

    /// Every file under the register's directory `dir` (`docs`,
    /// `templates`), as paths relative to the register with `/` between
    /// names, sorted; temporary files aside, none when `dir` is missing.
    pub fn files_under(&self, dir: &str) -> Result<Vec<String>> {
        self.listing_under(dir).map(|(files, _)| files)
    }

    /// As [`Store::files_under`], and beside the files what under `dir` is
    /// neither a plain file nor a directory (not followed), sorted.
    pub fn listing_under(&self, dir: &str) -> Result<(Vec<String>, Vec<String>)> {
        let mut found = Vec::new();
        let mut special = Vec::new();
        let mut pending = vec![dir.to_string()];
        while let Some(rel) = pending.pop() {
            let path = self.root.join(&rel);
            let list = match fs::read_dir(&path) {
                Ok(list) => list,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                Err(e) => return Err(StoreError::io(&path, e)),
            };
            for entry in list {
                let entry = entry.map_err(|e| StoreError::io(&path, e))?;
                let name = entry.file_name().to_string_lossy().into_owned();
                let child = format!("{rel}/{name}");
                match entry.file_type() {
                    Ok(t) if t.is_dir() => pending.push(child),
                    Ok(t) if t.is_file() && !is_temp_name(&name) => found.push(child),
                    Ok(t) if !t.is_file() => special.push(child),
                    _ => {}
                }
            }
        }
        found.sort();
        special.sort();
        Ok((found, special))
    }

    /// The register's directory with links and `..` resolved, as the
    /// file system names it; as given when it can't be resolved.
    pub fn canonical_root(&self) -> PathBuf {
        self.root
            .canonicalize()
            .unwrap_or_else(|_| self.root.clone())
    }

    /// The register's directory held open, to look up what its files are
    /// on disk ([`identity::Root::stat`]).
    pub fn identities(&self) -> identity::Root {
        identity::Root::open(&self.root)
    }

    /// `check`'s memo from an earlier run ([`memo`]).
    pub fn memo_reader(&self, judge: impl FnOnce(&str) -> Option<bool>) -> memo::Reader {
        memo::Reader::open(&self.root, judge)
    }

    /// `check`'s memo for this run, whose first line is `header`.
    pub fn memo_writer(&self, header: String, earlier: &memo::Reader) -> memo::Writer {
        memo::Writer::new(&self.root, header, earlier)
    }
}

/// Seconds since the epoch before which a file's times count as settled:
/// two seconds ago (a file changed within one tick of the file system's
/// clock could change again unseen).
fn settled_before() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
        - 2
}

/// Reads what the derived indexes hold of one card file.
fn read_facts_of(f: &CardFile) -> Result<Facts> {
    f.with_bytes(|path, bytes| {
        serde_json::from_slice(bytes)
            .map_err(|e| StoreError::file(path, crate::t!("err-card-json", error = e.to_string())))
    })
}

/// The nearest register at or above `start` (a directory with a
/// `register.toml`), as git finds its repository from any directory inside.
pub fn find_register(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| Store::at(*dir).exists())
        .map(Path::to_path_buf)
}

/// Reads and parses a card file given by its full path (one a command
/// wrote, for its commit message).
pub fn read_card_file(path: &Path) -> Result<Card> {
    let bytes = safe::read(path)?;
    cards::parse(path, &bytes)
}

/// Reads a UTF-8 text file, refusing other encodings; a BOM is dropped.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = safe::read(path)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        StoreError::file(
            path,
            crate::t!("err-not-utf8-text", offset = e.utf8_error().valid_up_to()),
        )
    })
}

/// Each year's next running number, from a listing of card files.
pub fn next_numbers(files: &[CardFile]) -> BTreeMap<i32, u32> {
    cards::next_numbers(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_marks_itself_busy_until_dropped() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path());
        let lock = store.lock(|| {}).expect("lock");
        // Another command finds it taken, and doesn't wait.
        let other = Store::at(dir.path());
        assert!(other.try_lock().expect("try").is_none());
        let mark = fs::read_to_string(dir.path().join(layout::LOCK)).expect("lock file");
        assert!(mark.starts_with("busy "), "{mark:?}");
        drop(lock);
        assert_eq!(
            fs::read(dir.path().join(layout::LOCK)).expect("lock file"),
            b""
        );
        let shared = store.lock_shared(|| {}).expect("shared");
        assert!(shared.is_some());
    }
}
