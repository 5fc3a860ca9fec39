"""Egress guard for servers started by the SSRF tests (put this folder on PYTHONPATH).

An audit hook, which cannot be removed once installed, refuses every socket connection to a
non-loopback address and every DNS lookup of a name other than localhost, and prints
``EGRESS_BLOCKED`` to stderr. The product must refuse hostile URLs before it gets this far, so
the tests assert the marker never appears: a regression fails the test instead of sending a
packet anywhere but 127.0.0.1.
"""

import ipaddress
import sys

_LOCAL_NAMES = {None, "", "localhost", "127.0.0.1", "::1", b"localhost", b"127.0.0.1"}


def _loopback(host) -> bool:
    if host in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.decode() if isinstance(host, bytes) else host).is_loopback
    except ValueError:
        return False


def _guard(event, args):
    if event == "socket.connect":
        address = args[1]
        if isinstance(address, tuple) and not _loopback(address[0]):
            print(f"EGRESS_BLOCKED connect {address[0]}", file=sys.stderr, flush=True)
            raise OSError("egress guard: only loopback may be contacted in tests")
    elif event == "socket.getaddrinfo" and not _loopback(args[0]):
        print("EGRESS_BLOCKED dns lookup", file=sys.stderr, flush=True)
        raise OSError("egress guard: no DNS lookups in tests")


sys.addaudithook(_guard)
