# test: full-stderr
# "is" with a literal warns at compile time (SyntaxWarning), for each comparison.
x = 5
print(x is 5, x is not "a", x is None, x is ..., () is ())
t = (1, 2)
print(t is (1, 2), [] is not None)
