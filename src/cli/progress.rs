//! The progress bar of a long read (indicatif), on standard error only.
//!
//! Shown only when stderr is a terminal and the run is not `--quiet`: never in a pipe, a file
//! or a test. It counts articles done and statements found, the rate in articles a second,
//! and, when the total is known (the bytes of every input file, JSON Lines files included),
//! a bar and the time left. Messages printed while it is shown go above it.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar, or nothing when it must not be shown.
#[derive(Debug, Default)]
pub struct Progress {
    bar: Option<ProgressBar>,
    articles: u64,
    statements: u64,
    /// Bytes of the inputs finished before the current one.
    base: u64,
}

/// With a known total: bar, percentage, counts, rate and time left.
const WITH_TOTAL: &str =
    "{spinner} [{bar:30}] {percent:>3}%  {msg}  {binary_bytes}/{binary_total_bytes}  ETA {eta}";
/// Without one (standard input): counts and rate only.
const WITHOUT_TOTAL: &str = "{spinner} {msg}  {elapsed}";

impl Progress {
    /// True when a bar would be shown: not `quiet`, and stderr is a terminal.
    pub fn wanted(quiet: bool) -> bool {
        !quiet && std::io::stderr().is_terminal()
    }

    /// A bar for `total` bytes (unknown when `None`), or nothing when `quiet` or when stderr
    /// is not a terminal.
    pub fn start(quiet: bool, total: Option<u64>) -> Progress {
        if !Progress::wanted(quiet) {
            return Progress::default();
        }
        let (bar, template) = match total {
            Some(n) => (ProgressBar::new(n), WITH_TOTAL),
            None => (ProgressBar::no_length(), WITHOUT_TOTAL),
        };
        // The templates are constants, checked by a unit test; a bad one only loses the style.
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(10));
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress {
            bar: Some(bar),
            ..Progress::default()
        }
    }

    /// One more article read.
    pub fn article(&mut self) {
        self.articles += 1;
        self.update();
    }

    /// More statements found.
    pub fn found(&mut self, statements: usize) {
        self.statements += statements as u64;
        self.update();
    }

    /// `offset` bytes of the current input are read.
    pub fn within_source(&self, offset: u64) {
        if let Some(bar) = &self.bar {
            bar.set_position(self.base + offset);
        }
    }

    /// The current input, of `size` bytes, is done.
    pub fn source_done(&mut self, size: u64) {
        self.base += size;
        self.within_source(0);
    }

    /// Prints a line to stderr above the bar (or plainly when there is none); a closed stderr
    /// loses the line but never panics.
    pub fn println(&self, line: &str) {
        use std::io::Write;
        let print = || {
            let _ = writeln!(std::io::stderr().lock(), "{line}");
        };
        match &self.bar {
            Some(bar) => bar.suspend(print),
            None => print(),
        }
    }

    /// Clears the bar.
    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }

    fn update(&self) {
        if let Some(bar) = &self.bar {
            let secs = bar.elapsed().as_secs_f64().max(0.001);
            bar.set_message(message(self.articles, self.statements, secs));
        }
    }
}

/// "12 articles · 340 statements · 45.1 articles/s".
fn message(articles: u64, statements: u64, secs: f64) -> String {
    let rate = articles as f64 / secs;
    let s = |n: u64| if n == 1 { "" } else { "s" };
    format!(
        "{articles} article{} · {statements} statement{} · {rate:.1} articles/s",
        s(articles),
        s(statements)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_valid() {
        for t in [WITH_TOTAL, WITHOUT_TOTAL] {
            assert!(ProgressStyle::with_template(t).is_ok(), "{t}");
        }
    }

    #[test]
    fn message_counts_and_rate() {
        assert_eq!(
            message(12, 1, 4.0),
            "12 articles · 1 statement · 3.0 articles/s"
        );
    }

    #[test]
    fn no_bar_when_quiet() {
        let mut p = Progress::start(true, Some(10));
        assert!(p.bar.is_none());
        p.article();
        p.finish();
    }
}
