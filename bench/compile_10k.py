# Compiles a generated 10,000-line module (functions, classes, loops, comprehensions,
# f-strings, try/except) with compile(), several times: measures the front end and
# compiler, not the eval loop.
parts = []
for i in range(400):
    parts.append(f'''
def func_{i}(a, b=1, *args, key=None, **kw):
    """Docstring {i}."""
    total = 0
    for x in range(a):
        if x % 3 == 0 and x > b:
            total += x * {i}
        elif x in args:
            total -= len(kw)
        else:
            total ^= x << 2
    values = [y * 2 for y in args if y]
    mapping = {{k: v for k, v in kw.items()}}
    try:
        result = total / (b - 1)
    except ZeroDivisionError as e:
        result = f"err {{e!r}} {{total:>10}}"
    finally:
        values.append(result)
    return values, mapping

class Klass_{i}(object):
    attr = {i}
    def method(self, n):
        return [self.attr + j for j in range(n)]
''')
source = "".join(parts)
lines = source.count("\n")
checksum = 0
for _ in range(5):
    code = compile(source, "gen.py", "exec")
    checksum += len(code.co_names) + sum(1 for c in code.co_consts if hasattr(c, "co_name"))
print(lines, checksum)
