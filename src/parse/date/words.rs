//! The date grammar's words and numbers: month and weekday names, digits, ordinals.

use std::sync::LazyLock;

use chrono::{NaiveDate, Weekday};
use nom::branch::alt;
use nom::bytes::complete::{take_while_m_n, take_while1};
use nom::combinator::{map, map_opt, opt, verify};
use nom::sequence::terminated;
use nom::{IResult, Parser};
use rustc_hash::FxHashSet;

use super::TimeValue;
use super::resolve::day_fits;

// ---------------------------------------------------------------------------------------------
// Grammar. Every rule is a nom parser over &str with `()` errors; a rule consumes no trailing
// whitespace, and every word or number it takes ends at a word boundary.
// ---------------------------------------------------------------------------------------------

pub(super) type Res<'a, T> = IResult<&'a str, T, ()>;

pub(super) const FAIL: nom::Err<()> = nom::Err::Error(());

pub(super) const MONTH_NAMES: [(&str, u32); 12] = [
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

pub(super) const MONTH_ABBREVIATIONS: [(&str, u32); 12] = [
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

pub(super) const WEEKDAY_NAMES: [(&str, Weekday); 7] = [
    ("Monday", Weekday::Mon),
    ("Tuesday", Weekday::Tue),
    ("Wednesday", Weekday::Wed),
    ("Thursday", Weekday::Thu),
    ("Friday", Weekday::Fri),
    ("Saturday", Weekday::Sat),
    ("Sunday", Weekday::Sun),
];

pub(super) const WEEKDAY_ABBREVIATIONS: [(&str, Weekday); 10] = [
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

pub(super) const NUMBER_WORDS: [(&str, u32); 10] = [
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

/// The words other than month and weekday names that a time expression can begin with: the
/// first keyword of each rule [`super::grammar::time_expression`] tries (qualifiers,
/// prepositions, "last", "this", "next", relative days, counts and articles).
const LEADING_KEYWORDS: [&str; 19] = [
    "earlier",
    "early",
    "late",
    "mid",
    "on",
    "in",
    "during",
    "since",
    "throughout",
    "last",
    "this",
    "next",
    "the",
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "a",
    "an",
];

/// Whether `text` begins with a word a time expression can begin with: its leading run of
/// ASCII letters, in any case, is a leading keyword, a number word, or a month or weekday name
/// or abbreviation. A cheap filter before the grammar runs: it may say yes where the grammar
/// then fails, never no where the grammar would match, because every rule's first word is a
/// keyword or table name followed by a character that is not an ASCII letter ("mid" by "-" or
/// a space, the others by a word end or an abbreviation dot), and the only non-ASCII character
/// whose lowercase is an ASCII letter, the Kelvin sign, lowercases to a "k" no such word has.
pub(super) fn can_lead(text: &str) -> bool {
    let len = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    let mut lower = [0u8; 10];
    match (text.as_bytes().get(..len), lower.get_mut(..len)) {
        (Some(word), Some(buf)) if len > 0 => {
            buf.copy_from_slice(word);
            buf.make_ascii_lowercase();
            LEADING_WORDS.contains(&*buf)
        }
        _ => false,
    }
}

/// Every word [`can_lead`] accepts, lowercased.
static LEADING_WORDS: LazyLock<FxHashSet<Vec<u8>>> = LazyLock::new(|| {
    let names = NUMBER_WORDS.iter().map(|(w, _)| w);
    let months = MONTH_NAMES
        .iter()
        .chain(&MONTH_ABBREVIATIONS)
        .map(|(w, _)| w);
    let weekdays = WEEKDAY_NAMES
        .iter()
        .chain(&WEEKDAY_ABBREVIATIONS)
        .map(|(w, _)| w);
    LEADING_KEYWORDS
        .iter()
        .chain(names)
        .chain(months)
        .chain(weekdays)
        .map(|w| w.to_ascii_lowercase().into_bytes())
        .collect()
});

/// Whether a table name may, must or must not be followed by an abbreviation dot.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Dot {
    Never,
    Optional,
    Required,
}

/// The unit of an "N units ago" phrase.
#[derive(Clone, Copy)]
pub(super) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    pub(super) fn ago(self, n: u32) -> TimeValue {
        match self {
            Unit::Day => TimeValue::DaysAgo(n),
            Unit::Week => TimeValue::WeeksAgo(n),
            Unit::Month => TimeValue::MonthsAgo(n),
            Unit::Year => TimeValue::YearsAgo(n),
        }
    }
}

// word_end = end of input | a character that continues no word ("-" + alphanumeric does)
pub(super) fn word_end(input: &str) -> Res<'_, ()> {
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
pub(super) fn num_end(input: &str) -> Res<'_, ()> {
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

// no_case(word) = word, in any ASCII case
// (nom's `tag_no_case` lowercases both sides a char at a time, and counts the Kelvin sign as
// a "k" and then cuts the input inside that character; the grammar's words are ASCII, so
// comparing bytes without ASCII case is the same match for everything else, and cheaper.)
pub(super) fn no_case<'a>(word: &'static str) -> impl Fn(&'a str) -> Res<'a, &'a str> {
    move |input: &'a str| match (input.get(..word.len()), input.get(word.len()..)) {
        (Some(head), Some(rest)) if head.eq_ignore_ascii_case(word) => Ok((rest, head)),
        _ => Err(FAIL),
    }
}

