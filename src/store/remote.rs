//! git between clones, for `appeals sync` (issue #18, point 1): fetching
//! the shared remote, finding the card files each side added since they
//! parted, rewriting this clone's unpublished commits with some cards
//! under new numbers, rebasing onto the remote and pushing. Which cards
//! move, and how a card reads under its new number, is decided by
//! `ops::sync`; here it is only carried out.

use super::error::{Result, StoreError};
use super::git::{git, run, run_with, toplevel_checked};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The git repository a register lives in, seen from the register.
#[derive(Debug, Clone)]
pub struct Repo {
    top: PathBuf,
    register: PathBuf,
    /// The register's directory inside the work tree, `""` or `reg/`.
    prefix: String,
}

/// Where this clone's branch is published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upstream {
    /// The remote's name (`origin`).
    pub remote: String,
    /// The branch there (`main`).
    pub branch: String,
}

impl Upstream {
    /// The remote-tracking ref (`refs/remotes/origin/main`).
    pub fn tracking(&self) -> String {
        format!("refs/remotes/{}/{}", self.remote, self.branch)
    }

    /// How a person names it (`origin/main`).
    pub fn name(&self) -> String {
        format!("{}/{}", self.remote, self.branch)
    }
}

/// A commit's author and message, kept when it is rewritten.
#[derive(Debug, Clone)]
pub struct CommitInfo {
    /// Full id.
    pub id: String,
    /// Author name, e-mail and date (git's raw form).
    pub author: [String; 3],
    /// Committer name and e-mail.
    pub committer: [String; 2],
    /// The whole message.
    pub message: String,
}

/// How `rewrite` changes one file: its new name and content, `None` to
/// keep it as it is.
pub type Edit<'a> = &'a dyn Fn(&str, &[u8]) -> Option<(String, Vec<u8>)>;

/// How a rebase ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rebased {
    /// Done: the branch sits on the remote's commits.
    Done,
    /// Stopped on files both sides changed that no driver could merge; the
    /// rebase was undone, the branch is as before.
    Conflict(Vec<String>),
}

/// How a push ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pushed {
    /// The remote has this clone's commits.
    Done,
    /// The remote moved on meanwhile (another clone pushed): fetch again.
    Behind,
}

impl Repo {
    /// The repository holding `register`; `None` when it is in none.
    pub fn open(register: &Path) -> Result<Option<Repo>> {
        let Some(top) = toplevel_checked(register)? else {
            return Ok(None);
        };
        let prefix = run(
            register,
            git(register).args(["rev-parse", "--show-prefix"]),
            "detail-git-find",
        )?
        .trim_end()
        .to_string();
        Ok(Some(Repo {
            top,
            register: register.to_path_buf(),
            prefix,
        }))
    }

    /// git in the work tree's top, for a child of a command that holds the
    /// register's lock (a merge driver or hook reads without waiting).
    fn git(&self) -> Command {
        let mut c = git(&self.top);
        c.env(super::lock::HELD_BY_PARENT, &self.register);
        c
    }

    fn run(&self, c: &mut Command, what: &str) -> Result<String> {
        run(&self.top, c, what)
    }

    /// A path of the register as the work tree names it.
    pub fn in_tree(&self, rel: &str) -> String {
        format!("{}{rel}", self.prefix)
    }

