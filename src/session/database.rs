//! Sessions in the account database's `sessions` table, so that a user who
//! logged in through one replica stays logged in on every other, and logging
//! out anywhere ends the session everywhere.
//!
//! A row carries the profile's fields too, so a profile view reads one row.
//! Rows an older myapp wrote lack them (the account is read instead) or
//! belong to no login (visitors who only opened a form: ignored until swept).
//!
//! Times are wall-clock milliseconds, since replicas share them. `last_seen`
//! is written at most once per `TOUCH_EVERY`, not on every request; expired
//! rows are swept at most once per `SWEEP_EVERY`, by whichever request
//! creates a session then.

use std::sync::Arc;
use std::time::Duration;

use super::{Profile, Session, SessionId, SessionStore};
use crate::store::{now_ms, NowAndThen, SessionRow, Store, StoreError};

const TOUCH_EVERY: Duration = Duration::from_secs(60);
const SWEEP_EVERY: Duration = Duration::from_secs(60);

pub struct DatabaseSessions {
    store: Arc<dyn Store>,
    idle_ttl_ms: i64,
    sweeps: NowAndThen,
}

impl DatabaseSessions {
    pub fn new(store: Arc<dyn Store>, idle_ttl: Duration) -> DatabaseSessions {
        DatabaseSessions {
            store,
            idle_ttl_ms: idle_ttl.as_millis() as i64,
            sweeps: NowAndThen::new(SWEEP_EVERY),
        }
    }

    fn sweep_now_and_then(&self, now: i64) -> Result<(), StoreError> {
        if self.sweeps.due(now) {
            let swept = self.store.sweep_sessions(now - self.idle_ttl_ms)?;
            if swept > 0 {
                log::info!("swept {swept} expired sessions");
            }
        }
        Ok(())
    }

    /// Unused for longer than the idle TTL, at `now` (ms).
    fn expired(&self, row: &SessionRow, now: i64) -> bool {
        now - row.last_seen_ms > self.idle_ttl_ms
    }
}

impl SessionStore for DatabaseSessions {
    fn get(&self, id: &SessionId) -> Result<Option<Arc<Session>>, StoreError> {
        let Some(row) = self.store.load_session(id.as_str())? else {
            return Ok(None);
        };
        let now = now_ms();
        if self.expired(&row, now) {
            self.store.delete_session(id.as_str())?;
            return Ok(None);
        }
        let Some(name) = row.user_name else {
            return Ok(None);
        };
        if now - row.last_seen_ms > TOUCH_EVERY.as_millis() as i64 {
            self.store.touch_session(id.as_str(), now)?;
        }
        let profile = match (row.introduction, row.created_at) {
            (Some(introduction), Some(created_at)) => Profile {
                name,
                introduction,
                created_at,
            },
            // Written before rows carried the profile: read the account.
            _ => match self.store.find_accounts(&name)?.into_iter().find(|a| a.name == name) {
                Some(account) => Profile {
                    name: account.name,
                    introduction: account.introduction,
                    created_at: account.created_at,
                },
                None => return Ok(None),
            },
        };
        Ok(Some(Arc::new(Session {
            profile,
            csrf_token: row.csrf_token,
        })))
    }

    fn is_live(&self, id: &SessionId) -> Result<bool, StoreError> {
        let row = self.store.load_session(id.as_str())?;
        Ok(row.is_some_and(|row| row.user_name.is_some() && !self.expired(&row, now_ms())))
    }

    fn create(&self, profile: Profile) -> Result<(SessionId, Session), StoreError> {
        let now = now_ms();
        self.sweep_now_and_then(now)?;
        let (id, session) = Session::new(profile);
        let row = SessionRow {
            user_name: Some(session.profile.name.clone()),
            csrf_token: session.csrf_token.clone(),
            introduction: Some(session.profile.introduction.clone()),
            created_at: Some(session.profile.created_at),
            last_seen_ms: now,
        };
        self.store.save_session(id.as_str(), &row)?;
        Ok((id, session))
    }

