//! What can go wrong at the storage edge.

use super::layout::SETTINGS;
use std::path::{Path, PathBuf};

/// A file of the register (or one given on the command line) that could
/// not be read, written or understood, or a register that isn't one.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file or directory could not be read or written, or holds what it
    /// can't hold; the message says which.
    #[error("{}", self.text())]
    File {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// The directory holds no register.
    #[error("{}", self.text())]
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
            message: io_message(&err),
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

    /// The error as printed, in this run's language.
    fn text(&self) -> String {
        match self {
            StoreError::File { path, message } => format!("{}: {message}", path.display()),
            StoreError::NotARegister { root } => {
                crate::t!(
                    "err-not-a-register",
                    root = root.as_path(),
                    settings = SETTINGS
                )
            }
            StoreError::Config(e) => e.to_string(),
            StoreError::Classifier(e) => e.to_string(),
            StoreError::Calendar(e) => e.to_string(),
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

/// An I/O error in words: the system's own in English, the common kinds
/// in Ukrainian (the system's text in brackets for the rest).
pub fn io_message(err: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return err.to_string();
    }
    match err.kind() {
        K::NotFound => crate::t!("err-io-not-found"),
        K::PermissionDenied => crate::t!("err-io-permission"),
        K::AlreadyExists => crate::t!("err-io-exists"),
        K::IsADirectory => crate::t!("err-io-is-dir"),
        K::NotADirectory => crate::t!("err-io-not-dir"),
        K::StorageFull => crate::t!("err-io-full"),
        K::ReadOnlyFilesystem => crate::t!("err-io-read-only"),
        K::InvalidData => crate::t!("err-io-invalid-data"),
        _ => crate::t!("err-io-other", error = format!("{:?}", err.to_string())),
    }
}

/// The storage edge's result.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
