//! The card catalogue, `.index/cards.tsv`: one line a card file, in file
//! order, `YEAR⇥NUMBER⇥IDENTITY⇥STATUS⇥RECEIVED⇥REMINDED⇥LEAN`, so that a
//! daily command reads only the cards it shows — `deadlines` and `remind`
//! the cards on control, a report the cards received in its period — and
//! not the register's whole history. For a card on control, `LEAN` holds
//! what monitoring reads of it ([`Lean::line`], no personal data), so that
//! `deadlines`, `remind` and a report read from here, not from the card's
//! file, the cards on control the catalogue knows unchanged: on a register
//! where all are on control, as after a migration, `deadlines` reads no
//! card file at all.
//!
//! A line is trusted under `check`'s rule for its memo (git's for its
//! index): only while its card file is, on disk, what the line's identity
//! says (size, device, inode, modification and change times; any write
//! changes the change time, which no ordinary tool can set back), and only
//! if the file had been still for two seconds when the line was made (one
//! tick of the file system's clock could hide a second change). A card file
//! with no line, a line whose file changed or is gone, a line without an
//! identity (`-`): the file is read, and the line made anew. So a card
//! edited by hand, a pull, a checkout or a command killed half-way is seen
//! on the next run, whatever the catalogue says.
//!
//! Commands that write cards leave the catalogue alone: a card just written
//! is not settled, so its line could not be trusted anyway. The next
//! command that chooses cards reads it and writes the catalogue again, as
//! one new file renamed into place, when it holds the register's lock or
//! can take it; otherwise it serves itself from what it read.

use super::atomic::{self, Durability};
use super::cards::CardFile;
use super::error::Result;
use super::identity::{self, OnDisk, Root};
use super::layout::{CARDS, INDEX_DIR};
use crate::model::view::{Lean, Stored, Summary};
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::path::Path;

/// The catalogue's file name inside `.index/`.
pub const FILE: &str = "cards.tsv";
/// Its first line, naming this program's build (its version, and its
/// executable's size and time, as `check`'s memo does): a catalogue of
/// another format or build, whose lean views might read otherwise, is not
/// read. `None` when the executable can't be found: then no catalogue is
/// read or saved, and every card is read.
fn header() -> Option<&'static str> {
    static HEADER: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    HEADER
        .get_or_init(|| {
            let program = identity::program();
            (!program.is_empty()).then(|| {
                format!(
                    "# derived from cards/ (2, {program}): year, number, identity on disk, status, received, last reminder, what monitoring reads of a card on control; a line counts only while its card file is as it says"
                )
            })
        })
        .as_deref()
}

/// Which cards a command reads, by what the catalogue holds of them.
pub type Want<'a> = dyn Fn(&Summary) -> bool + Sync + 'a;

/// One card file's line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Year directory.
    pub year: i32,
    /// Running number.
    pub number: u32,
    /// The file's identity when the line was made, if it was settled then.
    pub identity: Option<u64>,
    /// What the card held.
    pub summary: Summary,
    /// Where the line's lean view is, for a card on control whose file
    /// had settled.
    pub lean: Option<Span>,
}

/// Where a lean view's text is: in the catalogue read (from, to), or among
/// those made anew by this run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// In the text read.
    Read(u32, u32),
    /// Made by this run.
    Fresh(u32),
}

/// The catalogue: its lines, in file order, and their lean views' text.
#[derive(Debug, Default)]
pub struct Catalogue {
    /// The lines.
    pub lines: Vec<Line>,
    /// The text read, which the lines' spans point into.
    read: String,
    /// The lean views made by this run.
    fresh: Vec<String>,
}

impl Catalogue {
    /// A lean view's text.
    fn lean(&self, span: Span) -> Option<&str> {
        match span {
            Span::Read(from, to) => self.read.get(from as usize..to as usize),
            Span::Fresh(i) => self.fresh.get(i as usize).map(String::as_str),
        }
    }

    /// Writes the catalogue's text.
    fn write(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        writeln!(out, "{}", header().unwrap_or_default())?;
        for l in &self.lines {
            let identity = l.identity.map_or("-".to_string(), |i| format!("{i:016x}"));
            let reminded = l
                .summary
                .reminded
                .map_or("-".to_string(), |d| d.to_string());
            let lean = l.lean.and_then(|s| self.lean(s)).unwrap_or("-");
            writeln!(
                out,
                "{}\t{}\t{identity}\t{}\t{}\t{reminded}\t{lean}",
                l.year, l.number, l.summary.status, l.summary.received
            )?;
        }
        Ok(())
    }
}

