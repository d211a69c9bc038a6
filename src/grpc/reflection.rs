//! Server reflection (`grpc.reflection.v1alpha` and `v1`), so tools such as
//! grpcurl can list and call the services without the proto files, as the
//! seed allowed. No crate serves it for grpcio; this answers from the file
//! descriptors that protobuf-codegen embedded in the generated code.

use std::collections::HashMap;
use std::sync::Arc;

use futures_util::{SinkExt, StreamExt};
use grpcio::{DuplexSink, RequestStream, RpcContext, RpcStatusCode, Service, ServiceBuilder, WriteFlags};
use protobuf::descriptor::{DescriptorProto, FileDescriptorProto};
use protobuf::{Message, MessageField};

use super::calls::{spawn_answer, CallLog};
use super::gauge::{too_many_streams, StreamGauge};
use super::proto::reflection::server_reflection_request::Message_request as Ask;
use super::proto::reflection::server_reflection_response::Message_response as Answer;
use super::proto::reflection::{
    ErrorResponse, ExtensionNumberResponse, FileDescriptorResponse, ListServiceResponse, ServerReflectionRequest,
    ServerReflectionResponse, ServiceResponse,
};
use super::proto::{self, ReflectionMethod};

/// gRPC's NOT_FOUND, as reflection's error responses carry it.
const NOT_FOUND: i32 = 5;

/// Every proto file myapp serves, with its symbols and serialized descriptor.
struct Files {
    services: Vec<String>,
    /// File name → serialized `FileDescriptorProto`.
    by_name: HashMap<String, Vec<u8>>,
    /// Fully qualified symbol → file name.
    by_symbol: HashMap<String, String>,
}

impl Files {
    fn new() -> Files {
        let reflection = proto::reflection::file_descriptor().proto().clone();
        let reflection_v1 = renamed_package(&reflection, "grpc.reflection.v1", "grpc/reflection/v1/reflection.proto");
        let all = [
            proto::echotest::file_descriptor().proto().clone(),
            proto::health::file_descriptor().proto().clone(),
            reflection,
            reflection_v1,
        ];
        let mut files = Files {
            services: Vec::new(),
            by_name: HashMap::new(),
            by_symbol: HashMap::new(),
        };
        for file in all {
            let name = file.name().to_owned();
            let package = file.package();
            for service in &file.service {
                let service_name = format!("{package}.{}", service.name());
                for method in &service.method {
                    files
                        .by_symbol
                        .insert(format!("{service_name}.{}", method.name()), name.clone());
                }
                files.by_symbol.insert(service_name.clone(), name.clone());
                files.services.push(service_name);
            }
            for message in &file.message_type {
                add_message_symbols(&mut files.by_symbol, package, message, &name);
            }
            for e in &file.enum_type {
                files.by_symbol.insert(format!("{package}.{}", e.name()), name.clone());
            }
            let bytes = file.write_to_bytes().expect("generated descriptors serialize");
            files.by_name.insert(name, bytes);
        }
        files.services.sort();
        files
    }

    fn answer(&self, ask: Option<Ask>) -> Answer {
        let file = |name: Option<&String>| match name.and_then(|n| self.by_name.get(n)) {
            Some(bytes) => {
                let mut r = FileDescriptorResponse::new();
                r.file_descriptor_proto = vec![bytes.clone()];
                Answer::FileDescriptorResponse(r)
            }
            None => not_found("no such file or symbol"),
        };
        match ask {
            Some(Ask::ListServices(_)) => {
                let mut r = ListServiceResponse::new();
                r.service = self
                    .services
                    .iter()
                    .map(|name| {
                        let mut s = ServiceResponse::new();
                        s.name = name.clone();
                        s
                    })
                    .collect();
                Answer::ListServicesResponse(r)
            }
            Some(Ask::FileByFilename(name)) => file(Some(&name)),
            Some(Ask::FileContainingSymbol(symbol)) => file(self.by_symbol.get(symbol.trim_start_matches('.'))),
            Some(Ask::AllExtensionNumbersOfType(type_name)) if self.by_symbol.contains_key(&type_name) => {
                // proto3 files declare no extensions.
                let mut r = ExtensionNumberResponse::new();
                r.base_type_name = type_name;
                Answer::AllExtensionNumbersResponse(r)
            }
            Some(Ask::AllExtensionNumbersOfType(_) | Ask::FileContainingExtension(_)) => not_found("no such extension"),
            None => not_found("empty request"),
        }
    }
}

fn add_message_symbols(symbols: &mut HashMap<String, String>, scope: &str, message: &DescriptorProto, file: &str) {
    let full = format!("{scope}.{}", message.name());
    for nested in &message.nested_type {
        add_message_symbols(symbols, &full, nested, file);
    }
    for e in &message.enum_type {
        symbols.insert(format!("{full}.{}", e.name()), file.to_owned());
    }
    symbols.insert(full, file.to_owned());
}

