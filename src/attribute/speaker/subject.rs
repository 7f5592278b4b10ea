//! Which mention speaks: the subject of a reporting verb, shared by direct quotations and
//! reported speech.
//!
//! From the verb backwards: adverbs and auxiliaries are skipped ("he also said", "Trump has
//! said"), then a parenthesis ("(D-Ore.)") or an appositive between commas ("Yuri Ushakov,
//! Putin’s adviser, said"; "Trump, speaking at a rally in Wilmington, N.C., warned"), and a
//! relative "who" stands for the name before it ("Mike Lee, who declared …"). A passive verb
//! ("was asked") has no speaker subject, and a possessive ("Trump’s repeated …") is not one.

use super::super::cue;
use super::super::lexicon::{self, BETWEEN, INTRO, PASSIVE};
use super::super::mention::{
    self, Mention, MentionKind, loose_before, mention_after, mention_before,
};
use super::super::para::Para;
use super::groups::is_people_plural;
use crate::model::Span;
use crate::parse::date::find_time_expressions;

/// True when token `i` may stand between a subject and its verb: an auxiliary, an adverb or a
/// time expression ("Trump on Thursday said").
pub(crate) fn is_between(p: &Para, i: usize) -> bool {
    let w = p.word(i).to_lowercase();
    BETWEEN.contains(w.as_str())
        || (w.len() > 4 && w.ends_with("ly") && p.is_lower(i))
        || (!w.is_empty() && !find_time_expressions(p.word(i)).is_empty())
        || (w == "on" && !find_time_expressions(p.word(i + 1)).is_empty())
}

/// The speaker of the verb at token `v`, looking no further back than token `start`.
pub(crate) fn subject_before(p: &Para, v: usize, start: usize) -> Option<Mention> {
    let mut s = v.checked_sub(1)?;
    while s > start && is_between(p, s) {
        s -= 1;
    }
    s = before_time_phrase(p, s, start);
    if PASSIVE.contains(p.word(s).to_lowercase().as_str()) {
        return None;
    }
    if p.is_punct(s, ')') {
        s = (start..s)
            .rev()
            .find(|&i| p.is_punct(i, '('))?
            .checked_sub(1)?;
    } else if p.is_punct(s, '—') && s > start {
        // "Joyce — who is listed as an attorney in Illinois — told …": a clause between dashes.
        s = (start..s)
            .rev()
            .find(|&i| p.is_punct(i, '—'))?
            .checked_sub(1)?;
        if s < start {
            return None;
        }
    } else if p.is_punct(s, ',') {
        return appositive_subject(p, s, start);
    }
    if s < start {
        return None;
    }
    if p.word(s) == "who" && s > start {
        // "Mike Lee, who declared …", "Rikkie Wells who tweeted": the relative pronoun stands
        // for the name before it.
        s -= if p.is_punct(s - 1, ',') && s >= start + 2 {
            2
        } else {
            1
        };
    }
    mention_before(p, s)
        .map(|(m, ms)| person_before_place(p, m, ms, start))
        .filter(|m| !is_possessive(p, m))
}

/// "Sen. Bernie Sanders of Vermont", "Darran Whiting of Liberty Baptist Church in Marion": a
/// mention after "of", "from" or "in" that follows a person's name is where they are from.
fn person_before_place(p: &Para, m: Mention, ms: usize, start: usize) -> Mention {
    let mut best = m;
    let mut at = ms;
    // "… in Denver and Austin": the places joined by "and" are one place phrase.
    while at > start + 2
        && p.word(at - 1) == "and"
        && let Some((_, es)) =
            mention_before(p, at - 2).filter(|(e, _)| e.kind == MentionKind::Name)
    {
        at = es;
    }
    while at > start + 1 && matches!(p.word(at - 1), "of" | "from" | "in" | "at" | "to") {
        // "Aides to Brandt say": only a group stands before "to" and the person it serves.
        let to = p.word(at - 1) == "to";
        let Some((earlier, es)) = mention_before(p, at - 2) else {
            break;
        };
        // "Prosecutors in Denver say": the people before a one-word place speak, not the
        // place (measured: a body before a place, "the Kremlin in Moscow", cost more than it
        // gained).
        let place = best.kind == MentionKind::Name && best.title.is_none();
        let group = matches!(
            earlier.kind,
            MentionKind::Descriptor | MentionKind::Organization
        ) && earlier.span.slice(p.text).ends_with('s')
            && !best.span.slice(p.text).contains(' ');
        if group && place && !is_possessive(p, &earlier) {
            return earlier;
        }
        if to {
            break;
        }
        if earlier.kind != MentionKind::Name && earlier.kind != MentionKind::Organization {
            break;
        }
        let person = earlier.kind == MentionKind::Name
            && (earlier.title.is_some()
                || earlier.name.is_some_and(|n| n.slice(p.text).contains(' ')));
        if person {
            best = earlier.clone();
        }
        at = es;
    }
    best
}

