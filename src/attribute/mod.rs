//! Attribution: from sentences and quotation spans to statements with speaker, cue and date.
//!
//! Pure functions, no IO. `attribute` runs the stages in order:
//! 1. tokens per paragraph (quotations as single tokens) and the article's cast of people
//!    (`resolve.rs`);
//! 2. direct quotations and their cues (`direct.rs`), speakers chosen in `resolve.rs`;
//! 3. reported speech without quotation marks (`reported.rs`);
//! 4. quotations no pattern claimed, kept with the loosest speaker rules (`unclaimed_quotes`);
//! 5. the date each statement was made (`dating.rs`).

pub mod cue;
pub mod dating;
pub mod direct;
pub mod lexicon;
pub mod mention;
pub mod reported;
pub mod resolve;
pub mod subject;

use chrono::NaiveDate;

use crate::model::{Located, Span, Speaker, SpeakerKind, Statement, StatementKind};
use crate::parse::{Marks, Parsed, Quote, Token, TokenKind};
use direct::{Attribution, Rule};
use mention::{MentionKind, Para};
use resolve::Cast;

/// One article's text with everything the attribution stages share.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The article body.
    pub text: &'a str,
    /// Paragraphs, sentences and quotations.
    pub parsed: &'a Parsed,
    /// Tokens of each paragraph.
    pub tokens: Vec<Vec<Token>>,
    /// The people the article names.
    pub cast: Cast,
    sentence_starts: Vec<usize>,
}

impl<'a> Doc<'a> {
    /// Tokenizes the article and collects its cast.
    pub fn new(text: &'a str, parsed: &'a Parsed) -> Doc<'a> {
        let tokens = parsed
            .paragraphs
            .iter()
            .map(|para| parsed.paragraph_tokens(text, *para))
            .collect();
        let sentence_starts = parsed.sentences.iter().map(|s| s.span.start).collect();
        let mut doc = Doc {
            text,
            parsed,
            tokens,
            cast: Cast::default(),
            sentence_starts,
        };
        doc.build_cast(&[]);
        doc
    }

    /// Index of the sentence containing byte `pos`.
    pub fn sentence_of(&self, pos: usize) -> usize {
        self.sentence_starts
            .partition_point(|&s| s <= pos)
            .saturating_sub(1)
    }

    /// The paragraph `i` as a token view.
    pub fn para(&self, i: usize) -> Para<'_> {
        Para {
            text: self.text,
            toks: self.tokens.get(i).map_or(&[], Vec::as_slice),
        }
    }

    /// Collects the cast: people named in the article, plus `speakers` (names that a reporting
    /// verb showed to be people, found by a first attribution pass).
    fn build_cast(&mut self, speakers: &[String]) {
        let mut cast = Cast::default();
        for name in speakers {
            cast.add(name, Vec::new(), 0);
        }
        let sentence_of = |pos| self.sentence_of(pos);
        for i in 0..self.tokens.len() {
            resolve::collect_people(&mut cast, &self.para(i), &sentence_of);
        }
        // A second pass records surname mentions that come before the full name.
        cast.mentions.clear();
        for i in 0..self.tokens.len() {
            resolve::collect_people(&mut cast, &self.para(i), &sentence_of);
        }
        for i in 0..self.tokens.len() {
            resolve::vote_genders(&mut cast, &self.para(i), &sentence_of);
        }
        cast.settle_genders();
        // Chains of "he"/"she" outside quotations: each pronoun becomes a mention of the person
        // it refers to, so the next pronoun can reach that person however long the chain.
        for i in 0..self.tokens.len() {
            resolve::chain_pronouns(&mut cast, &self.para(i), &sentence_of);
        }
        self.cast = cast;
    }
}

/// Finds every statement in an article body, in text order.
pub fn attribute(text: &str, parsed: &Parsed, published: Option<NaiveDate>) -> Vec<Statement> {
    let mut doc = Doc::new(text, parsed);
    let mut statements = statements(&doc);
    // Speakers named only where they speak ("said Ann Ruiz, 45, a nurse") join the cast, so
    // later pronouns can find them; then attribution runs again with the fuller cast.
    let learned: Vec<String> = statements
        .iter()
        .filter(|s| s.speaker.kind == SpeakerKind::Person && s.speaker.aliases.is_empty())
        // A full name with a lowercase cue: "United" before "States" is no one to learn.
        .filter(|s| {
            s.cue
                .as_ref()
                .is_some_and(|c| !c.text.starts_with(char::is_uppercase))
        })
        .filter_map(|s| s.speaker.name.clone())
        .filter(|name| name.contains(' '))
        .collect();
    if !learned.is_empty() {
        doc.build_cast(&learned);
        statements = self::statements(&doc);
    }
    dating::date_statements(&doc, &mut statements, published);
    statements
}

