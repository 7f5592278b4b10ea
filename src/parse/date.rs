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

use chrono::{Datelike, Days, NaiveDate, Weekday};
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n, take_while1};
use nom::character::complete::{char, one_of, satisfy};
use nom::combinator::{all_consuming, map, map_opt, not, opt, peek, value, verify};
use nom::multi::fold_many0;
use nom::sequence::{delimited, preceded, terminated};
use nom::{IResult, Parser};
use serde::{Deserialize, Serialize};

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

/// Lowercased first letters of every word an expression can begin with.
const START_LETTERS: &[u8] = b"adefijlmnostwy";

/// Cheap pre-check: an ASCII letter or digit that can start an expression and continues no
/// word or number (a digit after "$", "." or "," is part of an amount, not a date).
fn can_start(text: &str, pos: usize, first: u8) -> bool {
    let possible = first.is_ascii_digit() || START_LETTERS.contains(&first.to_ascii_lowercase());
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

/// Anchor a value to the article's publication date. Never returns a date after `published`;
/// future-looking expressions ("next Tuesday", "tomorrow") return `None`.
pub fn resolve(value: TimeValue, published: NaiveDate) -> Option<ResolvedDate> {
    use Precision::{Day, Month, Week, Year};
    use TimeValue as T;
    let resolved = match value {
        T::Today => at(Day, Some(published)),
        T::Yesterday | T::LastNight => at(Day, published.pred_opt()),
        T::DaysAgo(n) => at(Day, published.checked_sub_days(Days::new(n.into()))),
        T::Weekday(w) => at(Day, weekday_back(published, w, false)),
        T::LastWeekday(w) => at(Day, weekday_back(published, w, true)),
        T::ThisWeekday(w) => at(Day, weekday_in_week(published, w, 0)),
        T::WeekdayLastWeek(w) => at(Day, weekday_in_week(published, w, 1)),
        T::ThisWeek => at(Week, weeks_back(published, 0)),
        T::LastWeek => at(Week, weeks_back(published, 1)),
        T::WeeksAgo(n) => at(Week, weeks_back(published, n)),
        T::ThisMonth => at(Month, months_back(published, 0)),
        T::LastMonth => at(Month, months_back(published, 1)),
        T::MonthsAgo(n) => at(Month, months_back(published, n)),
        T::ThisYear => at(Year, years_back(published, 0)),
        T::LastYear => at(Year, years_back(published, 1)),
        T::YearsAgo(n) => at(Year, years_back(published, n)),
        T::MonthDay { month, day } => at(Day, latest_month_day(published, month, day)),
        T::Date(date) => at(Day, Some(date)),
        T::MonthYear { year, month } => at(Month, NaiveDate::from_ymd_opt(year, month, 1)),
        T::Month(month) => at(Month, latest_month_start(published, month, false)),
        T::LastNamedMonth(month) => at(Month, latest_month_start(published, month, true)),
        T::Year(year) => at(Year, NaiveDate::from_ymd_opt(year, 1, 1)),
        T::Tomorrow | T::NextWeekday(_) | T::NextWeek | T::NextMonth | T::NextYear => None,
    }?;
    (resolved.date <= published).then_some(resolved)
}

fn at(precision: Precision, date: Option<NaiveDate>) -> Option<ResolvedDate> {
    date.map(|date| ResolvedDate { date, precision })
}

/// The latest `weekday` on or before `published` (strictly before when `strict`).
fn weekday_back(published: NaiveDate, weekday: Weekday, strict: bool) -> Option<NaiveDate> {
    let today = published.weekday().num_days_from_monday();
    let mut back = (today + 7 - weekday.num_days_from_monday()) % 7;
    if strict && back == 0 {
        back = 7;
    }
    published.checked_sub_days(Days::new(back.into()))
}

/// `weekday` of the week `n` weeks before the publication week.
fn weekday_in_week(published: NaiveDate, weekday: Weekday, n: u32) -> Option<NaiveDate> {
    let offset = Days::new(weekday.num_days_from_monday().into());
    weeks_back(published, n)?.checked_add_days(offset)
}

/// The Monday of the week `n` weeks before the publication week.
fn weeks_back(published: NaiveDate, n: u32) -> Option<NaiveDate> {
    let into_week = u64::from(published.weekday().num_days_from_monday());
    let days = u64::from(n).checked_mul(7)?.checked_add(into_week)?;
    published.checked_sub_days(Days::new(days))
}

/// The 1st of the month `n` months before the publication month.
fn months_back(published: NaiveDate, n: u32) -> Option<NaiveDate> {
    let index = i64::from(published.year()) * 12 + i64::from(published.month0()) - i64::from(n);
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    let month = u32::try_from(index.rem_euclid(12)).ok()? + 1;
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// January 1 of the year `n` years before the publication year.
fn years_back(published: NaiveDate, n: u32) -> Option<NaiveDate> {
    let year = published.year().checked_sub(i32::try_from(n).ok()?)?;
    NaiveDate::from_ymd_opt(year, 1, 1)
}

/// The latest `month`/`day` on or before `published`; February 29 looks back up to 8 years.
fn latest_month_day(published: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    if !day_fits(month, day) {
        return None;
    }
    (0..=8).find_map(|back| {
        let date = NaiveDate::from_ymd_opt(published.year().checked_sub(back)?, month, day)?;
        (date <= published).then_some(date)
    })
}

/// The latest 1st of `month` on or before `published` (before its month when `strict`).
fn latest_month_start(published: NaiveDate, month: u32, strict: bool) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(published.year(), month, 1)?;
    let passed = if strict {
        month < published.month()
    } else {
        month <= published.month()
    };
    if passed {
        Some(this_year)
    } else {
        NaiveDate::from_ymd_opt(published.year().checked_sub(1)?, month, 1)
    }
}

/// Whether `day` exists in `month` of some year (February 29 counts).
fn day_fits(month: u32, day: u32) -> bool {
    let last = match month {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        1..=12 => 31,
        _ => 0,
    };
    (1..=last).contains(&day)
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

/// A dateline at the very start of an article body, e.g. "WASHINGTON, June 14, 2025 (Reuters) —",
/// "KYIV, Ukraine, March 3, 2024 —" or "NEW YORK (AP) — June 2, 2024:". Returns the date when
/// the dateline gives a year; with month and day only, uses `year_hint`, else `None`.
pub fn dateline_date(text: &str, year_hint: Option<i32>) -> Option<NaiveDate> {
    let head = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let (_, (month, day, year)) = dateline(head).ok()?;
    NaiveDate::from_ymd_opt(year.or(year_hint)?, month, day)
}

// ---------------------------------------------------------------------------------------------
// Grammar. Every rule is a nom parser over &str with `()` errors; a rule consumes no trailing
// whitespace, and every word or number it takes ends at a word boundary.
// ---------------------------------------------------------------------------------------------

type Res<'a, T> = IResult<&'a str, T, ()>;

const FAIL: nom::Err<()> = nom::Err::Error(());

const MONTH_NAMES: [(&str, u32); 12] = [
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
];

const MONTH_ABBREVIATIONS: [(&str, u32); 12] = [
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sept", 9),
    ("Sep", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];

const WEEKDAY_NAMES: [(&str, Weekday); 7] = [
    ("Monday", Weekday::Mon),
    ("Tuesday", Weekday::Tue),
    ("Wednesday", Weekday::Wed),
    ("Thursday", Weekday::Thu),
    ("Friday", Weekday::Fri),
    ("Saturday", Weekday::Sat),
    ("Sunday", Weekday::Sun),
];

const WEEKDAY_ABBREVIATIONS: [(&str, Weekday); 10] = [
    ("Mon", Weekday::Mon),
    ("Tues", Weekday::Tue),
    ("Tue", Weekday::Tue),
    ("Wed", Weekday::Wed),
    ("Thurs", Weekday::Thu),
    ("Thur", Weekday::Thu),
    ("Thu", Weekday::Thu),
    ("Fri", Weekday::Fri),
    ("Sat", Weekday::Sat),
    ("Sun", Weekday::Sun),
];

const NUMBER_WORDS: [(&str, u32); 10] = [
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
];

/// Whether a table name may, must or must not be followed by an abbreviation dot.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dot {
    Never,
    Optional,
    Required,
}

/// The unit of an "N units ago" phrase.
#[derive(Clone, Copy)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    fn ago(self, n: u32) -> TimeValue {
        match self {
            Unit::Day => TimeValue::DaysAgo(n),
            Unit::Week => TimeValue::WeeksAgo(n),
            Unit::Month => TimeValue::MonthsAgo(n),
            Unit::Year => TimeValue::YearsAgo(n),
        }
    }
}

