//! An export read as a stream, a record at a time, so that memory stays
//! small whatever the file's size (issue #19): the bytes decoded as they
//! come (UTF-8, or the encoding a byte-order mark or `--encoding` gives),
//! and a record longer than [`MAX_RECORD_BYTES`], which no valid record
//! is, stops the reading there.

use super::{delimiter, heading, object_record, Format, Heading, Raw, RawRecord, FIELDS};
use crate::error::{InputError, InputKind, Problem, Problems};
use serde::de::{self, Deserialize, Visitor};
use serde_json::Value;
use std::cell::{Cell, RefCell};
use std::io::{self, BufRead, BufReader, Read};
use std::rc::Rc;

/// The most text one record may take. Its fields hold at most 10,000
/// characters each, so a valid record, even with every character escaped
/// as JSON's `\uXXXX`, is under a megabyte.
pub const MAX_RECORD_BYTES: u64 = 4 << 20;

/// How to read an input.
pub struct Reading<'a> {
    /// Its name in problems (`day.csv`, `<stdin>`).
    pub file: &'a str,
    /// Its format, when the extension or `--input-format` gives one; else
    /// guessed from its first character.
    pub format: Option<Format>,
    /// The encoding named (`--encoding`).
    pub encoding: Option<&'a str>,
    /// A CSV's columns as a source names them (an import profile): the key
    /// a column's values go under, from its position (from 0) and heading,
    /// or why the column is refused. `None`: the register's own columns.
    pub columns: Option<Columns<'a>>,
}

/// How an import profile keys a CSV's columns (see [`Reading::columns`]).
pub type Columns<'a> = &'a dyn Fn(usize, &str) -> Result<String, String>;

/// What a reading learnt of the input besides its records.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The format it was read as.
    pub format: Format,
    /// A CSV's columns left aside (see [`Heading::Ignored`]), as headed.
    pub ignored: Vec<String>,
}

/// Why a reading stopped: the input (with its problems), or what the
/// caller did with a record.
#[derive(Debug)]
pub enum Failed<E> {
    /// The input can't be read, or reads as something else than records.
    Input(InputError),
    /// The caller's own failure, from `each`.
    Stopped(E),
}

/// Reads `input` and gives `each` its records in order. Problems of
/// reading (malformed JSON, a CSV row of the wrong width) are gathered to
/// the end, as far as the reading can go on; the text not in its encoding
/// stops it at once.
pub fn stream<E>(
    input: impl Read,
    how: &Reading,
    each: &mut dyn FnMut(RawRecord) -> Result<(), E>,
) -> Result<Found, Failed<E>> {
    let meter = Rc::new(Meter::default());
    // Text not in its encoding: with none named, the hint is to name one.
    let encoding_kind = if how.encoding.is_none() {
        InputKind::Encoding
    } else {
        InputKind::Whole
    };
    let whole = |reason: String, kind: InputKind| {
        Failed::Input(InputError {
            source_name: how.file.to_string(),
            problems: vec![Problem {
                file: how.file.to_string(),
                record: String::new(),
                field: String::new(),
                reason,
            }]
            .into(),
            kind,
        })
    };
    let text = Text::new(input, how.encoding, meter.clone()).map_err(|e| match e {
        Halt::Text(reason) => whole(reason, encoding_kind),
        Halt::Failed(reason) => whole(reason, InputKind::Whole),
        Halt::TooLong => whole(String::new(), InputKind::Whole),
    })?;
    let mut text = BufReader::with_capacity(64 << 10, text);
    let mut sink = Sink {
        file: how.file,
        meter,
        each,
        problems: Problems::default(),
        stopped: None,
        at: crate::t!("detail-line-number", line = 1),
    };
    let head = leading_space(&mut text).map_err(|_| ());
    let outcome = head.and_then(|head| {
        let format = how
            .format
            .unwrap_or_else(|| Format::sniff(&String::from_utf8_lossy(&head)));
        let rest = io::Cursor::new(head).chain(text);
        let ignored = match format {
            Format::Json => json(rest, &mut sink).map(|()| Vec::new()),
            Format::JsonLines => json_lines(BufReader::new(rest), &mut sink).map(|()| Vec::new()),
            Format::Csv => csv(BufReader::new(rest), how.columns, &mut sink),
        }?;
        Ok(Found { format, ignored })
    });
    if let Some(e) = sink.stopped {
        return Err(Failed::Stopped(e));
    }
    match sink.meter.take() {
        Some(Halt::Text(reason)) => return Err(whole(reason, encoding_kind)),
        Some(Halt::Failed(reason)) => return Err(whole(reason, InputKind::Whole)),
        Some(Halt::TooLong) => {
            let at = std::mem::take(&mut sink.at);
            sink.problem(
                at,
                crate::t!(
                    "err-record-too-long",
                    mib = MAX_RECORD_BYTES >> 20,
                    max = super::MAX_TEXT
                ),
            );
        }
        None => {}
    }
    if !sink.problems.is_empty() {
        return Err(Failed::Input(InputError {
            source_name: how.file.to_string(),
            problems: sink.problems,
            kind: InputKind::Unreadable,
        }));
    }
    // A reading stops without a problem only by a halt or the caller.
    outcome.map_err(|()| whole(String::new(), InputKind::Whole))
}

