//! Files outside the register: the intake export a clerk names (or
//! standard input), the documents an answer package copies in, and the
//! letters, drafts and reports written out for people. Writes go through
//! the same atomic writer as the register's own files.

use super::atomic::{self, Durability};
use super::error::{Result, StoreError};
use std::fs;
use std::path::Path;

/// An intake file, or what standard input (or a pipe named as a file)
/// gave, kept in a temporary file: read as often as needed, from the start
/// each time, never whole in memory.
pub struct Input {
    file: fs::File,
    name: String,
    len: u64,
}

impl Input {
    /// Its size in bytes; past the limit given to [`open_input`], one more
    /// than the limit (nothing more was read).
    pub fn len(&self) -> u64 {
        self.len
    }

    /// Nothing in it.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Its bytes from the start: as many as it had when opened, so that
    /// each reading reads the same even if the file grows meanwhile.
    pub fn read(&mut self) -> Result<std::io::Take<&mut fs::File>> {
        use std::io::{Read, Seek};
        self.file
            .rewind()
            .map_err(|e| StoreError::io(&self.name, e))?;
        Ok((&mut self.file).take(self.len))
    }
}

/// Opens an input file, or takes standard input for `-`. What can't be
/// read twice (standard input, a pipe, a device) is copied to a temporary
/// file first, at most `limit` bytes and one more, so that the caller can
/// tell an oversized input.
pub fn open_input(from: &str, limit: u64) -> Result<Input> {
    use std::io::Read;
    let name = if from == "-" { "<stdin>" } else { from };
    let io = |e| StoreError::io(name, e);
    let spool = |source: &mut dyn Read| -> Result<Input> {
        let mut file = tempfile::tempfile().map_err(io)?;
        let len = std::io::copy(&mut source.take(limit + 1), &mut file).map_err(io)?;
        Ok(Input {
            file,
            name: name.to_string(),
            len,
        })
    };
    if from == "-" {
        return spool(&mut std::io::stdin().lock());
    }
    let mut file = fs::File::open(from).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if meta.is_dir() {
        // Reading a directory fails with the system's words, as before.
        let mut byte = [0u8; 1];
        file.read(&mut byte).map_err(io)?;
    }
    if !meta.is_file() {
        return spool(&mut file);
    }
    Ok(Input {
        file,
        name: name.to_string(),
        len: meta.len().min(limit + 1),
    })
}

/// The cards a dry run would write, kept in a temporary file rather than
/// in memory (a batch may be hundreds of thousands), each found by its
/// year and number; a card put again replaces the one before.
#[derive(Debug)]
pub struct Spool {
    file: fs::File,
    end: u64,
    at: std::collections::HashMap<(i32, u32), (u64, usize)>,
}

impl Spool {
    /// An empty spool.
    pub fn new() -> Result<Spool> {
        let file = tempfile::tempfile().map_err(|e| StoreError::io("<dry run>", e))?;
        Ok(Spool {
            file,
            end: 0,
            at: Default::default(),
        })
    }

    /// Keeps a card (in place of the one of its year and number).
    pub fn put(&mut self, card: &crate::model::Card) -> Result<()> {
        use std::os::unix::fs::FileExt;
        let bytes = serde_json::to_vec(card)
            .map_err(|e| StoreError::io("<dry run>", std::io::Error::other(e.to_string())))?;
        self.file
            .write_all_at(&bytes, self.end)
            .map_err(|e| StoreError::io("<dry run>", e))?;
        self.at
            .insert((card.year, card.number), (self.end, bytes.len()));
        self.end += bytes.len() as u64;
        Ok(())
    }

    /// Whether a card of this year and number is kept.
    pub fn holds(&self, year: i32, number: u32) -> bool {
        self.at.contains_key(&(year, number))
    }

    /// The card of this year and number, if kept.
    pub fn get(&self, year: i32, number: u32) -> Result<Option<crate::model::Card>> {
        use std::os::unix::fs::FileExt;
        let Some(&(offset, len)) = self.at.get(&(year, number)) else {
            return Ok(None);
        };
        let mut bytes = vec![0; len];
        self.file
            .read_exact_at(&mut bytes, offset)
            .map_err(|e| StoreError::io("<dry run>", e))?;
        super::cards::parse(std::path::Path::new("<dry run>"), &bytes).map(Some)
    }
}

/// Reads a file outside the register (a document to copy in), as bytes.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    fs::read(path).map_err(|e| StoreError::io(path, e))
}

/// Writes a file outside the register (a letter, a draft, a report) whole.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    atomic::write(path, bytes, Durability::Durable)
}

