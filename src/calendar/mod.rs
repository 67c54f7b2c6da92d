//! The working-day calendar: which dates count as working days when a term of
//! consideration is measured (law.md §4).
//!
//! A body with a five-day week works Monday to Friday. The exceptions are a
//! short list kept in `register/calendar.toml`: art. 73 holidays on weekdays,
//! weekdays made days off (art. 67 part 3 or a Cabinet transfer) and weekend
//! days made working (a Cabinet transfer). The list is generated once by
//! [`Calendar::generate`] and then belongs to the council, which edits it when
//! the law changes (a new transfer order, the end of martial law). Queries use
//! only that list plus the weekday rule, so an edit takes effect without a new
//! program version. A date outside the file's years is an error, never a
//! guess: a deadline computed from a guessed calendar would be silently wrong.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

pub mod generate;

/// The version of the calendar file format written by [`Calendar::to_toml`].
pub const FORMAT_VERSION: u32 = 1;

/// Working days for a range of whole years.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    first_year: i32,
    last_year: i32,
    martial_law: Vec<MartialLaw>,
    days: BTreeMap<NaiveDate, Day>,
    /// `prefix[i]`: the working days among the first `i` days from 1
    /// January of `first_year`, so that a count between any two dates is
    /// one subtraction (issue #20: a card overdue for years costs what one
    /// overdue for a day does).
    prefix: Vec<u32>,
}

/// A period in which martial-law labour rules suspend holidays and transfers.
///
/// Informative only: queries never look at it, because the generator has
/// already left those periods without entries. It tells a reader of the file
/// why, say, 9 May 2022 is an ordinary working day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MartialLaw {
    /// First day on which holidays and moved days off no longer apply.
    pub from: NaiveDate,
    /// Last day of the period (inclusive); `None` while still in force.
    pub until: Option<NaiveDate>,
    /// The legal basis, as a short citation.
    pub source: String,
}

impl MartialLaw {
    /// Whether `d` falls inside the period.
    pub fn covers(&self, d: NaiveDate) -> bool {
        d >= self.from && self.until.is_none_or(|u| d <= u)
    }
}

/// One exception to the Monday-to-Friday rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day {
    /// The date the entry is about.
    pub date: NaiveDate,
    /// Whether the date is a holiday, a day off or a working day.
    pub kind: DayKind,
    /// What the day is, in Ukrainian, as shown to a clerk.
    pub name: String,
    /// The legal basis, as a short citation.
    pub source: String,
    /// Whether a source confirms the entry or it was derived from a rule.
    pub status: Certainty,
    /// Why the entry is uncertain, or anything else a reader should know.
    pub note: Option<String>,
}

/// What an entry makes of its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DayKind {
    /// An art. 73 holiday or non-working day on a weekday: not worked.
    Holiday,
    /// A weekday off: a day off moved under art. 67 part 3, or the day off
    /// of a Cabinet transfer.
    DayOff,
    /// A Saturday or Sunday worked under a Cabinet transfer.
    Working,
}

impl DayKind {
    /// The spelling used in the calendar file.
    pub fn as_str(self) -> &'static str {
        match self {
            DayKind::Holiday => "holiday",
            DayKind::DayOff => "day-off",
            DayKind::Working => "working",
        }
    }

    /// Whether a date with this entry is worked.
    pub fn is_working(self) -> bool {
        matches!(self, DayKind::Working)
    }
}

/// How well an entry is backed by sources (law.md's [C] and [M] tags).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Certainty {
    /// Read in a source ([C]).
    Confirmed,
    /// Derived from a rule, or the sources disagree ([M]); check it.
    Unconfirmed,
}

impl Certainty {
    /// The spelling used in the calendar file.
    pub fn as_str(self) -> &'static str {
        match self {
            Certainty::Confirmed => "confirmed",
            Certainty::Unconfirmed => "unconfirmed",
        }
    }
}

/// Why the calendar could not answer or could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    /// The date lies outside the years the calendar covers.
    #[error("{}", self.message())]
    OutOfRange {
        /// The date asked about.
        date: NaiveDate,
        /// First year the calendar covers.
        first_year: i32,
        /// Last year the calendar covers.
        last_year: i32,
    },
    /// The year lies outside the years the calendar covers.
    #[error("{}", self.message())]
    YearOutOfRange {
        /// The year asked about.
        year: i32,
        /// First year the calendar covers.
        first_year: i32,
        /// Last year the calendar covers.
        last_year: i32,
    },
    /// The calendar file is not valid.
    #[error("{file}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Parse {
        /// The file being read, as given to [`Calendar::parse`].
        file: String,
        /// The 1-based line at fault, when known.
        line: Option<usize>,
        /// What is wrong, naming the key at fault.
        message: String,
    },
}

