//! Reported statements outside the subject–verb patterns: a speaker's label and colon ("Q:",
//! "TAPPER:"), naming verbs that quote the speaker's words ("called the plan “a disaster”"),
//! and questions put by a named asker.

use super::super::super::cast;
use super::super::super::lexicon;
use super::super::super::mention::{self, Mention, MentionKind, mention_after};
use super::super::super::para::Para;
use super::super::super::speaker::groups::gerund_subject;
use super::super::super::speaker::inverted::inverted_speaker;
use super::super::super::speaker::subject::{
    coordinated_subject, postmodified_subject, subject_before,
};
use super::super::Candidate;
use super::super::titles::is_title_like;
use super::content::{clause_span, skip_time};
use super::sentence::negated;
use super::{Claim, Doc, is_document, to_candidate};
use crate::model::{FoundBy, StatementKind};

/// "Trump: Cruz has a long way to go" (a headline), "TAPPER: Do you think …" (a transcript),
/// "Q: …" / "A: …": a paragraph opening with a speaker's label and a colon reports what follows.
pub(crate) fn label_claim(doc: &Doc, p: &Para) -> Option<Candidate> {
    let colon = (1..p.toks.len().min(7)).find(|&k| p.is_punct(k, ':'))?;
    if p.quote(colon + 1).is_some() || colon + 1 >= p.toks.len() {
        return None;
    }
    let label_start = (0..colon)
        .rev()
        .take_while(|&k| p.is_cap(k) || mention::is_connector(p.word(k)) || p.word(k) == "of")
        .last()?;
    let leading_junk =
        (0..label_start).all(|k| p.is_any_punct(k) || p.word(k).chars().all(|c| c.is_uppercase()));
    if !leading_junk || lexicon::is_not_name(p.word(label_start)) {
        return None;
    }
    let (m, next) = mention_after(p, label_start)?;
    let qa = matches!(p.word(label_start), "Q" | "A") && colon == label_start + 1;
    // A label speaks when it names a person the article knows, is a transcript's capitals
    // ("TAPPER:"), or is Q/A; "Context: …" or "South Carolina: …" are headings.
    let caps = (label_start..colon).all(|k| p.word(k).chars().all(|c| !c.is_lowercase()));
    let known = m.kind == MentionKind::Name
        && m.name.is_some_and(|n| {
            let words = cast::name_words(n.slice(p.text));
            cast::canonical(&doc.cast, &words, n.start).is_some()
        });
    let named = matches!(m.kind, MentionKind::Name | MentionKind::Organization);
    if next != colon && !qa || !(qa || known || caps && named) {
        return None;
    }
    let content = clause_span(p, colon + 1, p.toks.len())?;
    let claim = Claim::new(
        p.span(colon, colon),
        Some(m),
        content,
        FoundBy::ReportedLabel,
    );
    to_candidate(doc, p, claim)
}

/// Mixed statements of the form "X called Y “…”" / "X described Y as “…”": the quoted words
/// are the speaker's; the content is the quotation.
pub(crate) fn characterizations(doc: &Doc, p: &Para, start: usize, end: usize) -> Vec<Candidate> {
    let mut out = Vec::new();
    for v in start..end {
        if !lexicon::is_naming_verb(p.word(v)) || negated(p, start, v) {
            continue;
        }
        // "called Clinton, his rival, an ISIS “co-founder”": commas may stand between.
        let quote_at = (v + 1..(v + 14).min(end))
            .take_while(|&k| {
                p.toks[k].kind() == crate::parse::TokenKind::Word
                    || p.quote(k).is_some()
                    || p.is_punct(k, ',')
            })
            .find(|&k| p.quote(k).is_some());
        let Some(k) = quote_at else { continue };
        let Some(q) = p.quote(k) else { continue };
        let inner = doc.parsed.quotes[q].inner.slice(doc.text);
        // "mocked the so-called “deal”": a scare quote, not the speaker's words.
        if is_title_like(inner) || p.word(k - 1).eq_ignore_ascii_case("so-called") {
            continue;
        }
        // "The plan was described as “a disaster” by Tom Berg": the agent speaks of the
        // subject; the content runs from the sentence's start through the quotation.
        if let Some(agent) = passive_namer(p, v, k) {
            let claim = Claim::new(
                p.span(v, v),
                Some(agent),
                p.span(start, k),
                FoundBy::ReportedNaming,
            );
            out.extend(to_candidate(doc, p, claim).map(|s| Candidate {
                kind: StatementKind::Mixed,
                ..s
            }));
            continue;
        }
        let gerund = p.word(v).ends_with("ing");
        let mention = if gerund {
            gerund_subject(p, start, v, &None)
        } else {
            subject_before(p, v, start)
                .or_else(|| coordinated_subject(p, start, v))
                .or_else(|| postmodified_subject(p, start, v))
        };
        let Some(mention) = mention.filter(|m| !is_document(m, p)) else {
            continue;
        };
        let claim = Claim::new(
            p.span(v, v),
            Some(mention),
            p.span(v + 1, naming_phrase_end(doc, p, k, end) - 1),
            FoundBy::ReportedNaming,
        );
        out.extend(to_candidate(doc, p, claim).map(|s| Candidate {
            kind: StatementKind::Mixed,
            ..s
        }));
    }
    out
}

