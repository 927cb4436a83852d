//! The self-help guides: the list with topic filters and search, a guide one step at a time with its
//! activities, and the wellbeing check-in.

pub mod activities;
pub mod bsl;
pub mod check_in;
pub mod guide;
pub mod index;
pub mod model;
