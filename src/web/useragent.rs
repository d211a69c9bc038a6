//! The browser and operating system a User-Agent names, for the profile page,
//! through woothee (the Rust port of the multi-language woothee project).

/// ("Chrome 120.0.0.0", "Linux"), or None where woothee does not know.
pub fn describe(user_agent: &str) -> (Option<String>, Option<String>) {
    let Some(found) = woothee::parser::Parser::new().parse(user_agent) else {
        return (None, None);
    };
    let known = |s: &str| !s.is_empty() && s != woothee::woothee::VALUE_UNKNOWN;
    let browser = known(found.name).then(|| match found.version {
        v if known(v) => format!("{} {v}", found.name),
        _ => found.name.to_owned(),
    });
    let os = known(found.os).then(|| match found.os_version.as_ref() {
        v if known(v) => format!("{} {v}", found.os),
        _ => found.os.to_owned(),
    });
    (browser, os)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_common_browsers() {
        let chrome =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
        let (browser, os) = describe(chrome);
        assert_eq!(browser.as_deref(), Some("Chrome 120.0.0.0"));
        assert_eq!(os.as_deref(), Some("Linux"));
        let firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0";
        let (browser, os) = describe(firefox);
        assert_eq!(browser.as_deref(), Some("Firefox 121.0"));
        assert!(os.unwrap().starts_with("Windows"));
        assert_eq!(describe("NothingKnown"), (None, None));
        assert_eq!(describe(""), (None, None));
    }
}
