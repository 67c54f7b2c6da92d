//! The file behind `check`'s memory, `.index/checked.jsonl`: a first line
//! that says what its lines were found under, then one line per card file,
//! `YEAR⇥NUMBER⇥JSON`, in file order. What the lines mean is `check`'s
//! business ([`crate::ops::check`]); here they are read in file order
//! alongside the cards, so the file is never held whole, and written anew
//! only when they differ.

use super::atomic::{AtomicFile, Durability};
use super::layout::INDEX_DIR;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

/// The file's name inside `.index/`.
pub const FILE: &str = "checked.jsonl";

fn path(root: &Path) -> PathBuf {
    root.join(INDEX_DIR).join(FILE)
}

/// An earlier run's lines, read in file order alongside the cards.
#[derive(Default)]
pub struct Reader {
    file: Option<BufReader<fs::File>>,
    /// Whether the reading ended (at the end of the file, or at damage).
    done: bool,
    /// Bytes read so far.
    offset: u64,
    /// The file's length when opened.
    len: u64,
    /// The next line, read ahead.
    next: Option<Taken>,
    /// Whether the file was written under this run's first line; if not,
    /// its lines are still read, for what stays true under any.
    pub same_header: bool,
}

/// One card file's line of the earlier file.
pub struct Taken {
    key: (i32, u32),
    /// The line's JSON.
    pub json: String,
    /// Where the line starts and ends in the file.
    start: u64,
    end: u64,
}

impl Reader {
    /// Opens the file; an empty reader when it is missing or damaged, or
    /// when `judge` says its first line is none of this program's (`None`).
    /// Otherwise `judge` says whether it is this run's own (`Some(true)`).
    pub fn open(root: &Path, judge: impl FnOnce(&str) -> Option<bool>) -> Reader {
        let Ok(file) = fs::File::open(path(root)) else {
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
        let Some(same) = judge(first.trim_end()) else {
            return Reader::default();
        };
        reader.same_header = same;
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
    pub fn take(&mut self, key: (i32, u32)) -> Option<Taken> {
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

/// This run's file. While every line so far is the earlier file's, in its
/// order, nothing is written: the earlier file's first bytes are this
/// run's. At the first difference those bytes are copied to a new file and
/// writing goes on from there; when there is none, the earlier file stays
/// as it is and nothing is written at all.
pub struct Writer {
    root: PathBuf,
    header: String,
    state: State,
}

enum State {
    /// Nothing written yet: this run's file so far is the earlier file's
    /// first bytes, up to here.
    Same(u64),
    Writing(AtomicFile),
    /// Can't be written.
    Failed,
}

impl Writer {
    /// A writer of a file whose first line is `header`.
    pub fn new(root: &Path, header: String, earlier: &Reader) -> Writer {
        let mut w = Writer {
            root: root.to_path_buf(),
            header,
            state: State::Same(0),
        };
        // Elsewhere than on unix the earlier file's bytes are not copied
        // (see `copy_start`): the file is written afresh each time.
        if earlier.same_header && cfg!(unix) {
            w.state = State::Same(earlier.next.as_ref().map_or(earlier.offset, |n| n.start));
        } else {
            w.start(earlier, 0);
        }
        w
    }

    /// Starts the new file with the earlier file's first `upto` bytes, or
    /// with the first line when `upto` is 0.
    fn start(&mut self, earlier: &Reader, upto: u64) {
        self.state = State::Failed;
        let Ok(mut out) = AtomicFile::create(&path(&self.root), Durability::Derived) else {
            return;
        };
        let copied = if upto == 0 {
            writeln!(out, "{}", self.header)
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
    pub fn put(&mut self, key: (i32, u32), json: &str, taken: Option<&Taken>, earlier: &Reader) {
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

    /// Puts the file in place of the earlier one, unless it is the same.
    /// Derived data: a failure to write only costs a full check next time.
    pub fn finish(mut self, earlier: &Reader) {
        if let State::Same(upto) = self.state {
            if upto == earlier.len {
                return;
            }
            self.start(earlier, upto);
        }
        if let State::Writing(out) = self.state {
            let _ = out.commit();
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

/// Elsewhere the new file starts afresh: the cards are checked in full.
#[cfg(not(unix))]
fn copy_start(_from: &fs::File, _len: u64, _to: &mut impl Write) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "{\"h\":1}";

    fn line(n: u32) -> String {
        format!("{{\"n\":{n}}}")
    }

    fn judge(header: &'static str) -> impl FnOnce(&str) -> Option<bool> {
        move |first: &str| first.starts_with('{').then_some(first == header)
    }

    /// Writes the file as a run that found `cards` (each line `line(n)`,
    /// `changed` ones anew) would, over whatever file is there.
    fn run(root: &Path, header: &'static str, cards: &[u32], changed: &[u32]) -> Vec<u32> {
        let mut earlier = Reader::open(root, judge(header));
        let mut w = Writer::new(root, header.to_string(), &earlier);
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

    fn text(root: &Path) -> String {
        fs::read_to_string(path(root)).unwrap_or_default()
    }

    fn expected(header: &str, cards: &[u32]) -> String {
        let mut s = format!("{header}\n");
        for n in cards {
            s.push_str(&format!("2015\t{n}\t{}\n", line(*n)));
        }
        s
    }

    #[test]
    fn the_file_is_read_in_file_order_and_rewritten_only_when_it_differs() {
        let dir = tempfile::tempdir().expect("tmp");
        let root = dir.path();
        assert!(run(root, HEADER, &[1, 2, 3, 5], &[]).is_empty());
        assert_eq!(text(root), expected(HEADER, &[1, 2, 3, 5]));
        let modified = || fs::metadata(path(root)).and_then(|m| m.modified()).ok();
        let before = modified();

        // The same cards, unchanged: every line found, nothing written.
        assert_eq!(run(root, HEADER, &[1, 2, 3, 5], &[]), [1, 2, 3, 5]);
        assert_eq!(modified(), before);

        // A card gone (2), one new (4), one changed (5): the first line is
        // copied, the rest written, in file order.
        assert_eq!(run(root, HEADER, &[1, 3, 4, 5], &[5]), [1, 3, 5]);
        assert_eq!(text(root), expected(HEADER, &[1, 3, 4, 5]));

        // A card gone from the end only: written, without it.
        assert_eq!(run(root, HEADER, &[1, 3, 4], &[]), [1, 3, 4]);
        assert_eq!(text(root), expected(HEADER, &[1, 3, 4]));

        // Lines out of order end the reading; what was read stays usable.
        fs::write(path(root), expected(HEADER, &[1, 4, 3])).expect("write");
        assert_eq!(run(root, HEADER, &[1, 3, 4], &[]), [1, 4]);
        assert_eq!(text(root), expected(HEADER, &[1, 3, 4]));

        // Another first line: lines are still found, but the file is
        // written afresh under the new one.
        const OTHER: &str = "{\"h\":2}";
        assert!(!Reader::open(root, judge(OTHER)).same_header);
        assert_eq!(run(root, OTHER, &[1, 3, 4], &[]), [1, 3, 4]);
        assert_eq!(text(root), expected(OTHER, &[1, 3, 4]));
        assert!(Reader::open(root, judge(OTHER)).same_header);

        // A first line that is none of ours: nothing is read.
        fs::write(path(root), format!("junk\n{}", &expected(OTHER, &[1])[8..])).expect("write");
        assert!(run(root, OTHER, &[1], &[]).is_empty());
    }
}
