//! # Simple usage
//!
//! ## Creating the server
//!
//! The easiest way to create a server is to call `Server::http()`.
//!
//! The `http()` function returns an `IoResult<Server>` which will return an error
//! in the case where the server creation fails (for example if the listening port is already
//! occupied).
//!
//! ```no_run
//! let server = tiny_http::Server::http("0.0.0.0:0").unwrap();
//! ```
//!
//! A newly-created `Server` will immediately start listening for incoming connections and HTTP
//! requests.
//!
//! ## Receiving requests
//!
//! Calling `server.recv()` will block until the next request is available.
//! This function returns an `IoResult<Request>`, so you need to handle the possible errors.
//!
//! ```no_run
//! # let server = tiny_http::Server::http("0.0.0.0:0").unwrap();
//!
//! loop {
//!     // blocks until the next request is received
//!     let request = match server.recv() {
//!         Ok(rq) => rq,
//!         Err(e) => { println!("error: {}", e); break }
//!     };
//!
//!     // do something with the request
//!     // ...
//! }
//! ```
//!
//! In a real-case scenario, you will probably want to spawn multiple worker tasks and call
//! `server.recv()` on all of them. Like this:
//!
//! ```no_run
//! # use std::sync::Arc;
//! # use std::thread;
//! # let server = tiny_http::Server::http("0.0.0.0:0").unwrap();
//! let server = Arc::new(server);
//! let mut guards = Vec::with_capacity(4);
//!
//! for _ in (0 .. 4) {
//!     let server = server.clone();
//!
//!     let guard = thread::spawn(move || {
//!         loop {
//!             let rq = server.recv().unwrap();
//!
//!             // ...
//!         }
//!     });
//!
//!     guards.push(guard);
//! }
//! ```
//!
//! If you don't want to block, you can call `server.try_recv()` instead.
//!
//! ## Handling requests
//!
//! The `Request` object returned by `server.recv()` contains informations about the client's request.
//! The most useful methods are probably `request.method()` and `request.url()` which return
//! the requested method (`GET`, `POST`, etc.) and url.
//!
//! To handle a request, you need to create a `Response` object. See the docs of this object for
//! more infos. Here is an example of creating a `Response` from a file:
//!
//! ```no_run
//! # use std::fs::File;
//! # use std::path::Path;
//! let response = tiny_http::Response::from_file(File::open(&Path::new("image.png")).unwrap());
//! ```
//!
//! All that remains to do is call `request.respond()`:
//!
//! ```no_run
//! # use std::fs::File;
//! # use std::path::Path;
//! # let server = tiny_http::Server::http("0.0.0.0:0").unwrap();
//! # let request = server.recv().unwrap();
//! # let response = tiny_http::Response::from_file(File::open(&Path::new("image.png")).unwrap());
//! let _ = request.respond(response);
//! ```
#![forbid(unsafe_code)]
#![deny(rust_2018_idioms)]
#![allow(clippy::match_like_matches_macro)]

#[cfg(any(feature = "ssl-openssl", feature = "ssl-rustls"))]
use zeroize::Zeroizing;

use std::error::Error;
use std::io::Error as IoError;
use std::io::ErrorKind as IoErrorKind;
use std::io::Result as IoResult;
use std::net::{Shutdown, TcpStream, ToSocketAddrs};
use std::sync::atomic::AtomicBool;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::mpsc;
use std::sync::Arc;
use std::thread;
use std::time::Duration;
use std::time::Instant; // PATCH(myapp)

use client::ClientConnection;
use connection::Connection;
use util::MessagesQueue;

pub use common::{HTTPVersion, Header, HeaderField, Method, StatusCode};
pub use connection::{ConfigListenAddr, ListenAddr, Listener};
pub use request::{PeerWatch, ReadWrite, Request}; // PATCH(myapp): PeerWatch
pub use response::{Response, ResponseBox};
pub use test::TestRequest;

