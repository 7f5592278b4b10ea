//! Claims beyond speech, one named case per pattern (issue 16: "claims beyond speech, typed"):
//! beliefs ("believes", "thinks", "is convinced that"), intentions ("plans to", "wants"),
//! findings of documents and studies ("the report found", "according to the filing") and
//! polls ("polls show", "a survey found"), each of its own kind and held by its holder or
//! source; then the words that look like claims and are not, how claims sit beside speech, and
//! nested statements ("X said Y had told Z that …", "As the Tribune reports, …").
//!
//! Every article here was written for these tests; names, places and events are invented.

use whosaid::model::SpeakerKind::{Anonymous, Document, Person};
use whosaid::model::StatementKind::{
    Assessment, Belief, Finding, Indirect, Intention, Poll, Stance,
};

use crate::util::cases::Want::*;
use crate::util::cases::{FRI, cases, count, has, none_has, statements};

// ------------------------------------------------------------------ beliefs
cases! {
    believes_with_a_bare_clause: FRI,
        "Paul Ekberg believes the audit will clear his name." => [
        has("audit will clear", &[Kind(Belief), Speaker("Paul Ekberg"), Cue("believes"),
            Text("the audit will clear his name")]),
        count(1),
    ];
    fears_that: FRI,
        "Ida Brunner fears that the library will never reopen." => [
        has("library", &[Kind(Belief), Speaker("Ida Brunner"), Text("the library will never reopen")]),
    ];
    thinks_after_a_pronoun_is_the_persons_belief: FRI,
        "Mayor Ida Brunner opened the hearing on Monday.\n\n\
         She thinks the levy will pass in March." => [
        has("levy will pass", &[Kind(Belief), Speaker("Ida Brunner"), SpeakerKind(Person)]),
    ];
    is_convinced_that: FRI,
        "Harbor master Nils Ostrander is convinced that the old pier can be saved." => [
        has("pier can be saved", &[Kind(Belief), Speaker("Nils Ostrander"), Cue("is convinced")]),
    ];
    a_group_believes: FRI,
        "Many fishermen believe the new quotas are too strict." => [
        has("quotas are too strict", &[Kind(Belief), Mention("Many fishermen"),
            SpeakerKind(Anonymous)]),
    ];
    believes_past_a_parenthesis: FRI,
        "Tom Berg believes, for example, that the ferry should run all winter." => [
        has("ferry should run", &[Kind(Belief), Text("the ferry should run all winter")]),
    ];
}

// ------------------------------------------------------------------ intentions
cases! {
    plans_to: FRI,
        "Ida Brunner plans to run for a third term." => [
        has("third term", &[Kind(Intention), Speaker("Ida Brunner"), Cue("plans"),
            Text("to run for a third term")]),
    ];
    hopes_to_is_an_intention_hopes_that_a_belief: FRI,
        "Paul Ekberg hopes to finish the audit by June. Tom Berg hopes that the audit ends soon." => [
        has("finish the audit", &[Kind(Intention), Speaker("Paul Ekberg")]),
        has("audit ends soon", &[Kind(Belief), Speaker("Tom Berg")]),
    ];
    intends_to_for_an_organisation: FRI,
        "The Dale County port authority intends to close the east dock in October." => [
        has("close the east dock", &[Kind(Intention), Text("to close the east dock in October")]),
    ];
    a_group_wants_to: FRI,
        "Dock workers want to keep the night shift." => [
        has("night shift", &[Kind(Intention), Mention("Dock workers"),
            Text("to keep the night shift")]),
    ];
}

// ------------------------------------------------------------------ documents and studies
cases! {
    the_report_found_that: FRI,
        "The report found that the bridge had been unsafe for years." => [
        has("bridge had been unsafe", &[Kind(Finding), SpeakerKind(Document), Cue("found"),
            Text("the bridge had been unsafe for years")]),
    ];
    a_study_with_a_source_shows: FRI,
        "A study by the county health office shows that one child in five skips breakfast." => [
        has("skips breakfast", &[Kind(Finding), SpeakerKind(Document),
            Mention("A study by the county health office")]),
    ];
    according_to_the_filing_is_a_finding: FRI,
        "According to the filing, the contractor missed three deadlines." => [
        has("missed three deadlines", &[Kind(Finding), SpeakerKind(Document),
            Cue("According to")]),
    ];
    a_document_says: FRI,
        "The lawsuit says the county ignored the warnings for two years." => [
        has("ignored the warnings", &[Kind(Finding), SpeakerKind(Document), Cue("says")]),
    ];
    investigators_found_that: FRI,
        "Investigators found that the valve had been left open." => [
        has("valve had been left open", &[Kind(Finding), Mention("Investigators")]),
    ];
}

