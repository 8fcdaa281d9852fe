# warnings: warn_explicit, formatwarning, showwarning to a stream, stacklevel.
import io
import warnings

print(warnings.formatwarning("msg", UserWarning, "file.py", 10), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "f.py", 3, line="x = 1"), end="")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", SyntaxWarning, "mod.py", 42)
    warnings.warn_explicit("explicit2", UserWarning, "mod2.py", 7, module="mod2")
    for x in w:
        print(x.category.__name__, x.message, x.filename, x.lineno)

buf = io.StringIO()
warnings.showwarning("shown", UserWarning, "s.py", 5, file=buf, line="")
print(repr(buf.getvalue()))

def helper():
    warnings.warn("from helper", stacklevel=2)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    helper()
    print(w[0].filename.endswith("warnings_explicit.py"))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn_explicit(UserWarning("inst"), None, "z.py", 1)
    print(w[0].category.__name__, w[0].message)

m = warnings.WarningMessage("m", UserWarning, "a.py", 3)
print(str(m))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn_explicit("err", ImportWarning, "e.py", 9)
    except ImportWarning as e:
        print("ImportWarning", e)
