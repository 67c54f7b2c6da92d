//! Registration indexes (`К-125`, `КО-17`, `БП-4`) and the ways a clerk
//! names a card on the command line.
//!
//! Instruction 348 builds the index from the first letter of the author's
//! surname and the running number; collective letters get «КО», unsigned
//! ones «БП» (law.md §2.3). The marks take the letter's place.

use std::fmt;

/// The largest running number a year can hold: file names have six digits.
pub const MAX_NUMBER: u32 = 999_999;

/// What stands before the dash of an index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexKind {
    /// An individual appeal: the first letter of the surname.
    Letter(char),
    /// A collective appeal (more than one signatory): the mark from `register.toml`.
    Collective,
    /// An anonymous appeal (no name): the mark from `register.toml`.
    Anonymous,
}

impl IndexKind {
    /// The kind for an applicant's name and number of signatories.
    /// `None` when the name has no letter to take (anonymous).
    pub fn for_applicant(name: Option<&str>, signatories: u32) -> IndexKind {
        // As the name reads (a decomposed «Й» is «Й», a Latin «K» in a
        // Cyrillic surname is «К»), not as its bytes were typed.
        let name = name.map(super::text::clean);
        let letter = name.and_then(|n| n.chars().find(|c| c.is_alphabetic()));
        match letter {
            None => IndexKind::Anonymous,
            Some(_) if signatories > 1 => IndexKind::Collective,
            Some(c) => IndexKind::Letter(c.to_uppercase().next().unwrap_or(c)),
        }
    }

    /// The index text for a running number, with the register's marks.
    pub fn index(&self, number: u32, collective: &str, anonymous: &str) -> String {
        match self {
            IndexKind::Letter(c) => format!("{c}-{number}"),
            IndexKind::Collective => format!("{collective}-{number}"),
            IndexKind::Anonymous => format!("{anonymous}-{number}"),
        }
    }
}

/// A card name that is none of the accepted forms.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub struct BadCardName {
    /// The name as given.
    pub text: String,
}

impl BadCardName {
    fn message(&self) -> String {
        crate::t!("err-bad-card-name", text = format!("{:?}", self.text))
    }
}

/// How a card is named on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CardRef {
    /// `К-125` or `2015/К-125`: the prefix is checked against the card.
    Index {
        year: Option<i32>,
        prefix: String,
        number: u32,
    },
    /// `#125` or `2015#125`.
    Number { year: Option<i32>, number: u32 },
    /// `cc:0145-23062015`: the contact centre's number.
    Cc(String),
}

impl CardRef {
    /// Parses a card name; the message says which forms are accepted.
    pub fn parse(text: &str) -> Result<CardRef, BadCardName> {
        let bad = || BadCardName {
            text: text.to_string(),
        };
        let text = text.trim();
        if let Some(cc) = text.strip_prefix("cc:") {
            let cc = cc.trim();
            if cc.is_empty() || cc.chars().any(char::is_control) {
                return Err(bad());
            }
            return Ok(CardRef::Cc(cc.to_string()));
        }
        if let Some((year, number)) = text.split_once('#') {
            let year = if year.is_empty() {
                None
            } else {
                Some(parse_year(year).ok_or_else(bad)?)
            };
            let number = parse_number(number).ok_or_else(bad)?;
            return Ok(CardRef::Number { year, number });
        }
        let (year, rest) = match text.split_once('/') {
            Some((y, rest)) => (Some(parse_year(y).ok_or_else(bad)?), rest),
            None => (None, text),
        };
        let (prefix, number) = rest.rsplit_once('-').ok_or_else(bad)?;
        if prefix.is_empty() || !prefix.chars().all(char::is_alphabetic) {
            return Err(bad());
        }
        // A Latin `K`, `P`, `O` … typed for its Cyrillic twin: indexes are
        // Cyrillic, and the two look the same.
        let prefix: String = prefix
            .chars()
            .map(|c| super::text::cyrillic_twin(c).unwrap_or(c))
            .collect();
        let number = parse_number(number).ok_or_else(bad)?;
        Ok(CardRef::Index {
            year,
            prefix: prefix.to_uppercase(),
            number,
        })
    }
}

