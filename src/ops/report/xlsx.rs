//! A report as an Excel workbook ready to print: one sheet per block of the
//! report (the totals, the characteristics stacked, executors and
//! coordinators, the results, the statistical form), each on A4 landscape,
//! one page wide, with the report's title and period on top, its headings
//! repeated on every printed page and numbered pages. Counts are numbers
//! and shares percentages, so the figures can be summed and charted in
//! LibreOffice or Excel; codes stay text (`003`, `7.11`).

use super::tabular::{machine_column, Cell, Table};
use crate::error::{ReportError, Result};
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

/// One printed document of a workbook: its heading lines (title, registers,
/// period) and its tables, each on the sheet its `sheet` names.
pub struct Document<'a> {
    /// The lines on top of each of its sheets; the first is the title.
    pub heading: &'a [String],
    /// Its tables in print order.
    pub tables: &'a [Table],
}

/// The workbook's bytes.
pub fn workbook(documents: &[Document]) -> Result<Vec<u8>> {
    build(documents).map_err(|e| ReportError::Xlsx(e.to_string()).into())
}

/// The workbook's bytes, dated `day` (its creation time in the file's
/// properties), so that the same content gives the same file.
pub fn workbook_dated(documents: &[Document], day: chrono::NaiveDate) -> Result<Vec<u8>> {
    use chrono::Datelike;
    let made = || -> Result<Vec<u8>, XlsxError> {
        let when = rust_xlsxwriter::ExcelDateTime::from_ymd(
            u16::try_from(day.year()).unwrap_or(1900),
            u8::try_from(day.month()).unwrap_or(1),
            u8::try_from(day.day()).unwrap_or(1),
        )?;
        let mut wb = workbook_of(documents)?;
        wb.set_properties(&rust_xlsxwriter::DocProperties::new().set_creation_datetime(&when));
        wb.save_to_buffer()
    };
    made().map_err(|e| ReportError::Xlsx(e.to_string()).into())
}

fn build(documents: &[Document]) -> Result<Vec<u8>, XlsxError> {
    workbook_of(documents)?.save_to_buffer()
}

/// The workbook, not yet written.
fn workbook_of(documents: &[Document]) -> Result<Workbook, XlsxError> {
    let mut wb = Workbook::new();
    let formats = Formats::new();
    for doc in documents {
        for tables in doc.tables.chunk_by(|a, b| a.sheet == b.sheet) {
            let ws = wb.add_worksheet();
            ws.set_name(&tables[0].sheet)?;
            sheet(ws, doc.heading, tables, &formats)?;
        }
    }
    Ok(wb)
}

/// The cell formats: bordered table cells, wrapped names.
struct Formats {
    title: Format,
    heading: Format,
    table_title: Format,
    header: Format,
    text: Format,
    code: Format,
    count: Format,
    share: Format,
    decimal: Format,
}

impl Formats {
    fn new() -> Formats {
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::Top);
        Formats {
            title: Format::new()
                .set_bold()
                .set_font_size(13)
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            heading: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            table_title: Format::new().set_bold(),
            header: cell
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color("#E7E6E6"),
            text: cell.clone().set_text_wrap(),
            code: cell.clone().set_num_format("@"),
            count: cell.clone(),
            share: cell.clone().set_num_format("0.0%"),
            decimal: cell.set_num_format("0.00"),
        }
    }
}

/// A column's width in characters: names wrap (narrower in a table of
/// many columns), numbers are narrow.
fn width(key: &str, columns: usize) -> f64 {
    match key {
        "name" if columns > 6 => 44.0,
        "name" => 60.0,
        "items" | "results" => 22.0,
        "previous" | "current" | "value" => 14.0,
        "code" => 9.0,
        "rank" => 6.0,
        _ => 12.0,
    }
}

/// The columns a person reads: machine keys (measure names, row keys,
/// people's ids) are left to JSON and CSV.
fn shown(t: &Table) -> Vec<usize> {
    (0..t.columns.len())
        .filter(|&i| !machine_column(&t.columns[i].key))
        .collect()
}

