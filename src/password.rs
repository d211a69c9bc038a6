//! Password hashing: argon2id for every new hash, and the seed's MD5 only to
//! let its existing users log in once so their hash can be upgraded.
//!
//! The seed stored `hex(md5(password))`. Such a row is accepted on login and
//! replaced by an argon2id hash in the same request; nothing new is ever MD5.
//!
//! argon2id works in a 19 MiB block of memory. Allocating and freeing that
//! for every hash made glibc keep freed blocks in per-thread arenas (RSS past
//! 600 MB after a burst of sign-ups), so the work here runs in a `Memory` the
//! caller keeps and reuses: `hashing` gives each of its few workers one.

use argon2::password_hash::{Output, ParamsString, PasswordHash, SaltString};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use log::warn;

/// What a login attempt's password check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Match,
    /// Right password, but stored in the seed's MD5 form: store a new hash.
    MatchNeedsUpgrade,
    Mismatch,
}

#[derive(Debug, thiserror::Error)]
#[error("password hashing failed: {0}")]
pub struct HashError(pub(crate) String);

/// A stored hash asking for more memory than this is refused unchecked: the
/// password column is not ours alone (the seed's tools, an operator's
/// import), and one row must not make a login allocate gigabytes.
pub const MAX_STORED_MEMORY_BYTES: usize = 64 * 1024 * 1024;
/// Likewise for passes over the memory: argon2id's recommended cost is 2,
/// OWASP's alternatives go to 5; a row asking for millions would pin a worker.
pub const MAX_STORED_PASSES: u32 = 16;
/// The hash length of new hashes (argon2's default).
const OUTPUT_BYTES: usize = 32;
const SALT_BYTES: usize = 16;

/// argon2id with the crate's recommended cost (19 MiB, 2 passes). Fuzzing
/// builds (cargo-fuzz sets `--cfg fuzzing`) use the smallest cost instead, so
/// the router's fuzzer spends its time on the pages, not on hashing; verifying
/// reads the cost from the stored hash either way.
pub fn params() -> Params {
    #[cfg(fuzzing)]
    let params = Params::new(8, 1, 1, None).expect("valid argon2 parameters");
    #[cfg(not(fuzzing))]
    let params = Params::DEFAULT;
    params
}

/// argon2's working memory, kept between hashes. It is allocated at the first
/// hash (a worker that never hashes costs nothing) and then reused.
pub struct Memory {
    blocks: Vec<Block>,
    /// Blocks kept: what new hashes need.
    size: usize,
}

impl Memory {
    pub fn new() -> Memory {
        Memory {
            blocks: Vec::new(),
            size: params().block_count(),
        }
    }

    /// Bytes held now.
    pub fn held_bytes(&self) -> usize {
        self.blocks.len() * Block::SIZE
    }

    /// Runs `work` in `count` blocks: the kept ones, or for a stored hash
    /// that needs more, a temporary allocation freed afterwards.
    fn with_blocks<T>(&mut self, count: usize, work: impl FnOnce(&mut [Block]) -> T) -> T {
        if count > self.size {
            return work(&mut vec![Block::new(); count]);
        }
        if self.blocks.len() < self.size {
            self.blocks = vec![Block::new(); self.size];
        }
        work(&mut self.blocks[..count])
    }
}

impl Default for Memory {
    fn default() -> Memory {
        Memory::new()
    }
}

/// Hashes a new password with argon2id and a random salt, as a PHC string.
pub fn hash(memory: &mut Memory, password: &str) -> Result<String, HashError> {
    let mut salt = [0u8; SALT_BYTES];
    getrandom::getrandom(&mut salt).map_err(|e| HashError(e.to_string()))?;
    let params = params();
    let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let mut out = [0u8; OUTPUT_BYTES];
    memory
        .with_blocks(params.block_count(), |blocks| {
            argon2.hash_password_into_with_memory(password.as_bytes(), &salt, &mut out, blocks)
        })
        .map_err(|e| HashError(e.to_string()))?;
    phc_string(&params, &salt, &out)
}

/// `$argon2id$v=19$m=…,t=…,p=…$salt$hash`, argon2id's standard text form.
fn phc_string(params: &Params, salt: &[u8], out: &[u8]) -> Result<String, HashError> {
    let error = |e: argon2::password_hash::Error| HashError(e.to_string());
    let salt = SaltString::encode_b64(salt).map_err(error)?;
    let phc = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(params).map_err(error)?,
        salt: Some(salt.as_salt()),
        hash: Some(Output::new(out).map_err(error)?),
    };
    Ok(phc.to_string())
}

