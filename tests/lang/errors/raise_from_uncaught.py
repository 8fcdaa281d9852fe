# Uncaught raise ... from ...: both tracebacks print; the last line is the new exception
def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise ValueError("no such setting: " + key) from e
print(load("a"))
load("b")
