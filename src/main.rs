//! The whosaid binary: parse arguments, run, print any error once, exit with its code.

#![warn(clippy::too_many_lines)]

use std::error::Error as _;
use std::io::Write;

use clap::Parser;
use whosaid::cli::{self, Cli};
use whosaid::error::{EXIT_FATAL, EXIT_OK};

fn main() {
    let code = match cli::run(Cli::parse()) {
        Ok(code) => code,
        Err(e) if e.is_broken_pipe() => EXIT_OK,
        Err(e) => {
            // A closed stderr loses the message, never panics.
            let mut err = std::io::stderr().lock();
            let mut shown = e.to_string();
            let _ = writeln!(err, "whosaid: {shown}");
            let mut source = e.source();
            while let Some(s) = source {
                // Sources already quoted in the message above are not repeated.
                let text = s.to_string();
                if !shown.contains(&text) {
                    let _ = writeln!(err, "  caused by: {text}");
                    shown.push_str(&text);
                }
                source = s.source();
            }
            EXIT_FATAL
        }
    };
    std::process::exit(code);
}
