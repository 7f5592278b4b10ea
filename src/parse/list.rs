//! List items: markers such as "1)", "(a)", "ii." and bullets, one item a line or inline.
//!
//! A marker at the start of a line or paragraph always makes an item (`list_marker`). Inside a
//! paragraph, markers make items only as a run that counts up from its first value ("1) … 2)
//! …", "(a) … (b) …", "i. … ii. …"; a run of "1." or "i." starts the paragraph or follows a
//! colon) or as two or more bullets in a paragraph that opens with one ("• … • …"), each marker
//! after whitespace, so a lone "(b)" or "5(a)" splits nothing (`inline_items`).

use nom::branch::alt;
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::{char as one, one_of};
use nom::combinator::recognize;
use nom::sequence::delimited;
use nom::{IResult, Parser};

use super::Inside;

type Res<'a, O> = IResult<&'a str, O, ()>;

/// How many first items (value 1) one paragraph may try: bounds the work on hostile input.
const MAX_FIRST_ITEMS: usize = 4;

// list_marker := (bullet | number | paren_item | close_item) [ \t]
//
// Returns the marker's length in bytes, the space after it included.
#[inline]
pub(crate) fn list_marker(i: &str) -> Option<usize> {
    if could_open_marker(i.as_bytes()) {
        marker_len(i)
    } else {
        None
    }
}

/// `list_marker` past its byte pre-check: the parsers.
fn marker_len(i: &str) -> Option<usize> {
    let (rest, _) = (
        alt((bullet, number, paren_item, close_item)),
        one_of(" \t\u{a0}"),
    )
        .parse(i)
        .ok()?;
    Some(i.len() - rest.len())
}

/// A cheap test before the parsers, inlined where `list_marker` is called (most paragraphs open with a word or a quotation mark): a
/// bullet, "(", or a letter or digit with "." or ")" among the next five bytes.
#[inline]
fn could_open_marker(b: &[u8]) -> bool {
    match b {
        [b'-' | b'*' | b'(', ..] => true,
        // The bullets • ‣ ▪ ◦ · by their bytes.
        [0xE2, 0x80, 0xA2 | 0xA3, ..] | [0xE2, 0x96, 0xAA, ..] | [0xE2, 0x97, 0xA6, ..] => true,
        [0xC2, 0xB7, ..] => true,
        [c, ..] if c.is_ascii_alphanumeric() => could_be_label(b),
        _ => false,
    }
}

/// True when `b` opens like a label and its marker text: up to five letters or digits, all
/// digits, one letter or all roman numerals of one case ("12", "b", "iv", "IV"; not "Mr" or
/// "U"+"S"), then "." or ")" and a space, a tab or a lead byte 0xC2 (no-break space). Every
/// marker `number` and `close_item` parse passes.
fn could_be_label(b: &[u8]) -> bool {
    let run = b
        .iter()
        .take(6)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let label = &b[..run];
    let all = |f: fn(&u8) -> bool| label.iter().all(f);
    run <= 5
        && matches!(b.get(run), Some(b'.' | b')'))
        && matches!(b.get(run + 1), Some(b' ' | b'\t' | 0xC2))
        && (run == 1
            || all(u8::is_ascii_digit)
            || all(|c| matches!(c, b'i' | b'v' | b'x'))
            || all(|c| matches!(c, b'I' | b'V' | b'X')))
}

// bullet := [-*•▪◦‣·]
fn bullet(i: &str) -> Res<'_, &str> {
    recognize(one_of("-*•▪◦‣·")).parse(i)
}

// number := digit{1,3} [.)]
fn number(i: &str) -> Res<'_, &str> {
    recognize((digits, one_of(".)"))).parse(i)
}

// paren_item := "(" (digit{1,3} | roman | letter) ")"
fn paren_item(i: &str) -> Res<'_, &str> {
    recognize(delimited(one('('), alt((digits, roman, letter)), one(')'))).parse(i)
}

// close_item := (roman | [a-z]) "." | (roman | letter) ")"    ("a)", "b.", "iv.", "B)"; not
//               "A.", an initial)
fn close_item(i: &str) -> Res<'_, &str> {
    let lower = take_while_m_n(1, 1, |c: char| c.is_ascii_lowercase());
    alt((
        recognize((alt((roman, lower)), one('.'))),
        recognize((alt((roman, letter)), one(')'))),
    ))
    .parse(i)
}

// digits := [0-9]{1,3}
fn digits(i: &str) -> Res<'_, &str> {
    take_while_m_n(1, 3, |c: char| c.is_ascii_digit()).parse(i)
}

// letter := [a-zA-Z]
fn letter(i: &str) -> Res<'_, &str> {
    take_while_m_n(1, 1, |c: char| c.is_ascii_alphabetic()).parse(i)
}

// roman := [ivx]{1,5} | [IVX]{2,5}        (a lone "I" is the pronoun or an initial)
fn roman(i: &str) -> Res<'_, &str> {
    alt((
        take_while_m_n(1, 5, |c| matches!(c, 'i' | 'v' | 'x')),
        take_while_m_n(2, 5, |c| matches!(c, 'I' | 'V' | 'X')),
    ))
    .parse(i)
}

/// How an item is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Count {
    Digit,
    Lower,
    Upper,
    RomanLower,
    RomanUpper,
}

/// An item label: its counting, its value and the marker text around it ("(", ")" or ".").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Label {
    count: Count,
    value: u32,
    open_paren: bool,
    close: char,
}

const ROMAN: [&str; 12] = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
];

