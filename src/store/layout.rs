//! Where things are in a register (SPEC §3): the four settings files, the
//! cards, their documents, and the git-ignored derived state.

/// The register's settings.
pub const SETTINGS: &str = "register.toml";
/// The Classifier edition of the register.
pub const CLASSIFIER: &str = "classifier.toml";
/// The working-day calendar.
pub const CALENDAR: &str = "calendar.toml";
/// The roster.
pub const PEOPLE: &str = "people.toml";
/// The four settings files, in the order they are read.
pub const SETTINGS_FILES: [&str; 4] = [SETTINGS, CLASSIFIER, CALENDAR, PEOPLE];
/// Cards directory: `cards/<year>/<number:06>.json`.
pub const CARDS: &str = "cards";
/// Documents directory: `docs/<year>/<number:06>/`.
pub const DOCS: &str = "docs";
/// Templates directory.
pub const TEMPLATES: &str = "templates";
/// The derived indexes and `check`'s memo: git-ignored, rebuilt from the cards.
pub const INDEX_DIR: &str = ".index";
/// The register's lock file.
pub const LOCK: &str = ".lock";

/// A card file's path relative to the register: `cards/2015/000125.json`.
pub fn card_path(year: i32, number: u32) -> String {
    format!(
        "{CARDS}/{}",
        crate::model::card::card_rel_path(year, number)
    )
}

/// A card's documents directory relative to the register: `docs/2015/000125`.
pub fn docs_dir(year: i32, number: u32) -> String {
    format!("{DOCS}/{year}/{number:06}")
}

/// Why a register-relative path would leave the register, if it would.
/// Paths named in cards (documents, scans) are hand-editable, so nothing
/// is read or written through them unchecked.
pub fn safe_rel(rel: &str) -> Result<(), String> {
    use std::path::{Component, Path};
    if rel.is_empty() {
        return Err(crate::t!("err-path-empty"));
    }
    if rel.contains(char::is_control) {
        return Err(crate::t!("err-path-control", path = format!("{rel:?}")));
    }
    for c in Path::new(rel).components() {
        match c {
            Component::Normal(_) | Component::CurDir => {}
            Component::ParentDir => {
                return Err(crate::t!("err-path-outside", path = format!("{rel:?}")))
            }
            Component::RootDir | Component::Prefix(_) => {
                return Err(crate::t!("err-path-absolute", path = format!("{rel:?}")))
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check_rel(rel: &str, ok: bool) {
        assert_eq!(safe_rel(rel).is_ok(), ok, "{rel:?}");
    }

    #[test]
    fn paths_stay_inside_the_register() {
        check_rel("docs/2015/000001/answer.txt", true);
        check_rel("./cards/2015/000001.json", true);
        check_rel("docs/a..b.txt", true);
        check_rel("", false);
        check_rel("../secret", false);
        check_rel("docs/../../secret", false);
        check_rel("/etc/passwd", false);
        check_rel("docs/a\0b", false);
        check_rel("docs/a\nb", false);
    }

    #[test]
    fn card_and_document_paths() {
        assert_eq!(card_path(2015, 125), "cards/2015/000125.json");
        assert_eq!(docs_dir(2015, 125), "docs/2015/000125");
    }
}
