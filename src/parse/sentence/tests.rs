//! Named cases for the sentence splitter, on text written for these tests.

use super::*;

fn texts(text: &str) -> Vec<&str> {
    split_sentences(text)
        .iter()
        .map(|s| s.span.slice(text))
        .collect()
}

#[test]
fn boundary_rule_cases() {
    // success: consumes terminals, closers and the gap; leftover is the next sentence.
    assert_eq!(boundary(".” She"), Ok(("She", (".", 4))));
    assert_eq!(boundary("?! Next"), Ok(("Next", ("?!", 2))));
    // failure: no gap after the period (a decimal number).
    assert!(boundary(".5 percent").is_err());
    // leftover input: only the first gap is taken.
    assert_eq!(boundary(".  Two").map(|(r, _)| r), Ok("Two"));
}

#[test]
fn splits_plain_sentences() {
    assert_eq!(
        texts("One here. Two there! Three?"),
        ["One here.", "Two there!", "Three?"]
    );
}

#[test]
fn titles_and_initials_do_not_end_sentences() {
    let t = "Sen. Jo Park met Mr. Lee and George W. Bush at 3 p.m. on Friday. J.K. Rowling wrote.";
    assert_eq!(
        texts(t),
        [
            "Sen. Jo Park met Mr. Lee and George W. Bush at 3 p.m. on Friday.",
            "J.K. Rowling wrote."
        ]
    );
}

#[test]
fn soft_abbreviations_end_only_before_openers() {
    assert_eq!(texts("U.S. officials agreed."), ["U.S. officials agreed."]);
    assert_eq!(
        texts("He lives in the U.S. The move was quick."),
        ["He lives in the U.S.", "The move was quick."]
    );
    assert_eq!(
        texts("She met Acme Inc. He left."),
        ["She met Acme Inc.", "He left."]
    );
    assert_eq!(
        texts("It rose 3.5% to $1.2 billion. Costs fell."),
        ["It rose 3.5% to $1.2 billion.", "Costs fell."]
    );
    assert_eq!(
        texts("The vote was on Jan. 5 this year."),
        ["The vote was on Jan. 5 this year."]
    );
}

#[test]
fn quotes_close_sentences_only_before_a_new_one() {
    let t = "“We are done.” The room cheered. “Are you sure?” she asked.";
    assert_eq!(
        texts(t),
        [
            "“We are done.”",
            "The room cheered.",
            "“Are you sure?” she asked."
        ]
    );
}

#[test]
fn paragraphs_are_hard_boundaries() {
    let t = "Heading without period\n- a bullet line\nText here. More text";
    assert_eq!(
        texts(t),
        [
            "Heading without period",
            "- a bullet line",
            "Text here.",
            "More text"
        ]
    );
    let s = split_sentences(t);
    assert_eq!(
        s.iter().map(|s| s.paragraph).collect::<Vec<_>>(),
        [0, 1, 2, 2]
    );
}

#[test]
fn ellipsis_and_dashes() {
    assert_eq!(
        texts("We waited… and waited. Then — nothing."),
        ["We waited… and waited.", "Then — nothing."]
    );
    assert_eq!(
        texts("We waited... Then it came."),
        ["We waited...", "Then it came."]
    );
}

/// One row: a name, the input, its sentences.
type Row = (&'static str, &'static str, &'static [&'static str]);