/// Direct and reported statements in text order, without dates.
fn statements(doc: &Doc) -> Vec<Statement> {
    let attributions = find_direct(doc);
    let mut out = direct_statements(doc, &attributions);
    out.extend(reported::find(doc, &out));
    out.sort_by_key(|s| (s.span.start, s.span.end));
    carry_pronouns(doc, &mut out);
    let unclaimed = unclaimed_quotes(doc, &out);
    out.extend(unclaimed);
    out.sort_by_key(|s| (s.span.start, s.span.end));
    out
}

/// Quotations no pattern claimed that still read as speech (five words or more, not a title
/// or a name): kept as direct statements so no quoted sentence is lost, with the speaker
/// `unclaimed_speaker` finds, or unknown.
fn unclaimed_quotes(doc: &Doc, found: &[Statement]) -> Vec<Statement> {
    let mut out = Vec::new();
    let index = reported::SpanIndex::new(found);
    for pi in 0..doc.tokens.len() {
        let p = doc.para(pi);
        for qi in 0..p.toks.len() {
            let Some(q) = p.quote(qi) else { continue };
            let quote = &doc.parsed.quotes[q];
            let inner = quote.inner.slice(doc.text);
            let taken = index.overlapping(quote.span).next().is_some();
            if taken
                || inner.split_whitespace().count() < 5
                || direct::in_title_position(&p, qi)
                || direct::is_title_like(inner)
            {
                continue;
            }
            let (cue, speaker) = unclaimed_speaker(doc, &p, (pi, qi), quote, found);
            out.push(Statement {
                kind: StatementKind::Direct,
                span: quote.span,
                text: quote.span.slice(doc.text).to_string(),
                speaker,
                cue,
                said_on: None,
                reported_by: None,
                group: None,
            });
        }
    }
    out
}

/// The cue and speaker of the quotation `quote` (token `qi` of paragraph `pi`) that no pattern
/// claimed, tried in order: a later quotation of its sentence with a cue; a reporting verb
/// anywhere in its sentence; the subject of its clause ("Huckabee is labeling it “…”"); a dash
/// line right after it ("— Ann Ruiz, at the rally"); the person who spoke last in the same or
/// the three previous paragraphs; a nameless mention the verb found. Else unknown.
fn unclaimed_speaker(
    doc: &Doc,
    p: &Para,
    (pi, qi): (usize, usize),
    quote: &Quote,
    found: &[Statement],
) -> (Option<Located>, Speaker) {
    let start = direct::sentence_start(doc, p, qi);
    let resolve = |m: &mention::Mention| {
        resolve::speaker_for(&doc.cast, doc.text, m, doc.sentence_of(m.span.start))
    };
    // “A” and “B,” Dean proclaimed: a later quotation of the same sentence lends its speaker.
    let sentence = doc.sentence_of(quote.span.start);
    let later = found.iter().find(|s| {
        s.span.start >= quote.span.end
            && doc.sentence_of(s.span.start) == sentence
            && s.kind == StatementKind::Direct
            && s.cue.is_some()
            && s.speaker.name.is_some()
    });
    if let Some(s) = later {
        return (s.cue.clone(), s.speaker.clone());
    }
    let cued = direct::sentence_cue(p, qi, start);
    if let Some((cue, m)) = &cued {
        let speaker = resolve(m);
        if speaker.name.is_some() {
            return (cue.map(|c| Located::from_span(doc.text, c)), speaker);
        }
    }
    if let Some(speaker) = subject::clause_subject(p, start, qi)
        .map(|m| resolve(&m))
        .filter(|s| s.name.is_some())
    {
        return (None, speaker);
    }
    let last_in_paragraph = (qi + 1..p.toks.len()).all(|k| p.is_any_punct(k));
    if last_in_paragraph
        && let Some(speaker) = dash_line(doc, pi + 1)
            .map(|m| resolve(&m))
            .filter(|s| s.name.is_some())
    {
        return (None, speaker);
    }
    let para_start = doc.parsed.paragraphs[pi.saturating_sub(3)].start;
    let previous = found.iter().rev().find(|s| {
        s.span.end <= quote.span.start
            && s.span.start >= para_start
            && s.speaker.kind == SpeakerKind::Person
            && s.speaker.name.is_some()
    });
    // A person merely named since does not break the chain (measured on the train split: the
    // earlier speaker is right more often); one who spoke since is `previous` already.
    if let Some(s) = previous {
        let speaker = Speaker {
            mention: None,
            ..s.speaker.clone()
        };
        return (None, speaker);
    }
    match cued {
        Some((cue, m)) => (cue.map(|c| Located::from_span(doc.text, c)), resolve(&m)),
        None => (None, Speaker::unknown(None)),
    }
}

