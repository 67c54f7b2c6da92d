//! Git's conflict markers, which a merge leaves in a file it could not
//! merge: found in any text a person or a command reads (`check`, and
//! `sign`, which refuses to sign a document that still holds them).

/// Documents whose name ends so are read for conflict markers; others
/// (scans, PDFs, office files) are not text.
const TEXT: [&str; 10] = [
    ".txt", ".toml", ".md", ".csv", ".tsv", ".json", ".html", ".htm", ".xml", ".eml",
];

/// Whether a document is text, by its name.
pub fn is_text(path: &str) -> bool {
    let lower = path.to_lowercase();
    TEXT.iter().any(|ext| lower.ends_with(ext))
}

/// The line (from 1) of the first git conflict marker in `bytes`: a line
/// starting `<<<<<<< ` or `>>>>>>> `, or `=======` alone between them.
/// A lone `=======` (a heading's underline) is not one.
pub fn conflict_line(bytes: &[u8]) -> Option<usize> {
    let text = String::from_utf8_lossy(bytes);
    let mut opened = false;
    for (i, line) in text.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let angle = ["<<<<<<<", ">>>>>>>"]
            .iter()
            .any(|m| line == *m || line.starts_with(&format!("{m} ")));
        if angle || (opened && line == "=======") {
            return Some(i + 1);
        }
        opened |= line.starts_with("<<<<<<<");
    }
    None
}
