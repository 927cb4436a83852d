//! The first half of a postcode (the outward code, such as `TS10`) turned into one of Cleveland's boroughs,
//! when it lies wholly in one. Only the borough is kept: the postcode itself is never stored.
//!
//! Cleveland's four boroughs all have `TS` postcodes. Districts known to lie in one borough are mapped to it;
//! districts that cross a borough boundary, or reach beyond Cleveland, or that we are not sure of, ask the
//! person to choose their borough instead. A postcode that does not start with `TS` is outside Cleveland.

use app::models::area::Borough;

/// What a postcode says about where someone lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum District {
    Borough(Borough),
    /// The district crosses a boundary (or we are not sure): ask for the borough.
    Ask,
    Outside,
    /// Not the shape of a UK postcode.
    NotAPostcode,
}

/// The `TS` districts that lie wholly in one borough.
fn ts(number: u8) -> District {
    use Borough::*;
    match number {
        1 | 4 | 5 => District::Borough(Middlesbrough),
        6 | 10 | 11 | 12 | 14 => District::Borough(RedcarAndCleveland),
        16..=20 | 23 => District::Borough(StocktonOnTees),
        24..=26 => District::Borough(Hartlepool),
        // County Durham.
        28 | 29 => District::Outside,
        // TS2, TS3, TS7, TS8 (Middlesbrough and a neighbour), TS9 and TS13 (Redcar and Cleveland or North
        // Yorkshire), TS15 (Stockton-on-Tees or North Yorkshire), TS21, TS22 and TS27 (Stockton-on-Tees,
        // Hartlepool or County Durham), and anything else.
        _ => District::Ask,
    }
}

/// Reads the first half of a postcode (a whole postcode is accepted too, and only its first half read).
pub fn district(input: &str) -> District {
    let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    let b = compact.as_bytes();
    // A whole postcode ends with a digit and two letters.
    let outward =
        if b.len() >= 5 && b[b.len() - 3].is_ascii_digit() && b[b.len() - 2..].iter().all(u8::is_ascii_alphabetic) {
            &compact[..compact.len() - 3]
        } else {
            &compact[..]
        };
    let letters: String = outward.chars().take_while(char::is_ascii_alphabetic).collect();
    let rest = &outward[letters.len()..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let tail = &rest[digits.len()..];
    let shaped = (1..=2).contains(&letters.len())
        && (1..=2).contains(&digits.len())
        && tail.len() <= 1
        && tail.chars().all(|c| c.is_ascii_alphabetic());
    if !shaped {
        return District::NotAPostcode;
    }
    if letters != "TS" {
        return District::Outside;
    }
    match (digits.parse::<u8>(), tail.is_empty()) {
        (Ok(n), true) => ts(n),
        _ => District::Ask,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Borough::*;

    #[test]
    fn districts_wholly_in_one_borough() {
        assert_eq!(district("TS10"), District::Borough(RedcarAndCleveland));
        assert_eq!(district("ts1"), District::Borough(Middlesbrough));
        assert_eq!(district(" TS24 "), District::Borough(Hartlepool));
        assert_eq!(district("TS18"), District::Borough(StocktonOnTees));
        assert_eq!(district("TS6"), District::Borough(RedcarAndCleveland));
    }

    #[test]
    fn a_whole_postcode_is_read_by_its_first_half() {
        assert_eq!(district("TS10 1AB"), District::Borough(RedcarAndCleveland));
        assert_eq!(district("ts241ab"), District::Borough(Hartlepool));
    }

    #[test]
    fn districts_across_a_boundary_ask_for_the_borough() {
        for code in ["TS2", "TS3", "TS7", "TS8", "TS9", "TS13", "TS15", "TS21", "TS22", "TS27", "TS99"] {
            assert_eq!(district(code), District::Ask, "{code}");
        }
    }

    #[test]
    fn elsewhere_and_nonsense() {
        assert_eq!(district("DL1"), District::Outside);
        assert_eq!(district("SW1A"), District::Outside);
        assert_eq!(district("TS28"), District::Outside);
        for bad in ["", "TS", "12", "hello there", "TS1234", "T"] {
            assert_eq!(district(bad), District::NotAPostcode, "{bad:?}");
        }
    }

    #[test]
    fn every_ts_district_has_an_answer() {
        for n in 0..=99u8 {
            assert_ne!(district(&format!("TS{n}")), District::NotAPostcode);
        }
    }
}
