//! `appeals sync`: how a clone publishes its work (issue #18, point 1).
//! It fetches the shared remote, rebases this clone's commits onto it and
//! pushes, trying again when another clone pushed meanwhile. Two clones
//! that registered on the same day issued the same running numbers; the
//! remote's cards keep theirs, and each card of this clone whose number
//! the remote used is renumbered with everything that names it: its file,
//! index and `docs/` directory, its document paths and signature keys,
//! the links from other cards, in every unpublished commit, and then a
//! history event that says why, and a corrected letter to the executors
//! when it had been dispatched. A card that already left this clone
//! (pushed elsewhere, sent or answered to the applicant) is never
//! renumbered: `sync` stops before it changes anything and says why.

use crate::error::Result;
use crate::model::event::{Event, Renumbered as RenumberedData, What};
use crate::model::Card;
use crate::store::remote::{Pushed, Rebased, Repo, Upstream};
use crate::store::{self, Register};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// How many times `sync` fetches and tries again when the remote moved
/// on between its fetch and its push.
pub const ATTEMPTS: usize = 5;

/// What `sync` is asked to do.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    /// Where corrected letters to executors go.
    pub outbox: Option<&'a Path>,
    /// The date recorded on renumberings.
    pub today: NaiveDate,
    /// Who syncs.
    pub user: &'a str,
}

/// A card given a new number.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Renumbering {
    /// The card's year.
    pub year: i32,
    /// Its index before (`К-1`).
    pub from: String,
    /// Its index now (`К-3`).
    pub to: String,
    /// The remote's card that holds the number.
    pub remote_card: String,
    /// The remote's commit that published it, and its author.
    pub remote_commit: String,
    /// Who made that commit.
    pub remote_author: String,
    /// The corrected letters written to the outbox.
    pub letters: Vec<PathBuf>,
}

/// What `sync` did.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Synced {
    /// The remote branch (`origin/main`).
    pub upstream: String,
    /// Commits taken from the remote.
    pub received: usize,
    /// Commits published.
    pub sent: usize,
    /// Cards given new numbers, in order.
    pub renumbered: Vec<Renumbering>,
    /// How many times it fetched.
    pub attempts: usize,
    /// Pairs of cards, one from each side, that carry one contact-centre
    /// number: possibly one appeal registered in both clones.
    pub same_cc: Vec<Pair>,
    /// Documents of renumbered cards whose text names the old index (a
    /// drafted answer): to be checked before they go out.
    pub old_index_in: Vec<Pair>,
}

/// A card of this clone and another card or a file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Pair {
    /// This clone's card (`2015/К-3`).
    pub ours: String,
    /// The remote's card, or the document.
    pub theirs: String,
}

/// Why `sync` stopped without changing anything (or, for a conflict,
/// after renumbering but before the rebase).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The register is not in a git work tree.
    NotInGit,
    /// No branch is checked out.
    NoBranch,
    /// The work tree has no remote to sync with.
    NoRemote,
    /// Changes not committed (relative to the register).
    Dirty(Vec<String>),
    /// The remote's history shares nothing with this clone's.
    Unrelated(String),
    /// A card whose number the remote used had already left this clone.
    Left {
        /// The card (`2015/К-1`).
        card: String,
        /// The remote's card with that number.
        remote_card: String,
        /// How it left: `sent` with a date, or the remotes it was pushed to.
        how: Left,
    },
    /// A dispatched card needs a corrected letter: `--outbox` was not given.
    NeedOutbox(Vec<String>),
    /// Both sides changed these files in ways no driver merges.
    Conflict(Vec<String>),
    /// The remote kept moving.
    GaveUp(usize),
}

/// How a card left the clone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Left {
    /// The reply (or an exit's letter) went to the applicant that day.
    Sent(NaiveDate),
    /// Its commit is in these other remotes' branches.
    Pushed(Vec<String>),
}

/// One card to move: `year`, `from` → `to`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    year: i32,
    from: u32,
    to: u32,
    from_index: String,
    to_index: String,
}

