//! Dates in news text: finding time expressions near a reporting verb, anchoring them to the
//! article's publication date, and parsing the dates written in headers, records and datelines.
//!
//! Role: the quote tracker hands this module the words around "said" ("Trump said Thursday");
//! [`find_time_expressions`] locates the time expressions and [`resolve`] turns each into the
//! day (or week, month, year) the statement was made.
//!
//! Invariants:
//! - Pure: no IO, and the clock is never read; every anchor date comes from the caller.
//! - [`resolve`] never returns a date after the publication date; future-looking expressions
//!   ("tomorrow", "next Tuesday") resolve to `None`.
//! - [`TimeExpr`] offsets are byte offsets on char boundaries of the scanned text; the
//!   expressions returned are in order and never overlap.
//! - Month and weekday names match only when capitalised as in news copy ("May", never "may");
//!   other words match in any case. Every word and number must end at a word boundary, so
//!   "Mayday", "Marching", "Sunday-school", "250,000" and "2.5%" yield nothing.
//! - No panics: no `unwrap`, no slicing by index, chrono `_opt` constructors only.
//! - Parsers use `()` as their error type, so a failed attempt allocates nothing.

use std::fmt;
use std::str::FromStr;

use chrono::{NaiveDate, Weekday};
use nom::Parser;
use nom::combinator::all_consuming;
use serde::{Deserialize, Serialize};

mod grammar;
mod resolve;
#[cfg(test)]
mod tests;
mod words;

use grammar::{date_value, dateless_dateline, dateline, publication_date, time_expression};
pub use resolve::resolve;

/// How exact a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// One calendar day.
    Day,
    /// A Monday-to-Sunday week, dated by its Monday.
    Week,
    /// A calendar month, dated by its 1st.
    Month,
    /// A calendar year, dated by January 1.
    Year,
}

const PRECISIONS: [Precision; 4] = [
    Precision::Day,
    Precision::Week,
    Precision::Month,
    Precision::Year,
];

impl Precision {
    /// The lowercase name used in records and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of [`Precision::from_str`]: the text names no precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnknownPrecision;

impl fmt::Display for UnknownPrecision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown precision: expected day, week, month or year")
    }
}

impl std::error::Error for UnknownPrecision {}

impl FromStr for Precision {
    type Err = UnknownPrecision;

    /// Accepts the names given by [`Precision::as_str`], in any ASCII case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        PRECISIONS
            .into_iter()
            .find(|p| p.as_str().eq_ignore_ascii_case(s))
            .ok_or(UnknownPrecision)
    }
}

/// A date with its precision. Week precision: the Monday of that week; month: the 1st;
/// year: January 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResolvedDate {
    /// The day, or the first day of the week, month or year.
    pub date: NaiveDate,
    /// How much of `date` is meant.
    pub precision: Precision,
}

/// What a time expression says, before it is anchored to an article date.
///
/// Months are numbered 1-12 and days 1-31; a hand-built value outside those ranges resolves to
/// `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeValue {
    /// "today", "tonight", "this morning", "this afternoon", "earlier today".
    Today,
    /// "yesterday", "yesterday afternoon".
    Yesterday,
    /// "last night", "last evening".
    LastNight,
    /// "tomorrow": future, never resolves.
    Tomorrow,
    /// "two days ago", "3 days ago", "the day before yesterday".
    DaysAgo(u32),
    /// "Thursday", "on Thursday", "late Thursday", "Thursday night": on or before publication.
    Weekday(Weekday),
    /// "last Thursday", "this past Thursday": strictly before the publication day.
    LastWeekday(Weekday),
    /// "this Thursday": that day of the publication week, unless it is still to come.
    ThisWeekday(Weekday),
    /// "next Thursday", "this coming Thursday": future, never resolves.
    NextWeekday(Weekday),
    /// "Thursday last week", "Thursday of last week": that day of the previous week.
    WeekdayLastWeek(Weekday),
    /// "this week", "earlier this week".
    ThisWeek,
    /// "last week".
    LastWeek,
    /// "next week": future, never resolves.
    NextWeek,
    /// "a week ago", "three weeks ago".
    WeeksAgo(u32),
    /// "this month", "earlier this month".
    ThisMonth,
    /// "last month".
    LastMonth,
    /// "next month": future, never resolves.
    NextMonth,
    /// "a month ago", "two months ago".
    MonthsAgo(u32),
    /// "this year", "earlier this year".
    ThisYear,
    /// "last year".
    LastYear,
    /// "next year": future, never resolves.
    NextYear,
    /// "a year ago", "five years ago".
    YearsAgo(u32),
    /// "June 14", "14 June", "Monday, June 14": a day with no year.
    MonthDay {
        /// Month, 1-12.
        month: u32,
        /// Day of the month, 1-31.
        day: u32,
    },
    /// "June 14, 2025", "2025-06-14", "14 June 2025".
    Date(NaiveDate),
    /// "February 2022", "in February 2022".
    MonthYear {
        /// Calendar year.
        year: i32,
        /// Month, 1-12.
        month: u32,
    },
    /// "in February", "early March": a month with no year.
    Month(u32),
    /// "last March": the latest such month strictly before the publication month.
    LastNamedMonth(u32),
    /// "in 2019", "in a 2019 interview", "a 2019 speech", "during 2019".
    Year(i32),
}

/// A time expression found in text; `start`/`end` are byte offsets into the scanned text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    /// Byte offset of the first character of the expression.
    pub start: usize,
    /// Byte offset just past the expression.
    pub end: usize,
    /// What the expression says.
    pub value: TimeValue,
}

