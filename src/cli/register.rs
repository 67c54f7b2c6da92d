//! `appeals register`: one appeal from flags, or a batch from a file.

use super::error::UserError;
use super::{Env, OutputFormat};
use crate::config::ConfigError;
use crate::error::{InputError, InputKind, Problem};
use crate::intake::{self, Failed, Format, Raw, RawRecord};
use crate::intake_profile::{self, Profile};
use crate::model::Card;
use crate::ops::register::{self, Options, Records};
use crate::store::Register;
use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};

/// Arguments of `register`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  appeals register --from export-2015-06-23.json --today 2015-06-23\n  appeals register --cc-number 0145-23062015 --name 'Коваленко Петро Іванович' \\\n      --topic 009 --summary 'Не працює вуличне освітлення'"
)]
pub struct Args {
    /// A contact-centre export: JSON array, JSON Lines or CSV; `-` for stdin.
    #[arg(long, value_name = "FILE|-")]
    pub from: Option<String>,
    /// The export's format (default: from the extension, else guessed).
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,
    /// The export's text encoding when not UTF-8: windows-1251 (as Ukrainian
    /// Excel saves CSV), koi8-u, utf-16le … (a byte-order mark decides itself).
    #[arg(long, value_name = "ENCODING")]
    pub encoding: Option<String>,
    /// The import profile to read the export with: `intake/PROFILE.toml` of
    /// the register (default: `[intake] profile` of register.toml, else
    /// `appeals`, the register's own fields and codes).
    #[arg(long, value_name = "PROFILE", requires = "from")]
    pub profile: Option<String>,
    /// Register the valid records and list the invalid ones.
    #[arg(long)]
    pub skip_invalid: bool,
    /// Show what would be registered; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Why appeals received before today are registered only now.
    #[arg(long)]
    pub late_reason: Option<String>,
    /// Link each appeal to the applicant's latest earlier appeal on the same topic.
    #[arg(long)]
    pub link_matches: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub format: OutputFormat,
    /// One appeal from flags (the intake record's fields).
    #[command(flatten)]
    pub record: RecordFlags,
}

/// The formats `--input-format` names.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum InputFormat {
    /// JSON array.
    Json,
    /// JSON Lines.
    Jsonl,
    /// CSV with a header row.
    Csv,
}

/// One appeal given by flags.
#[derive(Debug, clap::Args)]
pub struct RecordFlags {
    /// The contact centre's number of the appeal.
    #[arg(long)]
    pub cc_number: Option<String>,
    /// Date received (default: today).
    #[arg(long)]
    pub received: Option<String>,
    /// Applicant's surname, name, patronymic (absent: anonymous).
    #[arg(long)]
    pub name: Option<String>,
    /// Address.
    #[arg(long)]
    pub address: Option<String>,
    /// Telephone.
    #[arg(long)]
    pub phone: Option<String>,
    /// E-mail.
    #[arg(long)]
    pub email: Option<String>,
    /// Gender, 4.x.
    #[arg(long)]
    pub gender: Option<String>,
    /// Author category, 7.x (repeatable).
    #[arg(long = "category")]
    pub categories: Vec<String>,
    /// Social status, 8.x.
    #[arg(long)]
    pub social_status: Option<String>,
    /// Number of signatories (more than one: collective).
    #[arg(long)]
    pub signatories: Option<String>,
    /// Form of receipt, 1.x.
    #[arg(long)]
    pub form: Option<String>,
    /// Sign of receipt, 2.x.
    #[arg(long)]
    pub sign: Option<String>,
    /// Kind, 3.x.
    #[arg(long)]
    pub kind: Option<String>,
    /// Subject, 5.x (derived from the name and signatories when absent).
    #[arg(long)]
    pub subject: Option<String>,
    /// Type, 6.x.
    #[arg(long = "type")]
    pub type_: Option<String>,
    /// Topic, Part II code (repeatable).
    #[arg(long = "topic")]
    pub topics: Vec<String>,
    /// Short content.
    #[arg(long)]
    pub summary: Option<String>,
    /// Term in days: 15, or 30 for one month.
    #[arg(long)]
    pub term: Option<String>,
    /// Law art. 10: don't disclose the name, address, phone or e-mail.
    #[arg(long)]
    pub confidential: bool,
    /// The earlier card this appeal repeats.
    #[arg(long)]
    pub repeat_of: Option<String>,
    /// One of many similar appeals on one question (2.5 масове).
    #[arg(long)]
    pub mass: bool,
}

