//! A report as a list of titled tables of typed cells: the one shape the
//! terminal table, CSV, XLSX and HTML are all drawn from, so that every
//! format shows the same rows in the same order.

use super::statistical::StatForm;
use super::{results_text, CodeRow, PersonRow, Report};
use crate::classifier::SectionKey;
use crate::i18n::{lang, message_in, Lang};

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// Text a person reads in the run's language, and what CSV writes (the
    /// register's, the Classifier's or the form's Ukrainian wording, as the
    /// JSON has it).
    Named(String, String),
    /// A Classifier code; `true` when its code or name is not confirmed
    /// (shown with `*` and a footnote).
    Code(String, bool),
    /// A count.
    Count(u64),
    /// A fraction, shown as a percentage; `None` when there is no base.
    Share(Option<f64>),
    /// A decimal (an average); `None` when there is nothing to average.
    Decimal(Option<f64>),
    /// Nothing (a value that is not known).
    Empty,
}

impl Cell {
    /// As shown to a person, in this run's language: `45,7 %`, `4,50`,
    /// `7.15*`, `—`.
    pub fn display(&self) -> String {
        match self {
            Cell::Text(s) | Cell::Named(s, _) => s.clone(),
            Cell::Code(c, uncertain) => format!("{c}{}", if *uncertain { "*" } else { "" }),
            Cell::Count(n) => n.to_string(),
            Cell::Share(Some(x)) => percent(*x),
            Cell::Decimal(Some(x)) => crate::i18n::decimal(*x, 2),
            Cell::Share(None) | Cell::Decimal(None) | Cell::Empty => "—".into(),
        }
    }

    /// As written for machines (CSV): fractions and decimals as numbers,
    /// nothing as an empty field, codes without marks.
    pub fn raw(&self) -> String {
        match self {
            Cell::Text(s) | Cell::Named(_, s) | Cell::Code(s, _) => s.clone(),
            Cell::Count(n) => n.to_string(),
            Cell::Share(Some(x)) | Cell::Decimal(Some(x)) => x.to_string(),
            Cell::Share(None) | Cell::Decimal(None) | Cell::Empty => String::new(),
        }
    }

    /// Whether the cell is a code marked uncertain.
    pub fn uncertain(&self) -> bool {
        matches!(self, Cell::Code(_, true))
    }
}

/// A fraction as a percentage with one decimal, in this run's language:
/// `0.4567` → `45,7 %` (`45.7%` in English).
pub fn percent(x: f64) -> String {
    crate::i18n::percent(x * 100.0)
}

/// Whether a column holds machine keys, which only JSON and CSV show:
/// the totals' measure names, the statistical rows' keys, people's ids.
pub fn machine_column(key: &str) -> bool {
    matches!(key, "measure" | "key" | "id")
}

/// The footnote to the `*` of uncertain codes.
pub fn footnote() -> String {
    crate::t!("rep-uncertain-footnote")
}

impl Table {
    /// Whether any row shows a code marked uncertain.
    pub fn has_uncertain(&self) -> bool {
        self.rows.iter().flatten().any(Cell::uncertain)
    }
}

/// A column: a stable key (CSV header) and a Ukrainian label.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Stable snake_case key, as in the JSON.
    pub key: String,
    /// The heading a person reads.
    pub label: String,
}

/// One titled table.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Stable key of the section (`totals`, `by_form`, `block_1`…).
    pub key: String,
    /// The heading a person reads.
    pub title: String,
    /// The XLSX sheet it is printed on (at most 31 characters): tables
    /// one after another with the same sheet are stacked on it.
    pub sheet: String,
    /// Columns.
    pub columns: Vec<Column>,
    /// Rows, each with one cell per column.
    pub rows: Vec<Vec<Cell>>,
}

fn cols(spec: &[(&str, String)]) -> Vec<Column> {
    spec.iter()
        .map(|(k, l)| Column {
            key: k.to_string(),
            label: l.clone(),
        })
        .collect()
}

fn opt_text(s: &Option<String>) -> Cell {
    match s {
        Some(s) => Cell::Text(s.clone()),
        None => Cell::Empty,
    }
}

/// The name of a Classifier row as a person reads it: the Classifier's own
/// wording, or ours for a code it doesn't have and for "not stated".
fn code_name(r: &CodeRow, none: &str) -> String {
    match &r.code {
        None => none.to_string(),
        Some(_) if r.name == super::UNKNOWN_CODE => crate::t!("rep-unknown-code"),
        Some(_) => r.name.clone(),
    }
}