impl Line {
    /// One line of `text`, which starts `at` in the catalogue's text.
    fn parse(text: &str, at: usize) -> Option<Line> {
        let mut f = text.split('\t');
        let mut next = || f.next();
        let date = |s: &str| crate::model::dates::parse_day(s).ok();
        let mut line = Line {
            year: next()?.parse().ok()?,
            number: next()?.parse().ok()?,
            identity: match next()? {
                "-" => None,
                hex => Some(u64::from_str_radix(hex, 16).ok()?),
            },
            summary: Summary {
                status: next()?.parse().ok()?,
                received: date(next()?)?,
                reminded: match next()? {
                    "-" => None,
                    d => Some(date(d)?),
                },
            },
            lean: None,
        };
        let lean = next()?;
        if next().is_some() {
            return None;
        }
        if lean != "-" {
            let from = at + (lean.as_ptr() as usize - text.as_ptr() as usize);
            let span = |n: usize| u32::try_from(n).ok();
            line.lean = Some(Span::Read(span(from)?, span(from + lean.len())?));
        }
        Some(line)
    }
}

/// Parses the catalogue; `None` on any damage, another header, or lines
/// out of file order. A damaged lean view is not seen here: it fails to
/// read when a command wants it, and the card's file is read instead.
pub fn parse(text: String) -> Option<Catalogue> {
    let (head, rows) = text.split_once('\n').unwrap_or((&text, ""));
    if Some(head.strip_suffix('\r').unwrap_or(head)) != header() {
        return None;
    }
    let base = text.as_ptr() as usize;
    // A line a card: 100,000 of them are parsed side by side.
    let lines: Vec<Line> = rows
        .par_lines()
        .map(|l| Line::parse(l, l.as_ptr() as usize - base))
        .collect::<Option<_>>()?;
    let ordered = lines
        .windows(2)
        .all(|w| (w[0].year, w[0].number) < (w[1].year, w[1].number));
    ordered.then_some(Catalogue {
        lines,
        read: text,
        fresh: Vec::new(),
    })
}

/// The catalogue as saved; empty when it is missing or damaged (then
/// every card is read, and the catalogue made anew).
pub fn read(root: &Path) -> Catalogue {
    super::safe::read(&root.join(INDEX_DIR).join(FILE))
        .ok()
        .and_then(|b| parse(String::from_utf8(b).ok()?))
        .unwrap_or_default()
}

/// Saves the catalogue as one new file renamed into place; derived, so not
/// synced (one lost in a power cut only costs a full read).
pub fn save(root: &Path, catalogue: &Catalogue) -> Result<()> {
    if header().is_none() {
        return Ok(());
    }
    let dir = root.join(INDEX_DIR);
    std::fs::create_dir_all(&dir).map_err(|e| super::StoreError::io(&dir, e))?;
    let path = dir.join(FILE);
    // Written as it is made: a backlog's is tens of megabytes.
    let mut file = atomic::AtomicFile::create(&path, Durability::Derived)?;
    catalogue
        .write(&mut file)
        .map_err(|e| super::StoreError::io(&path, e))?;
    file.commit()
}

/// A card a command reads: its file, and where the catalogue keeps its
/// lean view when it knows the file unchanged.
#[derive(Debug)]
pub struct Pick {
    /// The card file.
    pub file: CardFile,
    /// Its lean view in the catalogue.
    lean: Option<Span>,
}

/// What [`choose`] found.
#[derive(Debug, Default)]
pub struct Chosen {
    /// The cards to read, in file order: those wanted, and any that could
    /// not be summarised (reading it is how the command meets its error).
    pub picks: Vec<Pick>,
    /// The catalogue as it now stands.
    pub catalogue: Catalogue,
    /// Whether that differs from the catalogue read.
    pub changed: bool,
}

impl Chosen {
    /// Every card file, each read from its file (no catalogue was asked,
    /// or most cards would be read anyway).
    pub fn files(files: Vec<CardFile>) -> Chosen {
        Chosen {
            picks: files
                .into_iter()
                .map(|file| Pick { file, lean: None })
                .collect(),
            ..Chosen::default()
        }
    }

