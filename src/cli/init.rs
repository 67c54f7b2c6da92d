//! `appeals init [DIR]`: a new register with the chosen Classifier edition.

use super::Env;
use crate::ops::init::{self, InitOptions};

/// Arguments of `init`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  appeals init ~/appeals --edition 2015 --anonymous consider")]
pub struct Args {
    /// Where to create it (default: -R, else ./register).
    pub dir: Option<std::path::PathBuf>,
    /// Classifier edition: 2015 (in force June 2015) or 2016 (after the 2016
    /// amendments, from 12.02.2016); default: the one in force on --today.
    #[arg(long, value_parser = ["2015", "2016"])]
    pub edition: Option<String>,
    /// Don't commit each command's changes even though DIR is in a git work tree.
    #[arg(long)]
    pub no_commit: bool,
    /// The council's name, as printed on reports.
    #[arg(long, default_value = "Дніпродзержинська міська рада")]
    pub council: String,
    /// Anonymous appeals (no name; a written one with no address or no
    /// signature): not considered, as law art. 8 says, or considered under
    /// the council's own rules (`anonymous.policy` in register.toml).
    #[arg(long, value_enum, default_value_t = Anonymous::NoConsideration)]
    pub anonymous: Anonymous,
}

/// `--anonymous`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Anonymous {
    /// Law art. 8: declined on registration.
    NoConsideration,
    /// Registered БП- and considered; no answer is mailed.
    Consider,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let dir = a.dir.unwrap_or_else(|| env.register.clone());
    let edition = a
        .edition
        .unwrap_or_else(|| crate::classifier::Classifier::edition_on(env.today).to_string());
    let written = init::init(
        &dir,
        &InitOptions {
            edition: &edition,
            council: &a.council,
            git: !a.no_commit && in_git(&dir),
            anonymous: match a.anonymous {
                Anonymous::NoConsideration => crate::config::AnonymousPolicy::NoConsideration,
                Anonymous::Consider => crate::config::AnonymousPolicy::Consider,
            },
        },
    )?;
    if !env.quiet {
        println!(
            "created register {} (Classifier edition {}, calendar {}–{})",
            dir.display(),
            edition,
            written.first_year,
            written.last_year
        );
    }
    Ok(())
}

/// Whether the new register's directory will sit inside a git work tree.
fn in_git(dir: &std::path::Path) -> bool {
    let probe = dir
        .ancestors()
        .find(|p| p.is_dir())
        .unwrap_or(std::path::Path::new("."));
    crate::store::git::toplevel(probe).is_some()
}
