# An exception raised while handling another: 'During handling...' chaining
try:
    1 / 0
except ZeroDivisionError:
    print("handling division error")
    undefined_function()
