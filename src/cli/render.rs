//! All printing of records: tables, the Ukrainian card, CSV.

use crate::classifier::{Classifier, SectionKey};
use crate::model::privacy::{self, Audience};
use crate::model::Card;
use crate::store::Register;
use tabled::builder::Builder;
use tabled::settings::Style;

/// The width tables must fit: `COLUMNS` when it is a number, else the
/// terminal's when standard output is one, else none: a pipe or a file
/// gets full rows, never wrapped.
pub fn width() -> Option<usize> {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
    {
        return Some(n);
    }
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        return terminal_size::terminal_size().map(|(w, _)| usize::from(w.0));
    }
    None
}

/// A line of words wrapped to `width` terminal columns when one is known.
pub fn wrap_line(s: &str, width: Option<usize>) -> String {
    hanging("", s, width)
}

/// The fewest columns worth wrapping a value into: narrower, a terminal's
/// own wrapping reads better.
const NARROWEST: usize = 20;

/// `value` after `lead` (a label and its padding), wrapped to `width`
/// terminal columns when one is known, each further line indented under
/// the first: a card's long value stays in its column. Words are never
/// broken, at a hyphen or otherwise: a path, an outgoing number or a digest
/// stays whole, on a line of its own if it must.
pub fn hanging(lead: &str, value: &str, width: Option<usize>) -> String {
    let indent = " ".repeat(text_width(lead));
    match width {
        Some(w) if w >= indent.len() + NARROWEST && text_width(&format!("{lead}{value}")) > w => {
            let options = textwrap::Options::new(w)
                .initial_indent(lead)
                .subsequent_indent(&indent)
                .break_words(false)
                .word_splitter(textwrap::WordSplitter::NoHyphenation);
            // «№ 125» stays on one line, as Ukrainian typesetting keeps it.
            let glued = value.replace("№ ", "№\u{a0}");
            textwrap::fill(&glued, options).replace("№\u{a0}", "№ ")
        }
        _ => format!("{lead}{value}"),
    }
}

/// The width of text on a terminal, in columns.
pub fn text_width(s: &str) -> usize {
    s.lines()
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

/// A table from a header and rows, in the project's style, fitted to the
/// terminal's [`width`].
pub fn table(header: &[&str], rows: Vec<Vec<String>>) -> String {
    table_in(header, rows, width())
}

/// A table in the project's style, its widest columns wrapped (at word
/// boundaries where it can) so that no line is wider than `width`.
pub fn table_in(header: &[&str], rows: Vec<Vec<String>>, width: Option<usize>) -> String {
    use tabled::settings::peaker::PriorityMax;
    use tabled::settings::Width;
    let mut t = build(header, rows);
    if let Some(w) = width {
        if t.total_width() > w {
            t.with(
                Width::wrap(w)
                    .priority(PriorityMax::right())
                    .keep_words(true),
            );
        }
        if t.total_width() > w {
            t.with(Width::truncate(w).suffix("…"));
        }
    }
    t.to_string()
}

/// A table whose text column `col` is cut with `…` so that the table fits
/// `width`, one line a row; when the other columns alone are too wide,
/// the widest of them are cut too.
pub fn table_cut(
    header: &[&str],
    rows: Vec<Vec<String>>,
    width: Option<usize>,
    col: usize,
) -> String {
    let Some(w) = width else {
        return plain(header, rows);
    };
    if natural_width(header, &rows, None) <= w {
        return plain(header, rows);
    }
    let heading = header.get(col).map(|h| text_width(h)).unwrap_or(0);
    let rest = natural_width(header, &rows, Some(col)) - heading;
    let room = w.saturating_sub(rest).max(heading).max(2);
    let rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|mut r| {
            if let Some(c) = r.get_mut(col) {
                *c = cut_width(c, room);
            }
            r
        })
        .collect();
    if natural_width(header, &rows, None) <= w {
        return plain(header, rows);
    }
    let mut t = build(header, rows);
    // The other columns alone too wide: the widest are cut too, each row
    // still one line.
    if t.total_width() > w {
        use tabled::settings::peaker::PriorityMax;
        use tabled::settings::Width;
        t.with(
            Width::truncate(w)
                .suffix("…")
                .priority(PriorityMax::right()),
        );
    }
    t.to_string()
}

/// How wide the table is with every cell whole; with column `col` emptied
/// when given (to see how much room is left for it).
pub fn natural_width(header: &[&str], rows: &[Vec<String>], col: Option<usize>) -> usize {
    if let Some(widths) = Widths::of(header, rows, col) {
        return widths.total();
    }
    let rows = rows
        .iter()
        .map(|r| {
            let mut r = r.clone();
            if let Some(c) = col.and_then(|i| r.get_mut(i)) {
                c.clear();
            }
            r
        })
        .collect();
    build(header, rows).total_width()
}

/// The bare table as text: drawn here in one pass when every cell is one
/// line of plain text (the tables of 100,000 rows a backlog prints), else
/// by `tabled`; the same characters either way.
fn plain(header: &[&str], rows: Vec<Vec<String>>) -> String {
    match Widths::of(header, &rows, None) {
        Some(widths) => widths.draw(header, rows.iter()),
        None => build(header, rows).to_string(),
    }
}

/// The columns' widths of a table whose cells are each one line of
/// plain text.
struct Widths(Vec<usize>);

impl Widths {
    /// `None` when a cell holds a line break or another control character
    /// (then `tabled` lays it out), a row has another number of cells than
    /// the header, or there are no rows. Column `empty`, when given, is
    /// measured as if its cells were empty.
    fn of(header: &[&str], rows: &[Vec<String>], empty: Option<usize>) -> Option<Widths> {
        Widths::measure(header, rows.iter(), empty)
    }

    /// [`Widths::of`] rows as they come.
    fn measure<R: AsRef<[String]>>(
        header: &[&str],
        rows: impl Iterator<Item = R>,
        empty: Option<usize>,
    ) -> Option<Widths> {
        let mut widths = Widths::header(header)?;
        let mut any = false;
        for row in rows {
            widths.widen(row.as_ref(), empty)?;
            any = true;
        }
        any.then_some(widths)
    }

    /// The header's widths; `None` when a heading holds a control character.
    fn header(header: &[&str]) -> Option<Widths> {
        let widths = header
            .iter()
            .map(|h| one_line(h).then(|| unicode_width::UnicodeWidthStr::width(*h)));
        widths.collect::<Option<_>>().map(Widths)
    }

