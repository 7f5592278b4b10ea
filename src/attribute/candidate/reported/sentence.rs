//! The claims of one sentence: each verb of speech with its speaker and content, coordinated
//! verbs sharing a speaker, and "according to" around them.

use super::super::super::cue::{self, Form, Strength};
use super::super::super::lexicon;
use super::super::super::mention::{Mention, MentionKind, mention_after, mention_before};
use super::super::super::para::Para;
use super::super::super::speaker::groups::{
    bare_group, bare_group_at, coordinated, gerund_subject, relative_clause_head,
};
use super::super::super::speaker::subject::{
    coordinated_subject, is_between, postmodified_subject, subject_before,
};
use super::super::Candidate;
use super::content::{according_to, clause_span, content_start, skip_time};
use super::trailing::{inverted_parenthetical, parenthetical, trailing};
use super::{Claim, Doc, is_document, to_candidate};
use crate::model::{FoundBy, Span};

/// The reported statements of the sentence of tokens `[start, end)`, pushed onto `out`.
pub(crate) fn sentence_statements(
    doc: &Doc,
    p: &Para,
    (start, end): (usize, usize),
    headline: bool,
    out: &mut Vec<Candidate>,
) {
    let according = according_to(p, start, end);
    let mut claims: Vec<Claim> = Vec::new();
    let mut last_subject: Option<Mention> = None;
    for k in start..end {
        let Some(c) = speech_cue_at(p, start, k, headline) else {
            continue;
        };
        // A verb inside the content of the claim before it is part of that content, unless it
        // is coordinated with it ("… that A — but reiterated that B").
        let inside = claims
            .last()
            .is_some_and(|prev| prev.content.contains(p.span(k, k)));
        // "A, with B adding C, Obama said.": a trailing attribution takes the whole sentence,
        // claims inside it included.
        let trailing_claim = inside
            .then(|| trailing(p, start, end, k))
            .flatten()
            .filter(|t| t.content.start == p.toks[start].span().start);
        if let Some(t) = trailing_claim {
            claims.retain(|c| !t.content.contains(c.cue));
            last_subject = t.mention.clone();
            claims.push(t);
            continue;
        }
        let claim = if inside {
            // "… claimed responsibility but U.S. officials have said they …": a new subject
            // after "but" starts a claim of its own; otherwise the verb is part of the content.
            contrasted_claim(p, start, end, k, c.form, &last_subject)
                .or_else(|| coordinated_claim(p, k, end, &last_subject))
                .or_else(|| participle_claim(p, k, end, c.form, &last_subject))
        } else {
            claim_at(p, start, end, k, c.form, &last_subject)
        };
        if let Some(claim) = claim {
            last_subject = claim.mention.clone();
            push_claim(doc.text, p, k, &mut claims, claim);
        }
    }
    // "As the Tribune reports, …": the source's own verb is no claim of its own.
    if let Some((cue, ..)) = &according {
        claims.retain(|c| c.cue != *cue);
    }
    with_according(&mut claims, according);
    end_at_main_clause(doc.text, p, (start, end), &mut claims);
    out.extend(claims.into_iter().filter_map(|c| to_candidate(doc, p, c)));
}

/// The reporting verb at token `k`, when it can report speech there.
fn speech_cue_at(p: &Para, start: usize, k: usize, headline: bool) -> Option<cue::CueWord> {
    // Any reporting verb with "that" reports speech ("grumbled that …").
    // "pointed out that …": a particle may stand between.
    let with_that = p.word(k + 1) == "that" || p.word(k + 1) == "out" && p.word(k + 2) == "that";
    // A capitalised verb only opens a sentence or stands in a headline: "United States"
    // holds no verb.
    // "state Sen. Darren Soto": a base form that is also a noun ("states", "reports") is no
    // verb before a title; "analysts say Mr. Olsen would …" is one.
    let before_title = p.is_cap(k + 1)
        && lexicon::is_title(p.word(k + 1))
        && lexicon::is_noun_like(&format!("{}s", p.word(k)));
    // "in the state Supreme Court race": a bare form after a determiner is a noun.
    let after_determiner = k > start
        && matches!(
            p.word(k - 1).to_lowercase().as_str(),
            "the" | "a" | "an" | "this" | "that" | "each" | "every"
        );
    cue::lookup(p.word(k))
        .filter(|c| !((before_title || after_determiner) && c.form == Form::Base))
        .filter(|_| p.is_lower(k) || k == start || headline)
        .filter(|c| is_speech_cue(c) || with_that && c.form != Form::Base)
}

