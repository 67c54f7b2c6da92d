//! Errors as a clerk reads them: the library's typed error gives the
//! message (what went wrong, naming the file, record and field), and here
//! each kind of error gets its hints (what to do, often a command to run),
//! as jj's `command_error.rs` does. Every kind of library error is matched,
//! so a new one can't go out without a decision on its hints. The command
//! line's own refusals are [`UserError`]s, made with their hints.
//! Printing and exit codes are `cli::main`'s.

use crate::error::{
    DraftError, Error, InitError, InputError, InputKind, LookupError, ReportError, RequestError,
};
use crate::model::CardRef;
use crate::model::Status;
use crate::ops::steps::Warning;
use crate::store::StoreError;
use crate::workflow::StepError;

/// A refusal of the command line's own (conflicting flags, nothing to do,
/// a check that found problems), with its hints.
#[derive(Debug)]
pub struct UserError {
    /// What went wrong.
    pub message: String,
    /// What to do.
    pub hints: Vec<String>,
}

impl UserError {
    /// A refusal without hints.
    pub fn new(message: impl Into<String>) -> UserError {
        UserError {
            message: message.into(),
            hints: Vec::new(),
        }
    }

    /// The same with a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> UserError {
        self.hints.push(hint.into());
        self
    }
}

impl std::fmt::Display for UserError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

/// The command that moves a card in `status` forward, with the card's name
/// and its coordinator filled in where known.
pub(crate) fn next_step(status: Status, card: &str, coordinator: Option<&str>) -> Option<String> {
    let cmd = match status {
        Status::Registered => "appeals resolve CARD --executor ID",
        Status::Resolved => "appeals dispatch CARD",
        Status::Dispatched => {
            "appeals answer CARD --draft FILE --info FILE --quality FILE --result CODE"
        }
        Status::Answered => "appeals sign CARD --by COORDINATOR",
        Status::Signed => "appeals send CARD",
        Status::Sent => "appeals close CARD --by CONTROLLER",
        Status::Closed
        | Status::Forwarded
        | Status::Returned
        | Status::Declined
        | Status::Duplicate => return None,
    };
    let mut cmd = cmd.replace("CARD", card);
    if let Some(c) = coordinator {
        cmd = cmd.replace("COORDINATOR", c);
    }
    Some(cmd)
}

/// The first line of an error: «помилка: …» / `error: …`.
pub(crate) fn error_line(text: impl std::fmt::Display) -> String {
    crate::t!("err-line", text = text.to_string())
}

/// A hint line: «підказка: …» / `hint: …`.
pub(crate) fn hint_line(text: &str) -> String {
    crate::t!("hint-line", text = text)
}

/// A warning line: «попередження: …» / `warning: …`.
pub(crate) fn warn_line(text: impl std::fmt::Display) -> String {
    crate::t!("warn-line", text = text.to_string())
}

/// A step's warning as printed: the library's words, and what to run
/// where there is something to run.
pub(crate) fn warning(w: &Warning) -> String {
    match w {
        Warning::NotNotified { card } => {
            crate::t!(
                "warn-then-not-notified",
                warning = w.to_string(),
                card = card
            )
        }
        Warning::ExtendedLate { card, .. } => {
            crate::t!(
                "warn-then-extended-late",
                warning = w.to_string(),
                card = card
            )
        }
        Warning::NoHead { .. } => crate::t!("warn-then-no-head", warning = w.to_string()),
        Warning::NoEmail { .. }
        | Warning::TimelyButLate { .. }
        | Warning::NonWorkingControlDate { .. }
        | Warning::ChangedSinceSigned { .. } => w.to_string(),
    }
}

/// A correction's note as printed.
pub(crate) fn classify_note(n: &crate::ops::steps::classify::Note) -> String {
    use crate::ops::steps::classify::Note;
    match n {
        Note::Coordinator { .. } => crate::t!("warn-then-reassign", note = n.to_string()),
        Note::Links { card } => crate::t!("warn-then-links", note = n.to_string(), card = card),
    }
}

/// The lines under the message: each problem of an input, indented; a
/// problem repeated in many records (same file, field and reason) once,
/// with the records' span and count.
pub(crate) fn details(e: &Error) -> Vec<String> {
    match e {
        Error::Input(InputError { problems, .. }) => grouped_problems(problems),
        _ => Vec::new(),
    }
}

