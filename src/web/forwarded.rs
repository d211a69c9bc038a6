//! Who the client is: the peer, or, behind trusted proxies, the address
//! they say in `X-Forwarded-For`.
//!
//! Each proxy appends the address it was reached from, so the list is read
//! from the right: past every trusted proxy, the first other address is the
//! client, and everything left of it was written by someone we do not
//! trust. The header may come in several lines; per RFC 9110 they are one
//! list, in order, so a line written by the client before the proxy's own
//! cannot hide the proxy's. Addresses are compared in canonical form: a
//! dual-stack listener sees an IPv4 proxy as `::ffff:a.b.c.d`.
//!
//! A hop that is not an address (`unknown`, an obfuscated name) was written
//! by the trusted proxy to its right, which could not say who reached it:
//! the walk stops, and the client is that proxy, the nearest address we can
//! vouch for. Counting everyone behind it as one address is the safe side
//! for throttling; taking any hop further left would believe the client.

use std::cell::RefCell;
use std::fmt;
use std::net::{IpAddr, SocketAddr};

/// An address as text, made once per address on each thread: the access
/// log and the profile page write the client's address for every request,
/// and formatting an address cost about as much as the rest of the log line.
pub struct IpText(pub IpAddr);

impl fmt::Display for IpText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        thread_local! {
            static LAST: RefCell<Option<(IpAddr, String)>> = const { RefCell::new(None) };
        }
        LAST.with_borrow_mut(|last| {
            let (_, text) = match last {
                Some((ip, _)) if *ip == self.0 => last.as_ref().expect("matched Some"),
                _ => last.insert((self.0, self.0.to_string())),
            };
            f.write_str(text)
        })
    }
}

/// The client's address: `peer` unless it is a trusted proxy, else the
/// rightmost untrusted hop of `forwarded` (the `X-Forwarded-For` lines).
pub fn client_address<'a>(peer: IpAddr, forwarded: impl IntoIterator<Item = &'a str>, trusted: &[IpAddr]) -> IpAddr {
    let is_trusted = |ip: IpAddr| trusted.iter().any(|t| t.to_canonical() == ip);
    let mut client = peer.to_canonical();
    if !is_trusted(client) {
        return client;
    }
    let hops: Vec<&str> = forwarded
        .into_iter()
        .flat_map(|line| line.split(','))
        .map(str::trim)
        .filter(|hop| !hop.is_empty()) // RFC 9110 §5.6.1: empty elements are ignored
        .collect();
    for &hop in hops.iter().rev() {
        let Some(ip) = parse_hop(hop) else {
            break;
        };
        client = ip;
        if !is_trusted(ip) {
            break;
        }
    }
    client
}

/// An address, as proxies write them: bare, or with a port (`[v6]:port`).
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let ip = hop
        .parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<SocketAddr>().ok().map(|a| a.ip()))?;
    Some(ip.to_canonical())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn an_address_as_text_is_the_address_each_time_it_changes() {
        for text in [
            "10.0.0.1",
            "10.0.0.1",
            "::1",
            "2001:db8::7",
            "10.0.0.2",
            "::ffff:1.2.3.4",
        ] {
            assert_eq!(IpText(ip(text)).to_string(), ip(text).to_string());
        }
    }

    #[test]
    fn the_client_is_the_rightmost_hop_that_is_not_a_trusted_proxy() {
        let trusted = [ip("127.0.0.1"), ip("10.0.0.2")];
        let cases: &[(&str, &[&str], &str)] = &[
            // (peer, X-Forwarded-For lines, client)
            ("203.0.113.1", &["198.51.100.7"], "203.0.113.1"),
            ("127.0.0.1", &[], "127.0.0.1"),
            ("127.0.0.1", &["198.51.100.7"], "198.51.100.7"),
            ("127.0.0.1", &["6.6.6.6, 198.51.100.7"], "198.51.100.7"),
            ("127.0.0.1", &["6.6.6.6", "198.51.100.7"], "198.51.100.7"),
            ("127.0.0.1", &["198.51.100.7, 10.0.0.2"], "198.51.100.7"),
            ("127.0.0.1", &["198.51.100.7", "10.0.0.2"], "198.51.100.7"),
            ("127.0.0.1", &["10.0.0.2"], "10.0.0.2"),
            ("::ffff:127.0.0.1", &["198.51.100.7"], "198.51.100.7"),
            (
                "127.0.0.1",
                &["::ffff:10.0.0.2, 198.51.100.7, ::ffff:10.0.0.2"],
                "198.51.100.7",
            ),
            ("127.0.0.1", &["198.51.100.7:4711"], "198.51.100.7"),
            ("127.0.0.1", &["[2001:db8::1]:4711"], "2001:db8::1"),
            ("127.0.0.1", &["", "198.51.100.7,,"], "198.51.100.7"),
            ("::1", &["198.51.100.7"], "::1"),
        ];
        for (peer, lines, client) in cases {
            let found = client_address(ip(peer), lines.iter().copied(), &trusted);
            assert_eq!(found, ip(client), "peer {peer}, X-Forwarded-For {lines:?}");
        }
    }

    #[test]
    fn a_hop_that_is_no_address_makes_the_proxy_that_wrote_it_the_client() {
        let trusted = [ip("127.0.0.1"), ip("10.0.0.2")];
        let cases: &[(&[&str], &str)] = &[
            (&["unknown"], "127.0.0.1"),
            (&["198.51.100.7, _hidden, 10.0.0.2"], "10.0.0.2"),
            (&["198.51.100.7, 10.0.0.2, garbage"], "127.0.0.1"),
            (&["1.2.3.4\u{0}"], "127.0.0.1"),
        ];
        for (lines, client) in cases {
            let found = client_address(ip("127.0.0.1"), lines.iter().copied(), &trusted);
            assert_eq!(found, ip(client), "X-Forwarded-For {lines:?}");
        }
    }

    #[test]
    fn a_proxy_configured_as_mapped_ipv6_is_trusted_as_ipv4() {
        let trusted = [ip("::ffff:127.0.0.1")];
        let found = client_address(ip("127.0.0.1"), ["198.51.100.7"], &trusted);
        assert_eq!(found, ip("198.51.100.7"));
    }
}