/// Like `subject_before`, but also takes a determiner-led phrase with any head ("the email
/// read", "one Trump confidant said"), for cues a quotation already vouches for.
pub(crate) fn subject_before_loose(p: &Para, v: usize, start: usize) -> Option<Mention> {
    subject_before(p, v, start).or_else(|| {
        let mut s = v.checked_sub(1)?;
        while s > start && is_between(p, s) {
            s -= 1;
        }
        loose_before(p, s)
            .filter(|(_, st)| *st >= start)
            .map(|(m, _)| m)
    })
}

/// "Dianne Feinstein (D-Calif.) last week said": skips a time phrase of several words that ends
/// at token `s`, returning the token before it (or `s` when there is none).
fn before_time_phrase(p: &Para, s: usize, start: usize) -> usize {
    let from = s.saturating_sub(4).max(start);
    let text = Span::new(p.toks[from].span().start, p.toks[s].span().end);
    let found = find_time_expressions(text.slice(p.text))
        .into_iter()
        .find(|e| text.start + e.end == p.toks[s].span().end);
    match found {
        Some(e) => {
            let first = (from..=s)
                .find(|&k| p.toks[k].span().start >= text.start + e.start)
                .unwrap_or(s);
            if first > start { first - 1 } else { s }
        }
        None => s,
    }
}

/// "a source familiar with the investigation said": a role descriptor with a modifier after it.
pub(crate) fn postmodified_subject(p: &Para, start: usize, v: usize) -> Option<Mention> {
    (v.saturating_sub(12).max(start)..v).find_map(|k| {
        let (m, next) = mention_after(p, k)?;
        let modifier = matches!(
            p.word(next),
            "familiar"
                | "close"
                | "with"
                | "in"
                | "at"
                | "from"
                | "involved"
                | "briefed"
                | "knowledgeable"
                | "who"
                | "of"
                | "for"
                | "to"
        );
        // "Aides to Brandt say", "advisers to the governor said"; "activists to join …" is an
        // infinitive, no modifier.
        let to_whom =
            p.word(next) != "to" || p.is_cap(next + 1) || mention::is_determiner(p.word(next + 1));
        let reaches = to_whom && (next..v).all(|j| !p.is_any_punct(j) && p.quote(j).is_none());
        (m.kind == MentionKind::Descriptor
            && m.head.as_deref().is_some_and(lexicon::is_role_noun)
            && modifier
            && reaches)
            .then_some(m)
    })
}

/// "X, an appositive, said": the first comma of the sentence that opens a lowercase aside
/// and follows a name or pronoun; else the comma nearest the verb.
fn appositive_subject(p: &Para, close: usize, start: usize) -> Option<Mention> {
    // Commas of an introductory phrase ("At Boca West, where …, X, the club’s president,
    // said") are not appositive commas. When the intro read that way leaves no subject, the
    // sentence may open with a conjunction or one word and a comma ("But the shadow transport
    // secretary, X, said", "However, the minister, X, said").
    let intro = after_intro(p, start, close);
    let word = after_conjunction(p, start);
    let one_word = if p.is_punct(word + 1, ',') {
        word + 2
    } else {
        word
    };
    [intro, word, one_word]
        .into_iter()
        .enumerate()
        .filter(|&(i, s)| i == 0 || s != intro && s < close)
        .find_map(|(_, s)| apposed_subject(p, close, s))
}

