# The whole file is rejected: 'return' outside function (a compile-time error).
# Nothing is printed even though the print comes first.
print("never printed")
x = 1
return x
