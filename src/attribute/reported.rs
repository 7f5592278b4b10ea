//! Reported speech: statements without quotation marks, and mixed ones that quote some words.
//!
//! Patterns (docs/grammar.md, "Reported speech"), on each sentence's tokens:
//! - X said (that) CLAUSE / X told Y (that) CLAUSE / X confirmed|warned|denied … CLAUSE
//! - CLAUSE, X said.   CLAUSE, said X.
//! - According to X, CLAUSE   /   CLAUSE, according to X.
//! - …, saying (that) CLAUSE  (the speaker is the sentence's subject)
//! - … that A — but reiterated that B: the second verb shares the first one's speaker.
//! - According to X, Y emphasized CLAUSE: Y's claim, reported by X (nested attribution).
//!
//! Only verbs of speech count ("believes", "polls show", "the report found" are not speech), and
//! documents are not speakers. The content is the reported words only: from the word after
//! "that" (or after the cue and its object) to the end of the clause.

use super::Doc;
use super::cue::{self, Form, Strength};
use super::direct;
use super::lexicon;
use super::mention::{Mention, MentionKind, Para, mention_after, mention_before};
use super::resolve;
use super::subject::{coordinated_subject, is_between, sentence_subject, subject_before};
use crate::model::{Located, Span, Speaker, Statement, StatementKind};

/// Reported statements of the article that do not overlap the direct ones.
pub fn find(doc: &Doc, direct: &[Statement]) -> Vec<Statement> {
    let mut out = Vec::new();
    for pi in 0..doc.tokens.len() {
        let p = doc.para(pi);
        out.extend(label_claim(doc, &p));
        let mut start = 0;
        let headline = p.is_title_case(3);
        while start < p.toks.len() {
            let end = sentence_end(doc, &p, start);
            sentence_statements(doc, &p, (start, end), headline, &mut out);
            out.extend(characterizations(doc, &p, start, end));
            out.extend(questions_put(doc, &p, start, end));
            start = end;
        }
    }
    let index = SpanIndex::new(direct);
    // An empty claim is covered by any direct statement at all (as `covers_most` reads it).
    out.retain(|s: &Statement| {
        let covered = if s.span.is_empty() {
            !direct.is_empty()
        } else {
            index
                .overlapping(s.span)
                .any(|d| covers_most(d.span, s.span))
        };
        !covered
    });
    // "After Scalia said that …, Trump said: “…”": a reported claim ends where a quotation
    // attributed to someone else begins its attribution.
    for s in &mut out {
        let cut = index
            .starting_in(s.span.start + 1, s.span.end)
            .iter()
            .filter(|d| {
                s.span.start < d.span.start
                    && d.span.start < s.span.end
                    && d.speaker.name != s.speaker.name
            })
            .flat_map(|d| {
                [
                    Some(d.span.start),
                    d.cue.as_ref().map(|c| c.span.start),
                    d.speaker.mention.as_ref().map(|m| m.span.start),
                ]
            })
            .flatten()
            .filter(|&at| at > s.span.start)
            .min();
        if let Some(at) = cut {
            let kept = doc.text[s.span.start..at].trim_end_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '-')
            });
            s.span.end = s.span.start + kept.len();
            s.text = kept.to_string();
        }
    }
    out.retain(|s| s.text.split_whitespace().count() >= 2);
    out
}

/// Statements sorted by start, with the furthest end reached so far, so that the ones starting
/// in a range or overlapping a span are found without a scan of them all (an article of a
/// million quotations would otherwise take a million scans of a million).
pub(super) struct SpanIndex<'a> {
    by_start: Vec<&'a Statement>,
    /// `max_end[i]`: the largest end among `by_start[..=i]`.
    max_end: Vec<usize>,
}

impl<'a> SpanIndex<'a> {
    pub(super) fn new(statements: &'a [Statement]) -> SpanIndex<'a> {
        let mut by_start: Vec<&Statement> = statements.iter().collect();
        by_start.sort_by_key(|s| s.span.start);
        let max_end = by_start
            .iter()
            .scan(0, |end, s| {
                *end = s.span.end.max(*end);
                Some(*end)
            })
            .collect();
        SpanIndex { by_start, max_end }
    }

    /// The statements whose start is in `from..to`, by start.
    pub(super) fn starting_in(&self, from: usize, to: usize) -> &[&'a Statement] {
        let a = self.by_start.partition_point(|s| s.span.start < from);
        let b = self.by_start.partition_point(|s| s.span.start < to);
        &self.by_start[a..b.max(a)]
    }

    /// The statements sharing at least one byte with `span`, latest start first.
    pub(super) fn overlapping(&self, span: Span) -> impl Iterator<Item = &'a Statement> + '_ {
        let before_end = self.by_start.partition_point(|s| s.span.start < span.end);
        (0..before_end)
            .rev()
            // Past an index whose furthest end is at or before the span, nothing overlaps it.
            .take_while(move |&i| self.max_end[i] > span.start)
            .map(|i| self.by_start[i])
            .filter(move |s| s.span.end > span.start)
    }
}

/// "Trump: Cruz has a long way to go" (a headline), "TAPPER: Do you think …" (a transcript),
/// "Q: …" / "A: …": a paragraph opening with a speaker's label and a colon reports what follows.
fn label_claim(doc: &Doc, p: &Para) -> Option<Statement> {
    let colon = (1..p.toks.len().min(7)).find(|&k| p.is_punct(k, ':'))?;
    if p.quote(colon + 1).is_some() || colon + 1 >= p.toks.len() {
        return None;
    }
    let label_start = (0..colon)
        .rev()
        .take_while(|&k| p.is_cap(k) || is_connector_word(p.word(k)))
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
            let words = resolve::name_words(n.slice(p.text));
            resolve::canonical(&doc.cast, &words, n.start).is_some()
        });
    let named = matches!(m.kind, MentionKind::Name | MentionKind::Organization);
    if next != colon && !qa || !(qa || known || caps && named) {
        return None;
    }
    let content = clause_span(p, colon + 1, p.toks.len())?;
    let claim = Claim {
        cue: p.span(colon, colon),
        mention: Some(m),
        content,
        reported_by: None,
    };
    to_statement(doc, p, claim)
}

