# logging: LoggerAdapter, extra fields, makeLogRecord, NullHandler, clashing extra keys.
import io
import logging

buf = io.StringIO()
log = logging.getLogger("cfg")
log.setLevel(logging.DEBUG)
log.propagate = False
h = logging.StreamHandler(buf)
h.setLevel(logging.INFO)
h.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s|%(user)s"))
log.addHandler(h)
log.info("hi", extra={"user": "ann"})
log.debug("dropped", extra={"user": "x"})
ad = logging.LoggerAdapter(log, {"user": "bob"})
ad.warning("from adapter %d", 3)
print(ad.logger is log, ad.isEnabledFor(logging.INFO), ad.getEffectiveLevel())
print(buf.getvalue(), end="")
rec = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelno": 30, "levelname": "WARNING"})
print(rec.getMessage(), rec.levelname, rec.name)
try:
    log.info("clash", extra={"message": "x"})
except KeyError as e:
    print("KeyError", e)
nh = logging.NullHandler()
log.addHandler(nh)
log.error("to null too", extra={"user": "z"})
print(buf.getvalue().splitlines()[-1], len(log.handlers))
