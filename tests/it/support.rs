//! Test helpers: a real myapp on port 0 with its own SQLite file, and a small
//! HTTP/1.1 client over a plain socket, so requests can be as hostile as needed.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::os::fd::FromRawFd;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use myapp::{App, Config};

pub struct TestApp {
    pub app: Option<App>,
    pub addr: SocketAddr,
    pub dir: tempfile::TempDir,
    database_url: String,
    extra: Vec<String>,
}

impl TestApp {
    pub fn db_path(&self) -> PathBuf {
        self.dir.path().join("myapp.db")
    }

    /// Stops this instance and starts a new one on the same database.
    pub fn restart(&mut self) {
        self.app.take().expect("running").shutdown();
        let app = App::start(&config(&self.database_url, &self.extra)).expect("restart");
        self.addr = app.http_addr();
        self.app = Some(app);
    }

    pub fn app(&self) -> &App {
        self.app.as_ref().expect("running")
    }

    /// A gRPC client on its own connection to this app.
    pub fn grpc(&self) -> grpcio::Client {
        let env = std::sync::Arc::new(grpcio::EnvBuilder::new().cq_count(1).build());
        let addr = format!("127.0.0.1:{}", self.app().grpc_port());
        let channel = grpcio::ChannelBuilder::new(env)
            .use_local_subchannel_pool(true)
            .connect(&addr);
        grpcio::Client::new(channel)
    }

    pub fn browser(&self) -> Browser {
        Browser::new(self.addr, "myapp-tests/1.0 (like Gecko)")
    }
}

fn config(url: &str, extra: &[String]) -> Config {
    let mut args = vec![
        "myapp",
        "--http-addr",
        "127.0.0.1:0",
        "--grpc-addr",
        "127.0.0.1:0",
        "--database-url",
        url,
        "--oem",
        "testoem",
        "--ver",
        "9.9.9",
    ];
    args.extend(extra.iter().map(String::as_str));
    Config::from_args(args).expect("valid test flags")
}

/// Starts myapp on a free port with a fresh SQLite file.
pub fn spawn_app() -> TestApp {
    spawn_app_with(&[])
}

pub fn spawn_app_with(extra: &[&str]) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite://{}", dir.path().join("myapp.db").display());
    spawn_app_on(&url, extra, dir)
}

/// Starts myapp on the given database; `dir` is kept for its lifetime.
pub fn spawn_app_on(database_url: &str, extra: &[&str], dir: tempfile::TempDir) -> TestApp {
    let extra: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
    let app = App::start(&config(database_url, &extra)).expect("app starts");
    TestApp {
        addr: app.http_addr(),
        app: Some(app),
        database_url: database_url.to_owned(),
        extra,
        dir,
    }
}

#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn headers_named(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// The CSRF token of the form on this page (in `<main>`: the header's
    /// logout form, when logged in, has the session's).
    #[track_caller]
    pub fn csrf(&self) -> String {
        let marker = "name=\"csrf\" value=\"";
        let main = self.body.find("<main>").unwrap_or(0);
        let start = self.body[main..].find(marker).expect("page has a CSRF field") + main + marker.len();
        let end = self.body[start..].find('"').expect("closing quote") + start;
        self.body[start..end].to_owned()
    }
}

/// Sends raw bytes and reads the answer until the server closes.
pub fn send_raw(addr: SocketAddr, bytes: &[u8]) -> std::io::Result<Response> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    stream.write_all(bytes)?;
    let mut raw = Vec::new();
    // A server may close while we still write or read: keep what arrived.
    let _ = stream.read_to_end(&mut raw);
    parse_response(&raw)
}

pub fn parse_response(raw: &[u8]) -> std::io::Result<Response> {
    let text = String::from_utf8_lossy(raw);
    let (head, body) = text
        .split_once("\r\n\r\n")
        .ok_or_else(|| std::io::Error::other(format!("no response head in {text:?}")))?;
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other("bad status line"))?;
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect();
    Ok(Response {
        status,
        headers,
        body: body.to_owned(),
    })
}