impl CalendarError {
    fn message(&self) -> String {
        use crate::t;
        match self {
            CalendarError::OutOfRange {
                date,
                first_year,
                last_year,
            } => t!(
                "err-date-outside-calendar",
                date = *date,
                first = first_year.to_string(),
                last = last_year.to_string(),
                hint = t!("hint-line", text = t!("hint-calendar-add-years-for-date"))
            ),
            CalendarError::YearOutOfRange {
                year,
                first_year,
                last_year,
            } => t!(
                "err-year-outside-calendar",
                year = year.to_string(),
                first = first_year.to_string(),
                last = last_year.to_string(),
                hint = t!("hint-line", text = t!("hint-calendar-add-years"))
            ),
            CalendarError::Parse {
                file,
                line,
                message,
            } => format!(
                "{file}{}: {message}",
                line.map(|l| format!(":{l}")).unwrap_or_default()
            ),
        }
    }
}

impl Calendar {
    /// A calendar of `first_year`–`last_year` with its entries, and the
    /// running count of working days its queries subtract.
    pub(crate) fn new(
        first_year: i32,
        last_year: i32,
        martial_law: Vec<MartialLaw>,
        days: BTreeMap<NaiveDate, Day>,
    ) -> Calendar {
        let working = |d: NaiveDate| match days.get(&d) {
            Some(day) => day.kind.is_working(),
            None => !is_weekend(d),
        };
        let mut prefix = vec![0u32];
        if let (Some(start), Some(end)) = (
            NaiveDate::from_ymd_opt(first_year, 1, 1),
            NaiveDate::from_ymd_opt(last_year, 12, 31),
        ) {
            let mut count = 0;
            for d in start.iter_days().take_while(|d| *d <= end) {
                count += u32::from(working(d));
                prefix.push(count);
            }
        }
        Calendar {
            first_year,
            last_year,
            martial_law,
            days,
            prefix,
        }
    }

    /// The working days from 1 January of the first year up to `d`
    /// inclusive; `d` is in range.
    fn working_up_to(&self, d: NaiveDate) -> i64 {
        let start = NaiveDate::from_ymd_opt(self.first_year, 1, 1).unwrap_or(d);
        let i = (d - start).num_days() + 1;
        usize::try_from(i)
            .ok()
            .and_then(|i| self.prefix.get(i))
            .map_or(0, |n| i64::from(*n))
    }

    /// The first and last year covered, inclusive.
    pub fn years(&self) -> (i32, i32) {
        (self.first_year, self.last_year)
    }

    /// The martial-law periods recorded in the file.
    pub fn martial_law(&self) -> &[MartialLaw] {
        &self.martial_law
    }

    /// Whether `d` is an entry no source confirms (`status = "unconfirmed"`).
    pub fn is_unconfirmed(&self, d: NaiveDate) -> bool {
        self.days
            .get(&d)
            .is_some_and(|day| day.status == Certainty::Unconfirmed)
    }

    /// The unconfirmed entries after `after` up to `upto` inclusive: the
    /// days a term counted over that span rests on without a source.
    pub fn unconfirmed_between(&self, after: NaiveDate, upto: NaiveDate) -> Vec<NaiveDate> {
        self.unconfirmed_in(after, upto).collect()
    }

    /// Whether [`Calendar::unconfirmed_between`] has any day, none listed.
    pub fn any_unconfirmed_between(&self, after: NaiveDate, upto: NaiveDate) -> bool {
        self.unconfirmed_in(after, upto).next().is_some()
    }