// word_end = end of input | a character that continues no word ("-" + alphanumeric does)
fn word_end(input: &str) -> Res<'_, ()> {
    let mut chars = input.chars();
    let ends = match chars.next() {
        None => true,
        Some(c) if c.is_alphanumeric() || c == '_' => false,
        Some('-') => !chars.next().is_some_and(char::is_alphanumeric),
        Some(_) => true,
    };
    if ends { Ok((input, ())) } else { Err(FAIL) }
}

// num_end = word_end, not "%", not ("." | "," | ":" | "/") + digit
fn num_end(input: &str) -> Res<'_, ()> {
    let mut chars = input.chars();
    let continues = match chars.next() {
        Some('%') => true,
        Some('.' | ',' | ':' | '/') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    };
    if continues {
        Err(FAIL)
    } else {
        word_end(input)
    }
}

// kw(word) = word (any case) word_end
fn kw<'a>(word: &'static str) -> impl Parser<&'a str, Output = &'a str, Error = ()> {
    terminated(tag_no_case(word), word_end)
}

// sp = whitespace+
fn sp(input: &str) -> Res<'_, &str> {
    take_while1(char::is_whitespace).parse(input)
}

// table_name = one table entry, capitalised exactly as listed, then the dot rule, then word_end
fn table_name<'a, T: Copy>(input: &'a str, table: &[(&str, T)], dot: Dot) -> Res<'a, (T, bool)> {
    for &(name, item) in table {
        let Some(rest) = input.strip_prefix(name) else {
            continue;
        };
        let (rest, dotted) = match (dot, rest.strip_prefix('.')) {
            (Dot::Optional | Dot::Required, Some(after)) => (after, true),
            _ => (rest, false),
        };
        if (dot != Dot::Required || dotted) && word_end(rest).is_ok() {
            return Ok((rest, (item, dotted)));
        }
    }
    Err(FAIL)
}

// month_name = full month name | abbreviation ["."]; also says whether it can stand alone
// (a full name or a dotted abbreviation: "Jan" alone may be a person)
fn month_name(input: &str) -> Res<'_, (u32, bool)> {
    alt((
        map(
            |i| table_name(i, &MONTH_NAMES, Dot::Never),
            |(m, _)| (m, true),
        ),
        |i| table_name(i, &MONTH_ABBREVIATIONS, Dot::Optional),
    ))
    .parse(input)
}

// month_word = month_name that can stand alone
fn month_word(input: &str) -> Res<'_, u32> {
    map(verify(month_name, |(_, alone)| *alone), |(m, _)| m).parse(input)
}

// weekday_full = "Monday" | ... | "Sunday"
fn weekday_full(input: &str) -> Res<'_, Weekday> {
    map(|i| table_name(i, &WEEKDAY_NAMES, Dot::Never), |(w, _)| w).parse(input)
}

// weekday_any = weekday_full | weekday abbreviation "."   ("Sun" undotted is a newspaper)
fn weekday_any(input: &str) -> Res<'_, Weekday> {
    alt((
        weekday_full,
        map(
            |i| table_name(i, &WEEKDAY_ABBREVIATIONS, Dot::Required),
            |(w, _)| w,
        ),
    ))
    .parse(input)
}

