//! The card files of a register: finding them, reading and parsing them,
//! and the one parallel walk over them that every command reading the
//! whole register uses.
//!
//! A card file is `cards/<four-digit year>/<six-digit number>.json`;
//! anything else under `cards/` is a stray that `check` reports. Listings
//! are sorted by year and number, so every walk is in register order.

use super::atomic::is_temp_name;
use super::error::{Result, StoreError};
use super::layout::CARDS;
use crate::model::view::Stored;
use crate::model::Card;
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A card file found on disk.
#[derive(Debug, Clone)]
pub struct CardFile {
    /// Year directory.
    pub year: i32,
    /// Running number from the file name.
    pub number: u32,
    /// Its year directory, shared by the year's cards.
    dir: Arc<YearDir>,
    /// Whether the directory's listing called it a plain file: it is then
    /// read before it is asked what it is ([`super::safe::read_opened_into`]).
    plain: bool,
}

/// A year directory (`cards/2015`), held open while the register is
/// walked: a card is opened by its name there, not through the five
/// directories of its whole path (opening cards so was a sixth of
/// `deadlines`' time on a backlog). A card's path is made only when it is
/// wanted, for an error or a listing: the 100,000 of a register are never
/// all held.
#[derive(Debug)]
pub struct YearDir {
    path: PathBuf,
    open: Option<fs::File>,
}

/// A card file's name: its number in six digits, and `.json`.
pub struct CardName([u8; 11]);

impl CardName {
    fn of(number: u32) -> CardName {
        let mut name = *b"000000.json";
        let mut n = number;
        for digit in name[..6].iter_mut().rev() {
            *digit = b'0' + (n % 10) as u8;
            n /= 10;
        }
        CardName(name)
    }

    /// The name as text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

impl CardFile {
    /// The card file `number` of the year directory `dir` (not held open).
    #[cfg(test)]
    fn at(dir: &Path, year: i32, number: u32) -> CardFile {
        let dir = Arc::new(YearDir {
            path: dir.to_path_buf(),
            open: None,
        });
        CardFile {
            year,
            number,
            dir,
            plain: false,
        }
    }

    /// The file's full path.
    pub fn path(&self) -> PathBuf {
        self.dir.path.join(self.name().as_str())
    }

    /// The file's name in its year directory (`000125.json`).
    pub fn name(&self) -> CardName {
        CardName::of(self.number)
    }

    /// Its year directory, when it is held open.
    pub fn open_dir(&self) -> Option<&fs::File> {
        self.dir.open.as_ref()
    }

    /// Whether the file's first bytes are in the page cache: a read that
    /// may not wait (Linux's `RWF_NOWAIT`) is asked for one byte. `None`
    /// where it can't be told (another system, no such file).
    pub fn cached(&self) -> Option<bool> {
        #[cfg(all(target_os = "linux", not(target_env = "musl")))]
        {
            use rustix::io::{preadv2, Errno, ReadWriteFlags};
            let fd = self.open().ok()?;
            let mut byte = [0u8; 1];
            let mut bufs = [std::io::IoSliceMut::new(&mut byte)];
            match preadv2(&fd, &mut bufs, 0, ReadWriteFlags::NOWAIT) {
                Ok(_) => Some(true),
                Err(Errno::AGAIN) => Some(false),
                Err(_) => None,
            }
        }
        #[cfg(not(all(target_os = "linux", not(target_env = "musl"))))]
        {
            None
        }
    }

    /// The file opened for reading, from the year directory the listing
    /// holds open (one step of lookup), else by its path; no link
    /// followed, no pipe waited on ([`super::safe::open`]).
    fn open(&self) -> std::io::Result<fs::File> {
        #[cfg(unix)]
        if let Some(dir) = self.open_dir() {
            return super::safe::open_in(dir, self.name().as_str().as_ref());
        }
        super::safe::open(&self.path())
    }

