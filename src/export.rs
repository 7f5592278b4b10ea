//! Output: statements and timeline rows as a table, JSON Lines, one JSON array or RFC 4180
//! CSV.
//!
//! Writers take any `io::Write`; the CLI passes stdout or a file. Offsets in output count
//! Unicode scalar values, as in the database.

use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use crate::article::Article;
use crate::error::{Error, Result};
use crate::extract::CharIndex;
use crate::model::{Precision, Statement};
use crate::store::{MATCH_END, MATCH_START, PersonSummary, TimelineRow};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for reading.
    Table,
    /// One JSON object a line.
    Jsonl,
    /// One JSON array of objects (one object a line inside it).
    Json,
    /// RFC 4180 CSV with a header row.
    Csv,
}

/// One extracted statement as `whosaid extract` prints it (the eval interface).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementRecord {
    /// Record id, or the file path.
    pub article: String,
    /// direct, mixed or indirect.
    pub kind: &'static str,
    /// The content exactly as written.
    pub text: String,
    /// Content start (characters).
    pub start: usize,
    /// Content end (characters).
    pub end: usize,
    /// Canonical name, organisation or source; null when unresolved.
    pub speaker: Option<String>,
    /// person, organization, anonymous or unknown.
    pub speaker_kind: &'static str,
    /// The words that named the speaker here.
    pub speaker_mention: Option<String>,
    /// Mention start (characters).
    pub speaker_start: Option<usize>,
    /// Mention end (characters).
    pub speaker_end: Option<usize>,
    /// Reporting verb or phrase.
    pub cue: Option<String>,
    /// Cue start (characters).
    pub cue_start: Option<usize>,
    /// Cue end (characters).
    pub cue_end: Option<usize>,
    /// Day it was said.
    pub said_on: Option<String>,
    /// day, week, month or year.
    pub said_precision: Option<&'static str>,
    /// stated, lead or published.
    pub said_basis: Option<&'static str>,
    /// Role the article gave the speaker.
    pub role: Option<String>,
    /// Who reported the claim, for nested attribution.
    pub reported_by: Option<String>,
    /// Start of the first piece, for pieces of one split quotation.
    pub piece_of: Option<usize>,
    /// Other forms of the speaker's name in the article, printed only for loading
    /// (`extract --with-articles`, read back by `import --statements`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub aliases: Option<Vec<String>>,
}

impl StatementRecord {
    /// Builds the record for a statement of `article_id` whose body is indexed by `ix`.
    pub fn new(article_id: &str, s: &Statement, ix: &CharIndex) -> StatementRecord {
        let mention = s.speaker.mention.as_ref();
        let cue = s.cue.as_ref();
        StatementRecord {
            article: article_id.to_string(),
            kind: s.kind.as_str(),
            text: s.text.clone(),
            start: ix.char_at(s.span.start),
            end: ix.char_at(s.span.end),
            speaker: s.speaker.name.clone(),
            speaker_kind: s.speaker.kind.as_str(),
            speaker_mention: mention.map(|m| m.text.clone()),
            speaker_start: mention.map(|m| ix.char_at(m.span.start)),
            speaker_end: mention.map(|m| ix.char_at(m.span.end)),
            cue: cue.map(|c| c.text.clone()),
            cue_start: cue.map(|c| ix.char_at(c.span.start)),
            cue_end: cue.map(|c| ix.char_at(c.span.end)),
            said_on: s.said_on.map(|d| d.date.to_string()),
            said_precision: s.said_on.map(|d| d.precision.as_str()),
            said_basis: s.said_on.map(|d| d.basis.as_str()),
            role: s.speaker.role.clone(),
            reported_by: s.reported_by.clone(),
            piece_of: s.group.map(|g| ix.char_at(g)),
            aliases: None,
        }
    }
}

/// One sentence as `whosaid sentences` prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SentenceRecord {
    /// Record id, or the file path.
    pub article: String,
    /// Start (characters).
    pub start: usize,
    /// End (characters).
    pub end: usize,
    /// The sentence as written.
    pub text: String,
}

/// Header of the sentence table.
pub const SENTENCE_HEADER: [&str; 3] = ["START", "END", "SENTENCE"];

