//! The one way a file is written: whole or not at all. A temporary file
//! (named [`TMP_PREFIX`]…) in the same directory takes the bytes and is
//! renamed over the file, so a reader sees the old bytes or the new, never
//! a mix, and a killed command leaves only whole files and temporaries that
//! readers skip and the next command that takes the lock removes.
//!
//! How much a write must survive is its [`Durability`]: a register's own
//! files are fsynced, and so is their directory after the rename, so that
//! they survive a power cut; derived data is rebuilt when lost, and is not.

use super::error::{Result, StoreError};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The prefix of every temporary file a write makes.
pub const TMP_PREFIX: &str = ".tmp";

/// How much a write must survive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// The register's own files (cards, documents, settings) and files
    /// written for the user (letters, drafts, reports): the file and its
    /// directory are synced, the file is readable like any file git checks
    /// out, and the write is recorded for the git audit trail.
    Durable,
    /// Derived data under `.index/`: rebuilt from the cards when lost or
    /// stale, so nothing is synced.
    Derived,
}

/// Whether a file name is one of the temporary files of a write, which
/// readers skip.
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with(TMP_PREFIX)
}

/// A file being written: bytes go to a temporary file beside `path`, which
/// [`AtomicFile::commit`] renames into place. Dropped uncommitted, the
/// temporary file is removed and `path` is untouched.
pub struct AtomicFile {
    out: std::io::BufWriter<tempfile::NamedTempFile>,
    path: PathBuf,
    durability: Durability,
}

impl AtomicFile {
    /// Starts writing `path`, creating its directory when missing.
    pub fn create(path: &Path, durability: Durability) -> Result<AtomicFile> {
        if durability == Durability::Durable {
            if let Ok(mut log) = WRITTEN.lock() {
                log.push(path.to_path_buf());
            }
        }
        let dir = path.parent().unwrap_or(Path::new("."));
        fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
        if durability == Durability::Durable {
            super::journal::note(path);
        }
        let mut builder = tempfile::Builder::new();
        builder.prefix(TMP_PREFIX);
        // Register files are ordinary documents, readable like any file git checks out.
        #[cfg(unix)]
        if durability == Durability::Durable {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(fs::Permissions::from_mode(0o644));
        }
        let tmp = builder
            .tempfile_in(dir)
            .map_err(|e| StoreError::io(dir, e))?;
        Ok(AtomicFile {
            out: std::io::BufWriter::with_capacity(1 << 16, tmp),
            path: path.to_path_buf(),
            durability,
        })
    }

    /// Renames the written bytes into place.
    pub fn commit(self) -> Result<()> {
        let path = self.path;
        let tmp = self
            .out
            .into_inner()
            .map_err(|e| StoreError::io(&path, e.into_error()))?;
        if self.durability == Durability::Durable {
            tmp.as_file()
                .sync_all()
                .map_err(|e| StoreError::io(&path, e))?;
        }
        tmp.persist(&path)
            .map_err(|e| StoreError::io(&path, e.error))?;
        if self.durability == Durability::Durable {
            sync_dir(path.parent().unwrap_or(Path::new(".")));
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.out.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

/// Writes `path` whole: a temporary file beside it, then a rename.
pub fn write(path: &Path, bytes: &[u8], durability: Durability) -> Result<()> {
    let mut f = AtomicFile::create(path, durability)?;
    f.write_all(bytes).map_err(|e| StoreError::io(path, e))?;
    f.commit()
}

/// Flushes a directory so that a rename in it survives a power cut. Only
/// durability is at stake (the rename itself is atomic), and some
/// filesystems refuse to sync a directory, so a failure is not an error.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Every durable file this process wrote (or began to write), in order:
/// what a command changed, for committing it to git.
static WRITTEN: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// The durable files written since the last call, deduplicated, in
/// first-write order.
pub fn take_written() -> Vec<PathBuf> {
    let Ok(mut log) = WRITTEN.lock() else {
        return Vec::new();
    };
    let mut seen = std::collections::BTreeSet::new();
    std::mem::take(&mut *log)
        .into_iter()
        .filter(|p| seen.insert(p.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_is_whole_or_not_at_all() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("sub/file.txt");
        write(&path, b"one", Durability::Durable).expect("write");
        assert_eq!(fs::read(&path).expect("read"), b"one");
        // Dropped before commit: the file keeps its old bytes and no
        // temporary file stays behind.
        let mut f = AtomicFile::create(&path, Durability::Derived).expect("create");
        f.write_all(b"two").expect("bytes");
        drop(f);
        assert_eq!(fs::read(&path).expect("read"), b"one");
        let names: Vec<String> = fs::read_dir(dir.path().join("sub"))
            .expect("dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["file.txt"]);
        assert!(take_written().contains(&path));
    }
}
