//! Builds a [`Calendar`] from the rules of law.md §4: the art. 73 holidays
//! as amended (a table of date ranges), Orthodox Easter and Trinity, the
//! art. 67 part 3 move of a day off that coincides with a holiday, the
//! Cabinet's yearly transfers, and martial law, under which none of these
//! apply. The result is written once to `register/calendar.toml`; after that
//! the file, not this code, is the calendar.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::{is_weekend, Calendar, Certainty, Day, DayKind, MartialLaw};

/// A date in a static table. A tuple rather than `NaiveDate` so the tables
/// can be `const`.
type Ymd = (i32, u32, u32);

fn ymd((y, m, d): Ymd) -> NaiveDate {
    // Only called on the literal tables below; a bad literal is a programming
    // error that the tests catch.
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date in a static table")
}

/// When in the year a holiday falls.
#[derive(Clone, Copy)]
enum When {
    /// A fixed day and month.
    Fixed(u32, u32),
    /// Days after Orthodox Easter.
    Easter(u64),
}

/// One art. 73 holiday as worded between two dates: a change of the law is
/// a new row, not an `if` in the code.
struct HolidayRule {
    when: When,
    name: &'static str,
    source: &'static str,
    /// First date on which this wording applies.
    from: Ymd,
    /// Last date on which it applies, inclusive; `None`: still in force.
    until: Option<Ymd>,
}

/// Law 2211-VIII of 16.11.2017 (25 Dec added, 2 May removed) came into force
/// the day after publication; law.md does not give that date. Any day between
/// 03.05.2017 and 25.12.2017 gives the same calendar, so the earliest possible
/// one is used.
const LAW_2211: Ymd = (2017, 11, 17);
const BEFORE_2211: Ymd = (2017, 11, 16);
/// Law 315-VIII (adopted 09.04.2015, law.md [M]) renamed 9 May. It was signed
/// only in mid-May 2015, so 9 May 2015 still carried the old name; the exact
/// date affects only the name, never a day off.
const LAW_315: Ymd = (2015, 5, 21);
const BEFORE_315: Ymd = (2015, 5, 20);
/// Law 3107-IX of 29.05.2023 (law.md [M] for the number): 8 May replaces 9 May.
const LAW_3107: Ymd = (2023, 5, 30);
const BEFORE_3107: Ymd = (2023, 5, 29);
/// Bill 9431 (Law 3331-IX, number [M]), signed 28.07.2023: Christmas only on
/// 25 Dec, 15 Jul added, 14 Oct moved to 1 Oct; "new dates used from
/// 1 September 2023" (law.md §4.2).
const LAW_3331: Ymd = (2023, 9, 1);
const BEFORE_3331: Ymd = (2023, 8, 31);
/// Law 238-VIII of 05.03.2015 added 14 October.
const LAW_238: Ymd = (2015, 3, 5);
/// Before any calendar this program will be asked for.
const ALWAYS: Ymd = (1991, 8, 24);

const ART73: &str = "КЗпП ст. 73";

