//! The git audit trail: what a command changed, said as a commit message
//! (`register К-125 (cc 0145-23062015)`, `sign К-125 by maslenkov`).

use crate::error::Result;
use crate::model::status::Action;
use crate::model::Card;
use crate::store::{self, git};
use std::path::{Path, PathBuf};

/// One line for a card's latest step.
fn describe(card: &Card) -> String {
    let Some(last) = card.history.last() else {
        return card.index.clone();
    };
    match last.action() {
        Action::Register => match &card.cc_number {
            Some(cc) => format!("{} (cc {cc})", card.index),
            None => card.index.clone(),
        },
        Action::Sign | Action::Extend => {
            match last.what.fields().get("by").and_then(|v| v.as_str()) {
                Some(by) => format!("{} by {by}", card.index),
                None => card.index.clone(),
            }
        }
        Action::Remind => match &last.what {
            crate::model::event::What::Remind(r) => {
                format!("{} ({}: {})", card.index, r.level, r.to.join(", "))
            }
            _ => card.index.clone(),
        },
        Action::Resolve => match card.resolution.as_ref() {
            Some(r) => format!("{} to {}", card.index, r.executors.join(", ")),
            None => card.index.clone(),
        },
        _ => card.index.clone(),
    }
}

/// The commit message for a command that wrote `files`.
pub fn message(command: &str, files: &[PathBuf]) -> String {
    let mut cards: Vec<Card> = files
        .iter()
        .filter(|f| f.extension().is_some_and(|e| e == "json"))
        .filter(|f| f.components().any(|c| c.as_os_str() == store::CARDS))
        .filter_map(|f| store::read_card_file(f).ok())
        .collect();
    cards.sort_by_key(|c| (c.year, c.number));
    // The card a step is about is the one whose last event is that step.
    let about: Vec<&Card> = cards
        .iter()
        .filter(|c| {
            c.history.last().is_some_and(|e| match command {
                // `link` and `unlink` are about the card whose repeat link
                // changed, not the earlier one that records it.
                "link" | "unlink" => e.action() == Action::Relink,
                _ => e.action().command() == command,
            })
        })
        .collect();
    let about = if about.is_empty() {
        cards.iter().collect()
    } else {
        about
    };
    let lines: Vec<String> = about.iter().map(|c| describe(c)).collect();
    let subject = match lines.as_slice() {
        [] if command == "init" => "init register".to_string(),
        [] => format!(
            "{command} ({} file{})",
            files.len(),
            if files.len() == 1 { "" } else { "s" }
        ),
        [one] => format!("{command} {one}"),
        many => format!(
            "{command} {} appeals ({} … {})",
            many.len(),
            about.first().map(|c| c.index.as_str()).unwrap_or(""),
            about.last().map(|c| c.index.as_str()).unwrap_or("")
        ),
    };
    let mut text = subject;
    if lines.len() > 1 {
        text.push_str("\n\n");
        text.push_str(&lines.join("\n"));
    }
    text.push_str(&format!("\n\n{}: {command}\n", git::TRAILER));
    text
}

/// The name and e-mail of the roster's person `user` (a coordinator, an
/// administrator or the head), when `people.toml` gives them an e-mail.
fn person(register: &Path, user: &str) -> Option<(String, String)> {
    let text = store::Store::at(register).read_text(store::PEOPLE).ok()?;
    let roster = crate::config::Roster::parse(&text, store::PEOPLE).ok()?;
    let named = |name: &str, email: &Option<String>| {
        email
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(|e| (name.to_string(), e.to_string()))
    };
    roster
        .coordinator(user)
        .and_then(|c| named(&c.name, &c.email))
        .or_else(|| {
            roster
                .administrator(user)
                .and_then(|a| named(&a.name, &a.email))
        })
        .or_else(|| roster.head(user).and_then(|h| named(&h.name, &h.email)))
}

/// Commits a command's changes when the register is in a git work tree,
/// authored by `user` when the roster gives that person an e-mail, else by
/// git's own identity. `Ok(None)` when there is no git work tree or
/// nothing to commit.
pub fn commit(
    register: &Path,
    command: &str,
    files: &[PathBuf],
    user: &str,
) -> Result<Option<git::Committed>> {
    commit_with(register, files, &message(command, files), user)
}

/// Commits what a killed command wrote and never committed (its note,
/// `store::journal`), under its own name and user, saying that it was
/// completed later. `Ok(None)` when it is all committed already.
pub fn commit_owed(register: &Path, owed: &store::journal::Owed) -> Result<Option<git::Committed>> {
    let files = git::tracked_changes(register, owed.files.clone());
    if files.is_empty() {
        return Ok(None);
    }
    let person = person(register, &owed.user);
    let author = match &person {
        Some((name, email)) => git::Author::Person { name, email },
        None => git::Author::Git { user: &owed.user },
    };
    let mut text = message(&owed.command, &files);
    let at = text
        .rfind(&format!("\n\n{}:", git::TRAILER))
        .unwrap_or(text.len());
    text.insert_str(at, &format!("\n\n{}", OWED_NOTE));
    Ok(git::commit_in(register, &files, &text, author)?)
}

/// Commits `files` with the message `text` (its trailer included), by
/// `user` as [`commit`] resolves them: for a command, such as `sync`, that
/// says what it did itself.
pub fn commit_with(
    register: &Path,
    files: &[PathBuf],
    text: &str,
    user: &str,
) -> Result<Option<git::Committed>> {
    let person = person(register, user);
    let author = match &person {
        Some((name, email)) => git::Author::Person { name, email },
        None => git::Author::Git { user },
    };
    Ok(git::commit_in(register, files, text, author)?)
}

/// What an owed commit's message says of it (the audit trail is English,
/// as git's is).
pub const OWED_NOTE: &str =
    "Committed by the next command: this one was interrupted after writing, before its commit.";

/// A card's history beside the git commits that touched its file.
#[derive(Debug, serde::Serialize)]
pub struct CardLog {
    /// The card's own history.
    pub history: Vec<crate::model::card::Event>,
    /// Commits that touched the card's file, newest first; empty outside git.
    pub commits: Vec<git::LogEntry>,
    /// Whether the register is in a git work tree.
    pub in_git: bool,
}

/// The history of a card and the commits of its file.
pub fn card_log(reg: &crate::store::Register, card: &Card) -> Result<CardLog> {
    let rel = store::layout::card_path(card.year, card.number);
    let commits = git::file_log(reg.store.root(), &rel)?;
    Ok(CardLog {
        history: card.history.clone(),
        in_git: commits.is_some(),
        commits: commits.unwrap_or_default(),
    })
}