    /// Widens the columns to fit `row` (column `empty` left as it is);
    /// `None` as [`Widths::of`] says.
    fn widen(&mut self, row: &[String], empty: Option<usize>) -> Option<()> {
        (row.len() == self.0.len()).then_some(())?;
        for (i, (w, cell)) in self.0.iter_mut().zip(row).enumerate() {
            one_line(cell).then_some(())?;
            if empty != Some(i) {
                *w = (*w).max(unicode_width::UnicodeWidthStr::width(cell.as_str()));
            }
        }
        Some(())
    }

    fn total(&self) -> usize {
        self.0.iter().map(|w| w + 3).sum::<usize>() + 1
    }

    /// The table in `Style::sharp()`, cells padded by a space each side.
    fn draw<R: AsRef<[String]>>(&self, header: &[&str], rows: impl Iterator<Item = R>) -> String {
        joined(|each| self.lines(header, rows, each))
    }

    /// [`Widths::draw`] a line at a time (without its line break), so that
    /// the table need not be held whole.
    fn lines<R: AsRef<[String]>>(
        &self,
        header: &[&str],
        rows: impl Iterator<Item = R>,
        each: &mut dyn FnMut(&str) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        self.framed(header, each, |emit| {
            let mut line = String::new();
            for r in rows {
                self.row(&mut line, r.as_ref().iter().map(String::as_str));
                emit(&mut line)?;
            }
            Ok(())
        })
    }

    /// The table's rules and header around its rows, which `body` writes,
    /// each a line ending in a line break, through the `emit` it is given
    /// (which hands `each` the line without it, and empties it).
    fn framed(
        &self,
        header: &[&str],
        each: &mut dyn FnMut(&str) -> std::io::Result<()>,
        body: impl FnOnce(&mut dyn FnMut(&mut String) -> std::io::Result<()>) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let mut emit = |line: &mut String| {
            line.pop();
            let done = each(line);
            line.clear();
            done
        };
        let mut line = String::new();
        self.rule(&mut line, ['┌', '┬', '┐']);
        emit(&mut line)?;
        self.row(&mut line, header.iter().copied());
        emit(&mut line)?;
        self.rule(&mut line, ['├', '┼', '┤']);
        emit(&mut line)?;
        body(&mut emit)?;
        self.rule(&mut line, ['└', '┴', '┘']);
        emit(&mut line)
    }

    fn rule(&self, out: &mut String, [left, cross, right]: [char; 3]) {
        out.push(left);
        for (i, w) in self.0.iter().enumerate() {
            if i > 0 {
                out.push(cross);
            }
            out.extend(std::iter::repeat_n('─', w + 2));
        }
        out.push(right);
        out.push('\n');
    }

    fn row<'a>(&self, out: &mut String, cells: impl Iterator<Item = &'a str>) {
        out.push('│');
        for (cell, w) in cells.zip(&self.0) {
            out.push(' ');
            out.push_str(cell);
            let pad = w - unicode_width::UnicodeWidthStr::width(cell);
            out.extend(std::iter::repeat_n(' ', pad + 1));
            out.push('│');
        }
        out.push('\n');
    }
}

/// Whether a cell is one line, without a control character.
fn one_line(s: &str) -> bool {
    !s.contains(char::is_control)
}

/// The lines a drawing gives, one text (no line break after the last).
fn joined(
    draw: impl FnOnce(&mut dyn FnMut(&str) -> std::io::Result<()>) -> std::io::Result<()>,
) -> String {
    let mut out = String::new();
    // Lines gathered in memory: nothing to fail.
    let _ = draw(&mut |line| {
        out.push_str(line);
        out.push('\n');
        Ok(())
    });
    out.pop();
    out
}

/// A table of `n` rows that `row(i)` makes on demand, so that they are
/// never all held at once (the 100,000 of a backlog's `deadlines`): each
/// pass over the table makes them again.
pub struct Lazy<'a> {
    /// The column headings.
    pub header: &'a [&'a str],
    /// How many rows.
    pub n: usize,
    /// Row `i`'s cells; made on rayon's threads, a block of rows at a time.
    pub row: &'a (dyn Fn(usize) -> Vec<String> + Sync),
}

/// The word for each of a few values (a status, a state), looked up once
/// for a table of many rows rather than once a row.
pub struct Words<K, const N: usize>([(K, String); N]);

impl<K: Copy + PartialEq, const N: usize> Words<K, N> {
    /// Every value's word.
    pub fn of(all: [K; N], word: impl Fn(K) -> String) -> Self {
        Words(all.map(|k| (k, word(k))))
    }

    /// The value's word (every value is among those given).
    pub fn get(&self, k: K) -> String {
        self.0
            .iter()
            .find(|(x, _)| *x == k)
            .map(|(_, w)| w.clone())
            .unwrap_or_default()
    }
}

/// Rows a [`Lazy`] table makes at once, side by side: enough to keep the
/// cores busy, few enough that a backlog's table is never held whole.
const LAZY_BLOCK: usize = 4096;