impl CardRef {
    /// Whether this name names `card`; a name without a year is of
    /// `this_year`.
    pub fn names(&self, card: &crate::model::Card, this_year: i32) -> bool {
        match self {
            CardRef::Index {
                year,
                prefix,
                number,
            } => {
                card.year == year.unwrap_or(this_year)
                    && card.number == *number
                    && split_index(&card.index).map(|(p, _)| p.to_uppercase())
                        == Some(prefix.clone())
            }
            CardRef::Number { year, number } => {
                card.year == year.unwrap_or(this_year) && card.number == *number
            }
            CardRef::Cc(cc) => card.cc_number.as_deref() == Some(cc.as_str()),
        }
    }
}

impl fmt::Display for CardRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CardRef::Index {
                year: Some(y),
                prefix,
                number,
            } => write!(f, "{y}/{prefix}-{number}"),
            CardRef::Index {
                year: None,
                prefix,
                number,
            } => write!(f, "{prefix}-{number}"),
            CardRef::Number {
                year: Some(y),
                number,
            } => write!(f, "{y}#{number}"),
            CardRef::Number { year: None, number } => write!(f, "#{number}"),
            CardRef::Cc(cc) => write!(f, "cc:{cc}"),
        }
    }
}

fn parse_year(s: &str) -> Option<i32> {
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn parse_number(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 6 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|n| (1..=MAX_NUMBER).contains(n))
}

/// Splits a card's index text into its prefix and number (`К-125` → (`К`, 125)).
pub fn split_index(index: &str) -> Option<(&str, u32)> {
    let (prefix, number) = index.rsplit_once('-')?;
    Some((prefix, parse_number(number)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(input: &str, expected: Result<CardRef, ()>) {
        assert_eq!(CardRef::parse(input).map_err(|_| ()), expected, "{input}");
    }

    fn idx(year: Option<i32>, prefix: &str, number: u32) -> Result<CardRef, ()> {
        Ok(CardRef::Index {
            year,
            prefix: prefix.into(),
            number,
        })
    }

    #[test]
    fn card_names() {
        check("К-125", idx(None, "К", 125));
        check("к-125", idx(None, "К", 125));
        check("2015/К-125", idx(Some(2015), "К", 125));
        check("КО-7", idx(None, "КО", 7));
        check("БП-000004", idx(None, "БП", 4));
        check(
            "#125",
            Ok(CardRef::Number {
                year: None,
                number: 125,
            }),
        );
        check(
            "2015#1",
            Ok(CardRef::Number {
                year: Some(2015),
                number: 1,
            }),
        );
        check("cc:0145-23062015", Ok(CardRef::Cc("0145-23062015".into())));
        check("К-0", Err(()));
        check("К-1234567", Err(()));
        check("#", Err(()));
        check("#-3", Err(()));
        check("15/К-1", Err(()));
        check("../К-1", Err(()));
        check("К/1", Err(()));
        check("cc:", Err(()));
        check("cc:a\0b", Err(()));
        check("125", Err(()));
        check("", Err(()));
    }

    #[test]
    fn index_kinds() {
        let k = |name: Option<&str>, n| IndexKind::for_applicant(name, n).index(125, "КО", "БП");
        assert_eq!(k(Some("Коваленко Петро"), 1), "К-125");
        assert_eq!(k(Some("  шевченко"), 1), "Ш-125");
        assert_eq!(k(Some("Іванова"), 3), "КО-125");
        assert_eq!(k(None, 1), "БП-125");
        assert_eq!(k(Some("  "), 1), "БП-125");
    }

    #[test]
    fn split() {
        assert_eq!(split_index("К-125"), Some(("К", 125)));
        assert_eq!(split_index("КО-7"), Some(("КО", 7)));
        assert_eq!(split_index("К125"), None);
    }
}
