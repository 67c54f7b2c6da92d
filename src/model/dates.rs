//! Dates as clerks write them (issue #16): every date a person gives may be
//! ISO (`2026-11-30`) or Ukrainian (`30.11.2026`); a month `2026-11` or
//! `11.2026`, or `this` / `last` for the month of the day the command acts
//! on and the one before it.

use chrono::{Datelike, Months, NaiveDate};
use serde::de::Visitor;
use serde::{Deserialize, Deserializer};

/// What a date option or field accepts, for messages.
pub const DATE_FORMS: &str = "2026-11-30 or 30.11.2026";

/// What a month option accepts, for messages.
pub const MONTH_FORMS: &str = "2026-11, 11.2026, this or last";

/// A date written `YYYY-MM-DD` or `DD.MM.YYYY` (one-digit day and month
/// allowed in the second form: `1.7.2015`).
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let t = text.trim();
    let bad = || {
        crate::t!(
            "err-not-a-date",
            text = format!("{text:?}"),
            forms = DATE_FORMS
        )
    };
    if t.len() == 10 && t.as_bytes().get(4) == Some(&b'-') {
        return NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| bad());
    }
    let mut parts = t.split('.');
    let (Some(d), Some(m), Some(y), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !(digits(d, 1..=2) && digits(m, 1..=2) && digits(y, 4..=4)) {
        return Err(bad());
    }
    let (d, m, y) = (
        d.parse().map_err(|_| bad())?,
        m.parse().map_err(|_| bad())?,
        y.parse().map_err(|_| bad())?,
    );
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(bad)
}

/// The first day of a month written `YYYY-MM`, `MM.YYYY`, `this` (the
/// month of `today`) or `last` (the month before it); `None` when it is
/// none of these.
pub fn parse_month(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let t = text.trim();
    let this = today.with_day(1)?;
    match t {
        "this" => return Some(this),
        "last" => return this.checked_sub_months(Months::new(1)),
        _ => {}
    }
    let (y, m) = match (t.split_once('-'), t.split_once('.')) {
        (Some((y, m)), None) => (y, m),
        (None, Some((m, y))) => (y, m),
        _ => return None,
    };
    if y.len() != 4 || !(1..=2).contains(&m.len()) {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, 1)
}

/// A date as cards write it, `YYYY-MM-DD`, read by its digits: a
/// monitoring command reads a dozen dates of each of 100,000 cards, and
/// chrono's general parser costs more than the rest of the date's field.
/// Any other text, or a day the calendar hasn't (`2015-02-30`), goes to
/// chrono, so what is accepted and what is said of a bad date are chrono's.
pub fn parse_day(s: &str) -> Result<NaiveDate, chrono::ParseError> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        if let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) {
            if let Some(day) = i32::try_from(y)
                .ok()
                .and_then(|y| NaiveDate::from_ymd_opt(y, m, d))
            {
                return Ok(day);
            }
        }
    }
    s.parse()
}

/// A stored date field (of a card or of a view of it), read by
/// [`parse_day`]: `#[serde(deserialize_with = "crate::model::dates::day")]`.
pub fn day<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    struct Day;
    impl Visitor<'_> for Day {
        type Value = NaiveDate;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            // chrono's words, as the whole card says them.
            f.write_str("a formatted date string")
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<NaiveDate, E> {
            parse_day(s).map_err(E::custom)
        }
    }
    d.deserialize_str(Day)
}

/// An optional stored date field, read by [`parse_day`]; with `default`,
/// as the field may be absent.
pub fn opt_day<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    struct Some_(NaiveDate);
    impl<'de> Deserialize<'de> for Some_ {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Some_, D::Error> {
            day(d).map(Some_)
        }
    }
    Ok(Option::<Some_>::deserialize(d)?.map(|x| x.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("date")
    }

    #[test]
    fn dates_in_both_forms() {
        assert_eq!(parse_date("2026-11-30"), Ok(d("2026-11-30")));
        assert_eq!(parse_date("30.11.2026"), Ok(d("2026-11-30")));
        assert_eq!(parse_date(" 1.7.2015 "), Ok(d("2015-07-01")));
        for bad in [
            "2026-11-31",
            "31.11.2026",
            "30.11.26",
            "30/11/2026",
            "2026-1-3",
            "",
            "30.11.2026.1",
            "а.11.2026",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
        assert!(parse_date("30.11.26")
            .unwrap_err()
            .contains("2026-11-30 or 30.11.2026"));
    }

    #[test]
    fn months_in_every_form() {
        let today = d("2026-01-15");
        assert_eq!(parse_month("2015-06", today), Some(d("2015-06-01")));
        assert_eq!(parse_month("06.2015", today), Some(d("2015-06-01")));
        assert_eq!(parse_month("6.2015", today), Some(d("2015-06-01")));
        assert_eq!(parse_month("this", today), Some(d("2026-01-01")));
        assert_eq!(parse_month("last", today), Some(d("2025-12-01")));
        for bad in ["2015-13", "13.2015", "June", "2015", "15-06", "2015-06-01"] {
            assert_eq!(parse_month(bad, today), None, "{bad}");
        }
    }
}
