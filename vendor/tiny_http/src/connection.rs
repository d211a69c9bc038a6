//! Abstractions of Tcp and Unix socket types

#[cfg(unix)]
use std::os::unix::net as unix_net;
use std::{
    net::{Shutdown, SocketAddr, TcpListener, TcpStream, ToSocketAddrs},
    path::PathBuf,
};

/// Unified listener. Either a [`TcpListener`] or [`std::os::unix::net::UnixListener`]
pub enum Listener {
    Tcp(TcpListener),
    #[cfg(unix)]
    Unix(unix_net::UnixListener),
}
impl Listener {
    pub(crate) fn local_addr(&self) -> std::io::Result<ListenAddr> {
        match self {
            Self::Tcp(l) => l.local_addr().map(ListenAddr::from),
            #[cfg(unix)]
            Self::Unix(l) => l.local_addr().map(ListenAddr::from),
        }
    }

    pub(crate) fn accept(&self) -> std::io::Result<(Connection, Option<SocketAddr>)> {
        match self {
            Self::Tcp(l) => l
                .accept()
                .map(|(conn, addr)| (Connection::from(conn), Some(addr))),
            #[cfg(unix)]
            Self::Unix(l) => l.accept().map(|(conn, _)| (Connection::from(conn), None)),
        }
    }
}
impl From<TcpListener> for Listener {
    fn from(s: TcpListener) -> Self {
        Self::Tcp(s)
    }
}
#[cfg(unix)]
impl From<unix_net::UnixListener> for Listener {
    fn from(s: unix_net::UnixListener) -> Self {
        Self::Unix(s)
    }
}

/// Unified connection. Either a [`TcpStream`] or [`std::os::unix::net::UnixStream`].
#[derive(Debug)]
pub(crate) enum Connection {
    Tcp(TcpStream),
    #[cfg(unix)]
    Unix(unix_net::UnixStream),
}
impl std::io::Read for Connection {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Self::Tcp(s) => s.read(buf),
            #[cfg(unix)]
            Self::Unix(s) => s.read(buf),
        }
    }
}
impl std::io::Write for Connection {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Self::Tcp(s) => s.write(buf),
            #[cfg(unix)]
            Self::Unix(s) => s.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Self::Tcp(s) => s.flush(),
            #[cfg(unix)]
            Self::Unix(s) => s.flush(),
        }
    }
}
// PATCH(myapp): a connection's reading and writing halves share one socket
// (see `RefinedTcpStream::shared`), through `&Connection`.
impl std::io::Read for &Connection {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match *self { // PATCH(myapp)
            Connection::Tcp(s) => (&*s).read(buf), // PATCH(myapp)
            #[cfg(unix)]
            Connection::Unix(s) => (&*s).read(buf), // PATCH(myapp)
        } // PATCH(myapp)
    } // PATCH(myapp)
} // PATCH(myapp)
// PATCH(myapp): see `Read for &Connection`.
impl std::io::Write for &Connection {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match *self { // PATCH(myapp)
            Connection::Tcp(s) => written_whole((&*s).write(buf)?, buf.len()), // PATCH(myapp)
            #[cfg(unix)]
            Connection::Unix(s) => (&*s).write(buf), // PATCH(myapp)
        } // PATCH(myapp)
    } // PATCH(myapp)

    fn flush(&mut self) -> std::io::Result<()> {
        match *self { // PATCH(myapp)
            Connection::Tcp(s) => (&*s).flush(), // PATCH(myapp)
            #[cfg(unix)]
            Connection::Unix(s) => (&*s).flush(), // PATCH(myapp)
        } // PATCH(myapp)
    } // PATCH(myapp)
} // PATCH(myapp)
/// PATCH(myapp): a blocking socket's `write` returns less than it was given
/// only when its send timeout (SO_SNDTIMEO; myapp sets it to its request
/// timeout) ran out with part of it sent: the client is not reading. std's
/// `write_all` would then start the timeout over for the rest, so a client
/// that reads a few bytes each time held its connection's thread for ever;
/// here the write fails, and the answer with its connection (see
/// `Request::respond_impl`).
fn written_whole(written: usize, asked: usize) -> std::io::Result<usize> { // PATCH(myapp)
    if written < asked { // PATCH(myapp)
        return Err(std::io::Error::new(std::io::ErrorKind::TimedOut, "the client did not take the answer in time")); // PATCH(myapp)
    } // PATCH(myapp)
    Ok(written) // PATCH(myapp)
} // PATCH(myapp)

impl Connection {
    /// PATCH(myapp): the socket's descriptor, for a TCP connection.
    pub(crate) fn tcp_fd(&self) -> Option<std::os::fd::RawFd> {
        match self { // PATCH(myapp)
            Self::Tcp(s) => Some(std::os::fd::AsRawFd::as_raw_fd(s)), // PATCH(myapp)
            #[cfg(unix)]
            Self::Unix(_) => None, // PATCH(myapp)
        } // PATCH(myapp)
    } // PATCH(myapp)

    /// Gets the peer's address. Some for TCP, None for Unix sockets.
    pub(crate) fn peer_addr(&self) -> std::io::Result<Option<SocketAddr>> { // PATCH(myapp): &self, the socket is shared
        match self {
            Self::Tcp(s) => s.peer_addr().map(Some),
            #[cfg(unix)]
            Self::Unix(_) => Ok(None),
        }
    }

