# Minimal custom exception classes
class MyError(ValueError):
    pass
class AppError(Exception):
    pass
class DbError(AppError):
    pass
try:
    raise MyError("custom")
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, MyError))
try:
    raise DbError("db down", 503)
except AppError as e:
    print(type(e).__name__, e.args, str(e))
for exc in (MyError, DbError, AppError):
    try:
        raise exc
    except DbError:
        print(exc.__name__, "-> DbError handler")
    except AppError:
        print(exc.__name__, "-> AppError handler")
    except Exception:
        print(exc.__name__, "-> generic")
print(issubclass(DbError, AppError), issubclass(MyError, Exception), issubclass(AppError, ValueError))
print(repr(MyError("r")), repr(DbError()))
