//! One card file: read and parsed (naming the field at fault with a JSON
//! pointer), then checked on its own: its format version, file name,
//! index, text fields, dates, Classifier codes, people, and history
//! against the sections it fills; then its documents and its term. A card
//! found clean before and unchanged since is taken from the memo instead.

use super::documents::{check_documents, document_paths};
use super::finding::{escape, Code, Finding, Findings};
use super::memo;
use super::merge::{check_foreign, check_markers};
use super::settings::Config;
use super::summary::Seen;
use super::terms::{check_term, Counted};
use crate::classifier::SectionKey;
use crate::model::card::{card_rel_path, Card, CARD_VERSION, CARD_VERSIONS};
use crate::model::index::split_index;
use crate::model::status::Action;
use crate::store::identity::{OnDisk, Root};
use crate::store::{self, CardFile, Store};
use crate::workflow;

/// What every card of a pass is checked against, shared by the threads.
pub(super) struct Context<'a> {
    pub(super) store: &'a Store,
    /// The settings files that parsed.
    pub(super) config: Config,
    /// The register's directory, held open to look files up from.
    pub(super) root: Root,
    /// The program and the settings files, on which a clean card's
    /// result depends besides its own files.
    pub(super) header: memo::Header,
    /// Whether the memo was written by this program build against these
    /// settings files, so that a card clean then is clean now.
    pub(super) trust_memo: bool,
    /// Seconds since the epoch before which a file's times count as settled.
    pub(super) settled_before: i64,
    /// The terms counted so far in this pass.
    pub(super) counted: Counted,
}

/// What checking one card file gave.
pub(super) struct Checked {
    pub(super) findings: Vec<Finding>,
    /// The card's summary, when it parsed.
    pub(super) seen: Option<Seen>,
    /// The card's new line of the memo, when it parsed.
    pub(super) line: Option<String>,
    /// Whether the earlier run's line holds unchanged.
    pub(super) reused: bool,
    /// Signed documents read and hashed.
    pub(super) hashed: usize,
    /// Every document the card names (none when it didn't parse).
    pub(super) docs: Vec<String>,
}

/// Checks one card file, or takes its summary from an earlier run when it
/// was clean then and neither it, nor any document it names, nor the
/// settings files, nor the program changed since (see [`memo`]).
pub(super) fn check_file(cx: &Context, f: &CardFile, earlier: Option<&str>) -> Checked {
    let rel = super::relative(cx.store, &f.path());
    // Before the file is read: a change after this makes the identity
    // recorded below stale, never wrong.
    let meta = cx.root.stat(&rel);
    let mut known = None;
    if let Some(line) = earlier.and_then(|json| serde_json::from_str::<memo::Line>(json).ok()) {
        if let (Some(_), Some(clean), true) = (meta, &line.clean, cx.trust_memo) {
            let docs = clean.docs.iter().map(|p| (p.as_str(), cx.root.stat(p)));
            let (identity, settled) = memo::identity(meta, docs, cx.settled_before);
            if settled && identity == clean.identity {
                return Checked {
                    findings: Vec::new(),
                    seen: Some(Seen { rel, ..line.seen }),
                    line: None,
                    reused: true,
                    hashed: 0,
                    docs: clean.docs.clone(),
                };
            }
        }
        known = line.verified;
    }
    let mut out = Findings::new(rel.clone(), known);
    let failed = |out: Findings| Checked {
        findings: out.out,
        seen: None,
        line: None,
        reused: false,
        hashed: 0,
        docs: Vec::new(),
    };
    let bytes = match f.read() {
        Ok(b) => b,
        Err(e) => {
            out.push(
                Code::InvalidJson,
                "",
                crate::say!("chk-unreadable", reason = e.message()),
                crate::say!("chk-unreadable-hint"),
            );
            return failed(out);
        }
    };
    let Some(card) = parse(&bytes, &mut out) else {
        return failed(out);
    };
    // Every document the card names, looked at once.
    let docs: Vec<(&str, Option<OnDisk>)> = document_paths(&card)
        .into_iter()
        .map(|p| (p, store::safe_rel(p).ok().and_then(|()| cx.root.stat(p))))
        .collect();
    check_card(&cx.config, (f.year, f.number), &card, &mut out);
    check_documents(cx.store, cx.settled_before, &card, &docs, &mut out);
    check_term(&cx.config, &cx.counted, &card, &mut out);
    check_foreign(&card, &mut out);
    let on_disk = docs.iter().filter(|(_, m)| m.is_some_and(|m| m.is_file));
    check_markers(cx.store, on_disk.map(|(p, _)| *p), &mut out);
    let clean = match meta {
        Some(_) if out.out.is_empty() && cx.header.trusted() => {
            // The card's directory too: a file added to it or taken away
            // (a merge) changes it, and the card is read again, its
            // directory listed for orphans (`merge::DocsScope`).
            let dir = store::layout::docs_dir(f.year, f.number);
            let tracked = docs
                .iter()
                .copied()
                .chain(std::iter::once((dir.as_str(), cx.root.stat(&dir))));
            let (identity, settled) = memo::identity(meta, tracked, cx.settled_before);
            settled.then(|| memo::Clean {
                identity,
                docs: docs
                    .iter()
                    .map(|(p, _)| p.to_string())
                    .chain(std::iter::once(dir.clone()))
                    .collect(),
            })
        }
        _ => None,
    };
    let line = memo::Line {
        seen: Seen::of(&card, rel, f.year, f.number),
        verified: out.verified.take(),
        clean,
    };
    Checked {
        findings: out.out,
        line: serde_json::to_string(&line).ok(),
        seen: Some(line.seen),
        reused: false,
        hashed: out.hashed,
        docs: docs.iter().map(|(p, _)| p.to_string()).collect(),
    }
}

