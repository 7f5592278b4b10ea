//! One person's timeline as a self-contained HTML page: `whosaid timeline NAME --html FILE`.
//!
//! Pure: timeline rows in, the page's text out. The page fetches nothing: its style and
//! script are inline (`timeline_page/page.css`, `page.js`), and the data is embedded once as
//! JSON in `<script type="application/json" id="whosaid-data">` ([`PageData`]), which the
//! script draws from and tests read back. In the JSON every `<`, `>` and `&` is written as a
//! `\u00XX` escape, so no statement text can close the script element or inject markup; the
//! script puts text into the page with `textContent` only.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::store::TimelineRow;

/// Everything the page shows, as embedded in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageData {
    /// The person's canonical name.
    pub person: String,
    /// Statements in timeline order (dated ones oldest first, then undated).
    pub statements: Vec<PageStatement>,
    /// Dated statements per month, oldest first, months without statements included.
    pub months: Vec<MonthCount>,
    /// Statements per kind (direct, mixed, indirect).
    pub kinds: BTreeMap<String, usize>,
}

/// One statement on the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageStatement {
    /// Stable statement id (`whosaid show ID` prints it in its article).
    pub id: String,
    /// Day said (YYYY-MM-DD), if known.
    pub date: Option<String>,
    /// day, week, month or year.
    pub precision: Option<String>,
    /// direct, mixed or indirect.
    pub kind: String,
    /// The words as written.
    pub text: String,
    /// Reporting verb.
    pub cue: Option<String>,
    /// Publisher of the article.
    pub source: Option<String>,
    /// Headline of the article.
    pub title: Option<String>,
    /// Address of the article.
    pub url: Option<String>,
    /// The article's file path or record id.
    pub article: String,
}

/// How many dated statements fall in one month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthCount {
    /// YYYY-MM.
    pub month: String,
    /// Statements said that month.
    pub count: usize,
}

const STYLE: &str = include_str!("timeline_page/page.css");
const SCRIPT: &str = include_str!("timeline_page/page.js");

/// The id of the script element holding the JSON.
pub const DATA_ID: &str = "whosaid-data";

/// The page's data for `person` from their timeline rows.
pub fn page_data(person: &str, rows: &[TimelineRow]) -> PageData {
    let statements: Vec<PageStatement> = rows.iter().map(page_statement).collect();
    let mut kinds = BTreeMap::new();
    for s in &statements {
        *kinds.entry(s.kind.clone()).or_insert(0) += 1;
    }
    PageData {
        person: person.to_string(),
        months: month_counts(&statements),
        statements,
        kinds,
    }
}

fn page_statement(r: &TimelineRow) -> PageStatement {
    PageStatement {
        id: r.id.clone(),
        date: r.said_on.map(|d| d.to_string()),
        precision: r.said_precision.map(|p| p.as_str().to_string()),
        kind: r.kind.as_str().to_string(),
        text: r.statement.clone(),
        cue: r.cue.clone(),
        source: r.article_source.clone(),
        title: r.article_title.clone(),
        url: r.article_url.clone(),
        article: r.article_ref.clone(),
    }
}

/// Counts per month from the first dated month to the last, with empty months as zero.
fn month_counts(statements: &[PageStatement]) -> Vec<MonthCount> {
    let mut counts: BTreeMap<(i32, u32), usize> = BTreeMap::new();
    for d in statements.iter().filter_map(|s| s.date.as_deref()) {
        if let Some(month) = year_month(d) {
            *counts.entry(month).or_insert(0) += 1;
        }
    }
    let (Some(&first), Some(&last)) = (counts.keys().next(), counts.keys().next_back()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut m = first;
    while m <= last {
        out.push(MonthCount {
            month: format!("{:04}-{:02}", m.0, m.1),
            count: counts.get(&m).copied().unwrap_or(0),
        });
        m = if m.1 == 12 {
            (m.0 + 1, 1)
        } else {
            (m.0, m.1 + 1)
        };
    }
    out
}

/// (year, month) of a `YYYY-MM-DD` date.
fn year_month(date: &str) -> Option<(i32, u32)> {
    let year = date.get(..4)?.parse().ok()?;
    let month = date.get(5..7)?.parse().ok()?;
    (1..=12).contains(&month).then_some((year, month))
}

/// The whole page for `person`.
pub fn render(person: &str, rows: &[TimelineRow]) -> String {
    let data = page_data(person, rows);
    let json = script_safe_json(&data);
    let title = escape_html(&format!("{person}: statements over time (whosaid)"));
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <noscript><p>This page draws the timeline with JavaScript; the data is in the \
         element with id {DATA_ID}.</p></noscript>\n\
         <script type=\"application/json\" id=\"{DATA_ID}\">{json}</script>\n\
         <script>\n{SCRIPT}</script>\n</body>\n</html>\n"
    )
}

/// JSON with `<`, `>` and `&` escaped, safe inside a script element.
fn script_safe_json(data: &PageData) -> String {
    // Serializing plain strings, numbers and maps cannot fail; fall back to an empty object.
    let json = serde_json::to_string(data).unwrap_or_else(|_| "{}".into());
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Reads the embedded data back out of a page (for tests and tools).
pub fn embedded_data(page: &str) -> Option<PageData> {
    let open = format!("<script type=\"application/json\" id=\"{DATA_ID}\">");
    let start = page.find(&open)? + open.len();
    let len = page[start..].find("</script>")?;
    serde_json::from_str(&page[start..start + len]).ok()
}

#[cfg(test)]
mod tests;
