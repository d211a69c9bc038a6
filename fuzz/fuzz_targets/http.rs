//! Raw bytes on a real socket to the real HTTP server: the vendored
//! tiny_http's parsing and limits, and myapp's conversion of its requests.
//! Whatever a client sends before closing its side, its first answer is
//! HTTP/1.x and then the connection closes; no thread panics (a panic
//! anywhere, the server's included, aborts the fuzzer).
#![no_main]

use std::io::{ErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use myapp::web::server::{HttpLimits, HttpServer};

/// The start of a status line; `#` is a digit.
const STATUS_LINE: &[u8; 13] = b"HTTP/1.# ### ";

/// One server for the whole run, as in production: its state carries over.
fn server() -> SocketAddr {
    static SERVER: OnceLock<HttpServer> = OnceLock::new();
    let server = SERVER.get_or_init(|| {
        // As the server's own main does (Rust's runtime, not libFuzzer's):
        // a write to a closed socket is an error, not a signal.
        // SAFETY: setting a signal's disposition to ignore has no preconditions.
        unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
        let limits = HttpLimits {
            request_timeout: Duration::from_secs(2),
            max_connections: 64,
        };
        let site = Arc::new(myapp_fuzz::site());
        HttpServer::start("127.0.0.1:0".parse().unwrap(), limits, site).expect("the server starts")
    });
    server.addr()
}

fuzz_target!(|data: &[u8]| {
    let mut stream = TcpStream::connect(server()).expect("the server accepts");
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    // The server may answer and close before reading everything (a 413 or a
    // 431): then the rest cannot be sent, which is fine.
    let _ = stream.write_all(data);
    let _ = stream.shutdown(Shutdown::Write);
    let mut answer = Vec::new();
    let complete = match stream.read_to_end(&mut answer) {
        Ok(_) => true,
        // The server closed with input unread, so the kernel reset the
        // connection, which may cut its answer short.
        Err(e) if e.kind() == ErrorKind::ConnectionReset => false,
        Err(e) => panic!("still open 5 s after the client finished: {e}"),
    };
    // The first answer's status line, or as much of it as arrived. Later
    // answers are not parsed (a HEAD's has no body, so its length is unknown).
    let line = &answer[..answer.len().min(STATUS_LINE.len())];
    let fits = line.iter().zip(STATUS_LINE).all(|(&b, &p)| match p {
        b'#' => b.is_ascii_digit(),
        p => b == p,
    });
    let whole = answer.is_empty() || line.len() == STATUS_LINE.len() || !complete;
    assert!(fits && whole, "not HTTP: {:?}", String::from_utf8_lossy(&answer));
});
