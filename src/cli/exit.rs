//! The Law's exits and the removal from control:
//! `appeals forward CARD --to BODY --by ID --notice FILE [--number N]` (art. 7),
//! `appeals return CARD --reason TEXT --by ID --notice FILE` (arts. 5, 7),
//! `appeals decline CARD --ground art8-repeat|art8-anonymous|art17-late --by ID [--notice FILE]` (arts. 8, 17),
//! `appeals close-duplicate CARD --of OTHER --by ID`,
//! `appeals close CARD --by ID [--file TEXT]`.

use super::{Env, OutputFormat};
use crate::model::card::Card;
use crate::model::status::{Action, Ground};
use crate::model::CardRef;
use crate::ops::steps::{self, Done, ExitRequest};
use std::path::PathBuf;

/// Arguments of `forward`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  appeals forward К-125 --to 'Головне управління Держпраці' --by maslenkov --notice notice.pdf --number 02-14/77"
)]
pub struct ForwardArgs {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// The competent body it is forwarded to.
    #[arg(long, value_name = "BODY")]
    pub to: String,
    /// The coordinator (or the head) who decided it (an id from people.toml).
    #[arg(long, value_name = "ID", add = super::shell::anyone())]
    pub by: String,
    /// The letter telling the applicant where the appeal went.
    #[arg(long, value_name = "FILE")]
    pub notice: Option<PathBuf>,
    /// The covering letter's outgoing number.
    #[arg(long, value_name = "N")]
    pub number: Option<String>,
    /// Why, in words.
    #[arg(long)]
    pub reason: Option<String>,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

/// Arguments of `return`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  appeals return К-125 --reason 'не зазначено місце проживання' --by maslenkov --notice notice.pdf"
)]
pub struct ReturnArgs {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// What the appeal lacks (law art. 5).
    #[arg(long)]
    pub reason: String,
    /// The coordinator (or the head) who decided it.
    #[arg(long, value_name = "ID", add = super::shell::anyone())]
    pub by: String,
    /// The letter returning the appeal, with explanations.
    #[arg(long, value_name = "FILE")]
    pub notice: Option<PathBuf>,
    /// The letter's outgoing number.
    #[arg(long, value_name = "N")]
    pub number: Option<String>,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

/// Grounds `decline` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DeclineGround {
    /// Art. 8: a repeat on a question already decided on the merits.
    Art8Repeat,
    /// Art. 8: anonymous.
    Art8Anonymous,
    /// Arts. 8, 17: a complaint filed late.
    Art17Late,
}

impl From<DeclineGround> for Ground {
    fn from(g: DeclineGround) -> Ground {
        match g {
            DeclineGround::Art8Repeat => Ground::Art8Repeat,
            DeclineGround::Art8Anonymous => Ground::Art8Anonymous,
            DeclineGround::Art17Late => Ground::Art17Late,
        }
    }
}