mod client;
mod common;
mod connection;
mod request;
mod response;
mod ssl;
mod test;
mod util;

/// The main class of this library.
///
/// Destroying this object will immediately close the listening socket and the reading
///  part of all the client's connections. Requests that have already been returned by
///  the `recv()` function will not close and the responses will be transferred to the client.
pub struct Server {
    // should be false as long as the server exists
    // when set to true, all the subtasks will close within a few hundreds ms
    close: Arc<AtomicBool>,

    // queue for messages received by child threads
    messages: Arc<MessagesQueue<Message>>,

    // result of TcpListener::local_addr()
    listening_addr: ListenAddr,

    // PATCH(myapp): the server's headers and open connections (`shut_down`).
    shared: Arc<util::Shared>,

    // PATCH(myapp): joined by `shut_down`, after which no connection is accepted.
    accept_thread: std::sync::Mutex<Option<thread::JoinHandle<()>>>,
}

/// PATCH(myapp): called on the connection's own thread for each request it
/// reads (`Server::from_listener_with_handler`); the connection reads its
/// next request once this returns, so the request must be answered by then
/// (a request dropped unanswered is answered 500).
pub type Handler = Arc<dyn Fn(Request) + Send + Sync + 'static>;

/// PATCH(myapp): where a connection's requests go.
enum Dispatch {
    /// Into the messages queue, for `recv()` on other threads (tiny_http's way).
    Queue,
    /// To a handler, on the connection's own thread.
    Handler(Handler),
}

enum Message {
    Error(IoError),
    NewRequest(Request),
}

impl From<IoError> for Message {
    fn from(e: IoError) -> Message {
        Message::Error(e)
    }
}

impl From<Request> for Message {
    fn from(rq: Request) -> Message {
        Message::NewRequest(rq)
    }
}

// this trait is to make sure that Server implements Share and Send
#[doc(hidden)]
trait MustBeShareDummy: Sync + Send {}
#[doc(hidden)]
impl MustBeShareDummy for Server {}

pub struct IncomingRequests<'a> {
    server: &'a Server,
}

/// Represents the parameters required to create a server.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// The addresses to try to listen to.
    pub addr: ConfigListenAddr,

    /// If `Some`, then the server will use SSL to encode the communications.
    pub ssl: Option<SslConfig>,
}

// PATCH(myapp): limits on what one client may hold or send.
/// Limits on connections and request heads (`Server::from_listener_with_limits`).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Connections open at once; one more is answered 503 and closed.
    pub max_connections: usize,
    /// Time from a request's first byte until its head (request line and
    /// headers) is complete; a slower client's connection is closed.
    pub head_timeout: std::time::Duration,
    /// The most bytes a request head may take; a larger one gets 431.
    pub max_head_bytes: usize,
    /// Time from the end of a request's head until its body is complete,
    /// for a body read before the request is handed over (a `Content-Length`
    /// of up to 64 KiB, with or without `Expect: 100-continue`); a slower
    /// client gets 408 and its connection is closed.
    pub body_timeout: std::time::Duration,
    /// The most header lines a request may carry; more get 431.
    pub max_headers: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_connections: usize::MAX,
            head_timeout: std::time::Duration::from_secs(u32::MAX as u64),
            max_head_bytes: usize::MAX,
            body_timeout: std::time::Duration::from_secs(u32::MAX as u64), // PATCH(myapp)
            max_headers: usize::MAX,
        }
    }
}

// PATCH(myapp): `LiveConnection` became `util::Registration` (ninth change).

/// Configuration of the server for SSL.
#[derive(Debug, Clone)]
pub struct SslConfig {
    /// Contains the public certificate to send to clients.
    pub certificate: Vec<u8>,
    /// Contains the ultra-secret private key used to decode communications.
    pub private_key: Vec<u8>,
}