/// Where the records go, and what the reading found on the way.
struct Sink<'s, E> {
    file: &'s str,
    meter: Rc<Meter>,
    each: &'s mut dyn FnMut(RawRecord) -> Result<(), E>,
    problems: Problems,
    stopped: Option<E>,
    /// The record being read, for a reading stopped inside it.
    at: String,
}

impl<E> Sink<'_, E> {
    fn problem(&mut self, record: String, reason: String) {
        self.field_problem(record, "", reason);
    }

    fn field_problem(&mut self, record: String, field: &str, reason: String) {
        self.problems.push(Problem {
            file: self.file.to_string(),
            record,
            field: field.to_string(),
            reason,
        });
    }

    /// Gives a record to the caller; false once the caller has stopped.
    fn give(&mut self, record: RawRecord) -> bool {
        if self.stopped.is_none() {
            if let Err(e) = (self.each)(record) {
                self.stopped = Some(e);
            }
        }
        self.stopped.is_none()
    }

    /// A JSON value read at `position`: a record, or a problem.
    fn value(&mut self, value: Value, position: String) -> bool {
        match object_record(value, position) {
            Ok(r) => self.give(r),
            Err(position) => {
                self.problem(position, crate::t!("err-json-object"));
                true
            }
        }
    }
}

/// The whitespace before the first character, and that character, read
/// off the input (the format is guessed from it).
fn leading_space(text: &mut impl BufRead) -> io::Result<Vec<u8>> {
    let mut head = Vec::new();
    loop {
        let buf = text.fill_buf()?;
        if buf.is_empty() {
            return Ok(head);
        }
        match buf.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => {
                head.extend_from_slice(&buf[..=i]);
                text.consume(i + 1);
                return Ok(head);
            }
            None => {
                let n = buf.len();
                head.extend_from_slice(buf);
                text.consume(n);
            }
        }
    }
}

/// A JSON array of records, an element at a time (a single object is one
/// record).
fn json<E>(input: impl Read, sink: &mut Sink<E>) -> Result<(), ()> {
    let mut de = serde_json::Deserializer::from_reader(input);
    let read = de::Deserializer::deserialize_any(&mut de, Top { sink: &mut *sink })
        .and_then(|shape| de.end().map(|()| shape));
    match read {
        Ok(Shape::Records) => Ok(()),
        Ok(Shape::Other) => {
            sink.problem(String::new(), crate::t!("err-json-array"));
            Ok(())
        }
        Err(_) if sink.stopped.is_some() || sink.meter.halted() => Err(()),
        Err(e) => {
            // A file that isn't JSON is that one problem.
            sink.problems.clear();
            sink.problem(
                crate::t!("detail-line-column", line = e.line(), column = e.column()),
                crate::t!("err-malformed-json", error = e.to_string()),
            );
            Ok(())
        }
    }
}

/// What the top of a JSON input is.
enum Shape {
    /// An array or an object: records, given to the sink.
    Records,
    /// Anything else.
    Other,
}

