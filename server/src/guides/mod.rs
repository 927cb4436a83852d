//! What the guides do for a reader beyond showing them: finding guides and their parts ([`find`]), remembering
//! where signed-in readers are in each guide and what they ticked ([`progress`]), keeping a reflection in the
//! diary ([`reflection`]), and the wellbeing check-in ([`check_in`]). Everything remembered is sealed under the
//! reader's diary key, so it is as private as the diary; anonymous readers are remembered nowhere.

pub mod check_in;
pub mod find;
pub mod progress;
pub mod reflection;
pub mod store;
