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

/// How many problems of an input are kept in full; past them a problem
/// met before (same file, field and reason) is counted with its last
/// record, and any other only counted, so that a file of any size is
/// refused in little memory.
pub const MAX_PROBLEMS: usize = 1000;

/// An input's problems as found, in order: the first [`MAX_PROBLEMS`] in
/// full, then counts (see there).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    /// The problems kept, in the order found.
    pub list: Vec<Problem>,
    /// What is known of the others (boxed: errors stay small).
    past: Box<Past>,
}

/// The problems past the first [`MAX_PROBLEMS`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Past {
    /// For a kept problem (by its place in `list`) met again: how many
    /// times, and the last record.
    again: std::collections::BTreeMap<usize, (usize, String)>,
    /// Problems like none kept.
    others: usize,
    /// The first kept problem of each file, field and reason.
    first: std::collections::HashMap<(String, String, String), usize>,
}

impl Problems {
    /// Notes a problem.
    pub fn push(&mut self, p: Problem) {
        let key = (p.file.clone(), p.field.clone(), p.reason.clone());
        let past = &mut self.past;
        if self.list.len() < MAX_PROBLEMS {
            past.first.entry(key).or_insert(self.list.len());
            self.list.push(p);
        } else if let Some(&i) = past.first.get(&key) {
            let again = past.again.entry(i).or_insert((0, String::new()));
            again.0 += 1;
            again.1 = p.record;
        } else {
            past.others += 1;
        }
    }

    /// For the kept problem at `i` in `list`, how many times it was met
    /// again past the first [`MAX_PROBLEMS`], and the last record.
    pub fn again(&self, i: usize) -> Option<&(usize, String)> {
        self.past.again.get(&i)
    }

    /// How many problems past the first [`MAX_PROBLEMS`] were like none kept.
    pub fn others(&self) -> usize {
        self.past.others
    }

    /// Notes every problem of a record.
    pub fn extend(&mut self, problems: impl IntoIterator<Item = Problem>) {
        for p in problems {
            self.push(p);
        }
    }

    /// How many problems were found, kept or counted.
    pub fn count(&self) -> usize {
        let again: usize = self.past.again.values().map(|(n, _)| n).sum();
        self.list.len() + again + self.past.others
    }

    /// No problem found.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Forgets every problem.
    pub fn clear(&mut self) {
        *self = Problems::default();
    }
}

