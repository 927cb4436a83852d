//! The storage layer on SQLite and PostgreSQL: migrations, leases and cluster-wide housekeeping, SQLite's
//! settings, and the health check.

use crate::common;

use common::on_each_backend;
use waymark::{
    db::{lease, Db},
    maintenance::{self, Round},
};

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
async fn of_nodes_racing_for_a_lease_exactly_one_takes_it_until_it_runs_out() {
    on_each_backend(|app| async move {
        let db = &app.state.db;
        let (a, b, c) = tokio::join!(
            lease::take(db, "task", "node-a", 100, 200),
            lease::take(db, "task", "node-b", 100, 200),
            lease::take(db, "task", "node-c", 100, 200),
        );
        let taken = [a.expect("a"), b.expect("b"), c.expect("c")];
        assert_eq!(taken.iter().filter(|t| **t).count(), 1, "{}: {taken:?}", app.backend);
        assert!(!lease::take(db, "task", "node-b", 199, 300).await.expect("still held"));
        assert!(lease::take(db, "other", "node-b", 199, 300).await.expect("another lease is free"));
        assert!(lease::take(db, "task", "node-b", 200, 300).await.expect("ran out"));
    })
    .await;
}

#[tokio::test]
async fn housekeeping_runs_on_one_node_a_period_and_the_purge_once_a_day() {
    on_each_backend(|app| async move {
        let state = &app.state;
        let round = |node: &'static str| maintenance::round(state, node);
        let both = Round { removed: Some(0), purged: Some(0) };
        assert_eq!(round("node-a").await.expect("round"), both);
        assert_eq!(round("node-b").await.expect("round"), Round::default(), "the other node waits");
        state.clock.advance(maintenance::INTERVAL.as_secs() as i64);
        assert_eq!(round("node-b").await.expect("round"), Round { removed: Some(0), purged: None });
        assert_eq!(round("node-a").await.expect("round"), Round::default());
        state.clock.advance(24 * 60 * 60);
        assert_eq!(round("node-b").await.expect("round"), both, "a day later");
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
