//! git, through its command line (present wherever git is): finding the
//! work tree a register lives in, committing exactly the files a command
//! wrote, and reading the commits that touched a card. What a commit says
//! is decided by `ops::audit`; here it is only carried out.

use super::error::{Result, StoreError};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The trailer that marks a commit made by `appeals`, naming the command.
pub const TRAILER: &str = "Appeals-Command";

pub(super) fn git(dir: &Path) -> Command {
    let mut c = Command::new("git");
    // Paths are file names, never patterns.
    c.arg("--literal-pathspecs").arg("-C").arg(dir);
    // Messages from git are read by us, not shown to a person: every
    // probe's output is captured (`output`), never left on the terminal.
    c.env("LC_ALL", "C");
    c.stdin(Stdio::null());
    c
}

/// The top of the git work tree that holds `dir`: `None` when there is
/// none (or no git), an error when git refuses the repository it found (a
/// work tree owned by another account: "dubious ownership"), so that a
/// register that commits never silently stops.
pub(super) fn toplevel_checked(dir: &Path) -> Result<Option<PathBuf>> {
    let out = match git(dir).args(["rev-parse", "--show-toplevel"]).output() {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::io(dir, e)),
    };
    if out.status.success() {
        let text = String::from_utf8_lossy(&out.stdout);
        return Ok(Some(PathBuf::from(text.trim_end())));
    }
    let why = String::from_utf8_lossy(&out.stderr);
    if why.contains("not a git repository") {
        return Ok(None);
    }
    Err(StoreError::file(
        dir,
        crate::t!(
            "err-git-failed",
            what = crate::i18n::message("detail-git-find", Vec::new()),
            error = why.trim().to_string()
        ),
    ))
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

pub(super) fn run(dir: &Path, cmd: &mut Command, what: &str) -> Result<String> {
    run_with(dir, cmd, what, None)
}

/// Runs git, feeding `input` on its standard input when given; its output
/// and its messages are captured.
pub(super) fn run_with(
    dir: &Path,
    cmd: &mut Command,
    what: &str,
    input: Option<&[u8]>,
) -> Result<String> {
    let failed = |e: std::io::Error| {
        StoreError::file(
            dir,
            crate::t!(
                "err-git-run",
                what = crate::i18n::message(what, Vec::new()),
                error = e.to_string()
            ),
        )
    };
    // git's own lock (`index.lock`) taken by another git a moment ago is
    // waited for, as git's users do, for up to about ten seconds.
    let mut wait = std::time::Duration::from_millis(20);
    let mut waited = std::time::Duration::ZERO;
    loop {
        let out = once(cmd, input).map_err(failed)?;
        if out.status.success() {
            return Ok(String::from_utf8_lossy(&out.stdout).into_owned());
        }
        let why = String::from_utf8_lossy(&out.stderr).trim().to_string();
        if why.contains("index.lock") && waited < std::time::Duration::from_secs(10) {
            std::thread::sleep(wait);
            waited += wait;
            wait = (wait * 2).min(std::time::Duration::from_millis(500));
            continue;
        }
        return Err(StoreError::file(
            dir,
            crate::t!(
                "err-git-failed",
                what = crate::i18n::message(what, Vec::new()),
                error = why
            ),
        ));
    }
}

/// Runs git with `input` on its standard input; its output as bytes.
pub(super) fn output_with(dir: &Path, cmd: &mut Command, input: &[u8]) -> Result<Vec<u8>> {
    let out = once(cmd, Some(input)).map_err(|e| StoreError::io(dir, e))?;
    if !out.status.success() {
        return Err(StoreError::file(
            dir,
            crate::t!(
                "err-git-failed",
                what = crate::i18n::message("detail-git-read", Vec::new()),
                error = String::from_utf8_lossy(&out.stderr).trim().to_string()
            ),
        ));
    }
    Ok(out.stdout)
}