    /// The file's bytes.
    pub fn read(&self) -> Result<Vec<u8>> {
        super::safe::read_opened(self.open(), &self.path())
    }

    /// The file parsed as `T`, a card or a partial view of one
    /// ([`crate::model::view`]), naming the file, line and column on error.
    pub fn parse<T: DeserializeOwned + Stored>(&self) -> Result<T> {
        self.with_bytes(|path, bytes| parse(path, bytes))
    }

    /// The file parsed as a whole card, refusing one whose own year and
    /// number say otherwise.
    pub fn card(&self) -> Result<Card> {
        self.with_bytes(|path, bytes| parse_card_at(path, self.year, self.number, bytes))
    }

    /// `f` of the file's bytes, read into a buffer the thread keeps for
    /// the next: a command reads thousands of cards, and a new buffer of a
    /// card's size for each one was filled with zeros and made glibc's
    /// allocator gather its small free blocks (it does for every request
    /// over 1 KiB), about 1.3% of a Parquet export's processor time. `f`
    /// is given the file's path too, for its errors.
    pub fn with_bytes<R, E: From<StoreError>>(
        &self,
        f: impl FnOnce(&Path, &[u8]) -> Result<R, E>,
    ) -> Result<R, E> {
        /// A buffer longer than this after a file is given back.
        const KEPT: usize = 256 * 1024;
        thread_local! {
            static BYTES: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        let read = |bytes: &mut Vec<u8>| {
            let path = self.path();
            let n = super::safe::read_opened_into(self.open(), &path, bytes, self.plain)?;
            f(&path, &bytes[..n])
        };
        BYTES.with(|kept| match kept.try_borrow_mut() {
            Ok(mut bytes) => {
                let done = read(&mut bytes);
                if bytes.len() > KEPT {
                    *bytes = Vec::new();
                }
                done
            }
            // A card read while another is (`f` reading one itself, or
            // waiting on rayon, which may run another task on the thread).
            Err(_) => read(&mut Vec::new()),
        })
    }
}

/// The number of a card file's name: `000125.json` → 125.
fn card_number_of(name: &str) -> Option<u32> {
    let stem = name.strip_suffix(".json")?;
    if stem.len() == 6 && stem.bytes().all(|b| b.is_ascii_digit()) {
        stem.parse().ok().filter(|n| *n > 0)
    } else {
        None
    }
}

/// The entries of a directory; none when it is missing.
fn entries(dir: &Path) -> Result<Vec<fs::DirEntry>> {
    match fs::read_dir(dir) {
        Ok(rd) => rd.map(|e| e.map_err(|e| StoreError::io(dir, e))).collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(StoreError::io(dir, e)),
    }
}

/// The directory at `path`, opened to look files up in it, if it is one
/// and not a link to one.
fn open_dir(path: &Path) -> Option<fs::File> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_DIRECTORY | libc::O_NOFOLLOW)
            .open(path)
            .ok()
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// `cards/`: its year directories, ascending, and everything else in it
/// but temporary files.
pub fn scan_years(root: &Path) -> Result<(Vec<i32>, Vec<PathBuf>)> {
    let mut years = Vec::new();
    let mut strays = Vec::new();
    for entry in entries(&root.join(CARDS))? {
        let name = entry.file_name().to_string_lossy().into_owned();
        match name.parse::<i32>() {
            // A year directory itself, never a link to one.
            Ok(y) if name.len() == 4 && entry.file_type().is_ok_and(|t| t.is_dir()) => {
                years.push(y)
            }
            _ if is_temp_name(&name) => {}
            _ => strays.push(entry.path()),
        }
    }
    years.sort_unstable();
    Ok((years, strays))
}

/// One year's directory: its card files, sorted by number, and everything
/// else in it but temporary files (a directory named like a card is both:
/// reading it fails with its name).
pub fn scan_year(root: &Path, year: i32) -> Result<(Vec<CardFile>, Vec<PathBuf>)> {
    let mut files = Vec::new();
    let mut strays = Vec::new();
    let path = root.join(format!("{CARDS}/{year}"));
    let dir = Arc::new(YearDir {
        open: open_dir(&path),
        path,
    });
    let path = &dir.path;
    let mut found = |name: &std::ffi::OsStr, is_file: bool| {
        let text = name.to_string_lossy();
        match card_number_of(&text) {
            Some(number) => {
                if !is_file {
                    strays.push(path.join(name));
                }
                files.push(CardFile {
                    year,
                    number,
                    dir: dir.clone(),
                    plain: is_file,
                });
            }
            None if is_temp_name(&text) => {}
            None => strays.push(path.join(name)),
        }
    };
    match &dir.open {
        #[cfg(target_os = "linux")]
        Some(open) => list_open(open, path, &mut found)?,
        _ => {
            for entry in entries(path)? {
                found(
                    &entry.file_name(),
                    entry.file_type().is_ok_and(|t| t.is_file()),
                );
            }
        }
    }
    files.sort_unstable_by_key(|c| c.number);
    Ok((files, strays))
}

/// The entries of the open directory `dir` at `path`, each with whether
/// it is a plain file (a link is not), read straight from the system's
/// buffer: a year of 10,000 cards is listed without an allocation an entry.
#[cfg(target_os = "linux")]
fn list_open(
    dir: &fs::File,
    path: &Path,
    found: &mut dyn FnMut(&std::ffi::OsStr, bool),
) -> Result<()> {
    use rustix::fs::{FileType, RawDir};
    use std::os::unix::ffi::OsStrExt;
    // Room for many entries; one name is at most 255 bytes.
    let mut buf = Vec::with_capacity(32 * 1024);
    let mut entries = RawDir::new(dir, buf.spare_capacity_mut());
    while let Some(entry) = entries.next() {
        let entry = entry.map_err(|e| StoreError::io(path, e.into()))?;
        let name = std::ffi::OsStr::from_bytes(entry.file_name().to_bytes());
        if name == "." || name == ".." {
            continue;
        }
        let is_file = match entry.file_type() {
            // A file system that doesn't say: asked.
            FileType::Unknown => super::identity::lstat_at(dir, name).is_some_and(|d| d.is_file),
            kind => kind == FileType::RegularFile,
        };
        found(name, is_file);
    }
    Ok(())
}

/// Every card file, sorted by year and number, and every stray file or
/// directory under `cards/`, sorted by path, in one walk.
pub fn scan(root: &Path) -> Result<(Vec<CardFile>, Vec<PathBuf>)> {
    use rayon::prelude::*;
    let (years, mut strays) = scan_years(root)?;
    // The years' directories listed side by side, kept in year order.
    let listed: Vec<(Vec<CardFile>, Vec<PathBuf>)> = years
        .par_iter()
        .map(|&year| scan_year(root, year))
        .collect::<Result<_>>()?;
    let mut files = Vec::with_capacity(listed.iter().map(|(c, _)| c.len()).sum());
    for (cards, other) in listed {
        files.extend(cards);
        strays.extend(other);
    }
    strays.sort();
    Ok((files, strays))
}

/// Each year's next running number: one past its highest card file.
pub fn next_numbers(files: &[CardFile]) -> BTreeMap<i32, u32> {
    let mut next = BTreeMap::new();
    for f in files {
        let n = next.entry(f.year).or_insert(1);
        *n = (*n).max(f.number + 1);
    }
    next
}

/// Parses a card file (or a partial view of one), naming the file, line
/// and column on error.
pub fn parse<T: DeserializeOwned + Stored>(path: &Path, bytes: &[u8]) -> Result<T> {
    // A view that keeps most of the text has it checked as UTF-8 once and
    // parsed without its strings checked again (`Stored::KEEPS_TEXT`); a
    // file that isn't UTF-8 is parsed as bytes, for the line and column of
    // what is wrong.
    let text = T::KEEPS_TEXT
        .then(|| std::str::from_utf8(bytes).ok())
        .flatten();
    let mut read: T = T::from_json(bytes, text).map_err(|e| {
        StoreError::file(
            path,
            crate::t!(
                "err-invalid-card",
                line = e.line(),
                column = e.column(),
                error = e.to_string()
            ),
        )
    })?;
    if read.older() {
        if let Some(view) = T::of_older(&parse::<Card>(path, bytes)?) {
            return Ok(view);
        }
    }
    read.upgrade();
    Ok(read)
}

/// Parses the card in file `<year>/<number>.json`, refusing one whose own
/// year and number say otherwise: a step would write it back under another
/// name, over another card.
pub fn parse_card_at(path: &Path, year: i32, number: u32, bytes: &[u8]) -> Result<Card> {
    let card: Card = parse(path, bytes)?;
    if (card.year, card.number) != (year, number) {
        return Err(StoreError::file(
            path,
            crate::t!(
                "err-card-file-name",
                card_year = card.year.to_string(),
                card_number = card.number.to_string(),
                year = year.to_string(),
                number = number.to_string()
            ),
        ));
    }
    Ok(card)
}

/// Card files handled at a time by a walk in register order: enough to
/// keep every core busy, few enough that a walk never holds the register.
pub const CHUNK: usize = 4096;

/// The pool a walk over `files` runs on: the readers when some of them
/// are not in the page cache ([`super::readers::pick`]).
pub fn readers_for(files: &[CardFile]) -> Option<&'static rayon::ThreadPool> {
    super::readers::pick(files, CardFile::cached)
}

