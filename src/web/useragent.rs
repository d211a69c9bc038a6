//! The browser and operating system a User-Agent names, for the profile page,
//! through woothee (the Rust port of the multi-language woothee project).
//!
//! Parsing runs dozens of patterns, and a visitor sends the same User-Agent
//! on every view, so answers are remembered: a few hundred, first in first
//! out. The lock is held to look up or store, never while parsing; long
//! User-Agents (the text is the client's) are parsed and not kept.

use std::collections::{HashMap, VecDeque};
use std::sync::{LazyLock, Mutex, PoisonError};

/// User-Agents remembered at once.
const CACHE_ENTRIES: usize = 256;
/// Longer User-Agents are parsed every time, never kept.
const MAX_CACHED_BYTES: usize = 512;

/// (browser, operating system), each None where woothee does not know.
type Described = (Option<String>, Option<String>);

static CACHE: LazyLock<Mutex<Cache>> = LazyLock::new(|| Mutex::new(Cache::default()));

/// ("Chrome 120.0.0.0", "Linux"), or None where woothee does not know.
pub fn describe(user_agent: &str) -> Described {
    if user_agent.len() > MAX_CACHED_BYTES {
        return parse(user_agent);
    }
    let cache = || CACHE.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(found) = cache().get(user_agent) {
        return found;
    }
    let found = parse(user_agent);
    cache().insert(user_agent, found.clone());
    found
}

fn parse(user_agent: &str) -> Described {
    let Some(found) = woothee::parser::Parser::new().parse(user_agent) else {
        return (None, None);
    };
    let known = |s: &str| !s.is_empty() && s != woothee::woothee::VALUE_UNKNOWN;
    let browser = known(found.name).then(|| match found.version {
        v if known(v) => format!("{} {v}", found.name),
        _ => found.name.to_owned(),
    });
    // woothee names Apple's phones' system after the device ("iPhone 17.5"):
    // the system is iOS.
    let os_name = match found.os {
        "iPhone" | "iPod" | "iPad" => "iOS",
        other => other,
    };
    let os = known(found.os).then(|| match found.os_version.as_ref() {
        v if known(v) => format!("{os_name} {v}"),
        _ => os_name.to_owned(),
    });
    (browser, os)
}

/// At most `CACHE_ENTRIES` answers; the oldest goes first.
#[derive(Default)]
struct Cache {
    answers: HashMap<Box<str>, Described>,
    oldest_first: VecDeque<Box<str>>,
}

impl Cache {
    fn get(&self, user_agent: &str) -> Option<Described> {
        self.answers.get(user_agent).cloned()
    }

    fn insert(&mut self, user_agent: &str, found: Described) {
        // Two threads may have parsed the same new User-Agent at once.
        if self.answers.contains_key(user_agent) {
            return;
        }
        if self.answers.len() >= CACHE_ENTRIES {
            if let Some(oldest) = self.oldest_first.pop_front() {
                self.answers.remove(&oldest);
            }
        }
        self.answers.insert(user_agent.into(), found);
        self.oldest_first.push_back(user_agent.into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHROME: &str =
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

    #[test]
    fn names_common_browsers() {
        let (browser, os) = describe(CHROME);
        assert_eq!(browser.as_deref(), Some("Chrome 120.0.0.0"));
        assert_eq!(os.as_deref(), Some("Linux"));
        let firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0";
        let (browser, os) = describe(firefox);
        assert_eq!(browser.as_deref(), Some("Firefox 121.0"));
        assert!(os.unwrap().starts_with("Windows"));
        assert_eq!(describe("NothingKnown"), (None, None));
        assert_eq!(describe(""), (None, None));
    }

    #[test]
    fn apple_phones_and_tablets_run_ios() {
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
        let (browser, os) = describe(iphone);
        assert_eq!(os.as_deref(), Some("iOS 17.5"));
        assert_eq!(browser.as_deref(), Some("Safari 17.5"));
        let ipad = "Mozilla/5.0 (iPad; CPU OS 12_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1";
        assert!(describe(ipad).1.unwrap().starts_with("iOS"));
    }

    #[test]
    fn a_remembered_answer_is_the_parsed_one() {
        let first = describe(CHROME);
        assert!(CACHE.lock().unwrap().get(CHROME).is_some(), "remembered");
        assert_eq!(describe(CHROME), first);
        assert_eq!(first, parse(CHROME));
    }

    #[test]
    fn long_user_agents_are_parsed_but_not_kept() {
        let long = format!("{CHROME} {}", "x".repeat(MAX_CACHED_BYTES));
        assert_eq!(describe(&long).0.as_deref(), Some("Chrome 120.0.0.0"));
        assert!(CACHE.lock().unwrap().get(&long).is_none());
    }

    #[test]
    fn the_cache_keeps_the_newest_few_hundred() {
        let mut cache = Cache::default();
        for i in 0..1_000 {
            cache.insert(&format!("agent {i}"), (Some(format!("browser {i}")), None));
        }
        assert_eq!(cache.answers.len(), CACHE_ENTRIES);
        assert_eq!(cache.oldest_first.len(), CACHE_ENTRIES);
        assert!(cache.get("agent 0").is_none());
        assert_eq!(cache.get("agent 999").unwrap().0.as_deref(), Some("browser 999"));
        cache.insert("agent 999", (None, None));
        assert_eq!(
            cache.get("agent 999").unwrap().0.as_deref(),
            Some("browser 999"),
            "kept once"
        );
    }
}
