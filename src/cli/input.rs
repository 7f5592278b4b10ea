//! Reading inputs: files, directories, standard input and JSON Lines files into articles.
//!
//! One bad input never stops the others: each problem is reported (with file and line) through
//! the `Report` and the run goes on; the caller turns the count of skipped inputs into the
//! exit code.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::article::{self, Article, Defaults};

/// Collects what went wrong while reading, for stderr and the exit code.
#[derive(Debug, Default)]
pub struct Report {
    /// Inputs or records skipped.
    pub skipped: usize,
    quiet: bool,
}

impl Report {
    /// A report that prints warnings unless `quiet`.
    pub fn new(quiet: bool) -> Report {
        Report { skipped: 0, quiet }
    }

    /// Reports an input that was skipped.
    pub fn skip(&mut self, message: String) {
        self.skipped += 1;
        eprintln!("whosaid: {message}");
    }

    /// Reports something worth knowing about an input that was still used.
    pub fn warn(&self, message: String) {
        if !self.quiet {
            eprintln!("whosaid: warning: {message}");
        }
    }
}

/// One input as named on the command line, expanded.
enum Source {
    Stdin,
    Text(PathBuf),
    Jsonl(PathBuf),
}

/// Expands the INPUT arguments: directories are walked (sorted) for `.txt`, `.md`, `.jsonl`
/// and `.ndjson` files.
fn sources(inputs: &[PathBuf], report: &mut Report) -> Vec<Source> {
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if input.is_dir() {
            let mut files = Vec::new();
            walk(input, &mut files, report);
            files.sort();
            out.extend(files.into_iter().filter_map(classify));
        } else if input.exists() {
            out.push(classify(input.clone()).unwrap_or(Source::Text(input.clone())));
        } else {
            report.skip(format!("{}: no such file or directory", input.display()));
        }
    }
    out
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
        _ => None,
    }
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, report: &mut Report) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => return report.skip(format!("{}: {e}", dir.display())),
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, files, report);
        } else {
            files.push(path);
        }
    }
}

/// Reads every input and calls `each` with each article, in order.
pub fn for_each_article(
    inputs: &[PathBuf],
    defaults: &Defaults,
    report: &mut Report,
    each: &mut dyn FnMut(Article, &mut Report),
) {
    for source in sources(inputs, report) {
        match source {
            Source::Stdin => {
                let mut bytes = Vec::new();
                if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                    report.skip(format!("-: {e}"));
                    continue;
                }
                let Some(text) = decode("-", &bytes, report) else {
                    continue;
                };
                if text.trim_start().starts_with('{') {
                    jsonl("-", &text, defaults, report, each);
                } else {
                    text_article("-", &text, defaults, report, each);
                }
            }
            Source::Text(path) | Source::Jsonl(path) if std::fs::metadata(&path).is_err() => {
                report.skip(format!("{}: cannot read", path.display()));
            }
            Source::Text(path) => {
                let name = path.display().to_string();
                if let Some(text) = read(&path, report) {
                    text_article(&name, &text, defaults, report, each);
                }
            }
            Source::Jsonl(path) => {
                let name = path.display().to_string();
                if let Some(text) = read(&path, report) {
                    jsonl(&name, &text, defaults, report, each);
                }
            }
        }
    }
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

fn jsonl(
    name: &str,
    text: &str,
    defaults: &Defaults,
    report: &mut Report,
    each: &mut dyn FnMut(Article, &mut Report),
) {
    for (i, line) in text.lines().enumerate() {
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