impl RecordFlags {
    fn is_empty(&self) -> bool {
        self.to_fields(None).is_empty()
    }

    fn to_fields(&self, today: Option<chrono::NaiveDate>) -> BTreeMap<String, Raw> {
        let mut f = BTreeMap::new();
        let mut put = |k: &str, v: &Option<String>| {
            if let Some(v) = v {
                f.insert(k.to_string(), Raw::Text(v.clone()));
            }
        };
        put("cc_number", &self.cc_number);
        put("received", &self.received);
        put("name", &self.name);
        put("address", &self.address);
        put("phone", &self.phone);
        put("email", &self.email);
        put("gender", &self.gender);
        put("social_status", &self.social_status);
        put("signatories", &self.signatories);
        put("form", &self.form);
        put("sign", &self.sign);
        put("kind", &self.kind);
        put("subject", &self.subject);
        put("type", &self.type_);
        put("summary", &self.summary);
        put("term", &self.term);
        put("repeat_of", &self.repeat_of);
        if !self.categories.is_empty() {
            f.insert("categories".into(), Raw::Text(self.categories.join(";")));
        }
        if !self.topics.is_empty() {
            f.insert("topics".into(), Raw::Text(self.topics.join(";")));
        }
        if self.confidential {
            f.insert("confidential".into(), Raw::Text("true".into()));
        }
        if self.mass {
            f.insert("mass".into(), Raw::Text("true".into()));
        }
        if let (Some(t), false) = (today, f.is_empty()) {
            f.entry("received".into())
                .or_insert_with(|| Raw::Text(t.to_string()));
        }
        f
    }
}

