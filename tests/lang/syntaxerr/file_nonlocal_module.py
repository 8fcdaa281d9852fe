# The whole file is rejected: nonlocal at module level.
# Nothing is printed.
# The print below would run first if the file compiled.
print("never printed")
nonlocal x
