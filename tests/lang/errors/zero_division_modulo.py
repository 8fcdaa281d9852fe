# Uncaught ZeroDivisionError from % and the message CPython uses
values = [7, 3, 0]
for v in values:
    print(100 % v)
