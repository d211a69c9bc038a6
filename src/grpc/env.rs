//! The completion-queue threads both ends of myapp's gRPC run on.

use grpcio::{EnvBuilder, Environment};

extern "C" {
    /// From the patched C-core (vendor/grpcio-sys/PATCHES.md, fourth
    /// change): marks the calling thread as one that polls a completion
    /// queue in a loop, so a connection may hold a write back until the
    /// thread has handed out the events at hand.
    fn grpc_myapp_coalesce_writes_on_this_thread();
}

/// Makes C-core poll with `poll(2)` rather than its default epoll engine,
/// unless `GRPC_POLL_STRATEGY` is set already. Each poll thread then reads
/// the connections it accepted, whose calls land on its own completion
/// queue; with epoll one thread reads for all and hands every message to the
/// thread of its call (measured: 7.3 against 3.4–4.4 µs of server CPU a
/// pingpong message; bench/analysis.md). Call first thing in `main`, while
/// the process has one thread: C-core reads the variable when it starts.
pub fn choose_poller() {
    if std::env::var_os(POLL_STRATEGY).is_none() {
        std::env::set_var(POLL_STRATEGY, "poll");
    }
}

const POLL_STRATEGY: &str = "GRPC_POLL_STRATEGY";

/// `threads` completion queues with a polling thread each, named
/// `{name}-N`. Each thread sends what the calls it serves wrote in one
/// `sendmsg` per connection once it runs out of events (at the latest after
/// 32 of them), instead of one per reply: grpc-go's writer works the same
/// way. Push rounds wake a thread's streams from the thread (clock/relay.rs).
pub fn environment(threads: usize, name: &str) -> Environment {
    EnvBuilder::new()
        .cq_count(threads.max(1))
        .name_prefix(name)
        .after_start(|| {
            // SAFETY: takes no arguments and only sets a thread-local flag;
            // the thread is grpcio's, which polls its queue until shutdown.
            unsafe { grpc_myapp_coalesce_writes_on_this_thread() };
            crate::clock::make_this_thread_a_home();
        })
        .build()
}
