//! The client's address behind every limit: the connecting peer's, or, when the peer is one of the trusted
//! proxies (`WAYMARK_TRUSTED_PROXIES`), the right-most `X-Forwarded-For` hop that is not a trusted proxy. IPv6
//! addresses are keyed by their /64 (one household or device usually has a whole /64), IPv4-mapped IPv6 as
//! IPv4.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// One network: an address and how many leading bits of it count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cidr {
    network: IpAddr,
    bits: u8,
}

impl Cidr {
    /// `10.0.0.0/8`, `fd00::/8`, or a single address (`192.0.2.7`, `::1`).
    pub fn parse(text: &str) -> Option<Cidr> {
        let (address, bits) = match text.split_once('/') {
            Some((a, b)) => (a, Some(b.parse::<u8>().ok()?)),
            None => (text, None),
        };
        let parsed = address.trim().parse::<IpAddr>().ok()?;
        let network = canonical(parsed);
        // `::ffff:10.0.0.0/104` is `10.0.0.0/8`.
        let bits = match (parsed, bits) {
            (IpAddr::V6(_), Some(b)) if network.is_ipv4() => Some(b.checked_sub(96)?),
            (_, b) => b,
        };
        let max = if network.is_ipv4() { 32 } else { 128 };
        let bits = bits.unwrap_or(max);
        (bits <= max).then_some(Cidr { network, bits })
    }

    pub fn contains(&self, address: IpAddr) -> bool {
        match (self.network, canonical(address)) {
            (IpAddr::V4(net), IpAddr::V4(a)) => {
                prefix(u32::from(net).into(), 32, self.bits) == prefix(u32::from(a).into(), 32, self.bits)
            }
            (IpAddr::V6(net), IpAddr::V6(a)) => {
                prefix(u128::from(net), 128, self.bits) == prefix(u128::from(a), 128, self.bits)
            }
            _ => false,
        }
    }
}

/// The leading `bits` of a `width`-bit number.
fn prefix(value: u128, width: u32, bits: u8) -> u128 {
    let bits = u32::from(bits).min(width);
    if bits == 0 {
        0
    } else {
        value >> (width - bits)
    }
}

/// The proxies whose `X-Forwarded-For` is believed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<Cidr>);

impl TrustedProxies {
    /// A comma-separated list of networks (`10.0.0.0/8, ::1`); empty trusts no proxy.
    pub fn parse(text: &str) -> Result<TrustedProxies, String> {
        text.split(',')
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .map(|part| Cidr::parse(part).ok_or_else(|| format!("`{part}` is not an IP address or network (CIDR)")))
            .collect::<Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }

    pub fn trusts(&self, address: IpAddr) -> bool {
        self.0.iter().any(|cidr| cidr.contains(address))
    }
}

/// IPv4-mapped IPv6 (`::ffff:192.0.2.7`) as the IPv4 address it is.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(IpAddr::V6(v6)),
        v4 => v4,
    }
}

/// One `X-Forwarded-For` hop: an address, perhaps in brackets or with a port. `None` for anything else.
fn hop(text: &str) -> Option<IpAddr> {
    let text = text.trim().trim_matches('"');
    if let Ok(address) = text.parse::<IpAddr>() {
        return Some(canonical(address));
    }
    if let Some(rest) = text.strip_prefix('[') {
        return rest.split_once(']').and_then(|(a, _)| a.parse::<Ipv6Addr>().ok()).map(|a| canonical(a.into()));
    }
    let (address, port) = text.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    address.parse::<Ipv4Addr>().ok().map(IpAddr::V4)
}

/// The address the client is counted under: see the module's description. `forwarded` holds every
/// `X-Forwarded-For` header value in order. A hop that is not an address stops the walk: the client is then
/// counted under the trusted proxy that added it.
pub fn resolve(peer: Option<IpAddr>, forwarded: &[&str], trusted: &TrustedProxies) -> String {
    let Some(peer) = peer.map(canonical) else { return "unknown".into() };
    let mut client = peer;
    if trusted.trusts(peer) {
        let hops = forwarded.iter().flat_map(|value| value.split(',')).collect::<Vec<_>>();
        for text in hops.into_iter().rev() {
            let Some(address) = hop(text) else { break };
            client = address;
            if !trusted.trusts(address) {
                break;
            }
        }
    }
    key(client)
}