/// Adds the claim of the cue at token `k`; the claim before it ends before the new one's
/// subject and its connector ("A, but officials said B").
fn push_claim(text: &str, p: &Para, k: usize, claims: &mut Vec<Claim>, claim: Claim) {
    if let Some(prev) = claims.last_mut() {
        let from = claim
            .mention
            .as_ref()
            .filter(|m| m.span.start > prev.content.start && m.span.start < p.toks[k].span().start)
            .map_or(k, |m| {
                p.toks.partition_point(|t| t.span().start < m.span.start)
            });
        prev.content.end = prev.content.end.min(trim_before(text, p, from));
    }
    claims.push(claim);
}

/// Applies the sentence's "according to": "CLAUSE, according to X" makes the whole clause X's,
/// whatever verbs it holds; "According to X, CLAUSE" is X's claim when the sentence has no
/// other, else X reports the claims ("According to X, Y emphasized …").
fn with_according(claims: &mut Vec<Claim>, according: Option<(Span, Mention, Span, bool)>) {
    match according {
        Some((cue, m, content, false)) => {
            *claims = vec![Claim::new(
                cue,
                Some(m),
                content,
                FoundBy::ReportedAccordingTo,
            )];
        }
        Some((cue, m, content, true)) if claims.is_empty() => {
            claims.push(Claim::new(
                cue,
                Some(m),
                content,
                FoundBy::ReportedAccordingTo,
            ));
        }
        Some((_, m, _, true)) => claims
            .iter_mut()
            .for_each(|c| c.reported_by = Some(m.clone())),
        None => {}
    }
}

/// Verbs of speech that introduce reported content; participles only when they report.
fn is_speech_cue(c: &cue::CueWord) -> bool {
    c.strength == Strength::Speech
        && (c.form != Form::Gerund
            || matches!(
                c.lemma,
                "say"
                    | "tell"
                    | "add"
                    | "note"
                    | "argue"
                    | "insist"
                    | "claim"
                    | "warn"
                    | "explain"
                    | "write"
                    | "stress"
                    | "declare"
                    | "assert"
                    | "vow"
                    | "promise"
                    | "tweet"
                    | "acknowledge"
                    | "admit"
                    | "deny"
                    | "report"
                    | "contend"
                    | "maintain"
            ))
}

/// A claim whose subject follows "but", "while" or "whereas" inside an earlier claim's content.
fn contrasted_claim(
    p: &Para,
    start: usize,
    end: usize,
    v: usize,
    form: Form,
    last: &Option<Mention>,
) -> Option<Claim> {
    if form == Form::Gerund {
        return None;
    }
    let mut claim = claim_at(p, start, end, v, form, last)?;
    claim.found_by = FoundBy::ReportedContrasted;
    let m = claim.mention.as_ref()?;
    let at = p.toks.partition_point(|t| t.span().start < m.span.start);
    let joined = at.checked_sub(1).is_some_and(|b| {
        matches!(
            p.word(b),
            "but" | "while" | "whereas" | "yet" | "though" | "although" | "and" | "as"
        ) || p.is_punct(b, ';')
            || p.is_punct(b, ',') && opens_subordinate(p, start)
            || p.is_punct(b, ',') && connector_then_subordinate(p, start)
    });
    joined.then_some(claim)
}

/// "While Ann said A, she said B": a sentence opened by a subordinating conjunction, whose
/// main clause starts after a comma.
fn opens_subordinate(p: &Para, start: usize) -> bool {
    matches!(
        p.word(start),
        "While"
            | "Although"
            | "Though"
            | "Whereas"
            | "When"
            | "After"
            | "Before"
            | "Because"
            | "Since"
            | "If"
    )
}

/// "While critics say the pier is too costly, the council has approved it": a claim inside a
/// sentence's opening subordinate clause ends at the comma before the main clause, whatever
/// the main clause's verb.
fn end_at_main_clause(text: &str, p: &Para, (start, end): (usize, usize), claims: &mut [Claim]) {
    if !opens_subordinate(p, start) && !connector_then_subordinate(p, start) {
        return;
    }
    // "After the vote, she said, the tolls rose": a parenthetical cue's content is the whole
    // sentence; only content after its cue ends at the main clause.
    for c in claims.iter_mut().filter(|c| c.content.start > c.cue.start) {
        let v = p.token_at(c.cue.start);
        let first = p.token_at(c.content.start).max(v + 1);
        let main = (first + 1..end)
            .take_while(|&k| p.toks[k].span().start < c.content.end)
            .find(|&k| p.is_punct(k, ',') && opens_main_clause(p, k + 1, end));
        if let Some(k) = main {
            c.content.end = c.content.end.min(trim_before(text, p, k + 1));
        }
    }
}

/// "But while critics say …": a subordinating conjunction after a connector.
fn connector_then_subordinate(p: &Para, start: usize) -> bool {
    matches!(p.word(start), "But" | "And" | "Yet")
        && matches!(
            p.word(start + 1),
            "while" | "although" | "though" | "whereas"
        )
}

