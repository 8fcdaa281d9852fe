# Python subclasses of the concrete io classes.
import _io
class Sub(_io.StringIO):
    def readline(self, *args):
        line = super().readline(*args)
        return line.upper()
s = Sub("a\nb")
print(list(s), s.getvalue(), type(s).__name__)
class T(_io.TextIOWrapper):
    pass
t = T(_io.BytesIO(b"q\nw"))
print(t.readlines(), repr(t))
class MyBytes(_io.BytesIO):
    def extra(self):
        return self.getvalue()[::-1]
m = MyBytes(b"abc")
print(m.extra(), m.read(1))
m.attr = 5
print(m.attr, m.__dict__)
class Closing(_io.BytesIO):
    def close(self):
        print("closing", self.getvalue())
        super().close()
with Closing(b"ctx") as c:
    pass
print(c.closed)
class Loud(_io.FileIO):
    pass
P = "/tmp/krait_io_subclass_io.bin"
with Loud(P, "w") as l:
    l.write(b"loud")
print(repr(l)[:20], open(P, "rb").read())
