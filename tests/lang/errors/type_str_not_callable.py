# TypeError: 'str' object is not callable after shadowing
name = "krait"
print(name.upper())
print = "oops"
print(name)
