//! The private recovery diary. Entries are sealed with XChaCha20-Poly1305 under a random 256-bit key per
//! person, with the person's and entry's ids as associated data. The key is stored only wrapped: under a key
//! derived from the password (Argon2id, its own salt), under each recovery code, and, while signed in, under a
//! key derived from each session's token, which only the browser holds. Without the password or a recovery code
//! nobody can read a diary: not staff, not an administrator holding the database and the server secret.
//!
//! - [`keys`]: creating, wrapping and unwrapping diary keys.
//! - [`entries`]: what an entry holds, and sealing it.
//! - [`store`]: all SQL for the diary.

pub mod entries;
pub mod keys;
pub mod store;