/// True when a clause of its own opens at token `k`: a subject, then (past adverbs and
/// auxiliaries) a finite verb ("the council has approved", "Tom Berg won", "he remained").
fn opens_main_clause(p: &Para, k: usize, end: usize) -> bool {
    let Some((_, mut j)) = mention_after(p, k) else {
        return false;
    };
    let mut aux = false;
    while j < end && (is_between(p, j) || skip_time(p, j, end) > j) {
        aux |= lexicon::is_auxiliary(p.word(j));
        j = skip_time(p, j, end).max(j + 1);
    }
    j < end && p.is_lower(j) && (aux || lexicon::is_finite_verb(p.word(j)))
}

/// "… — but reiterated that B": a second verb sharing the first one's speaker.
fn coordinated_claim(p: &Para, v: usize, end: usize, last: &Option<Mention>) -> Option<Claim> {
    if lexicon::is_noun_like(p.word(v)) {
        // "its military goals and demands": a noun, not a second verb.
        return None;
    }
    claim_after(p, v, end, coordinated(p, 0, v, last)?)
}

/// The claim of `mention` whose cue is token `v`: the content from where it starts after the
/// cue to the end of the sentence.
fn claim_after(p: &Para, v: usize, end: usize, mention: Mention) -> Option<Claim> {
    let from = content_start(p, v, end)?;
    let content = clause_span(p, from, end)?;
    Some(Claim::new(
        p.span(v, v),
        Some(mention),
        content,
        FoundBy::ReportedCoordinated,
    ))
}

/// "X said that A, adding that B": a participle after a comma inside a claim starts a second
/// claim of the same speaker.
fn participle_claim(
    p: &Para,
    v: usize,
    end: usize,
    form: Form,
    last: &Option<Mention>,
) -> Option<Claim> {
    if form != Form::Gerund || v == 0 || !p.is_punct(v - 1, ',') {
        return None;
    }
    claim_after(p, v, end, last.clone()?)
}

/// Where content before a following cue should stop: before its subject and connectors.
fn trim_before(text: &str, p: &Para, k: usize) -> usize {
    let mut j = k;
    while j > 0
        && (matches!(
            p.word(j - 1).to_lowercase().as_str(),
            "but" | "and" | "also" | "has" | "had" | "then" | "reportedly"
        ) || p.is_punct(j - 1, '—')
            || p.is_punct(j - 1, ',')
            || p.is_punct(j - 1, '–'))
    {
        j -= 1;
    }
    let end = p.toks.get(j).map_or(text.len(), |t| t.span().start);
    text[..end].trim_end().len()
}

/// The claim whose cue is token `v`, if the cue has a speaker and content.
fn claim_at(
    p: &Para,
    start: usize,
    end: usize,
    v: usize,
    form: Form,
    last: &Option<Mention>,
) -> Option<Claim> {
    if v > start + 1 && p.word(v - 1).eq_ignore_ascii_case("who") && !p.is_punct(v - 2, ',') {
        // "voters who said Wall Street does more", "rebuked critics who say …": the group
        // before "who" said it.
        let group = bare_group_at(p, start, v - 2)
            .filter(|_| p.is_lower(v - 2))
            .or_else(|| mention_before(p, v - 2).map(|(m, _)| m))
            .or_else(|| bare_group_at(p, start, v - 2));
        let from = content_start(p, v, end)?;
        let content = clause_span(p, from, end)?;
        return group
            .map(|m| Claim::new(p.span(v, v), Some(m), content, FoundBy::ReportedRelative));
    }
    // CLAUSE, X said.   /   CLAUSE, said X.
    if let Some(claim) = trailing(p, start, end, v) {
        return Some(claim);
    }
    // "The golf industry, she said, is doing better": the whole sentence is the claim.
    if let Some(claim) =
        parenthetical(p, start, end, v).or_else(|| inverted_parenthetical(p, start, end, v))
    {
        return Some(claim);
    }
    if negated(p, start, v) {
        // "did not respond", "never said": no statement was made.
        return None;
    }
    let mention = match form {
        Form::Gerund => gerund_subject(p, start, v, last),
        _ => relative_clause_head(p, start, v)
            .or_else(|| subject_before(p, v, start))
            .or_else(|| coordinated(p, start, v, last))
            .or_else(|| coordinated_subject(p, start, v))
            .or_else(|| bare_group(p, start, v))
            .or_else(|| postmodified_subject(p, start, v)),
    }?;
    if is_document(&mention, p)
        || (lexicon::is_noun_like(p.word(v)) && !firm_subject(p, &mention, start, v))
    {
        return None;
    }
    if follows_quote(p, start, &mention) && !clause_follows(p, v, end)
        || (form == Form::Base && !base_form_ok(p, start, v, &mention))
    {
        // “…,” he explained with a smile: the cue belongs to the quotation before it.
        return None;
    }
    let from = content_start(p, v, end)?;
    let content = clause_span(p, from, end)?;
    if p.quote(from).is_some() && content.end == p.toks[from].span().end {
        return None;
    }
    Some(Claim::new(
        p.span(v, v),
        Some(mention),
        content,
        FoundBy::ReportedVerb,
    ))
}

