//! Paragraphs and sentences: the units every later stage works in.
//!
//! Invariants: paragraphs (from `layout`) are trimmed spans; sentences never cross a paragraph; sentences are in order, do not overlap, and the text between two of them is
//! whitespace only (they tile the body). Headings and bullet lines are paragraphs, so they are
//! sentences of their own.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while, take_while_m_n, take_while1};
use nom::combinator::recognize;
use nom::multi::fold_many_m_n;
use nom::sequence::delimited;
use nom::{IResult, Parser};

use super::abbrev::{self, AbbrevClass};
pub use super::layout::split_paragraphs;
use super::{Inside, list};
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
    // Every paragraph holds at least one sentence.
    let mut out = Vec::with_capacity(paragraphs.len());
    let mut spans = Vec::new();
    let terminals = terminal_positions(text);
    let stops = list::stop_positions(text);
    let (mut terminals_left, mut stops_left) = (&terminals[..], &stops[..]);
    for (p, para) in paragraphs.iter().copied().enumerate() {
        spans.clear();
        let terminals = super::take_inside(&mut terminals_left, para);
        let stops = super::take_inside(&mut stops_left, para);
        sentences_in(para.slice(text), terminals, stops, &mut spans);
        for span in spans.iter().copied() {
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
    // Any whitespace: a paragraph may hold NBSP, U+2028, or line breaks in hard-wrapped text.
    c.is_whitespace()
}

// terminal_run := spaced_ellipsis | [.!?…]+
fn terminal_run(i: &str) -> Res<'_, &str> {
    alt((spaced_ellipsis, take_while1(is_terminal))).parse(i)
}

// spaced_ellipsis := "." (" ." ){2,}           (". . .")
fn spaced_ellipsis(i: &str) -> Res<'_, &str> {
    if !i.starts_with(". .") {
        // Most terminals are a lone period: fail before the parsers run.
        return Err(nom::Err::Error(()));
    }
    recognize((tag("."), fold_many_m_n(2, 8, tag(" ."), || (), |(), _| ()))).parse(i)
}

// closers := [”’"')\]»]*
fn closers(i: &str) -> Res<'_, &str> {
    take_while(is_closer).parse(i)
}

// citations := ("[" [^\]\n]{1,16} "]")*       ("[3]", "[note 4]" right after the period)
fn citations(i: &str) -> Res<'_, &str> {
    if !i.starts_with('[') {
        return Ok((i, &i[..0]));
    }
    let label = take_while_m_n(1, 16, |c: char| c != ']' && c != '[' && c != '\n');
    let cite = delimited(tag("["), label, tag("]"));
    recognize(fold_many_m_n(0, 4, cite, || (), |(), _| ())).parse(i)
}

// gap := \s+
fn gap(i: &str) -> Res<'_, &str> {
    take_while1(is_inline_space).parse(i)
}

// boundary := terminal_run closers citations gap
//
// Returns the terminal run and the length of everything before the gap.
fn boundary(i: &str) -> Res<'_, (&str, usize)> {
    let (rest, (term, close, cite, _)) = (terminal_run, closers, citations, gap).parse(i)?;
    Ok((rest, (term, term.len() + close.len() + cite.len())))
}

/// Byte offsets of every terminal (`.`, `!`, `?`, `…`) of the body, in order: found once, by
/// SIMD byte searches (memchr) over the whole body, rather than again from each position a
/// paragraph's scan stops at.
fn terminal_positions(text: &str) -> Vec<usize> {
    // About one terminal in 64 bytes of news text: room for most without growing.
    let mut out = Vec::with_capacity(text.len() / 64);
    out.extend(memchr::memchr3_iter(b'.', b'!', b'?', text.as_bytes()));
    let ellipses = memchr::memmem::find_iter(text.as_bytes(), "…".as_bytes());
    let before = out.len();
    out.extend(ellipses);
    if out.len() > before {
        out.sort_unstable();
    }
    out
}

// to_terminal := [^.!?…]*                     (from byte `from` of `text`)
//
// The next terminal at or after `from` in `terminals` (of the paragraph `text` starts), with
// `next` the index to look from (calls move forward).
fn to_terminal<'a>(
    text: &'a str,
    from: usize,
    terminals: Inside<'_>,
    next: &mut usize,
) -> Res<'a, &'a str> {
    let at = terminals.at;
    while *next < at.len() && at[*next] - terminals.base < from {
        *next += 1;
    }
    let k = at
        .get(*next)
        .map_or(text.len(), |&k| (k - terminals.base).min(text.len()));
    Ok((&text[k..], &text[from..k]))
}

