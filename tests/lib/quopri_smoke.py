# quopri (bundled): the quoted-printable helpers (pure Python without binascii).
import quopri

print(quopri.needsquoting(b"=", False, False), quopri.needsquoting(b"a", False, False),
      quopri.needsquoting(b" ", True, False), quopri.needsquoting(b"_", False, True))
print(quopri.quote(b"\xe9"), quopri.quote(b"="), quopri.ishex(b"f"), quopri.ishex(b"g"))
print(quopri.unhex(b"7F"), quopri.unhex(b"e9"), quopri.ESCAPE, quopri.MAXLINESIZE, quopri.HEX)
