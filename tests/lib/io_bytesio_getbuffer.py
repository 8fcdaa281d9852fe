# io.BytesIO.getbuffer(): a writable view that pins the buffer (BufferError on resize).
import io
b=io.BytesIO(b'abcdef'); m=b.getbuffer()
for f in (lambda: b.write(b'x'), lambda: b.truncate(2), lambda: b.close(), lambda: b.seek(0), lambda: b.read(), lambda: b.getvalue()):
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
m[0]=ord('Z'); print(b.getvalue(), m.readonly, m.format, bytes(m[1:3])); m.release(); b.write(b'q'); print(b.getvalue())
with b.getbuffer() as m2: print(bytes(m2))
b.close()
e=io.BytesIO(); print(bytes(e.getbuffer()), len(e.getbuffer()))
print(type(b.getbuffer().obj).__name__ if not b.closed else 0)
class S(io.BytesIO): pass
s=S(b'abc'); v=s.getbuffer(); print(bytes(v))
try: s.write(b'1')
except BufferError as e: print(e)
del v; s.write(b'1'); print(s.getvalue())

try: bytes(io.BytesIO(b'q'))
except TypeError as e: print(e)