    /// A card chosen, read as `T`: from its lean view in the catalogue where
    /// `T` reads from one ([`Stored::IN_CATALOGUE`]) and the view there
    /// reads, else from its file.
    pub fn read<T: DeserializeOwned + Stored>(&self, pick: &Pick) -> Result<T> {
        if T::IN_CATALOGUE {
            if let Some(text) = pick.lean.and_then(|s| self.catalogue.lean(s)) {
                // (A view an older format would have read from the whole
                // card is read from the file: no line says so today.)
                if let Ok(mut view) = T::from_json(text.as_bytes(), Some(text)) {
                    if !view.older() {
                        view.upgrade();
                        return Ok(view);
                    }
                }
            }
        }
        pick.file.parse()
    }

    /// The pool a walk over the cards chosen runs on, for a command that
    /// reads lean views (`lean`) or not: the readers when some of the
    /// files it reads are not in the page cache ([`super::readers::pick`]).
    pub fn readers(&self, lean: bool) -> Option<&'static rayon::ThreadPool> {
        super::readers::pick(&self.picks, |p| match p.lean {
            Some(_) if lean => Some(true),
            _ => p.file.cached(),
        })
    }
}

/// Chooses among `files` (in file order) the cards `want` asks for: from
/// the line of `earlier` (in file order) when its identity is the file's
/// now, else by reading the file. A file's identity is taken before it is
/// read, so a change while it is read makes the line it gets stale, never
/// wrong. `settled_before`: seconds since the epoch before which a file's
/// times count as settled.
pub fn choose(
    root: &Path,
    files: Vec<CardFile>,
    earlier: Catalogue,
    want: &Want,
    settled_before: i64,
) -> Chosen {
    // Year directories the listing could not hold open, looked up anew.
    let dirs: BTreeMap<i32, String> = files
        .iter()
        .filter(|f| f.open_dir().is_none())
        .map(|f| (f.year, format!("{CARDS}/{}", f.year)))
        .collect();
    let disk = (!dirs.is_empty()).then(|| Root::open(root));
    // Files not in the page cache are looked at on the readers.
    let readers = super::cards::readers_for(&files);
    let mut known = earlier.lines.iter().peekable();
    let paired: Vec<(CardFile, Option<&Line>)> = files
        .into_iter()
        .map(|f| {
            while known
                .next_if(|l| (l.year, l.number) < (f.year, f.number))
                .is_some()
            {}
            let line = known.next_if(|l| (l.year, l.number) == (f.year, f.number));
            (f, line)
        })
        .collect();
    let judged: Vec<Judged> = super::readers::on(readers, || {
        paired
            .par_iter()
            .map(|(f, line)| {
                // From the year directory the listing holds open, else by name.
                let name = f.name();
                let on_disk = match f.open_dir() {
                    Some(dir) => identity::lstat_at(dir, name.as_str().as_ref()),
                    None => dirs
                        .get(&f.year)
                        .zip(disk.as_ref())
                        .and_then(|(dir, disk)| disk.lstat_in(dir, name.as_str())),
                }
                .filter(|d| d.is_file);
                judge(f, *line, on_disk, want, settled_before)
            })
            .collect()
    });
    let mut picks = Vec::new();
    let mut lines = Vec::with_capacity(judged.len());
    let mut fresh = Vec::new();
    for ((file, _), j) in paired.into_iter().zip(judged) {
        let (keep, line) = match j {
            Judged::Known(keep, line) => (keep, Some(line)),
            Judged::Read(keep, line, lean) => {
                let line = line.map(|mut line| {
                    line.lean = lean.and_then(|lean| {
                        fresh.push(lean);
                        Some(Span::Fresh(u32::try_from(fresh.len() - 1).ok()?))
                    });
                    line
                });
                (keep, line)
            }
        };
        if keep {
            // A card just read is served from the lean view made of what
            // was read, if it was made (its file had settled).
            let lean = line.and_then(|l| l.lean);
            picks.push(Pick { file, lean });
        }
        lines.extend(line);
    }
    let changed = lines != earlier.lines;
    Chosen {
        picks,
        catalogue: Catalogue {
            lines,
            read: earlier.read,
            fresh,
        },
        changed,
    }
}

/// What [`judge`] made of one card file: whether it is wanted, and its
/// line now, trusted as it was, or made by reading the file (with the lean
/// view to keep of a card on control whose file had settled).
enum Judged {
    Known(bool, Line),
    Read(bool, Option<Line>, Option<String>),
}

