//! Reading inputs: text files, saved web pages, directories, standard input and JSON Lines
//! files into articles, with a progress bar on a terminal (`cli/progress.rs`).
//!
//! One bad input never stops the others: each problem is reported (with file and line) through
//! the `Report` and the run goes on; the caller turns the count of skipped inputs into the
//! exit code.

use std::io::{BufRead, BufReader, Read as _};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, sync_channel};

use super::color::Paint;
use super::progress::Progress;
use crate::article::{self, Article, Defaults};

/// Collects what went wrong while reading, for stderr and the exit code, and drives the
/// progress bar.
#[derive(Debug, Default)]
pub struct Report {
    /// Inputs or records skipped.
    pub skipped: usize,
    quiet: bool,
    progress: Progress,
    paint: Paint,
}

impl Report {
    /// A report that prints warnings unless `quiet`, with a progress bar when stderr is a
    /// terminal and not `quiet`.
    pub fn new(quiet: bool) -> Report {
        Report {
            skipped: 0,
            quiet,
            progress: Progress::default(),
            paint: Paint::stderr(),
        }
    }

    /// Reports an input that was skipped.
    pub fn skip(&mut self, message: String) {
        self.skipped += 1;
        let label = self.paint.error("whosaid");
        self.progress.println(&format!("{label}: {message}"));
    }

    /// Reports something worth knowing about an input that was still used.
    pub fn warn(&self, message: String) {
        if !self.quiet {
            let label = self.paint.warning("warning");
            self.progress
                .println(&format!("whosaid: {label}: {message}"));
        }
    }

    /// Counts statements found, for the progress bar.
    pub fn found(&mut self, statements: usize) {
        self.progress.found(statements);
    }
}

/// One input to read, found on the command line or in a directory.
enum Source {
    Stdin,
    Text(PathBuf),
    Html(PathBuf),
    Jsonl(PathBuf),
}

/// Calls `each` with every input the INPUT arguments name, in order: directories are walked
/// (each directory's entries sorted by name, so the order is that of the sorted paths) for
/// `.txt`, `.md`, `.html`, `.htm`, `.jsonl` and `.ndjson` files, one directory at a time, so a
/// folder of 100,000 files is never listed whole; a symbolic link that leads back into a
/// directory being walked is reported and not followed.
fn each_source(inputs: &[PathBuf], report: &mut Report, each: &mut dyn FnMut(Source, &mut Report)) {
    for input in inputs {
        if input.as_os_str() == "-" {
            each(Source::Stdin, report);
        } else if input.is_dir() {
            walk(
                input,
                &mut Vec::new(),
                &mut |found, report| match found {
                    Ok(path) => {
                        if let Some(source) = classify(path) {
                            each(source, report);
                        }
                    }
                    Err(problem) => report.skip(problem),
                },
                report,
            );
        } else if input.exists() {
            each(
                classify(input.clone()).unwrap_or(Source::Text(input.clone())),
                report,
            );
        } else {
            match std::fs::symlink_metadata(input) {
                // A link whose target is missing, or a chain of links without end.
                Ok(_) => report.skip(format!("{}: {}", input.display(), link_problem(input))),
                Err(_) => report.skip(format!("{}: no such file or directory", input.display())),
            }
        }
    }
}

/// The bytes of every file the inputs name (for the progress bar's total), or `None` when
/// standard input is one of them. Walks the directories a second time, keeping nothing.
fn total_size(inputs: &[PathBuf]) -> Option<u64> {
    let mut total = 0;
    for input in inputs {
        if input.as_os_str() == "-" {
            return None;
        } else if input.is_dir() {
            let mut quiet = Report::new(true);
            walk(
                input,
                &mut Vec::new(),
                &mut |found, _| {
                    if let Ok(path) = found.map(classify) {
                        total += path.map_or(0, |s| s.size());
                    }
                },
                &mut quiet,
            );
        } else {
            total += std::fs::metadata(input).map_or(0, |m| m.len());
        }
    }
    Some(total)
}

impl Source {
    /// Bytes to read (0 for standard input).
    fn size(&self) -> u64 {
        match self {
            Source::Stdin => 0,
            Source::Text(p) | Source::Html(p) | Source::Jsonl(p) => {
                std::fs::metadata(p).map_or(0, |m| m.len())
            }
        }
    }
}

/// Why a symbolic link that `exists()` calls missing cannot be followed.
fn link_problem(path: &Path) -> String {
    match std::fs::metadata(path) {
        // ELOOP: 40 on Linux, 62 on macOS and the BSDs.
        Err(e) if matches!(e.raw_os_error(), Some(40 | 62)) => {
            "symbolic link loop (the link leads back to itself), not followed".into()
        }
        Err(_) => "symbolic link to a missing file".into(),
        Ok(_) => "cannot read".into(),
    }
}

