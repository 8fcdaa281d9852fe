# test: full-stderr
# Tracebacks print the __cause__ chain with "direct cause"
def inner():
    raise KeyError('inner key')
def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError('outer failed') from e
outer()
