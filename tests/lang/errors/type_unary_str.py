# TypeError: bad operand type for unary -: 'str'
s = "x"
print(-len(s))
print(-s)
