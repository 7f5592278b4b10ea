//! The date grammar: one nom function per rule, the rule in a comment above it.

use chrono::{NaiveDate, Weekday};
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while_m_n, take_while1};
use nom::character::complete::{char, one_of, satisfy};
use nom::combinator::{map, map_opt, not, opt, peek, value, verify};
use nom::multi::fold_many0;
use nom::sequence::{delimited, preceded, terminated};

use super::TimeValue;
use super::words::*;

// time_expression = qualified | on_phrase | period_phrase | last_phrase | this_phrase
//                 | next_phrase | relative_day | ago_phrase | article_year | date_phrase
//                 | weekday_phrase
pub(super) fn time_expression(input: &str) -> Res<'_, TimeValue> {
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
pub(super) fn qualifier(input: &str) -> Res<'_, ()> {
    alt((
        value((), (alt((kw("earlier"), kw("early"), kw("late"))), sp)),
        value((), (no_case("mid"), alt((tag("-"), sp)))),
    ))
    .parse(input)
}

// qualified = qualifier (relative_day | this_phrase | last_phrase | on_phrase | weekday_ref
//                        | month_ref | text_year)
pub(super) fn qualified(input: &str) -> Res<'_, TimeValue> {
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
pub(super) fn on_phrase(input: &str) -> Res<'_, TimeValue> {
    preceded((kw("on"), sp), alt((date_phrase, weekday_ref))).parse(input)
}

// article = "a" | "an" | "the"
pub(super) fn article(input: &str) -> Res<'_, &str> {
    alt((kw("a"), kw("an"), kw("the"))).parse(input)
}

// period_phrase = ("in" | "during" | "since" | "throughout") sp [article sp] [qualifier]
//                 (month_ref | text_year)
pub(super) fn period_phrase(input: &str) -> Res<'_, TimeValue> {
    let preposition = alt((kw("in"), kw("during"), kw("since"), kw("throughout")));
    preceded(
        (preposition, sp, opt((article, sp)), opt(qualifier)),
        alt((month_ref, map(text_year, TimeValue::Year))),
    )
    .parse(input)
}

// time_of_day = "morning" | "afternoon" | "evening" | "night"
pub(super) fn time_of_day(input: &str) -> Res<'_, &str> {
    alt((kw("morning"), kw("afternoon"), kw("evening"), kw("night"))).parse(input)
}

// weekday_timed = weekday_any [sp time_of_day]
pub(super) fn weekday_timed(input: &str) -> Res<'_, Weekday> {
    terminated(weekday_any, opt((sp, time_of_day))).parse(input)
}

// last_phrase = "last" sp ("night" | "evening" | "week" | "month" | "year"
//                          | weekday_timed | month_word)
pub(super) fn last_phrase(input: &str) -> Res<'_, TimeValue> {
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
pub(super) fn this_phrase(input: &str) -> Res<'_, TimeValue> {
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
pub(super) fn next_phrase(input: &str) -> Res<'_, TimeValue> {
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
pub(super) fn relative_day(input: &str) -> Res<'_, TimeValue> {
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
pub(super) fn number_word(input: &str) -> Res<'_, u32> {
    for &(word, n) in &NUMBER_WORDS {
        if let Ok((rest, _)) = kw(word).parse(input) {
            return Ok((rest, n));
        }
    }
    Err(FAIL)
}

// count = number_word | "a" | "an" | digits_1_2 num_end
pub(super) fn count(input: &str) -> Res<'_, u32> {
    alt((
        number_word,
        value(1, alt((kw("a"), kw("an")))),
        terminated(digits_1_2, num_end),
    ))
    .parse(input)
}

// unit = ("day" | "week" | "month" | "year") ["s"]
pub(super) fn unit(input: &str) -> Res<'_, Unit> {
    alt((
        value(Unit::Day, alt((kw("days"), kw("day")))),
        value(Unit::Week, alt((kw("weeks"), kw("week")))),
        value(Unit::Month, alt((kw("months"), kw("month")))),
        value(Unit::Year, alt((kw("years"), kw("year")))),
    ))
    .parse(input)
}