fn is_connector_word(w: &str) -> bool {
    matches!(w, "de" | "van" | "von" | "al" | "bin" | "of")
}

/// Verbs that put the speaker's own words on something: "called the plan “a disaster”".
const NAMING_VERBS: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "describe",
    "describes",
    "described",
    "describing",
    "dub",
    "dubs",
    "dubbed",
    "label",
    "labels",
    "labeled",
    "labelled",
    "brand",
    "brands",
    "branded",
    "term",
    "terms",
    "termed",
    "deem",
    "deems",
    "deemed",
    "accuse",
    "accuses",
    "accused",
    "accusing",
    "denounce",
    "denounces",
    "denounced",
    "denouncing",
    "dismiss",
    "dismisses",
    "dismissed",
    "dismissing",
    "blame",
    "blames",
    "blamed",
    "blaming",
    "mock",
    "mocks",
    "mocked",
    "mocking",
    "blast",
    "blasts",
    "blasted",
    "blasting",
    "slam",
    "slams",
    "slammed",
    "slamming",
    "deride",
    "derides",
    "derided",
    "deriding",
    "decry",
    "decries",
    "decried",
    "decrying",
    "condemn",
    "condemns",
    "condemned",
    "condemning",
    "ridicule",
    "ridicules",
    "ridiculed",
    "ridiculing",
    "praise",
    "praises",
    "praised",
    "praising",
    "hail",
    "hails",
    "hailed",
    "hailing",
    "tout",
    "touts",
    "touted",
    "touting",
    "criticize",
    "criticizes",
    "criticized",
    "criticizing",
    "characterize",
    "characterizes",
    "characterized",
    "characterizing",
    "portray",
    "portrays",
    "portrayed",
    "portraying",
    "refer",
    "refers",
    "referred",
    "referring",
    "cite",
    "cites",
    "cited",
    "citing",
    "credit",
    "credits",
    "credited",
    "crediting",
    "question",
    "questions",
    "questioned",
    "questioning",
    "pronounce",
    "pronounces",
    "pronounced",
    "pronouncing",
    "thank",
    "thanks",
    "thanked",
    "thanking",
];

/// Mixed statements of the form "X called Y “…”" / "X described Y as “…”": the quoted words
/// are the speaker's; the content is the quotation.
fn characterizations(doc: &Doc, p: &Para, start: usize, end: usize) -> Vec<Statement> {
    let mut out = Vec::new();
    for v in start..end {
        if !NAMING_VERBS.contains(&p.word(v).to_lowercase().as_str()) || negated(p, start, v) {
            continue;
        }
        // "called Clinton, his rival, an ISIS “co-founder”": commas may stand between.
        let quote_at = (v + 1..(v + 14).min(end))
            .take_while(|&k| {
                p.toks[k].kind == crate::parse::TokenKind::Word
                    || p.quote(k).is_some()
                    || p.is_punct(k, ',')
            })
            .find(|&k| p.quote(k).is_some());
        let Some(k) = quote_at else { continue };
        let Some(q) = p.quote(k) else { continue };
        let inner = doc.parsed.quotes[q].inner.slice(doc.text);
        // "mocked the so-called “deal”": a scare quote, not the speaker's words.
        if direct::is_title_like(inner) || p.word(k - 1).eq_ignore_ascii_case("so-called") {
            continue;
        }
        let gerund = p.word(v).ends_with("ing");
        let mention = if gerund {
            gerund_subject(p, start, v, &None)
        } else {
            subject_before(p, v, start)
                .or_else(|| coordinated_subject(p, start, v))
                .or_else(|| super::subject::postmodified_subject(p, start, v))
        };
        let Some(mention) = mention.filter(|m| !is_document(m, p)) else {
            continue;
        };
        let claim = Claim {
            cue: p.span(v, v),
            mention: Some(mention),
            content: p.span(v + 1, k),
            reported_by: None,
        };
        out.extend(to_statement(doc, p, claim).map(|s| Statement {
            kind: StatementKind::Mixed,
            ..s
        }));
    }
    out
}

/// "when asked by a reporter whether …": the question put to someone, as the asker's.
fn questions_put(doc: &Doc, p: &Para, start: usize, end: usize) -> Vec<Statement> {
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
            mention_after(p, v + 2).or_else(|| super::mention::loose_after(p, v + 2))
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
        let claim = Claim {
            cue: p.span(v, v),
            mention,
            content,
            reported_by: None,
        };
        out.extend(to_statement(doc, p, claim));
    }
    out
}

/// The token index one past the sentence that starts at `start`.
fn sentence_end(doc: &Doc, p: &Para, start: usize) -> usize {
    let s = doc.sentence_of(p.toks[start].span.start);
    // A quotation token belongs to the sentence its closing mark is in.
    let sentence_at_end = |k: usize| doc.sentence_of(p.toks[k].span.end.saturating_sub(1));
    let _ = s;
    (start + 1..p.toks.len())
        .find(|&k| doc.sentence_of(p.toks[k].span.start) != sentence_at_end(k - 1))
        .unwrap_or(p.toks.len())
}

fn covers_most(direct: Span, reported: Span) -> bool {
    let overlap = direct
        .end
        .min(reported.end)
        .saturating_sub(direct.start.max(reported.start));
    overlap * 2 >= reported.len()
}

/// A speech verb with its speaker and content, before it becomes a statement.
struct Claim {
    cue: Span,
    mention: Option<Mention>,
    content: Span,
    reported_by: Option<Mention>,
}

