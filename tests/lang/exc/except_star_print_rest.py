# test: full-stderr
# What an except* leaves unhandled and what its handlers raise, printed.
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise KeyError('x')
    except* TypeError as e:
        raise
def g():
    f()
g()
