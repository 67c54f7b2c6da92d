//! The derived indexes under `.index/`, which let a command that touches one
//! card find what it needs without reading the register (SPEC §10):
//!
//! - `cc-XX.tsv`: contact-centre number → card, `cc⇥year⇥number`;
//! - `applicants-XX.tsv`: applicant key (normalised name, telephone, e-mail)
//!   → card, `key⇥year⇥number⇥index⇥received⇥topics`;
//! - `stamp`: the modification times of `cards/` and each year directory as
//!   of the last save, each year's next running number, and every shard's
//!   hash.
//!
//! `XX` is the first byte of the key's SHA-256, so a lookup reads one small
//! file whatever the register's size. The lines hold only what never changes
//! after registration; a card's status is read from the card itself.
//!
//! The indexes are *fresh* when the directories' times are those in the
//! stamp (a card file added, replaced or removed changes its directory's
//! time; every write renames) and a shard read hashes as the stamp says.
//! A command that holds the register's lock keeps them fresh as it writes
//! cards, and re-stamps them when it releases the lock; a crash in between
//! leaves the stamp behind the directories, so the indexes read as stale.
//! A stale index is never used: a command holding the lock rebuilds it from
//! the cards, any other reads the cards instead. `check` verifies fresh
//! indexes line by line against the cards.

use super::atomic::{self, Durability};
use super::error::{Result, StoreError};
use super::layout::{CARDS, INDEX_DIR as DIR};
use crate::model::view::Facts;
use crate::model::Card;
use chrono::NaiveDate;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs;
use std::path::Path;
/// The stamp file's name inside [`DIR`].
pub const STAMP: &str = "stamp";
/// The stamp's first line; another (an index an earlier version wrote, with
/// keys folded or shortened otherwise) makes the indexes stale, and so
/// rebuilt.
const HEADER: &str =
    "# derived from cards/ (names folded, long keys hashed, 3); a command rebuilds .index/ whenever this disagrees with them";

/// The longest key an index line holds as it is; a longer one (a name or
/// e-mail of hundreds of characters, as only a careless or hostile file
/// has) is held as [`stored_key`] says.
pub const MAX_KEY_BYTES: usize = 96;

/// Which index.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Contact-centre numbers.
    Cc,
    /// Applicant keys.
    Applicants,
}

impl Kind {
    /// Both indexes.
    pub const ALL: [Kind; 2] = [Kind::Cc, Kind::Applicants];

    /// The file name's prefix.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Cc => "cc",
            Kind::Applicants => "applicants",
        }
    }

    /// Fields on a line.
    fn fields(self) -> usize {
        match self {
            Kind::Cc => 3,
            Kind::Applicants => 6,
        }
    }
}

/// One shard: an index and the first byte of its keys' hash.
pub type Slot = (Kind, u8);

/// Every shard, in file order.
pub fn slots() -> impl Iterator<Item = Slot> {
    Kind::ALL
        .into_iter()
        .flat_map(|k| (0..=u8::MAX).map(move |b| (k, b)))
}

/// A key as its index lines hold it: as it is, or, longer than
/// [`MAX_KEY_BYTES`], its kind (`n:`) and a SHA-256 of the whole in hex.
/// Two keys still match exactly when they are equal, and an index line
/// stays short whatever a file gives, so a registration's memory doesn't
/// grow with the length of its names.
pub fn stored_key(key: &str) -> std::borrow::Cow<'_, str> {
    if key.len() <= MAX_KEY_BYTES {
        return key.into();
    }
    let kind = key.split_once(':').map_or("", |(k, _)| k);
    let hex: String = Sha256::digest(key.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{kind}#{hex}").into()
}

/// The shard a key belongs to.
pub fn shard_of(key: &str) -> u8 {
    Sha256::digest(key.as_bytes())[0]
}

/// A shard's file name inside [`DIR`].
pub fn file_name(slot: Slot) -> String {
    format!("{}-{:02x}.tsv", slot.0.name(), slot.1)
}

