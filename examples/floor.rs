//! The benchmark's floors (issue #7): the least work a command over the
//! register could do, measured on the same files, so that the register's
//! commands are judged against the machine rather than against a number.
//!
//! ```text
//! floor read DIR...        walk DIR/cards, read every card and parse three
//!                          of its fields with serde_json, in parallel (over
//!                          several registers' cards at once when given more)
//! floor read DIR --docs    the same, and read every file under DIR/docs
//!                          (what `check` must read to verify signatures)
//! floor read DIR --all-fields
//!                          parse every field of every card (into a
//!                          serde_json::Value): what a command that
//!                          validates whole cards, like `check`, must parse
//! floor stat DIR          list DIR/cards' year directories and look up
//!                          every card file's identity on disk, reading
//!                          none: the least a command that trusts what it
//!                          knew of a file only while the file is unchanged
//!                          must do, one look at each file. As cheap as a
//!                          look can be: the years listed in parallel, each
//!                          held open and its files looked up from it by
//!                          name (`fstatat`, not a walk of the whole path)
//! floor warm DIR...       bring every file under each DIR into the page
//!                          cache, untimed, before a timed run: a read that
//!                          may not wait (Linux's RWF_NOWAIT) tells whether
//!                          a file is there, and one that isn't is read;
//!                          prints how many were not (a machine that evicts
//!                          idle pages, as a VM's reclaim does, would
//!                          otherwise time the disk some runs and not others)
//! floor write DIR --files 10000 --size 4000
//!                          write N files of SIZE bytes one after another,
//!                          each atomically as the register does: a temp
//!                          file in the same directory, fsync, rename, fsync
//!                          of the directory
//! ```
//!
//! It uses nothing of the `appeals` library on purpose: a floor that shared
//! the library's code would hide the library's costs.

// A floor is measured on the machine itself, outside the library's map
// (clippy.toml): it reads files, times itself and prints.
#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    clippy::disallowed_macros
)]

use rayon::prelude::*;
use serde::Deserialize;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The three fields the floor parses; serde still scans the whole document.
#[derive(Deserialize)]
struct Three {
    index: String,
    status: String,
    received: String,
}

fn usage() -> ! {
    eprintln!(
        "usage: floor read DIR... [--docs] [--all-fields] | floor stat DIR | floor warm DIR... | floor write DIR --files N --size BYTES"
    );
    std::process::exit(2);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("read") => {
            let dirs: Vec<&Path> = args[1..]
                .iter()
                .filter(|a| !a.starts_with("--"))
                .map(Path::new)
                .collect();
            if dirs.is_empty() {
                usage();
            }
            read(
                &dirs,
                args.iter().any(|a| a == "--docs"),
                args.iter().any(|a| a == "--all-fields"),
            )
        }
        Some("stat") => match args.get(1) {
            Some(dir) => stat(Path::new(dir)),
            None => usage(),
        },
        Some("warm") if args.len() > 1 => warm(&args[1..]),
        Some("write") => {
            let value = |flag: &str| {
                args.iter()
                    .position(|a| a == flag)
                    .and_then(|i| args.get(i + 1))
                    .and_then(|v| v.parse::<usize>().ok())
            };
            match (args.get(1), value("--files"), value("--size")) {
                (Some(dir), Some(files), Some(size)) => write(Path::new(dir), files, size),
                _ => usage(),
            }
        }
        _ => usage(),
    };
    if let Err(e) = result {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect()
}