/// Sentence spans inside one paragraph (offsets relative to it), pushed to `out`. The items of
/// an inline list are split first; a list marker opening an item or the paragraph is never a
/// sentence end.
fn sentences_in(para: &str, terminals: Inside<'_>, stops: Inside<'_>, out: &mut Vec<Span>) {
    let lead = list::list_marker(para);
    let items = list::inline_items(para, lead, stops);
    let mut start = 0;
    for end in items.into_iter().filter(|&k| k > 0).chain([para.len()]) {
        let piece = para[start..end].trim_end();
        let marker = if start == 0 {
            lead
        } else {
            list::list_marker(piece)
        };
        let piece = Span::new(start, start + piece.len());
        sentences_of_piece(para, piece, marker.unwrap_or(0), terminals, out);
        start = end;
    }
}

/// Sentences of the piece `piece` of `para`, whose list marker (`marker` bytes) is no sentence
/// end, pushed to `out`. `terminals` are the paragraph's.
fn sentences_of_piece(
    para: &str,
    piece: Span,
    marker: usize,
    terminals: Inside<'_>,
    out: &mut Vec<Span>,
) {
    let text = &para[..piece.end];
    let mut start = piece.start;
    let mut from = (start + marker).min(text.len());
    let mut next = 0;
    while let Ok((after, _)) = to_terminal(text, from, terminals, &mut next) {
        if after.is_empty() {
            break;
        }
        let at = text.len() - after.len();
        match boundary(after) {
            Ok((next, (term, end_len))) if ends_sentence(text, at, term, next) => {
                out.push(Span::new(start, at + end_len));
                start = text.len() - next.len();
                from = start;
            }
            _ => from = text.len() - skip_terminals(after).len(),
        }
    }
    if start < text.len() {
        out.push(Span::new(start, text.len()));
    }
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
    if next.starts_with(['—', '–']) || next.starts_with("--") {
        // An interjection between dashes (“-- believe it or not! --”) or a dash attribution
        // (“We will win.” — Lena Ortiz) goes on in the same sentence.
        return false;
    }
    if term != "." {
        return true;
    }
    let before = &para[..at];
    let word = word_before(before);
    if word == "I" {
        // The pronoun at a sentence end ("than I."), or "World War I." before an opener.
        let lower_before = last_word(&before[..before.len() - 1]).starts_with(char::is_lowercase);
        return lower_before || opens_sentence(next);
    }
    match abbrev::classify(word) {
        AbbrevClass::None => true,
        AbbrevClass::Title => {
            let initial_next = next.get(1..2) == Some(".");
            after_initial(&before[..before.len() - word.len()])
                && !initial_next
                && opens_sentence(next)
        }
        AbbrevClass::BeforeNumber => !first.is_ascii_digit(),
        AbbrevClass::Time => !first.is_ascii_digit() && !abbrev::continues_time(first_word(next)),
        AbbrevClass::Company => opens_sentence(next) || capital_then_lowercase(next),
        AbbrevClass::Soft => opens_sentence(next),
    }
}

/// True when `next` opens like a sentence: a common opener ("The", "He") or a quotation mark
/// and a capital.
fn opens_sentence(next: &str) -> bool {
    abbrev::is_starter(first_word(next)) || opens_quoted_sentence(next)
}

/// True when `before` (the text before a single initial) ends with another initial ("U. "),
/// so the initials are spaced ("U. S. A.") and may end the sentence.
fn after_initial(before: &str) -> bool {
    let Some(rest) = before.trim_end().strip_suffix('.') else {
        return false;
    };
    let mut chars = rest.chars().rev();
    chars.next().is_some_and(char::is_uppercase) && !chars.next().is_some_and(char::is_alphanumeric)
}

/// True for a capitalised word (not all capitals) followed by a lowercase one ("Shares fell").
fn capital_then_lowercase(next: &str) -> bool {
    let word = first_word(next);
    let caps = word.chars().filter(|c| c.is_uppercase()).count();
    let after = next[word.len()..].trim_start();
    caps == 1
        && word.chars().count() > 1
        && word.starts_with(char::is_uppercase)
        && after.starts_with(char::is_lowercase)
}

/// The last whitespace-separated word of `text`.
fn last_word(text: &str) -> &str {
    let text = text.trim_end();
    text.rsplit(char::is_whitespace).next().unwrap_or("")
}

/// The word (letters, digits and inner periods) that ends `text`.
pub(crate) fn word_before(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut start = text.len();
    // Byte by byte while ASCII; a char is decoded only where a byte is not.
    while let Some(&b) = bytes[..start].last() {
        if b.is_ascii_alphanumeric() || b == b'.' {
            start -= 1;
            continue;
        }
        match text[..start].chars().next_back() {
            Some(c) if !b.is_ascii() && c.is_alphanumeric() => start -= c.len_utf8(),
            _ => break,
        }
    }
    text[start..].trim_start_matches('.')
}

/// True for text opening with a quotation mark and a capital ("“The …").
fn opens_quoted_sentence(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(chars.next(), Some('“' | '"' | '‘' | '\''))
        && chars.next().is_some_and(char::is_uppercase)
}

fn first_word(text: &str) -> &str {
    let end = text
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(text.len());
    &text[..end]
}

#[cfg(test)]
mod tests;