/// The same file under another package: reflection v1 is v1alpha renamed.
fn renamed_package(file: &FileDescriptorProto, package: &str, name: &str) -> FileDescriptorProto {
    let (old, new) = (format!(".{}.", file.package()), format!(".{package}."));
    let rename = |t: &mut Option<String>| {
        if let Some(t) = t {
            *t = t.replace(&old, &new);
        }
    };
    let mut file = file.clone();
    file.set_package(package.to_owned());
    file.set_name(name.to_owned());
    for message in &mut file.message_type {
        for field in &mut message.field {
            rename(&mut field.type_name);
        }
    }
    for service in &mut file.service {
        for method in &mut service.method {
            rename(&mut method.input_type);
            rename(&mut method.output_type);
        }
    }
    file
}

fn not_found(message: &str) -> Answer {
    let mut e = ErrorResponse::new();
    e.error_code = NOT_FOUND;
    e.error_message = message.to_owned();
    Answer::ErrorResponse(e)
}

#[derive(Clone)]
pub struct ReflectionService {
    files: Arc<Files>,
    /// Reflection streams count like any other.
    streams: Arc<StreamGauge>,
    calls: Arc<CallLog>,
}

impl ReflectionService {
    pub fn new(streams: Arc<StreamGauge>, calls: Arc<CallLog>) -> ReflectionService {
        ReflectionService {
            files: Arc::new(Files::new()),
            streams,
            calls,
        }
    }

    /// The v1alpha and the v1 service; they share one set of answers.
    pub fn build(self) -> [Service; 2] {
        [proto::REFLECTION_V1ALPHA, proto::REFLECTION_V1].map(|method| self.clone().service(method))
    }

    fn service(self, method: ReflectionMethod) -> Service {
        ServiceBuilder::new()
            .add_duplex_streaming_handler(&method, move |ctx, requests, sink| {
                self.serve(&ctx, method.name, requests, sink)
            })
            .build()
    }

    fn serve(
        &self,
        ctx: &RpcContext<'_>,
        method: &'static str,
        mut requests: RequestStream<ServerReflectionRequest>,
        mut sink: DuplexSink<ServerReflectionResponse>,
    ) {
        let mut call = self.calls.begin(ctx, method);
        let Some(guard) = self.streams.enter(call.peer()) else {
            let code = RpcStatusCode::RESOURCE_EXHAUSTED;
            spawn_answer(ctx, call, code, sink.fail(too_many_streams()));
            return;
        };
        let files = self.files.clone();
        ctx.spawn(async move {
            let _guard = guard;
            loop {
                let request = match requests.next().await {
                    Some(Ok(request)) => request,
                    Some(Err(e)) => return call.end(RpcStatusCode::CANCELLED, &Err(e)),
                    None => break,
                };
                call.received();
                let mut response = ServerReflectionResponse::new();
                response.valid_host = request.host.clone();
                response.message_response = Some(files.answer(request.message_request.clone()));
                response.original_request = MessageField::some(request);
                if let Err(e) = sink.send((response, WriteFlags::default())).await {
                    return call.end(RpcStatusCode::CANCELLED, &Err(e));
                }
                call.sent();
            }
            let outcome = sink.close().await;
            call.end(RpcStatusCode::OK, &outcome);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_every_service_and_finds_their_files() {
        let files = Files::new();
        assert_eq!(
            files.services,
            [
                "echotest.Echo",
                "grpc.health.v1.Health",
                "grpc.reflection.v1.ServerReflection",
                "grpc.reflection.v1alpha.ServerReflection"
            ]
        );
        for symbol in [
            "echotest.Echo",
            "echotest.Echo.Clock",
            "echotest.EchoReply",
            ".echotest.EchoRequest",
        ] {
            match files.answer(Some(Ask::FileContainingSymbol(symbol.into()))) {
                Answer::FileDescriptorResponse(r) => {
                    let file = FileDescriptorProto::parse_from_bytes(&r.file_descriptor_proto[0]).unwrap();
                    assert_eq!(file.name(), "echotest.proto");
                }
                _ => panic!("{symbol} not found"),
            }
        }
        assert!(matches!(
            files.answer(Some(Ask::FileContainingSymbol("nope.Nope".into()))),
            Answer::ErrorResponse(_)
        ));
    }

    #[test]
    fn the_v1_file_points_at_v1_types() {
        let files = Files::new();
        let bytes = &files.by_name["grpc/reflection/v1/reflection.proto"];
        let file = FileDescriptorProto::parse_from_bytes(bytes).unwrap();
        assert_eq!(file.package(), "grpc.reflection.v1");
        let method = &file.service[0].method[0];
        assert_eq!(method.input_type(), ".grpc.reflection.v1.ServerReflectionRequest");
    }
}
