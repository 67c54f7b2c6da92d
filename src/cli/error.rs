//! Errors as a clerk reads them: the library's typed error gives the
//! message (what went wrong, naming the file, record and field), and here
//! each kind of error gets its hints (what to do, often a command to run),
//! as jj's `command_error.rs` does. Every library error is matched by
//! kind, so a new kind of error can't go out without a decision on its
//! hints. Printing and exit codes are `cli::main`'s.

use crate::error::Error;
use crate::model::Status;
use crate::workflow::StepError;

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
        Status::Sent | Status::Closed => return None,
    };
    let mut cmd = cmd.replace("CARD", card);
    if let Some(c) = coordinator {
        cmd = cmd.replace("COORDINATOR", c);
    }
    Some(cmd)
}

/// What to do about an error.
pub(crate) fn hints(e: &Error) -> Vec<String> {
    match e {
        Error::Refused { hints, .. } | Error::Invalid { hints, .. } => hints.clone(),
        Error::File { .. } | Error::Store(_) | Error::Config(_) => Vec::new(),
        Error::Step(e) => step(e),
    }
}

fn step(e: &StepError) -> Vec<String> {
    let hint = match e {
        StepError::BrokenHistory { .. } => {
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
    };
    vec![hint]
}