/// The one parallel walk over card files in register order. For each
/// chunk of `chunk` files, `prepare` runs first on each file in order (for
/// what must be read in sequence, like `check`'s memo), then `map` on
/// rayon's threads, and `each` receives the results in file order. Only
/// one chunk's results are held at a time.
pub fn walk<I, R, E>(
    files: &[CardFile],
    chunk: usize,
    mut prepare: impl FnMut(&CardFile) -> I,
    map: impl Fn(&CardFile, &I) -> std::result::Result<R, E> + Sync,
    mut each: impl FnMut(&CardFile, I, R) -> std::result::Result<(), E>,
) -> std::result::Result<(), E>
where
    I: Sync,
    R: Send,
    E: Send,
{
    let pool = readers_for(files);
    for part in files.chunks(chunk.max(1)) {
        let prepared: Vec<I> = part.iter().map(&mut prepare).collect();
        let results: Vec<R> = super::readers::on(pool, || {
            part.par_iter()
                .zip(&prepared)
                .map(|(f, p)| map(f, p))
                .collect::<std::result::Result<_, E>>()
        })?;
        for ((f, p), r) in part.iter().zip(prepared).zip(results) {
            each(f, p, r)?;
        }
    }
    Ok(())
}

/// A chunk of a stream ([`stream_parts`]): its files (card files, or card
/// files with what they belong to) and the pool they are read on (see
/// [`readers_for`]), else rayon's.
pub struct Part<F> {
    /// The files, in order.
    pub files: Vec<F>,
    /// The pool.
    pub pool: Option<&'static rayon::ThreadPool>,
}

