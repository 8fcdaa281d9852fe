# The unclosed bracket is on a later line than the error: the error wins.
f(a, b c)
q(