/// Parses a card, reporting why it can't be, with the field when the JSON
/// is well-formed but doesn't fit the card format.
pub(super) fn parse(bytes: &[u8], out: &mut Findings) -> Option<Card> {
    // The common case first, at full speed (the text checked as UTF-8 once,
    // as `store::cards::parse` reads a whole card); a card that fails is
    // parsed again, tracking the path, to name the field at fault.
    let text = std::str::from_utf8(bytes).ok();
    if let Some(Ok(mut c)) = text.map(serde_json::from_str::<Card>) {
        c.upgrade();
        return Some(c);
    }
    let restore = crate::say!("chk-restore-hint", file = out.rel);
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        out.push(
            Code::InvalidJson,
            "",
            crate::say!("chk-bom"),
            crate::say!("chk-bom-hint"),
        );
        return None;
    }
    if let Err(e) = std::str::from_utf8(bytes) {
        out.push(
            Code::InvalidJson,
            "",
            crate::say!("chk-not-utf8", offset = e.valid_up_to()),
            restore,
        );
        return None;
    }
    if let Some(line) = super::merge::conflict_line(bytes) {
        out.push(
            Code::ConflictMarkers,
            "",
            crate::say!("chk-conflict-markers", line = line),
            crate::say!("chk-conflict-markers-hint", file = out.rel),
        );
        return None;
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let parsed = serde_path_to_error::deserialize::<_, Card>(&mut de)
        .map_err(|e| (pointer(e.path()), e.into_inner()))
        .and_then(|c| de.end().map(|()| c).map_err(|e| (String::new(), e)));
    match parsed {
        Ok(mut c) => {
            c.upgrade();
            Some(c)
        }
        Err((field, e)) => {
            let field = if e.is_syntax() || e.is_eof() {
                String::new()
            } else {
                field
            };
            out.push(
                Code::InvalidJson,
                &field,
                crate::say!(
                    "chk-json-error",
                    line = e.line(),
                    column = e.column(),
                    reason = json_reason(&e)
                ),
                restore,
            );
            None
        }
    }
}

/// serde_json's message without its own "at line L column C" tail.
fn json_reason(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let tail = format!(" at line {} column {}", e.line(), e.column());
    msg.strip_suffix(&tail).unwrap_or(&msg).to_string()
}

/// A serde path as a JSON pointer: `term.extensions[0].until` → `/term/extensions/0/until`.
fn pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut p = String::new();
    for seg in path.iter() {
        p.push('/');
        match seg {
            Segment::Seq { index } => p.push_str(&index.to_string()),
            Segment::Map { key } => p.push_str(&escape(key)),
            Segment::Enum { variant } => p.push_str(&escape(variant)),
            Segment::Unknown => p.push('?'),
        }
    }
    p
}

