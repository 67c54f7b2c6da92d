//! The register's hand-editable settings: `register.toml` (numbering, terms,
//! intake defaults, policies) and `people.toml` (the roster). Both fail
//! loudly on unknown keys, naming the file, the line and the key.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// A settings file that doesn't parse or contradicts itself, with the
/// file, and the line and key at fault where known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {message}")]
pub struct ConfigError {
    /// The file, as named to the parser.
    pub file: String,
    /// What is wrong (`line 3: unknown field ...`).
    pub message: String,
}

impl ConfigError {
    fn new(file: &str, message: impl Into<String>) -> ConfigError {
        ConfigError {
            file: file.to_string(),
            message: message.into(),
        }
    }
}

/// A settings file's result.
pub type Result<T, E = ConfigError> = std::result::Result<T, E>;

/// Parses a TOML file strictly; errors name the file and the line.
pub fn parse_toml<T: DeserializeOwned>(text: &str, file: &str) -> Result<T> {
    toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        let message = serde_message(e.message().trim());
        match line {
            Some(l) => ConfigError::new(file, crate::t!("detail-line", line = l, text = message)),
            None => ConfigError::new(file, message),
        }
    })
}

/// A message of the TOML reader in this run's language: the common ones
/// (an unknown or missing field, a wrong type) in words, the rest as the
/// reader says it.
pub fn serde_message(message: &str) -> String {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return message.to_string();
    }
    if let Some(rest) = message.strip_prefix("unknown field ") {
        return match rest.split_once(", expected ") {
            Some((field, expected)) => crate::t!(
                "err-toml-unknown-field-expected",
                field = field,
                expected = expected.trim_start_matches("one of ").replace(" or ", ", ")
            ),
            None => crate::t!("err-toml-unknown-field", field = rest),
        };
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        return crate::t!("err-toml-missing-field", field = field);
    }
    if let Some(key) = message.strip_prefix("duplicate key ") {
        return crate::t!("err-toml-duplicate-key", key = key);
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            return crate::t!("err-toml-invalid-type", found = found, expected = expected);
        }
    }
    crate::t!("err-toml-other", message = message)
}

/// `register.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Settings format version.
    pub version: u32,
    /// The council whose register this is.
    pub council: String,
    /// The department that keeps it.
    pub department: String,
    /// The register's own id, written once by `init` (random): two paths
    /// with the same id are clones of one register, which a report must
    /// not count twice. Registers made before it have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Registration indexes.
    pub numbering: Numbering,
    /// Terms of consideration.
    pub terms: Terms,
    /// Values intake takes when a record leaves a field out.
    pub defaults: Defaults,
    /// How anonymous appeals are handled (the order's point 10).
    pub anonymous: Anonymous,
    /// How a repeated appeal's sign of receipt is decided where the law
    /// leaves it open (the order's point 9; see `model::repeat`).
    #[serde(default)]
    pub repeats: crate::model::repeat::Rule,
    /// Removal from control.
    #[serde(default)]
    pub control: Control,
    /// Reminders and escalation (`appeals remind`): the levels written to
    /// and how many working days ahead the executor is reminded.
    #[serde(default)]
    pub remind: crate::model::remind::Rule,
    /// The author categories whose appeals are considered first (law art.
    /// 20) and by the head personally (arts. 14–15); `None` when the file
    /// has no `[priority]`: the Classifier edition's defaults apply (see
    /// `model::priority`). Written by [`Settings::to_toml`] with the names
    /// of the codes, so not serialised here.
    #[serde(default, skip_serializing)]
    pub priority: Option<crate::model::priority::Lists>,
    /// Committing each command's changes to git.
    #[serde(default)]
    pub git: GitSettings,
    /// Who sees a confidential applicant (law art. 10; see `model::privacy`).
    #[serde(default)]
    pub privacy: crate::model::privacy::Policy,
    /// How `register --from` reads an export when `--profile` names no
    /// import profile; absent: the register's own format.
    #[serde(default, skip_serializing_if = "Intake::is_own")]
    pub intake: Intake,
}

/// `[intake]` of `register.toml`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Intake {
    /// The import profile (`intake/<profile>.toml`) an export is read
    /// with by default; `None`: `appeals`, the register's own fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
}

impl Intake {
    /// Whether the register reads its own format by default.
    fn is_own(&self) -> bool {
        self.profile.is_none()
    }
}

/// Removal from control (the Instruction: the controller or the head
/// decides it after the reply).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Control {
    /// `send` takes the card off control itself, recorded as a `close` by
    /// whoever sends. `false`: a controller or coordinator runs `close`.
    /// A register.toml without the setting (written before it existed)
    /// reads `true`, as `send` behaved then; `init` writes `false`.
    pub close_at_send: bool,
}

