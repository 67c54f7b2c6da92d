//! The help, the man page and clap's own errors in the run's language: every
//! `about`, argument help and `after_help` comes from the catalogue
//! (`help-…` keys in `src/i18n/locales/*/help.ftl`), keyed by its path in the
//! command tree; in Ukrainian clap's own words (headings, `[OPTIONS]`,
//! `[default: …]`, `Print help`) are replaced too.

use crate::i18n::{self, Lang};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command};

/// The catalogue key of a command's text: `help-about` and `help-after` for
/// the root, `help-register` and `help-register-after` for a subcommand.
fn command_key(path: &[String], what: &str) -> String {
    // `appeals help` lists the commands again under itself.
    let path = match path {
        [help, rest @ ..] if help == "help" && !rest.is_empty() => rest,
        _ => path,
    };
    match (path.is_empty(), what) {
        (true, "") => "help-about".to_string(),
        (true, w) => format!("help-{w}"),
        (false, "") => format!("help-{}", path.join("-")),
        (false, w) => format!("help-{}-{w}", path.join("-")),
    }
}

/// An argument's id as a key's tail: `cc_number` → `cc-number`.
fn arg_tail(arg: &Arg) -> String {
    arg.get_id()
        .as_str()
        .trim_end_matches('_')
        .replace('_', "-")
}

/// The keys an argument's help may have, the first found wins:
/// `help-register-from`, then `help-arg-from` (shared by many commands);
/// `help-global-today` for a global one (and `-h`, `-V`).
fn arg_keys(path: &[String], arg: &Arg) -> Vec<String> {
    let id = arg_tail(arg);
    if id == "help" {
        // Print help; Print help (see more with '--help') where long help is.
        vec![
            "help-global-help".to_string(),
            "help-global-help-more".to_string(),
        ]
    } else if path.is_empty() || arg.is_global_set() || id == "version" {
        vec![format!("help-global-{id}")]
    } else {
        vec![
            format!("help-{}-{id}", path.join("-")),
            format!("help-arg-{id}"),
        ]
    }
}

/// The keys of a value's help: `help-report-format-table` for one
/// command's, `help-value-format-table` shared by all.
fn value_keys(path: &[String], arg: &Arg, value: &str) -> Vec<String> {
    let id = arg_tail(arg);
    let mut keys = Vec::new();
    if !path.is_empty() {
        keys.push(format!("help-{}-{id}-{value}", path.join("-")));
    }
    keys.push(format!("help-value-{id}-{value}"));
    keys
}

/// The text of `key` in `lang`, if the catalogue has it.
fn text(lang: Lang, key: &str) -> Option<String> {
    i18n::has(lang, key).then(|| i18n::message_in(lang, key, Vec::new()))
}

/// The first of `keys` the catalogue of `lang` has whose English is
/// `source` (the text the source code gives), else the first it has.
fn pick(lang: Lang, keys: &[String], source: Option<String>) -> Option<String> {
    keys.iter()
        .find(|k| source.is_some() && text(Lang::En, k) == source)
        .or_else(|| keys.iter().find(|k| i18n::has(lang, k)))
        .and_then(|k| text(lang, k))
}

/// A value name as a Ukrainian clerk reads it.
fn value_name_uk(name: &str) -> &'static str {
    match name {
        "CARD" => "КАРТКА",
        "ID" => "ID",
        "DATE" | "TODAY" | "RECEIVED" | "RECEIVED_FROM" | "RECEIVED_TO" => "ДАТА",
        "FILE" => "ФАЙЛ",
        "FILE|-" => "ФАЙЛ|-",
        "FORMAT" | "INPUT_FORMAT" => "ФОРМАТ",
        "REASON" | "LATE_REASON" => "ПРИЧИНА",
        "DIR" | "REGISTER" => "ТЕКА",
        "TEXT" | "SUMMARY" | "NOTE" => "ТЕКСТ",
        "CODE" | "TOPIC" | "TOPICS" | "CATEGORIES" | "GENDER" | "FORM" | "SIGN" | "KIND"
        | "SUBJECT" | "TYPE" | "SOCIAL_STATUS" => "КОД",
        "N" => "N",
        "YEAR" => "РІК",
        "MONTH" => "МІСЯЦЬ",
        "YYYY-Q" => "РРРР-К",
        "SHELL" => "ОБОЛОНКА",
        "LANG" => "МОВА",
        "USER" => "КОРИСТУВАЧ",
        "NAME" => "ПІБ",
        "ADDRESS" => "АДРЕСА",
        "PHONE" => "ТЕЛЕФОН",
        "EMAIL" => "ПОШТА",
        "STATUS" => "СТАН",
        "EDITION" => "РЕДАКЦІЯ",
        "COUNCIL" => "НАЗВА",
        "BODY" => "ОРГАН",
        "GROUND" => "ПІДСТАВА",
        "OUTCOME" => "ВІДПОВІДЬ",
        "ANONYMOUS" => "ПРАВИЛО",
        "TERM" => "ДНІВ",
        "SIGNATORIES" => "КІЛЬКІСТЬ",
        "CC_NUMBER" => "НОМЕР",
        "REPEAT_OF" => "КАРТКА",
        "COMMAND" => "КОМАНДА",
        "ID:NAME" => "ID:ІМ’Я",
        "ENCODING" => "КОДУВАННЯ",
        "PROFILE" => "ПРОФІЛЬ",
        _ => "ЗНАЧЕННЯ",
    }
}

