//! Mentions: the noun phrases that name a speaker, read off a paragraph's tokens.
//!
//! A mention is a pronoun ("he"), a name with its titles ("Russian President Vladimir Putin",
//! "Sen. Margaret Okafor"), or a descriptor ("the Russian president", "a U.S. official",
//! "officials", "the Kremlin"). This module only reads phrases; which mention speaks and who it
//! is are decided in `speaker/`.

use super::cue;
use super::lexicon::{self, DETERMINERS, LOOSE_STOPS, NAME_CONNECTORS, PHRASE_STOPS, lower};
use super::para::Para;
use crate::model::Span;
use crate::parse::TokenKind;

/// What kind of phrase a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// he, she, they, it, I, we.
    Pronoun,
    /// A proper name, possibly with titles before it.
    Name,
    /// A common-noun phrase: "the Russian president", "a U.S. official", "officials".
    Descriptor,
    /// A named organisation: "the Kremlin", "NATO", "the Trump campaign".
    Organization,
}

/// A noun phrase that can name a speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mention {
    /// The whole phrase.
    pub span: Span,
    /// Pronoun, name, descriptor or organisation.
    pub kind: MentionKind,
    /// For a name: the name without titles ("Vladimir Putin").
    pub name: Option<Span>,
    /// For a name: the titles and affiliations before it ("Russian President").
    pub title: Option<Span>,
    /// For a descriptor: its head noun, lowercase ("president", "official").
    pub head: Option<String>,
    /// For a descriptor: the lowercase words before the head ("russian").
    pub modifiers: Vec<String>,
    /// "the …" rather than "a …" or a bare plural.
    pub definite: bool,
}

/// True for a word that opens a descriptor or group phrase ("the", "several", "those").
pub(crate) fn is_determiner(w: &str) -> bool {
    DETERMINERS.contains(&*lower(w))
}

/// True for a word joining the parts of a name ("de", "van", "bin").
pub(crate) fn is_connector(w: &str) -> bool {
    NAME_CONNECTORS.contains(&*lower(w))
}

/// True for an all-capitals acronym such as "NATO" or "FBI".
pub(crate) fn is_acronym(w: &str) -> bool {
    w.len() >= 2
        && w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        && w.chars().filter(char::is_ascii_uppercase).count() >= 2
}

/// True when token `i` can be part of a name run.
fn name_part(p: &Para, i: usize) -> bool {
    if !p.is_cap(i) {
        return false;
    }
    let w = p.word(i);
    // "Said Dorothy Poynter, …": a capitalised reporting verb opens the sentence, it is no name.
    let verb = cue::lookup(w).is_some_and(|c| c.form != cue::Form::Base) && !w.ends_with('s');
    // "Democratic-backed", "Iowa-based": an adjective, not part of a name.
    let compound = w
        .rsplit('-')
        .next()
        .is_some_and(|last| last != w && last.starts_with(char::is_lowercase));
    let verb = verb || compound;
    (!lexicon::is_not_name(w) || lexicon::is_title(w)) && !verb
}

/// Strips a possessive ending ("Putin’s" → "Putin").
pub(crate) fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .or_else(|| w.strip_suffix('’'))
        .unwrap_or(w)
}

/// The mention that starts at token `i`, and the index after it.
pub(crate) fn mention_after(p: &Para, i: usize) -> Option<(Mention, usize)> {
    let w = p.word(i);
    if w.is_empty() {
        return None;
    }
    if lexicon::is_pronoun(w) {
        return Some((simple(p.span(i, i), MentionKind::Pronoun), i + 1));
    }
    if name_part(p, i) {
        return name_run_forward(p, i);
    }
    descriptor_forward(p, i)
}

