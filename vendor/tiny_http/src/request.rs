use std::io::Error as IoError;
use std::io::{self, Cursor, ErrorKind, Read, Write};

use std::fmt;
use std::net::SocketAddr;
// PATCH(myapp): `FromStr` is gone: `parse_content_length` parses lengths.

use std::sync::atomic::{AtomicBool, Ordering}; // PATCH(myapp)
use std::sync::mpsc::Sender;
use std::sync::Arc; // PATCH(myapp)
use std::time::{Duration, Instant}; // PATCH(myapp)

use crate::util::{EqualReader, FusedReader, RefinedTcpStream, SequentialReader, Shared}; // PATCH(myapp)
use crate::{HTTPVersion, Header, Method, Response, StatusCode};
use chunked_transfer::Decoder;

/// Represents an HTTP request made by a client.
///
/// A `Request` object is what is produced by the server, and is your what
/// your code must analyse and answer.
///
/// This object implements the `Send` trait, therefore you can dispatch your requests to
/// worker threads.
///
/// # Pipelining
///
/// If a client sends multiple requests in a row (without waiting for the response), then you will
/// get multiple `Request` objects simultaneously. This is called *requests pipelining*.
/// Tiny-http automatically reorders the responses so that you don't need to worry about the order
/// in which you call `respond` or `into_writer`.
///
/// This mechanic is disabled if:
///
///  - The body of a request is large enough (handling requires pipelining requires storing the
///    body of the request in a buffer ; if the body is too big, tiny-http will avoid doing that)
///  - A request sends a `Expect: 100-continue` header (which means that the client waits to
///    know whether its body will be processed before sending it)
///  - A request sends a `Connection: close` header or `Connection: upgrade` header (used for
///    websockets), which indicates that this is the last request that will be received on this
///    connection
///
/// # Automatic cleanup
///
/// If a `Request` object is destroyed without `into_writer` or `respond` being called,
/// an empty response with a 500 status code (internal server error) will automatically be
/// sent back to the client.
/// This means that if your code fails during the handling of a request, this "internal server
/// error" response will automatically be sent during the stack unwinding.
///
/// # Testing
///
/// If you want to build fake requests to test your server, use [`TestRequest`](crate::test::TestRequest).
pub struct Request {
    // where to read the body from
    data_reader: Option<Box<dyn Read + Send + 'static>>,

    // if this writer is empty, then the request has been answered
    response_writer: Option<Box<dyn Write + Send + 'static>>,

    remote_addr: Option<SocketAddr>,

    // true if HTTPS, false if HTTP
    secure: bool,

    method: Method,

    path: String,

    http_version: HTTPVersion,

    headers: Vec<Header>,

    body_length: Option<usize>,

    // true if a `100 Continue` response must be sent when `as_reader()` is called
    must_send_continue: bool,

    // If Some, a message must be sent after responding
    notify_when_responded: Option<Sender<()>>,

    // PATCH(myapp): for a body streamed from the socket (not read before the
    // request was handed over), set once it was read to its end; a body left
    // unread closes the connection, since its bytes are not a request.
    body_end: Option<Arc<AtomicBool>>,

    // PATCH(myapp): the connection's flag: once set, no further request is read.
    connection_abandoned: Arc<AtomicBool>,

    // PATCH(myapp): the server's headers for every answer, and whether it is
    // stopping; `None` for a `TestRequest` (tiny_http's `Server` header).
    server: Option<Arc<Shared>>,

    // PATCH(myapp): the connection's socket, to tell whether its client is
    // gone while a long answer streams (`peer_watch`); `None` for a `TestRequest`.
    peer: Option<Arc<crate::connection::Connection>>,
}

/// PATCH(myapp): tells whether the client of a request has gone away (closed
/// or reset its connection), without reading or waiting: for an answer that
/// streams for a long time and writes only now and then, whose first write
/// after the client closed would still succeed.
#[derive(Clone)]
pub struct PeerWatch(Arc<crate::connection::Connection>); // PATCH(myapp)

impl PeerWatch {
    /// PATCH(myapp): true once the client closed or reset the connection.
    pub fn gone(&self) -> bool {
        self.0.peer_closed() // PATCH(myapp)
    } // PATCH(myapp)

