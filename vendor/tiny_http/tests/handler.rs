//! PATCH(myapp): this whole file is myapp's (PATCHES.md, ninth change):
//! `Server::from_listener_with_handler`, requests answered on their
//! connection's own thread, the server's headers, and `shut_down`; and
//! (eleventh change) a body of unknown length streamed, and `PeerWatch`.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use tiny_http::{Header, Limits, Request, Response, Server};

/// A server whose handler answers with the request's URL and its thread's name,
/// after sleeping for as many milliseconds as the URL says (`/sleep/300`).
fn server() -> (Server, SocketAddr) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let headers = vec![
        Header::from_bytes("Server", "test-server").unwrap(),
        Header::from_bytes("X-Fixed", "yes").unwrap(),
    ];
    let handler: tiny_http::Handler = Arc::new(|request: Request| {
        if let Some(ms) = request.url().strip_prefix("/sleep/") {
            thread::sleep(Duration::from_millis(ms.parse().unwrap()));
        }
        let text = format!("{} on {}", request.url(), thread::current().name().unwrap_or("?"));
        request.respond(Response::from_string(text)).unwrap();
    });
    let limits = Limits {
        head_timeout: Duration::from_secs(5),
        ..Limits::default()
    };
    let server = Server::from_listener_with_handler(listener, limits, headers, handler).unwrap();
    (server, addr)
}

/// Reads until the server closes the connection or 5 s pass.
fn read_all(stream: &mut TcpStream) -> String {
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}

#[test]
fn pipelined_requests_are_answered_in_order_on_the_connections_thread() {
    let (_server, addr) = server();
    let mut client = TcpStream::connect(addr).unwrap();
    client
        .write_all(b"GET /sleep/200 HTTP/1.1\r\nHost: t\r\n\r\nGET /second HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        .unwrap();
    let answer = read_all(&mut client);
    let first = answer.find("/sleep/200 on http-connection").expect(&answer);
    let second = answer.find("/second on http-connection").expect(&answer);
    assert!(first < second, "{}", answer);
}

#[test]
fn every_answer_carries_the_servers_headers_instead_of_tiny_https() {
    let (_server, addr) = server();
    for request in [
        &b"GET / HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"[..],
        b"GET / HTTP/1.1\r\nBad Header\r\n\r\n",
        b"GET / HTTP/2.0\r\n\r\n",
        b"GET / HTTP/1.1\r\nExpect: teapot\r\n\r\n",
    ] {
        let mut client = TcpStream::connect(addr).unwrap();
        client.write_all(request).unwrap();
        let answer = read_all(&mut client);
        assert!(answer.starts_with("HTTP/1.1 "), "{}", answer);
        assert_eq!(answer.matches("\r\nServer: ").count(), 1, "{}", answer);
        assert!(answer.contains("\r\nServer: test-server\r\n"), "{}", answer);
        assert!(answer.contains("\r\nX-Fixed: yes\r\n"), "{}", answer);
    }
}

/// tiny_http's pool saw one idle thread as free for every connection of a
/// burst, so all but one waited in its queue for another connection to end.
#[test]
fn a_burst_of_kept_alive_connections_is_served_at_once_by_reused_threads() {
    let (_server, addr) = server();
    for round in 0..3 {
        let mut clients: Vec<TcpStream> = (0..40).map(|_| TcpStream::connect(addr).unwrap()).collect();
        for client in &mut clients {
            client.write_all(b"GET /kept HTTP/1.1\r\nHost: t\r\n\r\n").unwrap();
        }
        for client in &mut clients {
            client.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
            let mut buf = [0u8; 512];
            let n = client.read(&mut buf).unwrap_or(0);
            assert!(buf[..n].starts_with(b"HTTP/1.1 200"), "round {}: no answer", round);
        }
        // Closed together: their threads go idle, to be reused by the next round.
    }
}

#[test]
fn shut_down_closes_idle_connections_and_lets_a_request_under_way_finish() {
    let (server, addr) = server();
    let mut idle = TcpStream::connect(addr).unwrap();
    idle.write_all(b"GET /first HTTP/1.1\r\nHost: t\r\n\r\n").unwrap();
    let mut buf = [0u8; 512];
    assert!(idle.read(&mut buf).unwrap() > 0);
    let mut busy = TcpStream::connect(addr).unwrap();
    busy.write_all(b"GET /sleep/500 HTTP/1.1\r\nHost: t\r\n\r\n").unwrap();
    thread::sleep(Duration::from_millis(100));

    let started = Instant::now();
    let stopper = thread::spawn(move || server.shut_down(Duration::from_secs(5)));
    assert_eq!(read_all(&mut idle), "", "the idle connection closes unanswered");
    assert!(started.elapsed() < Duration::from_millis(400), "{:?}", started.elapsed());
    let answer = read_all(&mut busy);
    assert!(answer.starts_with("HTTP/1.1 200"), "{}", answer);
    assert!(answer.contains("\r\nConnection: close\r\n"), "{}", answer);
    assert!(stopper.join().unwrap(), "every connection ended within the grace");
    assert!(TcpStream::connect(addr).is_err(), "the listening socket is closed");
}

#[test]
fn shut_down_cuts_off_what_is_still_busy_after_the_grace() {
    let (server, addr) = server();
    let mut busy = TcpStream::connect(addr).unwrap();
    busy.write_all(b"GET /sleep/2000 HTTP/1.1\r\nHost: t\r\n\r\n").unwrap();
    thread::sleep(Duration::from_millis(100));
    let started = Instant::now();
    assert!(!server.shut_down(Duration::from_millis(300)));
    assert!(started.elapsed() < Duration::from_secs(1), "{:?}", started.elapsed());
}

/// A body that yields `ticks` pieces, one every 100 ms, and records whether
/// the client was seen gone before each (PATCHES.md, eleventh change).
struct Ticks {
    left: usize,
    peer: Option<tiny_http::PeerWatch>,
    saw_gone: Arc<std::sync::atomic::AtomicBool>,
}

impl Read for Ticks {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            return Ok(0);
        }
        thread::sleep(Duration::from_millis(100));
        if self.peer.as_ref().map_or(false, |p| p.gone()) {
            self.saw_gone.store(true, std::sync::atomic::Ordering::SeqCst);
            return Ok(0);
        }
        self.left -= 1;
        buf[..5].copy_from_slice(b"tick\n");
        Ok(5)
    }
}

