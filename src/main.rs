//! The `appeals` binary: parse, run, map the outcome to an exit code.

use std::process::ExitCode;

fn main() -> ExitCode {
    // A reader that stops early (`appeals log К-1 | head`) ends the command
    // quietly, as it ends `cat` or `git log`: Rust ignores SIGPIPE and would
    // panic on the next write instead.
    #[cfg(unix)]
    // SAFETY: restoring a signal's default disposition at the start of
    // `main`, before any thread exists, touches no Rust state.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    appeals::cli::main()
}
