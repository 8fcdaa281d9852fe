# throw() while the generator is inside a finally block
def g():
    try:
        yield 1
    finally:
        yield "in finally"
        print("after finally yield")
it = g()
next(it)
print(it.throw(ValueError("x")))
try:
    next(it)
except ValueError as e:
    print("re-raised", e)
