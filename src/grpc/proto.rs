//! The generated protobuf messages, and the gRPC method tables for them.
//!
//! grpcio-compiler only emits code for protobuf 2, and protobuf 2 has a
//! stack-overflow advisory (RUSTSEC-2024-0437), so the messages come from
//! protobuf 3.7 (build.rs) and the few method tables are written here.

#![allow(clippy::all, missing_docs)]

include!(concat!(env!("OUT_DIR"), "/protos/protos.rs"));

use grpcio::{Marshaller, Method, MethodType};

pub use echotest::{ClockRequest, EchoReply, EchoRequest};

const fn method<Req, Resp>(ty: MethodType, name: &'static str) -> Method<Req, Resp>
where
    Req: protobuf::Message,
    Resp: protobuf::Message,
{
    Method {
        ty,
        name,
        req_mar: Marshaller {
            ser: grpcio::pb_ser,
            de: grpcio::pb_de,
        },
        resp_mar: Marshaller {
            ser: grpcio::pb_ser,
            de: grpcio::pb_de,
        },
    }
}

pub const ECHO: Method<EchoRequest, EchoReply> = method(MethodType::Duplex, "/echotest.Echo/Echo");
pub const CLOCK: Method<ClockRequest, EchoReply> = method(MethodType::ServerStreaming, "/echotest.Echo/Clock");

pub const HEALTH_CHECK: Method<health::HealthCheckRequest, health::HealthCheckResponse> =
    method(MethodType::Unary, "/grpc.health.v1.Health/Check");
pub const HEALTH_WATCH: Method<health::HealthCheckRequest, health::HealthCheckResponse> =
    method(MethodType::ServerStreaming, "/grpc.health.v1.Health/Watch");

pub type ReflectionMethod = Method<reflection::ServerReflectionRequest, reflection::ServerReflectionResponse>;
pub const REFLECTION_V1ALPHA: ReflectionMethod = method(
    MethodType::Duplex,
    "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo",
);
/// v1 has the same messages as v1alpha under another package name.
pub const REFLECTION_V1: ReflectionMethod = method(
    MethodType::Duplex,
    "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo",
);
