# KeyError's str is the repr of its key; missing dict keys raise it
for key in ('a', 1, (1, 2), None, '', 'quote\'s'):
    try:
        {}[key]
    except KeyError as e:
        print(str(e), repr(e), e.args)
print(str(KeyError()), str(KeyError('a', 'b')), str(KeyError(())))
try:
    set().remove('gone')
except KeyError as e:
    print(e)
try:
    {}.pop('p')
except KeyError as e:
    print(e)
{}['final']