/// Hard cases by class. Success rows split where a reader would; failure rows keep a period
/// that is no sentence end; leftover rows check what stays with which sentence.
const SENTENCES: &[Row] = &[
    // lists, inline and one item a line
    (
        "inline_numbered_paren",
        "1) Raise the levy 2) Cut the fee",
        &["1) Raise the levy", "2) Cut the fee"],
    ),
    (
        "inline_numbered_period",
        "The plan: 1. Raise the levy. 2. Cut the fee.",
        &["The plan:", "1. Raise the levy.", "2. Cut the fee."],
    ),
    (
        "inline_lettered",
        "Two options remain: (a) a new levy (b) a smaller fee",
        &["Two options remain:", "(a) a new levy", "(b) a smaller fee"],
    ),
    (
        "inline_roman",
        "i. Raise the levy ii. Cut the fee iii. Wait",
        &["i. Raise the levy", "ii. Cut the fee", "iii. Wait"],
    ),
    (
        "inline_bullets",
        "• Raise the levy • Cut the fee",
        &["• Raise the levy", "• Cut the fee"],
    ),
    (
        "one_item_a_line",
        "1. Raise the levy.\n2. Cut the fee.\n- Hire staff",
        &["1. Raise the levy.", "2. Cut the fee.", "- Hire staff"],
    ),
    (
        "lone_letter_is_no_list",
        "See section 5(a) and (b) of it.",
        &["See section 5(a) and (b) of it."],
    ),
    // abbreviations before numbers
    (
        "page",
        "See p. 12 of the report.",
        &["See p. 12 of the report."],
    ),
    (
        "pages",
        "See pp. 4-6 for the table.",
        &["See pp. 4-6 for the table."],
    ),
    (
        "number_sign",
        "He is the No. 7 seed.",
        &["He is the No. 7 seed."],
    ),
    (
        "article",
        "Under Art. 5 it is allowed.",
        &["Under Art. 5 it is allowed."],
    ),
    (
        "figure",
        "As fig. 3 shows, costs rose.",
        &["As fig. 3 shows, costs rose."],
    ),
    (
        "no_at_end",
        "The answer was No. Then he left.",
        &["The answer was No.", "Then he left."],
    ),
    // times, eras and companies at a sentence end: what follows decides
    (
        "am_before_capital",
        "It opens at 9 a.m. Officials agreed.",
        &["It opens at 9 a.m.", "Officials agreed."],
    ),
    (
        "am_before_day",
        "It opens at 9 a.m. Friday for all.",
        &["It opens at 9 a.m. Friday for all."],
    ),
    (
        "pm_before_zone",
        "It ends at 5 p.m. EST today.",
        &["It ends at 5 p.m. EST today."],
    ),
    (
        "bc_before_capital",
        "Rome fell in 44 B.C. Caesar had died.",
        &["Rome fell in 44 B.C.", "Caesar had died."],
    ),
    (
        "ad_before_number",
        "It was built in A.D. 79 or so.",
        &["It was built in A.D. 79 or so."],
    ),
    (
        "inc_before_sentence",
        "She joined Acme Inc. Shares rose.",
        &["She joined Acme Inc.", "Shares rose."],
    ),
    (
        "inc_before_title",
        "Acme Inc. Chief Executive Jo Lee spoke.",
        &["Acme Inc. Chief Executive Jo Lee spoke."],
    ),
    (
        "inc_before_acronym",
        "Acme Inc. CEO Jo Lee spoke.",
        &["Acme Inc. CEO Jo Lee spoke."],
    ),
    // the pronoun "I", initials, ordinals and roman numerals
    (
        "pronoun_i",
        "Nobody was angrier than I. Then we left.",
        &["Nobody was angrier than I.", "Then we left."],
    ),
    (
        "world_war_i",
        "It was World War I. The end came.",
        &["It was World War I.", "The end came."],
    ),
    (
        "middle_initial",
        "Jane I. Smith spoke.",
        &["Jane I. Smith spoke."],
    ),
    (
        "spaced_initials",
        "He toured the U. S. A. The trip was long.",
        &["He toured the U. S. A.", "The trip was long."],
    ),
    (
        "spaced_initials_name",
        "J. R. R. Tolkien wrote it.",
        &["J. R. R. Tolkien wrote it."],
    ),
    (
        "ordinal",
        "She came 2nd. The race was close.",
        &["She came 2nd.", "The race was close."],
    ),
    (
        "roman_numeral",
        "Henry VIII. He had six wives.",
        &["Henry VIII.", "He had six wives."],
    ),
    // ellipses and runs of marks
    (
        "ellipsis_inside",
        "We waited ... and waited.",
        &["We waited ... and waited."],
    ),
    (
        "spaced_ellipsis_inside",
        "We waited . . . and waited.",
        &["We waited . . . and waited."],
    ),
    (
        "spaced_ellipsis_end",
        "We waited . . . Then it came.",
        &["We waited . . .", "Then it came."],
    ),
    (
        "unicode_ellipsis_end",
        "We waited… Then it came.",
        &["We waited…", "Then it came."],
    ),
    (
        "interrobang",
        "Really?! He said no.",
        &["Really?!", "He said no."],
    ),
    ("bangs", "Stop!!! Now.", &["Stop!!!", "Now."]),
    // dash interjections and dash attributions stay in their sentence
    (
        "dash_interjection",
        "He will stay -- believe it or not! -- until May.",
        &["He will stay -- believe it or not! -- until May."],
    ),
    (
        "em_dash_attribution",
        "“We will win.” — Mayor Lena Ortiz",
        &["“We will win.” — Mayor Lena Ortiz"],
    ),
    // citation marks after a period stay with their sentence
    (
        "citation",
        "Costs rose.[3] Then they fell.",
        &["Costs rose.[3]", "Then they fell."],
    ),
    (
        "citation_note",
        "Costs rose.[note 4] Then they fell.",
        &["Costs rose.[note 4]", "Then they fell."],
    ),
    // British quotations close sentences like American ones
    (
        "single_quote_close",
        "‘We are done.’ The room cheered.",
        &["‘We are done.’", "The room cheered."],
    ),
    (
        "single_quote_lower",
        "‘Are you sure?’ she asked.",
        &["‘Are you sure?’ she asked."],
    ),
    (
        "british_title",
        "Mr Smith said it. Ms Jones agreed.",
        &["Mr Smith said it.", "Ms Jones agreed."],
    ),
    // leftover: a paragraph without a final period is still a sentence
    (
        "no_final_period",
        "One. Two and more",
        &["One.", "Two and more"],
    ),
];

