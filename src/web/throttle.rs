//! Throttling by client address: what one address may ask of the costly
//! pages within a window, after which it is answered 429 with `Retry-After`.
//!
//! Four counters, each over a fixed window that starts at its first count:
//! - failed logins per (account, address), 5: keyed by address too, so an
//!   attacker failing on purpose from elsewhere cannot lock the owner out;
//! - failed logins per address across accounts, 20;
//! - logins per address, 30: each makes a session, and the session map is
//!   bounded, so one address logging in over and over would push other
//!   users' sessions out;
//! - sign-ups per address, 10: each costs an argon2id hash and a row.
//!
//! An attempt is counted before the work it guards, in the same lock as the
//! check: a login counts as failed until its password proves right (then it
//! is given back), so however many arrive at once, no more than the limit
//! are ever verified. Windows end, so nothing is locked for ever.
//!
//! An address is an IPv4 address or an IPv6 /64: a host is usually given a
//! whole /64, and counting its addresses one by one would give it 2^64
//! allowances.
//!
//! The map is bounded, and so is each network's part of it: an IPv4 /16 or
//! IPv6 /48 may hold a sixteenth of the counters, an IPv4 /8 or IPv6 /32 a
//! quarter. A client cycling through the addresses of its network (many
//! 127.x.y.z, many /64s of its /48) fills its network's share; its further
//! new addresses are then counted together as that network, so the flood
//! throttles the flooder's network and leaves the rest of the map to
//! everyone else. At the cap of the whole map (floods from at least four
//! /8s), ended windows go; if it is still full, addresses it does not know
//! are refused until its oldest window ends (fail closed): a flood of new
//! addresses must not switch the limits off.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// What one address may do, and how much the throttle may remember.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub window: Duration,
    pub failures_per_account: u32,
    pub failures_per_address: u32,
    pub logins_per_address: u32,
    pub signups_per_address: u32,
    /// The most counters kept at once (about 100 bytes each).
    pub max_counters: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            window: Duration::from_secs(15 * 60),
            failures_per_account: 5,
            failures_per_address: 20,
            logins_per_address: 30,
            signups_per_address: 10,
            max_counters: 100_000,
        }
    }
}

/// A refused attempt: what was refused, and how long until it may be tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Throttled {
    #[error("too many logins from this address")]
    Logins { wait: Duration },
    #[error("too many sign-ups from this address")]
    Signups { wait: Duration },
}

impl Throttled {
    pub fn wait(self) -> Duration {
        match self {
            Throttled::Logins { wait } | Throttled::Signups { wait } => wait,
        }
    }
}

/// A client address as counted: IPv4 whole (also when written as
/// `::ffff:a.b.c.d`), IPv6 by its /64; or a network of them, once that
/// network holds its share of the counters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Origin {
    net: IpAddr,
    bits: u8,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.net, self.bits) {
            (IpAddr::V4(_), 32) | (IpAddr::V6(_), 64) => self.net.fmt(f),
            (net, bits) => write!(f, "{net}/{bits}"),
        }
    }
}

/// The networks whose share of the map is bounded, narrowest first: prefix
/// lengths for IPv4 and IPv6, and the part of `max_counters` each may hold.
const SHARES: [(u8, u8, usize); 2] = [(16, 48, 16), (8, 32, 4)];

impl Origin {
    pub fn of(ip: IpAddr) -> Origin {
        let (net, bits) = match ip.to_canonical() {
            IpAddr::V6(v6) => (IpAddr::V6(v6), 64),
            v4 => (v4, 32),
        };
        Origin { net, bits }.within(bits)
    }

    /// The network of the first `bits` bits (never wider than this origin).
    fn within(self, bits: u8) -> Origin {
        let bits = bits.min(self.bits);
        let net = match self.net {
            IpAddr::V4(a) => {
                IpAddr::V4((u32::from(a) & u32::MAX.checked_shl(32 - u32::from(bits)).unwrap_or(0)).into())
            }
            IpAddr::V6(a) => {
                IpAddr::V6((u128::from(a) & u128::MAX.checked_shl(128 - u32::from(bits)).unwrap_or(0)).into())
            }
        };
        Origin { net, bits }
    }