/// Publishes this clone's work; see the module's text. The caller holds
/// the register's lock.
pub fn sync(reg: &Register, opts: &Options) -> Result<std::result::Result<Synced, Refusal>> {
    let root = reg.store.root();
    let Some(repo) = Repo::open(root)? else {
        return Ok(Err(Refusal::NotInGit));
    };
    // A sync killed half-way through its rebase is undone and done again.
    if repo.rebasing() {
        repo.abort_rebase()?;
    }
    let dirty = repo.dirty()?;
    if !dirty.is_empty() {
        return Ok(Err(Refusal::Dirty(dirty)));
    }
    let Some(branch) = repo.branch()? else {
        return Ok(Err(Refusal::NoBranch));
    };
    let Some(up) = repo.upstream(&branch)? else {
        return Ok(Err(Refusal::NoRemote));
    };
    let mut done = Synced {
        upstream: up.name(),
        ..Synced::default()
    };
    for attempt in 1..=ATTEMPTS {
        done.attempts = attempt;
        repo.fetch(&up)?;
        match round(reg, &repo, &up, opts, &mut done)? {
            Round::Refused(r) => return Ok(Err(r)),
            Round::Done => {
                if repo.branch()?.is_some() {
                    repo.track(&branch, &up)?;
                }
                reg.store.rebuild_indexes()?;
                return Ok(Ok(done));
            }
            Round::Behind => {
                std::thread::sleep(std::time::Duration::from_millis(100 << attempt));
            }
        }
    }
    reg.store.rebuild_indexes()?;
    Ok(Err(Refusal::GaveUp(ATTEMPTS)))
}

/// How one fetch–rebase–push went.
enum Round {
    Done,
    Behind,
    Refused(Refusal),
}

/// One fetch–renumber–rebase–push.
fn round(
    reg: &Register,
    repo: &Repo,
    up: &Upstream,
    opts: &Options,
    done: &mut Synced,
) -> Result<Round> {
    let Some(remote) = repo.rev(&up.tracking()) else {
        // The remote has no such branch yet: this clone publishes it.
        return push(repo, up, None, done);
    };
    let Some(base) = repo.merge_base("HEAD", &remote) else {
        return Ok(Round::Refused(Refusal::Unrelated(up.name())));
    };
    let plan = match plan(reg, repo, up, &base, &remote, opts)? {
        Ok(plan) => plan,
        Err(r) => return Ok(Round::Refused(r)),
    };
    done.same_cc.extend(plan.same_cc.iter().cloned());
    if !plan.moves.is_empty() {
        let renumbered = renumber(reg, repo, &base, &plan, opts, &mut done.old_index_in)?;
        done.renumbered.extend(renumbered);
    }
    let incoming = repo.count("HEAD", &remote)?;
    if incoming > 0 {
        if let Rebased::Conflict(files) = repo.rebase(&remote)? {
            return Ok(Round::Refused(Refusal::Conflict(files)));
        }
        done.received += incoming;
    }
    push(repo, up, Some(&remote), done)
}

/// Pushes what the remote hasn't.
fn push(repo: &Repo, up: &Upstream, remote: Option<&str>, done: &mut Synced) -> Result<Round> {
    let outgoing = match remote {
        Some(r) => repo.count(r, "HEAD")?,
        None => repo.count_all("HEAD")?,
    };
    if outgoing == 0 {
        return Ok(Round::Done);
    }
    Ok(match repo.push(up, remote)? {
        Pushed::Done => {
            done.sent += outgoing;
            Round::Done
        }
        Pushed::Behind => Round::Behind,
    })
}

/// The cards to move, and the remote's cards they collide with.
struct Plan {
    moves: Vec<Move>,
    remote: Vec<(String, String, String)>,
    same_cc: Vec<Pair>,
}