fn sentence_statements(
    doc: &Doc,
    p: &Para,
    (start, end): (usize, usize),
    headline: bool,
    out: &mut Vec<Statement>,
) {
    let according = according_to(p, start, end);
    let mut claims: Vec<Claim> = Vec::new();
    let mut last_subject: Option<Mention> = None;
    for k in start..end {
        // Any reporting verb with "that" reports speech ("grumbled that …").
        let with_that = p.word(k + 1) == "that";
        // A capitalised verb only opens a sentence or stands in a headline: "United States"
        // holds no verb.
        // "state Sen. Darren Soto": a base form before a title is no verb.
        let before_title = p.is_cap(k + 1) && lexicon::is_title(p.word(k + 1));
        let Some(c) = cue::lookup(p.word(k))
            .filter(|c| !(before_title && c.form == Form::Base))
            .filter(|_| p.is_lower(k) || k == start || headline)
            .filter(|c| is_speech_cue(c) || with_that && c.form != Form::Base)
        else {
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
            .filter(|t| t.content.start == p.toks[start].span.start);
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
            if let Some(prev) = claims.last_mut() {
                // "A, but officials said B": A ends before the new subject and its connector.
                let from = claim
                    .mention
                    .as_ref()
                    .filter(|m| {
                        m.span.start > prev.content.start && m.span.start < p.toks[k].span.start
                    })
                    .map_or(k, |m| {
                        p.toks.partition_point(|t| t.span.start < m.span.start)
                    });
                prev.content.end = prev.content.end.min(trim_before(doc.text, p, from));
            }
            claims.push(claim);
        }
    }
    match according {
        // "CLAUSE, according to X": the whole clause is X's, whatever verbs it holds.
        Some((cue, m, content, false)) => {
            claims = vec![Claim {
                cue,
                mention: Some(m),
                content,
                reported_by: None,
            }];
        }
        Some((cue, m, content, true)) if claims.is_empty() => {
            claims.push(Claim {
                cue,
                mention: Some(m),
                content,
                reported_by: None,
            });
        }
        // "According to X, Y emphasized …": Y's claim, reported by X.
        Some((_, m, _, true)) => claims
            .iter_mut()
            .for_each(|c| c.reported_by = Some(m.clone())),
        None => {}
    }
    out.extend(claims.into_iter().filter_map(|c| to_statement(doc, p, c)));
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
    let claim = claim_at(p, start, end, v, form, last)?;
    let m = claim.mention.as_ref()?;
    let at = p.toks.partition_point(|t| t.span.start < m.span.start);
    let joined = at.checked_sub(1).is_some_and(|b| {
        matches!(
            p.word(b),
            "but" | "while" | "whereas" | "yet" | "though" | "although" | "and" | "as"
        ) || p.is_punct(b, ';')
    });
    joined.then_some(claim)
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
    Some(Claim {
        cue: p.span(v, v),
        mention: Some(mention),
        content,
        reported_by: None,
    })
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
    let end = p.toks.get(j).map_or(text.len(), |t| t.span.start);
    text[..end].trim_end().len()
}

/// "According to X, CLAUSE" or "CLAUSE, according to X": (cue, X, CLAUSE).
fn according_to(p: &Para, start: usize, end: usize) -> Option<(Span, Mention, Span, bool)> {
    let a = (start..end)
        .find(|&k| p.word(k).eq_ignore_ascii_case("according") && p.word(k + 1) == "to")?;
    let (m, after) = source_after(p, a + 2, end)?;
    let cue = p.span(a, a + 1);
    let opens =
        a == start || (a == start + 1 && matches!(p.word(start), "But" | "And" | "Yet" | "So"));
    if opens && p.is_punct(after, ',') {
        let content = clause_span(p, after + 1, end)?;
        return Some((cue, m, content, true));
    }
    if a > start + 2 && p.is_punct(a - 1, ',') {
        // "CLAUSE, according to X." — or mid-sentence "A, according to X, B": the sentence.
        let to = if p.is_punct(after, ',') && after + 1 < end {
            end
        } else {
            a - 1
        };
        let content = clause_span(p, start, to)?;
        return Some((cue, m, content, false));
    }
    None
}

/// The source after "according to": a mention, else the words up to the next comma or the
/// end ("figures her campaign released Friday"), as an organisation or an anonymous source.
fn source_after(p: &Para, from: usize, end: usize) -> Option<(Mention, usize)> {
    if let Some(found) =
        mention_after(p, from).filter(|(_, next)| *next >= end || p.is_any_punct(*next))
    {
        return Some(found);
    }
    let stop = (from..end)
        .find(|&k| p.is_punct(k, ',') || p.is_punct(k, '.') || p.is_punct(k, ';'))
        .unwrap_or(end);
    if stop <= from || stop - from > 14 {
        return None;
    }
    // "a senior adviser who requested anonymity": the phrase ends before its relative clause;
    // "an interview his brother Alastair Osman gave": a full name inside it is the source.
    let phrase_end = (from..stop)
        .find(|&k| matches!(p.word(k), "who" | "which" | "that" | "whose"))
        .unwrap_or(stop);
    if let Some(name) = (from..phrase_end).filter(|&k| p.is_cap(k)).find_map(|k| {
        let (m, _) = mention_after(p, k)?;
        let full = m.name.is_some_and(|n| n.slice(p.text).contains(' '));
        (m.kind == MentionKind::Name && full && k > from).then_some(m)
    }) {
        return Some((name, stop));
    }
    let head = (from..phrase_end)
        .rev()
        .find(|&k| p.toks[k].kind == crate::parse::TokenKind::Word)?;
    let m = super::mention::phrase(p, from, head, head);
    Some((m, stop))
}