    /// The networks this origin's counters are charged to, narrowest
    /// first, with their shares.
    fn networks(self, max_counters: usize) -> [(Origin, usize); SHARES.len()] {
        SHARES.map(|(v4, v6, part)| {
            let bits = if self.net.is_ipv4() { v4 } else { v6 };
            (self.within(bits), (max_counters / part).max(1))
        })
    }
}

/// The longest account name key kept in a counter's key, in bytes: longer
/// keys cannot be accounts', so sharing one counter costs nothing, and the
/// map's size stays bounded however long a typed name is.
const MAX_NAME_KEY_BYTES: usize = 4 * crate::account::NAME_KEY_MAX_CHARS;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    FailuresOnAccount(String, Origin),
    Failures(Origin),
    Logins(Origin),
    Signups(Origin),
}

impl Key {
    fn origin(&self) -> Origin {
        match self {
            Key::FailuresOnAccount(_, origin) | Key::Failures(origin) | Key::Logins(origin) | Key::Signups(origin) => {
                *origin
            }
        }
    }
}

fn account_key(name: &str, origin: Origin) -> Key {
    let mut end = name.len().min(MAX_NAME_KEY_BYTES);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    Key::FailuresOnAccount(name[..end].to_owned(), origin)
}

struct Window {
    started: Instant,
    count: u32,
}

/// How often a full network may sweep the map for ended windows.
const SWEEP_EVERY: Duration = Duration::from_secs(1);

#[derive(Default)]
struct Counters {
    windows: HashMap<Key, Window>,
    /// How many of `windows` each network (see `SHARES`) holds.
    held: HashMap<Origin, usize>,
    /// When ended windows were last swept to make room in a full network.
    swept: Option<Instant>,
    /// While the map is full of live windows: when the first of them ends.
    /// Until then a new address is refused without sweeping the whole map.
    full_until: Option<Instant>,
}

pub struct Throttle {
    counters: Mutex<Counters>,
    limits: Limits,
}

impl Default for Throttle {
    fn default() -> Self {
        Throttle::new(Limits::default())
    }
}

/// A login counted as failed until `succeeded` says otherwise. Dropped
/// without a verdict (a store error), it stays counted both as a failure and
/// as a login: it cost the work either way.
#[must_use = "say how the login ended"]
pub struct LoginAttempt<'a> {
    throttle: &'a Throttle,
    account: Key,
    origin: Origin,
}

impl LoginAttempt<'_> {
    /// The password was right: the account's failures from this address are
    /// cleared, and this attempt is no failure of the address.
    pub fn succeeded(self) {
        let mut counters = self.throttle.lock();
        if counters.windows.remove(&self.account).is_some() {
            self.throttle
                .charge(&mut counters, self.account.origin(), |held| held.saturating_sub(1));
        }
        self.throttle.give_back(&mut counters, &Key::Failures(self.origin));
    }

    /// The password was wrong: no session was made, so no login is counted.
    /// Says how many more failures this address may have on this account
    /// (or at all, whichever is fewer) before it must wait, and how long.
    pub fn failed(self) -> FailuresLeft {
        let mut counters = self.throttle.lock();
        self.throttle.give_back(&mut counters, &Key::Logins(self.origin));
        let l = &self.throttle.limits;
        let now = Instant::now();
        [
            (&self.account, l.failures_per_account),
            (&Key::Failures(self.origin), l.failures_per_address),
        ]
        .into_iter()
        .map(|(key, max)| match counters.windows.get(key) {
            Some(w) if now.duration_since(w.started) < l.window => FailuresLeft {
                failures: max.saturating_sub(w.count),
                wait: l.window - now.duration_since(w.started),
            },
            _ => FailuresLeft {
                failures: max,
                wait: l.window,
            },
        })
        .min_by_key(|left| (left.failures, std::cmp::Reverse(left.wait)))
        .expect("two counters")
    }

    /// No password was asked (an account-settings change that needs none):
    /// no failure, of the account or the address, but it counts as one of
    /// the address's logins. Unlike `succeeded`, earlier failures stand.
    pub fn no_password_asked(self) {
        let mut counters = self.throttle.lock();
        self.throttle.give_back(&mut counters, &self.account);
        self.throttle.give_back(&mut counters, &Key::Failures(self.origin));
    }
}