/// Checks, creating nothing, that `dir` outside the register can take files:
/// it is a directory, or does not exist yet and its nearest existing
/// ancestor is a directory (so that a later write can create it).
pub fn check_dir(dir: &Path) -> Result<()> {
    let mut cur = Some(dir);
    while let Some(p) = cur {
        match fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                if p == dir {
                    sweep(dir);
                }
                return Ok(());
            }
            Ok(_) => return Err(StoreError::file(p, crate::t!("err-not-a-directory"))),
            // Under a file, `outbox/sub` is "not a directory": the file is named below.
            Err(e)
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory
                ) =>
            {
                cur = p.parent()
            }
            Err(e) => return Err(StoreError::io(p, e)),
        }
    }
    // A relative path with no existing ancestor lives in the current directory.
    Ok(())
}

/// How old a temporary file in an outbox must be to be taken for a
/// killed command's leftover: a live writer renames its own within moments.
const LEFTOVER_AGE: std::time::Duration = std::time::Duration::from_secs(600);

/// Removes from an outbox the temporary files (`.tmp*`, letters half
/// written, with an applicant's personal data) that a killed command left
/// there: those older than [`LEFTOVER_AGE`].
fn sweep(dir: &Path) {
    sweep_leftovers(dir, LEFTOVER_AGE, |name, meta| {
        meta.is_file() && super::atomic::is_temp_name(name)
    });
}

/// Removes from `dir` the entries `leftover` takes for a killed command's
/// (by name and kind) that are at least `age` old: a file, or a directory
/// with all it holds.
pub(super) fn sweep_leftovers(
    dir: &Path,
    age: std::time::Duration,
    leftover: impl Fn(&str, &fs::Metadata) -> bool,
) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        let Ok(meta) = entry.metadata() else { continue };
        let old = leftover(&entry.file_name().to_string_lossy(), &meta)
            && meta
                .modified()
                .ok()
                .and_then(|t| now.duration_since(t).ok())
                .is_some_and(|a| a >= age);
        if old && meta.is_dir() {
            let _ = fs::remove_dir_all(entry.path());
        } else if old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Standard output sent to a file (`-o FILE`): everything the command
/// prints goes to a temporary file beside `path`, which
/// [`Redirect::finish`] renames into place. Dropped unfinished (the command
/// failed), standard output is restored and `path` is untouched.
#[cfg(unix)]
pub struct Redirect {
    tmp: Option<tempfile::NamedTempFile>,
    path: std::path::PathBuf,
    saved: std::os::fd::OwnedFd,
}

/// Sends standard output to a temporary file beside `path` until the
/// returned [`Redirect`] is finished or dropped. The caller flushes what it
/// printed before either. The directory must exist.
#[cfg(unix)]
pub fn redirect_stdout(path: &Path) -> Result<Redirect> {
    use std::os::fd::{AsFd, AsRawFd};
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    match fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => return Err(StoreError::file(dir, crate::t!("err-not-a-directory"))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(StoreError::file(
                path,
                crate::t!("out-no-directory", dir = dir.display().to_string()),
            ))
        }
        Err(e) => return Err(StoreError::io(dir, e)),
    }
    if fs::metadata(path).is_ok_and(|m| m.is_dir()) {
        return Err(StoreError::file(path, crate::t!("out-is-directory")));
    }
    let tmp = tempfile::Builder::new()
        .prefix(super::atomic::TMP_PREFIX)
        .tempfile_in(dir)
        .map_err(|e| StoreError::io(dir, e))?;
    // SAFETY: dup of descriptor 1 makes a new descriptor this process owns.
    let raw = unsafe { libc::dup(1) };
    if raw < 0 {
        return Err(StoreError::io(path, std::io::Error::last_os_error()));
    }
    // SAFETY: `raw` was just opened by dup and is owned by nothing else.
    let saved = unsafe { <std::os::fd::OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(raw) };
    // SAFETY: dup2 onto descriptor 1 replaces standard output; both
    // descriptors are open for the call's length.
    if unsafe { libc::dup2(tmp.as_file().as_fd().as_raw_fd(), 1) } < 0 {
        return Err(StoreError::io(path, std::io::Error::last_os_error()));
    }
    Ok(Redirect {
        tmp: Some(tmp),
        path: path.to_path_buf(),
        saved,
    })
}

#[cfg(unix)]
impl Redirect {
    /// Restores standard output and puts the file in place.
    pub fn finish(mut self) -> Result<()> {
        self.restore();
        let tmp = self.tmp.take().expect("a redirect is finished once");
        tmp.as_file()
            .sync_all()
            .map_err(|e| StoreError::io(&self.path, e))?;
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = tmp
                .as_file()
                .set_permissions(fs::Permissions::from_mode(0o644));
        }
        tmp.persist(&self.path)
            .map_err(|e| StoreError::io(&self.path, e.error))?;
        Ok(())
    }

    fn restore(&self) {
        use std::os::fd::AsRawFd;
        // SAFETY: `saved` is the original standard output, open until dropped.
        unsafe {
            libc::dup2(self.saved.as_raw_fd(), 1);
        }
    }
}

#[cfg(unix)]
impl Drop for Redirect {
    fn drop(&mut self) {
        if self.tmp.is_some() {
            self.restore();
        }
    }
}
