# traceback of exception groups and notes (3.11): format_exception, print_exc to a stream.
import io
import traceback

try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])
except ExceptionGroup as e:
    eg = e
lines = traceback.format_exception(eg)
print([l.strip() for l in "".join(lines).splitlines() if "Error" in l or "many" in l or "+-" in l])
print(traceback.format_exception_only(eg))

try:
    err = KeyError("x")
    err.add_note("note one")
    err.add_note("note two")
    raise err
except KeyError as e:
    print(traceback.format_exception_only(e))

buf = io.StringIO()
try:
    [][1]
except IndexError:
    traceback.print_exc(file=buf)
    traceback.print_exc(limit=1, file=buf)
print(buf.getvalue().count("Traceback"), buf.getvalue().splitlines()[-1])
e = ValueError("no traceback")
print(traceback.format_exception(e))
print(traceback.format_exception(None, None, None))
try:
    traceback.format_exception(ValueError, 5, None)
except TypeError as ex:
    print("TypeError")