/// A walk in register order like [`walk`] (without its `prepare`), over
/// parts made as they are asked for (a register listed when the stream
/// comes to it), with `each`'s work on the calling thread overlapped with
/// `map`'s: while `each` receives one part's results in order, rayon's
/// threads make the next part's, and the part after that is made
/// meanwhile. At most two parts' results are held at a time. A part is dropped once handed on, so only the parts in
/// flight are held, with the year directories they hold open. An error
/// making a part ends the stream with it.
pub fn stream_parts<F, R, E>(
    mut parts: impl Iterator<Item = std::result::Result<Part<F>, E>>,
    map: impl Fn(&F) -> std::result::Result<R, E> + Sync,
    mut each: impl FnMut(&F, R) -> std::result::Result<(), E>,
) -> std::result::Result<(), E>
where
    F: Send + Sync,
    R: Send,
    E: Send,
{
    let made = |part: Part<F>| {
        let results: std::result::Result<Vec<R>, E> =
            super::readers::on(part.pool, || part.files.par_iter().map(&map).collect());
        (part.files, results)
    };
    let joined = |h: std::thread::ScopedJoinHandle<'_, _>| match h.join() {
        Ok(done) => done,
        Err(panic) => std::panic::resume_unwind(panic),
    };
    std::thread::scope(|s| {
        let Some(first) = parts.next().transpose()? else {
            return Ok(());
        };
        let mut ahead = s.spawn(move || made(first));
        loop {
            let next = parts
                .next()
                .transpose()?
                .map(|part| s.spawn(move || made(part)));
            let (files, results) = joined(ahead);
            for (f, r) in files.iter().zip(results?) {
                each(f, r)?;
            }
            match next {
                Some(next) => ahead = next,
                None => return Ok(()),
            }
        }
    })
}

