//! Where the log goes: each thread formats its own lines, a finished line is
//! appended to a buffer in memory, and one thread (`log-writer`) writes the
//! buffer to stderr at least every 100 ms, sooner once it passes 64 KiB.
//!
//! Why: simplelog's `WriteLogger` formats a line under one mutex in several
//! small writes. Straight to stderr that was several `write(2)` calls per
//! line under the mutex; into one shared buffer it was still every serving
//! thread formatting its line (the time, the level, the arguments) while the
//! others queued, which with a thousand connection threads became futex
//! sleeps and wake-ups. So `Logger` gives every thread a `WriteLogger` of
//! its own: the line is formatted before any shared lock is taken, the
//! shared buffer's lock is held for one copy, and the writes are one per
//! batch.
//!
//! Memory is bounded: a logging thread that finds the buffer full waits for
//! the writer; no line is dropped. `flush()` (called at the end of `main`)
//! writes out everything still buffered, so a SIGTERM loses nothing.

use std::cell::RefCell;
use std::io::{self, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use log::{LevelFilter, Log, Metadata, Record};
use simplelog::{Config, ConfigBuilder, WriteLogger};

/// The longest a line waits in memory before it is written.
pub const FLUSH_INTERVAL: Duration = Duration::from_millis(100);
/// A buffer this full is written at once.
pub const FLUSH_SOON_BYTES: usize = 64 * 1024;
/// The most bytes buffered; a logging thread waits rather than exceed it.
pub const MAX_BUFFERED_BYTES: usize = 1024 * 1024;

/// The `Write` a thread's logger formats into: it gathers one line, then
/// appends the whole line to the shared buffer.
pub struct LogWriter {
    line: Vec<u8>,
    shared: Arc<Shared>,
    /// Whether each line begins with the time (the logger's writers do).
    stamped: bool,
    /// The last second written, as `2026-11-26T14:32:07.`.
    second: (u64, [u8; 20]),
}

struct Shared {
    buffer: Mutex<Vec<u8>>,
    /// Signalled when the buffer gets its first bytes or passes `FLUSH_SOON_BYTES`.
    wake_writer: Condvar,
    /// Signalled when the buffer has been taken, for loggers waiting for room.
    room: Condvar,
    /// Held while a batch is written, so batches leave in order whether the
    /// writer thread or a `flush()` writes them.
    output: Mutex<Output>,
}

struct Output {
    sink: Box<dyn Write + Send>,
    /// The last batch's buffer, emptied, swapped in for the next batch.
    spare: Vec<u8>,
}

/// Starts the `log-writer` thread writing to `sink`; the handle is the
/// logger's writer. The thread lives as long as the process.
pub fn start(sink: impl Write + Send + 'static) -> io::Result<LogWriter> {
    let shared = Arc::new(Shared {
        buffer: Mutex::new(Vec::new()),
        wake_writer: Condvar::new(),
        room: Condvar::new(),
        output: Mutex::new(Output {
            sink: Box::new(sink),
            spare: Vec::new(),
        }),
    });
    let writer = shared.clone();
    std::thread::Builder::new()
        .name("log-writer".into())
        .spawn(move || loop {
            writer.wait_for_a_batch();
            writer.write_out();
        })?;
    Ok(LogWriter::new(shared, false))
}

impl LogWriter {
    fn new(shared: Arc<Shared>, stamped: bool) -> LogWriter {
        LogWriter {
            line: Vec::new(),
            shared,
            stamped,
            second: (u64::MAX, [0; 20]),
        }
    }

    /// Appends the time in UTC with microseconds always written out
    /// (`2026-11-26T14:32:07.548826Z `), so every line's time has one width
    /// and the columns after it line up. The date and second are formatted
    /// once a second: simplelog's formatting of the time was a quarter of
    /// the log's instructions per line.
    fn stamp(&mut self) {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        let (second, text) = &mut self.second;
        if *second != now.as_secs() {
            *second = now.as_secs();
            let t = i64::try_from(*second)
                .ok()
                .and_then(|s| time::OffsetDateTime::from_unix_timestamp(s).ok())
                .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
            let formatted = format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.",
                t.year(),
                u8::from(t.month()),
                t.day(),
                t.hour(),
                t.minute(),
                t.second()
            );
            text.copy_from_slice(&formatted.as_bytes()[..20]);
        }
        self.line.extend_from_slice(text);
        let micros = now.subsec_micros();
        let digits = [100_000, 10_000, 1_000, 100, 10, 1].map(|unit| b'0' + (micros / unit % 10) as u8);
        self.line.extend_from_slice(&digits);
        self.line.extend_from_slice(b"Z ");
    }
}

