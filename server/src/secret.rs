//! The server secret: 32 random bytes from which keys for sealing data are derived. It comes from
//! `WAYMARK_SECRET_KEY` or from `<data dir>/secret.key`, generated once with permissions 0600. It is never
//! logged or shown.

use base64::{engine::general_purpose::STANDARD, Engine as _};
use rand::RngCore;
use secrecy::{ExposeSecret, SecretBox};
use std::{fs, io::Write, path::Path};

const FILE_NAME: &str = "secret.key";

#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("WAYMARK_SECRET_KEY must be 32 bytes encoded in base64 (for example from `openssl rand -base64 32`)")]
    BadEnvironmentKey,
    #[error("{path} does not hold 32 bytes in base64; delete it to generate a new one (anything sealed with the old key is then lost)")]
    BadKeyFile { path: String },
    #[error("cannot read or create the secret key file {path}: {source}")]
    Io { path: String, source: std::io::Error },
}

/// The server secret. `Debug` never shows it.
pub struct ServerSecret(SecretBox<[u8; 32]>);

impl std::fmt::Debug for ServerSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ServerSecret(…)")
    }
}

impl ServerSecret {
    /// Loads the secret from the environment value if given, otherwise from the data folder, creating it there
    /// on first start.
    pub fn load(from_env: Option<&str>, data_dir: &Path) -> Result<ServerSecret, SecretError> {
        if let Some(value) = from_env.filter(|v| !v.trim().is_empty()) {
            return decode(value).ok_or(SecretError::BadEnvironmentKey);
        }
        let path = data_dir.join(FILE_NAME);
        let shown = path.display().to_string();
        let io = |source| SecretError::Io { path: shown.clone(), source };
        match fs::read_to_string(&path) {
            Ok(text) => {
                warn_if_readable_by_others(&path);
                decode(&text).ok_or_else(|| SecretError::BadKeyFile { path: shown.clone() })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                fs::create_dir_all(data_dir).map_err(io)?;
                let mut bytes = [0u8; 32];
                rand::rngs::OsRng.fill_bytes(&mut bytes);
                let mut file = create_private(&path).map_err(io)?;
                file.write_all(STANDARD.encode(bytes).as_bytes()).map_err(io)?;
                file.sync_all().map_err(io)?;
                tracing::info!(path = %shown, "generated a new server secret");
                Ok(ServerSecret(SecretBox::new(Box::new(bytes))))
            }
            Err(e) => Err(io(e)),
        }
    }

    /// A fixed secret for tests.
    pub fn for_tests() -> ServerSecret {
        ServerSecret(SecretBox::new(Box::new([7u8; 32])))
    }

    /// The raw secret, for deriving purpose-specific keys.
    pub fn expose(&self) -> &[u8; 32] {
        self.0.expose_secret()
    }
}

fn decode(text: &str) -> Option<ServerSecret> {
    let bytes = STANDARD.decode(text.trim()).ok()?;
    let array: [u8; 32] = bytes.as_slice().try_into().ok()?;
    Some(ServerSecret(SecretBox::new(Box::new(array))))
}

#[cfg(unix)]
fn create_private(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)
}

#[cfg(not(unix))]
fn create_private(path: &Path) -> std::io::Result<fs::File> {
    fs::OpenOptions::new().write(true).create_new(true).open(path)
}

#[cfg(unix)]
fn warn_if_readable_by_others(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = fs::metadata(path) {
        if meta.permissions().mode() & 0o077 != 0 {
            tracing::warn!(path = %path.display(), "the secret key file can be read by other users; run chmod 600 on it");
        }
    }
}

#[cfg(not(unix))]
fn warn_if_readable_by_others(_path: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generates_once_with_private_permissions_and_reuses() {
        let dir = tempfile::tempdir().expect("tempdir");
        let first = ServerSecret::load(None, dir.path()).expect("generate");
        let second = ServerSecret::load(None, dir.path()).expect("reload");
        assert_eq!(first.expose(), second.expose());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.path().join(FILE_NAME)).expect("file").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn environment_value_wins_and_is_validated() {
        let dir = tempfile::tempdir().expect("tempdir");
        let key = STANDARD.encode([9u8; 32]);
        let secret = ServerSecret::load(Some(&key), dir.path()).expect("env key");
        assert_eq!(secret.expose(), &[9u8; 32]);
        assert!(!dir.path().join(FILE_NAME).exists());
        assert!(matches!(ServerSecret::load(Some("too-short"), dir.path()), Err(SecretError::BadEnvironmentKey)));
    }

    #[test]
    fn debug_does_not_reveal_the_secret() {
        let text = format!("{:?}", ServerSecret::for_tests());
        assert_eq!(text, "ServerSecret(…)");
    }
}
