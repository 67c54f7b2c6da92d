//! What a git merge of two clones of one register can break that the
//! other checks don't see: documents under another card's directory,
//! documents no card names, conflict markers left in any text file, a
//! running number given again after its card was deleted, and files that
//! a register that commits has not committed.
//!
//! The checks of one card's own documents run with the card (and so are
//! remembered with it by the memo: they depend only on the card and its
//! documents); the others look at the whole register on every run.

use super::finding::{escape, Code, Finding, Findings};
use crate::model::card::Card;
use crate::store::{self, Store};
use std::collections::HashSet;

pub(super) use crate::model::markers::{conflict_line, is_text};

/// The line of the first conflict marker in the register's file `rel`, if
/// it can be read and holds one.
fn marker_line(store: &Store, rel: &str) -> Option<usize> {
    store
        .read_bytes(rel)
        .ok()
        .as_deref()
        .and_then(conflict_line)
}

/// A finding of conflict markers in the file `rel` (not a card) from `line`.
fn markers(rel: &str, line: usize) -> Finding {
    Finding::new(
        Code::ConflictMarkers,
        rel.to_string(),
        String::new(),
        crate::say!("chk-conflict-markers", line = line),
        crate::say!("chk-conflict-markers-file-hint", file = rel),
    )
}

/// The card (year and number) whose directory `docs/YEAR/NNNNNN/` holds
/// the document `path`, if it lies in one.
fn owner(path: &str) -> Option<(i32, u32)> {
    let rest = path.strip_prefix(store::DOCS)?.strip_prefix('/')?;
    let mut parts = rest.splitn(3, '/');
    let (year, number, _) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(year, 4) || !digits(number, 6) {
        return None;
    }
    Some((year.parse().ok()?, number.parse().ok()?))
}

/// Every document a card names, with the field that names it, the
/// returned packages' included.
fn named_fields(c: &Card) -> Vec<(String, &str)> {
    let mut named = super::documents::step_documents(c);
    for path in c.signature.iter().flat_map(|s| s.sha256.keys()) {
        named.push((format!("/signature/sha256/{}", escape(path)), path));
    }
    for (i, r) in c.reworks.iter().enumerate() {
        for (role, path) in &r.answer.documents {
            named.push((
                format!("/reworks/{i}/answer/documents/{}", escape(role)),
                path,
            ));
        }
    }
    named
}

/// Documents of the card that lie in another card's directory: after a
/// card was renumbered by hand, they are the other appeal's.
pub(super) fn check_foreign(c: &Card, out: &mut Findings) {
    let own = store::layout::docs_dir(c.year, c.number);
    for (field, path) in named_fields(c) {
        match owner(path) {
            Some((year, number)) if (year, number) != (c.year, c.number) => out.push(
                Code::DocumentForeign,
                &field,
                crate::say!(
                    "chk-document-foreign",
                    path = path,
                    dir = store::layout::docs_dir(year, number)
                ),
                crate::say!("chk-document-foreign-hint", dir = own),
            ),
            _ => {}
        }
    }
}

/// Conflict markers in the card's text documents that are on disk.
pub(super) fn check_markers<'a>(
    store: &Store,
    docs: impl IntoIterator<Item = &'a str>,
    out: &mut Findings,
) {
    for path in docs.into_iter().filter(|p| is_text(p)) {
        if let Some(line) = marker_line(store, path) {
            out.out.push(markers(path, line));
        }
    }
}

