//! `appeals answer CARD --draft FILE --info FILE --quality FILE --result CODE`:
//! the executor's package (point 7).

use super::{Env, OutputFormat};
use crate::ops::steps::{self, AnswerRequest};
use std::path::PathBuf;

/// Arguments of `answer`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Example:\n  appeals answer К-125 --draft answer.odt --info info.pdf --quality quality.toml \\\n      --result 9.1 --executor-number 12/3-456\n\nThe quality card (TOML):\n  timely = true\n  complete = true\n  applicant_contacted = true\n  applicant_satisfied = \"yes\"   # yes, no or unknown\n  score = 5                      # 1 to 5\n  notes = \"Світильник замінено\""
)]
pub struct Args {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// The draft answer to the applicant.
    #[arg(long, value_name = "FILE")]
    pub draft: PathBuf,
    /// The draft answer to the contact centre (default: the applicant's draft).
    #[arg(long, value_name = "FILE")]
    pub cc_draft: Option<PathBuf>,
    /// The information for the coordinator.
    #[arg(long, value_name = "FILE")]
    pub info: PathBuf,
    /// The quality-evaluation card (TOML).
    #[arg(long, value_name = "FILE")]
    pub quality: PathBuf,
    /// The proposed result of consideration, Classifier section 9 (9.1, 9.2, 9.3, …).
    #[arg(long, value_name = "CODE")]
    pub result: String,
    /// The executor's own registration number of the appeal.
    #[arg(long, value_name = "TEXT")]
    pub executor_number: Option<String>,
    /// Output format: `json` prints the card as written.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let (reg, r, who) = super::open_card(env, &a.card)?;
    let req = AnswerRequest {
        draft: &a.draft,
        cc_draft: a.cc_draft.as_deref(),
        info: &a.info,
        quality: &a.quality,
        result: &a.result,
        executor_number: a.executor_number.as_deref(),
    };
    let done = steps::answer(&reg, &r, &req, &who, super::waiting)?;
    if super::already(
        env,
        a.format,
        done.already,
        &done.card,
        &crate::t!("step-already-answer"),
    ) {
        return Ok(());
    }
    if super::printed_as_json(a.format, env, &done.card) {
        return Ok(());
    }
    let c = &done.card;
    if let Some(ans) = &c.answer {
        let when = if ans.late {
            crate::t!(
                "step-answer-late",
                count = ans.days_late,
                due = c.term.executor_due
            )
        } else {
            crate::t!("step-answer-on-time", due = c.term.executor_due)
        };
        println!(
            "{}",
            crate::t!(
                "step-answer-done",
                card = c.full_name(),
                when = when,
                result = super::render::coded(
                    &reg.classifier,
                    crate::classifier::SectionKey::Result,
                    &ans.result
                )
            )
        );
        for (role, path) in &ans.documents {
            let role = match role.as_str() {
                "answer-applicant" => crate::t!("step-answer-role-applicant"),
                "answer-cc" => crate::t!("step-answer-role-cc"),
                "info" => crate::t!("step-answer-role-info"),
                "quality" => crate::t!("step-answer-role-quality"),
                other => other.to_string(),
            };
            println!("  {role}: {path}");
        }
    }
    for w in &done.warnings {
        eprintln!("{}", super::error::warn_line(super::error::warning(w)));
    }
    super::render::print_next(c);
    Ok(())
}
