//! `appeals git-setup` (cards merged by their history in this clone) and
//! `appeals merge-card`, the merge driver git runs (issue #18, point 2).

use super::Env;
use crate::ops::merge::{self, Merged};
use std::path::PathBuf;

/// Arguments of `git-setup`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Run once in every clone of a register (git keeps merge drivers out of what it clones); 'appeals init' does it where it creates the register.\n\nExamples:\n  appeals git-setup\n  appeals -R ~/council git-setup"
)]
pub struct Args {}

/// Arguments of `merge-card` (git's `%O %A %B %P`).
#[derive(Debug, clap::Args)]
pub struct MergeArgs {
    /// The card as both sides had it (git's %O).
    pub base: PathBuf,
    /// Ours (git's %A), where the merged card is written.
    pub ours: PathBuf,
    /// Theirs (git's %B).
    pub theirs: PathBuf,
    /// The card's path in the work tree (git's %P).
    pub path: Option<PathBuf>,
}

pub fn run(_a: Args, env: &Env) -> anyhow::Result<()> {
    let program = std::env::current_exe()?;
    if crate::store::git::set_up_merge(&env.register, &program)? {
        if !env.quiet {
            eprintln!("{}", crate::t!("git-setup-done"));
        }
        Ok(())
    } else {
        Err(
            super::error::UserError::new(crate::t!("git-setup-no-work-tree"))
                .hint(crate::t!("git-setup-no-work-tree-hint"))
                .into(),
        )
    }
}

/// Merges the three versions git gives; the merged card goes to `ours`.
/// A conflict keeps both versions in `ours` between git's markers, exit 1.
pub fn merge_card(a: MergeArgs) -> anyhow::Result<()> {
    let read = |p: &PathBuf| crate::store::outside::read_file(p).map_err(crate::Error::from);
    let (base, ours, theirs) = (read(&a.base)?, read(&a.ours)?, read(&a.theirs)?);
    // The register whose card it is, for its calendar and terms.
    let reg = a
        .path
        .as_ref()
        .and_then(|p| std::env::current_dir().ok().map(|d| d.join(p)))
        .and_then(|p| p.parent().and_then(crate::store::find_register))
        .and_then(|root| crate::store::Store::at(root).load().ok());
    match merge::cards(&base, &ours, &theirs, reg.as_ref()) {
        Merged::Card(text) => {
            crate::store::outside::write_file(&a.ours, text.as_bytes())
                .map_err(crate::Error::from)?;
            Ok(())
        }
        Merged::Conflict(at) => {
            let mut both = b"<<<<<<< ours\n".to_vec();
            both.extend_from_slice(&ours);
            both.extend_from_slice(b"=======\n");
            both.extend_from_slice(&theirs);
            both.extend_from_slice(b">>>>>>> theirs\n");
            crate::store::outside::write_file(&a.ours, &both).map_err(crate::Error::from)?;
            Err(super::error::UserError::new(crate::t!(
                "git-merge-conflict",
                card = a.path.map(|p| p.display().to_string()).unwrap_or_default(),
                at = at
            ))
            .hint(crate::t!("git-merge-conflict-hint"))
            .into())
        }
    }
}
