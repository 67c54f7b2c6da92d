//! The office round trip (issue #17): the columns of the files a clerk opens
//! in Excel or LibreOffice, named in words, and what each holds, so that a
//! CSV written for Ukrainian Excel (`--excel`: `;`, decimal comma, dates as
//! `20.07.2015`, codes kept as text) reads back through intake.
//!
//! One table serves both directions: the writers (`cli::office`) head a
//! column with [`label_in`] and shape its cells by [`kind`]; intake
//! ([`crate::intake`]) knows a column by its machine name or by its words
//! in either language ([`column`]) and undoes what Excel needed
//! ([`unwrap_cell`]).

use crate::i18n::{message_in, Lang};

/// What a column holds, which decides how its cells are written for Excel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A Classifier code or a number that must stay text (`003`, `7.11`,
    /// `0145-23062015`): written as the formula `="003"`, which Excel and
    /// LibreOffice show as the text.
    Code,
    /// Codes separated by `;` (topics, categories), one text cell.
    Codes,
    /// A date: `20.07.2015`, which Ukrainian Excel reads as a date.
    Date,
    /// A whole number.
    Number,
    /// A number with a fraction: a decimal comma.
    Decimal,
    /// `true`/`false` (or `yes`/`no`/`unknown`): words.
    Flag,
    /// A card's status: its name in words.
    Status,
    /// Text, possibly a citizen's: a formula-looking start is neutralised.
    Text,
}

/// What a column of an office file holds.
pub fn kind(column: &str) -> Kind {
    match column {
        "cc_number" | "phone" | "form" | "sign" | "kind" | "subject" | "type" | "gender"
        | "social_status" | "result" | "code" | "key" | "measure" => Kind::Code,
        "topics" | "categories" => Kind::Codes,
        "received"
        | "registered"
        | "control_date"
        | "executor_due"
        | "extended_until"
        | "resolved"
        | "dispatched"
        | "answered"
        | "signed"
        | "posted"
        | "sent_to_cc"
        | "closed"
        | "missed_control_date" => Kind::Date,
        "year" | "number" | "signatories" | "term" | "term_days" | "extensions"
        | "answer_days_late" | "working_days_left" | "reworks" | "quality_score" | "rank" => {
            Kind::Number
        }
        "confidential"
        | "answer_late"
        | "applicant_satisfied"
        | "dissatisfied"
        | "extended_late"
        | "priority"
        | "personal_by_head"
        | "mass" => Kind::Flag,
        "status" => Kind::Status,
        _ => Kind::Text,
    }
}

/// The columns whose text comes from a citizen (or the contact centre's
/// record of one): in every CSV, machine or office, a formula-looking start
/// is neutralised ([`neutralise`]).
pub const CITIZEN: &[&str] = &[
    "name",
    "address",
    "phone",
    "email",
    "summary",
    "late_reason",
];

/// The export's first columns (`export` and the listing's CSV).
pub const EXPORT_HEAD: &[&str] = &[
    "council",
    "edition",
    "index",
    "year",
    "number",
    "cc_number",
    "received",
    "registered",
    "late_reason",
    "status",
    "form",
    "form_name",
    "sign",
    "sign_name",
    "kind",
    "kind_name",
    "subject",
    "subject_name",
    "type",
    "type_name",
    "topics",
    "topic_names",
    "gender",
    "gender_name",
    "categories",
    "category_names",
    "social_status",
    "social_status_name",
    "signatories",
    "confidential",
];

/// The export's last columns, after the applicant's (if any).
pub const EXPORT_TAIL: &[&str] = &[
    "term_days",
    "control_date",
    "executor_due",
    "extensions",
    "extended_until",
    "repeat_of",
    "coordinator",
    "executors",
    "resolved",
    "dispatched",
    "answered",
    "answer_late",
    "answer_days_late",
    "quality_score",
    "applicant_satisfied",
    "signed",
    "posted",
    "sent_to_cc",
    "result",
    "result_name",
    "closed",
    "summary",
    "earlier",
    "reworks",
    "confirmation",
];

/// The applicant's columns of an export: a pseudonym, or the contacts.
pub const EXPORT_APPLICANT: &[&str] = &["applicant", "name", "address", "phone", "email"];

/// The deadline table's columns (`deadlines --format csv`).
pub const DEADLINES: &[&str] = &[
    "index",
    "received",
    "status",
    "executor",
    "coordinator",
    "executor_due",
    "control_date",
    "working_days_left",
    "state",
    "mark",
    "dissatisfied",
    "extended_late",
    "missed_control_date",
    "priority",
    "personal_by_head",
];

/// Intake's own fields that no file of the register's writes.
const INTAKE_ONLY: &[&str] = &["term", "mass"];

/// Every column an office file may carry: the export's (which include the
/// listing's), the deadline table's and intake's own, each once.
pub fn columns() -> impl Iterator<Item = &'static str> {
    let mut seen = std::collections::HashSet::new();
    EXPORT_HEAD
        .iter()
        .chain(EXPORT_APPLICANT)
        .chain(EXPORT_TAIL)
        .chain(DEADLINES)
        .chain(INTAKE_ONLY)
        .copied()
        .filter(move |c| seen.insert(*c))
}