pub fn run(a: Args, env: &Env) -> anyhow::Result<()> {
    let reg = super::load(env)?;
    let profile = match &a.from {
        Some(_) => load_profile(&reg, a.profile.as_deref())?,
        None => None,
    };
    let mut flags;
    let mut file;
    let (name, records): (String, &mut dyn Records) = match &a.from {
        Some(from) => {
            if !a.record.is_empty() {
                return Err(UserError::new(crate::t!("err-from-and-flags"))
                    .hint(crate::t!("hint-from-or-flags"))
                    .into());
            }
            file = open_input(
                from,
                a.input_format,
                a.encoding.as_deref(),
                profile.as_ref(),
                env.quiet,
            )?;
            (file.name.clone(), &mut file)
        }
        None => {
            if a.record.is_empty() {
                return Err(UserError::new(crate::t!("err-nothing-to-register"))
                    .hint(crate::t!("hint-nothing-to-register"))
                    .into());
            }
            flags = vec![RawRecord {
                position: "flags".into(),
                fields: a.record.to_fields(Some(env.today)),
            }];
            ("flags".to_string(), &mut flags)
        }
    };
    // A progress bar on stderr for long batches, only on a terminal; how
    // long is known once the batch is validated.
    let bar = std::cell::OnceCell::new();
    let terminal = !env.quiet && std::io::stderr().is_terminal();
    let tick = |done: usize, total: usize| {
        let b = bar.get_or_init(|| {
            (terminal && total >= 200).then(|| indicatif::ProgressBar::new(total as u64))
        });
        if let Some(b) = b {
            b.set_position(done as u64);
        }
    };
    let opts = Options {
        today: env.today,
        user: &env.user,
        skip_invalid: a.skip_invalid,
        dry_run: a.dry_run,
        late_reason: a.late_reason.as_deref(),
        link_matches: a.link_matches,
        progress: Some(&tick),
        profile: profile.as_ref(),
    };
    let outcome = register::register(&reg, &name, records, &opts, super::waiting);
    if let Some(Some(b)) = bar.get() {
        b.finish_and_clear();
    }
    let outcome = outcome?;
    // A problem repeated in many records is named once, with their span.
    for p in super::error::grouped_problems(&outcome.invalid) {
        eprintln!(
            "{}",
            crate::t!("step-register-skipped-invalid", problem = p.trim_start())
        );
    }
    for m in &outcome.matches {
        if !env.quiet {
            match &m.linked {
                Some(l) => eprintln!(
                    "{}",
                    crate::t!(
                        "step-register-linked",
                        card = m.card.to_string(),
                        earlier = l.to_string()
                    )
                ),
                None => eprintln!(
                    "{}",
                    super::error::hint_line(&crate::t!(
                        "hint-earlier-appeals",
                        card = m.card.as_str(),
                        earlier = m.earlier.join(", ")
                    ))
                ),
            }
        }
    }
    // The cards, one at a time (a batch's are read back, never all held),
    // each with its warning.
    let mut cards = outcome.cards(&reg).map(|c| c.inspect(warn_latin));
    let shown = !env.quiet;
    let mut out = std::io::stdout().lock();
    match (shown, a.format) {
        (false, _) => cards.try_for_each(|c| c.map(drop))?,
        (true, OutputFormat::Json) => super::render::cards_json(&mut out, cards)?,
        (true, OutputFormat::Csv) => super::render::write_cards_csv(&mut out, cards)?,
        (true, OutputFormat::Table) => {
            for c in cards {
                writeln!(out, "{}", row(&c?, a.dry_run))?;
            }
        }
    }
    for s in &outcome.skipped {
        if shown {
            eprintln!(
                "{}",
                crate::t!(
                    "step-register-already",
                    source = &name,
                    position = &s.position,
                    cc = &s.cc_number,
                    existing = &s.existing
                )
            );
        }
    }
    if shown && a.format == OutputFormat::Table {
        eprintln!("{}", summary(&outcome, a.dry_run));
    }
    Ok(())
}

/// The import profile `--profile` names, else the register's default; `None`
/// for `appeals`, the register's own format. A profile the register lacks,
/// or one with a mistake, is an error naming its file.
fn load_profile(reg: &Register, named: Option<&str>) -> anyhow::Result<Option<Profile>> {
    let name = named
        .or(reg.settings.intake.profile.as_deref())
        .unwrap_or(intake_profile::OWN);
    if name == intake_profile::OWN {
        return Ok(None);
    }
    let rel = intake_profile::path(name).map_err(crate::Error::from)?;
    let file = reg.store.display(&rel);
    if !reg.store.has_file(&rel) {
        let mut known = vec![intake_profile::OWN.to_string()];
        known.extend(
            reg.store
                .files_under(intake_profile::DIR)
                .map_err(crate::Error::from)?
                .iter()
                .filter_map(|f| f.strip_prefix("intake/")?.strip_suffix(".toml"))
                .map(str::to_string),
        );
        let message = crate::t!(
            "profile-err-none",
            name = name,
            known = known.join(", "),
            file = rel.as_str()
        );
        return Err(crate::Error::from(ConfigError { file, message }).into());
    }
    let text = reg.store.read_text(&rel).map_err(crate::Error::from)?;
    let profile = Profile::parse(&text, &file, &reg.classifier).map_err(crate::Error::from)?;
    Ok(Some(profile))
}

