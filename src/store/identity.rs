//! What a file is on disk, as git's index keeps it: size, device, inode and
//! the modification and change times. Any write changes the change time,
//! which no ordinary tool can set back. `check` looks up some 400,000 files
//! on a register of 100,000 cards, so it looks them up from the register's
//! directory, held open, not from the file system's root. The program's
//! own executable is identified the same way, so that `check` can tell a
//! new build.

use sha2::{Digest, Sha256};
use std::path::Path;

/// A file's identity on disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OnDisk {
    pub is_file: bool,
    len: u64,
    dev: u64,
    ino: u64,
    /// Seconds and nanoseconds since the epoch; the change time is `None`
    /// where the system has none (then nothing counts as settled).
    modified: (i64, i64),
    changed: Option<(i64, i64)>,
}

impl OnDisk {
    /// Feeds the identity into a hash.
    pub fn feed(&self, h: &mut Sha256) {
        let (ms, mn) = self.modified;
        let (cs, cn) = self.changed.unwrap_or((-1, -1));
        for n in [self.len, self.dev, self.ino] {
            h.update(n.to_le_bytes());
        }
        for n in [ms, mn, cs, cn] {
            h.update(n.to_le_bytes());
        }
    }

    /// The identity in one number (FNV-1a over the same fields as
    /// [`OnDisk::feed`]), for the card catalogue, which keeps one a card.
    pub fn fingerprint(&self) -> u64 {
        let (ms, mn) = self.modified;
        let (cs, cn) = self.changed.unwrap_or((-1, -1));
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let words = [self.len, self.dev, self.ino];
        let times = [ms, mn, cs, cn].map(|n| n as u64);
        for byte in words.iter().chain(&times).flat_map(|n| n.to_le_bytes()) {
            h ^= u64::from(byte);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h
    }

    /// Whether the file was last written before `settled_before` (seconds
    /// since the epoch): a file changed in the last moments could change
    /// again within one tick of the file system's clock unseen.
    pub fn settled(&self, settled_before: i64) -> bool {
        self.changed
            .is_some_and(|(c, _)| c < settled_before && self.modified.0 < settled_before)
    }
}

/// The register's directory, through which files are looked up.
pub struct Root {
    /// The register's directory and its year directories (`cards/2015`,
    /// `docs/2015`, …), held open.
    #[cfg(unix)]
    dirs: std::collections::HashMap<String, std::fs::File>,
    path: std::path::PathBuf,
}

impl Root {
    pub fn open(path: &Path) -> Root {
        #[cfg(unix)]
        let dirs = {
            let mut dirs = std::collections::HashMap::new();
            for top in ["cards", "docs"] {
                let Ok(years) = std::fs::read_dir(path.join(top)) else {
                    continue;
                };
                for y in years.flatten() {
                    let name = y.file_name();
                    let Some(name) = name.to_str() else { continue };
                    if let Ok(dir) = std::fs::File::open(y.path()) {
                        dirs.insert(format!("{top}/{name}"), dir);
                    }
                }
            }
            if let Ok(dir) = std::fs::File::open(path) {
                dirs.insert(String::new(), dir);
            }
            dirs
        };
        Root {
            #[cfg(unix)]
            dirs,
            path: path.to_path_buf(),
        }
    }

    /// What the file at `rel` (relative to the register) is, following
    /// symbolic links; `None` when there is nothing there.
    #[cfg(unix)]
    pub fn stat(&self, rel: &str) -> Option<OnDisk> {
        use rustix::fs::{statat, AtFlags};
        // From the year directory when there is one (`docs/2015` +
        // `000001/answer.pdf`), else from the register's.
        let year = rel
            .match_indices('/')
            .nth(1)
            .and_then(|(at, _)| Some((self.dirs.get(&rel[..at])?, &rel[at + 1..])));
        let (dir, rest) = match year {
            Some(found) => found,
            None => match self.dirs.get("") {
                Some(root) => (root, rel),
                None => return self.stat_path(rel),
            },
        };
        let st = statat(dir, rest, AtFlags::empty()).ok()?;
        Some(of_stat(&st))
    }

