//! The documents a card names and the signature over them: every path
//! stays inside the register and names a file there, and every signed
//! document still hashes as it did when signed. What the signed documents
//! are on disk is remembered once all were verified, so that the next check
//! hashes only what changed.

use super::finding::{escape, Code, Findings};
use super::memo::first_128;
use crate::model::card::Card;
use crate::store::identity::OnDisk;
use crate::store::{self, Store};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;

/// Documents named on a card, each with what it is on disk (`None` when
/// it is missing or its path is unsafe).
pub(super) type Docs<'a> = [(&'a str, Option<OnDisk>)];

/// Every document a card names: the answer's documents, the sent scan,
/// the exit's notice, the signed documents and the documents of packages
/// returned for rework, each once, in that order.
pub(super) fn document_paths(c: &Card) -> Vec<&str> {
    let mut paths: Vec<&str> = Vec::new();
    let answer = c.answer.iter().flat_map(|a| a.documents.values());
    let scan = c.sent.iter().filter_map(|s| s.scan.as_ref());
    let notice = c.exit.iter().filter_map(|x| x.notice.as_ref());
    let signed = c.signature.iter().flat_map(|s| s.sha256.keys());
    let returned = c.reworks.iter().flat_map(|r| {
        let signed = r.signature.iter().flat_map(|s| s.sha256.keys());
        r.answer.documents.values().chain(signed)
    });
    for p in answer
        .chain(scan)
        .chain(notice)
        .chain(signed)
        .chain(returned)
    {
        if !paths.contains(&p.as_str()) {
            paths.push(p);
        }
    }
    paths
}

/// The documents the card's steps keep, with the field that names each:
/// the answer package, the scan sent, an exit's notice.
pub(super) fn step_documents(c: &Card) -> Vec<(String, &str)> {
    let mut named: Vec<(String, &str)> = Vec::new();
    if let Some(a) = &c.answer {
        for (role, path) in &a.documents {
            named.push((format!("/answer/documents/{}", escape(role)), path));
        }
    }
    if let Some(s) = c.sent.as_ref().and_then(|s| s.scan.as_ref()) {
        named.push(("/sent/scan".into(), s));
    }
    if let Some(n) = c.exit.as_ref().and_then(|x| x.notice.as_ref()) {
        named.push(("/exit/notice".into(), n));
    }
    named
}

/// The card's documents as `docs` finds them on disk; signed documents not
/// known to be unchanged since an earlier check (`out.known`) are read
/// through `store` and hashed. Files changed after `settled_before`
/// (seconds since the epoch) are not remembered as verified.
pub(super) fn check_documents(
    store: &Store,
    settled_before: i64,
    c: &Card,
    docs: &Docs,
    out: &mut Findings,
) {
    let on_disk = |path: &str| docs.iter().find(|(p, _)| *p == path).and_then(|(_, m)| *m);
    let signed: BTreeSet<&str> = c
        .signature
        .iter()
        .flat_map(|s| s.sha256.keys().map(String::as_str))
        .collect();
    for (field, path) in &step_documents(c) {
        if let Err(why) = store::safe_rel(path) {
            out.push(
                Code::UnsafePath,
                field,
                why,
                crate::say!("chk-unsafe-path-hint"),
            );
        } else if !signed.contains(path) && !on_disk(path).is_some_and(|m| m.is_file) {
            // A signed document is looked at below.
            out.push(
                Code::DocumentMissing,
                field,
                crate::say!("chk-document-missing", path = path),
                crate::say!("chk-document-restore-hint", path = path),
            );
        }
    }
    let Some(sig) = &c.signature else { return };
    // What the files are now, and whether they are as when last verified.
    let mut stats = Sha256::new();
    let mut settled = true;
    let mut present = Vec::new();
    for (path, expected) in &sig.sha256 {
        let field = format!("/signature/sha256/{}", escape(path));
        if let Err(why) = store::safe_rel(path) {
            out.push(
                Code::UnsafePath,
                &field,
                why,
                crate::say!("chk-unsafe-signed-path-hint"),
            );
            continue;
        }
        match on_disk(path) {
            Some(meta) if meta.is_file => {
                settled &= meta.settled(settled_before);
                stats.update(format!("{path}\t{expected}\t"));
                meta.feed(&mut stats);
                stats.update(b"\n");
                present.push((field, path, expected));
            }
            _ => signed_missing(out, &field, path),
        }
    }
    let stats = first_128(&stats.finalize());
    if out.known == Some(stats) {
        out.verified = Some(stats);
        return;
    }
    let mut all_match = present.len() == sig.sha256.len();
    for (field, path, expected) in present {
        out.hashed += 1;
        match store.read_bytes(path) {
            Ok(bytes) => {
                let actual = format!("{:x}", Sha256::digest(&bytes));
                if !actual.eq_ignore_ascii_case(expected.trim()) {
                    all_match = false;
                    out.push(
                        Code::SignatureMismatch,
                        &field,
                        crate::say!(
                            "chk-signature-mismatch",
                            path = path,
                            card = format!("{}/{}", c.year, c.index),
                            day = sig.date,
                            actual = actual,
                            expected = expected
                        ),
                        crate::say!("chk-signature-mismatch-hint", path = path),
                    );
                }
            }
            Err(_) => {
                all_match = false;
                signed_missing(out, &field, path);
            }
        }
    }
    // Files changed in the last moments could change again within the same
    // tick of the file system's clock unseen; they are read again next time.
    if all_match && settled {
        out.verified = Some(stats);
    }
}