    /// PATCH(myapp): the socket's descriptor (TCP only), to ask the kernel
    /// how much of what was written the client has not yet acknowledged.
    pub fn tcp_fd(&self) -> Option<std::os::fd::RawFd> {
        self.0.tcp_fd() // PATCH(myapp)
    } // PATCH(myapp)
}

struct NotifyOnDrop<R> {
    sender: Sender<()>,
    inner: R,
}

impl<R: Read> Read for NotifyOnDrop<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf)
    }
}
impl<R: Write> Write for NotifyOnDrop<R> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.inner.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
impl<R> Drop for NotifyOnDrop<R> {
    fn drop(&mut self) {
        self.sender.send(()).unwrap();
    }
}

/// Error that can happen when building a `Request` object.
#[derive(Debug)]
pub enum RequestCreationError {
    /// The client sent an `Expect` header that was not recognized by tiny-http.
    ExpectationFailed,

    /// Error while reading data from the socket during the creation of the `Request`.
    CreationIoError(IoError),

    /// PATCH(myapp): the head does not say unambiguously where the body ends
    /// (RFC 9112 §6.3): answered 400, and the connection is closed.
    BadFraming,

    /// PATCH(myapp): a body read before the request is handed over was not
    /// complete by its deadline: answered 408, and the connection is closed.
    BodyTimedOut,
}

/// PATCH(myapp): a request's source whose read timeout can be changed, so
/// that a body read before the request is handed over is bounded as a whole,
/// not per read.
pub trait BodySource: Read {
    fn set_read_timeout(&mut self, timeout: Option<Duration>) -> io::Result<()>;
    fn read_timeout(&mut self) -> io::Result<Option<Duration>>;
}

// PATCH(myapp): a connection's source.
impl BodySource for SequentialReader<io::BufReader<RefinedTcpStream>> {
    fn set_read_timeout(&mut self, timeout: Option<Duration>) -> io::Result<()> {
        self.my_turn()?.get_ref().set_read_timeout(timeout)
    }

    fn read_timeout(&mut self) -> io::Result<Option<Duration>> {
        self.my_turn()?.get_ref().read_timeout()
    }
}

// PATCH(myapp): `TestRequest`'s source, in memory: nothing to time.
impl BodySource for &[u8] {
    fn set_read_timeout(&mut self, _: Option<Duration>) -> io::Result<()> {
        Ok(())
    }

    fn read_timeout(&mut self) -> io::Result<Option<Duration>> {
        Ok(None)
    }
}

/// PATCH(myapp): the largest body read before the request is handed over
/// (tiny_http: 1 KiB), on the connection's own thread, so no worker waits on
/// a slow client; larger ones are streamed to the handler.
const MAX_UP_FRONT_BYTES: usize = 64 * 1024;

/// PATCH(myapp): how a request's body is delimited.
#[derive(Debug, PartialEq)]
enum Framing {
    /// Neither `Content-Length` nor `Transfer-Encoding`: no body.
    None,
    Length(usize),
    Chunked,
}

/// PATCH(myapp): where the body ends, strictly (RFC 9112 §6.3), or
/// `BadFraming`. tiny_http took the first of several `Content-Length`s, read
/// an unparsable one as no body, and any `Transfer-Encoding` as chunked while
/// ignoring a `Content-Length` beside it: each lets a body that the server and
/// a proxy in front of it frame differently pass as a request of its own.
/// Refused: more than one `Content-Length` (even equal, or a list), one that
/// is not all digits or overflows, a `Transfer-Encoding` other than exactly
/// `chunked` (one header, any case), and both headers together.
fn body_framing(headers: &[Header]) -> Result<Framing, RequestCreationError> {
    let named = |name: &'static str| {
        headers
            .iter()
            .filter(move |h| h.field.equiv(name))
            .map(|h| h.value.as_str())
    };
    let mut lengths = named("Content-Length");
    let mut encodings = named("Transfer-Encoding");
    match (lengths.next(), lengths.next(), encodings.next(), encodings.next()) {
        (None, _, None, _) => Ok(Framing::None),
        (Some(length), None, None, _) => parse_content_length(length).map(Framing::Length),
        (None, _, Some(coding), None) if coding.eq_ignore_ascii_case("chunked") => Ok(Framing::Chunked),
        _ => Err(RequestCreationError::BadFraming),
    }
}

