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

    link_for_a_small_start();
}

/// Link options that make the server's idle footprint smaller; see link/README.md.
///
/// Start-up runs code from all over the binary (C-core's initialisation,
/// clap, SQLite's schema, …), and the kernel maps a file's pages around each
/// one touched, so without an order nearly the whole text was resident at
/// idle. Placing the functions that start-up and an idle server run first and
/// together keeps the rest of the text out of memory until something calls
/// it. A symbol the order names but the binary lacks is skipped: a stale
/// list only costs memory, never correctness.
///
/// Packed relative relocations (DT_RELR, glibc 2.36+) shrink the table the
/// dynamic loader reads at every start from 600 KB to a few KB.
///
/// Both need LLD, which rustc links x86_64 Linux with since 1.90; with
/// another linker the options are left out, with a warning.
fn link_for_a_small_start() {
    println!("cargo:rerun-if-changed=link/startup.order");
    println!("cargo:rerun-if-env-changed=RUSTFLAGS");
    if let Err(why) = links_with_lld() {
        println!("cargo:warning=link/startup.order not applied: {why}");
        return;
    }
    let order = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
        .join("link/startup.order");
    println!(
        "cargo:rustc-link-arg-bin=myapp=-Wl,--symbol-ordering-file={}",
        order.display()
    );
    println!("cargo:rustc-link-arg-bin=myapp=-Wl,--no-warn-symbol-ordering");
    println!("cargo:rustc-link-arg-bin=myapp=-Wl,-z,pack-relative-relocs");
}

/// Whether rustc links this build with its own LLD: x86_64 Linux (glibc),
/// rustc 1.90 or later, no linker chosen in the flags.
fn links_with_lld() -> Result<(), String> {
    let target = std::env::var("TARGET").unwrap_or_default();
    if target != "x86_64-unknown-linux-gnu" {
        return Err(format!("the target is {target}, not x86_64-unknown-linux-gnu"));
    }
    let flags = std::env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    if flags.contains("linker") || flags.contains("link-self-contained") || flags.contains("fuse-ld") {
        return Err("RUSTFLAGS choose the linker".into());
    }
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let version = std::process::Command::new(rustc)
        .arg("--version")
        .output()
        .map_err(|e| format!("rustc --version: {e}"))?;
    let version = String::from_utf8_lossy(&version.stdout);
    // "rustc 1.95.0 (59807616e 2026-04-14)"
    let minor = version
        .split_whitespace()
        .nth(1)
        .and_then(|v| v.split('.').nth(1))
        .and_then(|m| m.parse::<u32>().ok())
        .ok_or_else(|| format!("unreadable rustc version {version:?}"))?;
    if minor < 90 {
        return Err(format!("{} links with the system linker, not LLD", version.trim()));
    }
    Ok(())
}
