//! The serving host's name and IP, shown on the profile page so that behind a
//! load balancer you can see which replica answered (as the seed did).

use std::net::IpAddr;

#[derive(Debug, Clone)]
pub struct HostInfo {
    pub host_name: String,
    /// First non-loopback IPv4 address, or `localhost` when there is none.
    pub ip: String,
    /// This replica's name: `--instance`, else the host name.
    pub instance: String,
}

impl HostInfo {
    pub fn detect(instance: Option<String>) -> HostInfo {
        let host_name = host_name().unwrap_or_else(|| "localhost".into());
        HostInfo {
            ip: first_ipv4().unwrap_or_else(|| "localhost".into()),
            instance: instance.unwrap_or_else(|| host_name.clone()),
            host_name,
        }
    }
}

fn host_name() -> Option<String> {
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its whole length; gethostname writes at most that.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    if rc != 0 {
        return None;
    }
    let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    String::from_utf8(buf[..end].to_vec()).ok().filter(|s| !s.is_empty())
}

fn first_ipv4() -> Option<String> {
    let interfaces = local_ip_address::list_afinet_netifas().ok()?;
    interfaces.into_iter().find_map(|(_, ip)| match ip {
        IpAddr::V4(v4) if !v4.is_loopback() => Some(v4.to_string()),
        _ => None,
    })
}