/// One sheet: the heading, then each table with its title and header row,
/// a blank row between; printed on A4 landscape, one page wide. A sheet of
/// one table repeats its header row on every page and freezes it on
/// screen; a sheet of stacked tables repeats the heading (each table
/// carries its own header row) and starts a table on a new page rather
/// than split it.
fn sheet(
    ws: &mut Worksheet,
    heading: &[String],
    tables: &[Table],
    f: &Formats,
) -> Result<(), XlsxError> {
    let cols = shown(&tables[0]);
    let widths: Vec<f64> = cols
        .iter()
        .map(|&i| width(&tables[0].columns[i].key, cols.len()))
        .collect();
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    let heading_lines = write_heading(ws, heading, &widths, f)?;
    let mut page = Page::new(widths.iter().sum(), heading_lines);
    let mut breaks = Vec::new();
    let mut row = heading.len() as u32;
    for (n, t) in tables.iter().enumerate() {
        row += 1;
        if page.starts_new(lines_of(t, &widths)) && n > 0 {
            breaks.push(row);
        }
        row = write_table(ws, row, t, &widths, f)?;
    }
    if tables.iter().any(Table::has_uncertain) {
        ws.write_string(row + 1, 0, super::tabular::footnote())?;
    }
    ws.set_page_breaks(&breaks)?;
    if tables.len() == 1 {
        // Its header row: under the heading, the blank row and the title.
        let header_row = heading.len() as u32 + 2;
        ws.set_repeat_rows(header_row, header_row)?;
        ws.set_freeze_panes(header_row + 1, 0)?;
    } else {
        ws.set_repeat_rows(0, heading.len().max(1) as u32 - 1)?;
    }
    print_setup(ws, heading.first().map(String::as_str).unwrap_or_default());
    Ok(())
}

/// The heading lines on top of a sheet, each across the table's width;
/// returns how many lines they take.
fn write_heading(
    ws: &mut Worksheet,
    heading: &[String],
    widths: &[f64],
    f: &Formats,
) -> Result<f64, XlsxError> {
    let total: f64 = widths.iter().sum();
    let last = (widths.len().max(1) - 1) as u16;
    let mut lines = 0.0;
    for (i, line) in heading.iter().enumerate() {
        let row = i as u32;
        let format = if i == 0 { &f.title } else { &f.heading };
        if last == 0 {
            ws.write_string_with_format(row, 0, line, format)?;
        } else {
            ws.merge_range(row, 0, row, last, line, format)?;
        }
        let height = wrapped(line, total, i == 0) * if i == 0 { 18.0 } else { LINE };
        ws.set_row_height(row, height)?;
        lines += height / LINE;
    }
    Ok(lines)
}

/// A table from `row` on: its title, its header row, its rows (or the
/// line saying it has none); returns the row after it.
fn write_table(
    ws: &mut Worksheet,
    mut row: u32,
    t: &Table,
    widths: &[f64],
    f: &Formats,
) -> Result<u32, XlsxError> {
    ws.write_string_with_format(row, 0, &t.title, &f.table_title)?;
    row += 1;
    let cols = shown(t);
    for (c, &i) in cols.iter().enumerate() {
        ws.write_string_with_format(row, c as u16, &t.columns[i].label, &f.header)?;
    }
    ws.set_row_height(row, header_lines(t, widths) * LINE)?;
    row += 1;
    if t.rows.is_empty() {
        ws.write_string(row, 0, crate::t!("rep-empty"))?;
        row += 1;
    }
    for cells in &t.rows {
        for (c, &i) in cols.iter().enumerate() {
            write_cell(ws, row, c as u16, cells.get(i).unwrap_or(&Cell::Empty), f)?;
        }
        let lines = row_lines(t, cells, widths);
        if lines > 1.0 {
            ws.set_row_height(row, lines * LINE)?;
        }
        row += 1;
    }
    Ok(row)
}

/// A4 landscape, one page wide and as many tall as it takes; the footer
/// names the report and the sheet and numbers the pages.
fn print_setup(ws: &mut Worksheet, title: &str) {
    ws.set_paper_size(9);
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_print_center_horizontally(true);
    // Half-inch margins: the totals' 27 rows fit on one page.
    ws.set_margins(0.5, 0.5, 0.5, 0.5, 0.2, 0.2);
    // `&` starts a code in a footer; `&&` prints one.
    let title = title.replace('&', "&&");
    ws.set_footer(format!("&L{title} — &A&R{}", crate::t!("rep-xlsx-page")));
}

