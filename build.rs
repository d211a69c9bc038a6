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

/// Link options that make the server's idle footprint smaller; see bench/startup-order/README.md.
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
///
/// C-core's C++ runtime is linked in statically (only the parts it uses)
/// rather than mapping the whole shared libstdc++, whose symbol tables the
/// dynamic loader reads through at every start: 1.4 MB of the idle RSS.
fn link_for_a_small_start() {
    link_libstdcxx_statically();
    println!("cargo:rerun-if-changed=bench/startup-order/startup.order");
    println!("cargo:rerun-if-env-changed=RUSTFLAGS");
    if let Err(why) = links_with_lld() {
        println!("cargo:warning=bench/startup-order/startup.order not applied: {why}");
        return;
    }
    let order = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"))
        .join("bench/startup-order/startup.order");
    if !order.is_file() {
        println!(
            "cargo:warning={} is missing: the binary is linked in the default order",
            order.display()
        );
        return;
    }
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

/// Puts a folder holding only GCC's `libstdc++.a` on the link path: the
/// `-lstdc++` that C-core's build asks for then finds the archive before the
/// shared library in the compiler's own folders. Only with the `grpc`
/// feature: without it nothing of ours needs libstdc++, and the fuzz crate's
/// libFuzzer, built with sanitizers, keeps the shared one it was tested with.
fn link_libstdcxx_statically() {
    if std::env::var_os("CARGO_FEATURE_GRPC").is_none() {
        return;
    }
    let archive = std::process::Command::new(std::env::var("CXX").unwrap_or_else(|_| "c++".into()))
        .arg("-print-file-name=libstdc++.a")
        .output()
        .ok()
        .map(|out| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
        .filter(|path| path.is_absolute());
    let Some(archive) = archive else {
        println!("cargo:warning=libstdc++.a not found: libstdc++ is linked as a shared library");
        return;
    };
    let folder = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("static-libstdcxx");
    std::fs::create_dir_all(&folder).expect("create the static-libstdcxx folder");
    let link = folder.join("libstdc++.a");
    // From an earlier run; it may name another compiler's archive.
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink(&archive, &link).expect("link libstdc++.a into the static-libstdcxx folder");
    println!("cargo:rerun-if-env-changed=CXX");
    println!("cargo:rustc-link-search=native={}", folder.display());
}
