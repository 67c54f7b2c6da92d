//! `appeals`: a git-friendly, file-based register of citizens' appeals
//! forwarded by a regional hotline contact centre to a Ukrainian city
//! council, and the toolkit that carries them through the council's 2015
//! procedure. See ARCHITECTURE.md for the map.

pub mod calendar;
pub mod classifier;
pub mod cli;
pub mod config;
pub mod error;
pub mod intake;
pub mod model;
pub mod ops;
pub mod store;
pub mod terms;
pub mod workflow;

pub use error::{Error, Result};
