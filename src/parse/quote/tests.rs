//! Named cases for the quotation scanner, on sentences written for these tests.

use super::*;
use crate::parse::sentence::split_paragraphs;

fn quotes(text: &str) -> Vec<Quote> {
    find_quotes(text, &split_paragraphs(text))
}

fn spans(text: &str) -> Vec<&str> {
    quotes(text).iter().map(|q| q.span.slice(text)).collect()
}

#[test]
fn curly_and_straight_doubles() {
    let t = "“We will win,” she said. He said \"no way\" twice.";
    assert_eq!(spans(t), ["“We will win,”", "\"no way\""]);
    let q = quotes(t);
    assert_eq!(q[0].inner.slice(t), "We will win,");
    assert!(q.iter().all(|q| q.closed && !q.nested));
}

#[test]
fn guillemets_and_low_marks() {
    assert_eq!(
        spans("Er sagte „nein“ und «oui» dann."),
        ["„nein“", "«oui»"]
    );
}

#[test]
fn stray_closing_guillemet_used_as_bullet_is_ignored() {
    assert_eq!(spans("» First point\n» Second point"), Vec::<&str>::new());
}

#[test]
fn apostrophes_are_not_marks() {
    let t = "The leaders’ call didn’t help Russia’s case in the ’90s, or rock ’n’ roll.";
    assert_eq!(spans(t), Vec::<&str>::new());
    let t = "The leaders' call didn't help.";
    assert_eq!(spans(t), Vec::<&str>::new());
}

#[test]
fn single_quotes_nest_inside_doubles() {
    let t = "“He told me ‘never again,’ and left,” Ames said.";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].span.slice(t), "“He told me ‘never again,’ and left,”");
    assert_eq!(q[1].span.slice(t), "‘never again,’");
    assert!(q[1].nested && q[1].marks == Marks::Single);
}

#[test]
fn quotation_over_several_sentences() {
    let t = "“One. Two? Three!” he said.";
    assert_eq!(spans(t), ["“One. Two? Three!”"]);
}

#[test]
fn quotation_over_paragraphs_follows_the_news_convention() {
    let t = "“First part of it.\n“Second part of it.”\nAfter.";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert!(q[0].continues && !q[0].closed);
    assert!(q[1].continued && q[1].closed);
    assert_eq!(q[1].span.slice(t), "“Second part of it.”");
}

#[test]
fn unclosed_quotation_stops_at_its_paragraph() {
    let t = "He said “we never stop\nNext paragraph with “a real quote,” she said.";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].span.slice(t), "“we never stop");
    assert!(!q[0].closed && !q[0].continues);
    assert_eq!(q[1].span.slice(t), "“a real quote,”");
}

#[test]
fn new_opening_mark_ends_an_unclosed_quotation() {
    let t = "He said “this is open. Then she said “this is closed,” loudly.";
    assert_eq!(spans(t), ["“this is open.", "“this is closed,”"]);
}

#[test]
fn split_quotation_gives_two_pieces() {
    let t = "“First,” she said. “Second.”";
    assert_eq!(spans(t), ["“First,”", "“Second.”"]);
}

#[test]
fn inches_are_not_quotes() {
    assert_eq!(spans("A 12\" pipe burst."), Vec::<&str>::new());
}

#[test]
fn empty_and_mark_only_inputs() {
    assert!(spans("").is_empty());
    assert_eq!(spans("“").len(), 1);
    assert_eq!(spans("”“”").len(), 1);
}

#[test]
fn long_run_of_unclosed_marks_stays_linear() {
    // Each new mark ends the open quotation; the nested-quote check must not rescan everything.
    let t = "“a ".repeat(20_000);
    let q = quotes(&t);
    assert_eq!(q.len(), 20_000);
    assert!(q.iter().all(|q| !q.closed));
}

