# The whole file is rejected: 'await' outside async function.
# Nothing is printed.
def f():
    return await g()
print("never printed")
