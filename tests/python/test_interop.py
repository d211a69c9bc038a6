"""Interop: a gRPC C-core client in another language (Python) against the
real myapp binary. Echoes, reads the clock, checks health, and discovers the
Echo service through server reflection alone (no proto file)."""

import sys
import time

import grpc
import pytest
from google.protobuf import descriptor_pool, message_factory
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha.proto_reflection_descriptor_database import (
    ProtoReflectionDescriptorDatabase,
)

from myapp_process import MyappProcess

TIMEOUT = 20


@pytest.fixture(scope="module")
def server():
    app = MyappProcess("--push-interval=300ms")
    channel = grpc.insecure_channel(f"127.0.0.1:{app.grpc}")
    grpc.channel_ready_future(channel).result(timeout=TIMEOUT)
    yield channel
    channel.close()
    app.stop(timeout=TIMEOUT)


@pytest.fixture(scope="module")
def echo_types(server):
    """Message classes for echotest, built from what reflection returns."""
    database = ProtoReflectionDescriptorDatabase(server)
    assert "echotest.Echo" in database.get_services()
    pool = descriptor_pool.DescriptorPool(database)
    service = pool.FindServiceByName("echotest.Echo")
    echo = service.FindMethodByName("Echo")
    assert echo.client_streaming and echo.server_streaming
    clock = service.FindMethodByName("Clock")
    assert not clock.client_streaming and clock.server_streaming
    classes = {
        name: message_factory.GetMessageClass(pool.FindMessageTypeByName(f"echotest.{name}"))
        for name in ("EchoRequest", "EchoReply", "ClockRequest")
    }
    return classes


def call(channel, kind, path, request_class, reply_class):
    make = getattr(channel, kind)
    return make(path, request_serializer=request_class.SerializeToString,
                response_deserializer=reply_class.FromString)


def test_echo_answers_in_order_with_time_pushes_between(server, echo_types):
    req, reply = echo_types["EchoRequest"], echo_types["EchoReply"]
    echo = call(server, "stream_stream", "/echotest.Echo/Echo", req, reply)

    def lines():
        for word in ["hello", "你好", "bye"]:
            yield req(input=word)
        time.sleep(0.8)  # long enough for time pushes to arrive

    outputs, times = [], []
    for r in echo(lines(), timeout=TIMEOUT):
        (outputs if r.output else times).append(r.output or r.nowtime)
    assert outputs == ["echo:hello", "echo:你好", "echo:bye"]
    assert times, "time pushes arrive on the same stream"
    time.strptime(times[0], "%Y-%m-%d %H:%M:%S")


def test_clock_pushes_at_the_interval_asked_for(server, echo_types):
    clock = call(server, "unary_stream", "/echotest.Echo/Clock",
                 echo_types["ClockRequest"], echo_types["EchoReply"])
    stream = clock(echo_types["ClockRequest"](interval_ms=100), timeout=TIMEOUT)
    start = time.monotonic()
    got = [next(stream).nowtime for _ in range(3)]
    stream.cancel()
    assert all(got)
    assert time.monotonic() - start < 2


def test_health_is_serving(server):
    stub = health_pb2_grpc.HealthStub(server)
    assert stub.Check(health_pb2.HealthCheckRequest(service=""), timeout=TIMEOUT).status \
        == health_pb2.HealthCheckResponse.SERVING
    assert stub.Check(health_pb2.HealthCheckRequest(service="echotest.Echo"), timeout=TIMEOUT).status \
        == health_pb2.HealthCheckResponse.SERVING
    with pytest.raises(grpc.RpcError) as err:
        stub.Check(health_pb2.HealthCheckRequest(service="no.Such"), timeout=TIMEOUT)
    assert err.value.code() == grpc.StatusCode.NOT_FOUND


def test_an_oversized_message_gets_resource_exhausted(server, echo_types):
    req, reply = echo_types["EchoRequest"], echo_types["EchoReply"]
    echo = call(server, "stream_stream", "/echotest.Echo/Echo", req, reply)
    with pytest.raises(grpc.RpcError) as err:
        for _ in echo(iter([req(input="x" * 200_000)]), timeout=TIMEOUT):
            pass
    assert err.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED


def test_compressed_messages_decode_and_the_limit_holds_once_decompressed(server, echo_types):
    """myapp never compresses what it sends, but takes gzip from clients; the
    size limit applies to what a message decompresses to (a zip bomb of
    200,000 bytes arrives as a few hundred)."""
    req, reply = echo_types["EchoRequest"], echo_types["EchoReply"]
    echo = call(server, "stream_stream", "/echotest.Echo/Echo", req, reply)
    line = "compress me " * 100
    answers = echo(iter([req(input=line)]), timeout=TIMEOUT, compression=grpc.Compression.Gzip)
    assert [r.output for r in answers if r.output] == ["echo:" + line]
    with pytest.raises(grpc.RpcError) as err:
        for _ in echo(iter([req(input="x" * 200_000)]), timeout=TIMEOUT, compression=grpc.Compression.Gzip):
            pass
    assert err.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-v"]))