    fn unconfirmed_in(
        &self,
        after: NaiveDate,
        upto: NaiveDate,
    ) -> impl Iterator<Item = NaiveDate> + '_ {
        // An empty range when `upto` is not after `after`.
        let upto = upto.max(after);
        self.days
            .range((
                std::ops::Bound::Excluded(after),
                std::ops::Bound::Included(upto),
            ))
            .filter(|(_, day)| day.status == Certainty::Unconfirmed)
            .map(|(d, _)| *d)
    }

    /// All entries, sorted by date.
    pub fn days(&self) -> impl Iterator<Item = &Day> {
        self.days.values()
    }

    fn check_range(&self, date: NaiveDate) -> Result<(), CalendarError> {
        if (self.first_year..=self.last_year).contains(&date.year()) {
            Ok(())
        } else {
            Err(CalendarError::OutOfRange {
                date,
                first_year: self.first_year,
                last_year: self.last_year,
            })
        }
    }

    fn out_of_range(&self, date: NaiveDate) -> CalendarError {
        CalendarError::OutOfRange {
            date,
            first_year: self.first_year,
            last_year: self.last_year,
        }
    }

    /// The entry for a date, if the date is an exception to Monday–Friday.
    pub fn day(&self, d: NaiveDate) -> Result<Option<&Day>, CalendarError> {
        self.check_range(d)?;
        Ok(self.days.get(&d))
    }

    /// Whether `d` is a working day: Monday to Friday unless an entry says
    /// otherwise.
    pub fn is_working_day(&self, d: NaiveDate) -> Result<bool, CalendarError> {
        Ok(match self.day(d)? {
            Some(day) => day.kind.is_working(),
            None => !is_weekend(d),
        })
    }

    /// The first working day strictly after `d`.
    pub fn next_working_day(&self, d: NaiveDate) -> Result<NaiveDate, CalendarError> {
        let mut cur = d;
        loop {
            cur = cur.succ_opt().ok_or_else(|| self.out_of_range(cur))?;
            if self.is_working_day(cur)? {
                return Ok(cur);
            }
        }
    }

    /// The last working day strictly before `d`.
    pub fn previous_working_day(&self, d: NaiveDate) -> Result<NaiveDate, CalendarError> {
        let mut cur = d;
        loop {
            cur = cur.pred_opt().ok_or_else(|| self.out_of_range(cur))?;
            if self.is_working_day(cur)? {
                return Ok(cur);
            }
        }
    }

    /// The number of working days `d` with `from < d <= to`; 0 when `to` is
    /// not after `from`. Answers "how many working days late".
    pub fn working_days_after(&self, from: NaiveDate, to: NaiveDate) -> Result<i64, CalendarError> {
        if to <= from {
            return Ok(0);
        }
        let first = from.succ_opt().ok_or_else(|| self.out_of_range(from))?;
        self.check_range(first)?;
        self.check_range(to)?;
        // One subtraction, however far apart (`prefix`).
        Ok(self.working_up_to(to) - self.working_up_to(from))
    }

    /// The entries of one year, sorted by date.
    pub fn year_days(&self, year: i32) -> Result<Vec<&Day>, CalendarError> {
        if !(self.first_year..=self.last_year).contains(&year) {
            return Err(CalendarError::YearOutOfRange {
                year,
                first_year: self.first_year,
                last_year: self.last_year,
            });
        }
        Ok(self
            .days
            .values()
            .filter(|d| d.date.year() == year)
            .collect())
    }

    /// Why `d` is not a working day ("субота", "неділя", or the entry's name
    /// and source), or `None` when it is one. Used to explain skipped days.
    pub fn why_not_working(&self, d: NaiveDate) -> Result<Option<String>, CalendarError> {
        Ok(match self.day(d)? {
            Some(day) if day.kind.is_working() => None,
            Some(day) => Some(format!("{} ({})", day.name, day.source)),
            None => match d.weekday() {
                Weekday::Sat => Some("субота".to_string()),
                Weekday::Sun => Some("неділя".to_string()),
                _ => None,
            },
        })
    }

    /// Reads a calendar file. Strict: unknown keys, dates outside the years,
    /// duplicate dates and entries that contradict the weekday rule are
    /// errors naming the file, the line and the key.
    pub fn parse(text: &str, file: &str) -> Result<Calendar, CalendarError> {
        let src = Source { text, file };
        let repr: FileRepr = toml::from_str(text).map_err(|e| src.toml_error(&e))?;

        if *repr.version.get_ref() != FORMAT_VERSION {
            return Err(src.error(
                repr.version.span(),
                "version",
                crate::t!(
                    "err-calendar-version",
                    version = repr.version.get_ref().to_string(),
                    expected = FORMAT_VERSION.to_string()
                ),
            ));
        }
        let first_year = *repr.first_year.get_ref();
        let last_year = *repr.last_year.get_ref();
        for (key, year) in [
            ("first_year", &repr.first_year),
            ("last_year", &repr.last_year),
        ] {
            if NaiveDate::from_ymd_opt(*year.get_ref(), 1, 1).is_none()
                || NaiveDate::from_ymd_opt(*year.get_ref(), 12, 31).is_none()
            {
                return Err(src.error(
                    year.span(),
                    key,
                    crate::t!("err-calendar-year", year = year.get_ref().to_string()),
                ));
            }
        }
        if first_year > last_year {
            return Err(src.error(
                repr.last_year.span(),
                "last_year",
                crate::t!(
                    "err-calendar-years",
                    first = first_year.to_string(),
                    last = last_year.to_string()
                ),
            ));
        }

        let mut martial_law = Vec::with_capacity(repr.martial_law.len());
        for m in repr.martial_law {
            let from = src.date(&m.from, "from")?;
            let until = match &m.until {
                Some(u) => {
                    let until = src.date(u, "until")?;
                    if until < from {
                        return Err(src.error(
                            u.span(),
                            "until",
                            crate::t!("err-martial-law", until = until, from = from),
                        ));
                    }
                    Some(until)
                }
                None => None,
            };
            martial_law.push(MartialLaw {
                from,
                until,
                source: src.non_empty(m.source, "source")?,
            });
        }

        let mut days: BTreeMap<NaiveDate, Day> = BTreeMap::new();
        let mut lines: BTreeMap<NaiveDate, usize> = BTreeMap::new();
        for d in repr.day {
            let date = src.date(&d.date, "date")?;
            if !(first_year..=last_year).contains(&date.year()) {
                return Err(src.error(
                    d.date.span(),
                    "date",
                    crate::t!(
                        "err-calendar-day-outside",
                        date = date,
                        first = first_year.to_string(),
                        last = last_year.to_string(),
                        hint = crate::t!(
                            "hint-line",
                            text = crate::t!("hint-calendar-years-or-entry")
                        )
                    ),
                ));
            }
            if let Some(first) = lines.get(&date) {
                return Err(src.error(
                    d.date.span(),
                    "date",
                    crate::t!("err-calendar-twice", date = date, first = *first),
                ));
            }
            let kind = *d.kind.get_ref();
            match (kind, is_weekend(date)) {
                (DayKind::Working, false) => {
                    return Err(src.error(
                        d.kind.span(),
                        "kind",
                        crate::t!(
                            "err-calendar-already-working",
                            date = date,
                            weekday = weekday_name(date)
                        ),
                    ))
                }
                (DayKind::Holiday | DayKind::DayOff, true) => {
                    return Err(src.error(
                        d.kind.span(),
                        "kind",
                        crate::t!(
                            "err-calendar-already-off",
                            date = date,
                            weekday = weekday_name(date),
                            kind = kind.as_str(),
                            hint =
                                crate::t!("hint-line", text = crate::t!("hint-calendar-day-off"))
                        ),
                    ))
                }
                _ => {}
            }
            lines.insert(date, src.line(d.date.span().start));
            days.insert(
                date,
                Day {
                    date,
                    kind,
                    name: src.non_empty(d.name, "name")?,
                    source: src.non_empty(d.source, "source")?,
                    status: d.status,
                    note: d.note,
                },
            );
        }

        Ok(Calendar::new(first_year, last_year, martial_law, days))
    }

    /// The calendar as a TOML file: a fixed header, then one `[[day]]` table
    /// per entry sorted by date, so that regenerating an unchanged calendar
    /// gives an identical file and an edit gives a small diff.
    pub fn to_toml(&self) -> String {
        let mut out = String::new();
        out.push_str(HEADER);
        // Writing to a String cannot fail; the results are ignored for that reason.
        let _ = writeln!(out, "version = {FORMAT_VERSION}");
        let _ = writeln!(out, "first_year = {}", self.first_year);
        let _ = writeln!(out, "last_year = {}", self.last_year);
        for m in &self.martial_law {
            out.push_str("\n[[martial_law]]\n");
            let _ = writeln!(out, "from = {}", m.from);
            match m.until {
                Some(u) => {
                    let _ = writeln!(out, "until = {u}");
                }
                None => out.push_str("# until = РРРР-ММ-ДД (не вказано: воєнний стан триває)\n"),
            }
            let _ = writeln!(out, "source = {}", quote(&m.source));
        }
        // A heading for every year, even one without entries, so a reader
        // sees that an empty year (martial law) is deliberate, not missing.
        for year in self.first_year..=self.last_year {
            let entries: Vec<&Day> = self
                .days
                .values()
                .filter(|d| d.date.year() == year)
                .collect();
            if entries.is_empty() {
                let _ = write!(out, "\n# ---- {year}: винятків немає ----\n");
                continue;
            }
            let _ = write!(out, "\n# ---- {year} ----\n");
            for d in entries {
                out.push_str("\n[[day]]\n");
                let _ = writeln!(out, "date = {} # {}", d.date, weekday_name(d.date));
                let _ = writeln!(out, "kind = {}", quote(d.kind.as_str()));
                let _ = writeln!(out, "name = {}", quote(&d.name));
                let _ = writeln!(out, "source = {}", quote(&d.source));
                let _ = writeln!(out, "status = {}", quote(d.status.as_str()));
                if let Some(note) = &d.note {
                    let _ = writeln!(out, "note = {}", quote(note));
                }
            }
        }
        out
    }
}

