//! End-to-end tests: the real binary on temporary registers, with a fixed
//! `--today` and `--user`. One test binary, so the suite links once.

mod register;
mod support;