/// A client that keeps the session and CSRF cookies, like a browser.
#[derive(Clone)]
pub struct Browser {
    pub addr: SocketAddr,
    /// The session cookie's value (`myapp_session`).
    pub cookie: Option<String>,
    /// The CSRF cookie's value (`myapp_csrf`), set with the first form shown.
    pub csrf_cookie: Option<String>,
    pub user_agent: String,
}

impl Browser {
    /// A browser with no cookies yet.
    pub fn new(addr: SocketAddr, user_agent: &str) -> Browser {
        Browser {
            addr,
            cookie: None,
            csrf_cookie: None,
            user_agent: user_agent.into(),
        }
    }

    /// The `Cookie` header's value: every cookie held ("" when none).
    pub fn cookie_header(&self) -> String {
        let cookies = [("myapp_session", &self.cookie), ("myapp_csrf", &self.csrf_cookie)];
        let held: Vec<String> = cookies
            .iter()
            .filter_map(|(name, value)| value.as_ref().map(|v| format!("{name}={v}")))
            .collect();
        held.join("; ")
    }

    #[track_caller]
    pub fn get(&mut self, path: &str) -> Response {
        self.request("GET", path, "")
    }

    #[track_caller]
    pub fn post(&mut self, path: &str, body: &str) -> Response {
        self.request("POST", path, body)
    }

    #[track_caller]
    pub fn request(&mut self, method: &str, path: &str, body: &str) -> Response {
        self.request_with(method, path, body, "")
    }

    /// Opens `path`'s form and POSTs `fields` with its CSRF token, and the
    /// extra header lines given (each ending in CRLF).
    #[track_caller]
    pub fn submit(&mut self, path: &str, fields: &str, headers: &str) -> Response {
        let csrf = self.get(path).csrf();
        self.request_with("POST", path, &format!("csrf={csrf}&{fields}"), headers)
    }

    /// A request with extra header lines (each ending in CRLF).
    #[track_caller]
    pub fn request_with(&mut self, method: &str, path: &str, body: &str, headers: &str) -> Response {
        let mut req = format!(
            "{method} {path} HTTP/1.1\r\nHost: test\r\nUser-Agent: {}\r\nConnection: close\r\n{headers}",
            self.user_agent
        );
        let cookies = self.cookie_header();
        if !cookies.is_empty() {
            req.push_str(&format!("Cookie: {cookies}\r\n"));
        }
        if method == "POST" {
            req.push_str(&format!(
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
                body.len()
            ));
        }
        req.push_str("\r\n");
        req.push_str(body);
        let response = send_raw(self.addr, req.as_bytes()).expect("server answers");
        for set in response.headers_named("Set-Cookie") {
            let (name, rest) = set.split_once('=').unwrap_or_default();
            let value = rest.split(';').next().unwrap_or_default();
            let kept = (!value.is_empty()).then(|| value.to_owned());
            match name {
                "myapp_session" => self.cookie = kept,
                "myapp_csrf" => self.csrf_cookie = kept,
                _ => {}
            }
        }
        response
    }

    /// Opens the signup form and submits it.
    #[track_caller]
    pub fn sign_up(&mut self, name: &str, password: &str, intro: &str) -> Response {
        let csrf = self.get("/user/signup").csrf();
        let body = format!(
            "csrf={csrf}&username={}&password={}&introduction={}",
            enc(name),
            enc(password),
            enc(intro)
        );
        self.post("/user/signup", &body)
    }

    /// Opens the login form and submits it.
    #[track_caller]
    pub fn log_in(&mut self, name: &str, password: &str) -> Response {
        let csrf = self.get("/user/login").csrf();
        self.post(
            "/user/login",
            &format!("csrf={csrf}&username={}&password={}", enc(name), enc(password)),
        )
    }
}

