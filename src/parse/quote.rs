//! Quotation spans: which marks open and close quotations, and which are apostrophes.
//!
//! Rules (see docs/grammar.md §2): double marks (“ ” " „ « ») and single marks (‘ ’ ') both make
//! quotations, and either kind may hold the other (US style nests ‘…’ in “…”, British style
//! “…” in ‘…’). An apostrophe inside or after a word (didn’t, leaders’, the ’90s) is never a
//! mark, and a word-final one inside an open single quotation ("the Davises’ farm") does not
//! close it while a later mark can. Open quotations form a stack: a closing mark closes the
//! innermost open quotation of its kind. A quotation that opens inside an open one of the same
//! kind is nested in it when the outer one closes in the paragraph; when the outer one never
//! closes, it ended, unclosed, where the inner one opened, so one stray mark never swallows
//! the rest of the paragraph or hides the quotes after it. A quotation never runs past its
//! paragraph: one left open at a paragraph end continues only when the next paragraph opens
//! with a mark of its kind (the news convention for quotes over several paragraphs), and is
//! otherwise reported unclosed (double marks) or dropped (single marks, which are too often
//! apostrophes). Whether a quotation is nested is decided by its span: it is nested when it
//! lies inside another quotation of its paragraph.

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
    /// True for a quotation inside another one (‘…’ inside “…”, or “…” inside ‘…’).
    pub nested: bool,
    /// Index of the paragraph it is in.
    pub paragraph: usize,
    /// The quotation goes on in the next paragraph (which opens with a mark of its kind).
    pub continues: bool,
    /// This piece continues a quotation from the previous paragraph.
    pub continued: bool,
}

/// What a mark does where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open(Marks),
    Close(Marks),
    Apostrophe,
}

/// Byte offsets of every quotation mark (“ ” " „ « » ‘ ’ ') and "<" of the body, in order: found once, by SIMD byte
/// searches (memchr) over the whole body. Every mark is ASCII or starts with the lead byte 0xC2
/// (« ») or 0xE2 (“ ” „ ‘ ’), and such bytes only ever start a char, so each hit is a char
/// boundary; a lead byte is a mark only when its char is one (`is_wide_mark`).
fn mark_positions(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let ascii: Vec<usize> = memchr::memchr3_iter(b'"', b'\'', b'<', bytes).collect();
    let wide = memchr::memchr2_iter(0xC2, 0xE2, bytes).filter(|&k| is_wide_mark(&bytes[k..]));
    // Merge the two ordered lists.
    let mut out = Vec::with_capacity(ascii.len() * 4);
    let mut ascii = ascii.into_iter().peekable();
    for k in wide {
        while let Some(a) = ascii.next_if(|&a| a < k) {
            out.push(a);
        }
        out.push(k);
    }
    out.extend(ascii);
    out
}

/// True when `b` (from a lead byte 0xC2 or 0xE2) opens one of the marks « » “ ” „ ‘ ’, by its
/// bytes: C2 AB, C2 BB, and E2 80 followed by 98, 99, 9C, 9D or 9E.
fn is_wide_mark(b: &[u8]) -> bool {
    matches!(
        b,
        [0xC2, 0xAB | 0xBB, ..] | [0xE2, 0x80, 0x98 | 0x99 | 0x9C | 0x9D | 0x9E, ..]
    )
}

/// Every quotation in the body, in order of their opening marks.
pub fn find_quotes(text: &str, paragraphs: &[Span]) -> Vec<Quote> {
    let marks = mark_positions(text);
    // Each quotation takes at least one mark, most two: room for most without growing.
    let mut out = Vec::with_capacity(marks.len() / 2);
    let mut carried: Option<Marks> = None;
    // One stack for every paragraph (it is empty after each), so it is allocated once.
    let mut stack = Vec::new();
    let mut rest = &marks[..];
    for (p, para) in paragraphs.iter().enumerate() {
        let inside = super::take_inside(&mut rest, *para);
        if inside.at.is_empty() {
            // No mark: no quotation here, none going on into the next paragraph.
            carried = None;
            continue;
        }
        let first = out.len();
        let next = paragraphs.get(p + 1).map_or("", |s| s.slice(text));
        let open = Scanner::new(text, *para, p, &mut stack).run(inside.relative(), &mut out, next);
        let here = &mut out[first..];
        mark_nesting(here);
        if let Some(marks) = carried
            && let Some(q) = here.first_mut()
            && q.span.start == para.start
            && q.marks == marks
        {
            q.continued = true;
        }
        carried = open;
    }
    out
}