/// `appositive_subject` for a clause that starts at token `start`.
fn apposed_subject(p: &Para, close: usize, start: usize) -> Option<Mention> {
    // "Gov. John Kasich (R-OH), said": the comma only closes the parenthesis after the name.
    if p.is_punct(close.checked_sub(1)?, ')')
        && let Some(m) = before_comma(p, close, start).filter(|m| m.kind == MentionKind::Name)
    {
        return Some(m);
    }
    // "the company’s chief executive, Dana Whitcombe, said": when the clause opens with a
    // descriptor, the name after it is the appositive that names the speaker.
    if let Some((m, ms)) = mention_before(p, close.checked_sub(1)?) {
        let after_descriptor = ms >= start + 2 && p.is_punct(ms - 1, ',') && p.is_lower(ms - 2);
        // Lowercase words, or an opening possessive ("Carter’s press secretary, Peter Cook,").
        let possessive = |k: usize| p.word(k).ends_with("’s") || p.word(k).ends_with("'s");
        let opens_with_descriptor = !(start..ms.saturating_sub(1)).any(|k| {
            (p.is_cap(k) && k > start || p.is_cap(k) && !lexicon::is_not_name(p.word(k)))
                && !possessive(k)
        });
        let named = matches!(m.kind, MentionKind::Name | MentionKind::Organization);
        // "One pastor supporting Mr. Cruz, Darran Whiting of …, said": a determiner-led
        // descriptor may name others; a full name after it is still the appositive.
        let determiner_led = matches!(
            p.word(start).to_lowercase().as_str(),
            "one" | "a" | "an" | "the" | "another" | "his" | "her" | "their"
        );
        let full_name = m.name.is_some_and(|n| n.slice(p.text).contains(' '));
        if named && after_descriptor && (opens_with_descriptor || determiner_led && full_name) {
            return Some(m);
        }
    }
    if let Some(m) = described_with_aside(p, close, start) {
        return Some(m);
    }
    let lo = close.saturating_sub(30).max(start);
    let commas: Vec<usize> = (lo..close)
        .filter(|&i| p.is_punct(i, ',') && i > start)
        .collect();
    for &c in &commas {
        // A lowercase aside, or an age ("Harry Bond, 30, of Raleigh, …, said").
        let aside_lower = p.is_lower(c + 1)
            || p.word(c + 1).eq_ignore_ascii_case("the")
            || p.word(c + 1).bytes().all(|b| b.is_ascii_digit()) && !p.word(c + 1).is_empty();
        if !aside_lower {
            continue;
        }
        if let Some(m) = before_comma(p, c, start)
            && matches!(m.kind, MentionKind::Name | MentionKind::Pronoun)
        {
            return Some(m);
        }
    }
    before_comma(p, *commas.last()?, start)
}

/// "CLAUSE, the transport minister, Eleanor Ashdown, said.": the name apposed to a role that
/// ends at the comma `close` before a trailing cue, and the comma that ends the clause.
pub(crate) fn apposed_name_before(
    p: &Para,
    start: usize,
    close: usize,
) -> Option<(Mention, usize)> {
    let (m, ms) = mention_before(p, close.checked_sub(1)?)?;
    let named = m.kind == MentionKind::Name && ms > start + 1 && p.is_punct(ms - 1, ',');
    let (d, ds) = named.then(|| mention_before(p, ms - 2)).flatten()?;
    let role = d.kind == MentionKind::Descriptor && d.definite;
    let comma = ds
        .checked_sub(1)
        .filter(|&c| c > start && p.is_punct(c, ','))?;
    (role && !is_possessive(p, &m)).then_some((m, comma))
}

/// "But the shadow transport secretary, X, said": a conjunction opening the sentence is no
/// part of its subject.
fn after_conjunction(p: &Para, start: usize) -> usize {
    let joins = matches!(
        p.word(start),
        "But" | "And" | "Yet" | "So" | "Still" | "Meanwhile"
    );
    if joins && !p.is_any_punct(start + 1) {
        start + 1
    } else {
        start
    }
}

