//! Named-case tables for the pattern tests (`tests/patterns_*.rs`): a short article written for
//! the test, run through the library (`article::from_text` then `extract::extract`), and
//! checks on the statements found.
//!
//! A case is one `#[test]` made by `cases!`; a failure names the case, the fragment and the
//! field, and lists every statement found. A check finds its statement by a fragment of the
//! statement's text, and the fragment must match exactly one statement.

use chrono::NaiveDate;
use whosaid::article::{Defaults, from_text};
use whosaid::extract::extract;
use whosaid::model::{DateBasis, Precision, SpeakerKind, Statement, StatementKind};

/// Friday 4 July 2025, the article date of most cases.
pub const FRI: Option<&str> = Some("2025-07-04");

/// What one statement must be.
#[derive(Debug, Clone, Copy)]
pub enum Want {
    /// Direct, mixed or indirect.
    Kind(StatementKind),
    /// The statement text, exactly.
    Text(&'static str),
    /// The statement text contains this too.
    Contains(&'static str),
    /// The speaker's canonical name.
    Speaker(&'static str),
    /// The speaker is unresolved: no name.
    NoSpeaker,
    /// Person, organisation, anonymous or unknown.
    SpeakerKind(SpeakerKind),
    /// The words naming the speaker at this statement.
    Mention(&'static str),
    /// The cue, exactly.
    Cue(&'static str),
    /// The role the article gave the speaker.
    Role(&'static str),
    /// The speaker has no role.
    NoRole,
    /// Who reported the claim (nested attribution).
    ReportedBy(&'static str),
    /// Nobody reported it: not nested.
    NotReported,
    /// `said_on` as `YYYY-MM-DD`, with precision and basis.
    On(&'static str, Precision, DateBasis),
    /// No `said_on` at all.
    Undated,
}

/// One check on a case's statements.
#[derive(Debug, Clone, Copy)]
pub enum Check {
    /// The one statement whose text contains the fragment has all of these.
    Has(&'static str, &'static [Want]),
    /// No statement's text contains the fragment.
    NoneHas(&'static str),
    /// No statement's speaker name or mention contains the fragment.
    NobodyNamed(&'static str),
    /// This many statements in all.
    Count(usize),
}

/// The statement containing `fragment` has every field in `wants`.
pub const fn has(fragment: &'static str, wants: &'static [Want]) -> Check {
    Check::Has(fragment, wants)
}

/// No statement contains `fragment`.
pub const fn none_has(fragment: &'static str) -> Check {
    Check::NoneHas(fragment)
}

/// Nobody whose name or mention contains `fragment` speaks.
pub const fn nobody_named(fragment: &'static str) -> Check {
    Check::NobodyNamed(fragment)
}

/// Exactly `n` statements.
pub const fn count(n: usize) -> Check {
    Check::Count(n)
}

/// The statements of `text` as an article dated `date` (`None`: no date given; a dateline in
/// the text may still date it).
pub fn statements(date: Option<&str>, text: &str) -> Vec<Statement> {
    let defaults = Defaults {
        date: date.map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("case date")),
        ..Defaults::default()
    };
    let (article, _warnings) = from_text("case", text, &defaults);
    extract(&article)
}

fn listing(found: &[Statement]) -> String {
    if found.is_empty() {
        return "  (no statements)\n".into();
    }
    found
        .iter()
        .map(|s| {
            let date = s.said_on.map_or("-".to_string(), |d| {
                format!("{} {} {}", d.date, d.precision, d.basis.as_str())
            });
            format!(
                "  {} | {:?} ({}, mention {:?}) | cue {:?} | {} | by {:?} | {:?}\n",
                s.kind.as_str(),
                s.speaker.name,
                s.speaker.kind.as_str(),
                s.speaker.mention.as_ref().map(|m| m.text.as_str()),
                s.cue.as_ref().map(|c| c.text.as_str()),
                date,
                s.reported_by,
                s.text,
            )
        })
        .collect()
}

/// `None` when `s` has `want`, else what it has instead.
fn mismatch(s: &Statement, want: Want) -> Option<String> {
    let ok = match want {
        Want::Kind(k) => s.kind == k,
        Want::Text(t) => s.text == t,
        Want::Contains(t) => s.text.contains(t),
        Want::Speaker(n) => s.speaker.name.as_deref() == Some(n),
        Want::NoSpeaker => s.speaker.name.is_none(),
        Want::SpeakerKind(k) => s.speaker.kind == k,
        Want::Mention(m) => s.speaker.mention.as_ref().map(|l| l.text.as_str()) == Some(m),
        Want::Cue(c) => s.cue.as_ref().map(|l| l.text.as_str()) == Some(c),
        Want::Role(r) => s.speaker.role.as_deref() == Some(r),
        Want::NoRole => s.speaker.role.is_none(),
        Want::ReportedBy(r) => s.reported_by.as_deref() == Some(r),
        Want::NotReported => s.reported_by.is_none(),
        Want::On(date, precision, basis) => s.said_on.is_some_and(|d| {
            d.date.to_string() == date && d.precision == precision && d.basis == basis
        }),
        Want::Undated => s.said_on.is_none(),
    };
    (!ok).then(|| format!("wanted {want:?}"))
}

/// Runs case `name`: the article `text` dated `date` must pass every check.
#[track_caller]
pub fn run(name: &str, date: Option<&str>, text: &str, checks: &[Check]) {
    let found = statements(date, text);
    let mut failures = Vec::new();
    for check in checks {
        match *check {
            Check::Has(fragment, wants) => {
                let hits: Vec<&Statement> =
                    found.iter().filter(|s| s.text.contains(fragment)).collect();
                match hits.as_slice() {
                    [s] => failures.extend(
                        wants
                            .iter()
                            .filter_map(|w| mismatch(s, *w))
                            .map(|m| format!("statement with {fragment:?}: {m}")),
                    ),
                    _ => failures.push(format!(
                        "expected one statement containing {fragment:?}, found {}",
                        hits.len()
                    )),
                }
            }
            Check::NoneHas(fragment) => {
                if found.iter().any(|s| s.text.contains(fragment)) {
                    failures.push(format!("{fragment:?} is not a statement"));
                }
            }
            Check::NobodyNamed(fragment) => {
                let named = |s: &&Statement| {
                    s.speaker.name.as_deref().unwrap_or("").contains(fragment)
                        || s.speaker
                            .mention
                            .as_ref()
                            .is_some_and(|m| m.text.contains(fragment))
                };
                if found.iter().any(|s| named(&s)) {
                    failures.push(format!("{fragment:?} is not a speaker here"));
                }
            }
            Check::Count(n) => {
                if found.len() != n {
                    failures.push(format!("expected {n} statements, found {}", found.len()));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "case {name} failed:\n  - {}\narticle ({}):\n  {text}\nstatements:\n{}",
        failures.join("\n  - "),
        date.unwrap_or("no date"),
        listing(&found)
    );
}

/// One `#[test]` per named case:
/// `name: DATE, "article text" => [has("fragment", &[Want, …]), none_has("…"), …];`
/// Attributes (`#[ignore = "known gap: …"]`, doc comments) go before the name.
macro_rules! cases {
    ($($(#[$attr:meta])* $name:ident: $date:expr, $text:expr => [$($check:expr),* $(,)?];)*) => {
        $(
            $(#[$attr])*
            #[test]
            fn $name() {
                $crate::util::cases::run(stringify!($name), $date, $text, &[$($check),*]);
            }
        )*
    };
}
pub(crate) use cases;