/// The index lines of a card, sorted. A field with a tab or line break
/// (only a hand edit makes one; `check` reports it) would break the file's
/// lines, so such a line is left out.
pub fn lines(f: &Facts) -> Vec<(Slot, String)> {
    let clean = |s: &str| !s.contains(char::is_control);
    let mut out = Vec::new();
    if let Some(cc) = f.cc_number.as_deref().filter(|cc| clean(cc)) {
        out.push((
            (Kind::Cc, shard_of(cc)),
            format!("{cc}\t{}\t{}", f.year, f.number),
        ));
    }
    let topics = f.classification.topics.join(";");
    if clean(&f.index) && clean(&topics) {
        for k in f.applicant_keys() {
            let k = stored_key(&k);
            if clean(&k) {
                out.push((
                    (Kind::Applicants, shard_of(&k)),
                    format!(
                        "{k}\t{}\t{}\t{}\t{}\t{topics}",
                        f.year, f.number, f.index, f.received
                    ),
                ));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// A line's hash: `check` compares a shard with the cards as the count and
/// wrapping sum of its lines' hashes, which needs no copy of the lines.
pub fn line_hash(line: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    line.hash(&mut h);
    h.finish()
}

/// One line of the applicant index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicantLine {
    /// Year of the card.
    pub year: i32,
    /// Running number.
    pub number: u32,
    /// Registration index (`К-125`).
    pub index: String,
    /// Date received.
    pub received: NaiveDate,
    /// Topic codes.
    pub topics: Vec<String>,
}

/// Parses a line of the applicant index (after its key).
pub fn parse_applicant_line(line: &str) -> Option<ApplicantLine> {
    let f: Vec<&str> = line.split('\t').collect();
    let [_, year, number, index, received, topics] = f.as_slice() else {
        return None;
    };
    Some(ApplicantLine {
        year: year.parse().ok()?,
        number: number.parse().ok()?,
        index: index.to_string(),
        received: received.parse().ok()?,
        topics: topics
            .split(';')
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect(),
    })
}

/// Parses a line of the contact-centre index: the card's year and number.
pub fn parse_cc_line(line: &str) -> Option<(i32, u32)> {
    let mut f = line.split('\t').skip(1);
    let y = f.next()?.parse().ok()?;
    let n = f.next()?.parse().ok()?;
    f.next().is_none().then_some((y, n))
}

/// The lines of a shard that belong to `key`.
pub fn lines_for<'a>(shard: &'a BTreeSet<String>, key: &str) -> Vec<&'a str> {
    let from = format!("{key}\t");
    shard
        .range(from.clone()..)
        .take_while(|l| l.starts_with(&from))
        .map(String::as_str)
        .collect()
}

/// The stamp: what the indexes were saved against.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stamp {
    /// `cards` and `cards/YEAR` → modification time in nanoseconds.
    pub dirs: BTreeMap<String, u128>,
    /// Year → next running number.
    pub next: BTreeMap<i32, u32>,
    /// Shard → hash of its file.
    pub hashes: BTreeMap<Slot, String>,
}

impl Stamp {
    /// The stamp file's text.
    pub fn to_text(&self) -> String {
        let mut out = format!("{HEADER}\n");
        for (d, t) in &self.dirs {
            out.push_str(&format!("dir\t{d}\t{t}\n"));
        }
        for (y, n) in &self.next {
            out.push_str(&format!("next\t{y}\t{n}\n"));
        }
        for (slot, h) in &self.hashes {
            out.push_str(&format!("shard\t{}\t{h}\n", file_name(*slot)));
        }
        out
    }

