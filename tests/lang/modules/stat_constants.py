import _stat
print([(n, getattr(_stat, n)) for n in dir(_stat) if not n.startswith('__') and isinstance(getattr(_stat, n), int)])
print(sorted(n for n in dir(_stat) if callable(getattr(_stat, n)) and not n.startswith('__')))
