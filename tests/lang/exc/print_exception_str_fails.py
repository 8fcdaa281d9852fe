# test: full-stderr
# When str(exc) fails, the traceback prints a placeholder
class Unprintable(Exception):
    def __str__(self):
        raise ValueError('cannot print')
raise Unprintable()