const HEADER: &str = "\
# Календар робочих днів реєстру звернень (п’ятиденний робочий тиждень).
#
# За ним програма `appeals` рахує строки розгляду звернень. Робочі дні —
# понеділок–п’ятниця, вихідні — субота й неділя; нижче перелічено лише винятки:
#   kind = \"holiday\"  святковий або неробочий день (КЗпП ст. 73) у будній день;
#   kind = \"day-off\"  будній день, вихідний через перенесення: вихідного, що
#                     збігся зі святом (КЗпП ст. 67 ч. 3), або за розпорядженням КМУ;
#   kind = \"working\"  субота чи неділя, що стала робочою за розпорядженням КМУ.
#   status = \"confirmed\" підтверджено джерелом; \"unconfirmed\" виведено з правила
#   або джерела розходяться (див. note): перевірте за офіційним текстом.
#
# Файл згенеровано програмою `appeals` із правил КЗпП (ст. 73 у редакціях
# 2015–2023 рр., ст. 67 ч. 3) і розпоряджень КМУ про перенесення робочих днів
# 2015–2022 рр. Рада може його редагувати: додати чи виправити запис (нове
# розпорядження КМУ, зміна закону). Програма перевіряє файл під час читання
# і називає рядок з помилкою.
#
# Воєнний стан: з 24.03.2022 (Закон № 2136-IX, ст. 6 ч. 6) святкові дні та
# перенесення не застосовуються, тому з цієї дати записів немає. Файл складено
# з припущенням, що воєнний стан триває до кінця останнього року календаря.
# Коли воєнний стан скасують, вкажіть дату в `until` розділу [[martial_law]] і
# додайте записи [[day]] для святкових днів і перенесень після неї.