    /// Parses a stamp file; `None` on any damage or when a shard is missing.
    pub fn parse(text: &str) -> Option<Stamp> {
        let by_name: HashMap<String, Slot> = slots().map(|s| (file_name(s), s)).collect();
        let mut lines = text.lines();
        if lines.next()? != HEADER {
            return None;
        }
        let mut stamp = Stamp::default();
        for line in lines {
            let f: Vec<&str> = line.split('\t').collect();
            match f.as_slice() {
                ["dir", d, t] => {
                    stamp.dirs.insert(d.to_string(), t.parse().ok()?);
                }
                ["next", y, n] => {
                    stamp.next.insert(y.parse().ok()?, n.parse().ok()?);
                }
                ["shard", name, h] => {
                    stamp.hashes.insert(*by_name.get(*name)?, h.to_string());
                }
                _ => return None,
            }
        }
        (stamp.hashes.len() == by_name.len()).then_some(stamp)
    }
}

/// The hash a stamp records for a shard's bytes.
pub fn hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A shard's file text.
pub fn shard_text(lines: &BTreeSet<String>) -> String {
    let mut out = String::new();
    for l in lines {
        out.push_str(l);
        out.push('\n');
    }
    out
}

/// Parses a shard's file text; `None` when a line is not of its index.
pub fn parse_shard(kind: Kind, text: &str) -> Option<BTreeSet<String>> {
    text.lines()
        .map(|l| (l.split('\t').count() == kind.fields()).then(|| l.to_string()))
        .collect()
}