/// The agent of a passive naming verb at `v` whose quotation is token `k`: "was described as
/// “…” by X", "has been called “…” by X".
fn passive_namer(p: &Para, v: usize, k: usize) -> Option<Mention> {
    let passive = v > 0
        && matches!(
            p.word(v - 1),
            "was" | "were" | "is" | "are" | "been" | "being"
        );
    if !passive || p.word(k + 1) != "by" {
        return None;
    }
    inverted_speaker(p, k + 2).filter(|m| m.kind != MentionKind::Pronoun && !is_document(m, p))
}

/// Where a naming verb's phrase ends after its quotation at token `k`: the speaker's words go
/// on past the quotation ("blamed the “fog of war” for the delay", "called it a “no-brainer” to
/// prosecute") to the end of the phrase (`phrase_end`) or a bracket; a quotation that closes on
/// its own punctuation (“…,” / “….”) ends it.
pub(crate) fn naming_phrase_end(doc: &Doc, p: &Para, k: usize, end: usize) -> usize {
    let closes = |q: usize| {
        let inner = doc.parsed.quotes[q].inner.slice(doc.text).trim_end();
        inner.ends_with([',', '.', '?', '!', ';', ':'])
    };
    let mut to = k + 1;
    while to < end {
        if p.quote(to - 1).is_some_and(closes)
            || p.is_punct(to, '(')
            || p.is_punct(to, ')')
            || p.is_punct(to, '-')
            || is_phrase_break(p, to)
            || matches!(p.word(to), "and" | "or") && !quote_follows(p, to + 1)
            || setting(p, to, end)
        {
            break;
        }
        to += 1;
    }
    while to > k + 1 && p.ends_sentence(to - 1) {
        to -= 1;
    }
    to
}

/// A comma, semicolon or dash, or a conjunction opening a contrast: what follows is not the
/// naming verb's phrase.
fn is_phrase_break(p: &Para, k: usize) -> bool {
    p.is_punct(k, ',')
        || p.is_punct(k, ';')
        || p.is_punct(k, '—')
        || p.is_punct(k, '–')
        || p.is_punct(k, ':')
        || matches!(
            p.word(k),
            "but" | "while" | "whereas" | "although" | "though"
        )
}

/// “meritless” and “improper” / a “train wreck” and an “outsourcer”: another quotation right
/// after the conjunction goes on with the speaker's words.
fn quote_follows(p: &Para, k: usize) -> bool {
    p.quote(k).is_some() || matches!(p.word(k), "a" | "an") && p.quote(k + 1).is_some()
}

/// Nouns of the occasion a statement was made on: "in a tweet", "during the debate".
const OCCASIONS: &[&str] = &[
    "tweet",
    "tweets",
    "interview",
    "statement",
    "speech",
    "letter",
    "op-ed",
    "post",
    "video",
    "ad",
    "book",
    "debate",
    "rally",
    "appearance",
    "remarks",
    "conference",
    "hearing",
    "briefing",
    "show",
    "podcast",
];

/// True when token `k` opens when or where the words were said, not more of them: a time
/// expression ("Tuesday", "last week") or a preposition before one or before an occasion ("in
/// a tweet Tuesday", "over the weekend", "during the debate").
fn setting(p: &Para, k: usize, end: usize) -> bool {
    if skip_time(p, k, end) > k {
        return true;
    }
    if !matches!(
        p.word(k),
        "in" | "on" | "at" | "during" | "over" | "after" | "before" | "earlier" | "later"
    ) {
        return false;
    }
    (k + 1..(k + 6).min(end))
        .take_while(|&j| p.toks[j].kind() == crate::parse::TokenKind::Word)
        .any(|j| skip_time(p, j, end) > j || OCCASIONS.contains(&p.word(j)))
}

/// "when asked by a reporter whether …": the question put to someone, as the asker's.
pub(crate) fn questions_put(doc: &Doc, p: &Para, start: usize, end: usize) -> Vec<Candidate> {
    let mut out = Vec::new();
    for v in start + 1..end {
        let passive = matches!(
            p.word(v - 1).to_lowercase().as_str(),
            "when" | "was" | "were" | "being" | "if"
        );
        if p.word(v) != "asked" || !passive {
            continue;
        }
        // Only a named asker makes the question a statement: "when asked whether …" alone is
        // a reporter's question, not what anyone in the story said.
        if p.word(v + 1) != "by" {
            continue;
        }
        let Some((m, mut from)) =
            mention_after(p, v + 2).or_else(|| mention::loose_after(p, v + 2))
        else {
            continue;
        };
        let mention = Some(m);
        while from < end && p.is_punct(from, ',') {
            from += 1;
        }
        if !matches!(
            p.word(from),
            "whether" | "if" | "about" | "why" | "how" | "what" | "when" | "which" | "who" | "to"
        ) {
            continue;
        }
        let stop = (from..end)
            .find(|&k| {
                p.is_punct(k, ',')
                    || p.is_punct(k, '.')
                    || p.is_punct(k, '?')
                    || p.quote(k).is_some()
            })
            .unwrap_or(end);
        let Some(content) = clause_span(p, from, stop) else {
            continue;
        };
        let claim = Claim::new(p.span(v, v), mention, content, FoundBy::ReportedQuestion);
        out.extend(to_candidate(doc, p, claim));
    }
    out
}