impl Lazy<'_> {
    fn rows(&self) -> impl Iterator<Item = Vec<String>> + '_ {
        (0..self.n).map(|i| (self.row)(i))
    }

    /// [`Widths::measure`] of the rows (`cut` applied to each), made and
    /// measured side by side.
    fn measure(
        &self,
        empty: Option<usize>,
        cut: &(dyn Fn(Vec<String>) -> Vec<String> + Sync),
    ) -> Option<Widths> {
        use rayon::prelude::*;
        // No rows: no widths (then `tabled` draws the table).
        if self.n == 0 {
            return None;
        }
        // The header measured once, the rows side by side, then the widest
        // of each column.
        let header = Widths::header(self.header)?;
        let widest =
            |a: Widths, b: Widths| Widths(a.0.iter().zip(&b.0).map(|(x, y)| *x.max(y)).collect());
        let rows = (0..self.n)
            .into_par_iter()
            .try_fold(
                || Widths(vec![0; header.0.len()]),
                |mut w, i| w.widen(&cut((self.row)(i)), empty).map(|()| w),
            )
            .try_reduce_with(|a, b| Some(widest(a, b)))??;
        Some(widest(header, rows))
    }

    /// [`Widths::lines`] of the rows (`cut` applied to each), a block of
    /// rows drawn side by side, then written in order.
    fn lines(
        &self,
        widths: &Widths,
        cut: &(dyn Fn(Vec<String>) -> Vec<String> + Sync),
        each: &mut dyn FnMut(&str) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        use rayon::prelude::*;
        widths.framed(self.header, each, |emit| {
            for start in (0..self.n).step_by(LAZY_BLOCK) {
                let drawn: Vec<String> = (start..self.n.min(start + LAZY_BLOCK))
                    .into_par_iter()
                    .map(|i| {
                        let mut text = String::new();
                        widths.row(&mut text, cut((self.row)(i)).iter().map(String::as_str));
                        text
                    })
                    .collect();
                for mut text in drawn {
                    emit(&mut text)?;
                }
            }
            Ok(())
        })
    }

    /// [`natural_width`] of the table.
    pub fn natural_width(&self, col: Option<usize>) -> usize {
        match self.measure(col, &|r| r) {
            Some(w) => w.total(),
            None => natural_width(self.header, &self.rows().collect::<Vec<_>>(), col),
        }
    }

    /// [`table_cut`] of the table, the same text.
    pub fn table_cut(&self, width: Option<usize>, col: usize) -> String {
        joined(|each| self.table_cut_lines(width, col, each))
    }

    /// [`Lazy::table_cut`] a line at a time (without its line break): a
    /// table of 100,000 rows is written as it is drawn, never held whole.
    pub fn table_cut_lines(
        &self,
        width: Option<usize>,
        col: usize,
        each: &mut dyn FnMut(&str) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let whole = self.measure(None, &|r| r);
        let (whole, w) = match (whole, width) {
            (Some(whole), None) => return self.lines(&whole, &|r| r, each),
            (Some(whole), Some(w)) if whole.total() <= w => {
                return self.lines(&whole, &|r| r, each)
            }
            (Some(whole), Some(w)) if col < self.header.len() => (whole, w),
            _ => {
                return Lazy::each(
                    &table_cut(self.header, self.rows().collect(), width, col),
                    each,
                )
            }
        };
        let heading = text_width(self.header[col]);
        let rest = whole.total() - whole.0[col];
        let room = w.saturating_sub(rest).max(heading).max(2);
        let cut = |mut r: Vec<String>| {
            r[col] = cut_width(&r[col], room);
            r
        };
        match self.measure(None, &cut) {
            Some(fits) if fits.total() <= w => self.lines(&fits, &cut, each),
            _ => Lazy::each(
                &table_cut(self.header, self.rows().collect(), width, col),
                each,
            ),
        }
    }

    fn each(text: &str, each: &mut dyn FnMut(&str) -> std::io::Result<()>) -> std::io::Result<()> {
        text.lines().try_for_each(each)
    }
}

/// The bare table, in the project's style.
fn build(header: &[&str], rows: Vec<Vec<String>>) -> tabled::Table {
    let mut b = Builder::default();
    b.push_record(header.iter().map(|h| h.to_string()));
    for r in rows {
        b.push_record(r);
    }
    let mut t = b.build();
    t.with(Style::sharp());
    t
}

/// Cuts text to `n` terminal columns with an ellipsis.
pub fn cut_width(s: &str, n: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    if text_width(s) <= n && !s.contains('\n') {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in s.chars() {
        if ch == '\n' {
            break;
        }
        let cw = ch.width().unwrap_or(0);
        if used + cw + 1 > n {
            break;
        }
        used += cw;
        out.push(ch);
    }
    if out.chars().count() < s.chars().count() {
        out.push('…');
    }
    out
}

/// `code name` for a Classifier code.
pub fn coded(c: &Classifier, key: SectionKey, code: &str) -> String {
    match c.name(key, code) {
        Some(name) => format!("{code} {name}"),
        None => crate::t!("show-code-unknown", code = code),
    }
}

/// The columns of `list` and of CSV exports: no personal data.
pub const CARD_COLUMNS: &[&str] = &[
    "index",
    "year",
    "number",
    "cc_number",
    "received",
    "registered",
    "status",
    "form",
    "sign",
    "kind",
    "subject",
    "type",
    "topics",
    "term_days",
    "control_date",
    "executor_due",
    "executors",
    "result",
    "summary",
];

/// A card's row under [`CARD_COLUMNS`].
pub fn card_row(c: &Card) -> Vec<String> {
    let cl = &c.classification;
    vec![
        c.index.clone(),
        c.year.to_string(),
        c.number.to_string(),
        c.cc_number.clone().unwrap_or_default(),
        c.received.to_string(),
        c.registered.to_string(),
        c.status.to_string(),
        cl.form.clone(),
        cl.sign.clone(),
        cl.kind.clone(),
        cl.subject.clone(),
        cl.type_.clone(),
        cl.topics.join(";"),
        c.term.days.to_string(),
        c.term.control_date.to_string(),
        c.term.executor_due.to_string(),
        c.resolution
            .as_ref()
            .map(|r| r.executors.join(";"))
            .unwrap_or_default(),
        c.result.clone().unwrap_or_default(),
        c.summary.clone(),
    ]
}

/// Cards as CSV with a header row.
pub fn cards_csv(cards: &[Card]) -> anyhow::Result<String> {
    let mut out = Vec::new();
    write_cards_csv(&mut out, cards.iter().cloned().map(Ok))?;
    Ok(String::from_utf8(out)?)
}

/// Cards as CSV, as [`cards_csv`], written as they come.
pub fn write_cards_csv(
    out: &mut impl std::io::Write,
    cards: impl Iterator<Item = crate::Result<Card>>,
) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(CARD_COLUMNS)?;
    for c in cards {
        // A citizen's text that looks like a formula, neutralised (#19).
        let row = card_row(&c?).into_iter().zip(CARD_COLUMNS).map(|(v, col)| {
            if crate::office::CITIZEN.contains(col) {
                crate::office::neutralise(&v)
            } else {
                v
            }
        });
        w.write_record(row)?;
    }
    w.flush()?;
    Ok(())
}

/// A card as JSON for the register's users: the card file, with a
/// confidential applicant's name, address, phone and e-mail `null` (law
/// art. 10, `model::privacy`).
pub fn card_json(c: &Card) -> String {
    privacy::card(Audience::Clerk, c).to_json()
}