/// The help template with Ukrainian headings.
const TEMPLATE_UK: &str =
    "{before-help}{about-with-newline}\nВикористання: {usage}\n\n{all-args}{after-help}";

/// The command tree with every text from the catalogue of this run's
/// language (see the module's comment). The command comes back built.
pub fn localise(cmd: Command) -> Command {
    localise_in(i18n::lang(), cmd)
}

/// The command tree in `lang`.
pub fn localise_in(lang: Lang, mut cmd: Command) -> Command {
    cmd.build();
    walk(lang, &mut cmd, &[]);
    if lang == Lang::Uk {
        usages(&mut cmd);
    }
    cmd
}

fn walk(lang: Lang, cmd: &mut Command, path: &[String]) {
    let mut c = std::mem::take(cmd);
    if c.get_about().is_some() {
        if let Some(t) = text(lang, &command_key(path, "")) {
            c = c.about(t);
        }
    }
    if let Some(source) = c.get_after_help().map(|h| h.to_string()) {
        if let Some(t) = text(lang, &command_key(path, "after")) {
            // A catalogue value has no trailing newline; the source's stays.
            let tail = &source[source.trim_end_matches('\n').len()..];
            c = c.after_help(format!("{t}{tail}"));
        }
    }
    if lang == Lang::Uk {
        c = c
            .help_template(TEMPLATE_UK)
            .subcommand_help_heading("Команди")
            .subcommand_value_name("КОМАНДА");
    }
    let ids: Vec<String> = c.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        c = c.mut_arg(&id, |a| localise_arg(lang, a, path));
    }
    *cmd = c;
    for sub in cmd.get_subcommands_mut() {
        let mut p = path.to_vec();
        p.push(sub.get_name().to_string());
        walk(lang, sub, &p);
    }
}

fn localise_arg(lang: Lang, arg: Arg, path: &[String]) -> Arg {
    let source = arg.get_help().map(|h| h.to_string());
    let Some(help) = pick(lang, &arg_keys(path, &arg), source) else {
        return arg;
    };
    // `-h` in a command with long help: "Print help (see a summary with '-h')".
    let own_long = arg.get_long_help().and_then(|h| {
        let keys: Vec<String> = arg_keys(path, &arg)
            .iter()
            .map(|k| format!("{k}-long"))
            .collect();
        pick(lang, &keys, Some(h.to_string()))
    });
    if lang != Lang::Uk {
        let arg = if arg.get_help().is_some() {
            arg.help(help)
        } else {
            arg
        };
        return match own_long {
            Some(l) => arg.long_help(l),
            None => arg,
        };
    }
    let mut arg = arg;
    if let Some(l) = own_long {
        arg = arg.long_help(l);
    }
    let mut extra = Vec::new();
    if let Some(names) = arg.get_value_names() {
        let names: Vec<&'static str> = names.iter().map(|n| value_name_uk(n.as_str())).collect();
        arg = arg.value_names(names);
    }
    if !arg.is_hide_env_set() {
        if let Some(env) = arg.get_env() {
            extra.push(format!("[змінна середовища: {}]", env.to_string_lossy()));
            arg = arg.hide_env(true);
        }
    }
    let takes_value = arg.get_num_args().is_none_or(|n| n.takes_values());
    if takes_value && !arg.is_hide_default_value_set() && !arg.get_default_values().is_empty() {
        let values: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| format!("'{}'", v.to_string_lossy()))
            .collect();
        extra.push(format!("[типово: {}]", values.join(", ")));
        arg = arg.hide_default_value(true);
    }
    let values: Vec<clap::builder::PossibleValue> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let mut long = None;
    if takes_value && !values.is_empty() && !arg.is_hide_possible_values_set() {
        let names: Vec<String> = values
            .iter()
            .map(|v| format!("'{}'", v.get_name()))
            .collect();
        if values.iter().any(|v| v.get_help().is_some()) {
            let mut l = help.clone();
            for e in &extra {
                l.push(' ');
                l.push_str(e);
            }
            l.push_str("\n\nМожливі значення:");
            for v in &values {
                let source = v.get_help().map(|h| h.to_string());
                let h = pick(lang, &value_keys(path, &arg, v.get_name()), source)
                    .map(|h| format!(": {h}"))
                    .unwrap_or_default();
                l.push_str(&format!("\n- '{}'{h}", v.get_name()));
            }
            long = Some(l);
        }
        extra.push(format!("[можливі значення: {}]", names.join(", ")));
        arg = arg.hide_possible_values(true);
    }
    let mut short = help;
    for e in &extra {
        short.push(' ');
        short.push_str(e);
    }
    arg = arg.help(short);
    if let Some(l) = long {
        arg = arg.long_help(l);
    }
    if arg.get_help_heading().is_none() {
        let heading = if arg.is_positional() {
            "Аргументи"
        } else {
            "Параметри"
        };
        arg = arg.help_heading(heading);
    }
    arg
}