/// The card's own checks, as read from the file named by `file` (year and
/// number): everything but its documents and its term.
pub(super) fn check_card(cfg: &Config, file: (i32, u32), c: &Card, out: &mut Findings) {
    let (file_year, file_number) = file;
    if !CARD_VERSIONS.contains(&c.version) {
        out.push(
            Code::UnknownVersion,
            "/version",
            crate::say!(
                "chk-unknown-version",
                version = c.version,
                from = *CARD_VERSIONS.start(),
                to = CARD_VERSION
            ),
            crate::say!("chk-unknown-version-hint"),
        );
    }
    if c.year != file_year {
        out.push(
            Code::PathMismatch,
            "/year",
            crate::say!("chk-year-mismatch", year = c.year, dir = file_year),
            crate::say!(
                "chk-year-mismatch-hint",
                path = card_rel_path(c.year, c.number)
            ),
        );
    }
    if c.number != file_number {
        out.push(
            Code::PathMismatch,
            "/number",
            crate::say!(
                "chk-number-mismatch",
                number = c.number,
                file = format!("{file_number:06}.json")
            ),
            crate::say!(
                "chk-number-mismatch-hint",
                path = card_rel_path(c.year, c.number)
            ),
        );
    }
    match split_index(&c.index) {
        Some((prefix, n))
            if n == c.number && !prefix.is_empty() && prefix.chars().all(char::is_alphabetic) => {}
        Some((_, n)) if n != c.number => out.push(
            Code::BadIndex,
            "/index",
            crate::say!(
                "chk-index-number",
                index = format!("{:?}", c.index),
                number = n,
                card = c.number
            ),
            crate::say!("chk-index-hint"),
        ),
        _ => out.push(
            Code::BadIndex,
            "/index",
            crate::say!("chk-index-bad", index = format!("{:?}", c.index)),
            crate::say!("chk-index-hint"),
        ),
    }
    if let Some(cc) = &c.cc_number {
        let ok = !cc.is_empty()
            && cc.chars().count() <= 64
            && cc
                .chars()
                .all(|ch| ch.is_alphanumeric() || "-_./".contains(ch));
        if !ok {
            out.push(
                Code::BadValue,
                "/cc_number",
                crate::say!("chk-cc-bad", cc = format!("{cc:?}")),
                crate::say!("chk-cc-bad-hint"),
            );
        }
    }
    if let Some(cc_due) = c.term.cc_due.filter(|d| *d != c.term.control_date) {
        out.push(
            Code::CcTermDiffers,
            "/term/cc_due",
            crate::say!(
                "chk-cc-term-differs",
                cc_due = cc_due,
                control = c.term.control_date
            ),
            crate::say!("chk-cc-term-differs-hint"),
        );
    }
    check_text_fields(c, out);
    check_dates(c, out);
    check_codes(cfg, c, out);
    check_people(cfg, c, out);
    check_history(c, out);
}

fn check_text_fields(c: &Card, out: &mut Findings) {
    let fields = [
        ("/index", Some(&c.index)),
        ("/summary", Some(&c.summary)),
        ("/applicant/name", c.applicant.name.as_ref()),
        ("/applicant/phone", c.applicant.phone.as_ref()),
        ("/applicant/email", c.applicant.email.as_ref()),
    ];
    for (field, v) in fields {
        if let Some(v) = v {
            if v.chars().any(|ch| ch.is_control() && ch != '\n') {
                out.push(
                    Code::BadValue,
                    field,
                    crate::say!("chk-control-chars"),
                    crate::say!("chk-control-chars-hint"),
                );
            }
        }
    }
    if c.applicant.signatories == 0 {
        out.push(
            Code::BadValue,
            "/applicant/signatories",
            crate::say!("chk-signatories"),
            crate::say!("chk-signatories-hint"),
        );
    }
}

fn check_dates(c: &Card, out: &mut Findings) {
    if c.registered < c.received {
        out.push(
            Code::DateOrder,
            "/registered",
            crate::say!(
                "chk-registered-before-received",
                registered = c.registered,
                received = c.received
            ),
            crate::say!("chk-registered-before-received-hint"),
        );
    } else if c.registered > c.received
        && c.late_reason.as_deref().is_none_or(|r| r.trim().is_empty())
    {
        out.push(
            Code::DateOrder,
            "/late_reason",
            crate::say!(
                "chk-registered-late",
                registered = c.registered,
                received = c.received
            ),
            crate::say!("chk-registered-late-hint"),
        );
    }
}

