//! The speaker trace: when asked (`whosaid explain`), each speaker decision is recorded with
//! the rule that made it, the rules of its stage that were tried before and decided nothing,
//! and the candidates it weighed. Like CoreNLP's record of which sieve decided.
//!
//! The sink lives on the `Doc` and is `None` for `extract` and `import`: a decision then
//! costs one test of that `Option`, and the candidates are never listed. The candidates are
//! read from the cast the rule read (the same surname, the people mentioned within a
//! pronoun's reach, the role holders, the earlier speakers), so the rules themselves stay as
//! they are.

use std::cell::RefCell;

use super::super::cast::{Person, name_words};
use super::super::doc::Doc;
use super::super::lexicon::{self, Gender};
use super::Attributed;
use crate::model::{Considered, Located, Speaker, SpeakerKind, SpeakerRule, SpeakerStep};

/// The steps recorded so far for one article.
#[derive(Debug, Default)]
pub(crate) struct Trace {
    steps: RefCell<Vec<SpeakerStep>>,
}

impl Trace {
    /// The steps, in the order the decisions were made.
    pub(crate) fn into_steps(self) -> Vec<SpeakerStep> {
        self.steps.into_inner()
    }
}

/// Forgets what an earlier attribution pass recorded (the learn stage runs the stages again).
pub(crate) fn restart(doc: &Doc) {
    if let Some(trace) = &doc.trace {
        trace.steps.borrow_mut().clear();
    }
}

/// Records that `rule` chose `speaker` for the statement starting at byte `start`, when the
/// article is traced; nothing otherwise. `earlier` holds the statements before it, for the
/// rules that carry an earlier speaker on.
#[inline]
pub(crate) fn note(
    doc: &Doc,
    start: usize,
    speaker: &Speaker,
    rule: SpeakerRule,
    earlier: &[Attributed],
) {
    if let Some(trace) = &doc.trace {
        let step = step(doc, start, speaker, rule, earlier);
        trace.steps.borrow_mut().push(step);
    }
}

/// `note` for `statements[i]`, whose speaker and rule a context rule has just set.
pub(crate) fn note_statement(doc: &Doc, statements: &[Attributed], i: usize) {
    if doc.trace.is_some() {
        let (before, this) = statements.split_at(i);
        let s = &this[0];
        note(doc, s.span.start, &s.speaker, s.why.speaker_by, before);
    }
}

#[cold]
fn step(
    doc: &Doc,
    start: usize,
    speaker: &Speaker,
    rule: SpeakerRule,
    earlier: &[Attributed],
) -> SpeakerStep {
    let mut considered = match (rule, &speaker.mention) {
        (SpeakerRule::CarriedPronoun | SpeakerRule::PreviousSpeaker, _) => {
            earlier_speakers(doc, speaker, start, earlier)
        }
        (SpeakerRule::RoleDescriptor | SpeakerRule::AnonymousDescriptor, Some(m)) => {
            role_holders(doc, speaker, m)
        }
        (
            SpeakerRule::NoMention
            | SpeakerRule::Organization
            | SpeakerRule::OrganizationNamedBefore
            | SpeakerRule::OfficialsAdministration
            | SpeakerRule::GroupPronoun,
            _,
        )
        | (_, None) => Vec::new(),
        (_, Some(m)) if lexicon::pronoun_gender(&m.text).is_some() => within_reach(doc, speaker, m),
        (_, Some(m)) => same_name(doc, speaker, m),
    };
    if let Some(name) = &speaker.name
        && !considered.iter().any(|c| c.chosen)
    {
        considered.push(Considered {
            name: name.clone(),
            chosen: true,
            note: chosen_note(speaker.kind).to_string(),
        });
    }
    SpeakerStep {
        start,
        rule,
        passed: passed(rule),
        mention: speaker.mention.as_ref().map(|m| m.text.clone()),
        considered,
    }
}

/// What a chosen speaker no cast search offered is.
fn chosen_note(kind: SpeakerKind) -> &'static str {
    match kind {
        SpeakerKind::Person => "no one in the cast: a person called so",
        SpeakerKind::Organization => "an organisation, as written",
        SpeakerKind::Anonymous => "an unnamed source, as written",
        SpeakerKind::Document => "a document, study or poll, as written",
        SpeakerKind::Unknown => "unknown",
    }
}

/// The rules of the same stage tried before `rule` that decided nothing.
fn passed(rule: SpeakerRule) -> Vec<SpeakerRule> {
    use SpeakerRule::{
        AnonymousDescriptor, CastName, ClauseSubject, DashLine, Fallback, LaterQuote, NewName,
        OfficialsAdministration, OpenerNotName, Organization, PreviousSpeaker, PronounAntecedent,
        PronounUnresolved, RoleDescriptor, SentenceCue,
    };
    const UNCLAIMED: [SpeakerRule; 6] = [
        LaterQuote,
        SentenceCue,
        ClauseSubject,
        DashLine,
        PreviousSpeaker,
        Fallback,
    ];
    const NAME: [SpeakerRule; 4] = [CastName, Organization, OpenerNotName, NewName];
    let before = |rules: &[SpeakerRule]| {
        let i = rules.iter().position(|&r| r == rule).unwrap_or(0);
        rules[..i].to_vec()
    };
    match rule {
        LaterQuote | SentenceCue | ClauseSubject | DashLine | PreviousSpeaker | Fallback => {
            before(&UNCLAIMED)
        }
        OpenerNotName | NewName => before(&NAME),
        PronounUnresolved => vec![PronounAntecedent],
        OfficialsAdministration => vec![RoleDescriptor],
        AnonymousDescriptor => vec![RoleDescriptor, OfficialsAdministration],
        _ => Vec::new(),
    }
}

