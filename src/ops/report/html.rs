//! A report as one self-contained HTML page that prints on A4: the
//! council's letterhead (council, department, title, period, date of
//! preparation), inline SVG bar charts (topics; executors' timeliness),
//! every table, and a signature block. It loads nothing from the network
//! and runs no script, so it can be mailed, opened offline or printed.
//!
//! Printed, the page is A4 landscape: the executors' ranking has fourteen
//! columns, and at the width of a portrait page its headings would break
//! mid-word and its figures shrink below a readable size. Tables repeat
//! their headings on every page and keep each row whole; charts scale to
//! the printable width.

use super::tabular::{machine_column, Cell, Table};
use super::{Period, PersonRow, RegisterInfo, Report};
use chrono::NaiveDate;

/// Escapes text for HTML and SVG.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The printed page's size and margins (273 mm are left between them, the
/// body's widest on screen too), and its number at the foot: `2 / 6`.
const PAGE: &str = "@page { size: A4 landscape; margin: 12mm 12mm 14mm 12mm; @bottom-right { content: counter(page) ' / ' counter(pages); font-size: 8pt; color: #555; } }";

const STYLE: &str = "
html { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #222; }
body { max-width: 273mm; margin: 1.5em auto; padding: 0 1em; }
header.letterhead { text-align: center; margin-bottom: 1.2em; }
header.letterhead p { margin: 0.15em 0; }
p.council { font-weight: bold; text-transform: uppercase; letter-spacing: 0.03em; }
p.department { font-weight: bold; }
h1 { font-size: 1.35em; margin: 0.6em 0 0.2em; }
p.period { font-size: 1.1em; }
p.meta { color: #444; font-size: 0.9em; }
p.prepared { text-align: right; margin-top: 0.6em; }
h2 { font-size: 1.1em; margin: 1.4em 0 0.4em; border-bottom: 1px solid #ccc; break-after: avoid; page-break-after: avoid; }
table { width: 100%; border-collapse: collapse; margin: 0.3em 0; font-size: 0.9em; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #bbb; padding: 0.2em 0.4em; vertical-align: top; }
th { background: #eef; text-align: left; font-weight: bold; font-size: 0.95em; }
td { overflow-wrap: break-word; }
table.wide th.name { width: 20%; }
table.wide th { font-size: 0.8em; font-weight: 600; padding: 0.2em 0.25em; }
th.n, td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n { white-space: nowrap; }
figure { margin: 0.3em 0 0.8em; break-inside: avoid; page-break-inside: avoid; }
svg.chart { display: block; width: 100%; height: auto; }
p.note { font-size: 0.85em; color: #444; margin: 0.2em 0; }
.legend span { display: inline-block; margin-right: 1.2em; }
.legend i { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; vertical-align: middle; }
section.signatures { margin-top: 1.5em; break-inside: avoid; page-break-inside: avoid; }
.sign { display: grid; grid-template-columns: minmax(0, 1fr) 50mm 60mm; column-gap: 8mm; align-items: end; margin-top: 1em; }
.slot { text-align: center; }
.slot div { border-bottom: 1px solid #222; min-height: 1.3em; }
.slot small { display: block; font-size: 0.75em; color: #555; }
@media print {
  body { max-width: none; margin: 0; padding: 0; }
  th, .legend i, svg.chart { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
";

/// Who signs the printed report: the head of the department of citizens'
/// appeals (people.toml's controller).
#[derive(Debug, Clone, PartialEq)]
pub struct Signatory {
    /// Name, as people.toml writes it.
    pub name: String,
    /// Position, as people.toml writes it.
    pub position: String,
}

/// What the printed page says around its charts and tables.
#[derive(Debug, Clone)]
pub struct Frame<'a> {
    /// The report's title.
    pub title: String,
    /// Whose registers: the councils and departments in the letterhead.
    pub registers: &'a [RegisterInfo],
    /// The period of receipt.
    pub period: Period,
    /// The date of preparation (the report's "as of").
    pub as_of: NaiveDate,
    /// Lines under the period (the statistical form's previous year).
    pub notes: Vec<String>,
    /// The head of the department who signs; `None` leaves the name to be
    /// written in by hand.
    pub head: Option<Signatory>,
}

/// The colours of the timeliness chart: answered on time, answered late,
/// unanswered and overdue, unanswered within term, off control unanswered.
const ON_TIME: &str = "#4c9a2a";
const LATE: &str = "#e69f00";
const OVERDUE: &str = "#c0392b";
const OPEN: &str = "#9aa5b1";
const OTHER: &str = "#d9d2c5";
/// The colour of a topic's bar.
const TOPIC: &str = "#3b6ea8";

/// The charts' drawing box is `VIEW_W` wide (the SVG scales to the page).
const VIEW_W: f64 = 1000.0;
/// Labels end here, right-aligned; bars start here.
const LABEL_W: f64 = 400.0;
const FONT: f64 = 12.0;
/// A generous width of one character at [`FONT`]: DejaVu Sans digits are
/// 0.64 em, most Cyrillic letters narrower.
const CHAR_W: f64 = 0.7 * FONT;
const ROW_H: f64 = 34.0;
const BAR_H: f64 = 18.0;
/// The gap between a bar's end and its number, and a label and its bar.
const GAP: f64 = 6.0;

/// One bar: its label, its tooltip, its coloured parts; it is as long as
/// its parts together and that sum is the number printed beside it.
#[derive(Debug, Clone, PartialEq)]
struct Bar {
    label: String,
    tip: String,
    parts: Vec<(u64, &'static str)>,
}

impl Bar {
    /// The bar's number: its parts added up.
    fn total(&self) -> u64 {
        self.parts.iter().map(|p| p.0).sum()
    }
}

/// A bar placed in the drawing box.
#[derive(Debug, Clone, PartialEq)]
struct Placed {
    /// Each non-empty part: left edge, width, colour.
    rects: Vec<(f64, f64, &'static str)>,
    /// Where the bar's number starts.
    number_x: f64,
}

/// How wide a number's text is drawn, generously.
fn text_width(s: &str) -> f64 {
    s.chars().count() as f64 * CHAR_W
}

/// The bars laid out so that the longest, with its number after it, ends
/// inside the drawing box.
fn place(bars: &[Bar]) -> Vec<Placed> {
    let max = bars.iter().map(Bar::total).max().unwrap_or(0).max(1);
    let number_w = GAP + text_width(&max.to_string());
    let scale = (VIEW_W - LABEL_W - number_w) / max as f64;
    bars.iter()
        .map(|b| {
            let mut x = LABEL_W;
            let mut rects = Vec::new();
            for &(n, colour) in b.parts.iter().filter(|p| p.0 > 0) {
                let w = n as f64 * scale;
                rects.push((x, w, colour));
                x += w;
            }
            Placed {
                rects,
                number_x: x + GAP,
            }
        })
        .collect()
}

/// A label in at most two lines that fit left of the bars; the second is
/// cut with `…` when the label is longer (the tooltip has it whole).
fn label_lines(label: &str) -> Vec<String> {
    let width = ((LABEL_W - GAP) / CHAR_W) as usize;
    let mut lines: Vec<String> = vec![String::new()];
    for word in label.split_whitespace() {
        let cur = lines.last().map_or(0, |l| l.chars().count());
        if cur > 0 && cur + 1 + word.chars().count() > width && lines.len() < 2 {
            lines.push(String::new());
        }
        if let Some(line) = lines.last_mut() {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines.into_iter().map(|l| cut(&l, width)).collect()
}

fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// Horizontal bars with their labels and numbers, scaled to the page.
fn chart_svg(id: &str, aria: &str, bars: &[Bar]) -> String {
    let height = ROW_H * bars.len() as f64 + 4.0;
    let mut s = format!(
        "<svg id=\"{id}\" class=\"chart\" role=\"img\" aria-label=\"{}\" viewBox=\"0 0 {VIEW_W} {height}\" font-size=\"{FONT}\">\n",
        escape(aria),
    );
    for (i, (bar, placed)) in bars.iter().zip(place(bars)).enumerate() {
        let top = i as f64 * ROW_H + 2.0;
        let bar_y = top + (ROW_H - BAR_H) / 2.0;
        let middle = top + ROW_H / 2.0 + FONT * 0.35;
        s.push_str(&format!("<g><title>{}</title>", escape(&bar.tip)));
        let lines = label_lines(&bar.label);
        let first = middle - (lines.len() as f64 - 1.0) * FONT * 0.6;
        for (k, line) in lines.iter().enumerate() {
            s.push_str(&format!(
                "<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
                LABEL_W - GAP,
                first + k as f64 * FONT * 1.2,
                escape(line)
            ));
        }
        for (x, w, colour) in &placed.rects {
            s.push_str(&format!(
                "<rect x=\"{x:.1}\" y=\"{bar_y:.1}\" width=\"{w:.1}\" height=\"{BAR_H}\" fill=\"{colour}\"/>"
            ));
        }
        s.push_str(&format!(
            "<text class=\"number\" x=\"{:.1}\" y=\"{middle:.1}\">{}</text></g>\n",
            placed.number_x,
            bar.total()
        ));
    }
    s.push_str("</svg>\n");
    s
}

/// An executor's name as a person reads it.
fn executor_label(e: &PersonRow) -> String {
    match e.name.strip_suffix(super::NOT_IN_PEOPLE) {
        Some(id) => crate::t!("rep-not-in-people", id = id),
        None => e.name.clone(),
    }
}

/// An executor's bar: every appeal once — answered on time or late, else
/// still unanswered (overdue or within term), else taken off control
/// without the executor's answer (forwarded, returned, not considered).
fn executor_bar(e: &PersonRow) -> Bar {
    let answered = e.answered_on_time + e.answered_late;
    let within = e.pending.saturating_sub(e.pending_overdue);
    let other = e.received.saturating_sub(answered + e.pending);
    let label = executor_label(e);
    let tip = crate::t!(
        "rep-chart-executor-tip",
        name = label.as_str(),
        total = e.received,
        on_time = e.answered_on_time,
        late = e.answered_late,
        overdue = e.pending_overdue,
        open = within,
        other = other
    );
    Bar {
        label,
        tip,
        parts: vec![
            (e.answered_on_time, ON_TIME),
            (e.answered_late, LATE),
            (e.pending_overdue, OVERDUE),
            (within, OPEN),
            (other, OTHER),
        ],
    }
}

/// One bar per executor named in a resolution.
fn timeliness_chart(r: &Report) -> String {
    let bars: Vec<Bar> = r
        .by_executor
        .iter()
        .filter(|e| e.id.is_some())
        .map(executor_bar)
        .collect();
    chart_svg(
        "chart-executors",
        &crate::t!("rep-chart-executors-label"),
        &bars,
    )
}

/// One bar per topic (and one for appeals that name none).
fn topics_chart(r: &Report, title: &str) -> String {
    let bars: Vec<Bar> = r
        .by_topic
        .iter()
        .map(|t| {
            let label = format!("{} {}", t.code.as_deref().unwrap_or("—"), t.name);
            Bar {
                tip: format!("{label}: {}", t.count),
                label,
                parts: vec![(t.count, TOPIC)],
            }
        })
        .collect();
    chart_svg("chart-topics", title, &bars)
}

fn legend() -> String {
    let item = |c: &str, t: &str| format!("<span><i style=\"background:{c}\"></i>{t}</span>");
    format!(
        "<p class=\"legend\">{}{}{}{}{}</p>\n",
        item(ON_TIME, &escape(&crate::t!("rep-legend-on-time"))),
        item(LATE, &escape(&crate::t!("rep-legend-late"))),
        item(OVERDUE, &escape(&crate::t!("rep-legend-overdue"))),
        item(OPEN, &escape(&crate::t!("rep-legend-open"))),
        item(OTHER, &escape(&crate::t!("rep-legend-other"))),
    )
}

/// Whether a cell is a number (right-aligned, never broken).
fn numeric(cell: &Cell) -> bool {
    !matches!(
        cell,
        Cell::Text(_) | Cell::Named(..) | Cell::Code(..) | Cell::Empty
    )
}

/// A table with more columns than this is wide: its names keep a fifth of
/// the width, the measures share the rest.
const WIDE: usize = 6;

/// A titled table whose headings repeat on every printed page.
fn table_html(t: &Table) -> String {
    let shown: Vec<usize> = (0..t.columns.len())
        .filter(|&i| !machine_column(&t.columns[i].key))
        .collect();
    let mut s = format!(
        "<h2 id=\"{}\">{}</h2>\n<table{}>\n<thead><tr>",
        escape(&t.key),
        escape(&t.title),
        if shown.len() > WIDE {
            " class=\"wide\""
        } else {
            ""
        }
    );
    for &i in &shown {
        let number = t.rows.iter().any(|r| r.get(i).is_some_and(numeric));
        let class = match (t.columns[i].key.as_str(), number) {
            ("name", _) => " class=\"name\"",
            (_, true) => " class=\"n\"",
            _ => "",
        };
        s.push_str(&format!("<th{class}>{}</th>", escape(&t.columns[i].label)));
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        s.push_str("<tr>");
        for cell in shown.iter().filter_map(|&i| row.get(i)) {
            let class = if numeric(cell) { " class=\"n\"" } else { "" };
            s.push_str(&format!("<td{class}>{}</td>", escape(&cell.display())));
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n</table>\n");
    s
}

/// Each value once, in order of first appearance.
fn distinct<T: PartialEq>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// The letterhead: council and department, title, period, the Classifier's
/// edition, the date of preparation.
fn letterhead(f: &Frame) -> String {
    let mut s = String::from("<header class=\"letterhead\">\n");
    for (council, department) in distinct(
        f.registers
            .iter()
            .map(|r| (r.council.as_str(), r.department.as_str())),
    ) {
        s.push_str(&format!(
            "<p class=\"council\">{}</p>\n<p class=\"department\">{}</p>\n",
            escape(council),
            escape(department)
        ));
    }
    s.push_str(&format!("<h1>{}</h1>\n", escape(&f.title)));
    s.push_str(&format!(
        "<p class=\"period\">{}</p>\n",
        escape(&crate::t!(
            "rep-print-period",
            from = f.period.from,
            to = f.period.to
        ))
    ));
    for note in &f.notes {
        s.push_str(&format!("<p class=\"meta\">{}</p>\n", escape(note)));
    }
    for edition in distinct(f.registers.iter().map(|r| r.edition.as_str())) {
        s.push_str(&format!(
            "<p class=\"meta\">{}</p>\n",
            escape(&crate::t!("rep-print-edition", edition = edition))
        ));
    }
    s.push_str(&format!(
        "<p class=\"prepared\">{}</p>\n</header>\n",
        escape(&crate::t!("rep-print-prepared", date = f.as_of))
    ));
    s
}

/// A line to sign or write on, with its caption under it.
fn slot(filled: &str, caption: &str) -> String {
    format!(
        "<div class=\"slot\"><div>{}</div><small>{}</small></div>",
        escape(filled),
        escape(caption)
    )
}

/// The position as the first words of a line: capitalised.
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The signatures: the head of the department, who prepared the report,
/// and the date.
fn signatures(f: &Frame) -> String {
    let signature = crate::t!("rep-print-signature");
    let name = crate::t!("rep-print-name");
    let (position, head) = match &f.head {
        Some(h) => (capitalised(&h.position), h.name.clone()),
        None => (crate::t!("rep-print-head"), String::new()),
    };
    let row = |who: &str, slots: String| {
        format!(
            "<div class=\"sign\"><div>{}</div>{slots}</div>\n",
            escape(who)
        )
    };
    let mut s = String::from("<section class=\"signatures\">\n");
    s.push_str(&row(&position, slot("", &signature) + &slot(&head, &name)));
    s.push_str(&row(
        &crate::t!("rep-print-prepared-by"),
        slot("", &signature) + &slot("", &name),
    ));
    s.push_str(&row(
        &crate::t!("rep-print-date"),
        slot(&crate::i18n::date(f.as_of), "") + "<div></div>",
    ));
    s.push_str("</section>\n");
    s
}

fn page(f: &Frame, charts: &str, tables: &[Table]) -> String {
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{PAGE}{STYLE}</style>\n</head>\n<body>\n",
        crate::i18n::lang().code(),
        escape(&f.title),
    );
    s.push_str(&letterhead(f));
    s.push_str(charts);
    for t in tables {
        s.push_str(&table_html(t));
    }
    if tables.iter().any(Table::has_uncertain) {
        s.push_str(&format!(
            "<p class=\"note\">{}</p>\n",
            escape(&super::tabular::footnote())
        ));
    }
    s.push_str(&signatures(f));
    s.push_str("</body>\n</html>\n");
    s
}

/// The monitoring report's page.
pub fn monitoring(f: &Frame, r: &Report, tables: &[Table]) -> String {
    let topics_title = crate::t!("rep-chart-topics");
    let mut charts = format!(
        "<h2 id=\"chart-topics-title\">{}</h2>\n<figure>\n",
        escape(&topics_title)
    );
    charts.push_str(&topics_chart(r, &topics_title));
    charts.push_str(&format!(
        "<p class=\"note\">{}</p>\n</figure>\n",
        escape(&crate::t!("rep-chart-topics-note"))
    ));
    charts.push_str(&format!(
        "<h2 id=\"chart-executors-title\">{}</h2>\n<figure>\n",
        escape(&crate::t!("rep-chart-executors"))
    ));
    charts.push_str(&legend());
    charts.push_str(&timeliness_chart(r));
    charts.push_str(&format!(
        "<p class=\"note\">{}</p>\n</figure>\n",
        escape(&crate::t!("rep-chart-executors-note"))
    ));
    page(f, &charts, tables)
}

/// The statistical form's page.
pub fn statistical(f: &Frame, tables: &[Table]) -> String {
    page(f, "", tables)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn person(received: u64, on_time: u64, late: u64, pending: u64, overdue: u64) -> PersonRow {
        PersonRow {
            rank: Some(1),
            id: Some("x".into()),
            name: "Управління житлово-комунального господарства та будівництва міської ради".into(),
            received,
            answered_on_time: on_time,
            answered_late: late,
            answered_after_control: 0,
            // An answered card waiting to be taken off control is open too.
            open: pending + 1,
            open_overdue: overdue + 1,
            pending,
            pending_overdue: overdue,
            results: BTreeMap::new(),
            quality_avg: None,
            satisfied_share: None,
            answer_days_avg: None,
            reworks: 0,
            confirmed_share: None,
        }
    }

    #[test]
    fn an_executor_bar_counts_each_appeal_once() {
        // 4 appeals: 1 answered on time and still on control, 3 unanswered
        // (2 overdue); and 10 appeals: 2 forwarded without an answer.
        for e in [person(4, 1, 0, 3, 2), person(10, 5, 1, 2, 1)] {
            let bar = executor_bar(&e);
            assert_eq!(bar.total(), e.received, "{bar:?}");
            let parts: Vec<u64> = bar.parts.iter().map(|p| p.0).collect();
            assert_eq!(parts[2], e.pending_overdue);
            assert_eq!(
                parts[4],
                e.received - e.answered_on_time - e.answered_late - e.pending
            );
        }
    }

    #[test]
    fn every_number_fits_in_the_chart() {
        let bars: Vec<Bar> = [3, 16, 999_999, 0, 1]
            .iter()
            .map(|&n| Bar {
                label: "Департамент".into(),
                tip: String::new(),
                parts: vec![(n / 2, ON_TIME), (n - n / 2, LATE)],
            })
            .collect();
        let placed = place(&bars);
        assert_eq!(placed.len(), bars.len(), "one bar each");
        for (bar, p) in bars.iter().zip(&placed) {
            let end = p.rects.last().map_or(LABEL_W, |r| r.0 + r.1);
            assert!(end <= p.number_x, "{p:?}");
            let right = p.number_x + text_width(&bar.total().to_string());
            assert!(right <= VIEW_W + 1e-9, "{} ends at {right}", bar.total());
        }
        let longest = &placed[2];
        let right = longest.number_x + text_width("999999");
        assert!(right > VIEW_W - 1.0, "the longest bar fills the width");
    }

    #[test]
    fn a_label_fits_left_of_the_bars() {
        let long = "Управління праці та соціального захисту населення міської ради та її виконавчого комітету";
        let lines = label_lines(long);
        assert_eq!(lines.len(), 2);
        for l in &lines {
            assert!(text_width(l) <= LABEL_W - GAP, "{l}");
        }
        assert_eq!(label_lines("009 Комунальне господарство").len(), 1);
    }

    #[test]
    fn the_chart_prints_each_bar_with_its_number() {
        let svg = chart_svg(
            "c",
            "c",
            &[
                executor_bar(&person(4, 1, 0, 3, 2)),
                executor_bar(&person(16, 3, 0, 13, 8)),
            ],
        );
        assert!(svg.contains("viewBox=\"0 0 1000 "), "{svg}");
        assert_eq!(svg.matches("<text class=\"number\"").count(), 2);
        assert!(svg.contains(">4</text></g>") && svg.contains(">16</text></g>"));
    }
}
