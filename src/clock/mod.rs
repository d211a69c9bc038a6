//! Time pushes: ONE ticker thread fans the current time out to every
//! subscribed stream over crossbeam channels.
//!
//! A `Subscription` is the receiving end and a `futures` stream: the ticker
//! `try_send`s into each subscriber's one-slot channel and wakes its task, so
//! no completion-queue thread ever blocks on a channel. Dropping the
//! subscription (its call ended: cancel, half-close, dead connection, error)
//! removes the sender at once: the channel is closed and nothing more is sent
//! for it. A subscriber that has not taken its last push gets none on top
//! (its slot is full): a slow client costs one push, not a queue.
//!
//! A stream whose pushes stay untaken (its client's flow-control window
//! stays shut) is woken at each round all the same, so that `Stalled` can
//! end it once that has lasted long enough.
//!
//! A push is one `Tick` shared by every subscriber of the round, so the
//! text is formatted once and gRPC encodes its message once (`encoded`),
//! not once per stream.
//!
//! A stream subscribed on a gRPC poll thread is woken from that thread by
//! another stream of it (relay.rs), so a round costs the ticker one wake per
//! poll thread, not one per stream.

mod relay;

use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock};
use std::task::{Context, Poll};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use chrono::TimeZone;
use crossbeam_channel::{Receiver, Sender, TryRecvError, TrySendError};
use futures_util::Stream;

pub use relay::{make_this_thread_a_home, relaying};
use relay::{Home, Mailbox};

/// The nowtime format of the seed: local time, `YYYY-MM-DD HH:MM:SS`.
/// Formatted once a second on each thread: every profile view shows it,
/// and chrono's local-time lookup and formatting were 3% of a view.
pub fn now_text() -> String {
    thread_local! {
        static LAST: RefCell<(i64, String)> = const { RefCell::new((i64::MIN, String::new())) };
    }
    let second = chrono::Utc::now().timestamp();
    LAST.with_borrow_mut(|(at, text)| {
        if *at != second {
            let now = chrono::Local.timestamp_opt(second, 0).single();
            *text = now.map_or_else(String::new, |t| t.format("%Y-%m-%d %H:%M:%S").to_string());
            *at = second;
        }
        text.clone()
    })
}

/// One round's push: the time, and its wire form once someone asks for it.
#[derive(Debug)]
pub struct Tick {
    text: String,
    encoded: OnceLock<Box<[u8]>>,
}

impl Tick {
    pub fn new(text: String) -> Tick {
        Tick {
            text,
            encoded: OnceLock::new(),
        }
    }

    /// The time as `YYYY-MM-DD HH:MM:SS`.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The push as `encode` renders it, encoded by the first stream to ask
    /// and shared by the rest of the round.
    pub fn encoded(&self, encode: impl FnOnce(&str) -> Vec<u8>) -> &[u8] {
        self.encoded.get_or_init(|| encode(&self.text).into_boxed_slice())
    }
}

impl std::fmt::Display for Tick {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

struct Member {
    tx: Sender<Arc<Tick>>,
    mailbox: Arc<Mailbox>,
    home: Option<Arc<Home>>,
}

/// A member a round pushes to: cloned out of the registry, so the pushes go
/// without its lock.
type Due = (Sender<Arc<Tick>>, Arc<Mailbox>, Option<Arc<Home>>);

/// Subscribers sharing one interval, pushed to together.
struct Group {
    next_due: Instant,
    members: HashMap<u64, Member>,
}

#[derive(Default)]
struct State {
    groups: HashMap<Duration, Group>,
    next_id: u64,
    subscribers: usize,
    stopping: bool,
    /// When to give freed memory back to the kernel (see `run`), and how many
    /// more times: once soon after the last subscriber leaves, once later,
    /// when its connections have closed too.
    trim_at: Option<Instant>,
    trims_left: u8,
}

struct Shared {
    state: Mutex<State>,
    /// Woken when a new interval appears (it may be due sooner) or on stop.
    changed: Condvar,
    pushes_sent: AtomicU64,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        // Every update leaves the maps consistent, so a poisoned lock is usable.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The ticker thread and the subscriber registry. Cheap to clone.
#[derive(Clone)]
pub struct Ticker {
    shared: Arc<Shared>,
    thread: Arc<Mutex<Option<JoinHandle<()>>>>,
}

impl Ticker {
    pub fn start() -> std::io::Result<Ticker> {
        let shared = Arc::new(Shared {
            state: Mutex::new(State::default()),
            changed: Condvar::new(),
            pushes_sent: AtomicU64::new(0),
        });
        let for_thread = shared.clone();
        let thread = std::thread::Builder::new()
            .name("clock-ticker".into())
            .spawn(move || run(&for_thread))?;
        Ok(Ticker {
            shared,
            thread: Arc::new(Mutex::new(Some(thread))),
        })
    }

