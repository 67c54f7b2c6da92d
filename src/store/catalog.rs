//! The card catalogue, `.index/cards.tsv`: one line a card file, in file
//! order, `YEAR⇥NUMBER⇥IDENTITY⇥STATUS⇥RECEIVED⇥REMINDED`, so that a daily
//! command reads only the cards it shows — `deadlines` and `remind` the
//! cards on control, a report the cards received in its period — and not
//! the register's whole history.
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
use crate::model::view::{Census, Summary};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;

/// The catalogue's file name inside `.index/`.
pub const FILE: &str = "cards.tsv";
/// Its first line; another (an earlier format) makes every line unknown.
const HEADER: &str = "# derived from cards/ (1): year, number, identity on disk, status, received, last reminder; a line counts only while its card file is as it says";

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
}

impl Line {
    fn text(&self) -> String {
        let identity = self
            .identity
            .map_or("-".to_string(), |i| format!("{i:016x}"));
        let reminded = self
            .summary
            .reminded
            .map_or("-".to_string(), |d| d.to_string());
        format!(
            "{}\t{}\t{identity}\t{}\t{}\t{reminded}\n",
            self.year, self.number, self.summary.status, self.summary.received
        )
    }

    fn parse(text: &str) -> Option<Line> {
        let mut f = text.split('\t');
        let mut next = || f.next();
        let date = |s: &str| crate::model::dates::parse_day(s).ok();
        let line = Line {
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
        };
        next().is_none().then_some(line)
    }
}

/// The catalogue's text.
pub fn text(lines: &[Line]) -> String {
    let mut out = format!("{HEADER}\n");
    for l in lines {
        out.push_str(&l.text());
    }
    out
}

/// Parses the catalogue; `None` on any damage, another header, or lines
/// out of file order.
pub fn parse(text: &str) -> Option<Vec<Line>> {
    let (head, rows) = text.split_once('\n').unwrap_or((text, ""));
    if head.strip_suffix('\r').unwrap_or(head) != HEADER {
        return None;
    }
    // A line a card: 100,000 of them are parsed side by side.
    let lines: Vec<Line> = rows.par_lines().map(Line::parse).collect::<Option<_>>()?;
    let ordered = lines
        .windows(2)
        .all(|w| (w[0].year, w[0].number) < (w[1].year, w[1].number));
    ordered.then_some(lines)
}

/// The catalogue as saved; none when it is missing or damaged (then every
/// card is read, and the catalogue made anew).
pub fn read(root: &Path) -> Vec<Line> {
    super::safe::read(&root.join(INDEX_DIR).join(FILE))
        .ok()
        .and_then(|b| parse(std::str::from_utf8(&b).ok()?))
        .unwrap_or_default()
}

/// Saves the catalogue as one new file renamed into place; derived, so not
/// synced (one lost in a power cut only costs a full read).
pub fn save(root: &Path, lines: &[Line]) -> Result<()> {
    let dir = root.join(INDEX_DIR);
    std::fs::create_dir_all(&dir).map_err(|e| super::StoreError::io(&dir, e))?;
    atomic::write(&dir.join(FILE), text(lines).as_bytes(), Durability::Derived)
}

/// What [`choose`] found.
#[derive(Debug)]
pub struct Chosen {
    /// The card files to read, in file order: those wanted, and any that
    /// could not be summarised (reading it is how the command meets its
    /// error).
    pub files: Vec<CardFile>,
    /// The catalogue as it now stands.
    pub lines: Vec<Line>,
    /// Whether that differs from the catalogue read.
    pub changed: bool,
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
    earlier: &[Line],
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
    let mut known = earlier.iter().peekable();
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
    let judged: Vec<(bool, Option<Line>)> = super::readers::on(readers, || {
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
    let mut chosen = Chosen {
        files: Vec::new(),
        lines: Vec::with_capacity(judged.len()),
        changed: false,
    };
    for ((f, _), (keep, line)) in paired.into_iter().zip(judged) {
        if keep {
            chosen.files.push(f);
        }
        chosen.lines.extend(line);
    }
    chosen.changed = chosen.lines != earlier;
    chosen
}

/// Whether one card file is wanted, and its line now; `now` is the file's
/// identity on disk, taken before it is read, if it is a plain file.
fn judge(
    f: &CardFile,
    line: Option<&Line>,
    now: Option<OnDisk>,
    want: &Want,
    settled_before: i64,
) -> (bool, Option<Line>) {
    if let (Some(line), Some(d)) = (line, now) {
        if line.identity == Some(d.fingerprint()) {
            return (want(&line.summary), Some(*line));
        }
    }
    match f.parse::<Census>() {
        Ok(census) => {
            let summary = census.summary();
            let line = Line {
                year: f.year,
                number: f.number,
                identity: now
                    .filter(|d| d.settled(settled_before))
                    .map(|d| d.fingerprint()),
                summary,
            };
            (want(&summary), Some(line))
        }
        Err(_) => (true, None),
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
        }
    }

    #[test]
    fn a_catalogue_reads_back_and_refuses_damage() {
        let lines = vec![
            line(1, Some(0xfeed), None),
            line(2, None, Some("2015-07-20")),
        ];
        let saved = text(&lines);
        assert_eq!(parse(&saved), Some(lines.clone()));
        assert_eq!(parse(&saved.replace("dispatched", "dispached")), None);
        assert_eq!(
            parse(&saved.replace("2015\t2\t", "2015\t1\t")),
            None,
            "order"
        );
        assert_eq!(parse(&saved[HEADER.len()..]), None, "no header");
        assert_eq!(parse(&format!("{saved}2015\t3\t-\n")), None, "a cut line");
        assert_eq!(parse(HEADER), Some(vec![]), "no cards, no line break");
        assert_eq!(parse(&format!("{HEADER}\n")), Some(vec![]), "no cards");
        assert_eq!(parse(&saved.replace('\n', "\r\n")), Some(lines), "CRLF");
    }

    #[test]
    fn a_line_is_trusted_only_while_its_file_is_as_it_says() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        std::fs::create_dir_all(root.join("cards/2015")).expect("cards");
        let path = root.join("cards/2015/000001.json");
        let card = |status: &str| format!(r#"{{"status": "{status}", "received": "2015-06-23"}}"#);
        std::fs::write(&path, card("closed")).expect("card");
        let files = || super::super::cards::scan(root).expect("scan").0;
        let open = |s: &Summary| s.status.is_open();
        // Just written: read, and its line holds no identity yet.
        let first = choose(root, files(), &[], &open, i64::MIN);
        assert!(first.files.is_empty() && first.changed);
        assert_eq!(first.lines[0].identity, None);
        // Settled: its line holds the identity, which the next run trusts.
        let settled = choose(root, files(), &first.lines, &open, i64::MAX);
        assert!(settled.lines[0].identity.is_some() && settled.changed);
        let again = choose(root, files(), &settled.lines, &open, i64::MAX);
        assert!(!again.changed);
        // Changed: read again (a damaged card too, to meet its error).
        std::fs::write(&path, card("resolv")).expect("edit");
        let seen = choose(root, files(), &settled.lines, &open, i64::MAX);
        assert!(seen.lines.is_empty(), "the damaged card has no line");
        assert_eq!(seen.files.len(), 1, "and is read");
        std::fs::write(&path, card("answered")).expect("edit");
        let seen = choose(root, files(), &settled.lines, &open, i64::MAX);
        assert_eq!(seen.files.len(), 1);
        assert_eq!(seen.lines[0].summary.status, Status::Answered);
    }
}