/// The year and number of a card file (`cards/2015/000001.json`).
fn numbered(rel: &str) -> Option<(i32, u32)> {
    let rest = rel.strip_prefix(store::CARDS)?.strip_prefix('/')?;
    let (year, file) = rest.split_once('/')?;
    Some((
        year.parse().ok()?,
        file.strip_suffix(".json")?.parse().ok()?,
    ))
}

/// Which of this clone's new cards the remote's new cards took the numbers
/// of, and their new numbers (past every number either side has, in the
/// order they were issued); or why none may move.
fn plan(
    reg: &Register,
    repo: &Repo,
    up: &Upstream,
    base: &str,
    remote: &str,
    opts: &Options,
) -> Result<std::result::Result<Plan, Refusal>> {
    let ours = repo.added_cards(base, "HEAD")?;
    let theirs: BTreeSet<String> = repo.added_cards(base, remote)?.into_iter().collect();
    let mut same_cc = Vec::new();
    let mut collide: Vec<(i32, u32, String)> = Vec::new();
    let remote_cards_by_file = remote_cards(repo, remote, &theirs)?;
    let cc_of_theirs: BTreeMap<&str, String> = remote_cards_by_file
        .values()
        .filter_map(|c| Some((c.cc_number.as_deref()?, c.full_name())))
        .collect();
    for rel in &ours {
        let Some((year, number)) = numbered(rel) else {
            continue;
        };
        if theirs.contains(rel) {
            collide.push((year, number, rel.clone()));
        } else if let Some(card) = reg.store.read_card(year, number)? {
            if let Some(other) = card
                .cc_number
                .as_deref()
                .and_then(|cc| cc_of_theirs.get(cc))
            {
                same_cc.push(Pair {
                    ours: card.full_name(),
                    theirs: other.clone(),
                });
            }
        }
    }
    collide.sort();
    let mut next: BTreeMap<i32, u32> = BTreeMap::new();
    let mut moves = Vec::new();
    let mut remote_cards = Vec::new();
    let mut undispatched_letters = Vec::new();
    for (year, number, rel) in collide {
        let Some(card) = reg.store.read_card(year, number)? else {
            continue;
        };
        let theirs = remote_cards_by_file.get(&rel);
        let remote_name = theirs
            .as_ref()
            .map(|c| c.full_name())
            .unwrap_or_else(|| rel.clone());
        if let Some(when) = left_on(&card) {
            return Ok(Err(Refusal::Left {
                card: card.full_name(),
                remote_card: remote_name,
                how: Left::Sent(when),
            }));
        }
        if let Some((commit, _)) = repo.adding_commit(base, "HEAD", &rel) {
            let elsewhere = repo.published_in(&commit, &up.tracking())?;
            if !elsewhere.is_empty() {
                return Ok(Err(Refusal::Left {
                    card: card.full_name(),
                    remote_card: remote_name,
                    how: Left::Pushed(elsewhere),
                }));
            }
        }
        if card.dispatch.is_some() && opts.outbox.is_none() {
            undispatched_letters.push(card.full_name());
        }
        let to = match next.get(&year) {
            Some(n) => *n,
            None => 1 + highest(repo, "HEAD", year)?.max(highest(repo, remote, year)?),
        };
        next.insert(year, to + 1);
        if let Some(cc) = &card.cc_number {
            if theirs.as_ref().and_then(|t| t.cc_number.as_ref()) == Some(cc) {
                same_cc.push(Pair {
                    ours: format!("{year}/{}", with_number(&card.index, to)),
                    theirs: remote_name.clone(),
                });
            }
        }
        let (commit, author) = repo.adding_commit(base, remote, &rel).unwrap_or_default();
        remote_cards.push((remote_name, commit, author));
        moves.push(Move {
            year,
            from: number,
            to,
            from_index: card.index.clone(),
            to_index: with_number(&card.index, to),
        });
    }
    if !undispatched_letters.is_empty() {
        return Ok(Err(Refusal::NeedOutbox(undispatched_letters)));
    }
    Ok(Ok(Plan {
        moves,
        remote: remote_cards,
        same_cc,
    }))
}

