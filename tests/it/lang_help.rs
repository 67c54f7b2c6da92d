//! The help and clap's usage errors speak Ukrainian when no language is
//! set, and English under `--lang en` (as before the catalogue).

use crate::support::{appeals, appeals_unset, latin_words};

/// Every subcommand's name, from the root's help in English.
fn subcommands() -> Vec<String> {
    let out = appeals().arg("--help").output().expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let list = text
        .split("Commands:\n")
        .nth(1)
        .expect("a list of commands")
        .split("\n\n")
        .next()
        .expect("the list");
    list.lines()
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}

/// The help's words for a person: without the example command lines (and
/// their continuations), the TOML example, and the first column of the
/// command list and the problem-code table (names typed as they are).
fn prose(help: &str) -> String {
    let mut out = String::new();
    let mut continued = false;
    for line in help.lines() {
        let example = line.trim_start().starts_with("appeals ") || continued;
        continued = line.trim_end().ends_with('\\');
        if example || line.contains(" = ") {
            continue;
        }
        // The usage names the command as it is typed.
        if let Some(usage) = line.strip_prefix("Використання: appeals ") {
            let rest = usage.trim_start_matches(|c: char| c.is_ascii_lowercase() || c == '-');
            out.push_str(rest);
            out.push('\n');
            continue;
        }
        let first = line.split_whitespace().next().unwrap_or("");
        let named = line.starts_with("  ")
            && !first.is_empty()
            && first.chars().all(|c| c.is_ascii_lowercase() || c == '-');
        let rest = if named {
            line.trim_start().strip_prefix(first).unwrap_or("")
        } else {
            line
        };
        out.push_str(rest);
        out.push('\n');
    }
    out
}

fn help_of(args: &[&str]) -> String {
    let out = appeals_unset()
        .args(args)
        .arg("--help")
        .output()
        .expect("runs");
    assert!(out.status.success(), "{args:?} --help fails");
    assert!(out.stderr.is_empty());
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn the_help_of_every_command_has_no_english_words_by_default() {
    let mut all = vec![help_of(&[])];
    let names = subcommands();
    assert!(names.len() > 30, "{names:?}");
    for name in &names {
        all.push(help_of(&[name]));
    }
    let mut bad = Vec::new();
    for (help, name) in all
        .iter()
        .zip(std::iter::once("appeals").chain(names.iter().map(String::as_str)))
    {
        let words = latin_words(&prose(help));
        if !words.is_empty() {
            bad.push(format!("{name} --help: {words:?}"));
        }
        for english in [
            "Usage:",
            "Options:",
            "Commands:",
            "Arguments:",
            "Print help",
            "[default:",
            "[possible values",
        ] {
            assert!(
                !help.contains(english),
                "{name} --help has {english}:\n{help}"
            );
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_root_help_in_both_languages() {
    insta::assert_snapshot!("help_root_uk", help_of(&[]));
    let out = appeals().arg("--help").output().expect("runs");
    insta::assert_snapshot!(
        "help_root_en",
        String::from_utf8(out.stdout).expect("UTF-8")
    );
}

#[test]
fn the_register_help_in_both_languages() {
    insta::assert_snapshot!("help_register_uk", help_of(&["register"]));
    let out = appeals()
        .args(["register", "--help"])
        .output()
        .expect("runs");
    insta::assert_snapshot!(
        "help_register_en",
        String::from_utf8(out.stdout).expect("UTF-8")
    );
}

#[test]
fn the_flag_beats_the_environment() {
    let out = appeals()
        .args(["--lang", "uk", "show", "--help"])
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.contains("Використання: appeals show [ПАРАМЕТРИ] <КАРТКА>"),
        "{text}"
    );
    let out = appeals_unset()
        .args(["--lang", "en", "show", "--help"])
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.contains("Usage: appeals show [OPTIONS] <CARD>"),
        "{text}"
    );
}

/// A usage error clap finds: Ukrainian by default, clap's English under
/// `--lang en`; exit code 2 in both.
fn usage_error(args: &[&str]) -> (String, String) {
    let uk = appeals_unset().args(args).output().expect("runs");
    assert_eq!(uk.status.code(), Some(2), "{args:?}");
    let en = appeals().args(args).output().expect("runs");
    assert_eq!(en.status.code(), Some(2), "{args:?}");
    (
        String::from_utf8(uk.stderr).expect("UTF-8"),
        String::from_utf8(en.stderr).expect("UTF-8"),
    )
}

#[test]
fn clap_usage_errors_in_ukrainian_with_exit_code_2() {
    let (uk, en) = usage_error(&["register", "--frm", "x.json"]);
    insta::assert_snapshot!("usage_unknown_argument_uk", uk);
    assert!(
        en.starts_with("error: unexpected argument '--frm' found"),
        "{en}"
    );
    let (uk, en) = usage_error(&["regster"]);
    assert!(
        uk.starts_with("помилка: невідома команда 'regster'"),
        "{uk}"
    );
    assert!(
        en.starts_with("error: unrecognized subcommand 'regster'"),
        "{en}"
    );
    let (uk, _) = usage_error(&["resolve", "К-1"]);
    insta::assert_snapshot!("usage_missing_argument_uk", uk);
    let (uk, _) = usage_error(&["show", "К-1", "--format", "xml"]);
    assert!(
        uk.starts_with("помилка: неприпустиме значення 'xml' для '--format <ФОРМАТ>'; можливі: 'table', 'json', 'csv'"),
        "{uk}"
    );
    // A value a parser of ours refuses: its reason, in Ukrainian, says what
    // it takes.
    let (uk, en) = usage_error(&["send", "К-1", "--number", "1", "--date", "32.01.2015"]);
    assert!(
        uk.starts_with("помилка: неприпустиме значення '32.01.2015' для '--date <ДАТА>': \"32.01.2015\" — це не дата: запишіть її як 30.11.2026 або 2026-11-30\n"),
        "{uk}"
    );
    assert!(en.contains("\"32.01.2015\" is not a date"), "{en}");
    let (uk, _) = usage_error(&["list", "--status", "foo"]);
    assert!(
        uk.starts_with("помилка: неприпустиме значення 'foo' для '--status <СТАН>': невідомий стан \"foo\"; можливі: 'registered', 'resolved',"),
        "{uk}"
    );
    let (uk, _) = usage_error(&["show", "К-1", "--format"]);
    assert!(
        uk.starts_with("помилка: для '--format <ФОРМАТ>' потрібне значення"),
        "{uk}"
    );
    let (uk, en) = usage_error(&["-R", "a", "-R", "b", "show", "К-1"]);
    assert!(
        uk.starts_with("помилка: -R/--register вказано більше одного разу"),
        "{uk}"
    );
    assert!(
        en.starts_with("error: -R/--register is given more than once"),
        "{en}"
    );
    assert!(latin_words(&uk).is_empty(), "{uk}");
}

#[test]
fn the_man_page_is_ukrainian_by_default() {
    let out = appeals_unset().arg("man").output().expect("runs");
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(page.contains("Зареєструвати звернення"), "{page}");
    let out = appeals().arg("man").output().expect("runs");
    let page = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(page.contains("Register appeals"), "{page}");
}
