# logging: basicConfig to a stream, levels, format, logger methods.
import io
import logging

buf = io.StringIO()
logging.basicConfig(stream=buf, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.debug("hidden")
logging.info("info %d", 1)
logging.warning("warn %s", "x")
logging.error("error")
logging.critical("crit")
log = logging.getLogger("app")
log.info("from app")
log.log(logging.WARNING, "via log %r", [1])
print(buf.getvalue(), end="")
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(25))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(logging.getLogger().level, log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG))
log.setLevel(logging.DEBUG)
print(log.level, log.isEnabledFor(logging.DEBUG), logging.root.name, repr(log))
logging.disable(logging.WARNING)
log.warning("disabled")
logging.disable(logging.NOTSET)
log.warning("enabled again")
print(buf.getvalue().splitlines()[-1])
try:
    log.setLevel("NOPE")
except ValueError as e:
    print("ValueError", e)
try:
    log.setLevel(1.5)
except TypeError as e:
    print("TypeError", e)