/// The process's logger: each thread with a `WriteLogger` of its own (the
/// level and the message, in simplelog's format) over a `LogWriter` (the
/// time) into one shared buffer.
pub struct Logger {
    level: LevelFilter,
    config: Config,
    shared: Arc<Shared>,
    /// Tells this logger's thread-local formatters from another's (tests make several).
    id: u64,
}

thread_local! {
    /// This thread's formatter, and the id of the `Logger` it belongs to.
    static FORMATTER: RefCell<Option<(u64, Box<WriteLogger<LogWriter>>)>> = const { RefCell::new(None) };
}

impl Logger {
    pub fn new(level: LevelFilter, writer: LogWriter) -> Logger {
        static NEXT_ID: AtomicU64 = AtomicU64::new(0);
        Logger {
            level,
            // The time is the writer's; no target, no thread name.
            config: ConfigBuilder::new()
                .set_time_level(LevelFilter::Off)
                .set_target_level(LevelFilter::Off)
                .set_thread_level(LevelFilter::Off)
                .build(),
            shared: writer.shared,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// Makes this the process's logger.
    pub fn init(self) -> Result<(), log::SetLoggerError> {
        log::set_max_level(self.level);
        log::set_boxed_logger(Box::new(self))
    }

    fn formatter(&self) -> Box<WriteLogger<LogWriter>> {
        WriteLogger::new(
            self.level,
            self.config.clone(),
            LogWriter::new(self.shared.clone(), true),
        )
    }
}

impl Log for Logger {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        metadata.level() <= self.level
    }

    fn log(&self, record: &Record<'_>) {
        if !self.enabled(record.metadata()) {
            return;
        }
        let logged = FORMATTER.try_with(|slot| {
            // Busy when formatting a line logs another (a `Display` that logs).
            let Ok(mut slot) = slot.try_borrow_mut() else {
                return false;
            };
            let formatter = match &mut *slot {
                Some((id, formatter)) if *id == self.id => formatter,
                other => &mut other.insert((self.id, self.formatter())).1,
            };
            formatter.log(record);
            true
        });
        // A thread being torn down, or a line logged while formatting one.
        if logged != Ok(true) {
            self.formatter().log(record);
        }
    }

    /// Writes out everything logged so far, by every thread.
    fn flush(&self) {
        self.shared.write_out();
    }
}

/// A poisoned lock still guards a buffer of bytes that is fine to use.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Shared {
    fn append(&self, bytes: &[u8]) {
        let mut buffer = lock(&self.buffer);
        while !buffer.is_empty() && buffer.len() + bytes.len() > MAX_BUFFERED_BYTES {
            buffer = self.room.wait(buffer).unwrap_or_else(PoisonError::into_inner);
        }
        let before = buffer.len();
        buffer.extend_from_slice(bytes);
        // Only these two moments wake the writer: a wake-up is a syscall.
        if before == 0 || (before < FLUSH_SOON_BYTES && buffer.len() >= FLUSH_SOON_BYTES) {
            self.wake_writer.notify_one();
        }
    }