impl Default for Control {
    fn default() -> Control {
        Control {
            close_at_send: true,
        }
    }
}

/// The register's git audit trail.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GitSettings {
    /// Commit the files each mutating command writes, authored by the acting user.
    pub commit: bool,
}

/// Marks that replace the surname letter in an index (Instruction 348).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Numbering {
    /// Mark of a collective appeal (more than one signatory).
    pub collective: String,
    /// Mark of an anonymous appeal (no name).
    pub anonymous: String,
}

/// How "one month" is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MonthRule {
    /// The same day of the next month, or its last day.
    Calendar,
    /// Thirty calendar days.
    #[serde(rename = "30-days")]
    ThirtyDays,
}

/// What happens to a control date that falls on a non-working day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NonWorkingPolicy {
    /// Move it to the next working day.
    Next,
    /// Move it to the previous working day.
    Previous,
    /// Keep it.
    Keep,
}

impl NonWorkingPolicy {
    /// As `register.toml` writes it: `next`, `previous`, `keep`.
    pub fn as_str(self) -> &'static str {
        match self {
            NonWorkingPolicy::Next => "next",
            NonWorkingPolicy::Previous => "previous",
            NonWorkingPolicy::Keep => "keep",
        }
    }
}

/// Terms of consideration (law art. 20) and the council's internal rules.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    /// Term when intake gives none: 15 (no further study needed) or 30 (one month).
    pub default: u32,
    /// How "one month" (a term of 30) is counted.
    pub month: MonthRule,
    /// A control date on a non-working day.
    pub non_working: NonWorkingPolicy,
    /// The longest total term after extensions, in days from receipt (law art. 20: 45).
    pub max_total: u32,
    /// Working days between the executor's due date and the control date (the order, point 7: 1).
    pub executor_lead: u32,
}

/// Intake defaults: a hotline appeal is oral and forwarded by an authority.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    /// Form of receipt, 1.x.
    pub form: String,
    /// Sign of receipt, 2.x.
    pub sign: String,
    /// Kind, 3.x.
    pub kind: String,
    /// Type, 6.x.
    #[serde(rename = "type")]
    pub type_: String,
}

/// The council's policy for anonymous appeals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Anonymous {
    /// `consider` or `no-consideration`.
    pub policy: AnonymousPolicy,
}

/// Anonymous appeals: considered as usual, or closed under law art. 8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnonymousPolicy {
    /// Registered `БП-` and considered; no answer is mailed.
    Consider,
    /// Registered, then closed at once (law art. 8).
    NoConsideration,
}

impl Settings {
    /// The settings `init` writes: the 2015 order's practice.
    pub fn default_for(council: &str) -> Settings {
        Settings {
            version: 1,
            council: council.to_string(),
            department: "Відділ звернень громадян".to_string(),
            id: None,
            numbering: Numbering {
                collective: "КО".into(),
                anonymous: "БП".into(),
            },
            terms: Terms {
                default: 30,
                month: MonthRule::Calendar,
                non_working: NonWorkingPolicy::Next,
                max_total: 45,
                executor_lead: 1,
            },
            defaults: Defaults {
                form: "1.4".into(),
                sign: crate::model::codes::Sign::Primary.code().into(),
                kind: "3.2".into(),
                type_: "6.3".into(),
            },
            anonymous: Anonymous {
                policy: AnonymousPolicy::Consider,
            },
            repeats: crate::model::repeat::Rule::default(),
            control: Control {
                close_at_send: false,
            },
            remind: crate::model::remind::Rule::default(),
            priority: None,
            git: GitSettings::default(),
            privacy: crate::model::privacy::Policy::default(),
            intake: Intake::default(),
        }
    }

    /// Parses `register.toml`.
    pub fn parse(text: &str, file: &str) -> Result<Settings> {
        let s: Settings = parse_toml(text, file)?;
        if s.version != 1 {
            return Err(ConfigError::new(
                file,
                crate::t!("err-settings-version", version = s.version.to_string()),
            ));
        }
        if s.repeats.multiple_after < 1 {
            return Err(ConfigError::new(file, crate::t!("err-multiple-after")));
        }
        if let Some(problem) = s.remind.problem() {
            return Err(ConfigError::new(file, problem));
        }
        if !(1..=s.terms.max_total).contains(&s.terms.default) {
            return Err(ConfigError::new(
                file,
                crate::t!(
                    "err-terms-default",
                    default = s.terms.default.to_string(),
                    max = s.terms.max_total.to_string()
                ),
            ));
        }
        Ok(s)
    }

