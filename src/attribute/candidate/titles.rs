//! Titles, names and scare quotes (“America 250”, the so-called “deal”): quotations that name
//! something rather than report speech, never claimed.

use super::super::lexicon::{TITLE_BEFORE, TITLE_SMALL};
use super::super::para::Para;

/// True when the quotation at token `qi` stands where a title or a name would.
pub(crate) fn in_title_position(p: &Para, qi: usize) -> bool {
    let Some(prev) = qi.checked_sub(1) else {
        return false;
    };
    let w = p.word(prev);
    w.ends_with("’s")
        || w.ends_with("'s")
        || w.ends_with('’')
        || TITLE_BEFORE.contains(w.to_lowercase().as_str())
}

/// True for quoted words that look like a name or title, not speech: two to six words, every
/// one capitalised but small words, and no sentence punctuation ("Harbor Nights,",
/// “Rivers First”, "Make America Great Again").
pub(crate) fn is_title_like(inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    let capitalised = words.iter().all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.is_empty()
            || TITLE_SMALL.contains(w)
            || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    });
    (2..=6).contains(&words.len()) && capitalised && !inner.trim_end().ends_with(['.', '?', '!'])
}
