//! The account fields a user types, as types that can only hold valid values.
//!
//! The same rules back the HTML `required`/`maxlength` hints; the server stays
//! the judge.
//!
//! A username is shown as typed (in NFC) but is unique by its key
//! ([`name_key`]): names that look alike, or differ only in case or width,
//! share one key, so they cannot be two accounts.

use std::fmt;

use unicode_normalization::UnicodeNormalization;
use unicode_properties::{GeneralCategory, GeneralCategoryGroup, UnicodeEmoji, UnicodeGeneralCategory};
use unicode_security::{GeneralSecurityProfile, RestrictionLevel, RestrictionLevelDetection};

pub const USERNAME_MAX_CHARS: usize = 32;
/// The longest [`name_key`] a username may have: NFKC can turn one character
/// into up to 18 (U+FDFA), and the key column is indexed (191 characters of
/// utf8mb4 fit MySQL's 767-byte index limit).
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
    /// A character that shows nothing or changes how others show (zero-width,
    /// bidi controls, fillers, unusual spaces, private use, unassigned).
    Invisible,
    RepeatedSpace,
    LeadingMark,
    /// Scripts mixed so that the name could pass for another (UTS #39).
    MixedScripts,
    /// Nothing but spaces (or other white space): no password at all.
    OnlySpaces,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldError::Empty => write!(f, "must not be empty"),
            FieldError::TooShort(n) => write!(f, "must be at least {n} characters"),
            FieldError::TooLong(n) => write!(f, "must be at most {n} characters"),
            FieldError::ControlCharacter => write!(f, "must not contain control characters"),
            FieldError::SurroundingSpace => write!(f, "must not start or end with a space"),
            FieldError::Invisible => write!(f, "must not contain invisible or formatting characters"),
            FieldError::RepeatedSpace => write!(f, "must not contain two spaces in a row"),
            FieldError::LeadingMark => write!(f, "must not start with a combining mark"),
            FieldError::MixedScripts => write!(f, "must not mix scripts that look alike, such as Latin and Cyrillic"),
            FieldError::OnlySpaces => write!(f, "must not be only spaces"),
        }
    }
}

/// 1–32 characters of any script, stored in NFC. Refused: control characters,
/// surrounding or doubled spaces, invisible and formatting characters, a
/// leading combining mark, and scripts mixed so that the name could pass for
/// another (`аdmin` with a Cyrillic `а`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Username(String);