/// A column's heading in words, in `lang`; a name this table doesn't know
/// stays as it is.
pub fn label_in(lang: Lang, column: &str) -> String {
    let key = match column {
        "council" => "col-council",
        "edition" => "col-edition",
        "index" => "col-index",
        "year" => "col-year",
        "number" => "col-number",
        "cc_number" => "col-cc-number",
        "received" => "col-received",
        "registered" => "col-registered",
        "late_reason" => "col-late-reason",
        "status" => "col-status",
        "form" => "col-form",
        "form_name" => "col-form-name",
        "sign" => "col-sign",
        "sign_name" => "col-sign-name",
        "kind" => "col-kind",
        "kind_name" => "col-kind-name",
        "subject" => "col-subject",
        "subject_name" => "col-subject-name",
        "type" => "col-type",
        "type_name" => "col-type-name",
        "topics" => "col-topics",
        "topic_names" => "col-topic-names",
        "gender" => "col-gender",
        "gender_name" => "col-gender-name",
        "categories" => "col-categories",
        "category_names" => "col-category-names",
        "social_status" => "col-social-status",
        "social_status_name" => "col-social-status-name",
        "signatories" => "col-signatories",
        "confidential" => "col-confidential",
        "applicant" => "col-applicant",
        "name" => "col-name",
        "address" => "col-address",
        "phone" => "col-phone",
        "email" => "col-email",
        "term_days" => "col-term-days",
        "control_date" => "col-control-date",
        "executor_due" => "col-executor-due",
        "extensions" => "col-extensions",
        "extended_until" => "col-extended-until",
        "repeat_of" => "col-repeat-of",
        "coordinator" => "col-coordinator",
        "executors" => "col-executors",
        "resolved" => "col-resolved",
        "dispatched" => "col-dispatched",
        "answered" => "col-answered",
        "answer_late" => "col-answer-late",
        "answer_days_late" => "col-answer-days-late",
        "quality_score" => "col-quality-score",
        "applicant_satisfied" => "col-applicant-satisfied",
        "signed" => "col-signed",
        "posted" => "col-posted",
        "sent_to_cc" => "col-sent-to-cc",
        "result" => "col-result",
        "result_name" => "col-result-name",
        "closed" => "col-closed",
        "summary" => "col-summary",
        "earlier" => "col-earlier",
        "reworks" => "col-reworks",
        "confirmation" => "col-confirmation",
        "executor" => "col-executor",
        "working_days_left" => "col-working-days-left",
        "state" => "col-state",
        "mark" => "col-mark",
        "dissatisfied" => "col-dissatisfied",
        "extended_late" => "col-extended-late",
        "missed_control_date" => "col-missed-control-date",
        "priority" => "col-priority",
        "personal_by_head" => "col-personal-by-head",
        "term" => "col-term",
        "mass" => "col-mass",
        other => return other.to_string(),
    };
    message_in(lang, key, Vec::new())
}

/// The machine name of a column headed `heading`: its own name, or its
/// words in Ukrainian or English (case, spaces and a stray BOM aside).
pub fn column(heading: &str) -> Option<&'static str> {
    let h = normal(heading);
    columns().find(|c| {
        *c == h
            || [Lang::Uk, Lang::En]
                .iter()
                .any(|&l| normal(&label_in(l, c)) == h)
    })
}

fn normal(s: &str) -> String {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Neutralises a text cell that a spreadsheet would take for a formula
/// (OWASP's rule: a leading `=`, `+`, `-`, `@`, tab or carriage return gets
/// an apostrophe in front).
pub fn neutralise(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// A cell as intake takes it: `="003"` (how an office file keeps a code as
/// text) is `003`, and the apostrophe [`neutralise`] put before a
/// formula-looking text is dropped.
pub fn unwrap_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    let t = cell.trim();
    if let Some(inner) = t.strip_prefix("=\"").and_then(|s| s.strip_suffix('"')) {
        return inner.replace("\"\"", "\"").into();
    }
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.into(),
        _ => cell.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_has_words_in_both_languages() {
        for c in columns() {
            for lang in [Lang::Uk, Lang::En] {
                let l = label_in(lang, c);
                assert_ne!(l, c, "{c} has no words in {lang:?}");
                // Words name one column only, or intake couldn't tell them apart.
                assert_eq!(column(&l), Some(c), "{c}: {l:?}");
            }
            assert_eq!(column(c), Some(c));
        }
    }

    #[test]
    fn a_heading_is_known_by_its_words_in_any_case() {
        assert_eq!(column(" Дата надходження "), Some("received"));
        assert_eq!(column("\u{feff}cc_number"), Some("cc_number"));
        assert_eq!(column("ДАТА  НАДХОДЖЕННЯ"), Some("received"));
        assert_eq!(column("надходження"), None);
    }

    #[test]
    fn what_excel_needed_is_undone() {
        assert_eq!(unwrap_cell("=\"003\""), "003");
        assert_eq!(unwrap_cell("=\"a \"\"b\"\"\""), "a \"b\"");
        assert_eq!(unwrap_cell(&neutralise("=SUM(A1)")), "=SUM(A1)");
        assert_eq!(unwrap_cell(&neutralise("-5 градусів")), "-5 градусів");
        assert_eq!(unwrap_cell("'Так'"), "'Так'");
        assert_eq!(neutralise("Просто текст"), "Просто текст");
        assert_eq!(neutralise("@all"), "'@all");
    }
}
