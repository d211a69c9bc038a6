//! Waking a poll thread's streams from that thread.
//!
//! Waking a gRPC stream's task from another thread costs a completion-queue
//! event: grpcio kicks the queue with an empty call batch, and C-core posts
//! it and hands it out. Waking it from the thread that polls it costs a push
//! onto that thread's own work list. So a push round wakes ONE stream of
//! each poll thread (a `Home`) from the ticker, and that stream's task wakes
//! the others of its thread as it is polled (`relaying`).

use std::cell::RefCell;
use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use futures_util::task::AtomicWaker;

const NEW: u8 = 0;
const POLLED: u8 = 1;
const GONE: u8 = 2;

/// How a stream is woken, and whether it can take its thread's wakes on:
/// only once its task has polled (its waker is registered) and until it ends.
#[derive(Default)]
pub(super) struct Mailbox {
    pub waker: AtomicWaker,
    state: AtomicU8,
    /// Since when pushes have found the last one untaken (see `super::push`),
    /// as nanoseconds after `super::epoch()` plus one; 0 while caught up.
    pub behind_since: AtomicU64,
}

impl Mailbox {
    pub fn register(&self, waker: &std::task::Waker) {
        self.waker.register(waker);
        if self.state.load(Ordering::Relaxed) == NEW {
            self.state.store(POLLED, Ordering::Release);
        }
    }
}

/// A poll thread's handed-over wakes.
#[derive(Default)]
pub(super) struct Home {
    pending: Mutex<Vec<Arc<Mailbox>>>,
    has_pending: AtomicBool,
}

thread_local! {
    static HOME: RefCell<Option<Arc<Home>>> = const { RefCell::new(None) };
}

/// Makes the calling thread a home for the streams subscribed on it: each
/// gRPC poll thread, as it starts (a stream's task is polled on the thread
/// its call arrived on, where it subscribes).
pub fn make_this_thread_a_home() {
    HOME.with_borrow_mut(|home| *home = Some(Arc::default()));
}

pub(super) fn this_threads_home() -> Option<Arc<Home>> {
    HOME.with_borrow(Clone::clone)
}

/// `task`, waking first, each time it is polled, what a push round handed to
/// the thread it runs on. Wrap every task that holds a subscription.
pub fn relaying<F: Future>(task: F) -> impl Future<Output = F::Output> {
    let mut task = Box::pin(task);
    std::future::poll_fn(move |cx| {
        // Borrowed, not cloned: this runs on every poll of every stream.
        // (Waking only queues tasks; none of them runs here.)
        HOME.with_borrow(|home| {
            if let Some(home) = home {
                home.wake_pending();
            }
        });
        task.as_mut().poll(cx)
    })
}

impl Home {
    fn lock(&self) -> MutexGuard<'_, Vec<Arc<Mailbox>>> {
        // A Vec of wakers is consistent whatever panicked.
        self.pending.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Takes a round's wakes for this thread's streams and wakes one stream
    /// that has polled and has not ended; its task wakes the rest. With no
    /// such stream (all new, or ending), each is woken from here, as it
    /// would be without a home.
    pub fn hand_over(&self, mailboxes: Vec<Arc<Mailbox>>) {
        let wake_now = {
            let mut pending = self.lock();
            pending.extend(mailboxes);
            let leader = pending.iter().find(|m| m.state.load(Ordering::Acquire) == POLLED);
            self.has_pending.store(leader.is_some(), Ordering::Release);
            match leader {
                Some(leader) => vec![leader.clone()],
                None => std::mem::take(&mut *pending),
            }
        };
        for mailbox in wake_now {
            mailbox.waker.wake();
        }
    }

    fn wake_pending(&self) {
        if self.has_pending.load(Ordering::Acquire) {
            self.wake_all(None);
        }
    }

    /// A stream ends: it can no longer lead, so what waits is woken now.
    pub fn leave(&self, mailbox: &Mailbox) {
        self.wake_all(Some(mailbox));
    }

    fn wake_all(&self, leaving: Option<&Mailbox>) {
        let pending = {
            let mut pending = self.lock();
            if let Some(mailbox) = leaving {
                mailbox.state.store(GONE, Ordering::Relaxed);
            }
            self.has_pending.store(false, Ordering::Relaxed);
            std::mem::take(&mut *pending)
        };
        for mailbox in pending {
            mailbox.waker.wake();
        }
    }
}
