//! Paragraphs and sentences: the units every later stage works in.
//!
//! Invariants: paragraphs (from `layout`) are trimmed spans; sentences never cross a paragraph; sentences are in order, do not overlap, and the text between two of them is
//! whitespace only (they tile the body). Headings and bullet lines are paragraphs, so they are
//! sentences of their own.

use nom::bytes::complete::{tag, take_while_m_n};
use nom::combinator::recognize;
use nom::multi::fold_many_m_n;
use nom::sequence::delimited;
use nom::{IResult, Parser};

use super::abbrev::{self, AbbrevClass};
pub use super::layout::split_paragraphs;
use super::{Inside, bytes, list};
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
    let terminals = terminal_positions(text);
    // Every paragraph holds at least one sentence, and most sentences end at a terminal: room
    // for about as many as news text has, without growing.
    let mut out = Vec::with_capacity(paragraphs.len() + terminals.len() / 2);
    let mut spans = Vec::new();
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
    // Most terminals are a lone period: the ellipsis parser runs only where one can start.
    if i.starts_with(". .")
        && let Ok(found) = spaced_ellipsis(i)
    {
        return Ok(found);
    }
    take_chars1(i, is_terminal)
}

/// `take_while1(keep)` as a byte loop (`bytes::prefix_len`): this runs at every terminal.
fn take_chars1(i: &str, keep: impl Fn(char) -> bool) -> Res<'_, &str> {
    match bytes::prefix_len(i, keep) {
        0 => Err(nom::Err::Error(())),
        k => Ok((&i[k..], &i[..k])),
    }
}

// spaced_ellipsis := "." (" ." ){2,}           (". . .")
#[cold]
fn spaced_ellipsis(i: &str) -> Res<'_, &str> {
    recognize((tag("."), fold_many_m_n(2, 8, tag(" ."), || (), |(), _| ()))).parse(i)
}

// closers := [”’"')\]»]*
fn closers(i: &str) -> Res<'_, &str> {
    let k = bytes::prefix_len(i, is_closer);
    Ok((&i[k..], &i[..k]))
}

// citations := ("[" [^\]\n]{1,16} "]")*       ("[3]", "[note 4]" right after the period)
fn citations(i: &str) -> Res<'_, &str> {
    if i.starts_with('[') {
        cited(i)
    } else {
        Ok((i, &i[..0]))
    }
}

/// `citations` from its first "[" (rare: kept out of the hot path).
#[cold]
fn cited(i: &str) -> Res<'_, &str> {
    let label = take_while_m_n(1, 16, |c: char| c != ']' && c != '[' && c != '\n');
    let cite = delimited(tag("["), label, tag("]"));
    recognize(fold_many_m_n(0, 4, cite, || (), |(), _| ())).parse(i)
}

// gap := \s+
fn gap(i: &str) -> Res<'_, &str> {
    take_chars1(i, is_inline_space)
}

// boundary := terminal_run boundary_end
//
// Returns the terminal run and the length of everything before the gap. The scan
// (`sentences_of_piece`) runs the two parts apart, to go on after a run that ends nothing.
#[cfg(test)]
fn boundary(i: &str) -> Res<'_, (&str, usize)> {
    let (rest, term) = terminal_run(i)?;
    let (rest, end) = boundary_end(rest)?;
    Ok((rest, (term, term.len() + end)))
}

// boundary_end := closers citations gap
//
// What follows a terminal run at a sentence end; returns the length before the gap.
fn boundary_end(i: &str) -> Res<'_, usize> {
    let (rest, (close, cite, _)) = (closers, citations, gap).parse(i)?;
    Ok((rest, close.len() + cite.len()))
}

/// Byte offsets of every terminal (`.`, `!`, `?`, `…`) of the body, in order: found once, by
/// SIMD byte searches (memchr) over the whole body, rather than again from each position a
/// paragraph's scan stops at.
fn terminal_positions(text: &str) -> Vec<usize> {
    // About one terminal in 64 bytes of news text: room for most without growing.
    let mut out = Vec::with_capacity(text.len() / 64);
    let bytes = text.as_bytes();
    out.extend(memchr::memchr3_iter(b'.', b'!', b'?', bytes));
    // "…" is E2 80 A6; its last byte is rare in news text, so it is the one searched for.
    let ellipses = memchr::memchr_iter(0xA6, bytes)
        .filter_map(|k| k.checked_sub(2))
        .filter(|&k| bytes[k..].starts_with("…".as_bytes()));
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
        // `after` opens with a terminal, so the run has one (a lone byte is skipped else).
        let (after_run, term) = terminal_run(after).unwrap_or((after.get(1..).unwrap_or(""), ""));
        match boundary_end(after_run) {
            Ok((next, end_len)) if ends_sentence(text, at, term, next) => {
                out.push(Span::new(start, at + term.len() + end_len));
                start = text.len() - next.len();
                from = start;
            }
            // Not a sentence end: go on after the run.
            _ => from = text.len() - after_run.len(),
        }
    }
    if start < text.len() {
        out.push(Span::new(start, text.len()));
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