fn check_codes(cfg: &Config, c: &Card, out: &mut Findings) {
    let Some(cl) = &cfg.classifier else { return };
    let mut codes: Vec<(String, SectionKey, &str)> = vec![
        (
            "/classification/form".into(),
            SectionKey::Form,
            c.classification.form.as_str(),
        ),
        (
            "/classification/sign".into(),
            SectionKey::Sign,
            c.classification.sign.as_str(),
        ),
        (
            "/classification/kind".into(),
            SectionKey::Kind,
            c.classification.kind.as_str(),
        ),
        (
            "/classification/subject".into(),
            SectionKey::Subject,
            c.classification.subject.as_str(),
        ),
        (
            "/classification/type".into(),
            SectionKey::Type,
            c.classification.type_.as_str(),
        ),
    ];
    for (i, t) in c.classification.topics.iter().enumerate() {
        codes.push((format!("/classification/topics/{i}"), SectionKey::Topic, t));
    }
    if let Some(g) = &c.applicant.gender {
        codes.push(("/applicant/gender".into(), SectionKey::Gender, g));
    }
    for (i, k) in c.applicant.categories.iter().enumerate() {
        codes.push((
            format!("/applicant/categories/{i}"),
            SectionKey::Category,
            k,
        ));
    }
    if let Some(s) = &c.applicant.social_status {
        codes.push((
            "/applicant/social_status".into(),
            SectionKey::SocialStatus,
            s,
        ));
    }
    if let Some(a) = &c.answer {
        codes.push(("/answer/result".into(), SectionKey::Result, &a.result));
    }
    if let Some(r) = &c.result {
        codes.push(("/result".into(), SectionKey::Result, r));
    }
    for (field, key, code) in codes {
        if let Err(e) = cl.entry(key, code) {
            out.push(
                Code::UnknownCode,
                &field,
                e.to_string(),
                crate::say!(
                    "chk-unknown-code-hint",
                    file = store::CLASSIFIER,
                    edition = cl.edition
                ),
            );
        }
    }
    if c.classification.topics.is_empty() {
        out.push(
            Code::BadValue,
            "/classification/topics",
            crate::say!("chk-no-topic"),
            crate::say!("chk-no-topic-hint"),
        );
    }
}

fn check_people(cfg: &Config, c: &Card, out: &mut Findings) {
    let Some(r) = &cfg.roster else { return };
    let mut coordinator = |field: &str, id: &str| {
        if r.coordinator(id).is_none() {
            let message = match r.name_of(id) {
                Some(n) => crate::say!("chk-not-coordinator", id = format!("{id:?}"), name = n),
                None => crate::say!("chk-not-in-people", id = format!("{id:?}")),
            };
            out.push(
                Code::UnknownPerson,
                field,
                message,
                crate::say!("chk-add-person-hint"),
            );
        }
    };
    if let Some(res) = &c.resolution {
        coordinator("/resolution/coordinator", &res.coordinator);
    }
    if let Some(s) = &c.signature {
        coordinator("/signature/by", &s.by);
    }
    // Law art. 20: the head, an official he authorised, or his deputy.
    for (i, e) in c.term.extensions.iter().enumerate() {
        if r.head(&e.by).is_none() && r.coordinator(&e.by).is_none() {
            let message = match r.name_of(&e.by) {
                Some(n) => crate::say!("chk-not-head", id = format!("{:?}", e.by), name = n),
                None => crate::say!("chk-not-in-people", id = format!("{:?}", e.by)),
            };
            out.push(
                Code::UnknownPerson,
                &format!("/term/extensions/{i}/by"),
                message,
                crate::say!("chk-add-person-hint"),
            );
        }
    }
    let mut executors: Vec<(String, &str)> = Vec::new();
    if let Some(res) = &c.resolution {
        for (i, e) in res.executors.iter().enumerate() {
            executors.push((format!("/resolution/executors/{i}"), e));
        }
    }
    if let Some(d) = &c.dispatch {
        for (i, e) in d.to.iter().enumerate() {
            executors.push((format!("/dispatch/to/{i}"), e));
        }
    }
    for (field, id) in executors {
        if r.executor(id).is_none() {
            out.push(
                Code::UnknownPerson,
                &field,
                crate::say!("chk-executor-not-in-people", id = format!("{id:?}")),
                crate::say!("chk-executor-not-in-people-hint"),
            );
        }
    }
}