fn code_table(
    key: &str,
    title: String,
    sheet: String,
    rows: &[CodeRow],
    share_of: String,
    none: String,
) -> Table {
    Table {
        key: key.into(),
        title,
        sheet,
        columns: cols(&[
            ("code", crate::t!("rep-col-code")),
            ("name", crate::t!("rep-col-name")),
            ("count", crate::t!("rep-col-count")),
            ("share", share_of),
        ]),
        rows: rows
            .iter()
            .map(|r| {
                vec![
                    match &r.code {
                        Some(c) => Cell::Code(c.clone(), r.uncertain),
                        None => Cell::Empty,
                    },
                    Cell::Named(code_name(r, &none), r.name.clone()),
                    Cell::Count(r.count),
                    Cell::Share(Some(r.share)),
                ]
            })
            .collect(),
    }
}

/// A person's name as a person reads it; an id people.toml doesn't have
/// is said so in this run's language.
fn person_name(r: &PersonRow, none: &str) -> String {
    match &r.id {
        None => none.to_string(),
        Some(id) => match r.name.strip_suffix(super::NOT_IN_PEOPLE) {
            Some(bare) => crate::t!("rep-not-in-people", id = bare),
            None if r.name.is_empty() => id.clone(),
            None => r.name.clone(),
        },
    }
}

fn person_table(
    key: &str,
    title: String,
    sheet: String,
    who: String,
    none: String,
    rows: &[PersonRow],
) -> Table {
    Table {
        key: key.into(),
        title,
        sheet,
        columns: cols(&[
            ("rank", crate::t!("rep-col-rank")),
            ("id", crate::t!("rep-col-id")),
            ("name", who),
            ("received", crate::t!("rep-col-received")),
            ("answered_on_time", crate::t!("rep-col-answered-on-time")),
            ("answered_late", crate::t!("rep-col-answered-late")),
            (
                "answered_after_control",
                crate::t!("rep-col-answered-after-control"),
            ),
            ("open", crate::t!("rep-col-open")),
            ("open_overdue", crate::t!("rep-col-open-overdue")),
            ("results", crate::t!("rep-col-results")),
            ("quality_avg", crate::t!("rep-col-quality-avg")),
            ("satisfied_share", crate::t!("rep-col-satisfied-share")),
            ("answer_days_avg", crate::t!("rep-col-answer-days-avg")),
            ("reworks", crate::t!("rep-col-reworks")),
            ("confirmed_share", crate::t!("rep-col-confirmed-share")),
        ]),
        rows: rows
            .iter()
            .map(|r| {
                vec![
                    r.rank.map(|n| Cell::Count(n.into())).unwrap_or(Cell::Empty),
                    opt_text(&r.id),
                    Cell::Named(person_name(r, &none), r.name.clone()),
                    Cell::Count(r.received),
                    Cell::Count(r.answered_on_time),
                    Cell::Count(r.answered_late),
                    Cell::Count(r.answered_after_control),
                    Cell::Count(r.open),
                    Cell::Count(r.open_overdue),
                    Cell::Text(results_text(&r.results)),
                    Cell::Decimal(r.quality_avg),
                    Cell::Share(r.satisfied_share),
                    Cell::Decimal(r.answer_days_avg),
                    Cell::Count(r.reworks),
                    Cell::Share(r.confirmed_share),
                ]
            })
            .collect(),
    }
}

/// The heading of a Classifier section as the report prints it:
/// `1. За формою надходження`, `ІІ. Тематика звернень`.
pub fn section_title(key: SectionKey) -> String {
    match key {
        SectionKey::Form => crate::t!("rep-section-form"),
        SectionKey::Sign => crate::t!("rep-section-sign"),
        SectionKey::Kind => crate::t!("rep-section-kind"),
        SectionKey::Gender => crate::t!("rep-section-gender"),
        SectionKey::Subject => crate::t!("rep-section-subject"),
        SectionKey::Type => crate::t!("rep-section-type"),
        SectionKey::Category => crate::t!("rep-section-category"),
        SectionKey::SocialStatus => crate::t!("rep-section-social-status"),
        SectionKey::Result => crate::t!("rep-section-result"),
        SectionKey::Topic => crate::t!("rep-section-topic"),
    }
}