/// PATCH(myapp): `1*DIGIT`, within `usize`; `usize::from_str` also takes a `+`.
fn parse_content_length(value: &str) -> Result<usize, RequestCreationError> {
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return Err(RequestCreationError::BadFraming);
    }
    value.parse().map_err(|_| RequestCreationError::BadFraming)
}

/// PATCH(myapp): fills `buffer` from `source` before `deadline`, each read's
/// timeout set to the time left, so a client that trickles its body cannot
/// hold the connection past the deadline; the source's timeout is restored.
fn read_body_before<R: BodySource>(
    source: &mut R,
    buffer: &mut [u8],
    deadline: Instant,
) -> Result<(), RequestCreationError> {
    let previous = source.read_timeout()?;
    let mut offset = 0;
    let result = loop {
        if offset == buffer.len() {
            break Ok(());
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break Err(RequestCreationError::BodyTimedOut);
        }
        if let Err(e) = source.set_read_timeout(Some(left)) {
            break Err(e.into());
        }
        match source.read(&mut buffer[offset..]) {
            Ok(0) => {
                let info = "Connection has been closed before we received enough data";
                break Err(IoError::new(ErrorKind::ConnectionAborted, info).into());
            }
            Ok(read) => offset += read,
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                break Err(RequestCreationError::BodyTimedOut)
            }
            Err(e) => break Err(e.into()),
        }
    };
    source.set_read_timeout(previous)?;
    result
}

/// PATCH(myapp): a body streamed from the socket, which records reaching its end.
struct EndTracked<R> {
    inner: R,
    end: Arc<AtomicBool>,
}

impl<R: Read> Read for EndTracked<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let read = self.inner.read(buf)?;
        if read == 0 && !buf.is_empty() {
            self.end.store(true, Ordering::SeqCst);
        }
        Ok(read)
    }
}

impl From<IoError> for RequestCreationError {
    fn from(err: IoError) -> RequestCreationError {
        RequestCreationError::CreationIoError(err)
    }
}

