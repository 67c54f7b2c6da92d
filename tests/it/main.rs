//! End-to-end tests: the real binary on temporary registers, with a fixed
//! `--today` and `--user`. One test binary, so the suite links once.

// Tests stand where a clerk stands: they make files, read what the binary
// wrote and print, outside the library's map (clippy.toml).
#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    clippy::disallowed_macros
)]

mod architecture;
mod catalogue;
mod check;
mod check_merge;
mod corrections;
mod crash;
mod dates;
mod errors;
mod examples;
mod exits;
mod extend;
mod generate;
mod git;
mod git_clerks;
mod git_merge;
mod git_office;
mod git_sync;
mod hostile;
mod intake_stream;
mod lang;
mod lang_errors;
mod lang_help;
mod lang_report;
mod lang_steps;
mod lang_views;
mod letters;
mod office;
mod output;
mod parquet;
mod print;
mod priority;
mod privacy;
mod profiles;
mod props;
mod register;
mod remind;
mod repeats;
mod report;
mod report_back;
mod report_xlsx;
mod shell;
mod special_files;
mod support;
mod tables;
mod unicode;
mod workflow;
