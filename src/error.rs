//! The library's errors, typed by concern. Each says what went wrong,
//! naming the file, record and field at fault; what to do about it (the
//! hints, which often name a command to run) is the command line's to say
//! (`cli/error.rs`), so nothing below the CLI writes a command line.
//! The storage edge, the settings files, the Classifier, the calendar and
//! the procedure keep their own error types; [`Error`] gathers them.

use crate::calendar::CalendarError;
use crate::classifier::ClassifierError;
use crate::config::ConfigError;
use crate::model::CardRef;
use crate::store::StoreError;
use crate::workflow::StepError;
use chrono::NaiveDate;
use std::path::PathBuf;

/// A problem with one record of an input (intake file, flag, card).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The file (or `flags`, or `-` for standard input).
    pub file: String,
    /// Record number (1-based), CSV line, or `line L, column C`; empty when the whole file is at fault.
    pub record: String,
    /// The field at fault, empty when none.
    pub field: String,
    /// What is wrong.
    pub reason: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if !self.record.is_empty() {
            write!(f, ": {}", self.record)?;
        }
        if !self.field.is_empty() {
            write!(f, ": field `{}`", self.field)?;
        }
        write!(f, ": {}", self.reason)
    }
}

/// Everything the library can refuse or fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read, written or understood, or a register isn't one.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A settings file is not valid.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A step the card refuses.
    #[error(transparent)]
    Step(#[from] StepError),
    /// A card, person or code named that isn't there.
    #[error(transparent)]
    Lookup(#[from] LookupError),
    /// A step asked for with what it can't take (boxed: the largest kind,
    /// and the rarest).
    #[error(transparent)]
    Request(Box<RequestError>),
    /// Input records with problems; nothing was written.
    #[error(transparent)]
    Input(#[from] InputError),
    /// A report or export that can't be drawn up as asked.
    #[error(transparent)]
    Report(#[from] ReportError),
    /// Answer templates that can't be rendered for a card.
    #[error(transparent)]
    Draft(#[from] DraftError),
    /// A register that can't be created.
    #[error(transparent)]
    Init(#[from] InitError),
    /// A date outside the register's calendar.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
    /// A date outside the calendar, met while recording a step.
    #[error(transparent)]
    StepCalendar(CalendarError),
    /// A date outside the calendar, met while drawing up the deadline table
    /// (for a card, when one is named).
    #[error("{}{source}", .card.as_ref().map(|c| format!("card {c}: ")).unwrap_or_default())]
    DeadlineCalendar {
        /// The card whose dates it was.
        card: Option<String>,
        /// The calendar's word.
        source: CalendarError,
    },
    /// A year's running numbers are used up.
    #[error("the running numbers of {year} are used up ({max})")]
    NumbersUsedUp {
        /// The year.
        year: i32,
        /// The largest number a year holds.
        max: u32,
    },
}

impl From<RequestError> for Error {
    fn from(e: RequestError) -> Error {
        Error::Request(Box::new(e))
    }
}

/// A card, person or code named that the register doesn't have.
#[derive(Debug, thiserror::Error)]
pub enum LookupError {
    /// A card name that can't be read.
    #[error(transparent)]
    Name(#[from] crate::model::index::BadCardName),
    /// No card has the contact-centre number.
    #[error("no card has contact-centre number {cc}")]
    NoCc {
        /// The number.
        cc: String,
    },
    /// No card by the name in the year.
    #[error("no card {name} in {year}")]
    NoCard {
        /// The name given.
        name: CardRef,
        /// The year looked in.
        year: i32,
        /// The running number looked for.
        number: u32,
    },
    /// The number names a card whose index is another.
    #[error("card {year}#{number} is {index}, not {name}")]
    WrongIndex {
        /// The name given.
        name: CardRef,
        /// The card's year.
        year: i32,
        /// Its number.
        number: u32,
        /// Its index.
        index: String,
    },
    /// No executor by the id.
    #[error("no executor {id:?} in people.toml")]
    UnknownExecutor {
        /// The id given.
        id: String,
        /// The closest ids.
        closest: Vec<String>,
    },
    /// No coordinator by the id.
    #[error("no coordinator {id:?} in people.toml")]
    UnknownCoordinator {
        /// The id given.
        id: String,
        /// The closest ids.
        closest: Vec<String>,
    },
    /// A topic code the Classifier doesn't have.
    #[error("--topic: {0}")]
    Topic(ClassifierError),
}

/// A flag of a step the roster, the Classifier, the files or the card
/// can't take.
#[derive(Debug, thiserror::Error)]
pub enum RequestError {
    /// A document given by a flag can't be read.
    #[error("{flag}: {source}")]
    Document {
        /// The flag.
        flag: &'static str,
        /// What the document is.
        what: &'static str,
        /// Why.
        source: StoreError,
    },
    /// A document given by a flag is empty.
    #[error("{flag}: {} is empty", .path.display())]
    EmptyDocument {
        /// The flag.
        flag: &'static str,
        /// What the document is.
        what: &'static str,
        /// The file.
        path: PathBuf,
    },
    /// Someone other than a coordinator named where a coordinator acts.
    #[error("{flag} {id}: {id} is {role}, not a coordinator; {why}")]
    NotCoordinator {
        /// The flag.
        flag: &'static str,
        /// The id given.
        id: String,
        /// What the id is.
        role: &'static str,
        /// Why a coordinator is needed.
        why: &'static str,
        /// The coordinators.
        coordinators: Vec<String>,
    },
    /// Someone other than the head, an official he authorised or a
    /// coordinator (his deputies) named where the head decides (law art. 20).
    #[error("{flag} {id}: {id} is {role}, neither the head nor his deputy; {why}")]
    NotHeadOrDeputy {
        /// The flag.
        flag: &'static str,
        /// The id given.
        id: String,
        /// What the id is.
        role: &'static str,
        /// Why the head is needed.
        why: &'static str,
        /// The head and the officials he authorised (`[[head]]`).
        heads: Vec<String>,
        /// The coordinators.
        coordinators: Vec<String>,
    },
    /// No head, authorised official or coordinator by the id.
    #[error("{flag} {id}: no head or coordinator {id:?} in people.toml")]
    NoHeadOrDeputy {
        /// The flag.
        flag: &'static str,
        /// The id given.
        id: String,
        /// The closest ids among the heads and coordinators.
        closest: Vec<String>,
    },
    /// No coordinator by the id.
    #[error("{flag} {id}: no coordinator {id:?} in people.toml")]
    NoCoordinator {
        /// The flag.
        flag: &'static str,
        /// The id given.
        id: String,
        /// The closest coordinators' ids.
        closest: Vec<String>,
    },
    /// Someone other than an executor named as an executor.
    #[error("--executor {id}: {id} is {role}, not an executor")]
    NotExecutor {
        /// The id given.
        id: String,
        /// What the id is.
        role: &'static str,
    },
    /// A resolution without an executor.
    #[error("a resolution names at least one executor")]
    NoExecutor,
    /// An executor named twice.
    #[error("--executor {id} is given twice")]
    ExecutorTwice {
        /// The id.
        id: String,
    },
    /// No coordinator's duties cover the card's topics.
    #[error("no coordinator in people.toml covers the topic of card {card}: {}", .topics.join(", "))]
    NoCoordinatorCovers {
        /// The card.
        card: String,
        /// Its topics, with their names.
        topics: Vec<String>,
    },
    /// Several coordinators' duties cover the card's topics.
    #[error("several coordinators cover the topics of card {card}: {}", .fits.iter().map(|(id, t)| format!("{id} ({})", t.join(", "))).collect::<Vec<_>>().join(", "))]
    SeveralCoordinators {
        /// The card.
        card: String,
        /// Each coordinator with the topics of the card it covers.
        fits: Vec<(String, Vec<String>)>,
    },
    /// A quality-evaluation card that doesn't parse.
    #[error(transparent)]
    Quality(ConfigError),
    /// A quality-evaluation card's score out of range.
    #[error("{file}: score = {score} is outside 1–5")]
    QualityScore {
        /// The file.
        file: String,
        /// The score.
        score: u8,
    },
    /// A quality-evaluation card that isn't UTF-8.
    #[error("--quality: {file}: not UTF-8 text (invalid byte at offset {offset})")]
    QualityNotUtf8 {
        /// The file.
        file: String,
        /// Where the first bad byte is.
        offset: usize,
    },
    /// A result of consideration the Classifier doesn't have.
    #[error("--result: {source}")]
    UnknownResult {
        /// The Classifier's word.
        source: ClassifierError,
        /// The results of consideration, with their names.
        codes: Vec<String>,
    },
    /// An outbox that can't take the letters.
    #[error("--outbox: {0}")]
    Outbox(StoreError),
    /// An executor of the resolution who left the roster.
    #[error("executor {id} of the resolution of {card} is no longer in people.toml")]
    ExecutorGone {
        /// The executor.
        id: String,
        /// The card.
        card: String,
    },
    /// A document to sign can't be read.
    #[error("card {card}: the {role} document can't be read: {source}")]
    SignedUnreadable {
        /// The card.
        card: String,
        /// The document's role.
        role: String,
        /// Its path in the register.
        path: String,
        /// Why.
        source: StoreError,
    },
    /// A mailing date for an appeal that has no address.
    #[error("card {card} is anonymous: there is no address to mail the answer to")]
    AnonymousPosted {
        /// The card.
        card: String,
    },
    /// A sending dated before the signature.
    #[error("{flag} {date} is before the answer was signed ({signed})")]
    BeforeSigned {
        /// The flag.
        flag: &'static str,
        /// The date given.
        date: NaiveDate,
        /// When it was signed.
        signed: NaiveDate,
    },
    /// A sending dated after today.
    #[error("{flag} {date} is after today ({today})")]
    SentAfterToday {
        /// The flag.
        flag: &'static str,
        /// The date given.
        date: NaiveDate,
        /// Today.
        today: NaiveDate,
    },
    /// A notification dated after today.
    #[error("{flag} {date} is after today ({today})")]
    NotifiedAfterToday {
        /// The flag.
        flag: &'static str,
        /// The date given.
        date: NaiveDate,
        /// Today.
        today: NaiveDate,
    },
    /// An extension without a reason.
    #[error("--reason is empty")]
    EmptyReason,
    /// An extension that doesn't move the control date later.
    #[error("--until {until}: card {card}'s control date is already {previous}")]
    UntilNotLater {
        /// The date given.
        until: NaiveDate,
        /// The card.
        card: String,
        /// Its control date.
        previous: NaiveDate,
        /// The latest the law allows.
        latest: NaiveDate,
    },
    /// An extension after the control date passed, not said to be late
    /// (law art. 20: the head extends a term before it runs out).
    #[error("card {card}'s control date {control} passed before today ({today}); a term is extended before its control date (law art. 20)")]
    ExtendAfterControl {
        /// The card.
        card: String,
        /// Its control date.
        control: NaiveDate,
        /// Today.
        today: NaiveDate,
    },
    /// `--late` on an extension made before the control date.
    #[error("--late: card {card}'s control date {control} has not passed (today is {today})")]
    LateNotLate {
        /// The card.
        card: String,
        /// Its control date.
        control: NaiveDate,
        /// Today.
        today: NaiveDate,
    },
    /// An extension to the law's last day when that day is not a working
    /// day and the register's rule ends the term before it (art. 20 and
    /// `terms.non_working`).
    #[error("--until {until}: day {max} from receipt ({received}) of card {card} is not a working day ({why}); by register.toml terms.non_working = \"{policy}\" its term ends by {latest} at most (law art. 20)")]
    UntilPastCeiling {
        /// The date given.
        until: NaiveDate,
        /// The card.
        card: String,
        /// Date received.
        received: NaiveDate,
        /// The most days allowed.
        max: u32,
        /// What the last day is (a weekend day, a holiday).
        why: String,
        /// The register's policy, as `register.toml` writes it.
        policy: &'static str,
        /// The latest date allowed.
        latest: NaiveDate,
    },
    /// An extension past the law's ceiling (art. 20).
    #[error("--until {until}: card {card} would run {days} days from receipt ({received}); law art. 20 allows at most {max}")]
    UntilPastMax {
        /// The date given.
        until: NaiveDate,
        /// The card.
        card: String,
        /// Days from receipt it would run.
        days: i64,
        /// Date received.
        received: NaiveDate,
        /// The most days allowed.
        max: u32,
        /// The latest date allowed.
        latest: NaiveDate,
    },
    /// A correction without a reason.
    #[error("--reason is empty")]
    NoReason,
    /// A card linked to itself.
    #[error("card {card} can't repeat itself")]
    LinkItself {
        /// The card.
        card: String,
    },
    /// A card linked to one received after it.
    #[error("{to} was received on {to_received}, after {card} ({received}): an appeal repeats an earlier one")]
    LinkLater {
        /// The card.
        card: String,
        /// Its date of receipt.
        received: NaiveDate,
        /// The card named with --to.
        to: String,
        /// Its date of receipt.
        to_received: NaiveDate,
    },
    /// A link that would go in a circle.
    #[error("{to} already repeats {card}: a link back would go in a circle")]
    LinkCircle {
        /// The card.
        card: String,
        /// The card named with --to.
        to: String,
    },
    /// An unlink of a card that repeats none.
    #[error("card {card} repeats no earlier card")]
    NotRepeat {
        /// The card.
        card: String,
    },
    /// A code the Classifier doesn't have, given to a correction.
    #[error("{flag}: {source}")]
    Code {
        /// The flag.
        flag: &'static str,
        /// The Classifier's word.
        source: ClassifierError,
    },
    /// A classification correction naming nothing to correct.
    #[error("nothing to correct: give --topic, --kind or --category")]
    NothingGiven,
    /// Executors given that are the card's already.
    #[error("card {card} is assigned to {} already", .executors.join(", "))]
    SameExecutors {
        /// The card.
        card: String,
        /// Its executors.
        executors: Vec<String>,
    },
    /// Someone who may not decide a step named as deciding it.
    #[error("--by {id}: {}; {needs}", match role { Some(r) => format!("{id} is {r}"), None => format!("no {id:?} in people.toml") })]
    NotAuthorised {
        /// The id given.
        id: String,
        /// What the id is, if anyone.
        role: Option<&'static str>,
        /// Who may decide it.
        needs: &'static str,
        /// The ids who may.
        allowed: Vec<String>,
    },
    /// A legal ground the step doesn't take.
    #[error("--ground {ground} doesn't go with this step; it takes {}", allowed.join(" or "))]
    WrongGround {
        /// The ground given.
        ground: &'static str,
        /// The grounds it takes.
        allowed: Vec<&'static str>,
    },
    /// A step that needs its reason in words.
    #[error("'{step}' needs --reason: the applicant is told what is missing (law art. 5)")]
    ReasonRequired {
        /// The step.
        step: &'static str,
    },
    /// A forwarding without the body it goes to.
    #[error("--to is empty: name the body the appeal is forwarded to (law art. 7)")]
    ForwardWhere,
    /// An exit the applicant must be told of, without the notice.
    #[error("'{step}' needs --notice FILE: the applicant is told, and the notice is kept in the answer package's place")]
    NoticeRequired {
        /// The step.
        step: &'static str,
    },
    /// A card named as its own duplicate.
    #[error("card {card} can't be a duplicate of itself")]
    DuplicateOfItself {
        /// The card.
        card: String,
    },
    /// A card named as the duplicate of a card closed as a duplicate.
    #[error("{of} is itself closed as a duplicate; name the card {card} and {of} both repeat")]
    DuplicateOfDuplicate {
        /// The card.
        card: String,
        /// The card named.
        of: String,
    },
    /// A duplicate without the card it duplicates.
    #[error("--of is missing: name the card this one duplicates")]
    DuplicateOfWhat,
    /// A repeat declined under art. 8 whose first appeal was not decided.
    #[error("card {card} can't be declined as a repeat: {}", match earlier { Some(e) => format!("the appeal it repeats, {e}, has no reply yet"), None => "it repeats no earlier appeal".to_string() })]
    NotDecidedOnMerits {
        /// The card.
        card: String,
        /// The earlier card it repeats, if any.
        earlier: Option<String>,
    },
    /// A second, different call-back.
    #[error("the applicant's word on {card} is recorded already: {outcome} on {date}")]
    AlreadyConfirmed {
        /// The card.
        card: String,
        /// What was recorded.
        outcome: &'static str,
        /// When.
        date: NaiveDate,
    },
    /// A notification dated before the appeal was received.
    #[error("--notified {date} is before the appeal was received ({received})")]
    NotifiedBeforeReceived {
        /// The date given.
        date: NaiveDate,
        /// Date received.
        received: NaiveDate,
    },
}

/// Input with one or more invalid records; nothing was written.
#[derive(Debug, thiserror::Error)]
#[error("{} invalid record{} in {}; nothing was written", .problems.len(), if .problems.len() == 1 { "" } else { "s" }, .source_name)]
pub struct InputError {
    /// The input's name.
    pub source_name: String,
    /// Every problem found.
    pub problems: Vec<Problem>,
    /// Where in reading or registering they were found.
    pub kind: InputKind,
}

/// Where in reading or registering an input its problems were found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// The whole file can't be read (too large, not UTF-8).
    Whole,
    /// The file doesn't parse as its format.
    Unreadable,
    /// Records that don't validate.
    Records,
    /// A record's `repeat_of` names no card.
    RepeatOf,
    /// A record's `sign` contradicts its link.
    Sign,
}

/// A report or export that can't be drawn up as asked.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// `--month` that isn't a month.
    #[error("--month {text:?} is not a month")]
    BadMonth {
        /// As given.
        text: String,
    },
    /// `--quarter` that isn't a quarter.
    #[error("--quarter {text:?} is not a quarter")]
    BadQuarter {
        /// As given.
        text: String,
    },
    /// A period that ends before it starts.
    #[error("--to {to} is before --from {from}")]
    ToBeforeFrom {
        /// First day.
        from: NaiveDate,
        /// Last day.
        to: NaiveDate,
    },
    /// No register named.
    #[error("no register to report on")]
    NoRegister,
    /// Registers of different Classifier editions.
    #[error("the registers classify by different Classifier editions: {}; their codes can't be added up silently", .registers.join(", "))]
    EditionsDiffer {
        /// Each register with its edition.
        registers: Vec<String>,
    },
    /// The workbook could not be built.
    #[error("could not build the XLSX workbook: {0}")]
    Xlsx(String),
}

/// Answer templates that can't be rendered for a card.
#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    /// The card has no resolution, so no executor or coordinator.
    #[error("card {card} has no resolution yet: there is no executor or coordinator to draft for")]
    NoResolution {
        /// The card.
        card: String,
    },
    /// A template names a placeholder there is no value for.
    #[error("{file}, line {line}: unknown placeholder {{{key}}}")]
    UnknownPlaceholder {
        /// The template.
        file: String,
        /// Its line, 1-based.
        line: usize,
        /// The placeholder.
        key: String,
    },
    /// A template is missing or unreadable.
    #[error("{source}")]
    Template {
        /// The template, relative to the register.
        template: &'static str,
        /// Why.
        source: StoreError,
    },
    /// A directory that can't take the drafts.
    #[error("--out: {0}")]
    Out(StoreError),
}

/// A register that can't be created.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// No such Classifier edition.
    #[error("unknown Classifier edition {edition:?}")]
    UnknownEdition {
        /// As given.
        edition: String,
    },
    /// The directory is a register already.
    #[error("{} is already a register", .dir.display())]
    AlreadyRegister {
        /// The directory.
        dir: PathBuf,
    },
    /// A file of a register is in the way.
    #[error("{path} already exists")]
    FileExists {
        /// The file.
        path: String,
    },
}

/// The library's result.
pub type Result<T, E = Error> = std::result::Result<T, E>;
