# The whole file is rejected: 'break' outside loop.
# Nothing is printed.
print("never printed")
if True:
    break
