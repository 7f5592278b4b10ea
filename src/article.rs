//! Inputs to articles: a text file with an optional header block, a saved web page, or a JSON
//! Lines record.
//!
//! Pure functions over text already read by the CLI. An article's body is the text every
//! offset counts into: for a text file, what follows the header block; for a web page, the
//! article text `html::read_page` extracts; for a record, `text` (or its `html`, read as a page).

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use crate::parse::date::{dateline_date, dateline_end, parse_date_value, publication_line};

/// Where an article's publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublishedFrom {
    /// The header block, the JSON record or the web page's metadata.
    Header,
    /// The `--date` option.
    Option,
    /// The dateline at the start of the text ("WASHINGTON, June 14, 2025 —").
    Dateline,
}

impl PublishedFrom {
    /// The name used in output and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            PublishedFrom::Header => "header",
            PublishedFrom::Option => "option",
            PublishedFrom::Dateline => "dateline",
        }
    }

    /// The value `as_str` names.
    pub fn parse(s: &str) -> Option<PublishedFrom> {
        [
            PublishedFrom::Header,
            PublishedFrom::Option,
            PublishedFrom::Dateline,
        ]
        .into_iter()
        .find(|p| p.as_str() == s)
    }
}

/// One news article ready for extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The record id, or the path of the file it came from.
    pub id: String,
    /// Headline, if known.
    pub title: Option<String>,
    /// Publisher, if known.
    pub source: Option<String>,
    /// Address, if known.
    pub url: Option<String>,
    /// Who wrote it, if known (web pages).
    pub byline: Option<String>,
    /// Publication date, if known.
    pub published: Option<NaiveDate>,
    /// Where `published` came from.
    pub published_from: Option<PublishedFrom>,
    /// The article text that offsets count into.
    pub body: String,
}

/// Values from the command line that fill what an input lacks.
#[derive(Debug, Clone, Default)]
pub struct Defaults {
    /// `--date`.
    pub date: Option<NaiveDate>,
    /// `--title`.
    pub title: Option<String>,
    /// `--source`.
    pub source: Option<String>,
    /// `--url`.
    pub url: Option<String>,
}

/// Something worth telling the user about an input that was still imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// 1-based line in the input.
    pub line: usize,
    /// What happened.
    pub message: String,
}

/// Header keys a text file may open with.
const HEADER_KEYS: [&str; 6] = ["title", "date", "source", "url", "author", "id"];

/// Reads a text file's content: an optional header block (`Title:`, `Date:`, `Source:`,
/// `URL:` lines ended by a blank line), then the body.
pub fn from_text(id: &str, content: &str, defaults: &Defaults) -> (Article, Vec<Warning>) {
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let mut warnings = Vec::new();
    let (fields, body) = split_header(content);
    let mut article = empty_article(id, body);
    for (line, key, value) in fields {
        match key.as_str() {
            "title" => article.title = Some(value),
            "source" => article.source = Some(value),
            "url" => article.url = Some(value),
            "id" => article.id = value,
            "date" => match parse_date_value(&value) {
                Some(d) => set_published(&mut article, d, PublishedFrom::Header),
                None => warnings.push(bad_date_warning(line, &value)),
            },
            _ => {}
        }
    }
    finish(&mut article, defaults, &mut warnings);
    (article, warnings)
}

/// A JSON Lines article record.
#[derive(Debug, Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    date: Option<String>,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    text: Option<String>,
    html: Option<String>,
}

/// Reads one JSON Lines record (`line` is 1-based, `path` names the file in ids and errors).
pub fn from_json_record(
    path: &str,
    line: usize,
    json: &str,
    defaults: &Defaults,
) -> Result<(Article, Vec<Warning>), String> {
    let record: Record =
        serde_json::from_str(json).map_err(|e| format!("not a JSON record: {e}"))?;
    let id = match &record.id {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(v) if !v.is_null() => v.to_string(),
        _ => format!("{path}:{line}"),
    };
    let mut article = match (record.text, record.html) {
        (Some(text), _) => empty_article(&id, &text),
        (None, Some(html)) => page_article(&id, &html)?,
        (None, None) => {
            return Err(
                "record has no \"text\" or \"html\" field: each line needs at least \
                        {\"text\": \"…\"} or {\"html\": \"<html>…\"}"
                    .into(),
            );
        }
    };
    let mut warnings = Vec::new();
    override_with(&mut article.title, record.title);
    override_with(&mut article.source, record.source);
    override_with(&mut article.url, record.url);
    if let Some(date) = record.date.filter(|s| !s.trim().is_empty()) {
        match parse_date_value(&date) {
            Some(d) => set_published(&mut article, d, PublishedFrom::Header),
            None => warnings.push(bad_date_warning(line, &date)),
        }
    }
    finish(&mut article, defaults, &mut warnings);
    for w in &mut warnings {
        w.line = line;
    }
    Ok((article, warnings))
}