/// The mention that ends at token `end` (inclusive), and the index where it starts.
pub(crate) fn mention_before(p: &Para, end: usize) -> Option<(Mention, usize)> {
    let w = p.word(end);
    if w.is_empty() {
        return None;
    }
    if lexicon::is_pronoun(w) {
        return Some((simple(p.span(end, end), MentionKind::Pronoun), end));
    }
    if name_part(p, end) {
        let mut start = end;
        while start > 0 && (name_part(p, start - 1) || (is_joined(p, start - 1))) {
            start -= 1;
        }
        while start < end && !name_part(p, start) {
            start += 1;
        }
        if start > 0 && p.word(start - 1).eq_ignore_ascii_case("the") {
            // "the White House", "the Kremlin": an organisation, not a person.
            return classify_run(p, start, end).map(|m| (with_article(p, m, start - 1), start - 1));
        }
        return classify_run(p, start, end).map(|m| (m, start));
    }
    descriptor_backward(p, end)
}

/// A connector inside a name run ("de", "of" in "Secretary of State").
fn is_joined(p: &Para, i: usize) -> bool {
    let w = p.word(i);
    i > 0
        && (is_connector(w) || w == "of" || plural_possessive(p, i))
        && name_part(p, i - 1)
        && name_part(p, i + 1)
}

/// True when token `i` is an apostrophe written right after a plural word ("users’").
fn plural_apostrophe(p: &Para, i: usize) -> bool {
    i > 0
        && (p.is_punct(i, '’') || p.is_punct(i, '\''))
        && p.word(i - 1).ends_with('s')
        && p.toks[i - 1].span().end == p.toks[i].span().start
}

/// "the dockworkers’ union": the apostrophe closes a lowercase plural owner.
fn owner_apostrophe(p: &Para, i: usize) -> bool {
    plural_apostrophe(p, i) && p.is_lower(i - 1)
}

/// "the Rail Users’ Forum": an apostrophe closing a plural word inside an organisation's name
/// (the next word names an organisation; "Fox News’ Sean Hannity" is two mentions).
fn plural_possessive(p: &Para, i: usize) -> bool {
    plural_apostrophe(p, i) && lexicon::is_org_noun(&p.word(i + 1).to_lowercase())
}

fn simple(span: Span, kind: MentionKind) -> Mention {
    Mention {
        span,
        kind,
        name: None,
        title: None,
        head: None,
        modifiers: Vec::new(),
        definite: false,
    }
}

fn with_article(p: &Para, mut m: Mention, the: usize) -> Mention {
    if m.kind != MentionKind::Name {
        m.span = Span::new(p.span(the, the).start, m.span.end);
        m.definite = true;
        if m.kind == MentionKind::Descriptor && m.head.as_deref().is_some_and(lexicon::is_org_noun)
        {
            m.kind = MentionKind::Organization;
        }
    }
    m
}

fn name_run_forward(p: &Para, i: usize) -> Option<(Mention, usize)> {
    let mut end = i;
    while name_part(p, end + 1) || is_joined(p, end + 1) {
        end += 1;
    }
    let m = classify_run(p, i, end)?;
    Some((m, end + 1))
}

/// Splits a run of capitalised tokens into titles and a name, or calls it an organisation.
fn classify_run(p: &Para, start: usize, end: usize) -> Option<Mention> {
    let span = p.span(start, end);
    let last = strip_possessive(p.word(end));
    if is_acronym(last) || lexicon::is_org_noun(last) {
        let mut m = simple(span, MentionKind::Organization);
        m.head = Some(lower(last).into_owned());
        return Some(m);
    }
    // The name runs to an "of" that starts a place ("Gov. Curtis Halvorsen of Idaho"), but
    // "of" inside titles stays ("Secretary of State Ana Ruiz").
    let end = match (start..end).find(|&k| p.word(k) == "of") {
        Some(o) if (start..o).any(|k| !is_title_word(p.word(k))) => o.saturating_sub(1).max(start),
        _ => end,
    };
    // Titles are the words before the name ("Board President", "Russian President").
    let title_end = (start..end).rev().find(|&k| is_title_word(p.word(k)));
    let name_start = title_end.map_or(start, |t| t + 1);
    let name_start =
        (name_start..=end).find(|&k| !lexicon::is_affiliation(p.word(k)) || k == end)?;
    let last = strip_possessive(p.word(end));
    let span = p.span(start, end);
    if is_title_word(last)
        && title_end.is_none_or(|t| t + 1 >= end)
        && (name_start..=end).all(|k| is_title_word(p.word(k)))
    {
        // Only titles: "President" alone works like a descriptor.
        let mut m = simple(span, MentionKind::Descriptor);
        m.head = Some(lower(last).into_owned());
        m.modifiers = (start..end)
            .map(|k| lower(p.word(k)).into_owned())
            .collect();
        // "President" alone reads like "the president"; "Officials" is a bare plural.
        m.definite = !lower(last).ends_with('s');
        return Some(m);
    }
    let mut m = simple(span, MentionKind::Name);
    m.name = Some(Span::new(
        p.span(name_start, name_start).start,
        span.end - (p.word(end).len() - last.len()),
    ));
    if name_start > start {
        m.title = Some(Span::new(
            span.start,
            p.span(name_start - 1, name_start - 1).end,
        ));
    }
    Some(m)
}

