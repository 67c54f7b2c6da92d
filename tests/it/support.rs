//! Helpers: a temporary register and a way to run the binary in it.

#![allow(dead_code)]

use assert_cmd::Command;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

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

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).expect("stdout is JSON")
    }
}

/// The binary with a clean environment.
pub fn appeals() -> Command {
    let mut c = Command::cargo_bin("appeals").expect("binary");
    c.env_remove("APPEALS_REGISTER")
        .env_remove("APPEALS_TODAY")
        .env_remove("APPEALS_USER")
        .env("NO_COLOR", "1");
    c
}

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
        run_in(dir.path(), &["init", "reg", "--edition", edition], None).ok();
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