    /// Returns once there is something to write and it has waited long
    /// enough: `FLUSH_INTERVAL` after the first bytes, or the buffer is big.
    fn wait_for_a_batch(&self) {
        let mut buffer = lock(&self.buffer);
        while buffer.is_empty() {
            buffer = self.wake_writer.wait(buffer).unwrap_or_else(PoisonError::into_inner);
        }
        let deadline = Instant::now() + FLUSH_INTERVAL;
        while buffer.len() < FLUSH_SOON_BYTES {
            let now = Instant::now();
            if now >= deadline {
                break;
            }
            buffer = self
                .wake_writer
                .wait_timeout(buffer, deadline - now)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }

    /// Writes out everything buffered, in one `write(2)` where the sink allows.
    fn write_out(&self) {
        let mut output = lock(&self.output);
        let output = &mut *output;
        {
            let mut buffer = lock(&self.buffer);
            if buffer.is_empty() {
                return;
            }
            std::mem::swap(&mut *buffer, &mut output.spare);
        }
        self.room.notify_all();
        // Nowhere to report a failing stderr: the batch is lost, the next may fare better.
        let _ = output.sink.write_all(&output.spare);
        let _ = output.sink.flush();
        output.spare.clear();
    }
}

impl Write for LogWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        if self.stamped && self.line.is_empty() {
            self.stamp();
        }
        self.line.extend_from_slice(bytes);
        // Every record ends in a newline: its line leaves whole, in one append.
        if self.line.last() == Some(&b'\n') {
            self.shared.append(&self.line);
            self.line.clear();
        }
        Ok(bytes.len())
    }

    /// Writes out everything logged so far before returning.
    fn flush(&mut self) -> io::Result<()> {
        if !self.line.is_empty() {
            self.shared.append(&self.line);
            self.line.clear();
        }
        self.shared.write_out();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    /// A sink that keeps what it is given, and how many writes it took.
    #[derive(Clone, Default)]
    struct Recorder {
        written: Arc<Mutex<(Vec<u8>, usize)>>,
        /// While set, writes wait for a message (a stalled stderr).
        gate: Option<Arc<Mutex<mpsc::Receiver<()>>>>,
    }

    impl Recorder {
        fn text(&self) -> String {
            String::from_utf8(lock(&self.written).0.clone()).unwrap()
        }

        fn writes(&self) -> usize {
            lock(&self.written).1
        }
    }

    impl Write for Recorder {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            if let Some(gate) = &self.gate {
                let _ = lock(gate).recv();
            }
            let mut written = lock(&self.written);
            written.0.extend_from_slice(bytes);
            written.1 += 1;
            Ok(bytes.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// Writes a line the way simplelog does: in pieces.
    fn log_line(writer: &mut LogWriter, text: &str) {
        for piece in [&b"2026-11-27T10:00:00Z "[..], b"[INFO] ", text.as_bytes(), b"\n"] {
            writer.write_all(piece).unwrap();
        }
    }

    #[test]
    fn lines_wait_in_memory_and_leave_together_within_the_interval() {
        let sink = Recorder::default();
        let mut writer = start(sink.clone()).unwrap();
        for i in 0..100 {
            log_line(&mut writer, &format!("line {i}"));
        }
        let started = Instant::now();
        while sink.text().lines().count() < 100 {
            assert!(
                started.elapsed() < 10 * FLUSH_INTERVAL,
                "not written within the interval"
            );
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(sink.writes() <= 2, "{} writes for 100 lines", sink.writes());
    }

    #[test]
    fn flush_writes_out_everything_at_once() {
        let sink = Recorder::default();
        let mut writer = start(sink.clone()).unwrap();
        log_line(&mut writer, "first");
        writer.write_all(b"an unfinished line").unwrap();
        writer.flush().unwrap();
        assert!(
            sink.text().ends_with("[INFO] first\nan unfinished line"),
            "{:?}",
            sink.text()
        );
    }

    #[test]
    fn lines_from_many_threads_come_out_whole_and_all_there() {
        let sink = Recorder::default();
        let writer = Arc::new(Mutex::new(start(sink.clone()).unwrap()));
        let threads: Vec<_> = (0..8)
            .map(|t| {
                let writer = writer.clone();
                std::thread::spawn(move || {
                    for i in 0..2_000 {
                        // Long enough lines that the buffer fills and passes its mark.
                        log_line(&mut lock(&writer), &format!("thread {t} line {i} {}", "x".repeat(200)));
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        lock(&writer).flush().unwrap();
        let text = sink.text();
        let mut seen = std::collections::HashSet::new();
        for line in text.lines() {
            let rest = line.strip_prefix("2026-11-27T10:00:00Z [INFO] thread ").expect(line);
            assert!(rest.ends_with(&"x".repeat(200)), "{line}");
            assert!(seen.insert(rest.to_owned()), "twice: {line}");
        }
        assert_eq!(seen.len(), 16_000);
    }

    #[test]
    fn the_logger_formats_each_thread_s_lines_whole_and_loses_none() {
        let sink = Recorder::default();
        let logger = Arc::new(Logger::new(LevelFilter::Info, start(sink.clone()).unwrap()));
        let threads: Vec<_> = (0..8)
            .map(|t| {
                let logger = logger.clone();
                std::thread::spawn(move || {
                    for i in 0..2_000 {
                        let line = format!("thread {t} line {i} {}", "x".repeat(200));
                        logger.log(
                            &Record::builder()
                                .level(log::Level::Info)
                                .args(format_args!("{line}"))
                                .build(),
                        );
                        // Below the level: not written.
                        logger.log(
                            &Record::builder()
                                .level(log::Level::Debug)
                                .args(format_args!("no"))
                                .build(),
                        );
                    }
                })
            })
            .collect();
        for thread in threads {
            thread.join().unwrap();
        }
        logger.flush();
        let text = sink.text();
        let mut seen = std::collections::HashSet::new();
        let now = time::OffsetDateTime::now_utc();
        let today = format!("{:04}-{:02}-{:02}T", now.year(), u8::from(now.month()), now.day());
        for line in text.lines() {
            let (time, rest) = line.split_once(" [INFO] thread ").expect(line);
            // The day (unless the test ran over midnight), the second, six digits, Z.
            let bytes = time.as_bytes();
            assert!(time.starts_with(&today) || now.hour() == 0, "{line}");
            assert!(time.len() == 27 && bytes[19] == b'.' && time.ends_with('Z'), "{line}");
            assert!(bytes[20..26].iter().all(u8::is_ascii_digit), "{line}");
            assert!(rest.ends_with(&"x".repeat(200)), "{line}");
            assert!(seen.insert(rest.to_owned()), "twice: {line}");
        }
        assert_eq!(seen.len(), 16_000);
    }

    #[test]
    fn a_full_buffer_makes_the_logger_wait_and_loses_nothing() {
        let (open, gate) = mpsc::channel();
        let sink = Recorder {
            gate: Some(Arc::new(Mutex::new(gate))),
            ..Recorder::default()
        };
        let mut writer = start(sink.clone()).unwrap();
        let (done, finished) = mpsc::channel();
        let line = "y".repeat(1000);
        let lines = 3 * MAX_BUFFERED_BYTES / 1000;
        std::thread::spawn(move || {
            for _ in 0..lines {
                log_line(&mut writer, &line);
            }
            writer.flush().unwrap();
            done.send(()).unwrap();
        });
        // The writer holds one batch, the buffer fills, then the logger waits.
        assert!(
            finished.recv_timeout(Duration::from_millis(500)).is_err(),
            "the logger should wait"
        );
        for _ in 0..10_000 {
            let _ = open.send(());
        }
        finished
            .recv_timeout(Duration::from_secs(10))
            .expect("the logger finishes once stderr moves");
        assert_eq!(sink.text().lines().count(), lines);
    }
}