fn is_title_word(w: &str) -> bool {
    lexicon::is_title(w) || lexicon::is_affiliation(w) || lexicon::is_role_noun(w) || w == "of"
}

/// "the Russian president", "a spokeswoman for the agency", "officials", "the Kremlin".
fn descriptor_forward(p: &Para, i: usize) -> Option<(Mention, usize)> {
    let w = p.word(i);
    let det = is_determiner(w);
    if !det && !lexicon::is_role_noun(w) && !lexicon::is_affiliation(w) {
        return None;
    }
    let mut k = if det { i + 1 } else { i };
    let mut head: Option<usize> = None;
    while k < i + 8 && p.toks.get(k).is_some_and(|t| t.kind() == TokenKind::Word) {
        let wk = p.word(k);
        if PHRASE_STOPS.contains(&*lower(wk)) && head.is_some()
            || cue::lookup(wk).is_some() && k > i + 1
        {
            break;
        }
        if lexicon::is_role_noun(wk) || lexicon::is_org_noun(strip_possessive(wk)) {
            head = Some(k);
        } else if head.is_some() && p.is_lower(k) && is_noun_run_to_role(p, k) {
            // "a state budget official": the head is the last role noun of the compound.
        } else if (wk == "for" || wk == "of" || wk == "with" || wk == "at") && head.is_some() {
            // "a spokeswoman for the agency": the head stays "spokeswoman".
            let (_, after) = descriptor_forward(p, k + 1)
                .unwrap_or((simple(Span::default(), MentionKind::Descriptor), k + 1));
            return build_descriptor(p, i, after - 1, head, det);
        } else if head.is_some() {
            break;
        }
        k += 1;
    }
    let h = head?;
    build_descriptor(p, i, h, Some(h), det)
}

/// True when lowercase words from `k` lead, within three, to a role noun ("budget official").
fn is_noun_run_to_role(p: &Para, k: usize) -> bool {
    (k..k + 3)
        .take_while(|&j| p.is_lower(j) && !PHRASE_STOPS.contains(p.word(j)))
        .any(|j| lexicon::is_role_noun(p.word(j)))
}

fn build_descriptor(
    p: &Para,
    start: usize,
    end: usize,
    head: Option<usize>,
    det: bool,
) -> Option<(Mention, usize)> {
    let h = head?;
    let head_word = lower(strip_possessive(p.word(h))).into_owned();
    let first = if det { start + 1 } else { start };
    let mut m = simple(p.span(start, end), MentionKind::Descriptor);
    // "its chief executive" names one holder of the role, like "the chief executive".
    m.definite = matches!(
        lower(p.word(start)).as_ref(),
        "the" | "its" | "his" | "her" | "their"
    );
    m.modifiers = (first..h).map(|k| lower(p.word(k)).into_owned()).collect();
    if lexicon::is_org_noun(&head_word) && !lexicon::is_role_noun(&head_word) {
        m.kind = MentionKind::Organization;
    }
    m.head = Some(head_word);
    Some((m, end + 1))
}

