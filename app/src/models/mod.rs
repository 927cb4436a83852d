//! Domain types shared by the server and the pages: plain data with serde, no I/O. A word that is stored,
//! posted or compared in more than one place is a type here (see [`words!`]).

pub mod account;
pub mod agreement;
pub mod area;
pub mod check_in;
pub mod diary;
pub mod flash;
pub mod guide;
pub mod outcome;
pub mod partners;
pub mod question;
pub mod referral;
pub mod request;
pub mod service;
pub mod staff;
pub mod summary;
pub mod vocabulary;

/// A word that is not one of a type's words (read from storage or a form).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown word {0:?}")]
pub struct UnknownWord(pub String);

/// Declares an enum whose values are stored and posted as fixed words: `ALL` (in order), `as_str`, `parse`,
/// serde as the word, `Display`, and `TryFrom<String>` (so that sqlx can read it with
/// `#[sqlx(try_from = "String")]`).
#[macro_export]
macro_rules! words {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $word)] $variant),+
        }

        impl $name {
            /// Every value, in order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored and posted word.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word),+
                }
            }

            /// The value a word stands for, if any.
            pub fn parse(word: &str) -> Option<$name> {
                match word {
                    $($word => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::convert::TryFrom<String> for $name {
            type Error = $crate::models::UnknownWord;

            fn try_from(word: String) -> Result<$name, Self::Error> {
                $name::parse(&word).ok_or($crate::models::UnknownWord(word))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    crate::words! {
        /// A test type.
        pub enum Colour { Red = "red", DarkBlue = "dark-blue" }
    }

    #[test]
    fn words_round_trip() {
        for colour in Colour::ALL {
            assert_eq!(Colour::parse(colour.as_str()), Some(*colour));
            assert_eq!(Colour::try_from(colour.to_string()), Ok(*colour));
        }
        assert_eq!(Colour::parse("green"), None);
        assert!(Colour::try_from("Red".to_string()).is_err());
        assert_eq!(serde_json::to_string(&Colour::DarkBlue).ok().as_deref(), Some("\"dark-blue\""));
    }
}