";

/// Saturday or Sunday.
fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The Ukrainian name of a date's weekday, for messages and file comments.
fn weekday_name(d: NaiveDate) -> &'static str {
    match d.weekday() {
        Weekday::Mon => "понеділок",
        Weekday::Tue => "вівторок",
        Weekday::Wed => "середа",
        Weekday::Thu => "четвер",
        Weekday::Fri => "п’ятниця",
        Weekday::Sat => "субота",
        Weekday::Sun => "неділя",
    }
}

/// A TOML basic string. Hand-written because the rest of the file is written
/// by hand too, for its comments and fixed layout.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

// ---- file representation ----

/// The calendar file as written on disk. Spans are kept so that errors found
/// after deserialization can still name the line.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileRepr {
    version: toml::Spanned<u32>,
    first_year: toml::Spanned<i32>,
    last_year: toml::Spanned<i32>,
    #[serde(default)]
    martial_law: Vec<MartialLawRepr>,
    #[serde(default)]
    day: Vec<DayRepr>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MartialLawRepr {
    from: toml::Spanned<toml::value::Datetime>,
    until: Option<toml::Spanned<toml::value::Datetime>>,
    source: toml::Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DayRepr {
    date: toml::Spanned<toml::value::Datetime>,
    kind: toml::Spanned<DayKind>,
    name: toml::Spanned<String>,
    source: toml::Spanned<String>,
    status: Certainty,
    note: Option<String>,
}

/// The text being parsed, to turn byte spans into line numbers.
struct Source<'a> {
    text: &'a str,
    file: &'a str,
}