    /// A path of the work tree as the register names it, when inside it.
    pub fn in_register<'a>(&self, path: &'a str) -> Option<&'a str> {
        path.strip_prefix(&self.prefix)
    }

    /// The branch checked out, when one is.
    pub fn branch(&self) -> Result<Option<String>> {
        let out = self
            .git()
            .args(["symbolic-ref", "--quiet", "--short", "HEAD"])
            .output()
            .map_err(|e| StoreError::io(&self.top, e))?;
        Ok(out
            .status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string()))
    }

    /// Where `branch` is published: its configured upstream, else the
    /// same name on `origin` (a clone's first push). `None` without a
    /// remote at all.
    pub fn upstream(&self, branch: &str) -> Result<Option<Upstream>> {
        let config = |key: &str| {
            self.git()
                .args(["config", "--get", key])
                .output()
                .ok()
                .filter(|o| o.status.success())
                .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        };
        let remote = config(&format!("branch.{branch}.remote"));
        let merge = config(&format!("branch.{branch}.merge"));
        if let (Some(remote), Some(merge)) = (remote, merge) {
            let branch = merge.trim_start_matches("refs/heads/").to_string();
            return Ok(Some(Upstream { remote, branch }));
        }
        let remotes = self.run(self.git().arg("remote"), "detail-git-fetch")?;
        let remote = if remotes.lines().any(|r| r == "origin") {
            Some("origin".to_string())
        } else {
            remotes.lines().next().map(str::to_string)
        };
        Ok(remote.map(|remote| Upstream {
            remote,
            branch: branch.to_string(),
        }))
    }

    /// Brings the remote's commits in (nothing in the work tree changes).
    pub fn fetch(&self, up: &Upstream) -> Result<()> {
        self.run(
            self.git()
                .args(["fetch", "--quiet", "--no-tags", &up.remote]),
            "detail-git-fetch",
        )
        .map(drop)
    }

    /// The commit `name` names, if any.
    pub fn rev(&self, name: &str) -> Option<String> {
        let out = self
            .git()
            .args(["rev-parse", "--verify", "--quiet"])
            .arg(format!("{name}^{{commit}}"))
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    }

    /// The last commit both have.
    pub fn merge_base(&self, a: &str, b: &str) -> Option<String> {
        let out = self.git().args(["merge-base", a, b]).output().ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    }

    /// How many commits `to` has that `from` hasn't.
    pub fn count(&self, from: &str, to: &str) -> Result<usize> {
        let text = self.run(
            self.git()
                .args(["rev-list", "--count"])
                .arg(format!("{from}..{to}")),
            "detail-git-read",
        )?;
        Ok(text.trim().parse().unwrap_or(0))
    }

    /// How many commits `rev` has.
    pub fn count_all(&self, rev: &str) -> Result<usize> {
        let text = self.run(
            self.git().args(["rev-list", "--count", rev]),
            "detail-git-read",
        )?;
        Ok(text.trim().parse().unwrap_or(0))
    }

    /// The register's files that differ from the last commit, or are not
    /// in git and not ignored.
    pub fn dirty(&self) -> Result<Vec<String>> {
        let text = self.run(
            self.git()
                .args(["status", "--porcelain", "-z", "--untracked-files=all", "--"])
                .arg(if self.prefix.is_empty() {
                    ".".to_string()
                } else {
                    self.prefix.clone()
                }),
            "detail-git-read",
        )?;
        Ok(text
            .split('\0')
            .filter(|l| l.len() > 3)
            .map(|l| l[3..].to_string())
            .collect())
    }

    /// Whether a rebase was left half-way (a command killed during one).
    pub fn rebasing(&self) -> bool {
        ["rebase-merge", "rebase-apply"].iter().any(|dir| {
            self.git()
                .args(["rev-parse", "--git-path", dir])
                .output()
                .ok()
                .filter(|o| o.status.success())
                .map(|o| self.top.join(String::from_utf8_lossy(&o.stdout).trim()))
                .is_some_and(|p| p.exists())
        })
    }

    /// Undoes a rebase left half-way: the branch and the work tree are as
    /// they were before it.
    pub fn abort_rebase(&self) -> Result<()> {
        self.run(self.git().args(["rebase", "--abort"]), "detail-git-rebase")
            .map(drop)
    }

    /// The register's card files (`cards/…`, as the register names them)
    /// that commits in `from..to` added.
    pub fn added_cards(&self, from: &str, to: &str) -> Result<Vec<String>> {
        let text = self.run(
            self.git()
                .args([
                    "diff",
                    "--name-only",
                    "-z",
                    "--no-renames",
                    "--diff-filter=A",
                    from,
                    to,
                    "--",
                ])
                .arg(self.in_tree(super::CARDS)),
            "detail-git-read",
        )?;
        Ok(text
            .split('\0')
            .filter_map(|p| self.in_register(p))
            .filter(|p| p.ends_with(".json"))
            .map(str::to_string)
            .collect())
    }

    /// The register's card files at `rev` under `cards/<year>/`.
    pub fn cards_at(&self, rev: &str, year: i32) -> Result<Vec<String>> {
        let dir = self.in_tree(&format!("{}/{year}/", super::CARDS));
        let text = self.run(
            self.git()
                .args(["ls-tree", "-z", "--name-only", rev, "--"])
                .arg(&dir),
            "detail-git-read",
        )?;
        Ok(text
            .split('\0')
            .filter_map(|p| self.in_register(p))
            .map(str::to_string)
            .collect())
    }

    /// Files of the register as they were at `rev`, in order, read by one
    /// git; `None` for one `rev` hasn't got.
    pub fn show_all(&self, rev: &str, rels: &[String]) -> Result<Vec<Option<Vec<u8>>>> {
        let names: Vec<String> = rels
            .iter()
            .map(|rel| format!("{rev}:{}", self.in_tree(rel)))
            .collect();
        self.batch(&names)
    }

    /// The commit in `from..to` that added `rel`, with who made it.
    pub fn adding_commit(&self, from: &str, to: &str, rel: &str) -> Option<(String, String)> {
        let out = self
            .git()
            .args([
                "log",
                "--no-renames",
                "--diff-filter=A",
                "--format=%H%x1f%an",
            ])
            .arg(format!("{from}..{to}"))
            .arg("--")
            .arg(self.in_tree(rel))
            .output()
            .ok()?;
        let text = String::from_utf8_lossy(&out.stdout);
        let (id, who) = text.lines().last()?.split_once('\u{1f}')?;
        Some((id.to_string(), who.to_string()))
    }

    /// The remote-tracking branches, other than `except`, that hold
    /// `commit`: the commit was pushed somewhere.
    pub fn published_in(&self, commit: &str, except: &str) -> Result<Vec<String>> {
        let text = self.run(
            self.git().args([
                "for-each-ref",
                "--format=%(refname)",
                "--contains",
                commit,
                "refs/remotes",
            ]),
            "detail-git-read",
        )?;
        Ok(text
            .lines()
            .filter(|r| *r != except && !r.ends_with("/HEAD"))
            .map(|r| r.trim_start_matches("refs/remotes/").to_string())
            .collect())
    }

    /// The commits of `from..to`, oldest first, with what rewriting keeps.
    /// A merge commit among them is refused: `sync` keeps a clone's
    /// history a line, as a rebase does.
    pub fn commits(&self, from: &str, to: &str) -> Result<Vec<CommitInfo>> {
        let text = self.run(
            self.git()
                .args([
                    "log",
                    "--reverse",
                    "--format=%H%x1f%P%x1f%an%x1f%ae%x1f%ad%x1f%cn%x1f%ce%x1f%B%x1e",
                    "--date=raw",
                ])
                .arg(format!("{from}..{to}")),
            "detail-git-read",
        )?;
        let mut out = Vec::new();
        for rec in text.split('\u{1e}') {
            let f: Vec<&str> = rec.trim_start_matches('\n').split('\u{1f}').collect();
            let [id, parents, an, ae, ad, cn, ce, message] = f.as_slice() else {
                continue;
            };
            if parents.split_whitespace().count() > 1 {
                return Err(StoreError::file(
                    &self.register,
                    crate::t!(
                        "sync-merge-commit",
                        commit = id.chars().take(10).collect::<String>()
                    ),
                ));
            }
            out.push(CommitInfo {
                id: id.to_string(),
                author: [an.to_string(), ae.to_string(), ad.to_string()],
                committer: [cn.to_string(), ce.to_string()],
                message: message.to_string(),
            });
        }
        Ok(out)
    }

    /// The files (as the work tree names them) with their mode and blob,
    /// of `rev`'s tree under the register's `cards/` and `docs/`.
    fn tree(&self, rev: &str) -> Result<BTreeMap<String, (String, String)>> {
        let text = self.run(
            self.git()
                .args(["ls-tree", "-r", "-z", rev, "--"])
                .arg(self.in_tree(super::CARDS))
                .arg(self.in_tree(super::DOCS)),
            "detail-git-read",
        )?;
        Ok(text
            .split('\0')
            .filter_map(|line| {
                let (meta, path) = line.split_once('\t')?;
                let mut m = meta.split(' ');
                let (mode, _, blob) = (m.next()?, m.next()?, m.next()?);
                Some((path.to_string(), (mode.to_string(), blob.to_string())))
            })
            .collect())
    }

    /// The contents of `blobs`, read by one git.
    fn blobs(&self, blobs: &[String]) -> Result<HashMap<String, Vec<u8>>> {
        let found = self.batch(blobs)?;
        Ok(blobs
            .iter()
            .cloned()
            .zip(found)
            .filter_map(|(id, body)| Some((id, body?)))
            .collect())
    }

    /// The objects `names` name (blob ids, or `rev:path`), in order, read
    /// by one `git cat-file --batch`; `None` for a name git can't find.
    fn batch(&self, names: &[String]) -> Result<Vec<Option<Vec<u8>>>> {
        if names.is_empty() {
            return Ok(Vec::new());
        }
        let input: String = names.iter().map(|n| format!("{n}\n")).collect();
        let out = super::git::output_with(
            &self.top,
            self.git().args(["cat-file", "--batch"]),
            input.as_bytes(),
        )?;
        let mut found = Vec::with_capacity(names.len());
        let mut rest = out.as_slice();
        while let Some(nl) = rest.iter().position(|&b| b == b'\n') {
            let header = String::from_utf8_lossy(&rest[..nl]).to_string();
            // `<name> missing` (or ambiguous): nothing follows the line.
            let Some(size) = header
                .split(' ')
                .nth(2)
                .and_then(|n| n.parse::<usize>().ok())
            else {
                found.push(None);
                rest = &rest[nl + 1..];
                continue;
            };
            found.push(rest.get(nl + 1..nl + 1 + size).map(<[u8]>::to_vec));
            rest = rest.get(nl + 1 + size + 1..).unwrap_or_default();
        }
        Ok(found)
    }

    /// Writes `bytes` as a blob.
    fn hash(&self, bytes: &[u8]) -> Result<String> {
        Ok(run_with(
            &self.top,
            self.git().args(["hash-object", "-w", "--stdin"]),
            "detail-git-rewrite",
            Some(bytes),
        )?
        .trim()
        .to_string())
    }

    /// Rewrites the commits of `base..HEAD`, oldest first, onto `base`:
    /// every register file those commits touched is passed, as the
    /// register names it, to `edit`, which gives its new name and content
    /// (or `None` to keep it); `message` rewrites each message. Authors and
    /// their dates are kept. The branch and the work tree move to the new
    /// commits (the work tree must be clean). Returns the new head.
    pub fn rewrite(
        &self,
        base: &str,
        edit: Edit,
        message: &dyn Fn(&str) -> String,
    ) -> Result<String> {
        let commits = self.commits(base, "HEAD")?;
        let touched = self.touched(base)?;
        let index = tempfile::NamedTempFile::new().map_err(|e| StoreError::io(&self.top, e))?;
        let mut parent = base.to_string();
        for c in &commits {
            let tree = self.tree(&c.id)?;
            let mine: Vec<(&String, &(String, String))> =
                tree.iter().filter(|(p, _)| touched.contains(*p)).collect();
            let wanted: Vec<String> = mine.iter().map(|(_, (_, blob))| blob.clone()).collect();
            let contents = self.blobs(&wanted)?;
            let mut info = String::new();
            for (path, (mode, blob)) in mine {
                let Some(rel) = self.in_register(path) else {
                    continue;
                };
                let Some(bytes) = contents.get(blob) else {
                    continue;
                };
                let Some((new_rel, new_bytes)) = edit(rel, bytes) else {
                    continue;
                };
                let new_blob = if &new_bytes == bytes {
                    blob.clone()
                } else {
                    self.hash(&new_bytes)?
                };
                info.push_str(&format!("0 {}\t{path}\n", "0".repeat(40)));
                info.push_str(&format!("{mode} {new_blob}\t{}\n", self.in_tree(&new_rel)));
            }
            let with_index = |c: &mut Command| {
                c.env("GIT_INDEX_FILE", index.path());
            };
            let mut read = self.git();
            with_index(&mut read);
            self.run(read.args(["read-tree", &c.id]), "detail-git-rewrite")?;
            let mut update = self.git();
            with_index(&mut update);
            run_with(
                &self.top,
                update.args(["update-index", "--index-info"]),
                "detail-git-rewrite",
                Some(info.as_bytes()),
            )?;
            let mut write = self.git();
            with_index(&mut write);
            let tree_id = self.run(write.arg("write-tree"), "detail-git-rewrite")?;
            let mut commit = self.git();
            commit
                .env("GIT_AUTHOR_NAME", &c.author[0])
                .env("GIT_AUTHOR_EMAIL", &c.author[1])
                .env("GIT_AUTHOR_DATE", &c.author[2])
                .env("GIT_COMMITTER_NAME", &c.committer[0])
                .env("GIT_COMMITTER_EMAIL", &c.committer[1])
                .args(["commit-tree", tree_id.trim(), "-p", &parent, "-F", "-"]);
            parent = run_with(
                &self.top,
                &mut commit,
                "detail-git-rewrite",
                Some(message(&c.message).as_bytes()),
            )?
            .trim()
            .to_string();
        }
        self.run(
            self.git().args(["reset", "--quiet", "--keep", &parent]),
            "detail-git-rewrite",
        )?;
        Ok(parent)
    }

    /// Every register file (as the work tree names it) that a commit of
    /// `base..HEAD` added, changed or deleted.
    fn touched(&self, base: &str) -> Result<HashSet<String>> {
        let text = self.run(
            self.git()
                .args(["log", "--no-renames", "--name-only", "-z", "--format="])
                .arg(format!("{base}..HEAD"))
                .arg("--")
                .arg(self.in_tree(super::CARDS))
                .arg(self.in_tree(super::DOCS)),
            "detail-git-read",
        )?;
        Ok(text
            .split(['\0', '\n'])
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect())
    }

    /// Replays this clone's commits onto `onto`. A conflict no driver
    /// settles undoes the rebase and names the files.
    pub fn rebase(&self, onto: &str) -> Result<Rebased> {
        let out = self
            .git()
            .args(["-c", "core.editor=true", "rebase", "--quiet", onto])
            .output()
            .map_err(|e| StoreError::io(&self.top, e))?;
        if out.status.success() {
            return Ok(Rebased::Done);
        }
        if !self.rebasing() {
            return Err(StoreError::file(
                &self.register,
                crate::t!(
                    "err-git-failed",
                    what = crate::i18n::message("detail-git-rebase", Vec::new()),
                    error = String::from_utf8_lossy(&out.stderr).trim().to_string()
                ),
            ));
        }
        let conflicted = self.run(
            self.git()
                .args(["diff", "--name-only", "-z", "--diff-filter=U"]),
            "detail-git-read",
        )?;
        let files = conflicted
            .split('\0')
            .filter(|p| !p.is_empty())
            .map(|p| self.in_register(p).unwrap_or(p).to_string())
            .collect();
        self.abort_rebase()?;
        Ok(Rebased::Conflict(files))
    }

    /// Publishes the branch; `Behind` when the remote's branch is no
    /// longer `expected` (the commit this clone built on; `None`: it had
    /// none): another clone pushed meanwhile.
    pub fn push(&self, up: &Upstream, expected: Option<&str>) -> Result<Pushed> {
        let out = self
            .git()
            .args(["push", "--quiet", "--porcelain", &up.remote])
            .arg(format!("HEAD:refs/heads/{}", up.branch))
            .output()
            .map_err(|e| StoreError::io(&self.top, e))?;
        if out.status.success() {
            return Ok(Pushed::Done);
        }
        if self.remote_head(up)?.as_deref() != expected {
            return Ok(Pushed::Behind);
        }
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        Err(StoreError::file(
            &self.register,
            crate::t!(
                "err-git-failed",
                what = crate::i18n::message("detail-git-push", Vec::new()),
                error = said.trim().to_string()
            ),
        ))
    }

    /// The commit the remote's branch is at now, asked of the remote.
    fn remote_head(&self, up: &Upstream) -> Result<Option<String>> {
        let text = self.run(
            self.git()
                .args(["ls-remote", &up.remote])
                .arg(format!("refs/heads/{}", up.branch)),
            "detail-git-fetch",
        )?;
        Ok(text.split_whitespace().next().map(str::to_string))
    }

    /// Makes `branch` follow the remote's branch, as `git push -u` does.
    pub fn track(&self, branch: &str, up: &Upstream) -> Result<()> {
        self.run(
            self.git()
                .args(["branch", "--quiet", "--set-upstream-to"])
                .arg(up.name())
                .arg(branch),
            "detail-git-push",
        )
        .map(drop)
    }
}
