//! Creating a register: settings, the Classifier edition, the generated
//! calendar, the roster and answer templates, as files a council edits.

use crate::calendar::Calendar;
use crate::classifier::Classifier;
use crate::config::Settings;
use crate::error::{InitError, Result};
use crate::model::priority::Lists;
use crate::store::{self, Store};
use std::path::Path;

/// The years the shipped calendar covers.
pub const CALENDAR_YEARS: (i32, i32) = (2015, 2030);

/// Choices for a new register.
pub struct InitOptions<'a> {
    /// Classifier edition id.
    pub edition: &'a str,
    /// The council's name.
    pub council: &'a str,
    /// Commit every command's changes to git (set when the register is inside a work tree).
    pub git: bool,
    /// The council's choice for anonymous appeals (law art. 8).
    pub anonymous: crate::config::AnonymousPolicy,
    /// The roster's text (people.toml); `None`: the demo roster.
    pub people: Option<String>,
    /// The register's id (see [`Settings::id`]).
    pub id: String,
}

/// What `init` wrote.
pub struct Initialised {
    /// First calendar year.
    pub first_year: i32,
    /// Last calendar year.
    pub last_year: i32,
}

/// The files of a new register, by register-relative path.
pub fn files(opts: &InitOptions) -> Result<Vec<(&'static str, String)>> {
    let classifier =
        Classifier::embedded_text(opts.edition).ok_or_else(|| InitError::UnknownEdition {
            edition: opts.edition.to_string(),
        })?;
    let (first, last) = CALENDAR_YEARS;
    Ok(vec![
        (store::CLASSIFIER, classifier.to_string()),
        (store::CALENDAR, Calendar::generate(first, last).to_toml()),
        (
            store::PEOPLE,
            opts.people
                .clone()
                .unwrap_or_else(|| include_str!("../init/people.toml").to_string()),
        ),
        (
            "templates/answer-applicant.txt",
            include_str!("../init/answer-applicant.txt").to_string(),
        ),
        (
            "templates/answer-cc.txt",
            include_str!("../init/answer-cc.txt").to_string(),
        ),
        // The government hotline's 39-column export, read by
        // `register --profile hotline`.
        (
            "intake/hotline.toml",
            include_str!("../init/hotline.toml").to_string(),
        ),
        (".gitignore", include_str!("../init/gitignore").to_string()),
        // Cards merged by their history (`appeals merge-card`), once
        // `git-setup` (run by `init` in a work tree) names the driver.
        (".gitattributes", store::git::ATTRIBUTES.to_string()),
        // Written last: a register exists once its settings do, so an
        // interrupted init can simply be run again.
        (store::SETTINGS, {
            let mut s = Settings::default_for(opts.council);
            s.git.commit = opts.git;
            s.anonymous.policy = opts.anonymous;
            s.id = Some(opts.id.clone());
            // The embedded editions parse (the Classifier's tests).
            let k =
                Classifier::embedded(opts.edition).ok_or_else(|| InitError::UnknownEdition {
                    edition: opts.edition.to_string(),
                })?;
            s.priority = Lists::defaults(&k.edition);
            s.to_toml(&k)
        }),
    ])
}

/// Creates a register in `dir`, refusing to overwrite one.
pub fn init(dir: &Path, opts: &InitOptions) -> Result<Initialised> {
    let store = Store::at(dir);
    if store.exists() {
        return Err(InitError::AlreadyRegister {
            dir: dir.to_path_buf(),
        }
        .into());
    }
    let files = files(opts)?;
    // Files left by an interrupted init are replaced only if unchanged.
    for (rel, text) in &files {
        if store.has_file(rel) && store.read_text(rel).ok().as_deref() != Some(text.as_str()) {
            return Err(InitError::FileExists {
                path: store.display(rel),
            }
            .into());
        }
    }
    store.create_dir(store::CARDS)?;
    for (rel, text) in &files {
        store.write_atomic(rel, text.as_bytes())?;
    }
    Ok(Initialised {
        first_year: CALENDAR_YEARS.0,
        last_year: CALENDAR_YEARS.1,
    })
}