// One row per line reads as the table it is.
#[rustfmt::skip]
const HOLIDAYS: &[HolidayRule] = &[
    HolidayRule { when: When::Fixed(1, 1), name: "Новий рік", source: ART73, from: ALWAYS, until: None },
    HolidayRule { when: When::Fixed(1, 7), name: "Різдво Христове", source: ART73, from: ALWAYS, until: Some(BEFORE_3331) },
    HolidayRule { when: When::Fixed(3, 8), name: "Міжнародний жіночий день", source: ART73, from: ALWAYS, until: None },
    HolidayRule { when: When::Fixed(5, 1), name: "День міжнародної солідарності трудящих", source: ART73, from: ALWAYS, until: Some(BEFORE_2211) },
    HolidayRule { when: When::Fixed(5, 1), name: "День праці", source: "КЗпП ст. 73 (Закон № 2211-VIII від 16.11.2017)", from: LAW_2211, until: None },
    HolidayRule { when: When::Fixed(5, 2), name: "День міжнародної солідарності трудящих", source: ART73, from: ALWAYS, until: Some(BEFORE_2211) },
    HolidayRule { when: When::Fixed(5, 9), name: "День Перемоги", source: ART73, from: ALWAYS, until: Some(BEFORE_315) },
    HolidayRule { when: When::Fixed(5, 9), name: "День перемоги над нацизмом у Другій світовій війні (День перемоги)", source: "КЗпП ст. 73 (Закон № 315-VIII від 09.04.2015)", from: LAW_315, until: Some(BEFORE_3107) },
    HolidayRule { when: When::Fixed(5, 8), name: "День пам’яті та перемоги над нацизмом у Другій світовій війні 1939–1945 років", source: "КЗпП ст. 73 (Закон № 3107-IX від 29.05.2023)", from: LAW_3107, until: None },
    HolidayRule { when: When::Fixed(6, 28), name: "День Конституції України", source: ART73, from: ALWAYS, until: None },
    HolidayRule { when: When::Fixed(7, 15), name: "День Української Державності", source: "КЗпП ст. 73 (Закон № 3331-IX)", from: LAW_3331, until: None },
    HolidayRule { when: When::Fixed(8, 24), name: "День незалежності України", source: ART73, from: ALWAYS, until: None },
    HolidayRule { when: When::Fixed(10, 14), name: "День захисника України", source: "КЗпП ст. 73 (Закон № 238-VIII від 05.03.2015)", from: LAW_238, until: Some(BEFORE_3331) },
    HolidayRule { when: When::Fixed(10, 1), name: "День захисників і захисниць України", source: "КЗпП ст. 73 (Закон № 3331-IX)", from: LAW_3331, until: None },
    HolidayRule { when: When::Fixed(12, 25), name: "Різдво Христове", source: "КЗпП ст. 73 (Закон № 2211-VIII від 16.11.2017)", from: LAW_2211, until: None },
    HolidayRule { when: When::Easter(0), name: "Пасха (Великдень)", source: ART73, from: ALWAYS, until: None },
    HolidayRule { when: When::Easter(49), name: "Трійця", source: ART73, from: ALWAYS, until: None },
];

/// A Cabinet transfer: a weekday made a day off, worked on a Saturday.
struct Transfer {
    day_off: Ymd,
    working: Ymd,
    source: &'static str,
    status: Certainty,
    note: Option<&'static str>,
}

const KMU_2015: &str = "розпорядження КМУ від 12.11.2014 № 1084-р";
// law.md gives no number or date for the 2016, 2017 and 2021 orders.
const KMU_2016: &str = "розпорядження КМУ про перенесення робочих днів у 2016 році";
const KMU_2017: &str = "розпорядження КМУ про перенесення робочих днів у 2017 році";
// law.md §4.4: order No. 1-р of 11.01.2018 (an earlier note said 11.01.2017,
// which was wrong), confirmed on review by several independent pages.
const KMU_2018: &str = "розпорядження КМУ від 11.01.2018 № 1-р";
const KMU_2019: &str = "розпорядження КМУ від 10.01.2019 № 7-р";
const KMU_2020: &str = "розпорядження КМУ від 23.10.2019 № 995-р";
const KMU_2021: &str = "розпорядження КМУ про перенесення робочих днів у 2021 році";
const KMU_2022: &str = "розпорядження КМУ, схвалене 26.08.2021";

/// Weekend days on which two holidays fell whose moved day off review
/// confirmed (law.md §4.4): 1 May 2016, Easter and Labour Day on a Sunday,
/// gave Tuesday 3 May (the Cabinet's announcement, espreso.tv, 24.03.2016).
const CONFIRMED_COINCIDENCES: &[(Ymd, &str)] = &[(
    (2016, 5, 1),
    "повідомлення Кабінету Міністрів (espreso.tv, 24.03.2016)",
)];