/// "— Ann Ruiz, at the rally": a paragraph that opens with a dash and a name signs the
/// quotation before it.
fn dash_line(doc: &Doc, pi: usize) -> Option<mention::Mention> {
    let p = doc.para(pi);
    let dash = ["-", "—", "–"].iter().any(|d| p.word(0) == *d);
    if !dash {
        return None;
    }
    let (m, _) = mention::mention_after(&p, 1)?;
    (m.kind == MentionKind::Name).then_some(m)
}

/// A "he" or "she" the cast could not resolve (the person was only ever a descriptor, or
/// named too far back) speaks for the latest earlier speaker of that gender, within eight
/// sentences: quotes in news run on from the last person quoted.
fn carry_pronouns(doc: &Doc, statements: &mut [Statement]) {
    for i in 0..statements.len() {
        let s = &statements[i];
        let Some(mention) = s
            .speaker
            .mention
            .as_ref()
            .filter(|_| s.speaker.name.is_none())
        else {
            continue;
        };
        let Some(gender) = lexicon::pronoun_gender(&mention.text) else {
            if let Some(group) = group_speaker(doc, &statements[..i], mention) {
                statements[i].speaker = Speaker {
                    mention: Some(mention.clone()),
                    ..group
                };
            }
            continue;
        };
        let here = doc.sentence_of(mention.span.start);
        let previous = statements[..i].iter().rev().find(|p| {
            let fits = p
                .speaker
                .name
                .as_deref()
                .is_some_and(|n| doc.cast.gender_of(n).is_none_or(|g| g == gender));
            p.speaker.kind == SpeakerKind::Person && fits
        });
        if let Some(prev) =
            previous.filter(|p| here.saturating_sub(doc.sentence_of(p.span.start)) <= 8)
        {
            let speaker = Speaker {
                mention: s.speaker.mention.clone(),
                ..prev.speaker.clone()
            };
            statements[i].speaker = speaker;
        }
    }
}

/// Runs the direct-quotation patterns over every top-level quotation.
fn find_direct(doc: &Doc) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    for pi in 0..doc.tokens.len() {
        let p = doc.para(pi);
        for qi in 0..p.toks.len() {
            let TokenKind::Quote(q) = p.toks[qi].kind else {
                continue;
            };
            let quote = &doc.parsed.quotes[q];
            if let Some(a) = attribute_quote(doc, &p, pi, qi, q, out.last()) {
                out.push(a);
            } else if quote.marks == Marks::Double && quote.continued {
                // continuation without a previous attribution: nothing to inherit
            }
        }
    }
    out
}

