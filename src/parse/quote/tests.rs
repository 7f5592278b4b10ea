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