impl Server {
    /// Shortcut for a simple server on a specific address.
    #[inline]
    pub fn http<A>(addr: A) -> Result<Server, Box<dyn Error + Send + Sync + 'static>>
    where
        A: ToSocketAddrs,
    {
        Server::new(ServerConfig {
            addr: ConfigListenAddr::from_socket_addrs(addr)?,
            ssl: None,
        })
    }

    /// Shortcut for an HTTPS server on a specific address.
    #[cfg(any(feature = "ssl-openssl", feature = "ssl-rustls"))]
    #[inline]
    pub fn https<A>(
        addr: A,
        config: SslConfig,
    ) -> Result<Server, Box<dyn Error + Send + Sync + 'static>>
    where
        A: ToSocketAddrs,
    {
        Server::new(ServerConfig {
            addr: ConfigListenAddr::from_socket_addrs(addr)?,
            ssl: Some(config),
        })
    }

    #[cfg(unix)]
    #[inline]
    /// Shortcut for a UNIX socket server at a specific path
    pub fn http_unix(
        path: &std::path::Path,
    ) -> Result<Server, Box<dyn Error + Send + Sync + 'static>> {
        Server::new(ServerConfig {
            addr: ConfigListenAddr::unix_from_path(path),
            ssl: None,
        })
    }

    /// Builds a new server that listens on the specified address.
    pub fn new(config: ServerConfig) -> Result<Server, Box<dyn Error + Send + Sync + 'static>> {
        let listener = config.addr.bind()?;
        Self::from_listener(listener, config.ssl)
    }

    /// Builds a new server using the specified TCP listener.
    ///
    /// This is useful if you've constructed TcpListener using some less usual method
    /// such as from systemd. For other cases, you probably want the `new()` function.
    pub fn from_listener<L: Into<Listener>>(
        listener: L,
        ssl_config: Option<SslConfig>,
    ) -> Result<Server, Box<dyn Error + Send + Sync + 'static>> {
        Server::from_listener_with_limits(listener, ssl_config, Limits::default()) // PATCH(myapp)
    }

    /// PATCH(myapp): `from_listener`, with limits on connections and request heads.
    pub fn from_listener_with_limits<L: Into<Listener>>(
        listener: L,
        ssl_config: Option<SslConfig>,
        limits: Limits,
    ) -> Result<Server, Box<dyn Error + Send + Sync + 'static>> {
        let server = Header::from_bytes(&b"Server"[..], &b"tiny-http (Rust)"[..]).unwrap(); // PATCH(myapp)
        Server::start(listener, ssl_config, limits, vec![server], Dispatch::Queue) // PATCH(myapp)
    } // PATCH(myapp)

    /// PATCH(myapp): a server whose connections each call `handler` for every
    /// request they read, on their own thread, and read the next request
    /// once it returns: no queue, no other thread, and `recv()` yields
    /// nothing. `headers` go with every answer that does not name them
    /// itself, tiny_http's own answers (400, 408, 417, 431, 503, 505, and
    /// the 500 for a request dropped unanswered) included, and replace its
    /// `Server: tiny-http (Rust)`. Connection threads are reused, and
    /// bounded by `limits.max_connections`.
    pub fn from_listener_with_handler<L: Into<Listener>>(
        listener: L,
        limits: Limits,
        headers: Vec<Header>,
        handler: Handler,
    ) -> Result<Server, Box<dyn Error + Send + Sync + 'static>> {
        Server::start(listener, None, limits, headers, Dispatch::Handler(handler)) // PATCH(myapp)
    } // PATCH(myapp)

    /// PATCH(myapp): what `from_listener_with_limits` did, for either dispatch.
    fn start<L: Into<Listener>>(
        listener: L,
        ssl_config: Option<SslConfig>,
        limits: Limits,
        headers: Vec<Header>,
        dispatch: Dispatch,
    ) -> Result<Server, Box<dyn Error + Send + Sync + 'static>> {
        let listener = listener.into();
        // building the "close" variable
        let close_trigger = Arc::new(AtomicBool::new(false));

        // building the TcpListener
        let (server, local_addr) = {
            let local_addr = listener.local_addr()?;
            log::debug!("Server listening on {}", local_addr);
            (listener, local_addr)
        };

        // building the SSL capabilities
        #[cfg(all(feature = "ssl-openssl", feature = "ssl-rustls"))]
        compile_error!(
            "Features 'ssl-openssl' and 'ssl-rustls' must not be enabled at the same time"
        );
        #[cfg(not(any(feature = "ssl-openssl", feature = "ssl-rustls")))]
        type SslContext = ();
        #[cfg(any(feature = "ssl-openssl", feature = "ssl-rustls"))]
        type SslContext = crate::ssl::SslContextImpl;
        let ssl: Option<SslContext> = {
            match ssl_config {
                #[cfg(any(feature = "ssl-openssl", feature = "ssl-rustls"))]
                Some(config) => Some(SslContext::from_pem(
                    config.certificate,
                    Zeroizing::new(config.private_key),
                )?),
                #[cfg(not(any(feature = "ssl-openssl", feature = "ssl-rustls")))]
                Some(_) => return Err(
                    "Building a server with SSL requires enabling the `ssl` feature in tiny-http"
                        .into(),
                ),
                None => None,
            }
        };

        // creating a task where server.accept() is continuously called
        // and ClientConnection objects are pushed in the messages queue
        let messages = MessagesQueue::with_capacity(8);

        let shared = util::Shared::new(headers); // PATCH(myapp)
        let overloaded = overloaded_answer(&shared.headers); // PATCH(myapp)
        let inside_shared = shared.clone(); // PATCH(myapp)
        let inside_close_trigger = close_trigger.clone();
        let inside_messages = messages.clone();
        let accept_thread = thread::spawn(move || { // PATCH(myapp): kept, to be joined
            // a tasks pool is used to dispatch the connections into threads
            let tasks_pool = util::TaskPool::new();
            let shared = inside_shared; // PATCH(myapp)

            log::debug!("Running accept thread");
            while !inside_close_trigger.load(Relaxed) {
                let new_client = match server.accept() {
                    // PATCH(myapp): accepted while stopping (the stopping server's
                    // own connection, to wake this thread): closed unread.
                    Ok(_) if inside_close_trigger.load(Relaxed) => break, // PATCH(myapp)
                    // PATCH(myapp): beyond the cap, answer 503 and close.
                    Ok((mut sock, _)) if shared.open_count() >= limits.max_connections => { // PATCH(myapp): the open connections counted
                        use std::io::Write;
                        let _ = sock.write_all(&overloaded); // PATCH(myapp): with the server's headers
                        continue;
                    }
                    Ok((sock, _)) => {
                        use util::RefinedTcpStream;
                        // PATCH(myapp): the open connections hold the socket too.
                        let socket = Arc::new(sock); // PATCH(myapp)
                        let registration = shared.register(socket.clone()); // PATCH(myapp)
                        let (read_closable, write_closable) = match ssl {
                            // PATCH(myapp): both halves share the socket: no descriptor clone to fail.
                            None => RefinedTcpStream::shared(socket), // PATCH(myapp)
                            #[cfg(any(feature = "ssl-openssl", feature = "ssl-rustls"))]
                            Some(ref ssl) => {
                                // trying to apply SSL over the connection
                                // if an error occurs, we just close the socket and resume listening
                                let sock = match socket.try_clone().ok().and_then(|s| ssl.accept(s).ok()) { // PATCH(myapp)
                                    Some(s) => s, // PATCH(myapp)
                                    None => continue, // PATCH(myapp)
                                };

                                RefinedTcpStream::new(sock)
                            }
                            #[cfg(not(any(feature = "ssl-openssl", feature = "ssl-rustls")))]
                            Some(ref _ssl) => unreachable!(),
                        };

                        Ok(ClientConnection::new(write_closable, read_closable, limits, registration)) // PATCH(myapp)
                    }
                    Err(e) => Err(e),
                };

                match (new_client, &dispatch) { // PATCH(myapp)
                    // PATCH(myapp): each request to the handler, on this connection's thread.
                    (Ok(client), Dispatch::Handler(handler)) => { // PATCH(myapp)
                        let handler = handler.clone(); // PATCH(myapp)
                        let mut client = Some(client); // PATCH(myapp)
                        tasks_pool.spawn(Box::new(move || { // PATCH(myapp)
                            // The connection counts as open until `client` is dropped.
                            for rq in client.take().into_iter().flatten() { // PATCH(myapp)
                                handler(rq); // PATCH(myapp)
                            } // PATCH(myapp)
                        })); // PATCH(myapp)
                    } // PATCH(myapp)
                    (Ok(client), Dispatch::Queue) => { // PATCH(myapp)
                        let messages = inside_messages.clone();
                        let mut client = Some(client);
                        tasks_pool.spawn(Box::new(move || {
                            // PATCH(myapp): counted as open until `client` is dropped.
                            if let Some(client) = client.take() {
                                // Synchronization is needed for HTTPS requests to avoid a deadlock
                                if client.secure() {
                                    let (sender, receiver) = mpsc::channel();
                                    for rq in client {
                                        messages.push(rq.with_notify_sender(sender.clone()).into());
                                        receiver.recv().unwrap();
                                    }
                                } else {
                                    for rq in client {
                                        messages.push(rq.into());
                                    }
                                }
                            }
                        }));
                    }

                    // PATCH(myapp): an accept error (out of descriptors, a
                    // listener read timeout, an aborted handshake) must not end
                    // the accept thread for good; wait briefly and go on.
                    (Err(e), _) => { // PATCH(myapp)
                        if !matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) { // PATCH(myapp)
                            log::error!("Error accepting new client: {}", e); // PATCH(myapp)
                            thread::sleep(std::time::Duration::from_millis(50)); // PATCH(myapp)
                        } // PATCH(myapp)
                    }
                }
            }
            log::debug!("Terminating accept thread");
        });

        // result
        Ok(Server {
            messages,
            close: close_trigger,
            listening_addr: local_addr,
            shared, // PATCH(myapp)
            accept_thread: std::sync::Mutex::new(Some(accept_thread)), // PATCH(myapp)
        })
    }

    /// PATCH(myapp): stops the server within `grace`: it accepts no more
    /// connections (the listening socket is closed), closes those waiting
    /// for a request, and lets the others finish the request they are
    /// reading or answering (its answer says `Connection: close`), then
    /// close. Past `grace`, the connections still open are shut both ways,
    /// and false is returned. Requests already in the queue for `recv()` are
    /// not counted; answer them before.
    pub fn shut_down(&self, grace: Duration) -> bool {
        let deadline = Instant::now() + grace; // PATCH(myapp)
        self.close.store(true, Relaxed); // PATCH(myapp)
        self.shared.stop(); // PATCH(myapp)
        self.wake_accept_thread(); // PATCH(myapp)
        let accept_thread = self.accept_thread.lock().unwrap_or_else(|p| p.into_inner()).take(); // PATCH(myapp)
        if let Some(accept_thread) = accept_thread { // PATCH(myapp)
            accept_thread.join().ok(); // PATCH(myapp)
        } // PATCH(myapp)
        while self.shared.open_count() > 0 { // PATCH(myapp)
            if Instant::now() >= deadline { // PATCH(myapp)
                self.shared.close_all(); // PATCH(myapp)
                return false; // PATCH(myapp)
            } // PATCH(myapp)
            thread::sleep(Duration::from_millis(5)); // PATCH(myapp): a stop happens once
        } // PATCH(myapp)
        true // PATCH(myapp)
    } // PATCH(myapp)

    /// PATCH(myapp): connections open now (each has its own thread).
    pub fn open_connections(&self) -> usize {
        self.shared.open_count() // PATCH(myapp)
    } // PATCH(myapp)

    /// Connect briefly to ourselves to unblock the accept thread.
    fn wake_accept_thread(&self) { // PATCH(myapp): out of `Drop`, for `shut_down` too
        let maybe_stream = match &self.listening_addr {
            ListenAddr::IP(addr) => TcpStream::connect(addr).map(Connection::from),
            #[cfg(unix)]
            ListenAddr::Unix(addr) => {
                // TODO: use connect_addr when its stabilized.
                let path = addr.as_pathname().unwrap();
                std::os::unix::net::UnixStream::connect(path).map(Connection::from)
            }
        };
        if let Ok(stream) = maybe_stream {
            let _ = stream.shutdown(Shutdown::Both);
        }
    } // PATCH(myapp)

    /// Returns an iterator for all the incoming requests.
    ///
    /// The iterator will return `None` if the server socket is shutdown.
    #[inline]
    pub fn incoming_requests(&self) -> IncomingRequests<'_> {
        IncomingRequests { server: self }
    }

    /// Returns the address the server is listening to.
    #[inline]
    pub fn server_addr(&self) -> ListenAddr {
        self.listening_addr.clone()
    }

    /// Returns the number of clients currently connected to the server.
    pub fn num_connections(&self) -> usize {
        unimplemented!()
        //self.requests_receiver.lock().len()
    }

    /// Blocks until an HTTP request has been submitted and returns it.
    pub fn recv(&self) -> IoResult<Request> {
        match self.messages.pop() {
            Some(Message::Error(err)) => Err(err),
            Some(Message::NewRequest(rq)) => Ok(rq),
            None => Err(IoError::new(IoErrorKind::Other, "thread unblocked")),
        }
    }

    /// Same as `recv()` but doesn't block longer than timeout
    pub fn recv_timeout(&self, timeout: Duration) -> IoResult<Option<Request>> {
        match self.messages.pop_timeout(timeout) {
            Some(Message::Error(err)) => Err(err),
            Some(Message::NewRequest(rq)) => Ok(Some(rq)),
            None => Ok(None),
        }
    }

    /// Same as `recv()` but doesn't block.
    pub fn try_recv(&self) -> IoResult<Option<Request>> {
        match self.messages.try_pop() {
            Some(Message::Error(err)) => Err(err),
            Some(Message::NewRequest(rq)) => Ok(Some(rq)),
            None => Ok(None),
        }
    }

    /// Unblock thread stuck in recv() or incoming_requests().
    /// If there are several such threads, only one is unblocked.
    /// This method allows graceful shutdown of server.
    pub fn unblock(&self) {
        self.messages.unblock();
    }
}

impl Iterator for IncomingRequests<'_> {
    type Item = Request;
    fn next(&mut self) -> Option<Request> {
        self.server.recv().ok()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.close.store(true, Relaxed);
        self.wake_accept_thread(); // PATCH(myapp)

        #[cfg(unix)]
        if let ListenAddr::Unix(addr) = &self.listening_addr {
            if let Some(path) = addr.as_pathname() {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

/// PATCH(myapp): the answer to a connection beyond `Limits::max_connections`,
/// with the server's headers, written as is by the accept thread.
fn overloaded_answer(headers: &[Header]) -> Vec<u8> {
    let mut answer = b"HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\nRetry-After: 1\r\n".to_vec(); // PATCH(myapp)
    for header in headers { // PATCH(myapp)
        answer.extend_from_slice(format!("{}: {}\r\n", header.field, header.value).as_bytes()); // PATCH(myapp)
    } // PATCH(myapp)
    answer.extend_from_slice(b"\r\n"); // PATCH(myapp)
    answer // PATCH(myapp)
} // PATCH(myapp)