/// The modification times of `cards/` and its year directories now.
pub fn dirs_now(root: &Path) -> Result<BTreeMap<String, u128>> {
    let mut dirs = BTreeMap::new();
    let cards = root.join(CARDS);
    let mtime = |p: &Path| -> Result<u128> {
        let meta = fs::metadata(p).map_err(|e| StoreError::io(p, e))?;
        Ok(meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos()))
    };
    let rd = match fs::read_dir(&cards) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(dirs),
        Err(e) => return Err(StoreError::io(&cards, e)),
    };
    dirs.insert(CARDS.to_string(), mtime(&cards)?);
    for entry in rd {
        let entry = entry.map_err(|e| StoreError::io(&cards, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.len() == 4 && name.parse::<i32>().is_ok() && entry.path().is_dir() {
            dirs.insert(format!("{CARDS}/{name}"), mtime(&entry.path())?);
        }
    }
    Ok(dirs)
}

/// Reads the stamp if it matches the cards directories now.
pub fn fresh_stamp(root: &Path) -> Result<Option<Stamp>> {
    let dirs = dirs_now(root)?;
    let text = match fs::read_to_string(root.join(DIR).join(STAMP)) {
        Ok(t) => t,
        Err(_) => return Ok(None),
    };
    Ok(Stamp::parse(&text).filter(|s| s.dirs == dirs))
}

/// Reads a shard and checks it against the stamp; `None` when it doesn't
/// hash as the stamp says or doesn't parse. A missing file is an empty
/// shard, which the stamp's hash of no bytes must confirm.
pub fn read_shard(root: &Path, stamp: &Stamp, slot: Slot) -> Option<BTreeSet<String>> {
    let bytes = match fs::read(root.join(DIR).join(file_name(slot))) {
        Ok(b) => b,
        // An empty shard has no file.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(_) => return None,
    };
    if stamp.hashes.get(&slot)? != &hash(&bytes) {
        return None;
    }
    parse_shard(slot.0, std::str::from_utf8(&bytes).ok()?)
}

/// The indexes' working state in a command that holds the register's lock.
#[derive(Debug, Default)]
pub(crate) struct State {
    /// Whether this store holds the lock (and looked at the stamp on taking it).
    pub held: bool,
    /// Whether a command without the lock looked at the stamp.
    pub checked: bool,
    /// The stamp, while the indexes are fresh.
    pub fresh: Option<Stamp>,
    /// Shards read (and checked) or changed so far.
    pub shards: HashMap<Slot, BTreeSet<String>>,
    /// Shards changed and not yet saved.
    pub dirty: BTreeSet<Slot>,
    /// A card was written: the stamp must follow the directories.
    pub wrote: bool,
}

impl State {
    /// A shard, read on first use; `None` (and the indexes stale) when its
    /// file disagrees with the stamp.
    pub fn shard(&mut self, root: &Path, slot: Slot) -> Option<&mut BTreeSet<String>> {
        if !self.shards.contains_key(&slot) {
            let read = self
                .fresh
                .as_ref()
                .and_then(|stamp| read_shard(root, stamp, slot));
            match read {
                Some(lines) => {
                    self.shards.insert(slot, lines);
                }
                None => {
                    self.fresh = None;
                    return None;
                }
            }
        }
        self.shards.get_mut(&slot)
    }

    /// Takes a card's change into the indexes: `old` is the file's bytes
    /// before the write, if there was one.
    pub fn wrote_card(&mut self, root: &Path, old: Option<&[u8]>, card: &Card) {
        self.wrote = true;
        if self.fresh.is_none() {
            return;
        }
        let before = match old.map(serde_json::from_slice::<Facts>) {
            None => Vec::new(),
            Some(Ok(f)) => lines(&f),
            Some(Err(_)) => {
                // What the index held of the old file is unknown.
                self.fresh = None;
                return;
            }
        };
        let after = lines(&Facts::of(card));
        for (slot, line) in &before {
            if !after.contains(&(*slot, line.clone())) {
                let Some(shard) = self.shard(root, *slot) else {
                    return;
                };
                shard.remove(line);
                self.dirty.insert(*slot);
            }
        }
        for (slot, line) in &after {
            if !before.contains(&(*slot, line.clone())) {
                let Some(shard) = self.shard(root, *slot) else {
                    return;
                };
                shard.insert(line.clone());
                self.dirty.insert(*slot);
            }
        }
        if let Some(stamp) = self.fresh.as_mut() {
            let next = stamp.next.entry(card.year).or_insert(1);
            *next = (*next).max(card.number + 1);
        }
    }

    /// Saves what changed and re-stamps; called as the lock is released.
    /// Shards are written before the stamp, so a crash in between leaves
    /// hashes that disagree: stale, never wrong. Nothing is fsynced: the
    /// indexes are derived, and one lost in a power cut reads as stale.
    pub fn finish(&mut self, root: &Path) {
        let state = std::mem::take(self);
        let Some(mut stamp) = state.fresh else {
            return;
        };
        if !state.wrote && state.dirty.is_empty() {
            return;
        }
        let _ = save(root, &mut stamp, &state.shards, &state.dirty);
    }
}

/// Writes the `dirty` shards of `shards` and then the stamp, with the
/// directories' times as they are now.
pub fn save(
    root: &Path,
    stamp: &mut Stamp,
    shards: &HashMap<Slot, BTreeSet<String>>,
    dirty: &BTreeSet<Slot>,
) -> Result<()> {
    let dir = root.join(DIR);
    fs::create_dir_all(&dir).map_err(|e| StoreError::io(&dir, e))?;
    let empty = BTreeSet::new();
    for slot in dirty {
        let text = shard_text(shards.get(slot).unwrap_or(&empty));
        let path = dir.join(file_name(*slot));
        // An empty shard is no file: a new register's indexes are one stamp.
        if text.is_empty() {
            match fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(StoreError::io(&path, e))
                }
                _ => {}
            }
        } else {
            atomic::write(&path, text.as_bytes(), Durability::Derived)?;
        }
        stamp.hashes.insert(*slot, hash(text.as_bytes()));
    }
    stamp.dirs = dirs_now(root)?;
    atomic::write(
        &dir.join(STAMP),
        stamp.to_text().as_bytes(),
        Durability::Derived,
    )
}

/// Builds every shard from the facts of all cards.
pub fn build(facts: impl IntoIterator<Item = Facts>) -> HashMap<Slot, BTreeSet<String>> {
    let mut shards: HashMap<Slot, BTreeSet<String>> =
        slots().map(|s| (s, BTreeSet::new())).collect();
    add(&mut shards, facts);
    shards
}

