//! `appeals`: a git-friendly, file-based register of citizens' appeals
//! forwarded by a regional hotline contact centre to a Ukrainian city
//! council, and the toolkit that carries them through the council's 2015
//! procedure. See ARCHITECTURE.md for the map.

pub mod calendar;
pub mod classifier;
// The command line is the edge facing the user: it prints, reads the
// environment, the clock and standard input, and writes the files the user
// names (clippy.toml bars everyone else).
#[allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    clippy::disallowed_macros
)]
pub mod cli;
pub mod config;
pub mod error;
pub mod generate;
pub mod i18n;
pub mod intake;
pub mod intake_profile;
pub mod model;
pub mod office;
pub mod ops;
// The storage edge: the one module that touches files, runs git and
// stats the program's own executable (clippy.toml bars everyone else).
#[allow(clippy::disallowed_methods, clippy::disallowed_types)]
pub mod store;
pub mod terms;
pub mod workflow;

pub use error::{Error, Result};
