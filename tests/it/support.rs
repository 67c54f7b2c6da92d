//! Helpers: a temporary register, a way to run the binary in it, one
//! fixture that carries a card to any stage of the procedure
//! ([`Reg::walk`], [`Reg::card_at`]) and one check of a refused command
//! ([`Reg::refused`]).

#![allow(dead_code)]

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The day the fixtures' appeals are received and registered (a Tuesday).
pub const DAY: &str = "2015-06-23";

/// The days a [`Walk`] records resolve, dispatch, answer, sign and send on,
/// for an appeal received on [`DAY`] (control date 23.07.2015, the
/// executor's due date 22.07.2015): every step on time.
pub const STEP_DAYS: [&str; 5] = [
    "2015-06-24",
    "2015-06-25",
    "2015-07-20",
    "2015-07-21",
    "2015-07-22",
];

/// The quality-evaluation card of the executor's package: on time,
/// complete, the applicant contacted and satisfied, score 5.
pub const QUALITY: &str = "timely = true\ncomplete = true\napplicant_contacted = true\n\
                           applicant_satisfied = \"yes\"\nscore = 5\nnotes = \"Світильник замінено\"\n";

/// A quality card with the applicant's satisfaction (`yes`, `no`,
/// `unknown`) and a score, without notes.
pub fn quality(satisfied: &str, score: u8) -> String {
    format!(
        "timely = true\ncomplete = true\napplicant_contacted = true\n\
         applicant_satisfied = \"{satisfied}\"\nscore = {score}\nnotes = \"\"\n"
    )
}

/// `answer CARD` with the package [`Reg::package`] writes (`draft.txt`,
/// `info.txt`) and the quality card `quality`, result 9.1.
pub fn answer_args<'a>(card: &'a str, quality: &'a str) -> Vec<&'a str> {
    vec![
        "answer",
        card,
        "--draft",
        "draft.txt",
        "--info",
        "info.txt",
        "--quality",
        quality,
        "--result",
        "9.1",
    ]
}

/// Runs git in `dir` as a clerk; panics if it fails. Returns stdout and stderr.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "clerk")
        .env("GIT_AUTHOR_EMAIL", "clerk@example.org")
        .env("GIT_COMMITTER_NAME", "clerk")
        .env("GIT_COMMITTER_EMAIL", "clerk@example.org")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

/// Where a card stands in the procedure (the order's points 3–8), in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Registered (3.1).
    Registered,
    /// The coordinator's resolution (4).
    Resolved,
    /// Sent to the executor (5).
    Dispatched,
    /// The executor's package is in (7).
    Answered,
    /// Signed by the coordinator (8.1).
    Signed,
    /// Mailed, result entered (8.2–8.3), and taken off control by the
    /// controller (`close`) unless `send` did.
    Sent,
}

impl Stage {
    /// Every stage, in procedure order.
    pub const ALL: [Stage; 6] = [
        Stage::Registered,
        Stage::Resolved,
        Stage::Dispatched,
        Stage::Answered,
        Stage::Signed,
        Stage::Sent,
    ];

    /// The stage of a card's `status` field.
    pub fn of_status(status: &str) -> Stage {
        match status {
            "registered" => Stage::Registered,
            "resolved" => Stage::Resolved,
            "dispatched" => Stage::Dispatched,
            "answered" => Stage::Answered,
            "signed" => Stage::Signed,
            "sent" | "closed" => Stage::Sent,
            other => panic!("no stage for status {other:?}"),
        }
    }

    /// The command that leads to this stage.
    pub fn command(self) -> &'static str {
        match self {
            Stage::Registered => "register",
            Stage::Resolved => "resolve",
            Stage::Dispatched => "dispatch",
            Stage::Answered => "answer",
            Stage::Signed => "sign",
            Stage::Sent => "send",
        }
    }
}

/// A temporary register, created with `appeals init`.
pub struct Reg {
    pub dir: tempfile::TempDir,
}

/// What a run printed and returned.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    #[track_caller]
    pub fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn fails(self) -> Run {
        assert_eq!(
            self.code, 1,
            "expected exit 1\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stderr_has(self, needle: &str) -> Run {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(self, needle: &str) -> Run {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}:\n{}",
            self.stdout
        );
        self
    }

    /// Asserts that stderr says what to do: at least one `hint:` line.
    #[track_caller]
    pub fn hinted(self) -> Run {
        assert!(
            self.stderr.contains("\nhint: "),
            "no hint:\n{}",
            self.stderr
        );
        self
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).expect("stdout is JSON")
    }
}