/// The checks of the whole register: conflict markers in the settings
/// files and templates, and files under `docs/` that no card names
/// (`named`), but for those in the directory of a card that couldn't be
/// read (`unread`), whose names are unknown.
pub(super) fn register_checks(
    store: &Store,
    named: &HashSet<String>,
    unread: &HashSet<String>,
    docs: &DocsScope,
    out: &mut Vec<Finding>,
) {
    let templates = store.files_under(store::TEMPLATES).unwrap_or_default();
    let settings = store::layout::SETTINGS_FILES.iter().map(|s| s.to_string());
    let mut marked = HashSet::new();
    for rel in settings.chain(templates) {
        if let Some(line) = marker_line(store, &rel) {
            out.push(markers(&rel, line));
            marked.insert(rel);
        }
    }
    // A settings file with markers doesn't parse: the markers say why.
    out.retain(|f| !(f.code == Code::ConfigInvalid && marked.contains(&f.file)));
    let (files, special) = docs.listing(store);
    for rel in special {
        out.push(not_regular(rel));
    }
    for rel in files {
        if named.contains(&rel) {
            continue;
        }
        let dir = owner(&rel).map(|(y, n)| store::layout::docs_dir(y, n));
        if dir.is_some_and(|d| unread.contains(&d)) {
            continue;
        }
        out.push(Finding::new(
            Code::DocumentOrphan,
            rel.clone(),
            String::new(),
            crate::say!("chk-document-orphan"),
            crate::say!("chk-document-orphan-hint", path = rel),
        ));
        if is_text(&rel) {
            if let Some(line) = marker_line(store, &rel) {
                out.push(markers(&rel, line));
            }
        }
    }
}

/// Anything in the register that is neither a plain file nor a directory:
/// a symbolic link, a named pipe, a device, a socket (a pull can bring
/// one). No command follows or opens one; `check` names each.
/// Those under `cards/` are among its listing's strays (`strays`, as
/// paths relative to the register); those under `docs/` are found with
/// the orphans ([`register_checks`]).
pub(super) fn check_special(store: &Store, strays: &[String], out: &mut Vec<Finding>) {
    let in_cards = strays
        .iter()
        .filter(|rel| Store::is_special(&store.path(rel)))
        .cloned();
    for rel in store.special_files().into_iter().chain(in_cards) {
        out.push(not_regular(rel));
    }
}

/// A finding of what is not a plain file or a directory.
fn not_regular(rel: String) -> Finding {
    let hint = crate::say!("chk-not-a-regular-file-hint", file = rel.as_str());
    Finding::new(
        Code::NotARegularFile,
        rel,
        String::new(),
        crate::say!("chk-not-a-regular-file"),
        hint,
    )
}

/// With `[git] commit = true`, the cards and documents git has not got as
/// they are (a command killed before its commit, or a hand edit). Not while a command's commit runs
/// this check from a git hook: its own files are being committed then.
pub(super) fn check_uncommitted(store: &Store, commits: bool, out: &mut Vec<Finding>) {
    if !commits || store::lock::under_commit() {
        return;
    }
    let Some(files) = store::git::uncommitted(store.root()) else {
        return;
    };
    let owed = store::journal::owed(store.root());
    for rel in files {
        let hint = match owed
            .iter()
            .find(|o| o.files.iter().any(|f| f.ends_with(&rel)))
        {
            Some(o) => crate::say!("chk-uncommitted-owed-hint", command = o.command.as_str()),
            None => crate::say!("chk-uncommitted-hint", file = rel.as_str()),
        };
        out.push(Finding::new(
            Code::Uncommitted,
            rel,
            String::new(),
            crate::say!("chk-uncommitted"),
            hint,
        ));
    }
}

/// Which of `docs/` a check lists for orphans and special files. Listing
/// every card's directory costs a directory read per card (about a second
/// for 100,000 cards), so a check that took most cards from its memo lists
/// only the directories of the cards it read afresh, those with no card,
/// and what lies loose in `docs/` and its years; a full check (the first,
/// one after a settings change, `--rehash`) lists them all.
pub(super) struct DocsScope {
    /// Every card, by year and number.
    pub cards: HashSet<(i32, u32)>,
    /// The cards read afresh this run; `None` when every card was.
    pub fresh: Option<HashSet<(i32, u32)>>,
}

