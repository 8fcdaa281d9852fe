# assert with and without messages; message only evaluated on failure.
def msg():
    print("message evaluated")
    return "boom"
assert True, msg()
try:
    assert 1 == 2, msg()
except AssertionError as e:
    print("AssertionError", e.args)
try:
    assert []
except AssertionError as e:
    print("no message", e.args)
print("done")
