//! The service directory: who can help, how to reach them, and whether they can be contacted through this
//! site.

pub mod card;
pub mod directory;
pub mod model;
