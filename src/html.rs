//! Saved web pages: the article's text and metadata out of an HTML page.
//!
//! Pure: HTML text in, a [`Page`] out, no IO. Three steps:
//!
//! 1. **Metadata** from the page head, before anything is removed: JSON-LD (`NewsArticle` and
//!    the other `*Article` types, also inside `@graph`), then Open Graph and `article:` meta
//!    tags, then `<time datetime>`, then the `<title>`.
//! 2. **Boilerplate** that is never article text is removed by tag, role and class
//!    ([`BOILERPLATE_TAGS`], [`BOILERPLATE_CLASSES`]):
//!    navigation, ads, forms, comments, "Most read" and related lists, share tools, figures
//!    and pull quotes, bylines and datelines.
//! 3. **Main text** by readability scoring ([dom_smoothie], a Rust port of Mozilla's
//!    Readability chosen over `legible` and `readabilityrs` because its formatted text mode
//!    keeps paragraphs, it reads JSON-LD, and it was 5-30 times faster on our test pages; see
//!    docs/cli.md). Its text is split into paragraphs, one per line with a blank line between,
//!    whitespace collapsed; leftover labels ("Advertisement") are dropped.
//!
//! A page with no paragraph of prose (a section front, a list of links) is an error, so the
//! caller can skip it with a clear message. Entities are decoded by the HTML parser.

use chrono::NaiveDate;
use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability, TextMode};
use serde_json::Value;

use crate::parse::date::parse_date_value;

/// What a web page holds for whosaid.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Page {
    /// Headline.
    pub title: Option<String>,
    /// Publication day, as the page states it (the publisher's local date).
    pub published: Option<NaiveDate>,
    /// Who wrote it.
    pub byline: Option<String>,
    /// Publisher.
    pub site_name: Option<String>,
    /// The page's canonical address.
    pub url: Option<String>,
    /// The article text: paragraphs separated by a blank line.
    pub body: String,
}

/// Why a page gave no article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoArticle(pub String);

impl std::fmt::Display for NoArticle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Elements that never hold article text, removed before scoring, by tag name.
pub const BOILERPLATE_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button",
    "select", "input", "nav", "footer", "aside", "figure",
];

/// Elements that hold the whole page or the whole story: never removed by role, id or class.
/// Real pages put feature flags on `<html>` ("flag-simpleextendedbyline-on"), the paywall
/// state on `<body>` ("paywall") and script hooks on `<main>` ("js-social-anchor-start"): read
/// as boilerplate, they took the article with them.
const CONTAINER_TAGS: &[&str] = &["html", "head", "body", "main", "article"];

/// ... by `role`.
const BOILERPLATE_ROLES: &[&str] = &["navigation", "complementary", "dialog", "contentinfo"];

/// ... by a piece of the `class` attribute (lowercased). Kept narrow: "ad-slot", not "ad-",
/// which would match "masthead-tools"; a class "ad" or "ad-…" is tested word by word.
pub const BOILERPLATE_CLASSES: &[&str] = &[
    "byline",
    "dateline",
    "timestamp",
    "ad-slot",
    "advert",
    "ad-feedback",
    "ad-wrapper",
    "sponsor",
    "paid",
    "newsletter",
    "promo",
    "related",
    "most-read",
    "most-popular",
    "most-viewed",
    "most-emailed",
    "popular",
    "comments",
    "discussion",
    "share",
    "social",
    "cookie",
    "consent",
    "epic",
    "subscribe",
    "paywall",
    "pull-quote",
    "pullquote",
    "kicker",
    "standfirst",
    "bottom-of-article",
    "video-resource",
    "topics",
];

/// Lines that are labels left inside the article, not text (compared case-insensitively).
const LABELS: &[&str] = &[
    "advertisement",
    "ad feedback",
    "continue reading the main story",
    "skip advertisement",
    "story continues below advertisement",
    "article continues below",
    "sign up",
    "share",
    "read more",
];