fn attribute_quote(
    doc: &Doc,
    p: &Para,
    pi: usize,
    qi: usize,
    q: usize,
    last: Option<&Attribution>,
) -> Option<Attribution> {
    let quote = &doc.parsed.quotes[q];
    let inner = quote.inner.slice(doc.text);
    if direct::in_title_position(p, qi) || direct::is_title_like(inner) {
        return None;
    }
    let start = direct::sentence_start(doc, p, qi);
    let make = |(cue, mention): (Option<Span>, mention::Mention), rule| {
        let sentence = doc.sentence_of(mention.span.start);
        Some(Attribution {
            quote: q,
            cue,
            mention: Some(mention),
            rule,
            paragraph: pi,
            sentence,
        })
    };
    if let Some(found) = direct::cue_after(p, qi, inner) {
        return make(found, Rule::After);
    }
    if let Some(found) = direct::cue_before(p, qi, start) {
        return make(found, Rule::Before);
    }
    if let Some(found) = direct::loose_cue_after(p, qi, inner) {
        return make(found, Rule::After);
    }
    if qi == 0 && pi > 0 {
        let prev = doc.para(pi - 1);
        let n = prev.toks.len();
        if n > 0 && prev.is_punct(n - 1, ':') {
            let s = direct::sentence_start(doc, &prev, n - 1);
            if let Some(found) = direct::cue_before(&prev, n, s) {
                return make(found, Rule::ColonLine);
            }
        }
    }
    // "Sam Lau said in a statement. “There are no ballots …”": a sentence that is only an
    // attribution introduces the quotation opening the next one.
    if qi == start && qi > 0 && p.is_punct(qi - 1, '.') {
        let s = direct::sentence_start(doc, p, qi - 1);
        if let Some(found) = direct::bare_attribution(p, s, qi - 1) {
            return make(found, Rule::ColonLine);
        }
    }
    let last = last?;
    // Inherited attributions keep the mention and its sentence (so "he" resolves as it did);
    // a follow-on quotation has no cue of its own.
    let inherit = |rule| {
        let cue = if rule == Rule::FollowOn {
            None
        } else {
            last.cue
        };
        Some(Attribution {
            quote: q,
            rule,
            paragraph: pi,
            cue,
            ..last.clone()
        })
    };
    if quote.continued && last.paragraph + 1 == pi {
        return inherit(Rule::Continued);
    }
    if same_sentence_piece(doc, p, pi, qi, last) {
        return inherit(Rule::Continued);
    }
    if follows_on(doc, p, pi, qi, start, last, inner) {
        // “A,” she said. “B.” in one paragraph is one quotation split by its cue.
        let split = pi == last.paragraph && last.rule == Rule::After && last.quote + 1 == q;
        return inherit(if split {
            Rule::Continued
        } else {
            Rule::FollowOn
        });
    }
    None
}

/// “A,” said X, a long appositive, “B.”: the second piece of a quotation split by its cue, in
/// the same sentence (no sentence end between the pieces, the cue between them).
fn same_sentence_piece(doc: &Doc, p: &Para, pi: usize, qi: usize, last: &Attribution) -> bool {
    let Some(cue) = last.cue.filter(|_| last.paragraph == pi) else {
        return false;
    };
    let Some(prev) = (0..qi).rev().find(|&k| p.quote(k) == Some(last.quote)) else {
        return false;
    };
    let between = prev + 1..qi;
    let opens_piece =
        qi > 0 && (p.is_punct(qi - 1, ',') || p.is_punct(qi - 1, ':') || p.is_punct(qi - 1, '—'));
    if !opens_piece {
        return false;
    }
    let cue_between = between.clone().any(|k| p.toks[k].span == cue);
    let ends = between
        .clone()
        .any(|k| p.is_punct(k, '.') || p.is_punct(k, '?') || p.is_punct(k, '!'));
    let first_inner = doc.parsed.quotes[last.quote]
        .inner
        .slice(doc.text)
        .trim_end();
    cue_between && !ends && !first_inner.ends_with(['.', '?', '!'])
}

/// A quotation opening its sentence, soon after `last`, with no other person named between.
fn follows_on(
    doc: &Doc,
    p: &Para,
    pi: usize,
    qi: usize,
    start: usize,
    last: &Attribution,
    inner: &str,
) -> bool {
    if qi != start || pi > last.paragraph + 1 || last.mention.is_none() {
        return false;
    }
    let words = inner.split_whitespace().count();
    if words < 3 && !inner.trim_end().ends_with(['.', '?', '!']) {
        return false;
    }
    let from = doc.parsed.quotes[last.quote].span.end;
    let to = p.toks[qi].span.start;
    let last_person = last.mention.as_ref().and_then(|m| {
        let s = resolve::speaker_for(&doc.cast, doc.text, m, last.sentence);
        s.name
    });
    // A person named in between (outside the last attribution's own sentence) breaks the chain.
    !doc.cast.mentions.iter().any(|m| {
        m.pos >= from
            && m.pos < to
            && m.sentence != last.sentence
            && Some(&doc.cast.people[m.person].name) != last_person.as_ref()
    })
}

