//! The one place that touches the filesystem: the register's layout, atomic
//! writes, the lock, reading and listing cards, and keeping the derived
//! indexes of [`crate::derived`] in step with the cards it writes.
//!
//! Layout (SPEC §3): `register.toml`, `classifier.toml`, `calendar.toml`,
//! `people.toml`, `templates/`, `cards/<year>/<number:06>.json`,
//! `docs/<year>/<number:06>/`. Derived, rebuildable state lives in `.index/`
//! and is ignored by git; the lock file is `.lock`.

use crate::calendar::Calendar;
use crate::classifier::Classifier;
use crate::config::{Roster, Settings};
use crate::derived;
use crate::error::{Error, Result};
use crate::model::card::card_rel_path;
use crate::model::Card;
use fs4::fs_std::FileExt;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// File names inside a register.
pub const SETTINGS: &str = "register.toml";
/// The Classifier edition of the register.
pub const CLASSIFIER: &str = "classifier.toml";
/// The working-day calendar.
pub const CALENDAR: &str = "calendar.toml";
/// The roster.
pub const PEOPLE: &str = "people.toml";
/// Cards directory.
pub const CARDS: &str = "cards";
/// Documents directory.
pub const DOCS: &str = "docs";
/// Templates directory.
pub const TEMPLATES: &str = "templates";
const INDEX_DIR: &str = derived::DIR;
const LOCK: &str = ".lock";
const TMP_PREFIX: &str = ".tmp";

/// A register directory.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    /// The derived indexes while this store holds the exclusive lock.
    derived: Arc<Mutex<derived::State>>,
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

/// The register's lock, released when dropped (or by the kernel when the
/// process dies). An exclusive lock marks the lock file busy while held and
/// clears the mark when dropped, so that the next command can tell that a
/// holder died mid-write and sweep up its temporary files.
#[derive(Debug)]
pub struct Lock {
    file: fs::File,
    exclusive: bool,
    /// The register and its indexes' state, re-stamped on release.
    derived: Option<(PathBuf, Arc<Mutex<derived::State>>)>,
}

impl Drop for Lock {
    fn drop(&mut self) {
        if let Some((root, state)) = &self.derived {
            if let Ok(mut st) = state.lock() {
                st.finish(root);
            }
        }
        if self.exclusive {
            // A clean finish: nothing for the next holder to sweep. If this
            // fails the next holder merely sweeps once more than needed.
            let _ = self.file.set_len(0);
        }
    }
}