fn classify(path: PathBuf) -> Option<Source> {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("jsonl" | "ndjson") => Some(Source::Jsonl(path)),
        Some("txt" | "md" | "text") => Some(Source::Text(path)),
        Some("html" | "htm" | "xhtml") => Some(Source::Html(path)),
        _ => None,
    }
}

/// A file found by `walk`, or a problem to report.
type Found = std::result::Result<PathBuf, String>;

/// Calls `found` with each file under `dir` (depth first, each directory's entries sorted by
/// name) and each problem met; `open` holds the (canonical) directories being walked, so a
/// link back into one of them is a loop. Only one directory's entries are held at a time per
/// level.
fn walk(
    dir: &Path,
    open: &mut Vec<PathBuf>,
    found: &mut dyn FnMut(Found, &mut Report),
    report: &mut Report,
) {
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if open.contains(&canonical) {
        let problem = format!(
            "{}: symbolic link loop (leads back to {}), not followed",
            dir.display(),
            canonical.display()
        );
        return found(Err(problem), report);
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return found(Err(format!("{}: {e}", dir.display())), report),
    };
    let mut names: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    names.sort();
    open.push(canonical);
    for path in names {
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, open, found, report),
            Ok(_) => found(Ok(path), report),
            Err(_) if classify(path.clone()).is_some() => {
                let problem = format!("{}: {}", path.display(), link_problem(&path));
                found(Err(problem), report);
            }
            Err(_) => {}
        }
    }
    open.pop();
}

/// Shows the progress bar, when one is wanted, for the bytes of `inputs`.
fn start_progress(inputs: &[PathBuf], report: &mut Report) {
    let total = if Progress::wanted(report.quiet) {
        total_size(inputs)
    } else {
        None
    };
    report.progress = Progress::start(report.quiet, total);
}

/// What the reader hands on.
pub enum Read {
    /// The next article.
    Article(Article),
    /// Standard input has nothing ready: its writer is still at work, so this is the moment
    /// to finish and print what is in hand (a streaming filter's output must not wait for
    /// the next record).
    Waiting,
}

/// The callback that gets what the reader hands on.
type Each<'a> = dyn FnMut(Read, &mut Report) + 'a;

/// Reads every input and calls `each` with each article, in order.
pub fn for_each_article(
    inputs: &[PathBuf],
    defaults: &Defaults,
    report: &mut Report,
    each: &mut dyn FnMut(Article, &mut Report),
) {
    for_each(inputs, defaults, report, &mut |read, report| {
        if let Read::Article(article) = read {
            each(article, report);
        }
    });
}

/// Reads every input and calls `each` with each article, in order, and with `Read::Waiting`
/// when standard input has no record ready. One article is in memory at a time: a JSON Lines
/// file or standard input is read record by record.
pub fn for_each(inputs: &[PathBuf], defaults: &Defaults, report: &mut Report, each: &mut Each) {
    start_progress(inputs, report);
    let mut counted = |read: Read, report: &mut Report| {
        if let Read::Article(article) = &read {
            report.progress.article();
            if let Some(problem) = too_long(article) {
                return report.skip(problem);
            }
        }
        each(read, report);
    };
    each_source(inputs, report, &mut |source, report| {
        let size = source.size();
        read_source(source, defaults, report, &mut counted);
        report.progress.source_done(size);
    });
    report.progress.finish();
}

/// The message for an article whose body is past what extraction can index
/// (`parse::token::MAX_BODY`, 4 GiB), skipped whole.
fn too_long(article: &Article) -> Option<String> {
    too_long_body(&article.id, article.body.len())
}

fn too_long_body(id: &str, len: usize) -> Option<String> {
    (len > crate::parse::MAX_BODY).then(|| {
        format!("{id}: the article text is {len} bytes, over the 4 GiB (4,294,967,295 bytes) whosaid can extract from; skipped")
    })
}

fn read_source(source: Source, defaults: &Defaults, report: &mut Report, each: &mut Each) {
    let path = match source {
        Source::Stdin => return read_stdin(defaults, report, each),
        Source::Text(path) | Source::Html(path) | Source::Jsonl(path) if !is_regular(&path) => {
            return report.skip(format!(
                "{}: not a regular file (a device, socket or pipe), not read",
                path.display()
            ));
        }
        Source::Text(ref p) | Source::Html(ref p) | Source::Jsonl(ref p) => p.clone(),
    };
    let name = path.display().to_string();
    if let Source::Jsonl(_) = source {
        match std::fs::File::open(&path) {
            Ok(file) => {
                let lines = Lines::File(BufReader::with_capacity(1 << 16, file));
                jsonl(&name, lines, defaults, report, each);
            }
            Err(e) => report.skip(format!("{name}: {e}")),
        }
        return;
    }
    let Some(text) = read(&path, report) else {
        return;
    };
    match source {
        Source::Html(_) => html_article(&name, &text, defaults, report, each),
        _ => text_article(&name, &text, defaults, report, each),
    }
}