/// A headline number's label in `lang` (the machine CSV keeps the
/// Ukrainian one, as it always had).
pub fn total_label(lang: Lang, key: &str) -> String {
    let key = match key {
        "received" => "rep-total-received",
        "closed" => "rep-total-closed",
        "open" => "rep-total-open",
        "overdue" => "rep-total-overdue",
        "answered_on_time" => "rep-total-answered-on-time",
        "answered_late" => "rep-total-answered-late",
        "answered_after_control" => "rep-total-answered-after-control",
        "repeated" => "rep-total-repeated",
        "multiple" => "rep-total-multiple",
        "duplicate" => "rep-total-duplicate",
        "mass" => "rep-total-mass",
        "collective" => "rep-total-collective",
        "anonymous" => "rep-total-anonymous",
        "questions" => "rep-total-questions",
        "positive_share" => "rep-total-positive-share",
        "quality_avg" => "rep-total-quality-avg",
        "satisfied_share" => "rep-total-satisfied-share",
        "answer_days_avg" => "rep-total-answer-days-avg",
        "reworks" => "rep-total-reworks",
        "confirmed_share" => "rep-total-confirmed-share",
        "forwarded" => "rep-total-forwarded",
        "returned" => "rep-total-returned",
        "declined" => "rep-total-declined",
        "closed_as_duplicate" => "rep-total-closed-as-duplicate",
        "exits_late" => "rep-total-exits-late",
        "priority" => "rep-total-priority",
        "personal_by_head" => "rep-total-personal-by-head",
        other => return other.to_string(),
    };
    message_in(lang, key, Vec::new())
}

/// The monitoring report's tables, in print order.
pub fn monitoring(r: &Report) -> Vec<Table> {
    let t = &r.totals;
    let mut out = vec![Table {
        key: "totals".into(),
        title: crate::t!("rep-totals-title"),
        sheet: crate::t!("rep-totals-sheet"),
        columns: cols(&[
            ("measure", crate::t!("rep-col-code")),
            ("name", crate::t!("rep-col-measure")),
            ("value", crate::t!("rep-col-value")),
        ]),
        rows: super::TOTALS
            .iter()
            .map(|&k| {
                let v = match k {
                    "positive_share" => Cell::Share(t.positive_share),
                    "satisfied_share" => Cell::Share(t.satisfied_share),
                    "quality_avg" => Cell::Decimal(t.quality_avg),
                    "answer_days_avg" => Cell::Decimal(t.answer_days_avg),
                    "confirmed_share" => Cell::Share(t.confirmed_share),
                    _ => totals_count(t, k).map(Cell::Count).unwrap_or(Cell::Empty),
                };
                vec![
                    Cell::Text(k.into()),
                    Cell::Named(total_label(lang(), k), total_label(Lang::Uk, k)),
                    v,
                ]
            })
            .collect(),
    }];
    for (key, rows) in r.characteristics() {
        let none = match key {
            SectionKey::Category => crate::t!("rep-no-category"),
            _ => crate::t!("rep-not-stated"),
        };
        out.push(code_table(
            &format!("by_{}", key.key()),
            section_title(key),
            crate::t!("rep-incoming-sheet"),
            rows,
            crate::t!("rep-col-share"),
            none,
        ));
    }
    out.push(person_table(
        "by_executor",
        crate::t!("rep-executors-title"),
        crate::t!("rep-executors-sheet"),
        crate::t!("rep-col-executor"),
        crate::t!("rep-no-resolution-executor"),
        &r.by_executor,
    ));
    out.push(person_table(
        "by_coordinator",
        crate::t!("rep-coordinators-title"),
        crate::t!("rep-executors-sheet"),
        crate::t!("rep-col-coordinator"),
        crate::t!("rep-no-resolution"),
        &r.by_coordinator,
    ));
    out.push(code_table(
        "by_result",
        crate::t!("rep-results-title"),
        crate::t!("rep-results-sheet"),
        &r.by_result,
        crate::t!("rep-col-share-closed"),
        crate::t!("rep-no-result"),
    ));
    out
}

fn totals_count(t: &super::Totals, key: &str) -> Option<u64> {
    Some(match key {
        "received" => t.received,
        "closed" => t.closed,
        "open" => t.open,
        "overdue" => t.overdue,
        "answered_on_time" => t.answered_on_time,
        "answered_late" => t.answered_late,
        "answered_after_control" => t.answered_after_control,
        "repeated" => t.repeated,
        "multiple" => t.multiple,
        "duplicate" => t.duplicate,
        "mass" => t.mass,
        "collective" => t.collective,
        "anonymous" => t.anonymous,
        "questions" => t.questions,
        "reworks" => t.reworks,
        "forwarded" => t.forwarded,
        "returned" => t.returned,
        "declined" => t.declined,
        "closed_as_duplicate" => t.closed_as_duplicate,
        "exits_late" => t.exits_late,
        "priority" => t.priority,
        "personal_by_head" => t.personal_by_head,
        _ => return None,
    })
}

/// A block's title on the form, in this run's language.
fn block_title(number: u8, data: &str) -> String {
    match number {
        1 => crate::t!("form-block-1"),
        2 => crate::t!("form-block-2"),
        3 => crate::t!("form-block-3"),
        4 => crate::t!("form-block-4"),
        5 => crate::t!("form-block-5"),
        _ => data.to_string(),
    }
}

