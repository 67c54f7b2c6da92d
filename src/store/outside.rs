//! Files outside the register: the intake export a clerk names (or
//! standard input), the documents an answer package copies in, and the
//! letters, drafts and reports written out for people. Writes go through
//! the same atomic writer as the register's own files.

use super::atomic::{self, Durability};
use super::error::{Result, StoreError};
use std::fs;
use std::path::Path;

/// Reads an input file (or standard input for `-`), at most `limit` bytes
/// and one more, so that the caller can tell an oversized input.
pub fn read_input(from: &str, limit: usize) -> Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let cap = limit as u64 + 1;
    if from == "-" {
        std::io::stdin()
            .take(cap)
            .read_to_end(&mut bytes)
            .map_err(|e| StoreError::io("<stdin>", e))?;
    } else {
        fs::File::open(from)
            .and_then(|f| f.take(cap).read_to_end(&mut bytes))
            .map_err(|e| StoreError::io(from, e))?;
    }
    Ok(bytes)
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
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        if !super::atomic::is_temp_name(&name.to_string_lossy()) {
            continue;
        }
        let old = entry
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .and_then(|m| m.modified().ok())
            .and_then(|t| now.duration_since(t).ok())
            .is_some_and(|age| age >= LEFTOVER_AGE);
        if old {
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
