//! A directory of files written for the user whole or not at all
//! (`export --format parquet -o DIR`): its files are written into a
//! temporary directory beside it, each hashed as it is written, and the
//! whole is renamed into place at the end, over an earlier one, so that a
//! killed command leaves the earlier directory (or none) and a temporary
//! one the next run removes, never a directory whose manifest lies.

use super::error::{Result, StoreError};
use sha2::{Digest, Sha256};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The prefix of the temporary directories (a [`super::atomic::TMP_PREFIX`] name).
const TMP_PREFIX: &str = ".tmp-appeals-export-";

/// What stands where a directory is to be written.
#[derive(Debug, PartialEq, Eq)]
pub enum Found {
    /// Nothing: it will be made.
    Nothing,
    /// A directory holding these files (paths relative to it, with `/`,
    /// sorted; a symbolic link or special file counts as a file). Empty
    /// directories inside it are not listed.
    Files(Vec<String>),
}

/// What is at `dir`: nothing, or a directory and its files; anything else
/// (a file) is refused.
pub fn survey(dir: &Path) -> Result<Found> {
    match fs::symlink_metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Found::Nothing),
        Err(e) => return Err(StoreError::io(dir, e)),
        Ok(m) if !m.is_dir() => {
            return Err(StoreError::file(dir, crate::t!("err-not-a-directory")))
        }
        Ok(_) => {}
    }
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).min_depth(1).sort_by_file_name() {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(dir).to_path_buf();
            StoreError::io(path, e.into())
        })?;
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        files.push(parts.join("/"));
    }
    Ok(Found::Files(files))
}

/// A file of the directory being written: its bytes are counted and hashed
/// on their way to the disk.
pub struct HashedFile<'d> {
    out: std::io::BufWriter<fs::File>,
    path: PathBuf,
    hash: Sha256,
    len: u64,
    /// The directory it is written into, which syncs it before it puts
    /// itself in place.
    dir: &'d OutDir,
}

/// A file of the directory, written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// Its size in bytes.
    pub bytes: u64,
    /// Its SHA-256, in hex.
    pub sha256: String,
}

impl HashedFile<'_> {
    /// Writes out what is buffered; its size and hash. The file is synced
    /// to the disk with the others by [`OutDir::finish`], so that a writer
    /// never waits on the disk.
    pub fn done(self) -> Result<Written> {
        let path = self.path;
        let file = self
            .out
            .into_inner()
            .map_err(|e| StoreError::io(&path, e.into_error()))?;
        // (A writer that panicked holding the list leaves it whole: the
        // file is still synced, never passed over.)
        self.dir
            .unsynced
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((path, file));
        Ok(Written {
            bytes: self.len,
            sha256: hex(&self.hash.finalize()),
        })
    }
}

impl Write for HashedFile<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        self.hash.update(&buf[..n]);
        self.len += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A scratch file: blocks appended, then read back by where they start.
pub struct Scratch {
    file: fs::File,
    end: u64,
    /// The directory it serves, for errors.
    dir: PathBuf,
}

impl Scratch {
    /// Appends a block; where it starts.
    pub fn append(&mut self, bytes: &[u8]) -> Result<u64> {
        use std::os::unix::fs::FileExt;
        let at = self.end;
        self.file
            .write_all_at(bytes, at)
            .map_err(|e| StoreError::io(&self.dir, e))?;
        self.end += bytes.len() as u64;
        Ok(at)
    }

    /// Reads the block of `into`'s length that starts at `at`.
    pub fn read_at(&self, at: u64, into: &mut [u8]) -> Result<()> {
        use std::os::unix::fs::FileExt;
        self.file
            .read_exact_at(into, at)
            .map_err(|e| StoreError::io(&self.dir, e))
    }
}

/// A directory being written: files go into a temporary directory beside
/// `dest`; [`OutDir::finish`] puts it in place. Dropped unfinished (the
/// command failed), the temporary directory is removed and `dest` is as
/// it was.
pub struct OutDir {
    tmp: tempfile::TempDir,
    dest: PathBuf,
    /// The files written, to be synced (by their final paths, for errors).
    unsynced: std::sync::Mutex<Vec<(PathBuf, fs::File)>>,
}

