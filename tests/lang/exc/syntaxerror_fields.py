# SyntaxError fields: msg, filename, lineno, offset, text, end_lineno, end_offset
try:
    compile('x = (1,\n', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
try:
    compile('a b', '<s>', 'eval')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, repr(e.text), e.end_offset, str(e))
e = SyntaxError('m', ('file.py', 3, 4, 'code', 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e), e.args)
print(str(SyntaxError()), str(SyntaxError('only')), SyntaxError('x').lineno)
for info in [(1, 2), 5, (1, 2, 3, 4, 5, 6, 7)]:
    try:
        SyntaxError('m', info)
    except TypeError as err:
        print(type(err).__name__, err)
print(SyntaxError('m', [1, 2, 3, 4]).lineno, SyntaxError('a', 'b', 'c').msg)
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
