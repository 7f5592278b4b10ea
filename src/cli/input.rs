//! Reading inputs: text files, saved web pages, directories, standard input and JSON Lines
//! files into articles, with a progress bar on a terminal (`cli/progress.rs`).
//!
//! One bad input never stops the others: each problem is reported (with file and line) through
//! the `Report` and the run goes on; the caller turns the count of skipped inputs into the
//! exit code.

use std::io::Read;
use std::path::{Path, PathBuf};

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

/// One input as named on the command line, expanded.
enum Source {
    Stdin,
    Text(PathBuf),
    Html(PathBuf),
    Jsonl(PathBuf),
}

impl Source {
    /// Bytes to read, when known (not for standard input).
    fn size(&self) -> Option<u64> {
        match self {
            Source::Stdin => None,
            Source::Text(p) | Source::Html(p) | Source::Jsonl(p) => {
                std::fs::metadata(p).ok().map(|m| m.len())
            }
        }
    }
}

/// Expands the INPUT arguments: directories are walked (sorted) for `.txt`, `.md`, `.html`,
/// `.htm`, `.jsonl` and `.ndjson` files; a symbolic link that leads back into a directory being walked is
/// reported and not followed.
fn sources(inputs: &[PathBuf], report: &mut Report) -> Vec<Source> {
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if input.is_dir() {
            let mut files = Vec::new();
            walk(input, &mut Vec::new(), &mut files, report);
            files.sort();
            out.extend(files.into_iter().filter_map(classify));
        } else if input.exists() {
            out.push(classify(input.clone()).unwrap_or(Source::Text(input.clone())));
        } else {
            match std::fs::symlink_metadata(input) {
                // A link whose target is missing, or a chain of links without end.
                Ok(_) => report.skip(format!("{}: {}", input.display(), link_problem(input))),
                Err(_) => report.skip(format!("{}: no such file or directory", input.display())),
            }
        }
    }
    out
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

/// Collects the files under `dir`; `open` holds the (canonical) directories being walked, so a
/// link back into one of them is a loop.
fn walk(dir: &Path, open: &mut Vec<PathBuf>, files: &mut Vec<PathBuf>, report: &mut Report) {
    let canonical = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if open.contains(&canonical) {
        return report.skip(format!(
            "{}: symbolic link loop (leads back to {}), not followed",
            dir.display(),
            canonical.display()
        ));
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return report.skip(format!("{}: {e}", dir.display())),
    };
    open.push(canonical);
    for entry in entries.flatten() {
        let path = entry.path();
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, open, files, report),
            Ok(_) => files.push(path),
            Err(_) if classify(path.clone()).is_some() => {
                report.skip(format!("{}: {}", path.display(), link_problem(&path)));
            }
            Err(_) => {}
        }
    }
    open.pop();
}

/// Reads every input and calls `each` with each article, in order.
pub fn for_each_article(
    inputs: &[PathBuf],
    defaults: &Defaults,
    report: &mut Report,
    each: &mut dyn FnMut(Article, &mut Report),
) {
    let sources = sources(inputs, report);
    let total = sources.iter().map(Source::size).sum::<Option<u64>>();
    report.progress = Progress::start(report.quiet, total);
    let mut counted = |article: Article, report: &mut Report| {
        report.progress.article();
        each(article, report);
    };
    for source in sources {
        let size = source.size().unwrap_or(0);
        read_source(source, defaults, report, &mut counted);
        report.progress.source_done(size);
    }
    report.progress.finish();
}

fn read_source(
    source: Source,
    defaults: &Defaults,
    report: &mut Report,
    each: &mut dyn FnMut(Article, &mut Report),
) {
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
    let Some(text) = read(&path, report) else {
        return;
    };
    match source {
        Source::Html(_) => html_article(&name, &text, defaults, report, each),
        Source::Jsonl(_) => jsonl(&name, &text, defaults, report, each),
        _ => text_article(&name, &text, defaults, report, each),
    }
}

/// Standard input: JSON Lines when it opens with `{`, a web page when it opens with `<`,
/// else a text article.
fn read_stdin(
    defaults: &Defaults,
    report: &mut Report,
    each: &mut dyn FnMut(Article, &mut Report),
) {
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        return report.skip(format!("-: {e}"));
    }
    let Some(text) = decode("-", &bytes, report) else {
        return;
    };
    let start = text.trim_start();
    if start.starts_with('{') {
        jsonl("-", &text, defaults, report, each);
    } else if start.starts_with('<') {
        html_article("-", &text, defaults, report, each);
    } else {
        text_article("-", &text, defaults, report, each);
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
    match std::str::from_utf8(bytes) {
        Ok(s) => Some(s.to_string()),
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            report.warn(format!(
                "{name}:{line}: not valid UTF-8: invalid bytes replaced with U+FFFD"
            ));
            Some(String::from_utf8_lossy(bytes).into_owned())
        }
    }
}

fn text_article(
    name: &str,
    text: &str,
    defaults: &Defaults,
    report: &mut Report,
    each: &mut dyn FnMut(Article, &mut Report),
) {
    let (article, warnings) = article::from_text(name, text, defaults);
    if article.body.trim().is_empty() {
        report.skip(format!("{name}: empty article (no text after the header)"));
        return;
    }
    for w in warnings {
        report.warn(format!("{name}:{}: {}", w.line, w.message));
    }
    each(article, report);
}

fn html_article(
    name: &str,
    html: &str,
    defaults: &Defaults,
    report: &mut Report,
    each: &mut dyn FnMut(Article, &mut Report),
) {
    match article::from_html(name, html, defaults) {
        Ok((article, warnings)) => {
            for w in warnings {
                report.warn(format!("{name}: {}", w.message));
            }
            each(article, report);
        }
        Err(message) => report.skip(format!("{name}: {message}; skipped")),
    }
}

fn jsonl(
    name: &str,
    text: &str,
    defaults: &Defaults,
    report: &mut Report,
    each: &mut dyn FnMut(Article, &mut Report),
) {
    let mut offset = 0;
    for (i, line) in text.lines().enumerate() {
        offset += line.len() + 1;
        report.progress.within_source(offset as u64);
        if line.trim().is_empty() {
            continue;
        }
        match article::from_json_record(name, i + 1, line, defaults) {
            Ok((article, warnings)) => {
                for w in warnings {
                    report.warn(format!("{name}:{}: {}", w.line, w.message));
                }
                each(article, report);
            }
            Err(message) => report.skip(format!("{name}:{}: {message}", i + 1)),
        }
    }
}
