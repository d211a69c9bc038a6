//! Login throttling: too many failed logins answer 429 with `Retry-After`.
//!
//! Two counters, each over a fixed window that starts at its first failure:
//! per (account, client IP), 5 failures; per client IP across accounts, 20.
//! Keying the account limit by IP too means an attacker failing on purpose
//! from elsewhere cannot lock the owner out; and since windows end, nothing
//! is locked for ever. The map is bounded: at the cap, expired windows go,
//! and if it is still full, new failures are not recorded (a flood of new
//! addresses could otherwise grow it without end).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

pub const WINDOW: Duration = Duration::from_secs(15 * 60);
pub const MAX_FAILURES_PER_ACCOUNT: u32 = 5;
pub const MAX_FAILURES_PER_IP: u32 = 20;
const MAX_KEYS: usize = 100_000;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    AccountFromIp(String, IpAddr),
    Ip(IpAddr),
}

struct Window {
    started: Instant,
    failures: u32,
}

pub struct LoginThrottle {
    windows: Mutex<HashMap<Key, Window>>,
    window: Duration,
}

impl Default for LoginThrottle {
    fn default() -> Self {
        LoginThrottle::new(WINDOW)
    }
}

impl LoginThrottle {
    pub fn new(window: Duration) -> LoginThrottle {
        LoginThrottle {
            windows: Mutex::new(HashMap::new()),
            window,
        }
    }

    fn keys(name: &str, ip: IpAddr) -> [(Key, u32); 2] {
        [
            (Key::AccountFromIp(name.to_owned(), ip), MAX_FAILURES_PER_ACCOUNT),
            (Key::Ip(ip), MAX_FAILURES_PER_IP),
        ]
    }

    /// `Err(wait)` when this login must be refused for now.
    pub fn check(&self, name: &str, ip: IpAddr) -> Result<(), Duration> {
        let now = Instant::now();
        let windows = self.lock();
        let wait = Self::keys(name, ip)
            .iter()
            .filter_map(|(key, max)| {
                let w = windows.get(key)?;
                let left = self.window.checked_sub(now.duration_since(w.started))?;
                (w.failures >= *max).then_some(left)
            })
            .max();
        wait.map_or(Ok(()), Err)
    }

    pub fn failed(&self, name: &str, ip: IpAddr) {
        let now = Instant::now();
        let mut windows = self.lock();
        if windows.len() >= MAX_KEYS {
            let window = self.window;
            windows.retain(|_, w| now.duration_since(w.started) < window);
        }
        for (key, _) in Self::keys(name, ip) {
            if windows.len() >= MAX_KEYS && !windows.contains_key(&key) {
                continue;
            }
            let w = windows.entry(key).or_insert(Window {
                started: now,
                failures: 0,
            });
            if now.duration_since(w.started) >= self.window {
                *w = Window {
                    started: now,
                    failures: 0,
                };
            }
            w.failures += 1;
        }
    }

    /// A successful login clears its account's counter from that address.
    pub fn succeeded(&self, name: &str, ip: IpAddr) {
        self.lock().remove(&Key::AccountFromIp(name.to_owned(), ip));
    }

    fn lock(&self) -> MutexGuard<'_, HashMap<Key, Window>> {
        self.windows.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(last: u8) -> IpAddr {
        IpAddr::from([10, 0, 0, last])
    }

    #[test]
    fn five_failures_refuse_the_sixth_attempt_from_that_address_only() {
        let throttle = LoginThrottle::default();
        for _ in 0..5 {
            assert!(throttle.check("alice", ip(1)).is_ok());
            throttle.failed("alice", ip(1));
        }
        let wait = throttle.check("alice", ip(1)).unwrap_err();
        assert!(wait <= WINDOW && wait > WINDOW - Duration::from_secs(5));
        assert!(
            throttle.check("alice", ip(2)).is_ok(),
            "the owner elsewhere is not locked out"
        );
        assert!(throttle.check("bob", ip(1)).is_ok());
    }

    #[test]
    fn one_address_failing_on_many_accounts_is_stopped_too() {
        let throttle = LoginThrottle::default();
        for i in 0..20 {
            throttle.failed(&format!("user{i}"), ip(3));
        }
        assert!(throttle.check("someone-new", ip(3)).is_err());
    }

    #[test]
    fn windows_end_and_success_clears_the_account_counter() {
        let throttle = LoginThrottle::new(Duration::from_millis(50));
        for _ in 0..5 {
            throttle.failed("carol", ip(4));
        }
        assert!(throttle.check("carol", ip(4)).is_err());
        std::thread::sleep(Duration::from_millis(60));
        assert!(throttle.check("carol", ip(4)).is_ok(), "nothing is locked for ever");
        for _ in 0..4 {
            throttle.failed("dave", ip(5));
        }
        throttle.succeeded("dave", ip(5));
        throttle.failed("dave", ip(5));
        assert!(throttle.check("dave", ip(5)).is_ok());
    }
}