    fn remove(&self, id: &SessionId) -> Result<(), StoreError> {
        self.store.delete_session(id.as_str())
    }

    fn remove_all_of(&self, name: &str, except: Option<&SessionId>) -> Result<usize, StoreError> {
        self.store.delete_sessions_of(name, except.map(SessionId::as_str))
    }

    fn set_introduction(&self, name: &str, introduction: &str) -> Result<(), StoreError> {
        self.store.set_sessions_introduction(name, introduction)
    }

    fn count(&self) -> usize {
        self.store.count_sessions().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{Introduction, Username};
    use crate::store::SqliteStore;

    fn sessions() -> (Arc<dyn Store>, DatabaseSessions) {
        let store: Arc<dyn Store> = Arc::new(SqliteStore::open(std::path::Path::new(":memory:")).unwrap());
        let sessions = DatabaseSessions::new(store.clone(), Duration::from_secs(60));
        (store, sessions)
    }

    fn old_row(user_name: Option<&str>) -> SessionRow {
        SessionRow {
            user_name: user_name.map(Into::into),
            csrf_token: "t".repeat(64),
            introduction: None,
            created_at: None,
            last_seen_ms: now_ms(),
        }
    }

    #[test]
    fn a_session_row_carries_the_profile() {
        let (_, sessions) = sessions();
        let profile = Profile {
            name: "alice".into(),
            introduction: "tea".into(),
            created_at: 1_700_000_000,
        };
        let (id, made) = sessions.create(profile.clone()).unwrap();
        let got = sessions.get(&id).unwrap().unwrap();
        assert_eq!(got.profile, profile);
        assert_eq!(*got, made);
        sessions.remove(&id).unwrap();
        assert_eq!(sessions.get(&id).unwrap(), None);
    }

    #[test]
    fn an_accounts_rows_end_together_but_the_one_kept_and_take_a_new_introduction() {
        let (_, sessions) = sessions();
        let profile = |name: &str| Profile {
            name: name.into(),
            introduction: "tea".into(),
            created_at: 1_700_000_000,
        };
        let (keep, _) = sessions.create(profile("alice")).unwrap();
        let (other, _) = sessions.create(profile("alice")).unwrap();
        let (bob, _) = sessions.create(profile("bob")).unwrap();
        sessions.set_introduction("alice", "coffee").unwrap();
        assert_eq!(sessions.get(&keep).unwrap().unwrap().profile.introduction, "coffee");
        assert_eq!(sessions.get(&bob).unwrap().unwrap().profile.introduction, "tea");
        assert_eq!(sessions.remove_all_of("alice", Some(&keep)).unwrap(), 1);
        assert!(sessions.get(&other).unwrap().is_none());
        assert!(sessions.get(&keep).unwrap().is_some());
        assert_eq!(sessions.remove_all_of("alice", None).unwrap(), 1);
        assert!(sessions.get(&keep).unwrap().is_none());
        assert!(sessions.get(&bob).unwrap().is_some());
    }

    #[test]
    fn rows_an_older_myapp_wrote_still_work_or_count_as_no_login() {
        let (store, sessions) = sessions();
        let name = Username::parse("bob").unwrap();
        store
            .create_account(&name, "hash", &Introduction::parse("from before").unwrap())
            .unwrap();
        let login = SessionId::parse(&"1".repeat(64)).unwrap();
        store.save_session(login.as_str(), &old_row(Some("bob"))).unwrap();
        let got = sessions
            .get(&login)
            .unwrap()
            .expect("a login from before the upgrade holds");
        assert_eq!(got.profile.introduction, "from before");

        let visitor = SessionId::parse(&"2".repeat(64)).unwrap();
        store.save_session(visitor.as_str(), &old_row(None)).unwrap();
        assert_eq!(sessions.get(&visitor).unwrap(), None, "a visitor's row is no login");
    }
}