/// Standard input: JSON Lines when it opens with `{` (read record by record, so it can be a
/// stream without end), a web page when it opens with `<`, else a text article.
fn read_stdin(defaults: &Defaults, report: &mut Report, each: &mut Each) {
    let mut input = BufReader::with_capacity(1 << 16, std::io::stdin());
    let first = match first_byte(&mut input) {
        Ok(b) => b,
        Err(e) => return report.skip(format!("-: {e}")),
    };
    if first == Some(b'{') {
        return jsonl("-", Lines::stream(input), defaults, report, each);
    }
    let mut bytes = Vec::new();
    if let Err(e) = input.read_to_end(&mut bytes) {
        return report.skip(format!("-: {e}"));
    }
    let Some(text) = decode("-", &bytes, report) else {
        return;
    };
    if first == Some(b'<') {
        html_article("-", &text, defaults, report, each);
    } else {
        text_article("-", &text, defaults, report, each);
    }
}

/// The first byte that is not ASCII white space, left unread in `input`; `None` at the end.
fn first_byte(input: &mut impl BufRead) -> std::io::Result<Option<u8>> {
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            return Ok(None);
        }
        match buf.iter().position(|b| !b.is_ascii_whitespace()) {
            Some(i) => {
                let b = buf[i];
                return Ok(Some(b));
            }
            None => {
                let n = buf.len();
                input.consume(n);
            }
        }
    }
}

/// True for a plain file (following links); a FIFO would block the run, a device never ends.
fn is_regular(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
}

fn read(path: &Path, report: &mut Report) -> Option<String> {
    match std::fs::read(path) {
        Ok(bytes) => decode(&path.display().to_string(), &bytes, report),
        Err(e) => {
            report.skip(format!("{}: {e}", path.display()));
            None
        }
    }
}

/// UTF-8 text from bytes: binary files are skipped, invalid bytes replaced with a warning.
fn decode(name: &str, bytes: &[u8], report: &mut Report) -> Option<String> {
    if bytes.contains(&0) {
        report.skip(format!(
            "{name}: binary file (contains NUL bytes), not an article"
        ));
        return None;
    }
    Some(lossy(name, 1, bytes, report))
}

/// `bytes` as text, invalid UTF-8 replaced with a warning naming the line (`line` is the
/// line `bytes` start on).
fn lossy(name: &str, line: usize, bytes: &[u8], report: &Report) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(e) => {
            let line = line
                + bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count();
            report.warn(format!(
                "{name}:{line}: not valid UTF-8: invalid bytes replaced with U+FFFD"
            ));
            String::from_utf8_lossy(bytes).into_owned()
        }
    }
}

fn text_article(name: &str, text: &str, defaults: &Defaults, report: &mut Report, each: &mut Each) {
    let (article, warnings) = article::from_text(name, text, defaults);
    if article.body.trim().is_empty() {
        report.skip(format!("{name}: empty article (no text after the header)"));
        return;
    }
    for w in warnings {
        report.warn(format!("{name}:{}: {}", w.line, w.message));
    }
    each(Read::Article(article), report);
}

fn html_article(name: &str, html: &str, defaults: &Defaults, report: &mut Report, each: &mut Each) {
    match article::from_html(name, html, defaults) {
        Ok((article, warnings)) => {
            for w in warnings {
                report.warn(format!("{name}: {}", w.message));
            }
            each(Read::Article(article), report);
        }
        Err(message) => report.skip(format!("{name}: {message}; skipped")),
    }
}

/// Where JSON Lines come from.
enum Lines {
    /// A file, read a buffer at a time.
    File(BufReader<std::fs::File>),
    /// A stream read by its own thread, so that the reader can tell when no line is ready.
    Stream(Receiver<std::io::Result<Vec<u8>>>),
}

impl Lines {
    /// A thread that reads `input` line by line into a bounded channel (it ends when the
    /// input ends or the receiver is gone).
    fn stream(mut input: impl BufRead + Send + 'static) -> Lines {
        let (tx, rx) = sync_channel(64);
        std::thread::spawn(move || {
            loop {
                let mut line = Vec::new();
                match input.read_until(b'\n', &mut line) {
                    Ok(0) => return,
                    Ok(_) if tx.send(Ok(line)).is_ok() => {}
                    Ok(_) => return,
                    Err(e) => return drop(tx.send(Err(e))),
                }
            }
        });
        Lines::Stream(rx)
    }

