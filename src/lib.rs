//! myapp: a Rust rebuild of the Go myapp web server.
//!
//! Pages over HTTP (sign up, log in, a profile showing the visit's details)
//! on tiny_http worker threads, accounts in an embedded SQLite file, sessions
//! in an in-memory map; a gRPC echo and time stream on grpcio. `App::start`
//! runs it all; `main.rs` only wires config, logging and signals around it.
//!
//! gRPC, and with it `App`, is the default `grpc` feature; only the fuzz
//! crate (`fuzz/`) turns it off, to fuzz the pages without building C-core.

pub mod account;
#[cfg(feature = "grpc")]
pub mod app;
pub mod clock;
pub mod config;
#[cfg(feature = "grpc")]
pub mod grpc;
pub mod hashing;
pub mod healthcheck;
pub mod hostinfo;
pub mod logtext;
pub mod logwriter;
pub mod metrics;
pub mod password;
pub mod session;
pub mod store;
pub mod web;

#[cfg(feature = "grpc")]
pub use app::App;
pub use config::Config;
