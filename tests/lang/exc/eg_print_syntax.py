# test: full-stderr
# A SyntaxError and a long recursion traceback inside a group.
def rec(n):
    if n == 0:
        raise ValueError("deep")
    rec(n - 1)
errors = []
try:
    compile("x = = 1", "<s>", "exec")
except SyntaxError as e:
    errors.append(e)
try:
    rec(8)
except ValueError as e:
    errors.append(e)
raise ExceptionGroup("g", errors)