// ------------------------------------------------------------------ polls
cases! {
    polls_show: FRI,
        "Polls show that most residents support the levy." => [
        has("most residents support", &[Kind(Poll), SpeakerKind(Document), Cue("show")]),
    ];
    a_survey_with_its_publisher_found: FRI,
        "A survey released Tuesday by the Dale County Herald found that 61% of voters back the ferry." => [
        has("61% of voters", &[Kind(Poll), SpeakerKind(Document),
            Mention("A survey released Tuesday by the Dale County Herald")]),
    ];
    a_poll_with_a_participle_between_commas: FRI,
        "The poll, conducted last week by the Herald, showed the mayor ahead by six points." => [
        has("ahead by six points", &[Kind(Poll), Cue("showed")]),
    ];
    a_share_of_respondents_says: FRI,
        "Forty-two percent say the mayor should resign. One in five say they will not vote \
         at all. Those surveyed say the ferry should run on Sundays." => [
        has("mayor should resign", &[Kind(Poll), Mention("Forty-two percent"), Cue("say")]),
        has("will not vote", &[Kind(Poll), Mention("One in five"),
            Text("they will not vote at all")]),
        has("ferry should run", &[Kind(Poll), Mention("Those surveyed")]),
    ];
    a_share_with_an_apposed_figure: FRI,
        "A third of independents, 33 percent, say they feel that way about the levy." => [
        has("feel that way", &[Kind(Poll), Mention("A third of independents, 33 percent"),
            Text("they feel that way about the levy")]),
        count(1),
    ];
    a_second_share_after_a_comma_and_is_a_claim_of_its_own: FRI,
        "Nearly half say the ferry is too slow, and one in five say it should be scrapped." => [
        has("too slow", &[Kind(Poll), Text("the ferry is too slow")]),
        has("should be scrapped", &[Kind(Poll), Mention("one in five")]),
    ];
    a_share_in_a_relative_clause_is_no_subject: FRI,
        "A majority of those who said the ferry mattered most voted for Brunner." => [
        none_has("ferry mattered"),
    ];
    a_share_of_things_is_no_respondent: FRI,
        "About two-thirds of the pages of emails Brunner sent were released." => [count(0)];
}

// ------------------------------------------------------------------ stances
cases! {
    endorsed_a_person: FRI,
        "Harbor master Nils Ostrander endorsed Ida Brunner." => [
        has("Ida Brunner", &[Kind(Stance), Speaker("Nils Ostrander"), Cue("endorsed"),
            Text("Ida Brunner")]),
        count(1),
    ];
    opposes_a_plan_up_to_the_clause_break: FRI,
        "Paul Ekberg opposes the new ferry levy, and the council is split." => [
        has("ferry levy", &[Kind(Stance), Speaker("Paul Ekberg"), Text("the new ferry levy")]),
        count(1),
    ];
    declined_to_is_a_stance_with_its_infinitive: FRI,
        "Tom Berg declined to comment on the audit." => [
        has("comment", &[Kind(Stance), Cue("declined"), Text("to comment on the audit")]),
    ];
    pushed_for_takes_what_follows_the_particle: FRI,
        "Ida Brunner pushed for a recount of the harbor ballots." => [
        has("recount", &[Kind(Stance), Cue("pushed for"),
            Text("a recount of the harbor ballots")]),
    ];
    a_stance_ends_before_when_it_was_taken: FRI,
        "Paul Ekberg praised the ferry crews last week." => [
        has("ferry crews", &[Kind(Stance), Text("the ferry crews")]),
    ];
    a_stance_ends_before_a_second_predicate: FRI,
        "Tom Berg rejected the harbor plan and said it cost too much." => [
        has("harbor plan", &[Kind(Stance), Text("the harbor plan")]),
    ];
    a_pronoun_holds_a_stance: FRI,
        "Mayor Ida Brunner spoke at the pier on Monday.\n\n\
         She defended the night ferry." => [
        has("night ferry", &[Kind(Stance), Speaker("Ida Brunner"), SpeakerKind(Person)]),
    ];
}

// ------------------------------------------------------------------ assessments
cases! {
    is_expected_to_is_an_assessment_of_the_whole_clause: FRI,
        "The harbor levy is expected to pass in March." => [
        has("levy", &[Kind(Assessment), NoSpeaker, Cue("is expected"),
            Text("The harbor levy is expected to pass in March")]),
        count(1),
    ];
    an_assessment_ends_at_the_clause_break: FRI,
        "The new pier is widely expected to open late, and the council is braced for it." => [
        has("pier", &[Kind(Assessment), Text("The new pier is widely expected to open late")]),
    ];
    a_relative_pronoun_opens_the_assessment: FRI,
        "Ida Brunner, who is expected to win the vote, spoke at the pier." => [
        has("win the vote", &[Kind(Assessment), Text("who is expected to win the vote")]),
    ];
    an_instruction_is_no_assessment: FRI,
        "You are expected to sign in at the gate." => [count(0)];
    expected_with_a_holder_is_a_belief: FRI,
        "Tom Berg expected that the vote would fail." => [
        has("vote would fail", &[Kind(Belief), Speaker("Tom Berg")]),
    ];
}

