//! Which mention speaks when no name or pronoun does: unnamed groups ("police said", "78
//! percent of voters said"), the head of a relative clause ("residents who spoke with the
//! Courier said"), and the speaker of a participle ("…, adding that …").

use super::super::cue::{self, Form};
use super::super::lexicon::{self, GROUP_WORDS};
use super::super::mention::{self, Mention, MentionKind, mention_before};
use super::super::para::Para;
use super::subject::{clause_subject, coordinator_before, sentence_subject, subject_before};

/// "Residents who spoke with the Courier said …": a relative clause with no commas between the
/// subject and its verb; the noun before "who" speaks, not the clause's object.
pub(crate) fn relative_clause_head(p: &Para, start: usize, v: usize) -> Option<Mention> {
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
        && !mention::is_determiner(p.word(who + 1))
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

/// "Abortion rights advocates said", "One in three said", "police said": an unnamed group
/// right before a verb of saying.
pub(crate) fn bare_group(p: &Para, start: usize, v: usize) -> Option<Mention> {
    let c = cue::lookup(p.word(v))?;
    let last = v.checked_sub(1).filter(|&k| k >= start)?;
    let w = p.word(last).to_lowercase();
    // "Several observers emphasized …", "advocacy groups note …": a plural naming people
    // speaks with any verb of speech; other groups only with the commonest verbs.
    let common = matches!(
        c.lemma,
        "say" | "tell" | "argue" | "warn" | "insist" | "claim" | "predict" | "add"
    );
    let people = c.strength == cue::Strength::Speech
        && p.is_lower(last)
        && w.ends_with('s')
        && is_people_plural(&w);
    if !common && !people {
        return None;
    }
    let is_word = p.toks[last].kind() == crate::parse::TokenKind::Word;
    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && is_word;
    let counted = w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty();
    // "Those surveyed said", "voters polled said".
    let polled = matches!(
        w.as_str(),
        "surveyed" | "polled" | "interviewed" | "questioned"
    ) && last > start
        && (p.word(last - 1).eq_ignore_ascii_case("those") || p.word(last - 1).ends_with('s'));
    let group = plural || counted || polled || GROUP_WORDS.contains(w.as_str());
    // "78 percent of voters in a recent CBS News poll said": a share of people answering.
    let phrase_start = (last.saturating_sub(12).max(start)..=last).find(|&k| {
        (k..=last).all(|j| {
            p.toks[j].kind() == crate::parse::TokenKind::Word && cue::lookup(p.word(j)).is_none()
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
    Some(mention::phrase(p, first, last, last))
}

/// A plural noun phrase ending at token `last` ("the 30 percent of voters"), as a group.
pub(crate) fn bare_group_at(p: &Para, start: usize, last: usize) -> Option<Mention> {
    let w = p.word(last).to_lowercase();
    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && p.is_lower(last);
    if !plural && !GROUP_WORDS.contains(w.as_str()) {
        return None;
    }
    let first = group_start(p, start, last);
    Some(mention::phrase(p, first, last, last))
}

/// Where a group's noun phrase ending at `last` starts: back over up to four lowercase
/// modifiers, through a determiner, never over a verb or an adverb ("rebuked critics").
fn group_start(p: &Para, start: usize, last: usize) -> usize {
    let mut first = last;
    while first > start && first + 4 > last {
        let k = first - 1;
        let w = p.word(k).to_lowercase();
        if mention::is_determiner(&w) {
            return k;
        }
        let word = p.toks[k].kind() == crate::parse::TokenKind::Word;
        let opener = p.is_cap(k) && lexicon::is_not_name(&w);
        let verbal = w.ends_with("ed") || w.ends_with("ly") || cue::lookup(&w).is_some();
        let function = lexicon::is_preposition(&w)
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
pub(crate) fn is_people_plural(w: &str) -> bool {
    let w = w.to_lowercase();
    GROUP_WORDS.contains(w.as_str())
        || [
            "ers", "ents", "ists", "ans", "ics", "als", "ees", "ors", "ives",
        ]
        .iter()
        .any(|s| w.ends_with(s))
        || w.strip_suffix('s').is_some_and(lexicon::is_role_noun)
}

fn is_number_word(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

/// Who a participle's speech belongs to: "featuring Hispanics telling …" (the noun right
/// before it), "a Chinese official said, adding …" (the sentence's last speaker), else the
/// sentence's subject.
pub(crate) fn gerund_subject(
    p: &Para,
    start: usize,
    v: usize,
    last: &Option<Mention>,
) -> Option<Mention> {
    let prev = v.checked_sub(1).filter(|&k| k >= start)?;
    if matches!(p.word(prev), "was" | "is" | "were" | "are" | "been" | "be") {
        // "Trump was saying …": the subject of the auxiliary.
        return subject_before(p, prev, start).or_else(|| sentence_subject(p, start, v));
    }
    // "The ad showed residents telling …": the group of people right before the participle.
    if p.is_lower(prev)
        && is_people_plural(p.word(prev))
        && let Some(group) = bare_group_at(p, start, prev)
        && !p.after_preposition(p.token_at(group.span.start))
    {
        return Some(group);
    }
    if !p.is_any_punct(prev)
        && let Some((m, _)) = mention_before(p, prev)
            .filter(|(m, _)| matches!(m.kind, MentionKind::Name | MentionKind::Descriptor))
            .filter(|(m, _)| !p.after_preposition(p.token_at(m.span.start)))
    {
        return Some(m);
    }
    // "…, Fiorina said, adding that …": the speaker of the sentence's last finite verb of saying.
    let said = (start..v).rev().find(|&k| {
        p.is_lower(k)
            && cue::lookup(p.word(k)).is_some_and(|c| matches!(c.form, Form::Past | Form::Present))
    });
    said.and_then(|k| subject_before(p, k, start))
        .or_else(|| {
            last.clone()
                .filter(|m| m.span.end <= p.toks[v].span().start)
        })
        .or_else(|| clause_subject(p, start, v))
}

/// "… — but reiterated that B": a verb with no subject of its own shares the previous one's.
pub(crate) fn coordinated(
    p: &Para,
    start: usize,
    v: usize,
    last: &Option<Mention>,
) -> Option<Mention> {
    coordinator_before(p, start, v).and_then(|_| last.clone())
}