struct Top<'a, 's, E> {
    sink: &'a mut Sink<'s, E>,
}

impl<'de, E> Visitor<'de> for Top<'_, '_, E> {
    type Value = Shape;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON array of records")
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Shape, A::Error> {
        for number in 1.. {
            self.sink.meter.mark();
            self.sink.at = crate::t!("detail-record", number = number);
            let Some(value) = seq.next_element::<Value>()? else {
                break;
            };
            let at = std::mem::take(&mut self.sink.at);
            if !self.sink.value(value, at) {
                return Err(de::Error::custom("stopped"));
            }
        }
        Ok(Shape::Records)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Shape, A::Error> {
        self.sink.at = crate::t!("detail-record", number = 1);
        let value = Value::deserialize(de::value::MapAccessDeserializer::new(map))?;
        let at = std::mem::take(&mut self.sink.at);
        if !self.sink.value(value, at) {
            return Err(de::Error::custom("stopped"));
        }
        Ok(Shape::Records)
    }

    fn visit_bool<X: de::Error>(self, _: bool) -> Result<Shape, X> {
        Ok(Shape::Other)
    }

    fn visit_i64<X: de::Error>(self, _: i64) -> Result<Shape, X> {
        Ok(Shape::Other)
    }

    fn visit_u64<X: de::Error>(self, _: u64) -> Result<Shape, X> {
        Ok(Shape::Other)
    }

    fn visit_f64<X: de::Error>(self, _: f64) -> Result<Shape, X> {
        Ok(Shape::Other)
    }

    fn visit_str<X: de::Error>(self, _: &str) -> Result<Shape, X> {
        Ok(Shape::Other)
    }

    fn visit_unit<X: de::Error>(self) -> Result<Shape, X> {
        Ok(Shape::Other)
    }
}

/// One JSON object per line; blank lines left aside.
fn json_lines<E>(mut input: impl BufRead, sink: &mut Sink<E>) -> Result<(), ()> {
    let mut line = Vec::new();
    for number in 1.. {
        sink.meter.mark();
        sink.at = crate::t!("detail-line-number", line = number);
        line.clear();
        if input.read_until(b'\n', &mut line).map_err(|_| ())? == 0 {
            return Ok(());
        }
        let text = String::from_utf8_lossy(&line);
        // The line without its break, as lines are counted.
        let text = text.strip_suffix('\n').unwrap_or(&text);
        let text = text.strip_suffix('\r').unwrap_or(text);
        if text.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(text) {
            Ok(v) => {
                if !sink.value(v, crate::t!("detail-line-number", line = number)) {
                    return Err(());
                }
            }
            Err(e) => sink.problem(
                crate::t!("detail-line-column", line = number, column = e.column()),
                crate::t!("err-malformed-json", error = e.to_string()),
            ),
        }
    }
    Ok(())
}

/// The first line of a CSV, to the first line break outside quotes.
fn header_line(input: &mut impl BufRead) -> io::Result<Vec<u8>> {
    let mut line = Vec::new();
    let mut quoted = false;
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            return Ok(line);
        }
        let mut end = None;
        for (i, &b) in buf.iter().enumerate() {
            match b {
                b'"' => quoted = !quoted,
                b'\n' if !quoted => {
                    end = Some(i + 1);
                    break;
                }
                _ => {}
            }
        }
        let n = end.unwrap_or(buf.len());
        line.extend_from_slice(&buf[..n]);
        input.consume(n);
        if end.is_some() {
            return Ok(line);
        }
    }
}