/// The binary with a clean environment, speaking English: the tests of
/// behaviour read its messages in English. A test of what a clerk reads
/// passes `--lang uk` (which wins over the environment), or starts from
/// [`appeals_unset`].
pub fn appeals() -> Command {
    let mut c = appeals_unset();
    c.env("APPEALS_LANG", "en");
    c
}

/// The binary with a clean environment and no language set anywhere: it
/// speaks Ukrainian.
pub fn appeals_unset() -> Command {
    let mut c = Command::cargo_bin("appeals").expect("binary");
    c.env_remove("APPEALS_REGISTER")
        .env_remove("APPEALS_TODAY")
        .env_remove("APPEALS_USER")
        .env_remove("APPEALS_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        // The pseudonyms' key, as an oblast gives one (`export --anonymize`).
        .env("APPEALS_ANONYMIZE_KEY_FILE", PSEUDONYM_KEY);
    c
}

/// The tests' key of the pseudonyms.
pub const PSEUDONYM_KEY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/it/pseudonym.key");

/// Runs the binary with arguments (and optional stdin) in `dir`.
pub fn run_in(dir: &Path, args: &[&str], stdin: Option<&str>) -> Run {
    let mut c = appeals();
    c.current_dir(dir).args(args);
    if let Some(s) = stdin {
        c.write_stdin(s.to_string());
    }
    let out = c.output().expect("runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

impl Reg {
    /// A new register (edition 2015).
    pub fn new() -> Reg {
        Reg::with_edition("2015")
    }

    pub fn with_edition(edition: &str) -> Reg {
        let dir = tempfile::tempdir().expect("tempdir");
        // The fixture's council considers anonymous appeals, as the demo's
        // does (`init`'s default is the law's: not considered).
        run_in(
            dir.path(),
            &[
                "init",
                "reg",
                "--edition",
                edition,
                "--anonymous",
                "consider",
            ],
            None,
        )
        .ok();
        Reg { dir }
    }

    /// A new register inside a git work tree (the temporary directory), so
    /// that `init` turns committing on and every command commits its files.
    pub fn in_git() -> Reg {
        let dir = tempfile::tempdir().expect("tempdir");
        git(dir.path(), &["init", "-q", "-b", "main"]);
        git(dir.path(), &["config", "user.name", "clerk"]);
        git(dir.path(), &["config", "user.email", "clerk@example.org"]);
        // `-R` as well: the commit goes to the register `-R` names.
        run_in(
            dir.path(),
            &[
                "-R",
                "reg",
                "init",
                "reg",
                "--anonymous",
                "consider",
                "--edition",
                "2015",
            ],
            None,
        )
        .ok();
        Reg { dir }
    }

    pub fn root(&self) -> PathBuf {
        self.dir.path().join("reg")
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    /// Runs a command on this register as `zarichenko` on `today`.
    pub fn run_on(&self, today: &str, args: &[&str]) -> Run {
        let mut all = vec!["-R", "reg", "--today", today, "--user", "zarichenko"];
        all.extend_from_slice(args);
        run_in(self.dir.path(), &all, None)
    }

    /// Same, with standard input.
    pub fn run_stdin(&self, today: &str, args: &[&str], stdin: &str) -> Run {
        let mut all = vec!["-R", "reg", "--today", today, "--user", "zarichenko"];
        all.extend_from_slice(args);
        run_in(self.dir.path(), &all, Some(stdin))
    }

    /// Writes a file beside the register and returns its path (relative to the run dir).
    pub fn file(&self, name: &str, text: &str) -> String {
        std::fs::write(self.dir.path().join(name), text).expect("write");
        name.to_string()
    }

    /// Parses a card file.
    pub fn card(&self, year: i32, number: u32) -> serde_json::Value {
        let p = self.path(&format!("cards/{year}/{number:06}.json"));
        serde_json::from_str(&std::fs::read_to_string(&p).expect("card exists")).expect("card JSON")
    }

    /// Every file of the register with its bytes (for "nothing written" checks).
    pub fn snapshot(&self) -> BTreeMap<String, Vec<u8>> {
        walkdir::WalkDir::new(self.root())
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .filter(|e| {
                let n = e.file_name().to_string_lossy();
                n != ".lock" && !e.path().components().any(|c| c.as_os_str() == ".index")
            })
            .map(|e| {
                let rel = e
                    .path()
                    .strip_prefix(self.root())
                    .unwrap()
                    .display()
                    .to_string();
                (rel, std::fs::read(e.path()).unwrap())
            })
            .collect()
    }

    /// Every file under the temporary directory — the register and the
    /// files beside it — less the lock and the derived indexes, which reads
    /// may refresh (for "nothing written anywhere" checks).
    pub fn world(&self) -> BTreeMap<String, Vec<u8>> {
        walkdir::WalkDir::new(self.dir.path())
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .filter(|e| {
                e.file_name() != ".lock"
                    && !e.path().components().any(|c| c.as_os_str() == ".index")
            })
            .map(|e| {
                (
                    e.path().display().to_string(),
                    std::fs::read(e.path()).unwrap_or_default(),
                )
            })
            .collect()
    }

    /// Runs a command that must be refused on `today`: exit 1, stderr
    /// opening with an `error:` line and holding every one of `needles`, no
    /// panic, and nothing written, in the register ([`Reg::snapshot`]) or
    /// beside it ([`Reg::world`]).
    #[track_caller]
    pub fn refused(&self, today: &str, args: &[&str], needles: &[&str]) -> Run {
        self.refused_with(1, today, args, needles)
    }

    /// Like [`Reg::refused`], for a usage error the argument parser refuses: exit 2.
    #[track_caller]
    pub fn usage_error(&self, today: &str, args: &[&str], needles: &[&str]) -> Run {
        self.refused_with(2, today, args, needles)
    }

    #[track_caller]
    fn refused_with(&self, code: i32, today: &str, args: &[&str], needles: &[&str]) -> Run {
        let (register, world) = (self.snapshot(), self.world());
        let run = self.run_on(today, args);
        assert_eq!(
            run.code, code,
            "{args:?}: exit {} where {code} was expected\nstdout:\n{}\nstderr:\n{}",
            run.code, run.stdout, run.stderr
        );
        assert!(
            !run.stderr.contains("panicked"),
            "{args:?} panicked:\n{}",
            run.stderr
        );
        assert!(
            run.stderr.starts_with("error:") || run.stderr.starts_with("помилка:"),
            "{args:?}: no error line:\n{}",
            run.stderr
        );
        for n in needles {
            assert!(
                run.stderr.contains(n),
                "{args:?}: stderr lacks {n:?}:\n{}",
                run.stderr
            );
        }
        assert!(
            self.snapshot() == register,
            "a refused {args:?} wrote to the register"
        );
        assert!(
            self.world() == world,
            "a refused {args:?} wrote a file beside the register"
        );
        run
    }

    /// Registers one appeal received on `day` from an intake file (the
    /// standard [`record`], topic 009, covered by maslenkov); returns its
    /// full name, e.g. `2015/К-1`.
    pub fn appeal(&self, day: &str, cc: &str) -> String {
        let f = self.file(
            &format!("{cc}.json"),
            &serde_json::json!([record(cc, day, serde_json::json!({}))]).to_string(),
        );
        let run = self.run_on(day, &["register", "--from", &f]).ok();
        run.stdout
            .split('\t')
            .next()
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| panic!("no card registered:\n{}", run.stderr))
            .to_string()
    }

    /// Writes the executor's package beside the register: `draft.txt`,
    /// `cc-draft.txt`, `info.txt` and `quality.toml` with `quality`.
    pub fn package(&self, quality: &str) {
        self.file(
            "draft.txt",
            "Шановний Петре Івановичу! Світильник замінено.\n",
        );
        self.file("cc-draft.txt", "Контакт-центру: світильник замінено.\n");
        self.file(
            "info.txt",
            "Інформація для координатора: роботи виконано 15.07.2015.\n",
        );
        self.file("quality.toml", quality);
    }

    /// Carries an existing card forward with the real binary: see [`Walk`].
    pub fn walk(&self, card: &str) -> Walk<'_> {
        Walk {
            reg: self,
            card: card.to_string(),
            days: STEP_DAYS.iter().map(|d| d.to_string()).collect(),
            executor: "dzhkg".into(),
            signer: None,
            result: "9.1".into(),
            quality: QUALITY.into(),
        }
    }

    /// Registers a new appeal on [`DAY`] and carries it to `stage` on
    /// [`STEP_DAYS`]; returns its full name (`2015/К-1` for the first).
    pub fn card_at(&self, stage: Stage) -> String {
        let n = walkdir::WalkDir::new(self.path("cards"))
            .into_iter()
            .flatten()
            .filter(|e| e.file_type().is_file())
            .count();
        let card = self.appeal(DAY, &format!("walk-{}", n + 1));
        self.walk(&card).to(stage);
        card
    }

    /// Registers one ordinary appeal from flags on `today`; returns stdout.
    pub fn register_one(&self, today: &str, cc: &str, name: &str, topic: &str) -> Run {
        self.run_on(
            today,
            &[
                "register",
                "--cc-number",
                cc,
                "--name",
                name,
                "--topic",
                topic,
                "--summary",
                "Не працює вуличне освітлення",
            ],
        )
    }
}

/// One intake record as JSON, with overrides.
pub fn record(cc: &str, received: &str, extra: serde_json::Value) -> serde_json::Value {
    let mut r = serde_json::json!({
        "cc_number": cc, "received": received,
        "name": "Коваленко Петро Іванович", "address": "вул. Шевченка, 5, кв. 12",
        "phone": "+380671234567", "email": null, "gender": "4.1",
        "categories": ["7.5"], "social_status": "8.1", "signatories": 1,
        "form": "1.4", "sign": "2.1", "kind": "3.2", "type": "6.3",
        "topics": ["009"], "summary": "Не працює вуличне освітлення", "term": 30,
        "confidential": false
    });
    if let (Some(m), serde_json::Value::Object(e)) = (r.as_object_mut(), extra) {
        for (k, v) in e {
            m.insert(k, v);
        }
    }
    r
}

/// A card carried forward step by step with the real binary: resolved (by
/// the coordinator whose topics cover it) to one executor, dispatched,
/// answered with the package of [`Reg::package`], signed by the
/// resolution's coordinator and sent, each step on its day and asserted to
/// succeed. Made by [`Reg::walk`]; the defaults can be changed before
/// [`Walk::to`].
pub struct Walk<'r> {
    reg: &'r Reg,
    card: String,
    days: Vec<String>,
    executor: String,
    signer: Option<String>,
    result: String,
    quality: String,
}

impl Walk<'_> {
    /// Every step on `day`.
    pub fn on(mut self, day: &str) -> Self {
        self.days = vec![day.to_string(); 5];
        self
    }

    /// The days of resolve, dispatch, answer, sign and send, as far as the
    /// walk goes (default [`STEP_DAYS`]).
    pub fn days(mut self, days: &[&str]) -> Self {
        self.days = days.iter().map(|d| d.to_string()).collect();
        self
    }

    /// The one executor of the resolution (default `dzhkg`).
    pub fn executor(mut self, id: &str) -> Self {
        self.executor = id.to_string();
        self
    }

    /// Who signs (default: the resolution's coordinator).
    pub fn signer(mut self, id: &str) -> Self {
        self.signer = Some(id.to_string());
        self
    }

    /// The proposed result, Classifier 9.x (default 9.1).
    pub fn result(mut self, code: &str) -> Self {
        self.result = code.to_string();
        self
    }

    /// The quality card's text (default [`QUALITY`]).
    pub fn quality(mut self, text: &str) -> Self {
        self.quality = text.to_string();
        self
    }

    /// Carries the card from where it stands to `stage`; each step must
    /// succeed. Returns the card as written by the last step (its JSON).
    #[track_caller]
    pub fn to(self, stage: Stage) -> serde_json::Value {
        let first = self.days.first().map(String::as_str).unwrap_or(DAY);
        let mut card = self
            .reg
            .run_on(first, &["show", &self.card, "--format", "json"])
            .ok()
            .json();
        let from = Stage::of_status(card["status"].as_str().expect("status"));
        assert!(from <= stage, "{} is {from:?}, past {stage:?}", self.card);
        for next in Stage::ALL.into_iter().filter(|s| *s > from && *s <= stage) {
            let i = next as usize - 1;
            let day = self.days.get(i).unwrap_or_else(|| {
                panic!(
                    "no day for {} of {}: give one with .days()",
                    next.command(),
                    self.card
                )
            });
            let c = self.card.as_str();
            let signer = match (&self.signer, next) {
                (Some(s), _) => s.clone(),
                (None, Stage::Signed) => card["resolution"]["coordinator"]
                    .as_str()
                    .expect("a resolution's coordinator")
                    .to_string(),
                (None, _) => String::new(),
            };
            let mut args: Vec<&str> = match next {
                Stage::Registered => unreachable!("a walk starts from a registered card"),
                Stage::Resolved => vec!["resolve", c, "--executor", &self.executor],
                Stage::Dispatched => vec!["dispatch", c],
                Stage::Answered => {
                    self.reg.package(&self.quality);
                    let mut a = answer_args(c, "quality.toml");
                    a[9] = &self.result;
                    a
                }
                Stage::Signed => vec!["sign", c, "--by", &signer],
                Stage::Sent => vec!["send", c],
            };
            args.extend(["--format", "json"]);
            card = self.reg.run_on(day, &args).ok().json();
            // Off control after the reply: the controller closes it, unless
            // register.toml says `send` did.
            if next == Stage::Sent && card["status"] == "sent" {
                let close = ["close", c, "--by", "sizhuk", "--format", "json"];
                card = self.reg.run_on(day, &close).ok().json();
            }
        }
        card
    }
}

