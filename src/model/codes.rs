//! The Classifier codes that carry a rule of the procedure, by name, so
//! that no module writes `"2.2"` and means «повторне». The codes are the
//! Classifier's (Cabinet resolution No. 858, `classifier/*.toml`); the
//! words printed for them come from the register's own `classifier.toml`.

use crate::classifier::{Classifier, SectionKey};

/// Sign of receipt, Classifier section 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sign {
    /// 2.1 первинне: the applicant's first appeal on the question.
    Primary,
    /// 2.2 повторне: the second, after an answer.
    Repeated,
    /// 2.3 дублетне: again while the earlier one is still considered.
    Duplicate,
    /// 2.4 неодноразове: after two or more before it.
    Multiple,
    /// 2.5 масове: one of many similar appeals on one question.
    Mass,
}

impl Sign {
    /// Every sign, in the Classifier's order.
    pub const ALL: [Sign; 5] = [
        Sign::Primary,
        Sign::Repeated,
        Sign::Duplicate,
        Sign::Multiple,
        Sign::Mass,
    ];

    /// The Classifier code.
    pub const fn code(self) -> &'static str {
        match self {
            Sign::Primary => "2.1",
            Sign::Repeated => "2.2",
            Sign::Duplicate => "2.3",
            Sign::Multiple => "2.4",
            Sign::Mass => "2.5",
        }
    }

    /// The sign of a code, if it is one of these.
    pub fn of(code: &str) -> Option<Sign> {
        Sign::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether the appeal repeats an earlier one and carries a mark
    /// («гриф») on dispatch and on the card (the order's point 9).
    pub fn is_repeat(self) -> bool {
        matches!(self, Sign::Repeated | Sign::Duplicate | Sign::Multiple)
    }
}

/// The mark («гриф») a repeated, duplicate or multiple appeal carries (the
/// order's point 9): the register Classifier's name of its sign of
/// receipt, in lower case (`повторне`); the code itself where the
/// Classifier gives no name. None for the other signs.
pub fn repeat_mark(classifier: &Classifier, sign: &str) -> Option<String> {
    Sign::of(sign).filter(|s| s.is_repeat()).map(|s| {
        classifier
            .entry(SectionKey::Sign, s.code())
            .ok()
            .and_then(|e| e.name.as_ref())
            .map(|n| n.to_lowercase())
            .unwrap_or_else(|| s.code().to_string())
    })
}

/// Subject of an appeal, Classifier section 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subject {
    /// 5.1 індивідуальне.
    Individual,
    /// 5.2 колективне: more than one signatory.
    Collective,
    /// 5.3 анонімне: no name.
    Anonymous,
}

impl Subject {
    /// The Classifier code.
    pub const fn code(self) -> &'static str {
        match self {
            Subject::Individual => "5.1",
            Subject::Collective => "5.2",
            Subject::Anonymous => "5.3",
        }
    }

    /// The subject an appeal's author makes it (Classifier section 5;
    /// law art. 5 and 8): anonymous without a name, collective with more
    /// than one signatory, individual otherwise.
    pub fn of(anonymous: bool, signatories: u32) -> Subject {
        if anonymous {
            Subject::Anonymous
        } else if signatories > 1 {
            Subject::Collective
        } else {
            Subject::Individual
        }
    }
}

/// Result of consideration, Classifier section 9: the one that counts as
/// resolved positively («вирішено позитивно») in the monitoring report.
pub const RESOLVED_POSITIVELY: &str = "9.1";
/// 9.2 відмовлено у задоволенні.
pub const REFUSED: &str = "9.2";
/// 9.3 дано роз'яснення.
pub const EXPLAINED: &str = "9.3";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects() {
        assert_eq!(Subject::of(true, 1).code(), "5.3");
        assert_eq!(Subject::of(true, 3).code(), "5.3");
        assert_eq!(Subject::of(false, 2).code(), "5.2");
        assert_eq!(Subject::of(false, 1).code(), "5.1");
    }

    #[test]
    fn marks_come_from_the_classifier() {
        let k = Classifier::embedded("2015").expect("edition");
        assert_eq!(repeat_mark(&k, "2.2").as_deref(), Some("повторне"));
        assert_eq!(repeat_mark(&k, "2.3").as_deref(), Some("дублетне"));
        assert_eq!(repeat_mark(&k, "2.4").as_deref(), Some("неодноразове"));
        assert_eq!(repeat_mark(&k, "2.1"), None);
        assert_eq!(repeat_mark(&k, "2.5"), None);
        assert_eq!(Sign::of("2.9"), None);
    }
}
