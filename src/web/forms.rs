//! Strict `application/x-www-form-urlencoded` decoding.
//!
//! Browsers send UTF-8; anything that is not valid encoding or valid UTF-8 is
//! refused (400) rather than guessed at, so what is stored is what was typed.

use std::collections::HashMap;

/// The most fields a form may carry; ours have four.
pub const MAX_FORM_FIELDS: usize = 16;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormError {
    #[error("the form has a malformed %-escape")]
    BadEscape,
    #[error("the form is not valid UTF-8")]
    NotUtf8,
    #[error("the form has more than {MAX_FORM_FIELDS} fields")]
    TooManyFields,
    #[error("the form repeats the field {0:?}")]
    RepeatedField(String),
}

/// A decoded form: each field at most once.
#[derive(Debug, Default)]
pub struct Form(HashMap<String, String>);

impl Form {
    pub fn parse(body: &[u8]) -> Result<Form, FormError> {
        let mut fields = HashMap::new();
        for pair in body.split(|&b| b == b'&').filter(|p| !p.is_empty()) {
            if fields.len() == MAX_FORM_FIELDS {
                return Err(FormError::TooManyFields);
            }
            let (name, value) = match pair.iter().position(|&b| b == b'=') {
                Some(i) => (&pair[..i], &pair[i + 1..]),
                None => (pair, &b""[..]),
            };
            let name = decode(name)?;
            if fields.contains_key(&name) {
                return Err(FormError::RepeatedField(name));
            }
            fields.insert(name, decode(value)?);
        }
        Ok(Form(fields))
    }

    /// The field's value, or "" when absent.
    pub fn get(&self, name: &str) -> &str {
        self.0.get(name).map_or("", String::as_str)
    }
}

/// Percent-encodes a value for a URL's query: everything but RFC 3986's
/// unreserved characters, as UTF-8 bytes.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn decode(raw: &[u8]) -> Result<String, FormError> {
    let mut out = Vec::with_capacity(raw.len());
    let mut bytes = raw.iter();
    while let Some(&b) = bytes.next() {
        out.push(match b {
            b'+' => b' ',
            b'%' => {
                let hi = bytes.next().and_then(|&h| hex_value(h));
                let lo = bytes.next().and_then(|&l| hex_value(l));
                match (hi, lo) {
                    (Some(hi), Some(lo)) => hi << 4 | lo,
                    _ => return Err(FormError::BadEscape),
                }
            }
            other => other,
        });
    }
    String::from_utf8(out).map_err(|_| FormError::NotUtf8)
}

fn hex_value(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_what_browsers_send() {
        let form = Form::parse(b"username=%E5%BC%A0+%E4%BC%9F&password=a%2Bb%26c&empty=&bare").unwrap();
        assert_eq!(form.get("username"), "张 伟");
        assert_eq!(form.get("password"), "a+b&c");
        assert_eq!(form.get("empty"), "");
        assert_eq!(form.get("bare"), "");
        assert_eq!(form.get("missing"), "");
    }

    #[test]
    fn refuses_what_is_not_a_form() {
        let cases: [(&[u8], FormError); 6] = [
            (b"a=%zz", FormError::BadEscape),
            (b"a=%4", FormError::BadEscape),
            (b"a=%", FormError::BadEscape),
            (b"a=%ff%fe", FormError::NotUtf8),
            (b"a=\xff", FormError::NotUtf8),
            (b"a=1&a=2", FormError::RepeatedField("a".into())),
        ];
        for (body, want) in cases {
            assert_eq!(Form::parse(body).err(), Some(want), "{body:?}");
        }
        let many: Vec<String> = (0..=MAX_FORM_FIELDS).map(|i| format!("f{i}=1")).collect();
        assert_eq!(
            Form::parse(many.join("&").as_bytes()).err(),
            Some(FormError::TooManyFields)
        );
    }
}