/// A name typed with Latin letters among Cyrillic ones is matched and
/// indexed as Cyrillic; the clerk is told which (not the name: it may be
/// confidential).
pub(crate) fn warn_latin(c: &Card) {
    let latin = c
        .applicant
        .name
        .as_deref()
        .map(crate::model::text::latin_lookalikes)
        .unwrap_or_default();
    if !latin.is_empty() {
        eprintln!(
            "{}",
            super::error::warn_line(crate::t!(
                "warn-latin-in-name",
                card = c.full_name(),
                letters = latin
                    .iter()
                    .map(|l| format!("«{l}»"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        );
    }
}

/// A card registered (or that would be), as the table lists it.
fn row(c: &Card, dry_run: bool) -> String {
    let (card, received, cc, control) = (
        c.full_name(),
        c.received,
        c.cc_number.as_deref().unwrap_or("-"),
        c.term.control_date,
    );
    if dry_run {
        crate::t!(
            "step-register-row-dry",
            card = card,
            received = received,
            cc = cc,
            control = control
        )
    } else {
        crate::t!(
            "step-register-row",
            card = card,
            received = received,
            cc = cc,
            control = control
        )
    }
}

/// The last line: how many registered, already registered, invalid.
fn summary(outcome: &register::Outcome, dry_run: bool) -> String {
    let (count, skipped) = (outcome.registered.len(), outcome.skipped.len());
    let mut summary = if dry_run {
        crate::t!(
            "step-register-summary-dry",
            count = count,
            skipped = skipped
        )
    } else {
        crate::t!("step-register-summary", count = count, skipped = skipped)
    };
    if !outcome.invalid.is_empty() {
        summary.push_str(&crate::t!(
            "step-register-invalid",
            count = outcome.invalid.count()
        ));
    }
    summary
}

/// An intake file (or standard input) read afresh, a record at a time,
/// for each pass of the registration over it.
struct FromFile<'a> {
    input: crate::store::outside::Input,
    name: String,
    format: Option<Format>,
    encoding: Option<&'a str>,
    /// The import profile whose columns a CSV has.
    profile: Option<&'a Profile>,
    /// Say which CSV columns are left aside (once).
    note: bool,
}

impl Records for FromFile<'_> {
    fn each(
        &mut self,
        each: &mut dyn FnMut(RawRecord) -> crate::error::Result<()>,
    ) -> crate::error::Result<()> {
        let profile = self.profile;
        let key = move |i: usize, h: &str| match profile {
            Some(p) => p.csv_key(i, h),
            None => Ok(h.to_string()),
        };
        let how = intake::Reading {
            file: &self.name,
            format: self.format,
            encoding: self.encoding,
            columns: profile.map(|_| &key as intake::Columns),
        };
        let found = match intake::stream(self.input.read()?, &how, each) {
            Ok(found) => found,
            Err(Failed::Input(e)) => return Err(e.into()),
            Err(Failed::Stopped(e)) => return Err(e),
        };
        if self.note && !found.ignored.is_empty() {
            eprintln!(
                "{}",
                crate::t!("note-ignored-columns", columns = found.ignored.join(", "))
            );
        }
        self.note = false;
        Ok(())
    }
}

/// Opens an intake file (or stdin), refusing one over the size limit.
fn open_input<'a>(
    from: &str,
    format: Option<InputFormat>,
    encoding: Option<&'a str>,
    profile: Option<&'a Profile>,
    quiet: bool,
) -> anyhow::Result<FromFile<'a>> {
    let input = crate::store::outside::open_input(from, intake::MAX_INPUT_BYTES)
        .map_err(crate::Error::from)?;
    let name = if from == "-" {
        "<stdin>".to_string()
    } else {
        from.to_string()
    };
    if input.len() > intake::MAX_INPUT_BYTES {
        return Err(crate::Error::from(InputError {
            source_name: name.clone(),
            problems: vec![Problem {
                file: name,
                record: String::new(),
                field: String::new(),
                reason: crate::t!("err-input-too-large", mib = intake::MAX_INPUT_BYTES >> 20),
            }]
            .into(),
            kind: InputKind::Whole,
        })
        .into());
    }
    let format = match format {
        Some(InputFormat::Json) => Some(Format::Json),
        Some(InputFormat::Jsonl) => Some(Format::JsonLines),
        Some(InputFormat::Csv) => Some(Format::Csv),
        None => Format::from_extension(from),
    };
    Ok(FromFile {
        input,
        name,
        format,
        encoding,
        profile,
        note: !quiet,
    })
}
