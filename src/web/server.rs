//! The HTTP server: one tiny_http listener, and a thread per connection that
//! reads each request, turns it into a `Request`, routes it and writes the
//! `Reply` back itself before it reads the next (the vendored tiny_http's
//! handler entry point): no queue and no hand-off to another thread.
//! Connection threads are bounded by `--max-connections` and reused.
//!
//! A panic in a handler becomes a 500 for that request; the connection's
//! thread lives on. Stopping closes the connections that wait for a request
//! and lets the others finish the one they are on.

use std::io::{self, Read};
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::os::fd::AsRawFd;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use log::{error, info, warn};
use tiny_http::{Header, Server};

use super::forwarded::IpText;
use super::i18n::{Lang, Problem};
use super::{
    forwarded, pages, route, route_name, route_stream, ClockStream, ClockWatchers, Method, Reply, Request, Site,
    StreamEnd,
};
use crate::logtext::{LogText, Took};

/// The largest request body read; larger ones get 413 without being read.
pub const MAX_BODY_BYTES: usize = 64 * 1024;
/// The largest request head (request line and headers); larger ones get 431.
pub const MAX_HEAD_BYTES: usize = 16 * 1024;
/// The most header lines in a request; more get 431.
pub const MAX_HEADERS: usize = 64;
/// The longest URL; longer ones get 414.
pub const MAX_URL_BYTES: usize = 4 * 1024;