/// One row: a name, the input, the top-level quotations it holds, then the nested ones.
type Row = (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

/// House styles and hard cases, each row written for this table. Success rows find the
/// quotations; failure rows find none (the marks are apostrophes or typos); leftover rows
/// check that the text around a quotation stays outside it.
const HOUSE_STYLES: &[Row] = &[
    // success: British single marks as the main ones, doubles nested inside
    (
        "british_curly",
        "‘We will win,’ Mr Smith said.",
        &["‘We will win,’"],
        &[],
    ),
    (
        "british_straight",
        "'We will win,' Ms Jones said.",
        &["'We will win,'"],
        &[],
    ),
    (
        "british_nested_double",
        "‘He told me “never again”, and left,’ Dr Patel said.",
        &["‘He told me “never again”, and left,’"],
        &["“never again”"],
    ),
    (
        "british_contraction_inside",
        "‘We can’t stop now,’ she said.",
        &["‘We can’t stop now,’"],
        &[],
    ),
    // success: word-final apostrophes inside a quotation never close it
    (
        "plural_possessive_curly_double",
        "“The Davises’ farm is next,” he said.",
        &["“The Davises’ farm is next,”"],
        &[],
    ),
    (
        "plural_possessive_in_single",
        "‘The Davises’ farm is next,’ he said.",
        &["‘The Davises’ farm is next,’"],
        &[],
    ),
    (
        "name_possessive_straight",
        "'Chris' plan is fine,' she said.",
        &["'Chris' plan is fine,'"],
        &[],
    ),
    (
        "decade_in_single",
        "‘Back in the ’80s it was worse,’ he said.",
        &["‘Back in the ’80s it was worse,’"],
        &[],
    ),
    (
        "decade_straight_in_double",
        "\"Back in the '80s it was worse,\" he said.",
        &["\"Back in the '80s it was worse,\""],
        &[],
    ),
    // success: same-mark nesting, and dialogue runs
    (
        "same_mark_nesting",
        "“She said “never again” and left,” Ames said.",
        &["“She said “never again” and left,”"],
        &["“never again”"],
    ),
    (
        "dialogue_run",
        "“Now?” “Yes.” “Good.”",
        &["“Now?”", "“Yes.”", "“Good.”"],
        &[],
    ),
    (
        "dialogue_run_single",
        "‘Now?’ ‘Yes.’",
        &["‘Now?’", "‘Yes.’"],
        &[],
    ),
    (
        "dash_attribution_after",
        "“We will win” — Mayor Lena Ortiz",
        &["“We will win”"],
        &[],
    ),
    (
        "double_hyphen_attribution",
        "\"Enough\"--said Mr. Hale.",
        &["\"Enough\""],
        &[],
    ),
    // failure: apostrophes and typos make no quotation
    ("elided_about", "He was talkin’ ‘bout the vote.", &[], &[]),
    ("rock_n_roll", "It was rock 'n' roll night.", &[], &[]),
    (
        "possessive_alone",
        "The Davises’ farm and Chris' plan.",
        &[],
        &[],
    ),
    (
        "doubled_opening_mark",
        "\"“We go on,” he said.",
        &["“We go on,”"],
        &[],
    ),
    // leftover: text before and after a quotation stays outside it
    (
        "leftover_after_single",
        "Mr Smith said ‘no’ twice, and left.",
        &["‘no’"],
        &[],
    ),
    (
        "stray_mark_ends_at_next_quote",
        "He said “this is open. Later she said “done,” and left.",
        &["“this is open.", "“done,”"],
        &[],
    ),
];

#[test]
fn house_style_table() {
    for &(name, text, top, nested) in HOUSE_STYLES {
        let q = quotes(text);
        let pick = |n: bool| -> Vec<&str> {
            q.iter()
                .filter(|q| q.nested == n)
                .map(|q| q.span.slice(text))
                .collect()
        };
        assert_eq!(pick(false), top, "{name}: top-level quotations");
        assert_eq!(pick(true), nested, "{name}: nested quotations");
    }
}

#[test]
fn single_mark_quotation_over_paragraphs() {
    // British style: each paragraph of a long quotation opens with a single mark.
    let t = "‘First part of it.\n‘Second part of it.’\nAfter.";
    let q = quotes(t);
    assert_eq!(q.len(), 2);
    assert!(q[0].continues && !q[0].closed && q[0].marks == Marks::Single);
    assert!(q[1].continued && q[1].closed);
    // An unclosed single mark with no continuation is an apostrophe, not a quotation.
    assert!(quotes("‘Open but never closed\nNext.").is_empty());
}

#[test]
fn mark_positions_rule_cases() {
    // success: every mark, ASCII or curly, by offset.
    assert_eq!(mark_positions("a “b” 'c"), vec![2, 6, 10]);
    // lead byte 0xC2: « and » are marks, £ is not; markup's "<" is one (the scanner skips tags).
    assert_eq!(mark_positions("£5 «x» <b>"), vec![4, 7, 10]);
    // lead byte 0xE2 of a char that is no mark (dash, ellipsis): nothing found.
    assert!(mark_positions("plain — text…").is_empty());
    // an apostrophe is found like any mark: its role is the scanner's to decide.
    assert_eq!(mark_positions("’s"), vec![0]);
}

#[test]
fn wide_marks_are_told_by_their_bytes() {
    // Every char whose UTF-8 opens with 0xC2 or 0xE2: a mark by its bytes exactly when it is
    // one of « » “ ” „ ‘ ’.
    let mut marks = 0;
    for c in ('\u{80}'..='\u{ffff}').filter(|c| matches!(c.to_string().as_bytes()[0], 0xC2 | 0xE2))
    {
        let text = format!("{c}x");
        let want = matches!(c, '«' | '»' | '“' | '”' | '„' | '‘' | '’');
        assert_eq!(is_wide_mark(text.as_bytes()), want, "{c:?}");
        marks += usize::from(want);
    }
    assert_eq!(marks, 7);
}

#[test]
fn in_word_apostrophe_rule_cases() {
    let at = |text: &str, mark: &str| in_word_apostrophe(text.as_bytes(), text.find(mark).unwrap());
    // success: between ASCII letters or digits, curly or straight
    assert!(at("didn’t", "’"));
    assert!(at("O'Neill", "'"));
    assert!(at("rock’n’roll", "’"));
    // failure: a space, a mark or the text's edge on either side, or a wide letter
    assert!(!at("‘Yes’ she", "’"));
    assert!(!at("the Davises’ farm", "’"));
    assert!(!at("it''s", "'"));
    assert!(!at("’90s", "’"));
    assert!(!at("café’s", "’"));
    assert!(!at("don’", "’"));
}
