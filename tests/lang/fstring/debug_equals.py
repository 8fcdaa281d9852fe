# The = specifier in f-strings
x = 10
name = "krait"
print(f"{x=}")
print(f"{x = }")
print(f"{x + 1=}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x=:>5}")
print(f"{x * 2 = }")
items = [1, 2]
print(f"{items=} {len(items)=}")
pi = 3.14159
print(f"{pi=:.2f}")