    /// The file's text, with comments that say what each setting means;
    /// `classifier` names the codes of `[priority]`.
    pub fn to_toml(&self, classifier: &crate::classifier::Classifier) -> String {
        let mut body = toml::to_string_pretty(self)
            .unwrap_or_default()
            // Said beside its table, so that the header's lines (which
            // error messages number) stay where they were.
            .replacen(
                "\n[privacy]\n",
                "\n# privacy.executor_sees_confidential: whether the executors' letter and\n\
                 # drafts name an applicant who asked for confidentiality (law art. 10 allows\n\
                 # passing it to those who resolve the matter, and does not require it);\n\
                 # false: hidden from them too, as from every other output.\n[privacy]\n",
                1,
            );
        if let Some(p) = &self.priority {
            body.push('\n');
            body.push_str(&p.to_toml(classifier));
        }
        format!(
            "# Settings of this register of citizens' appeals. Edit by hand; `appeals check`\n\
             # validates it. Terms follow law art. 20 «Про звернення громадян»: 15 days for\n\
             # appeals needing no further study, one month otherwise, at most 45 days with\n\
             # extensions; the executor answers `executor_lead` working days before the\n\
             # control date (the order of 23.06.2015 No. 125-р, point 7).\n\
             # terms.month: \"calendar\" (same day next month) or \"30-days\".\n\
             # terms.non_working: \"next\", \"previous\" or \"keep\"; ends the 45 days too, \"next\" never past them.\n\
             # anonymous.policy: \"consider\" or \"no-consideration\".\n\
             # repeats.multiple_after: how many earlier appeals of the applicant on the\n\
             # question make a new one 2.4 неодноразове; repeats.open_earlier: the sign of\n\
             # one that comes while the earlier is open within its term, \"duplicate\"\n\
             # (2.3) or \"repeated\" (2.2) (the order's point 9; the law leaves both open).\n\
             # control.close_at_send: false (the Instruction: a controller or coordinator\n\
             # takes a card off control after the reply, `appeals close`), or true (`send`\n\
             # takes it off, recorded as a `close` by whoever sends).\n\
             # remind.levels: whom `appeals remind` writes to: \"executor\" (before its due\n\
             # date), \"coordinator\" (once it has passed with no package), \"head\" (once the\n\
             # control date has passed; the first [[head]] of people.toml); once per card,\n\
             # level and date. remind.executor_before: working days ahead (0 to 20).\n\
             # git.commit: commit every command's changes (inside a git work tree).\n\n{body}"
        )
    }
}

/// `people.toml`: who coordinates, who executes, who administers.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roster {
    /// Coordinators: the council secretary and deputy mayors (point 2.1).
    #[serde(default, rename = "coordinator")]
    pub coordinators: Vec<Coordinator>,
    /// Executors: executive bodies, district councils, the settlement council, enterprises.
    #[serde(default, rename = "executor")]
    pub executors: Vec<Executor>,
    /// Administrators and controllers of the department.
    #[serde(default, rename = "administrator")]
    pub administrators: Vec<Administrator>,
    /// The head of the council and the officials he authorised to decide
    /// in his name: extensions (law art. 20: "керівник ... або його
    /// заступник"), declines under arts. 8 and 17 ("керівник ... або посадова
    /// особа в межах своїх повноважень"), and escalations after the control
    /// date.
    #[serde(default, rename = "head", skip_serializing_if = "Vec::is_empty")]
    pub heads: Vec<Head>,
}

/// The head of the council, or an official authorised to decide in his name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Head {
    /// ASCII id used on the command line.
    pub id: String,
    /// Name.
    pub name: String,
    /// Position.
    pub position: String,
    /// E-mail: the commits of `--user ID` are authored by this person
    /// (name and e-mail) rather than by git's identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Initial and surname, as a letter is signed: «О. Масленков»; `name`
    /// where left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// The short name in the dative (to whom): «О. Масленкову».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name_dative: Option<String>,
    /// The position in the genitive (whose): «заступника міського голови …».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position_genitive: Option<String>,
    /// The position in the dative (to whom): «заступнику міського голови …».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position_dative: Option<String>,
}