impl Store {
    /// A store at `root`; nothing is read yet.
    pub fn at(root: impl Into<PathBuf>) -> Store {
        Store {
            root: root.into(),
            derived: Arc::default(),
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

    /// Opens and loads the register, validating its four settings files.
    pub fn load(&self) -> Result<Register> {
        if !self.exists() {
            return Err(Error::refused(
                format!("{} is not a register (no {SETTINGS})", self.root.display()),
                &[
                    "create one with 'appeals init DIR', or name it with -R DIR or $APPEALS_REGISTER",
                ],
            ));
        }
        let settings = Settings::parse(&self.read_text(SETTINGS)?, &self.display(SETTINGS))?;
        let classifier = Classifier::parse(&self.read_text(CLASSIFIER)?, &self.display(CLASSIFIER))
            .map_err(|e| Error::refused(e.to_string(), &[]))?;
        let calendar = Calendar::parse(&self.read_text(CALENDAR)?, &self.display(CALENDAR))
            .map_err(|e| Error::refused(e.to_string(), &[]))?;
        let roster = Roster::parse(&self.read_text(PEOPLE)?, &self.display(PEOPLE))?;
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
        safe_rel(rel).map(|()| self.root.join(rel)).map_err(|why| {
            Error::file(
                self.root.join(rel.replace('\0', "\\0")),
                format!("{why}; a path in a register is relative to it, like docs/2015/000125/answer.txt"),
            )
        })
    }

    /// Takes the register's exclusive lock, which every command that writes
    /// holds for its whole run. `on_wait` is called once if another process
    /// holds it, before waiting. Temporary files that a killed command left
    /// behind are removed here.
    pub fn lock(&self, on_wait: impl FnOnce()) -> Result<Lock> {
        self.lock_exclusive(Some(Box::new(on_wait)))
            .map(|l| l.expect("a blocking lock is always taken"))
    }

    /// Takes the exclusive lock if nobody holds it; `None` if somebody does.
    pub fn try_lock(&self) -> Result<Option<Lock>> {
        self.lock_exclusive(None)
    }

    fn lock_exclusive(&self, on_wait: Option<Box<dyn FnOnce() + '_>>) -> Result<Option<Lock>> {
        let path = self.path(LOCK);
        let mut file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|e| Error::io(&path, e))?;
        match FileExt::try_lock_exclusive(&file) {
            Ok(true) => {}
            Ok(false) => match on_wait {
                None => return Ok(None),
                Some(on_wait) => {
                    on_wait();
                    FileExt::lock_exclusive(&file).map_err(|e| Error::io(&path, e))?;
                }
            },
            Err(e) => return Err(Error::io(&path, e)),
        }
        // A busy mark left in the file means its last holder died before
        // dropping the lock: its temporary files may be anywhere it writes.
        let died = file.metadata().map(|m| m.len() > 0).unwrap_or(true);
        self.clean_temp_files(died);
        use std::io::{Seek, SeekFrom};
        let mark = format!("busy {}\n", std::process::id());
        file.set_len(0)
            .and_then(|()| file.seek(SeekFrom::Start(0)))
            .and_then(|_| file.write_all(mark.as_bytes()))
            .map_err(|e| Error::io(&path, e))?;
        let lock = Lock {
            file,
            exclusive: true,
            derived: Some((self.root.clone(), Arc::clone(&self.derived))),
        };
        // Whether the derived indexes are current is decided once, now that
        // no other command can write.
        let fresh = derived::fresh_stamp(&self.root)?;
        *self.state() = derived::State {
            held: true,
            fresh,
            ..derived::State::default()
        };
        Ok(Some(lock))
    }

    fn state(&self) -> std::sync::MutexGuard<'_, derived::State> {
        self.derived.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Takes the register's lock shared, for a command that reads the whole
    /// register and wants no writer half-way through (`check`). `None` when
    /// the lock file can't be opened (a read-only copy of a register), since
    /// nobody can be writing there either.
    pub fn lock_shared(&self, on_wait: impl FnOnce()) -> Result<Option<Lock>> {
        let path = self.path(LOCK);
        let file = match fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
        {
            Ok(f) => f,
            Err(_) => match fs::File::open(&path) {
                Ok(f) => f,
                Err(_) => return Ok(None),
            },
        };
        match FileExt::try_lock_shared(&file) {
            Ok(true) => {}
            Ok(false) => {
                on_wait();
                FileExt::lock_shared(&file).map_err(|e| Error::io(&path, e))?;
            }
            Err(e) => return Err(Error::io(&path, e)),
        }
        Ok(Some(Lock {
            file,
            exclusive: false,
            derived: None,
        }))
    }

    /// Removes temporary files left by a killed process (under the lock).
    /// Commands that don't take the lock write only the derived index and
    /// the register's top-level files, so those places are always swept;
    /// the whole tree only when the last lock holder died (`everywhere`),
    /// which keeps an ordinary command from walking a register of 100,000
    /// cards.
    fn clean_temp_files(&self, everywhere: bool) {
        let remove_in = |dir: &Path| {
            if let Ok(rd) = fs::read_dir(dir) {
                for entry in rd.flatten() {
                    let is_tmp = entry.file_name().to_string_lossy().starts_with(TMP_PREFIX);
                    if is_tmp && entry.file_type().is_ok_and(|t| t.is_file()) {
                        let _ = fs::remove_file(entry.path());
                    }
                }
            }
        };
        if !everywhere {
            for dir in [".", INDEX_DIR, TEMPLATES] {
                remove_in(&self.path(dir));
            }
            return;
        }
        for entry in walkdir::WalkDir::new(&self.root)
            .into_iter()
            .filter_entry(|e| e.file_name() != ".git")
            .flatten()
        {
            let name = entry.file_name().to_string_lossy();
            if entry.file_type().is_file() && name.starts_with(TMP_PREFIX) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }

    /// Writes a file atomically: temp file in the same directory, fsync, rename.
    pub fn write_atomic(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        write_atomic(&self.inside(rel)?, bytes)
    }

    /// Creates a directory inside the register.
    pub fn create_dir(&self, rel: &str) -> Result<()> {
        let p = self.inside(rel)?;
        fs::create_dir_all(&p).map_err(|e| Error::io(&p, e))
    }

    /// Reads one card, `None` if there is none with that number.
    pub fn read_card(&self, year: i32, number: u32) -> Result<Option<Card>> {
        let rel = format!("{CARDS}/{}", card_rel_path(year, number));
        let path = self.path(&rel);
        match fs::read(&path) {
            Ok(bytes) => parse_card_at(&path, year, number, &bytes).map(Some),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Error::io(&path, e)),
        }
    }

    /// Writes one card atomically, only if its bytes changed.
    pub fn write_card(&self, card: &Card) -> Result<()> {
        let rel = format!("{CARDS}/{}", card.rel_path());
        let path = self.path(&rel);
        let text = card.to_json();
        let old = fs::read(&path).ok();
        if old.as_deref() == Some(text.as_bytes()) {
            return Ok(());
        }
        write_atomic(&path, text.as_bytes())?;
        let mut st = self.state();
        if st.held {
            st.wrote_card(&self.root, old.as_deref(), card);
        }
        Ok(())
    }

    /// Every card file, sorted by year and number.
    pub fn card_files(&self) -> Result<Vec<CardFile>> {
        Ok(self.scan_cards()?.0)
    }

    /// The years that have a cards directory, ascending.
    pub fn years(&self) -> Result<Vec<i32>> {
        Ok(self.scan_years()?.0)
    }

    /// The card files of one year, sorted by number. Names that are not
    /// `<six digits>.json` are reported as strays by `check`, not here.
    pub fn card_files_of(&self, year: i32) -> Result<Vec<CardFile>> {
        Ok(self.scan_year(year)?.0)
    }

    /// Files and directories under `cards/` that are not cards: anything but
    /// `<year>/<six digits>.json` (temporary files of a write are skipped).
    pub fn stray_card_files(&self) -> Result<Vec<PathBuf>> {
        Ok(self.scan_cards()?.1)
    }

    /// What [`Store::card_files`] and [`Store::stray_card_files`] give, in
    /// one walk of `cards/`: every card file, sorted by year and number, and
    /// every stray file or directory, sorted by path. A directory named
    /// like a card is both (reading it fails with its name).
    pub fn scan_cards(&self) -> Result<(Vec<CardFile>, Vec<PathBuf>)> {
        let (years, mut strays) = self.scan_years()?;
        let mut files = Vec::new();
        for year in years {
            let (cards, other) = self.scan_year(year)?;
            files.extend(cards);
            strays.extend(other);
        }
        strays.sort();
        Ok((files, strays))
    }

    /// The entries of a directory of the register; none when it is missing.
    fn entries(&self, rel: &str) -> Result<Vec<fs::DirEntry>> {
        let dir = self.path(rel);
        match fs::read_dir(&dir) {
            Ok(rd) => rd.map(|e| e.map_err(|e| Error::io(&dir, e))).collect(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
            Err(e) => Err(Error::io(&dir, e)),
        }
    }

    /// `cards/`: its year directories, ascending, and everything else in it
    /// but temporary files.
    fn scan_years(&self) -> Result<(Vec<i32>, Vec<PathBuf>)> {
        let mut years = Vec::new();
        let mut strays = Vec::new();
        for entry in self.entries(CARDS)? {
            let name = entry.file_name().to_string_lossy().into_owned();
            match name.parse::<i32>() {
                Ok(y) if name.len() == 4 && entry.path().is_dir() => years.push(y),
                _ if is_temp_name(&name) => {}
                _ => strays.push(entry.path()),
            }
        }
        years.sort_unstable();
        Ok((years, strays))
    }

    /// One year's directory: its card files, sorted by number, and everything
    /// else in it but temporary files (a directory named like a card is both).
    fn scan_year(&self, year: i32) -> Result<(Vec<CardFile>, Vec<PathBuf>)> {
        let mut files = Vec::new();
        let mut strays = Vec::new();
        for entry in self.entries(&format!("{CARDS}/{year}"))? {
            let name = entry.file_name().to_string_lossy().into_owned();
            match card_number_of(&name) {
                Some(number) => {
                    if !entry.file_type().is_ok_and(|t| t.is_file()) {
                        strays.push(entry.path());
                    }
                    files.push(CardFile {
                        year,
                        number,
                        path: entry.path(),
                    });
                }
                None if is_temp_name(&name) => {}
                None => strays.push(entry.path()),
            }
        }
        files.sort_unstable_by_key(|c| c.number);
        Ok((files, strays))
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
            Err(e) => return Err(Error::io(&dir, e)),
        };
        for entry in rd {
            let entry = entry.map_err(|e| Error::io(&dir, e))?;
            if entry.file_type().is_ok_and(|t| t.is_file()) {
                fs::remove_file(entry.path()).map_err(|e| Error::io(entry.path(), e))?;
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
            let taken = self.path(&format!("{CARDS}/{}", card_rel_path(year, next)));
            if !taken.exists() {
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

    /// Reads and parses every card in parallel, in order.
    pub fn read_all(&self) -> Result<Vec<Card>> {
        self.card_files()?
            .par_iter()
            .map(|f| {
                let bytes = fs::read(&f.path).map_err(|e| Error::io(&f.path, e))?;
                parse_card_at(&f.path, f.year, f.number, &bytes)
            })
            .collect()
    }

    /// The lines of a derived index for `key`: from its shard when the
    /// indexes are fresh; else they are rebuilt, if this command holds the
    /// lock or can take it, or found by reading the cards.
    pub fn index_lines(&self, kind: derived::Kind, key: &str) -> Result<Vec<String>> {
        let slot = (kind, derived::shard_of(key));
        let owned = |shard: &std::collections::BTreeSet<String>| -> Vec<String> {
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
        let shards = derived::build(self.read_facts()?);
        let mut st = self.state();
        st.fresh = Some(derived::Stamp::default());
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
        let mut shards = derived::build(std::iter::empty());
        for part in files.chunks(4096) {
            let facts: Vec<derived::Facts> = part
                .par_iter()
                .map(|f| read_facts_of(&f.path))
                .collect::<Result<_>>()?;
            derived::add(&mut shards, facts);
        }
        let mut stamp = derived::Stamp {
            next: next_numbers(&files),
            ..derived::Stamp::default()
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

    /// The index facts of every card, read in parallel.
    fn read_facts(&self) -> Result<Vec<derived::Facts>> {
        self.card_files()?
            .par_iter()
            .map(|f| read_facts_of(&f.path))
            .collect()
    }

    /// Copies a file into the register atomically; returns its register-relative path.
    pub fn copy_in(&self, from: &Path, rel: &str) -> Result<()> {
        let bytes = fs::read(from).map_err(|e| Error::io(from, e))?;
        self.write_atomic(rel, &bytes)
    }

    /// Reads a file of the register as bytes.
    pub fn read_bytes(&self, rel: &str) -> Result<Vec<u8>> {
        let p = self.inside(rel)?;
        fs::read(&p).map_err(|e| Error::io(&p, e))
    }
}

/// A card file found on disk.
#[derive(Debug, Clone)]
pub struct CardFile {
    /// Year directory.
    pub year: i32,
    /// Running number from the file name.
    pub number: u32,
    /// Full path.
    pub path: PathBuf,
}

fn card_number_of(name: &str) -> Option<u32> {
    let stem = name.strip_suffix(".json")?;
    if stem.len() == 6 && stem.bytes().all(|b| b.is_ascii_digit()) {
        stem.parse().ok().filter(|n| *n > 0)
    } else {
        None
    }
}

/// Each year's next running number: one past its highest card file.
pub fn next_numbers(files: &[CardFile]) -> BTreeMap<i32, u32> {
    let mut next = BTreeMap::new();
    for f in files {
        let n = next.entry(f.year).or_insert(1);
        *n = (*n).max(f.number + 1);
    }
    next
}

/// Reads what the derived indexes hold of one card file.
fn read_facts_of(path: &Path) -> Result<derived::Facts> {
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    serde_json::from_slice(&bytes).map_err(|e| {
        Error::file(
            path,
            format!("invalid card JSON: {e}; 'appeals check' names what is wrong"),
        )
    })
}

/// Reads any file by its full path (a card file found by a listing).
pub fn read_path(path: &Path) -> std::io::Result<Vec<u8>> {
    fs::read(path)
}

/// Reads an input file (or standard input for `-`), at most `limit` bytes
/// and one more, so that the caller can tell an oversized input.
pub fn read_input(from: &str, limit: usize) -> Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let cap = limit as u64 + 1;
    if from == "-" {
        std::io::stdin()
            .take(cap)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io("<stdin>", e))?;
    } else {
        fs::File::open(from)
            .and_then(|f| f.take(cap).read_to_end(&mut bytes))
            .map_err(|e| Error::io(from, e))?;
    }
    Ok(bytes)
}

/// Reads and parses a card file given by its full path.
pub fn read_card_file(path: &Path) -> Result<Card> {
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    parse_card(path, &bytes)
}

/// Parses a card file, naming the file, line and column on error.
pub fn parse_card(path: &Path, bytes: &[u8]) -> Result<Card> {
    serde_json::from_slice(bytes).map_err(|e| {
        Error::file(
            path,
            format!(
                "invalid card (line {}, column {}): {e}",
                e.line(),
                e.column()
            ),
        )
    })
}

/// Parses the card in file `<year>/<number>.json`, refusing one whose own
/// year and number say otherwise: a step would write it back under another
/// name, over another card.
pub fn parse_card_at(path: &Path, year: i32, number: u32, bytes: &[u8]) -> Result<Card> {
    let card = parse_card(path, bytes)?;
    if (card.year, card.number) != (year, number) {
        return Err(Error::file(
            path,
            format!(
                "the card says it is {}#{} but its file name makes it {year}#{number}; run 'appeals check' and correct the card or its file name",
                card.year, card.number
            ),
        ));
    }
    Ok(card)
}

/// Reads a UTF-8 text file, refusing other encodings; a BOM is dropped.
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        Error::file(
            path,
            format!(
                "not UTF-8 text (invalid byte at offset {}); save it as UTF-8",
                e.utf8_error().valid_up_to()
            ),
        )
    })
}

/// Writes `path` atomically: a temp file in the same directory, fsync, rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Ok(mut log) = WRITTEN.lock() {
        log.push(path.to_path_buf());
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(TMP_PREFIX);
    // Register files are ordinary documents, readable like any file git checks out.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o644));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(|e| Error::io(dir, e))?;
    tmp.write_all(bytes).map_err(|e| Error::io(path, e))?;
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    sync_dir(dir);
    Ok(())
}

/// Flushes a directory so that a rename in it survives a power cut. Only
/// durability is at stake (the rename itself is atomic), and some
/// filesystems refuse to sync a directory, so a failure is not an error.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Why a register-relative path would leave the register, if it would.
pub fn safe_rel(rel: &str) -> std::result::Result<(), String> {
    use std::path::Component;
    if rel.is_empty() {
        return Err("the path is empty".into());
    }
    if rel.contains(char::is_control) {
        return Err(format!("{rel:?} contains control characters"));
    }
    for c in Path::new(rel).components() {
        match c {
            Component::Normal(_) | Component::CurDir => {}
            Component::ParentDir => return Err(format!("{rel:?} leads out of the register (..)")),
            Component::RootDir | Component::Prefix(_) => {
                return Err(format!("{rel:?} is an absolute path"))
            }
        }
    }
    Ok(())
}

/// Whether a file name is one of the temporary files of [`write_atomic`],
/// which readers skip.
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with(TMP_PREFIX)
}

/// Reads a file outside the register (a document to copy in), as bytes.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    fs::read(path).map_err(|e| Error::io(path, e))
}

