//! Quotation spans: which marks open and close quotations, and which are apostrophes.
//!
//! Rules (see docs/grammar.md): double marks (“ ” " „ « ») make quotations and single marks
//! (‘ ’ ') nest inside them or stand alone; an apostrophe inside or after a word (didn’t,
//! leaders’, the ’90s) is never a mark. A quotation never runs past its paragraph: one left
//! open at a paragraph end continues only when the next paragraph opens with a mark (the news
//! convention for quotes over several paragraphs), and is otherwise reported unclosed. A new
//! opening mark while a quotation is open ends the open one there, so one stray mark never
//! swallows the rest of the article or hides the quotes after it.

use nom::IResult;

use crate::model::Span;

/// The kind of marks around a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marks {
    /// “…” "…" „…“ «…»
    Double,
    /// ‘…’ '…'
    Single,
}

/// A quotation, or one paragraph's piece of a quotation over several paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark through the closing mark (to the paragraph end when unclosed).
    pub span: Span,
    /// The words inside the marks.
    pub inner: Span,
    /// Double or single marks.
    pub marks: Marks,
    /// False when no closing mark was found in the paragraph.
    pub closed: bool,
    /// True for a quotation inside another one (‘…’ inside “…”).
    pub nested: bool,
    /// Index of the paragraph it is in.
    pub paragraph: usize,
    /// The quotation goes on in the next paragraph (which opens with a mark).
    pub continues: bool,
    /// This piece continues a quotation from the previous paragraph.
    pub continued: bool,
}

/// What a mark does where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    OpenDouble,
    CloseDouble,
    OpenSingle,
    CloseSingle,
    Apostrophe,
}

fn is_mark(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '"' | '„' | '«' | '»' | '‘' | '’' | '\'' | '<'
    )
}

// to_mark := [^“”"„«»‘’'<]*
//
// Scans bytes, not chars: every mark is ASCII or starts with the lead byte 0xC2 (« ») or 0xE2
// (“ ” „ ‘ ’), and such bytes only ever start a char, so each stop is a char boundary. Same
// result as `take_till(is_mark)`, about twice as fast on news text.
fn to_mark(i: &str) -> IResult<&str, &str, ()> {
    let stop = i.bytes().enumerate().position(|(k, b)| match b {
        b'"' | b'\'' | b'<' => true,
        0xC2 | 0xE2 => i
            .get(k..)
            .and_then(|r| r.chars().next())
            .is_some_and(is_mark),
        _ => false,
    });
    let k = stop.unwrap_or(i.len());
    Ok((&i[k..], &i[..k]))
}

/// Every quotation in the body, in order of their opening marks.
pub fn find_quotes(text: &str, paragraphs: &[Span]) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut carried = false;
    for (p, para) in paragraphs.iter().enumerate() {
        let continued = carried && opens_with_double(para.slice(text));
        let first = out.len();
        let open = Scanner::new(text, *para, p).run(&mut out);
        if continued
            && let Some(q) = out.get_mut(first)
            && q.span.start == para.start
        {
            q.continued = true;
        }
        carried = false;
        if let Some(q) = open {
            let next = paragraphs.get(p + 1).map(|s| s.slice(text)).unwrap_or("");
            let continues = opens_with_double(next);
            out.push(Quote { continues, ..q });
            carried = continues;
        }
    }
    out.sort_by_key(|q| q.span.start);
    out
}

fn opens_with_double(para: &str) -> bool {
    para.starts_with(['“', '"', '„', '«']) || para.starts_with("''")
}

