//! The report-back file (issue #21, point 3; the order's points 8.2–8.3):
//! for every card sent to the contact centre in a period, or taken off
//! control by one of the Law's exits, one row in the centre's vocabulary —
//! its number, what became of the appeal in the centre's words, the date
//! and outgoing number of the reply, the result of consideration, the
//! answer's and the scan's file names, and the applicant's word on the
//! call-back when known. The words and the CSV dialect are the import
//! profile's (`[report-back]`), so the file goes back in the form the
//! centre's own export came in. Nothing in it depends on the clock: the
//! same period gives the same file.

use crate::model::card::Card;
use crate::model::status::{Action, Outcome};
use crate::store::Register;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How the centre wants the file: separator, dates, and its words.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Dialect {
    /// The separator (one character).
    pub delimiter: char,
    /// chrono's format of dates (`%d.%m.%Y`).
    pub date_format: String,
    /// A byte-order mark first (Excel's habit).
    pub bom: bool,
    /// What became of the appeal, in the centre's words.
    pub status: StatusWords,
    /// The applicant's word on the call-back, in the centre's words.
    pub confirmation: ConfirmationWords,
}

impl Default for Dialect {
    fn default() -> Dialect {
        Dialect {
            delimiter: ';',
            date_format: "%d.%m.%Y".into(),
            bom: false,
            status: StatusWords::default(),
            confirmation: ConfirmationWords::default(),
        }
    }
}

/// The centre's word for each way a card leaves control.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StatusWords {
    /// The reply was sent.
    pub answered: String,
    /// Forwarded to the competent body (law art. 7).
    pub forwarded: String,
    /// Returned to the applicant (arts. 5, 7).
    pub returned: String,
    /// Not considered (arts. 8, 17).
    pub declined: String,
    /// Closed as another card's duplicate.
    pub duplicate: String,
}

impl Default for StatusWords {
    fn default() -> StatusWords {
        StatusWords {
            answered: "Відповідь надано".into(),
            forwarded: "Направлено за належністю".into(),
            returned: "Повернуто заявнику".into(),
            declined: "Не розглядається".into(),
            duplicate: "Дублікат".into(),
        }
    }
}

/// The centre's word for each outcome of the call-back.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfirmationWords {
    /// The applicant confirms.
    pub confirmed: String,
    /// The applicant does not.
    pub not_confirmed: String,
    /// The applicant resolved it alone.
    pub fixed_by_applicant: String,
}

impl Default for ConfirmationWords {
    fn default() -> ConfirmationWords {
        ConfirmationWords {
            confirmed: "Підтверджено".into(),
            not_confirmed: "Не підтверджено".into(),
            fixed_by_applicant: "Вирішено заявником самостійно".into(),
        }
    }
}

/// The file's columns, in the centre's words (those of its own export
/// where it has the column).
pub const COLUMNS: [&str; 9] = [
    "№ звернення",
    "Статус",
    "Дата відповіді",
    "Вихідний номер",
    "Код результату розгляду",
    "Результат розгляду",
    "Відповідь",
    "Скан",
    "Результат зворотного зв'язку",
];

/// One row of the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// The card (`2015/К-1`), for scripts; not in the centre's file.
    pub card: String,
    /// The contact centre's number.
    pub cc_number: String,
    /// What became of it, in the centre's words.
    pub status: String,
    /// The reply's date (its outgoing date, else the day it went to the
    /// centre), or the exit's.
    pub answer_date: NaiveDate,
    /// The reply's outgoing number.
    pub outgoing_number: String,
    /// The result of consideration (Classifier section 9).
    pub result_code: String,
    /// Its name.
    pub result_name: String,
    /// The answer to the centre: its file name.
    pub answer_file: String,
    /// The scan of the signed answer: its file name.
    pub scan_file: String,
    /// The applicant's word on the call-back, when known.
    pub confirmation: String,
}

/// What a report-back covers.
#[derive(Debug, Clone, Default)]
pub struct ReportBack {
    /// Its rows, by card.
    pub rows: Vec<Row>,
    /// Cards that left control in the period without a contact-centre
    /// number (not the centre's: not reported back).
    pub not_from_centre: Vec<String>,
}

/// The rows for cards sent to the centre, or gone by an exit, from `from`
/// to `to` inclusive, in register order.
pub fn report_back(
    reg: &Register,
    from: NaiveDate,
    to: NaiveDate,
    dialect: &Dialect,
) -> crate::Result<ReportBack> {
    let mut out = ReportBack::default();
    for file in reg.store.card_files()? {
        let card = file.parse::<Card>()?;
        let Some(row) = row(reg, &card, dialect) else {
            continue;
        };
        if row.answer_date < from || row.answer_date > to {
            continue;
        }
        if row.cc_number.is_empty() {
            out.not_from_centre.push(row.card);
        } else {
            out.rows.push(row);
        }
    }
    Ok(out)
}

/// A card's row, when it left control by a reply or an exit.
fn row(reg: &Register, card: &Card, d: &Dialect) -> Option<Row> {
    let file_name = |p: &str| p.rsplit('/').next().unwrap_or(p).to_string();
    let (status, date, number) = match (&card.sent, &card.exit) {
        (Some(s), _) => (
            d.status.answered.clone(),
            s.date.unwrap_or(s.to_cc),
            s.number.clone().unwrap_or_default(),
        ),
        (None, Some(e)) => {
            let word = match e.step {
                Action::Forward => &d.status.forwarded,
                Action::Return => &d.status.returned,
                Action::CloseDuplicate => &d.status.duplicate,
                _ => &d.status.declined,
            };
            (word.clone(), e.date, String::new())
        }
        (None, None) => return None,
    };
    let result_code = card.result.clone().unwrap_or_default();
    let result_name = reg
        .classifier
        .name(crate::classifier::SectionKey::Result, &result_code)
        .unwrap_or_default();
    let answer_file = card
        .answer
        .as_ref()
        .and_then(|a| a.documents.get("answer-cc"))
        .map(|p| file_name(p))
        .unwrap_or_default();
    let scan_file = card
        .sent
        .as_ref()
        .and_then(|s| s.scan.as_deref())
        .map(file_name)
        .unwrap_or_default();
    let confirmation = card
        .confirmation
        .as_ref()
        .map(|c| match c.outcome {
            Outcome::Confirmed => d.confirmation.confirmed.clone(),
            Outcome::NotConfirmed => d.confirmation.not_confirmed.clone(),
            Outcome::FixedByApplicant => d.confirmation.fixed_by_applicant.clone(),
        })
        .unwrap_or_default();
    Some(Row {
        card: card.full_name(),
        cc_number: card.cc_number.clone().unwrap_or_default(),
        status,
        answer_date: date,
        outgoing_number: number,
        result_code,
        result_name,
        answer_file,
        scan_file,
        confirmation,
    })
}

/// A row's cells, dates in the dialect's format.
pub fn cells(r: &Row, d: &Dialect) -> [String; 9] {
    [
        r.cc_number.clone(),
        r.status.clone(),
        r.answer_date.format(&d.date_format).to_string(),
        r.outgoing_number.clone(),
        r.result_code.clone(),
        r.result_name.clone(),
        r.answer_file.clone(),
        r.scan_file.clone(),
        r.confirmation.clone(),
    ]
}