/// How many records must share a problem for it to be printed once for all.
const GROUP_FROM: usize = 3;

/// The problems in their order, each in full, except that a problem met
/// [`GROUP_FROM`] times or more is printed once, where it is first met:
/// «записи 3–20000: поле `topics`: … (19 998 записів)».
/// Past the first thousand problems, the rest are counted (see
/// [`crate::error::Problems`]).
pub(crate) fn grouped_problems(problems: &crate::error::Problems) -> Vec<String> {
    use std::collections::HashMap;
    type Key<'a> = (&'a str, &'a str, &'a str);
    fn key(p: &crate::error::Problem) -> Key<'_> {
        (p.file.as_str(), p.field.as_str(), p.reason.as_str())
    }
    // Each key's records kept, its count past them and its last record.
    let mut records: HashMap<Key, (Vec<&str>, usize, Option<&str>)> = HashMap::new();
    for (i, p) in problems.list.iter().enumerate() {
        let group = records.entry(key(p)).or_default();
        group.0.push(p.record.as_str());
        if let Some((n, last)) = problems.again(i) {
            group.1 += n;
            group.2 = Some(last.as_str());
        }
    }
    let mut lines = Vec::new();
    for p in &problems.list {
        let k = key(p);
        let Some((recs, more, last)) = records.get(&k) else {
            continue; // printed already, grouped
        };
        let count = recs.len() + more;
        if count < GROUP_FROM {
            lines.push(format!("  {p}"));
            continue;
        }
        let last = last.unwrap_or(recs[recs.len() - 1]);
        let mut line = format!("  {}: {}", p.file, span(recs[0], last));
        if !p.field.is_empty() {
            line.push_str(": ");
            line.push_str(&crate::t!("detail-field", field = p.field.as_str()));
        }
        line.push_str(": ");
        line.push_str(&p.reason);
        line.push(' ');
        line.push_str(&crate::t!(
            "sh-group-count",
            count = count,
            shown = thousands(count)
        ));
        lines.push(line);
        records.remove(&k);
    }
    if problems.others() > 0 {
        lines.push(format!(
            "  {}",
            crate::t!(
                "sh-more-problems",
                count = problems.others(),
                shown = thousands(problems.others())
            )
        ));
    }
    lines
}

/// The first and last of the records named: «записи 3–20000» when they are
/// numbered records or lines, else «запис 3 … рядок 9».
fn span(first: &str, last: &str) -> String {
    let number = |r: &str| -> Option<(bool, u64)> {
        let digits = r.trim_start_matches(|c: char| !c.is_ascii_digit());
        let n: u64 = digits.parse().ok()?;
        if r == crate::t!("detail-record", number = n) {
            Some((true, n))
        } else if r == crate::t!("detail-line-number", line = n) {
            Some((false, n))
        } else {
            None
        }
    };
    match (number(first), number(last)) {
        (Some((true, a)), Some((true, b))) => crate::t!("sh-records-span", first = a, last = b),
        (Some((false, a)), Some((false, b))) => crate::t!("sh-lines-span", first = a, last = b),
        _ => crate::t!("sh-any-span", first = first, last = last),
    }
}