/// "A senior civil servant, speaking on condition of anonymity, said" / "A person familiar
/// with the talks, who was not authorized to speak, said": a descriptor opening the clause,
/// then one aside between commas that opens with a participle or "who", speaks.
fn described_with_aside(p: &Para, close: usize, start: usize) -> Option<Mention> {
    let first = (start + 1..close).find(|&k| p.is_punct(k, ','))?;
    let aside = p.word(first + 1);
    let opens = aside == "who" || p.is_lower(first + 1) && aside.ends_with("ing");
    let one_aside = (first + 1..close).all(|k| !p.is_punct(k, ',') || k == close);
    if !opens || !one_aside || close - first > 16 {
        return None;
    }
    let (m, _) = mention_after(p, start)?;
    let determiner = matches!(p.word(start), "A" | "An" | "The" | "a" | "an" | "the");
    let descriptor =
        determiner && m.kind == MentionKind::Descriptor && m.span.end <= p.toks[first].span().start;
    descriptor.then_some(m)
}

/// The mention just before the comma at `c`, past a parenthesis ("Rep. X (D-Calif.),").
fn before_comma(p: &Para, c: usize, start: usize) -> Option<Mention> {
    let mut e = c.checked_sub(1)?;
    if p.is_punct(e, ')') {
        e = (start..e)
            .rev()
            .find(|&i| p.is_punct(i, '('))?
            .checked_sub(1)?;
    }
    mention_before(p, e)
        .map(|(m, _)| m)
        .filter(|m| !is_possessive(p, m))
}

/// True when the mention is a possessive ("Trump’s"), which modifies a noun, not a verb.
pub(crate) fn is_possessive(p: &Para, m: &Mention) -> bool {
    let t = m.span.slice(p.text);
    // "he’s said" is "he has said": a pronoun's ’s is a verb.
    m.kind != MentionKind::Pronoun && (t.ends_with("’s") || t.ends_with("'s") || t.ends_with('’'))
}

/// "Carson did not name them, but told his supporters, “…”": a verb after "but"/"and" with no
/// subject of its own shares the sentence's subject.
pub(crate) fn coordinated_subject(p: &Para, start: usize, v: usize) -> Option<Mention> {
    let s = coordinator_before(p, start, v)?;
    sentence_subject(p, start, s)
}

/// The "but", "and" or dash right before the verb at `v` (past adverbs and auxiliaries) that
/// joins it to an earlier verb, if there is one.
pub(crate) fn coordinator_before(p: &Para, start: usize, v: usize) -> Option<usize> {
    let mut s = v.checked_sub(1)?;
    while s > start && is_between(p, s) {
        s -= 1;
    }
    let joined = matches!(p.word(s).to_lowercase().as_str(), "but" | "and") || p.is_punct(s, '—');
    joined.then_some(s)
}

/// The token after an introductory phrase ("Inside the hotel, …", "At a rally in Portsmouth,
/// N.H., on Tuesday, …"), or `start` when the sentence has none.
pub(crate) fn after_intro(p: &Para, start: usize, v: usize) -> usize {
    // "Washington (AFP) – Democrat Hillary Clinton …", "OSLO, Norway, June 3, 2025 — …": a
    // dateline is no part of the clause.
    if let Some(dash) = (start..(start + 12).min(v)).find(|&k| {
        p.is_punct(k, '–')
            || p.is_punct(k, '—')
            || k > start && p.is_punct(k, '-') && p.is_punct(k - 1, ')')
    }) && dash > start
        && (p.is_punct(dash - 1, ')') || p.is_cap(dash - 1) || is_year(p.word(dash - 1)))
        && p.is_cap(start)
    {
        return after_intro(p, dash + 1, v);
    }
    let first = p.word(start).to_lowercase();
    // "In …,", "Speaking …,", "Shortly after …,": an opener, a participle or an adverb.
    // "Reached by phone, …", "Speaking to reporters, …", "Shortly after …": a participle or
    // adverb followed by a lowercase word ("Ted Cruz, …" is no intro).
    let verbal = first.ends_with("ing") || first.ends_with("ly") || first.ends_with("ed");
    let intro =
        INTRO.contains(first.as_str()) || verbal && p.is_cap(start) && p.is_lower(start + 1);
    if !intro {
        return start;
    }
    // The intro ends at the last comma before the first name or pronoun that follows a comma.
    let commas = (start + 1..v.min(start + 20)).filter(|&k| p.is_punct(k, ','));
    commas
        .filter(|&c| !p.is_lower(c + 1) || lexicon::is_pronoun(p.word(c + 1)))
        .find(|&c| !p.is_cap(c + 1) || !looks_like_place_tail(p, c))
        .map_or(start, |c| c + 1)
}

