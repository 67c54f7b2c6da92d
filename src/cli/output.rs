//! `-o FILE` for every command that prints records, as ripgrep and git do:
//! the file is written whole or not at all, and without `--format` its
//! extension says the format. One implementation, flattened into each
//! command's arguments.

use super::error::UserError;
use clap::ValueEnum;
use std::io::Write;
use std::path::PathBuf;

/// Where a command's records go.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Output {
    /// Write to this file instead of standard output (the format from its
    /// extension when --format is not given: .txt, .json, .csv…).
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The format a file's extension names, as a `--format` value.
fn named_by(ext: &str) -> Option<&'static str> {
    Some(match ext {
        "txt" | "text" => "table",
        "json" => "json",
        "jsonl" | "ndjson" => "jsonl",
        "csv" => "csv",
        "xlsx" => "xlsx",
        "html" | "htm" => "html",
        _ => return None,
    })
}

/// The extension a format's files take.
fn extension_of(format: &str) -> &str {
    match format {
        "table" => "txt",
        f => f,
    }
}

/// A `--format` value's name.
fn name<F: ValueEnum>(f: &F) -> String {
    f.to_possible_value()
        .map(|v| v.get_name().to_string())
        .unwrap_or_default()
}

impl Output {
    /// The format to write: `--format` when given, else the one the
    /// file's extension names, else the command's default. An extension
    /// the command can't write, or one `--format` contradicts, is refused.
    pub fn format<F: ValueEnum + Default + Copy + PartialEq>(
        &self,
        given: Option<F>,
    ) -> anyhow::Result<F> {
        let Some(path) = &self.output else {
            return Ok(given.unwrap_or_default());
        };
        let file = path.display().to_string();
        let Some(ext) = path.extension().map(|e| e.to_string_lossy().to_lowercase()) else {
            return Ok(given.unwrap_or_default());
        };
        let by_ext = named_by(&ext)
            .and_then(|n| F::value_variants().iter().find(|f| name(*f) == n))
            .copied();
        let Some(by_ext) = by_ext else {
            let formats = F::value_variants()
                .iter()
                .map(|f| format!(".{}", extension_of(&name(f))))
                .collect::<Vec<_>>()
                .join(", ");
            return Err(UserError::new(crate::t!(
                "out-unknown-extension",
                file = file,
                ext = ext,
                formats = formats
            ))
            .hint(crate::t!("out-unknown-extension-hint"))
            .into());
        };
        match given {
            Some(g) if g != by_ext => Err(UserError::new(crate::t!(
                "out-disagree",
                file = file,
                ext = ext,
                named = name(&by_ext),
                format = name(&g)
            ))
            .hint(crate::t!(
                "out-disagree-hint",
                named = name(&by_ext),
                format = name(&g),
                wanted = extension_of(&name(&g)).to_string()
            ))
            .into()),
            _ => Ok(by_ext),
        }
    }

    /// Runs `body`, its standard output going to the file when one is
    /// named: the file is put in place only when `body` succeeds, and an
    /// existing one is replaced.
    pub fn write<T>(&self, body: impl FnOnce() -> anyhow::Result<T>) -> anyhow::Result<T> {
        let Some(path) = &self.output else {
            return body();
        };
        #[cfg(unix)]
        {
            let redirect =
                crate::store::outside::redirect_stdout(path).map_err(crate::Error::from)?;
            let result = body();
            let flushed = std::io::stdout().flush();
            let value = result?;
            flushed.map_err(|e| crate::store::StoreError::io(path, e))?;
            redirect.finish().map_err(crate::Error::from)?;
            Ok(value)
        }
        #[cfg(not(unix))]
        {
            let _ = body;
            Err(UserError::new(crate::t!(
                "out-unsupported",
                file = path.display().to_string()
            ))
            .into())
        }
    }
}