/// Files a thread of [`fold`] takes at a time.
const FOLD_PIECE: usize = 256;

/// The same walk folded, in no particular order, into an accumulator per
/// thread that `merge` joins: for aggregates, which need no order. It runs
/// on `pool` (see [`readers_for`]), else where it is called.
pub fn fold<F, A, E>(
    files: &[F],
    pool: Option<&rayon::ThreadPool>,
    init: impl Fn() -> A + Sync + Send,
    fold: impl Fn(&mut A, &F) -> std::result::Result<(), E> + Sync + Send,
    merge: impl Fn(A, A) -> A + Sync + Send,
) -> std::result::Result<A, E>
where
    F: Sync,
    A: Send,
    E: Send,
{
    super::readers::on(pool, || {
        files
            .par_iter()
            // Small pieces, so that no thread is left with a long tail of the
            // register's files while the others wait (rayon otherwise cuts a
            // slice into a few long runs, and a run once begun is not shared).
            .with_max_len(FOLD_PIECE)
            .try_fold(&init, |mut acc, f| {
                fold(&mut acc, f)?;
                Ok::<A, E>(acc)
            })
            .try_reduce(&init, |a, b| Ok(merge(a, b)))
    })
}

/// What `map` makes of each card file (at most one item a file), made in
/// parallel on `pool`, as [`fold`]; the items in file order. Each is moved
/// once into the result,
/// where a fold's merges would copy a backlog's 100,000 rows once a level.
pub fn filter_map<F, R, E>(
    files: &[F],
    pool: Option<&rayon::ThreadPool>,
    map: impl Fn(&F) -> std::result::Result<Option<R>, E> + Sync + Send,
) -> std::result::Result<Vec<R>, E>
where
    F: Sync,
    R: Send,
    E: Send,
{
    super::readers::on(pool, || {
        files
            .par_iter()
            .with_max_len(FOLD_PIECE)
            .filter_map(|f| map(f).transpose())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::readers;

    #[test]
    #[cfg(all(target_os = "linux", not(target_env = "musl")))]
    // A test says why it was skipped.
    #[allow(clippy::disallowed_macros)]
    fn a_walk_whose_files_are_not_cached_takes_the_readers() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        let year = root.join("cards/2015");
        std::fs::create_dir_all(&year).expect("cards");
        for n in 1..=20 {
            std::fs::write(year.join(format!("{n:06}.json")), "{}".repeat(3000)).expect("card");
        }
        let files = scan(root).expect("scan").0;
        readers::set(rayon::current_num_threads() + 4);
        if files.iter().any(|f| f.cached().is_none()) {
            eprintln!("skipped: this kernel can't tell what is cached (RWF_NOWAIT)");
            return;
        }
        // Just written: in the cache, so rayon's pool serves.
        assert!(files.iter().all(|f| f.cached() == Some(true)));
        assert!(
            readers::pick(&files, CardFile::cached).is_none(),
            "cached files stay on rayon's pool"
        );
        // Written out and dropped from the cache, as after a night.
        // (Pages still on their way to the disk or to the kernel's lists
        // are kept, so the cache is asked again a few times.)
        for _ in 0..10 {
            for f in &files {
                let file = std::fs::File::open(f.path()).expect("open");
                file.sync_all().expect("sync");
                rustix::fs::fadvise(&file, 0, None, rustix::fs::Advice::DontNeed).expect("fadvise");
            }
            if files.iter().any(|f| f.cached() == Some(false)) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        if files.iter().all(|f| f.cached() == Some(true)) {
            eprintln!("skipped: this file system keeps its files in memory (tmpfs), or the cache would not let them go");
            return;
        }
        let pool =
            readers::pick(&files, CardFile::cached).expect("files not cached take the readers");
        assert_eq!(pool.current_num_threads(), rayon::current_num_threads() + 4);
        // The walk reads them on the readers, and they are cached again.
        let read = readers::on(Some(pool), rayon::current_num_threads);
        assert_eq!(read, pool.current_num_threads());
        for f in &files {
            f.read().expect("read");
        }
        assert!(readers::pick(&files, CardFile::cached).is_none());
    }

    #[test]
    fn card_file_names() {
        assert_eq!(card_number_of("000125.json"), Some(125));
        assert_eq!(card_number_of("000000.json"), None);
        assert_eq!(card_number_of("125.json"), None);
        assert_eq!(card_number_of("000125.json.bak"), None);
        assert_eq!(card_number_of("00012a.json"), None);
    }

    #[test]
    fn a_card_name_is_its_number_in_six_digits() {
        assert_eq!(CardName::of(125).as_str(), "000125.json");
        assert_eq!(CardName::of(999_999).as_str(), "999999.json");
        let f = CardFile::at(Path::new("reg/cards/2015"), 2015, 7);
        assert_eq!(f.path(), Path::new("reg/cards/2015/000007.json"));
    }

    /// A year is listed from its directory held open as the standard
    /// library lists it, and its cards are read by name there: a link, a
    /// directory named like a card and any other name are strays, a
    /// temporary file is left alone, and neither a link nor a directory is
    /// read as a card.
    #[cfg(unix)]
    #[test]
    fn a_year_held_open_lists_and_reads_as_by_path() {
        let root = tempfile::tempdir().unwrap();
        let year = root.path().join("cards/2015");
        fs::create_dir_all(&year).unwrap();
        fs::write(year.join("000001.json"), "{}").unwrap();
        std::os::unix::fs::symlink(year.join("000001.json"), year.join("000002.json")).unwrap();
        fs::create_dir(year.join("000003.json")).unwrap();
        fs::write(year.join("notes.txt"), "").unwrap();
        fs::write(year.join(".tmp-000004.json"), "").unwrap();
        let (files, strays) = scan(root.path()).unwrap();
        assert!(files.iter().all(|f| f.open_dir().is_some()));
        let numbers: Vec<u32> = files.iter().map(|f| f.number).collect();
        assert_eq!(numbers, [1, 2, 3]);
        let names: Vec<_> = strays
            .iter()
            .map(|p| p.strip_prefix(&year).unwrap())
            .collect();
        assert_eq!(
            names,
            ["000002.json", "000003.json", "notes.txt"].map(Path::new)
        );
        assert_eq!(files[0].read().unwrap(), b"{}");
        assert_eq!(files[0].path(), year.join("000001.json"));
        for f in &files[1..] {
            let err = f.read().unwrap_err().to_string();
            assert!(err.contains(&f.name().as_str().to_string()), "{err}");
        }
        // Read into the thread's buffer, as by path; a card read while
        // another is (the buffer lent out) takes a buffer of its own.
        let bytes = |f: &CardFile| f.with_bytes(|_, b| Ok::<_, StoreError>(b.to_vec()));
        let nested = files[0]
            .with_bytes(|_, outer| Ok::<_, StoreError>((outer.to_vec(), bytes(&files[0])?)));
        assert_eq!(nested.unwrap(), (b"{}".to_vec(), b"{}".to_vec()));
        for f in &files[1..] {
            let err = bytes(f).unwrap_err().to_string();
            assert!(err.contains(&f.name().as_str().to_string()), "{err}");
        }
    }

    #[test]
    fn a_walk_keeps_register_order_across_chunks() {
        let files: Vec<CardFile> = (1..=10)
            .map(|n| CardFile::at(Path::new("cards/2015"), 2015, n))
            .collect();
        let mut seen = Vec::new();
        walk(
            &files,
            3,
            |f| f.number * 10,
            |f, p| Ok::<_, ()>(f.number + p),
            |f, p, r| {
                seen.push((f.number, p, r));
                Ok(())
            },
        )
        .expect("walk");
        let expected: Vec<(u32, u32, u32)> = (1..=10).map(|n| (n, n * 10, n * 11)).collect();
        assert_eq!(seen, expected);
        let sum = fold(
            &files,
            None,
            || 0u32,
            |a, f| {
                *a += f.number;
                Ok::<_, ()>(())
            },
            |a, b| a + b,
        )
        .expect("fold");
        assert_eq!(sum, 55);
    }

    /// A stream over `files` in parts of `chunk`, as a register is read.
    fn stream<R: Send, E: Send>(
        files: &[CardFile],
        chunk: usize,
        map: impl Fn(&CardFile) -> std::result::Result<R, E> + Sync,
        each: impl FnMut(&CardFile, R) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let parts = files.chunks(chunk.max(1)).map(|part| {
            Ok(Part {
                files: part.to_vec(),
                pool: None,
            })
        });
        stream_parts(parts, map, each)
    }

    /// A stream hands every result over in register order, whatever the
    /// chunk, while the next chunk is made; an error of `map` or of `each`
    /// stops it there, and nothing after it is handed over.
    #[test]
    fn a_stream_keeps_register_order_and_stops_at_an_error() {
        let files: Vec<CardFile> = (1..=10)
            .map(|n| CardFile::at(Path::new("cards/2015"), 2015, n))
            .collect();
        for chunk in [0, 1, 3, 10, 64] {
            let mut seen = Vec::new();
            stream(
                &files,
                chunk,
                |f| Ok::<_, u32>(f.number * 11),
                |f, r| {
                    seen.push((f.number, r));
                    Ok(())
                },
            )
            .expect("stream");
            let expected: Vec<(u32, u32)> = (1..=10).map(|n| (n, n * 11)).collect();
            assert_eq!(seen, expected, "chunk {chunk}");
            let mut seen = Vec::new();
            let failed = stream(
                &files,
                chunk,
                |f| {
                    if f.number == 7 {
                        Err(f.number)
                    } else {
                        Ok(f.number)
                    }
                },
                |f, _| {
                    seen.push(f.number);
                    Ok(())
                },
            );
            assert_eq!(failed, Err(7), "chunk {chunk}");
            assert!(seen.iter().all(|n| *n < 7), "chunk {chunk}: {seen:?}");
            let mut seen = Vec::new();
            let stopped = stream(
                &files,
                chunk,
                |f| Ok(f.number),
                |f, _| {
                    seen.push(f.number);
                    if f.number == 4 {
                        Err(40)
                    } else {
                        Ok(())
                    }
                },
            );
            assert_eq!(stopped, Err(40), "chunk {chunk}");
            assert_eq!(seen, [1, 2, 3, 4], "chunk {chunk}");
        }
        let none: [CardFile; 0] = [];
        stream(&none, 3, |_| Ok::<u32, ()>(0), |_, _| Err(())).expect("nothing to stream");
    }
}
