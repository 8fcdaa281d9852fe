# dir(None) has no append.
x = None
x.append(1)