/// A row's wording on the form, in this run's language (the JSON keeps the
/// form's Ukrainian wording).
fn row_name(key: &str, data: &str) -> String {
    match key {
        "all" => crate::t!("form-row-all"),
        "1.1" => crate::t!("form-row-by-post"),
        "1.2" => crate::t!("form-row-in-person"),
        "9.1" => crate::t!("form-row-positive"),
        "9.2" => crate::t!("form-row-refused"),
        "9.3" => crate::t!("form-row-explained"),
        "other" => crate::t!("form-row-other-result"),
        "2.2" => crate::t!("form-row-repeated"),
        "5.2" => crate::t!("form-row-collective"),
        "war_veterans" => crate::t!("form-row-war-veterans"),
        "disabled" => crate::t!("form-row-disabled"),
        "labour_veterans" => crate::t!("form-row-labour-veterans"),
        "children_of_war" => crate::t!("form-row-children-of-war"),
        "families" => crate::t!("form-row-families"),
        "chornobyl" => crate::t!("form-row-chornobyl"),
        "questions" => crate::t!("form-row-questions"),
        "topic_002" => crate::t!("form-topic-002"),
        "topic_003" => crate::t!("form-topic-003"),
        "topic_005" => crate::t!("form-topic-005"),
        "topic_006" => crate::t!("form-topic-006"),
        "topic_007" => crate::t!("form-topic-007"),
        "topic_008" => crate::t!("form-topic-008"),
        "topic_009" => crate::t!("form-topic-009"),
        "topic_010" => crate::t!("form-topic-010"),
        "topic_011" => crate::t!("form-topic-011"),
        "topic_012" => crate::t!("form-topic-012"),
        "topic_013" => crate::t!("form-topic-013"),
        "topic_015" => crate::t!("form-topic-015"),
        "topic_017" => crate::t!("form-topic-017"),
        "topic_019" => crate::t!("form-topic-019"),
        "topic_020" => crate::t!("form-topic-020"),
        "topic_021" => crate::t!("form-topic-021"),
        "topic_023" => crate::t!("form-topic-023"),
        "topic_other" => crate::t!("form-row-other-topics"),
        "staff" => crate::t!("form-row-staff"),
        _ => data.to_string(),
    }
}

/// Which Classifier items a row counts, as a person reads them: `ІІ` for
/// all of Part II is the form's own notation.
fn items_text(items: &str) -> String {
    if items == "ІІ" {
        crate::t!("form-items-all-topics")
    } else {
        items.to_string()
    }
}

/// A period as a person reads it: `01.06.2015 — 30.06.2015`.
pub fn period_text(p: &super::Period) -> String {
    crate::t!("rep-period", from = p.from, to = p.to)
}

/// The statistical form's blocks as tables.
pub fn statistical(f: &StatForm) -> Vec<Table> {
    let prev = period_text(&f.previous);
    let cur = period_text(&f.period);
    f.blocks
        .iter()
        .map(|b| Table {
            key: format!("block_{}", b.number),
            title: crate::t!(
                "form-block-heading",
                number = b.number,
                title = block_title(b.number, &b.title)
            ),
            sheet: crate::t!("form-sheet"),
            columns: cols(&[
                ("key", crate::t!("rep-col-code")),
                ("name", crate::t!("rep-col-measure")),
                ("items", crate::t!("form-col-items")),
                ("previous", prev.clone()),
                ("current", cur.clone()),
            ]),
            rows: b
                .rows
                .iter()
                .map(|r| {
                    let n = |v: Option<u64>| v.map(Cell::Count).unwrap_or(Cell::Empty);
                    vec![
                        Cell::Text(r.key.clone()),
                        Cell::Named(row_name(&r.key, &r.name), r.name.clone()),
                        Cell::Named(items_text(&r.items), r.items.clone()),
                        n(r.previous),
                        n(r.current),
                    ]
                })
                .collect(),
        })
        .collect()
}

/// The heading lines of a report: what, whose, which period, as of when.
pub fn heading(
    title: String,
    registers: &[super::RegisterInfo],
    period: &super::Period,
    as_of: chrono::NaiveDate,
) -> Vec<String> {
    let mut out = vec![title];
    for r in registers {
        out.push(crate::t!(
            "rep-register-line",
            council = r.council.as_str(),
            department = r.department.as_str(),
            edition = r.edition.as_str()
        ));
    }
    out.push(crate::t!(
        "rep-period-line",
        from = period.from,
        to = period.to,
        as_of = as_of
    ));
    out
}

/// The title of the monitoring report.
pub fn monitoring_title() -> String {
    crate::t!("rep-monitoring-title")
}

/// The title of the statistical form.
pub fn statistical_title() -> String {
    crate::t!("form-title")
}