/// The span of tokens `[from, to)` without a final sentence period; None when under 3 words.
fn clause_span(p: &Para, from: usize, to: usize) -> Option<Span> {
    let mut to = predicate_end(p, from, to);
    while to > from && p.is_any_punct(to - 1) && !p.is_punct(to - 1, ')') {
        to -= 1;
    }
    let words = (from..to).filter(|&k| !p.is_any_punct(k)).count();
    (words >= 2).then(|| p.span(from, to - 1))
}

/// "the U.S. is still assisting Ukraine but criticized the Biden administration": a second
/// predicate of the speaker ("but" or "and" then a past-tense verb with no subject) ends the
/// reported content.
fn predicate_end(p: &Para, from: usize, to: usize) -> usize {
    (from + 3..to.saturating_sub(1))
        .find(|&k| {
            let next = p.word(k + 1);
            p.word(k) == "but"
                && p.is_lower(k + 1)
                && next.len() > 4
                && !next.contains('-')
                && (next.ends_with("ed") || cue::lookup(next).is_some_and(|c| c.form == Form::Past))
        })
        .unwrap_or(to)
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "per" | "by" | "from" | "to" | "of" | "in" | "on" | "at" | "with" | "for" | "via"
    )
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
        return group.map(|m| Claim {
            cue: p.span(v, v),
            mention: Some(m),
            content,
            reported_by: None,
        });
    }
    // CLAUSE, X said.   /   CLAUSE, said X.
    if let Some(claim) = trailing(p, start, end, v) {
        return Some(claim);
    }
    // "The golf industry, she said, is doing better": the whole sentence is the claim.
    if let Some(claim) = parenthetical(p, start, end, v) {
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
            .or_else(|| super::subject::postmodified_subject(p, start, v)),
    }?;
    if is_document(&mention, p)
        || (lexicon::is_noun_like(p.word(v)) && !firm_subject(p, &mention, start, v))
    {
        return None;
    }
    if follows_quote(p, &mention) && !clause_follows(p, v, end)
        || (form == Form::Base && !base_form_ok(p, start, v, &mention))
    {
        // “…,” he explained with a smile: the cue belongs to the quotation before it.
        return None;
    }
    let from = content_start(p, v, end)?;
    let content = clause_span(p, from, end)?;
    if p.quote(from).is_some() && content.end == p.toks[from].span.end {
        return None;
    }
    Some(Claim {
        cue: p.span(v, v),
        mention: Some(mention),
        content,
        reported_by: None,
    })
}

/// "Residents who spoke with the Courier said …": a relative clause with no commas between the
/// subject and its verb; the noun before "who" speaks, not the clause's object.
fn relative_clause_head(p: &Para, start: usize, v: usize) -> Option<Mention> {
    let who = (start + 1..v)
        .rev()
        .take_while(|&k| !p.is_any_punct(k) && p.quote(k).is_none())
        .find(|&k| {
            let w = p.word(k).to_lowercase();
            w == "who"
                || ["who’d", "who'd", "who’ve", "who've", "who’ll", "who'll"].contains(&w.as_str())
        })?;
    // The clause needs a verb of its own: in "hackers who U.S. officials say are tied to …"
    // the officials speak.
    let opens_with_verb = p.is_lower(who + 1)
        && !is_determiner_word(p.word(who + 1))
        && !lexicon::is_pronoun(p.word(who + 1));
    let own_verb = opens_with_verb
        || (who + 1..v).any(|k| {
            let w = p.word(k);
            p.is_lower(k)
                && (w.ends_with("ed")
                    || cue::lookup(w).is_some()
                    || matches!(w, "is" | "was" | "are" | "were" | "has" | "have" | "had"))
        });
    if !own_verb {
        return None;
    }
    bare_group_at(p, start, who - 1)
        .filter(|_| p.is_lower(who - 1))
        .or_else(|| mention_before(p, who - 1).map(|(m, _)| m))
}

/// "A, X said, B": an attribution set off by commas inside the sentence it reports.
fn parenthetical(p: &Para, start: usize, end: usize, v: usize) -> Option<Claim> {
    if !p.is_punct(v + 1, ',')
        || !matches!(cue::lookup(p.word(v))?.form, Form::Past | Form::Present)
    {
        return None;
    }
    let (m, ms) = mention_before(p, v.checked_sub(1)?)?;
    // Quoted words inside the clauses make the sentence mixed; a quotation right before the
    // attribution, or opening the sentence, is a direct quote split by its cue.
    let quoted = p.quote(start).is_some()
        || ms >= 2 && p.quote(ms - 2).is_some()
        || p.quote(v + 2).is_some();
    let question = matches!(
        p.word(start),
        "Asked" | "Pressed" | "Questioned" | "When" | "If"
    );
    if ms <= start + 1 || !p.is_punct(ms - 1, ',') || quoted || question {
        return None;
    }
    let content = clause_span(p, start, end)?;
    Some(Claim {
        cue: p.span(v, v),
        mention: Some(m),
        content,
        reported_by: None,
    })
}

