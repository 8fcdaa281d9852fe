# callable(), and calling builtins through names
print(callable(print), callable(len), callable(lambda: 0), callable(1), callable("s"), callable(int))
fn = len
print(fn("abcd"))
table = {'len': len, 'abs': abs, 'str': str, 'sorted': sorted}
print([table[k]([-3, 1]) if k in ('len', 'sorted') else table[k](-3) for k in table])
b = print
b("printed via alias", 1, sep='|')
print(type(print).__name__, print.__name__, abs.__name__)