/// True for a four-digit year ("2025"), the last word of a dated dateline.
fn is_year(w: &str) -> bool {
    w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit())
}

/// "Portsmouth, N.H.," / "Wilmington, Del.,": a comma inside a place name, not the intro's end.
fn looks_like_place_tail(p: &Para, c: usize) -> bool {
    // "Fayetteville, N.C.," or "St. Clairsville, Ohio,": one capitalised word between commas;
    // "Salem, New Hampshire,": two, the first a compass or "New".
    let one = p.is_cap(c + 1) && p.is_punct(c + 2, ',') && !lexicon::is_pronoun(p.word(c + 1));
    let two = matches!(p.word(c + 1), "New" | "North" | "South" | "West" | "Rhode")
        && p.is_cap(c + 2)
        && p.is_punct(c + 3, ',');
    one || two
}

/// The subject of the sentence a participle hangs on ("Trump doubled down, saying “…”"): after
/// any introductory phrase, the first name (reading past titles and lowercase role words, as in
/// "Republican presidential candidate Donald Trump") or pronoun, or a descriptor or
/// organisation opening the clause.
pub(crate) fn sentence_subject(p: &Para, start: usize, v: usize) -> Option<Mention> {
    let clause_start = start;
    let start = after_intro(p, start, v);
    // "… new shelters in Fresno, saying": a name after a preposition is a place or an object,
    // so a later subject wins over it; it is kept only when nothing else fits.
    let mut placed: Option<Mention> = None;
    for i in start..v {
        let prev = i
            .checked_sub(1)
            .filter(|&k| k >= start)
            .map(|k| p.word(k))
            .unwrap_or("");
        let inside_name = i > start && p.is_cap(i - 1) && !lexicon::is_not_name(prev);
        // "Hastily dismissing the criticism …": an adverb or participle opening the clause is
        // no name.
        if inside_name
            || prev.eq_ignore_ascii_case("the")
            || i == clause_start && verbal_opener(p, i)
        {
            continue;
        }
        if let Some(m) = titled_name_after(p, i, v) {
            return Some(m);
        }
        let Some((m, next)) = mention_after(p, i) else {
            continue;
        };
        let opening = i == start
            && matches!(m.kind, MentionKind::Descriptor | MentionKind::Organization)
            && m.definite;
        let fits = matches!(m.kind, MentionKind::Name | MentionKind::Pronoun) || opening;
        if !fits || is_possessive(p, &m) {
            continue;
        }
        if m.kind == MentionKind::Name && after_place_preposition(p, i, next) {
            placed = placed.or(Some(m));
            continue;
        }
        return Some(m);
    }
    placed.map(|m| capitalised_opening(p, start, v).unwrap_or(m))
}

/// "The Brevians have used …": "The" and capitalised words opening the clause, then an
/// auxiliary or a finite verb: a group or organisation as subject, which beats a name after a
/// preposition later in the clause ("the presence of Oskar fighters").
fn capitalised_opening(p: &Para, start: usize, v: usize) -> Option<Mention> {
    if !p.word(start).eq_ignore_ascii_case("the") {
        return None;
    }
    let last = (start + 1..(start + 4).min(v))
        .take_while(|&k| p.is_cap(k))
        .last()?;
    let verb = last + 1;
    let finite = verb < v && p.is_lower(verb) && lexicon::is_finite_verb(p.word(verb));
    finite.then(|| mention::phrase(p, start, last, last))
}

