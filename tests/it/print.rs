//! Issue #17, point 3: the HTML report printed as a person prints it. The
//! demo register's monitoring report and statistical form go through
//! headless Chromium to PDF: every page is A4 as the page's `@page` rule
//! asks; laid out at the width between that rule's margins, no element
//! reaches past the edge (the executors' last column shows, every chart
//! keeps its numbers); and the page carries the council, the period, the
//! date of preparation and the signatures. Where no Chromium can be found
//! the test says why and passes.

use crate::support::{appeals_unset, demo};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A4 in PDF points (1/72 inch): 210 × 297 mm.
const A4_PT: (f64, f64) = (595.28, 841.89);
/// Chromium rounds a page to whole CSS pixels: under a point.
const TOLERANCE_PT: f64 = 1.5;

/// Chromium: `$APPEALS_CHROMIUM`, else the first of the usual names on PATH.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("APPEALS_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| std::env::split_paths(&path).map(move |d| d.join(name)))
        .find(|p| p.is_file())
}

/// Runs headless Chromium on a page with `extra` arguments; its standard output.
fn run_chromium(chromium: &Path, profile: &Path, page: &Path, extra: &[String]) -> String {
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The report of the demo register in Ukrainian, as an HTML file in `dir`.
fn report(dir: &Path, args: &[&str], today: &str, name: &str) -> PathBuf {
    let out = appeals_unset()
        .current_dir(dir)
        .args(["-R", "reg", "--today", today, "report"])
        .args(args)
        .args(["--format", "html", "-o", name])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir.join(name)
}

/// The page size and margins of the page's `@page` rule, in millimetres:
/// `(width, height)`, `(top, right, bottom, left)`.
fn page_rule(html: &str) -> ((f64, f64), [f64; 4]) {
    let at = html.find("@page").expect("the page has an @page rule");
    let rule = &html[at..at + html[at..].find('}').expect("@page closes")];
    let value = |name: &str| -> Vec<String> {
        let from = rule
            .find(&format!("{name}:"))
            .unwrap_or_else(|| panic!("@page sets {name}: {rule}"));
        let rest = &rule[from + name.len() + 1..];
        rest[..rest.find(';').unwrap_or(rest.len())]
            .split_whitespace()
            .map(str::to_string)
            .collect()
    };
    let size = value("size");
    let a4 = (A4_PT.0 / 72.0 * 25.4, A4_PT.1 / 72.0 * 25.4);
    assert_eq!(size.first().map(String::as_str), Some("A4"), "{rule}");
    let size = match size.get(1).map(String::as_str) {
        Some("landscape") => (a4.1, a4.0),
        _ => a4,
    };
    let mm = |v: &String| -> f64 {
        v.strip_suffix("mm")
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("margins in mm: {rule}"))
    };
    let m: Vec<f64> = value("margin").iter().map(mm).collect();
    let margins = match m.as_slice() {
        [a] => [*a; 4],
        [v, h] => [*v, *h, *v, *h],
        [t, h, b] => [*t, *h, *b, *h],
        [t, r, b, l] => [*t, *r, *b, *l],
        _ => panic!("margin: {rule}"),
    };
    (size, margins)
}

/// The `/MediaBox` of every page of a PDF, `(width, height)` in points.
/// Chromium writes page objects in the clear; were they packed into object
/// streams, the count would not match and the test says so.
fn page_sizes(pdf: &[u8]) -> Vec<(f64, f64)> {
    let text = String::from_utf8_lossy(pdf);
    let count = text
        .match_indices("/Type /Pages")
        .filter_map(|(at, _)| {
            let dict = &text[at..at + text[at..].find(">>").unwrap_or(0)];
            let n = &dict[dict.find("/Count ")? + 7..];
            n.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
        })
        .max()
        .unwrap_or(0usize);
    let sizes: Vec<(f64, f64)> = text
        .match_indices("/Type /Page")
        .filter(|(at, m)| !text[at + m.len()..].starts_with('s'))
        .filter_map(|(at, _)| {
            let object = &text[at..at + text[at..].find("endobj")?];
            let b = &object[object.find("/MediaBox [")? + 11..];
            let n: Vec<f64> = b[..b.find(']')?]
                .split_whitespace()
                .filter_map(|x| x.parse().ok())
                .collect();
            (n.len() == 4).then(|| (n[2] - n[0], n[3] - n[1]))
        })
        .collect();
    assert_eq!(
        sizes.len(),
        count,
        "the PDF says {count} pages but {} page objects with a /MediaBox are readable",
        sizes.len()
    );
    sizes
}