// weekday_loose = weekday_full | weekday abbreviation ["."]   (headers only)
fn weekday_loose(input: &str) -> Res<'_, Weekday> {
    alt((
        weekday_full,
        map(
            |i| table_name(i, &WEEKDAY_ABBREVIATIONS, Dot::Optional),
            |(w, _)| w,
        ),
    ))
    .parse(input)
}

// digits_1_2 = 1-2 ASCII digits
fn digits_1_2(input: &str) -> Res<'_, u32> {
    map_opt(
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        |s: &str| s.parse().ok(),
    )
    .parse(input)
}

// digits_2 = exactly 2 ASCII digits
fn digits_2(input: &str) -> Res<'_, u32> {
    map_opt(
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        |s: &str| s.parse().ok(),
    )
    .parse(input)
}

// digits_4 = exactly 4 ASCII digits
fn digits_4(input: &str) -> Res<'_, i32> {
    map_opt(
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        |s: &str| s.parse().ok(),
    )
    .parse(input)
}

// year4 = digits_4 num_end
fn year4(input: &str) -> Res<'_, i32> {
    terminated(digits_4, num_end).parse(input)
}

// text_year = year4 in 1800..=2199   (a plausible year in running text)
fn text_year(input: &str) -> Res<'_, i32> {
    verify(year4, |y| (1800..=2199).contains(y)).parse(input)
}

// ordinal = "st" | "nd" | "rd" | "th"
fn ordinal(input: &str) -> Res<'_, &str> {
    alt((
        tag_no_case("st"),
        tag_no_case("nd"),
        tag_no_case("rd"),
        tag_no_case("th"),
    ))
    .parse(input)
}

// day_number = digits_1_2 (1..=31) [ordinal] num_end
fn day_number(input: &str) -> Res<'_, u32> {
    terminated(
        verify(digits_1_2, |d| (1..=31).contains(d)),
        (opt(ordinal), num_end),
    )
    .parse(input)
}

// month_and_day = month_name sp day_number | day_number sp month_name
fn month_and_day(input: &str) -> Res<'_, (u32, u32)> {
    alt((
        map((month_name, sp, day_number), |((m, _), _, d)| (m, d)),
        map((day_number, sp, month_name), |(d, _, (m, _))| (m, d)),
    ))
    .parse(input)
}

/// A day of a month, with a year when given; `None` when no such day exists.
fn calendar_value(month: u32, day: u32, year: Option<i32>) -> Option<TimeValue> {
    match year {
        Some(year) => NaiveDate::from_ymd_opt(year, month, day).map(TimeValue::Date),
        None => day_fits(month, day).then_some(TimeValue::MonthDay { month, day }),
    }
}

// time_expression = qualified | on_phrase | period_phrase | last_phrase | this_phrase
//                 | next_phrase | relative_day | ago_phrase | article_year | date_phrase
//                 | weekday_phrase
fn time_expression(input: &str) -> Res<'_, TimeValue> {
    alt((
        qualified,
        on_phrase,
        period_phrase,
        last_phrase,
        this_phrase,
        next_phrase,
        relative_day,
        ago_phrase,
        article_year,
        date_phrase,
        weekday_phrase,
    ))
    .parse(input)
}

// qualifier = ("earlier" | "early" | "late") sp | "mid" ("-" | sp)
fn qualifier(input: &str) -> Res<'_, ()> {
    alt((
        value((), (alt((kw("earlier"), kw("early"), kw("late"))), sp)),
        value((), (tag_no_case("mid"), alt((tag("-"), sp)))),
    ))
    .parse(input)
}

// qualified = qualifier (relative_day | this_phrase | last_phrase | on_phrase | weekday_ref
//                        | month_ref | text_year)
fn qualified(input: &str) -> Res<'_, TimeValue> {
    let year = map(text_year, TimeValue::Year);
    preceded(
        qualifier,
        alt((
            relative_day,
            this_phrase,
            last_phrase,
            on_phrase,
            weekday_ref,
            month_ref,
            year,
        )),
    )
    .parse(input)
}

// on_phrase = "on" sp (date_phrase | weekday_ref)
fn on_phrase(input: &str) -> Res<'_, TimeValue> {
    preceded((kw("on"), sp), alt((date_phrase, weekday_ref))).parse(input)
}

// article = "a" | "an" | "the"
fn article(input: &str) -> Res<'_, &str> {
    alt((kw("a"), kw("an"), kw("the"))).parse(input)
}

// period_phrase = ("in" | "during" | "since" | "throughout") sp [article sp] [qualifier]
//                 (month_ref | text_year)
fn period_phrase(input: &str) -> Res<'_, TimeValue> {
    let preposition = alt((kw("in"), kw("during"), kw("since"), kw("throughout")));
    preceded(
        (preposition, sp, opt((article, sp)), opt(qualifier)),
        alt((month_ref, map(text_year, TimeValue::Year))),
    )
    .parse(input)
}

// time_of_day = "morning" | "afternoon" | "evening" | "night"
fn time_of_day(input: &str) -> Res<'_, &str> {
    alt((kw("morning"), kw("afternoon"), kw("evening"), kw("night"))).parse(input)
}

// weekday_timed = weekday_any [sp time_of_day]
fn weekday_timed(input: &str) -> Res<'_, Weekday> {
    terminated(weekday_any, opt((sp, time_of_day))).parse(input)
}

// last_phrase = "last" sp ("night" | "evening" | "week" | "month" | "year"
//                          | weekday_timed | month_word)
fn last_phrase(input: &str) -> Res<'_, TimeValue> {
    use TimeValue as T;
    preceded(
        (kw("last"), sp),
        alt((
            value(T::LastNight, alt((kw("night"), kw("evening")))),
            value(T::LastWeek, kw("week")),
            value(T::LastMonth, kw("month")),
            value(T::LastYear, kw("year")),
            map(weekday_timed, T::LastWeekday),
            map(month_word, T::LastNamedMonth),
        )),
    )
    .parse(input)
}

