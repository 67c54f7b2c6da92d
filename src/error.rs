//! The library's errors. Each says what went wrong, names the file, record
//! and field at fault, and carries hints on what to do; the CLI prints them
//! as `error:` and `hint:` lines and exits 1.

use std::path::PathBuf;

/// A problem with one record of an input (intake file, flag, card).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The file (or `flags`, or `-` for standard input).
    pub file: String,
    /// Record number (1-based), CSV line, or `line L, column C`; empty when the whole file is at fault.
    pub record: String,
    /// The field at fault, empty when none.
    pub field: String,
    /// What is wrong.
    pub reason: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if !self.record.is_empty() {
            write!(f, ": {}", self.record)?;
        }
        if !self.field.is_empty() {
            write!(f, ": field `{}`", self.field)?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// Everything the library can refuse or fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A step or request the register refuses (out of order, unknown id, …).
    #[error("{what}")]
    Refused {
        /// What was refused and why.
        what: String,
        /// What to do instead.
        hints: Vec<String>,
    },
    /// Input with one or more invalid records; nothing was written.
    #[error("{} invalid record{} in {}; nothing was written", .problems.len(), if .problems.len() == 1 { "" } else { "s" }, .source_name)]
    Invalid {
        /// The input's name.
        source_name: String,
        /// Every problem found.
        problems: Vec<Problem>,
        /// What to do.
        hints: Vec<String>,
    },
    /// A file of the register (or one named on the command line) could not
    /// be read, written or understood, or a register isn't one.
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    /// A settings file is not valid.
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    /// A step the card refuses.
    #[error(transparent)]
    Step(#[from] crate::workflow::StepError),
    /// A file of the register (or an input file) could not be read or written.
    #[error("{}: {message}", .path.display())]
    File {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
}

impl Error {
    /// A refusal with hints.
    pub fn refused(what: impl Into<String>, hints: &[&str]) -> Error {
        Error::Refused {
            what: what.into(),
            hints: hints.iter().map(|h| h.to_string()).collect(),
        }
    }

    /// A file error from an I/O error.
    pub fn io(path: impl Into<PathBuf>, err: std::io::Error) -> Error {
        Error::File {
            path: path.into(),
            message: err.to_string(),
        }
    }

    /// A file error with a message.
    pub fn file(path: impl Into<PathBuf>, message: impl Into<String>) -> Error {
        Error::File {
            path: path.into(),
            message: message.into(),
        }
    }
}

/// The library's result.
pub type Result<T, E = Error> = std::result::Result<T, E>;
