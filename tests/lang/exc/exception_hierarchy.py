# Builtin exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (IndexError, LookupError), (KeyError, LookupError), (UnboundLocalError, NameError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (ValueError, Exception), (TypeError, Exception), (Exception, BaseException),
    (SystemExit, BaseException), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (StopIteration, Exception), (AssertionError, Exception),
    (AttributeError, Exception), (KeyError, IndexError), (UnicodeError, ValueError),
    (FileNotFoundError, OSError), (ModuleNotFoundError, ImportError),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
for exc in (ZeroDivisionError(), KeyError('a'), StopIteration(5)):
    print(type(exc).__name__, isinstance(exc, Exception), exc.args)
print(StopIteration(7).value)
