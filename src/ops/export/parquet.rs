//! `appeals export --format parquet -o DIR`: the export's rows as one
//! typed table for query engines (DuckDB, Spark, pandas): dates as Parquet
//! DATE, counts as INT32, yes/no as BOOLEAN, codes and text as UTF-8
//! strings, an empty value as null. It is split by the year and month the
//! appeal was received, Hive style
//! (`DIR/received_year=2015/received_month=07/part-0.parquet`), beside a
//! `DIR/manifest.json` that says what was exported from where, and each
//! file's rows and SHA-256. The README holds the schema as a contract;
//! [`SCHEMA_VERSION`] changes when it does.
//!
//! The partitions are named `received_year` and `received_month`, not
//! `year` and `month`: a card's `year` column is the year of its number
//! (of registration), which a Hive reader would overwrite with the
//! partition's value.
//!
//! Rows stream: they are spilled, typed, to a scratch file as they come,
//! and each month's file is then written from its spill, every register's
//! rows of the month together, in row groups of at most [`GROUP_BYTES`]
//! (see [`Table`]).

use super::{columns, export_each, Options, Personal};
use crate::error::{ReportError, Result};
use crate::model::view::Record;
use crate::store::outdir::{self, Found, OutDir, Scratch};
use crate::store::Register;
use bytes::Bytes;
use chrono::{Datelike, NaiveDate};
use parquet::basic::Compression;
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, Int32Type};
use parquet::file::properties::{EnabledStatistics, WriterProperties, WriterPropertiesPtr};
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::{ColumnPath, TypePtr};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// The version of the table's schema and of the manifest, raised when a
/// column is removed or changes its type or meaning (a column added at the
/// end keeps it).
pub const SCHEMA_VERSION: u32 = 1;

/// The manifest's name in the directory.
pub const MANIFEST: &str = "manifest.json";

/// How many bytes of rows a row group holds at most while it is built.
const GROUP_BYTES: usize = 16 << 20;

/// Month files written at once, side by side (by a pool of as many
/// threads); each holds up to [`GROUP_BYTES`] of a row group while it is
/// written.
const FILES_AT_ONCE: usize = 2;

/// The size of the blocks a month's rows are spilled in.
const BLOCK: usize = 32 << 10;

/// The Parquet type of a column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// UTF-8 text (`BYTE_ARRAY` annotated `STRING`).
    Text,
    /// A calendar day (`INT32` annotated `DATE`: days since 1970-01-01).
    Date,
    /// A whole number (`INT32`).
    Int,
    /// Yes or no (`BOOLEAN`).
    Bool,
}

/// One column of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Its name: the export's column name.
    pub name: &'static str,
    /// Its type.
    pub kind: Kind,
    /// Whether a row may leave it empty (`OPTIONAL`), else `REQUIRED`.
    pub nullable: bool,
}

/// The type of an export column: the export writes each value as JSON
/// (`ops::export::row`), and the table types it by the column's name.
fn typed(name: &'static str) -> Column {
    let (kind, nullable) = match name {
        "year" | "number" | "signatories" | "term_days" | "extensions" | "reworks" => {
            (Kind::Int, false)
        }
        "answer_days_late" | "quality_score" => (Kind::Int, true),
        "received" | "registered" | "control_date" | "executor_due" => (Kind::Date, false),
        "extended_until" | "resolved" | "dispatched" | "answered" | "signed" | "posted"
        | "sent_to_cc" | "closed" => (Kind::Date, true),
        "confidential" => (Kind::Bool, false),
        "answer_late" => (Kind::Bool, true),
        "council" | "edition" | "index" | "status" | "form" | "form_name" | "sign"
        | "sign_name" | "kind" | "kind_name" | "subject" | "subject_name" | "type"
        | "type_name" | "topics" | "topic_names" | "categories" | "category_names" | "summary"
        | "earlier" => (Kind::Text, false),
        _ => (Kind::Text, true),
    };
    Column {
        name,
        kind,
        nullable,
    }
}

/// The table's columns for a choice of personal data: `register` (the
/// register's id from `register.toml`, null for a register made before
/// ids), then the export's columns.
pub fn table(personal: Personal) -> Vec<Column> {
    std::iter::once("register")
        .chain(columns(personal))
        .map(typed)
        .collect()
}

