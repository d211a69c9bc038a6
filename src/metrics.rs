//! Prometheus metrics for `GET /metrics`: requests by route and status, their
//! latency, database outages and refused statements, failed and throttled
//! logins, the build; and, read at each scrape, live sessions, open gRPC
//! streams, time subscribers, clock watchers, pushes sent, gRPC calls by method and status,
//! and the process's own `process_*` series (`process.rs`).

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric};
use prometheus_client::metrics::counter::{ConstCounter, Counter};
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::ConstGauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::metrics::info::Info;
use prometheus_client::registry::Registry;

use crate::session::SessionStore;

mod process;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    route: &'static str,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StatementLabels {
    statement: &'static str,
}

/// Seconds: 100 µs to 2.5 s.
const LATENCY_BUCKETS: [f64; 14] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
];

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct FormLabels {
    form: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct BuildLabels {
    version: String,
    oem: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CallLabels {
    method: &'static str,
    code: &'static str,
}

/// What operators and tests can read about the gRPC streams and calls.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct GrpcCounters {
    pub active_streams: usize,
    pub time_subscribers: usize,
    pub pushes_sent: u64,
    /// `(method, status code, calls ended)`, e.g. `("/echotest.Echo/Echo", "OK", 3)`.
    pub calls: Vec<(&'static str, &'static str, u64)>,
}

/// Reads the gRPC counters at each scrape.
pub type GrpcCountersFn = Box<dyn Fn() -> GrpcCounters + Send + Sync>;

/// Reads the number of browsers watching the clock (`GET /clock`) at each scrape.
pub type WatchersFn = Box<dyn Fn() -> usize + Send + Sync>;

type LatencyFamily = Family<RouteLabels, Histogram, fn() -> Histogram>;

pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: LatencyFamily,
    database_errors: Counter,
    statement_errors: Family<StatementLabels, Counter>,
    login_failures: Counter,
    throttled: Family<FormLabels, Counter>,
}

impl Metrics {
    /// `oem` is the software name the pages show (`--oem`), for `myapp_build_info`.
    pub fn new(sessions: Arc<dyn SessionStore>, grpc: GrpcCountersFn, watchers: WatchersFn, oem: &str) -> Metrics {
        // `process_*` are named as every Prometheus client names them; the
        // rest carry myapp's prefix.
        let mut root = Registry::default();
        root.register_collector(Box::new(process::ProcessCollector::new()));
        let registry = root.sub_registry_with_prefix("myapp");
        registry.register(
            "build",
            "The version of myapp running, and the software name it shows",
            Info::new(BuildLabels {
                version: env!("CARGO_PKG_VERSION").to_owned(),
                oem: oem.to_owned(),
            }),
        );
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by route and status",
            requests.clone(),
        );
        let latency: LatencyFamily = Family::new_with_constructor(|| Histogram::new(LATENCY_BUCKETS));
        registry.register(
            "http_request_duration_seconds",
            "Time to answer an HTTP request",
            latency.clone(),
        );
        let database_errors = Counter::default();
        registry.register(
            "database_errors",
            "Times the account database did not answer",
            database_errors.clone(),
        );
        let statement_errors = Family::<StatementLabels, Counter>::default();
        registry.register(
            "database_statement_errors",
            "Statements the account database refused (a bug, or a schema changed behind myapp's back), by statement",
            statement_errors.clone(),
        );
        let login_failures = Counter::default();
        registry.register(
            "login_failures",
            "Logins refused for a wrong name or password",
            login_failures.clone(),
        );
        let throttled = Family::<FormLabels, Counter>::default();
        registry.register(
            "throttled_attempts",
            "Form posts refused (429) for too many attempts, by form",
            throttled.clone(),
        );
        registry.register_collector(Box::new(Live {
            sessions,
            grpc,
            watchers,
        }));
        Metrics {
            registry: root,
            requests,
            latency,
            database_errors,
            statement_errors,
            login_failures,
            throttled,
        }
    }

    /// A login refused for a wrong name or password.
    pub fn login_failed(&self) {
        self.login_failures.inc();
    }

    /// A post of `form` (`"login"`, `"signup"`) refused for too many attempts.
    pub fn throttled(&self, form: &'static str) {
        self.throttled.get_or_create(&FormLabels { form }).inc();
    }

    pub fn observe_request(&self, route: &'static str, status: u16, took: Duration) {
        self.requests.get_or_create(&RequestLabels { route, status }).inc();
        self.latency
            .get_or_create(&RouteLabels { route })
            .observe(took.as_secs_f64());
    }

    pub fn database_error(&self) {
        self.database_errors.inc();
    }

    pub fn statement_error(&self, statement: &'static str) {
        self.statement_errors
            .get_or_create(&StatementLabels { statement })
            .inc();
    }

    /// The OpenMetrics text of every metric.
    pub fn render(&self) -> String {
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &self.registry).expect("writing to a String cannot fail");
        text
    }
}

/// Values read from their owners at each scrape.
struct Live {
    sessions: Arc<dyn SessionStore>,
    grpc: GrpcCountersFn,
    watchers: WatchersFn,
}

impl fmt::Debug for Live {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Live")
    }
}

impl Collector for Live {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), fmt::Error> {
        let grpc = (self.grpc)();
        let gauges = [
            ("sessions", "Sessions stored", self.sessions.count() as i64),
            (
                "grpc_active_streams",
                "gRPC streams open now",
                grpc.active_streams as i64,
            ),
            (
                "grpc_time_subscribers",
                "Streams subscribed to time pushes",
                grpc.time_subscribers as i64,
            ),
            (
                "clock_watchers",
                "Browsers watching the server's clock (GET /clock) now",
                (self.watchers)() as i64,
            ),
        ];
        for (name, help, value) in gauges {
            let gauge = ConstGauge::new(value);
            gauge.encode(encoder.encode_descriptor(name, help, None, gauge.metric_type())?)?;
        }
        let pushes = ConstCounter::new(grpc.pushes_sent);
        pushes.encode(encoder.encode_descriptor(
            "grpc_pushes_sent",
            "Time pushes handed to streams: gRPC streams and the web pages' clock watchers",
            None,
            pushes.metric_type(),
        )?)?;
        let mut calls = encoder.encode_descriptor(
            "grpc_calls",
            "gRPC calls ended, by method and status code",
            None,
            prometheus_client::metrics::MetricType::Counter,
        )?;
        for (method, code, count) in grpc.calls {
            let labels = CallLabels { method, code };
            ConstCounter::new(count).encode(calls.encode_family(&labels)?)?;
        }
        Ok(())
    }
}