/// The sentence records of an article, each with its table cells.
pub fn sentence_rows(article: &Article) -> Vec<(SentenceRecord, Vec<String>)> {
    let ix = CharIndex::new(&article.body);
    crate::parse::sentence::split_sentences(&article.body)
        .iter()
        .map(|s| {
            let text = s.span.slice(&article.body).to_string();
            let (start, end) = (ix.char_at(s.span.start), ix.char_at(s.span.end));
            let cells = vec![start.to_string(), end.to_string(), cell(&text, 100)];
            let record = SentenceRecord {
                article: article.id.clone(),
                start,
                end,
                text,
            };
            (record, cells)
        })
        .collect()
}

/// How a table is laid out: one column may wrap to the screen width, and search matches
/// (between `MATCH_START` and `MATCH_END`) are shown in bold or not at all.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Layout {
    /// Wrap column `.0` so the table fits `.1` characters.
    pub wrap: Option<(usize, usize)>,
    /// Whole statements instead of shortened ones.
    pub full: bool,
    /// Matches in bold (ANSI), for a terminal that has not asked for `NO_COLOR`.
    pub color: bool,
}

impl Layout {
    /// The layout for standard output: on a terminal, whole statements wrapped to its width
    /// (or on one line with `wide`) and matches in bold unless `NO_COLOR` is set; elsewhere
    /// shortened statements, or whole ones with `wide`. `column` is the one that wraps.
    pub fn for_stdout(wide: bool, column: usize) -> Layout {
        use std::io::IsTerminal;
        if !std::io::stdout().is_terminal() {
            return Layout {
                full: wide,
                ..Layout::default()
            };
        }
        let width = terminal_size::terminal_size().map_or(100, |(w, _)| usize::from(w.0));
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Layout {
            wrap: (!wide).then_some((column, width)),
            full: true,
            color: !no_color,
        }
    }
}

/// How a highlighted part of text is marked: bold on a colour terminal, brackets elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatchMarks {
    /// Before the part.
    pub open: &'static str,
    /// After the part.
    pub close: &'static str,
}

impl MatchMarks {
    /// Bold when `color`, else `[[` and `]]`.
    pub fn for_stdout(color: bool) -> MatchMarks {
        if color {
            MatchMarks {
                open: "\x1b[1m",
                close: "\x1b[22m",
            }
        } else {
            MatchMarks {
                open: "[[",
                close: "]]",
            }
        }
    }
}

/// Writes records in one format; a table is written when `finish` is called. Errors name
/// the output ("-" for standard output unless `named`).
pub struct Writer<W: Write> {
    sink: Sink<W>,
    name: PathBuf,
    layout: Layout,
    /// CSV cells left as they are (`--raw`), not neutralised.
    raw: bool,
    /// CSV records written so far (the header counts).
    rows: usize,
}

/// Where a writer's records go, by format.
enum Sink<W: Write> {
    /// JSON Lines straight to the output.
    Jsonl(W),
    /// A JSON array, streamed: the count of records written so far.
    Json(W, usize),
    /// CSV with a header row from the record's field names.
    Csv(Box<csv::Writer<W>>),
    /// Rows kept until `finish`, to align the columns.
    Table(W, Vec<Vec<String>>),
}

impl<W: Write> Writer<W> {
    /// A writer of `format` to `out`.
    pub fn new(format: Format, out: W) -> Writer<W> {
        let sink = match format {
            Format::Jsonl => Sink::Jsonl(out),
            Format::Json => Sink::Json(out, 0),
            Format::Csv => Sink::Csv(Box::new(csv::Writer::from_writer(out))),
            Format::Table => Sink::Table(out, Vec::new()),
        };
        Writer {
            sink,
            name: PathBuf::from("-"),
            layout: Layout::default(),
            raw: false,
            rows: 0,
        }
    }

    /// The same writer, laying a table out as `layout` says.
    pub fn layout(self, layout: Layout) -> Writer<W> {
        Writer { layout, ..self }
    }

    /// The same writer, leaving CSV cells as they are when `raw` (see `neutralise`).
    pub fn raw(self, raw: bool) -> Writer<W> {
        Writer { raw, ..self }
    }

