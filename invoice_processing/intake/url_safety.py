"""Where a download may go: URL shape, host names, and every address the host resolves to.

The rule is "the public internet only". A URL is refused before any connection when
- its scheme is not https (plain http only under the loopback test setting);
- it carries a user name or password, or no host;
- its host is a metadata or local name (``metadata.google.internal``, ``localhost``, ...) or
  an IP literal written in an unusual numeric form (``2130706433``, ``0x7f000001``, ``127.1``);
- it is outside the optional host allow-list;
- any address the host resolves to is loopback, private, link-local (``169.254.169.254``),
  multicast, reserved, unspecified, shared (CGNAT) or an IPv6 form that embeds an IPv4 address
  (IPv4-mapped, NAT64, 6to4, Teredo), which could smuggle a private address past the check.

``Target.address`` is the address that was checked; ``download.py`` connects to exactly that
address (no second DNS lookup, so no DNS rebinding between the check and the connection).

Test seams, both explicit settings and neither able to weaken the address check:
``allow_loopback`` admits 127.0.0.0/8 and ::1 (and plain http) so tests can serve files from
127.0.0.1; ``resolve_overrides`` answers chosen names like a hosts file (``files.test`` ->
127.0.0.1, ``intranet.test`` -> 10.0.0.7), and the answer is classified like any DNS answer.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import cast
from urllib.parse import SplitResult, urlsplit

from invoice_processing.errors import DownloadRefused, InvalidUrl, UrlNotFetchable

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]  # (host, port) -> address strings

METADATA_NAMES = frozenset({
    "metadata", "metadata.google.internal", "metadata.goog", "instance-data", "instance-data.ec2.internal",
})
LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_REFUSED = "The file URL points to a private or internal address; only public internet addresses are downloaded."


@dataclass(frozen=True)
class DownloadPolicy:
    """What the download may reach. The default is production's: https, public addresses."""

    allow_loopback: bool = False  # test setting: 127.0.0.0/8, ::1 and plain http
    allowed_hosts: tuple[str, ...] = ()  # empty: any public host; "*.example.com" matches subdomains
    resolve_overrides: Mapping[str, str] = field(default_factory=dict)  # test hosts file: name -> address
    max_redirects: int = 3
    ca_certs: str | None = None  # CA bundle for https (None: certifi's)


@dataclass(frozen=True)
class Target:
    """A checked download target: connect to ``address``, speak to ``host``."""

    scheme: str
    host: str  # lower-case name (or literal) for the Host header, SNI and certificate check
    port: int
    address: str  # the checked IP address to connect to
    path: str  # path and query as sent in the request line


def parse_url(url: str, policy: DownloadPolicy) -> SplitResult:
    """Shape checks that need no DNS: scheme, credentials, host present, port valid."""
    if not isinstance(url, str) or len(url) > 4096 or any(ch in url for ch in "\r\n\t\x00 "):
        raise InvalidUrl("The file URL is not a valid https URL.")
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise InvalidUrl("The file URL is not a valid https URL.") from None
    schemes = ("https", "http") if policy.allow_loopback else ("https",)
    if parts.scheme.lower() not in schemes or not parts.hostname:
        raise InvalidUrl("The file URL must start with https:// and name a host.", detail="scheme")
    if parts.username is not None or parts.password is not None:
        raise InvalidUrl("The file URL must not contain a user name or password.", detail="userinfo")
    return parts


def check_url(url: str, policy: DownloadPolicy, resolver: Resolver | None = None) -> Target:
    """Validate ``url`` and resolve its host to one checked address, or raise."""
    parts = parse_url(url, policy)
    scheme = parts.scheme.lower()
    host = cast(str, parts.hostname).rstrip(".").lower()  # parse_url refused URLs without a host
    port = parts.port or (443 if scheme == "https" else 80)
    check_host_name(host, policy)
    literal = ip_literal(host)
    addresses = [literal] if literal is not None else resolve(host, port, policy, resolver)
    for address in addresses:
        reason = refusal_reason(address, policy)
        if reason:
            raise DownloadRefused(_REFUSED, detail=f"{reason} address for host {host}")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return Target(scheme, host, port, str(addresses[0]), path)


def check_host_name(host: str, policy: DownloadPolicy) -> None:
    """Refuse metadata and local names, odd numeric forms, and hosts outside the allow-list."""
    if host in METADATA_NAMES or host.endswith(".internal"):
        raise DownloadRefused(_REFUSED, detail="metadata host name")
    if (host in LOCAL_NAMES or host.endswith(".localhost")) and not policy.allow_loopback:
        raise DownloadRefused(_REFUSED, detail="local host name")
    if _is_obfuscated_ipv4(host):
        raise DownloadRefused("The file URL writes its IP address in an unusual numeric form; use a host name.",
                              detail="numeric host form")
    if policy.allowed_hosts and not host_allowed(host, policy.allowed_hosts):
        raise DownloadRefused("The file URL's host is not on this service's list of allowed download hosts.",
                              detail=f"host not allowed: {host}")


def host_allowed(host: str, allowed: Sequence[str]) -> bool:
    for pattern in allowed:
        pattern = pattern.strip().lower().rstrip(".")
        if pattern.startswith("*.") and host.endswith(pattern[1:]) and host != pattern[2:]:
            return True
        if host == pattern:
            return True
    return False


def ip_literal(host: str) -> IpAddress | None:
    """The address when ``host`` is a canonical IP literal (brackets already removed)."""
    try:
        return ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return None


def _is_obfuscated_ipv4(host: str) -> bool:
    """True for numeric hosts that C resolvers read as IPv4 but are not dotted quads
    (``2130706433``, ``0x7f.1``, ``0177.0.0.1``, ``127.1``)."""
    if ip_literal(host) is not None:
        return False
    try:
        socket.inet_aton(host)  # parses only, never touches the network
    except OSError:
        return False
    return True


def resolve(host: str, port: int, policy: DownloadPolicy, resolver: Resolver | None = None) -> list[IpAddress]:
    """All addresses of ``host``: the override table first, else the resolver (DNS)."""
    override = policy.resolve_overrides.get(host)
    if override is not None:
        raw: Sequence[str] = [override]
    else:
        try:
            raw = (resolver or system_resolver)(host, port)
        except OSError:
            raw = []
    addresses = [a for a in (ip_literal(str(r)) for r in raw) if a is not None]
    if not addresses:
        raise UrlNotFetchable("The file URL's host name does not exist. Check the link.", detail="dns")
    return addresses


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    # stream sockets of a host name: IPv4/IPv6 addresses, whose first item is the address string
    return cast(list[str], [info[4][0] for info in infos])


def refusal_reason(address: IpAddress, policy: DownloadPolicy) -> str:
    """Why this address may not be contacted ("" when it may)."""
    if isinstance(address, ipaddress.IPv6Address):  # first: newer Pythons judge a mapped address by its IPv4
        if address.ipv4_mapped is not None or address.sixtofour is not None or address.teredo is not None:
            return "ipv4-embedding"
        if any(address in net for net in _NAT64):
            return "nat64"
        if address.is_site_local:
            return "site-local"
    if address.is_loopback:
        return "" if policy.allow_loopback else "loopback"
    for name in ("is_link_local", "is_multicast", "is_unspecified", "is_reserved", "is_private"):
        if getattr(address, name):
            return name[3:].replace("_", "-")
    if not address.is_global:
        return "non-global"
    return ""
