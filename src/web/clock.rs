//! `GET /clock`: the server's time as server-sent events, one a second, fed
//! by the ticker that feeds the gRPC time pushes (`clock::Ticker`), for the
//! profile page's `/static/clock.js`.
//!
//! Each watcher holds one ticker subscription and its connection's thread
//! (the design: a thread per connection, bounded by `--max-connections`)
//! for at most `--watch-limit`; `--max-watchers`, never more than half of
//! `--max-connections`, bounds them apart from pages. At each tick the
//! session is looked at again: a watcher whose session ended (a logout, a
//! password change) is let go. The handler only decides and hands out a
//! `ClockStream`; the server writes it, event by event, and tells it when
//! the client has gone or stopped reading.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crossbeam_channel::{select, Receiver, Sender};

use super::i18n::Problem;
use super::{pages, user, Reply, Request, Site};
use crate::clock::{Subscription, Ticker};
use crate::session::{SessionId, SessionStore};

/// Events are sent this often, and a vanished client is noticed at the next.
pub const CLOCK_TICK: Duration = Duration::from_secs(1);
/// How long a browser waits before it reconnects after a stream ends.
const RECONNECT_DELAY_MS: u32 = 1_000;
/// Seconds a browser refused for too many watchers is asked to wait.
const BUSY_RETRY_AFTER_SECS: u32 = 10;

/// The script that keeps the profile's clock live.
pub const CLOCK_SCRIPT: &str = include_str!("../../templates/clock.js");

/// The watchers of the clock: their count, their cap, and the signal that
/// ends every stream at once when the server stops. Cheap to clone.
#[derive(Clone)]
pub struct ClockWatchers {
    ticker: Ticker,
    max: usize,
    watch_limit: Duration,
    live: Arc<AtomicUsize>,
    /// Dropped to end every stream; each stream selects on `stopped`.
    stop: Arc<Mutex<Option<Sender<()>>>>,
    stopped: Receiver<()>,
}

impl ClockWatchers {
    /// Watchers up to `max`, but never more than half of `max_connections`:
    /// each holds a connection, and pages need the rest.
    pub fn new(ticker: Ticker, max: usize, max_connections: usize, watch_limit: Duration) -> ClockWatchers {
        let (stop, stopped) = crossbeam_channel::bounded(0);
        ClockWatchers {
            ticker,
            max: max.min(max_connections / 2),
            watch_limit,
            live: Arc::new(AtomicUsize::new(0)),
            stop: Arc::new(Mutex::new(Some(stop))),
            stopped,
        }
    }

    /// Streams open now.
    pub fn count(&self) -> usize {
        self.live.load(Ordering::SeqCst)
    }

    /// Ends every stream at once (each writes its end and its connection
    /// closes), and any started later; they do not wait for the grace period.
    pub fn stop(&self) {
        self.stop.lock().unwrap_or_else(|p| p.into_inner()).take();
    }

    /// A place among the watchers, unless all are taken.
    fn admit(&self) -> Option<Watcher> {
        let taken = self
            .live
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| (n < self.max).then_some(n + 1));
        taken.ok().map(|_| Watcher {
            live: self.live.clone(),
        })
    }
}

/// Counted among the watchers until dropped.
struct Watcher {
    live: Arc<AtomicUsize>,
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.live.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Why a stream ended, for the log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamEnd {
    ClientGone,
    /// Its earlier events are still unread (see `server::EventReader`).
    ClientNotReading,
    SessionEnded,
    WatchLimit,
    Stopping,
}

impl StreamEnd {
    pub fn describe(self) -> &'static str {
        match self {
            StreamEnd::ClientGone => "the client went away",
            StreamEnd::ClientNotReading => "the client stopped reading",
            StreamEnd::SessionEnded => "its session ended (a logout or a password change)",
            StreamEnd::WatchLimit => "its time was up (--watch-limit)",
            StreamEnd::Stopping => "the server is stopping",
        }
    }
}

/// One watcher's events; its subscription and place end when it is dropped.
pub struct ClockStream {
    subscription: Subscription,
    sessions: Arc<dyn SessionStore>,
    session: SessionId,
    stopped: Receiver<()>,
    ends_at: Instant,
    started: bool,
    _watcher: Watcher,
}