/// "Abortion rights advocates said", "One in three said", "police said": an unnamed group
/// right before a verb of saying.
fn bare_group(p: &Para, start: usize, v: usize) -> Option<Mention> {
    let lemma = cue::lookup(p.word(v))?.lemma;
    if !matches!(
        lemma,
        "say" | "tell" | "argue" | "warn" | "insist" | "claim" | "predict" | "add"
    ) {
        return None;
    }
    let last = v.checked_sub(1).filter(|&k| k >= start)?;
    let w = p.word(last).to_lowercase();
    let is_word = p.toks[last].kind == crate::parse::TokenKind::Word;
    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && is_word;
    let counted = w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty();
    // "Those surveyed said", "voters polled said".
    let polled = matches!(
        w.as_str(),
        "surveyed" | "polled" | "interviewed" | "questioned"
    ) && last > start
        && (p.word(last - 1).eq_ignore_ascii_case("those") || p.word(last - 1).ends_with('s'));
    let group = plural || counted || polled || GROUP_WORDS.contains(&w.as_str());
    // "78 percent of voters in a recent CBS News poll said": a share of people answering.
    let phrase_start = (last.saturating_sub(12).max(start)..=last).find(|&k| {
        (k..=last).all(|j| {
            p.toks[j].kind == crate::parse::TokenKind::Word && cue::lookup(p.word(j)).is_none()
        })
    })?;
    let share = (phrase_start..=last).any(|k| {
        matches!(p.word(k), "percent" | "%")
            || p.word(k) == "in"
                && k.checked_sub(1)
                    .is_some_and(|b| p.word(b).parse::<u32>().is_ok())
            || is_number_word(p.word(k)) && p.word(k + 1) == "in"
    });
    if !(group || share) || lexicon::is_pronoun(&w) {
        return None;
    }
    let first = if share {
        phrase_start
    } else {
        group_start(p, phrase_start, last)
    };
    Some(super::mention::phrase(p, first, last, last))
}

/// A plural noun phrase ending at token `last` ("the 30 percent of voters"), as a group.
fn bare_group_at(p: &Para, start: usize, last: usize) -> Option<Mention> {
    let w = p.word(last).to_lowercase();
    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && p.is_lower(last);
    if !plural && !GROUP_WORDS.contains(&w.as_str()) {
        return None;
    }
    let first = group_start(p, start, last);
    Some(super::mention::phrase(p, first, last, last))
}

/// Where a group's noun phrase ending at `last` starts: back over up to four lowercase
/// modifiers, through a determiner, never over a verb or an adverb ("rebuked critics").
fn group_start(p: &Para, start: usize, last: usize) -> usize {
    let mut first = last;
    while first > start && first + 4 > last {
        let k = first - 1;
        let w = p.word(k).to_lowercase();
        if is_determiner_word(&w) {
            return k;
        }
        let word = p.toks[k].kind == crate::parse::TokenKind::Word;
        let opener = p.is_cap(k) && lexicon::is_not_name(&w);
        let verbal = w.ends_with("ed") || w.ends_with("ly") || cue::lookup(&w).is_some();
        let function = is_preposition(&w)
            || matches!(w.as_str(), "and" | "or" | "but" | "who" | "that" | "which");
        if !word || opener || verbal || function {
            break;
        }
        first = k;
    }
    first
}

/// A plural that names people ("residents", "critics", "protesters"), not things ("remarks",
/// "years").
fn is_people_plural(w: &str) -> bool {
    let w = w.to_lowercase();
    GROUP_WORDS.contains(&w.as_str())
        || [
            "ers", "ents", "ists", "ans", "ics", "als", "ees", "ors", "ives",
        ]
        .iter()
        .any(|s| w.ends_with(s))
        || w.strip_suffix('s').is_some_and(lexicon::is_role_noun)
}

fn is_determiner_word(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "some" | "many" | "most" | "several" | "other" | "these" | "those"
    )
}

/// Words naming a group that can say things together.
const GROUP_WORDS: &[&str] = &[
    "police",
    "people",
    "staff",
    "percent",
    "half",
    "most",
    "many",
    "others",
    "some",
    "majority",
    "minority",
    "public",
    "electorate",
    "everyone",
    "few",
    "several",
    "both",
];