/// The Parquet schema of the columns.
fn schema(columns: &[Column]) -> std::result::Result<TypePtr, String> {
    let fields: String = columns
        .iter()
        .map(|c| {
            let repetition = if c.nullable { "optional" } else { "required" };
            let kind = match c.kind {
                Kind::Text => "binary",
                Kind::Date => "int32",
                Kind::Int => "int32",
                Kind::Bool => "boolean",
            };
            let annotation = match c.kind {
                Kind::Text => " (STRING)",
                Kind::Date => " (DATE)",
                Kind::Int | Kind::Bool => "",
            };
            format!("  {repetition} {kind} {}{annotation};\n", c.name)
        })
        .collect();
    let text = format!("message appeal {{\n{fields}}}");
    parquet::schema::parser::parse_message_type(&text)
        .map(Arc::new)
        .map_err(|e| e.to_string())
}

/// One value of a row, typed by its column, as it is spilled.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell<'a> {
    Null,
    Text(&'a str),
    Int(i32),
    Bool(bool),
}

impl Cell<'_> {
    /// Appends the cell to a spill: a tag byte, then its value.
    fn spill(&self, out: &mut Vec<u8>) {
        match self {
            Cell::Null => out.push(0),
            Cell::Text(t) => {
                out.push(1);
                out.extend_from_slice(&(t.len() as u32).to_le_bytes());
                out.extend_from_slice(t.as_bytes());
            }
            Cell::Int(n) => {
                out.push(2);
                out.extend_from_slice(&n.to_le_bytes());
            }
            Cell::Bool(b) => out.push(3 + u8::from(*b)),
        }
    }
}

/// A cell read back from a block of the spill; its text is a slice of the
/// block (UTF-8, as it was spilled from a `str`).
#[derive(Debug, Clone, PartialEq)]
enum Back {
    Null,
    Text(Bytes),
    Int(i32),
    Bool(bool),
}

/// Reads the cell at `at` back from a block of the spill, and moves past it.
fn unspill(block: &Bytes, at: &mut usize) -> std::result::Result<Back, String> {
    let short = || format!("the spill ends inside a cell at byte {at}");
    let four = |from: usize| -> std::result::Result<[u8; 4], String> {
        block
            .get(from..from + 4)
            .and_then(|b| b.try_into().ok())
            .ok_or_else(short)
    };
    let tag = *block.get(*at).ok_or_else(short)?;
    Ok(match tag {
        0 => {
            *at += 1;
            Back::Null
        }
        1 => {
            let len = u32::from_le_bytes(four(*at + 1)?) as usize;
            let start = *at + 5;
            if block.len() < start + len {
                return Err(short());
            }
            *at = start + len;
            Back::Text(block.slice(start..start + len))
        }
        2 => {
            let n = i32::from_le_bytes(four(*at + 1)?);
            *at += 5;
            Back::Int(n)
        }
        3 | 4 => {
            *at += 1;
            Back::Bool(tag == 4)
        }
        t => return Err(format!("bad spill tag {t} at byte {at}")),
    })
}

/// The days from 1970-01-01 to a date, as Parquet's DATE counts them.
fn epoch_days(d: NaiveDate) -> i32 {
    d.num_days_from_ce() - 719_163
}

/// A column's values waiting to be written as a row group: the present
/// values, and a definition level per row (1 present, 0 null) when it is
/// nullable.
#[derive(Debug)]
enum Values {
    Text(Vec<ByteArray>),
    Int(Vec<i32>),
    Bool(Vec<bool>),
}

#[derive(Debug)]
struct Buffer {
    column: Column,
    values: Values,
    levels: Vec<i16>,
}

impl Buffer {
    fn new(column: Column) -> Buffer {
        let values = match column.kind {
            Kind::Text => Values::Text(Vec::new()),
            Kind::Date | Kind::Int => Values::Int(Vec::new()),
            Kind::Bool => Values::Bool(Vec::new()),
        };
        Buffer {
            column,
            values,
            levels: Vec::new(),
        }
    }

