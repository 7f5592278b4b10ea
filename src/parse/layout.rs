//! Layout: how an article's lines make paragraphs, and list markers.
//!
//! Most news text comes one paragraph a line. Hard-wrapped text (e-mail, wire copy, text taken
//! from PDFs) breaks its paragraphs into lines of at most about 80 characters and separates
//! them by blank lines; it is detected per article (`is_hard_wrapped`, rule in docs/grammar.md
//! §1) and read as paragraphs, not lines. Either way a paragraph is a trimmed span of the
//! original text, so every later offset still points into the article as written.

use super::list::list_marker;
use crate::model::Span;

/// The longest line (in characters) a hard-wrapped article may have.
const MAX_WRAPPED_LINE: usize = 100;
/// Its widest line must be at least this long (shorter lines are a list, not wrapped prose).
const MIN_WRAP_WIDTH: usize = 50;

/// One line of the body: its trimmed span and its indent.
#[derive(Debug, Clone, Copy)]
struct Line {
    span: Span,
    indent: usize,
}

/// The body's paragraphs: its non-blank lines, trimmed; in hard-wrapped text, runs of lines.
pub fn split_paragraphs(text: &str) -> Vec<Span> {
    if has_long_line(text) {
        // News paragraphs run to a few hundred bytes: room for most without growing.
        let mut out = Vec::with_capacity(text.len() / 128);
        out.extend(
            lines_of(text)
                .filter(|l| !l.span.is_empty())
                .map(|l| l.span),
        );
        return out;
    }
    let lines: Vec<Line> = lines_of(text).collect();
    match wrap_width(text, &lines) {
        Some(width) => join_wrapped(text, &lines, width),
        None => lines
            .iter()
            .filter(|l| !l.span.is_empty())
            .map(|l| l.span)
            .collect(),
    }
}

/// True when a line is longer than hard-wrapped text allows: the common case (one paragraph a
/// line), found at the first long line. Characters are counted only in lines with more bytes.
fn has_long_line(text: &str) -> bool {
    raw_lines(text).any(|(_, l)| {
        let l = l.strip_suffix('\n').unwrap_or(l);
        l.len() > MAX_WRAPPED_LINE && l.trim().chars().count() > MAX_WRAPPED_LINE
    })
}

/// The lines of `text` with their line breaks and offsets (as `split_inclusive('\n')`), the
/// breaks found by a SIMD byte search.
fn raw_lines(text: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let mut start = 0;
    let mut breaks = memchr::memchr_iter(b'\n', text.as_bytes());
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = breaks.next().map_or(text.len(), |k| k + 1);
        let line = (start, &text[start..end]);
        start = end;
        Some(line)
    })
}

/// Every line, trimmed, blank ones as empty spans.
fn lines_of(text: &str) -> impl Iterator<Item = Line> + '_ {
    raw_lines(text).map(move |(at, line)| {
        let rest = trim_start(line);
        let lead = line.len() - rest.len();
        let body = trim_end(rest);
        let span = if body.is_empty() {
            Span::new(at, at)
        } else {
            Span::new(at + lead, at + lead + body.len())
        };
        Line { span, indent: lead }
    })
}

/// `str::trim_start`, byte by byte while the text is ASCII.
fn trim_start(s: &str) -> &str {
    let k = s
        .bytes()
        .position(|b| !is_ascii_space(b))
        .unwrap_or(s.len());
    let rest = &s[k..];
    if rest.as_bytes().first().is_some_and(|b| !b.is_ascii()) {
        rest.trim_start()
    } else {
        rest
    }
}

/// `str::trim_end`, byte by byte while the text is ASCII.
fn trim_end(s: &str) -> &str {
    let k = s
        .bytes()
        .rposition(|b| !is_ascii_space(b))
        .map_or(0, |k| k + 1);
    let rest = &s[..k];
    if rest.as_bytes().last().is_some_and(|b| !b.is_ascii()) {
        rest.trim_end()
    } else {
        rest
    }
}

/// The ASCII chars `char::is_whitespace` accepts (vertical tab included).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// A line's length in characters.
fn chars(text: &str, line: &Line) -> usize {
    line.span.slice(text).chars().count()
}

/// The wrap width (the widest line) when the article is hard-wrapped, else `None`.
///
/// Hard-wrapped: no line longer than `MAX_WRAPPED_LINE` characters, the widest at least
/// `MIN_WRAP_WIDTH`, and at least two line breaks inside a sentence (a line without a sentence
/// end followed by one that opens in lowercase), or one in an article of at most four lines.
fn wrap_width(text: &str, lines: &[Line]) -> Option<usize> {
    let widest = lines.iter().map(|l| chars(text, l)).max()?;
    if !(MIN_WRAP_WIDTH..=MAX_WRAPPED_LINE).contains(&widest) {
        return None;
    }
    let full: Vec<&Line> = lines.iter().filter(|l| !l.span.is_empty()).collect();
    let joints = lines
        .windows(2)
        .filter(|w| !w[1].span.is_empty() && runs_on(w[0].span.slice(text), w[1].span.slice(text)))
        .count();
    (joints >= 2 || (joints == 1 && full.len() <= 4)).then_some(widest)
}

/// True when a sentence runs on from line `a` into line `b`: `a` has no sentence end and `b`
/// opens with a lowercase letter.
fn runs_on(a: &str, b: &str) -> bool {
    let end = a.trim_end_matches(['”', '’', '"', '\'', ')', ']', '»']);
    !end.is_empty()
        && !end.ends_with(['.', '!', '?', '…', ':'])
        && b.chars().next().is_some_and(char::is_lowercase)
}

/// Paragraphs of hard-wrapped text: runs of non-blank lines. A new paragraph also starts at a
/// list item or bullet, at an indented line after an unindented one, and after a line shorter
/// than 60% of the wrap width (a paragraph's last line) unless the next opens in lowercase.
fn join_wrapped(text: &str, lines: &[Line], width: usize) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut open = false;
    let mut prev: Option<Line> = None;
    for line in lines.iter().copied() {
        if line.span.is_empty() {
            open = false;
            prev = None;
            continue;
        }
        let body = line.span.slice(text);
        let breaks = prev.is_some_and(|p| {
            list_marker(body).is_some()
                || (line.indent > p.indent && p.indent == 0)
                || (chars(text, &p) * 10 < width * 6 && !body.starts_with(char::is_lowercase))
        });
        match out.last_mut() {
            Some(last) if open && !breaks => last.end = line.span.end,
            _ => out.push(line.span),
        }
        open = true;
        prev = Some(line);
    }
    out
}

#[cfg(test)]
mod tests;
