//! The in-memory session map against a model: a list in creation order where
//! a full map drops its oldest session (only logins make sessions, so there
//! are no visitors' sessions to drop first).
#![no_main]

use std::time::Duration;

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use myapp::session::{MemorySessions, Profile, Session, SessionId, SessionStore};

#[derive(Arbitrary, Debug)]
enum Op {
    Create {
        user: u8,
    },
    /// Looks up the n-th id ever created, live or not.
    Get(u8),
    Remove(u8),
    Forged(String),
}

#[derive(Arbitrary, Debug)]
struct Input {
    cap: u8,
    ops: Vec<Op>,
}

fuzz_target!(|input: Input| {
    let max = usize::from(input.cap % 8) + 1;
    // Long enough that nothing expires while the input runs.
    let sessions = MemorySessions::new(Duration::from_secs(3600), max);
    let mut ever: Vec<SessionId> = Vec::new();
    let mut live: Vec<(SessionId, Session)> = Vec::new();

    for op in input.ops.into_iter().take(512) {
        match op {
            Op::Create { user } => {
                let profile = Profile {
                    name: format!("user{}", user % 4),
                    introduction: format!("intro {user}"),
                    created_at: i64::from(user),
                };
                let (id, session) = sessions.create(profile.clone()).unwrap();
                assert_eq!(session.profile, profile);
                assert!(!ever.contains(&id), "an id was issued twice");
                if live.len() == max {
                    live.remove(0);
                }
                live.push((id.clone(), session));
                ever.push(id);
            }
            Op::Get(n) if !ever.is_empty() => {
                let id = &ever[usize::from(n) % ever.len()];
                let want = live.iter().find(|(i, _)| i == id).map(|(_, s)| s);
                let got = sessions.get(id).unwrap();
                assert_eq!(got.as_deref(), want);
                if let Some(s) = got {
                    assert!(s.csrf_matches(&want.unwrap().csrf_token));
                    assert!(!s.csrf_matches(&s.csrf_token[1..]));
                }
            }
            Op::Remove(n) if !ever.is_empty() => {
                let id = &ever[usize::from(n) % ever.len()];
                sessions.remove(id).unwrap();
                live.retain(|(i, _)| i != id);
            }
            Op::Forged(text) => {
                if let Some(id) = SessionId::parse(&text) {
                    assert_eq!(sessions.get(&id).unwrap().is_some(), live.iter().any(|(i, _)| *i == id));
                }
            }
            Op::Get(_) | Op::Remove(_) => {}
        }
        assert_eq!(sessions.count(), live.len());
        assert!(sessions.count() <= max);
    }
});
