//! Byte-first scans shared by the text layer's hot loops.
//!
//! News text is mostly ASCII, so these test a byte at a time and decode a char only where a
//! byte is not ASCII. Each gives exactly what its char-by-char form (`take_while`,
//! `str::trim_start`) would.

/// Length in bytes of the longest prefix of `s` whose chars all satisfy `keep`: nom's
/// `take_while(keep)`, without decoding ASCII bytes.
pub(crate) fn prefix_len(s: &str, keep: impl Fn(char) -> bool) -> usize {
    let bytes = s.as_bytes();
    let mut k = 0;
    while let Some(&b) = bytes.get(k) {
        if b.is_ascii() {
            if !keep(char::from(b)) {
                break;
            }
            k += 1;
            continue;
        }
        match s[k..].chars().next() {
            Some(c) if keep(c) => k += c.len_utf8(),
            _ => break,
        }
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_len_counts_bytes_of_the_kept_chars() {
        // success: ASCII and wide chars alike, in bytes
        assert_eq!(prefix_len("  \u{a0}\u{2028}x", char::is_whitespace), 7);
        assert_eq!(
            prefix_len(".…!? x", |c| matches!(c, '.' | '!' | '?' | '…')),
            6
        );
        // failure: nothing kept
        assert_eq!(prefix_len("x ", char::is_whitespace), 0);
        assert_eq!(prefix_len("", char::is_whitespace), 0);
        // leftover input: stops at the first char not kept, ASCII or not
        assert_eq!(prefix_len("”’x", |c| matches!(c, '”' | '’')), 6);
        assert_eq!(prefix_len("))é", |c| c == ')'), 2);
    }
}
