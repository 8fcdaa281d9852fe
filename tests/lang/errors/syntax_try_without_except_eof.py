# The error sits at the end of the last line.
try:
    pass