impl From<Vec<Problem>> for Problems {
    fn from(list: Vec<Problem>) -> Problems {
        let mut problems = Problems::default();
        problems.extend(list);
        problems
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
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
    #[error("{}", self.message())]
    DeadlineCalendar {
        /// The card whose dates it was.
        card: Option<String>,
        /// The calendar's word.
        source: CalendarError,
    },
    /// A year's running numbers are used up.
    #[error("{}", self.message())]
    NumbersUsedUp {
        /// The year.
        year: i32,
        /// The largest number a year holds.
        max: u32,
    },
    /// A batch stopped part-way (a full disk, say) after registering some
    /// of its appeals: those stay registered.
    #[error("{}", self.message())]
    BatchStopped {
        /// How many were registered before it stopped.
        registered: usize,
        /// The input.
        file: String,
        /// Why it stopped.
        source: Box<Error>,
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
    #[error("{}", self.message())]
    NoCc {
        /// The number.
        cc: String,
    },
    /// No card by the name in the year.
    #[error("{}", self.message())]
    NoCard {
        /// The name given.
        name: CardRef,
        /// The year looked in.
        year: i32,
        /// The running number looked for.
        number: u32,
    },
    /// The number names a card whose index is another.
    #[error("{}", self.message())]
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
    #[error("{}", self.message())]
    UnknownExecutor {
        /// The id given.
        id: String,
        /// The closest ids.
        closest: Vec<String>,
    },
    /// No coordinator by the id.
    #[error("{}", self.message())]
    UnknownCoordinator {
        /// The id given.
        id: String,
        /// The closest ids.
        closest: Vec<String>,
    },
    /// A topic code the Classifier doesn't have.
    #[error("{}", self.message())]
    Topic(ClassifierError),
}

/// A flag of a step the roster, the Classifier, the files or the card
/// can't take.
#[derive(Debug, thiserror::Error)]
pub enum RequestError {
    /// A document given by a flag can't be read.
    #[error("{}", self.message())]
    Document {
        /// The flag.
        flag: &'static str,
        /// What the document is.
        what: &'static str,
        /// Why.
        source: StoreError,
    },
    /// A document given by a flag is empty.
    #[error("{}", self.message())]
    EmptyDocument {
        /// The flag.
        flag: &'static str,
        /// What the document is.
        what: &'static str,
        /// The file.
        path: PathBuf,
    },
    /// Someone other than a coordinator named where a coordinator acts.
    #[error("{}", self.message())]
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
    #[error("{}", self.message())]
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
    #[error("{}", self.message())]
    NoHeadOrDeputy {
        /// The flag.
        flag: &'static str,
        /// The id given.
        id: String,
        /// The closest ids among the heads and coordinators.
        closest: Vec<String>,
    },
    /// No coordinator by the id.
    #[error("{}", self.message())]
    NoCoordinator {
        /// The flag.
        flag: &'static str,
        /// The id given.
        id: String,
        /// The closest coordinators' ids.
        closest: Vec<String>,
    },
    /// Someone other than an executor named as an executor.
    #[error("{}", self.message())]
    NotExecutor {
        /// The id given.
        id: String,
        /// What the id is.
        role: &'static str,
    },
    /// A resolution without an executor.
    #[error("{}", self.message())]
    NoExecutor,
    /// An executor named twice.
    #[error("{}", self.message())]
    ExecutorTwice {
        /// The id.
        id: String,
    },
    /// No coordinator's duties cover the card's topics.
    #[error("{}", self.message())]
    NoCoordinatorCovers {
        /// The card.
        card: String,
        /// Its topics, with their names.
        topics: Vec<String>,
    },
    /// Several coordinators' duties cover the card's topics.
    #[error("{}", self.message())]
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
    #[error("{}", self.message())]
    QualityScore {
        /// The file.
        file: String,
        /// The score.
        score: u8,
    },
    /// A quality-evaluation card that isn't UTF-8.
    #[error("{}", self.message())]
    QualityNotUtf8 {
        /// The file.
        file: String,
        /// Where the first bad byte is.
        offset: usize,
    },
    /// A result of consideration the Classifier doesn't have.
    #[error("{}", self.message())]
    UnknownResult {
        /// The Classifier's word.
        source: ClassifierError,
        /// The results of consideration, with their names.
        codes: Vec<String>,
    },
    /// An outbox that can't take the letters.
    #[error("{}", self.message())]
    Outbox(StoreError),
    /// An executor of the resolution who left the roster.
    #[error("{}", self.message())]
    ExecutorGone {
        /// The executor.
        id: String,
        /// The card.
        card: String,
    },
    /// A document of a kind the register doesn't keep.
    #[error("{}", self.message())]
    DocumentType {
        /// The flag that gave it.
        flag: &'static str,
        /// The file.
        path: PathBuf,
        /// The extensions kept.
        allowed: String,
    },
    /// A document to sign that holds git's conflict markers.
    #[error("{}", self.message())]
    SignedConflict {
        /// The card.
        card: String,
        /// The document's role.
        role: String,
        /// Its path in the register.
        path: String,
        /// The line of the first marker.
        line: usize,
    },
    /// A document to sign can't be read.
    #[error("{}", self.message())]
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
    #[error("{}", self.message())]
    AnonymousPosted {
        /// The card.
        card: String,
    },
    /// A sending dated before the signature.
    #[error("{}", self.message())]
    BeforeSigned {
        /// The flag.
        flag: &'static str,
        /// The date given.
        date: NaiveDate,
        /// When it was signed.
        signed: NaiveDate,
    },
    /// A sending dated after today.
    #[error("{}", self.message())]
    SentAfterToday {
        /// The flag.
        flag: &'static str,
        /// The date given.
        date: NaiveDate,
        /// Today.
        today: NaiveDate,
    },
    /// A notification dated after today.
    #[error("{}", self.message())]
    NotifiedAfterToday {
        /// The flag.
        flag: &'static str,
        /// The date given.
        date: NaiveDate,
        /// Today.
        today: NaiveDate,
    },
    /// An extension without a reason.
    #[error("{}", self.message())]
    EmptyReason,
    /// An extension that doesn't move the control date later.
    #[error("{}", self.message())]
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
    #[error("{}", self.message())]
    ExtendAfterControl {
        /// The card.
        card: String,
        /// Its control date.
        control: NaiveDate,
        /// Today.
        today: NaiveDate,
    },
    /// `--late` on an extension made before the control date.
    #[error("{}", self.message())]
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
    #[error("{}", self.message())]
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
    #[error("{}", self.message())]
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
    #[error("{}", self.message())]
    NoReason,
    /// A card linked to itself.
    #[error("{}", self.message())]
    LinkItself {
        /// The card.
        card: String,
    },
    /// A card linked to one received after it.
    #[error("{}", self.message())]
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
    #[error("{}", self.message())]
    LinkCircle {
        /// The card.
        card: String,
        /// The card named with --to.
        to: String,
    },
    /// An unlink of a card that repeats none.
    #[error("{}", self.message())]
    NotRepeat {
        /// The card.
        card: String,
    },
    /// A code the Classifier doesn't have, given to a correction.
    #[error("{}", self.message())]
    Code {
        /// The flag.
        flag: &'static str,
        /// The Classifier's word.
        source: ClassifierError,
    },
    /// A classification correction naming nothing to correct.
    #[error("{}", self.message())]
    NothingGiven,
    /// A correction of what registration wrote naming nothing to correct.
    #[error("{}", self.message())]
    NothingToCorrect,
    /// A text given to a correction that intake would refuse.
    #[error("{}", self.message())]
    BadText {
        /// The flag.
        flag: &'static str,
        /// Why, in words.
        reason: String,
    },
    /// A correction that would give an anonymous card a name, or take a
    /// named card's away (law art. 8: settled at registration).
    #[error("{}", self.message())]
    Anonymity {
        /// The card.
        card: String,
        /// Whether the card is anonymous.
        anonymous: bool,
    },
    /// Executors given that are the card's already.
    #[error("{}", self.message())]
    SameExecutors {
        /// The card.
        card: String,
        /// Its executors.
        executors: Vec<String>,
    },
    /// Someone who may not decide a step named as deciding it.
    #[error("{}", self.message())]
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
    #[error("{}", self.message())]
    WrongGround {
        /// The ground given.
        ground: &'static str,
        /// The grounds it takes.
        allowed: Vec<&'static str>,
    },
    /// A step that needs its reason in words.
    #[error("{}", self.message())]
    ReasonRequired {
        /// The step.
        step: &'static str,
    },
    /// A forwarding without the body it goes to.
    #[error("{}", self.message())]
    ForwardWhere,
    /// An exit the applicant must be told of, without the notice.
    #[error("{}", self.message())]
    NoticeRequired {
        /// The step.
        step: &'static str,
    },
    /// A card named as its own duplicate.
    #[error("{}", self.message())]
    DuplicateOfItself {
        /// The card.
        card: String,
    },
    /// A card named as the duplicate of a card closed as a duplicate.
    #[error("{}", self.message())]
    DuplicateOfDuplicate {
        /// The card.
        card: String,
        /// The card named.
        of: String,
    },
    /// A duplicate without the card it duplicates.
    #[error("{}", self.message())]
    DuplicateOfWhat,
    /// A repeat declined under art. 8 whose first appeal was not decided.
    #[error("{}", self.message())]
    NotDecidedOnMerits {
        /// The card.
        card: String,
        /// The earlier card it repeats, if any.
        earlier: Option<String>,
    },
    /// A second, different call-back.
    #[error("{}", self.message())]
    AlreadyConfirmed {
        /// The card.
        card: String,
        /// What was recorded.
        outcome: &'static str,
        /// When.
        date: NaiveDate,
    },
    /// A notification dated before the appeal was received.
    #[error("{}", self.message())]
    NotifiedBeforeReceived {
        /// The date given.
        date: NaiveDate,
        /// Date received.
        received: NaiveDate,
    },
    /// The applicant notified of an extension before it was made.
    #[error("{}", self.message())]
    NotifiedBeforeExtension {
        /// The flag (`--notified`).
        flag: &'static str,
        /// The date given.
        date: NaiveDate,
        /// The day the extension was recorded.
        extended: NaiveDate,
    },
}

/// Input with one or more invalid records; nothing was written.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message())]
pub struct InputError {
    /// The input's name.
    pub source_name: String,
    /// Every problem found (past a thousand, counted).
    pub problems: Problems,
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
    /// The file is not UTF-8 and no encoding was named.
    Encoding,
}

/// A report or export that can't be drawn up as asked.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// `--month` that isn't a month.
    #[error("{}", self.message())]
    BadMonth {
        /// As given.
        text: String,
    },
    /// `--quarter` that isn't a quarter.
    #[error("{}", self.message())]
    BadQuarter {
        /// As given.
        text: String,
    },
    /// A period that ends before it starts.
    #[error("{}", self.message())]
    ToBeforeFrom {
        /// First day.
        from: NaiveDate,
        /// Last day.
        to: NaiveDate,
        /// The options that gave them (`--from`, `--to`).
        flags: (&'static str, &'static str),
    },
    /// No register named.
    #[error("{}", self.message())]
    NoRegister,
    /// Registers of different Classifier editions.
    #[error("{}", self.message())]
    EditionsDiffer {
        /// Each register with its edition.
        registers: Vec<String>,
    },
    /// One register given twice (`-R a -R a`, or two clones of one
    /// register): its appeals would be counted twice.
    #[error("{}", self.message())]
    SameRegister {
        /// The register as given first.
        first: String,
        /// As given again.
        second: String,
        /// The register id both hold (`register.toml`'s `id`), when the
        /// paths differ.
        id: Option<String>,
    },
    /// The workbook could not be built.
    #[error("{}", self.message())]
    Xlsx(String),
    /// A directory named for a Parquet export that holds files of no
    /// earlier export there: replacing it would delete them.
    #[error("{}", self.message())]
    NotAnExport {
        /// The directory.
        dir: String,
        /// Its files that no earlier export's manifest lists (relative).
        files: Vec<String>,
    },
    /// A Parquet file could not be written.
    #[error("{}", self.message())]
    Parquet {
        /// The file, relative to the export's directory.
        file: String,
        /// Why.
        error: String,
    },
}

/// Answer templates that can't be rendered for a card.
#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    /// The card has no resolution, so no executor or coordinator.
    #[error("{}", self.message())]
    NoResolution {
        /// The card.
        card: String,
    },
    /// A template names a placeholder there is no value for.
    #[error("{}", self.message())]
    UnknownPlaceholder {
        /// The template.
        file: String,
        /// Its line, 1-based.
        line: usize,
        /// The placeholder.
        key: String,
    },
    /// A template is missing or unreadable.
    #[error("{}", self.message())]
    Template {
        /// The template, relative to the register.
        template: &'static str,
        /// Why.
        source: StoreError,
    },
    /// A directory that can't take the drafts.
    #[error("{}", self.message())]
    Out(StoreError),
}