/// A hash of no one's password at the current cost: checking a password
/// against it costs what checking a real account does, and never matches.
pub fn decoy_hash() -> String {
    let mut salt = [0u8; SALT_BYTES];
    // Any salt will do; a fixed one if the system has no randomness to give.
    let _ = getrandom::getrandom(&mut salt);
    phc_string(&params(), &salt, &[0u8; OUTPUT_BYTES]).expect("the decoy's parts fit a PHC string")
}

/// The verdict on a seed MD5 row, or None when `stored` is not one. Cheap:
/// no argon2 work, so it needs no worker.
pub fn verify_seed_md5(password: &str, stored: &str) -> Option<Verdict> {
    if !is_seed_md5(stored) {
        return None;
    }
    let typed = format!("{:x}", md5::compute(password.as_bytes()));
    Some(
        if constant_time_eq(typed.as_bytes(), stored.to_ascii_lowercase().as_bytes()) {
            Verdict::MatchNeedsUpgrade
        } else {
            Verdict::Mismatch
        },
    )
}

/// Checks a password against a stored argon2 PHC string or seed MD5 hex: the
/// hash is computed again with the stored cost and salt, then compared.
pub fn verify(memory: &mut Memory, password: &str, stored: &str) -> Verdict {
    if let Some(verdict) = verify_seed_md5(password, stored) {
        return verdict;
    }
    let Some(stored) = StoredHash::parse(stored) else {
        return Verdict::Mismatch;
    };
    let blocks = stored.params.block_count();
    if blocks.saturating_mul(Block::SIZE) > MAX_STORED_MEMORY_BYTES || stored.params.t_cost() > MAX_STORED_PASSES {
        warn!(
            "a stored password hash asks for {} KiB and {} passes, over the {} KiB and {} passes allowed: refused unchecked",
            stored.params.m_cost(),
            stored.params.t_cost(),
            MAX_STORED_MEMORY_BYTES / 1024,
            MAX_STORED_PASSES
        );
        return Verdict::Mismatch;
    }
    let argon2 = Argon2::new(stored.algorithm, stored.version, stored.params.clone());
    let mut out = [0u8; Output::MAX_LENGTH];
    let out = &mut out[..stored.hash.len()];
    let computed = memory.with_blocks(blocks, |blocks| {
        argon2.hash_password_into_with_memory(password.as_bytes(), stored.salt(), out, blocks)
    });
    match computed {
        Ok(()) if constant_time_eq(out, stored.hash.as_bytes()) => Verdict::Match,
        _ => Verdict::Mismatch,
    }
}

/// The parts of a stored argon2 PHC string that verifying needs.
struct StoredHash {
    algorithm: Algorithm,
    version: Version,
    params: Params,
    salt: [u8; 64],
    salt_len: usize,
    hash: Output,
}

impl StoredHash {
    /// None for anything that is not a well-formed argon2 PHC string.
    fn parse(stored: &str) -> Option<StoredHash> {
        let phc = PasswordHash::new(stored).ok()?;
        let algorithm = Algorithm::try_from(phc.algorithm).ok()?;
        let version = match phc.version {
            Some(v) => Version::try_from(v).ok()?,
            None => Version::default(),
        };
        let params = Params::try_from(&phc).ok()?;
        let mut salt = [0u8; 64];
        let salt_len = phc.salt?.decode_b64(&mut salt).ok()?.len();
        Some(StoredHash {
            algorithm,
            version,
            params,
            salt,
            salt_len,
            hash: phc.hash?,
        })
    }

    fn salt(&self) -> &[u8] {
        &self.salt[..self.salt_len]
    }
}

fn is_seed_md5(stored: &str) -> bool {
    stored.len() == 32 && stored.bytes().all(|b| b.is_ascii_hexdigit())
}

