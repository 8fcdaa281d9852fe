for f, arg in ((KeyError.__str__, ValueError('v')), (OSError.__str__, KeyError('k')),
               (OSError.__reduce__, 1), (ImportError.__reduce__, OSError())):
    try:
        print(f(arg))
    except TypeError as e:
        print('TypeError', e)
KeyError.__init__(ValueError())
