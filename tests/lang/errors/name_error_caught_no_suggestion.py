# str(exc) has no suggestion; .name is set.
try:
    prnt("x")
except NameError as e:
    print(str(e), e.name)
