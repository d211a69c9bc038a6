//! `myapp healthcheck`: asks a running myapp's `/healthz` over loopback, for
//! a container HEALTHCHECK in an image that has no curl.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpStream};
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(3);

/// Ok when `/healthz` on the server at `http_addr` answers 200.
pub fn probe(http_addr: SocketAddr) -> Result<(), String> {
    let mut addr = http_addr;
    if addr.ip().is_unspecified() {
        addr.set_ip(IpAddr::V4(Ipv4Addr::LOCALHOST));
    }
    let mut stream =
        TcpStream::connect_timeout(&addr, TIMEOUT).map_err(|e| format!("cannot connect to {addr}: {e}"))?;
    stream.set_read_timeout(Some(TIMEOUT)).map_err(|e| e.to_string())?;
    stream
        .write_all(b"GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n")
        .map_err(|e| format!("cannot send to {addr}: {e}"))?;
    let mut head = [0u8; 64];
    let n = stream
        .read(&mut head)
        .map_err(|e| format!("no answer from {addr}: {e}"))?;
    let status_line = String::from_utf8_lossy(&head[..n]);
    match status_line.split(' ').nth(1) {
        Some("200") => Ok(()),
        _ => Err(format!("unhealthy: {}", status_line.lines().next().unwrap_or_default())),
    }
}