/// Form-encodes a value the way a browser does.
pub fn enc(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'*' => (b as char).to_string(),
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[track_caller]
pub fn assert_status(response: &Response, status: u16) {
    assert_eq!(response.status, status, "unexpected status; body:\n{}", response.body);
}

/// Polls until `done` holds, failing the test after `limit`.
#[track_caller]
pub fn wait_until(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let start = std::time::Instant::now();
    while !done() {
        assert!(start.elapsed() < limit, "{what} did not happen within {limit:?}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// A port nothing listens on right now.
/// A TCP connection to `to` from the loopback address `source` (any of
/// 127.0.0.0/8 is this host's), which std cannot choose.
pub fn connect_from(source: Ipv4Addr, to: SocketAddr) -> std::io::Result<TcpStream> {
    connect_prepared(to, |fd| {
        let from = sockaddr(source, 0);
        let len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
        // SAFETY: a valid sockaddr_in of the size given.
        unsafe { libc::bind(fd, (&from as *const libc::sockaddr_in).cast(), len) }
    })
}

/// A TCP connection to `to` whose receive buffer is set to `bytes` before
/// it connects (the kernel raises it to its minimum), so its window is small.
pub fn connect_with_receive_buffer(to: SocketAddr, bytes: libc::c_int) -> std::io::Result<TcpStream> {
    connect_prepared(to, |fd| {
        let len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
        // SAFETY: an int option, of the size given.
        unsafe {
            libc::setsockopt(
                fd,
                libc::SOL_SOCKET,
                libc::SO_RCVBUF,
                (&bytes as *const libc::c_int).cast(),
                len,
            )
        }
    })
}

fn sockaddr(ip: Ipv4Addr, port: u16) -> libc::sockaddr_in {
    libc::sockaddr_in {
        sin_family: libc::AF_INET as libc::sa_family_t,
        sin_port: port.to_be(),
        sin_addr: libc::in_addr {
            s_addr: u32::from(ip).to_be(),
        },
        sin_zero: [0; 8],
    }
}

/// A new IPv4 socket, `prepare`d (0 on success, as libc answers), then
/// connected to `to`.
fn connect_prepared(to: SocketAddr, prepare: impl FnOnce(libc::c_int) -> libc::c_int) -> std::io::Result<TcpStream> {
    let SocketAddr::V4(to) = to else {
        return Err(std::io::Error::other("IPv4 only"));
    };
    // SAFETY: a new socket, owned by the TcpStream at once.
    let stream = unsafe {
        let fd = libc::socket(libc::AF_INET, libc::SOCK_STREAM | libc::SOCK_CLOEXEC, 0);
        if fd < 0 {
            return Err(std::io::Error::last_os_error());
        }
        TcpStream::from_raw_fd(fd)
    };
    let fd = std::os::fd::AsRawFd::as_raw_fd(&stream);
    if prepare(fd) != 0 {
        return Err(std::io::Error::last_os_error());
    }
    let dest = sockaddr(*to.ip(), to.port());
    let len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
    // SAFETY: a valid sockaddr_in of the size given, on an open socket.
    if unsafe { libc::connect(fd, (&dest as *const libc::sockaddr_in).cast(), len) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(stream)
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Flags for a test that signs up more than `--max-signups-per-ip` allows
/// by default from its one address.
pub const MANY_SIGNUPS: [&str; 2] = ["--max-signups-per-ip", "100000"];

/// Twenty browsers sign up the same name at the same instant; their statuses.
pub fn race_twenty_signups(app: &TestApp) -> Vec<u16> {
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(20));
    let threads: Vec<_> = (0..20)
        .map(|i| {
            let mut browser = app.browser();
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                let csrf = browser.get("/user/signup").csrf();
                let body = format!("csrf={csrf}&username=racer&password=password-{i:02}&introduction=");
                barrier.wait();
                browser.post("/user/signup", &body).status
            })
        })
        .collect();
    threads.into_iter().map(|t| t.join().unwrap()).collect()
}

/// A child process that is killed (SIGKILL) and reaped when dropped, so a
/// failing test leaves no server or client running.
pub struct KillOnDrop(pub std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The real binary, started with its own SQLite file and stderr in a file;
/// killed when dropped.
pub struct Binary {
    pub process: KillOnDrop,
    pub addr: SocketAddr,
    pub grpc_port: u16,
    pub stderr: PathBuf,
    pub dir: tempfile::TempDir,
}

impl Binary {
    /// Starts myapp on free ports with `args`; returns once it accepts connections.
    pub fn start(args: &[&str]) -> Binary {
        Binary::start_on("127.0.0.1", args)
    }

    /// Starts myapp with its pages on `host` (`[::]` for dual stack); the
    /// tests reach it on 127.0.0.1 either way.
    pub fn start_on(host: &str, args: &[&str]) -> Binary {
        Binary::launch(host, None, args)
    }

    /// Starts myapp on `database_url` instead of a SQLite file of its own.
    pub fn start_with_database(database_url: &str, args: &[&str]) -> Binary {
        Binary::launch("127.0.0.1", Some(database_url), args)
    }

    /// A port free a moment ago may be taken by the time myapp binds it
    /// (other tests' client sockets draw from the same range), so a start
    /// that exits before accepting is tried again on other ports.
    fn launch(host: &str, database_url: Option<&str>, args: &[&str]) -> Binary {
        const TRIES: usize = 3;
        for attempt in 1..=TRIES {
            let dir = tempfile::tempdir().expect("temp dir");
            let stderr = dir.path().join("stderr.log");
            let (port, grpc) = (free_port(), free_port());
            let database_url =
                database_url.map_or_else(|| format!("sqlite://{}/myapp.db", dir.path().display()), str::to_owned);
            let mut process = KillOnDrop(
                std::process::Command::new(env!("CARGO_BIN_EXE_myapp"))
                    .arg(format!("--http-addr={host}:{port}"))
                    .arg(format!("--grpc-addr=127.0.0.1:{grpc}"))
                    .arg(format!("--database-url={database_url}"))
                    .args(args)
                    .stderr(std::fs::File::create(&stderr).expect("stderr file"))
                    .stdout(std::process::Stdio::null())
                    .spawn()
                    .expect("myapp starts"),
            );
            let addr: SocketAddr = format!("127.0.0.1:{port}").parse().expect("an address");
            let deadline = Instant::now() + Duration::from_secs(10);
            let exited = loop {
                if TcpStream::connect(addr).is_ok() {
                    return Binary {
                        process,
                        addr,
                        grpc_port: grpc,
                        stderr,
                        dir,
                    };
                }
                if let Some(status) = process.0.try_wait().expect("myapp's status") {
                    break status;
                }
                assert!(
                    Instant::now() < deadline,
                    "myapp did not accept connections within 10 s"
                );
                std::thread::sleep(Duration::from_millis(20));
            };
            let log = std::fs::read_to_string(&stderr).unwrap_or_default();
            assert!(
                attempt < TRIES && log.contains("address already in use"),
                "myapp exited at start ({exited}): {log}"
            );
        }
        unreachable!("the last try returns or fails its assertion")
    }

    pub fn browser(&self) -> Browser {
        Browser::new(self.addr, "myapp-tests/1.0 (like Gecko)")
    }

    /// What it has written to stderr so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.stderr).expect("the stderr file")
    }

    /// Waits until a line holding every one of `parts` is written; returns it.
    #[track_caller]
    pub fn wait_for_line(&self, parts: &[&str]) -> String {
        let mut found = None;
        wait_until(&format!("a log line with {parts:?}"), Duration::from_secs(10), || {
            found = self
                .log()
                .lines()
                .find(|line| parts.iter().all(|part| line.contains(part)))
                .map(str::to_owned);
            found.is_some()
        });
        found.expect("found")
    }

    /// The process's threads now.
    pub fn threads(&self) -> usize {
        std::fs::read_dir(format!("/proc/{}/task", self.process.0.id()))
            .expect("a live process")
            .count()
    }

    /// A `kB` figure from /proc/PID/status, e.g. `VmRSS` or `VmHWM` (the peak).
    #[track_caller]
    pub fn memory_kib(&self, field: &str) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.process.0.id())).expect("a live process");
        status
            .lines()
            .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
            .and_then(|v| v.trim().strip_suffix("kB")?.trim().parse().ok())
            .unwrap_or_else(|| panic!("no {field} in {status}"))
    }

    /// Sends SIGTERM and waits for the exit status.
    #[track_caller]
    pub fn terminate(&mut self) -> std::process::ExitStatus {
        // SAFETY: signalling our own child.
        unsafe { libc::kill(self.process.0.id() as i32, libc::SIGTERM) };
        let started = std::time::Instant::now();
        loop {
            if let Some(status) = self.process.0.try_wait().expect("a child to wait for") {
                return status;
            }
            assert!(started.elapsed() < Duration::from_secs(15), "myapp did not exit");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}
