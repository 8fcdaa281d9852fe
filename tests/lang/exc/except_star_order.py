# Each except* clause sees only what earlier clauses left; one leaf is handled once.
log = []
try:
    raise ExceptionGroup("g", [ValueError(1), ValueError(2), TypeError(3), OSError(4)])
except* ValueError as e:
    log.append(("V", [str(x) for x in e.exceptions]))
except* (TypeError, ValueError) as e:
    log.append(("TV", [str(x) for x in e.exceptions]))
except* Exception as e:
    log.append(("E", [str(x) for x in e.exceptions]))
except* OSError as e:
    log.append(("never", e))
print(log)
