//! `appeals check`: validate the whole register; silent with exit 0 when
//! clean, every problem and exit 1 otherwise.

use super::error::UserError;
use super::{Env, OutputFormat};
use crate::error::Error;
use crate::ops::check::{self, Code, Finding, Options};
use crate::store::Store;
use crate::store::StoreError;

/// Arguments of `check`.
#[derive(Debug, clap::Args)]
#[command(after_help = after_help())]
pub struct Args {
    /// Output format (JSON: an array of {code, file, field, message, hint}).
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
    #[command(flatten)]
    pub output: super::output::Output,
    /// Rebuild the derived indexes in .index/ from the cards first.
    #[arg(long)]
    pub fix_index: bool,
    /// Read and check every card and hash every signed document afresh.
    /// Without it, a card found clean by an earlier check is not read again
    /// while neither it, nor any document it names, nor the settings files
    /// changed since (same size, inode, modification and change times, as
    /// git trusts its index; any write to a file changes its change time),
    /// and a signed document verified then is not hashed again.
    #[arg(long)]
    pub rehash: bool,
    /// Also say, on stderr, how many cards were read and checked in full,
    /// and how many signed documents were hashed.
    #[arg(long, short)]
    pub verbose: bool,
    /// Add the link back (links.later) that a registration stopped between
    /// its two writes left out, recording a `link` step.
    #[arg(long)]
    pub fix_links: bool,
    /// Also report every Classifier code in use whose code or name is not
    /// confirmed (`uncertain-code`), with how many cards use it.
    #[arg(long)]
    pub strict: bool,
}

fn after_help() -> String {
    let mut s = String::from(
        "Examples:\n  appeals check\n  appeals check --strict\n  appeals check --format json | jq -r '.[].code' | sort | uniq -c\n\nProblem codes:\n",
    );
    for code in Code::ALL {
        s.push_str(&format!("  {:<23} {}\n", code.name(), code.description()));
    }
    s
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let format = a.output.format(a.format)?;
    let output = a.output.clone();
    // The problems found are the records: the file keeps them, and the
    // exit says there were some.
    match output.write(|| print(a, format, env))? {
        Some(problems) => Err(problems.into()),
        None => Ok(()),
    }
}

/// Prints the problems, to standard output or the file of `-o`, and
/// returns the verdict on them.
fn print(a: Args, format: OutputFormat, env: &Env) -> anyhow::Result<Option<UserError>> {
    // JSON and CSV are for scripts: their messages (errors of the files
    // quoted in a finding included) are the English contract in every
    // language.
    if format != OutputFormat::Table {
        crate::i18n::set_lang(crate::i18n::Lang::En);
    }
    let store = Store::at(&env.register);
    let report = check::check(
        &store,
        Options {
            fix_index: a.fix_index,
            fix_links: a.fix_links,
            rehash: a.rehash,
            today: env.today,
            user: &env.user,
            now: std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64),
        },
        super::waiting,
    )
    .map_err(|e| match e {
        // `check` names where a register is, not how to make one.
        Error::Store(StoreError::NotARegister { root }) => anyhow::Error::from(
            UserError::new(StoreError::NotARegister { root }.to_string())
                .hint(crate::t!("hint-name-register")),
        ),
        other => other.into(),
    })?;
    let mut report = report;
    // A register whose settings don't load has that finding already.
    if a.strict {
        if let Ok(reg) = store.load() {
            report.findings.extend(check::uncertain_codes(&reg)?);
        }
    }
    if !env.quiet {
        for f in &report.fixed {
            eprintln!("{}", crate::t!("chk-fixed", what = f.to_string()));
        }
        if a.verbose {
            eprintln!(
                "{}",
                crate::t!(
                    "chk-verbose",
                    cards = report.cards,
                    full = report.cards - report.unchanged,
                    unchanged = report.unchanged,
                    hashed = report.hashed
                )
            );
        }
        print_findings(&store, &report.findings, format)?;
    }
    // A contact centre's control date unlike ours is a question for the
    // centre, listed but not failing the check.
    let questions = report
        .findings
        .iter()
        .filter(|f| f.code == Code::CcTermDiffers)
        .count();
    let n = report.findings.len() - questions;
    if questions > 0 && !env.quiet {
        eprintln!(
            "{}",
            super::error::hint_line(&crate::t!("chk-cc-questions", count = questions))
        );
    }
    if n == 0 {
        return Ok(None);
    }
    let mut hints = Vec::new();
    if report.findings.iter().any(|f| f.code == Code::IndexStale) && !a.fix_index {
        hints.push(crate::t!("chk-fix-index-hint"));
    }
    // Only a link back a killed registration left out is added by
    // --fix-links.
    if report
        .findings
        .iter()
        .any(|f| f.code == Code::BrokenLink && f.field == "/links/later")
        && !a.fix_links
    {
        hints.push(crate::t!("chk-fix-links-hint"));
    }
    let uncertain = report
        .findings
        .iter()
        .filter(|f| f.code == Code::UncertainCode)
        .count();
    if uncertain == n {
        return Ok(Some(UserError {
            message: crate::t!("chk-only-uncertain", count = n, cards = report.cards),
            hints: vec![crate::t!("chk-only-uncertain-hint")],
        }));
    }
    hints.push(crate::t!("chk-problems-hint"));
    Ok(Some(UserError {
        message: crate::t!("chk-problems", count = n, cards = report.cards),
        hints,
    }))
}

fn print_findings(store: &Store, findings: &[Finding], format: OutputFormat) -> anyhow::Result<()> {
    match format {
        OutputFormat::Json => println!("{}", serde_json::to_string_pretty(findings)?),
        OutputFormat::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(["code", "file", "field", "message", "hint"])?;
            for f in findings {
                w.write_record([f.code.name(), &f.file, &f.field, &f.message, &f.hint])?;
            }
            print!("{}", String::from_utf8(w.into_inner()?)?);
        }
        OutputFormat::Table => {
            for f in findings {
                let path = store.root().join(&f.file);
                let field = if f.field.is_empty() {
                    String::new()
                } else {
                    format!(" {}:", f.field)
                };
                // The code is a name for scripts, printed as it is.
                println!(
                    "{}",
                    crate::t!(
                        "chk-finding",
                        place = format!("{}:{field}", path.display()),
                        message = f.shown_message.as_str(),
                        code = f.code.name()
                    )
                );
                println!(
                    "{}",
                    crate::t!("chk-finding-hint", hint = f.shown_hint.as_str())
                );
            }
        }
    }
    Ok(())
}