/// Reads a saved web page.
pub fn read_page(html: &str) -> Result<Page, NoArticle> {
    if open_tags_exceed(html, RAW_DEPTH) {
        return Err(NoArticle(format!(
            "more than {RAW_DEPTH} elements open at once: not read as an article (the HTML \
             parser slows down with the square of the nesting)"
        )));
    }
    let doc = Document::from(html);
    if nesting_depth(&doc) > MAX_DEPTH {
        return Err(NoArticle(format!(
            "elements nested more than {MAX_DEPTH} deep: not read as an article"
        )));
    }
    let mut page = metadata(&doc);
    // Read before the boilerplate pass removes them; used when readability finds no byline.
    let marked_byline = page
        .byline
        .is_none()
        .then(|| markup_byline(&doc, BYLINE_CLASSES))
        .flatten();
    remove_boilerplate(&doc);
    let config = Config {
        text_mode: TextMode::Formatted,
        disable_json_ld: true,
        ..Config::default()
    };
    let mut reader = Readability::with_document(doc, None, Some(config))
        .map_err(|e| NoArticle(format!("not readable as an article: {e}")))?;
    let found = reader
        .parse()
        .map_err(|_| NoArticle("no article text found in the page".into()))?;
    page.body = paragraphs(&found.text_content, page.title.as_deref());
    if !has_prose(&page.body) {
        return Err(NoArticle(
            "no article text found in the page (no paragraph of prose: a section front or a \
             list of links?)"
                .into(),
        ));
    }
    if page.title.is_none() && !found.title.trim().is_empty() {
        page.title = Some(collapse(&found.title));
    }
    page.byline = page
        .byline
        .or_else(|| found.byline.as_deref().and_then(clean_byline))
        .or(marked_byline);
    page.site_name = page.site_name.or(found.site_name.map(|s| collapse(&s)));
    Ok(page)
}

/// Deepest element nesting read: the readability pass recurses through the tree, and real
/// news pages nest a few dozen levels (the ones saved for our tests, under 20).
pub const MAX_DEPTH: usize = 256;

/// Most elements open at once in the page source (`open_tags_exceed`) before it is parsed:
/// html5ever's tree builder takes time in the square of the nesting (20,000 nested `div`s
/// cost 2.6 s), so a page that could nest deeper than this is refused unparsed. Above
/// `MAX_DEPTH`, since elements whose end tag may be left out are not counted.
pub const RAW_DEPTH: usize = 1_024;

/// Elements that have no end tag, or whose end tag may be omitted: not counted as open.
const NOT_COUNTED: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody",
    "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body",
];

/// Whether more than `limit` elements are open at once in `html`, reading the tags only
/// (comments, declarations, self-closed tags and script and style contents skipped).
fn open_tags_exceed(html: &str, limit: usize) -> bool {
    let lower = html.to_ascii_lowercase();
    let mut depth = 0usize;
    let mut rest = lower.as_str();
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        if let Some(after) = rest.strip_prefix("!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
        } else if let Some(after) = rest.strip_prefix('/') {
            if after.starts_with(|c: char| c.is_ascii_alphabetic()) {
                depth = depth.saturating_sub(1);
            }
        } else if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let name_end = rest
                .find(|c: char| !c.is_ascii_alphanumeric() && c != '-')
                .unwrap_or(rest.len());
            let name = &rest[..name_end];
            let tag_end = rest.find('>').unwrap_or(rest.len());
            if matches!(name, "script" | "style") {
                let close = format!("</{name}");
                rest = rest.find(&close).map_or("", |end| &rest[end..]);
                continue;
            }
            if !NOT_COUNTED.contains(&name) && !rest[..tag_end].ends_with('/') {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
        }
    }
    false
}

/// How deep elements nest, counted without recursion.
fn nesting_depth(doc: &Document) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(doc.root(), 0)];
    while let Some((node, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        if depth > MAX_DEPTH {
            break;
        }
        stack.extend(node.element_children().into_iter().map(|c| (c, depth + 1)));
    }
    deepest
}