/// The remote's cards at `rels`, by file, those that read as cards; read
/// by one git.
fn remote_cards(
    repo: &Repo,
    remote: &str,
    rels: &BTreeSet<String>,
) -> Result<BTreeMap<String, Card>> {
    let rels: Vec<String> = rels.iter().cloned().collect();
    let found = repo.show_all(remote, &rels)?;
    Ok(rels
        .into_iter()
        .zip(found)
        .filter_map(|(rel, bytes)| {
            let (year, number) = numbered(&rel)?;
            let card = store::cards::parse_card_at(Path::new(&rel), year, number, &bytes?).ok()?;
            Some((rel, card))
        })
        .collect())
}

/// The day the card's reply went to the contact centre and the
/// applicant, or an exit's letter to the applicant.
fn left_on(card: &Card) -> Option<NaiveDate> {
    card.sent
        .as_ref()
        .map(|s| s.posted.unwrap_or(s.to_cc))
        .or_else(|| card.exit.as_ref().map(|e| e.date))
}

/// The highest running number of `year` at `rev`, 0 for none.
fn highest(repo: &Repo, rev: &str, year: i32) -> Result<u32> {
    Ok(repo
        .cards_at(rev, year)?
        .iter()
        .filter_map(|rel| numbered(rel).map(|(_, n)| n))
        .max()
        .unwrap_or(0))
}

/// An index with another number: `К-1` → `К-3`.
fn with_number(index: &str, number: u32) -> String {
    match crate::model::index::split_index(index) {
        Some((letter, _)) => format!("{letter}-{number}"),
        None => format!("{index}-{number}"),
    }
}

/// Rewrites this clone's unpublished commits with the cards moved, then
/// records each move on its card, commits that, and writes the corrected
/// letters.
fn renumber(
    reg: &Register,
    repo: &Repo,
    base: &str,
    plan: &Plan,
    opts: &Options,
    stale: &mut Vec<Pair>,
) -> Result<Vec<Renumbering>> {
    let moves = &plan.moves;
    repo.rewrite(base, &|rel, bytes| moved(moves, rel, bytes), &|message| {
        renamed_in_message(moves, message)
    })?;
    let mut written = Vec::new();
    let mut out = Vec::new();
    for (m, (remote_card, commit, author)) in moves.iter().zip(&plan.remote) {
        let Some(mut card) = reg.store.read_card(m.year, m.to)? else {
            continue;
        };
        let short: String = commit.chars().take(10).collect();
        // Never dated before the card's last step (a clock behind).
        let at = card
            .history
            .last()
            .map_or(opts.today, |e| e.at.max(opts.today));
        card.history.push(Event {
            at,
            by: opts.user.to_string(),
            what: What::Renumber(RenumberedData {
                from: m.from_index.clone(),
                reason: format!(
                    "номер {} за {} рік раніше опубліковано для картки {remote_card} (коміт {short})",
                    m.from, m.year
                ),
                to: m.to_index.clone(),
            }),
        });
        reg.store.write_card(&card)?;
        written.push(
            reg.store
                .canonical_root()
                .join(store::layout::card_path(m.year, m.to)),
        );
        stale.extend(naming_old_index(reg, &card, m));
        let letters = match (opts.outbox, &card.dispatch) {
            (Some(dir), Some(d)) => letters(reg, &card, m, &d.to, dir)?,
            _ => Vec::new(),
        };
        out.push(Renumbering {
            year: m.year,
            from: m.from_index.clone(),
            to: m.to_index.clone(),
            remote_card: remote_card.clone(),
            remote_commit: short,
            remote_author: author.clone(),
            letters,
        });
    }
    crate::ops::audit::commit_with(reg.store.root(), &written, &message(&out), opts.user)?;
    Ok(out)
}

