//! Form decoding: any body either decodes or is refused with a reason, and
//! what decodes agrees with `form_urlencoded`, the URL crate's decoder.
#![no_main]

use std::collections::HashMap;

use libfuzzer_sys::fuzz_target;
use myapp::web::{Form, FormError, MAX_FORM_FIELDS};

fuzz_target!(|body: &[u8]| {
    // The reference is lenient where ours refuses (bad escapes, invalid
    // UTF-8), so it is compared only on the forms ours accepts.
    let reference: Vec<(String, String)> = form_urlencoded::parse(body).into_owned().collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (name, _) in &reference {
        *seen.entry(name).or_default() += 1;
    }
    match Form::parse(body) {
        Ok(form) => {
            assert!(
                reference.len() <= MAX_FORM_FIELDS,
                "accepted {} fields",
                reference.len()
            );
            for (name, value) in &reference {
                assert_eq!(seen[name.as_str()], 1, "accepted a repeated field {name:?}");
                assert_eq!(form.get(name), value, "field {name:?}");
            }
        }
        Err(FormError::RepeatedField(name)) => {
            assert!(
                seen.get(name.as_str()).is_some_and(|&n| n > 1),
                "{name:?} is not repeated"
            );
        }
        Err(FormError::TooManyFields) => assert!(reference.len() > MAX_FORM_FIELDS),
        Err(FormError::BadEscape) => assert!(body.contains(&b'%')),
        Err(FormError::NotUtf8) => {}
    }
});
