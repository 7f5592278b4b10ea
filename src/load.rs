//! Extraction output read back: the loadable JSON Lines of `whosaid extract --format jsonl
//! --with-articles` (an article record, then its statements, each with the aliases its
//! article gave the speaker) into articles and statements again, for `whosaid import
//! --statements`, which stores them without extracting: the rows of a plain import.
//!
//! Pure: one line of text in, one `Line` out. Offsets in the records count characters, as
//! extract prints them; here they become byte spans of the article body again.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::article::{Article, PublishedFrom};
use crate::model::{
    DateBasis, FoundBy, Located, Precision, Span, Speaker, SpeakerKind, SpeakerRule, Statement,
    StatementDate, StatementKind, Why,
};

/// The article record `extract --with-articles` prints before the article's statements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleRecord {
    /// Always "article": what tells this line from a statement's.
    pub record: String,
    /// Record id, or the file path.
    pub id: String,
    /// Headline.
    pub title: Option<String>,
    /// Publisher.
    pub source: Option<String>,
    /// Address.
    pub url: Option<String>,
    /// Who wrote it.
    pub byline: Option<String>,
    /// Publication date (YYYY-MM-DD).
    pub published: Option<NaiveDate>,
    /// header, option or dateline.
    pub published_from: Option<String>,
    /// The article text every offset counts into.
    pub body: String,
}

impl ArticleRecord {
    /// The record of `article`.
    pub fn new(article: &Article) -> ArticleRecord {
        ArticleRecord {
            record: "article".into(),
            id: article.id.clone(),
            title: article.title.clone(),
            source: article.source.clone(),
            url: article.url.clone(),
            byline: article.byline.clone(),
            published: article.published,
            published_from: article.published_from.map(|p| p.as_str().into()),
            body: article.body.clone(),
        }
    }

    fn article(self) -> Result<Article, String> {
        let from = match self.published_from.as_deref() {
            None => None,
            Some(name) => Some(
                PublishedFrom::parse(name)
                    .ok_or_else(|| format!("unknown \"published_from\" {name:?}"))?,
            ),
        };
        Ok(Article {
            id: self.id,
            title: self.title,
            source: self.source,
            url: self.url,
            byline: self.byline,
            published: self.published,
            published_from: from,
            body: self.body,
        })
    }
}

/// A statement line as `extract` prints it (the fields loading needs).
#[derive(Debug, Deserialize)]
struct StatementLine {
    article: String,
    kind: StatementKind,
    text: String,
    start: usize,
    end: usize,
    speaker: Option<String>,
    speaker_kind: SpeakerKind,
    speaker_mention: Option<String>,
    speaker_start: Option<usize>,
    speaker_end: Option<usize>,
    cue: Option<String>,
    cue_start: Option<usize>,
    cue_end: Option<usize>,
    said_on: Option<NaiveDate>,
    said_precision: Option<Precision>,
    said_basis: Option<DateBasis>,
    role: Option<String>,
    reported_by: Option<String>,
    piece_of: Option<usize>,
    aliases: Option<Vec<String>>,
}

/// One line of a loadable file.
#[derive(Debug)]
pub enum Line {
    /// An article; its statements follow.
    Article(Article),
    /// A statement of the article named (still in character offsets).
    Statement(Box<Pending>),
}

/// A statement read but not yet placed in its article's body.
#[derive(Debug)]
pub struct Pending {
    line: StatementLine,
}

impl Pending {
    /// The id of the article the statement belongs to.
    pub fn article(&self) -> &str {
        &self.line.article
    }
}

/// Reads one line of a loadable file.
pub fn read_line(json: &str) -> Result<Line, String> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| format!("not a JSON record: {e}"))?;
    if value.get("record").and_then(|r| r.as_str()) == Some("article") {
        let record: ArticleRecord =
            serde_json::from_value(value).map_err(|e| format!("bad article record: {e}"))?;
        return record.article().map(Line::Article);
    }
    if value.get("aliases").is_none() {
        return Err(
            "a statement without \"aliases\": make the file with `whosaid extract --format jsonl --with-articles`"
                .into(),
        );
    }
    let line: StatementLine =
        serde_json::from_value(value).map_err(|e| format!("bad statement record: {e}"))?;
    Ok(Line::Statement(Box::new(Pending { line })))
}

/// Byte offsets of the characters of a body, to turn character offsets back into spans.
pub struct ByteIndex {
    starts: Vec<usize>,
}

impl ByteIndex {
    /// The index of `body`.
    pub fn new(body: &str) -> ByteIndex {
        let starts = body
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(body.len()))
            .collect();
        ByteIndex { starts }
    }

    fn byte(&self, char_offset: usize) -> Result<usize, String> {
        self.starts
            .get(char_offset)
            .copied()
            .ok_or_else(|| format!("offset {char_offset} is past the end of the article"))
    }

    fn span(&self, start: usize, end: usize) -> Result<Span, String> {
        if start > end {
            return Err(format!("offsets {start}-{end} run backwards"));
        }
        Ok(Span::new(self.byte(start)?, self.byte(end)?))
    }

    fn located(
        &self,
        text: Option<String>,
        start: Option<usize>,
        end: Option<usize>,
    ) -> Result<Option<Located>, String> {
        match (text, start, end) {
            (Some(text), Some(start), Some(end)) => Ok(Some(Located {
                text,
                span: self.span(start, end)?,
            })),
            _ => Ok(None),
        }
    }
}

impl Pending {
    /// The statement, placed in the body `ix` indexes.
    pub fn statement(self, ix: &ByteIndex) -> Result<Statement, String> {
        let l = self.line;
        let said_on = match (l.said_on, l.said_precision, l.said_basis) {
            (Some(date), Some(precision), Some(basis)) => Some(StatementDate {
                date,
                precision,
                basis,
            }),
            _ => None,
        };
        Ok(Statement {
            kind: l.kind,
            span: ix.span(l.start, l.end)?,
            text: l.text,
            speaker: Speaker {
                name: l.speaker,
                kind: l.speaker_kind,
                mention: ix.located(l.speaker_mention, l.speaker_start, l.speaker_end)?,
                role: l.role,
                aliases: l.aliases.unwrap_or_default().into(),
            },
            cue: ix.located(l.cue, l.cue_start, l.cue_end)?,
            said_on,
            reported_by: l.reported_by,
            group: l.piece_of.map(|g| ix.byte(g)).transpose()?,
            // Neither stored nor printed: which rules found it is not in the file.
            why: Why {
                found_by: FoundBy::QuoteUnclaimed,
                speaker_by: SpeakerRule::Fallback,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_become_byte_spans() {
        let ix = ByteIndex::new("a“b”c");
        assert_eq!(ix.span(1, 4), Ok(Span::new(1, 8)));
        assert!(ix.span(0, 6).is_err(), "past the end");
        assert!(ix.span(3, 2).is_err(), "backwards");
    }

    #[test]
    fn a_statement_without_aliases_is_refused_with_the_way_to_make_one() {
        let err = read_line(r#"{"article": "a", "kind": "direct"}"#).unwrap_err();
        assert!(err.contains("--with-articles"), "{err}");
    }
}