    /// Subscribes to a push every `interval`, the first one interval from now
    /// (or with the other subscribers of that interval, if sooner). Once the
    /// ticker has stopped, the subscription is closed from the start.
    pub fn subscribe(&self, interval: Duration) -> Subscription {
        let (tx, rx) = crossbeam_channel::bounded(1);
        let mailbox = Arc::new(Mailbox::default());
        let home = relay::this_threads_home();
        let mut state = self.shared.lock();
        if state.stopping {
            drop(tx);
            return Subscription {
                id: u64::MAX,
                interval,
                rx,
                mailbox,
                home: None,
                shared: self.shared.clone(),
            };
        }
        let id = state.next_id;
        state.next_id += 1;
        state.subscribers += 1;
        let mut is_new = false;
        let group = state.groups.entry(interval).or_insert_with(|| {
            is_new = true;
            Group {
                next_due: Instant::now() + interval,
                members: HashMap::new(),
            }
        });
        group.members.insert(
            id,
            Member {
                tx,
                mailbox: mailbox.clone(),
                home: home.clone(),
            },
        );
        drop(state);
        if is_new {
            self.shared.changed.notify_one();
        }
        Subscription {
            id,
            interval,
            rx,
            mailbox,
            home,
            shared: self.shared.clone(),
        }
    }

    /// Streams subscribed now.
    pub fn subscribers(&self) -> usize {
        self.shared.lock().subscribers
    }

    /// Pushes handed to subscribers since start.
    pub fn pushes_sent(&self) -> u64 {
        self.shared.pushes_sent.load(Ordering::Relaxed)
    }