/// Runs git once, its output captured.
fn once(cmd: &mut Command, input: Option<&[u8]>) -> std::io::Result<std::process::Output> {
    Ok(match input {
        None => cmd.output()?,
        Some(bytes) => {
            let mut child = cmd
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()?;
            let mut stdin = child.stdin.take().expect("piped stdin");
            // Written from a thread, so that git's output never fills a
            // pipe while we are still writing.
            let bytes = bytes.to_vec();
            let writer = std::thread::spawn(move || stdin.write_all(&bytes));
            let out = child.wait_with_output()?;
            writer
                .join()
                .unwrap_or_else(|_| Err(std::io::Error::other("writer")))?;
            out
        }
    })
}

/// Whether git knows who commits here, as git itself resolves it (the
/// repository's, the user's and the system's config, `GIT_AUTHOR_*`,
/// `EMAIL`), without guessing one from the host name.
fn has_identity(dir: &Path) -> bool {
    git(dir)
        .args(["-c", "user.useConfigOnly=true", "var", "GIT_AUTHOR_IDENT"])
        .output()
        .is_ok_and(|o| o.status.success() && !o.stdout.trim_ascii().is_empty())
}

/// Whether the repository has a commit yet.
fn has_head(dir: &Path) -> bool {
    git(dir)
        .args(["rev-parse", "--verify", "--quiet", "HEAD"])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Who a commit is by.
#[derive(Debug, Clone, Copy)]
pub enum Author<'a> {
    /// A person of the roster with an e-mail: the commit is theirs.
    Person {
        /// Their name.
        name: &'a str,
        /// Their e-mail.
        email: &'a str,
    },
    /// The user git knows (its identity); `user` (the `--user` id) is
    /// used, as `user <user@appeals>`, only when git knows nobody.
    Git {
        /// The `--user` id.
        user: &'a str,
    },
}

/// A commit made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Committed {
    /// The new commit's short id.
    pub sha: String,
    /// Git knew nobody and the person no e-mail: the commit is authored
    /// `user <user@appeals>`.
    pub made_up_author: bool,
}

/// The paths of `rel`, NUL-separated, for `--pathspec-from-file`.
fn pathspec(rel: &[PathBuf]) -> Vec<u8> {
    let mut out = Vec::new();
    for p in rel {
        out.extend_from_slice(p.to_string_lossy().as_bytes());
        out.push(0);
    }
    out
}

/// Commits exactly `files` (paths inside the work tree at `top`) with
/// `message`, by `author`; other staged changes stay staged and out of the
/// commit. The paths go to git through its standard input, never the
/// command line, so a commit may hold any number of files. Returns the new
/// commit, or `None` when the files are as committed already.
fn commit(
    top: &Path,
    register: &Path,
    files: &[PathBuf],
    message: &str,
    author: Author,
) -> Result<Option<Committed>> {
    let rel: Vec<PathBuf> = files
        .iter()
        .filter_map(|f| f.strip_prefix(top).ok().map(Path::to_path_buf))
        .collect();
    if rel.is_empty() {
        return Ok(None);
    }
    let spec = pathspec(&rel);
    run_with(
        top,
        git(top).args(["add", "--pathspec-from-file=-", "--pathspec-file-nul"]),
        "detail-git-stage",
        Some(&spec),
    )?;
    if has_head(top) {
        let staged = run(
            top,
            git(top).args(["diff", "--cached", "--name-only", "-z", "HEAD"]),
            "detail-git-stage",
        )?;
        let staged: std::collections::HashSet<&str> = staged.split('\0').collect();
        if !rel
            .iter()
            .any(|p| staged.contains(p.to_string_lossy().as_ref()))
        {
            return Ok(None);
        }
    }
    // The message from a file: a batch's lists every card, longer than a
    // command line may be.
    let mut msg =
        tempfile::NamedTempFile::new().map_err(|e| StoreError::file(top, e.to_string()))?;
    msg.write_all(message.as_bytes())
        .and_then(|()| msg.flush())
        .map_err(|e| StoreError::file(msg.path(), e.to_string()))?;
    let mut c = git(top);
    c.args([
        "commit",
        "--quiet",
        "--only",
        "--pathspec-from-file=-",
        "--pathspec-file-nul",
        "-F",
    ])
    .arg(msg.path());
    // A hook that runs `appeals check` reads the register without waiting
    // for the lock this command holds.
    c.env(super::lock::HELD_BY_PARENT, register);
    let git_knows = has_identity(top);
    let mut made_up_author = false;
    match author {
        Author::Person { name, email } => {
            c.arg("--author").arg(format!("{name} <{email}>"));
            if !git_knows {
                c.env("GIT_COMMITTER_NAME", name)
                    .env("GIT_COMMITTER_EMAIL", email);
            }
        }
        Author::Git { .. } if git_knows => {}
        Author::Git { user } => {
            made_up_author = true;
            let email = format!("{user}@appeals");
            c.env("GIT_AUTHOR_NAME", user)
                .env("GIT_AUTHOR_EMAIL", &email)
                .env("GIT_COMMITTER_NAME", user)
                .env("GIT_COMMITTER_EMAIL", &email);
        }
    }
    run_with(top, &mut c, "detail-git-commit", Some(&spec))?;
    let sha = run(
        top,
        git(top).args(["rev-parse", "--short", "HEAD"]),
        "read the new commit",
    )?;
    Ok(Some(Committed {
        sha: sha.trim().to_string(),
        made_up_author,
    }))
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
                let name = c.as_os_str();
                name.to_string_lossy().starts_with('.')
                    && name != ".gitignore"
                    && name != ".gitattributes"
            });
            (!hidden && abs.exists()).then_some(abs)
        })
        .collect()
}