/// A register that can't be created.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// No such Classifier edition.
    #[error("{}", self.message())]
    UnknownEdition {
        /// As given.
        edition: String,
    },
    /// The directory is a register already.
    #[error("{}", self.message())]
    AlreadyRegister {
        /// The directory.
        dir: PathBuf,
    },
    /// A file of a register is in the way.
    #[error("{}", self.message())]
    FileExists {
        /// The file.
        path: String,
    },
}

/// The library's result.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A catalogue message named by a key held in an error (a role, why a
/// step needs someone, what a document is): the keys are literals at the
/// places that build the error.
fn words(key: &str) -> String {
    crate::i18n::message(key, Vec::new())
}

/// Ids as a list, each quoted for the Ukrainian text (bare Latin ids read
/// as English words there).
fn quoted_ids<S: AsRef<str>>(ids: &[S], sep: &str) -> String {
    ids.iter()
        .map(|id| format!("'{}'", id.as_ref()))
        .collect::<Vec<_>>()
        .join(sep)
}

impl Problem {
    /// The problem as printed: file, record, field, reason.
    fn message(&self) -> String {
        let mut out = self.file.clone();
        if !self.record.is_empty() {
            out.push_str(": ");
            out.push_str(&self.record);
        }
        if !self.field.is_empty() {
            out.push_str(": ");
            out.push_str(&crate::t!("detail-field", field = self.field.as_str()));
        }
        out.push_str(": ");
        out.push_str(&self.reason);
        out
    }
}