/// A CSV with a header row, its separator read off the header; returns the
/// columns left aside.
fn csv<E>(
    mut input: impl BufRead,
    columns: Option<Columns>,
    sink: &mut Sink<E>,
) -> Result<Vec<String>, ()> {
    sink.at = crate::t!("detail-line-number", line = 1);
    let header = header_line(&mut input).map_err(|_| ())?;
    let header_text = String::from_utf8_lossy(&header).into_owned();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .delimiter(delimiter(&header_text))
        .from_reader(io::Cursor::new(header).chain(input));
    let line_one = || crate::t!("detail-line-number", line = 1);
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            sink.problem(
                line_one(),
                crate::t!("err-csv-header", error = e.to_string()),
            );
            return Ok(Vec::new());
        }
    };
    if let Some(key) = columns {
        let keys: Vec<Option<String>> = headers
            .iter()
            .enumerate()
            .map(|(i, h)| match key(i, h) {
                Ok(k) => Some(k),
                Err(reason) => {
                    sink.field_problem(line_one(), h, reason);
                    None
                }
            })
            .collect();
        return rows(reader, &keys, sink).map(|()| Vec::new());
    }
    let fields: Vec<Heading> = headers.iter().map(heading).collect();
    for (i, h) in headers.iter().enumerate() {
        match &fields[i] {
            Heading::Unknown => sink.field_problem(
                line_one(),
                h,
                crate::t!(
                    "err-unknown-column",
                    suggestion = super::suggest(h, FIELDS.iter().copied())
                ),
            ),
            Heading::Field(f) if fields[..i].contains(&Heading::Field(f)) => {
                sink.field_problem(line_one(), h, crate::t!("err-column-twice"))
            }
            _ => {}
        }
    }
    let ignored = headers
        .iter()
        .zip(&fields)
        .filter(|(_, f)| **f == Heading::Ignored)
        .map(|(h, _)| h.to_string())
        .collect();
    let keys: Vec<Option<String>> = fields
        .iter()
        .map(|f| match f {
            Heading::Field(f) => Some(f.to_string()),
            _ => None,
        })
        .collect();
    rows(reader, &keys, sink).map(|()| ignored)
}

/// A CSV's rows as records, each value under its column's key (a column
/// without one is left aside).
fn rows<E, R: io::Read>(
    mut reader: csv::Reader<R>,
    keys: &[Option<String>],
    sink: &mut Sink<E>,
) -> Result<(), ()> {
    let mut row = csv::StringRecord::new();
    loop {
        sink.meter.mark();
        sink.at = crate::t!("detail-line-number", line = reader.position().line());
        match reader.read_record(&mut row) {
            Ok(false) => return Ok(()),
            Ok(true) => {
                let line = row.position().map(|p| p.line()).unwrap_or(0);
                let record = RawRecord {
                    position: crate::t!("detail-line-number", line = line),
                    fields: csv_fields(keys, &row),
                };
                if !sink.give(record) {
                    return Err(());
                }
            }
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                let reason = match e.kind() {
                    csv::ErrorKind::Io(_) => return Err(()),
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => crate::t!("err-csv-columns", count = *len, expected = *expected_len),
                    _ => crate::t!("err-csv-row", error = e.to_string()),
                };
                sink.problem(crate::t!("detail-line-number", line = line), reason);
            }
        }
    }
}

/// A CSV row's values by key, empty cells left out, as Excel wrote them
/// undone ([`crate::office::unwrap_cell`]).
fn csv_fields(
    keys: &[Option<String>],
    row: &csv::StringRecord,
) -> std::collections::BTreeMap<String, Raw> {
    keys.iter()
        .zip(row.iter())
        .filter_map(|(k, v)| Some((k.as_ref()?, crate::office::unwrap_cell(v))))
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| (k.clone(), Raw::Text(v.into_owned())))
        .collect()
}

/// Why the text stopped.
enum Halt {
    /// Not in its encoding: the reason.
    Text(String),
    /// A record longer than [`MAX_RECORD_BYTES`].
    TooLong,
    /// The input couldn't be read: the system's words.
    Failed(String),
}

/// The text given out so far, where the record being read began in it,
/// and why the text stopped, if it did.
#[derive(Default)]
struct Meter {
    given: Cell<u64>,
    mark: Cell<u64>,
    halt: RefCell<Option<Halt>>,
}

impl Meter {
    /// A record begins here.
    fn mark(&self) {
        self.mark.set(self.given.get());
    }

    fn halted(&self) -> bool {
        self.halt.borrow().is_some()
    }

    fn take(&self) -> Option<Halt> {
        self.halt.borrow_mut().take()
    }