impl Label {
    /// The label of marker text such as "(a)", "2)" or "ii." (without the space), when its
    /// value is 1 (a list's first item).
    fn first(marker: &str) -> Option<Label> {
        let open_paren = marker.starts_with('(');
        let close = marker.chars().next_back()?;
        let inner = marker.get(usize::from(open_paren)..marker.len() - 1)?;
        let count = match inner {
            "1" => Count::Digit,
            "a" => Count::Lower,
            "A" => Count::Upper,
            "i" => Count::RomanLower,
            "I" => Count::RomanUpper,
            _ => return None,
        };
        Some(Label {
            count,
            value: 1,
            open_paren,
            close,
        })
    }

    /// The marker text of the item after this one ("(b)" after "(a)"), if it can be written.
    fn next_marker(self) -> Option<String> {
        let v = self.value + 1;
        let body = match self.count {
            Count::Digit => v.to_string(),
            Count::Lower => char::from_u32(u32::from(b'a') + v - 1)
                .filter(char::is_ascii_lowercase)?
                .to_string(),
            Count::Upper => char::from_u32(u32::from(b'A') + v - 1)
                .filter(char::is_ascii_uppercase)?
                .to_string(),
            Count::RomanLower => ROMAN.get(v as usize - 1)?.to_string(),
            Count::RomanUpper => ROMAN.get(v as usize - 1)?.to_uppercase(),
        };
        let open = if self.open_paren { "(" } else { "" };
        Some(format!("{open}{body}{}", self.close))
    }
}

/// Byte offsets of every ")" and ":" of the body, in order: found once, by one SIMD search,
/// for `inline_items`.
pub(crate) fn stop_positions(text: &str) -> Vec<usize> {
    memchr::memchr2_iter(b')', b':', text.as_bytes()).collect()
}

/// Starts (byte offsets in `para`) of the items of an inline list, the first one included;
/// empty when the paragraph holds no list.
/// `lead` is `list_marker(para)`, which the caller has already.
/// `stops` are the paragraph's ")" and ":" (`stop_positions`).
#[inline]
pub(crate) fn inline_items(para: &str, lead: Option<usize>, stops: Inside<'_>) -> Vec<usize> {
    if lead.is_none() && stops.at.is_empty() && !para.starts_with(['•', '▪']) {
        // No marker or bullet at the start, no ")" or ":": no candidate item at all.
        return Vec::new();
    }
    items_of(para, lead, stops)
}

/// `inline_items` where some item could start.
fn items_of(para: &str, lead: Option<usize>, stops: Inside<'_>) -> Vec<usize> {
    let bullets = bullet_items(para);
    if bullets.len() >= 2 {
        return bullets;
    }
    first_items(para, lead, stops)
        .into_iter()
        .map(|(at, label)| counted_items(para, at, label))
        .find(|items| items.len() >= 2)
        .unwrap_or_default()
}

/// Positions of bullets ("•", "▪") after whitespace, with a space after, in a paragraph that
/// opens with one (so other paragraphs cost no scan).
fn bullet_items(para: &str) -> Vec<usize> {
    if !para.starts_with(['•', '▪']) {
        return Vec::new();
    }
    para.match_indices(['•', '▪'])
        .map(|(k, _)| k)
        .filter(|&k| after_space(para, k) && list_marker(&para[k..]).is_some())
        .collect()
}

/// Candidate first items (a marker of value 1 after whitespace, with a space after it): at the
/// paragraph start, before each `)` and after each ": " (`stops`, found once for the body by
/// `stop_positions`, so a paragraph with neither costs nothing).
fn first_items(para: &str, lead: Option<usize>, stops: Inside<'_>) -> Vec<(usize, Label)> {
    let mut out = Vec::new();
    let mut try_at = |start: usize, end: usize| {
        let found = para
            .get(start..end)
            .and_then(Label::first)
            .filter(|_| after_space(para, start) && list_marker(&para[start..]).is_some());
        if let Some(label) = found
            && out.len() < MAX_FIRST_ITEMS
        {
            out.push((start, label));
        }
    };
    if let Some(len) = lead {
        try_at(0, len - 1);
    }
    // The colons are tried after all the ")" (the order counts against `MAX_FIRST_ITEMS`).
    let is = |k: usize, b: u8| para.as_bytes()[k] == b;
    for k in stops.relative().filter(|&k| is(k, b')')) {
        for back in [2, 1] {
            if let Some(start) = k.checked_sub(back).filter(|&s| para.is_char_boundary(s)) {
                try_at(start, k + 1);
            }
        }
    }
    for k in stops.relative().filter(|&k| is(k, b':')) {
        let start = k + 2;
        if let Some(len) = para
            .get(k + 1..)
            .filter(|r| r.starts_with(' '))
            .and_then(|_| list_marker(&para[start..]))
        {
            try_at(start, start + len - 1);
        }
    }
    out.sort_by_key(|&(k, _)| k);
    out.dedup_by_key(|&mut (k, _)| k);
    out
}

/// The items of the run that starts with `label` at `at`: each next marker after whitespace,
/// with a space after it.
fn counted_items(para: &str, at: usize, label: Label) -> Vec<usize> {
    let mut items = vec![at];
    let mut label = label;
    while let Some(marker) = label.next_marker() {
        let from = items[items.len() - 1] + 1;
        let found = para[from..]
            .match_indices(marker.as_str())
            .map(|(k, _)| from + k)
            .find(|&k| after_space(para, k) && list_marker(&para[k..]).is_some());
        let Some(k) = found else { break };
        items.push(k);
        label.value += 1;
    }
    items
}

/// True at the paragraph start or right after whitespace.
fn after_space(para: &str, k: usize) -> bool {
    k == 0 || para[..k].ends_with(char::is_whitespace)
}

#[cfg(test)]
mod tests;
