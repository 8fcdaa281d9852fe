# BaseException vs Exception: except Exception doesn't catch KeyboardInterrupt/SystemExit
def run(exc):
    try:
        try:
            raise exc
        except Exception:
            return 'caught by Exception'
    except BaseException as e:
        return 'caught by BaseException: ' + type(e).__name__
for e in (ValueError(), KeyboardInterrupt(), SystemExit(1), GeneratorExit(), StopIteration()):
    print(run(e))
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
try:
    raise 5
except TypeError as e:
    print(e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(e)
try:
    try:
        pass
    finally:
        raise
except RuntimeError as e:
    print(e)
raise int