// this_phrase = "this" sp ("morning" | "afternoon" | "evening" | "week" | "month" | "year"
//               | "coming" sp weekday_any | "past" sp weekday_timed | weekday_timed)
fn this_phrase(input: &str) -> Res<'_, TimeValue> {
    use TimeValue as T;
    preceded(
        (kw("this"), sp),
        alt((
            value(
                T::Today,
                alt((kw("morning"), kw("afternoon"), kw("evening"))),
            ),
            value(T::ThisWeek, kw("week")),
            value(T::ThisMonth, kw("month")),
            value(T::ThisYear, kw("year")),
            map(preceded((kw("coming"), sp), weekday_any), T::NextWeekday),
            map(preceded((kw("past"), sp), weekday_timed), T::LastWeekday),
            map(weekday_timed, T::ThisWeekday),
        )),
    )
    .parse(input)
}

// next_phrase = "next" sp ("week" | "month" | "year" | weekday_any)
fn next_phrase(input: &str) -> Res<'_, TimeValue> {
    use TimeValue as T;
    preceded(
        (kw("next"), sp),
        alt((
            value(T::NextWeek, kw("week")),
            value(T::NextMonth, kw("month")),
            value(T::NextYear, kw("year")),
            map(weekday_any, T::NextWeekday),
        )),
    )
    .parse(input)
}

// relative_day = "the day before yesterday" | "yesterday" [sp time_of_day] | "today"
//              | "tonight" | "tomorrow" [sp time_of_day]
fn relative_day(input: &str) -> Res<'_, TimeValue> {
    use TimeValue as T;
    let day_before = (
        kw("the"),
        sp,
        kw("day"),
        sp,
        kw("before"),
        sp,
        kw("yesterday"),
    );
    alt((
        value(T::DaysAgo(2), day_before),
        value(
            T::Yesterday,
            terminated(kw("yesterday"), opt((sp, time_of_day))),
        ),
        value(T::Today, alt((kw("today"), kw("tonight")))),
        value(
            T::Tomorrow,
            terminated(kw("tomorrow"), opt((sp, time_of_day))),
        ),
    ))
    .parse(input)
}

// number_word = "one" | "two" | ... | "ten"   (any case)
fn number_word(input: &str) -> Res<'_, u32> {
    for &(word, n) in &NUMBER_WORDS {
        if let Ok((rest, _)) = kw(word).parse(input) {
            return Ok((rest, n));
        }
    }
    Err(FAIL)
}

// count = number_word | "a" | "an" | digits_1_2 num_end
fn count(input: &str) -> Res<'_, u32> {
    alt((
        number_word,
        value(1, alt((kw("a"), kw("an")))),
        terminated(digits_1_2, num_end),
    ))
    .parse(input)
}

// unit = ("day" | "week" | "month" | "year") ["s"]
fn unit(input: &str) -> Res<'_, Unit> {
    alt((
        value(Unit::Day, alt((kw("days"), kw("day")))),
        value(Unit::Week, alt((kw("weeks"), kw("week")))),
        value(Unit::Month, alt((kw("months"), kw("month")))),
        value(Unit::Year, alt((kw("years"), kw("year")))),
    ))
    .parse(input)
}

// ago_phrase = count sp unit sp "ago"
fn ago_phrase(input: &str) -> Res<'_, TimeValue> {
    map((count, sp, unit, sp, kw("ago")), |(n, _, unit, _, _)| {
        unit.ago(n)
    })
    .parse(input)
}

// article_year = ("a" | "an") sp text_year &(sp letter)     "a 2019 interview"
fn article_year(input: &str) -> Res<'_, TimeValue> {
    let noun_follows = peek((sp, satisfy(char::is_alphabetic)));
    map(
        delimited((alt((kw("a"), kw("an"))), sp), text_year, noun_follows),
        TimeValue::Year,
    )
    .parse(input)
}

// date_phrase = numeric_ymd("-") | day_month | month_dated
fn date_phrase(input: &str) -> Res<'_, TimeValue> {
    alt((
        map(numeric_ymd('-'), TimeValue::Date),
        day_month,
        month_dated,
    ))
    .parse(input)
}

// numeric_ymd(sep) = digits_4 sep digits_1_2 sep digits_1_2 !digit
fn numeric_ymd<'a>(sep: char) -> impl Parser<&'a str, Output = NaiveDate, Error = ()> {
    let not_digit = not(satisfy(|c: char| c.is_ascii_digit()));
    map_opt(
        (
            digits_4,
            char(sep),
            digits_1_2,
            char(sep),
            digits_1_2,
            not_digit,
        ),
        |(y, _, m, _, d, _)| NaiveDate::from_ymd_opt(y, m, d),
    )
}

// day_month = day_number sp month_name [sp text_year]
fn day_month(input: &str) -> Res<'_, TimeValue> {
    map_opt(
        (day_number, sp, month_name, opt(preceded(sp, text_year))),
        |(day, _, (month, _), year)| calendar_value(month, day, year),
    )
    .parse(input)
}

// year_tail = ("," [sp] | sp) text_year
fn year_tail(input: &str) -> Res<'_, i32> {
    preceded(
        alt((value((), (char(','), opt(sp))), value((), sp))),
        text_year,
    )
    .parse(input)
}

// month_dated = month_name (sp day_number [year_tail] | [","] sp text_year)
fn month_dated(input: &str) -> Res<'_, TimeValue> {
    let (rest, (month, _)) = month_name(input)?;
    alt((
        map_opt((sp, day_number, opt(year_tail)), |(_, day, year)| {
            calendar_value(month, day, year)
        }),
        map((opt(char(',')), sp, text_year), |(_, _, year)| {
            TimeValue::MonthYear { year, month }
        }),
    ))
    .parse(rest)
}

// month_ref = month_dated | month_word
fn month_ref(input: &str) -> Res<'_, TimeValue> {
    alt((month_dated, map(month_word, TimeValue::Month))).parse(input)
}

// weekday_dated = weekday_any [","] sp (month_dated | day_month)
fn weekday_dated(input: &str) -> Res<'_, TimeValue> {
    preceded(
        (weekday_any, opt(char(',')), sp),
        alt((month_dated, day_month)),
    )
    .parse(input)
}

