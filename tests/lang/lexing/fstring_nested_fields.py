# Nested replacement fields in format specs.
width, prec = 10, 3
v = 2.718281828
print(f"{v:{width}.{prec}}")
print(f"[{'mid':^{width}}]")
fill, align = "-", ">"
print(f"{42:{fill}{align}{width}}")
print(f"{f'{v:.1f}'}")
items = {"k": [1, 2]}
print(f"{items['k'][1]}{ {'a': 1}['a'] }")
