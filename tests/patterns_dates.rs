//! The day a statement was made, sentence by sentence (issue 3). `src/parse/date.rs` tables
//! the time expressions themselves; these cases check which expression governs the speech act:
//! the one attached to the cue or its clause, never a date inside the reported or quoted
//! content; the lead's date for the lead's own speaker only; the publication date otherwise;
//! nothing without an article date unless the text states an absolute one; never a day after
//! the article date.
//!
//! Most articles are dated Friday 2025-07-04 (`FRI`); a few use a Monday, a Sunday and a
//! Friday just after New Year. Every article was written for these tests.
//! A case the extractor gets wrong keeps its right answer and is marked
//! `#[ignore = "known gap: …"]`, so `cargo test -- --ignored` lists the work left.

use whosaid::model::DateBasis::{Lead, Published, Stated};
use whosaid::model::Precision::{Day, Month, Week, Year};

use crate::util::cases::Want::*;
use crate::util::cases::{FRI, cases, has};

/// Monday 10 March 2025.
const MON: Option<&str> = Some("2025-03-10");
/// Sunday 2 November 2025.
const SUN: Option<&str> = Some("2025-11-02");
/// Friday 2 January 2026, just after a year boundary.
const NEW_YEAR: Option<&str> = Some("2026-01-02");

// ------------------------------------------------------------------ stated: weekdays and relative days
cases! {
    year_inside_the_content_before_a_trailing_cue_is_not_the_date: FRI,
        "Mayor Ida Brunner spoke first at the packed meeting in the old hall.\n\n\
         Brunner “drew well from older voters” in the 2008 primary, said Dale State professor \
         Paul Beck." => [
        has("drew well", &[On("2025-07-04", Day, Published)]),
    ];
    unclaimed_quotation_takes_the_day_its_sentence_names: FRI,
        "Lena Park, whose shop flooded twice, posted on Wednesday: she wanted \
         “a straight answer from the county about the drains.”" => [
        has("straight answer", &[On("2025-07-02", Day, Stated)]),
    ];
    said_thursday_is_the_day_before_a_friday_article: FRI,
        "Ida Brunner said Thursday that the budget was short." => [
        has("budget was short", &[On("2025-07-03", Day, Stated)]),
    ];
    quote_said_on_thursday: FRI,
        "“The budget is short,” Ida Brunner said on Thursday." => [
        has("budget is short", &[On("2025-07-03", Day, Stated)]),
    ];
    said_thursday_morning: FRI,
        "“The budget is short,” Ida Brunner said Thursday morning." => [
        has("budget is short", &[On("2025-07-03", Day, Stated)]),
    ];
    said_on_friday_in_a_friday_article_is_that_day: FRI,
        "Ida Brunner said on Friday that the budget was short." => [
        has("budget was short", &[On("2025-07-04", Day, Stated)]),
    ];
    said_saturday_is_the_saturday_before: FRI,
        "Ida Brunner said Saturday that the budget was short." => [
        has("budget was short", &[On("2025-06-28", Day, Stated)]),
    ];
    said_yesterday: FRI,
        "Ida Brunner said yesterday that the budget was short." => [
        has("budget was short", &[On("2025-07-03", Day, Stated)]),
    ];
    told_reporters_today: FRI,
        "Ida Brunner told reporters today that the budget was short." => [
        has("budget was short", &[On("2025-07-04", Day, Stated)]),
    ];
    said_last_week_is_a_week_from_its_monday: FRI,
        "Ida Brunner said last week that the budget was short." => [
        has("budget was short", &[On("2025-06-23", Week, Stated)]),
    ];
    said_last_month: FRI,
        "Ida Brunner said last month that the budget was short." => [
        has("budget was short", &[On("2025-06-01", Month, Stated)]),
    ];
    said_earlier_this_year: FRI,
        "Ida Brunner said earlier this year that the budget was short." => [
        has("budget was short", &[On("2025-01-01", Year, Stated)]),
    ];
    said_in_an_interview_on_tuesday: FRI,
        "“We have no money for the pool,” Paul Ekberg said in an interview on Tuesday." => [
        has("no money for the pool", &[On("2025-07-01", Day, Stated)]),
    ];
}

// ------------------------------------------------------------------ stated: absolute dates
cases! {
    told_reporters_on_june_14: FRI,
        "Paul Ekberg told reporters on June 14 that the audit would be public." => [
        has("audit would be public", &[On("2025-06-14", Day, Stated)]),
    ];
    said_in_february_2022_is_a_month: FRI,
        "Paul Ekberg said in February 2022 that the mill would close." => [
        has("mill would close", &[On("2022-02-01", Month, Stated)]),
    ];
    in_a_2019_interview_is_a_year: FRI,
        "“I will never run for mayor,” Paul Ekberg said in a 2019 interview." => [
        has("never run for mayor", &[On("2019-01-01", Year, Stated)]),
    ];
}

