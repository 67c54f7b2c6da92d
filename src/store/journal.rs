//! The commit a command owes: while a command whose register commits to git
//! writes, every file it writes is noted in `.pending-<pid>` beside
//! `register.toml`; the note goes once its commit is made. A command killed
//! between its writes and its commit leaves the note, and the next command
//! that holds the lock commits those files under the killed command's own
//! name before its own (issue #18: "commits never lost").

use super::error::{Result, StoreError};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The note's name: `.pending-` and the process id.
const PREFIX: &str = ".pending-";

/// Where this process notes its writes, once it has begun to.
struct Open {
    root: PathBuf,
    command: String,
    user: String,
    file: Option<fs::File>,
}

static OPEN: Mutex<Option<Open>> = Mutex::new(None);

fn own_name() -> String {
    format!("{PREFIX}{}", std::process::id())
}

/// From now on the durable files this process writes inside `root` are
/// noted, as owed by `command` run by `user`.
pub fn begin(root: &Path, command: &str, user: &str) {
    *OPEN.lock().unwrap_or_else(|p| p.into_inner()) = Some(Open {
        root: root.canonicalize().unwrap_or_else(|_| root.to_path_buf()),
        command: command.to_string(),
        user: user.to_string(),
        file: None,
    });
}

/// Notes a file about to be written (by `atomic`). A note that can't be
/// written costs only the completion after a kill, never the write.
pub(super) fn note(path: &Path) {
    let mut open = OPEN.lock().unwrap_or_else(|p| p.into_inner());
    let Some(o) = open.as_mut() else {
        return;
    };
    let abs = path
        .parent()
        .and_then(|d| d.canonicalize().ok())
        .map(|d| d.join(path.file_name().unwrap_or_default()));
    // Only the register's own files: not the derived indexes, the lock or
    // temporary files (hidden), which are never committed.
    let Some(abs) = abs.filter(|a| {
        a.strip_prefix(&o.root).is_ok_and(|rel| {
            !rel.components()
                .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
        })
    }) else {
        return;
    };
    if o.file.is_none() {
        let created = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(o.root.join(own_name()))
            .and_then(|mut f| writeln!(f, "command {}\nuser {}", o.command, o.user).map(|()| f));
        o.file = created.ok();
    }
    if let Some(f) = o.file.as_mut() {
        let _ = writeln!(f, "file {}", abs.display());
    }
}

/// The command's commit is made (or not owed): its note goes.
pub fn done() {
    if let Some(o) = OPEN.lock().unwrap_or_else(|p| p.into_inner()).take() {
        if o.file.is_some() {
            let _ = fs::remove_file(o.root.join(own_name()));
        }
    }
}

/// A commit a killed command owed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owed {
    /// Its note.
    pub note: PathBuf,
    /// The command that wrote.
    pub command: String,
    /// Who ran it.
    pub user: String,
    /// The files it wrote, absolute.
    pub files: Vec<PathBuf>,
}

/// The commits other processes owe in the register at `root`: read only
/// under the exclusive lock, when every such process is gone.
pub fn owed(root: &Path) -> Vec<Owed> {
    let own = own_name();
    let Ok(entries) = fs::read_dir(root) else {
        return Vec::new();
    };
    let mut out: Vec<Owed> = entries
        .flatten()
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.starts_with(PREFIX) && name != own && e.file_type().is_ok_and(|t| t.is_file())
        })
        .filter_map(|e| parse(&e.path()))
        .collect();
    out.sort_by(|a, b| a.note.cmp(&b.note));
    out
}

fn parse(note: &Path) -> Option<Owed> {
    let text = fs::read_to_string(note).ok()?;
    let mut owed = Owed {
        note: note.to_path_buf(),
        command: String::new(),
        user: String::new(),
        files: Vec::new(),
    };
    for line in text.lines() {
        match line.split_once(' ') {
            Some(("command", c)) => owed.command = c.to_string(),
            Some(("user", u)) => owed.user = u.to_string(),
            Some(("file", f)) if !owed.files.iter().any(|x| x == Path::new(f)) => {
                owed.files.push(PathBuf::from(f));
            }
            _ => {}
        }
    }
    Some(owed)
}

/// The owed commit is made: its note goes.
pub fn settled(owed: &Owed) -> Result<()> {
    fs::remove_file(&owed.note).map_err(|e| StoreError::io(&owed.note, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_lists_what_was_written_and_is_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let note = dir.path().join(".pending-1");
        fs::write(
            &note,
            "command register\nuser zarichenko\nfile /r/cards/2015/000001.json\nfile /r/cards/2015/000001.json\n",
        )
        .unwrap();
        let owed = owed(dir.path());
        assert_eq!(owed.len(), 1);
        assert_eq!(owed[0].command, "register");
        assert_eq!(owed[0].user, "zarichenko");
        assert_eq!(
            owed[0].files,
            vec![PathBuf::from("/r/cards/2015/000001.json")]
        );
        settled(&owed[0]).unwrap();
        assert!(!note.exists());
    }
}
