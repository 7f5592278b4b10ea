//! Words and punctuation of a paragraph, with each top-level quotation as one token.
//!
//! Words keep inner apostrophes, hyphens and periods ("didn’t", "D-Ore", "U.S."), and a final
//! period when it belongs to an abbreviation ("Sen.", "Calif."). Everything else that is not
//! space is a one-character punctuation token.

use nom::bytes::complete::{take_while, take_while1};
use nom::{IResult, Parser};

use super::abbrev;
use super::quote::Quote;
use crate::model::Span;

type Res<'a, O> = IResult<&'a str, O, ()>;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters or digits, with inner joiners.
    Word,
    /// One punctuation character.
    Punct,
    /// A whole top-level quotation; the value indexes the quotation list.
    Quote(usize),
}

/// One token of a paragraph, in 12 bytes (a long article holds one for every five or six
/// bytes of its text): offsets as `u32`, so a body must be under 4 GiB (`MAX_BODY`), and the
/// kind packed with the quotation index. Read it with `span` and `kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    start: u32,
    end: u32,
    /// 0 a word, 1 punctuation, `2 + q` the quotation `q`.
    kind: u32,
}

/// The largest article body the tokens can index (`u32` offsets): 4 GiB less one byte.
pub const MAX_BODY: usize = u32::MAX as usize;

impl Token {
    /// A token of `kind` over `span` (offsets past `MAX_BODY` are clamped to it).
    pub fn new(span: Span, kind: TokenKind) -> Token {
        let narrow = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        let kind = match kind {
            TokenKind::Word => 0,
            TokenKind::Punct => 1,
            TokenKind::Quote(q) => narrow(q).saturating_add(2),
        };
        Token {
            start: narrow(span.start),
            end: narrow(span.end),
            kind,
        }
    }

    /// Where it is in the body.
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    /// Word, punctuation or quotation.
    pub fn kind(&self) -> TokenKind {
        match self.kind {
            0 => TokenKind::Word,
            1 => TokenKind::Punct,
            k => TokenKind::Quote((k - 2) as usize),
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '$' || c == '%' || c == '#' || c == '@'
}

fn is_joiner(c: char) -> bool {
    matches!(c, '’' | '\'' | '-' | '.' | '&' | ',' | '/' | '‑' | '_')
}

// word_part := [\p{L}\p{N}$%#@]+
fn word_part(i: &str) -> Res<'_, &str> {
    take_while1(is_word_char).parse(i)
}

// word := word_part (joiner word_part)*     (a comma joins only digits: "250,000")
fn word(i: &str) -> Res<'_, usize> {
    let (mut rest, first) = word_part(i)?;
    let mut len = first.len();
    let mut last = first;
    loop {
        let Ok((after_joiner, joiner)) = take_while1::<_, _, ()>(is_joiner).parse(rest) else {
            break;
        };
        if joiner.chars().count() != 1 {
            break;
        }
        let Ok((after, part)) = word_part(after_joiner) else {
            break;
        };
        if joiner == "," && !(digits(last) && digits(part)) {
            break;
        }
        if joiner == "." && !joins_at_period(last, part) {
            break;
        }
        len += joiner.len() + part.len();
        last = part;
        rest = after;
    }
    Ok((rest, len))
}

/// "U.S", "a.m", "3.5", "cnn.com" join at a period; "said.Trump" (a missing space) does not.
fn joins_at_period(before: &str, after: &str) -> bool {
    before.chars().count() <= 2
        || (digits(before) && digits(after))
        || after.chars().next().is_some_and(char::is_lowercase)
}

fn digits(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_digit())
}

// space := \s*
fn space(i: &str) -> Res<'_, &str> {
    take_while(char::is_whitespace).parse(i)
}

/// Tokens of `para` (a span of `text`); top-level quotations in `quotes` become single tokens.
pub fn tokenize(text: &str, para: Span, quotes: &[(usize, Quote)]) -> Vec<Token> {
    let mut out = Vec::new();
    let mut pos = para.start;
    let mut qi = quotes.iter().peekable();
    while pos < para.end {
        if let Some((idx, q)) = qi.peek().copied()
            && q.span.start <= pos
        {
            if q.span.end > pos {
                out.push(Token::new(q.span, TokenKind::Quote(*idx)));
                pos = q.span.end;
            }
            qi.next();
            continue;
        }
        let limit = qi.peek().map_or(para.end, |(_, q)| q.span.start.max(pos));
        pos = tokenize_plain(text, pos, limit, &mut out);
    }
    out
}

/// Tokenizes `text[start..end]` (no quotations inside); returns the end position reached.
fn tokenize_plain(text: &str, start: usize, end: usize, out: &mut Vec<Token>) -> usize {
    let chunk = &text[start..end];
    let mut rest = chunk;
    while !rest.is_empty() {
        let Ok((after_space, _)) = space(rest) else {
            break;
        };
        rest = after_space;
        let at = start + chunk.len() - rest.len();
        let Some(c) = rest.chars().next() else { break };
        let len = match word(rest) {
            Ok((_, len)) => with_abbrev_period(rest, len),
            Err(_) => c.len_utf8(),
        };
        let kind = if len == c.len_utf8() && !is_word_char(c) {
            TokenKind::Punct
        } else {
            TokenKind::Word
        };
        out.push(Token::new(Span::new(at, at + len), kind));
        rest = &rest[len..];
    }
    end
}

/// Extends a word by its final period when the word is an abbreviation ("Sen." "U.S.").
fn with_abbrev_period(rest: &str, len: usize) -> usize {
    let w = &rest[..len];
    if rest[len..].starts_with('.') && abbrev::takes_period(w) {
        len + 1
    } else {
        len
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::quote::find_quotes;
    use crate::parse::sentence::split_paragraphs;

    fn words(text: &str) -> Vec<&str> {
        let paras = split_paragraphs(text);
        let quotes: Vec<_> = find_quotes(text, &paras).into_iter().enumerate().collect();
        tokenize(text, paras[0], &quotes)
            .iter()
            .map(|t| t.span().slice(text))
            .collect()
    }

    #[test]
    fn words_keep_inner_joiners() {
        assert_eq!(
            words("Sen. Okafor (D-Ore.) didn’t pay $1.2 million, or 250,000 U.S. dollars."),
            [
                "Sen.", "Okafor", "(", "D-Ore.", ")", "didn’t", "pay", "$1.2", "million", ",",
                "or", "250,000", "U.S.", "dollars", "."
            ]
        );
    }

    #[test]
    fn quotations_are_single_tokens() {
        assert_eq!(
            words("“Yes, we can,” she said."),
            ["“Yes, we can,”", "she", "said", "."]
        );
    }

    #[test]
    fn plain_word_rule_leftover() {
        assert_eq!(word("Russia’s army"), Ok((" army", 10)));
        assert_eq!(word("a, b"), Ok((", b", 1)));
        assert!(word(" x").is_err());
    }
}
