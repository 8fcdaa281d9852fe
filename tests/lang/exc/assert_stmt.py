# assert statements (caught)
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e)
try:
    x = []
    assert x, "list is empty: " + repr(x)
except AssertionError as e:
    print(e)
try:
    assert 0, 42
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print("message evaluated only on failure:", calls)
