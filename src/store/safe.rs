//! A register travels through `git pull`, so any file in it may be hostile
//! (issue #19): a symbolic link that leads a write outside the register or
//! a read to `/dev/zero`, a named pipe that blocks a reader for ever while
//! it holds the lock. Nothing inside the register is followed or opened
//! unless it is a plain file or directory: files are opened without
//! following a link and without blocking, and their type is checked before
//! a byte is read; a path is refused when a directory on the way is a link.

use super::error::{Result, StoreError};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// How a file in the register is opened, by its path or by its name in a
/// directory: without following a link at its end and without blocking on
/// a pipe.
#[cfg(unix)]
const UNFOLLOWED: rustix::fs::OFlags =
    rustix::fs::OFlags::NOFOLLOW.union(rustix::fs::OFlags::NONBLOCK);

/// Opens `path` for reading, [`UNFOLLOWED`].
pub(super) fn open(path: &Path) -> std::io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // The same bits as the C library's flags.
        options.custom_flags(UNFOLLOWED.bits() as i32);
    }
    options.open(path)
}

/// The refusal of what is not a plain file.
pub fn not_regular(path: &Path) -> StoreError {
    StoreError::file(path, crate::t!("err-not-regular-file"))
}

/// Whether an open failed because the path's end is a link (`O_NOFOLLOW`).
fn is_link_error(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    {
        e.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        let _ = e;
        false
    }
}

/// The bytes of the plain file at `path`; a link, a pipe, a device or a
/// socket is refused, never followed or read.
pub fn read(path: &Path) -> Result<Vec<u8>> {
    read_opened(open(path), path)
}

/// Opens the file `name` of the directory `dir`, held open, for reading,
/// [`UNFOLLOWED`]: one step of lookup, not one for each directory on the
/// file's whole path.
#[cfg(unix)]
pub(super) fn open_in(dir: &fs::File, name: &std::ffi::OsStr) -> std::io::Result<fs::File> {
    use rustix::fs::{openat, Mode, OFlags};
    let flags = OFlags::RDONLY | OFlags::CLOEXEC | UNFOLLOWED;
    openat(dir, name, flags, Mode::empty())
        .map(fs::File::from)
        .map_err(std::io::Error::from)
}

/// The bytes of a file just opened (or not) from `path`, which errors
/// name; a link, a pipe, a device or a socket is refused, as [`read`] does.
pub(super) fn read_opened(opened: std::io::Result<fs::File>, path: &Path) -> Result<Vec<u8>> {
    let mut file = opened.map_err(|e| {
        if is_link_error(&e) {
            not_regular(path)
        } else {
            StoreError::io(path, e)
        }
    })?;
    let meta = file.metadata().map_err(|e| StoreError::io(path, e))?;
    if !meta.is_file() {
        return Err(not_regular(path));
    }
    read_all(&mut file, meta.len()).map_err(|e| StoreError::io(path, e))
}

/// A file's bytes, `len` of them as its size said, and any it has grown
/// by since: the read calls alone, without the standard library's asking
/// the file for its size and place again (two system calls a card, on
/// the 100,000 a register's `deadlines` may read). A read that comes back
/// short of what it asked for, once the size is reached, is at the end
/// (a plain file reads short only there), so a card takes one read call,
/// not a second to hear that nothing follows.
fn read_all(file: &mut fs::File, len: u64) -> std::io::Result<Vec<u8>> {
    let len = usize::try_from(len).unwrap_or(0);
    // One byte over the size: a file grown since is seen filling it.
    let mut bytes = vec![0; len + 1];
    let mut filled = 0;
    loop {
        if filled == bytes.len() {
            bytes.resize(filled + filled.max(4096), 0);
        }
        let asked = bytes.len() - filled;
        match file.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(n) => {
                filled += n;
                if n < asked && filled >= len {
                    break;
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    bytes.truncate(filled);
    Ok(bytes)
}

/// As [`read`], `None` when there is no file.
pub fn read_if_any(path: &Path) -> Result<Option<Vec<u8>>> {
    match fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        _ => read(path).map(Some),
    }
}

/// The first directory on the way from `root` to `path` (or `path`
/// itself) that is a symbolic link or not a directory; what doesn't exist
/// yet is no danger.
pub fn link_on_the_way(root: &Path, path: &Path) -> Option<PathBuf> {
    let rel = path.strip_prefix(root).ok()?;
    let mut at = root.to_path_buf();
    for part in rel.components() {
        at.push(part);
        match fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => return Some(at),
            Ok(m) if m.is_dir() || m.is_file() => {}
            Ok(_) => return Some(at),
            Err(_) => return None,
        }
    }
    None
}

/// Refuses `path` under `root` when a link or a special file lies on the
/// way to it.
pub fn no_links(root: &Path, path: &Path) -> Result<()> {
    match link_on_the_way(root, path) {
        Some(at) => Err(not_regular(&at)),
        None => Ok(()),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_read_whole_whatever_its_size_said() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        let text: Vec<u8> = (0..10_000u32).map(|i| (i % 251) as u8).collect();
        fs::write(&file, &text).unwrap();
        assert_eq!(read(&file).unwrap(), text);
        // Grown or shrunk since its size was taken.
        let mut f = fs::File::open(&file).unwrap();
        assert_eq!(read_all(&mut f, 10).unwrap(), text);
        let mut f = fs::File::open(&file).unwrap();
        assert_eq!(read_all(&mut f, 20_000).unwrap(), text);
        fs::write(&file, "").unwrap();
        assert_eq!(read(&file).unwrap(), b"");
    }

    #[test]
    fn links_pipes_and_devices_are_refused_and_files_read() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        fs::write(&file, "text").unwrap();
        assert_eq!(read(&file).unwrap(), b"text");
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&file, &link).unwrap();
        assert!(read(&link).is_err());
        let zero = dir.path().join("zero");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        assert!(read(&zero).is_err());
        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        // Refused at once: no writer ever comes.
        assert!(read(&fifo).is_err());
        assert!(read_if_any(&dir.path().join("none")).unwrap().is_none());
        let sub = dir.path().join("sub");
        std::os::unix::fs::symlink(dir.path(), &sub).unwrap();
        assert_eq!(
            link_on_the_way(dir.path(), &sub.join("x/y.json")),
            Some(sub.clone())
        );
        assert_eq!(link_on_the_way(dir.path(), &dir.path().join("new/x")), None);
    }
}