/// The subject of the clause from `start` to `v`: the name `sentence_subject` finds, unless a
/// descriptor or organisation opens the clause and the name comes well after it ("A campaign
/// ad released Thursday accuses Trump of …" is the ad's; "A former candidate -- John Hale --
/// said" is Hale's).
pub(crate) fn clause_subject(p: &Para, start: usize, v: usize) -> Option<Mention> {
    let named = sentence_subject(p, start, v);
    let first = after_intro(p, start, v);
    // "Democratic presidential candidate Sen. Paul Okafor (D-Ore.) on Monday criticized …":
    // a name reached through title and role words from the clause's start is its subject.
    if let Some(n) = &named
        && titled_name_after(p, first, v).is_some_and(|t| t.span == n.span)
    {
        return named;
    }
    let opening = (first < v)
        .then(|| mention_after(p, first))
        .flatten()
        .filter(|(m, next)| {
            matches!(m.kind, MentionKind::Descriptor | MentionKind::Organization)
                && *next <= v
                && !is_possessive(p, m)
        })
        .or_else(|| opening_group(p, first, v));
    match (opening, named) {
        (Some((m, next)), Some(n)) => {
            let apposed = (next..(next + 3).min(p.toks.len()))
                .any(|k| p.toks[k].span().start == n.span.start);
            Some(if apposed { n } else { m })
        }
        (Some((m, _)), None) => Some(m),
        (None, named) => named,
    }
}

/// "Hastily dismissing the criticism", "Waving to the crowd": a capitalised adverb before a
/// participle, or a participle before a determiner or preposition ("Schlafly then", "Manning
/// said" are names).
fn verbal_opener(p: &Para, i: usize) -> bool {
    let w = p.word(i).to_lowercase();
    let next = p.word(i + 1);
    let adverb = w.ends_with("ly") && next.len() > 4 && next.ends_with("ing");
    let participle =
        w.ends_with("ing") && (mention::is_determiner(next) || lexicon::is_preposition(next));
    w.len() > 4 && p.is_cap(i) && p.is_lower(i + 1) && (adverb || participle)
}

/// "shelters in Fresno", "the presence of Nusra fighters": a preposition that puts the name
/// after it in a place or object phrase ("by" and "with" name agents and company; "a
/// spokeswoman for Janney" names whom she speaks for).
fn after_place_preposition(p: &Para, i: usize, next: usize) -> bool {
    let w = i.checked_sub(1).map_or("", |b| p.word(b));
    let role = i
        .checked_sub(2)
        .is_some_and(|b| lexicon::is_role_noun(p.word(b)));
    // "time for Cruz to build bridges": the subject of an infinitive.
    let infinitive = w == "for" && p.word(next) == "to";
    !role
        && !infinitive
        && matches!(
            w,
            "in" | "at"
                | "of"
                | "for"
                | "from"
                | "to"
                | "on"
                | "near"
                | "around"
                | "across"
                | "outside"
                | "into"
                | "against"
                | "toward"
                | "towards"
                | "among"
        )
}

/// "Some candidates have called for …", "Several mayors asked …": a determiner and lowercase
/// words to a plural of people, opening the clause; the group and the index after it.
fn opening_group(p: &Para, first: usize, v: usize) -> Option<(Mention, usize)> {
    if !mention::is_determiner(p.word(first)) {
        return None;
    }
    let last = (first + 1..(first + 4).min(v))
        .take_while(|&k| p.is_lower(k) && cue::lookup(p.word(k)).is_none())
        .find(|&k| is_people_plural(p.word(k)))?;
    Some((mention::phrase(p, first, last, last), last + 1))
}

/// A name reached through title and role words, lowercase or not ("Republican presidential
/// candidate Donald Trump", "Pentagon spokesman Jeff Davis").
fn titled_name_after(p: &Para, i: usize, v: usize) -> Option<Mention> {
    let role_word = |k: usize| {
        lexicon::is_title(p.word(k))
            || lexicon::is_affiliation(p.word(k))
            || lexicon::is_role_noun(p.word(k))
            || p.is_cap(k) && lexicon::is_org_noun(p.word(k))
    };
    // "Former secretary of state Ann Ruiz", "Former judge and City Council President Alan
    // Greer": "of state" and "and" between role words stay in the titles.
    let joined = |k: usize| {
        k > i
            && role_word(k - 1)
            && (p.word(k) == "of" && p.word(k + 1) == "state" || p.word(k) == "and")
    };
    let mut k = i;
    while k < v && (role_word(k) || joined(k)) {
        k += if p.word(k) == "of" { 2 } else { 1 };
    }
    if k == i || k >= v || !p.is_cap(k) {
        return None;
    }
    let (m, _) = mention_after(p, k)?;
    (m.kind == MentionKind::Name && !is_possessive(p, &m)).then_some(m)
}