fn is_number_word(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

/// True when the subject comes straight after a quotation (“…,” she said …): that cue
/// attributes the quotation, and the words after it are no reported content.
fn follows_quote(p: &Para, m: &Mention) -> bool {
    let at = p.toks.partition_point(|t| t.span.start < m.span.start);
    let before = at.checked_sub(1);
    let before = match before {
        Some(b) if p.is_punct(b, ',') => b.checked_sub(1),
        other => other,
    };
    before.is_some_and(|b| p.quote(b).is_some())
}

/// True when a real clause follows the cue at `v`: "that …", or six words or more opening with
/// a subject (a pronoun, a determiner or a name), not a phrase like "with a smile".
fn clause_follows(p: &Para, v: usize, end: usize) -> bool {
    let Some(k) = content_start(p, v, end) else {
        return false;
    };
    if k > v + 1 && p.word(k - 1) == "that" {
        return true;
    }
    let w = p.word(k);
    let subject = lexicon::is_pronoun(w) && !matches!(w, "it" | "you")
        || matches!(
            w.to_lowercase().as_str(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its"
        )
        || p.is_cap(k);
    let words = (k..end)
        .filter(|&j| p.toks[j].kind == crate::parse::TokenKind::Word)
        .count();
    subject && words >= 6
}

/// A bare verb form reports speech only after "to", a modal or an auxiliary ("will say",
/// "to tell"), or with a plural or first-person subject ("officials say", "they claim").
fn base_form_ok(p: &Para, start: usize, v: usize, m: &Mention) -> bool {
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
        || text.ends_with('s') && !text.ends_with("ss");
    aux || plural
}

/// Who a participle's speech belongs to: "featuring Hispanics telling …" (the noun right
/// before it), "a Chinese official said, adding …" (the sentence's last speaker), else the
/// sentence's subject.
fn gerund_subject(p: &Para, start: usize, v: usize, last: &Option<Mention>) -> Option<Mention> {
    let prev = v.checked_sub(1).filter(|&k| k >= start)?;
    if matches!(p.word(prev), "was" | "is" | "were" | "are" | "been" | "be") {
        // "Trump was saying …": the subject of the auxiliary.
        return subject_before(p, prev, start).or_else(|| sentence_subject(p, start, v));
    }
    // "The ad showed residents telling …": the group of people right before the participle.
    if p.is_lower(prev)
        && is_people_plural(p.word(prev))
        && let Some(group) = bare_group_at(p, start, prev)
        && !after_preposition(p, group.span.start)
    {
        return Some(group);
    }
    if !p.is_any_punct(prev)
        && let Some((m, _)) = mention_before(p, prev)
            .filter(|(m, _)| matches!(m.kind, MentionKind::Name | MentionKind::Descriptor))
            .filter(|(m, _)| !after_preposition(p, m.span.start))
    {
        return Some(m);
    }
    // "…, Fiorina said, adding that …": the speaker of the sentence's last finite verb of saying.
    let said = (start..v).rev().find(|&k| {
        p.is_lower(k)
            && cue::lookup(p.word(k)).is_some_and(|c| matches!(c.form, Form::Past | Form::Present))
    });
    said.and_then(|k| subject_before(p, k, start))
        .or_else(|| last.clone().filter(|m| m.span.end <= p.toks[v].span.start))
        .or_else(|| super::subject::clause_subject(p, start, v))
}

/// True when the token starting at byte `at` follows a preposition ("a pitch to New York
/// voters saying …": the voters are spoken to).
fn after_preposition(p: &Para, at: usize) -> bool {
    let k = p.toks.partition_point(|t| t.span.start < at);
    k > 0 && (is_preposition(p.word(k - 1)) || matches!(p.word(k - 1), "among" | "toward"))
}

/// True when "not", "never" or a negative contraction stands before the verb at `v`.
fn negated(p: &Para, start: usize, v: usize) -> bool {
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
    let adjacent = v > 0 && p.toks[v - 1].span.end == m.span.end;
    let one_word = !m.span.slice(p.text).contains(char::is_whitespace);
    let sentence_initial = p
        .toks
        .get(start)
        .is_some_and(|t| t.span.start == m.span.start);
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

/// "CLAUSE, X said." / "CLAUSE, said X." / "CLAUSE, library director X said in a statement."
/// / "CLAUSE,” X told Y.": the cue ends the sentence but for a short tail.
fn trailing(p: &Para, start: usize, end: usize, v: usize) -> Option<Claim> {
    let before = v.checked_sub(1)?;
    let (m, content_end, after) = if p.is_punct(before, ',') || ends_with_comma_quote(p, before) {
        // "CLAUSE, said X, an adviser." / "… may be “strategic,” said X." / "…, said
        // strategist Dan Axel, …": a role word before the name is its title.
        let (m, next) = mention_after(p, v + 1)?;
        let (m, next) = match mention_after(p, next) {
            Some((name, after))
                if m.kind == MentionKind::Descriptor
                    && name.kind == MentionKind::Name
                    && p.is_lower(v + 1) =>
            {
                (name, after)
            }
            _ => (m, next),
        };
        // "…, said the bureau's director, James Comey, on Monday.": the name in apposition.
        let (m, next) = match mention_after(p, next + 1) {
            Some((name, after))
                if m.kind == MentionKind::Descriptor
                    && p.is_punct(next, ',')
                    && name.kind == MentionKind::Name
                    && (after >= end || p.is_any_punct(after)) =>
            {
                (name, after)
            }
            _ => (m, next),
        };
        let content_end = if p.quote(before).is_some() { v } else { before };
        (m, content_end, next)
    } else {
        let (m, ms) = mention_before(p, before)?;
        let comma = (ms.saturating_sub(5).max(start)..ms)
            .rev()
            .find(|&k| !p.is_lower(k) || is_preposition(p.word(k)))?;
        if (comma + 1..ms).any(|k| matches!(p.word(k), "and" | "but" | "or" | "nor")) {
            // "…, and Mr. Dalby agreed to it": a second clause, not an attribution.
            return None;
        }
        let ends_clause = p.is_punct(comma, ',') || ends_with_comma_quote(p, comma);
        if !ends_clause || (comma + 1..ms).any(|k| cue::lookup(p.word(k)).is_some()) {
            return None;
        }
        let content_end = if p.quote(comma).is_some() {
            comma + 1
        } else {
            comma
        };
        (m, content_end, v + 1)
    };
    let quote_follows = (v + 1..end).any(|k| p.quote(k).is_some());
    let question = matches!(
        p.word(start),
        "Asked"
            | "Pressed"
            | "Questioned"
            | "Speaking"
            | "When"
            | "As"
            | "After"
            | "Before"
            | "While"
            | "At"
            | "In"
            | "On"
            | "During"
            | "Following"
            | "Earlier"
            | "Later"
            | "According"
            | "Under"
            | "For"
            | "With"
            | "From"
            | "By"
            | "Despite"
            | "Like"
    );
    // A sentence that is only a quotation and its cue is a direct quote, handled there; quoted
    // words inside the clause make it mixed (“We teach nothing” against anyone, he said).
    let only_quote = p.quote(start).is_some() && content_end <= start + 2;
    if quote_follows || question || content_end <= start || only_quote {
        return None;
    }
    if !is_tail(p, v, after, end) {
        return None;
    }
    let content = clause_span(p, start, content_end)?;
    // "Last month, X asked Y whether …": a time is no claim.
    let only_time = crate::parse::date::find_time_expressions(content.slice(p.text))
        .first()
        .is_some_and(|e| e.start == 0 && e.end + 1 >= content.len());
    if only_time {
        return None;
    }
    Some(Claim {
        cue: p.span(v, v),
        mention: Some(m),
        content,
        reported_by: None,
    })
}

/// True when token `k` is a quotation whose last words end with a comma (“…,”).
fn ends_with_comma_quote(p: &Para, k: usize) -> bool {
    p.quote(k).is_some()
        && p.span(k, k)
            .slice(p.text)
            .trim_end_matches(['”', '"', '’'])
            .ends_with(',')
}

/// True when what follows a trailing cue is only a tail: nothing, punctuation, a time, a
/// place or manner phrase ("in a statement", "on Thursday"), or the object of "told".
fn is_tail(p: &Para, v: usize, after: usize, end: usize) -> bool {
    if after >= end {
        return true;
    }
    if p.is_punct(after, ',') {
        // "…, X said, adding that …" ends the attribution; "A, X said, is B" is a
        // parenthetical inside the claim, not a trailing cue.
        let next = p.word(after + 1);
        // "…, said Ann Link, the group's director.": an appositive of the speaker.
        let appositive = matches!(
            next.to_lowercase().as_str(),
            "a" | "an" | "the" | "his" | "her" | "their" | "its"
        ) || next.ends_with("’s")
            || next.ends_with("'s")
            || p.is_cap(after + 1) && !lexicon::is_not_name(next)
            || next.chars().all(|c| c.is_ascii_digit()) && !next.is_empty();
        return after + 1 >= end
            || appositive && !(after + 1..end).any(|k| p.word(k) == "that")
            || cue::lookup(next).is_some_and(|c| c.form == Form::Gerund)
            || matches!(
                next,
                "who" | "according" | "in" | "on" | "at" | "during" | "citing" | "referring"
            )
            || !crate::parse::date::find_time_expressions(next).is_empty();
    }
    if p.is_any_punct(after) {
        // A colon introduces content; a final stop ends the attribution.
        return !p.is_punct(after, ':');
    }
    let w = p.word(after).to_lowercase();
    let told = cue::lookup(p.word(v)).is_some_and(|c| cue::takes_object(c.lemma));
    matches!(
        w.as_str(),
        "in" | "on"
            | "at"
            | "during"
            | "to"
            | "with"
            | "after"
            | "before"
            | "from"
            | "last"
            | "this"
            | "earlier"
            | "later"
            | "recently"
            | "afterward"
            | "then"
    ) || !crate::parse::date::find_time_expressions(p.word(after)).is_empty()
        || (told
            && (mention_after(p, after).is_some()
                || short_object(p, after, end)
                || is_hearer(p.word(after)) && (after + 1 >= end || p.is_any_punct(after + 1))))
}

/// Who "told" is said to ("told reporters", "told supporters").
fn is_hearer(w: &str) -> bool {
    matches!(
        w,
        "me" | "him"
            | "her"
            | "us"
            | "them"
            | "you"
            | "reporters"
            | "journalists"
            | "voters"
            | "supporters"
            | "lawmakers"
            | "members"
            | "audiences"
            | "listeners"
            | "viewers"
            | "donors"
    )
}

/// "… told the crowd." / "… told a local radio station on Friday.": a determiner and at most
/// four words, then the end of the sentence or a time or place phrase with no "that" after
/// it, are the object of "told", not its content.
fn short_object(p: &Para, from: usize, end: usize) -> bool {
    let det = p.word(from).to_lowercase();
    if !matches!(
        det.as_str(),
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my"
    ) {
        return false;
    }
    let stops = |k: usize| matches!(p.word(k), "on" | "in" | "at" | "during" | "last" | "this");
    let mut k = from + 1;
    while k < end && k <= from + 4 && !p.is_any_punct(k) && !stops(k) {
        k += 1;
    }
    if k == from + 1 {
        return false;
    }
    k >= end
        || (p.is_any_punct(k) && !p.is_punct(k, ':'))
        || (stops(k) && (k..end).all(|j| p.word(j) != "that"))
}

/// "… — but reiterated that B": a verb with no subject of its own shares the previous one's.
fn coordinated(p: &Para, start: usize, v: usize, last: &Option<Mention>) -> Option<Mention> {
    let mut s = v.checked_sub(1)?;
    while s > start && is_between(p, s) {
        s -= 1;
    }
    let joined = matches!(p.word(s).to_lowercase().as_str(), "but" | "and") || p.is_punct(s, '—');
    joined.then(|| last.clone()).flatten()
}

fn is_document(m: &Mention, p: &Para) -> bool {
    let head = m.head.as_deref().unwrap_or_else(|| m.span.slice(p.text));
    m.kind != MentionKind::Name && m.kind != MentionKind::Pronoun && lexicon::is_document_noun(head)
}

/// Where the content begins after the cue at `v`: after an object ("told reporters"), time or
/// place phrases ("on Thursday", "in a statement"), and at "that" when there is one.
fn content_start(p: &Para, v: usize, end: usize) -> Option<usize> {
    let lemma = cue::lookup(p.word(v))?.lemma;
    let window =
        (v + 1..(v + 10).min(end)).take_while(|&k| p.quote(k).is_none() && !p.is_punct(k, '.'));
    if let Some(that) = window.clone().find(|&k| p.word(k) == "that") {
        // "said in her opening remarks that": a noun among the words is no second verb.
        let between_ok = (v + 1..that).all(|k| {
            let verb = cue::lookup(p.word(k)).is_some_and(|c| c.strength == Strength::Speech);
            let noun = lexicon::is_noun_like(p.word(k))
                || k > v + 1
                    && matches!(
                        p.word(k - 1),
                        "her"
                            | "his"
                            | "their"
                            | "its"
                            | "the"
                            | "a"
                            | "an"
                            | "opening"
                            | "closing"
                    );
            !verb || noun
        });
        // "said the areas of the network that were hacked …": after a noun phrase opening the
        // content, "that" is relative, not the complementizer (but "told the panel that" is).
        let noun_first = matches!(
            p.word(v + 1),
            "the" | "a" | "an" | "this" | "these" | "those" | "his" | "her" | "their" | "its"
        ) && !cue::takes_object(lemma)
            && that > v + 2
            && !is_time_phrase(p, v + 1, that);
        if between_ok && !noun_first {
            // The content starts after the complementizer: what was said, not "that".
            return Some(that + 1);
        }
    }
    let mut k = v + 1;
    if cue::takes_object(lemma) {
        let object_word = is_hearer(p.word(k));
        if object_word {
            k += 1;
        } else if let Some((_, next)) = mention_after(p, k).filter(|(m, _)| {
            m.kind != MentionKind::Descriptor
                || m.head.as_deref().is_some_and(lexicon::is_role_noun)
        }) {
            k = next;
        }
    }
    while k < end && (is_between(p, k) || p.is_punct(k, ',')) {
        k = skip_time(p, k, end).max(k + 1);
    }
    if matches!(p.word(k), "in" | "on" | "at" | "during") {
        // "wrote in both listings he was …": without a comma, the content starts at the
        // pronoun that opens its clause.
        let comma = (k..(k + 8).min(end)).find(|&i| p.is_punct(i, ','));
        let pronoun = (k + 1..(k + 7).min(end))
            .find(|&i| matches!(p.word(i), "he" | "she" | "they" | "it" | "we" | "I"));
        k = match (comma, pronoun) {
            (Some(c), Some(pr)) => c.min(pr - 1),
            (c, pr) => c.or(pr.map(|i| i - 1))?,
        } + 1;
    }
    // "he said of the claim …" is about something, not a report of what was said; "said
    // after the vote" is when, not what.
    // "asked for the meeting", "agreed to it": a request or consent, not what was said.
    let request = matches!(
        lemma,
        "ask" | "agree" | "promise" | "vow" | "pledge" | "urge"
    ) && matches!(p.word(k), "for" | "with")
        || matches!(lemma, "ask" | "agree") && p.word(k) == "to";
    let first = p.word(k);
    let amount = first == "about"
        && p.word(k + 1)
            .starts_with(|c: char| c.is_ascii_digit() || c == 'h');
    let about = request || !amount && NOT_CONTENT.contains(&first);
    (k < end && !about).then_some(k)
}

/// True when tokens `[from, to)` are one time expression ("this week", "last month").
fn is_time_phrase(p: &Para, from: usize, to: usize) -> bool {
    let span = p.span(from, to - 1);
    crate::parse::date::find_time_expressions(span.slice(p.text))
        .iter()
        .any(|e| e.start == 0 && e.end == span.len())
}

/// Words that cannot open reported content: what follows them is about something, or says
/// when or how, not what was said ("said of the claim", "said after the vote").
const NOT_CONTENT: &[&str] = &[
    "of",
    "about",
    "nothing",
    "after",
    "before",
    "while",
    "when",
    "as",
    "following",
    "over",
    "against",
    "from",
    "until",
    "since",
    "upon",
    "through",
    "via",
    "by",
    "with",
];

/// The token after a time expression starting at token `k` ("Wednesday morning"), or `k`.
fn skip_time(p: &Para, k: usize, end: usize) -> usize {
    let Some(tok) = p.toks.get(k) else { return k };
    let limit = p
        .toks
        .get(end.saturating_sub(1))
        .map_or(tok.span.end, |t| t.span.end);
    let rest = p.text.get(tok.span.start..limit).unwrap_or("");
    match crate::parse::date::find_time_expressions(rest).first() {
        Some(e) if e.start == 0 => (k..end)
            .find(|&j| p.toks[j].span.start >= tok.span.start + e.end)
            .unwrap_or(end),
        _ => k,
    }
}

fn to_statement(doc: &Doc, p: &Para, c: Claim) -> Option<Statement> {
    if c.content.is_empty() {
        return None;
    }
    let cue_word = c.cue.slice(doc.text);
    let capitalised = cue_word.starts_with(char::is_uppercase);
    // Sentences are in text order: find the one starting at the cue, if any, by halving.
    let sentences = &doc.parsed.sentences;
    let at = sentences.partition_point(|s| s.span.start < c.cue.start);
    let sentence_initial = sentences
        .get(at)
        .is_some_and(|s| s.span.start == c.cue.start);
    if capitalised && !sentence_initial {
        // Headline case ("Kasich Just Revealed The 1 Thing"): only a known person's verb.
        let known = c.mention.as_ref().is_some_and(|m| {
            m.kind == MentionKind::Name
                && m.name.is_some_and(|n| {
                    resolve::canonical(&doc.cast, &resolve::name_words(n.slice(p.text)), n.start)
                        .is_some()
                })
        });
        if !known {
            return None;
        }
    }
    let sentence = doc.sentence_of(c.cue.start);
    let speaker = match &c.mention {
        Some(m) => resolve::speaker_for(&doc.cast, doc.text, m, sentence),
        None => Speaker::unknown(None),
    };
    // Tokens are in text order: only those from the content's start can lie inside it.
    let first = p.toks.partition_point(|t| t.span.start < c.content.start);
    let inside = p.toks[first..]
        .iter()
        .take_while(|t| t.span.start < c.content.end);
    let has_quote = inside
        .enumerate()
        .map(|(k, t)| (first + k, t))
        .any(|(k, t)| {
            p.quote(k).is_some_and(|q| {
                let quote = &doc.parsed.quotes[q];
                let inner = quote.inner.slice(doc.text);
                quote.marks == crate::parse::Marks::Double
                    && c.content.contains(t.span)
                    && !direct::in_title_position(p, k)
                    && !direct::is_title_like(inner)
            })
        });
    let kind = if has_quote {
        StatementKind::Mixed
    } else {
        StatementKind::Indirect
    };
    let reported_by = c
        .reported_by
        .as_ref()
        .map(|m| resolve::speaker_for(&doc.cast, doc.text, m, sentence))
        .and_then(|s| s.name);
    Some(Statement {
        kind,
        span: c.content,
        text: c.content.slice(doc.text).to_string(),
        speaker,
        cue: Some(Located::from_span(doc.text, c.cue)),
        said_on: None,
        reported_by,
        group: None,
    })
}
