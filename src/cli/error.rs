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

/// A step's warning as printed: the library's words, and what to run
/// where there is something to run.
pub(crate) fn warning(w: &Warning) -> String {
    match w {
        Warning::NotNotified { card } => {
            format!("{w}; 'appeals check' reports {card} until a notification date is recorded")
        }
        Warning::ExtendedLate { card, .. } => {
            format!("{w}; 'appeals deadlines' marks {card} as extended late")
        }
        Warning::NoHead { .. } => {
            format!("{w}; add the head to people.toml as [[head]] and run 'appeals remind' again")
        }
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
        Note::Coordinator { .. } => {
            format!("{n}; 'appeals reassign' or a new resolution may be due")
        }
        Note::Links { card } => format!(
            "{n}; 'appeals related {card}' shows the applicant's appeals, 'appeals link' and 'appeals unlink' correct the links"
        ),
    }
}

/// The lines under the message: each problem of an input, indented.
pub(crate) fn details(e: &Error) -> Vec<String> {
    match e {
        Error::Input(InputError { problems, .. }) => {
            problems.iter().map(|p| format!("  {p}")).collect()
        }
        _ => Vec::new(),
    }
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
        Error::StepCalendar(_) => vec![
            "calendar.toml covers the years it lists; extend it before recording this step".into(),
        ],
        Error::DeadlineCalendar { .. } => vec![
            "'appeals calendar YEAR' shows the years the register's calendar.toml covers".into(),
        ],
    }
}

fn store(e: &StoreError) -> Vec<String> {
    match e {
        StoreError::NotARegister { .. } => vec![
            "create one with 'appeals init DIR', or name it with -R DIR or $APPEALS_REGISTER"
                .into(),
        ],
        StoreError::File { .. }
        | StoreError::Config(_)
        | StoreError::Classifier(_)
        | StoreError::Calendar(_) => Vec::new(),
    }
}

fn step(e: &StepError) -> Vec<String> {
    let hint = match e {
        StepError::BrokenHistory { .. } | StepError::Incomplete { .. } => {
            "run 'appeals check' and repair the card file by hand".to_string()
        }
        StepError::OutOfOrder {
            card,
            error,
            coordinator,
        } => match next_step(error.status, card, coordinator.as_deref()) {
            Some(cmd) => format!("the next step is '{cmd}'"),
            None => format!(
                "the card is off control; a new appeal on the same question is registered with 'appeals register --repeat-of {card} …'"
            ),
        },
        StepError::BeforeLastStep { at, .. } => {
            format!("a card's history runs forward; give --today {at} or later")
        }
        StepError::NoExtension { card } => format!(
            "extend the term first: 'appeals extend {card} --until DATE --by ID --reason TEXT'"
        ),
        StepError::AlreadyNotified { .. } => "a notification is recorded once".to_string(),
        StepError::NotifiedBeforeExtension { .. } => {
            "give the date the applicant was told of the extension".to_string()
        }
        StepError::NotLater { card, .. } => {
            format!("'appeals related {card}' shows what it lists")
        }
        StepError::NothingToClassify { .. } => {
            "give the codes that differ from the card's".to_string()
        }
    };
    vec![hint]
}

/// "did you mean a, b?" when there are close ids.
fn did_you_mean(closest: &[String]) -> Option<String> {
    (!closest.is_empty()).then(|| format!("did you mean {}?", closest.join(", ")))
}

fn lookup(e: &LookupError) -> Vec<String> {
    match e {
        LookupError::Name(_) | LookupError::Topic(_) => Vec::new(),
        LookupError::NoCc { .. } => vec!["list cards with 'appeals list'".into()],
        LookupError::NoCard { name, year, number } => {
            let mut hints = vec![format!(
                "list the year's cards with 'appeals list --received-from {year}-01-01'"
            )];
            if !matches!(
                name,
                CardRef::Index { year: Some(_), .. } | CardRef::Number { year: Some(_), .. }
            ) {
                hints.push(format!(
                    "a card of another year is named with its year, e.g. {}/К-{number} or {}#{number}",
                    year - 1,
                    year - 1
                ));
            }
            hints
        }
        LookupError::WrongIndex { year, index, .. } => vec![format!("name it {year}/{index}")],
        LookupError::UnknownExecutor { closest, .. } => did_you_mean(closest)
            .into_iter()
            .chain(["'appeals people' lists the roster".to_string()])
            .collect(),
        LookupError::UnknownCoordinator { closest, .. } => did_you_mean(closest)
            .into_iter()
            .chain(["coordinators are listed in people.toml under [[coordinator]]".to_string()])
            .collect(),
    }
}

/// What the quality-evaluation card must hold.
const QUALITY_HINT: &str = "the quality card is TOML with exactly these keys: timely = true|false, complete = true|false, applicant_contacted = true|false, applicant_satisfied = \"yes\"|\"no\"|\"unknown\", score = 1..5, notes = \"…\" (optional)";