/// Removes every boilerplate element, in one walk over the tree (an explicit stack, so a
/// deeply nested page cannot exhaust the call stack).
fn remove_boilerplate(doc: &Document) {
    let mut stack = vec![doc.root()];
    while let Some(node) = stack.pop() {
        for child in node.children().into_iter().filter(NodeRef::is_element) {
            if is_boilerplate(&child) {
                child.remove_from_parent();
            } else {
                stack.push(child);
            }
        }
    }
}

fn is_boilerplate(node: &NodeRef) -> bool {
    let tag = node.node_name().unwrap_or_default().to_ascii_lowercase();
    if BOILERPLATE_TAGS.contains(&tag.as_str()) {
        return true;
    }
    if CONTAINER_TAGS.contains(&tag.as_str()) {
        return false;
    }
    let lower = |name: &str| node.attr(name).map(|v| v.to_ascii_lowercase());
    if lower("role").is_some_and(|r| BOILERPLATE_ROLES.contains(&r.as_str()))
        || lower("rel").is_some_and(|r| r == "author")
    {
        return true;
    }
    if lower("id").is_some_and(|id| {
        id.starts_with("ad-") || id == "comments" || id.contains("disqus") || id.contains("dialog")
    }) {
        return true;
    }
    let by_class = lower("class").is_some_and(|class| {
        BOILERPLATE_CLASSES.iter().any(|c| class.contains(c))
            || class
                .split_whitespace()
                .any(|w| w == "ad" || w.starts_with("ad-"))
    });
    by_class && !is_quote_mark(node)
}

/// An element holding nothing but a quotation mark: a styled opening mark
/// (`<span class="pullquote">"</span>`) belongs to the quotation it opens.
fn is_quote_mark(node: &NodeRef) -> bool {
    let text = node.text();
    let mark = text.trim();
    !mark.is_empty() && mark.chars().all(|c| QUOTE_MARKS.contains(&c))
}

const QUOTE_MARKS: &[char] = &['"', '“', '”', '„', '‘', '’', '\'', '«', '»'];

/// The text as paragraphs: one a line, a blank line between, labels and the headline dropped.
fn paragraphs(text: &str, title: Option<&str>) -> String {
    let kept: Vec<String> = text
        .lines()
        .map(collapse)
        .filter(|p| !p.is_empty())
        .filter(|p| !LABELS.iter().any(|l| p.eq_ignore_ascii_case(l)))
        .filter(|p| Some(p.as_str()) != title)
        .collect();
    kept.join("\n\n")
}

/// True when some paragraph reads as prose: eight words or more, ending as a sentence ends.
fn has_prose(body: &str) -> bool {
    body.lines().any(|p| {
        let ends = p.trim_end_matches(['"', '”', '’', '\'', ')']);
        p.split_whitespace().count() >= 8 && ends.ends_with(['.', '!', '?', '…', ':'])
    })
}

/// Whitespace runs (newlines, tabs, no-break spaces) as one space, trimmed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Page metadata, in order of trust: JSON-LD, meta tags, `<time>`, `<title>`.
fn metadata(doc: &Document) -> Page {
    let meta = Meta::read(doc);
    let ld = json_ld_article(doc);
    let ld = ld.as_ref();
    let published = ld
        .and_then(|a| str_field(a, "datePublished"))
        .or_else(|| meta.get(PUBLISHED_META))
        .or_else(|| first_attr(doc, "article time[datetime]", "datetime"))
        .or_else(|| first_attr(doc, "time[datetime]", "datetime"));
    Page {
        title: ld
            .and_then(|a| str_field(a, "headline"))
            .or_else(|| meta.get(&["og:title", "twitter:title"]))
            .or_else(|| first_text(doc, "h1"))
            .or_else(|| first_text(doc, "title")),
        published: published.as_deref().and_then(page_date),
        byline: ld
            .and_then(|a| names(a.get("author")?))
            .or_else(|| meta.get(&["author", "byl", "article:author"]))
            .as_deref()
            .and_then(clean_byline)
            .or_else(|| markup_byline(doc, BYLINE_MARKUP)),
        site_name: meta
            .get(&["og:site_name", "application-name"])
            .or_else(|| ld.and_then(|a| names(a.get("publisher")?))),
        url: first_attr(doc, "link[rel=canonical]", "href")
            .or_else(|| meta.get(&["og:url"]))
            .or_else(|| ld.and_then(|a| str_field(a, "url"))),
        body: String::new(),
    }
}

