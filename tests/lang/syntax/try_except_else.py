# try/except/else/finally ordering and exception variable deletion.
def f(x):
    log = []
    try:
        log.append("try")
        if x: raise KeyError(x)
    except (TypeError, KeyError) as e:
        log.append("except " + repr(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(f(0))
print(f("k"))
try:
    raise ValueError
except ValueError as err:
    pass
print("err" in globals())
