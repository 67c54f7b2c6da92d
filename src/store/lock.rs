//! The register's lock: every command that writes holds it exclusively for
//! its whole run, `check` holds it shared. The kernel releases it when the
//! process dies. An exclusive holder marks the lock file busy and clears
//! the mark when it finishes, so the next holder can tell that one died
//! mid-write and sweep up its temporary files.

use super::atomic::TMP_PREFIX;
use super::derived;
use super::error::{Result, StoreError};
use super::layout::{INDEX_DIR, LOCK, TEMPLATES};
use fs4::fs_std::FileExt;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// The register's lock, released when dropped (or by the kernel when the
/// process dies).
#[derive(Debug)]
pub struct Lock {
    file: fs::File,
    exclusive: bool,
    /// The register and its indexes' state, re-stamped on release.
    derived: Option<(PathBuf, Arc<Mutex<derived::State>>)>,
}

impl Drop for Lock {
    fn drop(&mut self) {
        if let Some((root, state)) = &self.derived {
            if let Ok(mut st) = state.lock() {
                st.finish(root);
            }
        }
        if self.exclusive {
            // A clean finish: nothing for the next holder to sweep. If this
            // fails the next holder merely sweeps once more than needed.
            let _ = self.file.set_len(0);
            // Kept until the command's commit is made (`hold`): the
            // duplicate shares the lock, which lasts while it is open.
            if let Some((root, _)) = &self.derived {
                if HOLD.load(Ordering::Relaxed) {
                    let mut held = HELD.lock().unwrap_or_else(|p| p.into_inner());
                    if !held.iter().any(|(r, _)| r == root) {
                        if let Ok(dup) = self.file.try_clone() {
                            held.push((root.clone(), dup));
                        }
                    }
                }
            }
        }
    }
}

/// Whether a released exclusive lock is kept until [`release_held`].
static HOLD: AtomicBool = AtomicBool::new(false);

/// The exclusive locks kept after their command let them go, by register.
static HELD: Mutex<Vec<(PathBuf, fs::File)>> = Mutex::new(Vec::new());

/// From now on an exclusive lock, once taken, is kept until
/// [`release_held`]: a command's commit is made under the lock it wrote
/// under, so that no other command writes (or commits) in between.
pub fn hold() {
    HOLD.store(true, Ordering::Relaxed);
}

/// Whether this process holds the exclusive lock of the register at `root`
/// (kept by [`hold`]).
pub fn holds(root: &Path) -> bool {
    let held = HELD.lock().unwrap_or_else(|p| p.into_inner());
    held.iter().any(|(r, _)| r == root)
}

/// Lets go the locks kept by [`hold`].
pub fn release_held() {
    HELD.lock().unwrap_or_else(|p| p.into_inner()).clear();
}

/// The variable by which a git hook run during a command's commit knows
/// that the register's lock is held by the command that runs git.
pub const HELD_BY_PARENT: &str = "APPEALS_LOCK_HELD";

/// Whether this process runs under a command's commit (a git hook it ran).
pub fn under_commit() -> bool {
    std::env::var_os(HELD_BY_PARENT).is_some()
}

/// Whether this process runs under a commit of the register at `root`
/// (a git hook), whose lock its parent holds.
fn parent_holds(root: &Path) -> bool {
    std::env::var_os(HELD_BY_PARENT).is_some_and(|held| {
        let here = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
        Path::new(&held) == here
    })
}

/// Opens (creating it) the lock file without following a link in its
/// place, and refuses anything but a plain file there: a `.lock` that a
/// pull made a link would otherwise be truncated through.
fn open_lock(path: &Path) -> Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.create(true).truncate(false).read(true).write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|e| {
        if is_special(path) {
            super::safe::not_regular(path)
        } else {
            StoreError::io(path, e)
        }
    })?;
    match file.metadata() {
        Ok(m) if m.is_file() => Ok(file),
        Ok(_) => Err(super::safe::not_regular(path)),
        Err(e) => Err(StoreError::io(path, e)),
    }
}

/// Whether `path` is there and is not a plain file.
fn is_special(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| !m.is_file())
}

