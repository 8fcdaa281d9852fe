# traceback: extract_stack, extract_tb, FrameSummary fields, StackSummary.format, walk_tb.
import traceback

def inner():
    return traceback.extract_stack()

def outer():
    return inner()

st = outer()
print([fs.name for fs in st[-3:]])
print(st[-1].line, st[-1].lineno)
print(st[-1].filename.endswith("traceback_stack.py"))

def g():
    raise IndexError("idx")

try:
    g()
except IndexError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(fs.name, fs.line) for fs in tb])
    print(len(list(traceback.walk_tb(e.__traceback__))))
    print(len(tb.format()))
    fs = tb[-1]
    name, lineno = fs.name, fs.lineno
    print(name, lineno, len(fs))

ss = traceback.StackSummary.from_list([("a.py", 1, "fn", "x = 1"), ("b.py", 2, "gn", None)])
print(ss.format())
fs = traceback.FrameSummary("c.py", 3, "hn", line="pass")
print(fs.filename, fs.lineno, fs.name, fs.line, repr(fs))
print(fs == ("c.py", 3, "hn", "pass"))