/// Meta tags that give a publication date (by `property`, `name` or `itemprop`).
const PUBLISHED_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datePublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "article:publicationdate",
    "parsely-pub-date",
    "sailthru.date",
];

/// The page's meta tags: lowercase `property`, `name` or `itemprop` to the first non-empty
/// `content`, read in one pass.
struct Meta(std::collections::HashMap<String, String>);

impl Meta {
    fn read(doc: &Document) -> Meta {
        let mut map = std::collections::HashMap::new();
        let Some(tags) = doc.try_select("meta[content]") else {
            return Meta(map);
        };
        for tag in tags.iter() {
            let content = tag
                .attr("content")
                .map(|c| collapse(&c))
                .unwrap_or_default();
            if content.is_empty() {
                continue;
            }
            for key in ["property", "name", "itemprop"] {
                if let Some(k) = tag.attr(key) {
                    map.entry(k.to_ascii_lowercase())
                        .or_insert_with(|| content.clone());
                }
            }
        }
        Meta(map)
    }

    /// The content of the first of `keys` the page has.
    fn get(&self, keys: &[&str]) -> Option<String> {
        keys.iter()
            .find_map(|k| self.0.get(&k.to_ascii_lowercase()))
            .cloned()
    }
}

/// The first non-empty value of attribute `name` among the elements `selector` matches.
fn first_attr(doc: &Document, selector: &str, name: &str) -> Option<String> {
    doc.try_select(selector)?
        .iter()
        .filter_map(|s| s.attr(name))
        .map(|v| collapse(&v))
        .find(|v| !v.is_empty())
}

/// The first non-empty text, whitespace collapsed, among the elements `selector` matches.
fn first_text(doc: &Document, selector: &str) -> Option<String> {
    doc.try_select(selector)?
        .iter()
        .map(|s| collapse(&s.text()))
        .find(|t| !t.is_empty())
}

/// A day from a page's date value: the leading `YYYY-MM-DD` of an ISO timestamp (the
/// publisher's local date), else any date whosaid reads ("Nov. 18, 2025").
fn page_date(value: &str) -> Option<NaiveDate> {
    value
        .get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .or_else(|| parse_date_value(value))
        .or_else(|| unix_date_style(value))
}

/// The day of a `date`-command timestamp ("Fri Mar 13 21:30:09 EST 2015"), some publishing
/// systems' `article:publicationdate`.
fn unix_date_style(value: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = value.split_whitespace().collect();
    let [_, month, day, time, _, year] = parts.as_slice() else {
        return None;
    };
    time.contains(':')
        .then(|| parse_date_value(&format!("{month} {day}, {year}")))
        .flatten()
}

/// Where a page's markup names its author, when neither JSON-LD nor a meta tag does:
/// `itemprop="author"` (its `content`, its `itemprop="name"`, or its text), then
/// `<a rel="author">`.
const BYLINE_MARKUP: &[&str] = &["[itemprop=author]", "a[rel=author]"];

/// The last resort, after readability's own guess: elements whose class holds "byline" or
/// "author", in page order (the text of their first link, else their own: "By <a>Jane
/// Doe</a>", or a link beside the writer's job title). Last, because sidebars name the
/// writers of other stories the same way.
const BYLINE_CLASSES: &[&str] = &["[class*=byline i], [class*=author i]"];

