//! The hash workers: a fixed number of threads (`--hash-workers`, default
//! one per core) that do every argon2 hash and check, so that however many
//! requests are served at once, at most that many 19 MiB blocks exist.
//!
//! A handler sends its job down a channel and waits for the answer on a
//! channel of its own; jobs queue in order and none is dropped. Waiting holds
//! no lock. Each worker keeps its argon2 memory between jobs (see `password`),
//! and gives it back after `MEMORY_IDLE_RELEASE` without work, so a burst of
//! sign-ups does not leave a block per worker held for good.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use log::error;

use crate::password::{self, HashError, Memory, Verdict};

/// A worker this long without a job frees its argon2 memory.
pub const MEMORY_IDLE_RELEASE: Duration = Duration::from_secs(30);

enum Job {
    Hash {
        password: String,
        answer: Sender<Result<String, HashError>>,
    },
    Verify {
        password: String,
        stored: String,
        answer: Sender<Verdict>,
    },
}

/// The workers and their queue; dropping it ends them once the queue is done.
pub struct Hasher {
    jobs: Option<Sender<Job>>,
    workers: Vec<JoinHandle<()>>,
    /// Checked when a name is unknown, so that costs what a wrong password does.
    decoy: String,
    /// argon2 memory the workers hold between jobs, in bytes.
    held: Arc<AtomicUsize>,
}

impl Hasher {
    /// Starts `workers` named threads (`hash-worker-0`, …), at least one.
    pub fn start(workers: usize) -> std::io::Result<Hasher> {
        Hasher::start_releasing_after(workers, MEMORY_IDLE_RELEASE)
    }

    fn start_releasing_after(workers: usize, idle: Duration) -> std::io::Result<Hasher> {
        // Unbounded, yet bounded by the callers: each waits for its answer
        // before it can send another job, so the queue holds at most one job
        // per thread serving a request.
        let (jobs, queue) = crossbeam_channel::unbounded();
        let held = Arc::new(AtomicUsize::new(0));
        let workers = (0..workers.max(1))
            .map(|i| {
                let (queue, held) = (queue.clone(), held.clone());
                std::thread::Builder::new()
                    .name(format!("hash-worker-{i}"))
                    .spawn(move || work(&queue, idle, &held))
            })
            .collect::<std::io::Result<Vec<_>>>()?;
        Ok(Hasher {
            jobs: Some(jobs),
            workers,
            decoy: password::decoy_hash(),
            held,
        })
    }

    /// argon2 memory the workers hold right now, in bytes.
    pub fn memory_held_bytes(&self) -> usize {
        self.held.load(Ordering::Relaxed)
    }

    /// The number of worker threads.
    pub fn workers(&self) -> usize {
        self.workers.len()
    }

    /// Hashes a new password (argon2id, a random salt) as a PHC string.
    pub fn hash(&self, password: &str) -> Result<String, HashError> {
        let (answer, answered) = crossbeam_channel::bounded(1);
        self.send(Job::Hash {
            password: password.to_owned(),
            answer,
        })
        .map_err(|()| HashError("the hash workers have stopped".into()))?;
        answered
            .recv()
            .unwrap_or_else(|_| Err(HashError("a hash worker failed".into())))
    }

    /// Checks a password against a stored hash. A seed MD5 row is checked
    /// at once, then costs an argon2 check of the decoy all the same: a seed
    /// account must not be told from any other, or from an unknown name, by
    /// the time its refusal takes.
    pub fn verify(&self, password: &str, stored: &str) -> Verdict {
        if let Some(verdict) = password::verify_seed_md5(password, stored) {
            self.verify_against_nobody(password);
            return verdict;
        }
        let (answer, answered) = crossbeam_channel::bounded(1);
        let job = Job::Verify {
            password: password.to_owned(),
            stored: stored.to_owned(),
            answer,
        };
        if self.send(job).is_err() {
            return Verdict::Mismatch;
        }
        answered.recv().unwrap_or(Verdict::Mismatch)
    }

    /// Spends the same work, in the same queue, as checking a real account,
    /// so that an unknown name cannot be told from a wrong password by timing.
    pub fn verify_against_nobody(&self, password: &str) {
        let _ = self.verify(password, &self.decoy);
    }

    fn send(&self, job: Job) -> Result<(), ()> {
        let jobs = self.jobs.as_ref().ok_or(())?;
        jobs.send(job).map_err(|_| ())
    }
}

impl Drop for Hasher {
    /// Closes the queue; the workers finish the jobs in it and end.
    fn drop(&mut self) {
        self.jobs = None;
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
    }
}