/// Sorts one paragraph's quotations by start and marks those inside another one as nested.
fn mark_nesting(quotes: &mut [Quote]) {
    quotes.sort_by_key(|q| q.span.start);
    let mut outer: Option<Span> = None;
    for q in quotes.iter_mut() {
        q.nested = outer.is_some_and(|o| o.contains(q.span));
        if !q.nested {
            outer = Some(q.span);
        }
    }
}

/// True when `para` opens with a mark that opens a quotation of kind `marks`.
fn opens_with(para: &str, marks: Marks) -> bool {
    match marks {
        Marks::Double => para.starts_with(['“', '"', '„', '«']) || para.starts_with("''"),
        Marks::Single => {
            let mut chars = para.chars();
            matches!(chars.next(), Some('‘' | '\'')) && {
                let next = chars.next();
                starts_quote(next, chars.next())
            }
        }
    }
}

/// A quotation open at the scanner's position.
#[derive(Debug, Clone, Copy)]
struct Open {
    /// Byte offset of its opening mark in the body.
    start: usize,
    marks: Marks,
    /// Length of the output when it opened: quotations closed inside it come after.
    first: usize,
    /// Set when a quotation of the same kind opened inside it: where it ends if it never
    /// closes (its last sentence end before that mark).
    stray_end: Option<usize>,
}

struct Scanner<'a, 's> {
    text: &'a str,
    para: Span,
    paragraph: usize,
    /// Empty when the scan starts and when it finishes.
    stack: &'s mut Vec<Open>,
    /// How many open quotations of each kind are on the stack: (double, single).
    open: (usize, usize),
    /// Offset in the paragraph of its last mark that could close a single quotation, once
    /// looked up (a word-final apostrophe closes nothing while a later mark can).
    last_single_close: Option<Option<usize>>,
}

impl<'a, 's> Scanner<'a, 's> {
    fn new(text: &'a str, para: Span, paragraph: usize, stack: &'s mut Vec<Open>) -> Self {
        stack.clear();
        Scanner {
            text,
            para,
            paragraph,
            stack,
            open: (0, 0),
            last_single_close: None,
        }
    }