fn check_history(c: &Card, out: &mut Findings) {
    let repair = || crate::say!("chk-history-repair-hint");
    let derived = workflow::derive(&c.history);
    match &derived {
        Ok(status) if *status != c.status => out.push(
            Code::StatusMismatch,
            "/status",
            crate::say!(
                "chk-status-mismatch",
                status = format!("{:?}", c.status.as_str()),
                derived = format!("{:?}", status.as_str())
            ),
            crate::say!("chk-status-mismatch-hint", status = status.as_str()),
        ),
        Ok(_) => {}
        Err((i, e)) => {
            let field = if c.history.is_empty() {
                "/history".to_string()
            } else {
                format!("/history/{i}/action")
            };
            let message = if c.history.is_empty() {
                crate::say!("chk-history-empty")
            } else {
                crate::say!(
                    "chk-bad-transition",
                    step = i + 1,
                    command = c.history[*i].action().command(),
                    reason = e.to_string()
                )
            };
            out.push(Code::BadTransition, &field, message, repair());
        }
    }
    if let Some(first) = c.history.first() {
        if first.action() == Action::Register && first.at != c.registered {
            out.push(
                Code::HistoryOrder,
                "/history/0/at",
                crate::say!(
                    "chk-registration-date",
                    at = first.at,
                    registered = c.registered
                ),
                repair(),
            );
        }
    }
    for (i, w) in c.history.windows(2).enumerate() {
        if w[1].at < w[0].at {
            out.push(
                Code::HistoryOrder,
                &format!("/history/{}/at", i + 1),
                crate::say!(
                    "chk-step-before-step",
                    step = i + 2,
                    command = w[1].action().command(),
                    at = w[1].at,
                    before = i + 1,
                    before_command = w[0].action().command(),
                    before_at = w[0].at
                ),
                repair(),
            );
        }
    }
    if derived.is_err() {
        // Which steps happened is unclear; the transition is the finding.
        return;
    }
    // What the history fills in (a return for rework empties the answer
    // and the signature it took back).
    let e = workflow::expected(&c.history);
    let steps: [(&str, bool, bool, &str); 8] = [
        (
            "/resolution",
            c.resolution.is_some(),
            e.resolution,
            "resolve",
        ),
        ("/dispatch", c.dispatch.is_some(), e.dispatch, "dispatch"),
        ("/answer", c.answer.is_some(), e.answer, "answer"),
        ("/signature", c.signature.is_some(), e.signature, "sign"),
        ("/sent", c.sent.is_some(), e.sent, "send"),
        ("/closed", c.closed.is_some(), e.closed, "close"),
        (
            "/exit",
            c.exit.is_some(),
            e.exit,
            "forward', 'return', 'decline' or 'close-duplicate",
        ),
        (
            "/confirmation",
            c.confirmation.is_some(),
            e.confirmation,
            "confirm",
        ),
    ];
    for (field, present, in_history, command) in steps {
        step_pair(out, field, present, in_history, command);
    }
    if c.result.is_some() && !e.sent {
        step_pair(out, "/result", true, false, "send");
    }
    let counted: [(&str, usize, usize, &str); 2] = [
        (
            "/term/extensions",
            c.term.extensions.len(),
            e.extensions,
            "extend",
        ),
        ("/reworks", c.reworks.len(), e.reworks, "rework"),
    ];
    for (field, on_card, steps, command) in counted {
        if on_card != steps {
            out.push(
                Code::StepMismatch,
                field,
                if command == "extend" {
                    crate::say!("chk-extensions-count", count = on_card, steps = steps)
                } else {
                    crate::say!("chk-reworks-count", count = on_card, steps = steps)
                },
                if command == "extend" {
                    crate::say!("chk-extensions-count-hint")
                } else {
                    crate::say!("chk-reworks-count-hint")
                },
            );
        }
    }
}

