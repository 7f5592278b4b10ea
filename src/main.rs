//! The whosaid binary: parse arguments, run, print any error once, exit with its code.

use std::error::Error as _;

use clap::Parser;
use whosaid::cli::{self, Cli};
use whosaid::error::{EXIT_FATAL, EXIT_OK};

fn main() {
    let code = match cli::run(Cli::parse()) {
        Ok(code) => code,
        Err(e) if e.is_broken_pipe() => EXIT_OK,
        Err(e) => {
            eprintln!("whosaid: {e}");
            let mut source = e.source();
            while let Some(s) = source {
                eprintln!("  caused by: {s}");
                source = s.source();
            }
            EXIT_FATAL
        }
    };
    std::process::exit(code);
}
