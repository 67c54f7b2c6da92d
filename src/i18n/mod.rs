//! The message catalogue: every word printed for a person, in Ukrainian
//! (the default) and English, from Project Fluent files under
//! `src/i18n/locales/<lang>/*.ftl` compiled into the binary.
//!
//! Machine outputs (JSON, the CSV of `export` and `--format csv`, finding
//! codes, status names) never pass through here: they are the documented
//! English contract and stay the same in every language.
//!
//! The language is chosen once per run by the command line
//! ([`set_lang`]); everything else asks [`lang`] or uses [`t!`].

use chrono::NaiveDate;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, Ordering};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./src/i18n/locales",
        fallback_language: "uk",
        // Plain text for the terminal: no Unicode isolation marks around
        // the values put into a message.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Ukrainian, the default.
    #[default]
    Uk,
    /// English, when asked for.
    En,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::Uk, Lang::En];

    /// The language's code: `uk`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Uk => "uk",
            Lang::En => "en",
        }
    }

    /// The language a code names (`uk`, `en`, `uk_UA.UTF-8`, `en-GB`),
    /// if it is one of ours.
    pub fn parse(code: &str) -> Option<Lang> {
        let lower = code.trim().to_ascii_lowercase();
        let base = lower.split(['_', '-', '.', '@']).next().unwrap_or("");
        match base {
            "uk" | "ua" => Some(Lang::Uk),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language from the environment: the first of `APPEALS_LANG`,
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set (and not empty) decides;
    /// English only when that one asks for English, Ukrainian otherwise.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["APPEALS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name).filter(|v| !v.trim().is_empty()))
            .next()
            .and_then(|v| Lang::parse(&v))
            .unwrap_or_default()
    }

    fn id(self) -> LanguageIdentifier {
        self.code().parse().expect("a valid language code")
    }
}

// Unit tests read messages in English, as the integration tests do (see
// tests/it/support.rs); a test of the Ukrainian asks for it by name with
// `message_in`, `date_in` and the like.
static LANG: AtomicU8 = AtomicU8::new(if cfg!(test) { 1 } else { 0 });

/// Sets the language of this run (the command line does, once).
pub fn set_lang(lang: Lang) {
    LANG.store(
        match lang {
            Lang::Uk => 0,
            Lang::En => 1,
        },
        Ordering::Relaxed,
    );
}

/// The language of this run.
pub fn lang() -> Lang {
    match LANG.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Uk,
    }
}

/// A value put into a message.
pub struct Arg(FluentValue<'static>);

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg(FluentValue::from(s.to_string()))
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg(FluentValue::from(s))
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg(FluentValue::from(s.clone()))
    }
}
impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Self {
        Arg(FluentValue::from(s.into_owned()))
    }
}
impl From<&std::path::Path> for Arg {
    fn from(p: &std::path::Path) -> Self {
        Arg(FluentValue::from(p.display().to_string()))
    }
}
impl From<&std::path::PathBuf> for Arg {
    fn from(p: &std::path::PathBuf) -> Self {
        Arg(FluentValue::from(p.display().to_string()))
    }
}
/// A date as the language writes it (see [`date`]).
impl From<NaiveDate> for Arg {
    fn from(d: NaiveDate) -> Self {
        Arg(FluentValue::from(date(d)))
    }
}
impl From<&NaiveDate> for Arg {
    fn from(d: &NaiveDate) -> Self {
        Arg(FluentValue::from(date(*d)))
    }
}
macro_rules! numeric_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg(FluentValue::from(n))
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Self {
                Arg(FluentValue::from(*n))
            }
        }
    )*};
}
numeric_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

/// The message `key` in this run's language, with `args` put in.
pub fn message(key: &str, args: Vec<(&'static str, Arg)>) -> String {
    message_in(lang(), key, args)
}

/// The message `key` in `lang`, with `args` put in. A key missing from the
/// catalogue prints as itself (a test keeps every key in both catalogues).
pub fn message_in(lang: Lang, key: &str, args: Vec<(&'static str, Arg)>) -> String {
    let id = lang.id();
    let found = if args.is_empty() {
        LOCALES.try_lookup(&id, key)
    } else {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .into_iter()
            .map(|(k, v)| (Cow::Borrowed(k), v.0))
            .collect();
        LOCALES.try_lookup_with_args(&id, key, &map)
    };
    found.unwrap_or_else(|| key.to_string())
}

/// Whether the catalogue of `lang` has `key` (for help texts looked up by
/// a derived key).
pub fn has(lang: Lang, key: &str) -> bool {
    LOCALES.try_lookup(&lang.id(), key).is_some()
}

/// A message from the catalogue in this run's language:
/// `t!("deadlines-footer", overdue = n, today = m)`.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::i18n::message($key, ::std::vec::Vec::new())
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $key,
            ::std::vec![$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

/// A date as this run's language writes it: `30.11.2026` in Ukrainian,
/// `2026-11-30` in English.
pub fn date(d: NaiveDate) -> String {
    date_in(lang(), d)
}

/// A date as `lang` writes it.
/// (Written out rather than through a `strftime` pattern, which a table of
/// 100,000 rows pays for at every date.)
pub fn date_in(lang: Lang, d: NaiveDate) -> String {
    use chrono::Datelike;
    let (y, m, day) = (d.year(), d.month(), d.day());
    // A year of four digits is put down digit by digit, as `format!`
    // would, without its machinery (three dates a row of 100,000).
    let Ok(year @ 0..=9999) = u32::try_from(y) else {
        return match lang {
            Lang::Uk => format!("{day:02}.{m:02}.{y:04}"),
            Lang::En => format!("{y:04}-{m:02}-{day:02}"),
        };
    };
    let mut out = String::with_capacity(10);
    let mut put = |n: u32, digits: u32, after: Option<char>| {
        for k in (0..digits).rev() {
            out.push(char::from(b'0' + (n / 10u32.pow(k) % 10) as u8));
        }
        out.extend(after);
    };
    match lang {
        Lang::Uk => {
            put(day, 2, Some('.'));
            put(m, 2, Some('.'));
            put(year, 4, None);
        }
        Lang::En => {
            put(year, 4, Some('-'));
            put(m, 2, Some('-'));
            put(day, 2, None);
        }
    }
    out
}

/// A day and month without the year: `30.11` in Ukrainian, `11-30` in English.
pub fn day_month(d: NaiveDate) -> String {
    use chrono::Datelike;
    match lang() {
        Lang::Uk => format!("{:02}.{:02}", d.day(), d.month()),
        Lang::En => format!("{:02}-{:02}", d.month(), d.day()),
    }
}

/// A decimal number with `digits` after the point, as this run's language
/// writes it: `11,75` in Ukrainian, `11.75` in English.
pub fn decimal(x: f64, digits: usize) -> String {
    decimal_in(lang(), x, digits)
}

/// A decimal number as `lang` writes it.
pub fn decimal_in(lang: Lang, x: f64, digits: usize) -> String {
    let s = format!("{x:.digits$}");
    match lang {
        Lang::Uk => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A share in per cent with one digit: `66,7 %` in Ukrainian, `66.7%` in
/// English.
pub fn percent(x: f64) -> String {
    percent_in(lang(), x)
}

/// A share in per cent as `lang` writes it.
pub fn percent_in(lang: Lang, x: f64) -> String {
    match lang {
        Lang::Uk => format!("{} %", decimal_in(lang, x, 1)),
        Lang::En => format!("{}%", decimal_in(lang, x, 1)),
    }
}

#[cfg(test)]
mod tests;
