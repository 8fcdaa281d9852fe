# The traceback printer adds "Did you mean" from dir(obj).
xs = [1, 2]
print(len(xs))
xs.apend(3)
