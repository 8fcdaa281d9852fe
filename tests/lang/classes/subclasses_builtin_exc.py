def builtin_names(t):
    return sorted(c.__name__ for c in t.__subclasses__() if c.__module__ == 'builtins')
for t in (BaseException, Exception, LookupError, OSError, ConnectionError, ValueError, UnicodeError,
          SyntaxError, Warning, ImportError, RuntimeError, NameError, ArithmeticError):
    print(t.__name__, builtin_names(t))