impl Source<'_> {
    fn line(&self, offset: usize) -> usize {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    }

    fn error(&self, span: Range<usize>, key: &str, message: String) -> CalendarError {
        CalendarError::Parse {
            file: self.file.to_string(),
            line: Some(self.line(span.start)),
            message: format!("`{key}`: {message}"),
        }
    }

    /// A toml error, with the key taken from the offending line when the
    /// message itself does not name it (e.g. "unknown variant").
    fn toml_error(&self, e: &toml::de::Error) -> CalendarError {
        let message = crate::config::serde_message(e.message().trim_end());
        let Some(span) = e.span() else {
            return CalendarError::Parse {
                file: self.file.to_string(),
                line: None,
                message,
            };
        };
        let line = self.line(span.start);
        let key = self
            .text
            .lines()
            .nth(line - 1)
            .and_then(|l| l.split_once('='))
            .map(|(k, _)| k.trim())
            .filter(|k| {
                !k.is_empty()
                    && k.chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
            });
        let message = match key {
            Some(k) if !message.contains(&format!("`{k}`")) => format!("`{k}`: {message}"),
            _ => message,
        };
        CalendarError::Parse {
            file: self.file.to_string(),
            line: Some(line),
            message,
        }
    }

    /// A TOML local date (`2015-01-01`) as a `NaiveDate`.
    fn date(
        &self,
        v: &toml::Spanned<toml::value::Datetime>,
        key: &str,
    ) -> Result<NaiveDate, CalendarError> {
        let dt = v.get_ref();
        let date = match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => {
                NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())
            }
            _ => None,
        };
        date.ok_or_else(|| {
            self.error(
                v.span(),
                key,
                crate::t!("err-calendar-date", found = dt.to_string()),
            )
        })
    }

    fn non_empty(&self, v: toml::Spanned<String>, key: &str) -> Result<String, CalendarError> {
        if v.get_ref().trim().is_empty() {
            return Err(self.error(v.span(), key, crate::t!("err-calendar-empty")));
        }
        Ok(v.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn cal() -> &'static Calendar {
        static CAL: OnceLock<Calendar> = OnceLock::new();
        CAL.get_or_init(|| Calendar::generate(2015, 2030))
    }

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    /// One query against the generated calendar and its expected answer, both
    /// written as text so each case fits on a line.
    #[track_caller]
    fn check(query: &str, arg: &str, expected: &str) {
        let c = cal();
        let got = match query {
            "next" => c.next_working_day(date(arg)).map(|d| d.to_string()),
            "prev" => c.previous_working_day(date(arg)).map(|d| d.to_string()),
            "after" => {
                let (from, to) = arg.split_once(' ').expect("two dates");
                c.working_days_after(date(from), date(to))
                    .map(|n| n.to_string())
            }
            "why" => c
                .why_not_working(date(arg))
                .map(|w| w.unwrap_or_else(|| "-".to_string())),
            _ => panic!("unknown query {query}"),
        };
        let got = got.unwrap_or_else(|e| format!("error: {e}"));
        assert_eq!(got, expected, "{query} {arg}");
    }

    #[test]
    fn next_working_day() {
        check("next", "2015-01-09", "2015-01-12"); // Fri → Mon
        check("next", "2015-01-16", "2015-01-17"); // working Saturday 17.01.2015
        check("next", "2015-03-06", "2015-03-10"); // weekend, then 9 Mar moved day off
        check("next", "2015-12-31", "2016-01-04"); // New Year, then a weekend
        check("next", "2016-04-29", "2016-05-04"); // 1 May Sun, 2 May holiday, 3 May moved
        check("next", "2021-04-30", "2021-05-05"); // 3 and 4 May moved days off
        check("next", "2022-05-06", "2022-05-09"); // martial law: 9 May worked
        check("next", "2030-12-27", "2030-12-30");
        check("next", "2030-12-31", "error: 2031-01-01 is outside the working-day calendar, which covers 2015–2030\nhint: add the missing years to register/calendar.toml before working with this date");
    }

    #[test]
    fn previous_working_day() {
        check("prev", "2015-01-26", "2015-01-23"); // Mon → Fri
        check("prev", "2015-01-12", "2015-01-06"); // 7 Jan holiday, 8–9 Jan transferred
        check("prev", "2015-01-19", "2015-01-17"); // working Saturday
        check("prev", "2016-05-04", "2016-04-29");
        check("prev", "2021-05-11", "2021-05-07"); // 10 May moved day off
        check("prev", "2015-01-05", "error: 2014-12-31 is outside the working-day calendar, which covers 2015–2030\nhint: add the missing years to register/calendar.toml before working with this date");
    }

    #[test]
    fn working_days_after_is_the_day_by_day_count_everywhere() {
        let cal = cal();
        let (first, last) = cal.years();
        let start = NaiveDate::from_ymd_opt(first, 1, 1).unwrap() - chrono::Days::new(1);
        let end = NaiveDate::from_ymd_opt(last, 12, 31).unwrap();
        let naive = |a: NaiveDate, b: NaiveDate| {
            a.iter_days()
                .skip(1)
                .take_while(|d| *d <= b)
                .filter(|d| cal.is_working_day(*d).unwrap())
                .count() as i64
        };
        // Pairs a prime number of days apart, across every year and over
        // the range's first and last days.
        let mut a = start;
        while a < end {
            for span in [1u64, 2, 6, 29, 45, 367, 1999, 5843] {
                let b = (a + chrono::Days::new(span)).min(end);
                assert_eq!(
                    cal.working_days_after(a, b).unwrap(),
                    naive(a, b),
                    "{a} {b}"
                );
            }
            a = a + chrono::Days::new(97);
        }
        assert_eq!(
            cal.working_days_after(start, end).unwrap(),
            naive(start, end)
        );
    }

    #[test]
    fn working_days_after() {
        check("after", "2015-01-09 2015-01-09", "0");
        check("after", "2015-01-12 2015-01-09", "0");
        check("after", "2015-01-09 2015-01-12", "1"); // over a weekend
        check("after", "2015-01-09 2015-01-16", "5");
        check("after", "2015-01-16 2015-01-19", "2"); // working Saturday counts
        check("after", "2015-03-06 2015-03-10", "1"); // weekend and moved 8 March
        check("after", "2015-12-31 2016-01-04", "1"); // 1 Jan holiday, weekend
        check("after", "2016-04-29 2016-05-06", "3"); // 1–3 May
        check("after", "2022-04-22 2022-04-26", "2"); // 25.04.2022 worked
        check("after", "2015-01-01 2015-12-31", "250");
        check("after", "2030-12-30 2031-01-02", "error: 2031-01-02 is outside the working-day calendar, which covers 2015–2030\nhint: add the missing years to register/calendar.toml before working with this date");
    }

    #[test]
    fn why_not_working() {
        check("why", "2015-01-09", "Вихідний: робочий день перенесено на суботу 14.02.2015 (розпорядження КМУ від 12.11.2014 № 1084-р)");
        check("why", "2015-01-10", "субота");
        check("why", "2015-01-11", "неділя");
        check("why", "2015-01-12", "-");
        check("why", "2015-01-17", "-"); // working Saturday
        check("why", "2015-01-07", "Різдво Христове (КЗпП ст. 73)");
        check(
            "why",
            "2015-03-09",
            "Вихідний замість 8 березня (Міжнародний жіночий день) (КЗпП ст. 67 ч. 3)",
        );
        check("why", "2022-05-09", "-");
    }

    #[test]
    fn out_of_range() {
        let c = cal();
        let err = CalendarError::OutOfRange {
            date: date("2031-01-01"),
            first_year: 2015,
            last_year: 2030,
        };
        assert_eq!(c.is_working_day(date("2031-01-01")), Err(err.clone()));
        assert_eq!(c.day(date("2031-01-01")), Err(err));
        assert!(c.is_working_day(date("2014-12-31")).is_err());
        assert!(c.why_not_working(date("2014-12-31")).is_err());
        assert_eq!(
            c.year_days(2031),
            Err(CalendarError::YearOutOfRange {
                year: 2031,
                first_year: 2015,
                last_year: 2030
            })
        );
        assert_eq!(c.years(), (2015, 2030));
    }

    #[test]
    fn year_days_sorted_and_filtered() {
        let days = cal().year_days(2020).expect("in range");
        let dates: Vec<String> = days
            .iter()
            .map(|d| d.date.format("%d.%m").to_string())
            .collect();
        assert_eq!(
            dates,
            [
                "01.01", "06.01", "07.01", "11.01", "09.03", "20.04", "01.05", "11.05", "08.06",
                "29.06", "24.08", "14.10", "25.12"
            ]
        );
        assert!(days.windows(2).all(|w| w[0].date < w[1].date));
        assert!(cal().year_days(2023).expect("in range").is_empty());
    }

    #[test]
    fn round_trip() {
        let c = cal();
        let text = c.to_toml();
        let back = Calendar::parse(&text, "calendar.toml").expect("generated file parses");
        assert_eq!(&back, c);
        assert_eq!(back.to_toml(), text);
    }

    #[test]
    fn round_trip_escapes_strings() {
        let mut c = Calendar::generate(2016, 2016);
        let d = c.days.values_mut().next().expect("an entry");
        d.note = Some("line \"one\"\nline\\two\ttab".to_string());
        d.name = "Ім’я з \"лапками\"".to_string();
        let back = Calendar::parse(&c.to_toml(), "c.toml").expect("parses");
        assert_eq!(back, c);
    }

    const HEAD: &str = "version = 1\nfirst_year = 2015\nlast_year = 2015\n";

    /// A parse error for `HEAD` followed by `body`: the expected text is the
    /// error's Display, which names file, line and key.
    #[track_caller]
    fn check_parse(body: &str, expected: &str) {
        let text = format!("{HEAD}{body}");
        match Calendar::parse(&text, "register/calendar.toml") {
            Ok(_) => panic!("expected an error for:\n{text}"),
            Err(e) => {
                let shown = e.to_string();
                assert!(
                    shown.starts_with(expected),
                    "got:\n{shown}\nexpected to start with:\n{expected}"
                );
            }
        }
    }

    const DAY: &str = "\n[[day]]\ndate = 2015-01-01\nkind = \"holiday\"\nname = \"Новий рік\"\nsource = \"КЗпП ст. 73\"\nstatus = \"confirmed\"\n";

    #[test]
    fn parse_errors() {
        check_parse(
            "colour = 1\n",
            "register/calendar.toml:4: unknown field `colour`",
        );
        check_parse(
            &DAY.replace("status", "colour = 1\nstatus"),
            "register/calendar.toml:10: unknown field `colour`",
        );
        check_parse(
            &DAY.replace("\"holiday\"", "\"holyday\""),
            "register/calendar.toml:7: `kind`: unknown variant `holyday`",
        );
        check_parse(
            &DAY.replace("\"confirmed\"", "\"sure\""),
            "register/calendar.toml:10: `status`: unknown variant `sure`",
        );
        check_parse(
            &DAY.replace("2015-01-01", "2015-01-03"),
            "register/calendar.toml:7: `kind`: 2015-01-03 (субота) is already a day off",
        );
        check_parse(
            &DAY.replace("2015-01-01", "2015-01-05")
                .replace("\"holiday\"", "\"working\""),
            "register/calendar.toml:7: `kind`: 2015-01-05 (понеділок) is already a working day",
        );
        check_parse(
            &format!("{DAY}{DAY}"),
            "register/calendar.toml:13: `date`: 2015-01-01 is listed twice (first on line 6)",
        );
        check_parse(&DAY.replace("2015-01-01", "2016-01-01"), "register/calendar.toml:6: `date`: 2016-01-01 is outside the calendar's years 2015–2015");
        check_parse(
            &DAY.replace("2015-01-01", "\"2015-01-01\""),
            "register/calendar.toml:6: `date`:",
        );
        check_parse(
            &DAY.replace("2015-01-01", "2015-01-01T10:00:00"),
            "register/calendar.toml:6: `date`: expected a date such as 2015-01-01",
        );
        check_parse(
            &DAY.replace("Новий рік", " "),
            "register/calendar.toml:8: `name`: must not be empty",
        );
        check_parse(
            &DAY.replace("status = \"confirmed\"\n", ""),
            "register/calendar.toml:5: missing field `status`",
        );
        check_parse(
            "\n[[martial_law]]\nfrom = 2022-03-24\nuntil = 2022-01-01\nsource = \"x\"\n",
            "register/calendar.toml:7: `until`: martial law ends on 2022-01-01, before it starts on 2022-03-24",
        );
        let err = Calendar::parse(
            "version = 2\nfirst_year = 2015\nlast_year = 2015\n",
            "c.toml",
        )
        .expect_err("version");
        assert!(
            err.to_string()
                .starts_with("c.toml:1: `version`: unsupported"),
            "{err}"
        );
        let err = Calendar::parse(
            "version = 1\nfirst_year = 2016\nlast_year = 2015\n",
            "c.toml",
        )
        .expect_err("years");
        assert!(
            err.to_string().starts_with("c.toml:3: `last_year`"),
            "{err}"
        );
        let err =
            Calendar::parse("version = 1\nfirst_year = 2016\n", "c.toml").expect_err("missing");
        assert!(
            err.to_string().contains("missing field `last_year`"),
            "{err}"
        );
    }

    #[test]
    fn parse_minimal_file() {
        let c = Calendar::parse(&format!("{HEAD}{DAY}"), "c.toml").expect("valid");
        assert_eq!(c.years(), (2015, 2015));
        assert_eq!(c.is_working_day(date("2015-01-01")), Ok(false));
        assert_eq!(c.is_working_day(date("2015-01-02")), Ok(true)); // no transfers in this file
        assert_eq!(
            c.day(date("2015-01-01"))
                .expect("in range")
                .map(|d| d.status),
            Some(Certainty::Confirmed)
        );
    }
}