/// Whether one card file is wanted, and its line now; `now` is the file's
/// identity on disk, taken before it is read, if it is a plain file.
fn judge(
    f: &CardFile,
    line: Option<&Line>,
    now: Option<OnDisk>,
    want: &Want,
    settled_before: i64,
) -> Judged {
    if let (Some(line), Some(d)) = (line, now) {
        if line.identity == Some(d.fingerprint()) {
            return Judged::Known(want(&line.summary), *line);
        }
    }
    match f.parse::<Lean>() {
        Ok(lean) => {
            let summary = lean.summary();
            let identity = now
                .filter(|d| d.settled(settled_before))
                .map(|d| d.fingerprint());
            let line = Line {
                year: f.year,
                number: f.number,
                identity,
                summary,
                lean: None,
            };
            let lean = (identity.is_some() && summary.status.is_open()).then(|| lean.line());
            Judged::Read(want(&summary), Some(line), lean)
        }
        Err(_) => Judged::Read(true, None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;

    fn line(number: u32, identity: Option<u64>, reminded: Option<&str>) -> Line {
        Line {
            year: 2015,
            number,
            identity,
            summary: Summary {
                status: Status::Dispatched,
                received: "2015-06-23".parse().expect("date"),
                reminded: reminded.map(|d| d.parse().expect("date")),
            },
            lean: None,
        }
    }

    fn text(c: &Catalogue) -> String {
        let mut out = Vec::new();
        c.write(&mut out).expect("write");
        String::from_utf8(out).expect("utf-8")
    }

    /// The catalogue as the next command reads it back.
    fn saved(c: &Catalogue) -> Catalogue {
        parse(text(c)).expect("a catalogue")
    }

    fn lines(text: &str) -> Option<Vec<Line>> {
        parse(text.to_string()).map(|c| c.lines)
    }

    #[test]
    fn a_catalogue_reads_back_and_refuses_damage() {
        let mut with_lean = line(3, Some(0xbeef), None);
        with_lean.lean = Some(Span::Fresh(0));
        let catalogue = Catalogue {
            lines: vec![
                line(1, Some(0xfeed), None),
                line(2, None, Some("2015-07-20")),
                with_lean,
            ],
            read: String::new(),
            fresh: vec![r#"[3,"К-3"]"#.to_string()],
        };
        let saved = text(&catalogue);
        let back = parse(saved.clone()).expect("read back");
        assert_eq!(back.lines[..2], catalogue.lines[..2]);
        let span = back.lines[2].lean.expect("a lean view");
        assert_eq!(back.lean(span), Some(r#"[3,"К-3"]"#));
        assert_eq!(lines(&saved.replace("dispatched", "dispached")), None);
        assert_eq!(
            lines(&saved.replace("2015\t2\t", "2015\t1\t")),
            None,
            "order"
        );
        let head = header().expect("a header");
        assert_eq!(lines(&saved[head.len()..]), None, "no header");
        assert_eq!(lines(&format!("{saved}2015\t4\t-\n")), None, "a cut line");
        assert_eq!(
            lines(&format!(
                "{saved}2015\t4\t-\tdispatched\t2015-06-23\t-\t-\t-\n"
            )),
            None,
            "a field too many"
        );
        assert_eq!(lines(head), Some(vec![]), "no cards, no line break");
        assert_eq!(lines(&format!("{head}\n")), Some(vec![]), "no cards");
        let crlf = parse(saved.replace('\n', "\r\n")).expect("CRLF");
        assert_eq!(crlf.lines[..2], catalogue.lines[..2], "CRLF");
        assert_eq!(
            crlf.lean(crlf.lines[2].lean.expect("lean")),
            Some(r#"[3,"К-3"]"#)
        );
        // A catalogue of an earlier format, or another build, is not read.
        let earlier = saved.replacen("(2, appeals", "(1, appeals", 1);
        assert_eq!(lines(&earlier), None);
        let build = saved.replacen("(2, appeals ", "(2, appeals 9", 1);
        assert_eq!(lines(&build), None);
    }

    /// A card file as this program writes one, its fields monitoring reads.
    fn card(status: &str, control: &str) -> String {
        format!(
            r#"{{"version": 3, "index": "К-1", "year": 2015, "number": 1, "received": "2015-06-23",
  "status": "{status}", "applicant": {{"gender": "4.1", "categories": ["7.5"], "social_status": null}},
  "classification": {{"form": "1.4", "sign": "2.1", "kind": "3.2", "subject": "5.1", "type": "6.3",
  "topics": ["009"]}}, "term": {{"days": 15, "control_date": "{control}", "executor_due": "2015-07-07"}},
  "resolution": {{"coordinator": "maslenkov", "executors": ["dzhkg"]}}, "history": []}}"#
        )
    }

    /// A register of one card file, `card(status, "2015-07-08")`: its
    /// directory, and the file.
    fn one_card(status: &str) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("cards/2015")).expect("cards");
        let path = dir.path().join("cards/2015/000001.json");
        std::fs::write(&path, card(status, "2015-07-08")).expect("card");
        (dir, path)
    }

    fn files(root: &Path) -> Vec<CardFile> {
        super::super::cards::scan(root).expect("scan").0
    }

    fn open(s: &Summary) -> bool {
        s.status.is_open()
    }

    #[test]
    fn a_line_is_trusted_only_while_its_file_is_as_it_says() {
        let (dir, path) = one_card("closed");
        let root = dir.path();
        let files = || files(root);
        // Just written: read, and its line holds no identity yet.
        let first = choose(root, files(), Catalogue::default(), &open, i64::MIN);
        assert!(first.picks.is_empty() && first.changed);
        assert_eq!(first.catalogue.lines[0].identity, None);
        // Settled: its line holds the identity, which the next run trusts.
        let settled = choose(root, files(), saved(&first.catalogue), &open, i64::MAX);
        let line = settled.catalogue.lines[0];
        assert!(line.identity.is_some() && settled.changed);
        assert_eq!(line.lean, None, "a closed card's line keeps no lean view");
        let again = choose(root, files(), saved(&settled.catalogue), &open, i64::MAX);
        assert!(!again.changed);
        // Changed: read again (a damaged card too, to meet its error).
        std::fs::write(&path, card("resolv", "2015-07-08")).expect("edit");
        let seen = choose(root, files(), saved(&settled.catalogue), &open, i64::MAX);
        assert!(
            seen.catalogue.lines.is_empty(),
            "the damaged card has no line"
        );
        assert_eq!(seen.picks.len(), 1, "and is read");
        assert!(seen.read::<Lean>(&seen.picks[0]).is_err());
        std::fs::write(&path, card("answered", "2015-07-08")).expect("edit");
        let seen = choose(root, files(), saved(&settled.catalogue), &open, i64::MAX);
        assert_eq!(seen.picks.len(), 1);
        assert_eq!(seen.catalogue.lines[0].summary.status, Status::Answered);
    }

    #[test]
    fn a_card_on_control_is_read_from_its_line_only_while_its_file_is_as_it_says() {
        let (dir, path) = one_card("dispatched");
        let root = dir.path();
        let files = || files(root);
        let control = |c: &Chosen| {
            let lean: Lean = c.read(&c.picks[0]).expect("lean");
            lean.term.control_date.to_string()
        };
        // Settled: its line keeps its lean view, which the next run reads.
        let made = choose(root, files(), Catalogue::default(), &open, i64::MAX);
        assert!(matches!(made.catalogue.lines[0].lean, Some(Span::Fresh(_))));
        let known = saved(&made.catalogue);
        assert!(known.lines[0].lean.is_some());
        // What the command reads: the line's view, not the file, while the
        // file is as the line says. (Told apart by a line edited here.)
        let edited = text(&known).replace(r#""2015-07-08""#, r#""2015-09-09""#);
        // Each run chooses by the catalogue the last one saved, as text.
        let run = |earlier: String| {
            choose(
                root,
                files(),
                parse(earlier).expect("read"),
                &open,
                i64::MAX,
            )
        };
        let trusted = run(edited.clone());
        assert!(!trusted.changed);
        assert_eq!(control(&trusted), "2015-09-09");
        // Its file changed in place, the same size: the file is read.
        std::fs::write(&path, card("dispatched", "2015-07-10")).expect("edit");
        let seen = run(edited);
        assert!(seen.changed);
        assert_eq!(control(&seen), "2015-07-10");
        // A damaged view: the file is read, and the command never sees it.
        let damaged = text(&saved(&seen.catalogue)).replace(r#"["dzhkg"]"#, r#"["dzhkg""#);
        let read = run(damaged);
        assert_eq!(control(&read), "2015-07-10");
        // A command that reads other views reads the file.
        let facts: crate::model::view::Keys = read.read(&read.picks[0]).expect("keys");
        assert_eq!(facts.status, Status::Dispatched);
    }
}
