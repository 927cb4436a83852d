//! Where a service works and where a person lives, as far as routing needs: one of Cleveland's four boroughs.

use crate::i18n::{msg, Text};

crate::words! {
    /// One of the four boroughs of Cleveland.
    pub enum Borough {
        Hartlepool = "hartlepool",
        Middlesbrough = "middlesbrough",
        RedcarAndCleveland = "redcar-and-cleveland",
        StocktonOnTees = "stockton-on-tees",
    }
}

impl Borough {
    /// The borough's name.
    pub fn label(self) -> Text {
        match self {
            Borough::Hartlepool => msg("area-hartlepool"),
            Borough::Middlesbrough => msg("area-middlesbrough"),
            Borough::RedcarAndCleveland => msg("area-redcar-and-cleveland"),
            Borough::StocktonOnTees => msg("area-stockton-on-tees"),
        }
    }
}

/// The word a service file uses for a service anyone in the country can use.
pub const NATIONAL: &str = "national";
