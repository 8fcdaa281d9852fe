# f(1 2 3) blames the first pair.
f(1 2 3)
