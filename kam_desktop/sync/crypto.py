"""Password encryption of a bundle: AES-256-GCM in chunks, the key from scrypt.

Layout: a 37-byte header, then the ZIP in chunks of ``2**chunk_log2`` bytes, each sealed
with its own nonce (a random prefix, the chunk's number and a "last chunk" flag) and the
whole header as associated data. So a changed header byte, a changed, missing, reordered or
appended chunk, or a cut-off end all fail authentication; and a file with absurd key-
derivation settings is refused before any work is done.

    magic "KAMSYNC\\0" | version 1 | kdf 1 (scrypt) | log2 N | r | p | salt (16)
    | nonce prefix (7) | chunk log2
"""
from __future__ import annotations

import os
import struct
import unicodedata
from typing import BinaryIO, Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kam_desktop.domain.text import Text
from kam_desktop.sync.errors import BundleError

MAGIC = b"KAMSYNC\x00"
VERSION = 1
_SCRYPT = 1
_HEADER = struct.Struct(">8sBBBBB16s7sB")
HEADER_SIZE = _HEADER.size
TAG = 16
#: what a new bundle uses: 256 MB of memory and about 0.7 s of one core, twice OWASP's
#: minimum for scrypt (N=2^17) and what ``age`` uses for passphrases. Bundles made with
#: less (N=2^15 before this) still open: the header says what each file used.
LOG2_N, R, P = 18, 8, 1
CHUNK_LOG2 = 20
#: the most a file may ask for: N up to 2^20 and 1 GB of memory (128·N·r bytes), and at
#: most four times the work of a new bundle (N·r·p), so a forged header cannot make the
#: reader spend more than a few seconds
MAX_LOG2_N, MAX_R, MAX_P = 20, 8, 4
MAX_WORK = (1 << MAX_LOG2_N) * MAX_R


def is_encrypted(head: bytes) -> bool:
    return head.startswith(MAGIC)


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=2 ** log2_n, r=r, p=p).derive(secret)


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", number, 1 if last else 0)


def encrypt(chunks: Iterator[bytes], out: BinaryIO, password: str) -> None:
    """Write the header and the sealed ``chunks`` (each at most 2**CHUNK_LOG2 bytes; the
    caller's iterator is re-cut to that size) to ``out``."""
    salt, prefix = os.urandom(16), os.urandom(7)
    header = _HEADER.pack(MAGIC, VERSION, _SCRYPT, LOG2_N, R, P, salt, prefix, CHUNK_LOG2)
    cipher = AESGCM(_key(password, salt, LOG2_N, R, P))
    out.write(header)
    size = 1 << CHUNK_LOG2
    buffer = bytearray()
    number = 0
    for piece in chunks:
        buffer += piece
        while len(buffer) > size:  # keep at least one byte back: the last chunk is flagged
            out.write(cipher.encrypt(_nonce(prefix, number, False), bytes(buffer[:size]), header))
            del buffer[:size]
            number += 1
    out.write(cipher.encrypt(_nonce(prefix, number, True), bytes(buffer), header))


def _refused() -> BundleError:
    return BundleError(Text("the bundle cannot be decrypted: the password is wrong, or the "
                            "file was damaged or altered"))


def decrypt(source: BinaryIO, password: str, limit: int) -> bytes:
    """The plaintext of an encrypted bundle (at most ``limit`` bytes)."""
    header = source.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE:
        raise BundleError(Text("the file is incomplete: it ends inside its header"))
    magic, version, kdf, log2_n, r, p, salt, prefix, chunk_log2 = _HEADER.unpack(header)
    if version > VERSION:
        raise BundleError(Text("the bundle was made by a newer version of KAM Desktop "
                               "(format {version}); update KAM Desktop to import it",
                               version=version))
    if version != VERSION or kdf != _SCRYPT or not 12 <= chunk_log2 <= 24:
        raise _refused()
    if not (10 <= log2_n <= MAX_LOG2_N and 1 <= r <= MAX_R and 1 <= p <= MAX_P
            and (r * p) << log2_n <= MAX_WORK):
        raise BundleError(Text("the bundle asks for key-derivation settings beyond the "
                               "limits (N=2^{log2_n}, r={r}, p={p})",
                               log2_n=log2_n, r=r, p=p))
    cipher = AESGCM(_key(password, salt, log2_n, r, p))
    block = (1 << chunk_log2) + TAG
    plain = bytearray()
    number = 0
    sealed = source.read(block)
    while True:
        following = source.read(block) if len(sealed) == block else b""
        last = not following
        try:
            plain += cipher.decrypt(_nonce(prefix, number, last), sealed, header)
        except InvalidTag:
            raise _refused() from None
        if last:
            return bytes(plain)
        if len(plain) > limit:
            raise BundleError(Text("the bundle is larger than {limit} MB",
                                   limit=limit >> 20))
        sealed = following
        number += 1
        if number >= 1 << 32:
            raise _refused()