/// Takes the exclusive lock of the register at `root`. With `on_wait`, it
/// is called once if another process holds the lock, before waiting;
/// without, `None` is returned instead of waiting. Temporary files a
/// killed command left behind are removed once the lock is held.
pub(super) fn exclusive(
    root: &Path,
    state: &Arc<Mutex<derived::State>>,
    on_wait: Option<Box<dyn FnOnce() + '_>>,
) -> Result<Option<Lock>> {
    let path = root.join(LOCK);
    if parent_holds(root) {
        return Err(StoreError::file(&path, crate::t!("err-lock-in-hook")));
    }
    let kept = HELD
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .find(|(r, _)| r == root)
        .map(|(_, f)| f.try_clone());
    let mut file = match kept {
        // This process holds it already (kept for a commit).
        Some(dup) => dup.map_err(|e| StoreError::io(&path, e))?,
        None => {
            let file = open_lock(&path)?;
            match FileExt::try_lock_exclusive(&file) {
                Ok(true) => {}
                Ok(false) => match on_wait {
                    None => return Ok(None),
                    Some(on_wait) => {
                        on_wait();
                        FileExt::lock_exclusive(&file).map_err(|e| StoreError::io(&path, e))?;
                    }
                },
                Err(e) => return Err(StoreError::io(&path, e)),
            }
            file
        }
    };
    // A busy mark left in the file means its last holder died before
    // dropping the lock: its temporary files may be anywhere it writes.
    let died = file.metadata().map(|m| m.len() > 0).unwrap_or(true);
    clean_temp_files(root, died);
    use std::io::{Seek, SeekFrom};
    let mark = format!("busy {}\n", std::process::id());
    file.set_len(0)
        .and_then(|()| file.seek(SeekFrom::Start(0)))
        .and_then(|_| file.write_all(mark.as_bytes()))
        .map_err(|e| StoreError::io(&path, e))?;
    let lock = Lock {
        file,
        exclusive: true,
        derived: Some((root.to_path_buf(), Arc::clone(state))),
    };
    // Whether the derived indexes are current is decided once, now that
    // no other command can write.
    let fresh = derived::fresh_stamp(root)?;
    *state.lock().unwrap_or_else(|p| p.into_inner()) = derived::State {
        held: true,
        fresh,
        ..derived::State::default()
    };
    Ok(Some(lock))
}

/// Takes the lock shared, for a command that reads the whole register and
/// wants no writer half-way through (`check`). `None` when the lock file
/// can't be opened (a read-only copy of a register), since nobody can be
/// writing there either.
pub(super) fn shared(root: &Path, on_wait: impl FnOnce()) -> Result<Option<Lock>> {
    // Under a commit (a git hook running `check`) or this process's own
    // kept lock, nobody else can be writing.
    if parent_holds(root) || holds(root) {
        return Ok(None);
    }
    let path = root.join(LOCK);
    let file = match open_lock(&path) {
        Ok(f) => f,
        // A link or a pipe in its place is never followed; no command can
        // write while it is there (the exclusive lock refuses it), so
        // `check` reads on and names it.
        Err(_) if is_special(&path) => return Ok(None),
        // A read-only copy of a register: its plain lock file read-only.
        Err(_) => match fs::File::open(&path) {
            Ok(f) if f.metadata().is_ok_and(|m| m.is_file()) => f,
            _ => return Ok(None),
        },
    };
    match FileExt::try_lock_shared(&file) {
        Ok(true) => {}
        Ok(false) => {
            on_wait();
            FileExt::lock_shared(&file).map_err(|e| StoreError::io(&path, e))?;
        }
        Err(e) => return Err(StoreError::io(&path, e)),
    }
    Ok(Some(Lock {
        file,
        exclusive: false,
        derived: None,
    }))
}

/// Removes temporary files left by a killed process (under the lock).
/// Commands that don't take the lock write only the derived index and
/// the register's top-level files, so those places are always swept;
/// the whole tree only when the last lock holder died (`everywhere`),
/// which keeps an ordinary command from walking a register of 100,000
/// cards.
fn clean_temp_files(root: &Path, everywhere: bool) {
    let remove_in = |dir: &Path| {
        if let Ok(rd) = fs::read_dir(dir) {
            for entry in rd.flatten() {
                let is_tmp = entry.file_name().to_string_lossy().starts_with(TMP_PREFIX);
                if is_tmp && entry.file_type().is_ok_and(|t| t.is_file()) {
                    let _ = fs::remove_file(entry.path());
                }
            }
        }
    };
    if !everywhere {
        for dir in [".", INDEX_DIR, TEMPLATES] {
            remove_in(&root.join(dir));
        }
        return;
    }
    for entry in walkdir::WalkDir::new(root)
        .into_iter()
        .filter_entry(|e| e.file_name() != ".git")
        .flatten()
    {
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_file() && name.starts_with(TMP_PREFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}
