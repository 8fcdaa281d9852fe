# UnsupportedOperation: where it comes from and what it is.
import _io
U = _io.UnsupportedOperation
print(U.__name__, U.__module__, issubclass(U, OSError), issubclass(U, ValueError))
P = "/tmp/krait_io_unsupported.txt"
open(P, "w").close()
with open(P) as f:
    try:
        f.write("x")
    except U as e:
        print("text write:", e)
with open(P, "rb") as f:
    try:
        f.write(b"x")
    except U as e:
        print("binary write:", e)
with open(P, "w") as f:
    try:
        f.read()
    except U as e:
        print("text read:", e)
with open(P, "rb", buffering=0) as f:
    try:
        f.write(b"x")
    except U as e:
        print("raw write:", e)
with open(P, "wb", buffering=0) as f:
    try:
        f.read()
    except ValueError as e:
        print("raw read (caught as ValueError):", e)
try:
    _io.BytesIO().fileno()
except OSError as e:
    print("fileno:", type(e).__name__, e)