// weekday_ref = weekday_dated | weekday_timed [of_last_week]
fn weekday_ref(input: &str) -> Res<'_, TimeValue> {
    alt((weekday_dated, weekday_week(weekday_timed))).parse(input)
}

// weekday_phrase = weekday_dated | weekday_full [sp time_of_day] [of_last_week]
fn weekday_phrase(input: &str) -> Res<'_, TimeValue> {
    let bare = terminated(weekday_full, opt((sp, time_of_day)));
    alt((weekday_dated, weekday_week(bare))).parse(input)
}

// weekday_week(day) = day [of_last_week]
fn weekday_week<'a>(
    day: impl Parser<&'a str, Output = Weekday, Error = ()>,
) -> impl Parser<&'a str, Output = TimeValue, Error = ()> {
    map((day, opt(of_last_week)), |(weekday, last)| match last {
        Some(()) => TimeValue::WeekdayLastWeek(weekday),
        None => TimeValue::Weekday(weekday),
    })
}

// of_last_week = sp ["of" sp] "last" sp "week"
fn of_last_week(input: &str) -> Res<'_, ()> {
    value((), (sp, opt((kw("of"), sp)), kw("last"), sp, kw("week"))).parse(input)
}

// date_value = numeric_ymd("-") [("T" | sp) clock] | numeric_ymd("/") [sp clock]
//            | written_date [[","] sp clock]
fn date_value(input: &str) -> Res<'_, NaiveDate> {
    alt((
        terminated(numeric_ymd('-'), opt((alt((tag_no_case("T"), sp)), clock))),
        terminated(numeric_ymd('/'), opt((sp, clock))),
        terminated(written_date, opt((opt(char(',')), sp, clock))),
    ))
    .parse(input)
}

// written_date = [weekday_loose [","] sp] month_and_day [","] sp year4
fn written_date(input: &str) -> Res<'_, NaiveDate> {
    map_opt(
        preceded(
            opt((weekday_loose, opt(char(',')), sp)),
            (month_and_day, opt(char(',')), sp, year4),
        ),
        |((month, day), _, _, year)| NaiveDate::from_ymd_opt(year, month, day),
    )
    .parse(input)
}

// clock = hour ":" minute [":" second] ["." digits] [[sp] meridiem] [[sp] zone]
fn clock(input: &str) -> Res<'_, ()> {
    let hour = verify(digits_1_2, |h| *h <= 23);
    let minute = verify(digits_2, |m| *m <= 59);
    let second = preceded(char(':'), verify(digits_2, |s| *s <= 60));
    let fraction = preceded(char('.'), take_while1(|c: char| c.is_ascii_digit()));
    let meridiem = preceded(opt(sp), meridiem);
    let zone = preceded(opt(sp), zone);
    value(
        (),
        (
            hour,
            char(':'),
            minute,
            opt(second),
            opt(fraction),
            opt(meridiem),
            opt(zone),
        ),
    )
    .parse(input)
}

// meridiem = ("am" | "pm" | "a.m." | "p.m.") word_end
fn meridiem(input: &str) -> Res<'_, &str> {
    let marker = alt((
        tag_no_case("a.m."),
        tag_no_case("p.m."),
        tag_no_case("am"),
        tag_no_case("pm"),
    ));
    terminated(marker, word_end).parse(input)
}

// zone = "Z" | ("+" | "-") digits_2 [":"] digits_2 | 2-5 capital letters ("UTC", "EDT")
fn zone(input: &str) -> Res<'_, ()> {
    alt((
        value((), tag("Z")),
        value((), (one_of("+-"), digits_2, opt(char(':')), digits_2)),
        value((), take_while_m_n(2, 5, |c: char| c.is_ascii_uppercase())),
    ))
    .parse(input)
}

// dateline = place_list ("," sp dateline_day [sp agency] [sp] dateline_end
//                        | [sp agency] [sp] dash sp dateline_day)
fn dateline(input: &str) -> Res<'_, (u32, u32, Option<i32>)> {
    preceded(
        place_list,
        alt((
            delimited(
                (char(','), sp),
                dateline_day,
                (opt((sp, agency)), opt(sp), dateline_end),
            ),
            preceded((opt((sp, agency)), opt(sp), dash, sp), dateline_day),
        )),
    )
    .parse(input)
}

// dateline_day = month_and_day [[","] sp text_year]
fn dateline_day(input: &str) -> Res<'_, (u32, u32, Option<i32>)> {
    map(
        (
            month_and_day,
            opt(preceded((opt(char(',')), sp), text_year)),
        ),
        |((month, day), year)| (month, day, year),
    )
    .parse(input)
}

// dateline_end = dash | ":"
fn dateline_end(input: &str) -> Res<'_, &str> {
    alt((dash, tag(":"))).parse(input)
}

// dash = "—" | "–" | "--" | "-"
fn dash(input: &str) -> Res<'_, &str> {
    alt((tag("—"), tag("–"), tag("--"), tag("-"))).parse(input)
}

// agency = "(" 1-40 characters other than ")" ")"
fn agency(input: &str) -> Res<'_, &str> {
    delimited(
        char('('),
        take_while_m_n(1, 40, |c: char| c != ')'),
        char(')'),
    )
    .parse(input)
}

// place_list = place ("," sp place)*
fn place_list(input: &str) -> Res<'_, ()> {
    let more = fold_many0((char(','), sp, place), || (), |(), _| ());
    value((), (place, more)).parse(input)
}

// place = !dateline_day place_name
fn place(input: &str) -> Res<'_, &str> {
    preceded(not(dateline_day), place_name).parse(input)
}

