# f-string format specs: width, fill, alignment, precision, types.
v = 3.14159
n = 1234567
s = "hi"
print(f"{v:.2f}|{v:10.3f}|{v:<10.1f}|{v:e}|{v:%}")
print(f"{n:,}|{n:_}|{n:x}|{n:#o}|{n:b}|{n:+d}|{-n: d}")
print(f"{s:>5}|{s:*^6}|{s:<4}|{s!r:>6}")
print(f"{255:#06x}|{7:03}|{'x':=>3}")
print(f"{n:>{12}}|{v:{'.'}{3}f}")