// ------------------------------------------------------------------ content dates are not the day of saying
cases! {
    invasion_date_in_the_content_is_not_taken: FRI,
        "Marta Ilves said the invasion began in February 2022." => [
        has("invasion began", &[On("2025-07-04", Day, Published)]),
    ];
    vote_date_in_the_content_is_not_taken: FRI,
        "Paul Ekberg said Monday that the vote would be held on June 27." => [
        has("vote would be held", &[On("2025-06-30", Day, Stated)]),
    ];
    weekday_in_the_content_clause_is_not_taken: FRI,
        "Marta Ilves said the bridge had closed on Tuesday." => [
        has("bridge had closed", &[On("2025-07-04", Day, Published)]),
    ];
    yesterday_inside_the_quote_is_not_taken: FRI,
        "“The ferry ran aground yesterday,” harbor master Olaf Brenne said." => [
        has("ran aground", &[On("2025-07-04", Day, Published)]),
    ];
    yesterday_inside_the_quote_yields_to_the_cue_day: FRI,
        "“We signed the contract yesterday,” Paul Ekberg said Wednesday." => [
        has("signed the contract", &[On("2025-07-02", Day, Stated)]),
    ];
    date_inside_the_quote_is_not_taken: FRI,
        "“The works started on June 2 and will end in August,” said Marta Ilves." => [
        has("works started", &[On("2025-07-04", Day, Published)]),
    ];
}

// ------------------------------------------------------------------ the lead's date
cases! {
    lead_date_carries_to_the_lead_speakers_quotes: FRI,
        "Gov. Lucia Ferrante outlined the water plan on Wednesday.\n\
         “It will take ten years,” Ferrante said. “We start with the reservoirs,” she added." => [
        has("ten years", &[Speaker("Lucia Ferrante"), On("2025-07-02", Day, Lead)]),
        has("reservoirs", &[Speaker("Lucia Ferrante"), On("2025-07-02", Day, Lead)]),
    ];
    lead_date_is_not_another_speakers: FRI,
        "Gov. Lucia Ferrante outlined the water plan on Wednesday.\n\
         “It will take ten years,” Ferrante said.\n\
         “It is far too slow,” said Senator Amos Kell." => [
        has("ten years", &[On("2025-07-02", Day, Lead)]),
        has("far too slow", &[Speaker("Amos Kell"), On("2025-07-04", Day, Published)]),
    ];
    own_time_beats_the_lead: FRI,
        "Gov. Lucia Ferrante outlined the water plan on Wednesday.\n\
         “It will take ten years,” Ferrante said Thursday." => [
        has("ten years", &[On("2025-07-03", Day, Stated)]),
    ];
}

// ------------------------------------------------------------------ no article date, never the future
cases! {
    no_article_date_leaves_a_weekday_undated: None,
        "Ida Brunner said Thursday that the budget was short." => [
        has("budget was short", &[Undated]),
    ];
    no_article_date_leaves_a_plain_quote_undated: None,
        "“The budget is short,” Ida Brunner said." => [
        has("budget is short", &[Undated]),
    ];
    no_article_date_keeps_an_absolute_date: None,
        "Paul Ekberg told reporters on June 14, 2025, that the audit would be public." => [
        has("audit would be public", &[On("2025-06-14", Day, Stated)]),
    ];
    no_article_date_keeps_a_year_interview: None,
        "“I will never run for mayor,” Paul Ekberg said in a 2019 interview." => [
        has("never run for mayor", &[On("2019-01-01", Year, Stated)]),
    ];
    dateline_dates_the_article: None,
        "OSLO, June 14, 2025 — “The fjord is frozen,” harbor master Olaf Brenne said." => [
        has("fjord is frozen", &[On("2025-06-14", Day, Published)]),
    ];
    next_tuesday_is_not_the_day_of_saying: FRI,
        "Paul Ekberg said the council would vote next Tuesday." => [
        has("council would vote", &[On("2025-07-04", Day, Published)]),
    ];
    future_date_in_a_quote_is_not_taken: FRI,
        "“We open the new wing on July 9,” said Marta Ilves." => [
        has("new wing", &[On("2025-07-04", Day, Published)]),
    ];
}

// ------------------------------------------------------------------ other article dates
cases! {
    monday_article_said_friday_is_last_week: MON,
        "Ida Brunner said Friday that the budget was short." => [
        has("budget was short", &[On("2025-03-07", Day, Stated)]),
    ];
    sunday_article_said_sunday_is_that_day: SUN,
        "“The race was clean,” said organizer Ilse Baumann on Sunday." => [
        has("race was clean", &[On("2025-11-02", Day, Stated)]),
    ];
    new_year_said_tuesday_is_last_year: NEW_YEAR,
        "Ida Brunner said Tuesday that the budget was short." => [
        has("budget was short", &[On("2025-12-30", Day, Stated)]),
    ];
    new_year_last_week_is_in_december: NEW_YEAR,
        "Ida Brunner said last week that the budget was short." => [
        has("budget was short", &[On("2025-12-22", Week, Stated)]),
    ];
    new_year_said_on_dec_28_is_last_year: NEW_YEAR,
        "Ida Brunner said on Dec. 28 that the budget was short." => [
        has("budget was short", &[On("2025-12-28", Day, Stated)]),
    ];
}
