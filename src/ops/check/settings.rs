//! The four settings files, parsed one by one so that a broken one is a
//! finding and only the checks that need it are skipped, and checked
//! against each other.

use super::finding::{Code, Finding};
use crate::calendar::Calendar;
use crate::classifier::{Classifier, SectionKey};
use crate::config::{Roster, Settings};
use crate::store::{self, Store};

/// The settings files that parsed; `None` for one that didn't.
pub(super) struct Config {
    pub(super) settings: Option<Settings>,
    pub(super) classifier: Option<Classifier>,
    pub(super) calendar: Option<Calendar>,
    pub(super) roster: Option<Roster>,
    /// The four files' texts, each after its name and length, when all were
    /// read and parsed: what a card found clean was checked against.
    pub(super) texts: Option<Vec<u8>>,
}

impl Config {
    /// Reads and parses each settings file of `store`, and checks them
    /// against each other; each problem is a finding in `out`.
    pub(super) fn load(store: &Store, out: &mut Vec<Finding>) -> Config {
        Config::parse(|rel| store.read_text(rel).map_err(|e| e.message()), out)
    }

    /// The settings files as `read` gives their texts (or why it can't).
    pub(super) fn parse(
        mut read: impl FnMut(&str) -> Result<String, String>,
        out: &mut Vec<Finding>,
    ) -> Config {
        // Each file is read once, so that what a card is checked against
        // is what the memo's header records.
        let mut texts: Vec<u8> = Vec::new();
        let mut all_read = true;
        let mut text = |rel: &str| {
            let t = read(rel);
            match &t {
                Ok(t) => {
                    texts.extend_from_slice(format!("{rel}\0{}\0", t.len()).as_bytes());
                    texts.extend_from_slice(t.as_bytes());
                }
                Err(_) => all_read = false,
            }
            t
        };
        let settings = text(store::SETTINGS)
            .and_then(|t| Settings::parse(&t, store::SETTINGS).map_err(|e| e.message));
        let classifier = text(store::CLASSIFIER).and_then(|t| {
            Classifier::parse(&t, store::CLASSIFIER).map_err(|e| strip_file(&e.to_string()))
        });
        let calendar = text(store::CALENDAR).and_then(|t| {
            Calendar::parse(&t, store::CALENDAR).map_err(|e| strip_file(&e.to_string()))
        });
        let roster = text(store::PEOPLE)
            .and_then(|t| Roster::parse(&t, store::PEOPLE).map_err(|e| e.message));
        let all_parsed =
            settings.is_ok() && classifier.is_ok() && calendar.is_ok() && roster.is_ok();
        let cfg = Config {
            settings: parsed(store::SETTINGS, settings, out),
            classifier: parsed(store::CLASSIFIER, classifier, out),
            calendar: parsed(store::CALENDAR, calendar, out),
            roster: parsed(store::PEOPLE, roster, out),
            texts: (all_read && all_parsed).then_some(texts),
        };
        cfg.cross_config(out);
        cfg
    }

    /// The settings files against each other: intake defaults, the
    /// coordinators' topics and the priority categories must be Classifier
    /// codes.
    fn cross_config(&self, out: &mut Vec<Finding>) {
        let Some(cl) = &self.classifier else { return };
        let mut unknown = |file: &str, field: String, key: SectionKey, code: &str| {
            if let Err(e) = cl.entry(key, code) {
                out.push(Finding::new(
                    Code::UnknownCode,
                    file.to_string(),
                    field,
                    e.to_string().into(),
                    crate::say!("chk-settings-unknown-code-hint", file = store::CLASSIFIER),
                ));
            }
        };
        if let Some(s) = &self.settings {
            let d = &s.defaults;
            unknown(
                store::SETTINGS,
                "defaults.form".into(),
                SectionKey::Form,
                &d.form,
            );
            unknown(
                store::SETTINGS,
                "defaults.sign".into(),
                SectionKey::Sign,
                &d.sign,
            );
            unknown(
                store::SETTINGS,
                "defaults.kind".into(),
                SectionKey::Kind,
                &d.kind,
            );
            unknown(
                store::SETTINGS,
                "defaults.type".into(),
                SectionKey::Type,
                &d.type_,
            );
        }
        if let Some(r) = &self.roster {
            for c in &r.coordinators {
                for t in &c.topics {
                    unknown(
                        store::PEOPLE,
                        format!("coordinator {}: topics", c.id),
                        SectionKey::Topic,
                        t,
                    );
                }
            }
        }
        // Priority codes (law arts. 14-15, 20) must be author categories.
        if let Some(p) = self.settings.as_ref().and_then(|s| s.priority.as_ref()) {
            for (key, e) in p.unknown(cl) {
                out.push(Finding::new(
                    Code::UnknownCode,
                    store::SETTINGS.to_string(),
                    format!("priority.{key}"),
                    e.to_string().into(),
                    crate::say!("chk-priority-unknown-code-hint", file = store::CLASSIFIER),
                ));
            }
        }
    }
}