impl ClockStream {
    /// The next event's text (the first says how soon to reconnect), or why
    /// the stream ends. `client` is asked before each event whether the
    /// client is gone or behind, and the session store whether the session
    /// still lives: such a stream ends at the first tick after.
    pub fn next_event(&mut self, client: &dyn Fn() -> Option<StreamEnd>) -> Result<String, StreamEnd> {
        if !self.started {
            self.started = true;
            return Ok(format!("retry: {RECONNECT_DELAY_MS}\n\n"));
        }
        let time = select! {
            recv(self.subscription.receiver()) -> pushed => pushed.map_err(|_| StreamEnd::Stopping)?,
            recv(self.stopped) -> _ => return Err(StreamEnd::Stopping),
            default(self.ends_at.saturating_duration_since(Instant::now())) => return Err(StreamEnd::WatchLimit),
        };
        if let Some(end) = client() {
            return Err(end);
        }
        // A store that cannot answer now does not end the stream.
        if let Ok(false) = self.sessions.is_live(&self.session) {
            return Err(StreamEnd::SessionEnded);
        }
        Ok(format!("data: {time}\n\n"))
    }
}

/// `GET /clock`: a logged-in session's stream of the server's time; 401
/// without one, 503 with `Retry-After` when all watchers' places are taken.
pub fn watch(site: &Site, req: &Request) -> Result<ClockStream, Reply> {
    let Some((session, _)) = user::current_session(site, req)? else {
        return Err(pages::problem(site, req, Problem::LoginRequired).private());
    };
    let clock = &site.clock;
    let Some(watcher) = clock.admit() else {
        return Err(pages::problem(site, req, Problem::TooManyWatchers)
            .with_header("Retry-After", BUSY_RETRY_AFTER_SECS.to_string()));
    };
    Ok(ClockStream {
        subscription: clock.ticker.subscribe(CLOCK_TICK),
        sessions: site.sessions.clone(),
        session,
        stopped: clock.stopped.clone(),
        ends_at: Instant::now() + clock.watch_limit,
        started: false,
        _watcher: watcher,
    })
}

/// The head of a stream's answer.
pub fn stream_headers() -> Vec<(&'static str, String)> {
    vec![
        ("Content-Type", "text/event-stream; charset=utf-8".into()),
        ("Cache-Control", "no-store".into()),
        // A proxy (nginx) would otherwise hold the events back.
        ("X-Accel-Buffering", "no".into()),
    ]
}

/// `/static/clock.js`.
pub fn script() -> Reply {
    Reply::asset("text/javascript; charset=utf-8", 3600, CLOCK_SCRIPT)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::{MemorySessions, Profile};

    #[test]
    fn watchers_beyond_the_cap_are_refused_and_places_come_back() {
        let ticker = Ticker::start().unwrap();
        let watchers = ClockWatchers::new(ticker.clone(), 2, 100, Duration::from_secs(60));
        let a = watchers.admit().unwrap();
        let _b = watchers.admit().unwrap();
        assert!(watchers.admit().is_none());
        assert_eq!(watchers.count(), 2);
        drop(a);
        assert!(watchers.admit().is_some());
        ticker.stop();
    }

    #[test]
    fn watchers_never_take_more_than_half_the_connections() {
        let ticker = Ticker::start().unwrap();
        assert_eq!(
            ClockWatchers::new(ticker.clone(), 1_000, 10_000, Duration::ZERO).max,
            1_000
        );
        assert_eq!(ClockWatchers::new(ticker.clone(), 1_000, 600, Duration::ZERO).max, 300);
        ticker.stop();
    }

    #[test]
    fn a_stream_sends_retry_then_ticks_and_ends_when_stopped() {
        let ticker = Ticker::start().unwrap();
        let watchers = ClockWatchers::new(ticker.clone(), 2, 100, Duration::from_secs(60));
        let sessions = Arc::new(MemorySessions::new(Duration::from_secs(60), 10));
        let (session, _) = sessions
            .create(Profile {
                name: "ada".into(),
                introduction: String::new(),
                created_at: 0,
            })
            .unwrap();
        let mut stream = ClockStream {
            subscription: ticker.subscribe(Duration::from_millis(20)),
            sessions: sessions.clone(),
            session: session.clone(),
            stopped: watchers.stopped.clone(),
            ends_at: Instant::now() + Duration::from_secs(60),
            started: false,
            _watcher: watchers.admit().unwrap(),
        };
        let fine = || None;
        assert_eq!(stream.next_event(&fine).unwrap(), "retry: 1000\n\n");
        let event = stream.next_event(&fine).unwrap();
        assert!(event.starts_with("data: ") && event.len() == "data: 2026-01-01 00:00:00\n\n".len());
        let behind = || Some(StreamEnd::ClientNotReading);
        assert_eq!(stream.next_event(&behind), Err(StreamEnd::ClientNotReading));
        sessions.remove(&session).unwrap();
        assert_eq!(stream.next_event(&fine), Err(StreamEnd::SessionEnded));
        watchers.stop();
        assert_eq!(stream.next_event(&fine), Err(StreamEnd::Stopping));
        drop(stream);
        assert_eq!(watchers.count(), 0);
        assert_eq!(ticker.subscribers(), 0);
        ticker.stop();
    }
}
