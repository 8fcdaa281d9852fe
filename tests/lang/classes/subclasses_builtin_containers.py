def builtin_names(t):
    return sorted(c.__name__ for c in t.__subclasses__() if c.__module__ == 'builtins')
for t in (dict, list, str, bytes, set, frozenset, float, complex, bool, BaseExceptionGroup):
    print(t.__name__, builtin_names(t))
print('int' in [c.__name__ for c in object.__subclasses__()])
