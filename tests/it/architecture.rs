//! The map of ARCHITECTURE.md, checked on the source: the crate's
//! top-level modules are layered (no module reaches, directly or through
//! others, a module that reaches it), and so are the files of each
//! directory among themselves. A parent module and its own children are
//! one room and may name each other; anything else that goes in a circle
//! fails here with the circle named. (Which module may touch files, read
//! the clock or the environment, or print is held by `clippy.toml`.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/`, relative to it, with comments dropped.
fn sources() -> BTreeMap<PathBuf, String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    walkdir::WalkDir::new(&src)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| {
            let text = std::fs::read_to_string(e.path()).expect("source");
            let code: Vec<&str> = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect();
            (
                e.path().strip_prefix(&src).unwrap().to_path_buf(),
                code.join("\n"),
            )
        })
        .collect()
}

/// The first path segment after each `prefix` in `code` (`prefix{a, b::c}`
/// gives `a` and `b`).
fn named_after(code: &str, prefix: &str) -> BTreeSet<String> {
    let ident = |s: &str| -> String {
        s.trim()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut out = BTreeSet::new();
    for (at, _) in code.match_indices(prefix) {
        // Not the tail of a longer path (`super::super::`, `x_crate::`).
        let before = code[..at].chars().last();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = &code[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 0;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.insert(ident(&item));
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                if depth == 0 {
                    item.push(c);
                }
            }
            out.insert(ident(&item));
        } else {
            out.insert(ident(rest));
        }
    }
    out.retain(|s| !s.is_empty() && s != "self");
    out
}

/// A circle in `edges`, as the list of its nodes, if there is one.
fn circle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == n) {
            let mut c = path[at..].to_vec();
            c.push(n.to_string());
            return Some(c);
        }
        if done.contains(n) {
            return None;
        }
        path.push(n.to_string());
        for m in edges.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, edges, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|n| visit(n, edges, &mut Vec::new(), &mut done))
}

/// The module a file of `src/` belongs to at the top: `store/derived.rs`
/// → `store`, `terms.rs` → `terms`.
fn top(file: &Path) -> String {
    let first = file
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

#[test]
fn the_top_level_modules_are_layered() {
    let sources = sources();
    let modules: BTreeSet<String> = sources.keys().map(|f| top(f)).collect();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, code) in &sources {
        let from = top(file);
        for to in named_after(code, "crate::") {
            if to != from && modules.contains(&to) {
                edges.entry(from.clone()).or_default().insert(to);
            }
        }
    }
    assert!(
        edges.get("model").is_none_or(|m| !m.contains("store")),
        "model reads no files: {edges:?}"
    );
    if let Some(c) = circle(&edges) {
        panic!("the top-level modules go in a circle: {}", c.join(" → "));
    }
}

#[test]
fn the_files_of_each_directory_are_layered() {
    let sources = sources();
    let mut failures = Vec::new();
    let dirs: BTreeSet<PathBuf> = sources
        .keys()
        .filter_map(|f| f.parent().map(Path::to_path_buf))
        .collect();
    for dir in dirs {
        let siblings: BTreeMap<String, &String> = sources
            .iter()
            .filter(|(f, _)| f.parent() == Some(&dir))
            .filter(|(f, _)| {
                !(f.ends_with("mod.rs") || f.ends_with("lib.rs") || f.ends_with("main.rs"))
            })
            .map(|(f, code)| {
                let stem = f.file_stem().unwrap().to_string_lossy().into_owned();
                (stem, code)
            })
            .collect();
        // How a file of this directory names a sibling: `super::x` or by
        // its whole path from the crate.
        let module: Vec<String> = dir
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let absolute = if module.is_empty() {
            "crate::".to_string()
        } else {
            format!("crate::{}::", module.join("::"))
        };
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, code) in &siblings {
            let mut named = named_after(code, &absolute);
            if !module.is_empty() {
                named.extend(named_after(code, "super::"));
            }
            for to in named {
                if &to != from && siblings.contains_key(&to) {
                    edges.entry(from.clone()).or_default().insert(to);
                }
            }
        }
        if let Some(c) = circle(&edges) {
            failures.push(format!("src/{}: {}", dir.display(), c.join(" → ")));
        }
    }
    assert!(
        failures.is_empty(),
        "files that go in a circle:\n{}",
        failures.join("\n")
    );
}

#[test]
fn a_circle_is_found() {
    let edges: BTreeMap<String, BTreeSet<String>> = [
        ("a".to_string(), BTreeSet::from(["b".to_string()])),
        ("b".to_string(), BTreeSet::from(["c".to_string()])),
        ("c".to_string(), BTreeSet::from(["a".to_string()])),
    ]
    .into();
    assert_eq!(circle(&edges).map(|c| c.len()), Some(4));
    assert_eq!(
        named_after(
            "use crate::{store::x, model::{a, b}}; crate::terms::f()",
            "crate::"
        ),
        BTreeSet::from(["model".into(), "store".into(), "terms".into()])
    );
    assert_eq!(
        named_after("super::super::x; use super::{y, z};", "super::"),
        BTreeSet::from(["super".into(), "y".into(), "z".into()])
    );
}