    /// PATCH(myapp): whether the peer closed or reset the connection, looked
    /// at without waiting and without taking a byte (`MSG_PEEK`): end of
    /// stream or an error is gone; data waiting, or none yet, is not. A Unix
    /// socket is never seen as gone (std cannot peek at one yet).
    pub(crate) fn peer_closed(&self) -> bool {
        match self { // PATCH(myapp)
            Self::Tcp(s) => { // PATCH(myapp)
                if s.set_nonblocking(true).is_err() { // PATCH(myapp)
                    return false; // PATCH(myapp)
                } // PATCH(myapp)
                let peeked = s.peek(&mut [0u8; 1]); // PATCH(myapp)
                let _ = s.set_nonblocking(false); // PATCH(myapp)
                match peeked { // PATCH(myapp)
                    Ok(0) => true, // PATCH(myapp)
                    Ok(_) => false, // PATCH(myapp)
                    Err(e) => !matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::Interrupted), // PATCH(myapp)
                } // PATCH(myapp)
            } // PATCH(myapp)
            #[cfg(unix)]
            Self::Unix(_) => false, // PATCH(myapp)
        } // PATCH(myapp)
    } // PATCH(myapp)

    pub(crate) fn shutdown(&self, how: Shutdown) -> std::io::Result<()> {
        match self {
            Self::Tcp(s) => s.shutdown(how),
            #[cfg(unix)]
            Self::Unix(s) => s.shutdown(how),
        }
    }

    // PATCH(myapp): a body read before the request is handed over sets each
    // read's timeout to the time left before its deadline, then restores it.
    pub(crate) fn set_read_timeout(&self, timeout: Option<std::time::Duration>) -> std::io::Result<()> {
        match self { // PATCH(myapp)
            Self::Tcp(s) => s.set_read_timeout(timeout), // PATCH(myapp)
            #[cfg(unix)]
            Self::Unix(s) => s.set_read_timeout(timeout), // PATCH(myapp)
        } // PATCH(myapp)
    } // PATCH(myapp)

    // PATCH(myapp): see `set_read_timeout`.
    pub(crate) fn read_timeout(&self) -> std::io::Result<Option<std::time::Duration>> {
        match self { // PATCH(myapp)
            Self::Tcp(s) => s.read_timeout(), // PATCH(myapp)
            #[cfg(unix)]
            Self::Unix(s) => s.read_timeout(), // PATCH(myapp)
        } // PATCH(myapp)
    } // PATCH(myapp)

    #[allow(dead_code)] // PATCH(myapp): only TLS clones a socket now (the halves of a plain one share it)
    pub(crate) fn try_clone(&self) -> std::io::Result<Self> {
        match self {
            Self::Tcp(s) => s.try_clone().map(Self::from),
            #[cfg(unix)]
            Self::Unix(s) => s.try_clone().map(Self::from),
        }
    }
}
impl From<TcpStream> for Connection {
    fn from(s: TcpStream) -> Self {
        Self::Tcp(s)
    }
}
#[cfg(unix)]
impl From<unix_net::UnixStream> for Connection {
    fn from(s: unix_net::UnixStream) -> Self {
        Self::Unix(s)
    }
}

#[derive(Debug, Clone)]
pub enum ConfigListenAddr {
    IP(Vec<SocketAddr>),
    #[cfg(unix)]
    // TODO: use SocketAddr when bind_addr is stabilized
    Unix(std::path::PathBuf),
}
impl ConfigListenAddr {
    pub fn from_socket_addrs<A: ToSocketAddrs>(addrs: A) -> std::io::Result<Self> {
        addrs.to_socket_addrs().map(|it| Self::IP(it.collect()))
    }

    #[cfg(unix)]
    pub fn unix_from_path<P: Into<PathBuf>>(path: P) -> Self {
        Self::Unix(path.into())
    }

    pub(crate) fn bind(&self) -> std::io::Result<Listener> {
        match self {
            Self::IP(a) => TcpListener::bind(a.as_slice()).map(Listener::from),
            #[cfg(unix)]
            Self::Unix(a) => unix_net::UnixListener::bind(a).map(Listener::from),
        }
    }
}

/// Unified listen socket address. Either a [`SocketAddr`] or [`std::os::unix::net::SocketAddr`].
#[derive(Debug, Clone)]
pub enum ListenAddr {
    IP(SocketAddr),
    #[cfg(unix)]
    Unix(unix_net::SocketAddr),
}
impl ListenAddr {
    pub fn to_ip(self) -> Option<SocketAddr> {
        match self {
            Self::IP(s) => Some(s),
            #[cfg(unix)]
            Self::Unix(_) => None,
        }
    }

    /// Gets the Unix socket address.
    ///
    /// This is also available on non-Unix platforms, for ease of use, but always returns `None`.
    #[cfg(unix)]
    pub fn to_unix(self) -> Option<unix_net::SocketAddr> {
        match self {
            Self::IP(_) => None,
            Self::Unix(s) => Some(s),
        }
    }
    #[cfg(not(unix))]
    pub fn to_unix(self) -> Option<SocketAddr> {
        None
    }
}
impl From<SocketAddr> for ListenAddr {
    fn from(s: SocketAddr) -> Self {
        Self::IP(s)
    }
}
#[cfg(unix)]
impl From<unix_net::SocketAddr> for ListenAddr {
    fn from(s: unix_net::SocketAddr) -> Self {
        Self::Unix(s)
    }
}
impl std::fmt::Display for ListenAddr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::IP(s) => s.fmt(f),
            #[cfg(unix)]
            Self::Unix(s) => std::fmt::Debug::fmt(s, f),
        }
    }
}