/// After a failed login: how many more failures before a wait, and how long
/// that wait would be (its window's end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FailuresLeft {
    pub failures: u32,
    pub wait: Duration,
}

impl Throttle {
    pub fn new(limits: Limits) -> Throttle {
        Throttle {
            counters: Mutex::new(Counters::default()),
            limits,
        }
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// Counts a login attempt on the account `name_key` (`account::name_key`
    /// of the name typed: every way of writing one name counts as one)
    /// before its password is checked.
    pub fn begin_login(&self, name_key: &str, ip: IpAddr) -> Result<LoginAttempt<'_>, Throttled> {
        let l = self.limits;
        let keys = |origin| {
            [
                (account_key(name_key, origin), l.failures_per_account),
                (Key::Failures(origin), l.failures_per_address),
                (Key::Logins(origin), l.logins_per_address),
            ]
        };
        let origin = self.count(ip, keys).map_err(|wait| Throttled::Logins { wait })?;
        Ok(LoginAttempt {
            throttle: self,
            account: account_key(name_key, origin),
            origin,
        })
    }

    /// Counts a sign-up before its password is hashed.
    pub fn begin_signup(&self, ip: IpAddr) -> Result<(), Throttled> {
        let max = self.limits.signups_per_address;
        self.count(ip, |origin| [(Key::Signups(origin), max)])
            .map(|_| ())
            .map_err(|wait| Throttled::Signups { wait })
    }

    /// Adds one to every counter of `ip`'s origin, or, when any is spent
    /// (or the map is full and a counter is new), to none: `Err(wait)`.
    /// The origin is `ip`'s network instead when its counters would be new
    /// and the network holds its share (see `SHARES`); it is returned.
    fn count<const N: usize>(&self, ip: IpAddr, keys: impl Fn(Origin) -> [(Key, u32); N]) -> Result<Origin, Duration> {
        let now = Instant::now();
        let window = self.limits.window;
        let mut counters = self.lock();
        let left = |w: &Window| window.checked_sub(now.duration_since(w.started));
        let mut origin = Origin::of(ip);
        let (keys, new) = loop {
            let keys = keys(origin);
            let spent = keys
                .iter()
                .filter_map(|(key, max)| {
                    let w = counters.windows.get(key)?;
                    left(w).filter(|_| w.count >= *max)
                })
                .max();
            if let Some(wait) = spent {
                return Err(wait);
            }
            let new = keys.iter().filter(|(k, _)| !counters.windows.contains_key(k)).count();
            match self.full_network(&mut counters, origin, new, now) {
                None => break (keys, new),
                Some(net) => origin = net,
            }
        };
        if counters.windows.len() + new > self.limits.max_counters {
            if let Some(until) = counters.full_until.filter(|&until| until > now) {
                return Err(until - now);
            }
            self.sweep(&mut counters, now);
            counters.full_until = None;
            if counters.windows.len() + new > self.limits.max_counters {
                let first_end = counters.windows.values().map(|w| w.started + window).min();
                let until = first_end.unwrap_or(now + window);
                counters.full_until = Some(until);
                return Err(until.saturating_duration_since(now));
            }
        }
        for (key, _) in keys {
            let origin = key.origin();
            let mut added = false;
            let w = counters.windows.entry(key).or_insert_with(|| {
                added = true;
                Window { started: now, count: 0 }
            });
            if left(&*w).is_none() {
                *w = Window { started: now, count: 0 };
            }
            w.count += 1;
            if added {
                self.charge(&mut counters, origin, |held| held + 1);
            }
        }
        Ok(origin)
    }

