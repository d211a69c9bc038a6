use ascii::AsciiString;

use std::io::Error as IoError;
use std::io::Result as IoResult;
use std::io::{BufRead, BufReader, BufWriter, ErrorKind, Write}; // PATCH(myapp): BufRead, Write; no Read

use std::net::SocketAddr;
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering}; // PATCH(myapp)
use std::sync::Arc; // PATCH(myapp)

use crate::common::{HTTPVersion, Method};
use crate::util::RefinedTcpStream;
use crate::util::Registration; // PATCH(myapp)
use crate::util::{SequentialReader, SequentialReaderBuilder, SequentialWriterBuilder};
use crate::Request;

/// A ClientConnection is an object that will store a socket to a client
/// and return Request objects.
pub struct ClientConnection {
    // address of the client
    remote_addr: IoResult<Option<SocketAddr>>,

    // sequence of Readers to the stream, so that the data is not read in
    //  the wrong order
    source: SequentialReaderBuilder<BufReader<RefinedTcpStream>>,

    // sequence of Writers to the stream, to avoid writing response #2 before
    //  response #1
    sink: SequentialWriterBuilder<BufWriter<RefinedTcpStream>>,

    // Reader to read the next header from
    next_header_source: SequentialReader<BufReader<RefinedTcpStream>>,

    // set to true if we know that the previous request is the last one
    no_more_requests: bool,

    // true if the connection goes through SSL
    secure: bool,

    // PATCH(myapp): set when a request's unread body was too large to drain;
    // the bytes that follow are body, not a request, so the connection ends.
    body_abandoned: Arc<AtomicBool>,

    // PATCH(myapp): limits on a request's head, and where the current one stands.
    limits: crate::Limits,
    head_deadline: Option<std::time::Instant>,
    head_bytes: usize,
    // PATCH(myapp): the socket's own read timeout (the idle time between
    // requests), saved while a head's reads wait only for what is left of
    // its deadline.
    idle_timeout: Option<Option<std::time::Duration>>,

    // PATCH(myapp): counts the connection as open, tells the server when it
    // waits for a request, and carries the server's headers.
    registration: Registration,
}

/// Error that can happen when reading a request.
#[derive(Debug)]
enum ReadError {
    WrongRequestLine,
    WrongHeader, // PATCH(myapp): answered as HTTP/1.1, so no version
    /// PATCH(myapp): the request head is larger than allowed
    HeadTooLarge,
    /// the client sent an unrecognized `Expect` header
    ExpectationFailed, // PATCH(myapp): answered as HTTP/1.1, so no version
    /// PATCH(myapp): the request line names a version other than 1.0 and 1.1
    VersionNotSupported,
    /// PATCH(myapp): the head does not say unambiguously where the body ends
    BadFraming,
    /// PATCH(myapp): a body read up front was not complete by its deadline
    BodyTimedOut,
    ReadIoError(IoError),
}

impl ClientConnection {
    /// Creates a new `ClientConnection` that takes ownership of the `TcpStream`.
    pub fn new(
        write_socket: RefinedTcpStream,
        mut read_socket: RefinedTcpStream,
        limits: crate::Limits, // PATCH(myapp)
        registration: Registration, // PATCH(myapp)
    ) -> ClientConnection {
        let remote_addr = read_socket.peer_addr();
        let secure = read_socket.secure();

        let mut source = SequentialReaderBuilder::new(BufReader::with_capacity(1024, read_socket));
        let first_header = source.next().unwrap();

        ClientConnection {
            source,
            sink: SequentialWriterBuilder::new(BufWriter::with_capacity(1024, write_socket)),
            remote_addr,
            next_header_source: first_header,
            no_more_requests: false,
            secure,
            body_abandoned: Arc::default(), // PATCH(myapp)
            limits,                         // PATCH(myapp)
            head_deadline: None,            // PATCH(myapp)
            head_bytes: 0,                  // PATCH(myapp)
            idle_timeout: None,             // PATCH(myapp)
            registration,                   // PATCH(myapp)
        }
    }

