//! One integration-test binary (each binary links everything, so one is cheapest):
//! a real myapp on a real socket, a real SQLite file, real HTTP.

mod abuse;
mod access_log;
mod accounts;
mod bad_input;
mod cli;
mod clock;
mod framing;
mod grpc;
mod grpc_flood;
mod h2;
mod hardening;
mod hashing;
mod languages;
mod mariadb;
mod mysql;
mod names;
mod operators;
mod pages;
mod readme;
mod replicas;
mod settings;
mod shutdown;
mod support;
mod ux;
mod visitors;