/// Checks, creating nothing, that `dir` outside the register can take files:
/// it is a directory, or does not exist yet and its nearest existing
/// ancestor is a directory (so that a later write can create it).
pub fn check_dir(dir: &Path) -> Result<()> {
    let mut cur = Some(dir);
    while let Some(p) = cur {
        match fs::metadata(p) {
            Ok(m) if m.is_dir() => return Ok(()),
            Ok(_) => return Err(Error::file(p, "not a directory")),
            // Under a file, `outbox/sub` is "not a directory": the file is named below.
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                cur = p.parent()
            }
            Err(e) => return Err(Error::io(p, e)),
        }
    }
    // A relative path with no existing ancestor lives in the current directory.
    Ok(())
}

/// Every file this process wrote (or began to write), in order: what a
/// command changed, for committing it to git (issue: audit trail).
static WRITTEN: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// The files written since the last call, deduplicated, in first-write order.
pub fn take_written() -> Vec<PathBuf> {
    let Ok(mut log) = WRITTEN.lock() else {
        return Vec::new();
    };
    let mut seen = std::collections::BTreeSet::new();
    std::mem::take(&mut *log)
        .into_iter()
        .filter(|p| seen.insert(p.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check_rel(rel: &str, ok: bool) {
        assert_eq!(safe_rel(rel).is_ok(), ok, "{rel:?}");
    }

    #[test]
    fn paths_stay_inside_the_register() {
        check_rel("docs/2015/000001/answer.txt", true);
        check_rel("./cards/2015/000001.json", true);
        check_rel("docs/a..b.txt", true);
        check_rel("", false);
        check_rel("../secret", false);
        check_rel("docs/../../secret", false);
        check_rel("/etc/passwd", false);
        check_rel("docs/a\0b", false);
        check_rel("docs/a\nb", false);
    }

    #[test]
    fn a_lock_marks_itself_busy_until_dropped() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path());
        let lock = store.lock(|| {}).expect("lock");
        // Another command finds it taken, and doesn't wait.
        let other = Store::at(dir.path());
        assert!(other.try_lock().expect("try").is_none());
        let mark = fs::read_to_string(dir.path().join(LOCK)).expect("lock file");
        assert!(mark.starts_with("busy "), "{mark:?}");
        drop(lock);
        assert_eq!(fs::read(dir.path().join(LOCK)).expect("lock file"), b"");
        let shared = store.lock_shared(|| {}).expect("shared");
        assert!(shared.is_some());
    }
}