/// Reads a saved web page: the extracted article text is the body, its metadata fills the
/// title, source (site name), URL (canonical), byline and publication date. A page with no
/// article text is an error saying so.
pub fn from_html(
    id: &str,
    content: &str,
    defaults: &Defaults,
) -> Result<(Article, Vec<Warning>), String> {
    let mut article = page_article(id, content)?;
    let mut warnings = Vec::new();
    finish(&mut article, defaults, &mut warnings);
    Ok((article, warnings))
}

fn page_article(id: &str, html: &str) -> Result<Article, String> {
    // A bug in the HTML reader that panics on one page costs that page only.
    let read = std::panic::catch_unwind(|| crate::html::read_page(html)).map_err(|_| {
        "internal error while reading this page; skipped (please report it with the page)"
            .to_string()
    })?;
    let page = read.map_err(|e| e.to_string())?;
    let mut article = empty_article(id, &page.body);
    article.title = page.title;
    article.source = page.site_name;
    article.url = page.url;
    article.byline = page.byline;
    if let Some(d) = page.published {
        set_published(&mut article, d, PublishedFrom::Header);
    }
    Ok(article)
}

/// A record's own non-empty value wins over what its page said.
fn override_with(slot: &mut Option<String>, value: Option<String>) {
    if let Some(v) = value.filter(|s| !s.is_empty()) {
        *slot = Some(v);
    }
}

fn empty_article(id: &str, body: &str) -> Article {
    Article {
        id: id.to_string(),
        title: None,
        source: None,
        url: None,
        byline: None,
        published: None,
        published_from: None,
        body: body.to_string(),
    }
}

fn set_published(article: &mut Article, date: NaiveDate, from: PublishedFrom) {
    article.published = Some(date);
    article.published_from = Some(from);
}

fn bad_date_warning(line: usize, value: &str) -> Warning {
    Warning {
        line,
        message: format!("unreadable date {value:?} ignored: write it as YYYY-MM-DD"),
    }
}

/// Fills gaps from the command line; the date from a date line among the opening lines, the
/// dateline, then `--date`; warns when no date is left.
fn finish(article: &mut Article, defaults: &Defaults, warnings: &mut Vec<Warning>) {
    fill(&mut article.title, &defaults.title);
    fill(&mut article.source, &defaults.source);
    fill(&mut article.url, &defaults.url);
    if article.byline.is_none() {
        article.byline = head_lines(&article.body).find_map(byline_of);
    }
    if article.published.is_some() {
        return;
    }
    if let Some(d) = head_date(&article.body) {
        return set_published(article, d, PublishedFrom::Header);
    }
    let message = match (read_dateline(article, defaults.date), defaults.date) {
        (Dateline::Dated(d), _) => return set_published(article, d, PublishedFrom::Dateline),
        (_, Some(d)) => return set_published(article, d, PublishedFrom::Option),
        (Dateline::NoYear, None) => {
            "the dateline gives a month and day but no year, and no Date: header, --date or \
             dated URL gives one: its statements are dated unknown (add --date YYYY-MM-DD)"
        }
        (Dateline::Undated, None) => {
            "the dateline gives a place but no date, and there is no Date: header or --date: \
             its statements are dated unknown (add --date YYYY-MM-DD)"
        }
        (Dateline::None, None) => {
            "no publication date (no Date: header, --date or dateline): \
             its statements are dated unknown"
        }
    };
    warnings.push(Warning {
        line: 1,
        message: message.into(),
    });
}

/// The lines a text opens with before its first paragraph of prose: up to eight, ended by the
/// first line too long to be a headline, byline or date line.
fn head_lines(body: &str) -> impl Iterator<Item = &str> {
    body.lines()
        .take(8)
        .take_while(|line| line.len() <= 120)
        .map(str::trim)
        .filter(|line| !line.is_empty())
}

/// The publication date a date line among the opening lines gives ("Published 14 November
/// 2026", "By Ana Ruiz, June 3, 2025"): the first that names the publication, else the first
/// that names an update.
fn head_date(body: &str) -> Option<NaiveDate> {
    let found: Vec<(NaiveDate, bool)> = head_lines(body).filter_map(publication_line).collect();
    found
        .iter()
        .find(|(_, update)| !update)
        .or(found.first())
        .map(|(date, _)| *date)
}