    /// The next line into `buf` (with its end of line); 0 at the end. `waiting` is called
    /// before blocking on a stream with nothing ready.
    fn next(&mut self, buf: &mut Vec<u8>, waiting: &mut dyn FnMut()) -> std::io::Result<usize> {
        match self {
            Lines::File(file) => file.read_until(b'\n', buf),
            Lines::Stream(rx) => {
                let line = match rx.try_recv() {
                    Err(TryRecvError::Empty) => {
                        waiting();
                        rx.recv().ok()
                    }
                    other => other.ok(),
                };
                match line {
                    Some(Ok(line)) => {
                        *buf = line;
                        Ok(buf.len())
                    }
                    Some(Err(e)) => Err(e),
                    None => Ok(0),
                }
            }
        }
    }
}

/// What `each_line` hands on.
pub enum LineRead<'a> {
    /// Line `number` (1-based) of the input `name`, without its end of line.
    Line {
        /// The input.
        name: &'a str,
        /// 1-based.
        number: usize,
        /// The text.
        text: &'a str,
    },
    /// Standard input has nothing ready (see `Read::Waiting`).
    Waiting,
}

/// The callback of `each_line`.
type EachLine<'a> = dyn FnMut(LineRead, &mut Report) + 'a;

/// Calls `each` with every line of every input (files and directories' `.jsonl` and
/// `.ndjson` files read as JSON Lines whatever their names, `-` for standard input), one line
/// in memory at a time, blank lines left out.
pub fn for_each_line(inputs: &[PathBuf], report: &mut Report, each: &mut EachLine) {
    start_progress(inputs, report);
    each_source(inputs, report, &mut |source, report| {
        let size = source.size();
        let (name, lines) = match source {
            Source::Stdin => (
                "-".to_string(),
                Lines::stream(BufReader::new(std::io::stdin())),
            ),
            Source::Text(p) | Source::Html(p) | Source::Jsonl(p) => match std::fs::File::open(&p) {
                Ok(file) if is_regular(&p) => (
                    p.display().to_string(),
                    Lines::File(BufReader::with_capacity(1 << 16, file)),
                ),
                Ok(_) => {
                    return report.skip(format!(
                        "{}: not a regular file (a device, socket or pipe), not read",
                        p.display()
                    ));
                }
                Err(e) => return report.skip(format!("{}: {e}", p.display())),
            },
        };
        each_line(&name, lines, report, each);
        report.progress.source_done(size);
    });
    report.progress.finish();
}

/// The lines of one input: a first line with NUL bytes makes it a binary file, skipped
/// whole; a later one is skipped alone; invalid UTF-8 is replaced, with a warning.
fn each_line(name: &str, mut lines: Lines, report: &mut Report, each: &mut EachLine) {
    let mut buf = Vec::new();
    let (mut offset, mut number) = (0u64, 0usize);
    loop {
        buf.clear();
        match lines.next(&mut buf, &mut || each(LineRead::Waiting, report)) {
            Ok(0) => return,
            Ok(n) => offset += n as u64,
            Err(e) => return report.skip(format!("{name}:{}: {e}", number + 1)),
        }
        number += 1;
        report.progress.within_source(offset);
        let bytes = buf.strip_suffix(b"\n").unwrap_or(&buf);
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        if bytes.contains(&0) {
            if number == 1 {
                return report.skip(format!(
                    "{name}: binary file (contains NUL bytes), not an article"
                ));
            }
            report.skip(format!("{name}:{number}: NUL bytes in the record; skipped"));
            continue;
        }
        let text = lossy(name, number, bytes, report);
        if !text.trim().is_empty() {
            each(
                LineRead::Line {
                    name,
                    number,
                    text: &text,
                },
                report,
            );
        }
    }
}

/// A JSON Lines stream of article records, one a line.
fn jsonl(name: &str, lines: Lines, defaults: &Defaults, report: &mut Report, each: &mut Each) {
    each_line(name, lines, report, &mut |read, report| {
        let LineRead::Line { name, number, text } = read else {
            return each(Read::Waiting, report);
        };
        match article::from_json_record(name, number, text, defaults) {
            Ok((article, warnings)) => {
                for w in warnings {
                    report.warn(format!("{name}:{}: {}", w.line, w.message));
                }
                each(Read::Article(article), report);
            }
            Err(message) => report.skip(format!("{name}:{number}: {message}")),
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_past_what_tokens_index_is_skipped_by_name() {
        assert_eq!(too_long_body("big.txt", crate::parse::MAX_BODY), None);
        let message = too_long_body("big.txt", crate::parse::MAX_BODY + 1).expect("skipped");
        assert!(message.starts_with("big.txt: "), "{message}");
        assert!(message.ends_with("; skipped"), "{message}");
    }
}
