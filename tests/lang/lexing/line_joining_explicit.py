# Explicit line joining with backslash.
total = 1 + \
    2 + \
        3
print(total)
if total == 6 and \
   total > 0:
    print("joined condition")
name = "va\
lue"
print(name)
x = [1,
     2] + \
    [3]
print(x)
