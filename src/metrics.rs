//! Prometheus metrics for `GET /metrics`: requests by route and status, their
//! latency, database outages and refused statements; and, read at each scrape, live sessions, open
//! gRPC streams, time subscribers and pushes sent.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric};
use prometheus_client::metrics::counter::{ConstCounter, Counter};
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::ConstGauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;

use crate::session::SessionStore;

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

/// What operators and tests can read about the gRPC streams.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct GrpcCounters {
    pub active_streams: usize,
    pub time_subscribers: usize,
    pub pushes_sent: u64,
}

/// Reads the gRPC counters at each scrape.
pub type GrpcCountersFn = Box<dyn Fn() -> GrpcCounters + Send + Sync>;

type LatencyFamily = Family<RouteLabels, Histogram, fn() -> Histogram>;

pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: LatencyFamily,
    database_errors: Counter,
    statement_errors: Family<StatementLabels, Counter>,
}

impl Metrics {
    pub fn new(sessions: Arc<dyn SessionStore>, grpc: GrpcCountersFn) -> Metrics {
        let mut registry = Registry::with_prefix("myapp");
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
        registry.register_collector(Box::new(Live { sessions, grpc }));
        Metrics {
            registry,
            requests,
            latency,
            database_errors,
            statement_errors,
        }
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
        ];
        for (name, help, value) in gauges {
            let gauge = ConstGauge::new(value);
            gauge.encode(encoder.encode_descriptor(name, help, None, gauge.metric_type())?)?;
        }
        let pushes = ConstCounter::new(grpc.pushes_sent);
        pushes.encode(encoder.encode_descriptor(
            "grpc_pushes_sent",
            "Time pushes handed to streams",
            None,
            pushes.metric_type(),
        )?)?;
        Ok(())
    }
}