/// IPv4 as it is; IPv6 as its /64 network.
fn key(address: IpAddr) -> String {
    match address {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let network = Ipv6Addr::from(u128::from(v6) & !((1u128 << 64) - 1));
            format!("{network}/64")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proxies(text: &str) -> TrustedProxies {
        TrustedProxies::parse(text).expect("valid list")
    }

    fn ip(text: &str) -> Option<IpAddr> {
        Some(text.parse().expect("address"))
    }

    #[test]
    fn networks_parse_and_match() {
        let list = proxies(" 10.0.0.0/8, 192.0.2.7 ,fd00::/8, ::1 ");
        assert!(list.trusts("10.200.3.4".parse().unwrap()));
        assert!(list.trusts("192.0.2.7".parse().unwrap()));
        assert!(!list.trusts("192.0.2.8".parse().unwrap()));
        assert!(list.trusts("fd12:3456::1".parse().unwrap()));
        assert!(list.trusts("::1".parse().unwrap()));
        assert!(!list.trusts("::2".parse().unwrap()));
        assert!(list.trusts("::ffff:10.1.2.3".parse().unwrap()), "IPv4-mapped IPv6 is IPv4");
        assert!(proxies("0.0.0.0/0").trusts("203.0.113.9".parse().unwrap()));
        assert!(!proxies("0.0.0.0/0").trusts("2001:db8::1".parse().unwrap()), "IPv4 networks hold no IPv6");
        assert_eq!(proxies(""), TrustedProxies::default());
    }

    #[test]
    fn junk_in_the_list_is_refused_with_its_text() {
        for bad in ["10.0.0.0/33", "::/129", "10.0.0", "proxy.example", "10.0.0.0/x", "10.0.0.0/-1"] {
            let error = TrustedProxies::parse(&format!("127.0.0.1, {bad}")).expect_err(bad);
            assert!(error.contains(bad), "{error}");
        }
    }

    #[test]
    fn without_a_trusted_peer_the_header_is_ignored() {
        let none = TrustedProxies::default();
        assert_eq!(resolve(ip("203.0.113.9"), &["198.51.100.1"], &none), "203.0.113.9");
        let list = proxies("10.0.0.0/8");
        assert_eq!(resolve(ip("203.0.113.9"), &["198.51.100.1"], &list), "203.0.113.9", "a peer not on the list");
        assert_eq!(resolve(None, &[], &list), "unknown");
    }

    #[test]
    fn the_right_most_untrusted_hop_is_the_client() {
        let list = proxies("10.0.0.0/8, 192.0.2.0/24");
        assert_eq!(resolve(ip("10.0.0.2"), &["198.51.100.1"], &list), "198.51.100.1");
        // Two proxies: the edge (192.0.2.5) added the client, the inner one added the edge.
        assert_eq!(resolve(ip("10.0.0.2"), &["198.51.100.1, 192.0.2.5"], &list), "198.51.100.1");
        // Spoofed hops on the left, written by the client itself, are passed over.
        assert_eq!(resolve(ip("10.0.0.2"), &["1.2.3.4, 5.6.7.8, 198.51.100.1"], &list), "198.51.100.1");
        assert_eq!(resolve(ip("10.0.0.2"), &["10.9.9.9, 198.51.100.1"], &list), "198.51.100.1", "a spoofed proxy");
        // Several header lines are one list, in order.
        assert_eq!(resolve(ip("10.0.0.2"), &["1.2.3.4", "198.51.100.1, 192.0.2.5"], &list), "198.51.100.1");
        // Only trusted hops: the left-most of them.
        assert_eq!(resolve(ip("10.0.0.2"), &["10.0.0.7, 192.0.2.5"], &list), "10.0.0.7");
        // No header: the proxy itself.
        assert_eq!(resolve(ip("10.0.0.2"), &[], &list), "10.0.0.2");
        // Ports and brackets.
        assert_eq!(resolve(ip("10.0.0.2"), &["198.51.100.1:4711"], &list), "198.51.100.1");
        assert_eq!(resolve(ip("10.0.0.2"), &["[2001:db8:1:2::5]:443"], &list), "2001:db8:1:2::/64");
    }

    #[test]
    fn junk_hops_stop_at_the_proxy_that_added_them() {
        let list = proxies("10.0.0.0/8");
        for junk in ["unknown", "", "  ", "198.51.100.1.7", "_hidden", "2001:db8::zz", "1.2.3.4:99999"] {
            assert_eq!(resolve(ip("10.0.0.2"), &[&format!("1.2.3.4, {junk}")], &list), "10.0.0.2", "{junk:?}");
        }
        assert_eq!(resolve(ip("10.0.0.2"), &["unknown, 10.0.0.9"], &list), "10.0.0.9");
    }

    #[test]
    fn ipv6_is_keyed_by_its_64_and_mapped_addresses_as_ipv4() {
        let none = TrustedProxies::default();
        let a = resolve(ip("2001:db8:aa:bb:1:2:3:4"), &[], &none);
        assert_eq!(a, "2001:db8:aa:bb::/64");
        assert_eq!(resolve(ip("2001:db8:aa:bb:ffff::9"), &[], &none), a, "same /64, same key");
        assert_ne!(resolve(ip("2001:db8:aa:bc::1"), &[], &none), a, "another /64");
        assert_eq!(resolve(ip("::ffff:203.0.113.9"), &[], &none), "203.0.113.9");
        let list = proxies("::ffff:10.0.0.0/104, 10.0.0.0/8");
        assert_eq!(resolve(ip("::ffff:10.0.0.2"), &["::ffff:198.51.100.1"], &list), "198.51.100.1");
    }
}
