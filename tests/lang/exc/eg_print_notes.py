# test: full-stderr
# Notes inside groups: every line gets the margin; odd __notes__ values.
class S:
    def __str__(self):
        return "from str\nsecond"
class Bad:
    def __str__(self):
        raise RuntimeError
v = ValueError("v")
v.__notes__ = [S(), "abc\n", "x\ny", "", Bad()]
k = KeyError("k")
k.__notes__ = ("t1", "t2")
n = NameError("n")
n.__notes__ = "ab"
o = OSError("o")
o.add_note("multi\nline")
g = ExceptionGroup("i", [o])
g.add_note("group note")
raise ExceptionGroup("g", [v, k, n, g])
