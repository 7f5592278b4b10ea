//! What `whosaid extract --format jsonl` must find in each bundled sample (samples/NN_*.txt,
//! written for the project) and in the seed article: speakers, kinds, dates, and the quoted
//! names and narration that must not become statements.
//!
//! Expectations follow issues 2–5; where the colleague's notes in samples_expect.md differ
//! from an issue (a lead date dates only the lead's own speaker, issue 3), the issue wins.
//! A case the extractor gets wrong keeps asserting the right answer and is marked
//! `#[ignore = "known gap: …"]`, so `cargo test -- --ignored` lists the work left.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use serde_json::{Value, json};

use crate::util::{SAMPLES, TestEnv, sample};

const S01: &str = "01_council_budget.txt";
const S02: &str = "02_thornquist_water_plan.txt";
const S03: &str = "03_brussels_asylum_database.txt";
const S04: &str = "04_riverton_rally.txt";
const S05: &str = "05_pentagon_drone_contract.txt";
const S06: &str = "06_harbor_nights_finale.txt";
const S07: &str = "07_library_sundays.txt";
const S08: &str = "08_broadband_price_labels.txt";
const S09: &str = "09_school_four_day_week.txt";
const S10: &str = "10_thornquist_drought_hearing.txt";
const S11: &str = "11_northern_rail_fares.txt";
const S12: &str = "12_ferry_winter_sailings.txt";
const ALL: [&str; 12] = [S01, S02, S03, S04, S05, S06, S07, S08, S09, S10, S11, S12];

/// The extractor's records for one sample, run once per test binary.
fn extract(file: &str) -> Vec<Value> {
    static CACHE: OnceLock<Mutex<HashMap<String, Vec<Value>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(found) = cache.lock().unwrap().get(file) {
        return found.clone();
    }
    let env = TestEnv::new();
    let run = env.run(&[
        "extract".as_ref(),
        "--format".as_ref(),
        "jsonl".as_ref(),
        sample(file).as_os_str(),
    ]);
    run.success();
    let records = run.jsonl();
    cache.lock().unwrap().insert(file.into(), records.clone());
    records
}

fn texts(records: &[Value]) -> String {
    records
        .iter()
        .map(|r| format!("  {} | {} | {}\n", r["kind"], r["speaker"], r["text"]))
        .collect()
}

/// The one statement of `file` whose text contains `fragment`.
#[track_caller]
fn statement(file: &str, fragment: &str) -> Value {
    let records = extract(file);
    let hits: Vec<&Value> = records
        .iter()
        .filter(|r| r["text"].as_str().unwrap_or_default().contains(fragment))
        .collect();
    match hits.as_slice() {
        [one] => (*one).clone(),
        _ => panic!(
            "{file}: expected one statement containing {fragment:?}, found {}:\n{}",
            hits.len(),
            texts(&records)
        ),
    }
}

/// Checks one field; `speaker_ci` compares the speaker ignoring case, `text_contains` looks
/// inside the text.
#[track_caller]
fn check(s: &Value, file: &str, fragment: &str, field: &str, expected: Value) {
    let ok = match field {
        "speaker_ci" => {
            s["speaker"].as_str().map(str::to_lowercase) == expected.as_str().map(str::to_lowercase)
        }
        "text_contains" => {
            let want = expected.as_str().unwrap_or_default();
            s["text"].as_str().unwrap_or_default().contains(want)
        }
        _ => s[field] == expected,
    };
    assert!(
        ok,
        "{file}, statement with {fragment:?}: {field} should be {expected}\nrecord: {s:#}"
    );
}

/// Quote marks and punctuation around a statement's text, stripped for comparison.
fn bare(text: &str) -> String {
    let marks: &[char] = &['“', '”', '‘', '’', '"', '\'', ',', '.', ' ', '\n'];
    text.trim_matches(marks).to_lowercase()
}

/// No statement's text contains `fragment` (narration, questions, headings, findings).
#[track_caller]
fn none_contains(file: &str, fragment: &str) {
    let records = extract(file);
    let hits: Vec<&Value> = records
        .iter()
        .filter(|r| r["text"].as_str().unwrap_or_default().contains(fragment))
        .collect();
    assert!(
        hits.is_empty(),
        "{file}: {fragment:?} is not a statement, got {hits:#?}"
    );
}

/// No statement is just the quoted name or title `name`.
#[track_caller]
fn none_is(file: &str, name: &str) {
    let records = extract(file);
    let hits: Vec<&Value> = records
        .iter()
        .filter(|r| bare(r["text"].as_str().unwrap_or_default()) == name.to_lowercase())
        .collect();
    assert!(
        hits.is_empty(),
        "{file}: quoted {name:?} is a name, not speech: {hits:#?}"
    );
}

/// No statement has a speaker mentioning `name`.
#[track_caller]
fn nobody_named(file: &str, name: &str) {
    let records = extract(file);
    let hits: Vec<&Value> = records
        .iter()
        .filter(|r| r["speaker"].as_str().unwrap_or_default().contains(name))
        .collect();
    assert!(
        hits.is_empty(),
        "{file}: {name:?} is not a speaker here: {hits:#?}"
    );
}