// place_name = uppercase letter { letter | "." | "'" | (" " | "-") letter }
fn place_name(input: &str) -> Res<'_, &str> {
    let mut chars = input.char_indices().peekable();
    if !chars.next().is_some_and(|(_, c)| c.is_uppercase()) {
        return Err(FAIL);
    }
    let mut end = input.len();
    while let Some((i, c)) = chars.next() {
        let joins = matches!(c, ' ' | '-') && chars.peek().is_some_and(|(_, n)| n.is_alphabetic());
        if !(c.is_alphabetic() || c == '.' || c == '\'' || joins) {
            end = i;
            break;
        }
    }
    let (name, rest) = input.split_at_checked(end).ok_or(FAIL)?;
    Ok((rest, name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Precision::{Day, Month, Week, Year};

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("test date")
    }

    // Publication dates: Friday, Monday, Sunday, first of a month, January 3.
    const FRI: &str = "2025-07-04";
    const MON: &str = "2025-06-30";
    const SUN: &str = "2025-07-06";
    const FIRST: &str = "2025-03-01";
    const JAN3: &str = "2025-01-03";

    type Row = (
        &'static str,
        &'static str,
        Option<(&'static str, Precision)>,
    );

    #[rustfmt::skip]
    const CASES: &[Row] = &[
        // Weekdays.
        ("Trump said Thursday that tariffs would stay", FRI, Some(("2025-07-03", Day))),
        ("the minister told reporters on Friday", FRI, Some(("2025-07-04", Day))),
        ("she said Saturday in a statement", FRI, Some(("2025-06-28", Day))),
        ("the senator said late Thursday", FRI, Some(("2025-07-03", Day))),
        ("a spokesman said earlier Thursday", FRI, Some(("2025-07-03", Day))),
        ("he told supporters Thursday night", FRI, Some(("2025-07-03", Day))),
        ("officials said early Wednesday morning", FRI, Some(("2025-07-02", Day))),
        ("according to remarks at Thursday's briefing", FRI, Some(("2025-07-03", Day))),
        ("the mayor said on Thurs., adding", FRI, Some(("2025-07-03", Day))),
        ("she said last Thursday", FRI, Some(("2025-07-03", Day))),
        ("he said last Friday", FRI, Some(("2025-06-27", Day))),
        ("the company said Monday", MON, Some(("2025-06-30", Day))),
        ("the coach said Sunday after the match", MON, Some(("2025-06-29", Day))),
        ("he said last Monday", MON, Some(("2025-06-23", Day))),
        ("she said Friday", MON, Some(("2025-06-27", Day))),
        ("as the envoy put it this past Friday", MON, Some(("2025-06-27", Day))),
        ("the pope said Sunday", SUN, Some(("2025-07-06", Day))),
        ("the union said Monday", SUN, Some(("2025-06-30", Day))),
        ("the board said Saturday", SUN, Some(("2025-07-05", Day))),
        ("he said this Thursday", SUN, Some(("2025-07-03", Day))),
        ("he will say this Thursday", MON, None),
        ("said Tuesday", JAN3, Some(("2024-12-31", Day))),
        ("the envoy said Thursday last week", FRI, Some(("2025-06-26", Day))),
        ("as she said on Friday of last week", MON, Some(("2025-06-27", Day))),
        ("he said late Monday night last week", JAN3, Some(("2024-12-23", Day))),
        // Future-looking.
        ("they will meet next Tuesday", FRI, None),
        ("the vote is this coming Thursday", FRI, None),
        ("she will testify tomorrow", FRI, None),
        ("talks resume next week", FRI, None),
        // Relative days.
        ("the governor said yesterday", FRI, Some(("2025-07-03", Day))),
        ("the premier said last night", FRI, Some(("2025-07-03", Day))),
        ("the chancellor said today", FRI, Some(("2025-07-04", Day))),
        ("she told the BBC this morning", FRI, Some(("2025-07-04", Day))),
        ("he will speak tonight", FRI, Some(("2025-07-04", Day))),
        ("the spokeswoman said earlier today", FRI, Some(("2025-07-04", Day))),
        ("he said two days ago", FRI, Some(("2025-07-02", Day))),
        ("the firm said 3 days ago", FRI, Some(("2025-07-01", Day))),
        ("the envoy said ten days ago", FRI, Some(("2025-06-24", Day))),
        ("he said the day before yesterday", FRI, Some(("2025-07-02", Day))),
        ("the central bank said yesterday", FIRST, Some(("2025-02-28", Day))),
        ("the agency said five days ago", JAN3, Some(("2024-12-29", Day))),
        // Weeks.
        ("the minister said last week", FRI, Some(("2025-06-23", Week))),
        ("the minister said earlier this week", FRI, Some(("2025-06-30", Week))),
        ("officials said three weeks ago", FRI, Some(("2025-06-09", Week))),
        ("the chief executive said last week", MON, Some(("2025-06-23", Week))),
        ("the chief executive said this week", MON, Some(("2025-06-30", Week))),
        ("the coach said a week ago", MON, Some(("2025-06-23", Week))),
        ("the senator said last week", SUN, Some(("2025-06-23", Week))),
        ("the senator said earlier this week", SUN, Some(("2025-06-30", Week))),
        ("a spokesman said earlier this week", FIRST, Some(("2025-02-24", Week))),
        ("the president said last week", JAN3, Some(("2024-12-23", Week))),
        // Months.
        ("the regulator said last month", FRI, Some(("2025-06-01", Month))),
        ("the regulator said earlier this month", FRI, Some(("2025-07-01", Month))),
        ("the regulator said last month", FIRST, Some(("2025-02-01", Month))),
        ("the regulator said this month", FIRST, Some(("2025-03-01", Month))),
        ("she said two months ago", FIRST, Some(("2025-01-01", Month))),
        ("the regulator said last month", JAN3, Some(("2024-12-01", Month))),
        // Years.
        ("the chairman said last year", FRI, Some(("2024-01-01", Year))),
        ("the chairman said earlier this year", FRI, Some(("2025-01-01", Year))),
        ("the chairman said last year", JAN3, Some(("2024-01-01", Year))),
        ("the chairman said this year", JAN3, Some(("2025-01-01", Year))),
        ("the founder said four years ago", JAN3, Some(("2021-01-01", Year))),
        // Month and day.
        ("the judge ruled on June 14", FRI, Some(("2025-06-14", Day))),
        ("in a June 14th letter", FRI, Some(("2025-06-14", Day))),
        ("she said Sept. 5", FRI, Some(("2024-09-05", Day))),
        ("the filing dated Sep 5", FRI, Some(("2024-09-05", Day))),
        ("she said on 14 June", FRI, Some(("2025-06-14", Day))),
        ("he said Monday, June 14", FRI, Some(("2025-06-14", Day))),
        ("he said July 4", FRI, Some(("2025-07-04", Day))),
        ("he said July 5", FRI, Some(("2024-07-05", Day))),
        ("the senator said June 14", FIRST, Some(("2024-06-14", Day))),
        ("a memo written February 29", FIRST, Some(("2024-02-29", Day))),
        ("the general said December 20", JAN3, Some(("2024-12-20", Day))),
        ("the official said Jan. 2", JAN3, Some(("2025-01-02", Day))),
        ("the official said Jan. 4", JAN3, Some(("2024-01-04", Day))),
        ("she said on Dec. 31", JAN3, Some(("2024-12-31", Day))),
        // Full dates.
        ("the minister said June 14, 2025", FRI, Some(("2025-06-14", Day))),
        ("a filing dated 2025-06-14 shows", FRI, Some(("2025-06-14", Day))),
        ("she wrote on 14 June 2025", FRI, Some(("2025-06-14", Day))),
        ("he said on Friday, March 1, 2025", FIRST, Some(("2025-03-01", Day))),
        ("the memo of July 5, 2025", FRI, None),
        ("a hearing on June 31, 2025", FRI, None),
        // Month precision.
        ("the premier said in February 2022", FRI, Some(("2022-02-01", Month))),
        ("a February 2022 speech", FRI, Some(("2022-02-01", Month))),
        ("the premier said in February", FRI, Some(("2025-02-01", Month))),
        ("the premier said in July", FRI, Some(("2025-07-01", Month))),
        ("the premier said in August", FRI, Some(("2024-08-01", Month))),
        ("the premier said in May", FRI, Some(("2025-05-01", Month))),
        ("the premier said in late June", FRI, Some(("2025-06-01", Month))),
        ("the premier said last March", FRI, Some(("2025-03-01", Month))),
        ("the premier said in March", FIRST, Some(("2025-03-01", Month))),
        ("the premier said in April", FIRST, Some(("2024-04-01", Month))),
        ("the premier said last March", FIRST, Some(("2024-03-01", Month))),
        ("the premier said in December", JAN3, Some(("2024-12-01", Month))),
        ("the plan announced in February 2026", FRI, None),
        // Year precision.
        ("the actor said in 2019", FRI, Some(("2019-01-01", Year))),
        ("she said in a 2019 interview", FRI, Some(("2019-01-01", Year))),
        ("in a 2019 speech, he said", FRI, Some(("2019-01-01", Year))),
        ("as he said during 2019", FRI, Some(("2019-01-01", Year))),
        ("as he said in mid-2019", FRI, Some(("2019-01-01", Year))),
        ("as she said during the 2020 campaign", FRI, Some(("2020-01-01", Year))),
        ("the plan due in 2026", FRI, None),
        // Not dates.
        ("officials may have said so", FRI, None),
        ("the $2019 fee was waived", FRI, None),
        ("he gave Marching orders", FRI, None),
        ("a 2.5% rise, the bank said", FRI, None),
        ("power was restored in 250,000 homes", FRI, None),
        ("2019 people signed the letter", FRI, None),
        ("Theresa May said", FRI, None),
        ("the Mayday call came", FRI, None),
        ("a Sunday-school teacher said", FRI, None),
        ("he told the Sun.", FRI, None),
        ("the students began to March", FRI, None),
        ("the Thursdays are busy, she said", FRI, None),
        ("1.5 days ago", FRI, None),
        ("Jan said the vote was rigged", FRI, None),
    ];

    #[test]
    fn table_of_news_fragments() {
        assert!(CASES.len() >= 70, "only {} rows", CASES.len());
        let failures: Vec<String> = CASES
            .iter()
            .filter_map(|&(text, published, expected)| {
                let found = find_time_expressions(text);
                let got = found.first().and_then(|e| resolve(e.value, d(published)));
                let want = expected.map(|(date, precision)| ResolvedDate {
                    date: d(date),
                    precision,
                });
                (got != want).then(|| {
                    format!("{text:?} @ {published}: got {got:?}, want {want:?}; found {found:?}")
                })
            })
            .collect();
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    fn phrases(text: &str) -> Vec<&str> {
        find_time_expressions(text)
            .iter()
            .filter_map(|e| text.get(e.start..e.end))
            .collect()
    }

    #[test]
    fn offsets_cover_the_phrases() {
        let text = "Speaking on Thursday, the minister said last week's vote, held June 14, 2025, \
                    was final.";
        assert_eq!(phrases(text), ["on Thursday", "last week", "June 14, 2025"]);
        let text = "Zelenskyy — who spoke in Kyiv late Thursday night — said in May… «non»";
        assert_eq!(phrases(text), ["late Thursday night", "in May"]);
        assert_eq!(phrases("Émile Dupré said Thursday"), ["Thursday"]);
        assert_eq!(
            phrases("on Monday, June 14, 2021"),
            ["on Monday, June 14, 2021"]
        );
        assert_eq!(
            phrases("YESTERDAY and Earlier This Week"),
            ["YESTERDAY", "Earlier This Week"]
        );
        assert_eq!(
            phrases("next Tuesday, not Monday"),
            ["next Tuesday", "Monday"]
        );
        assert_eq!(phrases("Thursday last week."), ["Thursday last week"]);
        assert_eq!(phrases("Thursday, last weekend"), ["Thursday"]);
        assert!(phrases("Mr. Müller sagte Montag, dass ... $2019; 1,2019").is_empty());
        assert!(phrases("").is_empty());
    }

    #[test]
    fn offsets_are_ordered_and_disjoint() {
        let text = "Yesterday, two weeks ago and in 2019; also on 3 March and last month.";
        let found = find_time_expressions(text);
        assert_eq!(found.len(), 5);
        assert!(found.windows(2).all(|w| w[0].end <= w[1].start));
        assert_eq!(found[2].value, TimeValue::Year(2019));
        assert_eq!(found[3].value, TimeValue::MonthDay { month: 3, day: 3 });
    }

    #[test]
    fn parses_date_values() {
        let good = [
            "2025-07-04",
            "2025-07-04T10:30:00Z",
            "2025-07-04T10:30:00.123+02:00",
            "2025-07-04 10:30",
            "  2025/07/04 ",
            "2025/7/4",
            "July 4, 2025",
            "July 4th, 2025",
            "Jul. 4, 2025",
            "Friday, July 4, 2025",
            "4 July 2025",
            "Fri, 04 Jul 2025 10:00:00 +0000",
            "Fri, 4 Jul 2025 10:00:00 GMT",
            "July 4, 2025, 10:30 a.m. EDT",
        ];
        for s in good {
            assert_eq!(parse_date_value(s), Some(d("2025-07-04")), "{s:?}");
        }
        let bad = [
            "",
            "yesterday",
            "2025-02-30",
            "2025-13-01",
            "2025-07-04T25:00",
            "2025-07-04 garbage",
            "20250704",
            "July 32, 2025",
            "July 2025",
            "july 4, 2025",
            "04/07/2025",
            "Fri, 04 Jul 2025 10:00:00 +0000 extra",
        ];
        for s in bad {
            assert_eq!(parse_date_value(s), None, "{s:?}");
        }
    }

    #[test]
    fn reads_datelines() {
        let cases: [(&str, Option<i32>, Option<&str>); 10] = [
            (
                "WASHINGTON, June 14, 2025 (Reuters) — The president said",
                None,
                Some("2025-06-14"),
            ),
            (
                "KYIV, Ukraine, March 3, 2024 — Officials said",
                None,
                Some("2024-03-03"),
            ),
            (
                "NEW YORK (AP) — June 2, 2024: Stocks rose",
                None,
                Some("2024-06-02"),
            ),
            (
                "\u{feff}  ST. LOUIS, Sept. 5, 2024 (AP) -- A judge",
                None,
                Some("2024-09-05"),
            ),
            ("LONDON, June 14 (Reuters) - Britain said", None, None),
            (
                "LONDON, June 14 (Reuters) - Britain said",
                Some(2025),
                Some("2025-06-14"),
            ),
            (
                "WASHINGTON (Reuters) — The president said Tuesday",
                Some(2025),
                None,
            ),
            ("The president said on June 14, 2025 that", None, None),
            ("KYIV, Ukraine, February 30, 2024 — Officials", None, None),
            ("June 14, 2025", None, None),
        ];
        for (text, hint, want) in cases {
            assert_eq!(dateline_date(text, hint), want.map(d), "{text:?}");
        }
    }

    #[test]
    fn precision_names_round_trip() {
        for p in PRECISIONS {
            assert_eq!(p.as_str().parse::<Precision>(), Ok(p));
            assert_eq!(p.to_string(), p.as_str());
        }
        assert_eq!(" WEEK ".parse::<Precision>(), Ok(Week));
        assert_eq!("fortnight".parse::<Precision>(), Err(UnknownPrecision));
    }

    fn all_values() -> Vec<TimeValue> {
        use TimeValue as T;
        let mut values = vec![
            T::Today,
            T::Yesterday,
            T::LastNight,
            T::Tomorrow,
            T::ThisWeek,
            T::LastWeek,
            T::NextWeek,
            T::ThisMonth,
            T::LastMonth,
            T::NextMonth,
            T::ThisYear,
            T::LastYear,
            T::NextYear,
            T::Date(d("2024-06-14")),
            T::Date(d("2025-12-31")),
        ];
        let weekdays = [
            Weekday::Mon,
            Weekday::Tue,
            Weekday::Wed,
            Weekday::Thu,
            Weekday::Fri,
            Weekday::Sat,
            Weekday::Sun,
        ];
        for w in weekdays {
            values.extend([
                T::Weekday(w),
                T::LastWeekday(w),
                T::ThisWeekday(w),
                T::NextWeekday(w),
                T::WeekdayLastWeek(w),
            ]);
        }
        for n in [0, 1, 2, 7, 10, 60] {
            values.extend([
                T::DaysAgo(n),
                T::WeeksAgo(n),
                T::MonthsAgo(n),
                T::YearsAgo(n),
            ]);
        }
        for month in 0..=13 {
            values.extend([T::Month(month), T::LastNamedMonth(month)]);
            for day in [0, 1, 15, 28, 29, 30, 31, 32] {
                values.push(T::MonthDay { month, day });
            }
            for year in 2023..=2026 {
                values.push(T::MonthYear { year, month });
            }
        }
        values.extend((2022..=2027).map(T::Year));
        values
    }

    #[test]
    fn resolve_never_goes_past_publication() {
        let values = all_values();
        let start = d("2024-01-01");
        for offset in 0..420 {
            let published = start + chrono::Duration::days(offset);
            for &value in &values {
                let Some(r) = resolve(value, published) else {
                    continue;
                };
                assert!(r.date <= published, "{value:?} @ {published} -> {r:?}");
                let aligned = match r.precision {
                    Day => true,
                    Week => r.date.weekday() == Weekday::Mon,
                    Month => r.date.day() == 1,
                    Year => r.date.ordinal() == 1,
                };
                assert!(aligned, "{value:?} @ {published} -> {r:?}");
            }
        }
    }

    #[test]
    fn weekday_resolution_covers_the_week() {
        let published = d(FRI);
        for back in 0..7 {
            let date = published - chrono::Duration::days(back);
            let got = resolve(TimeValue::Weekday(date.weekday()), published);
            assert_eq!(
                got,
                Some(ResolvedDate {
                    date,
                    precision: Day
                })
            );
            let last = resolve(TimeValue::LastWeekday(date.weekday()), published);
            let want = if back == 0 {
                date - chrono::Duration::days(7)
            } else {
                date
            };
            assert_eq!(last.map(|r| r.date), Some(want));
        }
    }
}