/// Sent with every response, tiny_http's own (400, 408, 417, 431, 503, 505)
/// included: tiny_http adds them to each answer.
const SECURITY_HEADERS: [(&str, &str); 5] = [
    (
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    ),
    ("X-Frame-Options", "DENY"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("Server", "myapp"),
];

/// What a client may take of the server.
#[derive(Debug, Clone, Copy)]
pub struct HttpLimits {
    /// To send a request's head or body, or to idle between requests.
    pub request_timeout: Duration,
    pub max_connections: usize,
}

/// How long dropping a server that was not stopped waits for the requests in
/// flight (`App::shutdown` gives them `--shutdown-grace`).
const DROP_GRACE: Duration = Duration::from_secs(1);

pub struct HttpServer {
    server: Server,
    addr: SocketAddr,
    stopped: bool,
    /// Ended first when stopping: streams do not wait for the grace period.
    clock: Option<ClockWatchers>,
}

impl HttpServer {
    pub fn start(addr: SocketAddr, limits: HttpLimits, site: Arc<Site>) -> io::Result<HttpServer> {
        let clock = site.clock.clone();
        let mut server = HttpServer::listen(addr, limits, guarded(move |request| serve(&site, request)))?;
        server.clock = Some(clock);
        info!("http server listening on http://{}", server.addr);
        Ok(server)
    }

    /// A server whose connections each call `handler` for their requests.
    fn listen(addr: SocketAddr, limits: HttpLimits, handler: tiny_http::Handler) -> io::Result<HttpServer> {
        let listener = TcpListener::bind(addr)?;
        let addr = listener.local_addr()?;
        set_socket_options(&listener, limits.request_timeout)?;
        set_backlog(&listener)?;
        let limits = tiny_http::Limits {
            max_connections: limits.max_connections,
            head_timeout: limits.request_timeout,
            max_head_bytes: MAX_HEAD_BYTES,
            max_headers: MAX_HEADERS,
            body_timeout: limits.request_timeout,
        };
        let headers = SECURITY_HEADERS
            .iter()
            .map(|(k, v)| Header::from_bytes(k.as_bytes(), v.as_bytes()).expect("valid fixed header"))
            .collect();
        let server = Server::from_listener_with_handler(listener, limits, headers, handler)
            .map_err(|e| io::Error::other(e.to_string()))?;
        Ok(HttpServer {
            server,
            addr,
            stopped: false,
            clock: None,
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Ends the clock streams at once, stops accepting connections, closes
    /// those waiting for a request, and waits up to `grace` for the others
    /// to finish the request they are on (its answer says `Connection:
    /// close`); past it, closes them too.
    pub fn stop(&mut self, grace: Duration) {
        if std::mem::replace(&mut self.stopped, true) {
            return;
        }
        if let Some(clock) = &self.clock {
            clock.stop();
        }
        let open = self.server.open_connections();
        if self.server.shut_down(grace) {
            info!("http server stopped ({open} connections were open)");
        } else {
            warn!("http server stopped; connections still busy after {grace:?} were cut off");
        }
    }
}

impl Drop for HttpServer {
    fn drop(&mut self) {
        self.stop(DROP_GRACE);
    }
}

/// tiny_http sets no socket options of its own, but on Linux an accepted
/// socket inherits the listener's: timeouts, so a client that stalls in its
/// headers or body, or idles between requests, is cut off after `timeout`
/// instead of holding a thread for ever; and TCP_NODELAY.
fn set_socket_options(listener: &TcpListener, timeout: Duration) -> io::Result<()> {
    let tv = libc::timeval {
        tv_sec: timeout.as_secs() as libc::time_t,
        tv_usec: timeout.subsec_micros() as libc::suseconds_t,
    };
    for option in [libc::SO_RCVTIMEO, libc::SO_SNDTIMEO] {
        set_option(listener, libc::SOL_SOCKET, option, &tv)?;
    }
    // A response fits one write, but a `100 Continue` before it, a response
    // over 64 KiB, or answers to pipelined requests are more than one small
    // write in a row; with Nagle's algorithm the later ones would wait for
    // the client's delayed ACK (~40 ms).
    set_option(listener, libc::IPPROTO_TCP, libc::TCP_NODELAY, &1i32)
}

/// Connections the kernel may hold for us before we accept them. std
/// listens with 128: a burst of a thousand connections (a load balancer's
/// warm-up, a benchmark) overflowed it into SYN cookies and retransmits a
/// second later. Listening again on a listening socket only changes the
/// backlog; the kernel caps it at `net.core.somaxconn` (4096 on Debian).
const LISTEN_BACKLOG: libc::c_int = 4096;

fn set_backlog(listener: &TcpListener) -> io::Result<()> {
    // SAFETY: listen on a valid, bound socket descriptor.
    match unsafe { libc::listen(listener.as_raw_fd(), LISTEN_BACKLOG) } {
        0 => Ok(()),
        _ => Err(io::Error::last_os_error()),
    }
}

fn set_option<T>(listener: &TcpListener, level: libc::c_int, option: libc::c_int, value: &T) -> io::Result<()> {
    // SAFETY: a valid socket descriptor, and a value of the size given.
    let rc = unsafe {
        libc::setsockopt(
            listener.as_raw_fd(),
            level,
            option,
            (value as *const T).cast(),
            std::mem::size_of::<T>() as libc::socklen_t,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// `serve` for tiny_http, which calls it on the connection's thread for each
/// request. `serve` turns a handler's panic into a 500 page itself; this
/// catches the rest (a panic while logging or writing), so the connection's
/// thread lives on: the request, dropped unanswered while unwinding, is
/// answered 500 by tiny_http.
fn guarded(serve: impl Fn(tiny_http::Request) + Send + Sync + 'static) -> tiny_http::Handler {
    Arc::new(move |raw| {
        if catch_unwind(AssertUnwindSafe(|| serve(raw))).is_err() {
            error!("http: panicked while answering a request");
        }
    })
}

fn serve(site: &Site, mut raw: tiny_http::Request) {
    let started = Instant::now();
    let method = match raw.method() {
        tiny_http::Method::Get => Method::Get,
        tiny_http::Method::Head => Method::Head,
        tiny_http::Method::Post => Method::Post,
        _ => Method::Other,
    };
    let (path, query) = match raw.url().split_once('?') {
        Some((p, q)) => (p.to_owned(), q.to_owned()),
        None => (raw.url().to_owned(), String::new()),
    };
    let cookie = header(&raw, "Cookie");
    let mut request = Request {
        method,
        path,
        query,
        user_agent: header(&raw, "User-Agent"),
        lang: Lang::negotiate(&cookie, &header(&raw, "Accept-Language")),
        cookie,
        client_ip: client_ip(&raw, &site.trusted_proxies),
        body: Vec::new(),
    };
    let body = if raw.url().len() > MAX_URL_BYTES {
        Err(Problem::UrlTooLong)
    } else {
        read_body(&mut raw, method)
    };
    // Ok: a stream to write event by event; Err: a whole reply.
    let routed = match body {
        Ok(body) => {
            request.body = body;
            catch_unwind(AssertUnwindSafe(|| {
                route_stream(site, &request).unwrap_or_else(|| Err(route(site, &request)))
            }))
            .unwrap_or_else(|_| {
                error!(
                    "handler panicked on {} {}",
                    LogText(raw.method().as_str()),
                    LogText(&request.path)
                );
                Err(pages::problem(site, &request, Problem::Internal))
            })
        }
        Err(problem) => Err(pages::problem(site, &request, problem)),
    };
    match routed {
        Ok(stream) => serve_stream(site, raw, &request, stream, started),
        Err(reply) => answer(site, raw, &request, reply, started),
    }
}

/// Logs, counts and writes a whole reply.
fn answer(site: &Site, raw: tiny_http::Request, request: &Request, reply: Reply, started: Instant) {
    let took = started.elapsed();
    site.metrics
        .observe_request(route_name(&request.path), reply.status, took);
    // The method and path are the client's words: escaped and cut (see `LogText`).
    info!(
        "{} | {} | {:>9} | {} {}",
        IpText(request.client_ip),
        reply.status,
        Took(took),
        LogText(raw.method().as_str()),
        LogText(&request.path)
    );
    if let Err(e) = raw.respond(to_response(reply)) {
        warn!("http: could not send a response to {}: {e}", request.client_ip);
    }
}

/// Writes a stream's answer, event by event, each flushed as it comes (the
/// vendored tiny_http sends a body of unknown length a read at a time, as
/// chunks), on this connection's thread until the stream ends. The request
/// is logged as it starts (its status is known then), and again as it ends.
fn serve_stream(site: &Site, raw: tiny_http::Request, request: &Request, stream: ClockStream, started: Instant) {
    if raw.http_version() < &tiny_http::HTTPVersion(1, 1) {
        // No chunks in HTTP/1.0: tiny_http would hold the whole body.
        drop(stream);
        let reply = Reply::text(505, "HTTP/1.1 is needed to watch the clock\n");
        return answer(site, raw, request, reply, started);
    }
    let took = started.elapsed();
    site.metrics.observe_request(route_name(&request.path), 200, took);
    info!(
        "{} | 200 | {:>9} | {} {} (stream)",
        IpText(request.client_ip),
        Took(took),
        LogText(raw.method().as_str()),
        LogText(&request.path)
    );
    let ended = Arc::new(OnceLock::new());
    let events = EventReader {
        stream,
        peer: raw.peer_watch(),
        pending: Vec::new(),
        at: 0,
        ended: ended.clone(),
    };
    let mut response = tiny_http::Response::new(200.into(), Vec::new(), events, None, None);
    for (name, value) in super::clock::stream_headers() {
        if let Ok(h) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(h);
        }
    }
    let result = raw.respond(response);
    let lasted = started.elapsed();
    let why = match (ended.get(), result) {
        (Some(end), _) => end.describe().to_owned(),
        (None, Ok(())) => "its answer ended".to_owned(),
        (None, Err(e)) => format!("could not write: {e}"),
    };
    info!("{} | clock stream ended after {:.0?}: {why}", request.client_ip, lasted);
}

/// A watcher whose client has not acknowledged this much of its stream
/// (about 30 events) has stopped reading: its receive buffer is full, since
/// a client's kernel acknowledges what arrives within a round trip whether
/// or not the page reads it. It is let go at its next event, before the
/// socket's own buffer fills and a write would wait on it.
const MAX_UNREAD_BYTES: usize = 1024;

/// Bytes written to the connection that its client has not acknowledged.
fn unacknowledged(peer: &tiny_http::PeerWatch) -> Option<usize> {
    let fd = peer.tcp_fd()?;
    let mut queued: libc::c_int = 0;
    // SAFETY: TIOCOUTQ writes one int, to a valid place, for an open socket.
    let rc = unsafe { libc::ioctl(fd, libc::TIOCOUTQ, &mut queued) };
    (rc == 0).then_some(queued as usize)
}

/// A stream's events as the body tiny_http writes: each `read` waits for
/// the next event and yields it whole (or ends the body).
struct EventReader {
    stream: ClockStream,
    peer: Option<tiny_http::PeerWatch>,
    pending: Vec<u8>,
    at: usize,
    /// Why the stream ended, once it has, for the log.
    ended: Arc<OnceLock<StreamEnd>>,
}

impl Read for EventReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.at == self.pending.len() {
            if self.ended.get().is_some() {
                return Ok(0);
            }
            let peer = &self.peer;
            let client = || {
                let peer = peer.as_ref()?;
                if peer.gone() {
                    Some(StreamEnd::ClientGone)
                } else if unacknowledged(peer).is_some_and(|bytes| bytes > MAX_UNREAD_BYTES) {
                    Some(StreamEnd::ClientNotReading)
                } else {
                    None
                }
            };
            match self.stream.next_event(&client) {
                Ok(event) => {
                    self.pending = event.into_bytes();
                    self.at = 0;
                }
                Err(end) => {
                    let _ = self.ended.set(end);
                    return Ok(0);
                }
            }
        }
        let n = buf.len().min(self.pending.len() - self.at);
        buf[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Reads a POST body within `MAX_BODY_BYTES`; other methods' bodies are ignored.
fn read_body(raw: &mut tiny_http::Request, method: Method) -> Result<Vec<u8>, Problem> {
    if method != Method::Post {
        return Ok(Vec::new());
    }
    if raw.body_length().is_some_and(|n| n > MAX_BODY_BYTES) {
        return Err(Problem::TooLarge);
    }
    // A declared length up to MAX_BODY_BYTES was already read by tiny_http
    // within the request timeout (see vendor/tiny_http/PATCHES.md), as a
    // whole, not per read. Chunked bodies would be read here, a read at a
    // time: forms never need them, so they are refused. A body refused
    // unread (chunked or too large) makes tiny_http close the connection
    // after the answer: its bytes are not a request.
    if raw.body_length().is_none() && has_header(raw, "Transfer-Encoding") {
        return Err(Problem::LengthRequired);
    }
    let mut body = Vec::new();
    let limit = MAX_BODY_BYTES as u64 + 1;
    match raw.as_reader().take(limit).read_to_end(&mut body) {
        Ok(_) if body.len() > MAX_BODY_BYTES => Err(Problem::TooLarge),
        Ok(_) => Ok(body),
        Err(_) => Err(Problem::BadBody),
    }
}

/// The client's address (see `forwarded`): every `X-Forwarded-For` line counts.
fn client_ip(raw: &tiny_http::Request, trusted: &[IpAddr]) -> IpAddr {
    let peer = raw.remote_addr().map_or(IpAddr::from([0, 0, 0, 0]), |a| a.ip());
    let forwarded = raw
        .headers()
        .iter()
        .filter(|h| h.field.equiv("X-Forwarded-For"))
        .map(|h| h.value.as_str());
    forwarded::client_address(peer, forwarded, trusted)
}

fn has_header(raw: &tiny_http::Request, name: &'static str) -> bool {
    raw.headers().iter().any(|h| h.field.equiv(name))
}

fn header(raw: &tiny_http::Request, name: &'static str) -> String {
    raw.headers()
        .iter()
        .find(|h| h.field.equiv(name))
        .map(|h| h.value.as_str().to_owned())
        .unwrap_or_default()
}

/// The reply as tiny_http's response; tiny_http adds `SECURITY_HEADERS`.
fn to_response(reply: Reply) -> tiny_http::Response<io::Cursor<Vec<u8>>> {
    let mut response = tiny_http::Response::from_data(reply.body).with_status_code(reply.status);
    for (name, value) in &reply.headers {
        match Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            Ok(h) => response.add_header(h),
            Err(()) => warn!("http: dropped an invalid {name} header"),
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::net::TcpStream;

    /// Reads one answer with a `Content-Length` off a kept-alive connection.
    fn read_answer(stream: &mut TcpStream) -> String {
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            assert_eq!(stream.read(&mut byte).unwrap(), 1, "closed: {head:?}");
            head.push(byte[0]);
        }
        let head = String::from_utf8(head).unwrap();
        let length: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("Content-Length: "))
            .map_or(0, |v| v.parse().unwrap());
        let mut body = vec![0u8; length];
        stream.read_exact(&mut body).unwrap();
        head + &String::from_utf8_lossy(&body)
    }

    #[test]
    fn a_panic_while_answering_is_a_500_and_the_connection_lives_on() {
        let limits = HttpLimits {
            request_timeout: Duration::from_secs(5),
            max_connections: 8,
        };
        let handler = guarded(|raw: tiny_http::Request| {
            if raw.url() == "/panic" {
                panic!("a handler bug");
            }
            raw.respond(to_response(Reply {
                status: 200,
                headers: Vec::new(),
                body: b"fine".to_vec(),
            }))
            .unwrap();
        });
        let server = HttpServer::listen("127.0.0.1:0".parse().unwrap(), limits, handler).unwrap();
        let mut stream = TcpStream::connect(server.addr()).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        stream
            .write_all(b"GET /panic HTTP/1.1\r\nHost: t\r\n\r\nGET /next HTTP/1.1\r\nHost: t\r\n\r\n")
            .unwrap();
        let failed = read_answer(&mut stream);
        assert!(failed.starts_with("HTTP/1.1 500 "), "{failed}");
        assert!(failed.contains("\r\nServer: myapp\r\n"), "{failed}");
        let next = read_answer(&mut stream);
        assert!(next.starts_with("HTTP/1.1 200 ") && next.ends_with("fine"), "{next}");
        assert!(next.contains("\r\nX-Frame-Options: DENY\r\n"), "{next}");
    }
}