    /// true if the connection is HTTPS
    pub fn secure(&self) -> bool {
        self.secure
    }

    /// Reads the next line from self.next_header_source.
    ///
    /// Reads until `CRLF` is reached. The next read will start
    ///  at the first byte of the new line.
    fn read_next_line(&mut self) -> IoResult<AsciiString> {
        // PATCH(myapp): what the buffer holds at a time, not a byte at a time
        // through three readers, and the clock read only after a read from
        // the socket (only waiting on the client can pass the deadline).
        let mut buf = Vec::new();

        loop {
            let source = self.next_header_source.my_turn()?; // PATCH(myapp)
            let from_socket = source.buffer().is_empty(); // PATCH(myapp)
            // PATCH(myapp): once the head has begun, a read waits only for what
            // is left of its deadline: with the socket's whole timeout, a
            // client sending a byte now and then stretched it to twice that.
            if let (true, Some(deadline)) = (from_socket, self.head_deadline) { // PATCH(myapp)
                let left = deadline.saturating_duration_since(std::time::Instant::now()); // PATCH(myapp)
                if left.is_zero() { // PATCH(myapp)
                    return Err(IoError::new(ErrorKind::TimedOut, "request head too slow")); // PATCH(myapp)
                } // PATCH(myapp)
                if self.idle_timeout.is_none() { // PATCH(myapp)
                    self.idle_timeout = Some(source.get_ref().read_timeout()?); // PATCH(myapp)
                } // PATCH(myapp)
                source.get_ref().set_read_timeout(Some(left))?; // PATCH(myapp)
            } // PATCH(myapp)
            let filled = source.fill_buf(); // PATCH(myapp)
            // PATCH(myapp): the previous body was abandoned, stop here.
            if self.body_abandoned.load(Ordering::SeqCst) {
                return Err(IoError::new(ErrorKind::ConnectionAborted, "body abandoned"));
            }
            // PATCH(myapp): the head's clock starts at its first byte; from
            // then on, a server that stops lets the request finish.
            if self.head_deadline.is_none() { // PATCH(myapp)
                self.registration.request_started(); // PATCH(myapp)
            } // PATCH(myapp)
            let head_timeout = self.limits.head_timeout;
            let deadline = *self.head_deadline.get_or_insert_with(|| std::time::Instant::now() + head_timeout);
            if from_socket && std::time::Instant::now() > deadline { // PATCH(myapp)
                return Err(IoError::new(ErrorKind::TimedOut, "request head too slow"));
            }
            let available = match filled { // PATCH(myapp)
                Ok([]) => return Err(IoError::new(ErrorKind::ConnectionAborted, "Unexpected EOF")), // PATCH(myapp)
                Ok(bytes) => bytes, // PATCH(myapp)
                Err(e) if e.kind() == ErrorKind::Interrupted => continue, // PATCH(myapp)
                // PATCH(myapp): a read that gave up once the head had begun goes
                // round again: the top of the loop says whether the deadline
                // has passed, or waits out what is left of it.
                Err(e) if from_socket && matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) && self.head_bytes > 0 => continue, // PATCH(myapp)
                Err(e) => return Err(e), // PATCH(myapp)
            }; // PATCH(myapp)
            // PATCH(myapp): up to the next LF; a line ends at CRLF only.
            let line_end = available.iter().position(|&b| b == b'\n').map(|i| i + 1); // PATCH(myapp)
            let taken = line_end.unwrap_or(available.len()); // PATCH(myapp)
            self.head_bytes += taken; // PATCH(myapp)
            if self.head_bytes > self.limits.max_head_bytes {
                return Err(IoError::new(ErrorKind::InvalidData, "request head too large")); // PATCH(myapp)
            }
            buf.extend_from_slice(&available[..taken]); // PATCH(myapp)
            source.consume(taken); // PATCH(myapp)

            if line_end.is_some() && buf.ends_with(b"\r\n") { // PATCH(myapp)
                buf.truncate(buf.len() - 2); // PATCH(myapp): removing the CRLF
                return AsciiString::from_ascii(buf)
                    .map_err(|_| IoError::new(ErrorKind::InvalidInput, "Header is not in ASCII"));
            }
        }
    }

    /// Reads a request from the stream.
    /// Blocks until the header has been read.
    fn read(&mut self) -> Result<Request, ReadError> {
        // PATCH(myapp): what is counted of a head is this request's, from here.
        self.head_deadline = None; // PATCH(myapp)
        self.head_bytes = 0; // PATCH(myapp)
        // PATCH(myapp): wait until the previous request is done with the
        // socket; if it left its body unread, what follows is that body.
        self.next_header_source.my_turn().map_err(ReadError::ReadIoError)?; // PATCH(myapp)
        if self.body_abandoned.load(Ordering::SeqCst) { // PATCH(myapp)
            return Err(ReadError::ReadIoError(IoError::new(ErrorKind::ConnectionAborted, "body abandoned"))); // PATCH(myapp)
        } // PATCH(myapp)
        // PATCH(myapp): a stopping server reads only what the client already sent.
        self.registration.wait_for_request(); // PATCH(myapp)
        if let Some(idle) = self.idle_timeout.take() { // PATCH(myapp): the wait for the next request is the idle time
            let source = self.next_header_source.my_turn().map_err(ReadError::ReadIoError)?; // PATCH(myapp)
            source.get_ref().set_read_timeout(idle).map_err(ReadError::ReadIoError)?; // PATCH(myapp)
        } // PATCH(myapp)
        let too_large = |e: IoError| match e.kind() {
            ErrorKind::InvalidData => ReadError::HeadTooLarge, // PATCH(myapp)
            _ => ReadError::ReadIoError(e),
        };
        let (method, path, version, headers) = {
            // reading the request line
            let (method, path, version) = {
                let line = self.read_next_line().map_err(too_large)?; // PATCH(myapp)

                parse_request_line(
                    line.as_str().trim(), // TODO: remove this conversion
                )?
            };

            // getting all headers
            let headers = {
                let mut headers = Vec::new();
                loop {
                    let line = self.read_next_line().map_err(too_large)?; // PATCH(myapp)

                    if line.is_empty() {
                        break;
                    };
                    if headers.len() >= self.limits.max_headers {
                        return Err(ReadError::HeadTooLarge); // PATCH(myapp)
                    }
                    headers.push(match FromStr::from_str(line.as_str().trim()) {
                        // TODO: remove this conversion
                        Ok(h) => h,
                        _ => return Err(ReadError::WrongHeader), // PATCH(myapp)
                    });
                }

                headers
            };

            (method, path, version, headers)
        };

        // PATCH(myapp): refused before the request takes the connection's next
        // writer: answering it after (below, in `next`) waited for ever on that writer.
        if version < HTTPVersion(1, 0) || version > HTTPVersion(1, 1) {
            return Err(ReadError::VersionNotSupported); // PATCH(myapp)
        }

        // building the writer for the request
        let writer = self.sink.next().unwrap();

        // follow-up for next potential request
        let mut data_source = self.source.next().unwrap();
        std::mem::swap(&mut self.next_header_source, &mut data_source);

        // building the next reader
        let request = crate::request::new_request(
            self.secure,
            method,
            path,
            version.clone(),
            headers,
            *self.remote_addr.as_ref().unwrap(),
            data_source,
            writer,
            self.body_abandoned.clone(), // PATCH(myapp)
            self.limits.body_timeout,    // PATCH(myapp)
        )
        .map(|request| request.with_server(self.registration.shared().clone())) // PATCH(myapp)
        .map(|request| request.with_peer(self.registration.socket().clone())) // PATCH(myapp)
        .map_err(|e| {
            use crate::request;
            match e {
                request::RequestCreationError::CreationIoError(e) => ReadError::ReadIoError(e),
                request::RequestCreationError::ExpectationFailed => {
                    ReadError::ExpectationFailed // PATCH(myapp)
                }
                request::RequestCreationError::BadFraming => ReadError::BadFraming, // PATCH(myapp)
                request::RequestCreationError::BodyTimedOut => ReadError::BodyTimedOut, // PATCH(myapp)
            }
        })?;

        // return the request
        Ok(request)
    }
}