impl Error {
    fn message(&self) -> String {
        match self {
            Error::DeadlineCalendar { card, source } => match card {
                Some(c) => crate::t!("err-card-prefix", card = c, text = source.to_string()),
                None => source.to_string(),
            },
            Error::NumbersUsedUp { year, max } => {
                crate::t!("err-numbers-used-up", year = *year, max = *max)
            }
            Error::BatchStopped {
                registered,
                file,
                source,
            } => crate::t!(
                "err-batch-stopped",
                file = file.as_str(),
                count = *registered,
                error = source.to_string()
            ),
            // The others are transparent.
            other => other.to_string(),
        }
    }
}

impl LookupError {
    fn message(&self) -> String {
        match self {
            LookupError::NoCc { cc } => crate::t!("err-no-cc", cc = cc),
            LookupError::NoCard { name, year, .. } => {
                crate::t!("err-no-card", name = name.to_string(), year = *year)
            }
            LookupError::WrongIndex {
                name,
                year,
                number,
                index,
            } => crate::t!(
                "err-wrong-index",
                name = name.to_string(),
                year = *year,
                number = *number,
                index = index
            ),
            LookupError::UnknownExecutor { id, .. } => {
                crate::t!("err-unknown-executor", id = format!("{id:?}"))
            }
            LookupError::UnknownCoordinator { id, .. } => {
                crate::t!("err-unknown-coordinator", id = format!("{id:?}"))
            }
            LookupError::Topic(e) => format!("--topic: {e}"),
            LookupError::Name(e) => e.to_string(),
        }
    }
}