/// True when the subject comes straight after a quotation of its sentence (“…,” she said …):
/// that cue attributes the quotation, and the words after it are no reported content. A
/// quotation that ends the sentence before with a full stop does not count (“… ongoing.” He
/// said the FBI …); one ending in “!” or “?” still does (“… our fix!” Clinton said).
fn follows_quote(p: &Para, start: usize, m: &Mention) -> bool {
    let at = p.toks.partition_point(|t| t.span().start < m.span.start);
    let before = at.checked_sub(1);
    let before = match before {
        Some(b) if p.is_punct(b, ',') => b.checked_sub(1),
        other => other,
    };
    before.is_some_and(|b| {
        let closes_sentence = p
            .span(b, b)
            .slice(p.text)
            .trim_end_matches(['”', '"', '’', '\''])
            .ends_with('.');
        p.quote(b).is_some() && (b >= start || !closes_sentence)
    })
}

/// True when a real clause follows the cue at `v` after a quotation: "that …", or six words or
/// more opening with a subject pronoun, not a phrase like "with a smile" or a hearer.
fn clause_follows(p: &Para, v: usize, end: usize) -> bool {
    let Some(k) = content_start(p, v, end) else {
        return false;
    };
    if k > v + 1 && p.word(k - 1) == "that" {
        return true;
    }
    // “…,” she told an audience at the institute / Lew said at the talks, the dialogue held …:
    // after a quotation, a noun phrase is the hearer or the occasion; only a pronoun opens
    // a clause of its own there.
    let w = p.word(k);
    let subject = lexicon::is_pronoun(w) && !matches!(w, "it" | "you");
    let words = (k..end)
        .filter(|&j| p.toks[j].kind() == crate::parse::TokenKind::Word)
        .count();
    subject && words >= 6
}

/// A bare verb form reports speech only after "to", a modal or an auxiliary ("will say",
/// "to tell"), or with a plural or first-person subject ("officials say", "they claim").
pub(crate) fn base_form_ok(p: &Para, start: usize, v: usize, m: &Mention) -> bool {
    let before = v
        .checked_sub(1)
        .filter(|&k| k >= start)
        .map(|k| p.word(k).to_lowercase())
        .unwrap_or_default();
    let aux = matches!(
        before.as_str(),
        "to" | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "must"
            | "might"
            | "may"
            | "did"
            | "do"
            | "does"
            | "also"
            | "often"
            | "still"
            | "now"
            | "now,"
    );
    let text = m.span.slice(p.text).to_lowercase();
    let plural = matches!(text.as_str(), "they" | "we" | "i" | "you")
        || text.ends_with('s') && !text.ends_with("ss")
        || ["women", "men", "people", "police", "children"]
            .iter()
            .any(|w| text.ends_with(w));
    aux || plural
}

/// True when "not", "never" or a negative contraction stands before the verb at `v`.
pub(crate) fn negated(p: &Para, start: usize, v: usize) -> bool {
    // Only within the verb's own clause: "— who does not practice — told" is not negated.
    (v.saturating_sub(3).max(start)..v)
        .rev()
        .take_while(|&k| !p.is_any_punct(k))
        .any(|k| {
            let w = p.word(k).to_lowercase();
            w == "not" || w == "never" || w.ends_with("n’t") || w.ends_with("n't")
        })
}

/// A subject that vouches for a noun-like verb form: a pronoun, a name (a one-word name only
/// away from the sentence start, where "Cost estimates …" would fool it) or a role right
/// before it.
fn firm_subject(p: &Para, m: &Mention, start: usize, v: usize) -> bool {
    let adjacent = v > 0 && p.toks[v - 1].span().end == m.span.end;
    let one_word = !m.span.slice(p.text).contains(char::is_whitespace);
    let sentence_initial = p
        .toks
        .get(start)
        .is_some_and(|t| t.span().start == m.span.start);
    adjacent
        && match m.kind {
            MentionKind::Pronoun => true,
            MentionKind::Name => !one_word || !sentence_initial,
            // "The governor claims …": a person's role, not a compound like "cost estimates".
            MentionKind::Descriptor => {
                m.definite && m.head.as_deref().is_some_and(lexicon::is_role_noun)
            }
            MentionKind::Organization => false,
        }
}