fn read(roots: &[&Path], docs: bool, all_fields: bool) -> std::io::Result<()> {
    let started = Instant::now();
    let cards: Vec<PathBuf> = roots
        .iter()
        .flat_map(|root| files_under(&root.join("cards")))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    // Fold something of every card into the output so nothing is skipped.
    let (n, open, chars) = cards
        .par_iter()
        .map(|p| {
            let bytes = fs::read(p)?;
            let invalid =
                |e: serde_json::Error| std::io::Error::other(format!("{}: {e}", p.display()));
            let c: Three = if all_fields {
                let v: serde_json::Value = serde_json::from_slice(&bytes).map_err(invalid)?;
                Three::deserialize(v).map_err(invalid)?
            } else {
                serde_json::from_slice(&bytes).map_err(invalid)?
            };
            let open = usize::from(c.status != "sent" && c.status != "closed");
            Ok::<_, std::io::Error>((1usize, open, c.index.len() + c.received.len()))
        })
        .try_reduce(|| (0, 0, 0), |a, b| Ok((a.0 + b.0, a.1 + b.1, a.2 + b.2)))?;
    let mut doc_bytes = 0u64;
    if docs {
        let files: Vec<PathBuf> = roots
            .iter()
            .flat_map(|root| files_under(&root.join("docs")))
            .collect();
        doc_bytes = files
            .par_iter()
            .map(|p| fs::read(p).map(|b| b.len() as u64))
            .try_reduce(|| 0, |a, b| Ok(a + b))?;
    }
    println!(
        "{n} cards ({open} open, {chars} index+date chars), {doc_bytes} document bytes in {:.3} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn stat(root: &Path) -> std::io::Result<()> {
    let started = Instant::now();
    let years: Vec<PathBuf> = fs::read_dir(root.join("cards"))?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<_>>()?;
    // Fold every file's size into the output so nothing is skipped.
    let (n, bytes) = years
        .par_iter()
        .filter(|year| year.is_dir())
        .map(|year| {
            let dir = fs::File::open(year)?;
            let names: Vec<std::ffi::OsString> = fs::read_dir(year)?
                .map(|e| e.map(|e| e.file_name()))
                .collect::<std::io::Result<_>>()?;
            names
                .par_iter()
                .map(|name| look(&dir, year, name))
                .try_reduce(|| (0, 0), |a, b| Ok((a.0 + b.0, a.1 + b.1)))
        })
        .try_reduce(|| (0, 0), |a, b| Ok((a.0 + b.0, a.1 + b.1)))?;
    println!(
        "{n} card files looked at ({bytes} bytes) in {:.3} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The entry `name` of the open directory `dir` (at `path`), looked up
/// itself (a link not followed): 1 and its size.
fn look(dir: &fs::File, path: &Path, name: &std::ffi::OsStr) -> std::io::Result<(usize, u64)> {
    #[cfg(unix)]
    {
        let _ = path;
        let st = rustix::fs::statat(dir, name, rustix::fs::AtFlags::SYMLINK_NOFOLLOW)?;
        Ok((1, st.st_size as u64))
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok((1, fs::symlink_metadata(path.join(name))?.len()))
    }
}

fn warm(roots: &[String]) -> std::io::Result<()> {
    let files: Vec<PathBuf> = roots
        .iter()
        .flat_map(|root| files_under(Path::new(root)))
        .collect();
    let missing = files
        .par_iter()
        .map(|p| {
            let mut file = fs::File::open(p)?;
            if cached_whole(&file)? {
                return Ok(0);
            }
            // Read whole from its start (the tries above don't move it).
            std::io::copy(&mut file, &mut std::io::sink())?;
            Ok::<_, std::io::Error>(1)
        })
        .try_reduce(|| 0, |a, b| Ok(a + b))?;
    println!(
        "{missing} of {} files were not in the page cache",
        files.len()
    );
    Ok(())
}

/// Reads `file` to its end with reads that may not wait on the disk:
/// whether all of it was in the page cache. Where such a read can't be
/// asked for, a file counts as not cached (and is read).
fn cached_whole(file: &fs::File) -> std::io::Result<bool> {
    #[cfg(target_os = "linux")]
    {
        use rustix::io::{preadv2, Errno, ReadWriteFlags};
        let mut buf = [0u8; 64 * 1024];
        let mut at = 0u64;
        loop {
            let mut bufs = [std::io::IoSliceMut::new(&mut buf)];
            match preadv2(file, &mut bufs, at, ReadWriteFlags::NOWAIT) {
                Ok(0) => return Ok(true),
                Ok(n) => at += n as u64,
                Err(Errno::AGAIN) => return Ok(false),
                Err(e) => return Err(e.into()),
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = file;
        Ok(false)
    }
}

fn write(dir: &Path, files: usize, size: usize) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    let started = Instant::now();
    let bytes: Vec<u8> = (0..size).map(|i| b"{\"card\": 1}\n"[i % 12]).collect();
    for i in 0..files {
        let path = dir.join(format!("{:06}.json", i + 1));
        let tmp = dir.join(format!(".tmp{:06}", i + 1));
        let mut f = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(&bytes)?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, &path)?;
        fs::File::open(dir)?.sync_all()?;
    }
    println!(
        "{files} files of {size} bytes written atomically in {:.3} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