    /// Adds a row's cell (of the column's type); the bytes it holds.
    fn push(&mut self, cell: Back) -> usize {
        let present = !matches!(cell, Back::Null);
        if self.column.nullable {
            self.levels.push(i16::from(present));
        }
        match (&mut self.values, cell) {
            (Values::Text(v), Back::Text(t)) => {
                let n = t.len();
                v.push(t.into());
                n + 48
            }
            (Values::Int(v), Back::Int(n)) => {
                v.push(n);
                4
            }
            (Values::Bool(v), Back::Bool(b)) => {
                v.push(b);
                1
            }
            _ => 2,
        }
    }

    /// Writes the values as the next column of a row group, and empties it.
    fn write<W: std::io::Write + Send>(
        &mut self,
        group: &mut parquet::file::writer::SerializedRowGroupWriter<'_, W>,
    ) -> parquet::errors::Result<()> {
        let mut col = group.next_column()?.ok_or_else(|| {
            parquet::errors::ParquetError::General(format!("no column {}", self.column.name))
        })?;
        let levels = self.column.nullable.then_some(self.levels.as_slice());
        match &mut self.values {
            Values::Text(v) => {
                col.typed::<ByteArrayType>().write_batch(v, levels, None)?;
                v.clear();
            }
            Values::Int(v) => {
                col.typed::<Int32Type>().write_batch(v, levels, None)?;
                v.clear();
            }
            Values::Bool(v) => {
                col.typed::<BoolType>().write_batch(v, levels, None)?;
                v.clear();
            }
        };
        col.close()?;
        self.levels.clear();
        Ok(())
    }
}

/// The file of the rows received in a year and month, relative to the
/// directory.
pub fn part_path(year: i32, month: u32) -> String {
    format!("received_year={year}/received_month={month:02}/part-0.parquet")
}

/// A file of the table, written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Its path in the directory, with `/`.
    pub path: String,
    /// Its rows.
    pub rows: usize,
    /// Its size in bytes.
    pub bytes: u64,
    /// Its SHA-256, in hex.
    pub sha256: String,
}

/// A month's rows spilled so far: whole blocks in the scratch file, and the
/// block being filled.
#[derive(Default)]
struct Spill {
    blocks: Vec<(u64, usize)>,
    filling: Vec<u8>,
    rows: usize,
}

/// A month's spilled blocks read back, one by one. A block holds whole
/// rows: [`Table::push`] ends one only after a row.
fn spilled(
    scratch: &Scratch,
    blocks: Vec<(u64, usize)>,
) -> impl Iterator<Item = Result<Bytes>> + '_ {
    blocks.into_iter().map(|(start, len)| {
        let mut block = vec![0; len];
        scratch.read_at(start, &mut block)?;
        Ok(Bytes::from(block))
    })
}

/// A year and month of receipt.
type Month = (i32, u32);

/// A row spilled as the table types it, value by value: each value must
/// be of its column's type (and present where the column is required),
/// else the row is refused, naming the column.
struct Spiller<'c> {
    columns: &'c [Column],
    at: usize,
    bytes: Vec<u8>,
    wrong: Option<String>,
}

impl Spiller<'_> {
    /// Spills the next column's value, of type `kind` (`None`: no value).
    fn put(&mut self, kind: Option<Kind>, cell: Cell) {
        let column = self.columns.get(self.at);
        self.at += 1;
        let fits = column.is_some_and(|c| kind.map_or(c.nullable, |k| k == c.kind));
        if fits {
            cell.spill(&mut self.bytes);
        } else {
            self.refuse(match column {
                Some(c) => format!("column {}: {cell:?} is not {:?}", c.name, c.kind),
                None => format!("a value past the last column: {cell:?}"),
            });
        }
    }

    /// Refuses the row (its first fault is the one told).
    fn refuse(&mut self, why: String) {
        self.wrong.get_or_insert(why);
    }

    /// The row's bytes, or what was wrong with it.
    fn done(self) -> std::result::Result<Vec<u8>, String> {
        match self.wrong {
            Some(wrong) => Err(wrong),
            None if self.at != self.columns.len() => Err(format!(
                "{} values for {} columns",
                self.at,
                self.columns.len()
            )),
            None => Ok(self.bytes),
        }
    }
}