fn request(e: &RequestError) -> Vec<String> {
    let roster = "'appeals people' lists the roster".to_string();
    match e {
        RequestError::Document { what, .. } | RequestError::EmptyDocument { what, .. } => {
            vec![format!("give the path of {what}")]
        }
        RequestError::NotCoordinator { coordinators, .. } => vec![
            format!("coordinators are: {}", coordinators.join(", ")),
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
            let heads = if heads.is_empty() {
                "none in people.toml; add the head as [[head]]".to_string()
            } else {
                heads.join(", ")
            };
            vec![
                format!(
                    "the head and the officials he authorised ([[head]]): {heads}; his deputies (coordinators): {}",
                    coordinators.join(", ")
                ),
                roster,
            ]
        }
        RequestError::NoHeadOrDeputy { closest, .. } => did_you_mean(closest)
            .into_iter()
            .chain([
                "the head and the officials he authorised are listed in people.toml under [[head]], his deputies under [[coordinator]]".to_string(),
                roster,
            ])
            .collect(),
        RequestError::NotExecutor { .. } => {
            vec!["coordinators are named with --coordinator".into(), roster]
        }
        RequestError::NoExecutor => {
            vec!["give --executor ID (the first one leads); 'appeals people' lists them".into()]
        }
        RequestError::ExecutorTwice { .. } => {
            vec!["name each executor once; the first one leads".into()]
        }
        RequestError::NoCoordinatorCovers { .. } => vec![
            "name the coordinator with --coordinator ID; 'appeals people' lists them".into(),
            "or add the topic to a coordinator's topics in people.toml".into(),
        ],
        RequestError::SeveralCoordinators { fits, .. } => vec![format!(
            "choose one with {}",
            fits.iter()
                .map(|(id, _)| format!("--coordinator {id}"))
                .collect::<Vec<_>>()
                .join(" or ")
        )],
        RequestError::Quality(_) | RequestError::QualityScore { .. } => {
            vec![QUALITY_HINT.into()]
        }
        RequestError::QualityNotUtf8 { .. } => vec!["save the quality card as UTF-8".into()],
        RequestError::UnknownResult { codes, .. } => {
            vec![format!("results of consideration: {}", codes.join("; "))]
        }
        RequestError::Outbox(_) => {
            vec!["--outbox names a directory for the letters; it is created when missing".into()]
        }
        RequestError::ExecutorGone { .. } => {
            vec!["restore the executor in people.toml, or correct the resolution by hand".into()]
        }
        RequestError::SignedUnreadable { path, .. } => vec![format!(
            "restore {path} in the register (e.g. from git), then sign again"
        )],
        RequestError::AnonymousPosted { .. } => {
            vec!["drop --posted; the answer goes to the contact centre only".into()]
        }
        RequestError::BeforeSigned { flag, signed, .. } => vec![format!(
            "an answer goes out once signed: give {flag} {signed} or later"
        )],
        RequestError::SentAfterToday { date, .. } => vec![format!(
            "record the sending when it has happened, on {date} or later"
        )],
        RequestError::NotifiedAfterToday { .. } => {
            vec!["record the notification once it is sent".into()]
        }
        RequestError::EmptyReason => vec![
            "say why the appeal needs longer, e.g. --reason 'потрібна додаткова перевірка'".into(),
        ],
        RequestError::UntilNotLater {
            previous, latest, ..
        } => vec![format!(
            "an extension sets a later control date: after {previous}, at most {latest}"
        )],
        RequestError::UntilPastMax { latest, .. } | RequestError::UntilPastCeiling { latest, .. } => {
            vec![format!(
                "the latest allowed date is {}",
                crate::terms::day_label(*latest)
            )]
        }
        RequestError::ExtendAfterControl { card, .. } => vec![
            format!("if the head did decide it after the control date, record it as such: 'appeals extend {card} … --late' (the card stays counted as overdue)"),
            "otherwise the reply is overdue: 'appeals deadlines' lists such cards".to_string(),
        ],
        RequestError::LateNotLate { .. } => {
            vec!["leave out --late: an extension before the control date is in time".into()]
        }
        RequestError::NotifiedBeforeReceived { .. } => {
            vec!["give the date the applicant was told of the extension".into()]
        }
        RequestError::NoReason => {
            vec!["say why in a few words: it is kept in the card's history".into()]
        }
        RequestError::LinkItself { .. } => {
            vec!["name the earlier appeal with --to; 'appeals related CARD' lists them".into()]
        }
        RequestError::LinkLater { card, to, .. } => vec![format!(
            "link the later card to the earlier one: 'appeals link {to} --to {card} --reason …'"
        )],
        RequestError::LinkCircle { card, .. } => vec![format!(
            "to reverse the link, first 'appeals unlink' the one that is wrong; 'appeals related {card}' shows the chain"
        )],
        RequestError::NotRepeat { card } => vec![format!(
            "'appeals related {card}' lists the applicant's appeals"
        )],
        RequestError::Code { .. } => Vec::new(),
        RequestError::NothingGiven => vec![
            "e.g. 'appeals classify К-125 --topic 010 --by ID --reason …'".into(),
        ],
        RequestError::SameExecutors { .. } => vec![
            "name the executors it should go to instead".into(),
        ],
        RequestError::AlreadyConfirmed { .. } => vec![
            "a call-back is recorded once; if it was recorded wrong, restore the card from git".into(),
        ],
        RequestError::NotAuthorised { allowed, .. } if allowed.is_empty() => vec![
            "people.toml names nobody who may; add them ([[head]] entries, or controller = true on an administrator)".into(),
            roster,
        ],
        RequestError::NotAuthorised { allowed, .. } => {
            vec![format!("who may: {}", allowed.join(", ")), roster]
        }
        RequestError::WrongGround { .. } => vec![
            "forward: art7; return: art5; decline: art8-repeat, art8-anonymous or art17-late; close-duplicate: duplicate".into(),
        ],
        RequestError::ReasonRequired { .. } => {
            vec!["say what the appeal lacks; it goes into the card and the notice".into()]
        }
        RequestError::ForwardWhere => {
            vec!["e.g. --to 'Головне управління Держпраці у Дніпропетровській області'".into()]
        }
        RequestError::NoticeRequired { .. } => vec![
            "give the letter that tells the applicant (its scan or text file); it is kept with the card's documents".into(),
        ],
        RequestError::DuplicateOfItself { .. } | RequestError::DuplicateOfWhat => {
            vec!["'appeals related CARD' lists the applicant's appeals".into()]
        }
        RequestError::DuplicateOfDuplicate { of, .. } => vec![format!(
            "'appeals show {of}' names the card it duplicates"
        )],
        RequestError::NotDecidedOnMerits { card, .. } => vec![format!(
            "link it to the appeal it repeats first ('appeals link {card} --to EARLIER --reason …'); art. 8 applies once the first was decided on the merits"
        )],
    }
}

