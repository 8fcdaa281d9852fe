# Uncaught NameError: name 'x' is not defined
print("start")
print(x)