/// A coordinator.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coordinator {
    /// ASCII id used on the command line.
    pub id: String,
    /// Name.
    pub name: String,
    /// Position.
    pub position: String,
    /// E-mail: the commits of `--user ID` are authored by this person
    /// (name and e-mail) rather than by git's identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Topics (Part II codes) covered by the distribution of duties.
    pub topics: Vec<String>,
    /// Initial and surname, as a letter is signed: «О. Масленков»; `name`
    /// where left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// The short name in the dative (to whom): «О. Масленкову».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name_dative: Option<String>,
    /// The position in the genitive (whose): «заступника міського голови …».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position_genitive: Option<String>,
    /// The position in the dative (to whom): «заступнику міського голови …».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position_dative: Option<String>,
}

/// The grammatical cases letters put a name in. The forms are optional in
/// `people.toml`, so that a roster written before them still loads; a form
/// left out falls back to the nominative (and `appeals people` says so).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Називний: who (`name`, `position` themselves).
    Nominative,
    /// Родовий: of whom («відповідь Управління праці»).
    Genitive,
    /// Давальний: to whom («направлено Управлінню праці»).
    Dative,
    /// Орудний: by whom («розглянуто Управлінням праці»).
    Instrumental,
}

/// An official who signs and receives letters: a coordinator or the head.
pub trait Official {
    /// The name as the roster gives it.
    fn name(&self) -> &str;
    /// The position as the roster gives it.
    fn position(&self) -> &str;
    /// `short_name`, `short_name_dative`, `position_genitive`, `position_dative`.
    fn forms(&self) -> [&Option<String>; 4];

    /// The short name a letter is signed with; `name` where left out.
    fn short_name_in(&self, case: Case) -> &str {
        let [short, dative, _, _] = self.forms();
        let nominative = short.as_deref().unwrap_or(self.name());
        match case {
            Case::Dative => dative.as_deref().unwrap_or(nominative),
            _ => nominative,
        }
    }

    /// The position in `case`; the nominative where left out.
    fn position_in(&self, case: Case) -> &str {
        let [_, _, genitive, dative] = self.forms();
        let form = match case {
            Case::Genitive => genitive.as_deref(),
            Case::Dative => dative.as_deref(),
            Case::Nominative | Case::Instrumental => None,
        };
        form.unwrap_or(self.position())
    }

    /// The forms the roster leaves out, as their keys.
    fn missing_forms(&self) -> Vec<&'static str> {
        let keys = [
            "short_name",
            "short_name_dative",
            "position_genitive",
            "position_dative",
        ];
        keys.into_iter()
            .zip(self.forms())
            .filter(|(_, v)| v.is_none())
            .map(|(k, _)| k)
            .collect()
    }
}

impl Official for Coordinator {
    fn name(&self) -> &str {
        &self.name
    }
    fn position(&self) -> &str {
        &self.position
    }
    fn forms(&self) -> [&Option<String>; 4] {
        [
            &self.short_name,
            &self.short_name_dative,
            &self.position_genitive,
            &self.position_dative,
        ]
    }
}

impl Official for Head {
    fn name(&self) -> &str {
        &self.name
    }
    fn position(&self) -> &str {
        &self.position
    }
    fn forms(&self) -> [&Option<String>; 4] {
        [
            &self.short_name,
            &self.short_name_dative,
            &self.position_genitive,
            &self.position_dative,
        ]
    }
}

/// Kinds of executor named by the order's point 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExecutorKind {
    /// An executive body of the council.
    ExecutiveBody,
    /// A district council in the city.
    DistrictCouncil,
    /// A settlement council.
    SettlementCouncil,
    /// An enterprise, institution or organisation.
    Enterprise,
}

/// An executor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Executor {
    /// ASCII id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: ExecutorKind,
    /// E-mail for dispatch.
    #[serde(default)]
    pub email: Option<String>,
    /// The coordinator who oversees it.
    #[serde(default)]
    pub coordinator: Option<String>,
    /// The name in the genitive (родовий): «Управління праці …»,
    /// «Департаменту …».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_genitive: Option<String>,
    /// The name in the dative (давальний): «Управлінню праці …».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_dative: Option<String>,
    /// The name in the instrumental (орудний): «Управлінням праці …».
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_instrumental: Option<String>,
}

impl Executor {
    /// The name in `case`; the nominative where the roster gives no form.
    pub fn name_in(&self, case: Case) -> &str {
        let form = match case {
            Case::Nominative => None,
            Case::Genitive => self.name_genitive.as_deref(),
            Case::Dative => self.name_dative.as_deref(),
            Case::Instrumental => self.name_instrumental.as_deref(),
        };
        form.unwrap_or(&self.name)
    }

