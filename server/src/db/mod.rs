//! Storage: one connection pool for either SQLite (embedded, the default) or PostgreSQL (for several nodes),
//! with migrations for each, and transactions with the same two arms ([`Tx`]). Features keep their SQL in one
//! module each and run it through [`with_db!`], which expands the same statement for both backends, on the pool
//! or inside a transaction. Times are stored as Unix seconds so both backends agree.

pub mod lease;

use sqlx::{
    pool::PoolConnection,
    postgres::{PgConnection, PgPool, PgPoolOptions},
    sqlite::{
        SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
    },
    Postgres, Sqlite, Transaction,
};
use std::{str::FromStr, time::Duration};

/// Runs one statement on whichever backend the database uses, either straight on the pool or inside a
/// transaction: `with_db!(db, conn => query.execute(conn).await.map(|r| r.rows_affected()))`, where `db` is a
/// `&Db`, a `&mut Tx` or an [`Exec`]. `conn` is a `&mut SqliteConnection` or a `&mut PgConnection`; the body is
/// expanded once for each, must evaluate to `Result<_, sqlx::Error>`, and both arms must produce the same type,
/// so map backend-specific results (such as query results) to plain values inside the body.
#[macro_export]
macro_rules! with_db {
    ($db:expr, $conn:ident => $body:expr) => {{
        let exec: $crate::db::Exec<'_> = ::core::convert::Into::into($db);
        let mut held = $crate::db::Held::default();
        match exec.connection(&mut held).await {
            Ok($crate::db::Connection::Sqlite($conn)) => $body,
            Ok($crate::db::Connection::Postgres($conn)) => $body,
            Err(e) => Err(e),
        }
    }};
}

/// Runs one statement that returns no rows, on either backend, and gives how many rows it changed:
/// `execute!(db, "UPDATE users SET role = $2 WHERE id = $1", id, role)` (binds in order of `$1`, `$2`, …).
#[macro_export]
macro_rules! execute {
    ($db:expr, $sql:expr $(, $bind:expr)* $(,)?) => {
        $crate::with_db!($db, conn => {
            ::sqlx::query($sql)$(.bind($bind))*.execute(conn).await.map(|r| r.rows_affected())
        })
    };
}

