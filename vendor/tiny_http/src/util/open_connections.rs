//! PATCH(myapp): this whole file is myapp's (PATCHES.md, ninth change).
//!
//! What the connections of one server share: the headers of every answer,
//! whether the server is stopping, and the open connections themselves, so
//! that stopping can wake those that wait for a request (they answer what the
//! client already sent, and close), let the others finish the request they
//! are reading or answering, and count them.

use std::collections::HashMap; // PATCH(myapp)
use std::net::Shutdown; // PATCH(myapp)
use std::sync::atomic::{AtomicBool, Ordering::SeqCst}; // PATCH(myapp)
use std::sync::{Arc, Mutex, MutexGuard}; // PATCH(myapp)

use crate::connection::Connection; // PATCH(myapp)
use crate::Header; // PATCH(myapp)

/// PATCH(myapp): one per server, shared by its accept thread, connections and requests.
pub(crate) struct Shared {
    /// Sent with every answer that does not name the header itself, tiny_http's
    /// own included (400, 408, 417, 431, 503, 505, the 500 for a request dropped
    /// unanswered), in place of `Server: tiny-http (Rust)`.
    pub(crate) headers: Vec<Header>, // PATCH(myapp)
    stopping: AtomicBool,            // PATCH(myapp)
    open: Mutex<Open>,               // PATCH(myapp)
}

/// PATCH(myapp): the open connections, by a number of their own.
#[derive(Default)]
struct Open {
    next_id: u64,                      // PATCH(myapp)
    connections: HashMap<u64, Entry>, // PATCH(myapp)
}

/// PATCH(myapp): an open connection, as `Shared::stop` sees it.
struct Entry {
    socket: Arc<Connection>, // PATCH(myapp)
    /// Set while the connection waits for the first byte of its next request.
    waiting: Arc<AtomicBool>, // PATCH(myapp)
}

/// PATCH(myapp): a connection's place among the open ones, given up on drop.
pub(crate) struct Registration {
    shared: Arc<Shared>,      // PATCH(myapp)
    id: u64,                  // PATCH(myapp)
    waiting: Arc<AtomicBool>, // PATCH(myapp)
    socket: Arc<Connection>,  // PATCH(myapp)
}

impl Shared {
    pub(crate) fn new(headers: Vec<Header>) -> Arc<Shared> {
        Arc::new(Shared { headers, stopping: AtomicBool::new(false), open: Mutex::default() }) // PATCH(myapp)
    } // PATCH(myapp)

    fn open(&self) -> MutexGuard<'_, Open> {
        // PATCH(myapp): no code that can panic runs under the lock; if some did, the map is still whole.
        self.open.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) // PATCH(myapp)
    } // PATCH(myapp)

    /// PATCH(myapp): counts `socket` as open until the registration is dropped.
    pub(crate) fn register(self: &Arc<Self>, socket: Arc<Connection>) -> Registration {
        let waiting = Arc::new(AtomicBool::new(true)); // PATCH(myapp): nothing read yet
        let mut open = self.open(); // PATCH(myapp)
        let id = open.next_id; // PATCH(myapp)
        open.next_id += 1; // PATCH(myapp)
        open.connections.insert(id, Entry { socket: socket.clone(), waiting: waiting.clone() }); // PATCH(myapp)
        Registration { shared: self.clone(), id, waiting, socket } // PATCH(myapp)
    } // PATCH(myapp)

    /// PATCH(myapp): connections open now.
    pub(crate) fn open_count(&self) -> usize {
        self.open().connections.len() // PATCH(myapp)
    } // PATCH(myapp)

    /// PATCH(myapp): true once `stop` was called: answers then say `Connection: close`.
    pub(crate) fn stopping(&self) -> bool {
        self.stopping.load(SeqCst) // PATCH(myapp)
    } // PATCH(myapp)

    /// PATCH(myapp): from now on a connection reads only what its client has
    /// already sent, never waiting for more: its socket's reading side is
    /// shut, so a read returns what is there or, when nothing is, the end
    /// of the stream. Those waiting for a request now are woken that way;
    /// the others finish the request they are on first.
    pub(crate) fn stop(&self) {
        // With `Registration::wait_for_request` (SeqCst on both sides): either
        // the connection sees `stopping`, or this sees it waiting.
        self.stopping.store(true, SeqCst); // PATCH(myapp)
        for entry in self.open().connections.values() { // PATCH(myapp)
            if entry.waiting.load(SeqCst) { // PATCH(myapp)
                entry.socket.shutdown(Shutdown::Read).ok(); // PATCH(myapp)
            } // PATCH(myapp)
        } // PATCH(myapp)
    } // PATCH(myapp)

    /// PATCH(myapp): shuts every open connection both ways: whatever its
    /// thread does with the socket next fails, and it ends.
    pub(crate) fn close_all(&self) {
        for entry in self.open().connections.values() { // PATCH(myapp)
            entry.socket.shutdown(Shutdown::Both).ok(); // PATCH(myapp)
        } // PATCH(myapp)
    } // PATCH(myapp)
}

impl Registration {
    /// PATCH(myapp): the connection is about to wait for its next request.
    /// Once the server is stopping, only a request the client has already
    /// sent is read (see `Shared::stop`); the connection then closes.
    pub(crate) fn wait_for_request(&self) {
        self.waiting.store(true, SeqCst); // PATCH(myapp)
        if self.shared.stopping() { // PATCH(myapp)
            self.socket.shutdown(Shutdown::Read).ok(); // PATCH(myapp)
        } // PATCH(myapp)
    } // PATCH(myapp)

    /// PATCH(myapp): a request's first byte arrived; stopping lets it finish.
    pub(crate) fn request_started(&self) {
        self.waiting.store(false, SeqCst); // PATCH(myapp)
    } // PATCH(myapp)

    /// PATCH(myapp): the connection's socket.
    pub(crate) fn socket(&self) -> &Arc<Connection> {
        &self.socket // PATCH(myapp)
    } // PATCH(myapp)

    pub(crate) fn shared(&self) -> &Arc<Shared> {
        &self.shared // PATCH(myapp)
    } // PATCH(myapp)
}

impl Drop for Registration {
    fn drop(&mut self) {
        self.shared.open().connections.remove(&self.id); // PATCH(myapp)
    } // PATCH(myapp)
}
