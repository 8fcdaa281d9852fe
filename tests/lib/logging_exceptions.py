# logging: exception(), exc_info, stack_info, bad format arguments reported by handleError.
import io
import logging
import sys

buf = io.StringIO()
log = logging.getLogger("exc")
log.propagate = False
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(h)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed %d", 7)
lines = buf.getvalue().splitlines()
print(lines[0], lines[1], lines[-1])
buf.seek(0)
buf.truncate()
try:
    raise KeyError("k")
except KeyError as e:
    log.error("with exc_info", exc_info=e)
    log.warning("no exc_info")
lines = buf.getvalue().splitlines()
print(lines[0], lines[-2], lines[-1])
buf.seek(0)
buf.truncate()
log.error("tuple", exc_info=(ValueError, ValueError("v"), None))
print(buf.getvalue().splitlines())
err = io.StringIO()
old = sys.stderr
sys.stderr = err
log.error("bad %d", "notanint")
sys.stderr = old
print("--- Logging error ---" in err.getvalue(), "TypeError" in err.getvalue())
logging.raiseExceptions = False
log.error("bad %d %d", 1)
print("ok")