/// Runs one query on either backend and reads its rows as `T` (a `FromRow` type or a tuple), or as one column
/// with `scalar…`: `fetch!(db, optional::<UserRow>, "SELECT … WHERE id = $1", id)`. The modes are `one`,
/// `optional`, `all`, `scalar` (one value), `scalar_optional` and `scalars` (a column of every row).
#[macro_export]
macro_rules! fetch {
    ($db:expr, one::<$row:ty>, $sql:expr $(, $bind:expr)* $(,)?) => {
        $crate::with_db!($db, conn => ::sqlx::query_as::<_, $row>($sql)$(.bind($bind))*.fetch_one(conn).await)
    };
    ($db:expr, optional::<$row:ty>, $sql:expr $(, $bind:expr)* $(,)?) => {
        $crate::with_db!($db, conn => ::sqlx::query_as::<_, $row>($sql)$(.bind($bind))*.fetch_optional(conn).await)
    };
    ($db:expr, all::<$row:ty>, $sql:expr $(, $bind:expr)* $(,)?) => {
        $crate::with_db!($db, conn => ::sqlx::query_as::<_, $row>($sql)$(.bind($bind))*.fetch_all(conn).await)
    };
    ($db:expr, scalar::<$col:ty>, $sql:expr $(, $bind:expr)* $(,)?) => {
        $crate::with_db!($db, conn => ::sqlx::query_scalar::<_, $col>($sql)$(.bind($bind))*.fetch_one(conn).await)
    };
    ($db:expr, scalar_optional::<$col:ty>, $sql:expr $(, $bind:expr)* $(,)?) => {
        $crate::with_db!($db, conn => ::sqlx::query_scalar::<_, $col>($sql)$(.bind($bind))*.fetch_optional(conn).await)
    };
    ($db:expr, scalars::<$col:ty>, $sql:expr $(, $bind:expr)* $(,)?) => {
        $crate::with_db!($db, conn => ::sqlx::query_scalar::<_, $col>($sql)$(.bind($bind))*.fetch_all(conn).await)
    };
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("DATABASE_URL must start with sqlite:// or postgres://")]
    UnsupportedUrl,
    #[error("cannot create the database folder {path}: {source}")]
    Folder { path: String, source: std::io::Error },
    #[error("database error: {0}")]
    Sqlx(#[from] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

/// A connection pool to the portal's database.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

impl Db {
    /// Connects to the database the URL names. A SQLite file (and its folder) is created if missing and opened
    /// with write-ahead logging, full synchronous writes, foreign keys, `secure_delete` (deleted content is
    /// overwritten with zeros) and a busy timeout.
    pub async fn connect(url: &str) -> Result<Db, DbError> {
        if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                // Deleted rows are overwritten with zeros, not left in free pages.
                .pragma("secure_delete", "ON")
                .busy_timeout(Duration::from_secs(5));
            if let Some(folder) = options.get_filename().parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(folder)
                    .map_err(|source| DbError::Folder { path: folder.display().to_string(), source })?;
            }
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .acquire_timeout(Duration::from_secs(5))
                .connect_with(options)
                .await?;
            Ok(Db::Sqlite(pool))
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let pool =
                PgPoolOptions::new().max_connections(16).acquire_timeout(Duration::from_secs(5)).connect(url).await?;
            Ok(Db::Postgres(pool))
        } else {
            Err(DbError::UnsupportedUrl)
        }
    }

    /// Applies any migrations not yet applied.
    pub async fn migrate(&self) -> Result<(), DbError> {
        match self {
            Db::Sqlite(pool) => SQLITE_MIGRATIONS.run(pool).await?,
            Db::Postgres(pool) => POSTGRES_MIGRATIONS.run(pool).await?,
        }
        Ok(())
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> Result<(), DbError> {
        fetch!(self, scalar::<i32>, "SELECT 1")?;
        Ok(())
    }

    /// Starts a transaction. Everything written through it is kept only if [`Tx::commit`] is called; dropping
    /// it (on an early `?`, say) rolls it back. On SQLite the write lock is taken at once (`BEGIN IMMEDIATE`), so
    /// two transactions that read before they write wait for each other instead of failing.
    pub async fn begin(&self) -> Result<Tx, DbError> {
        Ok(match self {
            Db::Sqlite(pool) => Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// `"sqlite"` or `"postgres"`.
    pub fn backend(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    pub async fn close(&self) {
        match self {
            Db::Sqlite(pool) => pool.close().await,
            Db::Postgres(pool) => pool.close().await,
        }
    }
}

/// A transaction on either backend: a change that writes several rows goes through one, so that it is stored
/// whole or not at all.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

impl Tx {
    pub async fn commit(self) -> Result<(), DbError> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await?,
            Tx::Postgres(tx) => tx.commit().await?,
        }
        Ok(())
    }
}

/// Where a statement runs: on the pool (a connection for this statement only) or inside a transaction. Store
/// functions take `impl Into<Exec<'_>>`, so they are called with `&state.db` or `&mut tx` alike.
pub enum Exec<'a> {
    Pool(&'a Db),
    Tx(&'a mut Tx),
}

impl<'a> From<&'a Db> for Exec<'a> {
    fn from(db: &'a Db) -> Self {
        Exec::Pool(db)
    }
}

impl<'a> From<&'a mut Tx> for Exec<'a> {
    fn from(tx: &'a mut Tx) -> Self {
        Exec::Tx(tx)
    }
}

/// A connection taken from the pool for one statement, kept alive by [`with_db!`] while the statement runs.
#[doc(hidden)]
#[derive(Default)]
pub struct Held {
    sqlite: Option<PoolConnection<Sqlite>>,
    postgres: Option<PoolConnection<Postgres>>,
}

/// The connection a statement runs on.
#[doc(hidden)]
pub enum Connection<'c> {
    Sqlite(&'c mut SqliteConnection),
    Postgres(&'c mut PgConnection),
}

impl<'a> Exec<'a> {
    /// The connection to run on: the transaction's, or one acquired from the pool into `held`.
    #[doc(hidden)]
    pub async fn connection<'c>(self, held: &'c mut Held) -> Result<Connection<'c>, sqlx::Error>
    where
        'a: 'c,
    {
        match self {
            Exec::Tx(Tx::Sqlite(tx)) => Ok(Connection::Sqlite(tx)),
            Exec::Tx(Tx::Postgres(tx)) => Ok(Connection::Postgres(tx)),
            Exec::Pool(Db::Sqlite(pool)) => Ok(Connection::Sqlite(held.sqlite.insert(pool.acquire().await?))),
            Exec::Pool(Db::Postgres(pool)) => Ok(Connection::Postgres(held.postgres.insert(pool.acquire().await?))),
        }
    }
}

/// A stored word read back as its type (a status, say); a word the type does not know is a decoding error.
pub fn word<T: TryFrom<String, Error = app::models::UnknownWord>>(stored: String) -> Result<T, DbError> {
    T::try_from(stored).map_err(|e| DbError::Sqlx(sqlx::Error::Decode(Box::new(e))))
}

/// The current time in Unix seconds, the form every table stores times in.
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use std::{fs, path::Path};

    /// The only ways the two migration trees may differ: the names of the same types on each backend.
    const TYPE_NAMES: [(&str, &str); 2] =
        [("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY"), ("BLOB", "BYTEA")];

    fn tree(backend: &str) -> Vec<(String, String)> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(backend);
        let mut files: Vec<(String, String)> = fs::read_dir(&dir)
            .expect("migrations folder")
            .flatten()
            .map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                (name, fs::read_to_string(e.path()).expect("migration"))
            })
            .collect();
        files.sort();
        files
    }

    fn as_postgres(sqlite: &str) -> String {
        TYPE_NAMES.iter().fold(sqlite.to_string(), |sql, (lite, pg)| {
            // Whole words only, so that a column such as `blob_size` is left alone.
            let mut out = String::new();
            let mut rest = sql.as_str();
            while let Some(at) = rest.find(lite) {
                let before = rest[..at].chars().next_back();
                let after = rest[at + lite.len()..].chars().next();
                let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                out.push_str(&rest[..at]);
                out.push_str(if word(before) || word(after) { lite } else { pg });
                rest = &rest[at + lite.len()..];
            }
            out + rest
        })
    }

    /// The first line where `a` and `b` differ, for the failure message.
    fn first_difference(a: &str, b: &str) -> Option<(usize, String, String)> {
        let (mut left, mut right) = (a.lines(), b.lines());
        for number in 1.. {
            match (left.next(), right.next()) {
                (None, None) => return None,
                (l, r) if l == r => continue,
                (l, r) => return Some((number, l.unwrap_or("").into(), r.unwrap_or("").into())),
            }
        }
        None
    }

    #[test]
    fn the_two_migration_trees_differ_only_in_type_names() {
        let sqlite = tree("sqlite");
        let postgres = tree("postgres");
        let names = |t: &[(String, String)]| t.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert_eq!(names(&sqlite), names(&postgres), "the same migrations on both backends");
        assert!(sqlite.len() >= 6);
        for ((name, lite), (_, pg)) in sqlite.iter().zip(&postgres) {
            if let Some((line, expected, found)) = first_difference(&as_postgres(lite), pg) {
                panic!("{name} line {line}: SQLite's gives\n  {expected}\nbut PostgreSQL's has\n  {found}");
            }
        }
    }

    #[test]
    fn type_names_are_translated_as_whole_words_only() {
        assert_eq!(
            as_postgres("a BLOB NOT NULL, blob_size BIGINT, BLOBS"),
            "a BYTEA NOT NULL, blob_size BIGINT, BLOBS"
        );
        assert_eq!(as_postgres("id INTEGER PRIMARY KEY AUTOINCREMENT,"), "id BIGSERIAL PRIMARY KEY,");
        assert!(first_difference("a\nb", "a\nc").is_some_and(|(line, _, _)| line == 2));
        assert_eq!(first_difference("a\nb", "a\nb"), None);
    }
}