/// Every time expression in `text`, in order and non-overlapping, taking the longest match at
/// each word start. Month and weekday names must be capitalised; other words may be in any case.
pub fn find_time_expressions(text: &str) -> Vec<TimeExpr> {
    let mut found = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        match expression_at(text, pos) {
            Some(expr) => {
                pos = expr.end;
                found.push(expr);
            }
            None => pos += 1,
        }
    }
    found
}

/// The expression starting at byte `pos`, if `pos` starts a word that can begin one.
fn expression_at(text: &str, pos: usize) -> Option<TimeExpr> {
    let first = *text.as_bytes().get(pos)?;
    if !can_start(text, pos, first) {
        return None;
    }
    let rest = text.get(pos..)?;
    let (after, value) = time_expression(rest).ok()?;
    let end = text.len() - after.len();
    (end > pos).then_some(TimeExpr {
        start: pos,
        end,
        value,
    })
}

/// Cheap pre-check: a digit, or a word the grammar can begin with (see
/// [`words::can_lead`]), that continues no word or number (a digit after "$", "." or "," is
/// part of an amount, not a date).
fn can_start(text: &str, pos: usize, first: u8) -> bool {
    let possible = first.is_ascii_digit() || text.get(pos..).is_some_and(words::can_lead);
    if !possible {
        return false;
    }
    match text
        .get(..pos)
        .and_then(|before| before.chars().next_back())
    {
        None => true,
        Some(prev) if prev.is_alphanumeric() || prev == '_' => false,
        Some(prev) => !(first.is_ascii_digit() && "$£€.,-/:#".contains(prev)),
    }
}

/// Parse a date as written in an article header, a JSON record or a `--date` flag:
/// "2025-07-04", "2025-07-04T10:30:00Z", "2025-07-04 10:30", "2025/07/04", "July 4, 2025",
/// "Jul. 4, 2025", "Friday, July 4, 2025", "4 July 2025", "Fri, 04 Jul 2025 10:00:00 +0000".
/// The date is taken as written (no time-zone shift); a weekday, if given, is not checked.
/// Returns `None` for anything else, including impossible dates such as 2025-02-30.
pub fn parse_date_value(s: &str) -> Option<NaiveDate> {
    all_consuming(date_value)
        .parse(s.trim())
        .ok()
        .map(|(_, date)| date)
}

/// The date a line near the top of a text gives for its publication, if it is a date line:
/// a date alone ("20 November 2026", "Friday, July 4, 2025 10:15"), a labelled one
/// ("Published 14 November 2026", "Updated on: 2025-07-04, 10:15 BST") or one after a byline
/// ("By Ana Ruiz, June 3, 2025", "By Ana Ruiz | 3 June 2025"). The flag says the label names an
/// update ("Updated", "Last modified"). A line of prose that merely starts with a date is not
/// one: after the date only punctuation, a clock time or a time zone may follow.
pub fn publication_line(line: &str) -> Option<(NaiveDate, bool)> {
    let line = line.trim();
    if line.len() > 120 {
        return None;
    }
    let read = |text: &str| {
        let (rest, found) = publication_date(text).ok()?;
        let rest = rest.trim_start();
        let tail_ok = rest.is_empty()
            || rest.starts_with(['(', '|', '·', '•', '-', '–', '—'])
            || (rest.starts_with(',') && rest.len() <= 20)
            || (rest.len() <= 6 && rest.chars().all(|c| c.is_ascii_uppercase()));
        tail_ok.then_some(found)
    };
    if let Some(found) = read(line) {
        return Some(found);
    }
    if !(line.starts_with("By ") || line.starts_with("BY ")) {
        return None;
    }
    // After a byline: try the text after each separator.
    [", ", " | ", " — ", " – ", " - ", " · ", " • "]
        .iter()
        .flat_map(|sep| line.match_indices(sep).map(move |(i, _)| i + sep.len()))
        .filter_map(|start| read(&line[start..]))
        .next()
}

/// Where a dateline at the start of `text` ("OSLO, June 14, 2025 — ") ends, or 0 without one:
/// the text up to the first dash in its first 120 bytes, when that reads as a dateline with a
/// date, or as a wire dateline without one ("WASHINGTON (AP) — "). Its date is the article's,
/// never a statement's.
pub fn dateline_end(text: &str) -> usize {
    // The first 120 bytes, cut back to a char boundary (byte 120 may fall inside a character).
    let cut = (0..=text.len().min(120))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let head = &text[..cut];
    let dash = ["—", "–", " -- ", " - "]
        .iter()
        .filter_map(|d| head.find(d).map(|i| i + d.len()))
        .min();
    let Some(end) = dash else { return 0 };
    let lead = &head[..end];
    let dated = dateline_date(lead, Some(2000)).is_some();
    // Without a date, the whole lead must be the dateline: capitals, an agency, the dash.
    let trimmed = lead.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let dateless = dateless_dateline(trimmed).is_ok_and(|(rest, ())| rest.trim().is_empty());
    if dated || dateless { end } else { 0 }
}

/// A dateline at the very start of an article body, e.g. "WASHINGTON, June 14, 2025 (Reuters) —",
/// "KYIV, Ukraine, March 3, 2024 —" or "NEW YORK (AP) — June 2, 2024:". Returns the date when
/// the dateline gives a year; with month and day only, uses `year_hint`, else `None`.
pub fn dateline_date(text: &str, year_hint: Option<i32>) -> Option<NaiveDate> {
    let head = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let (_, (month, day, year)) = dateline(head).ok()?;
    NaiveDate::from_ymd_opt(year.or(year_hint)?, month, day)
}
