# Nested replacement fields and expressions in f-strings
width = 10
prec = 3
val = 12.34567
print(f"[{val:{width}.{prec}f}]")
print(f"[{val:>{width}}]")
align = '^'
fill = '#'
print(f"[{'mid':{fill}{align}{width}}]")
print(f"{f'{1 + 1}'}")
print(f"{'inner ' + f'{val:.1f}'}")
rows = [(1, 'one'), (22, 'twenty-two')]
for n, w in rows:
    print(f"{n:>{width // 2}} {w:<{width}}|")
items = {'a': [1, 2], 'b': [3]}
print(f"{', '.join([f'{k}={v}' for k, v in items.items()])}")
print(f"{3:{'>'}{5}}")
print(f"{'x' * 3:>{2 + 3}}")
