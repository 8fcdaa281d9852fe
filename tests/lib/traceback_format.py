# traceback: format_exc, print_exception to a stream, format_exception, chained causes.
import io
import sys
import traceback

def f():
    return 1 / 0

try:
    f()
except ZeroDivisionError:
    text = traceback.format_exc()
lines = text.splitlines()
print(lines[0])
print(lines[-1])
print(sum(1 for l in lines if l.strip().startswith("File")))
print(any("return 1 / 0" in l for l in lines))

try:
    raise ValueError("bad value")
except ValueError as e:
    err = e
buf = io.StringIO()
traceback.print_exception(type(err), err, err.__traceback__, file=buf)
print(buf.getvalue().splitlines()[-1])
print(traceback.format_exception(err)[-1], end="")
print(traceback.format_exception_only(type(err), err))
print(traceback.format_exception_only(KeyError("k")))

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    out = traceback.format_exception(e)
print([l for l in out if not l.startswith("  ")])

try:
    try:
        raise OSError("inner")
    except OSError:
        raise TypeError("outer")
except TypeError as e:
    out = "".join(traceback.format_exception(e))
print("During handling" in out, out.splitlines()[-1])
print(traceback.format_exception(err, limit=0)[-1], end="")