/// Cards as a pretty JSON array for the register's users, as
/// [`card_json`], written as they come (and a line break).
pub fn cards_json(
    out: &mut impl std::io::Write,
    cards: impl Iterator<Item = crate::Result<Card>>,
) -> anyhow::Result<()> {
    let mut first = true;
    for c in cards {
        let shown = serde_json::to_string_pretty(&privacy::card(Audience::Clerk, &c?))?;
        out.write_all(if first { b"[\n" } else { b",\n" })?;
        first = false;
        for (i, line) in shown.lines().enumerate() {
            if i > 0 {
                out.write_all(b"\n")?;
            }
            write!(out, "  {line}")?;
        }
    }
    out.write_all(if first { b"[]\n" } else { b"\n]\n" })?;
    Ok(())
}

/// Cuts text to `n` characters with an ellipsis.
pub fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// The name of a weekday, in this run's language.
pub fn weekday(d: chrono::NaiveDate) -> String {
    crate::terms::weekday_name(d)
}

/// A card's status in words: Ukrainian, or the machine name in English.
pub fn status_text(s: crate::model::Status) -> String {
    use crate::model::Status;
    match s {
        Status::Registered => crate::t!("list-status-registered"),
        Status::Resolved => crate::t!("list-status-resolved"),
        Status::Dispatched => crate::t!("list-status-dispatched"),
        Status::Answered => crate::t!("list-status-answered"),
        Status::Signed => crate::t!("list-status-signed"),
        Status::Sent => crate::t!("list-status-sent"),
        Status::Closed => crate::t!("list-status-closed"),
        Status::Forwarded => crate::t!("list-status-forwarded"),
        Status::Returned => crate::t!("list-status-returned"),
        Status::Declined => crate::t!("list-status-declined"),
        Status::Duplicate => crate::t!("list-status-duplicate"),
    }
}

/// A card's stage in a short word, for narrow tables.
pub fn stage_short(s: crate::model::Status) -> String {
    use crate::model::Status;
    match s {
        Status::Registered => crate::t!("tbl-stage-registered"),
        Status::Resolved => crate::t!("tbl-stage-resolved"),
        Status::Dispatched => crate::t!("tbl-stage-dispatched"),
        Status::Answered => crate::t!("tbl-stage-answered"),
        Status::Signed => crate::t!("tbl-stage-signed"),
        Status::Sent => crate::t!("tbl-stage-sent"),
        Status::Closed => crate::t!("tbl-stage-closed"),
        Status::Forwarded => crate::t!("tbl-stage-forwarded"),
        Status::Returned => crate::t!("tbl-stage-returned"),
        Status::Declined => crate::t!("tbl-stage-declined"),
        Status::Duplicate => crate::t!("tbl-stage-duplicate"),
    }
}

/// The status of a card in `show`, in full words.
fn status_long(s: crate::model::Status) -> String {
    use crate::model::Status;
    match s {
        Status::Registered => crate::t!("show-status-registered"),
        Status::Resolved => crate::t!("show-status-resolved"),
        Status::Dispatched => crate::t!("show-status-dispatched"),
        Status::Answered => crate::t!("show-status-answered"),
        Status::Signed => crate::t!("show-status-signed"),
        Status::Sent => crate::t!("show-status-sent"),
        Status::Closed => crate::t!("show-status-closed"),
        Status::Forwarded => crate::t!("show-status-forwarded"),
        Status::Returned => crate::t!("show-status-returned"),
        Status::Declined => crate::t!("show-status-declined"),
        Status::Duplicate => crate::t!("show-status-duplicate"),
    }
}

/// A step of a card's history by its name, for `show` and `log`.
pub fn action_text(a: crate::model::status::Action) -> String {
    use crate::model::status::Action;
    match a {
        Action::Register => crate::t!("log-action-register"),
        Action::Resolve => crate::t!("log-action-resolve"),
        Action::Dispatch => crate::t!("log-action-dispatch"),
        Action::Answer => crate::t!("log-action-answer"),
        Action::Sign => crate::t!("log-action-sign"),
        Action::Send => crate::t!("log-action-send"),
        Action::Extend => crate::t!("log-action-extend"),
        Action::Notify => crate::t!("log-action-notify"),
        Action::Close => crate::t!("log-action-close"),
        Action::Link | Action::Relink => crate::t!("log-action-link"),
        Action::Unlink => crate::t!("log-action-unlink"),
        Action::Classify => crate::t!("log-action-classify"),
        Action::Correct => crate::t!("log-action-correct"),
        Action::Reassign => crate::t!("log-action-reassign"),
        Action::Rework => crate::t!("log-action-rework"),
        Action::Confirm => crate::t!("log-action-confirm"),
        Action::Forward => crate::t!("log-action-forward"),
        Action::Return => crate::t!("log-action-return"),
        Action::Decline => crate::t!("log-action-decline"),
        Action::CloseDuplicate => crate::t!("log-action-close-duplicate"),
        Action::Remind => crate::t!("log-action-remind"),
        Action::Renumber => crate::t!("log-action-renumber"),
    }
}

/// The ground of an exit without a reply, in words.
fn ground_text(g: crate::model::status::Ground) -> String {
    use crate::model::status::Ground;
    match g {
        Ground::Art7 => crate::t!("show-ground-art7"),
        Ground::Art5 => crate::t!("show-ground-art5"),
        Ground::Art8Repeat => crate::t!("show-ground-art8-repeat"),
        Ground::Art8Anonymous => crate::t!("show-ground-art8-anonymous"),
        Ground::Art17Late => crate::t!("show-ground-art17-late"),
        Ground::Duplicate => crate::t!("show-ground-duplicate"),
    }
}

/// What the applicant said on the call back, in words.
fn outcome_text(o: crate::model::status::Outcome) -> String {
    use crate::model::status::Outcome;
    match o {
        Outcome::Confirmed => crate::t!("show-outcome-confirmed"),
        Outcome::NotConfirmed => crate::t!("show-outcome-not-confirmed"),
        Outcome::FixedByApplicant => crate::t!("show-outcome-fixed"),
    }
}

