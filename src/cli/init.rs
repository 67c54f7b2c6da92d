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
    /// The council's name, as printed on reports (default: the demo council's).
    #[arg(long)]
    pub council: Option<String>,
    /// Anonymous appeals (no name; a written one with no address or no
    /// signature): not considered, as law art. 8 says, or considered under
    /// the council's own rules (`anonymous.policy` in register.toml).
    #[arg(long, value_enum, default_value_t = Anonymous::NoConsideration)]
    pub anonymous: Anonymous,
    /// A coordinator for people.toml: ID:"Surname I. P." (repeatable).
    #[arg(long = "coordinator", value_name = "ID:NAME")]
    pub coordinators: Vec<String>,
    /// An executor for people.toml: ID:"Body name" (repeatable).
    #[arg(long = "executor", value_name = "ID:NAME")]
    pub executors: Vec<String>,
    /// The head (the mayor) for people.toml: ID:"Name".
    #[arg(long, value_name = "ID:NAME")]
    pub head: Option<String>,
}

/// The roster from `--coordinator`, `--executor` and `--head`; `None` when
/// none is given (the demo roster is written).
fn roster(a: &Args) -> anyhow::Result<Option<String>> {
    if a.coordinators.is_empty() && a.executors.is_empty() && a.head.is_none() {
        return Ok(None);
    }
    fn split(s: &str) -> anyhow::Result<(String, String)> {
        let (id, name) = s.split_once(':').unwrap_or(("", ""));
        let (id, name) = (id.trim(), name.trim().trim_matches('"'));
        if id.is_empty()
            || name.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(
                super::error::UserError::new(crate::t!("init-bad-person", value = s)).into(),
            );
        }
        Ok((id.to_string(), name.to_string()))
    }
    fn quoted(s: &str) -> String {
        format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
    }
    let mut out = String::from(
        "# The roster, from appeals init: coordinators, executors and the head.\n\
         # Add each coordinator's topics, positions and the names in grammatical\n\
         # cases letters need (see `appeals people`); `appeals check` validates it.\n",
    );
    for c in &a.coordinators {
        let (id, name) = split(c)?;
        out.push_str(&format!(
            "\n[[coordinator]]\nid = {}\nname = {}\nposition = {}\ntopics = []\n",
            quoted(&id),
            quoted(&name),
            quoted("заступник міського голови")
        ));
    }
    for e in &a.executors {
        let (id, name) = split(e)?;
        out.push_str(&format!(
            "\n[[executor]]\nid = {}\nname = {}\nkind = \"executive-body\"\n",
            quoted(&id),
            quoted(&name)
        ));
    }
    if let Some(h) = &a.head {
        let (id, name) = split(h)?;
        out.push_str(&format!(
            "\n[[head]]\nid = {}\nname = {}\nposition = {}\n",
            quoted(&id),
            quoted(&name),
            quoted("міський голова")
        ));
    }
    crate::config::Roster::parse(&out, "people.toml")?;
    Ok(Some(out))
}

/// `--anonymous`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Anonymous {
    /// Law art. 8: declined on registration.
    NoConsideration,
    /// Registered БП- and considered; no answer is mailed.
    Consider,
}

/// The demo council's name, written when `--council` is not given.
const DEMO_COUNCIL: &str = "Дніпродзержинська міська рада";

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let people = roster(&a)?;
    let demo = people.is_none();
    let council = a.council.clone().filter(|c| !c.trim().is_empty());
    let dir = a.dir.unwrap_or_else(|| env.register.clone());
    let edition = a
        .edition
        .unwrap_or_else(|| crate::classifier::Classifier::edition_on(env.today).to_string());
    let in_git = in_git(&dir);
    let written = init::init(
        &dir,
        &InitOptions {
            edition: &edition,
            council: council.as_deref().unwrap_or(DEMO_COUNCIL),
            git: !a.no_commit && in_git,
            anonymous: match a.anonymous {
                Anonymous::NoConsideration => crate::config::AnonymousPolicy::NoConsideration,
                Anonymous::Consider => crate::config::AnonymousPolicy::Consider,
            },
            people,
            id: register_id(&dir),
        },
    )?;
    // In a work tree, cards merge by their history from the start.
    if in_git {
        let program = std::env::current_exe()?;
        crate::store::git::set_up_merge(&dir, &program)?;
    }
    if !env.quiet {
        println!(
            "{}",
            crate::t!(
                "init-done",
                dir = &dir,
                edition = &edition,
                first = written.first_year,
                last = written.last_year
            )
        );
        if council.is_none() {
            println!("{}", crate::t!("init-demo-council", council = DEMO_COUNCIL));
        }
        if demo {
            println!("{}", crate::t!("init-demo-roster"));
        }
        if !in_git {
            println!("{}", crate::t!("git-init-off", dir = &dir));
            println!("{}", crate::t!("git-init-how", dir = &dir));
        }
    }
    Ok(())
}

/// A new register's id, written into `register.toml`: unique to this
/// `init` (the clock to the nanosecond, the process and the directory,
/// hashed), in the shape of a UUID. Clones of the register share it.
fn register_id(dir: &std::path::Path) -> String {
    use sha2::{Digest, Sha256};
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let mut h = Sha256::new();
    h.update(now.as_nanos().to_le_bytes());
    h.update(std::process::id().to_le_bytes());
    h.update(dir.as_os_str().as_encoded_bytes());
    let hex = format!("{:x}", h.finalize());
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// Whether the new register's directory will sit inside a git work tree.
fn in_git(dir: &std::path::Path) -> bool {
    let probe = dir
        .ancestors()
        .find(|p| p.is_dir())
        .unwrap_or(std::path::Path::new("."));
    crate::store::git::toplevel(probe).is_some()
}
