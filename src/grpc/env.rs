//! The completion-queue threads both ends of myapp's gRPC run on.

use grpcio::{EnvBuilder, Environment};

extern "C" {
    /// From the patched C-core (vendor/grpcio-sys/PATCHES.md, fourth
    /// change): marks the calling thread as one that polls a completion
    /// queue in a loop, so a connection may hold a write back until the
    /// thread has handed out the events at hand.
    fn grpc_myapp_coalesce_writes_on_this_thread();
}

/// `threads` completion queues with a polling thread each, named
/// `{name}-N`. Each thread sends what the calls it serves wrote in one
/// `sendmsg` per connection once it runs out of events (at the latest after
/// 32 of them), instead of one per reply: grpc-go's writer works the same way.
pub fn environment(threads: usize, name: &str) -> Environment {
    EnvBuilder::new()
        .cq_count(threads.max(1))
        .name_prefix(name)
        // SAFETY: takes no arguments and only sets a thread-local flag; the
        // thread is grpcio's, which polls its queue until shutdown.
        .after_start(|| {
            if std::env::var_os("AB_OFF").is_none() {
                unsafe { grpc_myapp_coalesce_writes_on_this_thread() }
            }
            if std::env::var_os("AB_NORELAY").is_none() {
                crate::clock::make_this_thread_a_home();
            }
        })
        .build()
}