#[test]
fn sentence_table() {
    for &(name, text, want) in SENTENCES {
        assert_eq!(texts(text), want, "{name}");
    }
}

#[test]
fn rule_cases() {
    // spaced_ellipsis: success, failure (two dots), leftover.
    assert_eq!(spaced_ellipsis(". . . x"), Ok((" x", ". . .")));
    assert!(spaced_ellipsis(". . x").is_err());
    // citations: the brackets only; none is an empty match.
    assert_eq!(citations("[3] Next"), Ok((" Next", "[3]")));
    assert_eq!(citations(" Next"), Ok((" Next", "")));
    assert_eq!(citations("[unclosed Next"), Ok(("[unclosed Next", "")));
    // boundary with a citation: the citation is part of the sentence end.
    assert_eq!(boundary(".[3] The"), Ok(("The", (".", 4))));
}

#[test]
fn terminal_positions_rule_cases() {
    // success: every ASCII terminal and each "…", by offset.
    assert_eq!(terminal_positions("Yes. No! Why? So…"), vec![3, 7, 12, 16]);
    // an ellipsis before an ASCII terminal keeps the order.
    assert_eq!(terminal_positions("…wait. Ok"), vec![0, 7]);
    // none: nothing found (a dash shares the ellipsis's lead byte).
    assert!(terminal_positions("no end — here").is_empty());
}

#[test]
fn word_before_rule_cases() {
    // success: letters, digits and inner periods, non-ASCII letters included.
    assert_eq!(word_before("see Zoë"), "Zoë");
    assert_eq!(word_before("the U.S"), "U.S");
    assert_eq!(word_before("rose 3.5"), "3.5");
    // stops at a non-ASCII char that is no letter (a dash), and drops leading periods.
    assert_eq!(word_before("said—Mr"), "Mr");
    assert_eq!(word_before("so ..a"), "a");
    // nothing before: empty.
    assert_eq!(word_before("end "), "");
}
