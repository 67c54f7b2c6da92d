//! Threads for card files not in the page cache. A card file read from
//! the cache costs the processor; one read from the disk waits on it, and a
//! disk answers many reads at once. So a walk over card files runs on
//! rayon's pool (a thread a core) while its files are in the cache, and on
//! a wider pool of readers when a sample of them is not: the morning's
//! first command, or a machine short of memory. More threads than cores
//! would cost the cached case some 5% (the processor's work shared among
//! them); the sample costs a few system calls a walk.

use rayon::ThreadPool;
use std::sync::OnceLock;

/// The readers' number, set once by the program (0: no readers).
static WANTED: OnceLock<usize> = OnceLock::new();
/// The readers, made the first time a walk finds its files not cached.
static POOL: OnceLock<Option<ThreadPool>> = OnceLock::new();

/// Files of a walk looked at to tell whether it is cached, spread evenly
/// over it.
const SAMPLE: usize = 8;

/// Sets the readers' number, at the program's start; 0 (the default) keeps
/// every walk on rayon's pool.
pub fn set(threads: usize) {
    let _ = WANTED.set(threads);
}

/// The pool a walk over `files` runs on: the readers when some of the
/// files sampled are not in the page cache (`cached`, `None` where it
/// can't be told) and there are readers to spare, else none (rayon's pool,
/// or the pool the walk is already on).
pub fn pick<F>(files: &[F], cached: impl Fn(&F) -> Option<bool>) -> Option<&'static ThreadPool> {
    let threads = WANTED.get().copied().unwrap_or(0);
    if threads <= rayon::current_num_threads() || files.is_empty() {
        return None;
    }
    let step = files.len().div_ceil(SAMPLE).max(1);
    let cold = files.iter().step_by(step).any(|f| cached(f) == Some(false));
    if !cold {
        return None;
    }
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("reader-{i}"))
            .build()
            .ok()
    })
    .as_ref()
}

/// Runs `work` on `pool` when there is one, else where it is called.
pub fn on<R: Send>(pool: Option<&ThreadPool>, work: impl FnOnce() -> R + Send) -> R {
    match pool {
        Some(pool) => pool.install(work),
        None => work(),
    }
}
