//! What a handler answers: status, headers, body. Constructors say the status.

use std::borrow::Cow;

/// A header's value: most are fixed text, which a page then costs no copy.
pub type HeaderValue = Cow<'static, str>;

/// A response before it is written to the socket.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(&'static str, HeaderValue)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn html(status: u16, body: String) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type", "text/html; charset=utf-8".into())],
            body: body.into_bytes(),
        }
    }

    pub fn text(status: u16, body: &str) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type", "text/plain; charset=utf-8".into())],
            body: body.as_bytes().to_vec(),
        }
    }

    /// A file compiled into the binary (stylesheet, script, icon), which
    /// browsers may keep for `max_age_seconds`.
    pub fn asset(content_type: &'static str, max_age_seconds: u32, body: &str) -> Reply {
        Reply {
            status: 200,
            headers: vec![
                ("Content-Type", content_type.into()),
                ("Cache-Control", format!("public, max-age={max_age_seconds}").into()),
            ],
            body: body.as_bytes().to_vec(),
        }
    }

    /// 303 See Other: the answer to every successful POST.
    pub fn redirect_303(location: &str) -> Reply {
        Reply {
            status: 303,
            headers: vec![("Location", location.to_owned().into())],
            body: Vec::new(),
        }
    }

    pub fn with_header(mut self, name: &'static str, value: impl Into<HeaderValue>) -> Reply {
        self.headers.push((name, value.into()));
        self
    }

    /// For pages that show account data: Back after logout must show nothing.
    pub fn private(self) -> Reply {
        self.with_header("Cache-Control", "no-store")
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_ref())
    }
}
