//! Colour on a terminal only: never in a pipe or a file, and never when `NO_COLOR` is set to
//! anything but the empty string (<https://no-color.org>).

use std::io::IsTerminal;

/// Whether to colour one stream.
#[derive(Debug, Clone, Copy, Default)]
pub struct Paint {
    on: bool,
}

/// ANSI styles used.
const RED_BOLD: &str = "\x1b[1;31m";
const YELLOW_BOLD: &str = "\x1b[1;33m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

impl Paint {
    /// For standard error.
    pub fn stderr() -> Paint {
        Paint::new(
            std::io::stderr().is_terminal(),
            std::env::var_os("NO_COLOR"),
        )
    }

    /// For standard output.
    pub fn stdout() -> Paint {
        Paint::new(
            std::io::stdout().is_terminal(),
            std::env::var_os("NO_COLOR"),
        )
    }

    /// Colour when the stream is a terminal and `NO_COLOR` is unset or empty.
    fn new(terminal: bool, no_color: Option<std::ffi::OsString>) -> Paint {
        Paint {
            on: terminal && no_color.is_none_or(|v| v.is_empty()),
        }
    }

    /// An error label.
    pub fn error(self, s: &str) -> String {
        self.style(RED_BOLD, s)
    }

    /// A warning label.
    pub fn warning(self, s: &str) -> String {
        self.style(YELLOW_BOLD, s)
    }

    /// Emphasis (a person's name over their timeline).
    pub fn bold(self, s: &str) -> String {
        self.style(BOLD, s)
    }

    fn style(self, code: &str, s: &str) -> String {
        if self.on {
            format!("{code}{s}{RESET}")
        } else {
            s.to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_only_on_a_terminal_without_no_color() {
        assert!(Paint::new(true, None).on);
        assert!(Paint::new(true, Some("".into())).on);
        assert!(!Paint::new(true, Some("1".into())).on);
        assert!(!Paint::new(false, None).on);
        assert_eq!(Paint::new(false, None).warning("w"), "w");
        assert_eq!(Paint::new(true, None).warning("w"), "\x1b[1;33mw\x1b[0m");
    }
}