// ------------------------------------------------------------------ not stances
cases! {
    a_passive_is_no_stance: FRI,
        "The levy was endorsed by the harbor board." => [count(0)];
    a_relative_clause_is_an_aside_not_a_stance: FRI,
        "Nils Ostrander, who endorsed Ida Brunner, runs the harbor." => [count(0)];
    attacks_as_a_noun_is_no_stance: FRI,
        "The harbor attacks worried the town for weeks." => [count(0)];
    a_question_to_the_reader_is_no_stance: FRI,
        "Do you support the ferry levy?" => [count(0)];
    declined_as_falling_is_no_stance: FRI,
        "Ferry ridership declined sharply in the winter." => [count(0)];
}

// ------------------------------------------------------------------ not claims
cases! {
    knows_a_thing_is_no_belief: FRI,
        "Tom Berg knows the road to the quarry well." => [count(0)];
    think_of_is_no_belief: FRI,
        "Residents think of the square as their living room." => [count(0)];
    plans_as_a_noun: FRI,
        "Her plans for the harbor drew a large crowd on Saturday." => [count(0)];
    found_an_object_is_no_finding: FRI,
        "Divers found a wreck near the pier." => [count(0)];
    leading_in_the_polls_is_no_poll: FRI,
        "Ida Brunner, who leads in the polls, thinks the race is over." => [
        has("race is over", &[Kind(Belief), Speaker("Ida Brunner")]),
        count(1),
    ];
    advice_with_a_modal_is_no_intention: FRI,
        "Tom Berg may want to check his figures again before the vote." => [count(0)];
    a_condition_is_no_intention: FRI,
        "If you want to understand the ferry dispute, read the council minutes." => [count(0)];
    poll_numbers_after_to_are_no_claim: FRI,
        "Her polling numbers rose sharply to put her level with the mayor." => [count(0)];
}

// ------------------------------------------------------------------ beside speech
cases! {
    a_belief_inside_speech_is_speech: FRI,
        "Ida Brunner said she believes the levy will pass." => [
        has("levy will pass", &[Kind(Indirect), Speaker("Ida Brunner")]),
        count(1),
    ];
    a_belief_ends_where_speech_begins: FRI,
        "Tom Berg thinks the levy is doomed, but officials said it would pass." => [
        has("levy is doomed", &[Kind(Belief), Text("the levy is doomed")]),
        has("would pass", &[Kind(Indirect), Mention("officials")]),
    ];
    a_belief_then_polls_after_but: FRI,
        "Glenn Ruiz believes the plan will work, but polls show voters are split." => [
        has("plan will work", &[Kind(Belief), Text("the plan will work")]),
        has("voters are split", &[Kind(Poll), SpeakerKind(Document)]),
    ];
    a_claim_inside_a_quotation_is_the_quotation: FRI,
        "“I think the dam will hold,” said Walter Quist." => [
        none_has("the dam will hold\u{201d}"),
        count(1),
    ];
}

// ------------------------------------------------------------------ nested statements
cases! {
    as_the_outlet_reports_makes_the_outlet_the_reporter: FRI,
        "As the Tribune reports, the company announced that the plant would close." => [
        has("plant would close", &[Kind(Indirect), Speaker("the company"),
            ReportedBy("the Tribune")]),
        count(1),
    ];
    a_plain_claim_is_not_nested: FRI,
        "The ministry said the talks would resume in May." => [
        has("talks would resume", &[NotReported]),
        count(1),
    ];
}

/// The inner claim's text lies inside the outer one's, so it is found by its exact text.
#[test]
fn speech_inside_reported_speech_is_reported_by_the_outer_speaker() {
    let found = statements(
        FRI,
        "The ministry said Mr Oyelaran had told its envoy that the talks would resume in May.",
    );
    let summary: Vec<(&str, Option<&str>, Option<&str>)> = found
        .iter()
        .map(|s| {
            (
                s.text.as_str(),
                s.speaker.name.as_deref(),
                s.reported_by.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "Mr Oyelaran had told its envoy that the talks would resume in May",
                Some("the ministry"),
                None
            ),
            (
                "the talks would resume in May",
                Some("Oyelaran"),
                Some("the ministry")
            ),
        ]
    );
}