// ago_phrase = count sp unit sp "ago"
pub(super) fn ago_phrase(input: &str) -> Res<'_, TimeValue> {
    map((count, sp, unit, sp, kw("ago")), |(n, _, unit, _, _)| {
        unit.ago(n)
    })
    .parse(input)
}

// article_year = ("a" | "an") sp text_year &(sp letter)     "a 2019 interview"
pub(super) fn article_year(input: &str) -> Res<'_, TimeValue> {
    let noun_follows = peek((sp, satisfy(char::is_alphabetic)));
    map(
        delimited((alt((kw("a"), kw("an"))), sp), text_year, noun_follows),
        TimeValue::Year,
    )
    .parse(input)
}

// date_phrase = numeric_ymd("-") | day_month | month_dated
pub(super) fn date_phrase(input: &str) -> Res<'_, TimeValue> {
    alt((
        map(numeric_ymd('-'), TimeValue::Date),
        day_month,
        month_dated,
    ))
    .parse(input)
}

// numeric_ymd(sep) = digits_4 sep digits_1_2 sep digits_1_2 !digit
pub(super) fn numeric_ymd<'a>(sep: char) -> impl Parser<&'a str, Output = NaiveDate, Error = ()> {
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
pub(super) fn day_month(input: &str) -> Res<'_, TimeValue> {
    map_opt(
        (day_number, sp, month_name, opt(preceded(sp, text_year))),
        |(day, _, (month, _), year)| calendar_value(month, day, year),
    )
    .parse(input)
}

// year_tail = ("," [sp] | sp) text_year
pub(super) fn year_tail(input: &str) -> Res<'_, i32> {
    preceded(
        alt((value((), (char(','), opt(sp))), value((), sp))),
        text_year,
    )
    .parse(input)
}

// month_dated = month_name (sp day_number [year_tail] | [","] sp text_year)
pub(super) fn month_dated(input: &str) -> Res<'_, TimeValue> {
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
pub(super) fn month_ref(input: &str) -> Res<'_, TimeValue> {
    alt((month_dated, map(month_word, TimeValue::Month))).parse(input)
}

// weekday_dated = weekday_any [","] sp (month_dated | day_month)
pub(super) fn weekday_dated(input: &str) -> Res<'_, TimeValue> {
    preceded(
        (weekday_any, opt(char(',')), sp),
        alt((month_dated, day_month)),
    )
    .parse(input)
}

// weekday_ref = weekday_dated | weekday_timed [of_last_week]
pub(super) fn weekday_ref(input: &str) -> Res<'_, TimeValue> {
    alt((weekday_dated, weekday_week(weekday_timed))).parse(input)
}

// weekday_phrase = weekday_dated | weekday_full [sp time_of_day] [of_last_week]
pub(super) fn weekday_phrase(input: &str) -> Res<'_, TimeValue> {
    let bare = terminated(weekday_full, opt((sp, time_of_day)));
    alt((weekday_dated, weekday_week(bare))).parse(input)
}

// weekday_week(day) = day [of_last_week]
pub(super) fn weekday_week<'a>(
    day: impl Parser<&'a str, Output = Weekday, Error = ()>,
) -> impl Parser<&'a str, Output = TimeValue, Error = ()> {
    map((day, opt(of_last_week)), |(weekday, last)| match last {
        Some(()) => TimeValue::WeekdayLastWeek(weekday),
        None => TimeValue::Weekday(weekday),
    })
}

// of_last_week = sp ["of" sp] "last" sp "week"
pub(super) fn of_last_week(input: &str) -> Res<'_, ()> {
    value((), (sp, opt((kw("of"), sp)), kw("last"), sp, kw("week"))).parse(input)
}

// date_value = numeric_ymd("-") [("T" | sp) clock] | numeric_ymd("/") [sp clock]
//            | written_date [[","] sp clock]
pub(super) fn date_value(input: &str) -> Res<'_, NaiveDate> {
    alt((
        terminated(numeric_ymd('-'), opt((alt((no_case("T"), sp)), clock))),
        terminated(numeric_ymd('/'), opt((sp, clock))),
        terminated(written_date, opt((opt(char(',')), sp, clock))),
    ))
    .parse(input)
}