/// A count with its thousands set apart: `19 998` in Ukrainian, `19,998` in English.
fn thousands(n: usize) -> String {
    let sep = match crate::i18n::lang() {
        crate::i18n::Lang::Uk => '\u{a0}',
        crate::i18n::Lang::En => ',',
    };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// What to do about an error.
pub(crate) fn hints(e: &Error) -> Vec<String> {
    match e {
        Error::Store(e) => store(e),
        Error::Config(_) | Error::Calendar(_) | Error::NumbersUsedUp { .. } => Vec::new(),
        Error::Step(e) => step(e),
        Error::Lookup(e) => lookup(e),
        Error::Request(e) => request(e),
        Error::Input(e) => input(e),
        Error::Report(e) => report(e),
        Error::Draft(e) => draft(e),
        Error::Init(e) => init(e),
        Error::StepCalendar(_) => vec![crate::t!("hint-step-calendar")],
        Error::DeadlineCalendar { .. } => vec![crate::t!("hint-deadline-calendar")],
        Error::BatchStopped { file, source, .. } => {
            let mut out = hints(source);
            out.push(crate::t!("hint-batch-again", file = file.as_str()));
            out
        }
    }
}

fn store(e: &StoreError) -> Vec<String> {
    match e {
        StoreError::NotARegister { .. } => vec![crate::t!("hint-not-a-register")],
        StoreError::File { .. }
        | StoreError::Config(_)
        | StoreError::Classifier(_)
        | StoreError::Calendar(_) => Vec::new(),
    }
}

fn step(e: &StepError) -> Vec<String> {
    use crate::t;
    let hint = match e {
        StepError::BrokenHistory { .. } | StepError::Incomplete { .. } => t!("hint-repair-card"),
        StepError::OutOfOrder {
            card,
            error,
            coordinator,
        } => match next_step(error.status, card, coordinator.as_deref()) {
            Some(cmd) => t!("hint-next-step", command = cmd),
            None => t!("hint-off-control", card = card),
        },
        StepError::BeforeLastStep { at, .. } => t!("hint-history-forward", at = *at),
        StepError::NoExtension { card } => t!("hint-extend-first", card = card),
        StepError::AlreadyNotified { .. } => t!("hint-notified-once"),
        StepError::NotifiedBeforeExtension { .. } => t!("hint-notified-date"),
        StepError::NotLater { card, .. } => t!("hint-related-shows", card = card),
        StepError::NothingToClassify { .. } => t!("hint-codes-differ"),
        StepError::NothingToCorrect { card } => t!("hint-show-card", card = card),
    };
    vec![hint]
}

/// "did you mean a, b?" when there are close ids.
fn did_you_mean(closest: &[String]) -> Option<String> {
    (!closest.is_empty()).then(|| {
        crate::t!(
            "hint-did-you-mean",
            ids = closest.join(", "),
            ids_quoted = quoted(closest, ", ")
        )
    })
}

fn lookup(e: &LookupError) -> Vec<String> {
    use crate::t;
    match e {
        LookupError::Name(_) | LookupError::Topic(_) => Vec::new(),
        LookupError::NoCc { .. } => vec![t!("hint-list-cards")],
        LookupError::NoCard { name, year, number } => {
            let mut hints = vec![t!(
                "hint-list-year",
                year = *year,
                first = chrono::NaiveDate::from_ymd_opt(*year, 1, 1)
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| format!("{year}-01-01"))
            )];
            if !matches!(
                name,
                CardRef::Index { year: Some(_), .. } | CardRef::Number { year: Some(_), .. }
            ) {
                hints.push(t!(
                    "hint-other-year",
                    year = (year - 1).to_string(),
                    number = *number
                ));
            }
            hints
        }
        LookupError::WrongIndex { year, index, .. } => {
            vec![t!("hint-name-it", year = year.to_string(), index = index)]
        }
        LookupError::UnknownExecutor { closest, .. } => did_you_mean(closest)
            .into_iter()
            .chain([t!("hint-roster")])
            .collect(),
        LookupError::UnknownCoordinator { closest, .. } => did_you_mean(closest)
            .into_iter()
            .chain([t!("hint-coordinators-listed")])
            .collect(),
    }
}