impl DocsScope {
    /// The files under `docs/` to look at, and what there is neither a
    /// plain file nor a directory.
    fn listing(&self, store: &Store) -> (Vec<String>, Vec<String>) {
        let Some(fresh) = &self.fresh else {
            return store.listing_under(store::DOCS).unwrap_or_default();
        };
        let mut files = Vec::new();
        let mut special = Vec::new();
        let mut add = |(f, s): (Vec<String>, Vec<String>)| {
            files.extend(f);
            special.extend(s);
        };
        let top = store.entries_in(store::DOCS);
        add((top.files, top.special));
        for year in top.dirs {
            let rel = format!("{}/{year}", store::DOCS);
            let here = store.entries_in(&rel);
            add((here.files, here.special));
            for number in here.dirs {
                let card = year.parse().ok().zip(number.parse().ok());
                let listed = card.is_none_or(|c| !self.cards.contains(&c) || fresh.contains(&c));
                if listed {
                    add(store
                        .listing_under(&format!("{rel}/{number}"))
                        .unwrap_or_default());
                }
            }
        }
        (files, special)
    }
}

/// What tells two appeals apart on a card file: its contact-centre
/// number, receipt date and applicant's name.
fn identity(bytes: &[u8]) -> Option<[serde_json::Value; 3]> {
    let v: serde_json::Value = serde_json::from_slice(bytes).ok()?;
    Some([
        v["cc_number"].clone(),
        v["received"].clone(),
        v["applicant"]["name"].clone(),
    ])
}

/// Card files that git history shows were deleted and now hold another
/// appeal: a running number given twice. Nothing when the register is
/// not in git.
pub(super) fn check_reused(store: &Store, cards: &[store::CardFile], out: &mut Vec<Finding>) {
    let paths: HashSet<String> = cards
        .iter()
        .map(|f| store::layout::card_path(f.year, f.number))
        .collect();
    let Some(deleted) = store::git::deleted_cards(store.root(), |p| paths.contains(p)) else {
        return;
    };
    let mut reported = HashSet::new();
    for d in deleted {
        if reported.contains(&d.path) {
            continue;
        }
        let now = store.read_bytes(&d.path).ok();
        let (Some(then), Some(now)) = (identity(&d.bytes), now.as_deref().and_then(identity))
        else {
            continue;
        };
        if then != now {
            let short: String = d.commit.chars().take(10).collect();
            out.push(Finding::new(
                Code::NumberReused,
                d.path.clone(),
                String::new(),
                crate::say!(
                    "chk-number-reused",
                    commit = short,
                    then = describe(&then),
                    now = describe(&now)
                ),
                crate::say!("chk-number-reused-hint", commit = short, file = d.path),
            ));
            reported.insert(d.path);
        }
    }
}

/// An appeal as [`identity`] tells it: `2015-06-02, Іваненко І. І., cc 123`.
fn describe(id: &[serde_json::Value; 3]) -> String {
    let text = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => "-".to_string(),
        other => other.to_string(),
    };
    format!("{}, {}, {}", text(&id[1]), text(&id[2]), text(&id[0]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conflict_markers_are_found_by_their_lines() {
        assert_eq!(
            conflict_line(b"{\n<<<<<<< HEAD\n  a\n=======\n  b\n>>>>>>> x\n}"),
            Some(2)
        );
        assert_eq!(conflict_line(b"a\r\n>>>>>>> theirs\r\n"), Some(2));
        assert_eq!(conflict_line(b"<<<<<<<\n"), Some(1));
        // A heading's underline, and arrows inside a line, are text.
        assert_eq!(conflict_line(b"Title\n=======\nbody"), None);
        assert_eq!(conflict_line(b"see <<<<<<< here"), None);
        assert_eq!(conflict_line(b""), None);
    }

    #[test]
    fn a_document_belongs_to_the_card_of_its_directory() {
        assert_eq!(owner("docs/2015/000002/info.txt"), Some((2015, 2)));
        assert_eq!(owner("docs/2015/000002/sub/info.txt"), Some((2015, 2)));
        assert_eq!(owner("docs/2015/2/info.txt"), None);
        assert_eq!(owner("docs/2015/000002"), None);
        assert_eq!(owner("scans/2015/000002/a.pdf"), None);
    }

    #[test]
    fn text_documents_by_name() {
        assert!(is_text("docs/2015/000001/info.TXT"));
        assert!(is_text("docs/2015/000001/quality.toml"));
        assert!(!is_text("docs/2015/000001/scan.pdf"));
    }
}