// publication_date = [publication_label] date_value
// publication_label = [("first" | "last") sp] ("published" | "posted" | "updated" | "modified")
//                     [sp "on"] [":"] sp
// The flag says whether the label names an update rather than the first publication.
pub(super) fn publication_date(input: &str) -> Res<'_, (NaiveDate, bool)> {
    let first = alt((value(false, kw("published")), value(false, kw("posted"))));
    let update = alt((value(true, kw("updated")), value(true, kw("modified"))));
    let label = terminated(
        preceded(
            opt((alt((kw("first"), kw("last"))), sp)),
            alt((first, update)),
        ),
        (opt((sp, kw("on"))), opt(char(':')), sp),
    );
    map((opt(label), date_value), |(update, date)| {
        (date, update.unwrap_or(false))
    })
    .parse(input)
}

// written_date = [weekday_loose [","] sp] month_and_day [","] sp year4
pub(super) fn written_date(input: &str) -> Res<'_, NaiveDate> {
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
pub(super) fn clock(input: &str) -> Res<'_, ()> {
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
pub(super) fn meridiem(input: &str) -> Res<'_, &str> {
    let marker = alt((
        no_case("a.m."),
        no_case("p.m."),
        no_case("am"),
        no_case("pm"),
    ));
    terminated(marker, word_end).parse(input)
}

// zone = "Z" | ("+" | "-") digits_2 [":"] digits_2 | 2-5 capital letters ("UTC", "EDT")
pub(super) fn zone(input: &str) -> Res<'_, ()> {
    alt((
        value((), tag("Z")),
        value((), (one_of("+-"), digits_2, opt(char(':')), digits_2)),
        value((), take_while_m_n(2, 5, |c: char| c.is_ascii_uppercase())),
    ))
    .parse(input)
}

// dateline = place_list ("," sp dateline_day [sp agency] [sp] dateline_end
//                        | [sp agency] [sp] dash sp dateline_day)
pub(super) fn dateline(input: &str) -> Res<'_, (u32, u32, Option<i32>)> {
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

// dateless_dateline = caps_place ["," sp place_list] [sp agency] [sp] dash
// ("WASHINGTON (AP) —", "NEW YORK —", "KYIV, Ukraine (Reuters) -": a wire dateline without a
// date; the first place in capitals, as wire copy writes it)
pub(super) fn dateless_dateline(input: &str) -> Res<'_, ()> {
    let more = opt((char(','), sp, place_list));
    value((), (caps_place, more, opt((sp, agency)), opt(sp), dash)).parse(input)
}

// caps_place = place_name with two letters or more, none of them lowercase
pub(super) fn caps_place(input: &str) -> Res<'_, &str> {
    let (rest, name) = place(input)?;
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || name.chars().any(char::is_lowercase) {
        return Err(FAIL);
    }
    Ok((rest, name))
}

// dateline_day = month_and_day [[","] sp text_year]
pub(super) fn dateline_day(input: &str) -> Res<'_, (u32, u32, Option<i32>)> {
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
pub(super) fn dateline_end(input: &str) -> Res<'_, &str> {
    alt((dash, tag(":"))).parse(input)
}

// dash = "—" | "–" | "--" | "-"
pub(super) fn dash(input: &str) -> Res<'_, &str> {
    alt((tag("—"), tag("–"), tag("--"), tag("-"))).parse(input)
}

// agency = "(" 1-40 characters other than ")" ")"
pub(super) fn agency(input: &str) -> Res<'_, &str> {
    delimited(
        char('('),
        take_while_m_n(1, 40, |c: char| c != ')'),
        char(')'),
    )
    .parse(input)
}

// place_list = place ("," sp place)*
pub(super) fn place_list(input: &str) -> Res<'_, ()> {
    let more = fold_many0((char(','), sp, place), || (), |(), _| ());
    value((), (place, more)).parse(input)
}

// place = !dateline_day place_name
pub(super) fn place(input: &str) -> Res<'_, &str> {
    preceded(not(dateline_day), place_name).parse(input)
}

// place_name = uppercase letter { letter | "." | "'" | (" " | "-") letter }
pub(super) fn place_name(input: &str) -> Res<'_, &str> {
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
