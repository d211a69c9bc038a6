//! The account fields a user types, as types that can only hold valid values.
//!
//! The same rules back the HTML `required`/`maxlength` hints; the server stays
//! the judge.

use std::fmt;

pub const USERNAME_MAX_CHARS: usize = 32;
pub const NAME_KEY_MAX_CHARS: usize = 191;
pub const PASSWORD_MIN_CHARS: usize = 8;
pub const PASSWORD_MAX_CHARS: usize = 128;
pub const INTRODUCTION_MAX_CHARS: usize = 500;

/// Why a field was refused; `message` is shown beside the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldError {
    Empty,
    TooShort(usize),
    TooLong(usize),
    ControlCharacter,
    SurroundingSpace,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldError::Empty => write!(f, "must not be empty"),
            FieldError::TooShort(n) => write!(f, "must be at least {n} characters"),
            FieldError::TooLong(n) => write!(f, "must be at most {n} characters"),
            FieldError::ControlCharacter => write!(f, "must not contain control characters"),
            FieldError::SurroundingSpace => write!(f, "must not start or end with a space"),
        }
    }
}

/// 1–32 characters of any script, no control characters, no surrounding space.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Username(String);

impl Username {
    pub fn parse(text: &str) -> Result<Username, FieldError> {
        if text.is_empty() {
            return Err(FieldError::Empty);
        }
        if text.chars().count() > USERNAME_MAX_CHARS {
            return Err(FieldError::TooLong(USERNAME_MAX_CHARS));
        }
        if text.chars().any(char::is_control) {
            return Err(FieldError::ControlCharacter);
        }
        if text.trim() != text {
            return Err(FieldError::SurroundingSpace);
        }
        Ok(Username(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new password: 8–128 characters. Never logged, never echoed back.
pub struct NewPassword(String);

impl NewPassword {
    pub fn parse(text: &str) -> Result<NewPassword, FieldError> {
        let n = text.chars().count();
        if n == 0 {
            return Err(FieldError::Empty);
        }
        if n < PASSWORD_MIN_CHARS {
            return Err(FieldError::TooShort(PASSWORD_MIN_CHARS));
        }
        if n > PASSWORD_MAX_CHARS {
            return Err(FieldError::TooLong(PASSWORD_MAX_CHARS));
        }
        Ok(NewPassword(text.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("NewPassword(..)")
    }
}

/// Free text of at most 500 characters; line breaks and tabs are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Introduction(String);

impl Introduction {
    pub fn parse(text: &str) -> Result<Introduction, FieldError> {
        if text.chars().count() > INTRODUCTION_MAX_CHARS {
            return Err(FieldError::TooLong(INTRODUCTION_MAX_CHARS));
        }
        if text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
            return Err(FieldError::ControlCharacter);
        }
        Ok(Introduction(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// STUB (replaced by the names branch).
pub fn name_key(text: &str) -> String {
    text.to_lowercase()
}

impl Username {
    pub fn key(&self) -> String {
        name_key(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_follow_the_rules() {
        for ok in ["a", "张伟", "Ünïcødé name", &"x".repeat(32), &"名".repeat(32)] {
            assert!(Username::parse(ok).is_ok(), "{ok:?}");
        }
        let cases = [
            ("", FieldError::Empty),
            (&*"x".repeat(33), FieldError::TooLong(32)),
            ("a\u{0}b", FieldError::ControlCharacter),
            ("a\nb", FieldError::ControlCharacter),
            (" ab", FieldError::SurroundingSpace),
            ("ab ", FieldError::SurroundingSpace),
        ];
        for (text, want) in cases {
            assert_eq!(Username::parse(text), Err(want), "{text:?}");
        }
    }

    #[test]
    fn passwords_are_8_to_128_characters() {
        assert!(NewPassword::parse("12345678").is_ok());
        assert!(NewPassword::parse(&"密".repeat(128)).is_ok());
        assert_eq!(NewPassword::parse("").err(), Some(FieldError::Empty));
        assert_eq!(NewPassword::parse("1234567").err(), Some(FieldError::TooShort(8)));
        assert_eq!(
            NewPassword::parse(&"a".repeat(129)).err(),
            Some(FieldError::TooLong(128))
        );
    }

    #[test]
    fn introductions_keep_line_breaks_but_not_other_controls() {
        assert!(Introduction::parse("").is_ok());
        assert!(Introduction::parse("line one\r\nline two\tend").is_ok());
        assert_eq!(Introduction::parse("a\u{7}"), Err(FieldError::ControlCharacter));
        assert_eq!(Introduction::parse(&"a".repeat(501)), Err(FieldError::TooLong(500)));
    }
}