impl super::Cells for Spiller<'_> {
    fn text(&mut self, v: &str) {
        self.put(Some(Kind::Text), Cell::Text(v));
    }

    fn day(&mut self, v: NaiveDate) {
        self.put(Some(Kind::Date), Cell::Int(epoch_days(v)));
    }

    fn int(&mut self, v: i64) {
        match i32::try_from(v) {
            Ok(n) => self.put(Some(Kind::Int), Cell::Int(n)),
            Err(_) => {
                let name = self.columns.get(self.at).map_or("?", |c| c.name);
                self.refuse(format!("column {name}: {v} is out of INT32's range"));
                self.at += 1;
            }
        }
    }

    fn yes_no(&mut self, v: bool) {
        self.put(Some(Kind::Bool), Cell::Bool(v));
    }

    fn null(&mut self) {
        self.put(None, Cell::Null);
    }
}

/// Turns a card into the bytes of its row's spill, and finds its month.
struct Encoder<'o> {
    columns: Vec<Column>,
    opts: &'o Options,
}

impl<'o> Encoder<'o> {
    fn new(opts: &'o Options) -> Encoder<'o> {
        Encoder {
            columns: table(opts.personal),
            opts,
        }
    }

    /// A card's row (the register's id, then the export's row) spilled,
    /// typed, with its month.
    fn encode(&self, reg: &Register, names: &super::Names, c: &Record) -> Result<(Month, Vec<u8>)> {
        use super::Cells;
        let month = (c.received.year(), c.received.month());
        let mut row = Spiller {
            columns: &self.columns,
            at: 0,
            bytes: Vec::with_capacity(1024),
            wrong: None,
        };
        row.opt_text(reg.settings.id.as_deref());
        super::cells(&mut row, reg, names, c, self.opts.personal, &self.opts.key);
        let bytes = row
            .done()
            .map_err(|e| parquet_error(&part_path(month.0, month.1), e))?;
        Ok((month, bytes))
    }
}

/// The table written in two passes, so that each month's rows, of every
/// register, make one file of as few row groups as can be (a query engine
/// pays for every file and row group it opens, and a register's month is
/// a few hundred rows): the rows are first spilled, typed ([`Encoder`]), to
/// one scratch file as they stream in, in blocks of [`BLOCK`] bytes per
/// month (a block per month is held), then each month's file is written
/// from its blocks, in row groups of at most [`GROUP_BYTES`].
struct Table<'d> {
    dir: &'d OutDir,
    columns: Vec<Column>,
    scratch: Scratch,
    months: BTreeMap<Month, Spill>,
}