/// The name a byline line gives ("By Ana Ruiz", "By Ana Ruiz and Tom Lee, June 3, 2025"):
/// capitalised words after "By", up to a separator, at most eight words.
fn byline_of(line: &str) -> Option<String> {
    let rest = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))?;
    let end = [",", " |", " —", " –", " - ", " ·", " •", " ("]
        .iter()
        .filter_map(|sep| rest.find(sep))
        .min()
        .unwrap_or(rest.len());
    let name = rest[..end].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let name_like = (1..=8).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || [
                    "and", "de", "van", "von", "der", "da", "del", "la", "le", "bin", "al",
                ]
                .contains(w)
        })
        && words[0].chars().next().is_some_and(char::is_uppercase);
    name_like.then(|| name.to_string())
}

/// What the dateline at the start of a body says about the publication date.
enum Dateline {
    /// A full date.
    Dated(NaiveDate),
    /// A month and day, and nothing that gives the year.
    NoYear,
    /// A dateline without a date ("WASHINGTON (AP) —").
    Undated,
    /// No dateline.
    None,
}

/// Reads the dateline. A year-less one ("LONDON, March 3 (Reuters) -") takes its year from the
/// newest date the article states about its own publication, its URL ("/2025/03/04/"), else
/// from the import's `--date`: the latest year that puts it on or before that date, never a
/// later day. A year the text mentions is never used: a story about a forecast for 2031 was
/// not published in 2031.
fn read_dateline(article: &Article, option: Option<NaiveDate>) -> Dateline {
    if let Some(d) = dateline_date(&article.body, None) {
        return Dateline::Dated(d);
    }
    // 2000 is a leap year, so any month and day reads as a date.
    if dateline_date(&article.body, Some(2000)).is_none() {
        return if dateline_end(&article.body) > 0 {
            Dateline::Undated
        } else {
            Dateline::None
        };
    }
    let limit = article
        .url
        .as_deref()
        .and_then(url_date)
        .or(option.map(UrlDate::Day));
    let dated = match limit {
        Some(UrlDate::Day(limit)) => (0..8).find_map(|back| {
            dateline_date(&article.body, Some(limit.year() - back)).filter(|d| *d <= limit)
        }),
        Some(UrlDate::Year(year)) => dateline_date(&article.body, Some(year)),
        None => None,
    };
    dated.map_or(Dateline::NoYear, Dateline::Dated)
}

/// A publication date found in a URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UrlDate {
    /// Year, month and day ("/2025/03/04/", "2025-03-04").
    Day(NaiveDate),
    /// A year alone ("/2025/").
    Year(i32),
}

/// The newest date in `url`: a year from 1900 to 2099 standing alone, with the month and day
/// that follow it when they do.
fn url_date(url: &str) -> Option<UrlDate> {
    let numbers: Vec<&str> = url
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| !w.is_empty())
        .collect();
    let mut found: Vec<UrlDate> = Vec::new();
    for (i, w) in numbers.iter().enumerate() {
        let Some(year) = w
            .parse::<i32>()
            .ok()
            .filter(|y| w.len() == 4 && (1900..2100).contains(y))
        else {
            continue;
        };
        let part = |k: usize| {
            numbers
                .get(i + k)
                .filter(|n| n.len() <= 2)?
                .parse::<u32>()
                .ok()
        };
        let day = part(1)
            .zip(part(2))
            .and_then(|(m, d)| NaiveDate::from_ymd_opt(year, m, d));
        found.push(day.map_or(UrlDate::Year(year), UrlDate::Day));
    }
    found.into_iter().max_by_key(|d| match d {
        UrlDate::Day(d) => (d.year(), d.ordinal()),
        UrlDate::Year(y) => (*y, 0),
    })
}

fn fill(slot: &mut Option<String>, default: &Option<String>) {
    if slot.is_none() {
        slot.clone_from(default);
    }
}

/// Splits a leading header block from the body. Returns (line, lowercase key, value) triples.
fn split_header(content: &str) -> (Vec<(usize, String, String)>, &str) {
    let mut fields = Vec::new();
    let mut offset = 0;
    for (i, line) in content.split_inclusive('\n').enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if fields.is_empty() {
                return (fields, content);
            }
            return (fields, &content[offset + line.len()..]);
        }
        match header_field(trimmed) {
            Some((key, value)) => fields.push((i + 1, key, value)),
            None => return (Vec::new(), content),
        }
        offset += line.len();
    }
    // A file of header lines only has an empty body.
    if fields.is_empty() {
        (fields, content)
    } else {
        (fields, "")
    }
}

