//! The storage layer on SQLite and PostgreSQL: migrations, the shared key-value table, SQLite's settings, and
//! the health check.

use crate::common;

use common::on_each_backend;
use waymark::db::{meta, Db};

#[tokio::test]
async fn migrations_apply_once_and_are_idempotent() {
    on_each_backend(|app| async move {
        app.state.db.migrate().await.expect("second migration run is a no-op");
        let applied: i64 = waymark::with_db!(&app.state.db, conn => {
            sqlx::query_scalar("SELECT COUNT(*) FROM _sqlx_migrations WHERE success").fetch_one(conn).await
        })
        .expect("migrations table");
        assert!(applied >= 1, "{}: no migrations recorded", app.backend);
    })
    .await;
}

#[tokio::test]
async fn meta_values_are_stored_replaced_and_raced_safely() {
    on_each_backend(|app| async move {
        let db = &app.state.db;
        assert_eq!(meta::get(db, "purge.last_run").await.expect("get"), None);
        meta::set(db, "purge.last_run", "100").await.expect("set");
        meta::set(db, "purge.last_run", "200").await.expect("replace");
        assert_eq!(meta::get(db, "purge.last_run").await.expect("get").as_deref(), Some("200"));

        // Only the node that saw the current value wins.
        assert!(meta::compare_and_set(db, "purge.last_run", Some("200"), "300").await.expect("cas"));
        assert!(!meta::compare_and_set(db, "purge.last_run", Some("200"), "400").await.expect("cas"));
        assert!(meta::compare_and_set(db, "lock", None, "a").await.expect("cas insert"));
        assert!(!meta::compare_and_set(db, "lock", None, "b").await.expect("cas insert again"));
        assert_eq!(meta::get(db, "lock").await.expect("get").as_deref(), Some("a"));
    })
    .await;
}

#[tokio::test]
async fn sqlite_is_opened_with_wal_full_sync_and_foreign_keys() {
    let app = common::sqlite_app().await;
    let Db::Sqlite(conn) = &app.state.db else { panic!("expected SQLite") };
    let journal: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(conn).await.expect("pragma");
    let synchronous: i64 = sqlx::query_scalar("PRAGMA synchronous").fetch_one(conn).await.expect("pragma");
    let foreign_keys: i64 = sqlx::query_scalar("PRAGMA foreign_keys").fetch_one(conn).await.expect("pragma");
    let busy_timeout: i64 = sqlx::query_scalar("PRAGMA busy_timeout").fetch_one(conn).await.expect("pragma");
    assert_eq!(journal.to_lowercase(), "wal");
    assert_eq!(synchronous, 2, "synchronous=FULL");
    assert_eq!(foreign_keys, 1);
    assert!(busy_timeout >= 1000, "busy timeout {busy_timeout}");
}

#[tokio::test]
async fn the_sqlite_file_and_its_folder_are_created_on_first_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("nested/folder/waymark.db");
    let db = Db::connect(&format!("sqlite://{}", file.display())).await.expect("connect");
    db.migrate().await.expect("migrate");
    assert!(file.exists());
}

#[tokio::test]
async fn unsupported_database_urls_are_refused_clearly() {
    let err = Db::connect("mysql://localhost/x").await.expect_err("refused");
    assert!(err.to_string().contains("sqlite:// or postgres://"), "{err}");
}

#[tokio::test]
async fn health_reports_a_reachable_database() {
    on_each_backend(|app| async move {
        let reply = app.get("/healthz").await;
        assert_eq!(reply.status, 200, "{}", app.backend);
        let json: serde_json::Value = serde_json::from_slice(&reply.body).expect("json");
        assert_eq!(json["status"], "ok");
        assert_eq!(json["database"]["reachable"], true);
        assert_eq!(json["database"]["backend"], app.backend);
    })
    .await;
}

#[tokio::test]
async fn health_answers_503_when_the_database_is_gone() {
    on_each_backend(|app| async move {
        app.state.db.close().await;
        let reply = app.get("/healthz").await;
        assert_eq!(reply.status, 503, "{}", app.backend);
        let json: serde_json::Value = serde_json::from_slice(&reply.body).expect("json");
        assert_eq!(json["database"]["reachable"], false);
    })
    .await;
}