/// law.md §4.4. The 27.06 → 02.07.2022 transfer stays in the table: martial
/// law, not the table, is what keeps it out of the calendar.
#[rustfmt::skip]
const TRANSFERS: &[Transfer] = &[
    Transfer { day_off: (2015, 1, 2), working: (2015, 1, 17), source: KMU_2015, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2015, 1, 8), working: (2015, 1, 31), source: KMU_2015, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2015, 1, 9), working: (2015, 2, 14), source: KMU_2015, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2016, 1, 8), working: (2016, 1, 16), source: KMU_2016, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2016, 3, 7), working: (2016, 3, 12), source: KMU_2016, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2016, 6, 27), working: (2016, 7, 2), source: KMU_2016, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2017, 5, 8), working: (2017, 5, 13), source: KMU_2017, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2017, 8, 25), working: (2017, 8, 19), source: KMU_2017, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2018, 3, 9), working: (2018, 3, 3), source: KMU_2018, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2018, 4, 30), working: (2018, 5, 5), source: KMU_2018, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2018, 6, 29), working: (2018, 6, 23), source: KMU_2018, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2018, 12, 24), working: (2018, 12, 22), source: KMU_2018, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2018, 12, 31), working: (2018, 12, 29), source: KMU_2018, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2019, 4, 30), working: (2019, 5, 11), source: KMU_2019, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2019, 12, 30), working: (2019, 12, 21), source: KMU_2019, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2019, 12, 31), working: (2019, 12, 28), source: KMU_2019, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2020, 1, 6), working: (2020, 1, 11), source: KMU_2020, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2021, 1, 8), working: (2021, 1, 16), source: KMU_2021, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2021, 8, 23), working: (2021, 8, 28), source: KMU_2021, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2021, 10, 15), working: (2021, 10, 23), source: KMU_2021, status: Certainty::Confirmed, note: None },
    // Unconfirmed through GREY_PERIODS below.
    Transfer { day_off: (2022, 3, 7), working: (2022, 3, 12), source: KMU_2022, status: Certainty::Confirmed, note: None },
    Transfer { day_off: (2022, 6, 27), working: (2022, 7, 2), source: KMU_2022, status: Certainty::Confirmed, note: None },
];

/// Periods whose entries the sources leave open: every entry generated in
/// one is marked unconfirmed with the note.
const GREY_PERIODS: &[(Ymd, Ymd, &str)] = &[(
    (2022, 2, 24),
    (2022, 3, 23),
    "Воєнний стан діє з 24.02.2022 (Указ Президента № 64/2022), а Закон № 2136-IX, що скасував \
     святкові дні й перенесення, — лише з 24.03.2022; чи були 7–8 березня 2022 р. вихідними, не підтверджено",
)];

const MARTIAL_LAW_SOURCE: &str =
    "Закон № 2136-IX від 15.03.2022, ст. 6 ч. 6 (КЗпП ст. 67 ч. 3–5, ст. 71–73 не застосовуються)";

/// The martial-law periods as known to law.md: from 24.03.2022, the day
/// Law 2136-IX came into force, with no end (assumed in force through the
/// calendar's last year).
pub fn martial_law_periods() -> Vec<MartialLaw> {
    vec![MartialLaw {
        from: ymd((2022, 3, 24)),
        until: None,
        source: MARTIAL_LAW_SOURCE.to_string(),
    }]
}

/// Orthodox Easter Sunday of `year`, as a Gregorian date: the Julian
/// computus (Meeus) shifted by the Julian–Gregorian difference (13 days in
/// 1900–2099).
pub fn orthodox_easter(year: i32) -> NaiveDate {
    let a = year.rem_euclid(4);
    let b = year.rem_euclid(7);
    let c = year.rem_euclid(19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // The Julian date may not exist in the Gregorian calendar (e.g. 31 April
    // never does, but Julian Easter never falls there either), so count days
    // from 1 March instead of building it directly.
    let julian_offset = if month == 3 { day - 1 } else { 31 + day - 1 };
    let shift = year.div_euclid(100) - year.div_euclid(400) - 2;
    let march_1 =
        NaiveDate::from_ymd_opt(year, 3, 1).expect("1 March exists in every supported year");
    march_1 + Days::new((julian_offset + shift) as u64)
}

/// The holidays of `year` in force on their own date: (date, name, source).
fn holidays(year: i32) -> Vec<(NaiveDate, &'static HolidayRule)> {
    let easter = orthodox_easter(year);
    let mut out: Vec<_> = HOLIDAYS
        .iter()
        .filter_map(|rule| {
            let date = match rule.when {
                When::Fixed(m, d) => NaiveDate::from_ymd_opt(year, m, d)?,
                When::Easter(n) => easter + Days::new(n),
            };
            let in_force = date >= ymd(rule.from) && rule.until.is_none_or(|u| date <= ymd(u));
            in_force.then_some((date, rule))
        })
        .collect();
    out.sort_by_key(|(d, _)| *d);
    out
}

const MONTHS_GENITIVE: [&str; 12] = [
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
];

fn day_month(d: NaiveDate) -> String {
    format!("{} {}", d.day(), MONTHS_GENITIVE[d.month0() as usize])
}

/// "пʼятниці" in "замість п’ятниці 02.01.2015".
fn weekday_genitive(d: NaiveDate) -> &'static str {
    match d.weekday() {
        Weekday::Mon => "понеділка",
        Weekday::Tue => "вівторка",
        Weekday::Wed => "середи",
        Weekday::Thu => "четверга",
        Weekday::Fri => "п’ятниці",
        Weekday::Sat => "суботи",
        Weekday::Sun => "неділі",
    }
}

