# Uncaught custom exception without arguments prints just the qualified name
class Stop(Exception):
    pass
print("about to raise")
raise Stop