/// The renumbering commit's message: which numbers moved and why.
fn message(moves: &[Renumbering]) -> String {
    let lines: Vec<String> = moves
        .iter()
        .map(|m| {
            format!(
                "{}/{} → {}/{}: the number was published first by {} (commit {})",
                m.year, m.from, m.year, m.to, m.remote_card, m.remote_commit
            )
        })
        .collect();
    let subject = match moves {
        [one] => format!("renumber {} → {}", one.from, one.to),
        many => format!("renumber {} appeals", many.len()),
    };
    format!(
        "{subject}\n\n{}\n\n{}: sync\n",
        lines.join("\n"),
        store::git::TRAILER
    )
}

/// The renumbered card's text documents (a drafted answer) that name its
/// old index: their words are the executor's and, once signed, fixed, so
/// they are pointed out, not changed.
fn naming_old_index(reg: &Register, card: &Card, m: &Move) -> Vec<Pair> {
    let Some(answer) = &card.answer else {
        return Vec::new();
    };
    let mut paths: Vec<&String> = answer.documents.values().collect();
    paths.sort();
    paths.dedup();
    paths
        .into_iter()
        .filter(|rel| {
            reg.store.read_bytes(rel).ok().is_some_and(|bytes| {
                let text = String::from_utf8_lossy(&bytes);
                rename_word(&text, &m.from_index, "\u{0}") != text
            })
        })
        .map(|rel| Pair {
            ours: card.full_name(),
            theirs: rel.clone(),
        })
        .collect()
}

/// The corrected letters of a renumbered, dispatched card.
fn letters(
    reg: &Register,
    card: &Card,
    m: &Move,
    executors: &[String],
    dir: &Path,
) -> Result<Vec<PathBuf>> {
    store::outside::check_dir(dir).map_err(crate::error::RequestError::Outbox)?;
    let mut files = Vec::new();
    for id in executors {
        let file = dir.join(format!("{}-{:06}-{id}.txt", card.year, card.number));
        let text = format!(
            "ВИПРАВЛЕННЯ: звернення, надіслане вам за номером {}/{}, має номер {}/{}. \
             Просимо відповідати за новим номером.\n\n{}",
            m.year,
            m.from_index,
            m.year,
            m.to_index,
            crate::ops::steps::dispatch::letter(reg, card, id)
        );
        store::outside::write_file(&file, text.as_bytes())?;
        files.push(file);
    }
    Ok(files)
}

