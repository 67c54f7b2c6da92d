//! A synthetic register for benchmarks (issue #7): N realistic cards over
//! 2015–2024, deterministic for a seed, written through the library's own
//! procedure layer and derived indexes (`appeals::generate`).
//!
//! ```text
//! cargo run --release --example generate -- --cards 100000 --seed 1 --out /tmp/reg-100k
//! cargo run --release --example generate -- --out /tmp/reg-100k \
//!     --records 10000 --records-out /tmp/batch.jsonl      # intake for `register --from`
//! ```
//!
//! Files are written plainly, without fsync: a generated register is
//! scratch data, and 400,000 fsyncs would take many minutes where plain
//! writes take seconds. The bytes are those `Store::write_card` writes, and
//! the derived indexes are saved through the store as every command does.
//! Run `sync` afterwards if the register must survive a power cut.

// A benchmark's scratch register is written plainly, and the example times
// itself and prints: outside the library's map (clippy.toml).
#![allow(
    clippy::disallowed_methods,
    clippy::disallowed_types,
    clippy::disallowed_macros
)]

use anyhow::Context;
use appeals::generate::{self, Options};
use appeals::ops::init::{init, InitOptions};
use appeals::store::Store;
use chrono::NaiveDate;
use clap::Parser;
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

/// Generates a synthetic register, and intake records for it.
#[derive(Debug, Parser)]
#[command(
    after_help = "Examples:\n  cargo run --release --example generate -- --cards 100000 --seed 1 --out /tmp/reg\n  cargo run --release --example generate -- --out /tmp/reg --records 10000 --records-out /tmp/batch.jsonl"
)]
struct Args {
    /// The register directory: created with `appeals init` when it isn't one.
    #[arg(long)]
    out: PathBuf,
    /// Cards to generate into the new register.
    #[arg(long)]
    cards: Option<usize>,
    /// Seed: the same seed gives byte-for-byte the same register.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The first day appeals arrive.
    #[arg(long, default_value = "2015-06-23")]
    from: NaiveDate,
    /// The register's "today": the last day anything is recorded.
    #[arg(long, default_value = "2024-12-20")]
    until: NaiveDate,
    /// Leave out the executors' documents (answer packages list no files).
    #[arg(long)]
    no_documents: bool,
    /// A backlog: every card stays on control once dispatched, unanswered.
    #[arg(long)]
    backlog: bool,
    /// This many more cards, received before the last 180 days: a longer
    /// closed history beside the same recent (open) work.
    #[arg(long, default_value_t = 0, value_name = "N")]
    history: usize,
    /// Classifier edition of a new register.
    #[arg(long, default_value = "2015")]
    edition: String,
    /// Also write this many intake records of new appeals (JSON Lines).
    #[arg(long, requires = "records_out")]
    records: Option<usize>,
    /// Where the intake records go.
    #[arg(long)]
    records_out: Option<PathBuf>,
    /// The day the intake records are received (default: --until).
    #[arg(long)]
    received: Option<NaiveDate>,
}

fn main() -> anyhow::Result<()> {
    let a = Args::parse();
    let store = Store::at(&a.out);
    if let Some(cards) = a.cards {
        if !store.exists() {
            init(
                &a.out,
                &InitOptions {
                    edition: &a.edition,
                    council: "Кам'янська міська рада (синтетичний реєстр)",
                    // A benchmark register is scratch data, not an audit trail.
                    git: false,
                    // Its anonymous appeals are considered, as the demo's are.
                    anonymous: appeals::config::AnonymousPolicy::Consider,
                    // The demo roster.
                    people: None,
                    // Its own, as from `init`; the same seed gives the same register.
                    id: format!("generated-{}-{}", a.seed, cards),
                },
            )?;
        }
        let reg = store.load()?;
        let opts = Options {
            cards,
            seed: a.seed,
            from: a.from,
            until: a.until,
            documents: !a.no_documents,
            backlog: a.backlog,
            history: a.history,
        };
        let root = a.out.clone();
        let write = move |rel: &str, bytes: &[u8]| -> Result<(), appeals::store::StoreError> {
            let path = root.join(rel);
            // Most files land in a directory that exists: try first, create on demand.
            match std::fs::write(&path, bytes) {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    if let Some(dir) = path.parent() {
                        std::fs::create_dir_all(dir)
                            .map_err(|e| appeals::store::StoreError::io(dir, e))?;
                    }
                    std::fs::write(&path, bytes)
                        .map_err(|e| appeals::store::StoreError::io(&path, e))
                }
                Err(e) => Err(appeals::store::StoreError::io(&path, e)),
            }
        };
        let started = Instant::now();
        let g = generate::generate(&reg, &opts, &write)?;
        let status: Vec<String> = g
            .by_status
            .iter()
            .map(|(s, n)| format!("{s} {n}"))
            .collect();
        eprintln!(
            "generated {} cards ({} documents, {:.1} MB of cards, years {}–{}) in {:.1} s into {}\n  status: {}\n  repeats {}, late answers {}, extended {}, registered late {}",
            g.cards,
            g.documents,
            g.card_bytes as f64 / 1e6,
            g.years.0,
            g.years.1,
            started.elapsed().as_secs_f64(),
            a.out.display(),
            status.join(", "),
            g.repeats,
            g.late_answers,
            g.extended,
            g.registered_late,
        );
    }
    if let (Some(n), Some(path)) = (a.records, &a.records_out) {
        let reg = store.load()?;
        let received = a.received.unwrap_or(a.until);
        let records = generate::intake_records(&reg, n, a.seed, received)?;
        let mut text = Vec::new();
        for r in &records {
            serde_json::to_writer(&mut text, r)?;
            text.push(b'\n');
        }
        std::fs::File::create(path)
            .and_then(|mut f| f.write_all(&text))
            .with_context(|| format!("writing {}", path.display()))?;
        eprintln!(
            "wrote {n} intake records received {received} to {}",
            path.display()
        );
    }
    Ok(())
}
