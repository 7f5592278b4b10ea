//! Paragraphs and sentences: the units every later stage works in.
//!
//! Invariants: paragraphs (from `layout`) are trimmed spans; sentences never cross a paragraph; sentences are in order, do not overlap, and the text between two of them is
//! whitespace only (they tile the body). Headings and bullet lines are paragraphs, so they are
//! sentences of their own.

use nom::bytes::complete::{take_while, take_while1};
use nom::{IResult, Parser};

use super::abbrev::{self, AbbrevClass};
pub use super::layout::split_paragraphs;
use crate::model::Span;

type Res<'a, O> = IResult<&'a str, O, ()>;

/// A sentence of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Where it is, trimmed of surrounding whitespace.
    pub span: Span,
    /// Index of its paragraph.
    pub paragraph: usize,
}

/// Splits the body into sentences (paragraphs first, then sentence ends inside each).
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    sentences_of(text, &split_paragraphs(text))
}

/// Sentences of the given paragraphs (from `split_paragraphs`), so callers that already have
/// them do not split twice.
pub fn sentences_of(text: &str, paragraphs: &[Span]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (p, para) in paragraphs.iter().copied().enumerate() {
        for span in sentences_in(para.slice(text)) {
            out.push(Sentence {
                span: Span::new(para.start + span.start, para.start + span.end),
                paragraph: p,
            });
        }
    }
    out
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | ')' | ']' | '»')
}

fn is_inline_space(c: char) -> bool {
    // Any whitespace: a paragraph holds no newline, but may hold NBSP or U+2028.
    c.is_whitespace()
}

// terminal_run := [.!?…]+
fn terminal_run(i: &str) -> Res<'_, &str> {
    take_while1(is_terminal).parse(i)
}

// closers := [”’"')\]»]*
fn closers(i: &str) -> Res<'_, &str> {
    take_while(is_closer).parse(i)
}

// gap := [ \t]+
fn gap(i: &str) -> Res<'_, &str> {
    take_while1(is_inline_space).parse(i)
}

// boundary := terminal_run closers gap      (returns the length of terminal_run closers)
fn boundary(i: &str) -> Res<'_, (&str, usize)> {
    let (rest, (term, close, _)) = (terminal_run, closers, gap).parse(i)?;
    Ok((rest, (term, term.len() + close.len())))
}

// to_terminal := [^.!?…]*
//
// A byte scan like `quote::to_mark`: "…" is the only terminal outside ASCII (lead byte 0xE2).
fn to_terminal(i: &str) -> Res<'_, &str> {
    let stop = i.bytes().enumerate().position(|(k, b)| match b {
        b'.' | b'!' | b'?' => true,
        0xE2 => i.get(k..).is_some_and(|r| r.starts_with('…')),
        _ => false,
    });
    let k = stop.unwrap_or(i.len());
    Ok((&i[k..], &i[..k]))
}

/// Sentence spans inside one paragraph (offsets relative to it).
fn sentences_in(para: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut rest = para;
    while let Ok((after, _)) = to_terminal(rest) {
        if after.is_empty() {
            break;
        }
        let at = para.len() - after.len();
        match boundary(after) {
            Ok((next, (term, end_len))) if ends_sentence(para, at, term, next) => {
                out.push(Span::new(start, at + end_len));
                start = para.len() - next.len();
                rest = next;
            }
            _ => rest = skip_terminals(after),
        }
    }
    if start < para.len() {
        out.push(Span::new(start, para.len()));
    }
    out
}

fn skip_terminals(i: &str) -> &str {
    match terminal_run(i) {
        Ok((rest, _)) => rest,
        Err(_) => i.get(1..).unwrap_or(""),
    }
}

/// Decides whether the terminal run `term` at byte `at` of `para` ends a sentence, given the
/// text `next` that follows it after the gap.
fn ends_sentence(para: &str, at: usize, term: &str, next: &str) -> bool {
    let Some(first) = next.chars().next() else {
        return true;
    };
    if first.is_lowercase() {
        // “Are you sure?” she asked.
        return false;
    }
    if term != "." {
        return true;
    }
    let word = word_before(&para[..at]);
    match abbrev::classify(word) {
        AbbrevClass::None => true,
        AbbrevClass::Title => false,
        AbbrevClass::Month => !first.is_ascii_digit(),
        AbbrevClass::Soft => abbrev::is_starter(first_word(next)) || opens_quoted_sentence(next),
    }
}

/// The word (letters, digits and inner periods) that ends `text`.
pub(crate) fn word_before(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
        .last()
        .map_or(text.len(), |(i, _)| i);
    text[start..].trim_start_matches('.')
}

/// True for text opening with a quotation mark and a capital ("“The …").
fn opens_quoted_sentence(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some('“' | '"')) && chars.next().is_some_and(char::is_uppercase)
}

fn first_word(text: &str) -> &str {
    let end = text
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(text.len());
    &text[..end]
}

#[cfg(test)]
mod tests {
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
        let t =
            "Sen. Jo Park met Mr. Lee and George W. Bush at 3 p.m. on Friday. J.K. Rowling wrote.";
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
}