    /// Stops the ticker and closes every subscription's channel, waking the
    /// streams that wait on one: they end (gRPC: UNAVAILABLE) at once.
    pub fn stop(&self) {
        let groups = {
            let mut state = self.shared.lock();
            state.stopping = true;
            state.subscribers = 0;
            std::mem::take(&mut state.groups)
        };
        self.shared.changed.notify_all();
        for member in groups.into_values().flat_map(|g| g.members.into_values()) {
            drop(member.tx);
            member.mailbox.waker.wake();
        }
        let thread = self.thread.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(thread) = thread {
            let _ = thread.join();
        }
    }
}

fn run(shared: &Shared) {
    let mut state = shared.lock();
    loop {
        if state.stopping {
            return;
        }
        let now = Instant::now();
        if state.trim_at.is_some_and(|at| at <= now) {
            state.trims_left = state.trims_left.saturating_sub(1);
            state.trim_at = (state.trims_left > 0).then(|| now + Duration::from_secs(2));
            drop(state);
            // Thousands of streams leave their buffers in glibc's free lists
            // when they end (measured: 13 MB idle, 165 MB with 10,000 streams,
            // still 165 MB after they all died); hand the free pages back.
            // SAFETY: malloc_trim only releases free memory.
            unsafe { libc::malloc_trim(0) };
            state = shared.lock();
            continue;
        }
        // Clone the due senders out and push without the lock, so subscribing
        // and unsubscribing never wait on a big fan-out.
        let mut due = Vec::new();
        for (interval, group) in state.groups.iter_mut() {
            if group.next_due <= now {
                due.extend(
                    group
                        .members
                        .values()
                        .map(|m| (m.tx.clone(), m.mailbox.clone(), m.home.clone())),
                );
                group.next_due += *interval;
                if group.next_due <= now {
                    // Fell behind (a suspended process): skip, don't burst.
                    group.next_due = now + *interval;
                }
            }
        }
        let next_due = state.groups.values().map(|g| g.next_due).chain(state.trim_at).min();
        if !due.is_empty() {
            drop(state);
            push(shared, due);
            state = shared.lock();
            continue;
        }
        state = match next_due {
            Some(at) => {
                let wait = at.saturating_duration_since(Instant::now());
                shared
                    .changed
                    .wait_timeout(state, wait)
                    .map(|(s, _)| s)
                    .unwrap_or_else(|p| p.into_inner().0)
            }
            None => shared.changed.wait(state).unwrap_or_else(|p| p.into_inner()),
        };
    }
}

fn push(shared: &Shared, due: Vec<Due>) {
    let tick = Arc::new(Tick::new(now_text()));
    let mut sent = 0;
    // The wakes for each poll thread's streams, handed over in one go.
    let mut by_home: Vec<(Arc<Home>, Vec<Arc<Mailbox>>)> = Vec::new();
    for (tx, mailbox, home) in due {
        match tx.try_send(tick.clone()) {
            Ok(()) => {
                sent += 1;
                if mailbox.behind_since.load(Ordering::Relaxed) != 0 {
                    mailbox.behind_since.store(0, Ordering::Relaxed);
                }
                match home {
                    None => mailbox.waker.wake(),
                    Some(home) => match by_home.iter_mut().find(|(h, _)| Arc::ptr_eq(h, &home)) {
                        Some((_, wakes)) => wakes.push(mailbox),
                        None => by_home.push((home, vec![mailbox])),
                    },
                }
            }
            // The client has not taken the last push yet: no push on top,
            // but a wake, for `Stalled` to look at how long that has lasted.
            Err(TrySendError::Full(_)) => {
                let now = epoch().elapsed().as_nanos() as u64 + 1;
                let _ = (mailbox.behind_since).compare_exchange(0, now, Ordering::Relaxed, Ordering::Relaxed);
                mailbox.waker.wake();
            }
            // It just left.
            Err(TrySendError::Disconnected(_)) => {}
        }
    }
    for (home, wakes) in by_home {
        home.hand_over(wakes);
    }
    shared.pushes_sent.fetch_add(sent, Ordering::Relaxed);
}

/// The origin of `Mailbox::behind_since`.
fn epoch() -> Instant {
    static EPOCH: OnceLock<Instant> = OnceLock::new();
    *EPOCH.get_or_init(Instant::now)
}

/// Resolves once a subscription's pushes have found the last one untaken
/// for `limit`: its stream cannot send (the client's flow-control window
/// stays shut), and the stream should end. Checked at each push round.
pub struct Stalled {
    mailbox: Arc<Mailbox>,
    limit: Duration,
}

impl Future for Stalled {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        self.mailbox.register(cx.waker());
        let since = self.mailbox.behind_since.load(Ordering::Relaxed);
        let behind = Duration::from_nanos((epoch().elapsed().as_nanos() as u64 + 1).saturating_sub(since));
        if since != 0 && behind >= self.limit {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }
}

/// One stream's time pushes; unsubscribes when dropped.
pub struct Subscription {
    id: u64,
    interval: Duration,
    rx: Receiver<Arc<Tick>>,
    mailbox: Arc<Mailbox>,
    /// The poll thread it was subscribed on, if any.
    home: Option<Arc<Home>>,
    shared: Arc<Shared>,
}

impl Subscription {
    /// The pushes as a channel, for a thread that blocks on them (a web
    /// page's watcher, on its connection's thread) instead of polling.
    pub fn receiver(&self) -> &Receiver<Arc<Tick>> {
        &self.rx
    }