/// The register's absolute directory and `files` (absolute, as
/// [`tracked_changes`] gives them) as paths inside it, for a person to read.
pub fn names_in(register: &Path, files: &[PathBuf]) -> (PathBuf, Vec<String>) {
    let dir = register
        .canonicalize()
        .unwrap_or_else(|_| register.to_path_buf());
    let names = files
        .iter()
        .map(|f| f.strip_prefix(&dir).unwrap_or(f).display().to_string())
        .collect();
    (dir, names)
}

/// Commits `files` of the register with `message`, by `author`, when the
/// register is in a git work tree: the new commit, or `None` when there is
/// no work tree or nothing to commit.
pub fn commit_in(
    register: &Path,
    files: &[PathBuf],
    message: &str,
    author: Author,
) -> Result<Option<Committed>> {
    // Absolute from here on: git runs in the work tree's top.
    let register = register
        .canonicalize()
        .unwrap_or_else(|_| register.to_path_buf());
    let Some(top) = toplevel_checked(&register)? else {
        return Ok(None);
    };
    let top = top.canonicalize().unwrap_or(top);
    commit(&top, &register, files, message, author)
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

/// A card file as it was before a commit deleted it.
#[derive(Debug, Clone)]
pub struct Deleted {
    /// The card file, relative to the register (`cards/2015/000005.json`).
    pub path: String,
    /// The commit that deleted it.
    pub commit: String,
    /// What the file held just before.
    pub bytes: Vec<u8>,
}

/// The card files under `register` that commits deleted, newest deletion
/// first, each with what it held, for those paths `wanted` keeps (a card
/// file there today). `None` when the register is not in a git work tree
/// with commits, or git can't be asked: the history is then not looked at.
pub fn deleted_cards(register: &Path, wanted: impl Fn(&str) -> bool) -> Option<Vec<Deleted>> {
    let out = git(register)
        .args([
            "log",
            "--relative",
            "--no-renames",
            "--diff-filter=D",
            "--name-only",
            "--format=%x00%H",
            "--",
            "cards",
        ])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8(out.stdout).ok()?;
    let mut found = Vec::new();
    for chunk in text.split('\0').filter(|c| !c.trim().is_empty()) {
        let mut lines = chunk.lines();
        let commit = lines.next()?.trim().to_string();
        for path in lines.map(str::trim).filter(|p| !p.is_empty() && wanted(p)) {
            let shown = git(register)
                .arg("show")
                .arg(format!("{commit}^:./{path}"))
                .output()
                .ok()?;
            if shown.status.success() {
                found.push(Deleted {
                    path: path.to_string(),
                    commit: commit.clone(),
                    bytes: shown.stdout,
                });
            }
        }
    }
    Some(found)
}

/// The commit a register's files are at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    /// The commit id (full).
    pub commit: String,
    /// Whether any file of the register (git-ignored ones aside) differs
    /// from that commit or is not in git.
    pub dirty: bool,
}

