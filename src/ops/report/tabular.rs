//! A report as a list of titled tables of typed cells: the one shape the
//! terminal table, CSV, XLSX and HTML are all drawn from, so that every
//! format shows the same rows in the same order.

use super::statistical::StatForm;
use super::{percent, results_text, section_title, totals_labelled, CodeRow, PersonRow, Report};
use crate::classifier::SectionKey;

/// One cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text.
    Text(String),
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
    /// As shown to a person: `45.7%`, `4.50`, `—`.
    pub fn display(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Count(n) => n.to_string(),
            Cell::Share(Some(x)) => percent(*x),
            Cell::Decimal(Some(x)) => format!("{x:.2}"),
            Cell::Share(None) | Cell::Decimal(None) | Cell::Empty => "—".into(),
        }
    }

    /// As written for machines (CSV): fractions and decimals as numbers,
    /// nothing as an empty field.
    pub fn raw(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Count(n) => n.to_string(),
            Cell::Share(Some(x)) | Cell::Decimal(Some(x)) => x.to_string(),
            Cell::Share(None) | Cell::Decimal(None) | Cell::Empty => String::new(),
        }
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
    /// A short sheet name (XLSX: at most 31 characters).
    pub short: String,
    /// Columns.
    pub columns: Vec<Column>,
    /// Rows, each with one cell per column.
    pub rows: Vec<Vec<Cell>>,
}

fn cols(spec: &[(&str, &str)]) -> Vec<Column> {
    spec.iter()
        .map(|(k, l)| Column {
            key: k.to_string(),
            label: l.to_string(),
        })
        .collect()
}

fn opt_text(s: &Option<String>) -> Cell {
    match s {
        Some(s) => Cell::Text(s.clone()),
        None => Cell::Empty,
    }
}

fn code_table(key: &str, title: String, short: &str, rows: &[CodeRow], share_of: &str) -> Table {
    Table {
        key: key.into(),
        title,
        short: short.into(),
        columns: cols(&[
            ("code", "код"),
            ("name", "назва"),
            ("count", "кількість"),
            ("share", share_of),
        ]),
        rows: rows
            .iter()
            .map(|r| {
                vec![
                    opt_text(&r.code),
                    Cell::Text(r.name.clone()),
                    Cell::Count(r.count),
                    Cell::Share(Some(r.share)),
                ]
            })
            .collect(),
    }
}

fn person_table(key: &str, title: &str, short: &str, who: &str, rows: &[PersonRow]) -> Table {
    Table {
        key: key.into(),
        title: title.into(),
        short: short.into(),
        columns: cols(&[
            ("rank", "місце"),
            ("id", "код"),
            ("name", who),
            ("received", "надійшло"),
            ("answered_on_time", "відповідь вчасно"),
            ("answered_late", "із запізненням"),
            ("answered_after_control", "заявнику після контр. терміну"),
            ("open", "на контролі"),
            ("open_overdue", "прострочено"),
            ("results", "результати (9.x)"),
            ("quality_avg", "оцінка якості"),
            ("satisfied_share", "задоволені"),
            ("answer_days_avg", "роб. днів до відповіді"),
            ("reworks", "на доопрацювання"),
            ("confirmed_share", "підтвердили"),
        ]),
        rows: rows
            .iter()
            .map(|r| {
                vec![
                    r.rank.map(|n| Cell::Count(n.into())).unwrap_or(Cell::Empty),
                    opt_text(&r.id),
                    Cell::Text(r.name.clone()),
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

fn short_name(key: SectionKey) -> &'static str {
    match key {
        SectionKey::Form => "1 Форма надходження",
        SectionKey::Sign => "2 Ознака надходження",
        SectionKey::Kind => "3 Вид",
        SectionKey::Gender => "4 Стать",
        SectionKey::Subject => "5 Суб'єкт",
        SectionKey::Type => "6 Тип",
        SectionKey::Category => "7 Категорія авторів",
        SectionKey::SocialStatus => "8 Соціальний стан",
        SectionKey::Result => "9 Результати розгляду",
        SectionKey::Topic => "ІІ Тематика",
    }
}

/// The monitoring report's tables, in print order.
pub fn monitoring(r: &Report) -> Vec<Table> {
    let mut out = vec![Table {
        key: "totals".into(),
        title: "Підсумки".into(),
        short: "Підсумки".into(),
        columns: cols(&[
            ("measure", "код"),
            ("name", "показник"),
            ("value", "значення"),
        ]),
        rows: totals_labelled(&r.totals)
            .into_iter()
            .map(|(k, label, _)| {
                let t = &r.totals;
                let v = match k {
                    "positive_share" => Cell::Share(t.positive_share),
                    "satisfied_share" => Cell::Share(t.satisfied_share),
                    "quality_avg" => Cell::Decimal(t.quality_avg),
                    "answer_days_avg" => Cell::Decimal(t.answer_days_avg),
                    "confirmed_share" => Cell::Share(t.confirmed_share),
                    _ => totals_count(t, k).map(Cell::Count).unwrap_or(Cell::Empty),
                };
                vec![Cell::Text(k.into()), Cell::Text(label.into()), v]
            })
            .collect(),
    }];
    for (key, rows) in r.characteristics() {
        out.push(code_table(
            &format!("by_{}", key.key()),
            section_title(key),
            short_name(key),
            rows,
            "частка",
        ));
    }
    out.push(person_table(
        "by_executor",
        "Виконавці (рейтинг: найгірші першими)",
        "Виконавці",
        "виконавець",
        &r.by_executor,
    ));
    out.push(person_table(
        "by_coordinator",
        "Координатори (рейтинг: найгірші першими)",
        "Координатори",
        "координатор",
        &r.by_coordinator,
    ));
    out.push(code_table(
        "by_result",
        format!("{} (знятих з контролю)", section_title(SectionKey::Result)),
        short_name(SectionKey::Result),
        &r.by_result,
        "частка знятих з контролю",
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

/// The statistical form's blocks as tables.
pub fn statistical(f: &StatForm) -> Vec<Table> {
    let prev = format!("{} — {}", f.previous.from, f.previous.to);
    let cur = format!("{} — {}", f.period.from, f.period.to);
    f.blocks
        .iter()
        .map(|b| Table {
            key: format!("block_{}", b.number),
            title: format!("Блок {}. {}", b.number, b.title),
            short: format!("Блок {}", b.number),
            columns: cols(&[
                ("key", "код"),
                ("name", "показник"),
                ("items", "пункти Класифікатора"),
                ("previous", &prev),
                ("current", &cur),
            ]),
            rows: b
                .rows
                .iter()
                .map(|r| {
                    let n = |v: Option<u64>| v.map(Cell::Count).unwrap_or(Cell::Empty);
                    vec![
                        Cell::Text(r.key.clone()),
                        Cell::Text(r.name.clone()),
                        Cell::Text(r.items.clone()),
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
    title: &str,
    registers: &[super::RegisterInfo],
    period: &super::Period,
    as_of: chrono::NaiveDate,
) -> Vec<String> {
    let mut out = vec![title.to_string()];
    for r in registers {
        out.push(format!(
            "{} — {} (Класифікатор, редакція {})",
            r.council, r.department, r.edition
        ));
    }
    out.push(format!(
        "Звернення, що надійшли {} — {}; стан на {}",
        period.from, period.to, as_of
    ));
    out
}

/// The title of the monitoring report.
pub const MONITORING_TITLE: &str = "Моніторинг розгляду звернень громадян";
/// The title of the statistical form.
pub const STATISTICAL_TITLE: &str = "Статистичний звіт про звернення громадян";
