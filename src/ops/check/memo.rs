//! What `check` keeps between runs in `.index/checked.jsonl`, so that a
//! repeated check reads again only what changed: git's rule for its index.
//!
//! One line per card file holds what the checks between cards need of it
//! ([`Seen`]): its number, index, contact-centre number, links and lines of
//! the derived indexes. With them go the identity on disk of its signed
//! documents when all were verified, and, for a card found clean against
//! settings files that all parsed, the identity on disk of the card file
//! and of every document it names (size, device, inode, modification and
//! change times, hashed). Any write to a file changes its change time,
//! which no ordinary tool can set back.
//!
//! A card whose files are as they were, checked by the same program build
//! against the same settings files, gives the same findings: none. So its
//! summary is taken from here, after one `stat` of each of its files.
//! Anything else is read, parsed and checked in full. The first line names
//! the program build and the settings files' hash. When either differs,
//! only the signed documents' identities are kept. A file changed within
//! the last two seconds could change again unseen within one tick of the
//! file system's clock, so it is never taken as settled. `check --rehash`
//! ignores this file and trusts nothing from earlier runs.
//!
//! Like the rest of `.index/`, this is derived data and never the only copy
//! of anything. A missing or damaged file only makes the next check a full
//! one, and a register that can't be written is checked in full every time.

use super::disk::OnDisk;
use super::Seen;
use crate::derived;
use crate::store::Store;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fs;
use std::io::{BufRead, BufReader, BufWriter, Write};

/// The file's name inside `.index/`.
pub(super) const FILE: &str = "checked.jsonl";

/// What a clean result depends on besides the card's own files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Header {
    /// The program's version and the identity of its executable, so that
    /// a new build (whose checks may differ) checks every card again.
    program: String,
    /// SHA-256 of the settings files, or empty when one didn't parse.
    settings: String,
}

impl Header {
    /// The header for this program and these settings files' texts (`None`
    /// when one didn't parse: then no card is taken as clean).
    pub(super) fn new(settings: Option<&[u8]>) -> Header {
        Header {
            program: program(),
            settings: settings
                .map(|b| format!("{:x}", Sha256::digest(b)))
                .unwrap_or_default(),
        }
    }

    /// Whether cards found clean under this header are clean under it.
    pub(super) fn trusted(&self) -> bool {
        !self.settings.is_empty() && !self.program.is_empty()
    }
}

/// This program: its version, and its executable's size and modification
/// time; empty when the executable can't be found.
fn program() -> String {
    let Some(meta) = std::env::current_exe()
        .ok()
        .and_then(|p| fs::metadata(p).ok())
    else {
        return String::new();
    };
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    format!(
        "appeals {} {} {modified}",
        env!("CARGO_PKG_VERSION"),
        meta.len()
    )
}

/// What the memo keeps of one card file: its summary, and what it takes
/// to trust that summary next time.
#[derive(Serialize, Deserialize)]
pub(super) struct Line {
    pub(super) seen: Seen,
    /// Its signed documents' identity on disk, when all were verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) verified: Option<u128>,
    /// When the card was found clean with its files settled: their identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) clean: Option<Clean>,
}

/// A clean card's files on disk when it was checked.
#[derive(Serialize, Deserialize)]
pub(super) struct Clean {
    /// The identity of the card file and of every document it names.
    pub(super) identity: u128,
    /// Every document the card names, in the order of `identity`.
    pub(super) docs: Vec<String>,
}

/// An earlier run's lines, read in file order alongside the cards, so
/// that the memo is never held whole. A line is `YEAR⇥NUMBER⇥JSON`.
#[derive(Default)]
pub(super) struct Reader {
    file: Option<BufReader<fs::File>>,
    /// Whether the reading ended (at the end of the file, or at damage).
    done: bool,
    /// Bytes read so far.
    offset: u64,
    /// The file's length when opened.
    len: u64,
    /// The next line, read ahead.
    next: Option<Taken>,
    /// Whether the file was written under this run's header; if not, only
    /// the signed documents' identities are used.
    pub(super) same_header: bool,
}

/// One card file's line of the earlier memo.
pub(super) struct Taken {
    key: (i32, u32),
    pub(super) json: String,
    /// Where the line starts and ends in the file.
    start: u64,
    end: u64,
}

impl Reader {
    /// Opens the memo; an empty one when it is missing or damaged.
    pub(super) fn open(store: &Store, header: &Header) -> Reader {
        let path = store.root().join(derived::DIR).join(FILE);
        let Ok(file) = fs::File::open(path) else {
            return Reader::default();
        };
        let len = file.metadata().map_or(0, |m| m.len());
        let mut reader = Reader {
            file: Some(BufReader::with_capacity(1 << 16, file)),
            len,
            ..Reader::default()
        };
        let mut first = String::new();
        if !reader.read_line(&mut first) {
            return Reader::default();
        }
        let Ok(earlier) = serde_json::from_str::<Header>(first.trim_end()) else {
            return Reader::default();
        };
        reader.same_header = earlier == *header && header.trusted();
        reader.advance(None);
        reader
    }