    /// The widest network wider than `origin` that has no room for `new`
    /// more counters, after sweeping ended windows (at most once a second).
    fn full_network(&self, counters: &mut Counters, origin: Origin, new: usize, now: Instant) -> Option<Origin> {
        let max = self.limits.max_counters;
        let full = |counters: &Counters| {
            (origin.networks(max).into_iter().rev())
                .filter(|(net, _)| net.bits < origin.bits)
                .find(|(net, share)| counters.held.get(net).copied().unwrap_or(0) + new > *share)
                .map(|(net, _)| net)
        };
        if new == 0 {
            return None;
        }
        let net = full(counters)?;
        if counters.swept.is_some_and(|at| now.duration_since(at) < SWEEP_EVERY) {
            return Some(net);
        }
        self.sweep(counters, now);
        full(counters)
    }

    /// Drops ended windows and counts again what each network holds.
    fn sweep(&self, counters: &mut Counters, now: Instant) {
        let window = self.limits.window;
        counters.windows.retain(|_, w| now.duration_since(w.started) < window);
        counters.held.clear();
        let origins: Vec<Origin> = counters.windows.keys().map(Key::origin).collect();
        for origin in origins {
            self.charge(counters, origin, |held| held + 1);
        }
        counters.swept = Some(now);
    }

    /// Changes what each network of `origin` holds.
    fn charge(&self, counters: &mut Counters, origin: Origin, change: impl Fn(usize) -> usize) {
        for (net, _) in origin.networks(self.limits.max_counters) {
            let held = counters.held.entry(net).or_insert(0);
            *held = change(*held);
            if *held == 0 {
                counters.held.remove(&net);
            }
        }
    }

    /// Takes back one count of a live window.
    fn give_back(&self, counters: &mut Counters, key: &Key) {
        if let Some(w) = counters.windows.get_mut(key) {
            if w.started.elapsed() < self.limits.window {
                w.count = w.count.saturating_sub(1);
            }
        }
    }

    fn lock(&self) -> MutexGuard<'_, Counters> {
        // Every update leaves the map consistent, so a poisoned lock is usable.
        self.counters.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(last: u8) -> IpAddr {
        IpAddr::from([10, 0, 0, last])
    }