/// One test per statement: the statement containing the fragment has these field values.
macro_rules! statements {
    ($($(#[$attr:meta])* $name:ident: $file:expr, $frag:literal
        => { $($field:literal: $value:tt),+ $(,)? })*) => {
        $(
            $(#[$attr])*
            #[test]
            fn $name() {
                let s = statement($file, $frag);
                $( check(&s, $file, $frag, $field, json!($value)); )+
            }
        )*
    };
}

/// One test per thing that must not be a statement: `none_contains`, `none_is` or
/// `nobody_named`.
macro_rules! absent {
    ($($(#[$attr:meta])* $name:ident: $how:ident($file:expr, $($frag:literal),+);)*) => {
        $(
            $(#[$attr])*
            #[test]
            fn $name() {
                $( $how($file, $frag); )+
            }
        )*
    };
}

/// One test per sample: how many statements it holds.
macro_rules! counts {
    ($($(#[$attr:meta])* $name:ident: $file:expr => $n:literal;)*) => {
        $(
            $(#[$attr])*
            #[test]
            fn $name() {
                let records = extract($file);
                assert_eq!(records.len(), $n, "{}:\n{}", $file, texts(&records));
            }
        )*
    };
}

// ---------------------------------------------------------------- 01: council budget
statements! {
    s01_mayor_named_after_first_piece: S01, "keeps every branch library open" => {
        "speaker": "Rosa Delgado-Finch", "speaker_kind": "person", "kind": "direct",
        "text": "“This is a budget that keeps every branch library open,”",
    }
    s01_split_quote_second_piece_is_the_mayor: S01, "It is not perfect" => {
        "speaker": "Rosa Delgado-Finch", "text": "“It is not perfect, but it is honest.”",
    }
    s01_follow_on_paragraph_takes_the_mayor: S01, "did not close a single pool" => {
        "speaker": "Rosa Delgado-Finch", "kind": "direct",
    }
    s01_said_title_name_after_quote: S01, "least to pay the most" => {
        "speaker": "Theo Barrow",
    }
    s01_called_with_quoted_words_is_mixed: S01, "a costly mistake" => {
        "speaker": "Theo Barrow", "kind": "mixed", "text": "the rate increase “a costly mistake”",
    }
    s01_insisted_that_is_indirect: S01, "older neighborhoods would bear most" => {
        "speaker": "Theo Barrow", "kind": "indirect", "cue": "insisted",
    }
    s01_appositive_between_quote_and_said: S01, "my grandfather was a boy" => {
        "speaker": "Priya Ramaswamy",
    }
    s01_she_added_is_the_adviser_not_the_mayor: S01, "put off this increase twice" => {
        "speaker": "Priya Ramaswamy", "speaker_mention": "she", "cue": "added",
    }
    s01_quipped_after_reporters_question: S01, "reaches my desk" => {
        "speaker": "Rosa Delgado-Finch", "cue": "quipped",
    }
    s01_said_thursday_in_a_friday_article: S01, "review the rates again" => {
        "speaker": "Walt Kerrigan", "kind": "indirect",
        "said_on": "2025-03-13", "said_precision": "day", "said_basis": "stated",
    }
    s01_named_recue_does_not_carry_thursday: S01, "cut the increase" => {
        "speaker": "Walt Kerrigan", "said_on": "2025-03-14", "said_basis": "published",
    }
    s01_no_lead_date_means_article_date: S01, "keeps every branch library open" => {
        "said_on": "2025-03-14", "said_precision": "day", "said_basis": "published",
    }
    s01_indirect_text_is_the_content_only: S01, "review the rates again" => {
        "text": "the council’s finance committee would review the rates again in September",
    }
}
absent! {
    s01_vote_is_not_a_statement: none_contains(S01, "6-1 vote");
    s01_narration_is_not_a_statement: none_contains(S01, "pothole", "deficit in each");
    s01_reporters_question_is_not_a_statement: none_contains(S01, "veto");
    s01_interviewing_paper_is_not_a_speaker: nobody_named(S01, "Ledger");
}

// ---------------------------------------------------------------- 02: water plan
statements! {
    s02_surname_after_titled_full_name: S02, "drink what comes out" => {
        "speaker": "Margaret Thornquist", "speaker_kind": "person",
        "said_on": "2025-03-19", "said_precision": "day", "said_basis": "lead",
    }
    s02_split_second_piece: S02, "stop pretending" => {
        "speaker": "Margaret Thornquist", "said_on": "2025-03-19", "said_basis": "lead",
    }
    s02_relative_clause_between_subject_and_said: S02, "go first to towns" => {
        "speaker": "Margaret Thornquist", "kind": "indirect",
    }
    s02_colon_quote_is_the_chief_of_staff: S02, "started drafting this bill" => {
        "speaker": "Lena Marsh", "kind": "direct",
    }
    s02_second_paragraph_of_the_quote_is_still_marsh: S02, "fits on two pages" => {
        "speaker": "Lena Marsh",
    }
    // A quotation over two paragraphs is kept as one piece per paragraph, linked like the
    // pieces of a quotation split by its cue (docs/grammar.md): both pieces, one speaker.
    s02_second_paragraph_of_the_quote_is_a_linked_piece: S02, "fits on two pages" => {
        "speaker": "Lena Marsh", "kind": "direct",
    }
    s02_date_inside_quote_is_not_said_on_and_lead_is_not_marshs: S02, "started drafting" => {
        "said_on": "2025-03-20", "said_basis": "published",
    }
    s02_aides_are_anonymous: S02, "introduce the bill next month" => {
        "speaker_kind": "anonymous", "kind": "indirect",
        "said_on": "2025-03-20", "said_basis": "published",
    }
    s02_argued_that: S02, "rewards towns that can afford" => {
        "speaker": "Margaret Thornquist", "kind": "indirect", "cue": "argued",
    }
    s02_she_said_is_thornquist: S02, "smallest places lose" => {
        "speaker": "Margaret Thornquist", "speaker_mention": "she",
        "said_on": "2025-03-19", "said_basis": "lead",
    }
    s02_replied_after_reporters_question: S02, "Water isn’t partisan" => {
        "speaker": "Margaret Thornquist", "cue": "replied",
    }
}
absent! {
    s02_no_comment_is_not_a_statement: none_contains(S02, "request for comment");
    s02_mendoza_is_not_a_speaker: nobody_named(S02, "Mendoza");
    s02_narration_is_not_a_statement: none_contains(S02, "unspent pandemic-era");
    s02_reporters_question_is_not_a_statement: none_contains(S02, "divided Senate");
}

// ---------------------------------------------------------------- 03: asylum database
statements! {
    s03_told_reporters_tuesday_morning_that: S03, "join a shared European database" => {
        "speaker": "Paulo Brandt", "kind": "indirect",
        "said_on": "2025-04-08", "said_precision": "day", "said_basis": "stated",
    }
    s03_surname_takes_the_lead_date: S03, "giving up paperwork" => {
        "speaker": "Paulo Brandt", "said_on": "2025-04-08", "said_basis": "lead",
    }
    s03_role_descriptor_is_the_minister: S03, "months of waiting" => {
        "speaker": "Paulo Brandt", "speaker_mention": "The interior minister", "kind": "mixed",
    }
    s03_speaking_from_place_then_said: S03, "country of ten million" => {
        "speaker": "Hedda Lindqvist", "said_on": "2025-04-09", "said_basis": "published",
    }
    s03_nested_according_to_is_brandts_claim: S03, "appeals courts" => {
        "speaker": "Paulo Brandt", "reported_by": "Hedda Lindqvist", "kind": "indirect",
        "said_on": "2025-04-07", "said_basis": "stated",
    }
    s03_scare_quotes_stay_indirect: S03, "say over Portuguese asylum" => {
        "speaker": "Rui Valente", "kind": "indirect",
    }
    s03_told_reporters_comma_quote: S03, "I say sovereignty" => {
        "speaker": "Rui Valente", "cue": "told",
    }
    s03_ministry_is_an_organisation_not_the_minister: S03, "first data transfers" => {
        "speaker_ci": "the interior ministry", "speaker_kind": "organization",
    }
}
statements! {
    s03_survey_finding_is_a_poll_held_by_the_survey: S03, "58%" => {
        "kind": "poll", "speaker_kind": "document", "cue": "found",
    }
}
absent! {
    s03_narration_after_reported_speech: none_contains(S03, "went live in 2023");
    s03_scare_quote_alone_is_not_a_statement: none_is(S03, "reform");
}

// ---------------------------------------------------------------- 04: rally (dateline)
statements! {
    s04_told_the_crowd_with_quoted_words_is_mixed: S04, "permit its way out" => {
        "speaker": "Margaret Thornquist", "kind": "mixed", "cue": "told",
    }
    s04_she_said_is_thornquist: S04, "river we borrow" => {
        "speaker": "Margaret Thornquist", "speaker_mention": "she",
    }
    s04_said_name_with_nickname_after: S04, "never seen it this low" => {
        "speaker": "Ray Dunaway", "kind": "direct",
    }
    s04_monday_is_the_articles_own_weekday: S04, "put small farms out of business" => {
        "speaker": "Kevin Brandt", "kind": "indirect",
        "said_on": "2025-03-03", "said_precision": "day", "said_basis": "stated",
    }
    s04_he_said_is_kevin_brandt_and_keeps_the_date: S04, "frozen out" => {
        "speaker": "Kevin Brandt", "speaker_mention": "he", "said_on": "2025-03-03",
    }
    s04_organizers_are_anonymous_and_event_name_is_not_speech: S04, "rally on the Capitol" => {
        "speaker_kind": "anonymous", "speaker_ci": "organizers", "kind": "indirect",
    }
}
absent! {
    s04_nickname_is_not_a_quote: none_is(S04, "Shorty");
    s04_event_name_is_not_a_quote: none_is(S04, "Rivers First");
    s04_narration_is_not_a_statement: none_contains(S04, "1961", "urging state regulators");
    s04_dateline_is_not_a_statement: none_contains(S04, "RIVERTON");
}

// ---------------------------------------------------------------- 05: drone contract
statements! {
    s05_pentagon_said_on_monday: S05, "pause would last at least 60 days" => {
        "speaker": "the Pentagon", "speaker_kind": "organization",
        "said_on": "2025-05-05", "said_basis": "stated",
    }
    s05_officials_are_anonymous_and_january_is_content: S05, "two prototypes tipped over" => {
        "speaker_ci": "officials", "speaker_kind": "anonymous",
        "said_on": "2025-05-06", "said_basis": "published",
    }
    s05_spokeswoman_said_yesterday: S05, "flight data from all 14" => {
        "said_on": "2025-05-05", "said_precision": "day", "said_basis": "stated",
    }
    s05_spokeswoman_for_the_agency_is_anonymous: S05, "flight data from all 14" => {
        "speaker_kind": "anonymous", "speaker_ci": "a spokeswoman for the agency",
    }
    s05_state_official_is_anonymous: S05, "closed to civilian air traffic" => {
        "speaker_kind": "anonymous", "said_on": "2025-05-06", "said_basis": "published",
    }
    s05_state_official_keeps_its_words: S05, "closed to civilian air traffic" => {
        "speaker_ci": "a state official",
    }
    s05_manufacturer_denied: S05, "design flaw" => {
        "speaker": "Kestrel Dynamics", "speaker_kind": "organization", "kind": "indirect",
    }
    s05_role_then_name_in_apposition_is_the_person: S05, "software problem" => {
        "speaker": "Dana Whitcombe", "speaker_kind": "person",
    }
    s05_according_to_name_first: S05, "sent a software patch" => {
        "speaker": "Dana Whitcombe", "kind": "indirect",
    }
    s05_warned_with_quoted_words_is_mixed: S05, "hundreds of jobs" => {
        "speaker": "Dana Whitcombe", "kind": "mixed",
    }
    s05_congressional_aides_are_anonymous: S05, "classified briefing" => {
        "speaker_kind": "anonymous",
    }
    s05_he_is_the_spokesman_named_in_apposition: S05, "data is clean" => {
        "speaker": "Aaron Pike", "speaker_mention": "he",
    }
}
absent! {
    s05_narration_is_not_a_statement: none_contains(S05, "safety certificate");
    s05_refusal_and_anonymity_clause_are_not_statements:
        none_contains(S05, "declined to say", "condition of anonymity");
}

// ---------------------------------------------------------------- 06: TV finale
statements! {
    s06_channel_announced_wednesday: S06, "drama about a family of tugboat" => {
        "speaker": "the Meridian Channel", "speaker_kind": "organization", "kind": "indirect",
        "said_on": "2025-06-11", "said_basis": "stated",
    }
    s06_announced_wednesday_date: S06, "drama about a family of tugboat" => {
        "said_on": "2025-06-11", "said_precision": "day", "said_basis": "stated",
    }
    s06_creator_title_is_dropped: S06, "decision to stop was his" => {
        "speaker": "J.R. Holloway", "kind": "indirect",
    }
    s06_split_quote_both_pieces_are_holloway: S06, "boats got more interesting" => {
        "speaker": "J.R. Holloway",
    }
    s06_lead_date_stays_with_the_channel: S06, "boats got more interesting" => {
        "said_on": "2025-06-12", "said_basis": "published",
    }
    s06_recalled_that: S06, "wrote the pilot" => {
        "speaker": "J.R. Holloway", "kind": "indirect", "cue": "recalled",
    }
    s06_in_a_2019_interview: S06, "second act" => {
        "said_on": "2019-01-01", "said_precision": "year", "said_basis": "stated",
    }
    s06_short_quote_sighed: S06, "Nobody asked me" => {
        "speaker": "Mae Corrigan", "cue": "sighed", "text": "\"Nobody asked me,\"",
    }
    s06_second_piece_sighed: S06, "asks the tugboat" => {
        "speaker": "Mae Corrigan",
    }
    s06_grumbled_that: S06, "only eight episodes" => {
        "speaker": "Tomasz Wren", "kind": "indirect", "cue": "grumbled",
    }
    s06_he_is_the_co_star: S06, "sink a boat" => {
        "speaker": "Tomasz Wren", "speaker_mention": "he",
    }
    s06_thursday_in_a_thursday_article_is_that_day: S06, "no plans" => {
        "speaker_kind": "anonymous", "kind": "mixed",
        "said_on": "2025-06-12", "said_precision": "day", "said_basis": "stated",
    }
}
absent! {
    s06_show_title_is_not_a_quote: none_is(S06, "Harbor Nights");
    s06_nickname_is_not_a_quote: none_is(S06, "Big Nell");
    s06_petition_title_is_not_a_quote: none_is(S06, "Save the Tugs");
    s06_narration_is_not_a_statement: none_contains(S06, "from her agent", "40,000");
}

// ---------------------------------------------------------------- 07: library (no date)
statements! {
    s07_inverted_reported_speech: S07, "open on Sundays again" => {
        "speaker": "Hannah Osei", "kind": "indirect",
        "text": "The Millbrook Public Library will open on Sundays again starting next month",
    }
    s07_split_quote: S07, "parents who work weekdays" => {
        "speaker": "Hannah Osei", "said_on": null,
    }
    s07_trailing_according_to_organisation: S07, "$85,000" => {
        "speaker_ci": "the library’s budget office", "speaker_kind": "organization",
        "kind": "indirect", "text": "The change will cost about $85,000 a year",
    }
    s07_noted_that: S07, "one-time state grant" => {
        "speaker": "Frank Ibsen", "cue": "noted",
    }
    s07_he_warned_is_ibsen: S07, "find it again next year" => {
        "speaker": "Frank Ibsen", "speaker_mention": "he", "cue": "warned",
    }
    s07_said_name_with_relative_clause: S07, "good answer for her" => {
        "speaker": "Carmen Reyes",
    }
    s07_said_she_plans: S07, "part-time librarians" => {
        "speaker": "Hannah Osei", "kind": "indirect",
    }
}
absent! {
    s07_narration_is_not_a_statement: none_contains(S07, "four years ago", "story hour");
}

#[test]
fn s07_undated_article_has_only_unknown_dates() {
    for r in extract(S07) {
        assert_eq!(r["said_on"], Value::Null, "{r:#}");
        assert_eq!(r["said_precision"], Value::Null, "{r:#}");
    }
}

#[test]
fn s07_undated_article_warns_naming_the_file() {
    let env = TestEnv::new();
    let run = env.run(&["extract".as_ref(), sample(S07).as_os_str()]);
    run.success();
    assert!(run.stderr.contains(S07), "{}", run.stderr);
    assert!(run.stderr.contains("date"), "{}", run.stderr);
}

// ---------------------------------------------------------------- 08: price labels
statements! {
    s08_dash_attribution: S08, "not regulation" => {
        "speaker": "Tamsin Greaves", "cue": "—",
        "said_on": "2025-07-01", "said_basis": "published",
    }
    s08_wrote_on_march_3: S08, "speed they never see" => {
        "speaker": "Tamsin Greaves", "kind": "mixed",
        "said_on": "2025-03-03", "said_precision": "day", "said_basis": "stated",
    }
    s08_colon_introduction_line: S08, "two years on this rule" => {
        "speaker": "Ilse Varga", "kind": "direct",
    }
    s08_tweeted_monday_evening: S08, "bury small providers" => {
        "speaker": "Rob Aldana", "kind": "mixed", "cue": "tweeted",
        "said_on": "2025-06-30", "said_basis": "stated",
    }
    s08_said_name_after_quote: S08, "without a calculator" => {
        "speaker": "Odette Lam",
    }
    s08_association_is_an_organisation: S08, "reviewing its options" => {
        "speaker_ci": "the Western Broadband Association", "speaker_kind": "organization",
    }
}
absent! {
    s08_rule_list_is_not_speech:
        none_contains(S08, "must show", "promotional rate", "evening peak hours");
    s08_headings_are_not_statements: none_contains(S08, "commissioners said", "Reaction");
    s08_narration_is_not_a_statement: none_contains(S08, "$5,000", "sought for years");
}

// ---------------------------------------------------------------- 09: four-day week
statements! {
    s09_said_last_week_is_week_precision: S09, "$9 million shortfall" => {
        "speaker": "Naomi Castellanos", "kind": "indirect",
        "said_on": "2025-09-08", "said_precision": "week", "said_basis": "stated",
    }
    s09_second_claim_after_dash_shares_speaker_and_time: S09, "laid off this year" => {
        "speaker": "Naomi Castellanos", "cue": "reiterated",
        "said_on": "2025-09-08", "said_precision": "week",
    }
    s09_told_trustees_that: S09, "central office budget" => {
        "speaker": "Naomi Castellanos", "said_on": "2025-09-18", "said_basis": "published",
    }
    s09_said_she_hopes: S09, "revised budget before Thanksgiving" => {
        "speaker": "Naomi Castellanos", "kind": "indirect",
    }
    s09_said_without_that: S09, "fifth day of child care" => {
        "speaker": "Lyle Garrity", "kind": "indirect",
    }
    s09_he_asked_is_garrity: S09, "watches my kids" => {
        "speaker": "Lyle Garrity", "speaker_mention": "he", "cue": "asked",
    }
    s09_ms_title_is_dropped: S09, "concerns at every meeting" => {
        "speaker": "Imani Brooks",
    }
    s09_she_is_ms_brooks_not_mr_garrity: S09, "real cost" => {
        "speaker": "Imani Brooks", "speaker_mention": "she",
        "text": "“Child care is a real cost... I don’t dismiss it,”",
    }
    s09_split_second_piece_is_brooks: S09, "only raise we can offer" => {
        "speaker": "Imani Brooks",
    }
    s09_he_replied_is_mr_garrity: S09, "keep the fifth day" => {
        "speaker": "Lyle Garrity", "speaker_mention": "he",
    }
    s09_in_a_statement_warned: S09, "grants for rural schools" => {
        "speaker": "Daniel Oyelaran", "kind": "indirect", "cue": "warned",
    }
    s09_said_on_monday: S09, "asked the department for a meeting" => {
        "speaker": "Daniel Oyelaran",
        "said_on": "2025-09-15", "said_precision": "day", "said_basis": "stated",
    }
    s09_denied_that: S09, "made up their minds" => {
        "speaker": "Glenn Ruiz", "cue": "denied",
    }
    s09_he_announced_is_ruiz: S09, "listening sessions" => {
        "speaker": "Glenn Ruiz", "speaker_mention": "He",
    }
    s09_trailing_according_to_and_content_date: S09, "vote on Jan. 14" => {
        "speaker": "Glenn Ruiz", "text": "The board will vote on Jan. 14",
        "said_on": "2025-09-18", "said_basis": "published",
    }
}
statements! {
    s09_belief_is_ruizs_belief_not_speech: S09, "recruit teachers" => {
        "speaker": "Glenn Ruiz", "kind": "belief", "cue": "believes",
    }
    s09_polls_after_but_are_a_claim_of_their_own: S09, "parents are split" => {
        "kind": "poll", "speaker_kind": "document", "text": "parents are split",
    }
    s09_survey_finding_is_a_poll: S09, "52%" => {
        "kind": "poll", "speaker_kind": "document",
    }
}
absent! {
    s09_narration_is_not_a_statement:
        none_contains(S09, "loudest applause", "shook his head", "9:30");
}

// ---------------------------------------------------------------- 10: drought hearing
statements! {
    s10_surname_only_takes_the_lead_date: S10, "applied in April of last year" => {
        "speaker": "Thornquist", "speaker_kind": "person",
        "said_on": "2025-10-01", "said_precision": "day", "said_basis": "lead",
    }
    s10_split_second_piece: S10, "pension plan" => {
        "speaker": "Thornquist", "said_on": "2025-10-01",
    }
    s10_appositive_then_argued: S10, "doubled the paperwork" => {
        "speaker": "Warren Kessler", "kind": "indirect",
        "said_on": "2025-10-02", "said_basis": "published",
    }
    s10_asked: S10, "Who wrote that rule" => {
        "speaker": "Thornquist", "said_on": "2025-10-01", "said_basis": "lead",
    }
    s10_vocative_is_not_the_speaker: S10, "Your committee did" => {
        "speaker": "Warren Kessler", "cue": "replied",
    }
    s10_governor_noted_that: S10, "still waiting on claims" => {
        "speaker": "Curtis Halvorsen", "kind": "indirect", "cue": "noted",
    }
    s10_name_said_comma_quote: S10, "asking for a handout" => {
        "speaker": "Curtis Halvorsen",
    }
    s10_said_last_week_beats_the_lead_date: S10, "stopgap spending bill" => {
        "speaker": "Thornquist",
        "said_on": "2025-09-22", "said_precision": "week", "said_basis": "stated",
    }
    s10_agency_spokesman_is_anonymous: S10, "questions in writing" => {
        "speaker_kind": "anonymous", "speaker_ci": "a spokesman for the agency",
    }
}
absent! {
    s10_request_is_not_a_statement: none_contains(S10, "county-by-county");
    s10_relative_clause_is_not_content: none_contains(S10, "by video");
}

// ---------------------------------------------------------------- 11: rail fares (British style)
// Single quotation marks as the main marks, doubles nested inside, titles without a period,
// a quotation over two paragraphs that each open with a single mark, a dash attribution.
statements! {
    s11_role_before_apposed_name_is_the_minister: S11, "rise by 4% in January" => {
        "speaker": "Eleanor Ashdown", "kind": "indirect", "cue": "said",
        "said_on": "2025-11-13", "said_basis": "stated",
    }
    s11_single_quotes_and_ms_without_period: S11, "alternative is fewer trains" => {
        "speaker": "Eleanor Ashdown", "speaker_mention": "Ms Ashdown", "kind": "direct",
        "cue": "said", "text": "‘Nobody likes paying more, but the alternative is fewer trains,’",
    }
    s11_lead_content_time_is_not_the_ministers_date: S11, "alternative is fewer trains" => {
        "said_on": "2025-11-13", "said_basis": "lead",
    }
    s11_plural_possessive_does_not_close_the_quote: S11, "season tickets alone" => {
        "speaker": "Gareth Pryce", "speaker_mention": "Mr Gareth Pryce", "kind": "direct",
        "text": "‘The Hendersons’ season tickets alone have gone up by a third since 2020,’",
        "said_on": "2025-11-14", "said_basis": "published",
    }
    s11_nested_double_quotes_and_a_decade: S11, "people like us" => {
        "speaker": "Gareth Pryce", "speaker_mention": "Mr Pryce", "cue": "added",
        "text": "‘When the minister says “fewer trains”, she means fewer trains for people like us. We have not had a timetable this thin since the ’80s,’",
    }
    s11_dash_attribution: S11, "tax on people who work" => {
        "speaker": "Tom Okoro", "cue": "—", "kind": "direct",
        "text": "‘Every fare rise is a tax on people who work’",
    }
    s11_dr_without_period_reported: S11, "modest by European standards" => {
        "speaker": "Anita Rao", "speaker_mention": "Dr Anita Rao", "kind": "indirect",
        "text": "the rise was modest by European standards",
    }
    s11_split_quote_first_piece: S11, "still lower than in the south-east" => {
        "speaker": "Anita Rao", "speaker_mention": "Dr Rao", "cue": "said", "kind": "direct",
        "text": "‘Fares in the north are still lower than in the south-east,’",
    }
    s11_second_piece_goes_on_in_the_next_paragraph: S11, "The real problem is reliability" => {
        "speaker": "Anita Rao", "kind": "direct", "piece_of": 696,
        "text": "‘The real problem is reliability.",
    }
    s11_next_paragraph_piece_opens_with_a_single_mark: S11, "late one day in five" => {
        "speaker": "Anita Rao", "piece_of": 696,
        "text": "‘Passengers will pay 4% more for trains that are late one day in five.’",
    }
    s11_asked_then_reported: S11, "too early to say" => {
        "speaker": "Eleanor Ashdown", "kind": "indirect", "text": "it was too early to say",
    }
    s11_organisation_with_possessive_in_its_name: S11, "write to every MP" => {
        "speaker_ci": "the Rail Users’ Forum", "speaker_kind": "organization",
    }
}
absent! {
    s11_nested_words_are_not_a_statement: none_is(S11, "fewer trains");
    s11_possessive_name_is_not_a_quote: none_contains(S11, "Users’ Forum.");
}

// ---------------------------------------------------------------- 12: ferry (hard-wrapped)
// Lines of at most 72 characters, paragraphs separated by blank lines: quotations and
// reported speech run over line breaks, and offsets still point into the file as written.
statements! {
    s12_company_said_on_monday: S12, "will cut its winter sailings" => {
        "speaker_ci": "the company", "speaker_kind": "organization", "kind": "indirect",
        "text": "Islay Ferries Inc. will cut its winter sailings to the outer islands\nfrom three a day to two",
        "said_on": "2025-12-01", "said_basis": "stated",
    }
    s12_quote_over_two_lines: S12, "two reliable crossings" => {
        "speaker": "Morag Lindsay", "kind": "direct", "cue": "said",
        "text": "\"We would rather run two reliable crossings than three that we cancel\nat the last minute,\"",
    }
    s12_second_piece_over_two_lines: S12, "neither are" => {
        "speaker": "Morag Lindsay", "kind": "direct",
        "text": "\"Nobody on the islands is happy about this, and neither are\nwe.\"",
    }
    s12_am_ends_a_sentence_before_a_capital: S12, "moved to the evening one" => {
        "speaker": "Morag Lindsay", "speaker_mention": "Lindsay", "kind": "indirect",
        "text": "Passengers who booked the\nafternoon crossing will be moved to the evening one",
    }
    s12_reported_speech_over_three_lines: S12, "no way\nhome" => {
        "speaker": "Iain Baird", "speaker_mention": "Councillor Iain Baird", "kind": "indirect",
        "said_on": "2025-12-02", "said_basis": "published",
    }
    s12_split_quote_first_piece: S12, "late boats for years" => {
        "speaker": "Iain Baird", "cue": "said", "kind": "direct",
    }
    s12_split_quote_second_piece_over_lines: S12, "step too far" => {
        "speaker": "Iain Baird", "kind": "direct",
        "text": "\"Now\nthey are being told to put up with fewer boats as well, and that is a\nstep too far.\"",
    }
    s12_spokesman_is_anonymous: S12, "reply to the council" => {
        "speaker_ci": "a spokesman for the company", "speaker_kind": "anonymous",
        "text": "it would reply to the council by the\nend of the week",
    }
}
absent! {
    s12_list_items_are_not_statements: none_contains(S12, "restore the afternoon", "crew numbers");
    s12_first_sailing_is_narration: none_contains(S12, "first sailing will now leave");
}

#[test]
fn s12_offsets_point_into_the_wrapped_file() {
    let body = std::fs::read_to_string(sample(S12)).unwrap();
    let body = &body[body.find("\n\n").unwrap() + 2..];
    for r in extract(S12) {
        let text = r["text"].as_str().unwrap();
        let start = r["start"].as_u64().unwrap() as usize;
        let from: String = body
            .chars()
            .skip(start)
            .take(text.chars().count())
            .collect();
        assert_eq!(from, text, "{r:#}");
    }
}

// ---------------------------------------------------------------- counts and invariants
counts! {
    // Twelve statements of speech and an assessment ("repairs … are expected to cost …").
    s01_has_13_statements: S01 => 13;
    // Eight statements, the two-paragraph quotation counted as its two linked pieces.
    s02_has_9_statements: S02 => 9;
    // Eight statements of speech and one poll's result.
    s03_has_9_statements: S03 => 9;
    s04_has_6_statements: S04 => 6;
    // Ten statements of speech and a stance ("declined to say when …").
    s05_has_11_statements: S05 => 11;
    s06_has_11_statements: S06 => 11;
    s07_has_9_statements: S07 => 9;
    s08_has_6_statements: S08 => 6;
    // Fifteen statements of speech, a belief and two polls' results.
    s09_has_18_statements: S09 => 18;
    s10_has_9_statements: S10 => 9;
    s11_has_11_statements: S11 => 11;
    s12_has_8_statements: S12 => 8;
}

const PRONOUNS: [&str; 9] = ["he", "she", "they", "him", "her", "it", "we", "i", "you"];

#[test]
fn no_pronoun_is_ever_a_speakers_name() {
    for file in ALL {
        for r in extract(file) {
            let speaker = r["speaker"].as_str().unwrap_or_default().to_lowercase();
            assert!(!PRONOUNS.contains(&speaker.as_str()), "{file}: {r:#}");
        }
    }
}

#[test]
fn split_quote_pieces_share_their_first_pieces_start() {
    for (file, a, b) in [
        (S01, "keeps every branch library open", "It is not perfect"),
        (S02, "drink what comes out", "stop pretending"),
        (S06, "Nobody asked me", "asks the tugboat"),
        (S09, "real cost", "only raise we can offer"),
        (S10, "applied in April", "pension plan"),
    ] {
        let (first, second) = (statement(file, a), statement(file, b));
        assert_eq!(first["piece_of"], first["start"], "{file}: {first:#}");
        assert_eq!(second["piece_of"], first["start"], "{file}: {second:#}");
    }
}

#[test]
fn direct_quotes_keep_marks_and_inner_punctuation() {
    for file in ALL {
        let records = extract(file);
        let direct: Vec<&Value> = records.iter().filter(|r| r["kind"] == "direct").collect();
        for (i, r) in direct.iter().enumerate() {
            let text = r["text"].as_str().unwrap_or_default();
            let first = text.chars().next().unwrap_or(' ');
            let last = text.chars().last().unwrap_or(' ');
            assert!(matches!(first, '“' | '"' | '‘'), "{file}: {text:?}");
            // A piece of a quotation that goes on in the next paragraph has no closing mark:
            // the next piece, linked to it, has.
            let continues = direct
                .get(i + 1)
                .is_some_and(|n| !r["piece_of"].is_null() && n["piece_of"] == r["piece_of"]);
            assert!(
                continues || matches!(last, '”' | '"' | '’'),
                "{file}: {text:?}"
            );
        }
    }
}

#[test]
fn indirect_text_is_the_content_without_that() {
    for file in ALL {
        for r in extract(file).iter().filter(|r| r["kind"] != "direct") {
            let text = r["text"].as_str().unwrap_or_default();
            assert!(!text.starts_with("that "), "{file}: {text:?}");
        }
    }
}

// ---------------------------------------------------------------- across articles (store)

/// The ten text samples (samples/*.txt; the saved web pages in samples/html/ have their own
/// tests in cli_html.rs).
fn samples_env() -> TestEnv {
    let env = TestEnv::new();
    let mut texts: Vec<_> = std::fs::read_dir(SAMPLES)
        .expect("samples/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    texts.sort();
    env.import(&texts).success();
    env
}

#[test]
fn thornquist_is_one_person_across_three_articles() {
    let env = samples_env();
    let people = env.run(&["people", "--format", "jsonl"]).jsonl();
    let named: Vec<&str> = people
        .iter()
        .filter_map(|p| p["name"].as_str())
        .filter(|n| n.contains("Thornquist"))
        .collect();
    assert_eq!(named, ["Margaret Thornquist"]);
    let rows = env
        .run(&["person", "Thornquist", "--format", "jsonl"])
        .jsonl();
    assert_eq!(rows.len(), 12, "{rows:#?}");
    // Oldest first: the rally (04), the water plan (02), then the hearing (10).
    let order: Vec<&str> = rows
        .iter()
        .filter_map(|r| r["article_ref"].as_str())
        .map(|r| {
            ["02_", "04_", "10_"]
                .into_iter()
                .find(|p| r.contains(p))
                .unwrap_or("?")
        })
        .collect();
    let expected: Vec<&str> = [["04_"; 2].as_slice(), &["02_"; 6], &["10_"; 4]].concat();
    assert_eq!(order, expected);
    let dates: Vec<&str> = rows.iter().filter_map(|r| r["said_on"].as_str()).collect();
    assert!(dates.is_sorted(), "{dates:?}");
}

#[test]
fn two_brandts_are_two_people() {
    let env = samples_env();
    let run = env.run(&["person", "Brandt"]);
    assert_ne!(run.code, 0);
    assert!(run.stderr.contains("Paulo Brandt"), "{}", run.stderr);
    assert!(run.stderr.contains("Kevin Brandt"), "{}", run.stderr);
    let paulo = env
        .run(&["person", "Paulo Brandt", "--format", "jsonl"])
        .jsonl();
    assert!(
        paulo
            .iter()
            .all(|r| r["article_ref"].as_str().unwrap().contains("03_"))
    );
    let kevin = env
        .run(&["person", "Kevin Brandt", "--format", "jsonl"])
        .jsonl();
    assert_eq!(kevin.len(), 2);
}

fn assert_no_person_named(env: &TestEnv, not_people: &[&str]) {
    let people = env.run(&["people", "--format", "jsonl"]).jsonl();
    for p in &people {
        let name = p["name"].as_str().unwrap_or_default();
        for not_a_person in not_people {
            assert!(
                !name.contains(not_a_person),
                "{name} is not a person who spoke"
            );
        }
    }
}

#[test]
fn mentioned_people_and_outlets_are_not_in_people() {
    let not_people = ["Ledger", "Pentagon", "Meridian", "Carl Mendoza", "Kestrel"];
    assert_no_person_named(&samples_env(), &not_people);
}

#[test]
fn place_in_a_title_is_not_a_person() {
    assert_no_person_named(&samples_env(), &["Idaho"]);
}

// ---------------------------------------------------------------- the seed article

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/seed/000_3020b52586418f4e.txt"
);

/// The seed imported with its date, or None (with a note) when ../shared is absent on a
/// developer's machine. In CI (`CI=true`), where ../shared is always laid beside the checkout,
/// a missing seed fails the test instead of passing it unseen.
fn seed_env() -> Option<TestEnv> {
    if !std::path::Path::new(SEED).exists() {
        assert!(
            !in_ci(),
            "{SEED} not found, and CI=true: CI must have ../shared beside the checkout"
        );
        println!("note: {SEED} not found; seed test skipped");
        return None;
    }
    let env = TestEnv::new();
    env.import(&["--date", "2025-07-04", SEED]).success();
    Some(env)
}

/// True when running in CI (the `CI` variable set to anything but "false" or "0").
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// The seed's statements as `extract` gives them (no database).
fn seed_statements(env: &TestEnv) -> Vec<Value> {
    let run = env.run(&["extract", "--format", "jsonl", "--date", "2025-07-04", SEED]);
    run.success();
    run.jsonl()
}

#[test]
fn seed_person_trump_lists_his_direct_quotes_under_donald_trump() {
    let Some(env) = seed_env() else { return };
    let run = env.run(&["person", "Trump", "--format", "jsonl"]);
    run.success();
    let rows = run.jsonl();
    assert!(
        rows.iter().all(|r| r["speaker"] == "Donald Trump"),
        "{rows:#?}"
    );
    let direct: Vec<&Value> = rows.iter().filter(|r| r["kind"] == "direct").collect();
    assert_eq!(direct.len(), 4, "{direct:#?}");
    let admitted: Vec<&Value> = direct
        .iter()
        .copied()
        .filter(|r| r["cue"] == "admitted")
        .collect();
    assert_eq!(
        admitted.len(),
        2,
        "the two quotes after \"he admitted\": {direct:#?}"
    );
    let text = |r: &Value| r["statement"].as_str().unwrap_or_default().to_string();
    assert!(text(admitted[0]).contains("progress"), "{admitted:#?}");
    assert!(text(admitted[1]).contains("happy"), "{admitted:#?}");
    let table = env.run(&["person", "Trump"]);
    assert!(table.stdout.starts_with("Donald Trump"), "{}", table.stdout);
}

#[test]
fn seed_people_names_donald_trump_and_yuri_ushakov() {
    let Some(env) = seed_env() else { return };
    let run = env.run(&["people"]);
    run.success();
    assert!(run.stdout.contains("Donald Trump"), "{}", run.stdout);
    assert!(run.stdout.contains("Yuri Ushakov"), "{}", run.stdout);
    let people = env.run(&["people", "--format", "jsonl"]).jsonl();
    let names: Vec<&str> = people.iter().filter_map(|p| p["name"].as_str()).collect();
    assert_eq!(
        names.iter().filter(|n| n.contains("Trump")).count(),
        1,
        "{names:?}"
    );
}

#[test]
fn seed_rally_name_is_not_a_statement() {
    let Some(env) = seed_env() else { return };
    for s in seed_statements(&env) {
        let text = s["text"].as_str().unwrap_or_default();
        assert!(!text.contains("America 250"), "{s:#}");
    }
}

#[test]
fn seed_trumps_first_three_quotes_are_dated_the_day_of_the_call() {
    // Issue 3 target 3: the lead's "on Thursday" dates Trump's following quotes.
    let Some(env) = seed_env() else { return };
    let rows = env.run(&["person", "Trump", "--format", "jsonl"]).jsonl();
    let first: Vec<&str> = rows
        .iter()
        .filter(|r| r["kind"] == "direct")
        .take(3)
        .filter_map(|r| r["said_on"].as_str())
        .collect();
    assert_eq!(first, ["2025-07-03"; 3]);
}

#[test]
fn seed_role_descriptor_and_anonymous_source() {
    // Issue 4 target 4.
    let Some(env) = seed_env() else { return };
    let all = seed_statements(&env);
    let russian_president: Vec<&Value> = all
        .iter()
        .filter(|s| s["speaker_mention"] == "the Russian president")
        .collect();
    assert!(
        !russian_president.is_empty(),
        "no statement by the Russian president"
    );
    for s in russian_president {
        assert_eq!(s["speaker"], "Vladimir Putin", "{s:#}");
        assert_eq!(
            s["reported_by"], "Yuri Ushakov",
            "nested attribution: {s:#}"
        );
    }
    let official = all
        .iter()
        .find(|s| s["speaker_mention"] == "A U.S. official")
        .expect("a statement by the U.S. official");
    assert_eq!(official["speaker_kind"], "anonymous");
    let ushakov = all
        .iter()
        .find(|s| s["kind"] == "direct" && s["text"].as_str().unwrap().contains("back down"))
        .expect("Ushakov's quote");
    assert_eq!(ushakov["speaker"], "Yuri Ushakov");
}

#[test]
fn seed_seven_reported_claims_with_content_only() {
    // Issue 5 target 3: three of Putin's, the U.S. official's, one each of Trump, Ushakov and
    // Zelensky.
    let Some(env) = seed_env() else { return };
    let all = seed_statements(&env);
    // Reported speech; Trump's criticism of the Biden administration is a stance of his, not
    // speech, and so not one of the seven.
    let stance = all
        .iter()
        .find(|s| s["kind"] == "stance")
        .expect("Trump's stance");
    assert_eq!(stance["speaker"], "Donald Trump", "{stance:#}");
    assert!(
        stance["text"]
            .as_str()
            .unwrap_or_default()
            .starts_with("the Biden administration"),
        "{stance:#}"
    );
    let claims: Vec<Value> = all
        .into_iter()
        .filter(|s| s["kind"] == "indirect" || s["kind"] == "mixed")
        .collect();
    let by = |who: &str| claims.iter().filter(|s| s["speaker"] == who).count();
    assert_eq!(by("Vladimir Putin"), 3, "{claims:#?}");
    assert_eq!(by("Donald Trump"), 1, "{claims:#?}");
    assert_eq!(by("Yuri Ushakov"), 1, "{claims:#?}");
    assert_eq!(by("Volodymyr Zelensky"), 1, "{claims:#?}");
    assert_eq!(by("a U.S. official"), 1, "{claims:#?}");
    // The seven, plus at most the Pentagon's announcement (an organisation's own statement,
    // which the issue does not count among the people's claims); nothing from the bullet list.
    let others: Vec<&Value> = claims
        .iter()
        .filter(|s| s["speaker_kind"] == "organization")
        .collect();
    assert!(
        others.iter().all(|s| s["speaker"] == "the Pentagon"),
        "{others:#?}"
    );
    assert_eq!(claims.len(), 7 + others.len(), "{claims:#?}");
    let trump = claims
        .iter()
        .find(|s| s["speaker"] == "Donald Trump")
        .expect("Trump's claim");
    assert!(
        !trump["text"]
            .as_str()
            .unwrap_or_default()
            .contains("criticized"),
        "{trump:#}"
    );
    for s in &claims {
        let text = s["text"].as_str().unwrap_or_default();
        assert!(!text.starts_with("According to"), "{s:#}");
        assert!(!text.starts_with("Asked about"), "{s:#}");
        assert!(!text.starts_with("that "), "{s:#}");
    }
}