/// Adds the lines of more cards to shards.
pub fn add(shards: &mut HashMap<Slot, BTreeSet<String>>, facts: impl IntoIterator<Item = Facts>) {
    for f in facts {
        for (slot, line) in lines(&f) {
            shards.entry(slot).or_default().insert(line);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stamp_reads_back_and_refuses_damage() {
        let mut stamp = Stamp::default();
        stamp.dirs.insert("cards".into(), 17);
        stamp.dirs.insert("cards/2015".into(), 18);
        stamp.next.insert(2015, 36);
        for s in slots() {
            stamp.hashes.insert(s, hash(file_name(s).as_bytes()));
        }
        let text = stamp.to_text();
        assert_eq!(Stamp::parse(&text), Some(stamp.clone()));
        let missing: String = text
            .lines()
            .filter(|l| !l.contains("cc-07.tsv"))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(Stamp::parse(&missing), None, "a shard left out");
        assert_eq!(
            Stamp::parse(&text.replace("next\t2015\t36", "next\t2015\tx")),
            None
        );
        assert_eq!(Stamp::parse(&text[HEADER.len()..]), None, "no header");
    }

    #[test]
    fn a_shard_is_read_only_as_the_stamp_says() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        fs::create_dir_all(root.join("cards/2015")).expect("cards");
        let mut shards = build(std::iter::empty());
        let cc = (Kind::Cc, shard_of("0145"));
        shards
            .get_mut(&cc)
            .expect("slot")
            .insert("0145\t2015\t1".into());
        let mut stamp = Stamp::default();
        save(root, &mut stamp, &shards, &slots().collect()).expect("save");
        let fresh = fresh_stamp(root).expect("stamp").expect("fresh");
        assert_eq!(read_shard(root, &fresh, cc), shards.get(&cc).cloned());
        // An empty shard has no file, and the stamp vouches for its emptiness.
        let empty = slots().find(|s| *s != cc).expect("another");
        assert!(!root.join(DIR).join(file_name(empty)).exists());
        assert_eq!(read_shard(root, &fresh, empty), Some(BTreeSet::new()));
        // A shard gone or edited behind the stamp is not used.
        fs::write(root.join(DIR).join(file_name(cc)), "0145\t2015\t2\n").expect("edit");
        assert_eq!(read_shard(root, &fresh, cc), None);
        fs::remove_file(root.join(DIR).join(file_name(cc))).expect("remove");
        assert_eq!(read_shard(root, &fresh, cc), None);
        fs::write(root.join(DIR).join(file_name(empty)), "x\t1\t2\n").expect("appear");
        assert_eq!(read_shard(root, &fresh, empty), None);
        // A card file added behind the stamp makes the whole stamp stale.
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(root.join("cards/2015/000002.json"), "{}").expect("card");
        assert_eq!(fresh_stamp(root).expect("stamp"), None);
    }

    #[test]
    fn a_long_key_is_held_short_and_still_matches_exactly() {
        let short = "n:марʼяненко ольга";
        assert_eq!(stored_key(short), short);
        let long = format!("n:{}", "я".repeat(60));
        let held = stored_key(&long);
        assert!(
            held.starts_with("n#") && held.len() <= MAX_KEY_BYTES,
            "{held}"
        );
        assert_eq!(held, stored_key(&long.clone()));
        assert_ne!(held, stored_key(&format!("{long}а")));
        assert_eq!(stored_key(&held), held, "a held key is held as it is");
    }

    #[test]
    fn lines_for_a_key_are_exactly_its_own() {
        let shard: BTreeSet<String> = [
            "n:ab\t2015\t1",
            "n:a\t2015\t2",
            "n:a\t2015\t3",
            "n:a b\t2015\t4",
        ]
        .map(str::to_string)
        .into();
        assert_eq!(lines_for(&shard, "n:a"), ["n:a\t2015\t2", "n:a\t2015\t3"]);
        assert_eq!(parse_cc_line("0145\t2015\t7"), Some((2015, 7)));
        assert_eq!(parse_cc_line("0145\t2015"), None);
        assert_eq!(parse_shard(Kind::Cc, "a\t1\t2\nb\t1\n"), None);
    }
}
