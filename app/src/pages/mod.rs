//! The pages. Each module draws one page (or a family of similar pages) from data the server hands it.

pub mod account;
pub mod bsl;
pub mod diary;
pub mod errors;
pub mod guides;
pub mod help;
pub mod home;
pub mod info;
pub mod partners;
pub mod request;
pub mod returns;
pub mod services;
pub mod triage;