    /// Reads a whole line; false at the end or on damage.
    fn read_line(&mut self, buf: &mut String) -> bool {
        let Some(file) = self.file.as_mut().filter(|_| !self.done) else {
            return false;
        };
        match file.read_line(buf) {
            Ok(n) if n > 0 && buf.ends_with('\n') => {
                self.offset += n as u64;
                true
            }
            _ => {
                self.done = true;
                false
            }
        }
    }

    /// Reads the line after the card file `previous`; a damaged line, or
    /// one out of file order, ends the reading.
    fn advance(&mut self, previous: Option<(i32, u32)>) {
        self.next = None;
        let start = self.offset;
        let mut line = String::new();
        if !self.read_line(&mut line) {
            return;
        }
        let parsed = (|| {
            let mut f = line.trim_end().splitn(3, '\t');
            let key = (f.next()?.parse().ok()?, f.next()?.parse().ok()?);
            let json = f.next()?.to_string();
            previous.is_none_or(|p| p < key).then_some((key, json))
        })();
        match parsed {
            Some((key, json)) => {
                self.next = Some(Taken {
                    key,
                    json,
                    start,
                    end: self.offset,
                })
            }
            None => self.done = true,
        }
    }

    /// The earlier line of a card file; cards are asked for in file order.
    pub(super) fn take(&mut self, key: (i32, u32)) -> Option<Taken> {
        loop {
            let k = self.next.as_ref()?.key;
            if k > key {
                return None;
            }
            let taken = self.next.take()?;
            self.advance(Some(k));
            if k == key {
                return Some(taken);
            }
        }
    }
}

/// This run's memo. While every card so far was taken unchanged from the
/// earlier memo, in its order, nothing is written: the earlier file's
/// first bytes are this run's. At the first difference those bytes are
/// copied to a new file and writing goes on from there; when there is
/// none, the earlier file stays as it is and `check` writes nothing.
pub(super) struct Writer<'a> {
    store: &'a Store,
    header: &'a Header,
    state: State,
}

enum State {
    /// Nothing written yet: this run's memo so far is the earlier file's
    /// first bytes, up to here.
    Same(u64),
    Writing(BufWriter<tempfile::NamedTempFile>),
    /// Can't be written.
    Failed,
}

impl<'a> Writer<'a> {
    pub(super) fn new(store: &'a Store, header: &'a Header, earlier: &Reader) -> Writer<'a> {
        let mut w = Writer {
            store,
            header,
            state: State::Same(0),
        };
        // Elsewhere than on unix the earlier file's bytes are not copied
        // (see `copy_start`): the memo is written afresh each time.
        if earlier.same_header && cfg!(unix) {
            w.state = State::Same(earlier.next.as_ref().map_or(earlier.offset, |n| n.start));
        } else {
            w.start(earlier, 0);
        }
        w
    }

    /// Starts the new file with the earlier file's first `upto` bytes, or
    /// with the header when `upto` is 0.
    fn start(&mut self, earlier: &Reader, upto: u64) {
        self.state = State::Failed;
        let dir = self.store.root().join(derived::DIR);
        if fs::create_dir_all(&dir).is_err() {
            return;
        }
        let Ok(tmp) = tempfile::Builder::new().prefix(".tmp").tempfile_in(&dir) else {
            return;
        };
        let mut out = BufWriter::with_capacity(1 << 16, tmp);
        let copied = if upto == 0 {
            serde_json::to_writer(&mut out, self.header)
                .map_err(std::io::Error::from)
                .and_then(|()| out.write_all(b"\n"))
        } else {
            match &earlier.file {
                Some(f) => copy_start(f.get_ref(), upto, &mut out),
                None => Err(std::io::ErrorKind::NotFound.into()),
            }
        };
        if copied.is_ok() {
            self.state = State::Writing(out);
        }
    }

    /// Adds a card file's line: `taken` when it is the earlier run's,
    /// unchanged.
    pub(super) fn put(
        &mut self,
        key: (i32, u32),
        json: &str,
        taken: Option<&Taken>,
        earlier: &Reader,
    ) {
        if let State::Same(upto) = self.state {
            match taken {
                Some(t) if t.start == upto => {
                    self.state = State::Same(t.end);
                    return;
                }
                _ => self.start(earlier, upto),
            }
        }
        if let State::Writing(out) = &mut self.state {
            if writeln!(out, "{}\t{}\t{json}", key.0, key.1).is_err() {
                self.state = State::Failed;
            }
        }
    }

    /// Puts the memo in place of the earlier one, unless it is the same.
    /// Derived data: a failure to write is not a finding, only a full
    /// check next time.
    pub(super) fn finish(mut self, earlier: &Reader) {
        if let State::Same(upto) = self.state {
            if upto == earlier.len {
                return;
            }
            self.start(earlier, upto);
        }
        if let State::Writing(out) = self.state {
            if let Ok(tmp) = out.into_inner() {
                let _ = tmp.persist(self.store.root().join(derived::DIR).join(FILE));
            }
        }
    }
}

