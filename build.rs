//! Generates the protobuf message code for proto/ with protobuf-codegen's
//! pure-Rust parser (no protoc needed). The gRPC method tables are small and
//! written by hand in src/grpc/proto.rs, since grpcio-compiler cannot emit
//! code for protobuf 3.
//!
//! The generated files open with inner attributes, which `include!` rejects
//! inside a module, so this also writes `protos.rs`: one `#[path]` module per
//! generated file, which src/grpc/proto.rs includes.

use std::fmt::Write as _;
use std::path::PathBuf;

const PROTOS: [&str; 3] = [
    "proto/echotest.proto",
    "proto/grpc/health/v1/health.proto",
    "proto/grpc/reflection/v1alpha/reflection.proto",
];

fn main() {
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("protos");
    std::fs::create_dir_all(&out).expect("create the output folder");
    protobuf_codegen::Codegen::new()
        .pure()
        .include("proto")
        .inputs(PROTOS)
        .out_dir(&out)
        .run_from_script();

    let mut modules = String::new();
    for proto in PROTOS {
        let stem = PathBuf::from(proto).file_stem().unwrap().to_string_lossy().into_owned();
        let file = out.join(format!("{stem}.rs"));
        writeln!(modules, "#[path = {:?}]\npub mod {stem};", file.display().to_string()).unwrap();
        println!("cargo:rerun-if-changed={proto}");
    }
    std::fs::write(out.join("protos.rs"), modules).expect("write protos.rs");
}