struct Scanner<'a> {
    text: &'a str,
    para: Span,
    paragraph: usize,
    double: Option<usize>,
    single: Option<usize>,
    /// Length of the output when the open double quotation opened: quotations nested in it
    /// are after this index.
    double_first: usize,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str, para: Span, paragraph: usize) -> Scanner<'a> {
        Scanner {
            text,
            para,
            paragraph,
            double: None,
            single: None,
            double_first: 0,
        }
    }

    /// Scans the paragraph, pushing closed quotations; returns the double quotation still
    /// open at its end, if any.
    fn run(mut self, out: &mut Vec<Quote>) -> Option<Quote> {
        let body = self.para.slice(self.text);
        let mut rest = body;
        while let Ok((at_mark, _)) = to_mark(rest) {
            let Some(first) = at_mark.chars().next() else {
                break;
            };
            let pos = body.len() - at_mark.len();
            if first == '<' {
                rest = skip_tag(at_mark);
                continue;
            }
            // Two apostrophes ('') stand for a double mark in some wire copy.
            let (mark, len) = if at_mark.starts_with("''") {
                ('"', 2)
            } else {
                (first, first.len_utf8())
            };
            let prev = body[..pos].chars().next_back();
            let mut after = at_mark[len..].chars();
            let (next, after_next) = (after.next(), after.next());
            let role = self.role(mark, prev, next, after_next);
            self.apply(role, self.para.start + pos, len, out);
            rest = &at_mark[len..];
        }
        let end = self.para.end;
        self.double
            .map(|start| self.quote(start, end, 0, Marks::Double, false))
    }

    fn role(
        &self,
        mark: char,
        prev: Option<char>,
        next: Option<char>,
        next2: Option<char>,
    ) -> Role {
        let before_space = prev.is_none_or(opens_context);
        let after_word = next.is_some_and(|c| !c.is_whitespace());
        let closes_here = prev.is_some_and(|c| !c.is_whitespace());
        match mark {
            '„' | '«' => Role::OpenDouble,
            '»' if self.double.is_some() => Role::CloseDouble,
            '“' if self.double.is_some()
                && closes_here
                && !next.is_some_and(char::is_alphanumeric) =>
            {
                Role::CloseDouble
            }
            '“' => Role::OpenDouble,
            '”' if self.double.is_some() => Role::CloseDouble,
            '”' if before_space && next.is_some_and(char::is_alphanumeric) => Role::OpenDouble,
            '"' if self.double.is_some() && (closes_here || !after_word) => Role::CloseDouble,
            '"' if before_space && after_word => Role::OpenDouble,
            '‘' | '\'' if self.single.is_none() && before_space && starts_quote(next, next2) => {
                Role::OpenSingle
            }
            '’' | '\''
                if self.single.is_some()
                    && closes_here
                    && !next.is_some_and(char::is_alphanumeric) =>
            {
                Role::CloseSingle
            }
            _ => Role::Apostrophe,
        }
    }

    fn apply(&mut self, role: Role, at: usize, len: usize, out: &mut Vec<Quote>) {
        match role {
            Role::OpenDouble => {
                if let Some(start) = self.double.take() {
                    // A new quotation opens while one is open: the open one ends here, unclosed,
                    // but never inside a quotation nested in it.
                    let nested_end = out
                        .get(self.double_first..)
                        .unwrap_or(&[])
                        .iter()
                        .filter(|q| q.span.start > start)
                        .map(|q| q.span.end)
                        .max();
                    let end = trim_end_at(self.text, start, at).max(nested_end.unwrap_or(0));
                    out.push(self.quote(start, end, 0, Marks::Double, false));
                }
                self.single = None;
                self.double = Some(at);
                self.double_first = out.len();
            }
            Role::CloseDouble => {
                if let Some(start) = self.double.take() {
                    out.push(self.quote(start, at + len, len, Marks::Double, true));
                }
                self.single = None;
            }
            Role::OpenSingle => self.single = Some(at),
            Role::CloseSingle => {
                if let Some(start) = self.single.take() {
                    let mut q = self.quote(start, at + len, len, Marks::Single, true);
                    q.nested = self.double.is_some();
                    out.push(q);
                }
            }
            Role::Apostrophe => {}
        }
    }

    /// A quotation from `start` to `end`, with `close` bytes of closing mark at its end.
    fn quote(&self, start: usize, end: usize, close: usize, marks: Marks, closed: bool) -> Quote {
        let rest = &self.text[start..];
        let open_len = if rest.starts_with("''") {
            2
        } else {
            rest.chars().next().map_or(0, char::len_utf8)
        };
        let inner_start = (start + open_len).min(end);
        let inner = Span::new(inner_start, end.saturating_sub(close).max(inner_start));
        Quote {
            span: Span::new(start, end),
            inner,
            marks,
            closed,
            nested: false,
            paragraph: self.paragraph,
            continues: false,
            continued: false,
        }
    }
}

/// Skips markup such as `<tweet id="…">` (its attribute quotes are not quotations); a lone
/// "<" is skipped by itself.
fn skip_tag(at: &str) -> &str {
    let is_tag = at[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
    let close = at
        .find('>')
        .filter(|&i| is_tag && i < 400 && !at[..i].contains('\n'));
    match close {
        Some(i) => &at[i + 1..],
        None => &at[1..],
    }
}

/// Where an unclosed quotation ending just before `at` really ends (without trailing spaces).
/// The quotation opened at `start` ends at its last sentence end before `at` when it has one
/// ("“this is open. Then she said “…" ends after "open."), else just before `at`.
fn trim_end_at(text: &str, start: usize, at: usize) -> usize {
    let inside = &text[start..at];
    match inside
        .char_indices()
        .skip(1)
        .filter(|&(_, c)| matches!(c, '.' | '?' | '!'))
        .last()
    {
        Some((i, c)) => start + i + c.len_utf8(),
        None => text[..at].trim_end().len(),
    }
}

/// Characters after which a mark opens a quotation: start, space, brackets, dashes, other marks.
fn opens_context(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '"' | ':' | '«' | '„'
        )
}

/// True when a single mark followed by `next`, `next2` opens a quotation: not ’90s, ’n’, ’em.
fn starts_quote(next: Option<char>, next2: Option<char>) -> bool {
    match next {
        Some(c) if c.is_ascii_digit() => !next2.is_some_and(|d| d.is_ascii_digit()),
        Some(c) if c.is_alphabetic() => true,
        Some(c) => matches!(c, '“' | '"' | '¿' | '¡' | '$' | '…' | '.'),
        None => false,
    }
}

#[cfg(test)]
mod tests;
