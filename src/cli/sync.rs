//! `appeals sync [--outbox DIR]`: publish this clone's work to the shared
//! remote, renumbering the cards whose numbers another clone published
//! first (issue #18, point 1; `ops::sync`).

use super::error::UserError;
use super::{Env, OutputFormat};
use crate::ops::sync::{self, Left, Options, Refusal, Synced};
use std::path::PathBuf;

/// Arguments of `sync`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Fetches the remote, rebases this clone's commits onto it and pushes, trying again if another clone pushed meanwhile. A card of this clone whose number the remote had already used gets the next free number, with its documents, links and history; a card already sent to the applicant is never renumbered.\n\nExamples:\n  appeals sync\n  appeals sync --outbox outbox/2015-06-24"
)]
pub struct Args {
    /// Where corrected letters go for renumbered cards already dispatched to executors.
    #[arg(long, value_name = "DIR")]
    pub outbox: Option<PathBuf>,
    /// Output format: `json` prints what was done for scripts.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let reg = super::load(env)?;
    let _lock = reg.store.lock(super::waiting)?;
    // What a killed command left uncommitted is committed first, under
    // its own name: sync publishes only what is committed.
    super::commit_owed(env, reg.store.root());
    let opts = Options {
        outbox: a.outbox.as_deref(),
        today: env.today,
        user: &env.user,
    };
    let done = match sync::sync(&reg, &opts)? {
        Ok(done) => done,
        Err(refusal) => return Err(refused(refusal).into()),
    };
    if a.format == OutputFormat::Json {
        println!("{}", serde_json::to_string_pretty(&done)?);
        return Ok(());
    }
    print(&done, env);
    Ok(())
}

/// What sync did, for a person.
fn print(done: &Synced, env: &Env) {
    for r in &done.renumbered {
        println!(
            "{}",
            crate::t!(
                "sync-renumbered",
                year = r.year,
                from = &r.from,
                to = &r.to,
                remote = &r.remote_card,
                commit = &r.remote_commit,
                author = &r.remote_author
            )
        );
        for f in &r.letters {
            println!(
                "  {}",
                crate::t!("sync-letter", file = f.display().to_string())
            );
        }
    }
    for p in &done.same_cc {
        eprintln!(
            "{}",
            super::error::warn_line(crate::t!(
                "sync-same-cc",
                ours = &p.ours,
                theirs = &p.theirs
            ))
        );
        eprintln!(
            "{}",
            super::error::hint_line(&crate::t!("sync-same-cc-hint", card = &p.ours))
        );
    }
    for p in &done.old_index_in {
        eprintln!(
            "{}",
            super::error::warn_line(crate::t!(
                "sync-old-index",
                card = &p.ours,
                file = &p.theirs
            ))
        );
    }
    if !env.quiet {
        println!(
            "{}",
            crate::t!(
                "sync-done",
                upstream = &done.upstream,
                received = done.received,
                sent = done.sent,
                renumbered = done.renumbered.len()
            )
        );
    }
}

/// Why sync stopped, with what to do.
fn refused(r: Refusal) -> UserError {
    match r {
        Refusal::NotInGit => {
            UserError::new(crate::t!("sync-not-in-git")).hint(crate::t!("sync-not-in-git-hint"))
        }
        Refusal::NoBranch => {
            UserError::new(crate::t!("sync-no-branch")).hint(crate::t!("sync-no-branch-hint"))
        }
        Refusal::NoRemote => {
            UserError::new(crate::t!("sync-no-remote")).hint(crate::t!("sync-no-remote-hint"))
        }
        Refusal::Dirty(files) => UserError::new(crate::t!(
            "sync-dirty",
            count = files.len(),
            files = shown(&files)
        ))
        .hint(crate::t!("sync-dirty-hint")),
        Refusal::Unrelated(up) => UserError::new(crate::t!("sync-unrelated", upstream = up))
            .hint(crate::t!("sync-unrelated-hint")),
        Refusal::Left {
            card,
            remote_card,
            how,
        } => {
            let message = match how {
                Left::Sent(date) => crate::t!(
                    "sync-left-sent",
                    card = &card,
                    remote = &remote_card,
                    date = crate::terms::date_uk(date)
                ),
                Left::Pushed(remotes) => crate::t!(
                    "sync-left-pushed",
                    card = &card,
                    remote = &remote_card,
                    remotes = remotes.join(", ")
                ),
            };
            UserError::new(message).hint(crate::t!("sync-left-hint", remote = &remote_card))
        }
        Refusal::NeedOutbox(cards) => {
            UserError::new(crate::t!("sync-need-outbox", cards = cards.join(", ")))
                .hint(crate::t!("sync-need-outbox-hint"))
        }
        Refusal::Conflict(files) => UserError::new(crate::t!(
            "sync-conflict",
            count = files.len(),
            files = shown(&files)
        ))
        .hint(crate::t!("sync-conflict-hint")),
        Refusal::GaveUp(n) => UserError::new(crate::t!("sync-gave-up", attempts = n))
            .hint(crate::t!("sync-gave-up-hint")),
    }
}

/// The first few of `files`, and how many more.
pub(crate) fn shown(files: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut list = files
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if files.len() > SHOWN {
        list.push_str(&format!(
            ", {}",
            crate::t!("git-written-more", count = files.len() - SHOWN)
        ));
    }
    list
}
