# _sha512: SHA-512 and SHA-384 digests, incremental updates, copies, errors.
import _sha512
for data in [b"", b"abc", b"a" * 111, b"a" * 112, b"a" * 127, b"a" * 128, b"a" * 129, bytes(range(256)) * 5]:
    print(len(data), _sha512.sha512(data).hexdigest()[:32], _sha512.sha384(data).hexdigest()[-32:])
h = _sha512.sha512()
for i in range(300):
    h.update(bytes([i % 256]) * i)
print(h.hexdigest())
c = h.copy()
c.update(b"more")
print(h.hexdigest() != c.hexdigest(), h.digest()[:8], len(h.digest()), len(_sha512.sha384().digest()))
print(h.name, h.digest_size, h.block_size, c.name, _sha512.sha384().name, _sha512.sha384().digest_size)
print(type(h).__name__, type(_sha512.sha384()).__name__)
h2 = _sha512.sha512(bytearray(b"xyz"))
h2.update(memoryview(b"123"))
print(h2.hexdigest() == _sha512.sha512(b"xyz123").hexdigest())
print(_sha512.sha512(string=b"kw", usedforsecurity=False).hexdigest()[:16])
for f in [lambda: _sha512.sha512("str"), lambda: _sha512.sha512(1), lambda: h.update("s"), lambda: h.update(None),
          lambda: _sha512.sha512(b"a", b"b"), lambda: _sha512.sha512(bogus=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(int.from_bytes(_sha512.sha512(b"seed").digest(), "big") % 10**12)