impl ClientConnection {
    /// PATCH(myapp): answers a request that could not be read, as HTTP/1.1
    /// (whatever version it named) and with `Connection: close`, as it is.
    fn refuse(&mut self, error: &ReadError) {
        use crate::{Response, StatusCode};
        let (status, text) = match error {
            ReadError::WrongRequestLine | ReadError::WrongHeader | ReadError::BadFraming => (400, ""),
            ReadError::ReadIoError(_) | ReadError::BodyTimedOut => (408, ""),
            ReadError::HeadTooLarge => (431, ""),
            ReadError::ExpectationFailed => (417, ""),
            ReadError::VersionNotSupported => (505, "This server only supports HTTP versions 1.0 and 1.1"),
        };
        self.log_refusal(status, error); // PATCH(myapp)
        let mut writer = self.sink.next().unwrap();
        let response = Response::from_string(text)
            .with_status_code(StatusCode(status))
            .with_connection_close();
        let headers = &self.registration.shared().headers; // PATCH(myapp): myapp's, not tiny_http's `Server`
        let written = response.print_with(&mut writer, HTTPVersion(1, 1), &[], false, None, Some(headers)); // PATCH(myapp)
        if written.is_ok() {
            writer.flush().ok();
        }
    }
}

impl ClientConnection { // PATCH(myapp)
    /// PATCH(myapp): one line for an answer tiny_http gives itself, in the
    /// shape of myapp's access line (`peer | status | time | what`), so a
    /// cut-off client shows in the log. A keep-alive connection that idles
    /// out before a request's first byte is no request: its read ends in
    /// `WouldBlock`, and `next` closes it without an answer or a line.
    fn log_refusal(&self, status: u16, error: &ReadError) { // PATCH(myapp)
        let reason = match error { // PATCH(myapp)
            ReadError::ReadIoError(_) => "the request head was not complete in time", // PATCH(myapp)
            ReadError::BodyTimedOut => "the request body was not complete in time", // PATCH(myapp)
            ReadError::WrongRequestLine => "a malformed request line", // PATCH(myapp)
            ReadError::WrongHeader => "a malformed header", // PATCH(myapp)
            ReadError::BadFraming => "an ambiguous body length", // PATCH(myapp)
            ReadError::HeadTooLarge => "the request head is too large", // PATCH(myapp)
            ReadError::ExpectationFailed => "an unknown Expect", // PATCH(myapp)
            ReadError::VersionNotSupported => "an HTTP version other than 1.0 and 1.1", // PATCH(myapp)
        }; // PATCH(myapp)
        // PATCH(myapp): the head's clock started at its first byte.
        let took = self // PATCH(myapp)
            .head_deadline // PATCH(myapp)
            .and_then(|deadline| deadline.checked_sub(self.limits.head_timeout)) // PATCH(myapp)
            .map(|started| started.elapsed()) // PATCH(myapp)
            .unwrap_or_default(); // PATCH(myapp)
        log::info!("{} | {} | {:>9.3?} | - (cut off: {})", self.peer(), status, took, reason); // PATCH(myapp)
    } // PATCH(myapp)