/// The words of `text` written in Latin letters that a Ukrainian clerk
/// would read as English: every run of two or more Latin letters, except
/// in what is a name for machines rather than a word — anything quoted
/// ('appeals check', `received`), an option (--today), a file name or
/// path, an e-mail address, an id or code mixing letters with digits,
/// `_` or `.` (zarichenko, topic_002, 7.11, К-1) — and the few names
/// Ukrainian writes in Latin letters (JSON, CSV, XLSX, HTML, git, …).
pub fn latin_words(text: &str) -> Vec<String> {
    const NAMES: &[&str] = &[
        "appeals",
        "JSON",
        "CSV",
        "XLSX",
        "HTML",
        "TOML",
        "PDF",
        "git",
        "SHA",
        "UTF",
        "BOM",
        "Excel",
        "LibreOffice",
        "Fluent",
        "ID",
        "e-mail",
        "email",
    ];
    let mut out = Vec::new();
    for line in text.lines() {
        // Drop quoted stretches: '…', `…`, "…" (names and values for machines).
        let mut plain = String::new();
        let mut quote: Option<char> = None;
        for c in line.chars() {
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if c == '\'' || c == '`' || c == '"' => quote = Some(c),
                None => plain.push(c),
            }
        }
        let mut after_appeals = false;
        for token in plain.split(|c: char| c.is_whitespace() || ",;:()[]{}<>«»!?|=".contains(c)) {
            let token = token.trim_matches(|c: char| c == '.' || c == '…' || c == '*');
            // A command as it is typed: `appeals resolve`.
            let command = std::mem::replace(&mut after_appeals, token == "appeals");
            // A Roman numeral (група II) is no English word.
            let roman = token.chars().all(|c| "IVXLC".contains(c));
            if token.is_empty()
                || command
                || roman
                || token.starts_with('-')
                || token.contains(['/', '\\', '_', '@', '.', '#', '$', '%', '+', '\''])
                || token.chars().any(|c| c.is_ascii_digit())
                || token.chars().any(|c| !c.is_ascii() && c.is_alphabetic())
            {
                continue;
            }
            let letters = token.chars().filter(|c| c.is_ascii_alphabetic()).count();
            if letters < 2 || NAMES.iter().any(|n| n.eq_ignore_ascii_case(token)) {
                continue;
            }
            out.push(token.to_string());
        }
    }
    out
}

/// The demo register (`register/`) copied into a temporary directory as `reg`.
pub fn demo() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("register");
    copy_dir(&src, &dir.path().join("reg"));
    dir
}

/// Copies a directory tree to `to`.
pub fn copy_dir(src: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(src) {
        let entry = entry.expect("entry");
        let to = to.join(entry.path().strip_prefix(src).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to).expect("dir");
        } else {
            std::fs::copy(entry.path(), &to).expect("copy");
        }
    }
}
