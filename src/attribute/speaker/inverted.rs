//! Which mention speaks after the verb: inverted cues ("said Marquette pollster Charles
//! Franklin"), passive agents ("was asked by host Bill Maher") and bare capitalised runs right
//! before a verb ("“…,” Read said").

use super::super::candidate::quote_cue::finite_cue;
use super::super::lexicon;
use super::super::mention::{Mention, MentionKind, loose_after, mention_after, mention_before};
use super::super::para::Para;
use super::subject::is_possessive;

/// The speaker after an inverted cue ("said Marquette pollster Charles Franklin, who …"):
/// the name that ends the phrase if there is one, else the phrase itself.
pub(crate) fn inverted_speaker(p: &Para, start: usize) -> Option<Mention> {
    let end = (start..(start + 12).min(p.toks.len()))
        .find(|&k| p.is_any_punct(k) || p.quote(k).is_some() || (k > start && is_clause_end(p, k)))
        .unwrap_or(p.toks.len().min(start + 12));
    if end > start
        && let Some((m, _)) =
            mention_before(p, end - 1).filter(|(m, _)| m.kind == MentionKind::Name)
    {
        return Some(m);
    }
    // "said former secretary of state Hillary Clinton, who …": title words, then the name.
    let mut k = start;
    while k < start + 6
        && p.is_lower(k)
        && (lexicon::is_title(p.word(k))
            || lexicon::is_role_noun(p.word(k))
            || matches!(p.word(k), "of" | "state" | "former"))
    {
        k += 1;
    }
    // "said master of ceremonies Asab Al-Tabchi, a Syrian engineer": a full name that ends the
    // phrase before its comma, with only lowercase words and no verb before it.
    let comma = (start..(start + 10).min(p.toks.len())).find(|&c| p.is_any_punct(c));
    if let Some(c) = comma.filter(|&c| c > start)
        && let Some((m, ms)) = mention_before(p, c - 1)
        && m.kind == MentionKind::Name
        && m.name.is_some_and(|n| n.slice(p.text).contains(' '))
        && (start..ms).all(|j| p.is_lower(j) && !finite_cue(p, j))
    {
        return Some(m);
    }
    if k > start
        && let Some((m, _)) = mention_after(p, k).filter(|(m, _)| m.kind == MentionKind::Name)
    {
        return Some(m);
    }
    let (m, mut next) = mention_after(p, start).or_else(|| loose_after(p, start))?;
    // "said Rubio’s deputy campaign manager, Rich Beeson, who …": a possessive name opens a
    // role, and the name in apposition speaks.
    let possessive = m.kind == MentionKind::Name && is_possessive(p, &m);
    if possessive {
        next = (next..(next + 6).min(p.toks.len()))
            .find(|&k| p.is_any_punct(k))
            .unwrap_or(next);
    }
    // "said the organizer, Pilar Ostrowski.": a name in apposition is the speaker.
    if (m.kind == MentionKind::Descriptor || possessive)
        && p.is_punct(next, ',')
        && let Some((name, after)) = mention_after(p, next + 1)
        && name.kind == MentionKind::Name
        && (after >= p.toks.len() || p.is_any_punct(after))
    {
        return Some(name);
    }
    // Whatever follows the phrase up to the punctuation modifies it: "said one Democrat
    // familiar with the discussion".
    Some(m)
}

/// True when token `k` begins what may follow a speaker: a preposition or relative clause.
fn is_clause_end(p: &Para, k: usize) -> bool {
    matches!(
        p.word(k).to_lowercase().as_str(),
        "in" | "on"
            | "at"
            | "during"
            | "who"
            | "after"
            | "before"
            | "while"
            | "to"
            | "when"
            | "of"
            | "from"
            | "as"
    ) || !crate::parse::date::find_time_expressions(p.word(k)).is_empty()
}

/// "Sanders was asked by host Bill Maher, “…”": the agent of a passive reporting verb speaks,
/// not its subject.
pub(crate) fn passive_agent(p: &Para, v: usize) -> Option<Mention> {
    let passive = v > 0 && matches!(p.word(v - 1), "was" | "were" | "is" | "are" | "been");
    if !passive || p.word(v + 1) != "by" {
        return None;
    }
    inverted_speaker(p, v + 2)
}

/// The one to three capitalised words right before token `v` ("… trial counsel Carol Lewis
/// Wenner wrote"), as a name.
pub(crate) fn name_before(p: &Para, v: usize) -> Option<Mention> {
    let r = (v.saturating_sub(3)..v)
        .rev()
        .take_while(|&k| p.is_cap(k) && !lexicon::is_pronoun(p.word(k)))
        .last()?;
    capitalised_run(p, r, v)
}

/// “…,” Read said. / “…,” columnist Ai Jun wrote.: one to three capitalised words right before
/// the verb, after nothing but lowercase title words, name the speaker, even words that
/// elsewhere are no names ("Read", "From", "Jun").
pub(crate) fn capitalised_run(p: &Para, j: usize, v: usize) -> Option<Mention> {
    let r = (j..v)
        .rev()
        .take_while(|&k| p.is_cap(k) && !lexicon::is_pronoun(p.word(k)))
        .last()?;
    let titles = (j..r).all(|k| p.is_lower(k) && !finite_cue(p, k));
    if !(1..=3).contains(&(v - r)) || !titles {
        return None;
    }
    let name = p.span(r, v - 1);
    Some(Mention {
        span: p.span(j, v - 1),
        kind: MentionKind::Name,
        name: Some(name),
        title: (r > j).then(|| p.span(j, r - 1)),
        head: None,
        modifiers: Vec::new(),
        definite: false,
    })
}
