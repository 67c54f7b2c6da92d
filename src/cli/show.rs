//! `appeals show CARD`: one card, as the registration-control card.

use super::{Env, OutputFormat};

/// Arguments of `show`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  appeals show К-125\n  appeals show 2015#125 --format json\n  appeals show cc:0145-23062015"
)]
pub struct Args {
    /// The card: К-125, 2015/К-125, #125, 2015#125 or cc:NUMBER.
    #[arg(add = super::shell::cards())]
    pub card: String,
    /// Output format.
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
    #[command(flatten)]
    pub output: super::output::Output,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let format = a.output.format(a.format)?;
    let output = a.output.clone();
    output.write(|| print(a, format, env))
}

/// Prints the records, to standard output or the file of `-o`.
fn print(a: Args, format: OutputFormat, env: &Env) -> anyhow::Result<()> {
    let (reg, card) = super::find_card(env, &a.card)?;
    match format {
        OutputFormat::Json => print!("{}", super::render::card_json(&card)),
        OutputFormat::Csv => print!("{}", super::render::cards_csv(&[card])?),
        OutputFormat::Table => print!("{}", super::render::card_text(&reg, &card)),
    }
    Ok(())
}