/// A finished job: its result and where to send it.
enum Done {
    Hash(Result<String, HashError>, Sender<Result<String, HashError>>),
    Verify(Verdict, Sender<Verdict>),
}

fn work(queue: &Receiver<Job>, idle: Duration, held: &AtomicUsize) {
    let mut memory = Memory::new();
    loop {
        let job = match queue.recv_timeout(idle) {
            Ok(job) => job,
            Err(RecvTimeoutError::Timeout) => {
                held.fetch_sub(memory.held_bytes(), Ordering::Relaxed);
                memory = Memory::new();
                match queue.recv() {
                    Ok(job) => job,
                    Err(_) => break,
                }
            }
            Err(RecvTimeoutError::Disconnected) => break,
        };
        let before = memory.held_bytes();
        // A panic in argon2 would be a bug; it costs that one job (its
        // answer channel is dropped, so its caller sees a failure), not the worker.
        let done = catch_unwind(AssertUnwindSafe(|| match job {
            Job::Hash { password, answer } => Done::Hash(password::hash(&mut memory, &password), answer),
            Job::Verify {
                password,
                stored,
                answer,
            } => Done::Verify(password::verify(&mut memory, &password, &stored), answer),
        }));
        if done.is_err() {
            error!("a hash worker's job panicked");
            memory = Memory::new();
        }
        // Counted before answering, so a caller that got its answer sees it.
        held.fetch_add(memory.held_bytes(), Ordering::Relaxed);
        held.fetch_sub(before, Ordering::Relaxed);
        match done {
            Ok(Done::Hash(hash, answer)) => {
                let _ = answer.send(hash);
            }
            Ok(Done::Verify(verdict, answer)) => {
                let _ = answer.send(verdict);
            }
            Err(_) => {}
        }
    }
    held.fetch_sub(memory.held_bytes(), Ordering::Relaxed);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_and_checks_through_the_workers() {
        let hasher = Hasher::start(2).unwrap();
        assert_eq!(hasher.workers(), 2);
        let h = hasher.hash("correct horse").unwrap();
        assert_eq!(hasher.verify("correct horse", &h), Verdict::Match);
        assert_eq!(hasher.verify("wrong horse", &h), Verdict::Mismatch);
        let seed = format!("{:x}", md5::compute(b"123456"));
        assert_eq!(hasher.verify("123456", &seed), Verdict::MatchNeedsUpgrade);
        assert_eq!(hasher.verify("123456", "garbage"), Verdict::Mismatch);
        hasher.verify_against_nobody("correct horse");
    }

    #[test]
    fn more_callers_than_workers_all_get_their_answer() {
        let hasher = Arc::new(Hasher::start(1).unwrap());
        let callers: Vec<_> = (0..6)
            .map(|i| {
                let hasher = hasher.clone();
                std::thread::spawn(move || {
                    let password = format!("password-{i}");
                    let h = hasher.hash(&password).unwrap();
                    (hasher.verify(&password, &h), hasher.verify("other", &h))
                })
            })
            .collect();
        for caller in callers {
            assert_eq!(caller.join().unwrap(), (Verdict::Match, Verdict::Mismatch));
        }
    }

    #[test]
    fn each_worker_keeps_one_block_and_frees_it_when_idle() {
        let idle = Duration::from_millis(300);
        let hasher = Arc::new(Hasher::start_releasing_after(2, idle).unwrap());
        assert_eq!(hasher.memory_held_bytes(), 0, "nothing before the first job");
        let callers: Vec<_> = (0..8)
            .map(|i| {
                let hasher = hasher.clone();
                std::thread::spawn(move || hasher.hash(&format!("password-{i}")).unwrap())
            })
            .collect();
        for caller in callers {
            caller.join().unwrap();
        }
        let block = 19 * 1024 * 1024;
        let held = hasher.memory_held_bytes();
        assert!(
            held == block || held == 2 * block,
            "{held} bytes for 8 hashes on 2 workers"
        );
        let started = std::time::Instant::now();
        while hasher.memory_held_bytes() > 0 {
            assert!(
                started.elapsed() < 10 * idle,
                "still held after {:?}",
                started.elapsed()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        // And taken again for the next job.
        hasher.hash("again").unwrap();
        assert_eq!(hasher.memory_held_bytes(), block);
    }

    #[test]
    fn workers_are_named() {
        let hasher = Hasher::start(3).unwrap();
        let names: Vec<_> = hasher
            .workers
            .iter()
            .map(|w| w.thread().name().unwrap_or_default().to_owned())
            .collect();
        assert_eq!(names, ["hash-worker-0", "hash-worker-1", "hash-worker-2"]);
    }
}