fn header_field(line: &str) -> Option<(String, String)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim().to_ascii_lowercase();
    HEADER_KEYS
        .contains(&key.as_str())
        .then(|| (key, value.trim().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_block_is_read_and_removed_from_the_body() {
        let text =
            "Title: A vote\nDate: 2025-03-14\nSource: Ledger\nURL: https://x.test/a\n\nBody.\n";
        let (a, w) = from_text("a.txt", text, &Defaults::default());
        assert_eq!(a.title.as_deref(), Some("A vote"));
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2025, 3, 14));
        assert_eq!(a.source.as_deref(), Some("Ledger"));
        assert_eq!(a.body, "Body.\n");
        assert!(w.is_empty());
    }

    #[test]
    fn text_without_header_keeps_everything_as_body() {
        let text = "Mayor: a quiet week\n\nThe mayor said nothing.";
        let (a, _) = from_text("a.txt", text, &Defaults::default());
        assert_eq!(a.body, text);
    }

    #[test]
    fn date_lines_among_the_opening_lines_give_the_publication_date() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let rows: [(&str, Option<NaiveDate>, Option<&str>); 9] = [
            (
                "Pool to close\nBy Ana Ruiz\nPublished 14 November 2026\n\nThe mayor said so.",
                day(2026, 11, 14),
                Some("Ana Ruiz"),
            ),
            (
                "Buses\n\nBy Tom Lee, November 20, 2026\n\nRiders said so.",
                day(2026, 11, 20),
                Some("Tom Lee"),
            ),
            (
                "By Ana Ruiz and Tom Lee | Friday, 3 July 2026, 10:15 BST\n\nIt was said.",
                day(2026, 7, 3),
                Some("Ana Ruiz and Tom Lee"),
            ),
            (
                "Updated: 2026-03-05\nFirst published on 2026-03-01\n\nIt was said.",
                day(2026, 3, 1),
                None,
            ),
            (
                "Last modified 2026-03-05 09:00\n\nIt was said.",
                day(2026, 3, 5),
                None,
            ),
            ("20 November 2026\n\nIt was said.", day(2026, 11, 20), None),
            // Prose that starts with a date is not a date line.
            (
                "March 3, 2026 was the day the mayor said yes.\n",
                None,
                None,
            ),
            // Past the first long line (the first paragraph), nothing is read.
            (
                "The council met for hours and argued about the pool, the roundabout, the \
                 library and the budget until well past midnight.\nPublished 14 November 2026\n",
                None,
                None,
            ),
            // "By" that is not a byline.
            ("By the end of the week, the pool was closed.\n", None, None),
        ];
        for (text, date, byline) in rows {
            let (a, _) = from_text("a.txt", text, &Defaults::default());
            assert_eq!(a.published, date, "{text:?}");
            assert_eq!(a.byline.as_deref(), byline, "{text:?}");
            if date.is_some() {
                assert_eq!(a.published_from, Some(PublishedFrom::Header), "{text:?}");
            }
        }
    }

    #[test]
    fn a_header_date_beats_a_date_line_and_a_date_line_beats_the_option() {
        let defaults = Defaults {
            date: NaiveDate::from_ymd_opt(2024, 1, 2),
            ..Defaults::default()
        };
        let text = "Date: 2025-03-14\n\nPublished 1 May 2025\n\nBody.";
        let (a, _) = from_text("a.txt", text, &defaults);
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2025, 3, 14));
        let (b, _) = from_text("b.txt", "Published 1 May 2025\n\nBody.", &defaults);
        assert_eq!(b.published, NaiveDate::from_ymd_opt(2025, 5, 1));
    }

    #[test]
    fn a_dateline_beats_the_option_and_takes_its_missing_year_from_it() {
        let on = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let defaults = Defaults {
            date: on(2026, 12, 1),
            ..Defaults::default()
        };
        let rows = [
            (
                "OSLO, Nov 30 (Reuters) - The talks failed.",
                on(2026, 11, 30),
            ),
            // On or before the option's day: December 5 is last year's.
            ("OSLO, Dec 5 (Reuters) - The talks failed.", on(2025, 12, 5)),
            ("OSLO, May 5, 2025 — The talks failed.", on(2025, 5, 5)),
            ("OSLO (AP) — The talks failed.", on(2026, 12, 1)),
        ];
        for (text, want) in rows {
            let (a, w) = from_text("a.txt", text, &defaults);
            assert_eq!(a.published, want, "{text}");
            assert!(w.is_empty(), "{text}: {w:?}");
        }
    }

    #[test]
    fn option_fills_missing_date_only() {
        let defaults = Defaults {
            date: NaiveDate::from_ymd_opt(2024, 1, 2),
            ..Defaults::default()
        };
        let (a, _) = from_text("a.txt", "Date: 2025-03-14\n\nBody.", &defaults);
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2025, 3, 14));
        let (b, _) = from_text("b.txt", "Body.", &defaults);
        assert_eq!(b.published, NaiveDate::from_ymd_opt(2024, 1, 2));
        assert_eq!(b.published_from, Some(PublishedFrom::Option));
    }

    #[test]
    fn bad_header_date_warns_with_its_line() {
        let (a, w) = from_text(
            "a.txt",
            "Title: T\nDate: someday\n\nBody.",
            &Defaults::default(),
        );
        assert_eq!(a.published, None);
        assert_eq!(w[0].line, 2);
        assert!(w.iter().any(|w| w.message.contains("no publication date")));
    }

    #[test]
    fn dateline_without_year_takes_the_url_year() {
        let text = "URL: https://example.org/2024/06/15/story\n\nWASHINGTON, June 14 (Reuters) — The vote passed.";
        let (a, _) = from_text("a.txt", text, &Defaults::default());
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2024, 6, 14));
        assert_eq!(a.published_from, Some(PublishedFrom::Dateline));
        let (b, w) = from_text(
            "b.txt",
            "WASHINGTON, June 14 (Reuters) — No year anywhere.",
            &Defaults::default(),
        );
        assert_eq!(b.published, None);
        assert!(w.iter().any(|w| w.message.contains("no year")), "{w:?}");
    }

    #[test]
    fn yearless_dateline_never_takes_a_year_from_the_text() {
        let text = "LONDON, March 3 (Reuters) - The agency raised its forecast for 2031.";
        let (a, w) = from_text("a.txt", text, &Defaults::default());
        assert_eq!(
            a.published, None,
            "2031 is content, not the publication year"
        );
        assert!(w.iter().any(|w| w.message.contains("no year")), "{w:?}");
    }

    #[test]
    fn yearless_dateline_is_never_after_the_url_date() {
        let text =
            "URL: https://example.org/2025/01/02/story\n\nOSLO, Dec. 30 (Reuters) - Snow fell.";
        let (a, _) = from_text("a.txt", text, &Defaults::default());
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2024, 12, 30));
        let same_year = "URL: https://example.org/2025/01/02/x\n\nOSLO, Jan. 2 (Reuters) - Snow.";
        let (b, _) = from_text("b.txt", same_year, &Defaults::default());
        assert_eq!(b.published, NaiveDate::from_ymd_opt(2025, 1, 2));
    }

    #[test]
    fn json_record_needs_text() {
        let err = from_json_record("a.jsonl", 3, r#"{"id": "x"}"#, &Defaults::default());
        assert!(err.unwrap_err().contains("\"text\" or \"html\""));
        let (a, _) = from_json_record(
            "a.jsonl",
            3,
            r#"{"text": "Hi.", "date": "2025-07-04"}"#,
            &Defaults::default(),
        )
        .unwrap();
        assert_eq!(a.id, "a.jsonl:3");
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2025, 7, 4));
    }

    #[test]
    fn json_record_with_html_reads_the_page() {
        let html = "<html><head><meta property='article:published_time' content='2025-05-02'>\
            <title>Bridge to reopen</title></head><body><nav><a href='/'>Home</a></nav>\
            <p>The mayor said on Tuesday that the bridge would reopen in March after repairs \
            to its deck.</p></body></html>";
        let json = serde_json::json!({"id": "p1", "html": html, "source": "Gazette"});
        let (a, w) =
            from_json_record("a.jsonl", 1, &json.to_string(), &Defaults::default()).unwrap();
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2025, 5, 2));
        assert_eq!(a.title.as_deref(), Some("Bridge to reopen"));
        assert_eq!(a.source.as_deref(), Some("Gazette"));
        assert!(a.body.starts_with("The mayor said") && !a.body.contains("Home"));
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn html_page_without_article_is_an_error() {
        let err = from_html(
            "a.html",
            "<ul><li><a href='/'>Home</a></li></ul>",
            &Defaults::default(),
        );
        assert!(err.unwrap_err().contains("no article text"));
    }
}