    fn v6(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn fail(throttle: &Throttle, name: &str, ip: IpAddr) -> FailuresLeft {
        throttle.begin_login(name, ip).unwrap().failed()
    }

    #[test]
    fn a_failed_login_says_how_many_failures_are_left_before_the_wait() {
        let throttle = Throttle::default();
        let window = Limits::default().window;
        let left: Vec<u32> = (0..5).map(|_| fail(&throttle, "hank", ip(11)).failures).collect();
        assert_eq!(left, [4, 3, 2, 1, 0]);
        let last = fail(&throttle, "ivy", ip(12));
        assert!(last.wait <= window && last.wait > window - Duration::from_secs(5));
        for i in 0..18 {
            fail(&throttle, &format!("other{i}"), ip(12));
        }
        assert_eq!(
            fail(&throttle, "ivy", ip(12)).failures,
            0,
            "the address's 20 failures in all are spent first"
        );
    }

    #[test]
    fn five_failures_refuse_the_sixth_attempt_from_that_address_only() {
        let throttle = Throttle::default();
        for _ in 0..5 {
            fail(&throttle, "alice", ip(1));
        }
        let refused = throttle.begin_login("alice", ip(1)).err().unwrap();
        let window = Limits::default().window;
        assert!(matches!(refused, Throttled::Logins { .. }));
        assert!(refused.wait() <= window && refused.wait() > window - Duration::from_secs(5));
        assert!(
            throttle.begin_login("alice", ip(2)).is_ok(),
            "the owner elsewhere is not locked out"
        );
        assert!(throttle.begin_login("bob", ip(1)).is_ok());
    }

    #[test]
    fn attempts_in_flight_count_against_the_limit_before_their_verdict() {
        let throttle = Throttle::default();
        let in_flight: Vec<_> = (0..40)
            .filter_map(|_| throttle.begin_login("alice", ip(1)).ok())
            .collect();
        assert_eq!(in_flight.len(), 5, "only five passwords are ever checked");
        in_flight.into_iter().for_each(|attempt| {
            attempt.failed();
        });
        let names: Vec<_> = (0..60)
            .filter_map(|i| throttle.begin_login(&format!("user{i}"), ip(2)).ok())
            .collect();
        assert_eq!(names.len(), 20);
    }

    #[test]
    fn a_change_that_asks_no_password_neither_fails_nor_forgives_failures() {
        let throttle = Throttle::default();
        for _ in 0..4 {
            fail(&throttle, "hana", ip(11));
        }
        for _ in 0..10 {
            throttle.begin_login("hana", ip(11)).unwrap().no_password_asked();
        }
        fail(&throttle, "hana", ip(11));
        assert!(throttle.begin_login("hana", ip(11)).is_err(), "the four failures stood");
    }

    #[test]
    fn one_address_failing_on_many_accounts_is_stopped_too() {
        let throttle = Throttle::default();
        for i in 0..20 {
            fail(&throttle, &format!("user{i}"), ip(3));
        }
        assert!(throttle.begin_login("someone-new", ip(3)).is_err());
    }

    #[test]
    fn windows_end_and_success_clears_the_account_counter() {
        let throttle = Throttle::new(Limits {
            window: Duration::from_millis(50),
            ..Limits::default()
        });
        for _ in 0..5 {
            fail(&throttle, "carol", ip(4));
        }
        assert!(throttle.begin_login("carol", ip(4)).is_err());
        std::thread::sleep(Duration::from_millis(60));
        assert!(
            throttle.begin_login("carol", ip(4)).is_ok(),
            "nothing is locked for ever"
        );
        for _ in 0..4 {
            fail(&throttle, "dave", ip(5));
        }
        throttle.begin_login("dave", ip(5)).unwrap().succeeded();
        for _ in 0..4 {
            fail(&throttle, "dave", ip(5));
        }
        assert!(throttle.begin_login("dave", ip(5)).is_ok());
    }

    #[test]
    fn successful_logins_from_one_address_are_limited_too() {
        let throttle = Throttle::default();
        for i in 0..30 {
            throttle.begin_login(&format!("user{i}"), ip(6)).unwrap().succeeded();
        }
        assert!(matches!(
            throttle.begin_login("user0", ip(6)),
            Err(Throttled::Logins { .. })
        ));
        assert!(throttle.begin_login("user0", ip(7)).is_ok());
    }

    #[test]
    fn ten_signups_from_one_address_refuse_the_eleventh() {
        let throttle = Throttle::default();
        for _ in 0..10 {
            assert_eq!(throttle.begin_signup(ip(8)), Ok(()));
        }
        assert!(matches!(throttle.begin_signup(ip(8)), Err(Throttled::Signups { .. })));
        assert_eq!(throttle.begin_signup(ip(9)), Ok(()));
        assert!(throttle.begin_login("erin", ip(8)).is_ok(), "logins are counted apart");
    }

    #[test]
    fn an_ipv6_slash_64_is_one_address_and_mapped_ipv4_is_ipv4() {
        let same = [
            ("2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:ffff"),
            ("10.0.0.1", "::ffff:10.0.0.1"),
        ];
        for (a, b) in same {
            assert_eq!(Origin::of(v6(a)), Origin::of(v6(b)), "{a} and {b}");
        }
        let apart = [("2001:db8:1:2::1", "2001:db8:1:3::1"), ("10.0.0.1", "10.0.0.2")];
        for (a, b) in apart {
            assert_ne!(Origin::of(v6(a)), Origin::of(v6(b)), "{a} and {b}");
        }
        let throttle = Throttle::default();
        for i in 0..20u16 {
            fail(
                &throttle,
                &format!("frank{i}"),
                IpAddr::from([0x2001, 0xdb8, 0, 0, 0, 0, 0, i]),
            );
        }
        assert!(throttle.begin_login("frank", v6("2001:db8::ffff")).is_err());
        assert!(throttle.begin_login("frank", v6("2001:db8:0:1::1")).is_ok());
    }

    #[test]
    fn a_full_map_refuses_new_addresses_until_its_first_window_ends() {
        let throttle = Throttle::new(Limits {
            window: Duration::from_millis(100),
            max_counters: 4,
            ..Limits::default()
        });
        // Four /8s: each holds its share, one counter.
        let far = |net: u8| IpAddr::from([net, 0, 0, 1]);
        for i in 1..5 {
            assert_eq!(throttle.begin_signup(far(i)), Ok(()));
        }
        let refused = throttle.begin_signup(far(200)).unwrap_err();
        assert!(refused.wait() <= Duration::from_millis(100), "{refused:?}");
        assert!(throttle.begin_login("gina", far(201)).is_err(), "fails closed");
        assert_eq!(throttle.begin_signup(far(1)), Ok(()), "known addresses go on");
        std::thread::sleep(Duration::from_millis(110));
        assert_eq!(throttle.begin_signup(far(200)), Ok(()));
        assert!(throttle.lock().windows.len() <= 4);
    }

    #[test]
    fn a_client_cycling_through_its_networks_addresses_throttles_only_that_network() {
        let throttle = Throttle::new(Limits {
            max_counters: 1_600,
            ..Limits::default()
        });
        // 127.x.y.z and the /64s of one IPv6 /48 and /32, one sign-up each.
        let flood = (0..5_000u32)
            .map(|i| IpAddr::from([127, (i / 200) as u8, (i % 200) as u8, 1]))
            .chain((0..5_000u16).map(|i| IpAddr::from([0x2001, 0xdb8, i / 100, i % 100, 0, 0, 0, 1])));
        let admitted = flood.filter(|&ip| throttle.begin_signup(ip).is_ok()).count();
        // Each /8 and /32 holds 400 counters; then each of its full /16s
        // (/48s) counts as one address, and at last the /8 (/32) itself.
        assert!(admitted <= 2 * (400 + 50), "{admitted} of 10,000 sign-ups let through");
        assert!(throttle.lock().windows.len() <= 2 * 400 + 40);
        assert!(
            throttle.begin_signup(IpAddr::from([127, 250, 0, 1])).is_err(),
            "a new address of the flooded /8 waits"
        );
        for other in [ip(1), v6("2001:db9::1"), v6("2a00::1")] {
            assert_eq!(throttle.begin_signup(other), Ok(()), "{other} is not locked out");
            throttle.begin_login("olga", other).unwrap().succeeded();
        }
    }

    #[test]
    fn a_networks_share_comes_back_when_its_windows_end() {
        let throttle = Throttle::new(Limits {
            window: Duration::from_millis(100),
            max_counters: 160,
            ..Limits::default()
        });
        for i in 0..10 {
            assert_eq!(throttle.begin_signup(ip(i)), Ok(()));
        }
        let shared = throttle.begin_signup(ip(100)).map(|()| throttle.lock().windows.len());
        assert_eq!(shared, Ok(11), "the eleventh address of 10.0/16 counts as the network");
        assert!(throttle
            .lock()
            .windows
            .keys()
            .any(|k| k.origin().to_string() == "10.0.0.0/16"));
        std::thread::sleep(Duration::from_millis(1_100));
        assert_eq!(throttle.begin_signup(ip(101)), Ok(()));
        assert!(
            throttle
                .lock()
                .windows
                .keys()
                .any(|k| k.origin().to_string() == "10.0.0.101"),
            "counted as itself again"
        );
    }

    #[test]
    fn long_typed_names_share_one_bounded_key() {
        let throttle = Throttle::default();
        let long = "é".repeat(10_000);
        for i in 0..5 {
            fail(&throttle, &format!("{long}{i}"), ip(10));
        }
        assert!(throttle.begin_login(&long, ip(10)).is_err());
        assert!(throttle
            .lock()
            .windows
            .keys()
            .all(|k| !matches!(k, Key::FailuresOnAccount(n, _) if n.len() > MAX_NAME_KEY_BYTES)));
    }
}
