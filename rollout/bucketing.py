"""Stable bucketing: SHA-256 of salt and key mapped to 0..9999.

The same key lands in the same bucket on every instance, after restarts and on retries
(Python's built-in string hashing is salted per process and is never used). A bucket below a stage's
threshold stays below every larger threshold, so raising the percentage only adds invoices.
"""

from __future__ import annotations

import hashlib

BUCKETS = 10_000


def bucket(key: str, salt: str) -> int:
    digest = hashlib.sha256(f"{salt}:{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % BUCKETS