/// A file of an unpublished commit with the cards moved: a moved card's
/// file and documents under their new names, and every card's text with
/// document paths and links to moved cards rewritten. `None`: unchanged.
fn moved(moves: &[Move], rel: &str, bytes: &[u8]) -> Option<(String, Vec<u8>)> {
    for m in moves {
        let old_docs = format!("{}/", store::layout::docs_dir(m.year, m.from));
        if let Some(rest) = rel.strip_prefix(&old_docs) {
            let new = format!("{}/{rest}", store::layout::docs_dir(m.year, m.to));
            return Some((new, bytes.to_vec()));
        }
    }
    if !(rel.starts_with(store::CARDS) && rel.ends_with(".json")) {
        return None;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let rewritten = moves.iter().fold(text.to_string(), |t, m| relinked(&t, m));
    let moved = numbered(rel)
        .and_then(|(year, number)| moves.iter().find(|m| m.year == year && m.from == number));
    match moved {
        Some(m) => {
            let mut card: Card = serde_json::from_str(&rewritten).ok()?;
            card.number = m.to;
            card.index = m.to_index.clone();
            Some((
                store::layout::card_path(m.year, m.to),
                card.to_json().into_bytes(),
            ))
        }
        None if rewritten != text => Some((rel.to_string(), rewritten.into_bytes())),
        None => None,
    }
}

/// A card's JSON with the moved card's document paths (strings that begin
/// with its `docs/` directory) and links to it (the string `2015/К-1`)
/// renamed. Only whole JSON strings are touched: a quote escaped inside a
/// summary is not one.
fn relinked(text: &str, m: &Move) -> String {
    let docs_from = format!("\"{}/", store::layout::docs_dir(m.year, m.from));
    let docs_to = format!("\"{}/", store::layout::docs_dir(m.year, m.to));
    let link_from = format!("\"{}/{}\"", m.year, m.from_index);
    let link_to = format!("\"{}/{}\"", m.year, m.to_index);
    let once = replace_unescaped(text, &docs_from, &docs_to);
    replace_unescaped(&once, &link_from, &link_to)
}

/// `text` with `from` replaced by `to` wherever `from`'s opening quote is
/// not escaped.
fn replace_unescaped(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(from) {
        let escaped = rest[..at].ends_with('\\') || (at == 0 && out.ends_with('\\'));
        out.push_str(&rest[..at]);
        out.push_str(if escaped { from } else { to });
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

/// A commit message with the moved cards' indexes renamed (`К-1` but not
/// `К-12`), and a line saying so.
fn renamed_in_message(moves: &[Move], message: &str) -> String {
    let mut text = message.to_string();
    let mut said = Vec::new();
    for m in moves {
        let renamed = rename_word(&text, &m.from_index, &m.to_index);
        if renamed != text {
            said.push(format!("{} → {}", m.from_index, m.to_index));
            text = renamed;
        }
    }
    if said.is_empty() {
        return text;
    }
    let note = format!(
        "Renumbered by sync before publishing: {} (the remote had used the number).",
        said.join(", ")
    );
    match text.rfind(&format!("\n\n{}:", store::git::TRAILER)) {
        Some(at) => text.insert_str(at, &format!("\n\n{note}")),
        None => text = format!("{}\n\n{note}\n", text.trim_end()),
    }
    text
}

/// `text` with the index `from` replaced where no digit follows it.
fn rename_word(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(from) {
        let after = &rest[at + from.len()..];
        let whole = !after.starts_with(|c: char| c.is_ascii_digit());
        out.push_str(&rest[..at]);
        out.push_str(if whole { to } else { from });
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m() -> Move {
        Move {
            year: 2015,
            from: 1,
            to: 3,
            from_index: "К-1".into(),
            to_index: "К-3".into(),
        }
    }

    #[test]
    fn document_paths_and_links_are_renamed_as_whole_strings() {
        let text = r#"{"a": "docs/2015/000001/answer.txt", "k": {"docs/2015/000001/x.pdf": "1"},
            "later": ["2015/К-1", "2015/К-12"], "s": "see \"2015/К-1\" and \"docs/2015/000001/y\""}"#;
        let out = relinked(text, &m());
        assert!(
            out.contains(r#""a": "docs/2015/000003/answer.txt""#),
            "{out}"
        );
        assert!(out.contains(r#"{"docs/2015/000003/x.pdf": "1"}"#), "{out}");
        assert!(out.contains(r#"["2015/К-3", "2015/К-12"]"#), "{out}");
        assert!(
            out.contains(r#""s": "see \"2015/К-1\" and \"docs/2015/000001/y\"""#),
            "{out}"
        );
    }

    #[test]
    fn a_message_names_the_new_index_and_says_why() {
        let msg = "register К-1 (cc 5)\n\nК-1\nК-12\n\nAppeals-Command: register\n";
        let out = renamed_in_message(&[m()], msg);
        assert_eq!(
            out,
            "register К-3 (cc 5)\n\nК-3\nК-12\n\nRenumbered by sync before publishing: К-1 → К-3 \
             (the remote had used the number).\n\nAppeals-Command: register\n"
        );
        assert_eq!(
            renamed_in_message(&[m()], "register К-12\n"),
            "register К-12\n"
        );
    }

    #[test]
    fn a_moved_cards_documents_move_with_it() {
        assert_eq!(
            moved(&[m()], "docs/2015/000001/answer-applicant.pdf", b"%PDF"),
            Some((
                "docs/2015/000003/answer-applicant.pdf".into(),
                b"%PDF".to_vec()
            ))
        );
        assert_eq!(moved(&[m()], "docs/2015/000011/a.pdf", b"x"), None);
        assert_eq!(with_number("К-1", 3), "К-3");
        assert_eq!(numbered("cards/2015/000001.json"), Some((2015, 1)));
    }
}
