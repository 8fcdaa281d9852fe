# A form feed at the start of a line resets the indentation column.
x = 1
print(x)
def f():
    y = 2
    return y
print(f())

print("after form feed line")