impl<'d> Table<'d> {
    fn new(dir: &'d OutDir, personal: Personal) -> Result<Table<'d>> {
        Ok(Table {
            dir,
            columns: table(personal),
            scratch: dir.scratch()?,
            months: BTreeMap::new(),
        })
    }

    /// Adds a row, spilled.
    fn push(&mut self, (month, row): (Month, Vec<u8>)) -> Result<()> {
        let m = self.months.entry(month).or_default();
        m.filling.extend_from_slice(&row);
        m.rows += 1;
        if m.filling.len() >= BLOCK {
            let at = self.scratch.append(&m.filling)?;
            m.blocks.push((at, m.filling.len()));
            m.filling.clear();
        }
        Ok(())
    }

    /// Writes each month's file from its spill; the files, in path order.
    fn finish(mut self) -> Result<Vec<FileEntry>> {
        let schema = schema(&self.columns).map_err(|e| parquet_error(MANIFEST, e))?;
        let props = properties(&self.columns);
        let mut months = Vec::new();
        for (key, mut m) in std::mem::take(&mut self.months) {
            if !m.filling.is_empty() {
                let at = self.scratch.append(&m.filling)?;
                m.blocks.push((at, m.filling.len()));
            }
            months.push((key, m));
        }
        // A few months' files written side by side, each from its own
        // blocks of the scratch file (read by position), a thread taking
        // the next month as soon as it is done with one; in path order.
        let (dir, scratch, columns) = (self.dir, &self.scratch, &self.columns);
        let writers = rayon::ThreadPoolBuilder::new()
            .num_threads(FILES_AT_ONCE)
            .build()
            .map_err(|e| parquet_error(MANIFEST, e.to_string()))?;
        writers.install(|| {
            months
                .into_par_iter()
                .with_max_len(1)
                .map(|((year, month), m)| {
                    write_file(
                        dir,
                        &part_path(year, month),
                        columns,
                        (spilled(scratch, m.blocks), m.rows),
                        (&schema, &props),
                    )
                })
                .collect()
        })
    }
}

/// The columns whose values differ on nearly every row (a card's own
/// numbers, its summary, the applicant): a dictionary of them only costs
/// the time to find out that it doesn't pay.
const DISTINCT: &[&str] = &[
    "index",
    "cc_number",
    "summary",
    "applicant",
    "name",
    "address",
    "phone",
    "email",
];

/// How the files are written: Snappy, and dictionaries and statistics
/// (each page's least and greatest value, by which an engine skips pages)
/// for every column but the [`DISTINCT`] ones: no query narrows by a
/// summary's text, and comparing every summary to the least and greatest
/// so far cost the export about 1% of its processor time.
fn properties(columns: &[Column]) -> WriterPropertiesPtr {
    let mut props = WriterProperties::builder().set_compression(Compression::SNAPPY);
    for c in columns.iter().filter(|c| DISTINCT.contains(&c.name)) {
        props = props
            .set_column_dictionary_enabled(ColumnPath::from(c.name), false)
            .set_column_statistics_enabled(ColumnPath::from(c.name), EnabledStatistics::None);
    }
    Arc::new(props.build())
}

/// Writes one file of the `rows` rows of a spill's blocks.
fn write_file(
    dir: &OutDir,
    path: &str,
    columns: &[Column],
    (blocks, rows): (impl Iterator<Item = Result<Bytes>>, usize),
    (schema, props): (&TypePtr, &WriterPropertiesPtr),
) -> Result<FileEntry> {
    let failed = |e: String| parquet_error(path, e);
    let mut writer = SerializedFileWriter::new(dir.create(path)?, schema.clone(), props.clone())
        .map_err(|e| failed(e.to_string()))?;
    let mut buffers: Vec<Buffer> = columns.iter().copied().map(Buffer::new).collect();
    let mut group = |buffers: &mut [Buffer]| -> parquet::errors::Result<()> {
        let mut group = writer.next_row_group()?;
        for b in buffers.iter_mut() {
            b.write(&mut group)?;
        }
        group.close()?;
        Ok(())
    };
    let (mut held, mut pending, mut read) = (0, 0, 0);
    for block in blocks {
        let block = block?;
        let mut at = 0;
        while at < block.len() {
            for b in buffers.iter_mut() {
                held += b.push(unspill(&block, &mut at).map_err(failed)?);
            }
            pending += 1;
            if held >= GROUP_BYTES {
                group(&mut buffers).map_err(|e| failed(e.to_string()))?;
                (read, held, pending) = (read + pending, 0, 0);
            }
        }
    }
    if pending > 0 {
        group(&mut buffers).map_err(|e| failed(e.to_string()))?;
        read += pending;
    }
    if read != rows {
        return Err(failed(format!("{read} rows spilled of {rows}")));
    }
    let out = writer.into_inner().map_err(|e| failed(e.to_string()))?;
    let written = out.done()?;
    Ok(FileEntry {
        path: path.to_string(),
        rows,
        bytes: written.bytes,
        sha256: written.sha256,
    })
}

fn parquet_error(file: &str, error: String) -> crate::Error {
    ReportError::Parquet {
        file: file.to_string(),
        error,
    }
    .into()
}

/// The git commit a register's files are at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GitState {
    /// The commit (full id).
    pub commit: String,
    /// Whether the register's files differ from it (the export is then of
    /// no commit).
    pub dirty: bool,
}

/// The register's calendar as the export used it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarEdition {
    /// The first and last year it covers.
    pub years: (i32, i32),
    /// The SHA-256 of `calendar.toml` (a council edits it when the Cabinet
    /// moves a day off).
    pub sha256: String,
}

/// One register of the export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterEntry {
    /// Its id (`register.toml`), the `register` column's value.
    pub id: Option<String>,
    /// The council.
    pub council: String,
    /// The department that keeps it.
    pub department: String,
    /// The Classifier edition it classifies against.
    pub classifier_edition: String,
    /// Its calendar.
    pub calendar: CalendarEdition,
    /// Its git commit; `None` outside git.
    pub git: Option<GitState>,
    /// Its rows in the table.
    pub rows: usize,
}

