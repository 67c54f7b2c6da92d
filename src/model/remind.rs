//! Reminders and escalation (SPEC §5, `remind`): the three levels a
//! reminder goes to, and the council's settings for them (`[remind]` in
//! `register.toml`). Who is due one on a given day is decided by
//! `ops::remind::due`, from the card's dates and the reminders its history
//! holds.
//!
//! The order of 23.06.2015 No. 125-р makes the executor's package due one
//! working day before the control date (point 7) and has the administrator
//! analyse how executors keep their terms and tell the coordinator (point
//! 8.4); the Law (art. 20) makes the head answerable for the term. The
//! levels follow that line: the executor before its date, its coordinator
//! once the date has passed, the head once the control date has passed.
//! How many working days ahead the executor is reminded is the council's
//! choice.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Whom a reminder goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Each executor of a dispatched card, before its due date.
    Executor,
    /// The resolution's coordinator, once the executor's due date has
    /// passed with no package.
    Coordinator,
    /// The head, once the control date has passed with the card on control.
    Head,
}

impl Level {
    /// Every level, in the order of escalation.
    pub const ALL: [Level; 3] = [Level::Executor, Level::Coordinator, Level::Head];

    /// The name in settings, the card's history and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Executor => "executor",
            Level::Coordinator => "coordinator",
            Level::Head => "head",
        }
    }

    /// To whom, in Ukrainian: «виконавцю».
    pub fn label(self) -> &'static str {
        match self {
            Level::Executor => "виконавцю",
            Level::Coordinator => "координатору",
            Level::Head => "керівнику",
        }
    }

    /// The short form of a table's mark: «вик.».
    pub fn short(self) -> &'static str {
        match self {
            Level::Executor => "вик.",
            Level::Coordinator => "коорд.",
            Level::Head => "кер.",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The most working days ahead an executor may be reminded: a month's.
pub const MAX_EXECUTOR_BEFORE: u32 = 20;

/// `[remind]` in `register.toml`; a register without the section (one
/// made before reminders) takes the defaults.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Rule {
    /// The levels `remind` writes to (any of `executor`, `coordinator`,
    /// `head`; empty turns reminders off).
    pub levels: Vec<Level>,
    /// How many working days before its due date the executor is reminded.
    pub executor_before: u32,
}

impl Default for Rule {
    fn default() -> Rule {
        Rule {
            levels: Level::ALL.to_vec(),
            executor_before: 2,
        }
    }
}

impl Rule {
    /// Whether `remind` writes to `level`.
    pub fn has(&self, level: Level) -> bool {
        self.levels.contains(&level)
    }

    /// What is wrong with the settings, in `register.toml`'s words.
    pub fn problem(&self) -> Option<String> {
        if self.executor_before > MAX_EXECUTOR_BEFORE {
            return Some(crate::t!(
                "err-executor-before",
                value = self.executor_before.to_string(),
                max = MAX_EXECUTOR_BEFORE.to_string()
            ));
        }
        let mut seen = Vec::new();
        for l in &self.levels {
            if seen.contains(l) {
                return Some(crate::t!("err-levels-twice", level = l.to_string()));
            }
            seen.push(*l);
        }
        None
    }
}
