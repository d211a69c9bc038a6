//! A raw HTTP/2 client over a plain socket, for what no well-behaved gRPC
//! library will send: thousands of streams opened and reset at once, SETTINGS
//! never acknowledged, responses never read by the caller. A reader thread
//! drains and counts what the server sends, so the server never blocks on us.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

const PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n";
const DATA: u8 = 0;
const HEADERS: u8 = 1;
const RST_STREAM: u8 = 3;
const SETTINGS: u8 = 4;
const GOAWAY: u8 = 7;
const END_STREAM: u8 = 0x1;
const END_HEADERS: u8 = 0x4;
const SETTINGS_MAX_CONCURRENT_STREAMS: u16 = 0x3;
pub const CANCEL: u32 = 0x8;
pub const REFUSED_STREAM: u32 = 0x7;

/// What a call sends after its HEADERS.
#[derive(Debug, Clone, Copy)]
pub enum Then {
    /// Nothing: its request never comes, so a unary call waits.
    Nothing,
    /// An empty message that ends the stream (an ordinary call).
    MessageAndEnd,
    /// An empty message, then RST_STREAM(CANCEL): the rapid-reset pattern.
    MessageAndReset,
}

/// What the server has sent so far.
#[derive(Default)]
pub struct Seen {
    pub frames: AtomicU64,
    pub refused: AtomicU64,
    pub goaways: AtomicU64,
    /// The first SETTINGS frame's MAX_CONCURRENT_STREAMS, if it had one.
    pub max_concurrent_streams: Mutex<Option<u32>>,
    pub closed: std::sync::atomic::AtomicBool,
}

pub struct H2Conn {
    stream: TcpStream,
    next_id: u32,
    pub seen: Arc<Seen>,
    reader: Option<JoinHandle<()>>,
}

impl H2Conn {
    /// Connects and sends the preface and an empty SETTINGS frame; the
    /// server's SETTINGS are never acknowledged, as an attacker would not.
    pub fn connect(addr: SocketAddr) -> H2Conn {
        H2Conn::over(TcpStream::connect(addr).expect("connect"))
    }

    /// As `connect`, from another loopback address (127.0.0.2, say), so the
    /// server sees another client.
    pub fn connect_from(source: Ipv4Addr, addr: SocketAddr) -> H2Conn {
        H2Conn::over(crate::support::connect_from(source, addr).expect("connect"))
    }

    fn over(stream: TcpStream) -> H2Conn {
        stream.set_nodelay(true).unwrap();
        let seen = Arc::new(Seen::default());
        let reader = {
            let (mut input, seen) = (stream.try_clone().unwrap(), seen.clone());
            std::thread::spawn(move || read_frames(&mut input, &seen))
        };
        let mut conn = H2Conn {
            stream,
            next_id: 1,
            seen,
            reader: Some(reader),
        };
        let mut out = PREFACE.to_vec();
        frame(&mut out, SETTINGS, 0, 0, &[]);
        conn.send(&out);
        conn
    }

    /// Sends bytes; false once the server has closed the connection.
    pub fn send(&mut self, bytes: &[u8]) -> bool {
        self.stream.write_all(bytes).is_ok()
    }

    /// Appends one gRPC call on a new stream to `out`: HEADERS, then `then`.
    pub fn call(&mut self, out: &mut Vec<u8>, path: &str, then: Then) {
        let id = self.next_id;
        self.next_id += 2;
        frame(out, HEADERS, END_HEADERS, id, &request_headers(path));
        let message = [0, 0, 0, 0, 0]; // an empty gRPC message
        match then {
            Then::Nothing => {}
            Then::MessageAndEnd => frame(out, DATA, END_STREAM, id, &message),
            Then::MessageAndReset => {
                frame(out, DATA, 0, id, &message);
                frame(out, RST_STREAM, 0, id, &CANCEL.to_be_bytes());
            }
        }
    }

    /// Sends `count` calls in batches; returns how many went out before the
    /// server closed the connection.
    pub fn flood(&mut self, count: usize, path: &str, then: Then) -> usize {
        const BATCH: usize = 500;
        let mut sent = 0;
        while sent < count {
            let mut out = Vec::with_capacity(BATCH * 128);
            let n = BATCH.min(count - sent);
            for _ in 0..n {
                self.call(&mut out, path, then);
            }
            if !self.send(&out) {
                break;
            }
            sent += n;
        }
        sent
    }
}

impl Drop for H2Conn {
    fn drop(&mut self) {
        let _ = self.stream.shutdown(std::net::Shutdown::Both);
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
    }
}

fn frame(out: &mut Vec<u8>, kind: u8, flags: u8, stream: u32, payload: &[u8]) {
    out.extend_from_slice(&(payload.len() as u32).to_be_bytes()[1..]);
    out.extend_from_slice(&[kind, flags]);
    out.extend_from_slice(&stream.to_be_bytes());
    out.extend_from_slice(payload);
}

/// HPACK without Huffman or the dynamic table: indexed `:method: POST` and
/// `:scheme: http`, literals (not indexed) for the rest.
fn request_headers(path: &str) -> Vec<u8> {
    fn literal(out: &mut Vec<u8>, prefix: &[u8], value: &str) {
        out.extend_from_slice(prefix);
        out.push(value.len() as u8);
        out.extend_from_slice(value.as_bytes());
    }
    let mut block = vec![0x83, 0x86];
    literal(&mut block, &[0x04], path); // :path (static index 4)
    literal(&mut block, &[0x01], "localhost"); // :authority (1)
    literal(&mut block, &[0x0f, 0x10], "application/grpc"); // content-type (31)
    literal(&mut block, &[0x00, 2, b't', b'e'], "trailers");
    block
}

fn read_frames(input: &mut TcpStream, seen: &Seen) {
    input.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    let mut head = [0u8; 9];
    let mut payload = Vec::new();
    while input.read_exact(&mut head).is_ok() {
        let len = u32::from_be_bytes([0, head[0], head[1], head[2]]) as usize;
        payload.resize(len, 0);
        if input.read_exact(&mut payload).is_err() {
            break;
        }
        seen.frames.fetch_add(1, Ordering::Relaxed);
        match head[3] {
            RST_STREAM if payload.len() == 4 && payload[..] == REFUSED_STREAM.to_be_bytes() => {
                seen.refused.fetch_add(1, Ordering::Relaxed);
            }
            GOAWAY => {
                seen.goaways.fetch_add(1, Ordering::Relaxed);
            }
            SETTINGS if head[4] & 1 == 0 => {
                let mut first = seen.max_concurrent_streams.lock().unwrap();
                for setting in payload.chunks_exact(6) {
                    if u16::from_be_bytes([setting[0], setting[1]]) == SETTINGS_MAX_CONCURRENT_STREAMS {
                        first.get_or_insert(u32::from_be_bytes([setting[2], setting[3], setting[4], setting[5]]));
                    }
                }
            }
            _ => {}
        }
    }
    seen.closed.store(true, Ordering::SeqCst);
}
