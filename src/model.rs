//! Domain types shared by every stage: spans, statements, speakers and dates.
//!
//! Offsets inside the pipeline are byte offsets into the article body (`Span`); they are turned
//! into Unicode scalar offsets only at the edges (JSON output, the database), where users and
//! other languages expect character positions.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use crate::parse::date::Precision;

/// A byte range `[start, end)` into an article body, always on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers nothing.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies wholly inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share a byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The covered text, or "" when the span does not fit `text`.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// How a statement was reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    /// Words wholly inside quotation marks.
    Direct,
    /// Reported speech that quotes some words ("called the plan “a disaster”").
    Mixed,
    /// Reported speech without quotation marks ("she said that …").
    Indirect,
}

impl StatementKind {
    /// The name used in output and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Mixed => "mixed",
            StatementKind::Indirect => "indirect",
        }
    }

    /// Parses the stored name.
    pub fn parse(s: &str) -> Option<StatementKind> {
        match s.to_ascii_lowercase().as_str() {
            "direct" => Some(StatementKind::Direct),
            "mixed" => Some(StatementKind::Mixed),
            "indirect" => Some(StatementKind::Indirect),
            _ => None,
        }
    }
}

/// What sort of source a speaker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// An organisation speaking as itself ("the Kremlin", "the Pentagon").
    Organization,
    /// An unnamed source ("a U.S. official", "officials", "a spokeswoman").
    Anonymous,
    /// A mention that could not be resolved ("he" with no antecedent), or no mention at all.
    Unknown,
}

impl SpeakerKind {
    /// The name used in output and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Unknown => "unknown",
        }
    }
}

/// A piece of article text with its position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// The text as written.
    pub text: String,
    /// Where it is.
    pub span: Span,
}

impl Located {
    /// Copies `span` out of `body`.
    pub fn from_span(body: &str, span: Span) -> Located {
        Located {
            text: span.slice(body).to_string(),
            span,
        }
    }
}

/// Who said a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Canonical name within the article ("Donald Trump"), or the organisation or anonymous
    /// source as written ("the Kremlin", "a U.S. official"); `None` when unresolved.
    pub name: Option<String>,
    /// Person, organisation, anonymous or unknown.
    pub kind: SpeakerKind,
    /// The words that named the speaker at this statement ("he", "Trump", "the official").
    pub mention: Option<Located>,
    /// The role the article gave the person ("Putin’s foreign policy adviser").
    pub role: Option<String>,
    /// Other forms of the person's name in the article ("Thornquist"), kept as aliases.
    pub aliases: Vec<String>,
}

impl Speaker {
    /// A speaker nobody could name.
    pub fn unknown(mention: Option<Located>) -> Speaker {
        Speaker {
            name: None,
            kind: SpeakerKind::Unknown,
            mention,
            role: None,
            aliases: Vec::new(),
        }
    }
}

/// Where a statement's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateBasis {
    /// A time expression attached to the statement's own cue or clause.
    Stated,
    /// The date the article's lead gave the event the speaker is talking about.
    Lead,
    /// The article's publication date, for lack of anything closer.
    Published,
}

impl DateBasis {
    /// The name used in output and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Stated => "stated",
            DateBasis::Lead => "lead",
            DateBasis::Published => "published",
        }
    }
}

/// The day a statement was made, how exact it is, and why we think so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatementDate {
    /// The day (first day of the week, month or year for coarser precision).
    pub date: NaiveDate,
    /// Day, week, month or year.
    pub precision: Precision,
    /// Stated, lead or published.
    pub basis: DateBasis,
}

/// One attributed statement found in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// Direct, mixed or indirect.
    pub kind: StatementKind,
    /// Where the content is (for direct quotes, including the quotation marks).
    pub span: Span,
    /// The content exactly as written.
    pub text: String,
    /// Who said it.
    pub speaker: Speaker,
    /// The reporting verb or phrase linking speaker and content ("said", "according to").
    pub cue: Option<Located>,
    /// When it was said, if known.
    pub said_on: Option<StatementDate>,
    /// Who reported it, for nested attribution ("According to Ushakov, Putin said …").
    pub reported_by: Option<String>,
    /// Pieces of one quotation interrupted by its attribution share the start of the first
    /// piece here; `None` for a statement in one piece.
    pub group: Option<usize>,
}