/// The first plausible name among the elements `selectors` match, tried in order.
fn markup_byline(doc: &Document, selectors: &[&str]) -> Option<String> {
    selectors.iter().find_map(|selector| {
        doc.try_select(selector)?.iter().find_map(|el| {
            let named = el
                .try_select("[itemprop=name]")
                .map(|n| n.text().to_string());
            let given = el.attr("content").map(|c| c.to_string()).or(named);
            let link = el.try_select("a").and_then(|a| clean_byline(&a.text()));
            let text = given.unwrap_or_else(|| el.text().to_string());
            // A byline is a line: a long text is a container that happens to match.
            link.or_else(|| (text.len() <= 300).then(|| clean_byline(&text)).flatten())
        })
    })
}

/// "By Jane Doe and John Roe" -> "Jane Doe and John Roe". Only what reads as names: not an
/// address, a handle ("Follow @jdoe"), a date ("May 20, 2019") or a sentence.
fn clean_byline(raw: &str) -> Option<String> {
    let s = collapse(raw);
    let s = ["By: ", "by: ", "By ", "by ", "Written by ", "by:"]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(&s);
    let s = s.trim_matches([',', ';', ' ', '|']);
    let plausible = s.starts_with(char::is_uppercase)
        && s.len() <= 80
        && s.split_whitespace().count() <= 10
        && !s.contains(|c: char| c.is_ascii_digit() || c == '@' || c == '/');
    plausible.then(|| s.to_string())
}

/// The first JSON-LD object that is an article, searched through arrays and `@graph`.
fn json_ld_article(doc: &Document) -> Option<Value> {
    doc.try_select("script[type=\"application/ld+json\" i]")?
        .iter()
        .filter_map(|s| serde_json::from_str::<Value>(unwrap_cdata(&s.text())).ok())
        .find_map(|v| find_article(&v, 0).cloned())
}

/// The JSON inside a script that wraps it in `<![CDATA[ … ]]>` (optionally behind `//`).
fn unwrap_cdata(text: &str) -> &str {
    let t = text.trim();
    let t = t.strip_prefix("//").map_or(t, str::trim_start);
    let Some(inner) = t.strip_prefix("<![CDATA[") else {
        return text.trim();
    };
    let inner = inner.trim_end();
    let inner = inner.strip_suffix("]]>").unwrap_or(inner).trim_end();
    inner.strip_suffix("//").unwrap_or(inner).trim()
}

/// Depth-limited search for an object whose `@type` names an article.
fn find_article(value: &Value, depth: usize) -> Option<&Value> {
    if depth > 4 {
        return None;
    }
    match value {
        Value::Array(items) => items.iter().find_map(|v| find_article(v, depth + 1)),
        Value::Object(map) => {
            if map.get("@type").is_some_and(is_article_type) {
                return Some(value);
            }
            map.get("@graph").and_then(|g| find_article(g, depth + 1))
        }
        _ => None,
    }
}

fn is_article_type(t: &Value) -> bool {
    match t {
        Value::String(s) => s.ends_with("Article") || s.ends_with("Posting") || s == "Report",
        Value::Array(items) => items.iter().any(is_article_type),
        _ => false,
    }
}

/// A string field, or the `@id` of an object field (`mainEntityOfPage`-style).
fn str_field(obj: &Value, key: &str) -> Option<String> {
    let v = obj.get(key)?;
    let s = v.as_str().or_else(|| v.get("@id")?.as_str())?;
    let s = collapse(s);
    (!s.is_empty()).then_some(s)
}

/// Names from a JSON-LD person or organisation, a list of them, or a plain string.
fn names(value: &Value) -> Option<String> {
    let list: Vec<String> = match value {
        Value::String(s) => vec![collapse(s)],
        Value::Object(_) => str_field(value, "name").into_iter().collect(),
        Value::Array(items) => items.iter().filter_map(names).collect(),
        _ => Vec::new(),
    };
    let list: Vec<String> = list.into_iter().filter(|s| !s.is_empty()).collect();
    (!list.is_empty()).then(|| list.join(" and "))
}

#[cfg(test)]
mod tests;