/// To whom a reminder went, in words.
fn level_text(l: crate::model::remind::Level) -> String {
    use crate::model::remind::Level;
    match l {
        Level::Executor => crate::t!("log-remind-executor"),
        Level::Coordinator => crate::t!("log-remind-coordinator"),
        Level::Head => crate::t!("log-remind-head"),
    }
}

/// The registration-control card, with the names of codes; a code not
/// confirmed by the Classifier's sources is marked `*`, with a footnote.
pub fn card_text(reg: &Register, c: &Card) -> String {
    use crate::i18n::date;
    use crate::t;
    let k = &reg.classifier;
    let a = &c.applicant;
    let cl = &c.classification;
    let mut uncertain = false;
    let mut code = |key: SectionKey, code: &str| {
        let text = coded(k, key, code);
        if k.is_uncertain(key, code) {
            uncertain = true;
            format!("{text} *")
        } else {
            text
        }
    };
    let who = |id: &str| match reg.roster.name_of(id) {
        Some(n) => format!("{n} ({id})"),
        None => id.to_string(),
    };
    let dash = || "—".to_string();
    let opt_date = |d: Option<chrono::NaiveDate>| d.map(date).unwrap_or_else(dash);
    // Rows whose value is a list of files, by row: on a terminal too
    // narrow for the list on one line, each file starts a line of its own.
    let mut lists: std::collections::BTreeMap<usize, Vec<String>> = Default::default();
    let mut rows: Vec<(String, String)> = vec![
        (
            t!("show-index"),
            t!(
                "show-index-value",
                index = &c.index,
                year = c.year.to_string(),
                number = c.number.to_string()
            ),
        ),
        (
            t!("show-cc-number"),
            c.cc_number.clone().unwrap_or_else(dash),
        ),
        (t!("show-received"), date(c.received)),
        (t!("show-registered"), date(c.registered)),
    ];
    if let Some(r) = &c.late_reason {
        rows.push((t!("show-late-reason"), r.clone()));
    }
    rows.push((t!("show-status"), status_long(c.status)));
    if let Some(mark) = crate::model::codes::repeat_mark(k, &cl.sign) {
        rows.push((t!("show-mark"), format!("«{mark}»")));
    }
    let priority = reg.priority().mark(&a.categories);
    if priority.first {
        rows.push((t!("show-first"), t!("show-first-value")));
    }
    if priority.personal_by_head {
        rows.push((t!("show-personal"), t!("show-personal-value")));
    }
    if c.dissatisfied() {
        rows.push((t!("show-attention"), t!("show-dissatisfied")));
    }
    // The register's users see the applicant unless the applicant asked
    // (law art. 10, `model::privacy`).
    let shown = privacy::disclosure(Audience::Clerk, a);
    rows.push((
        t!("show-applicant"),
        shown
            .name
            .text(a.name.as_deref())
            .unwrap_or_else(|| t!("show-anonymous")),
    ));
    if a.signatories > 1 {
        rows.push((t!("show-signatories"), a.signatories.to_string()));
    }
    for (label, value, how) in [
        (t!("show-address"), &a.address, shown.address),
        (t!("show-phone"), &a.phone, shown.phone),
        (t!("show-email"), &a.email, shown.email),
    ] {
        rows.push((label, how.text(value.as_deref()).unwrap_or_else(dash)));
    }
    rows.push((
        t!("show-gender"),
        a.gender
            .as_deref()
            .map(|g| code(SectionKey::Gender, g))
            .unwrap_or_else(dash),
    ));
    rows.push((
        t!("show-category"),
        if a.categories.is_empty() {
            dash()
        } else {
            a.categories
                .iter()
                .map(|x| code(SectionKey::Category, x))
                .collect::<Vec<_>>()
                .join("; ")
        },
    ));
    rows.push((
        t!("show-social"),
        a.social_status
            .as_deref()
            .map(|s| code(SectionKey::SocialStatus, s))
            .unwrap_or_else(dash),
    ));
    rows.push((t!("show-form"), code(SectionKey::Form, &cl.form)));
    rows.push((t!("show-sign"), code(SectionKey::Sign, &cl.sign)));
    rows.push((t!("show-kind"), code(SectionKey::Kind, &cl.kind)));
    rows.push((t!("show-subject"), code(SectionKey::Subject, &cl.subject)));
    rows.push((t!("show-type"), code(SectionKey::Type, &cl.type_)));
    rows.push((
        t!("show-topics"),
        cl.topics
            .iter()
            .map(|x| code(SectionKey::Topic, x))
            .collect::<Vec<_>>()
            .join("; "),
    ));
    rows.push((t!("show-summary"), c.summary.clone()));
    let term = match c.term.basis {
        crate::model::card::TermBasis::CalendarMonth => t!("show-term-month"),
        crate::model::card::TermBasis::Days => t!("show-term-days", days = c.term.days),
    };
    rows.push((t!("show-term"), term));
    // A control date counted over a calendar day no source confirms.
    let shaky_day = !reg
        .calendar
        .unconfirmed_between(c.received, c.term.control_date)
        .is_empty();
    rows.push((
        t!("show-control"),
        if shaky_day {
            format!("{} *", date(c.term.control_date))
        } else {
            date(c.term.control_date)
        },
    ));
    rows.push((t!("show-executor-due"), date(c.term.executor_due)));
    if !c.source.is_empty() {
        let kept: Vec<String> = c.source.iter().map(|(k, v)| format!("{k}: {v}")).collect();
        rows.push((t!("show-source"), kept.join("; ")));
    }
    if let Some(d) = c.term.cc_due {
        let value = if d == c.term.control_date {
            date(d)
        } else {
            t!("show-cc-due-differs", date = date(d))
        };
        rows.push((t!("show-cc-due"), value));
    }
    for e in &c.term.extensions {
        let notified = e.notified.map(date).unwrap_or_else(|| t!("show-no"));
        let mut what = t!(
            "show-extended-value",
            until = e.until,
            by = who(&e.by),
            reason = &e.reason,
            notified = notified
        );
        if e.late {
            what.push_str(&t!("show-extended-late", on = e.on));
        }
        rows.push((t!("show-extended"), what));
    }
    if let Some(r) = &c.links.repeat_of {
        rows.push((t!("show-repeat-of"), r.clone()));
    }
    if c.links.earlier.len() > 1 {
        rows.push((t!("show-earlier"), c.links.earlier.join(", ")));
    }
    if !c.links.later.is_empty() {
        rows.push((t!("show-later"), c.links.later.join(", ")));
    }
    if let Some(r) = &c.resolution {
        rows.push((
            t!("show-resolution"),
            format!("{} — {}", date(r.date), who(&r.coordinator)),
        ));
        rows.push((
            t!("show-executors"),
            r.executors
                .iter()
                .map(|e| who(e))
                .collect::<Vec<_>>()
                .join("; "),
        ));
        if let Some(x) = &r.text {
            rows.push((t!("show-resolution-text"), x.clone()));
        }
    }
    if let Some(d) = &c.dispatch {
        rows.push((
            t!("show-dispatched"),
            format!("{} — {}", date(d.date), d.to.join(", ")),
        ));
    }
    if let Some(ans) = &c.answer {
        let mut what = date(ans.date);
        if let Some(n) = &ans.executor_number {
            what.push_str(&t!("show-answer-number", number = n));
        }
        if ans.late {
            what.push_str(&t!("show-answer-late", days = ans.days_late));
        }
        rows.push((t!("show-answer"), what));
        rows.push((
            t!("show-proposed-result"),
            code(SectionKey::Result, &ans.result),
        ));
        let mut docs: Vec<String> = Vec::new();
        for (role, path) in &ans.documents {
            let role = match role.as_str() {
                "answer-applicant" => t!("show-doc-answer-applicant"),
                "answer-cc" => t!("show-doc-answer-cc"),
                "info" => t!("show-doc-info"),
                "quality" => t!("show-doc-quality"),
                other => other.to_string(),
            };
            docs.push(format!("{role}: {path}"));
        }
        lists.insert(rows.len(), docs.clone());
        rows.push((t!("show-documents"), docs.join("; ")));
        rows.push((
            t!("show-quality"),
            t!(
                "show-quality-value",
                score = ans.quality.score,
                timely = yes_no(ans.quality.timely),
                complete = yes_no(ans.quality.complete),
                satisfied = satisfied_text(ans.quality.applicant_satisfied)
            ),
        ));
    }
    for (i, w) in c.reworks.iter().enumerate() {
        rows.push((
            t!("show-rework"),
            t!(
                "show-rework-value",
                n = i + 1,
                date = w.date,
                by = who(&w.by),
                reason = &w.reason,
                answered = w.answer.date,
                documents = w
                    .answer
                    .documents
                    .values()
                    .cloned()
                    .collect::<std::collections::BTreeSet<_>>()
                    .into_iter()
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    if let Some(s) = &c.signature {
        rows.push((
            t!("show-signed"),
            format!("{} — {}", date(s.date), who(&s.by)),
        ));
        if let Some(w) = &s.warning {
            rows.push((t!("show-attention"), w.clone()));
        }
        let digests: Vec<String> = s
            .sha256
            .iter()
            .map(|(path, sha)| format!("{path} {sha}"))
            .collect();
        lists.insert(rows.len(), digests.clone());
        rows.push((t!("show-sha"), digests.join("; ")));
    }
    if let Some(s) = &c.sent {
        rows.push((
            t!("show-sent"),
            t!(
                "show-sent-value",
                posted = opt_date(s.posted),
                cc = opt_date(Some(s.to_cc))
            ),
        ));
        if let Some(scan) = &s.scan {
            rows.push((t!("show-scan"), scan.clone()));
        }
        if s.number.is_some() || s.date.is_some() {
            rows.push((
                t!("show-out-number"),
                t!(
                    "show-out-number-value",
                    number = s.number.as_deref().unwrap_or("—"),
                    date = opt_date(s.date)
                ),
            ));
        }
    }
    if let Some(r) = &c.result {
        rows.push((t!("show-result"), code(SectionKey::Result, r)));
    }
    if let Some(x) = &c.closed {
        rows.push((
            t!("show-closed"),
            format!(
                "{} — {}{}",
                date(x.date),
                who(&x.by),
                x.reason
                    .as_ref()
                    .map(|r| format!(" ({r})"))
                    .unwrap_or_default()
            ),
        ));
        if let Some(f) = &x.file {
            rows.push((t!("show-file"), f.clone()));
        }
    }
    if let Some(x) = &c.exit {
        let mut what = format!(
            "{} — {}: {}",
            date(x.date),
            who(&x.by),
            ground_text(x.ground)
        );
        if let Some(to) = &x.to {
            what.push_str(&t!("show-exit-to", to = to));
        }
        if let Some(of) = &x.of {
            what.push_str(&t!("show-exit-of", of = of));
        }
        if let Some(r) = &x.reason {
            what.push_str(&format!("; {r}"));
        }
        if let Some(n) = &x.number {
            what.push_str(&t!("show-exit-number", number = n));
        }
        if let (Some(due), true) = (x.due, x.late) {
            what.push_str(&t!("show-exit-late", due = due));
        }
        rows.push((t!("show-exit"), what));
        if let Some(n) = &x.notice {
            rows.push((t!("show-notice"), n.clone()));
        }
    }
    if let Some(x) = &c.confirmation {
        rows.push((
            t!("show-feedback"),
            format!(
                "{} — {}{}",
                date(x.date),
                outcome_text(x.outcome),
                x.note
                    .as_ref()
                    .map(|n| format!(" ({n})"))
                    .unwrap_or_default()
            ),
        ));
    }
    let labels_width = rows
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = t!("show-title", card = c.full_name());
    out.push('\n');
    // A long value wraps under itself on a terminal; a file or a pipe gets
    // each whole on its line.
    let columns = width();
    for (i, (label, value)) in rows.into_iter().enumerate() {
        let pad = labels_width - label.chars().count();
        let lead = format!("  {label}{}  ", " ".repeat(pad));
        match lists.get(&i) {
            Some(items) if columns.is_some_and(|w| text_width(&lead) + text_width(&value) > w) => {
                let indent = " ".repeat(text_width(&lead));
                for (n, item) in items.iter().enumerate() {
                    let last = n + 1 == items.len();
                    let item = if last {
                        item.clone()
                    } else {
                        format!("{item};")
                    };
                    out.push_str(&hanging(
                        if n == 0 { &lead } else { &indent },
                        &item,
                        columns,
                    ));
                    out.push('\n');
                }
            }
            _ => {
                out.push_str(&hanging(&lead, &value, columns));
                out.push('\n');
            }
        }
    }
    if uncertain || shaky_day {
        out.push('\n');
    }
    if uncertain {
        out.push_str(&footnote_code());
        out.push('\n');
    }
    if shaky_day {
        out.push_str(&footnote_day());
        out.push('\n');
    }
    out.push('\n');
    out.push_str(&t!("show-history"));
    out.push('\n');
    let labels: Vec<String> = c.history.iter().map(|e| action_text(e.action())).collect();
    let labels_width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    for (e, label) in c.history.iter().zip(&labels) {
        let pad = " ".repeat(labels_width - label.chars().count());
        let what = event_summary(e);
        let lead = format!("  {}  {label}{pad}  {}", date(e.at), e.by);
        if what.is_empty() {
            out.push_str(&lead);
        } else {
            out.push_str(&hanging(&format!("{lead}  "), &what, columns));
        }
        out.push('\n');
    }
    out
}

/// A field of the card that `correct` changes, in words.
pub fn field_word(field: &str) -> String {
    match field {
        "name" => crate::t!("log-field-name"),
        "address" => crate::t!("log-field-address"),
        "phone" => crate::t!("log-field-phone"),
        "email" => crate::t!("log-field-email"),
        "summary" => crate::t!("log-field-summary"),
        other => other.to_string(),
    }
}

/// The footnote under a table that marks a Classifier code `*`.
pub fn footnote_code() -> String {
    crate::t!("mark-code-footnote", file = crate::store::CLASSIFIER)
}

/// The footnote under a table that marks a calendar day `*`.
pub fn footnote_day() -> String {
    crate::t!("mark-day-footnote", file = crate::store::CALENDAR)
}

/// What a step of a card's history did, in a few words: corrections and
/// returns with their reasons, other steps by their data.
pub fn event_summary(e: &crate::model::Event) -> String {
    use crate::i18n::date;
    use crate::model::event::What;
    use crate::t;
    let value = |v: &serde_json::Value| v.as_str().map(str::to_string).unwrap_or(v.to_string());
    match &e.what {
        What::Relink(x) => match &x.repeat_of {
            Some(r) => t!(
                "log-ev-relink",
                of = r,
                sign = &x.sign,
                earlier = x.earlier.join(", "),
                reason = &x.reason
            ),
            None => t!("log-ev-relink-none", sign = &x.sign, reason = &x.reason),
        },
        What::Unlink(x) => t!("log-ev-unlink", later = &x.later, reason = &x.reason),
        What::Classify(x) => {
            // Lists of codes read as codes; the machine names of the card's
            // fields become the card's own words.
            let codes = |v: &serde_json::Value| match v.as_array() {
                Some(items) if items.is_empty() => "—".to_string(),
                Some(items) => items.iter().map(value).collect::<Vec<_>>().join(", "),
                None => value(v),
            };
            let changes: Vec<String> =
                x.to.iter()
                    .map(|(k, v)| {
                        let label = match k.as_str() {
                            "topics" => t!("log-field-topics"),
                            "kind" => t!("log-field-kind"),
                            "categories" => t!("log-field-categories"),
                            other => other.to_string(),
                        };
                        let from = x.from.get(k).map(codes).unwrap_or_default();
                        format!("{label} {from} → {}", codes(v))
                    })
                    .collect();
            format!("{}; {}: {}", changes.join("; "), x.by, x.reason)
        }
        // Which fields, not their values: the history is shown beside the
        // card, which has them, and `log` may be read by others.
        What::Correct(x) => t!(
            "log-ev-correct",
            fields = crate::ops::steps::correct::changed(x)
                .iter()
                .map(|k| field_word(k))
                .collect::<Vec<_>>()
                .join(", "),
            reason = &x.reason
        ),
        What::Reassign(x) => t!(
            "log-ev-reassign",
            from = x.from.join(", "),
            to = x.executors.join(", "),
            by = &x.by,
            reason = &x.reason
        ),
        What::Rework(x) => t!(
            "log-ev-rework",
            round = x.round,
            by = &x.by,
            reason = &x.reason
        ),
        What::Forward(x) | What::Return(x) | What::Decline(x) | What::CloseDuplicate(x) => {
            let mut s = format!("{}: {}", x.by, ground_text(x.ground));
            for part in [&x.to, &x.of, &x.reason].into_iter().flatten() {
                s.push_str(&format!("; {part}"));
            }
            s
        }
        What::Close(x) => match (&x.file, x.at_send) {
            (Some(f), _) => t!("log-ev-close-file", by = &x.by, file = f),
            (None, true) => t!("log-ev-close-at-send", by = &x.by),
            (None, false) => t!("log-ev-close", by = &x.by),
        },
        What::Confirm(x) => format!(
            "{}{}",
            outcome_text(x.outcome),
            x.note
                .as_ref()
                .map(|n| format!(": {n}"))
                .unwrap_or_default()
        ),
        What::Remind(x) => t!(
            "log-ev-remind",
            level = level_text(x.level),
            to = x.to.join(", "),
            due = x.due
        ),
        What::Register(x) => {
            let mut s = t!("log-ev-register", received = x.received);
            if let Some(n) = &x.cc_number {
                s.push_str(&t!("log-ev-register-cc", number = n));
            }
            if let Some(r) = &x.late_reason {
                s.push_str(&t!("log-ev-register-late", reason = r));
            }
            s
        }
        What::Resolve(x) => t!(
            "log-ev-resolve",
            coordinator = &x.coordinator,
            executors = x.executors.join(", ")
        ),
        What::Dispatch(x) => t!("log-ev-dispatch", to = x.to.join(", ")),
        What::Answer(x) => {
            let mut s = t!("log-ev-answer", result = &x.result);
            if let Some(n) = &x.executor_number {
                s.push_str(&t!("log-ev-answer-number", number = n));
            }
            if let Some(d) = x.days_late {
                s.push_str(&t!("log-ev-answer-late", days = d));
            }
            s
        }
        What::Sign(x) => match &x.warning {
            Some(w) => t!("log-ev-sign-warning", by = &x.by, warning = w),
            None => t!("log-ev-sign", by = &x.by),
        },
        What::Send(x) => {
            let mut s = t!(
                "log-ev-send",
                posted = x.posted.map(date).unwrap_or_else(|| "—".into()),
                cc = x.to_cc,
                result = &x.result
            );
            if let Some(n) = &x.number {
                s.push_str(&t!("log-ev-send-number", number = n));
            }
            s
        }
        What::Extend(x) => t!(
            "log-ev-extend",
            from = x.from,
            until = x.until,
            by = &x.by,
            reason = &x.reason
        ),
        What::Notify(x) => t!("log-ev-notify", notified = x.notified, until = x.until),
        What::Link(x) => t!("log-ev-link", later = &x.later),
        _ => e
            .what
            .fields()
            .iter()
            .map(|(k, v)| format!("{k}={}", value(v)))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// Tells the user the card's next step, on stderr so that stdout stays the record.
/// Ids from people.toml as a list, each as the language quotes it.
pub fn ids(ids: &[String]) -> String {
    ids.iter()
        .map(|id| crate::t!("step-id", id = id))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn print_next(c: &Card) {
    let coordinator = c.resolution.as_ref().map(|r| r.coordinator.as_str());
    if let Some(cmd) = super::error::next_step(c.status, &c.full_name(), coordinator) {
        eprintln!("{}", crate::t!("step-next", command = cmd));
    }
}

fn yes_no(b: bool) -> String {
    if b {
        crate::t!("show-yes")
    } else {
        crate::t!("show-no")
    }
}

fn satisfied_text(s: crate::model::card::Satisfied) -> String {
    use crate::model::card::Satisfied;
    match s {
        Satisfied::Yes => crate::t!("show-yes"),
        Satisfied::No => crate::t!("show-no"),
        Satisfied::Unknown => crate::t!("show-unknown"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cell() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop::sample::select(vec![
                "",
                "a",
                "Ї",
                "2015/К-1",
                "прострочено",
                "界",
                "é",
                "e\u{301}",
                " ",
                "—",
                "№ 5",
            ]),
            0..4,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        /// A table drawn here is, character for character, the one `tabled`
        /// draws, and as wide as `tabled` says.
        #[test]
        fn a_table_drawn_here_is_the_one_tabled_draws(
            header in prop::collection::vec(cell(), 1..5),
            rows in prop::collection::vec(prop::collection::vec(cell(), 5), 0..6),
        ) {
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            let rows: Vec<Vec<String>> = rows
                .into_iter()
                .map(|r| r.into_iter().take(header.len()).collect())
                .collect();
            let Some(widths) = Widths::of(&header, &rows, None) else {
                prop_assert!(rows.is_empty());
                return Ok(());
            };
            let tabled = build(&header, rows.clone());
            prop_assert_eq!(widths.draw(&header, rows.iter()), tabled.to_string());
            prop_assert_eq!(widths.total(), tabled.total_width());
            for col in 0..header.len() {
                let emptied = rows
                    .iter()
                    .map(|r| {
                        let mut r = r.clone();
                        r[col].clear();
                        r
                    })
                    .collect();
                prop_assert_eq!(
                    natural_width(&header, &rows, Some(col)),
                    build(&header, emptied).total_width()
                );
            }
        }
    }

    proptest! {
        /// A table made row by row on demand is the table of those rows,
        /// whole or cut to a width.
        #[test]
        fn a_lazy_table_is_the_table_of_its_rows(
            header in prop::collection::vec(cell(), 1..5),
            rows in prop::collection::vec(prop::collection::vec(cell(), 5), 0..6),
            width in prop::option::of(4usize..60),
            col in 0usize..5,
        ) {
            let header: Vec<&str> = header.iter().map(String::as_str).collect();
            let rows: Vec<Vec<String>> = rows
                .into_iter()
                .map(|r| r.into_iter().take(header.len()).collect())
                .collect();
            let col = col % header.len();
            let row = |i: usize| rows[i].clone();
            let lazy = Lazy { header: &header, n: rows.len(), row: &row };
            prop_assert_eq!(lazy.table_cut(width, col), table_cut(&header, rows.clone(), width, col));
            prop_assert_eq!(lazy.natural_width(Some(col)), natural_width(&header, &rows, Some(col)));
        }
    }

    proptest! {
        /// A value wrapped under its label keeps every word whole and in
        /// order; each line fits the width or is one word alone; every line
        /// after the first starts under the first's value.
        #[test]
        fn a_hanging_value_keeps_its_words_and_its_column(
            words in prop::collection::vec(
                prop::sample::select(vec![
                    "Ї", "2015/К-1", "прострочено", "02-14/1051", "界界",
                    "docs/2015/000001/answer-applicant.txt", "№\u{a0}5", "e\u{301}",
                    "5b4218168a94e0758d6ab52ae4e0850afa1d79c0ce4b28596222d56e1ff82cfd",
                ]),
                0..30,
            ),
            label in 0usize..30,
            width in 10usize..120,
        ) {
            let lead = format!("  {}  ", "Л".repeat(label));
            let value = words.join(" ");
            let text = hanging(&lead, &value, Some(width));
            if width < text_width(&lead) + NARROWEST {
                // Too narrow to be worth it: left to the terminal.
                prop_assert_eq!(text, format!("{lead}{value}"));
                return Ok(());
            }
            let said: Vec<&str> = text.split_whitespace().collect();
            let mut expected: Vec<&str> = lead.split_whitespace().collect();
            expected.extend(value.split_whitespace());
            prop_assert_eq!(said, expected);
            let indent = " ".repeat(text_width(&lead));
            for (i, line) in text.lines().enumerate() {
                let w = unicode_width::UnicodeWidthStr::width(line);
                prop_assert!(
                    w <= width || line.split_whitespace().count() <= 1 + usize::from(i == 0),
                    "{:?} is {} columns of {}", line, w, width
                );
                if i > 0 {
                    prop_assert!(line.starts_with(&indent), "{:?}", line);
                    prop_assert!(!line[indent.len()..].starts_with(' '), "{:?}", line);
                }
            }
            // No width: the value whole after its label.
            prop_assert_eq!(hanging(&lead, &value, None), format!("{lead}{value}"));
        }
    }

    #[test]
    fn a_cell_of_two_lines_is_left_to_tabled() {
        let rows = vec![vec!["two\nlines".to_string()]];
        assert!(Widths::of(&["h"], &rows, None).is_none());
        assert_eq!(plain(&["h"], rows.clone()), build(&["h"], rows).to_string());
    }
}