    fn stop(&self, why: Halt) -> io::Error {
        *self.halt.borrow_mut() = Some(why);
        io::Error::other("intake stopped")
    }
}

/// How the bytes become text.
enum Decoding {
    /// UTF-8, checked as it passes.
    Utf8,
    /// Another encoding (or UTF-8 after its byte-order mark), decoded.
    Other(encoding_rs::Decoder),
}

/// The input's bytes as UTF-8 text, decoded as they are read.
struct Text<R> {
    inner: R,
    decoding: Decoding,
    meter: Rc<Meter>,
    /// Bytes read and not yet decoded (the start of a character cut by a read).
    raw: Vec<u8>,
    /// Text decoded and not yet given out, from `at`.
    out: Vec<u8>,
    at: usize,
    /// Bytes checked as UTF-8 before `raw`.
    offset: u64,
    /// The start of the line being read (a message quotes it).
    line: Vec<u8>,
    eof: bool,
}

/// How much of a line a message needs to quote 60 characters of it.
const LINE_KEPT: usize = 1024;

impl<R: Read> Text<R> {
    /// The text of `inner`: UTF-8 unless `encoding` names another (any
    /// WHATWG label); a byte-order mark is obeyed whatever is named, since
    /// it can't be wrong.
    fn new(mut inner: R, encoding: Option<&str>, meter: Rc<Meter>) -> Result<Self, Halt> {
        let mut head = Vec::new();
        (&mut inner)
            .take(3)
            .read_to_end(&mut head)
            .map_err(|e| Halt::Failed(e.to_string()))?;
        let (decoding, raw) = match encoding_rs::Encoding::for_bom(&head) {
            Some((enc, bom)) => (
                Decoding::Other(enc.new_decoder_without_bom_handling()),
                head[bom..].to_vec(),
            ),
            None => match encoding {
                None => (Decoding::Utf8, head),
                Some(label) => match encoding_rs::Encoding::for_label(label.trim().as_bytes()) {
                    Some(enc) => (
                        Decoding::Other(enc.new_decoder_without_bom_handling()),
                        head,
                    ),
                    None => {
                        return Err(Halt::Failed(crate::t!(
                            "err-unknown-encoding",
                            label = label,
                            known = "utf-8, windows-1251, koi8-u, ibm866, utf-16le, utf-16be"
                        )))
                    }
                },
            },
        };
        Ok(Text {
            inner,
            decoding,
            meter,
            raw,
            out: Vec::new(),
            at: 0,
            offset: 0,
            line: Vec::new(),
            eof: false,
        })
    }

    /// Reads and decodes the next piece of the input.
    fn fill(&mut self) -> io::Result<()> {
        let mut chunk = vec![0u8; 64 << 10];
        let n = loop {
            match self.inner.read(&mut chunk) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    let why = Halt::Failed(e.to_string());
                    return Err(self.meter.stop(why));
                }
            }
        };
        self.eof = n == 0;
        self.raw.extend_from_slice(&chunk[..n]);
        self.out.clear();
        self.at = 0;
        match &mut self.decoding {
            Decoding::Utf8 => self.check_utf8(),
            Decoding::Other(decoder) => {
                let room = decoder.max_utf8_buffer_length_without_replacement(self.raw.len());
                let mut out = vec![0u8; room.unwrap_or(4 * self.raw.len() + 16)];
                let (result, read, written) =
                    decoder.decode_to_utf8_without_replacement(&self.raw, &mut out, self.eof);
                if let encoding_rs::DecoderResult::Malformed(..) = result {
                    let name = decoder.encoding().name();
                    return Err(self.meter.stop(Halt::Text(crate::t!(
                        "err-input-malformed",
                        encoding = name
                    ))));
                }
                out.truncate(written);
                self.raw.drain(..read);
                self.out = out;
                Ok(())
            }
        }
    }

    /// Passes on the UTF-8 read, keeping a character cut at the end for
    /// the next read; anything else stops the text, saying where and how
    /// its line reads as Windows-1251 (in which Ukrainian Excel saves
    /// CSV), so the clerk sees whether `--encoding windows-1251` is right.
    fn check_utf8(&mut self) -> io::Result<()> {
        let valid = match std::str::from_utf8(&self.raw) {
            Ok(_) => self.raw.len(),
            Err(e) if e.error_len().is_none() && !self.eof => e.valid_up_to(),
            Err(e) => {
                let at = e.valid_up_to();
                let start = self.raw[..at].iter().rposition(|&b| b == b'\n');
                let mut line = match start {
                    Some(i) => self.raw[i + 1..].to_vec(),
                    None => [&self.line[..], &self.raw[..]].concat(),
                };
                if let Some(end) = line.iter().position(|&b| b == b'\n') {
                    line.truncate(end);
                }
                let (as_1251, _) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(&line);
                let reason = crate::t!(
                    "err-input-not-utf8",
                    offset = self.offset + at as u64,
                    line = super::preview(&as_1251)
                );
                return Err(self.meter.stop(Halt::Text(reason)));
            }
        };
        let rest = self.raw.split_off(valid);
        self.out = std::mem::replace(&mut self.raw, rest);
        self.offset += valid as u64;
        match self.out.iter().rposition(|&b| b == b'\n') {
            Some(i) => {
                self.line.clear();
                self.line.extend_from_slice(&self.out[i + 1..]);
            }
            None => self.line.extend_from_slice(&self.out),
        }
        self.line.truncate(LINE_KEPT);
        Ok(())
    }
}