impl OutDir {
    /// Starts writing `dest` (its parent directories are made when
    /// missing); removes what killed runs left beside it.
    pub fn begin(dest: &Path) -> Result<OutDir> {
        let parent = match dest.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        fs::create_dir_all(parent).map_err(|e| StoreError::io(parent, e))?;
        sweep(parent);
        let tmp = tempfile::Builder::new()
            .prefix(TMP_PREFIX)
            .tempdir_in(parent)
            .map_err(|e| StoreError::io(parent, e))?;
        Ok(OutDir {
            tmp,
            dest: dest.to_path_buf(),
            unsynced: std::sync::Mutex::default(),
        })
    }

    /// Starts a file at `rel` (`/`-separated) inside the directory.
    pub fn create(&self, rel: &str) -> Result<HashedFile<'_>> {
        let path = self.tmp.path().join(rel);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
        }
        let file = fs::File::create(&path).map_err(|e| StoreError::io(&path, e))?;
        Ok(HashedFile {
            out: std::io::BufWriter::with_capacity(1 << 16, file),
            path: self.dest.join(rel),
            hash: Sha256::new(),
            len: 0,
            dir: self,
        })
    }

    /// A scratch file of the directory being written, for what the
    /// caller writes once and reads back in its own order: it has no name
    /// (it is gone when dropped, or when the process dies) and is neither
    /// hashed nor synced.
    pub fn scratch(&self) -> Result<Scratch> {
        let dir = self.tmp.path();
        let file = tempfile::tempfile_in(dir).map_err(|e| StoreError::io(dir, e))?;
        Ok(Scratch {
            file,
            end: 0,
            dir: self.dest.clone(),
        })
    }

    /// Writes a whole file at `rel`.
    pub fn put(&self, rel: &str, bytes: &[u8]) -> Result<Written> {
        let mut f = self.create(rel)?;
        f.write_all(bytes)
            .map_err(|e| StoreError::io(self.dest.join(rel), e))?;
        f.done()
    }

    /// Puts the directory in place, over an earlier one (whose files the
    /// caller has vouched for: they are removed).
    pub fn finish(self) -> Result<()> {
        // Every file, then every directory, synced before the whole is put
        // in place; many at once, as a disk takes them.
        let files = std::mem::take(&mut *self.unsynced.lock().unwrap_or_else(|e| e.into_inner()));
        at_once(&files, |(path, file)| {
            file.sync_all().map_err(|e| StoreError::io(path, e))
        })?;
        let dirs: Vec<PathBuf> = walkdir::WalkDir::new(self.tmp.path())
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_dir())
            .map(|e| e.into_path())
            .collect();
        at_once(&dirs, |dir| {
            sync_dir(dir);
            Ok(())
        })?;
        let io = |e| StoreError::io(&self.dest, e);
        match fs::symlink_metadata(&self.dest) {
            Ok(m) if m.is_dir() => swap(self.tmp.path(), &self.dest).map_err(io)?,
            _ => {
                fs::rename(self.tmp.path(), &self.dest).map_err(io)?;
                // Nothing is left at the temporary path to remove.
                let _ = self.tmp.keep();
                sync_dir(self.dest.parent().unwrap_or(Path::new(".")));
                return Ok(());
            }
        }
        sync_dir(self.dest.parent().unwrap_or(Path::new(".")));
        // The earlier directory is now at the temporary path.
        self.tmp.close().map_err(io)
    }
}

/// Exchanges two directories in one step, so that a reader (or a crash)
/// sees the earlier or the new, never neither.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn swap(a: &Path, b: &Path) -> std::io::Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(std::io::Error::from)
}

/// Exchanges two directories: where the system has no exchange, in two
/// renames (a crash between them leaves the earlier one at `a`'s
/// temporary name, and no manifest at `b`).
#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn swap(a: &Path, b: &Path) -> std::io::Result<()> {
    let aside = a.with_extension("old");
    fs::rename(b, &aside)?;
    fs::rename(a, b)?;
    fs::rename(&aside, a)
}

/// Syncs of files, each mostly waiting on the disk: up to this many at
/// once.
const SYNCS_AT_ONCE: usize = 8;

