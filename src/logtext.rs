//! Text a client chose, made fit for one log line.
//!
//! A log is read line by line, by people and by tools: a request target
//! with a line break in it would write a second, forged line; an escape
//! sequence would drive the reader's terminal; a bidi override would show
//! the line in another order than it was written. So every control and
//! invisible formatting character is written as an escape (`\x0a`,
//! `\u{202e}`), a backslash as `\\` so that an escape cannot be faked, and
//! the text is cut to `MAX_LOGGED_BYTES`, saying how long it was.

use std::fmt::{self, Write};
use std::time::Duration;

/// The most bytes of one client text written to a log line.
pub const MAX_LOGGED_BYTES: usize = 256;

/// Shows `self.0` escaped and cut, for a log line.
#[derive(Debug, Clone, Copy)]
pub struct LogText<'a>(pub &'a str);

impl fmt::Display for LogText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Most texts (every path a browser sends) are short printable ASCII
        // with no backslash: written whole, not a character at a time.
        if self.0.len() <= MAX_LOGGED_BYTES && self.0.bytes().all(|b| matches!(b, b' '..=b'~') && b != b'\\') {
            return f.write_str(self.0);
        }
        let mut taken = 0;
        for c in self.0.chars() {
            taken += c.len_utf8();
            if taken > MAX_LOGGED_BYTES {
                return write!(f, "…({} bytes)", self.0.len());
            }
            match c {
                '\\' => f.write_str("\\\\")?,
                c if c.is_ascii_control() => write!(f, "\\x{:02x}", c as u32)?,
                c if is_hidden(c) => write!(f, "\\u{{{:x}}}", c as u32)?,
                c => f.write_char(c)?,
            }
        }
        Ok(())
    }
}

/// How long something took, as `{:.3?}` shows a `Duration` (`1.234ms`,
/// `56.789µs`, `2.000s`; the same unit and rounding), as two integers
/// instead of `Duration`'s `Debug` with a precision: the access log writes
/// one for every request, and that `Debug` was a thirtieth of a page
/// view's instructions.
#[derive(Debug, Clone, Copy)]
pub struct Took(pub Duration);

impl fmt::Display for Took {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (secs, nanos) = (self.0.as_secs(), u64::from(self.0.subsec_nanos()));
        // The whole units, thousandths and what is left (rounded half to even), per unit.
        let (whole, thousandths, left, half, unit) = match (secs, nanos) {
            (1.., _) => (secs, nanos / 1_000_000, nanos % 1_000_000, 500_000, "s"),
            (0, 1_000_000..) => (nanos / 1_000_000, nanos / 1_000 % 1_000, nanos % 1_000, 500, "ms"),
            (0, 1_000..) => (nanos / 1_000, nanos % 1_000, 0, 1, "µs"),
            (0, _) => (nanos, 0, 0, 1, "ns"),
        };
        let base = whole.saturating_mul(1_000).saturating_add(thousandths);
        let value = base.saturating_add(u64::from(left > half || (left == half && base % 2 == 1)));
        let mut text = [0u8; 32];
        let mut cursor = std::io::Cursor::new(&mut text[..]);
        // 32 bytes hold u64::MAX thousands, the point, three digits and the unit.
        let _ = std::io::Write::write_fmt(
            &mut cursor,
            format_args!("{}.{:03}{unit}", value / 1_000, value % 1_000),
        );
        let length = cursor.position() as usize;
        f.pad(std::str::from_utf8(&text[..length]).unwrap_or_default())
    }
}

/// Characters that break, hide or reorder what a reader sees of a line.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200b}'..='\u{200f}' // zero-width characters, direction marks
            | '\u{2028}'..='\u{202e}' // line and paragraph separators, bidi embeddings
            | '\u{2060}'..='\u{2069}' // invisible operators, bidi isolates
            | '\u{feff}' // zero-width no-break space
            | '\u{fff9}'..='\u{fffb}') // interlinear annotations
}

#[cfg(test)]
mod tests {
    use super::*;

    fn logged(text: &str) -> String {
        LogText(text).to_string()
    }

    #[test]
    fn times_taken_read_as_duration_debug_does() {
        let mut nanos: Vec<u64> = vec![0, 1, 999, 1_000, 1_499, 1_500, 999_999, 1_000_000, 1_000_499, 1_000_500];
        nanos.extend([
            999_999_499,
            999_999_500,
            999_999_999,
            1_000_000_000,
            1_000_499_999,
            1_000_500_000,
        ]);
        nanos.extend([59_999_999_999, 3_600_000_000_000, u64::from(u32::MAX) * 1_000]);
        // A spread of values in every unit, from a fixed linear congruential sequence.
        let mut x: u64 = 12345;
        for _ in 0..20_000 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            nanos.push((x >> 11) % 10u64.pow(1 + (x % 12) as u32));
        }
        for n in nanos {
            let d = Duration::from_nanos(n);
            assert_eq!(format!("{:>9}", Took(d)), format!("{d:>9.3?}"), "{n} ns");
        }
    }

    #[test]
    fn plain_text_is_logged_as_it_is() {
        for text in ["/user/login", "/a?b=c&d=%0a", "张伟", ""] {
            assert_eq!(logged(text), text);
        }
    }

    #[test]
    fn characters_that_could_forge_or_hide_a_line_are_escaped() {
        let cases = [
            ("/a\nGET /admin", "/a\\x0aGET /admin"),
            ("/a\r\n", "/a\\x0d\\x0a"),
            ("\u{1b}[2J", "\\x1b[2J"),
            ("a\0b", "a\\x00b"),
            ("a\u{7f}", "a\\x7f"),
            ("a\u{85}b", "a\\u{85}b"),
            ("a\u{2028}b", "a\\u{2028}b"),
            ("\u{202e}txt.exe", "\\u{202e}txt.exe"),
            ("a\u{feff}", "a\\u{feff}"),
            ("a\\x0ab", "a\\\\x0ab"),
        ];
        for (text, expected) in cases {
            assert_eq!(logged(text), expected, "{text:?}");
        }
    }

    #[test]
    fn long_text_is_cut_on_a_character_boundary_and_says_its_length() {
        let long = format!("/{}", "a".repeat(4999));
        let out = logged(&long);
        assert_eq!(out, format!("/{}…(5000 bytes)", "a".repeat(255)));
        let wide = "é".repeat(200); // 400 bytes
        let out = logged(&wide);
        assert_eq!(out, format!("{}…(400 bytes)", "é".repeat(128)));
        assert_eq!(logged(&"b".repeat(256)), "b".repeat(256), "exactly the bound is whole");
    }
}
