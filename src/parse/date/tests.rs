//! Named cases for the date grammar and resolver, on phrases written for these tests.

use super::*;
use Precision::{Day, Month, Week, Year};
use chrono::Datelike;

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

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
    /// Whenever the grammar finds an expression at the start of a text, the cheap filter lets
    /// that start through (a digit, or a word `can_lead` accepts). The texts are phrases of the
    /// grammar's own words, in odd cases and with odd neighbours.
    #[test]
    fn the_leading_word_filter_never_hides_an_expression(
        text in concat!(
            "((last|LAST|Last|mid|MID|earlier|late|on|In|during|since|throughout|this|next|the|",
            "THE|day|before|yesterday|Today|tonight|tomorrow|a|an|An|one|Ten|three|two|days|",
            "week|weeks|month|year|ago|coming|past|of|morning|night|May|may|Jan|Jan\\.|Sept\\.|",
            "June|Thursday|THURSDAY|Thurs\\.|Sun|Sun\\.|2019|2025-07-04|5|12th|31|x|\u{e9}|",
            "\u{212A}|Ma)( |, |-|\\.|\u{a0})?){1,6}"
        )
    ) {
        if grammar::time_expression(&text).is_ok() {
            let digit = text.as_bytes().first().is_some_and(u8::is_ascii_digit);
            proptest::prop_assert!(digit || words::can_lead(&text), "{text:?}");
        }
    }
}

#[test]
fn the_leading_word_filter_rejects_other_words() {
    for text in [
        "said Thursday",
        "Mayday",
        "lastly",
        "the",
        "Marching",
        "K",
        "\u{212A}ast",
    ] {
        let lead = words::can_lead(text);
        assert_eq!(lead, text == "the", "{text:?}");
    }
    assert!(words::can_lead("Sept. 4"));
    assert!(words::can_lead("mid-March"));
}

#[test]
fn a_kelvin_sign_is_no_letter_k() {
    // U+212A lowercases to "k": the grammar's words are compared as ASCII, so "wee\u{212A}"
    // is not "week" (and the input is never cut inside that character).
    assert!(find_time_expressions("they met last wee\u{212A} in town").is_empty());
    assert_eq!(find_time_expressions("they met last week in town").len(), 1);
}

#[test]
fn dateline_end_table() {
    // (text, the dateline's length: 0 for none)
    let cases: &[(&str, &str)] = &[
        (
            "OSLO, June 14, 2025 — The fund said",
            "OSLO, June 14, 2025 —",
        ),
        (
            "LONDON, March 3 (Reuters) - The bank said",
            "LONDON, March 3 (Reuters) - ",
        ),
        (
            "WASHINGTON (AP) — The Senate will vote",
            "WASHINGTON (AP) —",
        ),
        ("NEW YORK — The mayor said", "NEW YORK —"),
        (
            "ST. LOUIS, Mo. (AP) -- Crews worked",
            "ST. LOUIS, Mo. (AP) -- ",
        ),
        (
            "KYIV, Ukraine (Reuters) – Talks resumed",
            "KYIV, Ukraine (Reuters) –",
        ),
        // Not datelines: a capitalised sentence before a dash, one capital letter, lowercase.
        ("The Senate — and the House — will vote", ""),
        ("Washington — the city — is hot", ""),
        ("A — the first option", ""),
        ("The plan is simple, WASHINGTON (AP) — said", ""),
    ];
    for (text, want) in cases {
        assert_eq!(&text[..dateline_end(text)], *want, "{text}");
    }
}

#[test]
fn publication_line_table() {
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let rows: &[(&str, Option<(NaiveDate, bool)>)] = &[
        ("20 November 2026", Some((day(2026, 11, 20), false))),
        ("Friday, July 3, 2026 10:15", Some((day(2026, 7, 3), false))),
        (
            "Published 14 November 2026",
            Some((day(2026, 11, 14), false)),
        ),
        (
            "First published on: 2026-03-01",
            Some((day(2026, 3, 1), false)),
        ),
        (
            "Posted 2026/03/01 (local time)",
            Some((day(2026, 3, 1), false)),
        ),
        (
            "Updated: 5 March 2026, 09:12 GMT",
            Some((day(2026, 3, 5), true)),
        ),
        ("Last modified on 2026-03-05", Some((day(2026, 3, 5), true))),
        ("By Ana Ruiz, June 3, 2026", Some((day(2026, 6, 3), false))),
        (
            "By Ana Ruiz | Updated 3 June 2026",
            Some((day(2026, 6, 3), true)),
        ),
        (
            "BY TOM LEE — 3 June 2026 GMT",
            Some((day(2026, 6, 3), false)),
        ),
        // Prose after the date, no date, an impossible date, a byline without one.
        ("June 3, 2026 was a long day for the council", None),
        ("Published by the Harbour Trust", None),
        ("Published 30 February 2026", None),
        ("By Ana Ruiz", None),
        ("By the end of June 3, 2026, it was over", None),
    ];
    for (line, want) in rows {
        assert_eq!(publication_line(line), *want, "{line}");
    }
}