fn step_pair(out: &mut Findings, field: &str, present: bool, in_history: bool, command: &str) {
    if present && !in_history {
        out.push(
            Code::StepMismatch,
            field,
            crate::say!("chk-step-without-history", command = command),
            crate::say!(
                "chk-step-without-history-hint",
                command = command,
                field = field
            ),
        );
    } else if in_history && !present {
        out.push(
            Code::StepMismatch,
            field,
            crate::say!("chk-history-without-step", command = command),
            crate::say!("chk-history-without-step-hint"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::card::Extension;
    use crate::model::status::Status;
    use crate::ops::check::testing::{config, d, findings, registered, sent};

    fn with(mut c: Card, change: impl FnOnce(&mut Card)) -> Card {
        change(&mut c);
        c
    }

    /// The card's own checks on `c` read from the file of `file` (year,
    /// number), against the settings a new register gets.
    #[track_caller]
    fn check_as(file: (i32, u32), c: Card, expected: &[(Code, &str)]) {
        let mut out = findings();
        check_card(config(), file, &c, &mut out);
        assert_eq!(out.found(), expected, "{:#?}", out.out);
    }

    #[track_caller]
    fn check(c: Card, expected: &[(Code, &str)]) {
        check_as((2015, 1), c, expected);
    }

    #[test]
    fn a_card_made_by_the_procedure_is_clean() {
        check(registered(), &[]);
        check(sent(), &[]);
    }

    #[test]
    fn version_and_file_name() {
        check(
            with(sent(), |c| c.version = CARD_VERSION + 1),
            &[(Code::UnknownVersion, "/version")],
        );
        check(
            with(sent(), |c| c.version = 0),
            &[(Code::UnknownVersion, "/version")],
        );
        check(with(sent(), |c| c.version = 1), &[]);
        check_as((2016, 1), sent(), &[(Code::PathMismatch, "/year")]);
        check_as((2015, 2), sent(), &[(Code::PathMismatch, "/number")]);
    }

    #[test]
    fn bad_indexes() {
        check(
            with(sent(), |c| c.index = "К-2".into()),
            &[(Code::BadIndex, "/index")],
        );
        check(
            with(sent(), |c| c.index = "125".into()),
            &[(Code::BadIndex, "/index")],
        );
        check(
            with(sent(), |c| c.index = "-1".into()),
            &[(Code::BadIndex, "/index")],
        );
        check(
            with(sent(), |c| c.index = "1-1".into()),
            &[(Code::BadIndex, "/index")],
        );
        check(with(sent(), |c| c.index = "КО-1".into()), &[]);
        check(with(sent(), |c| c.index = "БП-1".into()), &[]);
    }

    #[test]
    fn bad_values() {
        check(
            with(sent(), |c| c.cc_number = Some("a b".into())),
            &[(Code::BadValue, "/cc_number")],
        );
        check(
            with(sent(), |c| c.cc_number = Some(String::new())),
            &[(Code::BadValue, "/cc_number")],
        );
        check(
            with(sent(), |c| c.cc_number = Some("x".repeat(65))),
            &[(Code::BadValue, "/cc_number")],
        );
        check(
            with(sent(), |c| c.cc_number = Some("0145/23.06_2015-1".into())),
            &[],
        );
        check(with(sent(), |c| c.cc_number = None), &[]);
        check(
            with(sent(), |c| c.applicant.signatories = 0),
            &[(Code::BadValue, "/applicant/signatories")],
        );
    }

    #[test]
    fn control_characters() {
        check(
            with(sent(), |c| c.summary = "тут\u{7}дзвінок".into()),
            &[(Code::BadValue, "/summary")],
        );
        check(with(sent(), |c| c.summary = "два\nрядки".into()), &[]);
        check(
            with(sent(), |c| c.applicant.name = Some("Коваленко\rП.".into())),
            &[(Code::BadValue, "/applicant/name")],
        );
        check(
            with(sent(), |c| c.applicant.phone = Some("+380\t67".into())),
            &[(Code::BadValue, "/applicant/phone")],
        );
        check(
            with(sent(), |c| c.applicant.email = Some("a@b\u{0}".into())),
            &[(Code::BadValue, "/applicant/email")],
        );
        check(
            with(sent(), |c| c.index = "К-1\u{1b}".into()),
            &[(Code::BadIndex, "/index"), (Code::BadValue, "/index")],
        );
    }

    #[test]
    fn registered_before_received_or_late_without_a_reason() {
        check(
            with(sent(), |c| c.received = d("2015-06-24")),
            &[(Code::DateOrder, "/registered")],
        );
        check(
            with(sent(), |c| c.received = d("2015-06-22")),
            &[(Code::DateOrder, "/late_reason")],
        );
        let late = |reason: &str| {
            let reason = reason.to_string();
            with(sent(), move |c| {
                c.received = d("2015-06-22");
                c.late_reason = Some(reason);
            })
        };
        check(late("надійшло у вихідний"), &[]);
        check(late("   "), &[(Code::DateOrder, "/late_reason")]);
    }

    #[test]
    fn unknown_classifier_codes() {
        check(
            with(sent(), |c| c.classification.form = "1.99".into()),
            &[(Code::UnknownCode, "/classification/form")],
        );
        check(
            with(sent(), |c| c.classification.subject = "9.1".into()),
            &[(Code::UnknownCode, "/classification/subject")],
        );
        check(
            with(sent(), |c| {
                c.classification.topics = vec!["009".into(), "999".into()]
            }),
            &[(Code::UnknownCode, "/classification/topics/1")],
        );
        check(
            with(sent(), |c| c.classification.topics.clear()),
            &[(Code::BadValue, "/classification/topics")],
        );
        check(
            with(sent(), |c| c.applicant.gender = Some("9.9".into())),
            &[(Code::UnknownCode, "/applicant/gender")],
        );
        check(
            with(sent(), |c| {
                c.applicant.categories = vec!["7.8".into(), "x".into()]
            }),
            &[(Code::UnknownCode, "/applicant/categories/1")],
        );
        check(
            with(sent(), |c| c.result = Some("9.99".into())),
            &[(Code::UnknownCode, "/result")],
        );
    }

    #[test]
    fn unknown_people() {
        check(
            with(sent(), |c| {
                c.resolution.as_mut().unwrap().coordinator = "nobody".into()
            }),
            &[(Code::UnknownPerson, "/resolution/coordinator")],
        );
        check(
            with(sent(), |c| {
                c.signature.as_mut().unwrap().by = "dzhkg".into()
            }),
            &[(Code::UnknownPerson, "/signature/by")],
        );
        check(
            with(sent(), |c| {
                c.resolution
                    .as_mut()
                    .unwrap()
                    .executors
                    .push("ghost".into())
            }),
            &[(Code::UnknownPerson, "/resolution/executors/1")],
        );
        check(
            with(sent(), |c| {
                c.dispatch.as_mut().unwrap().to = vec!["ghost".into()]
            }),
            &[(Code::UnknownPerson, "/dispatch/to/0")],
        );
        check(
            with(sent(), |c| {
                c.dispatch.as_mut().unwrap().to = vec!["maslenkov".into()]
            }),
            &[(Code::UnknownPerson, "/dispatch/to/0")],
        );
    }

    #[test]
    fn what_a_person_is_not() {
        let mut out = findings();
        let c = with(sent(), |c| {
            c.signature.as_mut().unwrap().by = "dzhkg".into()
        });
        check_card(config(), (2015, 1), &c, &mut out);
        assert!(
            out.out[0].message.starts_with("\"dzhkg\" (")
                && out.out[0]
                    .message
                    .ends_with(") is not a coordinator in people.toml"),
            "{}",
            out.out[0].message
        );
    }

    #[test]
    fn checks_that_need_a_broken_settings_file_are_skipped() {
        let cfg = Config {
            settings: None,
            classifier: None,
            calendar: None,
            roster: None,
            texts: None,
        };
        let c = with(sent(), |c| {
            c.classification.form = "1.99".into();
            c.resolution.as_mut().unwrap().coordinator = "nobody".into();
            c.status = Status::Registered;
        });
        let mut out = findings();
        check_card(&cfg, (2015, 1), &c, &mut out);
        assert_eq!(out.found(), [(Code::StatusMismatch, "/status")]);
    }

    #[test]
    fn status_and_transitions() {
        check(
            with(sent(), |c| c.status = Status::Registered),
            &[(Code::StatusMismatch, "/status")],
        );
        check(
            with(registered(), |c| c.status = Status::Sent),
            &[(Code::StatusMismatch, "/status")],
        );
        check(
            with(sent(), |c| c.history.swap(1, 2)),
            &[(Code::BadTransition, "/history/1/action")],
        );
        check(
            with(sent(), |c| {
                c.history.remove(3);
            }),
            &[(Code::BadTransition, "/history/3/action")],
        );
        check(
            with(sent(), |c| c.history.clear()),
            &[(Code::BadTransition, "/history")],
        );
    }

    #[test]
    fn a_bad_transition_says_which_step() {
        let mut out = findings();
        check_card(
            config(),
            (2015, 1),
            &with(sent(), |c| c.history.swap(1, 2)),
            &mut out,
        );
        assert_eq!(
            out.out[0].message,
            "step 2 (dispatch): card is registered; it can't be dispatched"
        );
    }

    #[test]
    fn history_dates() {
        check(
            with(sent(), |c| c.history[0].at = d("2015-06-22")),
            &[(Code::HistoryOrder, "/history/0/at")],
        );
        check(
            with(sent(), |c| c.history[3].at = d("2015-06-01")),
            &[(Code::HistoryOrder, "/history/3/at")],
        );
    }

    #[test]
    fn steps_and_their_data() {
        check(
            with(sent(), |c| c.dispatch = None),
            &[(Code::StepMismatch, "/dispatch")],
        );
        check(
            with(sent(), |c| c.signature = None),
            &[(Code::StepMismatch, "/signature")],
        );
        check(
            with(sent(), |c| c.closed = None),
            &[(Code::StepMismatch, "/closed")],
        );
        check(
            with(sent(), |c| c.sent = None),
            &[(Code::StepMismatch, "/sent")],
        );
        // The result is kept by 'send' alone: a sent card may lack it.
        check(with(sent(), |c| c.result = None), &[]);
        let resolution = sent().resolution;
        check(
            with(registered(), |c| c.resolution = resolution),
            &[(Code::StepMismatch, "/resolution")],
        );
        check(
            with(registered(), |c| c.result = Some("9.1".into())),
            &[(Code::StepMismatch, "/result")],
        );
        check(
            with(registered(), |c| c.closed = sent().closed),
            &[(Code::StepMismatch, "/closed")],
        );
        let extension = Extension {
            on: d("2015-07-01"),
            until: d("2015-08-03"),
            by: "maslenkov".into(),
            reason: "потрібна перевірка".into(),
            notified: Some(d("2015-07-01")),
            late: false,
        };
        check(
            with(registered(), |c| c.term.extensions.push(extension)),
            &[(Code::StepMismatch, "/term/extensions")],
        );
    }

    /// The JSON pointer of the field at fault in a card that doesn't parse.
    #[track_caller]
    fn unparsed(bytes: &[u8], field: &str) {
        let mut out = findings();
        assert_eq!(parse(bytes, &mut out), None);
        assert_eq!(out.found(), [(Code::InvalidJson, field)], "{:#?}", out.out);
    }

    /// The card's JSON with one change.
    fn json(change: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
        let mut v: serde_json::Value = serde_json::from_str(&sent().to_json()).expect("a card");
        change(&mut v);
        serde_json::to_string_pretty(&v).expect("json").into_bytes()
    }

    #[test]
    fn a_card_that_does_not_parse_names_its_field() {
        use serde_json::json;
        unparsed(&json(|c| c["number"] = json!("1")), "/number");
        unparsed(&json(|c| c["term"]["days"] = json!("x")), "/term/days");
        unparsed(
            &json(|c| c["term"]["extensions"] = json!([{"on": "2015-07-01"}])),
            "/term/extensions/0",
        );
        unparsed(&json(|c| c["colour"] = json!("red")), "/colour");
        unparsed(
            &json(|c| {
                c["applicant"]
                    .as_object_mut()
                    .unwrap()
                    .remove("signatories");
            }),
            "/applicant",
        );
        unparsed(
            &json(|c| c["history"][0]["at"] = json!("2015-13-45")),
            "/history/0/at",
        );
        unparsed(&json(|c| c["status"] = json!("lost")), "/status");
        unparsed(
            &json(|c| c["answer"]["documents"]["a/b~c"] = json!(7)),
            "/answer/documents/a~1b~0c",
        );
        unparsed(&json(|c| c["history"] = json!("none")), "/history");
    }

    #[test]
    fn a_file_that_is_no_json_names_no_field() {
        let card = sent().to_json().into_bytes();
        unparsed(&[b"\xEF\xBB\xBF".as_slice(), &card].concat(), "");
        unparsed(&card[..card.len() / 2], "");
        unparsed(&[card.as_slice(), b"{}\n"].concat(), "");
        unparsed(&[b"\xff".as_slice(), &card].concat(), "");
        unparsed(b"", "");
    }

    #[test]
    fn a_card_left_in_a_merge_conflict_says_so_with_the_line() {
        let card = sent().to_json().into_bytes();
        let mut out = findings();
        let bytes = [
            b"<<<<<<< HEAD\n".as_slice(),
            &card,
            b"=======\n>>>>>>> theirs\n",
        ]
        .concat();
        assert_eq!(parse(&bytes, &mut out), None);
        assert_eq!(out.found(), [(Code::ConflictMarkers, "")], "{:#?}", out.out);
        assert!(out.out[0].message.contains("from line 1"), "{:#?}", out.out);
    }

    #[test]
    fn a_card_that_parses() {
        let mut out = findings();
        assert_eq!(parse(sent().to_json().as_bytes(), &mut out), Some(sent()));
        assert!(out.out.is_empty());
    }

    #[test]
    fn why_a_card_does_not_parse() {
        use serde_json::json;
        let mut out = findings();
        let bytes = sent()
            .to_json()
            .replace("\"number\": 1,", "\"number\": \"1\",");
        parse(bytes.as_bytes(), &mut out);
        assert_eq!(
            out.out[0].message,
            "line 5, column 15: invalid type: string \"1\", expected u32"
        );
        assert_eq!(
            out.out[0].hint,
            "fix it by hand, or restore it with 'git checkout -- cards/2015/000001.json'"
        );
        let mut out = findings();
        parse(&json(|c| c["term"]["days"] = json!(-1)), &mut out);
        assert_eq!(out.found(), [(Code::InvalidJson, "/term/days")]);
        let mut out = findings();
        parse(
            &[b"\xEF\xBB\xBF".as_slice(), sent().to_json().as_bytes()].concat(),
            &mut out,
        );
        assert_eq!(
            out.out[0].message,
            "starts with a byte-order mark; cards are UTF-8 without one"
        );
    }
}
