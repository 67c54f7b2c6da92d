//! A report as one self-contained HTML page: inline CSS and inline SVG bar
//! charts (topics; executors' timeliness), then every table. It loads
//! nothing from the network and runs no script, so it can be mailed, opened
//! offline or printed.

use super::tabular::{machine_column, Cell, Table};
use super::Report;

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

const STYLE: &str = "
body { font-family: 'DejaVu Sans', Arial, sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.4em; margin-bottom: 0.2em; }
p.meta { margin: 0.1em 0; color: #444; }
h2 { font-size: 1.1em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.9em; }
th, td { border: 1px solid #bbb; padding: 0.2em 0.5em; vertical-align: top; }
th { background: #eef; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
p.note { font-size: 0.9em; color: #444; }
.legend span { display: inline-block; margin-right: 1.2em; }
.legend i { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.3em; vertical-align: middle; }
@media print { body { margin: 0.5cm; } h2 { page-break-after: avoid; } }
";

/// The colours of the timeliness chart: answered on time, answered late,
/// open and overdue, open within term.
const ON_TIME: &str = "#4c9a2a";
const LATE: &str = "#e69f00";
const OVERDUE: &str = "#c0392b";
const OPEN: &str = "#9aa5b1";

fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

/// A horizontal bar chart of labelled counts.
fn bar_chart(id: &str, title: &str, bars: &[(String, u64)]) -> String {
    let max = bars.iter().map(|b| b.1).max().unwrap_or(0).max(1);
    let (label_w, bar_w, row_h) = (380.0, 380.0, 22.0);
    let height = row_h * bars.len() as f64 + 10.0;
    let mut s = format!(
        "<svg id=\"{id}\" role=\"img\" aria-label=\"{}\" width=\"{}\" height=\"{height}\" font-size=\"12\">\n",
        escape(title),
        label_w + bar_w + 60.0
    );
    for (i, (label, n)) in bars.iter().enumerate() {
        let y = i as f64 * row_h + 5.0;
        let w = bar_w * *n as f64 / max as f64;
        s.push_str(&format!(
            "<g><title>{}: {n}</title><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><rect x=\"{}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"#3b6ea8\"/><text x=\"{}\" y=\"{}\">{n}</text></g>\n",
            escape(label),
            label_w - 6.0,
            y + 14.0,
            escape(&cut(label, 48)),
            label_w,
            row_h - 6.0,
            label_w + w + 4.0,
            y + 14.0,
        ));
    }
    s.push_str("</svg>\n");
    s
}

/// Stacked bars per executor: on time, late, open and overdue, open.
fn timeliness_chart(r: &Report) -> String {
    let rows: Vec<_> = r.by_executor.iter().filter(|e| e.id.is_some()).collect();
    let max = rows.iter().map(|e| e.received).max().unwrap_or(0).max(1);
    let (label_w, bar_w, row_h) = (380.0, 380.0, 22.0);
    let height = row_h * rows.len() as f64 + 10.0;
    let mut s = format!(
        "<svg id=\"chart-executors\" role=\"img\" aria-label=\"{}\" width=\"{}\" height=\"{height}\" font-size=\"12\">\n",
        escape(&crate::t!("rep-chart-executors-label")),
        label_w + bar_w + 60.0
    );
    for (i, e) in rows.iter().enumerate() {
        let y = i as f64 * row_h + 5.0;
        let label = match e.name.strip_suffix(super::NOT_IN_PEOPLE) {
            Some(id) => crate::t!("rep-not-in-people", id = id),
            None => e.name.clone(),
        };
        let tip = crate::t!(
            "rep-chart-executor-tip",
            name = label.as_str(),
            on_time = e.answered_on_time,
            late = e.answered_late,
            overdue = e.open_overdue,
            open = e.open - e.open_overdue.min(e.open)
        );
        s.push_str(&format!(
            "<g><title>{}</title><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            escape(&tip),
            label_w - 6.0,
            y + 14.0,
            escape(&cut(&label, 48)),
        ));
        let parts = [
            (e.answered_on_time, ON_TIME),
            (e.answered_late, LATE),
            (e.open_overdue, OVERDUE),
            (e.open.saturating_sub(e.open_overdue), OPEN),
        ];
        let mut x = label_w;
        for (n, colour) in parts {
            if n == 0 {
                continue;
            }
            let w = bar_w * n as f64 / max as f64;
            s.push_str(&format!(
                "<rect x=\"{x:.1}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"{colour}\"/>",
                row_h - 6.0
            ));
            x += w;
        }
        s.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{}\">{}</text></g>\n",
            x + 4.0,
            y + 14.0,
            e.received
        ));
    }
    s.push_str("</svg>\n");
    s
}

fn legend() -> String {
    let item = |c: &str, t: &str| format!("<span><i style=\"background:{c}\"></i>{t}</span>");
    format!(
        "<p class=\"legend\">{}{}{}{}</p>\n",
        item(ON_TIME, &escape(&crate::t!("rep-legend-on-time"))),
        item(LATE, &escape(&crate::t!("rep-legend-late"))),
        item(OVERDUE, &escape(&crate::t!("rep-legend-overdue"))),
        item(OPEN, &escape(&crate::t!("rep-legend-open"))),
    )
}

fn table_html(t: &Table) -> String {
    let mut s = format!(
        "<h2 id=\"{}\">{}</h2>\n<table>\n<tr>",
        escape(&t.key),
        escape(&t.title)
    );
    let shown: Vec<usize> = (0..t.columns.len())
        .filter(|&i| !machine_column(&t.columns[i].key))
        .collect();
    for &i in &shown {
        s.push_str(&format!("<th>{}</th>", escape(&t.columns[i].label)));
    }
    s.push_str("</tr>\n");
    for row in &t.rows {
        s.push_str("<tr>");
        for cell in shown.iter().filter_map(|&i| row.get(i)) {
            let class = match cell {
                Cell::Text(_) | Cell::Named(..) | Cell::Code(..) => "",
                _ => " class=\"n\"",
            };
            s.push_str(&format!("<td{class}>{}</td>", escape(&cell.display())));
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</table>\n");
    s
}

fn page(heading: &[String], charts: &str, tables: &[Table]) -> String {
    let title = heading.first().cloned().unwrap_or_default();
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        crate::i18n::lang().code(),
        escape(&title),
        escape(&title)
    );
    for line in heading.iter().skip(1) {
        s.push_str(&format!("<p class=\"meta\">{}</p>\n", escape(line)));
    }
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
    s.push_str("</body>\n</html>\n");
    s
}

/// The monitoring report's page.
pub fn monitoring(heading: &[String], r: &Report, tables: &[Table]) -> String {
    let topics: Vec<(String, u64)> = r
        .by_topic
        .iter()
        .map(|t| {
            (
                format!("{} {}", t.code.as_deref().unwrap_or("—"), t.name),
                t.count,
            )
        })
        .collect();
    let topics_title = crate::t!("rep-chart-topics");
    let mut charts = format!(
        "<h2 id=\"chart-topics-title\">{}</h2>\n",
        escape(&topics_title)
    );
    charts.push_str(&bar_chart("chart-topics", &topics_title, &topics));
    charts.push_str(&format!(
        "<h2 id=\"chart-executors-title\">{}</h2>\n",
        escape(&crate::t!("rep-chart-executors"))
    ));
    charts.push_str(&legend());
    charts.push_str(&timeliness_chart(r));
    page(heading, &charts, tables)
}

/// The statistical form's page.
pub fn statistical(heading: &[String], tables: &[Table]) -> String {
    page(heading, "", tables)
}