/// Copies a file's first `len` bytes without moving its read position.
#[cfg(unix)]
fn copy_start(from: &fs::File, len: u64, to: &mut impl Write) -> std::io::Result<()> {
    use std::os::unix::fs::FileExt;
    let mut buf = vec![0u8; 1 << 16];
    let mut at = 0;
    while at < len {
        let want = buf.len().min((len - at) as usize);
        let n = from.read_at(&mut buf[..want], at)?;
        if n == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        to.write_all(&buf[..n])?;
        at += n as u64;
    }
    Ok(())
}

/// Elsewhere the new memo starts afresh: the cards are checked in full.
#[cfg(not(unix))]
fn copy_start(_from: &fs::File, _len: u64, _to: &mut impl Write) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// The identity on disk of a card file and the documents it names, and
/// whether all of them are settled (unchanged for the last two seconds).
pub(super) fn identity<'a>(
    card: Option<OnDisk>,
    docs: impl IntoIterator<Item = (&'a str, Option<OnDisk>)>,
    settled_before: i64,
) -> (u128, bool) {
    let mut h = Sha256::new();
    let mut settled = true;
    for (path, on_disk) in std::iter::once(("", card)).chain(docs) {
        h.update(path.as_bytes());
        match on_disk {
            Some(d) => {
                settled &= d.settled(settled_before);
                h.update(b"\t");
                d.feed(&mut h);
            }
            None => h.update(b"\t-"),
        }
        h.update(b"\n");
    }
    (super::first_128(&h.finalize()), settled)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(n: u32) -> String {
        format!("{{\"n\":{n}}}")
    }

    /// Writes a memo as a run that found `cards` (each line `line(n)`,
    /// `changed` ones anew) would, over whatever memo is there.
    fn run(store: &Store, header: &Header, cards: &[u32], changed: &[u32]) -> Vec<u32> {
        let mut earlier = Reader::open(store, header);
        let mut w = Writer::new(store, header, &earlier);
        let mut found = Vec::new();
        for &n in cards {
            let taken = earlier.take((2015, n));
            if taken.is_some() {
                found.push(n);
            }
            match taken.filter(|_| !changed.contains(&n)) {
                Some(t) => w.put((2015, n), &t.json, Some(&t), &earlier),
                None => w.put((2015, n), &line(n), None, &earlier),
            }
        }
        w.finish(&earlier);
        found
    }

    fn text(store: &Store) -> String {
        fs::read_to_string(store.root().join(derived::DIR).join(FILE)).unwrap_or_default()
    }

    fn expected(header: &Header, cards: &[u32]) -> String {
        let mut s = serde_json::to_string(header).expect("header") + "\n";
        for n in cards {
            s.push_str(&format!("2015\t{n}\t{}\n", line(*n)));
        }
        s
    }

    #[test]
    fn the_memo_is_read_in_file_order_and_rewritten_only_when_it_differs() {
        let dir = tempfile::tempdir().expect("tmp");
        let store = Store::at(dir.path());
        let header = Header::new(Some(b"settings"));
        assert!(run(&store, &header, &[1, 2, 3, 5], &[]).is_empty());
        assert_eq!(text(&store), expected(&header, &[1, 2, 3, 5]));
        let path = store.root().join(derived::DIR).join(FILE);
        let modified = |p: &std::path::Path| fs::metadata(p).and_then(|m| m.modified()).ok();
        let before = modified(&path);

        // The same cards, unchanged: every line found, nothing written.
        assert_eq!(run(&store, &header, &[1, 2, 3, 5], &[]), [1, 2, 3, 5]);
        assert_eq!(modified(&path), before);

        // A card gone (2), one new (4), one changed (5): the first line is
        // copied, the rest written, in file order.
        assert_eq!(run(&store, &header, &[1, 3, 4, 5], &[5]), [1, 3, 5]);
        assert_eq!(text(&store), expected(&header, &[1, 3, 4, 5]));

        // A card gone from the end only: written, without it.
        assert_eq!(run(&store, &header, &[1, 3, 4], &[]), [1, 3, 4]);
        assert_eq!(text(&store), expected(&header, &[1, 3, 4]));

        // Lines out of order end the reading; what was read stays usable.
        let damaged = expected(&header, &[1, 4, 3]);
        fs::write(&path, damaged).expect("write");
        assert_eq!(run(&store, &header, &[1, 3, 4], &[]), [1, 4]);
        assert_eq!(text(&store), expected(&header, &[1, 3, 4]));

        // Another header: lines are still found (for the signed documents'
        // identities), but the file is written afresh under the new one.
        let other = Header::new(Some(b"other settings"));
        let reader = Reader::open(&store, &other);
        assert!(!reader.same_header);
        assert_eq!(run(&store, &other, &[1, 3, 4], &[]), [1, 3, 4]);
        assert_eq!(text(&store), expected(&other, &[1, 3, 4]));
        assert!(Reader::open(&store, &other).same_header);

        // Settings that didn't parse are never trusted.
        let broken = Header::new(None);
        assert!(!broken.trusted());
        assert!(!Reader::open(&store, &broken).same_header);
    }
}
