//! End-to-end tests: the real binary on temporary registers, with a fixed
//! `--today` and `--user`. One test binary, so the suite links once.

mod check;
mod crash;
mod errors;
mod examples;
mod generate;
mod git;
mod hostile;
mod props;
mod register;
mod repeats;
mod report;
mod support;
mod workflow;