/// `manifest.json`: what the directory holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The day the export was made as of (`--today`).
    pub as_of: NaiveDate,
    /// Only cards received from this day (`--from`).
    pub from: Option<NaiveDate>,
    /// Only cards received up to this day (`--to`).
    pub to: Option<NaiveDate>,
    /// The personal data it holds: `none`, `pseudonym` or `full`.
    pub personal: String,
    /// The Hive partition keys, in path order.
    pub partitioning: Vec<String>,
    /// The registers, in the order given.
    pub registers: Vec<RegisterEntry>,
    /// The files, in path order.
    pub files: Vec<FileEntry>,
    /// The rows of all files.
    pub rows: usize,
}

/// What of an earlier manifest decides whether its directory may be
/// replaced: the files it lists.
#[derive(Debug, Deserialize)]
struct Earlier {
    files: Vec<Listed>,
}

#[derive(Debug, Deserialize)]
struct Listed {
    path: String,
}

/// Refuses `dir` unless it is absent, empty, or an earlier export holding
/// only the files its manifest lists (so that replacing it deletes none
/// of the user's files).
fn may_replace(dir: &Path) -> Result<()> {
    let Found::Files(found) = outdir::survey(dir)? else {
        return Ok(());
    };
    if found.is_empty() {
        return Ok(());
    }
    let listed: Option<Vec<String>> = found
        .iter()
        .any(|f| f == MANIFEST)
        .then(|| crate::store::outside::read_file(&dir.join(MANIFEST)).ok())
        .flatten()
        .and_then(|b| serde_json::from_slice::<Earlier>(&b).ok())
        .map(|m| m.files.into_iter().map(|f| f.path).collect());
    let foreign: Vec<String> = match listed {
        Some(listed) => found
            .into_iter()
            .filter(|f| f != MANIFEST && !listed.contains(f))
            .collect(),
        None => found,
    };
    if foreign.is_empty() {
        return Ok(());
    }
    Err(ReportError::NotAnExport {
        dir: dir.display().to_string(),
        files: foreign,
    }
    .into())
}

/// What the export wrote.
#[derive(Debug)]
pub struct Exported {
    /// The rows.
    pub rows: usize,
    /// The files (besides the manifest).
    pub files: usize,
}

/// Writes the registers' rows as the Parquet table into `dir`, with its
/// manifest, replacing an earlier export there; refused, it leaves `dir` as
/// it was.
pub fn write(regs: &[Register], opts: &Options, dir: &Path, as_of: NaiveDate) -> Result<Exported> {
    super::super::report::check_editions(regs, opts.mixed_editions)?;
    may_replace(dir)?;
    let out = OutDir::begin(dir)?;
    let mut table = Table::new(&out, opts.personal)?;
    let encoder = Encoder::new(opts);
    // The commit each register is at, asked of git while the cards are
    // read: a `git status` of a register of many cards waits on the disk
    // for a while, and an oblast's registers were asked one by one.
    let (heads, rows) = std::thread::scope(|s| {
        let heads = s.spawn(|| {
            regs.iter()
                .map(|r| crate::store::git::head(r.store.root()))
                .collect::<Vec<_>>()
        });
        let rows = export_each(
            regs,
            opts,
            |reg, names, c| encoder.encode(reg, names, c),
            |_, row| table.push(row),
        );
        (heads.join(), rows)
    });
    let heads = heads.unwrap_or_else(|_| vec![None; regs.len()]);
    let registers = regs
        .iter()
        .zip(rows?)
        .zip(heads)
        .map(|((reg, rows), head)| describe(reg, rows, head))
        .collect::<Result<Vec<_>>>()?;
    let files = table.finish()?;
    let manifest = Manifest {
        schema_version: SCHEMA_VERSION,
        as_of,
        from: opts.period.map(|p| p.from),
        to: opts.period.map(|p| p.to),
        personal: match opts.personal {
            Personal::None => "none",
            Personal::Pseudonym => "pseudonym",
            Personal::Full => "full",
        }
        .to_string(),
        partitioning: vec!["received_year".into(), "received_month".into()],
        rows: files.iter().map(|f| f.rows).sum(),
        registers,
        files,
    };
    let mut text = serde_json::to_string_pretty(&manifest)
        .map_err(|e| parquet_error(MANIFEST, e.to_string()))?;
    text.push('\n');
    out.put(MANIFEST, text.as_bytes())?;
    out.finish()?;
    Ok(Exported {
        rows: manifest.rows,
        files: manifest.files.len(),
    })
}