    /// The same writer, naming `name` (the output file) in its errors.
    pub fn named(self, name: impl Into<PathBuf>) -> Writer<W> {
        Writer {
            name: name.into(),
            ..self
        }
    }

    /// An output error, named after this writer's output.
    fn rename(&self, e: Error) -> Error {
        match e {
            Error::Io { source, .. } => Error::io(&self.name, source),
            Error::Csv(c) if c.is_io_error() => match c.into_kind() {
                csv::ErrorKind::Io(io) => Error::io(&self.name, io),
                // is_io_error() said Io; any other kind keeps its text.
                other => Error::Usage(format!("csv: {other:?}")),
            },
            other => other,
        }
    }

    /// Writes one record; `cells` is the table view of it.
    pub fn write<T: Serialize>(&mut self, record: &T, cells: Vec<String>) -> Result<()> {
        let result = match &mut self.sink {
            Sink::Jsonl(out) => serde_json::to_writer(&mut *out, record)
                .map_err(Error::from)
                .and_then(|()| out.write_all(b"\n").map_err(|e| Error::io("-", e))),
            Sink::Json(out, n) => write_array_item(out, n, record),
            Sink::Csv(w) if self.raw => w.serialize(record).map_err(Error::from),
            Sink::Csv(w) => write_neutral(w, record, self.rows == 0).map(|n| self.rows += n),
            Sink::Table(_, rows) => {
                rows.push(cells);
                Ok(())
            }
        };
        result.map_err(|e| self.rename(e))
    }

    /// Hands what is written so far to the output (a streaming filter calls it after each
    /// article); a table is kept until `finish`.
    pub fn flush(&mut self) -> Result<()> {
        let result = match &mut self.sink {
            Sink::Jsonl(out) | Sink::Json(out, _) => out.flush(),
            Sink::Csv(w) => w.flush(),
            Sink::Table(..) => Ok(()),
        };
        result.map_err(|e| Error::io(&self.name, e))
    }

    /// Writes a CSV header row by hand (for an empty export); other formats ignore it.
    pub fn write_csv_header(&mut self, names: &[&str]) -> Result<()> {
        if let Sink::Csv(w) = &mut self.sink {
            w.write_record(names).map_err(|e| self.rename(e.into()))?;
            self.rows += 1;
        }
        Ok(())
    }

    /// Writes the table (when the format is a table) under `header`, and flushes.
    pub fn finish(self, header: &[&str]) -> Result<()> {
        let name = self.name;
        let layout = self.layout;
        let result = match self.sink {
            Sink::Jsonl(mut out) => out.flush(),
            Sink::Json(mut out, n) => {
                let close: &[u8] = if n == 0 { b"[]\n" } else { b"\n]\n" };
                out.write_all(close).and_then(|()| out.flush())
            }
            Sink::Csv(mut w) => w.flush(),
            Sink::Table(mut out, mut rows) => {
                if !rows.is_empty() {
                    rows.insert(0, header.iter().map(|h| h.to_string()).collect());
                }
                write_table(&mut out, &rows, layout).and_then(|()| out.flush())
            }
        };
        result.map_err(|e| Error::io(name, e))
    }
}

/// One record of a streamed JSON array: `[` before the first, `,` before the others.
fn write_array_item<T: Serialize>(out: &mut impl Write, n: &mut usize, record: &T) -> Result<()> {
    let lead: &[u8] = if *n == 0 { b"[\n" } else { b",\n" };
    out.write_all(lead).map_err(|e| Error::io("-", e))?;
    serde_json::to_writer(&mut *out, record)?;
    *n += 1;
    Ok(())
}

/// A CSV cell a spreadsheet would run as a formula, made plain text the way OWASP advises
/// (CSV injection): a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets
/// a `'` in front. Every other cell is left as it is.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Writes `record` (and, when `header`, the header row serde gives it) with every cell
/// neutralised; returns the number of CSV records written.
fn write_neutral<W: Write, T: Serialize>(
    w: &mut csv::Writer<W>,
    record: &T,
    header: bool,
) -> Result<usize> {
    // Serde and csv turn the record into cells; they are read back to be neutralised.
    let mut buf = csv::WriterBuilder::new()
        .has_headers(header)
        .from_writer(Vec::new());
    buf.serialize(record)?;
    let bytes = buf
        .into_inner()
        .map_err(|e| Error::io("-", e.into_error()))?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>()?;
    // With a header there are two rows; the header holds field names, not data.
    let data_from = rows.len().saturating_sub(1);
    for (i, row) in rows.iter().enumerate() {
        if i < data_from {
            w.write_record(row)?;
        } else {
            w.write_record(row.iter().map(neutralise).map(|c| c.into_owned()))?;
        }
    }
    Ok(rows.len())
}

