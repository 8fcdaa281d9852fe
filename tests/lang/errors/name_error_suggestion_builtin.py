# Builtins are the last candidates.
print(lenn([1]))