fn request(e: &RequestError) -> Vec<String> {
    use crate::t;
    let roster = t!("hint-roster");
    match e {
        RequestError::Document { what, .. } | RequestError::EmptyDocument { what, .. } => {
            vec![t!(
                "hint-document-path",
                what = crate::i18n::message(what, Vec::new())
            )]
        }
        RequestError::NotCoordinator { coordinators, .. } => vec![
            t!(
                "hint-coordinators-are",
                ids = coordinators.join(", "),
                ids_quoted = quoted(coordinators, ", ")
            ),
            roster,
        ],
        RequestError::NoCoordinator { closest, .. } => {
            did_you_mean(closest).into_iter().chain([roster]).collect()
        }
        RequestError::NotHeadOrDeputy {
            heads,
            coordinators,
            ..
        } => {
            let coordinators_quoted = quoted(coordinators, ", ");
            let coordinators = coordinators.join(", ");
            let hint = if heads.is_empty() {
                t!(
                    "hint-heads-none",
                    coordinators = coordinators,
                    coordinators_quoted = coordinators_quoted
                )
            } else {
                t!(
                    "hint-heads-are",
                    heads = heads.join(", "),
                    heads_quoted = quoted(heads, ", "),
                    coordinators = coordinators,
                    coordinators_quoted = coordinators_quoted
                )
            };
            vec![hint, roster]
        }
        RequestError::NoHeadOrDeputy { closest, .. } => did_you_mean(closest)
            .into_iter()
            .chain([t!("hint-heads-listed"), roster])
            .collect(),
        RequestError::NotExecutor { .. } => vec![t!("hint-coordinator-flag"), roster],
        RequestError::NoExecutor => vec![t!("hint-give-executor")],
        RequestError::ExecutorTwice { .. } => vec![t!("hint-executor-once")],
        RequestError::NoCoordinatorCovers { .. } => {
            vec![t!("hint-name-coordinator"), t!("hint-add-topic")]
        }
        RequestError::SeveralCoordinators { fits, .. } => vec![t!(
            "hint-choose-coordinator",
            options = fits
                .iter()
                .map(|(id, _)| format!("--coordinator {id}"))
                .collect::<Vec<_>>()
                .join(" or "),
            options_uk = fits
                .iter()
                .map(|(id, _)| format!("'--coordinator {id}'"))
                .collect::<Vec<_>>()
                .join(" або ")
        )],
        RequestError::Quality(_) | RequestError::QualityScore { .. } => {
            vec![t!("hint-quality-card")]
        }
        RequestError::QualityNotUtf8 { .. } => vec![t!("hint-quality-utf8")],
        RequestError::UnknownResult { codes, .. } => {
            vec![t!("hint-results", codes = codes.join("; "))]
        }
        RequestError::Outbox(_) => vec![t!("hint-outbox")],
        RequestError::ExecutorGone { .. } => vec![t!("hint-executor-gone")],
        RequestError::DocumentType { .. } => vec![t!("hint-document-type")],
        RequestError::SignedConflict { path, .. } => vec![t!("hint-signed-conflict", path = path)],
        RequestError::SignedUnreadable { path, .. } => {
            vec![t!("hint-restore-signed", path = path)]
        }
        RequestError::AnonymousPosted { .. } => vec![t!("hint-drop-posted")],
        RequestError::BeforeSigned { flag, signed, .. } => {
            vec![t!("hint-after-signed", flag = *flag, signed = *signed)]
        }
        RequestError::SentAfterToday { date, .. } => vec![t!("hint-sent-later", date = *date)],
        RequestError::NotifiedAfterToday { .. } => vec![t!("hint-notified-when-sent")],
        RequestError::EmptyReason => vec![t!("hint-extend-reason")],
        RequestError::UntilNotLater {
            previous, latest, ..
        } => vec![t!(
            "hint-until-later",
            previous = *previous,
            latest = *latest
        )],
        RequestError::UntilPastMax { latest, .. }
        | RequestError::UntilPastCeiling { latest, .. } => {
            vec![t!(
                "hint-latest-allowed",
                day = crate::terms::day_label(*latest),
                date = *latest,
                weekday = crate::terms::weekday_uk(*latest)
            )]
        }
        RequestError::ExtendAfterControl { card, .. } => vec![
            t!("hint-extend-late", card = card),
            t!("hint-overdue-listed"),
        ],
        RequestError::LateNotLate { .. } => vec![t!("hint-leave-out-late")],
        RequestError::NotifiedBeforeReceived { .. }
        | RequestError::NotifiedBeforeExtension { .. } => {
            vec![t!("hint-notified-date")]
        }
        RequestError::NoReason => vec![t!("hint-say-why")],
        RequestError::LinkItself { .. } => vec![t!("hint-name-earlier")],
        RequestError::LinkLater { card, to, .. } => {
            vec![t!("hint-link-later", card = card, to = to)]
        }
        RequestError::LinkCircle { card, .. } => vec![t!("hint-link-circle", card = card)],
        RequestError::NotRepeat { card } => vec![t!("hint-related-lists", card = card)],
        RequestError::Code { .. } => Vec::new(),
        RequestError::NothingGiven => vec![t!("hint-classify-example")],
        RequestError::NothingToCorrect => vec![t!("hint-correct-example")],
        RequestError::BadText { .. } => Vec::new(),
        RequestError::Anonymity { .. } => vec![t!("hint-anonymity-settled")],
        RequestError::SameExecutors { .. } => vec![t!("hint-other-executors")],
        RequestError::AlreadyConfirmed { .. } => vec![t!("hint-call-back-once")],
        RequestError::NotAuthorised { allowed, .. } if allowed.is_empty() => {
            vec![t!("hint-nobody-may"), roster]
        }
        RequestError::NotAuthorised { allowed, .. } => vec![
            t!(
                "hint-who-may",
                ids = allowed.join(", "),
                ids_quoted = quoted(allowed, ", ")
            ),
            roster,
        ],
        RequestError::WrongGround { .. } => vec![t!("hint-grounds")],
        RequestError::ReasonRequired { .. } => vec![t!("hint-say-what-lacks")],
        RequestError::ForwardWhere => vec![t!("hint-forward-example")],
        RequestError::NoticeRequired { .. } => vec![t!("hint-give-notice")],
        RequestError::DuplicateOfItself { .. } | RequestError::DuplicateOfWhat => {
            vec![t!("hint-related-any")]
        }
        RequestError::DuplicateOfDuplicate { of, .. } => {
            vec![t!("hint-show-duplicate", of = of)]
        }
        RequestError::NotDecidedOnMerits { card, .. } => {
            vec![t!("hint-link-first", card = card)]
        }
    }
}

