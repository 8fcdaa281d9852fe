# str(exc) carries no suggestion; only the printed traceback does.
try:
    [].apend
except AttributeError as e:
    print(str(e), e.name)
[].apend