/// Turns attributions into direct statements with resolved speakers.
fn direct_statements(doc: &Doc, attributions: &[Attribution]) -> Vec<Statement> {
    let mut out: Vec<Statement> = Vec::new();
    for a in attributions {
        let quote = &doc.parsed.quotes[a.quote];
        let speaker = match &a.mention {
            Some(m) => resolve::speaker_for(&doc.cast, doc.text, m, a.sentence),
            None => Speaker::unknown(None),
        };
        let group = out
            .last()
            .filter(|prev| prev.cue.is_some() && prev.cue.as_ref().map(|c| c.span) == a.cue)
            .map(|prev| prev.group.unwrap_or(prev.span.start));
        if let (Some(g), Some(prev)) = (group, out.last_mut()) {
            prev.group = Some(g);
        }
        out.push(Statement {
            kind: StatementKind::Direct,
            span: quote.span,
            text: quote.span.slice(doc.text).to_string(),
            speaker,
            cue: a.cue.map(|c| Located::from_span(doc.text, c)),
            said_on: None,
            reported_by: None,
            group,
        });
    }
    out
}

/// "it" / "they" / "we": the organisation or group that spoke last (within four sentences),
/// else the nearest organisation or capitalised group named before it in the same or the
/// previous paragraph ("the Pentagon … It said", "Democrats … they argued").
fn group_speaker(doc: &Doc, before: &[Statement], mention: &Located) -> Option<Speaker> {
    if !matches!(mention.text.to_lowercase().as_str(), "it" | "they" | "we") {
        return None;
    }
    let here = doc.sentence_of(mention.span.start);
    let spoke = before
        .iter()
        .rev()
        .take_while(|p| here.saturating_sub(doc.sentence_of(p.span.start)) <= 4)
        .find(|p| {
            matches!(
                p.speaker.kind,
                SpeakerKind::Organization | SpeakerKind::Anonymous
            ) && p.speaker.name.is_some()
        });
    // A group named after the one that spoke last is the nearer antecedent ("Harlow Dynamics
    // won the contract. “…,” it said." after a statement of the Pentagon).
    let named = named_group_before(doc, mention, here)
        .filter(|(m, _)| spoke.is_none_or(|s| m.span.start > s.span.start));
    match (named, spoke) {
        (Some((_, group)), _) => Some(group),
        (None, Some(s)) => Some(s.speaker.clone()),
        (None, None) => None,
    }
}

/// The nearest organisation or capitalised plural group named before `mention`, in its
/// paragraph or the previous one and at most two sentences back, as a speaker.
fn named_group_before(
    doc: &Doc,
    mention: &Located,
    here: usize,
) -> Option<(mention::Mention, Speaker)> {
    let pi = doc
        .parsed
        .paragraphs
        .partition_point(|p| p.start <= mention.span.start)
        .checked_sub(1)?;
    for para in (pi.saturating_sub(1)..=pi).rev() {
        let p = doc.para(para);
        // Each capitalised run is read from its first word, with a "the" before it: "the
        // Pentagon", "Harlow Dynamics".
        let found = (0..p.toks.len())
            .rev()
            .filter(|&k| p.toks[k].span.end <= mention.span.start && p.is_cap(k))
            .filter(|&k| k == 0 || !p.is_cap(k - 1))
            .find_map(|k| {
                let the = k > 0 && p.word(k - 1).eq_ignore_ascii_case("the");
                let (m, _) = the
                    .then(|| mention::mention_after(&p, k - 1))
                    .flatten()
                    .filter(|(m, _)| m.kind == MentionKind::Organization)
                    .or_else(|| mention::mention_after(&p, k))?;
                let capital_group = m.kind == MentionKind::Organization
                    || m.kind == MentionKind::Name
                        && m.span.slice(doc.text).ends_with('s')
                        && !m.span.slice(doc.text).contains(' ');
                let near = here.saturating_sub(doc.sentence_of(m.span.start)) <= 2;
                (capital_group && near).then_some(m)
            });
        if let Some(m) = found {
            let mut group = resolve::speaker_for(&doc.cast, doc.text, &m, here);
            if m.kind != MentionKind::Organization {
                // "Democrats", "Republicans": a group, not a person called so.
                group.kind = SpeakerKind::Anonymous;
                group.aliases.clear();
            }
            return Some((m, group));
        }
    }
    None
}