fn ticking_server(ticks: usize) -> (Server, SocketAddr, Arc<std::sync::atomic::AtomicBool>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let saw_gone = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let seen = saw_gone.clone();
    let handler: tiny_http::Handler = Arc::new(move |request: Request| {
        let body = Ticks {
            left: ticks,
            peer: request.peer_watch(),
            saw_gone: seen.clone(),
        };
        let _ = request.respond(Response::new(200.into(), Vec::new(), body, None, None));
    });
    let server = Server::from_listener_with_handler(listener, Limits::default(), Vec::new(), handler).unwrap();
    (server, addr, saw_gone)
}

#[test]
fn a_body_of_unknown_length_arrives_a_read_at_a_time_as_chunks() {
    let (_server, addr, _) = ticking_server(3);
    let mut client = TcpStream::connect(addr).unwrap();
    client.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    client.write_all(b"GET / HTTP/1.1\r\nHost: t\r\n\r\n").unwrap();
    let started = Instant::now();
    let mut got = Vec::new();
    while !String::from_utf8_lossy(&got).contains("tick\n") {
        let mut buf = [0u8; 256];
        let n = client.read(&mut buf).unwrap();
        assert!(n > 0);
        got.extend_from_slice(&buf[..n]);
    }
    // The first piece comes on its own, long before the body ends (300 ms).
    assert!(started.elapsed() < Duration::from_millis(250), "{:?}", started.elapsed());
    let answer = String::from_utf8_lossy(&got).into_owned();
    assert!(answer.contains("Transfer-Encoding: chunked\r\n"), "{}", answer);
    assert!(answer.ends_with("\r\n\r\n5\r\ntick\n\r\n"), "{:?}", answer);
    let rest = {
        let mut rest = Vec::new();
        while !rest.ends_with(b"0\r\n\r\n") {
            let mut buf = [0u8; 256];
            let n = client.read(&mut buf).unwrap();
            assert!(n > 0);
            rest.extend_from_slice(&buf[..n]);
        }
        String::from_utf8(rest).unwrap()
    };
    assert_eq!(rest, "5\r\ntick\n\r\n5\r\ntick\n\r\n0\r\n\r\n");
}

#[test]
fn a_streamed_body_sees_its_client_gone_without_writing() {
    let (_server, addr, saw_gone) = ticking_server(1_000);
    let mut client = TcpStream::connect(addr).unwrap();
    client.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    client.write_all(b"GET / HTTP/1.1\r\nHost: t\r\n\r\n").unwrap();
    let mut buf = [0u8; 256];
    assert!(client.read(&mut buf).unwrap() > 0);
    drop(client);
    let deadline = Instant::now() + Duration::from_secs(2);
    while !saw_gone.load(std::sync::atomic::Ordering::SeqCst) {
        assert!(Instant::now() < deadline, "the body never saw its client gone");
        thread::sleep(Duration::from_millis(10));
    }
}