/// A descriptor ending at `end`, read backwards to its determiner.
fn descriptor_backward(p: &Para, end: usize) -> Option<(Mention, usize)> {
    let head = lower(strip_possessive(p.word(end))).into_owned();
    if !lexicon::is_role_noun(&head) && !lexicon::is_org_noun(&head) {
        return None;
    }
    let mut start = end;
    let mut plural_owner = false;
    while start > 0 && end - start < 6 {
        // "the dockworkers’ union": a plural possessive closes the phrase like "Varga’s".
        if owner_apostrophe(p, start - 1) {
            start -= 2;
            if start > 0 && is_determiner(p.word(start - 1)) {
                start -= 1;
            }
            plural_owner = true;
            break;
        }
        let w = p.word(start - 1);
        // "United States official": a capitalised word is no verb.
        let finite_verb =
            p.is_lower(start - 1) && cue::lookup(w).is_some_and(|c| c.form != cue::Form::Base);
        // Stop at "of"/"for": "chief of staff" is read from its head "chief" below.
        let joins = matches!(w, "of" | "for" | "at" | "with");
        if w.is_empty()
            || p.is_any_punct(start - 1)
            || PHRASE_STOPS.contains(&*lower(w))
            || finite_verb
            || joins
        {
            break;
        }
        start -= 1;
        if is_determiner(w) || w.ends_with("’s") || w.ends_with("'s") {
            // "Varga’s chief of staff": a possessive closes the phrase like a determiner.
            break;
        }
    }
    // "a spokeswoman for the agency": the phrase's head is the role before "for"; "advisers to
    // the governor": a plural role before "to".
    let to_group = |m: &Mention| {
        p.word(start - 1) != "to" || m.head.as_deref().is_some_and(|h| h.ends_with('s'))
    };
    if start >= 2
        && matches!(p.word(start - 1), "for" | "of" | "at" | "with" | "to")
        && let Some((outer, outer_start)) = descriptor_backward(p, start - 2)
        && outer.kind == MentionKind::Descriptor
        && to_group(&outer)
    {
        let mut m = outer;
        m.span = Span::new(m.span.start, p.span(end, end).end);
        return Some((m, outer_start));
    }
    let first = p.word(start);
    let possessive = first.ends_with("’s") || first.ends_with("'s") || plural_owner;
    let det = is_determiner(first) || possessive;
    let (mut m, _) = build_descriptor(p, start, end, Some(end), det)?;
    m.definite |= possessive;
    Some((m, start))
}

/// Any phrase naming a source ("a CBS poll released Monday", "The Washington Post"): an
/// organisation when it is capitalised or a document, else an anonymous descriptor.
pub(crate) fn phrase(p: &Para, start: usize, end: usize, head: usize) -> Mention {
    let head_word = lower(strip_possessive(p.word(head))).into_owned();
    // "Prosecutors said": a role word capitalised by the sentence start names no one.
    let named = (start..=end).any(|k| {
        p.is_cap(k)
            && !is_determiner(p.word(k))
            && !(k == start && lexicon::is_role_noun(p.word(k)))
    });
    let kind = if named || lexicon::is_org_noun(&head_word) || lexicon::is_document_noun(&head_word)
    {
        MentionKind::Organization
    } else {
        MentionKind::Descriptor
    };
    let mut m = simple(p.span(start, end), kind);
    m.definite = p.word(start).eq_ignore_ascii_case("the");
    m.head = Some(head_word);
    m
}

/// A determiner-led noun phrase whatever its head ("the narrator", "one Trump confidant",
/// "the 46-year-old"): used only where a reporting verb already vouches for a speaker.
pub(crate) fn loose_after(p: &Para, i: usize) -> Option<(Mention, usize)> {
    if !is_determiner(p.word(i)) {
        return None;
    }
    let mut end = i;
    while end < i + 6 && loose_word(p, end + 1) {
        end += 1;
    }
    (end > i).then(|| (loose(p, i, end), end + 1))
}

