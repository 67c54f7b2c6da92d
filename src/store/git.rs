//! git, through its command line (present wherever git is): finding the
//! work tree a register lives in, committing exactly the files a command
//! wrote, and reading the commits that touched a card. What a commit says
//! is decided by `ops::audit`; here it is only carried out.

use super::error::{Result, StoreError};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The trailer that marks a commit made by `appeals`, naming the command.
pub const TRAILER: &str = "Appeals-Command";

fn git(dir: &Path) -> Command {
    let mut c = Command::new("git");
    c.arg("-C").arg(dir);
    // Messages from git are read by us, not shown to a person.
    c.env("LC_ALL", "C");
    c
}

/// The top of the git work tree that holds `dir`, if any.
pub fn toplevel(dir: &Path) -> Option<PathBuf> {
    let out = git(dir)
        .args(["rev-parse", "--show-toplevel"])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?;
    Some(PathBuf::from(text.trim_end()))
}

fn run(dir: &Path, cmd: &mut Command, what: &str) -> Result<String> {
    let out = cmd.output().map_err(|e| {
        StoreError::file(
            dir,
            crate::t!(
                "err-git-run",
                what = crate::i18n::message(what, Vec::new()),
                error = e.to_string()
            ),
        )
    })?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(StoreError::file(
            dir,
            crate::t!(
                "err-git-failed",
                what = crate::i18n::message(what, Vec::new()),
                error = String::from_utf8_lossy(&out.stderr).trim().to_string()
            ),
        ))
    }
}

/// Whether git knows who commits here (`user.email` set).
fn has_identity(dir: &Path) -> bool {
    git(dir)
        .args(["config", "user.email"])
        .output()
        .is_ok_and(|o| o.status.success() && !o.stdout.trim_ascii().is_empty())
}

/// Commits exactly `files` (paths inside the work tree at `top`) with
/// `message`, authored by `user`; other staged changes stay staged and out
/// of the commit. Returns the new commit's short id, or `None` when the
/// files are as committed already.
fn commit(top: &Path, files: &[PathBuf], message: &str, user: &str) -> Result<Option<String>> {
    let rel: Vec<PathBuf> = files
        .iter()
        .filter_map(|f| f.strip_prefix(top).ok().map(Path::to_path_buf))
        .collect();
    if rel.is_empty() {
        return Ok(None);
    }
    let mut add = git(top);
    add.args(["add", "--"]).args(&rel);
    run(top, &mut add, "detail-git-stage")?;
    let changed = git(top)
        .args(["diff", "--cached", "--quiet", "HEAD", "--"])
        .args(&rel)
        // Before the first commit git says "bad revision 'HEAD'": not the
        // clerk's business.
        .stderr(std::process::Stdio::null())
        .status();
    // Exit 0: nothing differs from HEAD (or there is no HEAD yet: exit 128).
    if changed.is_ok_and(|s| s.code() == Some(0)) {
        return Ok(None);
    }
    let author = format!("{user} <{user}@appeals>");
    let mut c = git(top);
    c.args([
        "commit",
        "--quiet",
        "--no-verify",
        "--only",
        "-m",
        message,
        "--author",
        &author,
        "--",
    ])
    .args(&rel);
    if !has_identity(top) {
        c.env("GIT_COMMITTER_NAME", user)
            .env("GIT_COMMITTER_EMAIL", format!("{user}@appeals"));
    }
    run(top, &mut c, "detail-git-commit")?;
    let sha = run(
        top,
        git(top).args(["rev-parse", "--short", "HEAD"]),
        "read the new commit",
    )?;
    Ok(Some(sha.trim().to_string()))
}

/// A commit that touched a file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LogEntry {
    /// Short commit id.
    pub commit: String,
    /// Author date, `YYYY-MM-DD`.
    pub date: String,
    /// Author name.
    pub author: String,
    /// First line of the message.
    pub subject: String,
    /// The `appeals` command that made it; `None` for a change made outside the tool.
    pub command: Option<String>,
}

/// The commits that touched `file`, newest first.
fn log(top: &Path, file: &Path) -> Result<Vec<LogEntry>> {
    let rel = file.strip_prefix(top).unwrap_or(file);
    let format = format!(
        "--format=%h%x1f%ad%x1f%an%x1f%s%x1f%(trailers:key={TRAILER},valueonly,separator=%x2c)%x1e"
    );
    let text = run(
        top,
        git(top)
            .args(["log", "--date=short", &format, "--"])
            .arg(rel),
        "read the log",
    )?;
    Ok(text
        .split('\u{1e}')
        .filter_map(|rec| {
            let f: Vec<&str> = rec.trim_start_matches('\n').split('\u{1f}').collect();
            let [commit, date, author, subject, trailer] = f.as_slice() else {
                return None;
            };
            let trailer = trailer.trim();
            Some(LogEntry {
                commit: commit.to_string(),
                date: date.to_string(),
                author: author.to_string(),
                subject: subject.to_string(),
                command: (!trailer.is_empty()).then(|| trailer.to_string()),
            })
        })
        .collect())
}

/// The files a command wrote inside the register that belong in git
/// (not the lock, temporary files or derived indexes), as absolute paths.
pub fn tracked_changes(register: &Path, written: Vec<PathBuf>) -> Vec<PathBuf> {
    let Ok(root) = register.canonicalize() else {
        return Vec::new();
    };
    written
        .into_iter()
        .filter_map(|p| {
            let abs = p
                .parent()
                .and_then(|d| d.canonicalize().ok())
                .map(|d| d.join(p.file_name().unwrap_or_default()))?;
            let rel = abs.strip_prefix(&root).ok()?;
            let hidden = rel.components().any(|c| {
                c.as_os_str().to_string_lossy().starts_with('.') && c.as_os_str() != ".gitignore"
            });
            (!hidden && abs.exists()).then_some(abs)
        })
        .collect()
}

/// Commits `files` of the register with `message`, authored by `user`,
/// when the register is in a git work tree: the new commit's short id, or
/// `None` when there is no work tree or nothing to commit.
pub fn commit_in(
    register: &Path,
    files: &[PathBuf],
    message: &str,
    user: &str,
) -> Result<Option<String>> {
    let Some(top) = toplevel(register) else {
        return Ok(None);
    };
    let top = top.canonicalize().unwrap_or(top);
    commit(&top, files, message, user)
}

/// The commits that touched a file of the register (`rel`), newest first;
/// `None` when the register is not in a git work tree.
pub fn file_log(register: &Path, rel: &str) -> Result<Option<Vec<LogEntry>>> {
    let Some(top) = toplevel(register) else {
        return Ok(None);
    };
    let top = top.canonicalize().unwrap_or(top);
    let file = register.join(rel);
    let abs = file
        .parent()
        .and_then(|d| d.canonicalize().ok())
        .map(|d| d.join(file.file_name().unwrap_or_default()))
        .unwrap_or(file);
    log(&top, &abs).map(Some)
}