fn input(e: &InputError) -> Vec<String> {
    match e.kind {
        InputKind::Whole => Vec::new(),
        InputKind::Unreadable => vec!["nothing was registered; fix the file and run again".into()],
        InputKind::Records => vec![
            "fix the records and run again; or register the valid ones with --skip-invalid".into(),
        ],
        InputKind::RepeatOf => {
            vec!["name the earlier card as 2015/К-125, 2015#125 or cc:NUMBER".into()]
        }
        InputKind::Sign => vec!["leave `sign` out; it follows from the link".into()],
    }
}

fn report(e: &ReportError) -> Vec<String> {
    match e {
        ReportError::BadMonth { .. } => vec![format!(
            "write it as {}, e.g. --month 2015-06 or --month 06.2015",
            crate::model::dates::MONTH_FORMS
        )],
        ReportError::BadQuarter { .. } => {
            vec!["write it as YYYY-Q, e.g. --quarter 2015-2 (or 2015-Q2)".into()]
        }
        ReportError::ToBeforeFrom { .. } => {
            vec!["give the first day with --from and the last with --to".into()]
        }
        ReportError::NoRegister | ReportError::Xlsx(_) => Vec::new(),
        ReportError::EditionsDiffer { .. } => vec![
            "report on each register separately".into(),
            "or add --mixed-editions to add the codes up as they are (names from the first register's edition)".into(),
        ],
    }
}

fn draft(e: &DraftError) -> Vec<String> {
    match e {
        DraftError::NoResolution { card } => vec![format!(
            "resolve it first with 'appeals resolve {card} --executor ID'"
        )],
        DraftError::UnknownPlaceholder { .. } => vec![
            format!(
                "the placeholders are: {}",
                crate::ops::draft::PLACEHOLDERS
                    .iter()
                    .map(|p| format!("{{{p}}}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            ),
            "write {{ and }} for literal braces".into(),
        ],
        DraftError::Template { template, .. } => vec![format!(
            "every register has {template}; restore it from git, or copy it from a new register made with 'appeals init'"
        )],
        DraftError::Out(_) => {
            vec!["--out names a directory for the drafts; it is created when missing".into()]
        }
    }
}

fn init(e: &InitError) -> Vec<String> {
    vec![match e {
        InitError::UnknownEdition { .. } => "choose --edition 2015 or --edition 2016",
        InitError::AlreadyRegister { .. } => {
            "choose another directory; init never overwrites a register"
        }
        InitError::FileExists { .. } => {
            "init writes into an empty directory; move the file away or choose another directory"
        }
    }
    .to_string()]
}
