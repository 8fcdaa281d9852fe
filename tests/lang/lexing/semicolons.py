# Semicolon-separated simple statements.
a = 1; b = 2; c = a + b
print(a, b, c);
x = 0; x += 1; x *= 10; print(x)
if True: y = 1; z = 2; print(y + z)
def f(): v = 5; return v
print(f())
import sys; print(type(sys).__name__)
