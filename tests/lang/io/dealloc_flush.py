# A file that is dropped without close() is flushed and closed.
P = "/tmp/krait_io_dealloc_flush.txt"
g = open(P, "w")
g.write("unclosed data")
del g
print(repr(open(P).read()))
def scope():
    h = open(P, "a")
    h.write(" + more")
scope()
print(repr(open(P).read()))
b = open(P, "wb")
b.write(b"bytes")
b = None
print(open(P, "rb").read())