impl Calendar {
    /// The calendar for `first_year..=last_year` from the built-in rules,
    /// with martial law from 24.03.2022 and no end.
    pub fn generate(first_year: i32, last_year: i32) -> Calendar {
        Self::generate_with(first_year, last_year, martial_law_periods())
    }

    /// As [`Calendar::generate`], with the given martial-law periods instead
    /// of the built-in one: a council regenerates with an `until` date when
    /// martial law ends, and tests use an empty list for peacetime.
    pub fn generate_with(
        first_year: i32,
        last_year: i32,
        martial_law: Vec<MartialLaw>,
    ) -> Calendar {
        let under_martial_law = |d: NaiveDate| martial_law.iter().any(|m| m.covers(d));
        let in_years = |d: NaiveDate| (first_year..=last_year).contains(&d.year());
        let mut days: BTreeMap<NaiveDate, Day> = BTreeMap::new();

        // The year before is included so a late-December holiday could move
        // its day off into January of the first year.
        let mut on_weekend: BTreeMap<NaiveDate, Vec<&HolidayRule>> = BTreeMap::new();
        let mut weekday_holidays: BTreeSet<NaiveDate> = BTreeSet::new();
        for year in first_year - 1..=last_year {
            for (date, rule) in holidays(year) {
                if under_martial_law(date) {
                    continue;
                }
                if is_weekend(date) {
                    on_weekend.entry(date).or_default().push(rule);
                    continue;
                }
                weekday_holidays.insert(date);
                if in_years(date) {
                    days.insert(
                        date,
                        Day {
                            date,
                            kind: DayKind::Holiday,
                            name: rule.name.to_string(),
                            source: rule.source.to_string(),
                            status: Certainty::Confirmed,
                            note: None,
                        },
                    );
                }
            }
        }

        // Art. 67 part 3: the weekend day off moves to the next weekday that is
        // neither a holiday nor already a moved day off. One weekend day gives
        // one moved day, however many holidays coincide on it.
        let mut moved: BTreeSet<NaiveDate> = BTreeSet::new();
        for (date, rules) in &on_weekend {
            let target = date
                .iter_days()
                .skip(1)
                .find(|d| !is_weekend(*d) && !weekday_holidays.contains(d) && !moved.contains(d))
                .expect("a weekday always follows");
            moved.insert(target);
            if under_martial_law(target) || !in_years(target) {
                continue;
            }
            let names: Vec<&str> = rules.iter().map(|r| r.name).collect();
            // law.md §4.3: two holidays on one weekend day are not covered by
            // a stored source, so the result is derived, not confirmed —
            // unless review confirmed it (law.md §4.4).
            let confirmed = CONFIRMED_COINCIDENCES
                .iter()
                .find(|(d, _)| ymd(*d) == *date)
                .map(|(_, by)| *by);
            let source = match confirmed {
                Some(by) => format!("КЗпП ст. 67 ч. 3; {by}"),
                None => "КЗпП ст. 67 ч. 3".to_string(),
            };
            let (status, note) = if rules.len() > 1 && confirmed.is_none() {
                (
                    Certainty::Unconfirmed,
                    Some(format!(
                        "На {} ({}) припали два неробочі дні; перенесено один вихідний — на перший будній \
                         день, що не є святковим і не зайнятий іншим перенесенням. Виведено з правила КЗпП \
                         ст. 67 ч. 3, офіційним джерелом не підтверджено",
                        date.format("%d.%m.%Y"),
                        super::weekday_name(*date),
                    )),
                )
            } else {
                (Certainty::Confirmed, None)
            };
            days.insert(
                target,
                Day {
                    date: target,
                    kind: DayKind::DayOff,
                    name: format!(
                        "Вихідний замість {} ({})",
                        day_month(*date),
                        names.join("; ")
                    ),
                    source,
                    status,
                    note,
                },
            );
        }

        for t in TRANSFERS {
            let (off, work) = (ymd(t.day_off), ymd(t.working));
            // A transfer is a pair: under martial law neither half applies.
            if under_martial_law(off) || under_martial_law(work) {
                continue;
            }
            if in_years(off) {
                days.insert(
                    off,
                    Day {
                        date: off,
                        kind: DayKind::DayOff,
                        name: format!(
                            "Вихідний: робочий день перенесено на суботу {}",
                            work.format("%d.%m.%Y")
                        ),
                        source: t.source.to_string(),
                        status: t.status,
                        note: t.note.map(str::to_string),
                    },
                );
            }
            if in_years(work) {
                days.insert(
                    work,
                    Day {
                        date: work,
                        kind: DayKind::Working,
                        name: format!(
                            "Робочий день замість {} {}",
                            weekday_genitive(off),
                            off.format("%d.%m.%Y")
                        ),
                        source: t.source.to_string(),
                        status: t.status,
                        note: t.note.map(str::to_string),
                    },
                );
            }
        }

        for (from, until, note) in GREY_PERIODS {
            for day in days.range_mut(ymd(*from)..=ymd(*until)).map(|(_, d)| d) {
                day.status = Certainty::Unconfirmed;
                day.note = Some(match day.note.take() {
                    Some(old) => format!("{old}; {note}"),
                    None => note.to_string(),
                });
            }
        }

        Calendar::new(first_year, last_year, martial_law, days)
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

    fn peacetime() -> &'static Calendar {
        static CAL: OnceLock<Calendar> = OnceLock::new();
        CAL.get_or_init(|| Calendar::generate_with(2015, 2030, Vec::new()))
    }

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%d.%m.%Y").expect("test date")
    }

    /// What a date is in `cal`, as a short word: "work" (ordinary weekday),
    /// "weekend", "holiday", "off" (moved or transferred day off), "work-sat"
    /// (a worked weekend day); a trailing "?" marks an unconfirmed entry.
    fn describe(cal: &Calendar, d: NaiveDate) -> String {
        let day = cal.day(d).expect("in range");
        let word = match day.map(|x| x.kind) {
            None if is_weekend(d) => "weekend",
            None => "work",
            Some(DayKind::Holiday) => "holiday",
            Some(DayKind::DayOff) => "off",
            Some(DayKind::Working) => "work-sat",
        };
        let mark = match day.map(|x| x.status) {
            Some(Certainty::Unconfirmed) => "?",
            _ => "",
        };
        assert_eq!(
            cal.is_working_day(d).expect("in range"),
            word.starts_with("work"),
            "is_working_day disagrees with the entry for {d}"
        );
        format!("{word}{mark}")
    }

    /// One date of the generated calendar (martial law from 24.03.2022).
    #[track_caller]
    fn check(d: &str, expected: &str) {
        assert_eq!(describe(cal(), date(d)), expected, "{d}");
    }

    /// One date of a calendar generated without martial law.
    #[track_caller]
    fn check_peace(d: &str, expected: &str) {
        assert_eq!(describe(peacetime(), date(d)), expected, "{d} (peacetime)");
    }

    #[track_caller]
    fn check_easter(year: i32, easter: &str, trinity: &str) {
        let e = orthodox_easter(year);
        assert_eq!(e.weekday(), Weekday::Sun, "{year}");
        assert_eq!(e.format("%d.%m").to_string(), easter, "Easter {year}");
        assert_eq!(
            (e + Days::new(49)).format("%d.%m").to_string(),
            trinity,
            "Trinity {year}"
        );
    }

    #[test]
    fn easter_and_trinity_law_md_4_6() {
        check_easter(2015, "12.04", "31.05");
        check_easter(2016, "01.05", "19.06");
        check_easter(2017, "16.04", "04.06");
        check_easter(2018, "08.04", "27.05");
        check_easter(2019, "28.04", "16.06");
        check_easter(2020, "19.04", "07.06");
        check_easter(2021, "02.05", "20.06");
        check_easter(2022, "24.04", "12.06");
        check_easter(2023, "16.04", "04.06");
        check_easter(2024, "05.05", "23.06");
        check_easter(2025, "20.04", "08.06");
        check_easter(2026, "12.04", "31.05");
        check_easter(2027, "02.05", "20.06");
        check_easter(2028, "16.04", "04.06");
        check_easter(2029, "08.04", "27.05");
        check_easter(2030, "28.04", "16.06");
    }

    #[test]
    fn year_2015() {
        check("01.01.2015", "holiday");
        check("02.01.2015", "off"); // transfer 1084-р
        check("07.01.2015", "holiday");
        check("08.01.2015", "off");
        check("09.01.2015", "off");
        check("17.01.2015", "work-sat");
        check("31.01.2015", "work-sat");
        check("14.02.2015", "work-sat");
        check("08.03.2015", "weekend");
        check("09.03.2015", "off");
        check("12.04.2015", "weekend"); // Easter
        check("13.04.2015", "off");
        check("01.05.2015", "holiday");
        check("02.05.2015", "weekend");
        check("04.05.2015", "off");
        check("09.05.2015", "weekend");
        check("11.05.2015", "off");
        check("31.05.2015", "weekend"); // Trinity
        check("01.06.2015", "off");
        check("28.06.2015", "weekend");
        check("29.06.2015", "off");
        check("24.08.2015", "holiday");
        check("14.10.2015", "holiday"); // first Defender of Ukraine Day
        check("05.05.2015", "work");
        check("12.05.2015", "work");
        check("25.12.2015", "work"); // 25 Dec only from 2017
    }

    #[test]
    fn year_2016() {
        check("01.01.2016", "holiday");
        check("07.01.2016", "holiday");
        check("08.01.2016", "off");
        check("16.01.2016", "work-sat");
        check("07.03.2016", "off");
        check("08.03.2016", "holiday");
        check("12.03.2016", "work-sat");
        check("01.05.2016", "weekend"); // 1 May and Easter on one Sunday
        check("02.05.2016", "holiday");
        check("03.05.2016", "off"); // confirmed on review (law.md §4.4)
        check("04.05.2016", "work");
        check("09.05.2016", "holiday");
        check("19.06.2016", "weekend"); // Trinity
        check("20.06.2016", "off");
        check("27.06.2016", "off");
        check("28.06.2016", "holiday");
        check("02.07.2016", "work-sat");
        check("24.08.2016", "holiday");
        check("14.10.2016", "holiday");
    }

    #[test]
    fn year_2017() {
        check("02.01.2017", "off"); // 1 Jan Sun
        check("09.01.2017", "off"); // 7 Jan Sat
        check("17.04.2017", "off"); // Easter 16 Apr
        check("01.05.2017", "holiday");
        check("02.05.2017", "holiday"); // last 2 May holiday
        check("08.05.2017", "off");
        check("09.05.2017", "holiday");
        check("13.05.2017", "work-sat");
        check("05.06.2017", "off"); // Trinity 4 Jun
        check("19.08.2017", "work-sat");
        check("25.08.2017", "off");
        check("16.10.2017", "off"); // 14 Oct Sat
        check("25.12.2017", "holiday"); // first 25 Dec holiday (Law 2211-VIII)
    }

    #[test]
    fn year_2018_transfers_confirmed() {
        // Order No. 1-р of 11.01.2018 (law.md §4.4).
        check("03.03.2018", "work-sat");
        check("09.03.2018", "off");
        check("30.04.2018", "off");
        check("05.05.2018", "work-sat");
        check("23.06.2018", "work-sat");
        check("29.06.2018", "off");
        check("22.12.2018", "work-sat");
        check("24.12.2018", "off");
        check("29.12.2018", "work-sat");
        check("31.12.2018", "off");
        check("28.04.2018", "weekend"); // the conflicting variant is not applied
        check("07.07.2018", "weekend");
        check("02.05.2018", "work"); // 2 May no longer a holiday
        check("08.01.2018", "off"); // 7 Jan Sun
        check("15.10.2018", "off"); // 14 Oct Sun
        check("25.12.2018", "holiday");
    }

    #[test]
    fn year_2019() {
        check("29.04.2019", "off"); // Easter 28 Apr
        check("30.04.2019", "off");
        check("11.05.2019", "work-sat");
        check("17.06.2019", "off"); // Trinity 16 Jun
        check("26.08.2019", "off"); // 24 Aug Sat
        check("21.12.2019", "work-sat");
        check("28.12.2019", "work-sat");
        check("30.12.2019", "off");
        check("31.12.2019", "off");
    }

    #[test]
    fn year_2020() {
        check("06.01.2020", "off");
        check("07.01.2020", "holiday");
        check("11.01.2020", "work-sat");
        check("09.03.2020", "off");
        check("20.04.2020", "off");
        check("11.05.2020", "off");
        check("08.06.2020", "off");
        check("29.06.2020", "off");
    }

    #[test]
    fn year_2021() {
        check("01.01.2021", "holiday");
        check("07.01.2021", "holiday");
        check("08.01.2021", "off");
        check("16.01.2021", "work-sat");
        check("08.03.2021", "holiday");
        check("01.05.2021", "weekend");
        check("02.05.2021", "weekend"); // Easter
        check("03.05.2021", "off"); // for 1 May
        check("04.05.2021", "off"); // for Easter; confirmed [C]
        check("09.05.2021", "weekend");
        check("10.05.2021", "off");
        check("20.06.2021", "weekend"); // Trinity
        check("21.06.2021", "off");
        check("28.06.2021", "holiday");
        check("23.08.2021", "off");
        check("24.08.2021", "holiday");
        check("28.08.2021", "work-sat");
        check("14.10.2021", "holiday");
        check("15.10.2021", "off");
        check("23.10.2021", "work-sat");
        check("27.12.2021", "off"); // 25 Dec Sat
    }

    #[test]
    fn year_2022_and_martial_law() {
        check("03.01.2022", "off"); // 1 Jan Sat, peacetime
        check("07.01.2022", "holiday");
        check("07.03.2022", "off?"); // between 24.02 and 24.03: unconfirmed
        check("08.03.2022", "holiday?");
        check("12.03.2022", "work-sat?");
        check("25.04.2022", "work"); // Easter Monday under martial law
        check("02.05.2022", "work");
        check("09.05.2022", "work");
        check("13.06.2022", "work"); // Trinity Monday
        check("27.06.2022", "work"); // transfer not applied
        check("28.06.2022", "work");
        check("02.07.2022", "weekend");
        check("24.08.2022", "work");
        check("14.10.2022", "work");
        check("26.12.2022", "work");
        check("02.01.2023", "work"); // 1 Jan 2023 Sun: nothing moved
        check("01.01.2023", "weekend");
        check("09.01.2023", "work");
        check("08.05.2023", "work");
        check("25.12.2023", "work");
        check("01.01.2024", "work");
        check("13.04.2026", "work");
        check("01.01.2030", "work");
    }

    #[test]
    fn peacetime_after_2023_changes() {
        // What the calendar would hold without martial law: the 2023 wording
        // of art. 73 takes over.
        check_peace("07.03.2022", "off?");
        check_peace("25.04.2022", "off");
        check_peace("27.06.2022", "off");
        check_peace("02.07.2022", "work-sat");
        check_peace("09.05.2023", "holiday"); // 8 May only from 30.05.2023
        check_peace("08.05.2024", "holiday");
        check_peace("09.05.2024", "work");
        check_peace("15.07.2024", "holiday");
        check_peace("01.10.2024", "holiday");
        check_peace("14.10.2024", "work");
        check_peace("08.01.2024", "work"); // 7 Jan no longer a holiday
        check_peace("25.12.2024", "holiday");
        check_peace("13.04.2026", "off");
        check_peace("01.06.2026", "off");
        check_peace("03.05.2027", "off"); // 1 May Sat
        check_peace("04.05.2027", "off"); // Easter 2 May
        check_peace("10.05.2027", "off"); // 8 May Sat
        check_peace("15.10.2023", "weekend");
        check_peace("16.10.2023", "work"); // 14 Oct 2023 Sat, after the change: nothing moved
        check_peace("02.10.2023", "off"); // 1 Oct 2023 Sun
    }

    #[test]
    fn transfers_are_well_formed_and_applied() {
        for t in TRANSFERS {
            let (off, work) = (ymd(t.day_off), ymd(t.working));
            assert!(!is_weekend(off), "{off} must be a weekday");
            assert_eq!(work.weekday(), Weekday::Sat, "{work} must be a Saturday");
            // No holiday or moved day off may sit on a transfer's dates: the
            // transfer would silently overwrite it.
            let day = peacetime().day(off).expect("in range").expect("entry");
            assert_eq!(day.source, t.source, "{off} overwritten or not applied");
            let day = peacetime().day(work).expect("in range").expect("entry");
            assert_eq!(day.source, t.source, "{work}");
        }
    }

    #[test]
    fn holiday_rules_cover_each_date_once() {
        for year in 2014..=2031 {
            let hs = holidays(year);
            let fixed: Vec<_> = hs
                .iter()
                .filter(|(_, r)| matches!(r.when, When::Fixed(..)))
                .map(|(d, _)| *d)
                .collect();
            let unique: BTreeSet<_> = fixed.iter().collect();
            assert_eq!(
                unique.len(),
                fixed.len(),
                "two wordings of one holiday in force in {year}"
            );
        }
        // 11 days with Easter and Trinity in each wording (law.md §4.2); 2014
        // lacks 14 October.
        assert_eq!(holidays(2014).len(), 10);
        assert_eq!(holidays(2016).len(), 11); // 2 May, no 25 Dec
        assert_eq!(holidays(2018).len(), 11); // 25 Dec, no 2 May
        assert_eq!(holidays(2025).len(), 11); // 2023 wording
    }

    #[test]
    fn names_and_sources() {
        let c = cal();
        let name = |d: &str| {
            c.day(date(d))
                .expect("in range")
                .map(|x| format!("{} | {}", x.name, x.source))
        };
        assert_eq!(
            name("09.03.2015").as_deref(),
            Some("Вихідний замість 8 березня (Міжнародний жіночий день) | КЗпП ст. 67 ч. 3")
        );
        assert_eq!(
            name("11.05.2015").as_deref(),
            Some("Вихідний замість 9 травня (День Перемоги) | КЗпП ст. 67 ч. 3")
        );
        assert_eq!(
            name("03.05.2016").as_deref(),
            Some("Вихідний замість 1 травня (День міжнародної солідарності трудящих; Пасха (Великдень)) | КЗпП ст. 67 ч. 3; повідомлення Кабінету Міністрів (espreso.tv, 24.03.2016)")
        );
        assert_eq!(name("02.01.2015").as_deref(), Some("Вихідний: робочий день перенесено на суботу 17.01.2015 | розпорядження КМУ від 12.11.2014 № 1084-р"));
        assert_eq!(name("17.01.2015").as_deref(), Some("Робочий день замість п’ятниці 02.01.2015 | розпорядження КМУ від 12.11.2014 № 1084-р"));
        assert_eq!(name("09.05.2016").as_deref(), Some("День перемоги над нацизмом у Другій світовій війні (День перемоги) | КЗпП ст. 73 (Закон № 315-VIII від 09.04.2015)"));
        assert_eq!(
            name("01.05.2018").as_deref(),
            Some("День праці | КЗпП ст. 73 (Закон № 2211-VIII від 16.11.2017)")
        );
        // The draft variant (30.04 → 28.04) is no longer noted: the order
        // of 11.01.2018 is confirmed.
        let day = c.day(date("30.04.2018")).expect("in range").expect("a day");
        assert_eq!(day.note, None);
        assert_eq!(day.source, "розпорядження КМУ від 11.01.2018 № 1-р");
        assert_eq!(c.martial_law(), martial_law_periods().as_slice());
    }
}
