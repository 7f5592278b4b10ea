//! Named cases for paragraphs and list markers, on text written for these tests.

use super::*;

fn paragraphs(text: &str) -> Vec<&str> {
    split_paragraphs(text)
        .iter()
        .map(|p| p.slice(text))
        .collect()
}

const WRAPPED: &str = "The harbour board met on Tuesday to discuss the dredging plan, which
has been delayed twice since the spring because of a dispute over costs.

“We cannot keep the channel open on goodwill alone,” the chairman told
the meeting, and the members agreed to write to the ministry.
";

/// One row: a name, the input, its paragraphs.
type Row = (&'static str, &'static str, &'static [&'static str]);

const LAYOUTS: &[Row] = &[
    // success: one paragraph a line (the common case), blank lines ignored
    (
        "one_paragraph_a_line",
        "First paragraph here.\n\nSecond one.\n",
        &["First paragraph here.", "Second one."],
    ),
    // success: hard-wrapped lines join into paragraphs; blank lines separate them
    (
        "hard_wrapped",
        WRAPPED,
        &[
            "The harbour board met on Tuesday to discuss the dredging plan, which\nhas been \
             delayed twice since the spring because of a dispute over costs.",
            "“We cannot keep the channel open on goodwill alone,” the chairman told\nthe \
             meeting, and the members agreed to write to the ministry.",
        ],
    ),
    // success: a list item in wrapped text starts its own paragraph
    (
        "wrapped_list_items",
        "The council agreed on three steps after a long debate that ran well\npast \
         midnight and into the small hours:\n1) raise the levy\n2) cut the fee\n",
        &[
            "The council agreed on three steps after a long debate that ran well\npast \
             midnight and into the small hours:",
            "1) raise the levy",
            "2) cut the fee",
        ],
    ),
    // success: a short last line ends a paragraph even without a blank line
    (
        "short_last_line",
        "The ferry will run on Sundays from May, the operator said in a short\nstatement \
         on Friday.\nIts rival said the plan was rushed and that it had not been asked\nabout \
         the timetable.\n",
        &[
            "The ferry will run on Sundays from May, the operator said in a short\nstatement \
             on Friday.",
            "Its rival said the plan was rushed and that it had not been asked\nabout the \
             timetable.",
        ],
    ),
    // failure: short lines without run-on breaks are not wrapped text
    (
        "headline_and_short_lines",
        "POOL TO REOPEN\nLifeguards hired\nThe pool opens Monday.\n",
        &[
            "POOL TO REOPEN",
            "Lifeguards hired",
            "The pool opens Monday.",
        ],
    ),
    // failure: one long line anywhere means one paragraph a line
    (
        "long_line_disables_wrapping",
        "Short line that runs on into\nthe next one and then on into\nthe last one here. \
         And a long line follows it that is far longer than any hard-wrapped line could \
         ever be in practice.\n",
        &[
            "Short line that runs on into",
            "the next one and then on into",
            "the last one here. And a long line follows it that is far longer than any \
             hard-wrapped line could ever be in practice.",
        ],
    ),
    // leftover: spaces and carriage returns around lines stay outside the paragraphs
    (
        "crlf_and_indent",
        "  Indented line.\r\n\r\nNext.\r\n",
        &["Indented line.", "Next."],
    ),
];

#[test]
fn layout_table() {
    for &(name, text, want) in LAYOUTS {
        assert_eq!(paragraphs(text), want, "{name}");
    }
}

#[test]
fn wrapped_paragraph_offsets_point_into_the_original_text() {
    let p = split_paragraphs(WRAPPED);
    assert_eq!(p.len(), 2);
    assert_eq!(p[0].start, 0);
    assert_eq!(&WRAPPED[p[1].start..p[1].start + 3], "“");
}

#[test]
fn trim_rule_cases() {
    // success: ASCII spaces, tabs, line ends and the vertical tab go, as with `str::trim`.
    assert_eq!(trim_start(" \t\x0bword "), "word ");
    assert_eq!(trim_end(" word \r\n"), " word");
    // whitespace outside ASCII (no-break space, line separator) goes too.
    assert_eq!(trim_start("\u{a0} word"), "word");
    assert_eq!(trim_end("word \u{2028}"), "word");
    // leftover: nothing to trim, text outside ASCII that is no space, all blank.
    assert_eq!(trim_start("word"), "word");
    assert_eq!(trim_end("café"), "café");
    assert_eq!(trim_end(" \t "), "");
}
