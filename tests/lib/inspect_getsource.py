import inspect

def helper(x):
    # a comment
    return x * 2

class K:
    """Doc."""
    def method(self):
        return 1

print(inspect.getsource(helper), end="")
print(inspect.getsource(K.method), end="")
print(inspect.getsourcelines(helper)[1])
print(inspect.getdoc(K), inspect.getcomments(helper))
print(inspect.getmodule(helper).__name__)