    #[cfg(not(unix))]
    pub fn stat(&self, rel: &str) -> Option<OnDisk> {
        self.stat_path(rel)
    }

    /// What the entry `name` of the year directory `dir` (`cards/2015`) is
    /// itself, a symbolic link not followed (then not a plain file); `None`
    /// when there is nothing there.
    #[cfg(unix)]
    pub fn lstat_in(&self, dir: &str, name: &str) -> Option<OnDisk> {
        let Some(fd) = self.dirs.get(dir) else {
            return self.lstat_path(&format!("{dir}/{name}"));
        };
        let st = rustix::fs::statat(fd, name, rustix::fs::AtFlags::SYMLINK_NOFOLLOW).ok()?;
        Some(of_stat(&st))
    }

    #[cfg(not(unix))]
    pub fn lstat_in(&self, dir: &str, name: &str) -> Option<OnDisk> {
        self.lstat_path(&format!("{dir}/{name}"))
    }

    /// The same through the whole path.
    fn lstat_path(&self, rel: &str) -> Option<OnDisk> {
        std::fs::symlink_metadata(self.path.join(rel))
            .ok()
            .filter(|m| m.is_file())
            .and_then(|_| self.stat_path(rel))
    }

    /// The same through the whole path, with what the standard library
    /// tells of any system.
    fn stat_path(&self, rel: &str) -> Option<OnDisk> {
        let meta = std::fs::metadata(self.path.join(rel)).ok()?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(OnDisk {
                is_file: meta.is_file(),
                len: meta.len(),
                dev: meta.dev(),
                ino: meta.ino(),
                modified: (meta.mtime(), meta.mtime_nsec()),
                changed: Some((meta.ctime(), meta.ctime_nsec())),
            })
        }
        #[cfg(not(unix))]
        {
            let modified = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or((0, 0), |d| {
                    (d.as_secs() as i64, i64::from(d.subsec_nanos()))
                });
            Some(OnDisk {
                is_file: meta.is_file(),
                len: meta.len(),
                dev: 0,
                ino: 0,
                modified,
                changed: None,
            })
        }
    }
}

/// What the entry `name` of the open directory `dir` is itself, a
/// symbolic link not followed (then not a plain file); `None` when there
/// is nothing there.
pub fn lstat_at(dir: &std::fs::File, name: &std::ffi::OsStr) -> Option<OnDisk> {
    #[cfg(unix)]
    {
        let st = rustix::fs::statat(dir, name, rustix::fs::AtFlags::SYMLINK_NOFOLLOW).ok()?;
        Some(of_stat(&st))
    }
    #[cfg(not(unix))]
    {
        let _ = (dir, name);
        None
    }
}

/// A file's identity from what `stat` returned.
#[cfg(unix)]
// The fields' types differ between systems (32-bit times, unsigned sizes).
#[allow(clippy::unnecessary_cast)]
fn of_stat(st: &rustix::fs::Stat) -> OnDisk {
    use rustix::fs::FileType;
    OnDisk {
        is_file: FileType::from_raw_mode(st.st_mode as _) == FileType::RegularFile,
        len: st.st_size as u64,
        dev: st.st_dev as u64,
        ino: st.st_ino as u64,
        modified: (st.st_mtime as i64, st.st_mtime_nsec as i64),
        changed: Some((st.st_ctime as i64, st.st_ctime_nsec as i64)),
    }
}

/// This program: its version, and its executable's size and modification
/// time; empty when the executable can't be found.
pub fn program() -> String {
    let Some(meta) = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
    else {
        return String::new();
    };
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    format!(
        "appeals {} {} {modified}",
        env!("CARGO_PKG_VERSION"),
        meta.len()
    )
}
