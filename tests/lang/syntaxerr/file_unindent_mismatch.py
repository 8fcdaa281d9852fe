# The whole file is rejected with IndentationError: unindent mismatch.
# Nothing is printed.
def f():
        if True:
            return 1
    return 2
print(f())