    /// A future that resolves once this subscription's pushes have been
    /// left untaken for `limit` (see `Stalled`).
    pub fn stalled_for(&self, limit: Duration) -> Stalled {
        epoch();
        Stalled {
            mailbox: self.mailbox.clone(),
            limit,
        }
    }
}

impl Stream for Subscription {
    type Item = Arc<Tick>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Arc<Tick>>> {
        // Register first, then look: a push that lands in between still wakes us.
        self.mailbox.register(cx.waker());
        match self.rx.try_recv() {
            Ok(now) => Poll::Ready(Some(now)),
            Err(TryRecvError::Empty) => Poll::Pending,
            Err(TryRecvError::Disconnected) => Poll::Ready(None),
        }
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        if let Some(home) = &self.home {
            home.leave(&self.mailbox);
        }
        let mut state = self.shared.lock();
        let Some(group) = state.groups.get_mut(&self.interval) else {
            return; // stopped: the groups are gone already
        };
        if group.members.remove(&self.id).is_some() {
            if group.members.is_empty() {
                state.groups.remove(&self.interval);
            }
            state.subscribers -= 1;
            if state.subscribers == 0 {
                state.trim_at = Some(Instant::now() + Duration::from_millis(100));
                state.trims_left = 2;
                self.shared.changed.notify_one();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;

    #[test]
    fn subscribers_get_pushes_until_they_drop() {
        let ticker = Ticker::start().unwrap();
        let mut a = ticker.subscribe(Duration::from_millis(20));
        let b = ticker.subscribe(Duration::from_millis(20));
        assert_eq!(ticker.subscribers(), 2);
        let first = futures_executor::block_on(a.next()).unwrap();
        assert_eq!(first.text().len(), "2026-01-01 00:00:00".len());
        drop(b);
        assert_eq!(ticker.subscribers(), 1);
        drop(a);
        assert_eq!(ticker.subscribers(), 0);
        ticker.stop();
    }

    #[test]
    fn stopping_closes_every_subscription() {
        let ticker = Ticker::start().unwrap();
        let mut sub = ticker.subscribe(Duration::from_secs(3600));
        ticker.stop();
        assert!(futures_executor::block_on(sub.next()).is_none());
        let mut late = ticker.subscribe(Duration::from_secs(3600));
        assert!(futures_executor::block_on(late.next()).is_none());
    }

    #[test]
    fn stopping_wakes_a_waiting_stream() {
        let ticker = Ticker::start().unwrap();
        let sub = ticker.subscribe(Duration::from_secs(3600));
        let waiter = std::thread::spawn(move || futures_executor::block_on(sub.into_future()).0.is_none());
        std::thread::sleep(Duration::from_millis(50));
        ticker.stop();
        assert!(waiter.join().unwrap());
    }

    #[test]
    fn a_round_reaches_every_stream_of_a_poll_thread_through_the_one_it_wakes() {
        let ticker = Ticker::start().unwrap();
        let (done_tx, done_rx) = std::sync::mpsc::channel();
        let for_thread = ticker.clone();
        std::thread::spawn(move || {
            make_this_thread_a_home();
            let mut pool = futures_executor::LocalPool::new();
            for _ in 0..3 {
                let mut sub = for_thread.subscribe(Duration::from_secs(1));
                let done = done_tx.clone();
                let task = relaying(async move {
                    done.send(sub.next().await.is_some()).unwrap();
                    // Stay subscribed: an ending stream wakes the rest too.
                    sub.next().await;
                });
                futures_util::task::LocalSpawnExt::spawn_local(&pool.spawner(), task).unwrap();
            }
            pool.run();
        });
        assert_eq!(done_rx.recv_timeout(Duration::from_secs(5)), Ok(true));
        // The ticker woke one of them; that one's task wakes the other two
        // in the same round, long before the next one.
        for _ in 0..2 {
            assert_eq!(done_rx.recv_timeout(Duration::from_millis(500)), Ok(true));
        }
        ticker.stop();
    }

    #[test]
    fn a_subscriber_that_takes_no_push_is_stalled_after_the_limit_and_one_that_does_is_not() {
        let ticker = Ticker::start().unwrap();
        let idle = ticker.subscribe(Duration::from_millis(20));
        let started = Instant::now();
        futures_executor::block_on(idle.stalled_for(Duration::from_millis(200)));
        let took = started.elapsed();
        assert!(
            took >= Duration::from_millis(200) && took < Duration::from_secs(2),
            "{took:?}"
        );
        let mut reading = ticker.subscribe(Duration::from_millis(20));
        for _ in 0..20 {
            assert!(futures_executor::block_on(reading.next()).is_some());
        }
        let mut check = reading.stalled_for(Duration::from_millis(100));
        let waker = futures_util::task::noop_waker();
        let polled = Pin::new(&mut check).poll(&mut Context::from_waker(&waker));
        assert!(polled.is_pending(), "taking every push is not a stall");
        ticker.stop();
    }

    #[test]
    fn a_round_shares_one_push_and_one_encoding() {
        let ticker = Ticker::start().unwrap();
        let mut a = ticker.subscribe(Duration::from_millis(20));
        let mut b = ticker.subscribe(Duration::from_millis(20));
        let (pa, pb) = futures_executor::block_on(async { (a.next().await.unwrap(), b.next().await.unwrap()) });
        assert!(Arc::ptr_eq(&pa, &pb), "one Tick per round");
        let mut encodings = 0;
        for push in [&pa, &pb] {
            push.encoded(|text| {
                encodings += 1;
                text.as_bytes().to_vec()
            });
        }
        assert_eq!(encodings, 1);
        assert_eq!(pb.encoded(|_| unreachable!()), pa.text().as_bytes());
        ticker.stop();
    }
}