/// The commit the register is at: `None` when it is not in a git work
/// tree, has no commit yet, or git can't be asked.
pub fn head(register: &Path) -> Option<Head> {
    let ask = |args: &[&str]| {
        git(register)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
    };
    let commit = ask(&["rev-parse", "--verify", "--quiet", "HEAD"])?;
    let status = ask(&["status", "--porcelain=v1", "-z", "--", "."])?;
    Some(Head {
        commit: commit.trim().to_string(),
        dirty: !status.is_empty(),
    })
}

/// The register's cards and documents (what commands write) that differ
/// from git's last commit or are not in git at all, relative to the
/// register. `None` when the register is
/// not in a git work tree or git can't be asked.
pub fn uncommitted(register: &Path) -> Option<Vec<String>> {
    let prefix = git(register)
        .args(["rev-parse", "--show-prefix"])
        .output()
        .ok()
        .filter(|o| o.status.success())?;
    let prefix = String::from_utf8(prefix.stdout)
        .ok()?
        .trim_end()
        .to_string();
    let out = git(register)
        .args([
            "status",
            "--porcelain=v1",
            "-z",
            "--untracked-files=all",
            "--",
            ".",
        ])
        .output()
        .ok()
        .filter(|o| o.status.success())?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut files = Vec::new();
    let mut entries = text.split('\0');
    while let Some(entry) = entries.next() {
        if entry.len() < 4 {
            continue;
        }
        let (state, path) = entry.split_at(3);
        // A rename's second path (its origin) follows it.
        if state.starts_with('R') || state.starts_with('C') {
            entries.next();
        }
        let Some(rel) = path.strip_prefix(&prefix) else {
            continue;
        };
        // What commands write: cards and their documents. Settings a
        // person edits are committed by that person.
        let written = rel.starts_with("cards/") || rel.starts_with("docs/");
        if written && !rel.split('/').any(|c| c.starts_with('.')) {
            files.push(rel.to_string());
        }
    }
    Some(files)
}

/// The register's `.gitattributes`: its cards merge with `appeals`.
pub const ATTRIBUTES: &str = "cards/**/*.json merge=appeals-card\n";

/// Sets the repository holding `register` up to merge cards with
/// `program merge-card` (git's merge driver `appeals-card`, in the
/// repository's own config: a clone sets it up again with `git-setup`),
/// and writes the register's `.gitattributes` when missing. `Ok(false)`
/// when the register is in no git work tree.
pub fn set_up_merge(register: &Path, program: &Path) -> Result<bool> {
    let register = register
        .canonicalize()
        .unwrap_or_else(|_| register.to_path_buf());
    let Some(top) = toplevel_checked(&register)? else {
        return Ok(false);
    };
    let attributes = register.join(".gitattributes");
    if !attributes.exists() {
        super::atomic::write(
            &attributes,
            ATTRIBUTES.as_bytes(),
            super::atomic::Durability::Durable,
        )?;
    }
    let quoted = format!("'{}'", program.display().to_string().replace('\'', "'\\''"));
    for (key, value) in [
        (
            "merge.appeals-card.name",
            "appeals: cards merged by their history".to_string(),
        ),
        (
            "merge.appeals-card.driver",
            format!("{quoted} merge-card %O %A %B %P"),
        ),
    ] {
        run(
            &top,
            git(&top).args(["config", key]).arg(value),
            "detail-git-config",
        )?;
    }
    Ok(true)
}