// kw(word) = word (any case) word_end
pub(super) fn kw<'a>(word: &'static str) -> impl Parser<&'a str, Output = &'a str, Error = ()> {
    terminated(no_case(word), word_end)
}

// sp = whitespace+
pub(super) fn sp(input: &str) -> Res<'_, &str> {
    take_while1(char::is_whitespace).parse(input)
}

// table_name = one table entry, capitalised exactly as listed, then the dot rule, then word_end
pub(super) fn table_name<'a, T: Copy>(
    input: &'a str,
    table: &[(&str, T)],
    dot: Dot,
) -> Res<'a, (T, bool)> {
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
pub(super) fn month_name(input: &str) -> Res<'_, (u32, bool)> {
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
pub(super) fn month_word(input: &str) -> Res<'_, u32> {
    map(verify(month_name, |(_, alone)| *alone), |(m, _)| m).parse(input)
}

// weekday_full = "Monday" | ... | "Sunday"
pub(super) fn weekday_full(input: &str) -> Res<'_, Weekday> {
    map(|i| table_name(i, &WEEKDAY_NAMES, Dot::Never), |(w, _)| w).parse(input)
}

// weekday_any = weekday_full | weekday abbreviation "."   ("Sun" undotted is a newspaper)
pub(super) fn weekday_any(input: &str) -> Res<'_, Weekday> {
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
pub(super) fn weekday_loose(input: &str) -> Res<'_, Weekday> {
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
pub(super) fn digits_1_2(input: &str) -> Res<'_, u32> {
    map_opt(
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        |s: &str| s.parse().ok(),
    )
    .parse(input)
}

// digits_2 = exactly 2 ASCII digits
pub(super) fn digits_2(input: &str) -> Res<'_, u32> {
    map_opt(
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        |s: &str| s.parse().ok(),
    )
    .parse(input)
}

// digits_4 = exactly 4 ASCII digits
pub(super) fn digits_4(input: &str) -> Res<'_, i32> {
    map_opt(
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        |s: &str| s.parse().ok(),
    )
    .parse(input)
}

// year4 = digits_4 num_end
pub(super) fn year4(input: &str) -> Res<'_, i32> {
    terminated(digits_4, num_end).parse(input)
}

// text_year = year4 in 1800..=2199   (a plausible year in running text)
pub(super) fn text_year(input: &str) -> Res<'_, i32> {
    verify(year4, |y| (1800..=2199).contains(y)).parse(input)
}

// ordinal = "st" | "nd" | "rd" | "th"
pub(super) fn ordinal(input: &str) -> Res<'_, &str> {
    alt((no_case("st"), no_case("nd"), no_case("rd"), no_case("th"))).parse(input)
}

// day_number = digits_1_2 (1..=31) [ordinal] num_end
pub(super) fn day_number(input: &str) -> Res<'_, u32> {
    terminated(
        verify(digits_1_2, |d| (1..=31).contains(d)),
        (opt(ordinal), num_end),
    )
    .parse(input)
}

// month_and_day = month_name sp day_number | day_number sp month_name
pub(super) fn month_and_day(input: &str) -> Res<'_, (u32, u32)> {
    alt((
        map((month_name, sp, day_number), |((m, _), _, d)| (m, d)),
        map((day_number, sp, month_name), |(d, _, (m, _))| (m, d)),
    ))
    .parse(input)
}

/// A day of a month, with a year when given; `None` when no such day exists.
pub(super) fn calendar_value(month: u32, day: u32, year: Option<i32>) -> Option<TimeValue> {
    match year {
        Some(year) => NaiveDate::from_ymd_opt(year, month, day).map(TimeValue::Date),
        None => day_fits(month, day).then_some(TimeValue::MonthDay { month, day }),
    }
}
