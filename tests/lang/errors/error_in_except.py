# An error inside an except handler propagates
try:
    [1, 2][5]
except IndexError as e:
    print("caught", e)
    {}["second"]