impl<R: Read> Read for Text<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.meter.halted() {
            return Err(io::Error::other("intake stopped"));
        }
        while self.at == self.out.len() {
            if self.eof && self.raw.is_empty() {
                return Ok(0);
            }
            self.fill()?;
            if self.eof && self.out.is_empty() && self.raw.is_empty() {
                return Ok(0);
            }
        }
        let n = buf.len().min(self.out.len() - self.at);
        buf[..n].copy_from_slice(&self.out[self.at..self.at + n]);
        self.at += n;
        let given = self.meter.given.get() + n as u64;
        self.meter.given.set(given);
        if given - self.meter.mark.get() > MAX_RECORD_BYTES {
            return Err(self.meter.stop(Halt::TooLong));
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of `bytes` read through [`Text`], or why it stopped.
    fn decode(bytes: &[u8], encoding: Option<&str>) -> Result<String, String> {
        let meter = Rc::new(Meter::default());
        let mut text =
            Text::new(bytes, encoding, meter.clone()).map_err(|_| "label".to_string())?;
        let mut out = String::new();
        match text.read_to_string(&mut out) {
            Ok(_) => Ok(out),
            Err(_) => match meter.take() {
                Some(Halt::Text(reason)) => Err(reason),
                _ => Err("other".into()),
            },
        }
    }

    #[test]
    fn text_is_utf8_unless_an_encoding_or_a_bom_says_otherwise() {
        let word = "Заявник";
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(word);
        assert_eq!(decode(&cp1251, Some("windows-1251")).unwrap(), word);
        assert_eq!(decode(&cp1251, Some("cp1251")).unwrap(), word);
        let refused = decode(&cp1251, None).unwrap_err();
        assert!(refused.contains(word), "{refused}");
        assert_eq!(
            decode(format!("\u{feff}{word}").as_bytes(), None).unwrap(),
            word
        );
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(word.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&utf16, None).unwrap(), word);
        assert!(decode(b"x", Some("klingon")).is_err());
        assert!(decode(b"caf\xe9", Some("utf-8")).is_err());
    }

    /// A character cut between two reads of the input is still one
    /// character; a bad byte far in is found at its offset.
    #[test]
    fn text_is_decoded_across_reads() {
        let long = "ї".repeat(100_000);
        assert_eq!(decode(long.as_bytes(), None).unwrap(), long);
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(&long);
        assert_eq!(decode(&cp1251, Some("cp1251")).unwrap(), long);
        let mut bad = long.clone().into_bytes();
        bad.extend_from_slice(b"\n\xffx");
        let refused = decode(&bad, None).unwrap_err();
        assert!(refused.contains("offset 200001"), "{refused}");
    }
}
