# An exception in __del__ is reported as "Exception ignored in" and execution continues
class Bad:
    def __del__(self):
        raise ValueError('from __del__')
b = Bad()
del b
print('still running')