    /// The cases the roster leaves out, as their keys (`name_dative`, …).
    pub fn missing_cases(&self) -> Vec<&'static str> {
        [
            ("name_genitive", &self.name_genitive),
            ("name_dative", &self.name_dative),
            ("name_instrumental", &self.name_instrumental),
        ]
        .into_iter()
        .filter(|(_, v)| v.is_none())
        .map(|(k, _)| k)
        .collect()
    }
}

/// An administrator or controller.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Administrator {
    /// ASCII id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Position.
    pub position: String,
    /// E-mail: the commits of `--user ID` are authored by this person
    /// (name and e-mail) rather than by git's identity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// A controller (the Instruction's control of execution): decides the
    /// removal of a card from control after the reply.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub controller: bool,
}

impl Roster {
    /// Parses `people.toml`; ids must be unique ASCII words.
    pub fn parse(text: &str, file: &str) -> Result<Roster> {
        let r: Roster = parse_toml(text, file)?;
        let mut seen = std::collections::BTreeSet::new();
        let ids = r
            .coordinators
            .iter()
            .map(|c| &c.id)
            .chain(r.executors.iter().map(|e| &e.id))
            .chain(r.administrators.iter().map(|a| &a.id))
            .chain(r.heads.iter().map(|h| &h.id));
        for id in ids {
            if id.is_empty()
                || !id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                return Err(ConfigError::new(
                    file,
                    crate::t!("err-id-ascii", id = format!("{id:?}")),
                ));
            }
            if !seen.insert(id.clone()) {
                return Err(ConfigError::new(
                    file,
                    crate::t!("err-id-twice", id = format!("{id:?}")),
                ));
            }
        }
        for e in &r.executors {
            if let Some(c) = &e.coordinator {
                if !r.coordinators.iter().any(|k| &k.id == c) {
                    return Err(ConfigError::new(
                        file,
                        crate::t!(
                            "err-executor-coordinator",
                            executor = format!("{:?}", e.id),
                            coordinator = format!("{c:?}")
                        ),
                    ));
                }
            }
        }
        Ok(r)
    }

    /// Serialises the roster.
    pub fn to_toml(&self) -> String {
        let body = toml::to_string_pretty(self)
            .unwrap_or_default()
            // Said beside its table, so that the header's lines (which
            // error messages number) stay where they were.
            .replacen(
                "\n[privacy]\n",
                "\n# privacy.executor_sees_confidential: whether the executors' letter and\n\
                 # drafts name an applicant who asked for confidentiality (law art. 10 allows\n\
                 # passing it to those who resolve the matter, and does not require it);\n\
                 # false: hidden from them too, as from every other output.\n[privacy]\n",
                1,
            );
        format!(
            "# The roster: coordinators (with the topics they cover by distribution of\n\
             # duties), executors, administrators (`controller = true` for those who\n\
             # take cards off control) and the head with the officials he authorised\n\
             # (extensions, declines under law arts. 8 and 17, escalations). Ids are\n\
             # ASCII and used on the command line. Edit by hand; `appeals check`\n\
             # validates it.\n\n{body}"
        )
    }

    /// A coordinator by id.
    pub fn coordinator(&self, id: &str) -> Option<&Coordinator> {
        self.coordinators.iter().find(|c| c.id == id)
    }

    /// An executor by id.
    pub fn executor(&self, id: &str) -> Option<&Executor> {
        self.executors.iter().find(|e| e.id == id)
    }

    /// An administrator or controller by id.
    pub fn administrator(&self, id: &str) -> Option<&Administrator> {
        self.administrators.iter().find(|a| a.id == id)
    }

    /// The head, or an official authorised by him, by id.
    pub fn head(&self, id: &str) -> Option<&Head> {
        self.heads.iter().find(|h| h.id == id)
    }

    /// The display name of anyone in the roster.
    pub fn name_of(&self, id: &str) -> Option<&str> {
        self.coordinators
            .iter()
            .map(|c| (&c.id, &c.name))
            .chain(self.executors.iter().map(|e| (&e.id, &e.name)))
            .chain(self.administrators.iter().map(|a| (&a.id, &a.name)))
            .chain(self.heads.iter().map(|h| (&h.id, &h.name)))
            .find(|(i, _)| *i == id)
            .map(|(_, n)| n.as_str())
    }
}

/// Up to three of `candidates` closest to `input`, best first.
pub fn closest<'a>(input: &str, candidates: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut scored: Vec<(f64, &str)> = candidates
        .map(|c| (strsim::jaro_winkler(input, c), c))
        .filter(|(s, _)| *s > 0.6)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored
        .into_iter()
        .take(3)
        .map(|(_, c)| c.to_string())
        .collect()
}
