# test: full-stderr
# Notes are printed after the exception line, each on its own line
try:
    raise ValueError('with notes')
except ValueError as e:
    e.add_note('note one')
    e.add_note('multi\nline note')
    raise
