//! `appeals people`: the roster of `people.toml` — coordinators with the
//! topics they cover, executors with their kind and coordinator,
//! administrators.

use super::{Env, OutputFormat};
use crate::config::{ExecutorKind, Official, Roster};

/// Arguments of `people`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  appeals people\n  appeals people --format csv")]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
    #[command(flatten)]
    pub output: super::output::Output,
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let format = a.output.format(a.format)?;
    let output = a.output.clone();
    output.write(|| print(format, env))
}

/// Prints the records, to standard output or the file of `-o`.
fn print(format: OutputFormat, env: &Env) -> anyhow::Result<()> {
    let reg = super::load(env)?;
    let roster = &reg.roster;
    match format {
        OutputFormat::Json => println!("{}", serde_json::to_string_pretty(roster)?),
        OutputFormat::Csv => print!("{}", csv_rows(roster)?),
        OutputFormat::Table => {
            use super::render::{cut, table};
            use crate::t;
            let rows = roster
                .coordinators
                .iter()
                .map(|c| {
                    vec![
                        c.id.clone(),
                        c.name.clone(),
                        cut(&c.position, 50),
                        c.topics.join(" "),
                    ]
                })
                .collect();
            println!("{}", t!("ppl-coordinators"));
            println!(
                "{}",
                table(
                    &[
                        &t!("ppl-col-id"),
                        &t!("ppl-col-name"),
                        &t!("ppl-col-position"),
                        &t!("ppl-col-topics"),
                    ],
                    rows
                )
            );
            let rows = roster
                .executors
                .iter()
                .map(|e| {
                    vec![
                        e.id.clone(),
                        cut(&e.name, 60),
                        kind_text(e.kind),
                        e.coordinator.clone().unwrap_or_default(),
                        e.email.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            println!("\n{}", t!("ppl-executors"));
            println!(
                "{}",
                table(
                    &[
                        &t!("ppl-col-id"),
                        &t!("ppl-col-body"),
                        &t!("ppl-col-kind"),
                        &t!("ppl-col-coordinator"),
                        &t!("ppl-col-email"),
                    ],
                    rows
                )
            );
            let rows = roster
                .administrators
                .iter()
                .map(|p| {
                    vec![
                        p.id.clone(),
                        p.name.clone(),
                        cut(&p.position, 60),
                        if p.controller {
                            t!("ppl-yes")
                        } else {
                            String::new()
                        },
                    ]
                })
                .collect();
            println!("\n{}", t!("ppl-administrators"));
            println!(
                "{}",
                table(
                    &[
                        &t!("ppl-col-id"),
                        &t!("ppl-col-name"),
                        &t!("ppl-col-position"),
                        &t!("ppl-col-controller"),
                    ],
                    rows
                )
            );
            if !roster.heads.is_empty() {
                let rows = roster
                    .heads
                    .iter()
                    .map(|p| vec![p.id.clone(), p.name.clone(), cut(&p.position, 60)])
                    .collect();
                println!("\n{}", t!("ppl-heads"));
                println!(
                    "{}",
                    table(
                        &[
                            &t!("ppl-col-id"),
                            &t!("ppl-col-name"),
                            &t!("ppl-col-position"),
                        ],
                        rows
                    )
                );
            }
            for line in missing_forms(roster) {
                println!("{line}");
            }
        }
    }
    Ok(())
}

/// One line per person whose name letters would read in the nominative
/// where another case is needed (issue #16: the forms are optional, so
/// that older rosters still load), with the people.toml keys to add.
fn missing_forms(r: &Roster) -> Vec<String> {
    let executors = r.executors.iter().map(|e| (&e.id, e.missing_cases()));
    let officials = r
        .coordinators
        .iter()
        .map(|c| (&c.id, c.missing_forms()))
        .chain(r.heads.iter().map(|h| (&h.id, h.missing_forms())));
    let missing: Vec<_> = executors
        .chain(officials)
        .filter(|(_, keys)| !keys.is_empty())
        .collect();
    if missing.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![format!("\n{}", crate::t!("ppl-missing-forms"))];
    lines.extend(
        missing
            .into_iter()
            .map(|(id, keys)| format!("  {id}: {}", keys.join(", "))),
    );
    lines
}

/// The kind of an executor in words.
fn kind_text(k: ExecutorKind) -> String {
    match k {
        ExecutorKind::ExecutiveBody => crate::t!("ppl-kind-executive-body"),
        ExecutorKind::DistrictCouncil => crate::t!("ppl-kind-district-council"),
        ExecutorKind::SettlementCouncil => crate::t!("ppl-kind-settlement-council"),
        ExecutorKind::Enterprise => crate::t!("ppl-kind-enterprise"),
    }
}

/// The kind as written in people.toml.
fn kind_key(k: ExecutorKind) -> &'static str {
    match k {
        ExecutorKind::ExecutiveBody => "executive-body",
        ExecutorKind::DistrictCouncil => "district-council",
        ExecutorKind::SettlementCouncil => "settlement-council",
        ExecutorKind::Enterprise => "enterprise",
    }
}

/// One row per person: role, id, name, position, kind, e-mail, coordinator, topics.
fn csv_rows(r: &Roster) -> anyhow::Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "role",
        "id",
        "name",
        "position",
        "kind",
        "email",
        "coordinator",
        "topics",
    ])?;
    for c in &r.coordinators {
        w.write_record([
            "coordinator",
            &c.id,
            &c.name,
            &c.position,
            "",
            "",
            "",
            &c.topics.join(";"),
        ])?;
    }
    for e in &r.executors {
        w.write_record([
            "executor",
            &e.id,
            &e.name,
            "",
            kind_key(e.kind),
            e.email.as_deref().unwrap_or(""),
            e.coordinator.as_deref().unwrap_or(""),
            "",
        ])?;
    }
    for a in &r.administrators {
        let role = if a.controller {
            "controller"
        } else {
            "administrator"
        };
        w.write_record([role, &a.id, &a.name, &a.position, "", "", "", ""])?;
    }
    for h in &r.heads {
        w.write_record(["head", &h.id, &h.name, &h.position, "", "", "", ""])?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}
