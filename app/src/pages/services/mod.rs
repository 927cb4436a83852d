//! The service directory: who can help, how to reach them, and whether they can be contacted through this
//! site.

pub mod card;
pub mod directory;

/// A filter link on the directory page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Where the link goes: the directory with this filter (and the other kind of filter kept).
    pub href: String,
    pub name: String,
    pub selected: bool,
}