impl RequestError {
    fn message(&self) -> String {
        use crate::t;
        match self {
            RequestError::Document { flag, source, .. } => format!("{flag}: {source}"),
            RequestError::EmptyDocument { flag, path, .. } => {
                t!("err-empty-document", flag = *flag, path = path)
            }
            RequestError::NotCoordinator {
                flag,
                id,
                role,
                why,
                ..
            } => t!(
                "err-not-coordinator",
                flag = *flag,
                id = id,
                role = words(role),
                why = words(why)
            ),
            RequestError::NotHeadOrDeputy {
                flag,
                id,
                role,
                why,
                ..
            } => t!(
                "err-not-head-or-deputy",
                flag = *flag,
                id = id,
                role = words(role),
                why = words(why)
            ),
            RequestError::NoHeadOrDeputy { flag, id, .. } => t!(
                "err-no-head-or-deputy",
                flag = *flag,
                id = id,
                qid = format!("{id:?}")
            ),
            RequestError::NoCoordinator { flag, id, .. } => t!(
                "err-no-coordinator",
                flag = *flag,
                id = id,
                qid = format!("{id:?}")
            ),
            RequestError::NotExecutor { id, role } => {
                t!("err-not-executor", id = id, role = words(role))
            }
            RequestError::NoExecutor => t!("err-no-executor"),
            RequestError::ExecutorTwice { id } => t!("err-executor-twice", id = id),
            RequestError::NoCoordinatorCovers { card, topics } => t!(
                "err-no-coordinator-covers",
                card = card,
                topics = topics.join(", ")
            ),
            RequestError::SeveralCoordinators { card, fits } => {
                let list = |q: &str| {
                    fits.iter()
                        .map(|(id, t)| format!("{q}{id}{q} ({})", t.join(", ")))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                t!(
                    "err-several-coordinators",
                    card = card,
                    fits = list(""),
                    fits_quoted = list("'")
                )
            }
            RequestError::Quality(e) => e.to_string(),
            RequestError::QualityScore { file, score } => {
                t!("err-quality-score", file = file, score = *score)
            }
            RequestError::QualityNotUtf8 { file, offset } => {
                t!("err-quality-not-utf8", file = file, offset = *offset)
            }
            RequestError::UnknownResult { source, .. } => format!("--result: {source}"),
            RequestError::Outbox(e) => format!("--outbox: {e}"),
            RequestError::ExecutorGone { id, card } => {
                t!("err-executor-gone", id = id, card = card)
            }
            RequestError::DocumentType {
                flag,
                path,
                allowed,
            } => t!(
                "err-document-type",
                flag = *flag,
                file = path.display().to_string(),
                allowed = allowed.as_str()
            ),
            RequestError::SignedConflict {
                card,
                role,
                path,
                line,
            } => t!(
                "err-signed-conflict",
                card = card,
                role = role,
                path = path,
                line = *line
            ),
            RequestError::SignedUnreadable {
                card, role, source, ..
            } => t!(
                "err-signed-unreadable",
                card = card,
                role = role,
                error = source.to_string()
            ),
            RequestError::AnonymousPosted { card } => t!("err-anonymous-posted", card = card),
            RequestError::BeforeSigned { flag, date, signed } => t!(
                "err-before-signed",
                flag = *flag,
                date = *date,
                signed = *signed
            ),
            RequestError::SentAfterToday { flag, date, today }
            | RequestError::NotifiedAfterToday { flag, date, today } => t!(
                "err-after-today",
                flag = *flag,
                date = *date,
                today = *today
            ),
            RequestError::EmptyReason | RequestError::NoReason => t!("err-reason-empty"),
            RequestError::UntilNotLater {
                until,
                card,
                previous,
                ..
            } => t!(
                "err-until-not-later",
                until = *until,
                card = card,
                previous = *previous
            ),
            RequestError::ExtendAfterControl {
                card,
                control,
                today,
            } => t!(
                "err-extend-after-control",
                card = card,
                control = *control,
                today = *today
            ),
            RequestError::LateNotLate {
                card,
                control,
                today,
            } => t!(
                "err-late-not-late",
                card = card,
                control = *control,
                today = *today
            ),
            RequestError::UntilPastCeiling {
                until,
                card,
                received,
                max,
                why,
                policy,
                latest,
            } => t!(
                "err-until-past-ceiling",
                until = *until,
                card = card,
                received = *received,
                max = *max,
                why = why,
                policy = *policy,
                latest = *latest
            ),
            RequestError::UntilPastMax {
                until,
                card,
                days,
                received,
                max,
                ..
            } => t!(
                "err-until-past-max",
                until = *until,
                card = card,
                days = *days,
                received = *received,
                max = *max
            ),
            RequestError::LinkItself { card } => t!("err-link-itself", card = card),
            RequestError::LinkLater {
                card,
                received,
                to,
                to_received,
            } => t!(
                "err-link-later",
                card = card,
                received = *received,
                to = to,
                to_received = *to_received
            ),
            RequestError::LinkCircle { card, to } => t!("err-link-circle", card = card, to = to),
            RequestError::NotRepeat { card } => t!("err-not-repeat", card = card),
            RequestError::Code { flag, source } => format!("{flag}: {source}"),
            RequestError::NothingGiven => t!("err-nothing-given"),
            RequestError::NothingToCorrect => t!("err-nothing-to-correct-given"),
            RequestError::BadText { flag, reason } => format!("{flag}: {reason}"),
            RequestError::Anonymity { card, anonymous } => match anonymous {
                true => t!("err-correct-anonymous", card = card),
                false => t!("err-correct-unname", card = card),
            },
            RequestError::SameExecutors { card, executors } => t!(
                "err-same-executors",
                card = card,
                executors = executors.join(", "),
                executors_quoted = quoted_ids(executors, ", ")
            ),
            RequestError::NotAuthorised {
                id, role, needs, ..
            } => match role {
                Some(r) => t!(
                    "err-not-authorised",
                    id = id,
                    role = words(r),
                    needs = words(needs)
                ),
                None => t!(
                    "err-not-authorised-nobody",
                    id = id,
                    qid = format!("{id:?}"),
                    needs = words(needs)
                ),
            },
            RequestError::WrongGround { ground, allowed } => t!(
                "err-wrong-ground",
                ground = *ground,
                allowed = allowed.join(" or "),
                allowed_quoted = quoted_ids(allowed, " або ")
            ),
            RequestError::ReasonRequired { step } => t!("err-reason-required", step = *step),
            RequestError::ForwardWhere => t!("err-forward-where"),
            RequestError::NoticeRequired { step } => t!("err-notice-required", step = *step),
            RequestError::DuplicateOfItself { card } => {
                t!("err-duplicate-of-itself", card = card)
            }
            RequestError::DuplicateOfDuplicate { card, of } => {
                t!("err-duplicate-of-duplicate", card = card, of = of)
            }
            RequestError::DuplicateOfWhat => t!("err-duplicate-of-what"),
            RequestError::NotDecidedOnMerits { card, earlier } => match earlier {
                Some(e) => t!("err-repeat-not-decided", card = card, earlier = e),
                None => t!("err-repeat-of-nothing", card = card),
            },
            RequestError::AlreadyConfirmed {
                card,
                outcome,
                date,
            } => {
                let label = crate::model::status::Outcome::ALL
                    .into_iter()
                    .find(|o| o.as_str() == *outcome)
                    .map_or(*outcome, |o| o.label());
                t!(
                    "err-already-confirmed",
                    card = card,
                    outcome = *outcome,
                    outcome_label = label,
                    date = *date
                )
            }
            RequestError::NotifiedBeforeReceived { date, received } => t!(
                "err-notified-before-received",
                date = *date,
                received = *received
            ),
            RequestError::NotifiedBeforeExtension {
                flag,
                date,
                extended,
            } => t!(
                "err-notified-before-extending",
                flag = *flag,
                date = *date,
                extended = *extended
            ),
        }
    }
}

impl InputError {
    fn message(&self) -> String {
        if self.kind == InputKind::Whole {
            // Refused as a whole (too big, too many appeals): no record is at fault.
            return crate::t!("err-input-whole", source = self.source_name.as_str());
        }
        crate::t!(
            "err-input",
            count = self.problems.count(),
            source = self.source_name.as_str()
        )
    }
}

impl ReportError {
    fn message(&self) -> String {
        use crate::t;
        match self {
            ReportError::BadMonth { text } => t!("err-bad-month", text = format!("{text:?}")),
            ReportError::BadQuarter { text } => {
                t!("err-bad-quarter", text = format!("{text:?}"))
            }
            ReportError::ToBeforeFrom { from, to, flags } => t!(
                "err-to-before-from",
                from = *from,
                to = *to,
                from_flag = flags.0,
                to_flag = flags.1
            ),
            ReportError::NoRegister => t!("err-no-register"),
            ReportError::EditionsDiffer { registers } => {
                t!("err-editions-differ", registers = registers.join(", "))
            }
            ReportError::SameRegister {
                first,
                second,
                id: None,
            } => t!("err-same-register-path", first = first, second = second),
            ReportError::SameRegister {
                first,
                second,
                id: Some(id),
            } => t!(
                "err-same-register-id",
                first = first,
                second = second,
                id = id
            ),
            ReportError::Xlsx(e) => t!("err-xlsx", error = e),
            ReportError::NotAnExport { dir, files } => t!(
                "err-not-an-export",
                dir = dir,
                count = files.len(),
                files = files.iter().take(5).cloned().collect::<Vec<_>>().join(", ")
            ),
            ReportError::Parquet { file, error } => {
                t!("err-parquet", file = file, error = error)
            }
        }
    }
}

impl DraftError {
    fn message(&self) -> String {
        use crate::t;
        match self {
            DraftError::NoResolution { card } => t!("err-draft-no-resolution", card = card),
            DraftError::UnknownPlaceholder { file, line, key } => t!(
                "err-unknown-placeholder",
                file = file,
                line = *line,
                key = key
            ),
            DraftError::Template { source, .. } => source.to_string(),
            DraftError::Out(e) => format!("--out: {e}"),
        }
    }
}

impl InitError {
    fn message(&self) -> String {
        use crate::t;
        match self {
            InitError::UnknownEdition { edition } => {
                t!("err-unknown-edition", edition = format!("{edition:?}"))
            }
            InitError::AlreadyRegister { dir } => t!("err-already-register", dir = dir),
            InitError::FileExists { path } => t!("err-file-exists", path = path),
        }
    }
}