    /// Scans the paragraph, whose marks are at `marks` (offsets into it), pushing its
    /// quotations; returns the kind of the quotation that goes on into the next paragraph
    /// (`next`), if one does.
    fn run(
        mut self,
        marks: impl Iterator<Item = usize>,
        out: &mut Vec<Quote>,
        next: &str,
    ) -> Option<Marks> {
        let body = self.para.slice(self.text);
        // Where the scan is: marks before it were read with the one before (a tag, "''").
        let mut scanned = 0;
        for pos in marks {
            if pos < scanned {
                continue;
            }
            let at_mark = &body[pos..];
            if in_word_apostrophe(body.as_bytes(), pos) {
                // "didn’t", "O'Neill": an apostrophe whatever is open, so `role` is not asked.
                continue;
            }
            let Some(first) = at_mark.chars().next() else {
                break;
            };
            if first == '<' {
                scanned = body.len() - skip_tag(at_mark).len();
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
            let role = self.role(mark, pos, prev, [next, after_next]);
            self.apply(role, self.para.start + pos, len, out);
            scanned = pos + len;
        }
        self.finish(out, next)
    }

    fn role(
        &mut self,
        mark: char,
        pos: usize,
        prev: Option<char>,
        next: [Option<char>; 2],
    ) -> Role {
        let (double, single) = (self.open.0 > 0, self.open.1 > 0);
        let single_on_top = self.stack.last().is_some_and(|o| o.marks == Marks::Single);
        let [next, next2] = next;
        let before_space = prev.is_none_or(opens_context);
        let after_word = next.is_some_and(|c| !c.is_whitespace());
        let closes_here = prev.is_some_and(|c| !c.is_whitespace());
        let word_follows = next.is_some_and(char::is_alphanumeric);
        let opens_double = |c: char| matches!(c, '“' | '"' | '„' | '«');
        if !double && opens_double(mark) && next.is_some_and(opens_double) {
            // A doubled opening mark ("“You …"): the second one opens, the first is a typo.
            return Role::Apostrophe;
        }
        match mark {
            '„' | '«' => Role::Open(Marks::Double),
            '»' if double => Role::Close(Marks::Double),
            '“' if double && closes_here && !word_follows => Role::Close(Marks::Double),
            '“' => Role::Open(Marks::Double),
            '”' if double => Role::Close(Marks::Double),
            '”' if before_space && word_follows => Role::Open(Marks::Double),
            '"' if double && (closes_here || !after_word) => Role::Close(Marks::Double),
            '"' if before_space && after_word => Role::Open(Marks::Double),
            '‘' | '\''
                if !single
                    && before_space
                    && starts_quote(next, next2)
                    && !is_elision(&self.para.slice(self.text)[pos + mark.len_utf8()..]) =>
            {
                Role::Open(Marks::Single)
            }
            // A single mark closes only the innermost quotation: inside an open double one it
            // is an apostrophe ("‘bout “… residents’ routines”").
            '’' | '\''
                if single_on_top
                    && closes_here
                    && !word_follows
                    && !self.word_final_apostrophe(pos, prev, next) =>
            {
                Role::Close(Marks::Single)
            }
            _ => Role::Apostrophe,
        }
    }

    /// A mark after a word ending in "s" (or a dropped "g": "goin’"), with a word after the
    /// space that follows, is a possessive or elided apostrophe ("the Davises’ farm",
    /// "Chris' plan") when a later mark in the paragraph can still close the quotation.
    fn word_final_apostrophe(
        &mut self,
        pos: usize,
        prev: Option<char>,
        next: Option<char>,
    ) -> bool {
        let body = self.para.slice(self.text);
        let elided = body[..pos].ends_with("in");
        if !(matches!(prev, Some('s' | 'S')) || elided) || !next.is_some_and(char::is_whitespace) {
            return false;
        }
        let word_after = body[pos..]
            .chars()
            .skip(1)
            .find(|c| !c.is_whitespace())
            .is_some_and(char::is_alphanumeric);
        let body = self.para.slice(self.text);
        let last = *self
            .last_single_close
            .get_or_insert_with(|| last_single_close(body));
        word_after && last.is_some_and(|k| k > pos)
    }

    fn apply(&mut self, role: Role, at: usize, len: usize, out: &mut Vec<Quote>) {
        match role {
            Role::Open(marks) => {
                self.end_stray(marks, at, out);
                self.push(Open {
                    start: at,
                    marks,
                    first: out.len(),
                    stray_end: None,
                });
            }
            Role::Close(marks) => {
                let Some(k) = self.stack.iter().rposition(|o| o.marks == marks) else {
                    return;
                };
                // Quotations opened inside it and still open are dropped.
                self.truncate(k + 1);
                if let Some(o) = self.pop() {
                    out.push(self.quote(o.start, at + len, len, marks, true));
                }
            }
            Role::Apostrophe => {}
        }
    }

    /// A quotation of kind `marks` opens at `at`: the innermost open one of that kind, if it
    /// has no such inner quotation yet, would end here when it never closes (at its last
    /// sentence end before `at`, and never inside a quotation closed in it). Quotations
    /// opened inside that one and still open are dropped, so spans stay nested or disjoint.
    fn end_stray(&mut self, marks: Marks, at: usize, out: &[Quote]) {
        let Some(k) = self.stack.iter().rposition(|o| o.marks == marks) else {
            return;
        };
        if self.stack[k].stray_end.is_some() {
            return;
        }
        self.truncate(k + 1);
        let o = self.stack[k];
        let nested_end = out
            .get(o.first..)
            .unwrap_or(&[])
            .iter()
            .filter(|q| q.span.start > o.start)
            .map(|q| q.span.end)
            .max();
        let end = trim_end_at(self.text, o.start, at).max(nested_end.unwrap_or(0));
        self.stack[k].stray_end = Some(end);
    }

    /// Ends the paragraph: quotations with a stray end end there, unclosed; of the others,
    /// the outermost double one (or single one the next paragraph continues) runs to the
    /// paragraph end. Returns its kind when the next paragraph continues it.
    fn finish(self, out: &mut Vec<Quote>, next: &str) -> Option<Marks> {
        let end = self.para.end;
        let mut open: Option<Quote> = None;
        let mut stack = std::mem::take(self.stack);
        for o in stack.drain(..) {
            if let Some(stray) = o.stray_end {
                out.push(self.quote(o.start, stray, 0, o.marks, false));
                continue;
            }
            let continues = opens_with(next, o.marks);
            if open.is_none() && (continues || o.marks == Marks::Double) {
                let q = self.quote(o.start, end, 0, o.marks, false);
                open = Some(Quote { continues, ..q });
            }
        }
        // Handed back empty, its allocation kept for the next paragraph.
        *self.stack = stack;
        let q = open?;
        out.push(q);
        q.continues.then_some(q.marks)
    }

    fn push(&mut self, o: Open) {
        match o.marks {
            Marks::Double => self.open.0 += 1,
            Marks::Single => self.open.1 += 1,
        }
        self.stack.push(o);
    }

    fn pop(&mut self) -> Option<Open> {
        let o = self.stack.pop()?;
        match o.marks {
            Marks::Double => self.open.0 -= 1,
            Marks::Single => self.open.1 -= 1,
        }
        Some(o)
    }

    fn truncate(&mut self, len: usize) {
        while self.stack.len() > len {
            self.pop();
        }
    }

    /// A quotation from `start` to `end`, with `close` bytes of closing mark at its end.
    fn quote(&self, start: usize, end: usize, close: usize, marks: Marks, closed: bool) -> Quote {
        let rest = &self.text[start..];
        // The opening mark's length, from its lead byte ('' counts as one mark).
        let open_len = match rest.as_bytes() {
            [b'\'', b'\'', ..] => 2,
            [] => 0,
            [b, ..] if *b < 0x80 => 1,
            [b, ..] if *b < 0xE0 => 2,
            [b, ..] if *b < 0xF0 => 3,
            _ => 4,
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

/// True for a `’` or `'` at byte `pos` of `b` between two ASCII letters or digits ("didn’t"):
/// it neither opens a quotation (no space or bracket before it) nor closes one (a word goes
/// on after it), so `Scanner::role` would call it an apostrophe.
fn in_word_apostrophe(b: &[u8], pos: usize) -> bool {
    let len = match b.get(pos..pos + 3) {
        Some([0xE2, 0x80, 0x99]) => 3,
        _ if b.get(pos) == Some(&b'\'') => 1,
        _ => return false,
    };
    let alnum = |k: Option<&u8>| k.is_some_and(u8::is_ascii_alphanumeric);
    pos > 0 && alnum(b.get(pos - 1)) && alnum(b.get(pos + len))
}

/// Offset of the last mark in `body` that could close a single quotation: `’` or `'` after a
/// non-space and before no letter or digit.
fn last_single_close(body: &str) -> Option<usize> {
    let mut next: Option<char> = None;
    for (k, c) in body.char_indices().rev() {
        if matches!(c, '’' | '\'') && !next.is_some_and(char::is_alphanumeric) {
            let prev = body[..k].chars().next_back();
            if prev.is_some_and(|p| !p.is_whitespace()) {
                return Some(k);
            }
        }
        next = Some(c);
    }
    None
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
            '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '"' | ':' | '«' | '„' | '‘'
        )
}

/// True for a word with a dropped first letter after a single mark: ’bout, ’cause, ’til, ’em.
fn is_elision(after: &str) -> bool {
    let end = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    let word = &after[..end];
    word.len() <= 5
        && [
            "bout", "cause", "cos", "cuz", "til", "till", "tis", "twas", "em", "n", "nuff", "round",
        ]
        .iter()
        .any(|e| word.eq_ignore_ascii_case(e))
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
