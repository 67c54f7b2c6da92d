//! What can go wrong at the storage edge.

use super::layout::SETTINGS;
use std::path::{Path, PathBuf};

/// A file of the register (or one given on the command line) that could
/// not be read, written or understood, or a register that isn't one.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file or directory could not be read or written, or holds what it
    /// can't hold; the message says which.
    #[error("{}: {message}", .path.display())]
    File {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// The directory holds no register.
    #[error("{} is not a register (no {SETTINGS})", .root.display())]
    NotARegister {
        /// The directory.
        root: PathBuf,
    },
    /// A settings file (`register.toml`, `people.toml`) is not valid.
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    /// `classifier.toml` is not valid.
    #[error(transparent)]
    Classifier(#[from] crate::classifier::ClassifierError),
    /// `calendar.toml` is not valid.
    #[error(transparent)]
    Calendar(#[from] crate::calendar::CalendarError),
}

impl StoreError {
    /// A file error from an I/O error.
    pub fn io(path: impl Into<PathBuf>, err: std::io::Error) -> StoreError {
        StoreError::File {
            path: path.into(),
            message: err.to_string(),
        }
    }

    /// A file error with a message.
    pub fn file(path: impl Into<PathBuf>, message: impl Into<String>) -> StoreError {
        StoreError::File {
            path: path.into(),
            message: message.into(),
        }
    }

    /// The file at fault, when one is.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StoreError::File { path, .. } => Some(path),
            _ => None,
        }
    }

    /// What went wrong, without the file's name (for reports that name it).
    pub fn message(&self) -> String {
        match self {
            StoreError::File { message, .. } => message.clone(),
            other => other.to_string(),
        }
    }
}

/// The storage edge's result.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
