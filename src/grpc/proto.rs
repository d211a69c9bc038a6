//! The generated protobuf messages, and the gRPC method tables for them.
//!
//! grpcio-compiler only emits code for protobuf 2, and protobuf 2 has a
//! stack-overflow advisory (RUSTSEC-2024-0437), so the messages come from
//! protobuf 3.7 (build.rs) and the few method tables are written here.

#![allow(clippy::all, missing_docs)]

include!(concat!(env!("OUT_DIR"), "/protos/protos.rs"));

use std::sync::Arc;

use grpcio::{GrpcSlice, Marshaller, MessageReader, Method, MethodType};
use protobuf::Message;

pub use echotest::{ClockRequest, EchoReply, EchoRequest};

use crate::clock::Tick;

/// What the server sends on `Echo` and `Clock` streams: an `EchoReply` made
/// for one stream, or a time push whose encoded `EchoReply` every stream of
/// the round shares (encoded once, copied into each stream's message).
pub enum Reply {
    One(EchoReply),
    Time(Arc<Tick>),
}

fn reply_ser(reply: &Reply, buf: &mut GrpcSlice) -> grpcio::Result<()> {
    match reply {
        Reply::One(reply) => grpcio::pb_ser(reply, buf),
        Reply::Time(tick) => {
            *buf = GrpcSlice::from(tick.encoded(time_push));
            Ok(())
        }
    }
}

/// A time push's `EchoReply`, as the seed's clients read it.
fn time_push(now: &str) -> Vec<u8> {
    let mut reply = EchoReply::new();
    reply.nowtime = now.to_owned();
    reply
        .write_to_bytes()
        .expect("an EchoReply of one string always encodes")
}

/// Only clients decode replies; the server never does, but a method table needs both ways.
fn reply_de(reader: MessageReader) -> grpcio::Result<Reply> {
    grpcio::pb_de(reader).map(Reply::One)
}

const fn served<Req: Message>(method: Method<Req, EchoReply>) -> Method<Req, Reply> {
    Method {
        ty: method.ty,
        name: method.name,
        req_mar: method.req_mar,
        resp_mar: Marshaller {
            ser: reply_ser,
            de: reply_de,
        },
    }
}

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
/// `ECHO` and `CLOCK` as the server answers them: the same wire messages.
pub const ECHO_SERVED: Method<EchoRequest, Reply> = served(ECHO);
pub const CLOCK_SERVED: Method<ClockRequest, Reply> = served(CLOCK);

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