/// A script that lays the page out at `width_mm` (the printable width:
/// the body is what a printed page holds between its margins) and lists
/// every element that reaches past either edge into `<pre id="overflow">`.
fn probe(width_mm: f64) -> String {
    format!(
        r#"<script>
(function () {{
  var body = document.body;
  body.style.margin = '0';
  body.style.padding = '0';
  body.style.maxWidth = 'none';
  body.style.width = '{width_mm:.2}mm';
  var box = body.getBoundingClientRect();
  var out = [];
  var all = body.querySelectorAll('*');
  for (var i = 0; i < all.length; i++) {{
    var e = all[i];
    var r = e.getBoundingClientRect();
    if (r.width > 0 && (r.right > box.right + 0.5 || r.left < box.left - 0.5)) {{
      out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' +
        Math.round(r.left - box.left) + '..' + Math.round(r.right - box.left) +
        ' of ' + Math.round(box.width) + 'px: ' + (e.textContent || '').trim().slice(0, 50));
    }}
  }}
  var pre = document.createElement('pre');
  pre.id = 'overflow';
  pre.textContent = out.length ? out.join('\n') : 'none';
  body.appendChild(pre);
}})();
</script>
"#
    )
}

/// What the probe found past the edges, one element a line.
fn overflow(dom: &str) -> String {
    let at = dom
        .find("<pre id=\"overflow\">")
        .expect("the probe ran in the page");
    let rest = &dom[at + "<pre id=\"overflow\">".len()..];
    rest[..rest.find("</pre>").unwrap_or(rest.len())].to_string()
}

/// Prints `page` to PDF and lays it out at the printable width; checks
/// the pages' size, the edges and the words a person looks for.
fn check_printed(chromium: &Path, page: &Path, words: &[&str]) {
    let html = std::fs::read_to_string(page).expect("page");
    let ((width, height), margins) = page_rule(&html);
    let profile = tempfile::tempdir().expect("profile");
    let pdf = page.with_extension("pdf");
    run_chromium(
        chromium,
        profile.path(),
        page,
        &[
            "--no-pdf-header-footer".into(),
            format!("--print-to-pdf={}", pdf.display()),
        ],
    );
    let sizes = page_sizes(&std::fs::read(&pdf).expect("a PDF"));
    assert!(!sizes.is_empty(), "no pages");
    let pt = |mm: f64| mm / 25.4 * 72.0;
    for (i, (w, h)) in sizes.iter().enumerate() {
        assert!(
            (w - pt(width)).abs() < TOLERANCE_PT && (h - pt(height)).abs() < TOLERANCE_PT,
            "page {} is {w} × {h} pt, not A4 as @page asks ({:.1} × {:.1})",
            i + 1,
            pt(width),
            pt(height)
        );
    }
    let probed = page.with_extension("probe.html");
    let printable = width - margins[1] - margins[3];
    std::fs::write(
        &probed,
        html.replace("</body>", &format!("{}</body>", probe(printable))),
    )
    .expect("write");
    let dom = run_chromium(chromium, profile.path(), &probed, &["--dump-dom".into()]);
    let past = overflow(&dom);
    let first: Vec<&str> = past.lines().take(12).collect();
    assert_eq!(
        past,
        "none",
        "{}: wider than the printable {printable:.1} mm:\n{}",
        page.display(),
        first.join("\n")
    );
    for w in words {
        assert!(dom.contains(w), "{}: the page lacks {w}", page.display());
    }
}