/// Builds a new request.
///
/// After the request line and headers have been read from the socket, a new `Request` object
/// is built.
///
/// You must pass a `Read` that will allow the `Request` object to read from the incoming data.
/// It is the responsibility of the `Request` to read only the data of the request and not further.
///
/// The `Write` object will be used by the `Request` to write the response.
#[allow(clippy::too_many_arguments)]
pub fn new_request<R, W>(
    secure: bool,
    method: Method,
    path: String,
    version: HTTPVersion,
    headers: Vec<Header>,
    remote_addr: Option<SocketAddr>,
    mut source_data: R,
    mut writer: W, // PATCH(myapp): mut
    abandoned: Arc<AtomicBool>, // PATCH(myapp)
    body_timeout: Duration,     // PATCH(myapp)
) -> Result<Request, RequestCreationError>
where
    R: BodySource + Send + 'static, // PATCH(myapp)
    W: Write + Send + 'static,
{
    // PATCH(myapp): strict framing (see `body_framing`), refused before anything is read.
    let framing = body_framing(&headers)?; // PATCH(myapp)
    let content_length = match framing { // PATCH(myapp)
        Framing::Length(length) => Some(length), // PATCH(myapp)
        Framing::None | Framing::Chunked => None, // PATCH(myapp)
    }; // PATCH(myapp)

    // true if the client sent a `Expect: 100-continue` header
    let mut expects_continue = { // PATCH(myapp): mut
        match headers
            .iter()
            .find(|h: &&Header| h.field.equiv("Expect"))
            .map(|h| h.value.as_str())
        {
            None => false,
            Some(v) if v.eq_ignore_ascii_case("100-continue") => true,
            _ => return Err(RequestCreationError::ExpectationFailed),
        }
    };

    // PATCH(myapp): `Connection: upgrade` no longer hands the whole socket
    // over as the body (a worker then read it for ever); its body is framed
    // like any other, and the connection ends after the answer (client.rs).

    // PATCH(myapp): the client waits for `100 Continue` before sending a
    // body, so for one read up front (below) say it here, on the connection's
    // own thread, rather than when a worker asks for the body. Written bare: a
    // 1xx has no Content-Length. It waits its turn behind pipelined answers.
    let read_up_front = matches!(content_length, Some(length) if length > 0 && length <= MAX_UP_FRONT_BYTES); // PATCH(myapp)
    if read_up_front && expects_continue { // PATCH(myapp)
        writer.write_all(b"HTTP/1.1 100 Continue\r\n\r\n")?; // PATCH(myapp)
        writer.flush()?; // PATCH(myapp)
        expects_continue = false; // PATCH(myapp)
    } // PATCH(myapp)

    // PATCH(myapp): set once a body streamed from the socket is read to its end.
    let body_end = Arc::new(AtomicBool::new(false)); // PATCH(myapp)
    let mut streamed = true; // PATCH(myapp)

    // we wrap `source_data` around a reading whose nature depends on the transfer-encoding and
    // content-length headers
    let reader = if let Some(content_length) = content_length { // PATCH(myapp)
        if content_length == 0 {
            streamed = false; // PATCH(myapp)
            Box::new(io::empty()) as Box<dyn Read + Send + 'static>
        } else if read_up_front { // PATCH(myapp): was `<= 1024 && !expects_continue`
            // if the content-length is small enough, we just read everything into a buffer

            // PATCH(myapp): the whole body within `body_timeout`, not each read.
            let mut buffer = vec![0; content_length];
            let deadline = Instant::now() + body_timeout; // PATCH(myapp)
            read_body_before(&mut source_data, &mut buffer, deadline)?; // PATCH(myapp)
            streamed = false; // PATCH(myapp)

            Box::new(Cursor::new(buffer)) as Box<dyn Read + Send + 'static>
        } else {
            let (data_reader, _) = EqualReader::new(source_data, content_length, abandoned.clone()); // PATCH(myapp)
            Box::new(FusedReader::new(data_reader)) as Box<dyn Read + Send + 'static>
        }
    } else if framing == Framing::Chunked { // PATCH(myapp)
        // if a transfer-encoding was specified, then "chunked" is ALWAYS applied
        // over the message (RFC2616 #3.6)
        Box::new(FusedReader::new(Decoder::new(source_data))) as Box<dyn Read + Send + 'static>
    } else {
        // if we have neither a Content-Length nor a Transfer-Encoding,
        // assuming that we have no data
        // TODO: could also be multipart/byteranges
        streamed = false; // PATCH(myapp)
        Box::new(io::empty()) as Box<dyn Read + Send + 'static>
    };
    // PATCH(myapp): a streamed body records its end.
    let reader = if streamed { // PATCH(myapp)
        let end = body_end.clone(); // PATCH(myapp)
        Box::new(EndTracked { inner: reader, end }) as Box<dyn Read + Send + 'static> // PATCH(myapp)
    } else { // PATCH(myapp)
        reader // PATCH(myapp)
    }; // PATCH(myapp)

    Ok(Request {
        data_reader: Some(reader),
        response_writer: Some(Box::new(writer) as Box<dyn Write + Send + 'static>),
        remote_addr,
        secure,
        method,
        path,
        http_version: version,
        headers,
        body_length: content_length,
        must_send_continue: expects_continue,
        notify_when_responded: None,
        body_end: streamed.then_some(body_end), // PATCH(myapp)
        connection_abandoned: abandoned, // PATCH(myapp)
        server: None, // PATCH(myapp): see `with_server`
        peer: None,   // PATCH(myapp): see `with_peer`
    })
}

impl Request {
    /// Returns true if the request was made through HTTPS.
    #[inline]
    pub fn secure(&self) -> bool {
        self.secure
    }

    /// Returns the method requested by the client (eg. `GET`, `POST`, etc.).
    #[inline]
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// Returns the resource requested by the client.
    #[inline]
    pub fn url(&self) -> &str {
        &self.path
    }

    /// Returns a list of all headers sent by the client.
    #[inline]
    pub fn headers(&self) -> &[Header] {
        &self.headers
    }

    /// Returns the HTTP version of the request.
    #[inline]
    pub fn http_version(&self) -> &HTTPVersion {
        &self.http_version
    }

    /// Returns the length of the body in bytes.
    ///
    /// Returns `None` if the length is unknown.
    #[inline]
    pub fn body_length(&self) -> Option<usize> {
        self.body_length
    }

    /// Returns the address of the client that sent this request.
    ///
    /// The address is always `Some` for TCP listeners, but always `None` for UNIX listeners
    /// (as the remote address of a UNIX client is almost always unnamed).
    ///
    /// Note that this is gathered from the socket. If you receive the request from a proxy,
    /// this function will return the address of the proxy and not the address of the actual
    /// user.
    #[inline]
    pub fn remote_addr(&self) -> Option<&SocketAddr> {
        self.remote_addr.as_ref()
    }

    /// Sends a response with a `Connection: upgrade` header, then turns the `Request` into a `Stream`.
    ///
    /// The main purpose of this function is to support websockets.
    /// If you detect that the request wants to use some kind of protocol upgrade, you can
    ///  call this function to obtain full control of the socket stream.
    ///
    /// If you call this on a non-websocket request, tiny-http will wait until this `Stream` object
    ///  is destroyed before continuing to read or write on the socket. Therefore you should always
    ///  destroy it as soon as possible.
    pub fn upgrade<R: Read>(
        mut self,
        protocol: &str,
        response: Response<R>,
    ) -> Box<dyn ReadWrite + Send> {
        use crate::util::CustomStream;

        let defaults = self.server.as_ref().map(|s| &s.headers[..]); // PATCH(myapp)
        response
            .print_with( // PATCH(myapp)
                self.response_writer.as_mut().unwrap().by_ref(),
                self.http_version.clone(),
                &self.headers,
                false,
                Some(protocol),
                defaults, // PATCH(myapp)
            )
            .ok(); // TODO: unused result

        self.response_writer.as_mut().unwrap().flush().ok(); // TODO: unused result

        let stream = CustomStream::new(self.extract_reader_impl(), self.extract_writer_impl());
        if let Some(sender) = self.notify_when_responded.take() {
            let stream = NotifyOnDrop {
                sender,
                inner: stream,
            };
            Box::new(stream) as Box<dyn ReadWrite + Send>
        } else {
            Box::new(stream) as Box<dyn ReadWrite + Send>
        }
    }

    /// Allows to read the body of the request.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # extern crate rustc_serialize;
    /// # extern crate tiny_http;
    /// # use rustc_serialize::json::Json;
    /// # use std::io::Read;
    /// # fn get_content_type(_: &tiny_http::Request) -> &'static str { "" }
    /// # fn main() {
    /// # let server = tiny_http::Server::http("0.0.0.0:0").unwrap();
    /// let mut request = server.recv().unwrap();
    ///
    /// if get_content_type(&request) == "application/json" {
    ///     let mut content = String::new();
    ///     request.as_reader().read_to_string(&mut content).unwrap();
    ///     let json: Json = content.parse().unwrap();
    /// }
    /// # }
    /// ```
    ///
    /// If the client sent a `Expect: 100-continue` header with the request, calling this
    ///  function will send back a `100 Continue` response.
    #[inline]
    pub fn as_reader(&mut self) -> &mut dyn Read {
        if self.must_send_continue {
            let msg = Response::new_empty(StatusCode(100));
            let defaults = self.server.as_ref().map(|s| &s.headers[..]); // PATCH(myapp)
            msg.print_with( // PATCH(myapp)
                self.response_writer.as_mut().unwrap().by_ref(),
                self.http_version.clone(),
                &self.headers,
                true,
                None,
                defaults, // PATCH(myapp)
            )
            .ok();
            self.response_writer.as_mut().unwrap().flush().ok();
            self.must_send_continue = false;
        }

        self.data_reader.as_mut().unwrap()
    }

    /// Turns the `Request` into a writer.
    ///
    /// The writer has a raw access to the stream to the user.
    /// This function is useful for things like CGI.
    ///
    /// Note that the destruction of the `Writer` object may trigger
    /// some events. For exemple if a client has sent multiple requests and the requests
    /// have been processed in parallel, the destruction of a writer will trigger
    /// the writing of the next response.
    /// Therefore you should always destroy the `Writer` as soon as possible.
    #[inline]
    pub fn into_writer(mut self) -> Box<dyn Write + Send + 'static> {
        let writer = self.extract_writer_impl();
        if let Some(sender) = self.notify_when_responded.take() {
            let writer = NotifyOnDrop {
                sender,
                inner: writer,
            };
            Box::new(writer) as Box<dyn Write + Send + 'static>
        } else {
            writer
        }
    }

    /// Extract the response `Writer` object from the Request, dropping this `Writer` has the same side effects
    /// as the object returned by `into_writer` above.
    ///
    /// This may only be called once on a single request.
    fn extract_writer_impl(&mut self) -> Box<dyn Write + Send + 'static> {
        use std::mem;

        assert!(self.response_writer.is_some());

        let mut writer = None;
        mem::swap(&mut self.response_writer, &mut writer);
        writer.unwrap()
    }

    /// Extract the body `Reader` object from the Request.
    ///
    /// This may only be called once on a single request.
    fn extract_reader_impl(&mut self) -> Box<dyn Read + Send + 'static> {
        use std::mem;

        assert!(self.data_reader.is_some());

        let mut reader = None;
        mem::swap(&mut self.data_reader, &mut reader);
        reader.unwrap()
    }

    /// Sends a response to this request.
    #[inline]
    pub fn respond<R>(mut self, response: Response<R>) -> Result<(), IoError>
    where
        R: Read,
    {
        let res = self.respond_impl(response);
        if let Some(sender) = self.notify_when_responded.take() {
            sender.send(()).unwrap();
        }
        res
    }

    fn respond_impl<R>(&mut self, response: Response<R>) -> Result<(), IoError>
    where
        R: Read,
    {
        let mut writer = self.extract_writer_impl();

        let do_not_send_body = self.method == Method::Head;

        // PATCH(myapp): the connection closes after a body left unread, and
        // after an `Upgrade` request (none is made, see client.rs); say so.
        let upgrade = self.headers.iter().find(|h| h.field.equiv("Connection")) // PATCH(myapp): as client.rs reads it
            .map_or(false, |h| h.value.as_str().to_ascii_lowercase().contains("upgrade")); // PATCH(myapp)
        // PATCH(myapp): and when the server is stopping: this answer is the connection's last.
        let stopping = self.server.as_ref().map_or(false, |s| s.stopping()); // PATCH(myapp)
        let response = if self.abandon_if_body_unread() || upgrade || stopping { // PATCH(myapp)
            response.with_connection_close() // PATCH(myapp)
        } else { // PATCH(myapp)
            response // PATCH(myapp)
        }; // PATCH(myapp)

        let defaults = self.server.as_ref().map(|s| &s.headers[..]); // PATCH(myapp)
        let written = response.print_with( // PATCH(myapp)
            writer.by_ref(),
            self.http_version.clone(),
            &self.headers,
            do_not_send_body,
            None,
            defaults, // PATCH(myapp)
        ).and_then(|()| writer.flush()); // PATCH(myapp)
        // PATCH(myapp): an answer cut short (the client stopped taking it, see
        // `connection::written_whole`, or left) ends its connection: what
        // follows on it would not be an answer.
        if written.is_err() { // PATCH(myapp)
            self.connection_abandoned.store(true, Ordering::SeqCst); // PATCH(myapp)
        } // PATCH(myapp)
        Self::ignore_client_closing_errors(written) // PATCH(myapp)
    }

    /// PATCH(myapp): when a body streamed from the socket was not read to its
    /// end, marks the connection abandoned (what follows is body, not a
    /// request, so no further request is read) and returns true. Draining it
    /// instead would hold a worker for as long as the client cares to send.
    fn abandon_if_body_unread(&self) -> bool {
        let unread = self.body_end.as_ref().map_or(false, |end| !end.load(Ordering::SeqCst)); // PATCH(myapp)
        if unread { // PATCH(myapp)
            self.connection_abandoned.store(true, Ordering::SeqCst); // PATCH(myapp)
        } // PATCH(myapp)
        unread // PATCH(myapp)
    } // PATCH(myapp)

    fn ignore_client_closing_errors(result: io::Result<()>) -> io::Result<()> {
        result.or_else(|err| match err.kind() {
            ErrorKind::BrokenPipe => Ok(()),
            ErrorKind::ConnectionAborted => Ok(()),
            ErrorKind::ConnectionRefused => Ok(()),
            ErrorKind::ConnectionReset => Ok(()),
            _ => Err(err),
        })
    }

    /// PATCH(myapp): the request came from a server's connection; its answer
    /// carries that server's headers, and says `Connection: close` once the
    /// server is stopping.
    pub(crate) fn with_server(mut self, server: Arc<Shared>) -> Self {
        self.server = Some(server); // PATCH(myapp)
        self // PATCH(myapp)
    } // PATCH(myapp)

    /// PATCH(myapp): the request came in on this connection.
    pub(crate) fn with_peer(mut self, peer: Arc<crate::connection::Connection>) -> Self {
        self.peer = Some(peer); // PATCH(myapp)
        self // PATCH(myapp)
    } // PATCH(myapp)

    /// PATCH(myapp): a handle telling whether the client has gone away, to
    /// move into a streamed answer's body; `None` for a `TestRequest`.
    pub fn peer_watch(&self) -> Option<PeerWatch> {
        self.peer.clone().map(PeerWatch) // PATCH(myapp)
    } // PATCH(myapp)

    pub(crate) fn with_notify_sender(mut self, sender: Sender<()>) -> Self {
        self.notify_when_responded = Some(sender);
        self
    }
}