fn signed_missing(out: &mut Findings, field: &str, path: &str) {
    out.push(
        Code::DocumentMissing,
        field,
        crate::say!("chk-signed-missing", path = path),
        crate::say!("chk-document-restore-hint", path = path),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::card::Sent;
    use crate::ops::check::testing::{d, findings, sent};

    /// The sent card with these answer documents, scan and signed documents.
    fn card(answer: &[(&str, &str)], scan: Option<&str>, signed: &[&str]) -> Card {
        let mut c = sent();
        let a = c.answer.as_mut().expect("answered");
        a.documents = answer
            .iter()
            .map(|(r, p)| (r.to_string(), p.to_string()))
            .collect();
        c.sent = Some(Sent {
            posted: Some(d("2015-07-22")),
            to_cc: d("2015-07-22"),
            scan: scan.map(str::to_string),
            number: None,
            date: None,
        });
        let s = c.signature.as_mut().expect("signed");
        s.sha256 = signed
            .iter()
            .map(|p| (p.to_string(), "00".repeat(32)))
            .collect();
        c
    }

    #[test]
    fn every_document_once_in_order() {
        let c = card(
            &[
                ("answer-cc", "docs/a.txt"),
                ("answer-applicant", "docs/a.txt"),
                ("info", "docs/i.txt"),
            ],
            Some("docs/scan.pdf"),
            &["docs/a.txt", "docs/s.txt"],
        );
        assert_eq!(
            document_paths(&c),
            ["docs/a.txt", "docs/i.txt", "docs/scan.pdf", "docs/s.txt"]
        );
        assert_eq!(document_paths(&sent()), Vec::<&str>::new());
    }

    /// What the documents of `c` give when none of them is on disk.
    #[track_caller]
    fn check(c: Card, expected: &[(Code, &str)]) {
        let paths = document_paths(&c);
        let docs: Vec<(&str, Option<OnDisk>)> = paths.iter().map(|p| (*p, None)).collect();
        let mut out = findings();
        // Nothing is read: no signed document is on disk.
        check_documents(&Store::at("/nonexistent/register"), 0, &c, &docs, &mut out);
        assert_eq!(out.found(), expected, "{:#?}", out.out);
        assert_eq!(out.hashed, 0);
    }

    #[test]
    fn missing_and_unsafe_documents() {
        check(sent(), &[]);
        check(
            card(&[("info", "docs/2015/000001/info.txt")], None, &[]),
            &[(Code::DocumentMissing, "/answer/documents/info")],
        );
        check(
            card(&[("a/b", "docs/x.txt")], None, &[]),
            &[(Code::DocumentMissing, "/answer/documents/a~1b")],
        );
        check(
            card(&[], Some("docs/scan.pdf"), &[]),
            &[(Code::DocumentMissing, "/sent/scan")],
        );
        check(
            card(&[("draft", "../../etc/passwd")], None, &[]),
            &[(Code::UnsafePath, "/answer/documents/draft")],
        );
        check(
            card(&[], None, &["/etc/passwd"]),
            &[(Code::UnsafePath, "/signature/sha256/~1etc~1passwd")],
        );
        // A signed document is reported once, as signed.
        check(
            card(&[("info", "docs/i.txt")], None, &["docs/i.txt"]),
            &[(Code::DocumentMissing, "/signature/sha256/docs~1i.txt")],
        );
    }
}