/// Runs `sync` on every item, [`SYNCS_AT_ONCE`] at a time; the first error.
fn at_once<T: Sync>(items: &[T], sync: impl Fn(&T) -> Result<()> + Sync) -> Result<()> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = || -> Result<()> {
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            match items.get(i) {
                Some(item) => sync(item)?,
                None => return Ok(()),
            }
        }
    };
    std::thread::scope(|s| {
        let threads: Vec<_> = (0..SYNCS_AT_ONCE.min(items.len()))
            .map(|_| s.spawn(work))
            .collect();
        threads
            .into_iter()
            .map(|t| t.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect::<Result<Vec<()>>>()
            .map(drop)
    })
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

/// How old a temporary directory must be to be taken for a killed run's
/// leftover: a live export renames its own within minutes.
const LEFTOVER_AGE: std::time::Duration = std::time::Duration::from_secs(3600);

/// Removes the temporary directories of killed exports from `dir` (they may
/// hold personal data).
fn sweep(dir: &Path) {
    super::outside::sweep_leftovers(dir, LEFTOVER_AGE, |name, meta| {
        meta.is_dir() && name.starts_with(TMP_PREFIX)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_killed_exports_old_directory_is_swept_and_nothing_else() {
        let top = tempfile::tempdir().expect("tempdir");
        let made = |name: &str, dir: bool, age: u64| {
            let path = top.path().join(name);
            if dir {
                fs::create_dir(&path).expect("dir");
            } else {
                fs::write(&path, "x").expect("file");
            }
            let then = std::time::SystemTime::now() - std::time::Duration::from_secs(age);
            fs::File::open(&path)
                .and_then(|f| f.set_modified(then))
                .expect("time");
            path
        };
        let old = made(&format!("{TMP_PREFIX}old"), true, 7200);
        let young = made(&format!("{TMP_PREFIX}young"), true, 10);
        let file = made(&format!("{TMP_PREFIX}file"), false, 7200);
        let mine = made("parquet", true, 7200);
        sweep(top.path());
        assert!(!old.exists(), "an old leftover is swept");
        assert!(young.exists() && file.exists() && mine.exists());
    }

    #[test]
    fn a_directory_is_put_in_place_whole_over_an_earlier_one() {
        let top = tempfile::tempdir().expect("tempdir");
        let dest = top.path().join("out/parquet");
        assert_eq!(survey(&dest).expect("survey"), Found::Nothing);
        let dir = OutDir::begin(&dest).expect("begin");
        let w = dir.put("a/b.txt", b"one").expect("put");
        assert_eq!(w.bytes, 3);
        assert_eq!(
            w.sha256,
            "7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431ed"
        );
        assert_eq!(survey(&dest).expect("survey"), Found::Nothing, "not yet");
        dir.finish().expect("finish");
        assert_eq!(
            survey(&dest).expect("survey"),
            Found::Files(vec!["a/b.txt".into()])
        );

        let again = OutDir::begin(&dest).expect("begin");
        again.put("c.txt", b"two").expect("put");
        drop(again);
        assert_eq!(
            survey(&dest).expect("survey"),
            Found::Files(vec!["a/b.txt".into()]),
            "an unfinished directory changes nothing"
        );
        let again = OutDir::begin(&dest).expect("begin");
        again.put("c.txt", b"two").expect("put");
        again.finish().expect("finish");
        assert_eq!(
            survey(&dest).expect("survey"),
            Found::Files(vec!["c.txt".into()])
        );
        let names: Vec<String> = fs::read_dir(top.path().join("out"))
            .expect("dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["parquet"], "no temporary directory stays");
    }

    #[test]
    fn a_scratch_file_reads_back_what_was_written_and_leaves_nothing() {
        let top = tempfile::tempdir().expect("tempdir");
        let dir = OutDir::begin(&top.path().join("out")).expect("begin");
        let mut s = dir.scratch().expect("scratch");
        assert_eq!(s.append(b"one ").expect("append"), 0);
        assert_eq!(s.append(b"two").expect("append"), 4);
        let mut back = [0u8; 3];
        s.read_at(4, &mut back).expect("read");
        assert_eq!(&back, b"two");
        dir.finish().expect("finish");
        assert_eq!(
            survey(&top.path().join("out")).expect("survey"),
            Found::Files(vec![])
        );
    }
}
