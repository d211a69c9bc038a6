//! Reaching the server: `--addr` read as people write it (`localhost`,
//! `http://host:50051`, no port), then one plain TCP connection that tells
//! at once what is wrong (refused, unknown host, the HTTP port, not gRPC)
//! before C-core, which would retry quietly until the connect timeout.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

/// The port myapp's gRPC listens on unless `--grpc-addr` says otherwise.
pub const DEFAULT_GRPC_PORT: u16 = 50051;

/// What to check, after every message that says the server was not reached.
const WHAT_TO_CHECK: &str = "check that myapp is running and give its gRPC address with \
     --addr HOST:PORT (or env MYAPP_ADDR); myapp's gRPC port is 50051 unless its --grpc-addr changed it";

/// The HTTP/2 client preface and an empty SETTINGS frame: what a gRPC client
/// sends first. An HTTP/2 server answers with its own SETTINGS frame.
const H2_PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\x00\x00\x00\x04\x00\x00\x00\x00\x00";
const H2_FRAME_SETTINGS: u8 = 0x4;

/// `--addr` as C-core takes it, `HOST:PORT`: `http://` dropped, the port
/// 50051 when none is given.
pub fn target(addr: &str) -> Result<String, String> {
    let addr = addr.trim();
    let addr = match addr.split_once("://") {
        None => addr,
        Some(("http" | "grpc", rest)) => rest,
        Some(("https" | "grpcs", _)) => {
            return Err(format!(
                "{addr}: myapp's gRPC has no TLS; give HOST:PORT without https://"
            ))
        }
        Some((scheme, _)) => return Err(format!("{addr}: unknown scheme {scheme}://; give HOST:PORT")),
    };
    let addr = addr.trim_end_matches('/');
    if addr.is_empty() || addr.contains('/') {
        return Err(format!(
            "{addr:?} is not an address; give HOST:PORT, e.g. 127.0.0.1:50051"
        ));
    }
    if addr.parse::<SocketAddr>().is_ok() {
        return Ok(addr.to_owned());
    }
    if addr.parse::<std::net::Ipv6Addr>().is_ok() {
        return Ok(format!("[{addr}]:{DEFAULT_GRPC_PORT}"));
    }
    if addr.starts_with('[') && addr.ends_with(']') {
        return Ok(format!("{addr}:{DEFAULT_GRPC_PORT}"));
    }
    match addr.rsplit_once(':') {
        None => Ok(format!("{addr}:{DEFAULT_GRPC_PORT}")),
        Some((_, port)) if port.parse::<u16>().is_ok() => Ok(addr.to_owned()),
        Some((_, port)) => Err(format!("{addr}: the port {port:?} is not a number from 0 to 65535")),
    }
}

/// Connects once over plain TCP and speaks the first words of HTTP/2, so
/// that every way of not reaching a gRPC server gets its own message, at
/// once: an unknown host, a refused port, the web pages' port (it answers
/// HTTP/1.1), something else, or nothing within `timeout`.
pub fn probe(target: &str, timeout: Duration) -> Result<(), String> {
    let started = Instant::now();
    let host = target.rsplit_once(':').map_or(target, |(host, _)| host);
    let addrs: Vec<SocketAddr> = target
        .to_socket_addrs()
        .map_err(|e| {
            format!(
                "unknown host {host} ({}): check the name\n  {WHAT_TO_CHECK}",
                plain_io(&e)
            )
        })?
        .collect();
    let mut refusal = None;
    for addr in &addrs {
        let left = timeout.saturating_sub(started.elapsed()).max(Duration::from_millis(1));
        match TcpStream::connect_timeout(addr, left) {
            Ok(stream) => return speaks_grpc(stream, target, timeout.saturating_sub(started.elapsed())),
            Err(e) => refusal = Some(e),
        }
    }
    let reason = match refusal {
        Some(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => "connection refused".to_owned(),
        Some(e) if e.kind() == std::io::ErrorKind::TimedOut => format!("no answer within {timeout:?}"),
        Some(e) => plain_io(&e),
        None => "the host has no address".to_owned(),
    };
    Err(format!("cannot connect to {target}: {reason}\n  {WHAT_TO_CHECK}"))
}

/// Sends the HTTP/2 preface and reads the first bytes of the answer.
fn speaks_grpc(mut stream: TcpStream, target: &str, timeout: Duration) -> Result<(), String> {
    let not_grpc = |what: &str| format!("{target} is not a gRPC server: {what}\n  {WHAT_TO_CHECK}");
    stream
        .set_read_timeout(Some(timeout.max(Duration::from_millis(1))))
        .and_then(|()| stream.write_all(H2_PREFACE))
        .map_err(|e| not_grpc(&plain_io(&e)))?;
    let mut head = [0u8; 9];
    let mut got = 0;
    while got < head.len() {
        match stream.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
                return Err(not_grpc(&format!(
                    "it accepted the connection but did not answer within {timeout:?}"
                )))
            }
            Err(e) => return Err(not_grpc(&plain_io(&e))),
        }
    }
    let head = &head[..got];
    if head.starts_with(b"HTTP/") {
        return Err(format!(
            "{target} answers HTTP/1.1, not gRPC: is it myapp's web port (--http-addr, 8080 by default)?\n  {WHAT_TO_CHECK}"
        ));
    }
    if got == head.len() && head[3] == H2_FRAME_SETTINGS {
        return Ok(());
    }
    Err(not_grpc(if got == 0 {
        "it closed the connection without a word"
    } else {
        "it answered something other than HTTP/2"
    }))
}

/// An I/O error in words, without Rust's `(os error 111)`.
fn plain_io(e: &std::io::Error) -> String {
    let text = e.to_string();
    match text.find(" (os error") {
        Some(end) => text[..end].to_lowercase(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_read_as_people_write_them() {
        for (given, meant) in [
            ("127.0.0.1:50051", "127.0.0.1:50051"),
            ("localhost", "localhost:50051"),
            ("localhost:7000", "localhost:7000"),
            ("http://localhost:7000/", "localhost:7000"),
            ("http://example.com", "example.com:50051"),
            ("::1", "[::1]:50051"),
            ("[::1]", "[::1]:50051"),
            ("[::1]:7000", "[::1]:7000"),
        ] {
            assert_eq!(target(given).as_deref(), Ok(meant), "{given}");
        }
        for bad in ["https://h:1", "ftp://h", "h:port", "", "h:1/path"] {
            assert!(target(bad).is_err(), "{bad}");
        }
    }
}