#[test]
fn the_html_report_prints_on_a4_whole_and_signed() {
    let Some(chromium) = chromium() else {
        eprintln!(
            "skipped: no Chromium to print with ($APPEALS_CHROMIUM unset; no chromium, chromium-browser or google-chrome on PATH)"
        );
        return;
    };
    let dir = demo();
    let signed = [
        "Дніпродзержинська міська рада",
        "Дата складання: ",
        "Підготував(ла)",
        "Сіжук С.М.",
    ];
    let mut june = signed.to_vec();
    june.extend(["з 01.06.2015 по 30.06.2015", "20.07.2015", "підтвердили"]);
    let mut quarter = signed.to_vec();
    quarter.extend(["з 01.07.2015 по 30.09.2015", "20.10.2015"]);
    let pages = [
        (&["--month", "2015-06"], "2015-07-20", "june.html", june),
        (&["--quarter", "2015-3"], "2015-10-20", "q3.html", quarter),
    ];
    // The two reports print side by side, each in its own browser.
    std::thread::scope(|s| {
        for (args, today, name, words) in &pages {
            let (dir, chromium) = (dir.path(), &chromium);
            s.spawn(move || {
                let page = report(dir, &args[..], today, name);
                check_printed(chromium, &page, words);
            });
        }
    });
}

/// The numbers and the bars' lengths (their parts' widths added up) of a
/// chart, one pair per bar.
fn bars(html: &str, id: &str) -> Vec<(u64, f64)> {
    let at = html
        .find(&format!("<svg id=\"{id}\""))
        .unwrap_or_else(|| panic!("no chart {id}"));
    let svg = &html[at..at + html[at..].find("</svg>").expect("svg closes")];
    let attr = |tag: &str, name: &str| -> f64 {
        let from = tag.find(&format!(" {name}=\"")).expect("attribute") + name.len() + 3;
        tag[from..from + tag[from..].find('"').unwrap()]
            .parse()
            .unwrap()
    };
    svg.split("<g>")
        .skip(1)
        .map(|g| {
            let width: f64 = g.split("<rect").skip(1).map(|r| attr(r, "width")).sum();
            let n = g.split("<text class=\"number\"").nth(1).expect("a number");
            let n = &n[n.find('>').unwrap() + 1..n.find("</text>").unwrap()];
            (n.parse().expect("a count"), width)
        })
        .collect()
}

#[test]
fn each_executor_has_one_bar_as_long_as_its_appeals() {
    let dir = demo();
    let run = |format: &str| {
        let out = appeals_unset()
            .current_dir(dir.path())
            .args(["-R", "reg", "--today", "2015-07-20", "report"])
            .args(["--month", "2015-06", "--format", format])
            .output()
            .expect("runs");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let json: serde_json::Value = serde_json::from_str(&run("json")).expect("JSON");
    let received: Vec<u64> = json["by_executor"]
        .as_array()
        .expect("executors")
        .iter()
        .filter(|e| !e["id"].is_null())
        .map(|e| e["received"].as_u64().expect("a count"))
        .collect();
    let html = run("html");
    let drawn = bars(&html, "chart-executors");
    let numbers: Vec<u64> = drawn.iter().map(|b| b.0).collect();
    assert_eq!(
        numbers, received,
        "one bar per executor, numbered by its appeals"
    );
    // One scale for every bar: a bar whose parts counted an appeal twice
    // would be longer than its number.
    let scale = drawn[0].1 / drawn[0].0 as f64;
    for (n, width) in &drawn {
        assert!(
            (width - *n as f64 * scale).abs() < 0.5,
            "a bar of {n} appeals is {width} long, not {}",
            *n as f64 * scale
        );
    }
    let topics: Vec<u64> = json["by_topic"]
        .as_array()
        .expect("topics")
        .iter()
        .map(|t| t["count"].as_u64().expect("a count"))
        .collect();
    let drawn: Vec<u64> = bars(&html, "chart-topics").iter().map(|b| b.0).collect();
    assert_eq!(drawn, topics, "one bar per topic");
}