/// A loose descriptor ending at token `end`, read back to its determiner.
pub(crate) fn loose_before(p: &Para, end: usize) -> Option<(Mention, usize)> {
    if !loose_word(p, end)
        || !p.is_lower(end) && !p.word(end).starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let start = (end.saturating_sub(6)..end)
        .rev()
        .take_while(|&k| loose_word(p, k) || is_determiner(p.word(k)))
        .find(|&k| is_determiner(p.word(k)))?;
    Some((loose(p, start, end), start))
}

fn loose_word(p: &Para, k: usize) -> bool {
    let w = p.word(k);
    p.toks.get(k).is_some_and(|t| t.kind() == TokenKind::Word)
        && !LOOSE_STOPS.contains(&*lower(w))
        && !is_determiner(w)
                // "the email said": a noun that is also a bare verb form ("email", "post") may head it.
        && !cue::lookup(w).is_some_and(|c| c.form != cue::Form::Base)
        && !lexicon::is_pronoun(w)
}

fn loose(p: &Para, start: usize, end: usize) -> Mention {
    let head = lower(strip_possessive(p.word(end))).into_owned();
    let kind = if lexicon::is_org_noun(&head) || lexicon::is_document_noun(&head) {
        MentionKind::Organization
    } else {
        MentionKind::Descriptor
    };
    let mut m = simple(p.span(start, end), kind);
    m.definite = p.word(start).eq_ignore_ascii_case("the");
    m.modifiers = (start + 1..end)
        .map(|k| lower(p.word(k)).into_owned())
        .collect();
    m.head = Some(head);
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;

    fn mention(text: &str, forward: bool) -> Option<(MentionKind, String, Option<String>)> {
        let parsed = parse::parse(text);
        let quotes: Vec<_> = parsed.quotes.iter().copied().enumerate().collect();
        let toks = parse::token::tokenize(text, parsed.paragraphs[0], &quotes);
        let p = Para { text, toks: &toks };
        let (m, _) = if forward {
            mention_after(&p, 0)?
        } else {
            mention_before(&p, toks.len() - 1)?
        };
        let name = m.name.map(|s| s.slice(text).to_string()).or(m.head.clone());
        Some((m.kind, m.span.slice(text).to_string(), name))
    }

    #[test]
    fn names_with_titles() {
        let m = mention("Russian President Vladimir Putin", false).unwrap();
        assert_eq!(
            m,
            (
                MentionKind::Name,
                "Russian President Vladimir Putin".into(),
                Some("Vladimir Putin".into())
            )
        );
        let m = mention("Sen. Margaret Okafor", true).unwrap();
        assert_eq!(m.2.as_deref(), Some("Margaret Okafor"));
        let m = mention("Secretary of State Ana Ruiz", false).unwrap();
        assert_eq!(m.2.as_deref(), Some("Ana Ruiz"));
        let m = mention("Putin’s", false).unwrap();
        assert_eq!(m.2.as_deref(), Some("Putin"));
    }

    #[test]
    fn descriptors_and_organisations() {
        assert_eq!(
            mention("the Russian president", false)
                .unwrap()
                .2
                .as_deref(),
            Some("president")
        );
        let m = mention("a spokeswoman for the agency", true).unwrap();
        assert_eq!(
            (m.0, m.1.as_str(), m.2.as_deref()),
            (
                MentionKind::Descriptor,
                "a spokeswoman for the agency",
                Some("spokeswoman")
            )
        );
        assert_eq!(
            mention("the Kremlin", false).unwrap().0,
            MentionKind::Organization
        );
        assert_eq!(mention("NATO", true).unwrap().0, MentionKind::Organization);
        assert_eq!(
            mention("A U.S. official", true).unwrap().2.as_deref(),
            Some("official")
        );
        assert_eq!(mention("officials", false).unwrap().1, "officials");
    }

    #[test]
    fn pronouns_and_non_mentions() {
        assert_eq!(mention("he", true).unwrap().0, MentionKind::Pronoun);
        assert_eq!(mention("the weather", true), None);
        assert_eq!(mention("quickly", false), None);
    }
}
