# test: full-stderr
# Tracebacks print the implicit __context__ chain
try:
    {}['missing']
except KeyError:
    try:
        1 / 0
    except ZeroDivisionError:
        int('x')
