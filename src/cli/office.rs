//! CSV for the office (issue #17): `--excel` writes what Ukrainian Excel
//! opens in columns by a double click — `;` between fields, a byte-order
//! mark, headings in words, dates as `20.07.2015`, decimal commas, codes
//! kept as text (`="003"`), yes and no in words. Without it a CSV is for
//! machines: `,`, the documented column names, ISO dates. In both, a
//! citizen's text that looks like a formula is neutralised (issue #19:
//! `'=…`, OWASP's rule). Intake reads both back (`crate::office`).

use super::error::UserError;
use crate::office::{self, Kind};
use std::io::Write;

/// `--excel` (or `--bom`, its older name), flattened into each command
/// that writes CSV.
#[derive(Debug, Clone, Copy, Default, clap::Args)]
pub struct Excel {
    /// CSV as Ukrainian Excel opens it: ';'-separated, with a byte-order
    /// mark, headings in words, dates as 20.07.2015, decimal commas, codes
    /// kept as text (implies --format csv; --bom is the same)
    #[arg(long, alias = "bom")]
    pub excel: bool,
}

impl Excel {
    /// The format asked for: CSV when `--excel` is given alone; `--excel`
    /// with another `--format`, or with `-o` naming another kind of file,
    /// is refused.
    pub fn format<F: clap::ValueEnum + Copy + PartialEq>(
        self,
        given: Option<F>,
        csv: F,
        output: &super::output::Output,
    ) -> anyhow::Result<Option<F>> {
        let ext = output
            .output
            .as_ref()
            .and_then(|p| p.extension())
            .map(|e| e.to_string_lossy().to_lowercase());
        if let Some(ext) = ext.filter(|e| self.excel && e != "csv") {
            return Err(
                UserError::new(crate::t!("office-excel-not-csv", format = ext))
                    .hint(crate::t!("office-excel-not-csv-file-hint"))
                    .into(),
            );
        }
        match given {
            Some(f) if self.excel && f != csv => {
                let name = f
                    .to_possible_value()
                    .map(|v| v.get_name().to_string())
                    .unwrap_or_default();
                Err(
                    UserError::new(crate::t!("office-excel-not-csv", format = name))
                        .hint(crate::t!("office-excel-not-csv-hint"))
                        .into(),
                )
            }
            None if self.excel => Ok(Some(csv)),
            other => Ok(other),
        }
    }
}

/// A CSV being written, for a machine or for Excel.
pub struct Csv<W: Write> {
    w: csv::Writer<W>,
    kinds: Option<Vec<Kind>>,
    /// Which columns hold a citizen's text, neutralised in every CSV.
    citizen: Vec<bool>,
}

impl<W: Write> Csv<W> {
    /// Starts a CSV with its header row: `columns` are machine names; for
    /// Excel they are headed in words, in this run's language.
    pub fn new(mut out: W, excel: bool, columns: &[&str]) -> anyhow::Result<Self> {
        let mut builder = csv::WriterBuilder::new();
        if excel {
            out.write_all("\u{feff}".as_bytes())?;
            builder.delimiter(b';');
        }
        let mut w = builder.from_writer(out);
        if excel {
            let lang = crate::i18n::lang();
            w.write_record(columns.iter().map(|c| office::label_in(lang, c)))?;
        } else {
            w.write_record(columns)?;
        }
        Ok(Csv {
            w,
            kinds: excel.then(|| columns.iter().map(|c| office::kind(c)).collect()),
            citizen: columns
                .iter()
                .map(|c| office::CITIZEN.contains(c))
                .collect(),
        })
    }

    /// Writes a row of cells as the machine form gives them (`2015-07-20`,
    /// `true`, `009;010`); for Excel each is shaped by its column.
    pub fn row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) -> csv::Result<()> {
        match &self.kinds {
            None => {
                let citizen = &self.citizen;
                self.w
                    .write_record(cells.into_iter().enumerate().map(|(i, c)| {
                        if citizen.get(i).copied().unwrap_or(false) {
                            office::neutralise(c.as_ref())
                        } else {
                            c.as_ref().to_string()
                        }
                    }))
            }
            Some(kinds) => {
                let shaped: Vec<String> = cells
                    .into_iter()
                    .enumerate()
                    .map(|(i, c)| cell(kinds.get(i).copied().unwrap_or(Kind::Text), c.as_ref()))
                    .collect();
                self.w.write_record(shaped)
            }
        }
    }

    /// Writes what is buffered.
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.w.flush()
    }

    /// The finished output.
    pub fn into_inner(self) -> anyhow::Result<W> {
        self.w
            .into_inner()
            .map_err(|e| anyhow::anyhow!(e.to_string()))
    }
}

/// A cell for Ukrainian Excel, from its machine form.
pub fn cell(kind: Kind, value: &str) -> String {
    if value.is_empty() {
        return String::new();
    }
    match kind {
        Kind::Code => as_text(value),
        Kind::Codes => as_text(
            &value
                .split(';')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect::<Vec<_>>()
                .join("; "),
        ),
        Kind::Date => chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
            .map(|d| d.format("%d.%m.%Y").to_string())
            .unwrap_or_else(|_| office::neutralise(value)),
        Kind::Number => value.to_string(),
        Kind::Decimal => value.replace('.', ","),
        Kind::Flag => match value {
            "true" | "yes" => crate::t!("office-yes"),
            "false" | "no" => crate::t!("office-no"),
            "unknown" => crate::t!("office-unknown"),
            other => office::neutralise(other),
        },
        Kind::Status => value
            .parse::<crate::model::Status>()
            .map(super::render::status_text)
            .unwrap_or_else(|_| office::neutralise(value)),
        Kind::Text => office::neutralise(value),
    }
}

/// Text Excel keeps as it is, leading zeros and dots included: `="003"`
/// where Excel would read a number or a date, else the text itself.
fn as_text(value: &str) -> String {
    if value
        .chars()
        .all(|c| c.is_ascii_digit() || "., -/:;+".contains(c))
    {
        format!("=\"{}\"", value.replace('"', "\"\""))
    } else {
        office::neutralise(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_shaped_for_excel() {
        assert_eq!(cell(Kind::Code, "003"), "=\"003\"");
        assert_eq!(cell(Kind::Codes, "009;010"), "=\"009; 010\"");
        assert_eq!(cell(Kind::Date, "2015-07-20"), "20.07.2015");
        assert_eq!(cell(Kind::Decimal, "4.5"), "4,5");
        assert_eq!(cell(Kind::Text, "=1+1"), "'=1+1");
        assert_eq!(cell(Kind::Flag, "true"), "yes");
        assert_eq!(cell(Kind::Code, ""), "");
        // What Excel needed, intake undoes.
        for (kind, machine) in [(Kind::Code, "7.11"), (Kind::Text, "+380 67")] {
            assert_eq!(office::unwrap_cell(&cell(kind, machine)), machine);
        }
    }

    #[test]
    fn an_excel_csv_is_semicolon_separated_with_a_bom_and_words() {
        let mut c = Csv::new(Vec::new(), true, &["received", "topics"]).expect("csv");
        c.row(["2015-07-20", "009;010"]).expect("row");
        let text = String::from_utf8(c.into_inner().expect("done")).expect("utf8");
        assert_eq!(
            text,
            "\u{feff}Received;Topics (codes)\n20.07.2015;\"=\"\"009; 010\"\"\"\n"
        );
    }
}