/// Characters a cell takes on screen (match marks take none).
fn visible_len(s: &str) -> usize {
    s.chars()
        .filter(|&c| c != MATCH_START && c != MATCH_END)
        .count()
}

/// The wrapping column of a terminal table keeps at least this many characters.
const WRAP_MIN: usize = 24;
/// Narrowest a column other than the wrapping one is cut to, to fit the terminal.
const NARROWEST: usize = 8;

/// Narrows the widest columns but the first and `wrap` (never below `NARROWEST`) until a row, its
/// wrapping column `WRAP_MIN` wide, is narrower than the terminal's `width`. A row wider than
/// the terminal runs on over the next screen lines, the note written after the table (to
/// stderr) among them; one exactly as wide leaves the cursor at the edge.
fn fit_width(widths: &mut [usize], wrap: usize, width: usize) {
    loop {
        let others: usize = (0..widths.len())
            .filter(|&i| i != wrap)
            .map(|i| widths[i] + 2)
            .sum();
        if others + WRAP_MIN < width {
            return;
        }
        // The first column (the id or name a row is known by) is never cut.
        let widest = (1..widths.len())
            .filter(|&i| i != wrap)
            .max_by_key(|&i| widths[i]);
        match widest {
            Some(i) if widths[i] > NARROWEST => widths[i] -= 1,
            _ => return,
        }
    }
}

/// Columns padded to their widest cell; the last column is not padded. With `layout.wrap`,
/// the other columns are cut to fit the terminal's width (`fit_width`), and the wrapping
/// column gets what they leave (at least 24 characters) and continues on further lines
/// under itself.
fn write_table(out: &mut impl Write, rows: &[Vec<String>], layout: Layout) -> std::io::Result<()> {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths: Vec<usize> = (0..cols)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| visible_len(s))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let wrap = layout.wrap.filter(|&(c, _)| c < cols).map(|(c, width)| {
        fit_width(&mut widths, c, width);
        let others: usize = (0..cols).filter(|&i| i != c).map(|i| widths[i] + 2).sum();
        let room = width.saturating_sub(others + 1).max(WRAP_MIN);
        widths[c] = widths[c].min(room);
        (c, room)
    });
    for row in rows {
        let wrapped: Vec<String> = match wrap {
            Some((c, room)) => row
                .get(c)
                .map_or_else(Vec::new, |cell| wrap_words(cell, room)),
            None => Vec::new(),
        };
        let lines = wrapped.len().max(1);
        for n in 0..lines {
            let mut line = String::new();
            for (c, cell) in row.iter().enumerate() {
                let text = match wrap {
                    Some((w, _)) if w == c => wrapped.get(n).map_or("", String::as_str),
                    _ if n == 0 => cell.as_str(),
                    _ => "",
                };
                let cut;
                let text = if wrap.is_some() && visible_len(text) > widths[c] {
                    cut = crate::export::cell(text, widths[c]);
                    cut.as_str()
                } else {
                    text
                };
                line.push_str(text);
                if c + 1 < row.len() {
                    let pad = widths[c].saturating_sub(visible_len(text)) + 2;
                    line.extend(std::iter::repeat_n(' ', pad));
                }
            }
            writeln!(out, "{}", show_matches(line.trim_end(), layout.color))?;
        }
    }
    Ok(())
}