    /// PATCH(myapp): the client's address as the access log shows it.
    fn peer(&self) -> String { // PATCH(myapp)
        match self.remote_addr { // PATCH(myapp)
            Ok(Some(addr)) => addr.ip().to_string(), // PATCH(myapp)
            _ => "-".to_owned(), // PATCH(myapp)
        } // PATCH(myapp)
    } // PATCH(myapp)
} // PATCH(myapp)

impl Iterator for ClientConnection {
    type Item = Request;

    /// Blocks until the next Request is available.
    /// Returns None when no new Requests will come from the client.
    fn next(&mut self) -> Option<Request> {
        // the client sent a "connection: close" header in this previous request
        //  or is using HTTP 1.0, meaning that no new request will come
        if self.no_more_requests {
            return None;
        }

        loop {
            let rq = match self.read() {
                Ok(rq) => rq,
                // PATCH(myapp): the client went away, or stalled (no answer: the
                // socket's timeout), or left a body unread.
                Err(ReadError::ReadIoError(ref err)) if err.kind() != ErrorKind::TimedOut => { // PATCH(myapp)
                    // PATCH(myapp): no request, no access line; a client gone
                    // part way through its head gets a debug line.
                    if self.head_bytes > 0 { // PATCH(myapp)
                        log::debug!("{} left before its request head was complete: {}", self.peer(), err); // PATCH(myapp)
                    } // PATCH(myapp)
                    return None; // PATCH(myapp)
                } // PATCH(myapp)
                // PATCH(myapp): every other error is answered, and the connection
                // closes: where the next request would start is unknown.
                Err(error) => { // PATCH(myapp)
                    self.refuse(&error); // PATCH(myapp)
                    return None; // PATCH(myapp)
                } // PATCH(myapp)
            };

            // PATCH(myapp): the HTTP version check moved into `read`.

            // updating the status of the connection
            let connection_header = rq
                .headers()
                .iter()
                .find(|h| h.field.equiv("Connection"))
                .map(|h| h.value.as_str());

            let lowercase = connection_header.map(|h| h.to_ascii_lowercase());

            match lowercase {
                Some(ref val) if val.contains("close") => self.no_more_requests = true,
                Some(ref val) if val.contains("upgrade") => self.no_more_requests = true,
                Some(ref val)
                    if !val.contains("keep-alive") && *rq.http_version() == HTTPVersion(1, 0) =>
                {
                    self.no_more_requests = true
                }
                None if *rq.http_version() == HTTPVersion(1, 0) => self.no_more_requests = true,
                _ => (),
            };

            // returning the request
            return Some(rq);
        }
    }
}

