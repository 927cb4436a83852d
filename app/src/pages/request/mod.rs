//! Asking a service to get in touch (a self-referral, or a referral by a supporter with the person's
//! agreement): a start page, one question per page, check your answers, and a confirmation. Pages are drawn
//! from a description of their fields ([`crate::models::question`]), so each question is data rather than a page
//! of its own.

pub mod check;
pub mod done;
pub mod follow;
pub mod question;
pub mod start;