/// A register's entry in the manifest.
fn describe(
    reg: &Register,
    rows: usize,
    head: Option<crate::store::git::Head>,
) -> Result<RegisterEntry> {
    use sha2::Digest;
    let calendar = reg.store.read_text(crate::store::CALENDAR)?;
    Ok(RegisterEntry {
        id: reg.settings.id.clone(),
        council: reg.settings.council.clone(),
        department: reg.settings.department.clone(),
        classifier_edition: reg.classifier.edition.clone(),
        calendar: CalendarEdition {
            years: reg.calendar.years(),
            sha256: sha2::Sha256::digest(calendar.as_bytes())
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect(),
        },
        git: head.map(|h| GitState {
            commit: h.commit,
            dirty: h.dirty,
        }),
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_has_a_type_and_the_schema_parses() {
        for personal in [Personal::None, Personal::Pseudonym, Personal::Full] {
            let columns = table(personal);
            assert_eq!(columns.len(), 1 + super::super::columns(personal).len());
            schema(&columns).expect("the schema parses");
        }
        let received = typed("received");
        assert_eq!((received.kind, received.nullable), (Kind::Date, false));
        assert!(typed("name").nullable);
    }

    /// A spiller of `columns`.
    fn spiller(columns: &[Column]) -> Spiller<'_> {
        Spiller {
            columns,
            at: 0,
            bytes: Vec::new(),
            wrong: None,
        }
    }

    #[test]
    fn values_are_typed_by_their_column_and_spill_back_as_they_were() {
        use super::super::Cells;
        let columns = [
            "closed",
            "reworks",
            "council",
            "confidential",
            "answer_late",
        ]
        .map(typed);
        let mut row = spiller(&columns);
        row.day(NaiveDate::from_ymd_opt(1970, 1, 2).unwrap());
        row.int(-3);
        row.text("Кам'янське");
        row.yes_no(true);
        row.null();
        let block = Bytes::from(row.done().expect("a row of its columns' types"));
        let cells = [
            Back::Int(1),
            Back::Int(-3),
            Back::Text(Bytes::from("Кам'янське")),
            Back::Bool(true),
            Back::Null,
        ];
        let mut at = 0;
        for c in &cells {
            assert_eq!(&unspill(&block, &mut at).expect("a cell"), c);
        }
        assert_eq!(at, block.len());
        for cut in 1..block.len() {
            let (short, mut at) = (block.slice(..cut), 0);
            let read: std::result::Result<Vec<Back>, String> =
                (0..cells.len()).map(|_| unspill(&short, &mut at)).collect();
            assert!(read.is_err(), "a block cut at {cut} is refused");
        }
        assert_eq!(
            epoch_days(NaiveDate::from_ymd_opt(2015, 7, 20).unwrap()),
            16636
        );
    }

    #[test]
    fn a_value_of_another_type_or_a_missing_one_refuses_the_row_naming_its_column() {
        use super::super::Cells;
        let columns = ["closed", "reworks"].map(typed);
        let refused = |fill: &dyn Fn(&mut Spiller)| {
            let mut row = spiller(&columns);
            fill(&mut row);
            row.done().expect_err("refused")
        };
        let day = NaiveDate::from_ymd_opt(2015, 7, 20).unwrap();
        assert!(refused(&|r| {
            r.text("2015-07-20");
            r.int(0);
        })
        .contains("column closed"));
        assert!(refused(&|r| {
            r.null();
            r.null();
        })
        .contains("column reworks"));
        assert!(refused(&|r| {
            r.day(day);
            r.int(i64::from(i32::MAX) + 1);
        })
        .contains("column reworks"));
        assert!(refused(&|r| r.day(day)).contains("1 values for 2 columns"));
        assert!(refused(&|r| {
            r.day(day);
            r.int(1);
            r.int(2);
        })
        .contains("past the last column"));
        let mut fine = spiller(&columns);
        fine.null();
        fine.int(2);
        assert!(fine.done().is_ok(), "closed may be empty");
    }
}
