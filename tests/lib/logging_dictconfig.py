# logging.config.dictConfig: formatters, handlers, loggers from a dict; bad configurations.
import io
import logging
import logging.config

buf = io.StringIO()
logging.config.dictConfig({
    "version": 1,
    "formatters": {"f": {"format": "%(name)s|%(levelname)s|%(message)s"}},
    "handlers": {"s": {"class": "logging.StreamHandler", "stream": buf, "formatter": "f", "level": "INFO"}},
    "loggers": {"cfg": {"handlers": ["s"], "level": "DEBUG", "propagate": False}},
})
log = logging.getLogger("cfg")
log.info("hi")
log.debug("dropped")
print(buf.getvalue(), end="")
try:
    logging.config.dictConfig({"version": 2})
except ValueError as e:
    print("ValueError", e)
try:
    logging.config.dictConfig({"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}})
except ValueError as e:
    print("ValueError", str(e).split(":")[0])