/// Parses a "HTTP/1.1" string.
fn parse_http_version(version: &str) -> Result<HTTPVersion, ReadError> {
    let (major, minor) = match version {
        "HTTP/0.9" => (0, 9),
        "HTTP/1.0" => (1, 0),
        "HTTP/1.1" => (1, 1),
        "HTTP/2.0" => (2, 0),
        "HTTP/3.0" => (3, 0),
        _ => return Err(ReadError::WrongRequestLine),
    };

    Ok(HTTPVersion(major, minor))
}

/// Parses the request line of the request.
/// eg. GET / HTTP/1.1
fn parse_request_line(line: &str) -> Result<(Method, String, HTTPVersion), ReadError> {
    let mut parts = line.split(' ');

    let method = parts.next().and_then(|w| w.parse().ok());
    let path = parts.next().map(ToOwned::to_owned);
    let version = parts.next().and_then(|w| parse_http_version(w).ok());

    method
        .and_then(|method| Some((method, path?, version?)))
        .ok_or(ReadError::WrongRequestLine)
}

#[cfg(test)]
mod test {
    #[test]
    fn test_parse_request_line() {
        let (method, path, ver) = super::parse_request_line("GET /hello HTTP/1.1").unwrap();

        assert!(method == crate::Method::Get);
        assert!(path == "/hello");
        assert!(ver == crate::common::HTTPVersion(1, 1));

        assert!(super::parse_request_line("GET /hello").is_err());
        assert!(super::parse_request_line("qsd qsd qsd").is_err());
    }
}