impl fmt::Debug for Request {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> Result<(), fmt::Error> {
        write!(
            formatter,
            "Request({} {} from {:?})",
            self.method, self.path, self.remote_addr
        )
    }
}

impl Drop for Request {
    fn drop(&mut self) {
        // PATCH(myapp): before the body's reader hands the socket on to the
        // next request's head (it is dropped after this).
        self.abandon_if_body_unread(); // PATCH(myapp)
        if self.response_writer.is_some() {
            let response = Response::empty(500);
            let _ = self.respond_impl(response); // ignoring any potential error
            if let Some(sender) = self.notify_when_responded.take() {
                sender.send(()).unwrap();
            }
        }
    }
}

/// Dummy trait that regroups the `Read` and `Write` traits.
///
/// Automatically implemented on all types that implement both `Read` and `Write`.
pub trait ReadWrite: Read + Write {}
impl<T> ReadWrite for T where T: Read + Write {}

#[cfg(test)]
mod tests {
    use super::Request;

    // PATCH(myapp): RFC 9112 §6.3, strictly.
    #[test]
    fn framing_is_refused_unless_unambiguous() {
        use super::{body_framing, Framing};
        use crate::Header;
        let framing = |lines: &[&str]| {
            let headers: Vec<Header> = lines.iter().map(|l| l.parse().unwrap()).collect();
            body_framing(&headers).ok()
        };
        assert_eq!(framing(&[]), Some(Framing::None));
        assert_eq!(framing(&["Content-Length: 0"]), Some(Framing::Length(0)));
        assert_eq!(framing(&["Content-Length: 0042"]), Some(Framing::Length(42)));
        assert_eq!(framing(&["Transfer-Encoding: chunked"]), Some(Framing::Chunked));
        assert_eq!(framing(&["transfer-encoding: CHUNKED"]), Some(Framing::Chunked));
        for bad in [
            &["Content-Length: 5, 5"][..],
            &["Content-Length: 5", "Content-Length: 5"],
            &["Content-Length: 0", "Content-Length: 5"],
            &["Content-Length: abc"],
            &["Content-Length: +5"],
            &["Content-Length: -5"],
            &["Content-Length:"],
            &["Content-Length: 5 5"],
            &["Content-Length: 99999999999999999999999999"],
            &["Transfer-Encoding: xchunked"],
            &["Transfer-Encoding: identity"],
            &["Transfer-Encoding: gzip, chunked"],
            &["Transfer-Encoding: chunked", "Transfer-Encoding: chunked"],
            &["Transfer-Encoding: chunked", "Content-Length: 5"],
            &["Content-Length: 5", "Transfer-Encoding: chunked"],
        ] {
            assert_eq!(framing(bad), None, "{:?}", bad);
        }
    }

    #[test]
    fn must_be_send() {
        #![allow(dead_code)]
        fn f<T: Send>(_: &T) {}
        fn bar(rq: &Request) {
            f(rq);
        }
    }
}
