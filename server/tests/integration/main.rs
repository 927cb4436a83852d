//! The integration tests, linked into one binary (one test binary per file spent most of the test build on
//! linking). Each module tests one feature through HTTP, on SQLite and, when `TEST_POSTGRES_URL` is set, on
//! PostgreSQL; [`common`] starts an application on a fresh database.

mod common;

mod accounts;
mod alerts;
mod api;
mod deletion;
mod diary;
mod follow;
mod guesses;
mod guides;
mod limits;
mod logging;
mod oruk;
mod page_cache;
mod partners;
mod reads;
mod referrals;
mod returns;
mod security;
mod shell;
mod smtp;
mod staff;
mod storage;
mod teams;
mod two_nodes;