/// `text` on lines of at most `width` visible characters, broken between words (a word
/// longer than a line is cut).
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let (len, word_len) = (visible_len(&line), visible_len(word));
        if len > 0 && len + 1 + word_len > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        while visible_len(&line) > width {
            let cut: String = line.chars().take(width).collect();
            lines.push(cut.clone());
            line = line[cut.len()..].to_string();
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Match marks as bold on and off, or removed.
fn show_matches(line: &str, color: bool) -> String {
    if color {
        line.replace(MATCH_START, "\x1b[1m")
            .replace(MATCH_END, "\x1b[22m")
    } else {
        line.replace([MATCH_START, MATCH_END], "")
    }
}

/// Shortens `s` to at most `max` characters for a table cell, on one line.
pub fn cell(s: &str, max: usize) -> String {
    let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let cut: String = one_line.chars().take(max.saturating_sub(1)).collect();
    format!("{cut}…")
}

/// Table columns for an extracted statement.
pub fn statement_cells(r: &StatementRecord) -> Vec<String> {
    vec![
        r.said_on.clone().unwrap_or_else(|| "unknown".into()),
        r.kind.to_string(),
        cell(r.speaker.as_deref().unwrap_or("?"), 28),
        cell(r.cue.as_deref().unwrap_or("-"), 14),
        cell(&r.text, 90),
    ]
}

/// The column of the extracted-statement table that wraps.
pub const STATEMENT_WRAP: usize = 4;

/// Header of the extracted-statement table.
pub const STATEMENT_HEADER: [&str; 5] = ["SAID ON", "KIND", "SPEAKER", "CUE", "STATEMENT"];

/// CSV columns of a timeline row, as serde names them (kept in step by a test).
pub const TIMELINE_COLUMNS: [&str; 22] = [
    "id",
    "said_on",
    "said_precision",
    "said_basis",
    "speaker",
    "speaker_kind",
    "kind",
    "statement",
    "cue",
    "speaker_mention",
    "role",
    "reported_by",
    "article_title",
    "article_source",
    "article_url",
    "published_on",
    "article_id",
    "article_ref",
    "start",
    "end",
    "corrected",
    "article_byline",
];

/// Table columns for a timeline row; `full` keeps the whole statement.
pub fn timeline_cells(r: &TimelineRow, full: bool) -> Vec<String> {
    let statement = if full {
        cell(&r.statement, usize::MAX)
    } else {
        cell(&r.statement, 72)
    };
    timeline_cells_with(r, statement)
}

/// Table columns for a timeline row, with `statement` as its statement cell.
pub fn timeline_cells_with(r: &TimelineRow, statement: String) -> Vec<String> {
    let date = match (r.said_on, r.said_precision) {
        (Some(d), Some(p)) if p != Precision::Day => format!("{d} ({})", p.as_str()),
        (Some(d), _) => d.to_string(),
        (None, _) => "unknown".into(),
    };
    // The source first (short), then the headline; the file or record id when neither is known.
    let named: Vec<&str> = [r.article_source.as_deref(), r.article_title.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let source = if named.is_empty() {
        r.article_ref
            .rsplit('/')
            .next()
            .unwrap_or(&r.article_ref)
            .to_string()
    } else {
        named.join(": ")
    };
    let corrected = if r.corrected.is_empty() { "" } else { "*" };
    vec![
        format!("{}{corrected}", r.id),
        date,
        r.kind.as_str().to_string(),
        cell(r.cue.as_deref().unwrap_or("-"), 14),
        statement,
        cell(&source, 30),
    ]
}

/// Header of the timeline table.
pub const TIMELINE_HEADER: [&str; 6] = ["ID", "SAID ON", "KIND", "CUE", "STATEMENT", "ARTICLE"];

/// The column of the timeline table that wraps.
pub const TIMELINE_WRAP: usize = 4;

/// Table columns for a person summary.
pub fn person_cells(p: &PersonSummary) -> Vec<String> {
    vec![
        p.name.clone(),
        p.kind.as_str().to_string(),
        p.statements.to_string(),
        p.first.map_or_else(|| "-".into(), |d| d.to_string()),
        p.last.map_or_else(|| "-".into(), |d| d.to_string()),
        cell(&p.aliases, 60),
    ]
}

/// Header of the people table.
pub const PEOPLE_HEADER: [&str; 6] = [
    "SPEAKER",
    "KIND",
    "STATEMENTS",
    "FIRST",
    "LAST",
    "ALSO KNOWN AS",
];

#[cfg(test)]
mod tests;
