//! A register travels through `git pull`, so any file in it may be hostile
//! (issue #19): a symbolic link that leads a write outside the register or
//! a read to `/dev/zero`, a named pipe that blocks a reader for ever while
//! it holds the lock. Nothing inside the register is followed or opened
//! unless it is a plain file or directory: files are opened without
//! following a link and without blocking, and their type is checked before
//! a byte is read (a card file's by its directory's listing, just before;
//! whatever takes its place in between is refused before more than
//! [`LISTED_FIRST`] bytes are read); a path is refused when a directory on
//! the way is a link.

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
    let mut bytes = Vec::new();
    let n = read_opened_into(opened, path, &mut bytes, false)?;
    bytes.truncate(n);
    Ok(bytes)
}

/// As [`read_opened`], into `bytes`, a buffer used again file after file:
/// how many bytes the file has, the first of `bytes`. Those after them are
/// left as they were, so a buffer as long as the longest file before is
/// not filled with zeros again for each.
///
/// A file its directory's listing has just called a plain file (`listed`)
/// is read before it is asked what it is: a card fits the buffer's first
/// [`LISTED_FIRST`] bytes, so it takes one read, not a look at its type
/// and size too (a system call a card, about 3% of reading a register).
/// Only one that fills them is asked. So a file swapped for something else
/// since the listing is still refused before more than that is read, and
/// opened without blocking, a pipe reads empty or short and never waits.
pub(super) fn read_opened_into(
    opened: std::io::Result<fs::File>,
    path: &Path,
    bytes: &mut Vec<u8>,
    listed: bool,
) -> Result<usize> {
    let mut file = opened.map_err(|e| {
        if is_link_error(&e) {
            not_regular(path)
        } else {
            StoreError::io(path, e)
        }
    })?;
    let io = |e| StoreError::io(path, e);
    let mut filled = 0;
    if listed {
        if bytes.len() < LISTED_FIRST {
            bytes.resize(LISTED_FIRST, 0);
        }
        filled = read_once(&mut file, &mut bytes[..LISTED_FIRST]).map_err(io)?;
        if filled < LISTED_FIRST {
            // Short of what was asked: a plain file's end.
            return Ok(filled);
        }
    }
    let meta = file.metadata().map_err(io)?;
    if !meta.is_file() {
        return Err(not_regular(path));
    }
    read_all(&mut file, meta.len(), bytes, filled).map_err(io)
}

/// How much of a listed plain file is read before it is asked what it is
/// ([`read_opened_into`]): a card is a few KiB.
const LISTED_FIRST: usize = 64 * 1024;

/// One read into all of `bytes`, again if a signal interrupted it.
fn read_once(file: &mut fs::File, bytes: &mut [u8]) -> std::io::Result<usize> {
    loop {
        match file.read(bytes) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            done => return done,
        }
    }
}

/// A file's bytes, `len` of them as its size said, and any it has grown
/// by since: the read calls alone, without the standard library's asking
/// the file for its size and place again (two system calls a card, on
/// the 100,000 a register's `deadlines` may read). A read that comes back
/// short of what it asked for, once the size is reached, is at the end
/// (a plain file reads short only there), so a card takes one read call,
/// not a second to hear that nothing follows. The first `filled` bytes
/// are read already.
fn read_all(
    file: &mut fs::File,
    len: u64,
    bytes: &mut Vec<u8>,
    mut filled: usize,
) -> std::io::Result<usize> {
    let len = usize::try_from(len).unwrap_or(0);
    // One byte over the size: a file grown since is seen filling it.
    if bytes.len() <= len {
        bytes.resize(len + 1, 0);
    }
    loop {
        if filled == bytes.len() {
            bytes.resize(filled + filled.max(4096), 0);
        }
        let asked = bytes.len() - filled;
        match read_once(file, &mut bytes[filled..])? {
            0 => break,
            n => {
                filled += n;
                if n < asked && filled >= len {
                    break;
                }
            }
        }
    }
    Ok(filled)
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
        // Grown or shrunk since its size was taken, into a buffer used
        // before, shorter and longer than the file.
        let read_into = |len: u64, bytes: &mut Vec<u8>| {
            let mut f = fs::File::open(&file).unwrap();
            let n = read_all(&mut f, len, bytes, 0).unwrap();
            bytes[..n].to_vec()
        };
        for buffer in [Vec::new(), vec![7; 100], vec![7; 30_000]] {
            for len in [10, 10_000, 20_000] {
                assert_eq!(read_into(len, &mut buffer.clone()), text);
            }
        }
        fs::write(&file, "").unwrap();
        assert_eq!(read(&file).unwrap(), b"");
        assert_eq!(read_into(0, &mut vec![7; 100]), b"");
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

    /// A file its listing called plain is read before it is asked what it
    /// is; what has taken its place since is still refused, never waited
    /// on, and a file longer than the first read is read whole.
    #[test]
    fn a_file_listed_as_plain_is_read_whole_and_what_replaced_it_refused() {
        let dir = tempfile::tempdir().unwrap();
        let listed = |path: &Path, bytes: &mut Vec<u8>| {
            read_opened_into(open(path), path, bytes, true).map(|n| bytes[..n].to_vec())
        };
        let mut bytes = Vec::new();
        for len in [
            0,
            3_500,
            LISTED_FIRST - 1,
            LISTED_FIRST,
            LISTED_FIRST + 1,
            200_000,
        ] {
            let file = dir.path().join(format!("{len}.json"));
            let text: Vec<u8> = (0..len).map(|i| (i % 253) as u8).collect();
            fs::write(&file, &text).unwrap();
            assert_eq!(listed(&file, &mut bytes).unwrap(), text, "{len} bytes");
        }
        // A device fills the first read, and is then refused.
        let refused = listed(Path::new("/dev/zero"), &mut bytes).unwrap_err();
        assert_eq!(
            refused.to_string(),
            not_regular(Path::new("/dev/zero")).to_string()
        );
        // A pipe without a writer reads empty at once.
        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        assert_eq!(listed(&fifo, &mut bytes).unwrap(), b"");
        // A link is refused, as ever.
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(dir.path().join("0.json"), &link).unwrap();
        assert!(listed(&link, &mut bytes).is_err());
    }
}
