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
            Ok(m) if m.is_dir() => return Ok(()),
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