/// Ids as a list, each quoted for the Ukrainian text.
fn quoted(ids: &[String], sep: &str) -> String {
    ids.iter()
        .map(|id| format!("'{id}'"))
        .collect::<Vec<_>>()
        .join(sep)
}

fn input(e: &InputError) -> Vec<String> {
    use crate::t;
    match e.kind {
        InputKind::Whole => Vec::new(),
        InputKind::Unreadable => vec![t!("hint-fix-file")],
        InputKind::Records => vec![t!("hint-fix-records")],
        InputKind::RepeatOf => vec![t!("hint-repeat-of")],
        InputKind::Sign => vec![t!("hint-leave-sign")],
        InputKind::Encoding => vec![t!("hint-encoding")],
    }
}

fn report(e: &ReportError) -> Vec<String> {
    use crate::t;
    match e {
        ReportError::BadMonth { .. } => vec![t!(
            "hint-month-forms",
            forms = crate::model::dates::MONTH_FORMS
        )],
        ReportError::BadQuarter { .. } => vec![t!("hint-quarter-forms")],
        ReportError::ToBeforeFrom { flags, .. } => {
            vec![t!("hint-from-to", from_flag = flags.0, to_flag = flags.1)]
        }
        ReportError::NoRegister
        | ReportError::Xlsx(_)
        | ReportError::Parquet { .. }
        | ReportError::SameRegister { .. } => Vec::new(),
        ReportError::NotAnExport { .. } => vec![t!("hint-not-an-export")],
        ReportError::EditionsDiffer { .. } => {
            vec![t!("hint-report-separately"), t!("hint-mixed-editions")]
        }
    }
}

fn draft(e: &DraftError) -> Vec<String> {
    use crate::t;
    match e {
        DraftError::NoResolution { card } => vec![t!("hint-resolve-first", card = card)],
        DraftError::UnknownPlaceholder { .. } => vec![
            t!(
                "hint-placeholders",
                list = crate::ops::draft::PLACEHOLDERS
                    .iter()
                    .map(|p| format!("{{{p}}}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            t!("hint-literal-braces"),
        ],
        DraftError::Template { template, .. } => {
            vec![t!("hint-restore-template", template = *template)]
        }
        DraftError::Out(_) => vec![t!("hint-out-dir")],
    }
}

fn init(e: &InitError) -> Vec<String> {
    vec![match e {
        InitError::UnknownEdition { .. } => crate::t!("hint-choose-edition"),
        InitError::AlreadyRegister { .. } => crate::t!("hint-another-dir"),
        InitError::FileExists { .. } => crate::t!("hint-empty-dir"),
    }]
}