/// A cell as its kind reads: numbers as numbers, fractions as
/// percentages, codes and names as text.
fn write_cell(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &Cell,
    f: &Formats,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Text(_) | Cell::Named(..) => {
            ws.write_string_with_format(row, col, cell.display(), &f.text)?;
        }
        Cell::Code(..) => {
            ws.write_string_with_format(row, col, cell.display(), &f.code)?;
        }
        Cell::Count(n) => {
            ws.write_number_with_format(row, col, *n as f64, &f.count)?;
        }
        Cell::Share(Some(x)) => {
            ws.write_number_with_format(row, col, *x, &f.share)?;
        }
        Cell::Decimal(Some(x)) => {
            ws.write_number_with_format(row, col, *x, &f.decimal)?;
        }
        Cell::Share(None) | Cell::Decimal(None) | Cell::Empty => {
            ws.write_blank(row, col, &f.count)?;
        }
    }
    Ok(())
}

/// A line's height in points.
const LINE: f64 = 15.0;

// Neither Excel nor LibreOffice grows a row to its wrapped text when it
// opens a written file: the rows' heights are estimated here.

/// How many lines `text` wraps to in a column `width` characters wide,
/// word by word (a bold letter is a little wider).
fn wrapped(text: &str, width: f64, bold: bool) -> f64 {
    let room = (width / if bold { 1.15 } else { 1.0 }).floor().max(1.0) as usize;
    let (mut lines, mut used) = (1usize, 0usize);
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if used > 0 && used + 1 + n > room {
            lines += 1;
            used = 0;
        }
        used += n + usize::from(used > 0);
        while used > room {
            lines += 1;
            used -= room;
        }
    }
    lines as f64
}

/// The lines of a table's header row.
fn header_lines(t: &Table, widths: &[f64]) -> f64 {
    shown(t)
        .iter()
        .zip(widths)
        .map(|(&i, &w)| wrapped(&t.columns[i].label, w, true))
        .fold(1.0, f64::max)
}

/// The lines of one row: as many as its longest wrapped text.
fn row_lines(t: &Table, cells: &[Cell], widths: &[f64]) -> f64 {
    shown(t)
        .iter()
        .zip(widths)
        .filter_map(|(&i, &w)| cells.get(i).map(|c| wrapped(&c.display(), w, false)))
        .fold(1.0, f64::max)
}

/// How many printed lines a table takes: the blank row before it, its
/// title, its header, its rows (or the line saying it has none).
fn lines_of(t: &Table, widths: &[f64]) -> f64 {
    let rows: f64 = t.rows.iter().map(|r| row_lines(t, r, widths)).sum();
    2.0 + header_lines(t, widths) + rows.max(1.0)
}

/// Where the printer is on the page, to start a table on a new page rather
/// than split it (an estimate from the columns' widths: the page is scaled
/// down to fit them).
struct Page {
    /// Lines on a page.
    capacity: f64,
    /// Lines repeated on top of every page.
    repeated: f64,
    /// Lines used on the current page.
    used: f64,
}

impl Page {
    fn new(total_width: f64, heading: f64) -> Page {
        // A4 landscape less the margins and the footer: about 770 × 520
        // points; a column of width w is 7w + 5 pixels of ¾ point.
        let width_pt = total_width * 5.25 + 3.75;
        let scale = (770.0 / width_pt).min(1.0);
        Page {
            capacity: 520.0 / LINE / scale,
            repeated: heading,
            used: heading,
        }
    }

    /// Whether a table of `lines` goes to a new page: it would be split
    /// here, and it fits on a page of its own or would leave no more than
    /// its title, header and a few rows at the foot of this one. Moves
    /// past it.
    fn starts_new(&mut self, lines: f64) -> bool {
        let room = self.capacity - self.repeated;
        let left = self.capacity - self.used;
        let new_page = self.used + lines > self.capacity && (lines <= room || left < 8.0);
        if new_page {
            self.used = self.repeated;
        }
        self.used += lines;
        while self.used > self.capacity {
            self.used -= room;
        }
        new_page
    }
}