/// The value of a settings file that parsed, or a finding for one that didn't.
fn parsed<T>(file: &str, r: Result<T, String>, out: &mut Vec<Finding>) -> Option<T> {
    match r {
        Ok(v) => Some(v),
        Err(message) => {
            out.push(Finding::new(
                Code::ConfigInvalid,
                file.to_string(),
                String::new(),
                message.into(),
                crate::say!("chk-config-invalid-hint", file = file),
            ));
            None
        }
    }
}

/// `classifier.toml:12: …` → `line 12: …`, since the finding names the file.
fn strip_file(msg: &str) -> String {
    for f in [store::CLASSIFIER, store::CALENDAR] {
        if let Some(rest) = msg.strip_prefix(f) {
            return match rest.strip_prefix(':') {
                Some(r) if r.starts_with(|ch: char| ch.is_ascii_digit()) => {
                    format!("line {}", r.trim_start())
                }
                Some(r) => r.trim_start().to_string(),
                None => rest.to_string(),
            };
        }
    }
    msg.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::sync::OnceLock;

    /// The four files a new register gets, by name.
    fn defaults() -> &'static BTreeMap<&'static str, String> {
        static FILES: OnceLock<BTreeMap<&'static str, String>> = OnceLock::new();
        FILES.get_or_init(|| {
            BTreeMap::from([
                (store::SETTINGS, {
                    let k = Classifier::embedded("2015").expect("embedded");
                    let mut s = Settings::default_for("x");
                    s.priority = crate::model::priority::Lists::defaults("2015");
                    s.to_toml(&k)
                }),
                (
                    store::CLASSIFIER,
                    Classifier::embedded_text("2015")
                        .expect("embedded")
                        .to_string(),
                ),
                (store::CALENDAR, Calendar::generate(2015, 2030).to_toml()),
                (
                    store::PEOPLE,
                    include_str!("../../init/people.toml").to_string(),
                ),
            ])
        })
    }

    /// The settings with `file` replaced by `text`, or missing when `None`.
    fn load(file: &str, text: Option<&str>) -> (Config, Vec<Finding>) {
        let mut out = Vec::new();
        let cfg = Config::parse(
            |rel| match (rel == file, text) {
                (true, Some(t)) => Ok(t.to_string()),
                (true, None) => Err("No such file or directory (os error 2)".into()),
                (false, _) => Ok(defaults()[rel].clone()),
            },
            &mut out,
        );
        (cfg, out)
    }

    /// Which files loaded: settings, classifier, calendar, roster.
    fn loaded(cfg: &Config) -> [bool; 4] {
        [
            cfg.settings.is_some(),
            cfg.classifier.is_some(),
            cfg.calendar.is_some(),
            cfg.roster.is_some(),
        ]
    }

    /// One broken file: a config-invalid finding for it alone, and the
    /// other three loaded.
    #[track_caller]
    fn check(file: &str, text: Option<&str>, message: &str) {
        let (cfg, out) = load(file, text);
        let found: Vec<(Code, &str, &str, &str)> = out
            .iter()
            .map(|f| {
                (
                    f.code,
                    f.file.as_str(),
                    f.field.as_str(),
                    f.message.as_str(),
                )
            })
            .collect();
        assert_eq!(found, [(Code::ConfigInvalid, file, "", message)]);
        let expected = [
            store::SETTINGS,
            store::CLASSIFIER,
            store::CALENDAR,
            store::PEOPLE,
        ]
        .map(|f| f != file);
        assert_eq!(loaded(&cfg), expected);
        assert_eq!(cfg.texts, None, "no card is taken as clean");
    }

    #[test]
    fn the_defaults_load_clean() {
        let mut out = Vec::new();
        let cfg = Config::parse(|rel| Ok(defaults()[rel].clone()), &mut out);
        assert_eq!(out, []);
        assert_eq!(loaded(&cfg), [true; 4]);
        assert!(cfg.texts.is_some());
    }

    #[test]
    fn a_broken_file_is_a_finding_and_the_others_still_load() {
        check(
            store::SETTINGS,
            Some("[terms\n"),
            "line 1: unclosed table, expected `]`",
        );
        check(
            store::CLASSIFIER,
            Some("nonsense = = 1\n"),
            "line 1: extra `=`, expected nothing",
        );
        check(store::CALENDAR, Some(""), "line 1: missing field `version`");
        check(
            store::PEOPLE,
            Some("[[coordinator]]\nid = 1\n"),
            "line 2: invalid type: integer `1`, expected a string",
        );
        check(
            store::PEOPLE,
            None,
            "No such file or directory (os error 2)",
        );
    }

    #[test]
    fn what_to_do_about_a_broken_file() {
        let (_, out) = load(store::CALENDAR, None);
        assert_eq!(
            out[0].hint,
            "fix calendar.toml by hand (or restore it with 'git checkout -- calendar.toml'); checks that need it were skipped"
        );
    }

    #[test]
    fn the_files_against_each_other() {
        let settings = defaults()[store::SETTINGS].replace("form = \"1.4\"", "form = \"1.77\"");
        let (cfg, out) = load(store::SETTINGS, Some(&settings));
        assert_eq!(loaded(&cfg), [true; 4]);
        let found: Vec<(Code, &str, &str)> = out
            .iter()
            .map(|f| (f.code, f.file.as_str(), f.field.as_str()))
            .collect();
        assert_eq!(
            found,
            [(Code::UnknownCode, store::SETTINGS, "defaults.form")]
        );
        let people = defaults()[store::PEOPLE].replacen("topics = [", "topics = [\"999\", ", 1);
        let (_, out) = load(store::PEOPLE, Some(&people));
        let found: Vec<(Code, &str, &str)> = out
            .iter()
            .map(|f| (f.code, f.file.as_str(), f.field.as_str()))
            .collect();
        assert_eq!(
            found,
            [(
                Code::UnknownCode,
                store::PEOPLE,
                "coordinator plakhotnik: topics"
            )]
        );
        let settings = defaults()[store::SETTINGS].replace("\"7.17\",", "\"7.77\",");
        let (_, out) = load(store::SETTINGS, Some(&settings));
        let found: Vec<(Code, &str, &str)> = out
            .iter()
            .map(|f| (f.code, f.file.as_str(), f.field.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                (Code::UnknownCode, store::SETTINGS, "priority.first"),
                (
                    Code::UnknownCode,
                    store::SETTINGS,
                    "priority.personal_by_head"
                )
            ]
        );
        // Without the Classifier nothing is checked against it.
        let (_, out) = load(store::CLASSIFIER, Some("x"));
        assert!(
            out.iter().all(|f| f.code == Code::ConfigInvalid),
            "{out:#?}"
        );
    }

    #[test]
    fn a_file_name_is_not_said_twice() {
        assert_eq!(
            strip_file("classifier.toml:12: bad code"),
            "line 12: bad code"
        );
        assert_eq!(strip_file("calendar.toml: no year"), "no year");
        assert_eq!(strip_file("calendar.toml"), "");
        assert_eq!(strip_file("people.toml:3: x"), "people.toml:3: x");
    }
}