impl Username {
    pub fn parse(text: &str) -> Result<Username, FieldError> {
        // NFC first: the same name typed on two keyboards (é as one character
        // or as e + U+0301) is one string, shown and counted alike.
        let name: String = text.nfc().collect();
        if name.is_empty() {
            return Err(FieldError::Empty);
        }
        if name.chars().count() > USERNAME_MAX_CHARS {
            return Err(FieldError::TooLong(USERNAME_MAX_CHARS));
        }
        if name_key(&name).chars().count() > NAME_KEY_MAX_CHARS {
            return Err(FieldError::TooLong(USERNAME_MAX_CHARS));
        }
        if name.chars().any(char::is_control) {
            return Err(FieldError::ControlCharacter);
        }
        if name.trim() != name {
            return Err(FieldError::SurroundingSpace);
        }
        if has_invisible(&name) {
            return Err(FieldError::Invisible);
        }
        if name.contains("  ") {
            return Err(FieldError::RepeatedSpace);
        }
        if name
            .chars()
            .next()
            .is_some_and(|c| c.general_category_group() == GeneralCategoryGroup::Mark)
        {
            return Err(FieldError::LeadingMark);
        }
        if mixes_lookalike_scripts(&name) {
            return Err(FieldError::MixedScripts);
        }
        Ok(Username(name))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The uniqueness key of this name: see [`name_key`].
    pub fn key(&self) -> String {
        name_key(&self.0)
    }
}

impl fmt::Display for Username {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The key two names share when they are one name to a reader, in the manner
/// of RFC 8265 (PRECIS UsernameCaseMapped): NFKC (so `ＢＯＢ` is `BOB`),
/// lowercase, NFKC again (lowercasing can denormalise), then the emoji
/// presentation selectors U+FE0E/U+FE0F removed (`❤️` is `❤`). `Bob`, `bob`
/// and `ＢＯＢ` share a key; `sün` and `sun` do not.
///
/// Logins look names up by this key of the typed text without
/// [`Username::parse`]'s refusals, so accounts made before a rule still log in.
pub fn name_key(text: &str) -> String {
    let lowered = text.nfkc().collect::<String>().to_lowercase();
    lowered
        .nfkc()
        .filter(|c| !matches!(c, '\u{FE0E}' | '\u{FE0F}'))
        .collect()
}

/// Whether a character of the name shows nothing or changes how its
/// neighbours show. A presentation selector right after an emoji is allowed:
/// phones type `❤️` as U+2764 U+FE0F.
fn has_invisible(name: &str) -> bool {
    let mut previous: Option<char> = None;
    for c in name.chars() {
        let emoji_presentation = matches!(c, '\u{FE0E}' | '\u{FE0F}') && previous.is_some_and(|p| p.is_emoji_char());
        if is_invisible(c) && !emoji_presentation {
            return true;
        }
        previous = Some(c);
    }
    false
}

fn is_invisible(c: char) -> bool {
    use GeneralCategory::*;
    match c.general_category() {
        Format | LineSeparator | ParagraphSeparator | PrivateUse | Unassigned => true,
        SpaceSeparator => c != ' ',
        _ => is_blank_letter_or_mark(c),
    }
}

/// The Default_Ignorable_Code_Point characters (Unicode's
/// DerivedCoreProperties.txt) that are not Cf or Cn, so that the general
/// category does not catch them, plus U+2800 BRAILLE PATTERN BLANK (So),
/// which shows as nothing.
fn is_blank_letter_or_mark(c: char) -> bool {
    matches!(
        c,
        // COMBINING GRAPHEME JOINER (Mn)
        '\u{034F}'
        // HANGUL CHOSEONG FILLER, HANGUL JUNGSEONG FILLER (Lo)
        | '\u{115F}'..='\u{1160}'
        // KHMER VOWEL INHERENT AQ, AA (Mn)
        | '\u{17B4}'..='\u{17B5}'
        // MONGOLIAN FREE VARIATION SELECTOR ONE..THREE (Mn)
        | '\u{180B}'..='\u{180D}'
        // MONGOLIAN FREE VARIATION SELECTOR FOUR (Mn)
        | '\u{180F}'
        // HANGUL FILLER (Lo)
        | '\u{3164}'
        // VARIATION SELECTOR-1..16 (Mn)
        | '\u{FE00}'..='\u{FE0F}'
        // HALFWIDTH HANGUL FILLER (Lo)
        | '\u{FFA0}'
        // VARIATION SELECTOR-17..256 (Mn)
        | '\u{E0100}'..='\u{E01EF}'
        // BRAILLE PATTERN BLANK (So): not default-ignorable, but it shows as nothing.
        | '\u{2800}'
    )
}

/// Whether the name mixes scripts in a way UTS #39 calls more than moderately
/// restrictive: Latin with Cyrillic or Greek (`аdmin`, `gοogle`), or two
/// scripts other than Latin, bar Han with Kana or Hangul. Latin with Han,
/// Kana, Hangul or one other recommended script (`Li李`) is fine. Only
/// identifier characters count, so spaces, punctuation and emoji mix with
/// anything; digits belong to every script.
fn mixes_lookalike_scripts(name: &str) -> bool {
    let letters: String = name.chars().filter(|c| c.identifier_allowed()).collect();
    !letters
        .as_str()
        .check_restriction_level(RestrictionLevel::ModeratelyRestrictive)
}

/// A new password: 8–128 characters. Never logged, never echoed back.
pub struct NewPassword(String);

impl NewPassword {
    pub fn parse(text: &str) -> Result<NewPassword, FieldError> {
        let n = text.chars().count();
        if n == 0 {
            return Err(FieldError::Empty);
        }
        // Eight spaces are as good as no password, whatever the length rule says.
        if text.chars().all(char::is_whitespace) {
            return Err(FieldError::OnlySpaces);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_of_any_script_are_accepted() {
        let names = [
            "a",
            "张伟",
            "Ünïcødé name",
            "مريم",
            "x😀",
            "❤\u{FE0F} fan",
            "山田たろう",
            "김민준",
            "Li李",
            "Иван",
            "Ελένη",
            "1\u{FE0F}\u{20E3} keycap",
            "<script>x</script>'",
            &"x".repeat(32),
            &"名".repeat(32),
        ];
        for name in names {
            let parsed = Username::parse(name);
            assert_eq!(parsed.as_ref().map(Username::as_str), Ok(name), "{name:?}");
        }
    }

    #[test]
    fn usernames_breaking_a_rule_are_refused_with_the_reason() {
        let cases = [
            ("", FieldError::Empty),
            (&*"x".repeat(33), FieldError::TooLong(32)),
            // 11 characters whose key (NFKC) is 198 characters long.
            (&*"\u{FDFA}".repeat(11), FieldError::TooLong(32)),
            ("a\u{0}b", FieldError::ControlCharacter),
            ("a\nb", FieldError::ControlCharacter),
            ("a\u{85}b", FieldError::ControlCharacter),
            (" ab", FieldError::SurroundingSpace),
            ("ab ", FieldError::SurroundingSpace),
            ("\u{3000}ab", FieldError::SurroundingSpace),
            ("\u{202E}nimda", FieldError::Invisible),
            ("ad\u{200B}min", FieldError::Invisible),
            ("a\u{200C}b", FieldError::Invisible),
            ("a\u{200D}b", FieldError::Invisible),
            ("👨\u{200D}👩", FieldError::Invisible),
            ("soft\u{00AD}hyphen", FieldError::Invisible),
            ("a\u{FEFF}b", FieldError::Invisible),
            ("a\u{034F}b", FieldError::Invisible),
            ("a\u{3164}b", FieldError::Invisible),
            ("\u{3164}", FieldError::Invisible),
            ("a\u{115F}b", FieldError::Invisible),
            ("a\u{FFA0}b", FieldError::Invisible),
            ("a\u{2800}b", FieldError::Invisible),
            ("a\u{E0041}b", FieldError::Invisible),
            ("a\u{00A0}b", FieldError::Invisible),
            ("a\u{3000}b", FieldError::Invisible),
            ("a\u{2028}b", FieldError::Invisible),
            ("a\u{2029}b", FieldError::Invisible),
            ("a\u{E000}b", FieldError::Invisible),
            ("a\u{0378}b", FieldError::Invisible),
            // A presentation selector counts only right after an emoji.
            ("a\u{FE0F}", FieldError::Invisible),
            ("❤\u{FE0F}\u{FE0F}", FieldError::Invisible),
            ("a\u{E0100}", FieldError::Invisible),
            ("a  b", FieldError::RepeatedSpace),
            ("\u{0301}a", FieldError::LeadingMark),
            ("\u{20DD}a", FieldError::LeadingMark),
            ("аdmin", FieldError::MixedScripts),
            ("gοogle", FieldError::MixedScripts),
            ("Иван Ελένη", FieldError::MixedScripts),
        ];
        for (text, want) in cases {
            assert_eq!(Username::parse(text), Err(want), "{text:?}");
        }
    }

    #[test]
    fn every_default_ignorable_code_point_is_refused() {
        // Default_Ignorable_Code_Point in Unicode 16's DerivedCoreProperties.txt.
        let ranges = [
            ('\u{AD}', '\u{AD}'),
            ('\u{34F}', '\u{34F}'),
            ('\u{61C}', '\u{61C}'),
            ('\u{115F}', '\u{1160}'),
            ('\u{17B4}', '\u{17B5}'),
            ('\u{180B}', '\u{180F}'),
            ('\u{200B}', '\u{200F}'),
            ('\u{202A}', '\u{202E}'),
            ('\u{2060}', '\u{206F}'),
            ('\u{3164}', '\u{3164}'),
            ('\u{FE00}', '\u{FE0F}'),
            ('\u{FEFF}', '\u{FEFF}'),
            ('\u{FFA0}', '\u{FFA0}'),
            ('\u{FFF0}', '\u{FFF8}'),
            ('\u{1BCA0}', '\u{1BCA3}'),
            ('\u{1D173}', '\u{1D17A}'),
            ('\u{E0000}', '\u{E0FFF}'),
        ];
        for c in ranges.into_iter().flat_map(|(first, last)| first..=last) {
            let text = format!("a{c}b");
            assert_eq!(
                Username::parse(&text),
                Err(FieldError::Invisible),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn every_space_but_the_plain_one_is_refused_inside_a_name() {
        let spaces = ('\u{A0}'..='\u{FFFF}').filter(|c| c.general_category() == GeneralCategory::SpaceSeparator);
        let mut seen = 0;
        for c in spaces {
            seen += 1;
            assert_eq!(
                Username::parse(&format!("a{c}b")),
                Err(FieldError::Invisible),
                "U+{:04X}",
                u32::from(c)
            );
        }
        assert!(seen >= 16, "only {seen} space separators");
    }

    #[test]
    fn a_name_is_stored_in_nfc() {
        let name = Username::parse("cafe\u{301}").unwrap();
        assert_eq!(name.as_str(), "caf\u{E9}");
        assert_eq!(
            Username::parse("\u{212B}ngstr\u{F6}m").unwrap().as_str(),
            "\u{C5}ngstr\u{F6}m"
        );
    }

    #[test]
    fn names_that_read_alike_share_one_key() {
        let same = [
            &["Bob", "bob", "BOB", "ＢＯＢ"][..],
            &["cafe\u{301}", "caf\u{E9}", "CAFÉ"],
            &["❤\u{FE0F}", "❤", "❤\u{FE0E}"],
            &["ﬁx", "fix"],
        ];
        for group in same {
            for name in group {
                assert_eq!(name_key(name), name_key(group[0]), "{name:?} and {:?}", group[0]);
            }
        }
        assert_eq!(name_key("ＢＯＢ"), "bob");
        assert_eq!(Username::parse("ＢＯＢ").unwrap().key(), "bob");
        assert_eq!(
            Username::parse("cafe\u{301}").unwrap().key(),
            Username::parse("caf\u{E9}").unwrap().key()
        );
    }

    #[test]
    fn names_that_differ_to_a_reader_have_different_keys() {
        for (a, b) in [("sün", "sun"), ("张伟", "张纬"), ("Bob", "Bobby"), ("a b", "ab")] {
            assert_ne!(name_key(a), name_key(b), "{a:?} and {b:?}");
        }
    }

    #[test]
    fn the_key_of_any_accepted_name_fits_its_column() {
        // The longest NFKC expansion, 32 times, is refused; 10 times fits.
        let ten = "\u{FDFA}".repeat(10);
        assert!(name_key(&ten).chars().count() <= NAME_KEY_MAX_CHARS);
        assert!(Username::parse(&ten).is_ok());
        assert_eq!(Username::parse(&"\u{FDFA}".repeat(32)), Err(FieldError::TooLong(32)));
    }

    #[test]
    fn passwords_are_8_to_128_characters() {
        assert!(NewPassword::parse("12345678").is_ok());
        assert!(NewPassword::parse(&"密".repeat(128)).is_ok());
        assert_eq!(NewPassword::parse("").err(), Some(FieldError::Empty));
        assert_eq!(NewPassword::parse("1234567").err(), Some(FieldError::TooShort(8)));
        for blank in [
            "        ",
            " ",
            "\t\t\t\t\t\t\t\t",
            "\u{3000}\u{3000}\u{3000}\u{3000}  \n\n",
        ] {
            assert_eq!(
                NewPassword::parse(blank).err(),
                Some(FieldError::OnlySpaces),
                "{blank:?}"
            );
        }
        assert!(
            NewPassword::parse("  pass word  ").is_ok(),
            "spaces among others are fine"
        );
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
