# TypeError: '<' not supported between instances of 'int' and 'str'
print(1 < 2)
print(1 < "2")