/// Compares secrets without stopping at the first difference, so timing
/// does not tell how much of a guess was right.
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::PasswordVerifier;

    #[test]
    fn new_hashes_are_argon2id_and_verify() {
        let mut memory = Memory::new();
        let h = hash(&mut memory, "correct horse").unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert_eq!(verify(&mut memory, "correct horse", &h), Verdict::Match);
        assert_eq!(verify(&mut memory, "wrong horse", &h), Verdict::Mismatch);
        assert_eq!(memory.held_bytes(), 19 * 1024 * 1024, "one block, kept");
    }

    #[test]
    fn hashes_agree_with_the_argon2_crate_both_ways() {
        let mut memory = Memory::new();
        let ours = hash(&mut memory, "correct horse").unwrap();
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(Argon2::default().verify_password(b"correct horse", &parsed).is_ok());
        // Theirs, at a smaller cost than ours and in another variant.
        let small = Argon2::new(Algorithm::Argon2i, Version::V0x13, Params::new(64, 3, 2, None).unwrap());
        let salt = SaltString::encode_b64(b"sixteen byte slt").unwrap();
        let theirs = argon2::PasswordHasher::hash_password(&small, b"battery", &salt)
            .unwrap()
            .to_string();
        assert_eq!(verify(&mut memory, "battery", &theirs), Verdict::Match);
        assert_eq!(verify(&mut memory, "staple", &theirs), Verdict::Mismatch);
    }

    #[test]
    fn a_stored_hash_bigger_than_the_kept_block_verifies_in_a_temporary_one() {
        let big = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(32 * 1024, 1, 1, None).unwrap(),
        );
        let salt = SaltString::encode_b64(b"sixteen byte slt").unwrap();
        let stored = argon2::PasswordHasher::hash_password(&big, b"battery", &salt)
            .unwrap()
            .to_string();
        let mut memory = Memory::new();
        assert_eq!(verify(&mut memory, "battery", &stored), Verdict::Match);
        assert_eq!(memory.held_bytes(), 0, "the temporary block is not kept");
    }

    #[test]
    fn a_stored_hash_asking_for_too_much_work_is_refused_unchecked() {
        let mut memory = Memory::new();
        let salt = "c2l4dGVlbiBieXRlIHNsdA";
        let hash = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        for params in [
            "m=4194304,t=1,p=1",
            "m=65540,t=1,p=1",
            "m=19456,t=4000000000,p=1",
            "m=134217728,t=1,p=16777215",
        ] {
            let stored = format!("$argon2id$v=19${params}${salt}${hash}");
            assert!(StoredHash::parse(&stored).is_some(), "{stored} is well formed");
            let started = std::time::Instant::now();
            assert_eq!(verify(&mut memory, "x", &stored), Verdict::Mismatch, "{stored}");
            assert!(
                started.elapsed() < std::time::Duration::from_millis(50),
                "{stored}: no work done"
            );
        }
        assert_eq!(memory.held_bytes(), 0);
    }

    #[test]
    fn the_decoy_costs_a_real_check_and_never_matches() {
        let decoy = decoy_hash();
        assert!(decoy.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{decoy}");
        let mut memory = Memory::new();
        for password in ["", "not a real password", "password"] {
            assert_eq!(verify(&mut memory, password, &decoy), Verdict::Mismatch);
        }
        assert_eq!(memory.held_bytes(), 19 * 1024 * 1024, "the full cost was spent");
    }

    #[test]
    fn seed_md5_rows_match_and_ask_for_an_upgrade() {
        let mut memory = Memory::new();
        let seed = format!("{:x}", md5::compute(b"123456"));
        assert_eq!(verify(&mut memory, "123456", &seed), Verdict::MatchNeedsUpgrade);
        assert_eq!(
            verify(&mut memory, "123456", &seed.to_uppercase()),
            Verdict::MatchNeedsUpgrade
        );
        assert_eq!(verify(&mut memory, "1234567", &seed), Verdict::Mismatch);
        assert_eq!(verify_seed_md5("123456", &seed), Some(Verdict::MatchNeedsUpgrade));
        assert_eq!(verify_seed_md5("123456", "$argon2id$"), None);
        assert_eq!(memory.held_bytes(), 0, "no argon2 work for MD5");
    }

    #[test]
    fn garbage_in_the_password_column_never_matches() {
        let mut memory = Memory::new();
        let garbage = [
            "",
            "plain",
            "$argon2id$broken",
            &"z".repeat(32),
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$AAAA",
            "$argon2id$v=16$m=19456,t=2,p=1$c2l4dGVlbiBieXRlIHNsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "$argon2id$v=19$m=19456,t=2,p=1$c2l4dGVlbiBieXRlIHNsdA",
            "$scrypt$ln=16,r=8,p=1$c2FsdHNhbHQ$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "$argon2id$v=19$m=19456,t=2,p=1,q=3$c2l4dGVlbiBieXRlIHNsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        ];
        for stored in garbage {
            assert_eq!(verify(&mut memory, "", stored), Verdict::Mismatch, "{stored:?}");
            assert_eq!(verify(&mut memory, "plain", stored), Verdict::Mismatch, "{stored:?}");
        }
    }
}