/// Usage lines with `[ПАРАМЕТРИ]` for clap's `[OPTIONS]`.
fn usages(cmd: &mut Command) {
    let usage = cmd.render_usage().to_string();
    let usage = usage
        .strip_prefix("Usage: ")
        .unwrap_or(&usage)
        .replace("[OPTIONS]", "[ПАРАМЕТРИ]")
        .replace("[COMMAND]", "[КОМАНДА]");
    let c = std::mem::take(cmd);
    *cmd = c.override_usage(usage);
    for sub in cmd.get_subcommands_mut() {
        usages(sub);
    }
}

/// Prints a clap error (or the help or version it carries) in this run's
/// language and gives the exit code: 2 for a usage error, 0 for help.
pub fn print_error(e: &clap::Error) -> u8 {
    let code = if e.use_stderr() { 2 } else { 0 };
    if i18n::lang() != Lang::Uk || !e.use_stderr() {
        let _ = e.print();
        return code;
    }
    let text = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let arg = text(ContextKind::InvalidArg);
    let value = text(ContextKind::InvalidValue);
    let message = match e.kind() {
        ErrorKind::UnknownArgument => crate::t!("usage-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => crate::t!(
            "usage-unknown-command",
            command = text(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidValue if value.is_empty() => {
            crate::t!("usage-missing-value", arg = arg)
        }
        ErrorKind::InvalidValue => {
            let valid = match e.get(ContextKind::ValidValue) {
                Some(ContextValue::Strings(v)) => v
                    .iter()
                    .map(|s| format!("'{s}'"))
                    .collect::<Vec<_>>()
                    .join(", "),
                _ => String::new(),
            };
            if valid.is_empty() {
                crate::t!("usage-invalid-value", arg = arg, value = value)
            } else {
                crate::t!(
                    "usage-invalid-value-one-of",
                    arg = arg,
                    value = value,
                    valid = valid
                )
            }
        }
        // A value parser of ours refused it: its own words say why (and, in
        // this run's language, what it takes).
        ErrorKind::ValueValidation => match std::error::Error::source(e) {
            Some(why) => crate::t!(
                "usage-invalid-value-why",
                arg = arg,
                value = value,
                why = why.to_string()
            ),
            None => crate::t!("usage-invalid-value", arg = arg, value = value),
        },
        ErrorKind::MissingRequiredArgument => {
            crate::t!("usage-missing-argument", arg = arg)
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            crate::t!("usage-missing-command")
        }
        ErrorKind::ArgumentConflict => match arg.is_empty() {
            // A message of ours (`Command::error`): its first line.
            true => {
                let raw = e.render().to_string();
                let first = raw.lines().next().unwrap_or("");
                first.strip_prefix("error: ").unwrap_or(first).to_string()
            }
            false => crate::t!(
                "usage-conflict",
                arg = arg,
                other = text(ContextKind::PriorArg)
            ),
        },
        ErrorKind::TooManyValues => {
            crate::t!("usage-too-many", arg = arg)
        }
        _ => String::new(),
    };
    if message.is_empty() {
        let _ = e.print();
        return code;
    }
    let mut out = crate::t!("usage-error", message = message);
    let similar = match (
        e.get(ContextKind::SuggestedArg),
        e.get(ContextKind::SuggestedSubcommand),
    ) {
        (Some(ContextValue::String(s)), _) => s.clone(),
        (_, Some(ContextValue::String(s))) => s.clone(),
        (_, Some(ContextValue::Strings(v))) => v.join("', '"),
        _ => String::new(),
    };
    if !similar.is_empty() {
        out.push_str("\n\n  ");
        out.push_str(&crate::t!("usage-similar", similar = similar));
    }
    let usage = text(ContextKind::Usage);
    if !usage.is_empty() {
        let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
        out.push_str("\n\n");
        out.push_str(&crate::t!("usage-usage", usage = usage));
    }
    out.push_str("\n\n");
    out.push_str(&crate::t!("usage-more"));
    eprintln!("{out}");
    code
}

#[cfg(test)]
mod tests {
    // The catalogue is read as files by this test only.
    #![allow(clippy::disallowed_methods)]
    use super::*;
    use clap::CommandFactory;
    use std::collections::BTreeSet;

    /// The `help-` keys of a language's help.ftl.
    fn catalogue(lang: Lang) -> BTreeSet<String> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src/i18n/locales")
            .join(lang.code())
            .join("help.ftl");
        std::fs::read_to_string(path)
            .expect("help.ftl")
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k))
            .filter(|k| k.starts_with("help-"))
            .map(str::to_string)
            .collect()
    }

    /// Every text of the command tree with the key it is found under,
    /// checked to be in both catalogues, English as the source says.
    fn check(cmd: &Command, path: &[String], used: &mut BTreeSet<String>) {
        let mut texts: Vec<(Vec<String>, String)> = Vec::new();
        if let Some(a) = cmd.get_about() {
            texts.push((vec![command_key(path, "")], a.to_string()));
        }
        if let Some(a) = cmd.get_after_help() {
            texts.push((
                vec![command_key(path, "after")],
                a.to_string().trim_end_matches('\n').to_string(),
            ));
        }
        assert!(cmd.get_long_about().is_none(), "{path:?}: long about");
        for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            if let Some(h) = arg.get_long_help() {
                let keys: Vec<String> = arg_keys(path, arg)
                    .iter()
                    .map(|k| format!("{k}-long"))
                    .collect();
                texts.push((keys, h.to_string()));
            }
            if let Some(h) = arg.get_help() {
                texts.push((arg_keys(path, arg), h.to_string()));
            }
            for v in arg.get_possible_values() {
                if let Some(h) = v.get_help() {
                    texts.push((value_keys(path, arg, v.get_name()), h.to_string()));
                }
            }
        }
        for (keys, source) in texts {
            let Some(key) = keys
                .iter()
                .find(|k| i18n::has(Lang::En, k) && text(Lang::En, k).as_deref() == Some(&source))
            else {
                eprintln!("no key of {keys:?} says in English: {source}");
                used.insert("MISSING".to_string());
                continue;
            };
            assert!(
                i18n::has(Lang::Uk, key),
                "{key} is not in the Ukrainian catalogue"
            );
            used.insert(key.clone());
        }
        for sub in cmd.get_subcommands() {
            let mut p = path.to_vec();
            p.push(sub.get_name().to_string());
            check(sub, &p, used);
        }
    }

    #[test]
    fn every_help_text_is_in_both_catalogues_and_every_key_is_used() {
        let mut cmd = crate::cli::Cli::command();
        cmd.build();
        let mut used = BTreeSet::new();
        check(&cmd, &[], &mut used);
        assert!(
            !used.contains("MISSING"),
            "texts missing from the catalogue"
        );
        for lang in Lang::ALL {
            let unused: Vec<_> = catalogue(lang).difference(&used).cloned().collect();
            assert!(
                unused.is_empty(),
                "{}: keys naming nothing: {unused:?}",
                lang.code()
            );
        }
    }

    #[test]
    fn english_help_is_the_source_text_and_ukrainian_has_no_clap_words() {
        let source = {
            let mut c = crate::cli::Cli::command();
            c.render_long_help().to_string()
        };
        let en = localise_in(Lang::En, crate::cli::Cli::command())
            .render_long_help()
            .to_string();
        assert_eq!(en, source);
        let uk = localise_in(Lang::Uk, crate::cli::Cli::command())
            .render_long_help()
            .to_string();
        for word in [
            "Usage",
            "Options",
            "Commands",
            "Print help",
            "[default",
            "[env",
            "[possible",
        ] {
            assert!(!uk.contains(word), "{word} in:\n{uk}");
        }
    }
}