fn person_note(p: &Person) -> Option<&'static str> {
    match p.gender {
        Some(Gender::Female) => Some("female"),
        Some(Gender::Male) => Some("male"),
        None => None,
    }
}

fn chosen(speaker: &Speaker, p: &Person) -> bool {
    speaker.name.as_deref() == Some(p.name.as_str())
}

/// "named here", "named 2 sentences before", "not named before": the person's last mention
/// before byte `at`, counted in sentences.
fn last_named(doc: &Doc, person: usize, at: usize) -> String {
    let here = doc.sentence_of(at);
    let last = doc
        .cast
        .mentions
        .iter()
        .rev()
        .find(|m| m.person == person && m.pos < at);
    match last.map(|m| here.saturating_sub(m.sentence)) {
        None => "not mentioned before".into(),
        Some(0) => "mentioned earlier in the sentence".into(),
        Some(1) => "mentioned 1 sentence before".into(),
        Some(n) => format!("mentioned {n} sentences before"),
    }
}

/// A name: everyone with its surname, and for a lone word, everyone with it as given name.
fn same_name(doc: &Doc, speaker: &Speaker, m: &Located) -> Vec<Considered> {
    let words = name_words(&m.text);
    let Some(last) = words.last() else {
        return Vec::new();
    };
    let people = &doc.cast.people;
    (0..people.len())
        .filter_map(|i| {
            let p = &people[i];
            let fit = if p.surname() == last {
                "same surname"
            } else if words.len() == 1 && p.words.len() > 1 && &p.words[0] == last {
                "the given name of"
            } else {
                return None;
            };
            Some(Considered {
                name: p.name.clone(),
                chosen: chosen(speaker, p),
                note: format!("{fit}, {}", last_named(doc, i, m.span.start)),
            })
        })
        .collect()
}

/// A pronoun: the people mentioned in its sentence and the six before, nearest first, with
/// whether their gender fits.
fn within_reach(doc: &Doc, speaker: &Speaker, m: &Located) -> Vec<Considered> {
    let gender = lexicon::pronoun_gender(&m.text);
    let here = doc.sentence_of(m.span.start);
    let mut seen: Vec<usize> = Vec::new();
    for pm in doc.cast.mentions.iter().rev() {
        if pm.pos >= m.span.start {
            continue;
        }
        if here.saturating_sub(pm.sentence) > 6 || seen.len() == 8 {
            break;
        }
        if !seen.contains(&pm.person) {
            seen.push(pm.person);
        }
    }
    seen.into_iter()
        .map(|i| {
            let p = &doc.cast.people[i];
            let fit = match (p.gender, gender) {
                (None, _) | (_, None) => "gender unknown",
                (Some(a), Some(b)) if a == b => "gender fits",
                _ => "the other gender",
            };
            let known = person_note(p).map_or(String::new(), |g| format!("{g}, "));
            Considered {
                name: p.name.clone(),
                chosen: chosen(speaker, p),
                note: format!("{known}{fit}, {}", last_named(doc, i, m.span.start)),
            }
        })
        .collect()
}

/// A role descriptor ("the minister"): the people whose titles or role hold its last word.
fn role_holders(doc: &Doc, speaker: &Speaker, m: &Located) -> Vec<Considered> {
    let head = m
        .text
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_lowercase();
    doc.cast
        .role_fits(&head, &[])
        .into_iter()
        .map(|i| {
            let p = &doc.cast.people[i];
            let role = p.role.clone().unwrap_or_else(|| p.titles.join(" "));
            Considered {
                name: p.name.clone(),
                chosen: chosen(speaker, p),
                note: format!("{role:?}, {}", last_named(doc, i, m.span.start)),
            }
        })
        .collect()
}

/// The people who spoke before byte `at` (the latest first, at most five), for the rules
/// that carry an earlier speaker on.
fn earlier_speakers(
    doc: &Doc,
    speaker: &Speaker,
    at: usize,
    earlier: &[Attributed],
) -> Vec<Considered> {
    let here = doc.sentence_of(at);
    let gender = speaker
        .mention
        .as_ref()
        .and_then(|m| lexicon::pronoun_gender(&m.text));
    let mut out: Vec<Considered> = Vec::new();
    for s in earlier.iter().rev().filter(|s| s.span.start < at) {
        let Some(name) = s.speaker.name.as_deref() else {
            continue;
        };
        if s.speaker.kind != SpeakerKind::Person || out.iter().any(|c| c.name == name) {
            continue;
        }
        let back = here.saturating_sub(doc.sentence_of(s.span.start));
        let fit = match (doc.cast.gender_of(name), gender) {
            (Some(a), Some(b)) if a != b => ", the other gender",
            (Some(_), Some(_)) => ", gender fits",
            _ => "",
        };
        out.push(Considered {
            name: name.to_string(),
            chosen: speaker.name.as_deref() == Some(name),
            note: format!("spoke {back} sentence(s) before{fit}"),
        });
        if out.len() == 5 {
            break;
        }
    }
    out
}