/// Arguments of `decline`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  appeals decline К-125 --ground art8-repeat --by holova --notice notice.pdf"
)]
pub struct DeclineArgs {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// The legal ground.
    #[arg(long, value_enum)]
    pub ground: DeclineGround,
    /// The head, or an official he authorised ([[head]] in people.toml).
    #[arg(long, value_name = "ID", add = super::shell::anyone())]
    pub by: String,
    /// The letter telling the applicant (not for an anonymous appeal).
    #[arg(long, value_name = "FILE")]
    pub notice: Option<PathBuf>,
    /// The letter's outgoing number.
    #[arg(long, value_name = "N")]
    pub number: Option<String>,
    /// Why, in words.
    #[arg(long)]
    pub reason: Option<String>,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

/// Arguments of `close-duplicate`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  appeals close-duplicate К-126 --of К-125 --by zarichenko")]
pub struct DuplicateArgs {
    /// The card registered the second time.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// The card it duplicates (which gets the reply).
    #[arg(long, value_name = "CARD", add = super::shell::cards())]
    pub of: String,
    /// Who closes it (an administrator or a coordinator).
    #[arg(long, value_name = "ID", add = super::shell::anyone())]
    pub by: String,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

/// Arguments of `close`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  appeals close К-125 --by sizhuk --file 'справа 02-14, том 1'")]
pub struct CloseArgs {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// The controller (controller = true), coordinator or head who takes it off control.
    #[arg(long, value_name = "ID", add = super::shell::anyone())]
    pub by: String,
    /// The case file (справа) the card and its documents are kept in.
    #[arg(long, value_name = "TEXT")]
    pub file: Option<String>,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

fn finish(env: &Env, format: OutputFormat, done: &Done, already: &str) {
    if super::already(env, format, done.already, &done.card, already) {
        return;
    }
    if super::printed_as_json(format, env, &done.card) {
        return;
    }
    println!("{}", said(&done.card));
}

/// What the step did, in a line.
fn said(c: &Card) -> String {
    let Some(x) = &c.exit else {
        let file = c
            .closed
            .as_ref()
            .and_then(|k| k.file.as_deref())
            .map(|f| format!("; {f}"))
            .unwrap_or_default();
        return crate::t!("step-close-done", card = c.full_name(), file = file);
    };
    let mut line = format!("{}: {}", c.full_name(), x.ground.label());
    if let Some(to) = &x.to {
        line.push_str(&format!(" — {to}"));
    }
    if let Some(of) = &x.of {
        line.push_str(&format!(" — дублікат {of}"));
    }
    if let (Some(due), true) = (x.due, x.late) {
        line.push_str(&crate::t!("step-exit-late", due = due));
    }
    line.push_str(&crate::t!("step-exit-off-control"));
    if let Some(n) = &x.notice {
        line.push_str("\n  ");
        line.push_str(&crate::t!("step-exit-notice", notice = n));
    }
    line
}

/// Records an exit asked for by `req` on `card`.
fn run_exit(env: &Env, card: &str, req: &ExitRequest, format: OutputFormat) -> anyhow::Result<()> {
    let (reg, r, who) = super::open_card(env, card)?;
    let done = steps::exit(&reg, &r, req, &who, super::waiting)?;
    let already = match req.step {
        Action::Forward => &crate::t!("step-already-forward"),
        Action::Return => &crate::t!("step-already-return"),
        Action::Decline => &crate::t!("step-already-decline"),
        _ => &crate::t!("step-already-duplicate"),
    };
    finish(env, format, &done, already);
    Ok(())
}

/// A request with the fields every exit has; the callers fill the rest.
fn request<'a>(step: Action, ground: Ground, by: &'a str) -> ExitRequest<'a> {
    ExitRequest {
        step,
        ground,
        by,
        to: None,
        of: None,
        reason: None,
        number: None,
        notice: None,
    }
}

pub fn run_forward(a: ForwardArgs, env: &Env) -> anyhow::Result<()> {
    let req = ExitRequest {
        to: Some(&a.to),
        reason: a.reason.as_deref(),
        number: a.number.as_deref(),
        notice: a.notice.as_deref(),
        ..request(Action::Forward, Ground::Art7, &a.by)
    };
    run_exit(env, &a.card, &req, a.format)
}

pub fn run_return(a: ReturnArgs, env: &Env) -> anyhow::Result<()> {
    let req = ExitRequest {
        reason: Some(&a.reason),
        number: a.number.as_deref(),
        notice: a.notice.as_deref(),
        ..request(Action::Return, Ground::Art5, &a.by)
    };
    run_exit(env, &a.card, &req, a.format)
}

pub fn run_decline(a: DeclineArgs, env: &Env) -> anyhow::Result<()> {
    let req = ExitRequest {
        reason: a.reason.as_deref(),
        number: a.number.as_deref(),
        notice: a.notice.as_deref(),
        ..request(Action::Decline, a.ground.into(), &a.by)
    };
    run_exit(env, &a.card, &req, a.format)
}

pub fn run_duplicate(a: DuplicateArgs, env: &Env) -> anyhow::Result<()> {
    let of = CardRef::parse(&a.of)
        .map_err(|e| crate::Error::from(crate::error::LookupError::from(e)))?;
    let req = ExitRequest {
        of: Some(&of),
        ..request(Action::CloseDuplicate, Ground::Duplicate, &a.by)
    };
    run_exit(env, &a.card, &req, a.format)
}

pub fn run_close(a: CloseArgs, env: &Env) -> anyhow::Result<()> {
    let (reg, r, who) = super::open_card(env, &a.card)?;
    let done = steps::close(&reg, &r, &a.by, a.file.as_deref(), &who, super::waiting)?;
    finish(env, a.format, &done, &crate::t!("step-already-close"));
    Ok(())
}
